"""Lists of things under a point, not work: allocations and annexes.

Allocation lists: "1. Bộ Y tế xuất cấp … cho các tỉnh …, cụ thể:" over "- Tỉnh Lào Cai:
1.000.000 viên …;" lines. Each line names a receiver and a quantity; the work is the point above
them, the lines are its figures, not tasks. Annex lists: "I. Kế hoạch đào tạo … năm 2014 gồm:"
over "1. Phụ lục I: Kế hoạch tổ chức các lớp … do Trường Hải quan Việt Nam thực hiện.": each point
names a document the plan is made of; the work is in the plan's other sections."""

from __future__ import annotations

import re

from notices.imperatives import asks_work
from notices.structure import Item, walk
from notices.text import match_form

# "Tỉnh Lào Cai: 1.000.000 viên sát khuẩn …;", "Bộ Y tế: 300.000 viên …", "Tỉnh Hà Giang:
# khoảng 1.200 tấn gạo", "TP. Hồ Chí Minh: 500 tấn gạo", "Quân khu 7: 300 tấn gạo": a short label
# opening with a letter, a colon, then a quantity
_QUANTITY_LINE = re.compile(
    r"^(?P<label>[^\W\d_][^:;/]{1,79}):\s*"
    r"(?:khoảng|tối đa|tối thiểu|không quá|gần|trên|dưới)?\s*"
    r"\d[\d.,]*\s+(?P<rest>[^:;]{1,120})[;.]?$"
)

# "- Thời gian: 05 ngày, từ ngày 10/3/2024 …", "- Số lượng: 50 học viên": a field of the point,
# not a receiver
_FIELD_LABEL = re.compile(
    r"^(?:thời gian|thời hạn|thời điểm|tiến độ|số lượng|số lớp|kinh phí|dự toán|địa điểm|quy mô|"
    r"thành phần|đối tượng|nội dung|hình thức|yêu cầu|mục tiêu|chỉ tiêu)\b"
)
# "- Sở Tư pháp: 30 ngày kể từ ngày ký", "- Huyện Văn Yên: 12 nhà … hoàn thành trước ngày
# 30/6/2024": a time or a date makes the line a body's deadline, not a quantity
_TIME = re.compile(r"\b(?:ngày|tháng|tuần|quý|năm|giờ)\b|\d{1,2}/\d{1,4}")

# a quantity line is short: a receiver, a figure and what is given
_MAX_WORDS = 25


def _hangs_articles(point: Item) -> bool:
    """Points under `point` that are the document's next articles ("Điều 2. …" read under the
    list's last line when the list closes its article)."""
    return bool(point.children) and all(
        child.marker is not None and child.marker.label[:4] == "Điều" for child in point.children
    )


def _quantity_line(point: Item) -> bool:
    if (point.children and not _hangs_articles(point)) or point.after:
        return False
    text = " ".join(point.paragraphs).strip()
    if len(text.split()) > _MAX_WORDS:
        return False
    match = _QUANTITY_LINE.match(match_form(text))
    if match is None or _FIELD_LABEL.match(match.group("label").strip()):
        return False
    if _TIME.search(match.group("rest")):
        return False
    return not asks_work(match.group("rest"))


def allocation_lines(item: Item) -> list[Item]:
    """The lines of an allocating item with what hangs under them, the next articles apart."""
    return [
        node
        for child in item.children
        for node in ([child] if _hangs_articles(child) else walk([child]))
    ]


# ", cụ thể:", " như sau:", ":" closing the point's sentence over its lines
_LIST_OPENING = re.compile(r"(?:,?\s*(?:cụ thể|như sau|cụ thể như sau|gồm|bao gồm|sau))?\s*:\s*$")


def close_list_opening(text: str) -> str:
    """The point's sentence with its list opening ("…, cụ thể:") closed as a sentence."""
    return _LIST_OPENING.sub(".", text.rstrip())


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
