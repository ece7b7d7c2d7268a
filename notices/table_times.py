"""A task table's time cell as the deadline reader reads it: a span's end, a span of years as its
last year, a bare, listed or repeated month as the month to finish in."""

from __future__ import annotations

import re

from notices.cell_periods import period_cell

_RANGE_TO = re.compile(r"\s*(?:-|–|—|đến)\s*(?=(?:[Qq]uý|[Tt]háng|[Nn]ăm|[Nn]gày)\s)")


# A time cell that is a year or a span of years and nothing more ("2026", "Năm 2025 - 2026",
# "2025-2030"): done by the end of its last year. A span that goes on ("2026-2030 và những năm
# tiếp theo") is not one.
_YEAR_RANGE = re.compile(
    r"^(?:[Nn]ăm\s+)?(?:(?:19|20)\d\d\s*(?:-|–|—|đến)\s*)?((?:19|20)\d\d)\.?$"
)


# A time cell that says a time: a figure ("9/2026", "Quý III"), or a time word ("Thường
# xuyên", "Hằng tháng", "Cả năm"); "Theo tiến độ đề tài" or "Sở Tài chính" is no deadline.
TIME_WORD = re.compile(
    r"\d|\b(?:quy|thang|nam|tuan|ngay|thuong xuyen|hang|dinh ky|truoc|trong|cuoi|dau|giua"
    r"|lien tuc|khi co yeu cau|khi can)\b"
)


_MONTH = r"(?:[Tt]háng\s*)?\d{1,2}\s*/\s*(?:19|20)\d\d"
# A time cell that lists a month per point of the work ("- Tháng 12/2025 - Tháng 10/2025", or
# "Tháng 6/2025 12/2025", one a line): the row is due by its first. A span between two months
# ("Tháng 6/2025 - Tháng 12/2025", no leading dash) is no list.
_MONTH_LIST = re.compile(
    rf"^(?:[-–—•+]\s*({_MONTH})(?:\s+[-–—•+]\s*{_MONTH})+|({_MONTH})(?:\s+{_MONTH})+)$"
)
# A month written as its number and year alone ("9/2025"): the month to finish in.
_BARE_MONTH = re.compile(r"^(\d{1,2})\s*/\s*((?:19|20)\d\d)$")


# A time cell that names the same work's times one after another ("1/2026 và 8/2026", "Kỳ 1:
# 2/2026 Kỳ 2: 7/2026"): the work is done by the last.
_TERM = r"(?:(?:[Kk]ỳ|[Đđ]ợt|[Hh]ọc kỳ)\s*\d\s*:\s*)"
_REPEATED_MONTHS = re.compile(
    rf"^{_TERM}?{_MONTH}(?:\s*(?:,|và|;)?\s*{_TERM}?{_MONTH})*\s*(?:,|và|;)?\s*{_TERM}?({_MONTH})$"
)
_SEVERAL = re.compile(r",|;|(?<![^\W_])(?:và|[Kk]ỳ|[Đđ]ợt)(?![^\W_])")
# "Hoàn thành xây dựng kế hoạch vào 31/1/2026": the cell says what is due by its one day.
_DONE_ON = re.compile(
    r"^[^\d]{0,80}?\s(?:vào|trong)\s+(?:ngày\s+)?(\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d)$"
)


# A span of months or days in one cell ("Tháng 3-4/2026", "Tháng 10 - 12/2026", "15/3 -
# 30/4/2026"): the work runs until the span's end.
_MONTH_SPAN = re.compile(
    r"^[Tt]háng\s*\d{1,2}\s*(?:-|–|—|đến)\s*(?:tháng\s*)?(\d{1,2})\s*/\s*((?:19|20)\d\d)$"
)
_DAY_SPAN = re.compile(
    r"^(?:[Tt]ừ\s+)?(?:ngày\s+)?\d{1,2}(?:\s*/\s*\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?)?"
    r"\s*(?:-|–|—|đến)\s*(?:ngày\s+)?(\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d)$"
)
# Two whole days one after the other in a cell, a span whose dash a table left out ("17/06/2015
# 19/06/2015", a start and an end on two lines): the work runs until the second.
_TWO_DAYS = re.compile(
    r"^(?:[Tt]ừ\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d\d\s+(?:đến\s+)?(\d{1,2}/\d{1,2}/(?:19|20)\d\d)$"
)
# An hour before the day a row is due ("17h ngày 16/05/2015", "16h30, 23/9/2019"): the day. Its
# minutes are whole (never "8h" of "8h00"), and an hour range ("8h00 - 11h30 ngày …") stays.
_HOUR_FIRST = re.compile(
    r"^\d{1,2}\s*(?:h|giờ)\s*(?:\d{2})?(?!\d)(?:\s*phút)?(?!\s*(?:-|–|—|đến))"
    r"\s*,?\s*(?=(?:ngày\s+)?\d)"
)


