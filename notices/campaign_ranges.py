"""The days a campaign's activities are carried out in, stated once in the lead-in over them.

"… đợt 2 năm nay được triển khai vào ngày 01-31/12/2017 trên phạm vi toàn tỉnh với các hoạt động
cụ thể như sau:", "Chiến dịch được tổ chức từ ngày 05/5 đến ngày 20/5/2026, gồm các nội dung
sau:": each activity listed under it is done within those days, so the range's last day is each
one's date (README rule 5: the end of a range → on_date; a deadline in a lead-in applies to each
item under it). It is read only in a lead-in that lists the activities; a range in an item
("chương trình kiểm tra … từ ngày 15 đến ngày 31 tháng 12") is the date of an event, no deadline.
The range must stand in the listing sentence itself ("Hội thi được tổ chức vào ngày 01-03/12. Để
chuẩn bị, các đơn vị thực hiện các nội dung sau:" dates the contest, not the preparation), span
at most a month (a plan "từ ngày 01/01/2018 đến ngày 31/12/2018" is the period its tasks run in,
no deadline) and be no event's days ("Hội nghị được tổ chức từ ngày 10 - 12/12, nội dung cụ thể
như sau:" lists its agenda).
"""

from __future__ import annotations

import re
from datetime import date

from notices.deadlines import DeadlineHit
from notices.model import DeadlineKind
from notices.text import match_form

_CARRIED_OUT = r"(?:triển khai|tổ chức|thực hiện|diễn ra|ra quân)"
# "vào ngày 01-31/12/2017", "từ ngày 01 - 31/12/2017": one month's days
_DAYS_OF_MONTH = re.compile(
    rf"{_CARRIED_OUT}\s+(?:vào|trong|từ)\s+(?:các\s+)?ngày\s+\d{{1,2}}\s*[-–]\s*"
    r"(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*(?P<year>\d{4})(?!\d)"
)
# "từ ngày 05/5 đến (hết) ngày 20/5/2026"
_FROM_TO = re.compile(
    rf"{_CARRIED_OUT}\s+từ\s+ngày\s+(?P<day0>\d{{1,2}})(?:\s*/\s*(?P<month0>\d{{1,2}}))?"
    r"(?:\s*/\s*(?P<year0>\d{4}))?\s+"
    r"(?:đến|tới)\s+(?:hết\s+)?ngày\s+(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*"
    r"(?P<year>\d{4})(?!\d)"
)
# the lead-in lists the activities: "với các hoạt động cụ thể như sau:", "gồm các nội dung sau:"
_LISTS_ACTIVITIES = re.compile(
    r"(?:hoạt động|nội dung|công việc|nhiệm vụ)[^.;:]{0,40}(?:sau|như sau|cụ thể)\s*:\s*$"
)
# An event held on those days, whose listed contents are its programme
_EVENT = re.compile(
    r"(?<![^\W_])(?:hội nghị|hội thảo|hội thi|cuộc thi|hội diễn|hội giảng|cuộc họp|lớp|tập huấn"
    r"|lễ|đại hội|kỳ thi|hội chợ|triển lãm|diễn đàn)(?![^\W_])"
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)")
_LONGEST = 31  # days: a campaign's round, not a plan's year


def campaign_end(text: str) -> DeadlineHit | None:
    """The last day of the days a lead-in's listed activities are carried out in, on_date."""
    low = match_form(text.strip())
    listing = _LISTS_ACTIVITIES.search(low)
    if listing is None:
        return None
    ends = [e.end() for e in _SENTENCE_END.finditer(low, 0, listing.start())]
    start = ends[-1] if ends else 0  # the listing sentence only
    if _EVENT.search(low, start, listing.start()):
        return None
    m = _DAYS_OF_MONTH.search(low, start) or _FROM_TO.search(low, start)
    if m is None:
        return None
    try:
        day = date(int(m["year"]), int(m["month"]), int(m["day"]))
        first = _first_day(m, day)
    except ValueError:
        return None
    if first is not None and not 0 <= (day - first).days <= _LONGEST:
        return None
    return DeadlineHit(DeadlineKind.ON_DATE, day, m.group(), None, m.start(), m.end())


def _first_day(m: re.Match[str], last: date) -> date | None:
    """The range's first day, its month and year taken from the last day's when not written."""
    if "day0" not in m.groupdict():
        return None  # "ngày 01-31/12/2017": within one month
    month = int(m["month0"]) if m["month0"] else last.month
    year = int(m["year0"]) if m["year0"] else last.year
    return date(year, month, int(m["day0"]))
