"""A regulation's delegations: the clauses of its rules articles that commission a standing body
of government to issue the detail.

`regulation.drop_rules` takes a decree's or circular's titled rules articles out of the body:
"Người sử dụng đất nộp hồ sơ …", "Ban quản lý Khu kinh tế xác định và thông báo …" say who does
what every time, no work to track. One kind of clause in them is work all the same: the decree
hands a body the rules it leaves open — "Bộ Tài chính hướng dẫn cụ thể Điều này.", "Ủy ban nhân
dân cấp tỉnh quy định mức thu cụ thể …", "Căn cứ quy hoạch …, Ủy ban nhân dân cấp tỉnh quy định
giá đất …", "Hệ số điều chỉnh giá đất … do Ủy ban nhân dân cấp tỉnh ban hành hàng năm …". The
body is a standing one of government (a ministry, a people's committee or council, a
department, a management board) and the verb issues rules ("quy định", "hướng dẫn", "ban
hành"); a clause that only decides a case ("… quyết định đơn giá … của từng dự án", "… xác định
và thông báo số tiền …"), a condition ("Trường hợp … mà Ủy ban nhân dân cấp tỉnh chưa ban hành
…"), a reference to rules already issued ("… theo mẫu do Bộ Tài chính ban hành", "… quy định
tại …") or the issuer itself ("Chính phủ quy định …") is none. Each such sentence is one task,
its text the sentence as written, its lead the body it names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from notices.assignees import analyze
from notices.clauses import split_sentences
from notices.deadlines import dated_by, find_deadlines, pick_deadline
from notices.marked_titles import ANY_ARTICLE
from notices.markers import MarkerKind, find_marker
from notices.model import ParsedTask
from notices.regulation import drop_rules
from notices.task_basics import Context
from notices.text import match_form

# A standing body of government at a name's start: "Bộ Tài chính", "Ủy ban nhân dân cấp tỉnh",
# "UBND tỉnh", "Hội đồng nhân dân cấp tỉnh", "Sở Tài chính", "Ban quản lý Khu kinh tế", "Ngân
# hàng Nhà nước", "các bộ, cơ quan ngang bộ" — not "Chính phủ" (a decree's own issuer) nor a
# post ("Bộ trưởng", "Chủ tịch"), a firm or the public.
_BODY = re.compile(
    r"(?:(?:các|mỗi|từng)\s+)?(?:bộ(?!\s+(?:trưởng|đội|phận|máy|luật|môn|hồ sơ)(?![^\W_]))"
    r"|ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd"
    r"|sở(?!\s+(?:hữu|tại|thích|cứ)(?![^\W_]))|ban quản lý|ngân hàng nhà nước"
    r"|cơ quan ngang bộ)(?![^\W_])"
)
# "Bộ trưởng Bộ Tài chính hướng dẫn …": the minister speaks for the ministry, which leads
_MINISTER = re.compile(r"(?:bộ trưởng|thủ trưởng)\s+(?=(?:bộ|cơ quan ngang bộ)(?![^\W_]))")
# The verbs that issue rules, not a reference to rules ("quy định tại khoản 2", "hướng dẫn của
# Bộ", "ban hành kèm theo")
_ISSUES = re.compile(
    r"(?:quy định|hướng dẫn|ban hành)(?![^\W_])(?!\s+(?:tại|của|này|kèm|theo)(?![^\W_]))"
)
# What may stand between the body and its verb: "(sau đây gọi là …)", "có trách nhiệm", "chủ
# trì, phối hợp với Bộ Xây dựng", "hằng năm"
_BETWEEN = re.compile(
    r"^\s*(?:\([^()]{0,120}\)\s*)?"
    r"(?:(?:có|chịu) trách nhiệm\s+"
    r"|chủ trì,?\s+phối hợp với\s+[^.;]{1,120}?\s(?=(?:quy định|hướng dẫn|ban hành)(?![^\W_]))"
    r"|(?:hằng|hàng) năm,?\s+)?"
)
# The verb's object is one act, not rules: "ban hành quyết định thu hồi đất", "ban hành thông
# báo nộp tiền"; guidance given to a party, not rules: "hướng dẫn người dân kê khai", "hướng
# dẫn chủ đầu tư lập phương án", "hướng dẫn Ủy ban nhân dân cấp huyện lập hồ sơ" — standing
# procedure
_ONE_ACT = re.compile(
    r"^ban hành\s+(?:các\s+|từng\s+)?(?:quyết định|thông báo|văn bản|công văn|giấy|kết luận"
    r"|báo cáo)(?![^\W_])"
    r"|^hướng dẫn\s+(?:các\s+|cho\s+)?(?:người|chủ đầu tư|nhà đầu tư|tổ chức|cá nhân"
    r"|hộ gia đình|doanh nghiệp|nhân dân|công dân|đối tượng)(?![^\W_])"
    r"|^hướng dẫn\s[^.;]{0,80}?(?:lập|kê khai|nộp|hoàn thiện|bổ sung)\s+hồ sơ(?![^\W_])"
)
# A time limit counted from a filing is a procedure's step ("trong thời hạn 05 ngày làm việc kể
# từ ngày nhận được hồ sơ"), not a commission
_PROCEDURE = re.compile(r"(?<![^\W_])(?:trong thời hạn\s+\d+|kể từ ngày nhận)")
# An adverbial or a condition before the subject: "Hằng năm, …", "Chậm nhất ngày …, …",
# "Trường hợp cần thiết, …", "Căn cứ …, …"; the subject follows one of its commas or its "thì"
_OPENING = re.compile(
    r"^(?:căn cứ|trên cơ sở|hằng năm|hàng năm|chậm nhất|trường hợp|trong trường hợp|khi|nếu"
    r"|sau khi|riêng)(?![^\W_])"
)
_SUBJECT_AFTER = re.compile(r",\s+|(?<![^\W_])thì\s+")
# A sentence that opens on a ground, a condition or a reference carries a passive "do … ban
# hành" as a description ("Căn cứ giá đất do Ủy ban nhân dân cấp tỉnh ban hành, …"); after the
# condition's "thì" the passive is the rule again ("Trường hợp … thì mức … do Ban quản lý … ban
# hành").
_CONDITION = re.compile(r"^(?:trong trường hợp|trường hợp|nếu|khi|riêng|đối với)(?![^\W_])")
_GROUND_OPEN = re.compile(r"^(?:căn cứ|trên cơ sở|theo)(?![^\W_])")
_THEN = re.compile(r"(?<![^\W_])thì\s")
# "do Ủy ban nhân dân cấp tỉnh ban hành", "do ủy ban nhân dân cấp tỉnh quy định cụ thể": the
# passive that names the body ...
_BY = re.compile(r"(?<![^\W_])do\s+")
# ... as the predicate of what the clause opens on ("Hệ số điều chỉnh giá đất … do …"), not
# describing a document or a method the clause refers to ("… theo quy chuẩn do Bộ Y tế ban
# hành", "… được xác định trên cơ sở … do …", "… chịu trách nhiệm về … do …", "… văn bản do …",
# "Hồ sơ gồm tờ khai do …", "áp dụng hệ số do …")
_REFERENCE_BEFORE = re.compile(
    r"(?<![^\W_])(?:theo|tại|của|về|được|là|trên cơ sở|chịu|mẫu|văn bản|quy chế|quy chuẩn"
    r"|tiêu chuẩn|thông tư|nghị định|quyết định|danh mục|gồm|áp dụng|tờ khai)(?![^\W_])"
)
# "Bảng giá đất do … ban hành được công bố …": the passive describes a document that has its own
# predicate after it, no commission
_OWN_PREDICATE = re.compile(
    r"\s*(?:(?:hằng|hàng) năm\s+|cụ thể\s+)?(?:được|là|thì|phải|bị|đã|sẽ|có hiệu lực)(?![^\W_])"
)
_NAME_WORDS = 14
# "Đơn vị do Bộ Y tế quản lý ban hành …", "Cơ sở do Sở Y tế cấp phép hướng dẫn …": a verb inside
# what stands between "do" and the issuing verb makes the body a manager or a licenser of the
# subject, and the subject the issuer ("Ban quản lý …" is a name)
_OTHER_VERB = re.compile(
    r"(?<!ban)\s(?:quản lý|cấp phép|cấp giấy|thành lập|chỉ định|giao|phê duyệt|công nhận"
    r"|thẩm định|tổ chức|thực hiện|xác định)(?![^\W_])"
)
_NEGATION = re.compile(r"(?<![^\W_])(?:chưa|không|chậm)(?![^\W_])")


def dropped_rules(lines: list[str], paragraphs: list[str], title: str) -> list[str]:
    """The paragraphs `regulation.drop_rules` takes out as rules, in order, read over the front
    matter and the body together (a formula's table may end a decree's front matter late, in
    the middle of its articles)."""
    kept = drop_rules(lines, [], paragraphs, title=title)
    left = Counter(kept)
    dropped: list[str] = []
    for paragraph in paragraphs:
        if left[paragraph] > 0:
            left[paragraph] -= 1
            # a kept article's heading still tells which article the dropped clauses after it
            # stand in (notices.duty_points keeps an article's heading over its duty points)
            if ANY_ARTICLE.match(match_form(paragraph.strip())):
                dropped.append(paragraph)
        else:
            dropped.append(paragraph)
    return dropped


def delegated_tasks(paragraphs: list[str]) -> list[ParsedTask]:
    """One task per sentence of the dropped rules `paragraphs` that hands a standing body of
    government the rules to issue; refs follow the article, clause and point it stands in, and
    "… Điều này." names the article it stands in (two "Bộ Tài chính hướng dẫn cụ thể Điều
    này." of two articles are two different works)."""
    tasks: list[ParsedTask] = []
    path: list[str] = []
    article = ""
    for paragraph in paragraphs:
        text = paragraph.strip(" *|")
        marker = find_marker(text)
        if marker is not None:
            path = _path(path, marker.kind, marker.label)
            text = text[marker.length :].strip(" *")
            if marker.kind is MarkerKind.SECTION:
                article = f"{marker.label}. {text}".strip(" .")
        found = 0
        for sentence in split_sentences(text):
            lead = delegated_body(sentence)
            if lead is None:
                continue
            found += 1
            ref = ".".join(path) or "rules"
            ref = ref if found == 1 else f"{ref}/{found}"
            tasks.append(ParsedTask(ref=ref, text=_named(sentence, article), lead=lead))
    return tasks


def _named(sentence: str, article: str) -> str:
    """ "Bộ Tài chính hướng dẫn cụ thể Điều này." -> "… Điều này (Điều 4. Xác định tiền thuê
    đất)." when the sentence points at its own article."""
    if not article or not re.search(r"(?<![^\W_])Điều này(?![^\W_])", sentence):
        return sentence
    at = sentence.rfind("Điều này") + len("Điều này")
    return f"{sentence[:at]} ({article}){sentence[at:]}"


def with_delegations(
    tasks: list[ParsedTask], delegations: list[ParsedTask], context: Context
) -> list[ParsedTask]:
    """`tasks` with the delegations merged in: the issuer's own ("Hệ số … do Ủy ban nhân dân tỉnh
    ban hành" in the province's own decision) dropped, each dated by its own words, placed
    before the first task of a later article, its ref unique among all ("/2" as elsewhere)."""
    writer = _writer(context.writer)
    merged = list(tasks)
    for task in delegations:
        if writer and any(_same_body(lead, writer) for lead in task.lead):
            continue
        task = _dated(task, context)
        refs = {t.ref for t in merged}
        ref, n = task.ref, 1
        while ref in refs:
            n += 1
            ref = f"{task.ref}/{n}"
        task = replace(task, ref=ref)
        at = next((i for i, t in enumerate(merged) if _article(t.ref) > _article(ref)), None)
        merged.insert(len(merged) if at is None else at, task)
    return merged


def _writer(lines: tuple[str, ...]) -> str:
    """The issuer's name from its header lines, matched form ("ủy ban nhân dân tỉnh yên bái")."""
    return _level(" ".join(match_form(line) for line in lines))


def _level(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"(?<![^\W_])cấp\s+(?=tỉnh|huyện|xã)", "", name)).strip()


