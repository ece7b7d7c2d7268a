"""A task table's time cell whose first clause names when the work is done, followed by what
goes on after it ("Giai đoạn 2026 - 2027. Thực hiện rà soát, cập nhật (nếu có)", "Hoàn thành
trong giai đoạn 2026 - 2027 và vận hành thường xuyên, liên tục", "Ban hành trong năm 2026",
"Trước năm 2030"): the row is due when that clause says — a year or a period of years by the end
of its last year, "trước năm N" by the last day of the year before. A clause that says when the
work starts ("Triển khai từ năm 2026 và thực hiện thường xuyên") and a span that goes on with
the years after it ("Năm 2025 và các năm tiếp theo") keep their cell as written, and so do a
part of a year ("Đầu năm 2026", "Giữa năm 2026") and a cell whose later clause names a year of
its own ("Sơ kết năm 2026, tổng kết năm 2028", "Báo cáo năm 2026 và 2027")."""

from __future__ import annotations

import re

_YEAR = r"((?:19|20)\d\d)"
# The first clause of a cell: up to a sentence's end, a comma, or "và" before further work
_CLAUSE_END = re.compile(r"\.\s+|,\s+|;\s+|\s+và\s+")
# "(Ban hành / Thực hiện / Hoàn thành / Thí điểm …) (trong) giai đoạn 2026 - 2030", "… năm 2026"
_PERIOD = re.compile(
    rf"^(?:[^\W\d_]+(?:\s+[^\W\d_]+){{0,6}}\s+)?(?:trong\s+)?(?:giai\s+đoạn|năm)\s+{_YEAR}"
    rf"(?:\s*(?:-|–|—|đến)\s*{_YEAR})?\.?$",
    re.IGNORECASE,
)
_BEFORE_YEAR = re.compile(
    rf"^(?:[^\W\d_]+(?:\s+[^\W\d_]+){{0,8}}\s+)?trước\s+năm\s+{_YEAR}\.?$", re.IGNORECASE
)
# A time finer than a year: a quarter, a month, a day
_FINER = re.compile(r"\b(?:quý|tháng|ngày)\b|\d{1,2}/\d{1,4}", re.IGNORECASE)
# A start, not an end: "Triển khai từ năm 2026", "sau năm 2028", "bắt đầu năm 2026"
_STARTS = re.compile(r"\b(?:từ|sau|bắt đầu|kể từ)\b", re.IGNORECASE)
# Work going on in the years after the period ("và các năm tiếp theo"), unless only a revision
# if one is needed ("… rà soát, bổ sung trong các năm tiếp theo (nếu có)")
_GOES_ON = re.compile(
    r"\b(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau)\b|\bh[ằà]ng\s+năm\b", re.IGNORECASE
)
# A part of a year, not its end: "Đầu năm 2034", "Giữa năm 2034" (left to the deadline reader)
_PART_OF_YEAR = re.compile(r"\b(?:đầu|giữa|cuối)\s+năm\b", re.IGNORECASE)
# A later clause's own year ("Sơ kết năm 2033, tổng kết năm 2035", "Báo cáo năm 2033 và 2034"),
# other than the start of further work ("… và mở rộng sau năm 2035")
_YEAR_AT = re.compile(rf"\b{_YEAR}\b")
_START_YEAR = re.compile(rf"\b(?:từ|sau|bắt đầu|kể từ)\s+(?:năm\s+)?{_YEAR}\b", re.IGNORECASE)
_IF_NEEDED = re.compile(r"\(\s*nếu\s+(?:có|cần(?:\s+thiết)?)\s*\)", re.IGNORECASE)


def period_cell(value: str) -> str:
    """The cell as the deadline reader should read it ("Năm 2027", "trước ngày 31/12/2029"),
    or the cell unchanged."""
    text = " ".join(value.split())
    parts = _CLAUSE_END.split(text, maxsplit=1)
    first, rest = parts[0].strip(), parts[1] if len(parts) > 1 else ""
    if _FINER.search(first) or _STARTS.search(first) or _PART_OF_YEAR.search(first):
        return value  # "Ban hành trong quý I năm 2026": the quarter, read as it is
    if _YEAR_AT.search(_START_YEAR.sub("", rest)):
        return value  # a later clause names its own year: which one is due is not said
    if _GOES_ON.search(rest) and not _IF_NEEDED.search(rest):
        return value
    before = _BEFORE_YEAR.match(first)
    if before:
        return f"trước ngày 31/12/{int(before.group(1)) - 1}"
    period = _PERIOD.match(first)
    if period:
        return f"Năm {period.group(2) or period.group(1)}"
    return value
