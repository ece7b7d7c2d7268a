"""A scan's signer named below the filing line, with the seal's and the signature's specks OCR
read around the name."""

from __future__ import annotations

import re

from notices.lone_signer_names import ADDRESSED, full_name
from notices.signature_words import FILING, is_caps
from notices.text import fold

_WINDOW = 12  # lines from the filing line to the end of the document
# "- Cao Văn Tính" below "- Lưu: VT, BTCD.": the filing line is the last recipient, so a dash
# before a name under it is a speck of the signature, not one more recipient.
_SPECK_DASH = re.compile(r"^[-–~_=•`'\s]+(?=[A-ZĐÀ-Ỹ])")
_EDGE = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_WORDS_SHARE = 0.5


def _seal_line(line: str) -> bool:
    """A line of the seal or the signature: capitals (the seal's ring, the post cut apart: "SG
    ƯỚNG N") or mostly specks ("—Z", "v//", "Q =>", a row of marks with a letter pair in it)."""
    if is_caps(line):
        return True
    words = [_EDGE.sub("", token) for token in line.split()]
    plain = sum(len(w) for w in words if len(w) >= 2 and w.isalpha())
    return plain < _WORDS_SHARE * len(line.replace(" ", "").replace("\t", ""))


def name_after_filing(lines: list[str]) -> str | None:
    """The one line between the filing line ("- Lưu: VT, BTCD.") and the end of the document
    that is not the seal's or the signature's specks, when it is a full name (three words or
    more, opening with a family name): never a person addressed ("Ông …"), a recipient (its
    ";" or ":"), a city's name, nor a line with words of a sentence."""
    kept = [line.strip(" \t|¦") for line in lines[-_WINDOW:]]
    kept = [line for line in kept if line]
    filed = [at for at, line in enumerate(kept) if FILING.match(fold(line))]
    if not filed:
        return None
    rest = [line for line in kept[filed[-1] + 1 :] if not _seal_line(line)]
    if len(rest) != 1 or rest[0].endswith((";", ":", ",")):
        return None
    line = _SPECK_DASH.sub("", rest[0])
    if ADDRESSED.match(line):
        return None
    return full_name(line)
