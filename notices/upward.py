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
  the Government or the Prime Minister, or a Sở writing to the province's People's Committee or
  its chairman.

A report (Báo cáo) known only by its kind may still give its own subordinates work in so many
words ("Giao công chức Tư pháp - Hộ tịch rà soát …", "Yêu cầu các thôn …"): those sentences are
the issuer assigning, not proposing, and are kept (`keeps_in_report`); a submission proposes
even its "Giao …" points, so nothing of it is kept.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

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

# A header that belongs to a province or a body under it ("UBND TỈNH BÌNH THUẬN", "SỞ NỘI VỤ",
# "ỦY BAN NHÂN DÂN" over "TỈNH ĐẮK LẮK", "UBND XÃ …").
_LOCAL_HEADER = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)\b")
# A department of a province: its header's own line starts with its kind.
_DEPARTMENT = re.compile(
    r"^\W*(?:sở|ban quản lý|ban dân tộc|chi cục|thanh tra tỉnh|văn phòng ủy ban|văn phòng ubnd)\b"
)
# Central authorities: a ministry, the Government, the Prime Minister, the National Assembly.
# Also the central inspectorate, audit office and state bank, a central committee or steering
# board ("Ban Chỉ đạo Trung ương …"), and the province's Party committee and council, which a
# province's People's Committee and its departments report and submit to.
_CENTRAL = re.compile(
    r"^\W*(?:(?:đồng chí\s+)?(?:bộ trưởng|thứ trưởng)\s+)?(?:các\s+)?bộ\s+(?!phận\b)\S"
    r"|^\W*(?:(?:đồng chí\s+)?(?:phó\s+)?thủ tướng|chính phủ|văn phòng chính phủ|quốc hội"
    r"|ủy ban thường vụ quốc hội|ban chấp hành trung ương|ban bí thư|bộ chính trị"
    r"|thanh tra chính phủ|kiểm toán nhà nước|ngân hàng nhà nước)\b"
    r"|^\W*(?:ban|ủy ban|hội đồng)\s+(?:[^\W\d_]+\s+){0,4}trung ương\b"
    r"|^\W*(?:(?:ban\s+)?thường trực|ban thường vụ|ban chấp hành)?\s*(?:tỉnh|thành) ủy\b"
    r"|^\W*(?:thường trực\s+)?(?:hội đồng nhân dân|hđnd)\s+(?:tỉnh|thành phố)\b"
)
# The province itself, or its chairman: "Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh Lâm Đồng".
# (a "thành phố" under the Sở's own province, "UBND thành phố Phan Thiết" under "UBND TỈNH BÌNH
# THUẬN", is a lower level: the place named must be the header's own, or none)
_PROVINCE = re.compile(
    r"^\W*(?:(?:phó\s+)?chủ tịch\s+|thường trực\s+)?(?:ủy ban nhân dân|ubnd)\s+"
    r"(?P<level>tỉnh|thành phố)(?P<place>(?:\s+[^\W\d_][\w-]*){0,3})\W*$"
)
_HEADER_PLACE = re.compile(r"\b(?P<level>tỉnh|thành phố)(?P<place>(?:\s+[^\W\d_][\w-]*){1,3})\W*$")


def _is_own_province(name: str, header: Sequence[str]) -> bool:
    m = _PROVINCE.match(name)
    if m is None:
        return False
    place = " ".join(m["place"].split())
    if not place:
        return True
    for line in header:
        own = _HEADER_PLACE.search(line)
        if own is not None:
            return own["level"] == m["level"] and " ".join(own["place"].split()) == place
    return False


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
# cáo …", which as often asks for a report as gives one).
_SUBJECT_SUBMITS = re.compile(r"^\W*(?:v/v|về việc)\s+(?:giải trình|trình)\s")


def _kind(type_codes: Sequence[str | None], title: str) -> str | None:
    for code in (_SUBMISSION, _REPORT):
        if code in type_codes:
            return code
    first = match_form(title.strip().split("\n", 1)[0]) if title else ""
    if _TITLE_KIND.match(first) or _SUBJECT_SUBMITS.match(first):
        return _SUBMISSION if "trình" in first else _REPORT
    if "KH" in type_codes and _BUDGET_PLAN.match(match_form(" ".join(title.split()))):
        return _REPORT
    return None


# A report's own closing: "Trên đây là báo cáo kết quả …", "…, trân trọng báo cáo.", "Kính báo
# cáo./." (the writer reports, to nobody asked to do anything).
_REPORT_CLOSING = re.compile(
    r"^trên đây là (?:báo cáo|tờ trình)\b"
    r"|(?:^|[,.;]\s*)(?:[^.;:,]{2,80}?\s)?(?:kính|trân trọng|xin)\s+báo cáo\s*[./]*$"
)


def _tail(body: Sequence[str]) -> list[str]:
    """The last paragraphs, when the last one closes the letter (ends with '.' or './.')."""
    tail = [match_form(p.strip().rstrip("| ").strip()) for p in body[-3:] if p.strip(" |")]
    return tail if tail and tail[-1].endswith(".") else []


def _closing_submits(body: Sequence[str]) -> bool:
    """One of the last two paragraphs submits or reports to someone asked to consider."""
    return any(_SUBMITS.search(p) for p in _tail(body)[-2:])


def _closing_reports(body: Sequence[str]) -> bool:
    """The letter closes as a report: "Trên đây là báo cáo …", "…, trân trọng báo cáo."."""
    return any(_REPORT_CLOSING.search(p) for p in _tail(body)[-2:])


def _addressed_upward(header: Sequence[str], recipients: Sequence[str] | None) -> bool:
    if not header or not recipients:
        return False
    lines = [match_form(line) for line in header]
    if not any(_LOCAL_HEADER.search(line) for line in lines):
        return False  # a ministry or the Government office writes to ministries as a peer
    names = [match_form(name) for name in recipients]
    if all(_CENTRAL.match(name) for name in names):
        return True
    department = any(_DEPARTMENT.match(line) for line in lines[1:] or lines)
    return department and all(_is_own_province(name, lines) for name in names)


# "Giao công chức …", "Yêu cầu các thôn …": the issuer's own assignment, in so many words.
_ASSIGNS = re.compile(r"^\W*(?:[\w.()]{1,6}\s+)?(?:giao|yêu cầu)\s+\S")


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
    kind = _kind(type_codes, title)
    if kind == _SUBMISSION or _closing_submits(body) or _addressed_upward(header, recipients):
        return Upward.SUBMISSION
    return Upward.REPORT if kind == _REPORT or _closing_reports(body) else None


def keeps_in_report(task_text: str) -> bool:
    """A report's own assignment ("Giao …", "Yêu cầu …"), kept where the rest of it is not."""
    return _ASSIGNS.match(match_form(task_text)) is not None
