"""Who a letter's points name, between the lead-in and the point itself.

- `lead_in_alias`: the one name a lead-in gives the bodies it asks ("Sở GDĐT đề nghị phòng GDĐT
  …; các trường trực thuộc Sở (sau đây gọi chung là các nhà trường) thực hiện … như sau:"): the
  points naming nobody are theirs, under that name. Only a name closing the list the request
  governs counts: not a document's, the people's or a thing's short name, not the partners' of
  the one asked ("giao Sở Tài chính chủ trì, phối hợp với … (gọi chung là …)"), not the bodies
  the one asked directs ("yêu cầu Sở Công Thương hướng dẫn …"), not one in the cited grounds.
- `guided_group`: "Sở GDĐT hướng dẫn các đơn vị, trường học nghỉ Tết … như sau:" guides a group.
- `school_subject`, `own_group`, `default_names_group`: a point's own group as written ("Nhà
  trường duy trì …", "Các đơn vị chủ động …") against one the writer asks ("đề nghị các đơn vị").
- `intro_asks_work`, `asks_addressees`, `reports_findings`: what the lead-in does (asks someone,
  asks nobody by name, reports an inspection's findings).
"""

from __future__ import annotations

import re

from notices.remarks import asks_someone
from notices.text import match_form

# "(sau đây gọi chung là các nhà trường)", "(gọi tắt là các cơ quan, đơn vị)"
_ALIAS = re.compile(r"\(\s*(?:sau đây\s+)?gọi\s+(?:chung|tắt)\s+là\s+(?P<name>[^()]{2,60}?)\s*\)")
# the verb before the list: the sentence asks or guides the bodies it names
_ASKS = re.compile(r"(?<![^\W_])(?:đề nghị|yêu cầu|hướng dẫn|giao|chỉ đạo)\s")
# what follows the parenthesis: the work (a lower-case verb), not the list going on (",", ";")
_WORK_FOLLOWS = re.compile(
    r"\s*(?!(?:và|hoặc|cùng|với)(?![^\W_]))(?:(?:phối hợp|khẩn trương|chủ động|nghiêm túc)\s+)?"
    r"[^\W\d_]"
)
# between the request and the parenthesis: the list is someone else's (the one asked leads and
# its partners follow, "giao Sở Tài chính chủ trì, phối hợp với …"; the one asked directs others,
# "yêu cầu Sở Công Thương hướng dẫn các doanh nghiệp …")
_OTHERS_LISTED = re.compile(
    r"(?<![^\W_])(?:chủ trì|phối hợp|hướng dẫn|chỉ đạo|đôn đốc|yêu cầu|đề nghị|giao)(?![^\W_])"
)
# a short name for a body or a group of bodies
_BODY = re.compile(
    r"^(?:(?:các|những|thủ trưởng các)\s+)?(?:nhà trường|trường|đơn vị|cơ quan|cơ sở|địa phương"
    r"|sở|bộ|ban|ngành|tỉnh|huyện|xã|bảo hiểm xã hội|bhxh|ủy ban|ubnd|phòng|trung tâm|bệnh viện"
    r"|doanh nghiệp|tổ chức)(?![^\W_])"
)


def lead_in_alias(sentence: str) -> str | None:
    """The name a lead-in's own parenthesis gives the bodies it asks; None when it gives none, or
    a name that is no body's."""
    low = match_form(sentence)
    asked = _ASKS.search(low, main_clause_start(sentence))
    if asked is None:
        return None
    for m in _ALIAS.finditer(sentence):
        if m.start() < asked.end():
            continue  # the name of something in the grounds before the request
        if _OTHERS_LISTED.search(low, asked.end(), m.start()):
            continue  # the partners' or the directed bodies' name, not the asked ones'
        name = m.group("name").strip(" ,;")
        if not _BODY.match(match_form(name)):
            continue
        rest = sentence[m.end() :]
        if rest[:1] in ",;" or not _WORK_FOLLOWS.match(rest) or rest.strip()[:1].isupper():
            continue
        return name
    return None


