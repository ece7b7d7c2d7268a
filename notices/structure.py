"""The body of a notice and its item tree ("I.", "1.", "1.1.", "a)", "(1)", "-" bullets)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from notices.assignees import analyze
from notices.clauses import is_step
from notices.deadlines import find_deadlines
from notices.duty_persons import person_heading
from notices.duty_sections import drop_steps
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
from notices.quotations import quotes_content
from notices.tables import ROW_SENTENCE
from notices.text import match_form

_INTRO_END = re.compile(r"(?:như sau|sau đây|dưới đây|cụ thể như sau)\s*:", re.IGNORECASE)
_BODY_END = re.compile(r"^(?:Nơi nhận|Bản điện tử|Nơi gửi)\b|^(?:TM|KT|TL|TUQ)\.\s*[A-ZĐ]|^T/M\b")
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
_CLOSING_WORDS = re.compile(r"thông báo(?! số)|(?:nội dung|kết luận|ý kiến) trên|để biết|biết,")
# "… nghiêm túc triển khai thực hiện./.": an exhortation that closes the body, not a task.
_CLOSING_END = re.compile(
    r"(?:thực hiện|triển khai|biết|chấp hành)(?: nghiêm túc| có hiệu quả)?\s*\./\.$"
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[^\W\d_])(?!(?:tp|ubnd|hđnd)\b)")
_HEADING_WORDS = 12
_FILED = re.compile(r"^[-–—]\s*Lưu\s*:?\s*(?:VT|Văn thư|Văn phòng|hồ sơ)", re.IGNORECASE)
_DASHES = ("-", "–", "—")
_HYPHEN_NUMBER = re.compile(r"\d{1,2}\s?[-–]")
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
_HEADER_LINE = re.compile(
    r"^(?:Số\b|V/v\b|Về việc\b|.{0,60},\s*ngày\b|Độc lập\s*[-–—]\s*Tự do"
    r"|Cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa)",  # the motto glued to it in a short letter
    re.IGNORECASE,
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


def split_body(paragraphs: list[str], *, title: str = "") -> tuple[list[str], list[str]]:
    """(front matter, body) — the body runs from after "… như sau:" to "Nơi nhận".

    Without such an intro it starts at the first numbered paragraph, else at the first sentence
    after the header, title and "Kính gửi" block (a pasted excerpt starts at once).
    """
    for index, paragraph in enumerate(paragraphs[: max(12, len(paragraphs) // 2)]):
        if _BODY_END.match(paragraph) and _opens_with_items(paragraphs[index:]):
            break  # signed already: an intro further on is the attached programme's own
        matches = list(_INTRO_END.finditer(paragraph))
        article = (marker := find_marker(paragraph)) is not None and marker.label[:4] == "Điều"
        if matches and article:  # "Điều 1. Giao Sở … như sau:" opens the body with its points
            return paragraphs[:index], _until_end(paragraphs[index:])
        if matches and quotes_content(paragraph, next(iter(paragraphs[index + 1 :]), None)):
            continue  # "… đề nghị … đăng thông tin … với nội dung như sau:" + the quoted words
        if matches and _later_item(marker, paragraphs[:index]) and not _concludes(paragraph):
            # "2. Các tổ chức, hộ gia đình … phải thực hiện …; cụ thể như sau:" after "1. …": an
            # item's own lead-in over its points, not the document's intro
            continue
        if matches:
            m = matches[-1]
            rest = paragraph[m.end() :].strip()
            front = [*paragraphs[:index], paragraph[: m.end()]]
            body = ([rest] if rest else []) + paragraphs[index + 1 :]
            return front, _until_end(body)
    header = _header_end(paragraphs, title)
    greeting = _late_greeting(paragraphs, header)
    if greeting is not None:
        # a note written in the margin of a scan ("1. Cô Hương gửi văn bản …") read above
        # "Kính gửi": the body only starts after the recipients
        header = greeting + _header_end(paragraphs[greeting:], title)
    start = next(
        (
            i
            for i, p in enumerate(paragraphs[header:], start=header)
            if (found := find_marker(p))
            and found.kind in (MarkerKind.NUMBER, MarkerKind.SECTION)
            and not _HYPHEN_NUMBER.match(p)  # "1- …" may be a list after the signature
        ),
        None,
    )
    if start is None:
        start = next(
            (i for i, p in enumerate(paragraphs[header:], start=header) if len(p.split()) >= 6),
            len(paragraphs),
        )
    return paragraphs[:start], _until_end(paragraphs[start:])


# "2. Sau khi nghe báo cáo …, Chủ tịch UBND tỉnh kết luận như sau:": the conclusion or request
# the items before only led up to (a meeting's reports), the document's intro all the same
# ("các yêu cầu sau", "theo kết luận": a noun, no one speaking)
_CONCLUDES = re.compile(
    r"(?<![^\W_])(?<!các )(?<!những )(?<!theo )(?<!đúng )(?<!đủ )"
    r"(?:kết luận|yêu cầu|đề nghị|chỉ đạo)(?![^\W_])"
)


def _concludes(paragraph: str) -> bool:
    """The item's lead-in concludes, requests or directs "… như sau:"."""
    return _CONCLUDES.search(match_form(paragraph)) is not None


