"""A scan's place-date piece as OCR read it, set back in the shape the header reader knows."""

from __future__ import annotations

import re

# "Krông Nô. ngày 05 tháng 6 năm 2019", "Đắk R lắp. ngày O2 tháng 7 năm 2019": OCR read the
# comma after the place as a full stop. A sentence after a full stop opens with a capital
# ("Hà Nội. Ngày 05/6/2019, …"), so only a lower-case "ngày" closing a word is the date line's
# (the header's repair may have set a comma after the stop: "Krông Nô., ngày …").
_STOP_FOR_COMMA = re.compile(r"(?<=[^\W\d_])\.[\s,]*(?=ngày\b)")
# "Đắk R lấp", "Ea H leo": a Central Highlands name's apostrophe ("Đắk R'lấp", "Ea H'leo") lost
# by OCR leaves a lone capital then a lower-case word; they are one word of the name.
_LOST_APOSTROPHE = re.compile(
    r"(?<=[^\W\d_]\s)(?P<letter>[A-ZĐ])(?:\s*[°'`\"’]\s*|\s+)(?P<rest>[a-zà-ỹđ]+)(?=\s*[.,]\s*$)"
)
# "II [Hà Nội, ngày 24 …", "| Hà Nội, ngày …": a table's rule OCR read before the place (a
# bracket or bar, maybe after a speck of at most three characters) is no word of it.
_RULE_BEFORE = re.compile(r"^(?:\S{1,3}\s+)?[\[|]\s*(?=[A-ZĐÀ-Ỹ])")
_DATE_WORD = re.compile(r"\bngày\b")


def scan_place_date(piece: str) -> str:
    """The header piece with OCR's misreadings of a place-date line undone; any other piece (no
    lower-case "ngày" in it) as it is."""
    if not _DATE_WORD.search(piece):
        return piece
    head, sep, tail = piece.partition("ngày")
    head = _LOST_APOSTROPHE.sub(r"\g<letter>'\g<rest>", _RULE_BEFORE.sub("", head))
    return _STOP_FOR_COMMA.sub(", ", f"{head}{sep}{tail}")
