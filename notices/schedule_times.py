"""A schedule's time cell that notes a duration beside its dates: the dates are when the row
is due, the duration ("≤ 20 ngày làm việc", "< 3 ngày") is how long the step may take.

A Sở's schedule of a procedure (a tender's "STT | Công việc | Thời gian | Người thực hiện")
writes both in one cell: "26/4/2018 – 21/5/2018 ≤ 20 ngày làm (trả lại hồ sơ ≤ 5 ngày …)",
"Trước ngày 25/5/2018 ≤ 3 ngày làm việc", or the duration first and the planned days after it:
"≤ 10 ngày Dự kiến 10/7/2018", "Đăng ít nhất 01 kỳ sau khi … Dự kiến 23/7/2018 – 14/8/2018".
A reader takes the dates (a span's end, "~" as OCR reads its dash; a "Trước ngày" as written)
and leaves the duration.
A cell with no duration or planned date is left as it is.
"""

from __future__ import annotations

import re

_DAY = r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d"
# the cell's dates: one day or a span of two, with a "Trước ngày" before them kept
_DATES = re.compile(
    rf"(?P<before>[Tt]rước\s+(?:ngày\s+)?)?(?P<day>{_DAY})(?:\s*(?:-|–|—|~|đến)\s*(?P<end>{_DAY}))?"
)
# a step's duration ("≤ 20 ngày làm việc", "< 3 ngày", "≥ 20 ngày", "7 ngày làm việc")
_DURATION = re.compile(r"[≤≥<>]\s*\d+\s*(?:\(\s*)?ngày|\d+\s*ngày\s+làm(?:\s+việc)?")
# the days the step is planned for ("Dự kiến 10/7/2018")
_PLANNED = re.compile(r"(?<![^\W_])[Dd]ự kiến\s+(?=\d)")


def schedule_time(value: str) -> str:
    """The dates of a time cell that also notes a duration or a planned day (see the module's
    note); any other cell unchanged."""
    text = " ".join(value.split())
    if not _DURATION.search(text) and not _PLANNED.search(text):
        return value
    planned = _PLANNED.search(text)
    found = list(_DATES.finditer(text, planned.end() if planned else 0))
    if not found:
        return value
    dates = found[-1] if planned else found[0]
    if dates["end"]:
        return dates["end"]  # a span is due at its end
    return dates.group(0)
