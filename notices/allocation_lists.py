"""Lists of things under a point, not work: allocations and annexes.

Allocation lists: "1. Bộ Y tế xuất cấp … cho các tỉnh …, cụ thể:" over "- Tỉnh Lào Cai:
1.000.000 viên …;" lines. Each line names a receiver and a quantity; the work is the point above
them, the lines are its figures, not tasks. Annex lists: "I. Kế hoạch đào tạo … năm 2014 gồm:"
over "1. Phụ lục I: Kế hoạch tổ chức các lớp … do Trường Hải quan Việt Nam thực hiện.": each point
names a document the plan is made of; the work is in the plan's other sections."""

from __future__ import annotations

import re

from notices.imperatives import asks_work
from notices.structure import Item
from notices.text import match_form

# "Tỉnh Lào Cai: 1.000.000 viên sát khuẩn …;", "Bộ Y tế: 300.000 viên …", "Tỉnh Hà Giang:
# khoảng 1.200 tấn gạo": a short label (no digit, no sentence inside), a colon, then a quantity
_QUANTITY_LINE = re.compile(
    r"^(?P<label>[^\d:;.]{2,80}):\s*"
    r"(?:khoảng|tối đa|tối thiểu|không quá|gần|trên|dưới)?\s*"
    r"\d[\d.,]*\s+(?P<rest>[^:;]{1,120})[;.]?$"
)

# a quantity line is short: a receiver, a figure and what is given
_MAX_WORDS = 25


def _quantity_line(point: Item) -> bool:
    if point.children or point.after:
        return False
    text = " ".join(point.paragraphs).strip()
    if len(text.split()) > _MAX_WORDS:
        return False
    match = _QUANTITY_LINE.match(match_form(text))
    if match is None:
        return False
    return not asks_work(match.group("rest"))


def allocates(item: Item) -> bool:
    """True when every point under the item (two at least) is a receiver's quantity."""
    return len(item.children) >= 2 and all(_quantity_line(child) for child in item.children)


# "Phụ lục I: Kế hoạch …", "Phụ lục 2 - Danh mục …", "Phụ lục số 3. Biểu mẫu …": an annex's title
_ANNEX_LINE = re.compile(r"^phụ lục\s+(?:số\s+)?(?:[ivxlc]+|\d+[a-z]?)\s*[:.\-–]\s*\S")


def lists_annexes(item: Item) -> bool:
    """True when every point under the item (two at least) is an annex's title."""
    return len(item.children) >= 2 and all(
        not child.children and _ANNEX_LINE.match(match_form(" ".join(child.paragraphs).strip()))
        for child in item.children
    )
