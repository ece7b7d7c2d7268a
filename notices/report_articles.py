"""A regulation's report article: who reports what to whom by which date, kept as duties.

`notices.regulation.drop_rules` takes a decree's or a circular's rules articles out of the body.
Its report article ("Điều 33. Báo cáo tài sản kết cấu hạ tầng", "Điều 3. Chế độ báo cáo định kỳ
về cụm công nghiệp", "Điều 24. Chế độ thông tin báo cáo") is no such rule: each clause or point
in which a named body reports ("Cơ quan, đơn vị quản lý tài sản có trách nhiệm lập báo cáo …",
"Hằng năm, cơ quan, đơn vị quản lý tài sản báo cáo …", "d) Định kỳ trước ngày 30 tháng 6 và
trước ngày 31 tháng 12 hằng năm, Sở Công Thương báo cáo …, gửi …") is the work the text gives
that body, every period (cp-178, bct-14 and pt-63 label each one). The article's other clauses
stay rules: whom it applies to ("a) Sở Công Thương các tỉnh …;" names no work), when figures
close ("Thời gian chốt số liệu …"), what a report holds ("a) Báo cáo tình hình khai thác …"),
how it is sent, and a case ("Trường hợp … thì Sở Công Thương gửi …").
"""

from __future__ import annotations

import re

from notices.name_kinds import assignee_start
from notices.text import match_form

# "Báo cáo tài sản …", "Chế độ báo cáo định kỳ …", "Chế độ thông tin báo cáo", "Chế độ thông
# tin, báo cáo", "Thực hiện chế độ báo cáo", "Công tác báo cáo, thống kê"
_REPORT_TITLE = re.compile(
    r"^(?:(?:thực hiện\s+)?chế độ\s+|công tác\s+)?(?:thông tin\s*,?\s*(?:và\s+)?)?báo cáo"
    r"(?![^\W_])(?!\s+viên)"
)
# a clause's or point's marker: "1.", "a)", "-", "+"
_MARK = re.compile(r"\**\s*(?:\d{1,2}\s*[.)]|[a-zđ]\s*\)|[-–+•])\s*")
# "Định kỳ trước ngày 20 tháng 6 …, ", "Hằng năm, ", "Định kỳ 06 tháng, ": the period, then who
_PERIOD = re.compile(r"(?:định kỳ|hằng|hàng|mỗi|trước ngày|chậm nhất)(?![^\W_])[^,;:]{0,100},\s*")
# the report's work in the body's own sentence
_REPORTS = re.compile(r"(?<![^\W_])(?:báo cáo|gửi|tổng hợp|nộp|cập nhật)(?![^\W_])")


def report_title(title: str) -> bool:
    """An article title about reports: "Báo cáo …", "Chế độ (thông tin) báo cáo …"."""
    return _REPORT_TITLE.match(match_form(title.strip(" .:*"))) is not None


def reports_duty(paragraph: str) -> bool:
    """A clause or point in which a named body reports: its body opens it, after the marker
    and the period ("Hằng năm, cơ quan … báo cáo …"), and its own sentence reports or sends."""
    text = paragraph.strip()
    low = match_form(text)
    pos = m.end() if (m := _MARK.match(low)) else 0
    if period := _PERIOD.match(low, pos):
        pos = period.end()
    if pos >= len(text):
        return False
    # "…, chủ đầu tư xây dựng hạ tầng … báo cáo": a body written lower case after the period
    text = text[:pos] + text[pos].upper() + text[pos + 1 :]
    if assignee_start(text, low, pos) is None:
        return False
    sentence = re.split(r"[.;]\s", low[pos:], maxsplit=1)[0]
    return _REPORTS.search(sentence) is not None