def _same_body(lead: str, writer: str) -> bool:
    """A lead that names the issuer ("Ủy ban nhân dân tỉnh" / "UBND cấp tỉnh" of "ỦY BAN NHÂN
    DÂN TỈNH YÊN BÁI")."""
    name = _level(match_form(lead))
    name = re.sub(r"^ubnd(?![^\W_])", "ủy ban nhân dân", name)
    return bool(name) and (writer == name or writer.startswith(name + " "))


def _article(ref: str) -> int:
    """The article number a ref opens on ("Điều 12.1.c" -> 12); 0 when none (kept in place)."""
    m = re.match(r"Điều\s+(\d+)", ref)
    return int(m.group(1)) if m else 0


def _dated(task: ParsedTask, context: Context) -> ParsedTask:
    """The delegation with the deadline or cycle its sentence states ("… trước ngày 01 tháng 7
    năm 2030", "… ban hành hằng năm")."""
    hit = pick_deadline(find_deadlines(task.text, year=context.year, reference=context.reference))
    return task if hit is None else dated_by(task, hit)


def _path(path: list[str], kind: MarkerKind, label: str) -> list[str]:
    """The article/clause/point path after a marker: "Điều 4" resets, "1." under it, "a" under
    that."""
    if kind is MarkerKind.SECTION:
        return [label]
    if kind is MarkerKind.NUMBER:
        return [*path[:1], label]
    return [*path[:2], label]