def _later_item(marker: Marker | None, before: list[str]) -> bool:
    """A numbered or lettered paragraph ("2. …", "c) …") after a numbered item ("1. …"): one of
    the body's items, whatever its own lead-in ends with."""
    if marker is None or marker.kind not in (MarkerKind.NUMBER, MarkerKind.LETTER):
        return False
    return any(
        (found := find_marker(p)) is not None
        and found.kind is MarkerKind.NUMBER
        and not _HYPHEN_NUMBER.match(p)
        for p in before
    )


_GREETING_WITHIN = 25  # "Kính gửi" stands in the header, never further down


def _late_greeting(paragraphs: list[str], header: int) -> int | None:
    """Index of the header's own "Kính gửi" when a margin note read above it ended the header
    early; None when the header has its own already, or when "Nơi nhận", "- Lưu: …" or the
    signature comes first (a form, an invitation or a petition attached after the signature
    greets its own addressee)."""
    if any(match_form(p).startswith("kính gửi") for p in paragraphs[:header]):
        return None
    for index in range(header, min(_GREETING_WITHIN, len(paragraphs))):
        paragraph = paragraphs[index]
        if _BODY_END.match(paragraph) or _FILED.match(paragraph):
            return None
        if match_form(paragraph).startswith("kính gửi"):
            return index
    return None


def _opens_with_items(tail: list[str]) -> bool:
    """An attached document named after the signature whose body opens with its items ("I.
    MỤC TIÊU"), not with an intro of its own ("Chính phủ ban hành Chương trình … như sau:",
    which still opens the body as before)."""
    start = _attached_start(tail)
    if start is None:
        return False
    for paragraph in tail[start:]:
        if find_marker(paragraph) is not None:
            return True
        if _INTRO_END.search(paragraph):
            return False
    return False


def _header_end(paragraphs: list[str], title: str) -> int:
    """Index of the first paragraph after the header lines, the title and "Kính gửi"."""
    end = 0
    in_recipients = False
    for index, paragraph in enumerate(paragraphs[:40]):
        low = match_form(paragraph)
        letters = [c for c in paragraph if c.isalpha()]
        caps = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
        if not any(c.isalnum() for c in paragraph):
            continue  # a bare "|" a table's cell leaves between "Kính gửi:" and its list
        if low.startswith("kính gửi"):
            in_recipients, end = True, index + 1
        elif in_recipients and paragraph.startswith(("-", "+", "•")):
            end = index + 1
        elif (title and paragraph in title) or caps or _HEADER_LINE.match(paragraph):
            in_recipients, end = False, index + 1
        elif len(paragraph.split()) >= 6:
            break  # the first real sentence: the header is over
    return end


def _until_end(body: list[str]) -> list[str]:
    """The body up to "Nơi nhận" or the signature, and after it the body of a plan (or rules,
    a programme) the document attaches, or else the task table of an appendix."""
    for index, paragraph in enumerate(body):
        if _BODY_END.match(paragraph):
            return body[:index] + _after_signature(body[index:], body[:index])
        if _FILED.match(paragraph):
            # "- Lưu: VT, …" closes the "Nơi nhận" list; a scan may have lost its title line
            rest = body[index:]
            while index and body[index - 1].startswith(_DASHES) and len(body[index - 1]) < 90:
                index -= 1
            return body[:index] + _after_signature(rest, body[:index])
        if paragraph.rstrip().endswith("./.") and find_marker(paragraph) is None:
            return body[: index + 1] + _after_signature(body[index + 1 :], body[: index + 1])
    return body


# A decision that issues a plan prints the plan after its own signature: "KẾ HOẠCH" / its title /
# "(Ban hành kèm theo Quyết định số …)". The plan's body is where the work is. A procedure
# ("QUY TRÌNH") is printed the same way, its note in brackets may say only "(Theo Quyết định số
# …)"; a sentence opening "Theo Quyết định số …, …" is no note.
_ATTACHED_TYPE = re.compile(
    r"^(?:KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|QUY TRÌNH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG| CÔNG TÁC)?|ĐỀ ÁN"
    r"|PHƯƠNG ÁN|HƯỚNG DẪN)\b(?!\s+[a-zà-ỹđ])"
)
_NOTE_OPENS = r"(?:\(?\s*(?:được\s+)?(?:ban hành\s+)?kèm\s+|\(\s*(?:ban hành\s+)?)theo\s+"
_NOTE_OF = r"(?:Quyết định|Nghị quyết|Công văn|Thông báo|Kế hoạch)\b"
_ATTACHED_NOTE = re.compile(rf"^{_NOTE_OPENS}{_NOTE_OF}", re.IGNORECASE)


