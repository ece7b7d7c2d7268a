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

from notices.assignees import analyze
from notices.markers import MarkerKind, find_marker
from notices.model import ParsedTask
from notices.regulation import drop_rules
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
# The verbs that issue rules, not a reference to rules ("quy định tại khoản 2", "hướng dẫn của
# Bộ", "ban hành kèm theo")
_ISSUES = re.compile(
    r"(?:quy định|hướng dẫn|ban hành)(?![^\W_])(?!\s+(?:tại|của|này|kèm|theo)(?![^\W_]))"
)
# "(sau đây gọi là Ủy ban nhân dân cấp tỉnh)": a name's alias between it and its verb
_ALIAS = re.compile(r"^\s*\([^()]{0,120}\)")
# "Căn cứ quy hoạch … đã được … phê duyệt, Ủy ban nhân dân cấp tỉnh quy định …": a ground
# before the subject
_GROUND = re.compile(r"^(?:căn cứ|trên cơ sở)\s[^;]{0,400}?,\s+")
# A sentence that opens on a ground, a condition or a reference carries a passive "do … ban
# hành" as a description ("Căn cứ giá đất do Ủy ban nhân dân cấp tỉnh ban hành, …"); after the
# condition's "thì" the passive is the rule again ("Trường hợp … thì mức … do Ban quản lý … ban
# hành").
_CONDITION = re.compile(r"^(?:trường hợp|nếu|khi|riêng|đối với)(?![^\W_])")
_GROUND_OPEN = re.compile(r"^(?:căn cứ|trên cơ sở|theo)(?![^\W_])")
_THEN = re.compile(r"(?<![^\W_])thì\s")
# "do Ủy ban nhân dân cấp tỉnh ban hành", "do ủy ban nhân dân cấp tỉnh quy định cụ thể": the
# passive that names the body ...
_BY = re.compile(r"(?<![^\W_])do\s+")
# ... as the predicate of what the clause opens on ("Hệ số điều chỉnh giá đất … do …"), not
# describing a document or a method the clause refers to ("… theo quy chuẩn do Bộ Y tế ban
# hành", "… được xác định trên cơ sở … do …", "… chịu trách nhiệm về … do …", "… văn bản do …")
_REFERENCE_BEFORE = re.compile(
    r"(?<![^\W_])(?:theo|tại|của|về|được|là|trên cơ sở|chịu|mẫu|văn bản|quy chế|quy chuẩn"
    r"|tiêu chuẩn|thông tư|nghị định|quyết định|danh mục)(?![^\W_])"
)
_NAME_WORDS = 14
_NEGATION = re.compile(r"(?<![^\W_])(?:chưa|không|chậm)(?![^\W_])")
# a sentence ends at ". " before a capital, or at the paragraph's end
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])")


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
        else:
            dropped.append(paragraph)
    return dropped


def delegated_tasks(paragraphs: list[str]) -> list[ParsedTask]:
    """One task per sentence of the dropped rules `paragraphs` that hands a standing body of
    government the rules to issue; refs follow the article, clause and point it stands in."""
    tasks: list[ParsedTask] = []
    path: list[str] = []
    for paragraph in paragraphs:
        text = paragraph.strip(" *|")
        marker = find_marker(text)
        if marker is not None:
            path = _path(path, marker.kind, marker.label)
            text = text[marker.length :].strip(" *")
        found = 0
        for sentence in _sentences(text):
            lead = delegated_body(sentence)
            if lead is None:
                continue
            found += 1
            ref = ".".join(path) or "rules"
            ref = ref if found == 1 else f"{ref}/{found}"
            tasks.append(ParsedTask(ref=ref, text=sentence, lead=lead))
    return _unique_refs(tasks)


def _path(path: list[str], kind: MarkerKind, label: str) -> list[str]:
    """The article/clause/point path after a marker: "Điều 4" resets, "1." under it, "a" under
    that."""
    if kind is MarkerKind.SECTION:
        return [label]
    if kind is MarkerKind.NUMBER:
        return [*path[:1], label]
    return [*path[:2], label]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def delegated_body(sentence: str) -> tuple[str, ...] | None:
    """The bodies a sentence commissions to issue rules ("Bộ Tài chính hướng dẫn cụ thể Điều
    này." -> ("Bộ Tài chính",)), or None."""
    low = match_form(sentence)
    if len(low) != len(sentence):
        return None
    active = _active(sentence, low)
    if active is not None:
        return active
    return _passive(sentence, low)


def _active(sentence: str, low: str) -> tuple[str, ...] | None:
    """ "<body> quy định/hướng dẫn/ban hành …" opening the sentence or after its ground."""
    ground = _GROUND.match(low)
    start = ground.end() if ground else 0
    if not _BODY.match(low, start):
        return None
    roles = analyze(sentence[start:])
    if not roles.leads or any(lead.is_person for lead in roles.leads):
        return None
    names = [_before_verb(lead.name) for lead in roles.leads]
    last = names[-1]
    at = low.find(match_form(last), start)
    if at < 0:
        return None
    after = sentence[at + len(last) :]
    alias = _ALIAS.match(after)
    rest = match_form(after[alias.end() if alias else 0 :]).lstrip()
    if not _ISSUES.match(rest):
        return None
    return tuple(names)


def _before_verb(name: str) -> str:
    """A name the clause reader ran into its verb ("Ủy ban nhân dân cấp tỉnh quy định giá đất"
    after a ground) cut before the verb."""
    verb = _ISSUES.search(match_form(name))
    return name[: verb.start()].rstrip(" ,") if verb and verb.start() > 0 else name


def _passive(sentence: str, low: str) -> tuple[str, ...] | None:
    """ "… do <body> ban hành/quy định …": the rule's object first, its issuer after "do"."""
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
        verb = _ISSUES.search(low, by.end())
        if verb is None:
            continue
        name = sentence[by.end() : verb.start()].strip(" ,")
        words = name.split()
        if (
            len(words) > _NAME_WORDS
            or "," in name
            or _NEGATION.search(low, by.end(), verb.start())
        ):
            continue
        return (name[:1].upper() + name[1:],)
    return None


def _unique_refs(tasks: list[ParsedTask]) -> list[ParsedTask]:
    """Refs kept unique when two articles' paths repeat (a point "a" of two clauses)."""
    seen: Counter[str] = Counter()
    unique: list[ParsedTask] = []
    for task in tasks:
        seen[task.ref] += 1
        if seen[task.ref] > 1:
            task = ParsedTask(ref=f"{task.ref}#{seen[task.ref]}", text=task.text, lead=task.lead)
        unique.append(task)
    return unique