def delegated_body(sentence: str) -> tuple[str, ...] | None:
    """The bodies a sentence commissions to issue rules ("Bộ Tài chính hướng dẫn cụ thể Điều
    này." -> ("Bộ Tài chính",)), or None."""
    low = match_form(sentence)
    if len(low) != len(sentence) or _PROCEDURE.search(low):
        return None
    for start in _subject_starts(low):
        active = _active(sentence, low, start)
        if active is not None:
            return active
    return _passive(sentence, low)


def _subject_starts(low: str) -> list[int]:
    """Where the subject may stand: the sentence's start, or after a comma or the "thì" of an
    adverbial or a condition it opens on ("Hằng năm, …", "Trường hợp … thì …")."""
    if not _OPENING.match(low):
        return [0]
    return [0, *(m.end() for m in _SUBJECT_AFTER.finditer(low))]


def _active(sentence: str, low: str, start: int) -> tuple[str, ...] | None:
    """ "<body> quy định/hướng dẫn/ban hành <rules> …" with its subject at `start`."""
    minister = _MINISTER.match(low, start)
    start = minister.end() if minister else start
    if not _BODY.match(low, start):
        return None
    names = _names(sentence, start)
    if not names:
        return None
    last = names[-1]
    at = low.find(match_form(last), start)
    if at < 0:
        return None
    rest = low[at + len(last) :]
    between = _BETWEEN.match(rest)
    rest = rest[between.end() if between else 0 :].lstrip()
    if not _ISSUES.match(rest) or _ONE_ACT.match(rest):
        return None
    return tuple(names)


