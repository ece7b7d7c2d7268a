"""Points that only name a project by its title ("- Dự án 2: “Ứng dụng khoa học và công nghệ
trong phòng, chống ma túy”.", "- Tiểu dự án 2 (Dự án 7): “…”."): under a point that says what to
do with them ("Tổ chức triển khai các dự án do Bộ Công an chủ trì:"), they complete its sentence,
as a list of objects does, and are no tasks of their own."""

from __future__ import annotations

import re

from notices.structure import Item
from notices.text import match_form

_TITLED = re.compile(
    r"^(?:tiểu dự án|dự án|đề án|chương trình|tiểu chương trình|nhiệm vụ|hợp phần)\s+"
    r"(?:\d{1,3}[a-z]?|[ivx]{1,5})(?:\s*\([^()]{0,60}\))?\s*[:.-]?\s*"
    r"[“\"«][^“”\"«»]{3,240}[”\"»]\s*[.;]?\s*$"
)


def names_a_title(item: Item) -> bool:
    """A childless point whose whole text is a project's label and its quoted title."""
    if item.children or len(item.paragraphs) != 1:
        return False
    return _TITLED.match(match_form(item.paragraphs[0].strip())) is not None
