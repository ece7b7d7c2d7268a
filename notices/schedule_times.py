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
# a span's end may leave out its year ("26/4/2026 - 21/5"): the start's year
_END = r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?(?![\d/])"
# the cell's dates: one day or a span of two, with a "Trước ngày" before them kept
_DATES = re.compile(
    rf"(?P<before>(?:[Tt]rước|[Tt]ruoc)\s+(?:ng[àa]y\s+)?)?(?P<day>{_DAY})"
    rf"(?:\s*(?:-|–|—|~|đến)\s*(?P<end>{_END}))?"
)
# a step's duration ("≤ 20 ngày làm việc", "<= 5 ngày", "< 3 ngày", "≥ 20 ngày", "7 ngày làm
# việc"); ASCII "<=" and an unaccented "ngay" as OCR and plain text write them
_DURATION = re.compile(
    r"(?:<=|>=|=<|=>|[≤≥<>])\s*\d+\s*(?:\(\s*)?ng[àa]y|\d+\s*ng[àa]y\s+l[àa]m(?:\s+vi[ệe]c)?"
)
# the days the step is planned for ("Dự kiến 10/7/2018", "Dự kiến từ 10/7/2018 đến …")
_PLANNED = re.compile(r"(?<![^\W_])[Dd]ự kiến\s+(?:(?:từ|ngày)\s+)?(?=\d{1,2}\s*/)")
# a date another time is counted from ("kể từ ngày 10/3/2026", "sau ngày 20/5/2026", "so với
# ngày 30/6/2026", "3 ngày sau 10/7/2026"): the row is not due on it
_ANCHOR = re.compile(r"(?:kể từ|tính từ|sau|so với)\s+(?:ngày\s+)?$")


def schedule_time(value: str) -> str:
    """The dates of a time cell that also notes a duration or a planned day (see the module's
    note); any other cell (a date counted from, "Sau 05 ngày làm việc kể từ ngày …") unchanged."""
    text = " ".join(value.split())
    duration = _DURATION.search(text)
    planned = _PLANNED.search(text)
    if not duration and not planned:
        return value
    found = list(_DATES.finditer(text, planned.end() if planned else 0))
    if not found or any(_ANCHOR.search(text[: m.start()].lower()) for m in found):
        return value
    if planned:
        dates = found[-1]
    else:  # the last date written before the duration ("Ngày 05/6 và 12/6/2026 (≤ 2 ngày)")
        assert duration is not None
        before = [m for m in found if m.start() < duration.start()]
        dates = before[-1] if before else found[0]
    if dates["end"]:  # a span is due at its end
        end = "".join(dates["end"].split())
        return end if end.count("/") == 2 else f"{end}/{dates['day'].split('/')[-1].strip()}"
    if dates["before"]:
        return f"Trước ngày {dates['day']}"
    return dates["day"]