# "Sở GDĐT hướng dẫn các đơn vị, trường học nghỉ Tết … như sau:": the groups the issuer guides,
# whatever the guidance is about (no verb of work needed: `lead_ins.guided_assignees` reads those)
_GROUP = r"(?:đơn vị|trường học|nhà trường|trường|cơ sở giáo dục|cơ quan|địa phương)"
_GUIDED_GROUP = re.compile(
    rf"(?<![^\W_])hướng dẫn\s+(?:cho\s+)?(?P<who>(?:các|những)\s+{_GROUP}"
    rf"(?:\s*,\s*(?:các\s+)?{_GROUP})*)(?![^\W_])\s+(?P<rest>[^.:;]{{0,240}}?)"
    r"(?:như sau|sau đây|sau)\s*:?\s*$"
)


def guided_group(sentence: str) -> str | None:
    """The group of units (as written) a lead-in "… hướng dẫn các đơn vị, trường học … như sau:"
    guides; None when it guides none ("… hướng dẫn thực hiện …") or tells them what ("… hướng dẫn
    các đơn vị nội dung …", "… kết quả …")."""
    m = _GUIDED_GROUP.search(match_form(sentence))
    if m is None or _WHAT.match(m.group("rest")):
        return None
    return sentence[m.start("who") : m.end("who")]


_WHAT = re.compile(r"(?:lịch|kết quả|kế hoạch|danh sách|việc|nội dung|ý kiến|tình hình|một số)\s")

# "Nhà trường duy trì …", "Các nhà trường thông báo …": in a letter from a department to its
# schools, each school the point is for; a school's own notice ("Nhà trường sẽ đăng tải …") speaks
# of itself, the writer. A future, a past or a state ("sẽ", "đã", "đang", "được", "là") narrates;
# "Nhà trường có thể cung cấp mẫu …" allows.
_SCHOOL_SUBJECT = re.compile(
    r"(?P<who>(?:(?:các|những)\s+)?nhà trường(?:\s*,\s*(?:các\s+)?cơ sở giáo dục)?)\s+"
    r"(?!(?:sẽ|đã|đang|được|là|và|với|cũng|hoặc|nêu|trên|này|đó|có thể|chưa|không|vẫn|còn|bị"
    r"|có\s+(?:\d+|một|nhiều|đủ))(?![^\W_]))(?![^\W\d_]+(?:\s+[^\W\d_]+)?\s+tốt(?![^\W_]))[^\W\d_]"
)
# a state or a finding ("có 25 lớp", "chưa thực hiện", "thực hiện tốt") is no work: the lookaheads
# above. "Sau kỳ nghỉ Tết, các nhà trường …", "Trong thời gian nghỉ Tết, …" open the point before
# its subject.
_TIME_OPENER = re.compile(r"(?:ngay\s+)?(?:sau|trong)\s[^,.;:]{3,60},\s*")
# the writer is a school when a header line opens with one ("TRƯỜNG THPT …", "ĐẠI HỌC …"), not
# "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"
_SCHOOL_WRITER = re.compile(r"^\s*(?:trường|đại học|học viện)(?![^\W_])")


def school_subject(clause: str, writer: tuple[str, ...]) -> str | None:
    """ "Nhà trường" or "Các nhà trường" as written when the clause opens with it (past a time
    opener) as the subject of work, and the writer is no school; None otherwise."""
    text = clause.strip()
    low = match_form(text)
    if len(low) != len(text):
        return None
    opener = _TIME_OPENER.match(low)
    m = _SCHOOL_SUBJECT.match(low, opener.end() if opener else 0)
    if m is None or any(_SCHOOL_WRITER.search(match_form(line)) for line in writer):
        return None
    return text[m.start("who") : m.end("who")]


# "Sở GDĐT thông báo kết quả kiểm tra như sau:", "… kết luận thanh tra …": the points are findings
_FINDINGS = re.compile(
    r"(?<![^\W_])(?:kết quả|kết luận)\s+(?:\S+\s+){0,2}?(?:kiểm tra|thanh tra|giám sát|khảo sát)"
    r"(?![^\W_])"
)


def reports_findings(intro: str) -> bool:
    """The intro reports an inspection's results, not a request ("… thông báo kết quả kiểm tra
    như sau:")."""
    low = match_form(intro)
    return _FINDINGS.search(low) is not None and not intro_asks_work(intro)