def _names(sentence: str, start: int) -> list[str]:
    """The bodies named at `start`: the clause reader's leads, or the words before the verb
    when it finds none ("Bộ Tài chính quy định.")."""
    roles = analyze(sentence[start:])
    if roles.leads:
        if any(lead.is_person for lead in roles.leads):
            return []
        return [_before_verb(lead.name) for lead in roles.leads]
    verb = _ISSUES.search(match_form(sentence), start)
    name = sentence[start : verb.start()].strip(" ,") if verb else ""
    if not name or "," in name or len(name.split()) > _NAME_WORDS:
        return []
    return [name[:1].upper() + name[1:]]


def _before_verb(name: str) -> str:
    """A name the clause reader ran into its verb ("Ủy ban nhân dân cấp tỉnh quy định giá đất"
    after a ground) cut before the verb."""
    verb = _ISSUES.search(match_form(name))
    return name[: verb.start()].rstrip(" ,") if verb and verb.start() > 0 else name


def _passive(sentence: str, low: str) -> tuple[str, ...] | None:
    """ "… do <body> ban hành/quy định …": the rule's object first, its issuer after "do" and
    the verb right after the issuer's name."""
    if _GROUND_OPEN.match(low):
        return None
    start = 0
    if _CONDITION.match(low):
        then = _THEN.search(low)
        if then is None:
            return None
        start = then.end()
    for by in _BY.finditer(low, start):
        if not _BODY.match(low, by.end()) or _REFERENCE_BEFORE.search(low, start, by.start()):
            continue
        if _NEGATION.search(low, start, by.start()):
            return None  # "Không áp dụng hệ số do …", "… chưa có bảng giá do …"
        name = _passive_name(sentence, low, by.end())
        if name is not None:
            return (name[:1].upper() + name[1:],)
    return None


def _passive_name(sentence: str, low: str, at: int) -> str | None:
    """The issuer's name after "do" when the issuing verb follows it straight away and the
    passive is the clause's predicate ("do Bộ Y tế quản lý ban hành …" names a manager, "…
    ban hành được công bố" a document)."""
    verb = _ISSUES.search(low, at)
    if verb is None:
        return None
    roles = analyze(sentence[at:])
    name = _before_verb(roles.leads[0].name) if roles.leads else sentence[at : verb.start()]
    name = name.strip(" ,")
    end = at + len(name)
    if (
        not name
        or len(name.split()) > _NAME_WORDS
        or "," in name
        or _OTHER_VERB.search(low, at, verb.start())
        or low[end:].lstrip().find(low[verb.start() : verb.end()]) != 0
        or _OWN_PREDICATE.match(low, verb.end())
    ):
        return None
    return name
