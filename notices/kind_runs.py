"""A run of bare kind nouns under one plural determiner: one group, however it is capitalised.

"Thủ trưởng các Vụ, Cục, đơn vị thuộc Tổng cục Thuế", "các Sở, Ban, Ngành", "Lãnh đạo các Vụ,
Cục": "các" (and the title before it) is over every kind noun of the run, which names no body of
its own; the run is the units of those kinds, one doer. A kind noun followed by a capitalised
word is a named body ("các Vụ, Cục Thuế tỉnh Nam Định": "Cục Thuế tỉnh Nam Định" is one more
body), and a run with no "các"/"những" before it ("Vụ Pháp chế, Cục Thuế") is a list of bodies.
"""

from __future__ import annotations

import re

# Kind nouns of a ministry's, a department's or a province's units.
_KINDS = (
    "vụ", "cục", "tổng cục", "viện", "trường", "trung tâm", "phòng", "ban", "sở", "ngành",
    "bộ", "chi cục", "văn phòng", "đơn vị", "cơ quan", "địa phương", "tổ chức", "đoàn thể",
    "tập đoàn", "tổng công ty", "công ty", "khoa", "bộ môn", "chi nhánh", "hội",
)  # fmt: skip
_KIND = "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True))
_END = r"(?![^\W_])"
# The plural determiner within the piece's first words, a title at most before it ("Thủ trưởng
# các", "Lãnh đạo các"), not past a comma: "Văn phòng, các Vụ, Cục" starts the run at "các".
_PLURAL = re.compile(r"(?:[^\W\d_]+\s+){0,3}?(?:các|những)\s+")
_KIND_AT = re.compile(rf"(?:{_KIND}){_END}")
_COMMA = re.compile(r"\s*,\s*")


# The level of the whole run, capitalised after its last kind: "các Sở, Ban, Ngành Thành phố".
_SCOPE = re.compile(r"(?:Thành phố|Tỉnh|Trung ương|Huyện|Quận|Thị xã)(?![^\W_])")


def _bare_end(text: str, low: str, pos: int) -> tuple[int, bool] | None:
    """End of a kind noun at `pos` that names no body: no capitalised word right after it but
    a level of the run (then True: the run ends there)."""
    kind = _KIND_AT.match(low, pos)
    if kind is None:
        return None
    rest = text[kind.end() :].lstrip(" ")
    if rest[:1].isupper():
        return (kind.end(), True) if _SCOPE.match(rest) else None
    return kind.end(), False


def kind_run_end(text: str, low: str, start: int) -> int | None:
    """End of a run of two or more bare kind nouns after a plural determiner that opens the piece
    at `start` ("các Vụ, Cục, đơn vị"), or None. `low` is `text` in match form."""
    plural = _PLURAL.match(low, start)
    if plural is None:
        return None
    first = _bare_end(text, low, plural.end())
    if first is None:
        return None
    (end, scoped), count = first, 1
    while not scoped and (comma := _COMMA.match(low, end)) is not None:
        nxt = _bare_end(text, low, comma.end())
        if nxt is None:
            break
        (end, scoped), count = nxt, count + 1
    return end if count >= 2 else None
