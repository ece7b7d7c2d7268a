"""The item tree of a notice's body ("I.", "1.", "1.1.", "a)", "(1)", "-" bullets)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from notices.assignees import analyze
from notices.clauses import is_step
from notices.deadlines import find_deadlines
from notices.duty_persons import person_heading
from notices.duty_titles import is_duty_title
from notices.item_shapes import is_name_line, opens_own_dashes
from notices.lexicon import ACTION_WORDS
from notices.list_ends import resumes_item
from notices.markers import (
    MISREAD_LETTER,
    Marker,
    MarkerKind,
    find_marker,
    list_markers,
    next_letter,
)
from notices.names import split_assignees
from notices.text import match_form

_CLOSING_START = re.compile(
    # "Trân trọng./." closes a letter of direction (công văn).
    r"^(?:trên đây|thừa lệnh|thừa ủy quyền|\(?gửi kèm|văn phòng [^.]{0,60} thông báo"
    r"|(?:xin )?(?:trân trọng |chân thành )?cảm ơn[^.!]{0,80}[./!]*$"
    r"|(?:xin )?trân trọng(?: cảm ơn)?\s*[./!]*$"
    # "UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.", "Văn phòng Chính phủ xin
    # thông báo ý kiến kết luận của … để … biết": the issuer's name, then "thông báo … để … biết"
    r"|(?:(?!và\s)[^\s.]+\s+){1,9}?(?:xin\s+)?thông báo\s+(?:[^.]{0,160}\s)?để\s[^.]{0,160}"
    r"\bbiết\b[^.]{0,60}[./]*$"
    r"|\(?(?:có|kèm theo) (?:phụ lục|danh mục))",
)
# "Căn cứ kết luận của Thường trực Đảng uỷ, đề nghị các cơ quan, đơn vị liên quan triển khai thực
# hiện.": a conclusion notice's closing formula; `who` are the bodies that carry its points out
# (the parser reads them as the lead of points that name nobody).
CONCLUSION_ASKS = re.compile(
    r"\bcăn cứ\s+(?:nội dung\s+|ý kiến\s+)?kết luận\b[^.]{0,160}?[,;]\s*(?:đề nghị|yêu cầu)\s+"
    r"(?P<who>[^.;:]{3,120}?)\s+(?:khẩn trương\s+|nghiêm túc\s+|tổ chức\s+)?(?:triển khai\s+)?"
    r"thực hiện\s*(?:[.;]|$)"
)
# "Đề nghị các cơ quan, đơn vị khẩn trương, nghiêm túc triển khai thực hiện và báo cáo kết quả cho
# Thường trực Đảng uỷ đúng thời gian, đúng quy định./.": an exhortation to whoever the letter
# addressed, no work of its own. A report it asks by a date or at intervals ("… báo cáo kết quả
# định kỳ hằng quý về Văn phòng …", "… trước ngày …") is a task.
_EXHORTATION = re.compile(
    r"^(?:đề nghị|yêu cầu)\s+(?:các|những)\s+(?:cơ quan, đơn vị|cơ quan|đơn vị|đồng chí)"
    r"(?:\s*,?\s*(?:có liên quan|liên quan|khẩn trương|nghiêm túc|quan tâm|tích cực|chủ động))*"
    r"\s+(?:triển khai\s+)?thực hiện(?:\s+và\s+báo cáo\s+kết quả"
    r"(?:(?!định kỳ|hằng\s|hàng\s(?:ngày|tuần|tháng|quý|năm)|trước|chậm nhất|hạn chót)[^.;:\d])"
    r"{0,100})?\s*\.?/?\.?$"
)
# "Giao Tổ thư ký giúp việc Ban Chỉ đạo theo dõi, đôn đốc, báo cáo … kết quả thực hiện các nội
# dung kết luận trên./.": the last paragraph gives a named body the follow-up of the points, a
# task (README rule 6), though it ends on the closing's words.
_GIVES_FOLLOW_UP = re.compile(
    r"^giao\s+(?!nhiệm vụ)[^.;:]{3,120}?\s(?:theo dõi|đôn đốc|kiểm tra|tổng hợp)(?![^\W_])"
)
# "Qua xem xét, Chủ tịch … giao Sở … chủ trì …; đồng thời, gửi Ủy ban nhân dân tỉnh biết, theo
# dõi./.": the first clause gives a named body work, and only a later clause has it report for
# information — a task, though it ends on the closing's words.
_GIVES_WORK = re.compile(r"(?<![^\W_])giao\s+(?!nhiệm vụ)(?:cho\s+)?[A-ZĐÀ-Ỹ]")
# "Thực hiện chỉ đạo của Bộ đã giao Sở Tài chính tổng hợp; …": an earlier assignment reported
# (by a superior, or already given), not the writer's own — the closing stays a closing.
_REPORTED_GIVING = re.compile(
    r"^(?:thực hiện|theo|căn cứ|triển khai|để thực hiện)\s|(?<![^\W_])(?:đã|được)\s+giao(?![^\W_])"
)


def _gives_then_informs(paragraph: str) -> bool:
    first, sep, _rest = paragraph.partition(";")
    low = match_form(first)
    return (
        bool(sep and _GIVES_WORK.search(first))
        and not _CLOSING_WORDS.search(low)
        and not _REPORTED_GIVING.search(low)
    )


_CLOSING_WORDS = re.compile(r"thông báo(?! số)|(?:nội dung|kết luận|ý kiến) trên|để biết|biết,")
# "… nghiêm túc triển khai thực hiện./.": an exhortation that closes the body, not a task.
_CLOSING_END = re.compile(
    r"(?:thực hiện|triển khai|biết|chấp hành)(?: nghiêm túc| có hiệu quả)?\s*\./\.$"
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[^\W\d_])(?!(?:tp|ubnd|hđnd)\b)")
_HEADING_WORDS = 12
_ASSIGNING = re.compile(r"^(?:Giao|GIAO|Đề nghị|ĐỀ NGHỊ|Yêu cầu|YÊU CẦU)\s")
_TOPIC_START = re.compile(r"^(?:Về|VỀ|Đối với|ĐỐI VỚI)\s")
# "Giao công chức Tư pháp - Hộ tịch phụ trách chứng thực, cải cách hành chính": a staff title or
# a body given a field to be in charge of, no verb between them.
_GIVEN_DUTY = re.compile(
    r"^(?:Giao|GIAO)\s+(?:cho\s+)?(?P<name>(?:[Cc]ông chức|[Cc]án bộ|[Vv]iên chức|[Cc]huyên viên"
    r"|[A-ZĐÀ-Ỹ])[^.;:]{0,80}?)\s+phụ trách\s"
)
# A verb written in lower case ("Thống kê" in a field's name is no verb; "các tổ chức" is a
# noun).
_ACTION_IN = re.compile(
    r"(?<![^\W_])(?<!các )(?<!những )(?:"
    + "|".join(map(re.escape, sorted(ACTION_WORDS, key=len, reverse=True)))
    + r")(?![^\W_])"
)
_ASSIGNER = re.compile(r"^(?:Giao|GIAO|Đề nghị|ĐỀ NGHỊ|Yêu cầu|YÊU CẦU)\s+(?:cho\s+)?")
# How a body's name ends: a level ("… thành phố", "… các xã") or a capitalised word.
NAME_END = re.compile(
    r"(?:^|\s)(?:(?i:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)|[A-ZĐÀ-Ỹ0-9][^\s]*)$"
)


def _names_only(line: str) -> bool:
    """ "Giao công chức X - Y phụ trách <field>", "Đề nghị <body> và <body>": an assigning line
    that names whom the paragraphs below go to and holds no verb of its own."""
    given = _GIVEN_DUTY.match(line)
    if given:
        return not _ACTION_IN.search(given.group("name"))
    opener = _ASSIGNER.match(line)
    if opener is None:
        return False
    rest = line[opener.end() :]
    if not rest[:1].isupper() or _ACTION_IN.search(rest):
        return False
    names = split_assignees(rest, strict=True)
    if not names:
        return False
    return all(NAME_END.search(n.name) for n in names)


_TOPIC = re.compile(r"^(?:Về|VỀ|Đối với|ĐỐI VỚI)\s+[^:;]*$")
_BRACKETED = re.compile(r"\([^()]*\)")
# an open list of kinds ("(các Ban quản lý …, các Công ty …)", "(… và các đơn vị khác…)"), not
# the named members ("(Sở Tài chính, Ban quản lý Khu kinh tế …)", which say who leads)
_TRAILING_BRACKET = re.compile(
    r"\s*\((?:(?:các|những|như|gồm các|bao gồm các)\s[^()]{3,200}|[^()]{3,200}(?:…|\.\.\.))\)$"
)


@dataclass(slots=True, eq=False)
class Item:
    """One numbered item: its marker paragraph, continuation paragraphs and sub-items."""

    ref: str
    marker: Marker | None
    paragraphs: list[str]
    parent: Item | None = None
    children: list[Item] = field(default_factory=list)
    # paragraphs after the item's dash list that are the item's again (notices.list_ends)
    after: list[str] = field(default_factory=list)

    @property
    def is_heading(self) -> bool:
        """A short title line ("1.1. Văn phòng HĐND và UBND huyện") followed by content."""
        if self.marker is None or self.marker.kind is MarkerKind.BULLET:
            return False
        if len(self.paragraphs) < 2 and not self.children:
            return False
        first = self.paragraphs[0].rstrip()
        if self.children and _ASSIGNING.match(first) and not first.endswith((".", ";")):
            return True  # "1. Giao người đứng đầu các cơ quan …; Chủ tịch UBND các xã" + bullets
        if not first.endswith((".", ";", ":")) and len(first.split()) <= 25 and _names_only(first):
            # "3. Giao công chức Văn phòng - Thống kê phụ trách chuyển đổi số, CCHC" then "Chủ
            # trì, tham mưu …", "7. Đề nghị Ủy ban MTTQ … và các tổ chức chính trị - xã hội
            # Thành phố" then the work: whom the paragraphs below are given to; a request
            # written without its full stop ("1. Đề nghị khẩn trương rà soát …") stays a task
            return True
        if is_duty_title(first):
            return True  # "2. Trách nhiệm chung của các thành viên tham gia sử dụng hệ thống …"
        if first.endswith(":") and _TOPIC_START.match(first):
            return True  # "1. Về kiến nghị hoàn thiện …; sớm trình …:" over what is asked
        head = first.rstrip(" :")
        section = self.marker.kind is MarkerKind.SECTION and len(self.paragraphs) == 1
        titled = section and self.children and not first.endswith((".", ";", ":"))
        if titled and len(head.split()) <= 25:
            return True  # "I. Trách nhiệm phối hợp trong công tác thẩm định chủ trương …"
        if self._themes_points(first):
            return True  # "2. Đẩy mạnh cải cách …; nâng cao hiệu quả thực thi thể chế" over a) b)
        # "2. Về kiểm điểm tập thể lãnh đạo (cơ quan …; tập thể …)": the brackets list its scope
        topic = head
        while _BRACKETED.search(topic):  # "(… Ban Thường vụ (hoặc Ban Chủ nhiệm) …)" nests
            topic = _BRACKETED.sub(" ", topic)
        topic = topic.strip()
        if _TOPIC.match(topic) and not topic.endswith(".") and len(topic.split()) <= 30:
            return True  # "1. Về tổ chức thực hiện chức năng, nhiệm vụ được phân cấp, …"
        # "5. Các chủ rừng là tổ chức (các Ban quản lý rừng …, các Công ty …)": a trailing
        # bracket only says which ones
        head = _TRAILING_BRACKET.sub("", head) or head
        if is_name_line(first):
            return True  # "5. Trung tâm Phát triển quỹ đất." over that body's work
        return (
            len(head.split()) <= _HEADING_WORDS
            and ";" not in head
            and not re.search(r"[^A-Z]\.(?:\s|$)", head)
        )

    def _themes_points(self, first: str) -> bool:
        """A numbered theme over lettered points (an action programme's "1. Nâng cao nhận thức,
        đổi mới tư duy …; tạo khí thế mới …" over "a) …" "b) …"): one unpunctuated line, however
        long, with no sentence inside; the points are the work. A line that names the body doing
        it or a date ("1. Sở Y tế chủ trì rà soát …, báo cáo trước ngày 30/6/2027" over "a) Kiểm
        tra …") is a task whose points only detail it, full stop or none."""
        if self.marker is None or self.marker.kind is not MarkerKind.NUMBER:
            return False
        letters = [c for c in self.children if c.marker and c.marker.kind is MarkerKind.LETTER]
        return (
            len(self.paragraphs) == 1
            and len(letters) >= 2
            and len(letters) == len(self.children)
            and not first.endswith((".", ";", ":", ","))
            and len(first.split()) <= _THEME_WORDS
            and not _SENTENCE_END.search(first)
            and not find_deadlines(first, year=None, reference=None)
            and not analyze(first).leads
        )


_THEME_WORDS = 60


def is_closing(paragraph: str, *, exhortation: bool = True) -> bool:
    """Boilerplate after the items: "Trên đây là …", "Thừa lệnh …", "(Gửi kèm …)", "… ./."; with
    `exhortation`, "Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./." and "Căn cứ kết luận …, đề
    nghị … thực hiện." too (not as an item's only sentence: "3. Đề nghị các cơ quan, đơn vị liên
    quan khẩn trương thực hiện …" is a point)."""
    if find_marker(paragraph) is not None:
        return False
    low = match_form(paragraph)
    if _CLOSING_START.match(low):
        return True
    if exhortation and (_EXHORTATION.match(low) or CONCLUSION_ASKS.match(low)):
        return True
    if low.startswith("(") and low.rstrip(" ./").endswith(")"):
        return True
    low = low.rstrip()
    if not low.endswith("./."):
        return False
    if _GIVES_FOLLOW_UP.match(low) or _gives_then_informs(paragraph):
        return False
    if _SENTENCE_END.search(low[:-3]):
        # "Bộ X chủ trì …. Văn phòng Chính phủ thông báo để … biết, thực hiện./.": the work
        # comes first; only the last sentence closes (tasks drop it sentence by sentence).
        return False
    return bool(_CLOSING_WORDS.search(low) or _CLOSING_END.search(low))


def build_items(body: list[str]) -> tuple[list[str], list[Item]]:
    """(preamble, root items); unnumbered paragraphs continue the item above them."""
    preamble: list[str] = []
    roots: list[Item] = []
    stack: list[Item] = []
    used: set[str] = set()
    markers = list_markers(body)
    for index, (paragraph, found) in enumerate(zip(body, markers, strict=True)):
        if is_closing(paragraph):
            continue
        marker = found
        if marker is None and stack:
            marker = _next_step(stack[-1], paragraph)
        if marker is None and index + 1 < len(markers):
            marker = _person_heading(paragraph, markers[index + 1], len(roots) + 1)
        if marker is None and stack and resumes_item(stack[-1], paragraph):
            parent = stack[-1].parent
            if parent is not None:
                parent.after.append(paragraph)
                continue
        if marker is None:
            (stack[-1].paragraphs if stack else preamble).append(paragraph)
            continue
        text = paragraph[marker.length :].strip()
        level = _sibling_level(stack, marker)
        if level is not None and marker.kind is MarkerKind.BULLET:
            top = stack[-1]
            if opens_own_dashes(top.marker, top.paragraphs, bool(top.children)):
                level = None  # "- …" under "b) Đối với nhân viên thú y:" is b)'s point
        if level is not None:
            del stack[level:]
        parent = stack[-1] if stack else None
        siblings = parent.children if parent else roots
        if marker.label == MISREAD_LETTER:  # "ø)" after "e)": the scan's "g)"
            marker = replace(marker, label=next_letter(_last_letter(siblings)))
        item = Item(_unique(_ref(parent, marker, siblings), used), marker, [text], parent)
        siblings.append(item)
        stack.append(item)
    return preamble, roots


# An unnumbered person heading sits under any numbered heading and closes the points above it.
_PERSON_DEPTH = 9


def _last_letter(siblings: list[Item]) -> str | None:
    letters = [s.marker.label for s in siblings if s.marker and s.marker.kind is MarkerKind.LETTER]
    return letters[-1] if letters else None


def _person_heading(paragraph: str, following: Marker | None, number: int) -> Marker | None:
    """ "Thầy Lê Văn A - Hiệu trưởng:" on a line of its own, dash points after it: a heading
    with no number over that person's duties (a number, below every real one)."""
    if following is None or following.kind not in (MarkerKind.BULLET, MarkerKind.LETTER):
        return None
    if person_heading(paragraph) is None:
        return None
    return Marker(MarkerKind.NUMBER, f"p{number}", _PERSON_DEPTH, 0)


def _next_step(item: Item, paragraph: str) -> Marker | None:
    """ "Bước 6: Các khoa …" after a "- Bước 5: …" bullet (the scan lost its dash): a sibling."""
    marker = item.marker
    if marker is None or marker.kind is not MarkerKind.BULLET:
        return None
    if not (is_step(item.paragraphs[0]) and is_step(paragraph)):
        return None
    return Marker(marker.kind, marker.label, marker.depth, 0)


def _sibling_level(stack: list[Item], marker: Marker) -> int | None:
    """Index in the open-item stack where `marker` starts a sibling (close from there on)."""
    kinds = [item.marker.kind if item.marker else None for item in stack]
    if marker.kind is MarkerKind.SECTION:
        if MarkerKind.SECTION in kinds:
            return kinds.index(MarkerKind.SECTION)
        # an article is no clause's sub-item: "Điều 38" after an excerpt's first clauses
        return 0 if stack and marker.label.startswith("Điều") else None
    if marker.kind is MarkerKind.NUMBER:
        for index, item in enumerate(stack):
            other = item.marker
            if other and (
                (other.kind is MarkerKind.NUMBER and other.depth >= marker.depth)
                or other.kind > MarkerKind.NUMBER  # a number never sits under a letter or bullet
            ):
                return index
        return None
    for index in range(len(stack) - 1, -1, -1):
        other = stack[index].marker
        if other and other.kind is marker.kind:
            if marker.kind is MarkerKind.BULLET and other.label != marker.label:
                continue  # "+" under "-" is a deeper level, not a sibling
            return index
    return None


def _ref(parent: Item | None, marker: Marker, siblings: list[Item]) -> str:
    if marker.kind is MarkerKind.NUMBER:
        section = parent
        while section and section.marker and section.marker.kind is not MarkerKind.SECTION:
            section = section.parent
        return f"{section.ref}.{marker.label}" if section else marker.label
    if marker.kind is MarkerKind.BULLET:
        count = sum(1 for s in siblings if s.marker and s.marker.label == marker.label)
        label = f"{marker.label}{count + 1}"
    else:
        label = marker.label
    return f"{parent.ref}.{label}" if parent else label


def _unique(ref: str, used: set[str]) -> str:
    candidate, n = ref, 2
    while candidate in used:
        candidate, n = f"{ref}_{n}", n + 1
    used.add(candidate)
    return candidate


def walk(items: list[Item]) -> list[Item]:
    """Items in document order (pre-order)."""
    out: list[Item] = []
    for item in items:
        out.append(item)
        out.extend(walk(item.children))
    return out
