"""The days a campaign's activities are carried out in, stated once in the lead-in over them.

"… đợt 2 năm nay được triển khai vào ngày 01-31/12/2017 trên phạm vi toàn tỉnh với các hoạt động
cụ thể như sau:", "Chiến dịch được tổ chức từ ngày 05/5 đến ngày 20/5/2026, gồm các nội dung
sau:": each activity listed under it is done within those days, so the range's last day is each
one's date (README rule 5: the end of a range → on_date; a deadline in a lead-in applies to each
item under it). It is read only in a lead-in that lists the activities; a range in an item
("chương trình kiểm tra … từ ngày 15 đến ngày 31 tháng 12") is the date of an event, no deadline.
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
    rf"{_CARRIED_OUT}\s+từ\s+ngày\s+\d{{1,2}}(?:\s*/\s*\d{{1,2}})?(?:\s*/\s*\d{{4}})?\s+"
    r"(?:đến|tới)\s+(?:hết\s+)?ngày\s+(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*"
    r"(?P<year>\d{4})(?!\d)"
)
# the lead-in lists the activities: "với các hoạt động cụ thể như sau:", "gồm các nội dung sau:"
_LISTS_ACTIVITIES = re.compile(
    r"(?:hoạt động|nội dung|công việc|nhiệm vụ)[^.;:]{0,40}(?:sau|như sau|cụ thể)\s*:\s*$"
)


def campaign_end(text: str) -> DeadlineHit | None:
    """The last day of the days a lead-in's listed activities are carried out in, on_date."""
    low = match_form(text.strip())
    if _LISTS_ACTIVITIES.search(low) is None:
        return None
    m = _DAYS_OF_MONTH.search(low) or _FROM_TO.search(low)
    if m is None:
        return None
    try:
        day = date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    return DeadlineHit(DeadlineKind.ON_DATE, day, m.group(), None, m.start(), m.end())
