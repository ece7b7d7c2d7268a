"""Documents written upward: a submission, a report or a letter to a superior assigns nothing.

A Sở's "Tờ trình" to the chairman of the province, a province's "Báo cáo" or letter to a ministry,
an officer's "giải trình" to the leaders: what they propose ("Giao các sở … đôn đốc …", "đề xuất
Chủ tịch … gia hạn … đến ngày 30/9/2025") is the wording the superior is asked to sign, and what
they say they will do ("Sở Nội vụ sẽ báo cáo …") is the sender's own intention. Nothing in them
is work to track until the superior decides. Three signs, each enough:

- the kind of document: its number or title says Tờ trình (TTr) or Báo cáo (BC), a letter's
  subject is to submit or explain ("V/v trình hồ sơ …", "V/v giải trình …"), or it is a
  province's budget plan (Kế hoạch tài chính 05 năm, Kế hoạch đầu tư công trung hạn, dự toán
  ngân sách: a report of figures and intentions, kept with the reports below);
- the closing submits or reports: "Kính trình Chủ tịch … xem xét, có ý kiến./.", "Nay Sở Tư pháp
  kính trình Ủy ban nhân dân tỉnh xem xét, phê chuẩn …", with or without the writer named and
  with an attachment note after it ("(Đính kèm dự thảo …)./."); "Trên đây là báo cáo …", "…,
  trân trọng báo cáo." close a report (kept with the reports below);
- the addressees are all above the issuer: a province or a body under it writing to a ministry,
  the Government or the Prime Minister, to its own province's (or city's) Party committee or
  council, or a Sở writing to the province's People's Committee or its chairman. A ministry is
  named by its field ("Bộ Chỉ huy Quân sự tỉnh" is the province's own); a Party committee or
  council is a superior only at the header's own level and place, and never to another one.

A report (Báo cáo) known only by its kind may still give its own subordinates work in so many
words ("Giao công chức Tư pháp - Hộ tịch rà soát …", "Yêu cầu các thôn …"), or ask it of bodies
below the issuer ("Đề nghị các thôn …", points under "Ủy ban nhân dân xã đề nghị:" led by the
hamlets or the commune's officers, not "Đề nghị Ủy ban nhân dân huyện xem xét …"): those
sentences are the issuer assigning, not proposing, and are kept (`keeps_in_report`); a
submission proposes even its "Giao …" points, so nothing of it is kept.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

from notices.levels import (
    PARTY_WORD,
    PLACE_WORD,
    level_of_party,
    level_of_word,
    name_level,
)
from notices.name_kinds import HEAD_RX
from notices.text import match_form

# Type codes of a submission and of a report.
_SUBMISSION, _REPORT = "TTr", "BC"
# "TỜ TRÌNH", "BÁO CÁO" as the document's title word (not "Báo cáo kết quả …" in a subject line
# of another kind: the caller passes the type code it read from the title).
_TITLE_KIND = re.compile(r"^\W*(?:tờ trình|báo cáo)\W*$")

# "Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, có ý kiến./.", "Nay Sở Tư pháp kính trình
# Ủy ban nhân dân tỉnh xem xét, phê chuẩn …", "Kính trình lãnh đạo xem xét, quyết định./.",
# "Ủy ban nhân dân tỉnh kính báo cáo Bộ Tài chính xem xét, tổng hợp./.": a sentence whose verb
# is the writer's own submitting or reporting, to someone asked to consider or decide.
_SUBMITS = re.compile(
    r"(?:^|[.;]\s+)(?:(?:nay|vậy|từ (?:các|những) [^.;:]{2,40}?,)\s+)?"
    r"(?:[^.;:]{2,120}?\s)?(?:kính|xin)\s+(?:trình|báo cáo)\s+[^.;:]{2,160}?\s"
    r"(?:xem xét|cho ý kiến|có ý kiến|quyết định|phê duyệt|phê chuẩn|chỉ đạo|tổng hợp)\b"
)

# A department of a province: its header's own line starts with its kind.
_DEPARTMENT = re.compile(
    r"^\W*(?:sở|ban quản lý|ban dân tộc|chi cục|thanh tra tỉnh|văn phòng ủy ban|văn phòng ubnd)\b"
)
# Central authorities: a ministry, the Government, the Prime Minister, the National Assembly.
# Also the central inspectorate, audit office and state bank, a central committee or steering
# board ("Ban Chỉ đạo Trung ương …"). A ministry is named by its field ("Bộ Tài chính", "Bộ
# trưởng Bộ Nội vụ", "các bộ, ngành"): "Bộ Chỉ huy Quân sự tỉnh", "Bộ đội Biên phòng tỉnh", "Bộ
# phận một cửa" are the province's own bodies.
_MINISTRY_FIELD = (
    r"(?:nội vụ|ngoại giao|quốc phòng|công an|tư pháp|tài chính|công thương|nông nghiệp|xây dựng"
    r"|giao thông|tài nguyên|thông tin|lao động|văn hóa|văn hoá|khoa học|giáo dục|y tế|kế hoạch"
    r"|dân tộc)"
)
_CENTRAL = re.compile(
    r"^\W*(?:(?:đồng chí\s+)?(?:bộ trưởng|thứ trưởng)\s+)?bộ\s+" + _MINISTRY_FIELD + r"\b"
    r"|^\W*(?:đồng chí\s+)?(?:bộ trưởng|thứ trưởng)\b|^\W*các\s+bộ\b(?!\s+(?:chỉ huy|phận|đội))"
    r"|^\W*(?:(?:đồng chí\s+)?(?:phó\s+)?thủ tướng|chính phủ|văn phòng chính phủ|quốc hội"
    r"|ủy ban thường vụ quốc hội|ban chấp hành trung ương|ban bí thư|bộ chính trị"
    r"|thanh tra chính phủ|kiểm toán nhà nước|ngân hàng nhà nước)\b"
    r"|^\W*(?:ban|ủy ban|hội đồng)\s+(?:[^\W\d_]+\s+){0,4}trung ương\b"
)
# The province's (or city's) Party committee and council, which its People's Committee and
# departments report and submit to: "Ban Thường vụ Tỉnh ủy", "Thường trực Hội đồng nhân dân
# tỉnh". Only the header's own level and place: "Thành ủy Tam Kỳ", "Hội đồng nhân dân thành phố
# Tam Kỳ" under a province are a lower level.
_NAME_END = r"(?=\W*$|\s*[,;(.]|\s+(?:và|để)\b)"
_PARTY_OR_COUNCIL = re.compile(
    r"^\W*(?:(?:ban\s+)?thường trực|ban thường vụ|ban chấp hành)?\s*(?P<level>tỉnh|thành) ủy"
    r"(?P<place>(?:\s+[^\W\d_][\w-]*){0,3}?)"
    + _NAME_END
    + r"|^\W*(?:thường trực\s+)?(?:hội đồng nhân dân|hđnd)\s+(?P<level2>tỉnh|thành phố)"
    r"(?P<place2>(?:\s+[^\W\d_][\w-]*){0,3}?)" + _NAME_END
)
# A header that is itself a Party committee or a council: a council is no superior of a Party
# committee, nor of another council; a Party committee of one level is no superior of itself.
_PARTY_HEADER = re.compile(r"\b(?P<level>tỉnh|thành|huyện|quận|thị|đảng) ủy\b")
_COUNCIL_HEADER = re.compile(r"\b(?:hội đồng nhân dân|hđnd)\b")

# The province itself, or its chairman: "Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh Lâm Đồng".
# (a "thành phố" under the Sở's own province, "UBND thành phố Phan Thiết" under "UBND TỈNH BÌNH
# THUẬN", is a lower level: the place named must be the header's own, or none)
_PROVINCE = re.compile(
    r"^\W*(?:(?:phó\s+)?chủ tịch\s+|thường trực\s+)?(?:ủy ban nhân dân|ubnd)\s+"
    r"(?P<level>tỉnh|thành phố)(?P<place>(?:\s+[^\W\d_][\w-]*){0,3})\W*$"
)
_HEADER_PLACE = re.compile(r"\b(?P<level>tỉnh|thành phố)(?P<place>(?:\s+[^\W\d_][\w-]*){1,3})\W*$")


def _own_place(level: str, place: str, header: Sequence[str]) -> bool:
    """`level` + `place` ("tỉnh" + "hà nam", "thành phố" + "") is the header's own: the same
    level, and the same place when one is named."""
    place = " ".join(place.split())
    for line in header:
        own = _HEADER_PLACE.search(line)
        if own is not None:
            same_place = not place or " ".join(own["place"].split()) == place
            return own["level"] == level and same_place
    return not place


def _is_own_province(name: str, header: Sequence[str]) -> bool:
    m = _PROVINCE.match(name)
    return m is not None and _own_place(m["level"], m["place"], header)


def _is_own_party_or_council(name: str, header: Sequence[str]) -> bool:
    """The header's own province or city Party committee or council: a superior of its People's
    Committee and departments, and the Party committee of its council and of the Party
    committees below it, never of its own kind."""
    m = _PARTY_OR_COUNCIL.match(name)
    if m is None:
        return False
    parties = {p["level"] for line in header for p in _PARTY_HEADER.finditer(line)}
    if m["level"]:
        if m["level"] in parties:
            return False  # "Tỉnh ủy" writing to "Ban Thường vụ Tỉnh ủy": itself
        level = "tỉnh" if m["level"] == "tỉnh" else "thành phố"
        return _own_place(level, m["place"], header)
    if parties or any(_COUNCIL_HEADER.search(line) for line in header):
        return False  # a Party committee or a council to a council
    return _own_place(m["level2"], m["place2"], header)


def _is_superior(name: str, header: Sequence[str]) -> bool:
    """A central authority, or the header's own Party committee or council."""
    return _CENTRAL.match(name) is not None or _is_own_party_or_council(name, header)