# A transcription may set the attached document's name in sentence case over its title:
# "Chương trình hành động của Chính phủ thực hiện Nghị quyết số …" / "(Kèm theo Nghị quyết …)".
_ATTACHED_TITLE = re.compile(
    r"^(?:Kế hoạch|Quy chế|Quy định|Chương trình(?: hành động| công tác)?|Đề án|Phương án"
    r"|Hướng dẫn)\s+\S"
)
_NOTE_NEAR = 4  # the note follows the name and a short title at once
_TITLE_LINES = 8  # … or a long title set one short line a paragraph


# "QUY TRÌNH TIẾP NHẬN HỒ SƠ …" / "(Kèm theo Công văn …)": an attached procedure, whose steps
# are its rules wherever it is printed (notices.duty_sections)
_PROCEDURE = re.compile(r"^\W{0,3}QUY TRÌNH\b")


def _after_signature(tail: list[str], body: list[str]) -> list[str]:
    start = _attached_start(tail)
    if start is None:
        return _appendix_rows(tail, body)
    attached = _until_end(tail[start:])
    if any(_PROCEDURE.match(p) for p in tail[max(0, start - _TITLE_LINES - 1) : start]):
        return drop_steps(attached)
    return attached


def _attached_start(tail: list[str]) -> int | None:
    """Index of the first paragraph of the attached document's body after its name, title
    and note, or None when no attached document is named."""
    for index, paragraph in enumerate(tail):
        if not (_ATTACHED_TYPE.match(paragraph) or _ATTACHED_TITLE.match(paragraph)):
            continue
        note = _attached_note(tail, index)
        if note is not None:
            return note + 1
    return None


def _attached_note(tail: list[str], index: int) -> int | None:
    """Index of the last paragraph of the attached document's name and title at `index`: the
    "(Kèm theo Quyết định / Nghị quyết …)" note within a few paragraphs, or further down a title
    whose every line is a title line (no item marker, no sentence end); a reader may glue the
    note to the end of the title's paragraph, or wrap the note's end onto a paragraph of its own
    ("… ngày 12 tháng 6" then "năm 2027 của Chính phủ)" or a lone ")")."""
    for j in range(index, min(index + 1 + _TITLE_LINES, len(tail))):
        if j + 1 < len(tail) and _wrapped_note(tail[j], tail[j + 1]):
            return j + 1
        if (j > index and _ATTACHED_NOTE.match(tail[j])) or _GLUED_NOTE.search(tail[j]):
            return j
        if j - index >= _NOTE_NEAR and _ends_title(tail[j]):
            break
    return None


# "… hoàn thiện tổ chức bộ máy (Kèm theo Nghị quyết số 105/NQ-CP ngày … của Chính phủ)": the
# note glued to the title's last line
_GLUED_NOTE = re.compile(
    r"\(\s*(?:được\s+)?(?:ban hành\s+)?(?:kèm\s+)?theo\s+" + _NOTE_OF + r"[^()]{0,200}\)\s*$",
    re.IGNORECASE,
)


# the wrapped end of a note: a short run that closes the bracket and opens none
_NOTE_END = re.compile(r"^[^()]{0,120}\)\s*$")


def _wrapped_note(paragraph: str, following: str) -> bool:
    """`paragraph` opens a "(Kèm theo …" note it does not close and `following` closes it."""
    if paragraph.count("(") <= paragraph.count(")") or not _NOTE_END.match(following):
        return False
    return _GLUED_NOTE.search(f"{paragraph.rstrip()} {following.strip()}") is not None


def _ends_title(paragraph: str) -> bool:
    """An item marker or a sentence end: the attached document's name and title are over."""
    return find_marker(paragraph) is not None or paragraph.rstrip().endswith((".", ";", ":"))


# "PHỤ LỤC" / "Phụ lục I" after the signature, then its task table's rows (notices.tables).
_APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?:\s+[IVX\d]{1,4})?\b")


# A list attached without its "PHỤ LỤC" line: "DANH MỤC NỘI DUNG …" / its title / "(Kèm theo …)",
# then a task table: only its rows are read, and only when its title names work or hands out
# drafting ("… PHÂN CÔNG CƠ QUAN CHỦ TRÌ SOẠN THẢO"); "THỦ TỤC HÀNH CHÍNH", "DỰ ÁN" are catalogues.
_LISTING = re.compile(r"^DANH MỤC\b")
_NAMES_WORK = re.compile(
    r"(?<![^\W_])(?:NỘI DUNG|NHIỆM VỤ|CÔNG VIỆC|HOẠT ĐỘNG|GIẢI PHÁP"
    r"|PHÂN CÔNG\b.*\bSOẠN THẢO)(?![^\W_])"
)


