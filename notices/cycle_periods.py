"""A bare period inside a cycle is each cycle's, no date: "hàng tháng … Cuối tháng thanh toán …".

A regulation's point "… chi tạm ứng … chậm nhất là ngày 10 hàng tháng. Cuối tháng thanh toán …"
or "Kinh phí … cấp trong tháng phải thanh toán … chậm nhất là ngày 18 hàng tháng" names a monthly
cycle; "cuối tháng", "trong tháng" written with no month number are the end of (or the time
within) each of its months, not of the month the document was issued in. Beside a cycle of the
same period such a phrase gives no date of its own; "trong tháng 12/2025" (a number) and "trong
tháng này" (the issue month) still do.
"""

from __future__ import annotations

import re

from notices.model import Recurrence
from notices.text import match_form

_BARE_PERIOD = re.compile(r"^(?:trong|cuối|đầu|giữa|hết)\s+(?P<unit>tháng|quý|năm)$")
_UNITS = {"tháng": Recurrence.MONTHLY, "quý": Recurrence.QUARTERLY, "năm": Recurrence.YEARLY}


def bare_period(phrase: str) -> Recurrence | None:
    """The cycle a bare period phrase ("Cuối tháng", "trong quý") belongs to; None for a phrase
    that names its month, quarter or year."""
    found = _BARE_PERIOD.match(match_form(phrase.strip()))
    return _UNITS[found.group("unit")] if found else None