# The budget documents a province draws up for the Ministry of Finance and its council, named as
# the plan's own subject: "Kế hoạch tài chính 05 năm giai đoạn 2026-2030", "Kế hoạch tài chính -
# ngân sách nhà nước 03 năm 2026-2028", "Kế hoạch đầu tư công trung hạn …", "Dự toán thu, chi
# ngân sách …". They fix figures and the sender's own measures; a plan that organises the work of
# drawing one up ("Triển khai xây dựng kế hoạch tài chính …") names that work first and is not one.
_BUDGET_PLAN = re.compile(
    r"^\W*(?:kế hoạch\s+)?(?:tài chính(?:\s*[-–]\s*ngân sách(?:\s+nhà nước)?)?\s+0?[35]\s+năm"
    r"|tài chính\s*[-–]\s*ngân sách|đầu tư công(?:\s+trung hạn|\s+năm\s+\d{4})"
    r"|(?:dự toán|phương án phân bổ)\s+(?:thu|chi|ngân sách))\b"
)


# A letter whose subject is to submit or to explain: "V/v trình hồ sơ phê chuẩn …", "V/v giải
# trình số liệu quyết toán …" (not "V/v đề nghị giải trình …", which asks for one, nor "V/v báo
# cáo …", which as often asks for a report as gives one, nor the words "trình tự", "trình bày",
# "trình diễn", "trình chiếu", "trình độ" that only begin with "trình").
_SUBJECT_SUBMITS = re.compile(
    r"^\W*(?:v/v|về việc)\s+(?:giải trình|trình(?!\s+(?:tự|bày|diễn|chiếu|độ|duyệt)\b))\s"
)
# A budget plan whose title goes on to organise the work ("Dự toán ngân sách năm 2026 và tổ
# chức thực hiện") assigns that work.
_ORGANISES = re.compile(r"\b(?:và|để)\s+(?:tổ chức\s+)?(?:thực hiện|triển khai)\b")
# An inspectorate's header: "TTr" is its own code in its numbers, no Tờ trình unless titled one.
_INSPECTORATE = re.compile(r"^\W*thanh tra\b")


