"""A short sentence standing over points: a summary of the points' work, or an assignment
of its own."""

from __future__ import annotations

import re

from notices.markers import MarkerKind
from notices.model import ParsedTask
from notices.structure import Item
from notices.text import match_form

GIVES_WORK = re.compile(r"^(?:giao|đề nghị|yêu cầu)\s")


def own_assignment(item: Item, task: ParsedTask) -> bool:
    """A sentence over points that is an assignment of its own: it says "Giao/Đề nghị/Yêu cầu"
    ("1. Giao Ban Tổ chức hướng dẫn …"), or names its body and gives a deadline ("3. Ban Quản
    lý dự án hoàn thành hồ sơ thiết kế trước ngày 15/12/2025.", "1. Đẩy mạnh chuyển đổi số:
    Phòng Văn hóa - Thông tin chủ trì …, trình UBND huyện trước ngày 15/12/2025.")."""
    text = item.paragraphs[0]
    if GIVES_WORK.match(match_form(text.strip())):
        return True
    # "1. Hoàn thành mục tiêu … trong năm 2025": a goal for a body handed down stays a heading
    named = bool(task.lead) and all(name in text for name in task.lead)
    return named and task.deadline is not None


_HEADING_KINDS = (MarkerKind.SECTION, MarkerKind.NUMBER, MarkerKind.LETTER)


_SENTENCE_BREAK = re.compile(r"[.;!?]\s+\S")


def summarises(item: Item) -> bool:
    """One short sentence standing over points, not leading into them with ":", on a numbered
    or lettered line of its own ("(1) Bộ Y tế chỉ đạo …" inside running text is work)."""
    if not item.children or len(item.paragraphs) != 1:
        return False
    if item.marker is None or item.marker.kind not in _HEADING_KINDS:
        return False
    text = item.paragraphs[0].strip().rstrip(".").rstrip()
    if text.endswith(":") or len(text.split()) > 50:
        return False
    return _SENTENCE_BREAK.search(text) is None
