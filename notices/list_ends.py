"""Where a dash list inside an item's body paragraphs ends: the paragraphs after it are the
item's again, not more lines of its last dash."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from notices.assignees import analyze
from notices.deadlines import find_deadlines
from notices.duty_persons import person_heading
from notices.imperatives import asks_work
from notices.markers import Marker, MarkerKind
from notices.text import match_form


class Item(Protocol):
    """What this reader needs of `notices.structure.Item` (which imports this module)."""

    @property
    def marker(self) -> Marker | None: ...
    @property
    def paragraphs(self) -> list[str]: ...
    @property
    def parent(self) -> Item | None: ...
    @property
    def children(self) -> Sequence[Item]: ...


_CLOSED = (".", ";")
# "Thời gian hoàn thành …", "Trong đó: tập huấn tại 12 xã …", "Kinh phí …", "Lưu ý …": a
# paragraph that explains the list (or its last dash), no duty of the item's own
_EXPLAINS = re.compile(r"^(?:thời gian|trong đó|kinh phí|lưu ý)(?![^\W_])")


def resumes_item(last: Item, paragraph: str) -> bool:
    """`paragraph` (no marker of its own) follows the dash `last` and goes back to the item the
    dashes sit under. "1. Trách nhiệm của Hiệu trưởng" then "Ban hành …." "Xây dựng quy trình …,
    lưu ý các vấn đề sau:" "- Quy định …." "- Quy định …." then "Tổ chức tập huấn …." and "Kiểm
    tra …": the item writes its duties as paragraphs, one of them leads into a short list of
    one-line dashes, and the paragraphs after the list are its further duties.

    A dash with more than one paragraph already, a list whose last dash stays open ("…:" or
    no stop) and an item that opens its dashes straight after its title ("2. Phòng Y tế:" then
    "- Chủ trì …", where a line without its dash is a lost mark) keep the old reading; so do a
    lead-in that names its own body or date ("Giao Phòng Y tế huyện thực hiện các nội dung
    sau:", "Trước ngày 30/11/2026, hoàn thành …:": the dashes are that body's, by that date), a
    paragraph that asks no work ("Thời gian hoàn thành trong tháng 11 năm 2026.") and an item
    under a person's heading (minutes: "1. Ông Trần Văn B - Trưởng trạm y tế")."""
    parent = last.parent
    if parent is None or last.marker is None or last.marker.kind is not MarkerKind.BULLET:
        return False
    dashes = parent.children
    if not all(
        d.marker is not None
        and d.marker.kind is MarkerKind.BULLET
        and len(d.paragraphs) == 1
        and not d.children
        for d in dashes
    ):
        return False
    if not last.paragraphs[0].rstrip().endswith(_CLOSED):
        return False
    body = parent.paragraphs[1:-1]
    if not body or not parent.paragraphs[-1].rstrip().endswith(":"):
        return False
    if not all(p.rstrip().endswith(".") for p in body):
        return False
    text = paragraph.strip()
    if not (text[:1].isupper() and text.endswith(".")) or _EXPLAINS.match(match_form(text)):
        return False
    lead_in = parent.paragraphs[-1]
    if analyze(lead_in).leads or find_deadlines(lead_in, year=None, reference=None):
        return False
    if _under_person(parent):
        return False
    return asks_work(text) or bool(analyze(text).leads)


def _under_person(item: Item | None) -> bool:
    """The item or one above it is a person's heading ("1. Ông Trần Văn B - Trưởng trạm")."""
    while item is not None:
        if item.paragraphs and person_heading(item.paragraphs[0]) is not None:
            return True
        item = item.parent
    return False