def _appendix_rows(tail: list[str], body: list[str]) -> list[str]:
    found = next((i for i, p in enumerate(tail) if _APPENDIX.match(p)), None)
    listing = found is None
    if found is None:
        found = next((i for i, p in enumerate(tail) if _listing(tail, i)), None)
        if found is None:
            return []
    start = found
    rows = [p for p in tail[start + 1 :] if ROW_SENTENCE.match(p)]
    if rows:
        return [tail[start], *rows]
    return [] if listing else _appendix_items(tail[start:], body)


def _listing(tail: list[str], index: int) -> bool:
    """`tail[index]` names an attached list of work ("DANH MỤC NHIỆM VỤ …") whose "(Kèm theo
    …)" note follows within its title's lines."""
    if not _LISTING.match(tail[index]):
        return False
    lines = tail[index : index + _NOTE_NEAR + 1]
    note = next(
        (j for j, p in enumerate(lines) if _ATTACHED_NOTE.match(p) or _GLUED_NOTE.search(p)), None
    )
    if note is None:
        return False
    title = " ".join([*lines[:note], _GLUED_NOTE.sub("", lines[note])])
    return bool(_NAMES_WORK.search(title))


# An appendix that lists the work itself ("Phụ lục / TRIỂN KHAI NHIỆM VỤ THEO THÔNG BÁO SỐ …"
# over "1. …" "a) Đơn vị chủ trì: …"): a text layer keeps the signature above it, so its
# numbered items are read as the body, which a scan that loses "Nơi nhận" did by chance.
_APPENDIX_WORK = re.compile(r"\b(?:nhiệm vụ|phân công|công việc)\b")
# … but not an appendix that reports or lists around the work: results ("KẾT QUẢ THỰC HIỆN
# NHIỆM VỤ NĂM 2025"), a summary, a situation, lists of names or contacts ("ĐẦU MỐI LIÊN HỆ"),
# a duty roster ("LỊCH PHÂN CÔNG TRỰC TẾT"), a form, criteria, an estimate, a list of documents,
# or the standing duties of a steering committee's members
_APPENDIX_NO_WORK = re.compile(
    r"\b(?:kết quả|tình hình|tổng hợp|danh sách|đầu mối|liên hệ|(?<!du )lịch|mẫu(?! giáo)"
    r"|biểu mẫu|tiêu chí|dự toán|danh mục văn bản|phân công trực"
    r"|thành viên (?:ban|tổ|hội đồng|đoàn))\b"
)
_APPENDIX_TITLE = 6  # the appendix's name, title and "(Kèm theo …)" note before its items
_APPENDIX_ITEMS = 2


def _appendix_items(appendix: list[str], body: list[str]) -> list[str]:
    """The numbered items of an appendix whose title names work, up to a later signature or
    the next appendix, less the items that restate the body's own."""
    first = next(
        (
            i
            for i, p in enumerate(appendix[: _APPENDIX_TITLE + 1])
            if (found := find_marker(p)) and found.kind is MarkerKind.NUMBER
        ),
        None,
    )
    if first is None:
        return []
    title = [match_form(p) for p in appendix[:first] if not p.lstrip().startswith("(")]
    if not any(_APPENDIX_WORK.search(p) for p in title) or any(
        _APPENDIX_NO_WORK.search(p) for p in title
    ):
        return []
    end = next(
        (i for i, p in enumerate(appendix[first:], start=first) if _APPENDIX.match(p)),
        len(appendix),
    )
    items = _unrepeated(_until_end(appendix[first:end]), body)
    numbered = sum(
        1 for p in items if (found := find_marker(p)) and found.kind is MarkerKind.NUMBER
    )
    return items if numbered >= _APPENDIX_ITEMS else []


def _unrepeated(items: list[str], body: list[str]) -> list[str]:
    """`items` without each numbered item (and its points) whose words the body already has."""
    said = {_item_words(p) for p in body}
    kept: list[str] = []
    skipping = False
    for paragraph in items:
        found = find_marker(paragraph)
        if found is not None and found.kind is MarkerKind.NUMBER:
            skipping = _item_words(paragraph) in said
        if not skipping:
            kept.append(paragraph)
    return kept


def _item_words(paragraph: str) -> str:
    found = find_marker(paragraph)
    return " ".join(match_form(paragraph[found.length if found else 0 :]).split())


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
    if _GIVES_FOLLOW_UP.match(low):
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
        return kinds.index(MarkerKind.SECTION) if MarkerKind.SECTION in kinds else None
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