# A request before the group: "Bộ GDĐT đề nghị các đơn vị …" asks the letter's addressees
_ASKED_BEFORE = re.compile(
    r"(?<![^\W_])(?:đề nghị|yêu cầu|giao|chỉ đạo|hướng dẫn|kiến nghị|nhắc nhở|đôn đốc|kính gửi"
    r"|gửi|mời|thông báo|lưu ý)(?![^\W_])"
)


def own_group(clause: str, name: str) -> bool:
    """The generic group `name` ("Các đơn vị") is the clause's own subject, named by the point
    ("Các đơn vị chủ động …", "Sau kỳ nghỉ Tết, các đơn vị phải …"), not asked by the writer
    ("… đề nghị các đơn vị khẩn trương …": the addressees; "Mỗi đơn vị …" each of them)."""
    low, key = match_form(clause), match_form(name)
    if _EACH.match(key):
        return False  # "Mỗi đơn vị rà soát …": each of the units the letter already names
    pos = low.find(key)
    return pos >= 0 and _ASKED_BEFORE.search(low, 0, pos) is None


_EACH = re.compile(r"(?:mỗi|từng)\s")


def default_names_group(default: list[str], clause: str, name: str) -> bool:
    """A name of `default` is the clause's group written more fully: "Các đơn vị đào tạo quản
    lý …" (the name reader cut at "đào tạo") under a lead-in naming "các đơn vị đào tạo đại học,
    sau đại học"."""
    low, key = match_form(clause), match_form(name)
    pos = low.find(key)
    if pos < 0:
        return False
    after = low[pos + len(key) :].split()[:1]
    return bool(after) and any(
        match_form(d).startswith(f"{key} {after[0]}") for d in default if len(d) > len(key)
    )


# "Thực hiện Công văn … của Bộ Nội vụ yêu cầu …, Văn phòng UBND tỉnh thông tin …": the cited
# sentence ends at the comma before the main clause's subject (a capital)
_CITING = re.compile(r"^(?:thực hiện|căn cứ|xét|theo|triển khai|tiếp theo)\s")
_MAIN_CLAUSE = re.compile(r",\s+(?=[^\W\d_])")
_DIRECTS = re.compile(r"(?<![^\W_])chỉ đạo(?![^\W_])|(?<![^\W_])chỉ thị\s*:?$")


def main_clause_start(sentence: str) -> int:
    """Where the main clause starts, past a citing opening ("Thực hiện Công văn … của Bộ GDĐT
    hướng dẫn …, Sở GDĐT đề nghị …"); 0 when the sentence opens with it."""
    if not _CITING.match(match_form(sentence)):
        return 0
    commas = (m.end() for m in _MAIN_CLAUSE.finditer(sentence) if sentence[m.end()].isupper())
    return next(commas, len(sentence))


def intro_asks_work(intro: str) -> bool:
    """Does the intro's main clause ask someone for work ("UBND tỉnh yêu cầu các sở …", "giao"
    as a verb, not "Sở Giao thông vận tải"), past a citing opening ("Thực hiện Công văn …,")?"""
    low = match_form(intro[main_clause_start(intro) :])
    return asks_someone(low) or bool(_DIRECTS.search(low))


# "UBND tỉnh yêu cầu:", "Sở Y tế đề nghị:": a request that names nobody; the points are what it
# asks of the addressees ("1. Các cơ quan, đơn vị rà soát …" means them)
# ("… yêu cầu như sau:", "… yêu cầu thực hiện các nội dung sau:", "… chỉ thị:", "… đề nghị Quý
# cơ quan:" too)
_BARE_REQUEST = re.compile(
    r"(?<![^\W_])(?:yêu cầu|đề nghị|chỉ đạo|chỉ thị)(?:\s+quý\s+(?:cơ quan|đơn vị))?"
    r"(?:\s+(?:thực hiện|triển khai)(?:\s+(?:các|một số|những))?\s+(?:nội dung|việc|nhiệm vụ))?"
    r"(?:\s+(?:như sau|sau đây|sau))?\s*:\s*$"
)


def asks_addressees(intro: str) -> bool:
    """The intro closes on a request naming nobody ("…, UBND tỉnh yêu cầu:")."""
    return _BARE_REQUEST.search(match_form(intro)) is not None
