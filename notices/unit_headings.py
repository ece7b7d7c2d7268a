"""Unit headings: a numbered heading that is a unit's name alone, with its duties under it
("1. Phòng Đào tạo" over its points), and a Roman section's title."""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.markers import MarkerKind, find_marker

# "IV. TỔ CHỨC THỰC HIỆN", "I/ Mục đích, yêu cầu", "**III/ QUY TRÌNH CHI TIẾT** (…)": a Roman
# section's heading, its numeral followed by a dot, a slash or a bracket.
_SECTION = re.compile(r"^\W{0,3}(?P<numeral>[IVXL]{1,6})\s*[./)]\s*\**\s*(?P<title>\S.*)$")
_TITLE_WORDS = 30
# A unit's heading is a name alone: "1. Phòng Đào tạo", "4. Các Khoa/Bộ môn:"
_HEADING_WORDS = 14
# "Phòng học", "Phòng cháy chữa cháy", "Trung tâm hội nghị", "Văn phòng phẩm": a head noun that is
# also a common word names a unit only before a proper name ("Phòng Đào tạo", "Văn phòng").
_COMMON_HEAD = re.compile(r"^(?:văn phòng|trung tâm|phòng|ban)(?=\s+(?P<next>\S)|$)", re.I)
# the points under a unit's heading: dashes, lettered points, a paragraph of its own
_POINT_KINDS = (MarkerKind.BULLET, MarkerKind.LETTER, MarkerKind.PAREN)


def section_title(paragraph: str) -> str | None:
    """The title of the Roman section this paragraph opens, or None."""
    m = _SECTION.match(paragraph.strip())
    if m is None or len(m["title"].split()) > _TITLE_WORDS:
        return None
    return m["title"].strip(" *:")


def _unit_name(paragraph: str, is_duty: Callable[[str], bool]) -> bool:
    """A numbered or lettered heading that is a unit's name alone ("2. Phòng Chính trị và Công
    tác HSSV"), not a topic ("1. Cảnh báo học vụ:"), a score ("1. Phòng Đào tạo: 20 điểm"), a
    room or a supply ("1. Phòng học", "4. Văn phòng phẩm") nor a sentence."""
    marker = find_marker(paragraph)
    if marker is None or marker.kind not in (MarkerKind.NUMBER, MarkerKind.LETTER):
        return False
    name = paragraph[marker.length :].strip(" *")
    if not name or name.endswith((".", ";")) or len(name.split()) > _HEADING_WORDS:
        return False
    name = name.removesuffix(":").rstrip(" *")
    if ":" in name:
        return False
    head = _COMMON_HEAD.match(name)
    if head is not None and head["next"] is not None and not head["next"][0].isupper():
        return False
    return is_duty(name)


def _has_points(heading: str, following: str | None) -> bool:
    """The paragraph after a unit's heading is a duty of the unit: a point under it or a
    paragraph without a marker, not the next unit's name ("1. Phòng Khảo thí" / "2. Phòng Đào
    tạo" list the units taking part)."""
    if following is None or section_title(following) is not None:
        return False
    marker = find_marker(following.strip(" *"))
    if marker is None or marker.kind in _POINT_KINDS:
        return True
    own = find_marker(heading)
    return own is not None and marker.kind == own.kind and marker.depth > own.depth


def unit_headings(paragraphs: list[str], is_duty: Callable[[str], bool]) -> int:
    """How many unit headings with their duties under them the paragraphs hold; `is_duty` tells
    a unit's name (notices.regulation's, passed in: regulation reads steps through here)."""
    return sum(
        _unit_name(p, is_duty)
        and _has_points(p, paragraphs[i + 1] if i + 1 < len(paragraphs) else None)
        for i, p in enumerate(paragraphs)
    )
