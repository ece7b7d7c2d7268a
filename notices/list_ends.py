"""Where a dash list inside an item's body paragraphs ends: the paragraphs after it are the
item's again, not more lines of its last dash."""

from __future__ import annotations

from typing import TYPE_CHECKING

from notices.markers import MarkerKind

if TYPE_CHECKING:
    from notices.structure import Item

_CLOSED = (".", ";")


def resumes_item(last: Item, paragraph: str) -> bool:
    """`paragraph` (no marker of its own) follows the dash `last` and goes back to the item the
    dashes sit under. "1. Trách nhiệm của Hiệu trưởng" then "Ban hành …." "Xây dựng quy trình …,
    lưu ý các vấn đề sau:" "- Quy định …." "- Quy định …." then "Tổ chức tập huấn …." and "Kiểm
    tra …": the item writes its duties as paragraphs, one of them leads into a short list of
    one-line dashes, and the paragraphs after the list are its further duties.

    A dash with more than one paragraph already, a list whose last dash stays open ("…:" or
    no stop) and an item that opens its dashes straight after its title ("2. Phòng Y tế:" then
    "- Chủ trì …", where a line without its dash is a lost mark) keep the old reading."""
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
    return text[:1].isupper() and text.endswith(".")