# "Hằng năm, vào 15/12", "Định kỳ hằng quý", "Báo cáo định kỳ 6 tháng, năm": the work comes
# back; its time cell stays as written for the recurrence reader.
_RECURS = re.compile(
    r"(?<![^\W_])(?:hằng|hàng\s+(?:năm|quý|tháng|tuần|ngày)|định kỳ|mỗi)(?![^\W_])", re.IGNORECASE
)
_NOT_ONE_DAY = re.compile(r"(?<![^\W_])(?:trước|từ|sau|đến)(?![^\W_])", re.IGNORECASE)


# "Phiên họp tháng 3/2026", "Kỳ họp thứ 11 (tháng 5/2026)", "Tại Phiên họp thường kỳ tháng
# 6/2026": due by the meeting in that month; of several ("Phiên họp tháng 3 và tháng 4/2026",
# "… tháng 3/2026 (cho ý kiến), Phiên họp tháng 4/2026 (thông qua)") the last, which passes it;
# before it when the cell says so ("Trước Kỳ họp tháng 7/2026").
_MEETING = re.compile(r"(?:phiên|kỳ|cuộc) họp|hội nghị", re.IGNORECASE)
_MEETING_MONTH = re.compile(r"[Tt]háng\s*(\d{1,2})(?:\s*/\s*((?:19|20)\d\d))?")
_BEFORE_MEETING = re.compile(r"^\s*[Tt]rước(?![^\W_])")


def _meeting_month(value: str) -> str:
    """A meeting cell as the month of its last meeting ("Tháng 4/2026", "Trước tháng 7/2026"),
    else as it is."""
    months = _MEETING_MONTH.findall(value) if _MEETING.search(value) else []
    years = [year for _, year in months if year]
    if not months or not years:
        return value
    word = "Trước tháng" if _BEFORE_MEETING.match(value) else "Tháng"
    return f"{word} {months[-1][0]}/{years[-1]}"


def due_cell(value: str, content: str = "") -> str:
    """The time cell of a task row as the deadline reader reads it: a span's end ("Quý IV/2025 -
    Quý II/2026"), a span of years as its last year ("Năm 2025 - 2026"), a bare or a repeated
    month as the month to finish in, a day after what is due on it. A row of recurring work
    (_RECURS in its cell or its content) keeps its repeated times and its "vào <day>"."""
    value = period_cell(value)  # "Giai đoạn 2026 - 2027. Thực hiện rà soát (nếu có)" -> "Năm 2027"
    value = _RANGE_TO.split(_meeting_month(value))[-1]
    value = _YEAR_RANGE.sub(r"Năm \1", value)
    value = _MONTH_SPAN.sub(r"Tháng \1/\2", value)
    value = _HOUR_FIRST.sub("", value)
    value = _DAY_SPAN.sub(r"\1", value)
    value = _TWO_DAYS.sub(r"\1", value)
    if _RECURS.search(value) or _RECURS.search(content):
        return time_cell(value)
    repeated = _REPEATED_MONTHS.match(value)
    if repeated and _SEVERAL.search(value):
        value = repeated.group(1)
    done_on = _DONE_ON.match(value)
    if done_on and not _NOT_ONE_DAY.search(value):
        value = done_on.group(1)
    return time_cell(value)


def time_cell(value: str) -> str:
    listed = _MONTH_LIST.match(value)
    if listed:
        value = listed.group(1) or listed.group(2)
    bare = _BARE_MONTH.match(value)
    if bare:
        value = f"Tháng {bare.group(1)}/{bare.group(2)}"
    return value
