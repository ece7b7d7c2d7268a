"""A task table's row written as one text across the table, under a numbered row it continues.

An appendix task table (STT | Cơ quan chủ trì | Cơ quan phối hợp | … | Nội dung nhiệm vụ | Chỉ
tiêu | Thời hạn) often gives one body several pieces of work: the first on the numbered row, the
others on rows below whose number, lead and partner cells are merged down from it. A converter
that loses those merges writes each such row as one cell spanning the table, its own cells run
together ("- Rà soát … khí thải. - Bộ công cụ … được ban hành. Giai đoạn 2026 - 2027."): the
work, then what it is to achieve, then its time. Such a row is read as the numbered row's body's
further task: the work is its first dash item, the time what follows its last dash item's first
sentence when that names a time."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SpannedRow:
    content: str
    time: str


# A dash item: "- Rà soát …", "– Xây dựng …" (a "+" sub-item is part of the item above)
_ITEM = re.compile(r"(?:^|(?<=[.;:!?)])\s+)[-–]\s+(?=[^\W\d_])")
# A sentence's end inside a run-together row: ". " before a capital letter or a digit
_SENTENCE_END = re.compile(r"[.;]\s+(?=[A-ZÀ-Ỹ0-9Đ])")
# What a time cell says: a year, a quarter, a month, a date, a period or a recurrence
_TIME = re.compile(
    r"\b(?:19|20)\d\d\b|\bquý\b|\btháng\b|\d{1,2}/\d{1,2}|\bthường xuyên\b|\bhằng năm\b"
    r"|\bhàng năm\b|\bđịnh kỳ\b|\bliên tục\b",
    re.IGNORECASE,
)


def spanned_row(text: str) -> SpannedRow | None:
    """The work and the time of a run-together row that opens with a dash item; None for any
    other text (a heading, a note, a row opening with a body's name)."""
    text = " ".join(text.split())
    items = list(_ITEM.finditer(text))
    if not items or items[0].start() != 0:
        return None
    first_end = items[1].start() if len(items) > 1 else len(text)
    content = text[:first_end].strip()
    last = items[-1]
    end = _SENTENCE_END.search(text, last.end())
    tail = text[end.end() :].strip() if end else ""
    if len(items) == 1 and end:  # one item: its first sentence is the work, the rest its time
        content = text[: end.start() + 1].strip()
    time = tail if tail and _TIME.search(tail) else ""
    content = re.sub(r"^[-–]\s+", "", content).rstrip(" ;.")
    if len(content.split()) < 3:
        return None
    return SpannedRow(content, time)
