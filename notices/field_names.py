"""One body whose field has three parts: "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm".

A body's field may be written "A, B và C" ("Cục Khoa học, Công nghệ và Thông tin", "Ban Dân
chủ, Giám sát và Phản biện"); the lexicon knows the usual ones, and an unknown one left
"Nhiếp ảnh và Triển lãm" as a piece that names no body. After a singular body "<head> A" of one
or two words of field, a last piece "B và C" of capitalised words (no acronym, no body's head)
completes that body's name. "Sở Y tế, Giáo dục và Đào tạo" and "Bộ Tài chính, Nông nghiệp và
Môi trường" stay two bodies: "B và C" is a known field of a body of its own. "Sở Nội vụ, Tư
pháp và Tài chính" is one head written once for three bodies: a part (or the first body's own
field) that is a ministry's or a department's usual field refuses the join.
"""

from __future__ import annotations

import re

from notices.lexicon import KNOWN_FIELDS, ORG_HEADS
from notices.text import match_form

_KNOWN = frozenset(match_form(f) for f in KNOWN_FIELDS)
_HEADS = frozenset(match_form(h) for h in ORG_HEADS)
# One-word fields of a ministry or a province's department: "Bộ Công an, Quốc phòng và Ngoại
# giao" names three bodies. ("Văn hóa", "Du lịch" stay out: "Sở Văn hoá, Thẻ thao và Du lịch".)
_BODY_FIELDS = frozenset(
    match_form(f)
    for f in (
        "Nội vụ", "Tư pháp", "Tài chính", "Quốc phòng", "Ngoại giao", "Y tế", "Xây dựng",
        "Công an", "Công thương", "Ngoại vụ", "Giao thông vận tải", "Kế hoạch", "Đầu tư",
        "Giáo dục", "Nông nghiệp", "Dân tộc", "Tài nguyên", "Lao động", "Khoa học",
    )
)  # fmt: skip
_PART = re.compile(r"[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){0,2}")


def _title_part(part: str) -> bool:
    """ "Nhiếp ảnh", "Triển lãm", "Giám sát": capital first letter, no acronym, no digit."""
    part = part.strip()
    return (
        _PART.fullmatch(part) is not None
        and part[:1].isupper()
        and not any(ch.isupper() for ch in part[1:])
    )


def completes_field(previous: str, piece: str) -> bool:
    """`piece` ("Nhiếp ảnh và Triển lãm") ends the field of the body `previous` ("Cục Mỹ
    thuật") named just before it."""
    parts = re.split(r"\s+và\s+", piece.strip())
    if len(parts) != 2 or not all(_title_part(p) for p in parts):
        return False
    low = match_form(piece.strip())
    if low in _KNOWN or any(low.startswith(h + " ") or low == h for h in _HEADS):
        return False
    words = previous.split()
    if not 2 <= len(words) <= 4 or " và " in f" {previous} " or "," in previous:
        return False
    prev_low = match_form(previous)
    head = next(
        (h for h in sorted(_HEADS, key=len, reverse=True) if prev_low.startswith(h + " ")), None
    )
    if head is None:
        return False
    field = previous[len(head) :].strip()
    if any(match_form(p) in _BODY_FIELDS for p in (field, *parts)):
        return False  # "Sở Nội vụ, Tư pháp và Tài chính": three departments
    return 1 <= len(field.split()) <= 2 and _title_part(field)