def _kind(type_codes: Sequence[str | None], title: str, header: Sequence[str] = ()) -> str | None:
    first = match_form(title.strip().split("\n", 1)[0]) if title else ""
    titled = bool(_TITLE_KIND.match(first))
    for code in (_SUBMISSION, _REPORT):
        if code not in type_codes:
            continue
        inspectorate = any(_INSPECTORATE.match(match_form(line)) for line in header)
        if code == _SUBMISSION and not titled and inspectorate:
            continue  # "THANH TRA TỈNH" numbers its letters "245/TTr-VP": TTr is its own code
        return code
    if titled or _SUBJECT_SUBMITS.match(first):
        return _SUBMISSION if "trình" in first else _REPORT
    whole = match_form(" ".join(title.split()))
    if "KH" in type_codes and _BUDGET_PLAN.match(whole) and not _ORGANISES.search(whole):
        return _REPORT
    return None


# A report's own closing: "Trên đây là báo cáo kết quả …", "…, trân trọng báo cáo.", "Kính báo
# cáo./." (the writer reports, to nobody asked to do anything).
_REPORT_CLOSING = re.compile(
    r"^trên đây là (?:báo cáo|tờ trình)\b"
    r"|(?:^|[,.;]\s*)(?:[^.;:,]{2,80}?\s)?(?:kính|trân trọng|xin)\s+báo cáo"
    # "UBND huyện … trân trọng báo cáo và gửi kèm văn bản này Quyết định số …./.": what the
    # report encloses
    r"(?:\s+(?:và\s+)?(?:gửi kèm|kèm theo)(?![^\W_])[^.;:]*?)?\s*[./]*$"
)


