"""Event fields ("- Nội dung: …", "1. Nội dung:") whose value or points assign work after all."""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.deadlines import find_deadlines
from notices.imperatives import asks_work
from notices.model import DeadlineKind
from notices.structure import Item
from notices.text import match_form

_DUE_KINDS = (DeadlineKind.BEFORE_DATE, DeadlineKind.ON_DATE, DeadlineKind.PERIOD_END)


def field_is_task(item: Item) -> bool:
    """An event field whose value is an assignment of its own ("- Nội dung: Văn phòng UBND xã
    chuẩn bị báo cáo tổng kết, trình Chủ tịch UBND xã trước ngày 20/12/2025."): it names its body,
    asks for work and sets a deadline, whatever its label."""
    if not item.paragraphs:
        return False
    value = item.paragraphs[0].partition(":")[2].strip()  # the label ends at its colon
    if not analyze(value).leads or not asks_work(value):
        return False
    hits = find_deadlines(value, year=None, reference=None)
    return any(hit.kind in _DUE_KINDS for hit in hits)


# Fields whose points list people or ways, never work: "Đối tượng:", "Thành phần:", "Phương pháp:"
_LISTING_FIELD = re.compile(
    r"^\W*(?:đối tượng|thành phần|khách mời|phương pháp|hình thức|cách thức)"
)


def assigns(field: Item, item: Item) -> bool:
    """A point of a field such as "1. Nội dung:" that names who does it and asks for work ("-
    Ban Công tác Mặt trận các thôn tổ chức ngày hội … trước ngày 18/11/2025")."""
    if not item.paragraphs or _LISTING_FIELD.match(match_form(field.paragraphs[0])):
        return False
    text = item.paragraphs[0]
    return bool(analyze(text).leads) and asks_work(text)
