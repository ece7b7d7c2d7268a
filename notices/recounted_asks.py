"""A reminder letter's opening that recounts an earlier document's ask whose time has passed.

"Tại Công văn số 8014/VPCP-KGVX ngày 09 tháng 10 năm 2012 …, Phó Thủ tướng đã giao Bộ … xây
dựng …; báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2012." and "Ngày 19 tháng 9 năm
2013, Văn phòng Chính phủ có văn bản số 349/TB-VPCP … yêu cầu quý Bộ … báo cáo … trước ngày 30
tháng 10 năm 2013." tell what was asked before; the letter's own ask follows ("Phó Thủ tướng yêu
cầu Bộ … khẩn trương hoàn thành … trước ngày 30 tháng 5 năm 2013"). The labels count only that
one. `notices.past_events` leaves any sentence that asks someone; here the ask belongs to the
earlier document when the sentence opens with it and every date it names is over by the day the
letter is written (an ask recounted with a date still ahead may still be live and stays).
"""

from __future__ import annotations

import re
from datetime import date

from notices.deadlines import names_due_date
from notices.statement_words import DOC

_DAY = r"ngày\s+(\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(\d{1,2})\s*(?:/|-|\.|\s+năm\s+)\s*(\d{4})"
# "Tại Công văn số 8014/VPCP-KGVX ngày 09 tháng 10 năm 2012 …" (not "Thực hiện Công văn …,
# đề nghị …", which answers it in this letter)
_AT_DOCUMENT = re.compile(rf"^(?:tại|theo)\s+{DOC}\s+số\s*\S+\s+{_DAY}")
# "Ngày 19 tháng 9 năm 2013, Văn phòng Chính phủ có văn bản số 349/TB-VPCP …"
_DAY_SENT = re.compile(
    rf"^{_DAY}\s*,\s*[^,;:]{{2,120}}?\s(?:đã\s+)?(?:có|gửi|ban hành)\s+{DOC}\s+số\s*\d"
)
# the earlier document's ask: "đã giao …", "… yêu cầu …", "… đề nghị …"
_ASK = re.compile(r"(?<![^\W_])(?:giao|yêu cầu|đề nghị|chỉ đạo)(?![^\W_])")
_ANY_DAY = re.compile(_DAY)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a day without a year, or a month or quarter named for the work: it cannot be told as past
_OPEN_TIME = re.compile(
    r"ngày\s+\d{1,2}\s*(?:/|-|\.|\s+tháng\s+)\s*\d{1,2}(?!\d)"
    r"(?!\s*(?:/|-|\.|\s+năm\s+)\s*\d{4})"
)


def recounts_past_ask(low: str, reference: date | None) -> bool:
    """Whether `low` (a sentence's match form) recounts an earlier numbered document's ask, all
    of whose dates came before the letter's own date `reference`."""
    if reference is None:
        return False
    opening = _AT_DOCUMENT.match(low) or _DAY_SENT.match(low)
    if opening is None or not _ASK.search(low, opening.end()):
        return False
    if not names_due_date(low) or _OPEN_TIME.search(low):
        return False
    for m in _ANY_DAY.finditer(low):
        try:
            if date(int(m[3]), int(m[2]), int(m[1])) >= reference:
                return False
        except ValueError:
            return False
    return all(int(year) <= reference.year for year in _YEAR.findall(low))