def _tail(body: Sequence[str]) -> list[str]:
    """The last paragraphs, when the last one closes the letter (ends with '.' or './.')."""
    tail = [match_form(p.strip().rstrip("| ").strip()) for p in body[-3:] if p.strip(" |")]
    return tail if tail and tail[-1].endswith(".") else []


# "Đề nghị các xã … thực hiện đúng thời hạn để Ủy ban nhân dân huyện tổng hợp, kính báo cáo Ủy
# ban nhân dân tỉnh./.", "Yêu cầu các phòng … chuẩn bị hồ sơ để Sở kính trình Ủy ban nhân dân tỉnh
# …": a closing that asks its addressees for work, and whose report or submission to a superior
# is only what that work is for ("để …"): the letter is sent down, and keeps its tasks. The verb
# opens a clause (not the noun in "Xét đề nghị của …", "theo đề nghị của …", nor "bàn giao",
# "được giao", "giao thông"), and whom it asks is checked apart (`_asked_below`).
_PURPOSE_REPORT = re.compile(
    r"(?<![\w-])(?<!bàn )(?<!được )(?<!đã )(?<!xét )(?<!theo )(?<!tại )(?<!của )(?<!các )"
    r"(?<!những )(?:đề nghị|yêu cầu|giao(?!\s+(?:thông|ban|dịch|lưu|nhận|khoán|kết|tiếp|thương"
    r"|hữu|ước|lộ|diện|hàng|thừa|việc|nhiệm vụ|đất|cho|về)\b))"
    r"\s(?P<asked>[^.;:]*?)\sđể\s[^.;:]*?(?:kính|xin)\s+(?:báo cáo|trình)\s+\w"
)
# A generic group asked ("các xã, thị trấn", "các đơn vị", "các phòng, ban").
_GENERIC = re.compile(r"^(?:các|những|mọi)\s+")
# The issuer's own units and their heads, beyond the body heads of `HEAD_RX` ("công chức Tư
# pháp", "Chủ tịch Ủy ban nhân dân các xã").
_OWN_UNIT = re.compile(
    r"^(?:phòng|trung tâm|văn phòng|công chức|cán bộ|bộ phận|ban quản lý|trạm|trường|đội"
    r"|thôn|bản|buôn|ấp|xóm|khóm|khu phố|tổ dân phố|(?:phó\s+)?chủ tịch|thủ trưởng|giám đốc"
    r"|trưởng|hiệu trưởng|bí thư)\b"
)


def _asked_below(asked: str, header: Sequence[str]) -> bool:
    """Whom a closing asks (its first words, "ủy ban nhân dân các xã, thị trấn", "các đơn vị",
    "phòng nội vụ") is below the issuer or a generic group of its own (without a header, only
    "các đơn vị", "các phòng"), not the addressee above it ("ủy ban nhân dân tỉnh", "sở tài
    chính" from a district, "ủy ban nhân dân huyện" from a commune); and "giao" is followed by a
    name, not "giao thông"."""
    head = " ".join(asked.split()[:6])
    if _is_superior(head, header) or head.startswith("bộ "):
        return False
    generic = _GENERIC.match(head)
    name = head[generic.end() :] if generic else head
    rank = _issuer_rank(header)
    if rank is None:  # no header (a pasted text): only a generic group of units is below
        return generic is not None and not _DEPARTMENT.match(name) and name_level(name) is None
    if _DEPARTMENT.match(name):
        return rank >= 3 and not _is_department(header)
    if generic is None and not (HEAD_RX.match(name) or _OWN_UNIT.match(name)):
        return False  # "giao thông liên xã …": no body's name
    level = name_level(name)
    if level is not None:
        return level.rank < rank
    return True


def _purpose_report(paragraph: str, header: Sequence[str]) -> bool:
    """`paragraph` (match form) reports or submits upward only as the purpose of work it asks of
    the issuer's own bodies."""
    return any(_asked_below(m["asked"], header) for m in _PURPOSE_REPORT.finditer(paragraph))


def reports_as_purpose(body: Sequence[str], header: Sequence[str] = ()) -> bool:
    """The letter's closing ("…./.") reports or submits upward only as the purpose of the work it
    asks of the issuer's own bodies (`_PURPOSE_REPORT`, `_asked_below`)."""
    lines = [match_form(line) for line in header]
    for paragraph in reversed(body[-3:]):
        low = match_form(paragraph.strip())
        if low.endswith("./."):
            return _purpose_report(low, lines)
    return False


def _closing_submits(body: Sequence[str], header: Sequence[str]) -> bool:
    """One of the last two paragraphs submits or reports to someone asked to consider, as the
    letter's own act (not as the purpose of work it asks, `_purpose_report`)."""
    lines = [match_form(line) for line in header]
    return any(_SUBMITS.search(p) and not _purpose_report(p, lines) for p in _tail(body)[-2:])


def _closing_reports(body: Sequence[str]) -> bool:
    """The letter closes as a report: "Trên đây là báo cáo …", "…, trân trọng báo cáo."."""
    return any(_REPORT_CLOSING.search(p) for p in _tail(body)[-2:])


def _addressed_upward(header: Sequence[str], recipients: Sequence[str] | None) -> bool:
    if not header or not recipients:
        return False
    lines = [match_form(line) for line in header]
    # a header that belongs to a province or a body under it ("UBND TỈNH BÌNH THUẬN", "SỞ NỘI
    # VỤ", "ỦY BAN NHÂN DÂN" over "TỈNH ĐẮK LẮK", "UBND XÃ …") names a place level
    if not any(name_level(line) for line in lines):
        return False  # a ministry or the Government office writes to ministries as a peer
    names = [match_form(name) for name in recipients]
    if all(_is_superior(name, lines) for name in names):
        return True
    return _is_department(lines) and all(_is_own_province(name, lines) for name in names)


def _is_department(header: Sequence[str]) -> bool:
    """The header (match form) is a province's department's ("UBND TỈNH …" over "SỞ NỘI VỤ")."""
    return any(_DEPARTMENT.match(line) for line in header[1:] or header)


# "Giao công chức …", "Yêu cầu các thôn …": the issuer's own assignment, in so many words.
_ASSIGNS = re.compile(r"^\W*(?:[\w.()]{1,6}\s+)?(?:giao|yêu cầu)\s+\S")
# "Đề nghị các thôn …": an ask, the issuer's assignment only when those asked are below it.
_ASKS = re.compile(r"^\W*(?:[\w.()]{1,6}\s+)?đề nghị\s+\S")
# A lead paragraph that asks what follows: "Ủy ban nhân dân xã đề nghị:", "… yêu cầu các thôn:".
_ASKING_INTRO = re.compile(r"\b(?:đề nghị|yêu cầu|giao)\b[^:.;]{0,80}:\s*$")

# A People's Committee, council or Party committee of a level, or its chairman.
_COMMITTEE = re.compile(
    r"^\W*(?:(?:phó\s+)?chủ tịch\s+|(?:ban\s+)?thường trực\s+|ban thường vụ\s+)?"
    r"(?:(?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd)\s+(?:các\s+)?"
    + PLACE_WORD
    + r"|"
    + PARTY_WORD
    + r" ủy)\b"
)


def _issuer_rank(header: Sequence[str]) -> float | None:
    """The issuer's level by its header (match form): a Sở's without a place is the province's."""
    for line in header:
        level = name_level(line)
        if level is not None:
            return level.rank
    return None


# An agency of a vertical branch ("Bảo hiểm xã hội tỉnh", "Kho bạc Nhà nước khu vực", "Thuế tỉnh",
# "Công an huyện"): by its place word it is of a level, but no superior of the People's
# Committees below that level.
_VERTICAL = re.compile(
    r"^\W*(?:bảo hiểm xã hội|kho bạc|cục thuế|chi cục thuế|thuế|ngân hàng|công an|bộ chỉ huy"
    r"|ban chỉ huy|cục hải quan|chi cục hải quan|cục thống kê|chi cục thống kê|viện kiểm sát"
    r"|tòa án|toà án)\b"
)


def _below_issuer(name: str, header: Sequence[str]) -> bool:
    """`name` is the issuer's own subordinate: not a central authority or the issuer's Party
    committee or council, not a People's Committee of the issuer's level or above, not a
    department when the issuer is one or below the province."""
    low = match_form(name)
    if _is_superior(low, header):
        return False
    rank = _issuer_rank(header)
    if rank is None:
        return False
    m = _COMMITTEE.match(low)
    if m is not None:
        if any(_VERTICAL.match(line) for line in header[1:] or header):
            return False  # "Bảo hiểm xã hội tỉnh" asking "Ủy ban nhân dân các huyện"
        level = level_of_party(m["party"]) if m["party"] else level_of_word(m["level"])
        return level.rank < rank
    if _DEPARTMENT.match(low):
        return rank >= 3 and not _is_department(header)
    return True


def asks_what_follows(intro: str | None) -> bool:
    """A paragraph before the items that asks them of someone ("Ủy ban nhân dân xã đề nghị:")."""
    return intro is not None and _ASKING_INTRO.search(match_form(intro)) is not None


class Upward(enum.Enum):
    """Why a document is written upward."""

    SUBMISSION = "submission"  # a Tờ trình, a closing that submits, addressees above the issuer
    REPORT = "report"  # a Báo cáo known only by its kind


def writes_upward(
    *,
    type_codes: Sequence[str | None],
    title: str,
    header: Sequence[str],
    recipients: Sequence[str] | None,
    body: Sequence[str],
) -> Upward | None:
    """Why the document is a submission, report or letter to a superior (module docstring), or
    None for a document written to its own bodies or to peers."""
    kind = _kind(type_codes, title, header)
    submits = _closing_submits(body, header) or _addressed_upward(header, recipients)
    if kind == _SUBMISSION or submits:
        return Upward.SUBMISSION
    return Upward.REPORT if kind == _REPORT or _closing_reports(body) else None


def keeps_in_report(
    task_text: str,
    leads: Sequence[str] = (),
    *,
    header: Sequence[str] = (),
    asked: bool = False,
) -> bool:
    """A report's own assignment, kept where the rest of it is not: "Giao …", "Yêu cầu …"; and
    "Đề nghị …" or a point under a paragraph that asks ("Ủy ban nhân dân xã đề nghị:") when
    every lead is below the issuer ("các thôn", "công chức Tư pháp", "Ủy ban nhân dân các xã"
    in a district's report), not its superior ("Đề nghị Ủy ban nhân dân huyện xem xét …")."""
    low = match_form(task_text)
    if _ASSIGNS.match(low):
        return True
    if not (asked or _ASKS.match(low)) or not leads:
        return False
    lines = [match_form(line) for line in header]
    return all(_below_issuer(name, lines) for name in leads)
