"""A scan's signer whose printed name OCR damaged: the last name of the signer's cell read with
a family name's case or tone lost ("“vũ Huy Hoàng", "Hỗ Đức Phớc", "Trân Văn Thuần", "Nguyên
Trung Kiên"), or its family name lost to the seal ("XÃ ô Đức Phớc") and written in full
elsewhere in the document (a Deputy Prime Minister's decision copies "PTTg Hồ Đức Phớc").

Used only when the signature block gave no name and the document carries no signing stamp; the
name must be the last line of the signer's cell, close below the title (or the recipients'
label when OCR lost the title), so a recipient, a person addressed or a body line is never read
as the signer.
"""

from __future__ import annotations

import re

from notices.lexicon import SURNAMES
from notices.signature_words import NOT_NAME, is_caps
from notices.signed_names import malformed_name
from notices.text import canonical_tone, fold, match_form

_WINDOW = 10  # entries of the signer's cell between the title (or "Nơi nhận") and the name
_EDGE = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_ADDRESSED = re.compile(r"^\W*(?:Ông|Bà|Anh|Chị|Đ/c|Đồng\s+chí)\b", re.IGNORECASE)
_CITIES = frozenset({"ha noi", "hai phong", "da nang", "can tho", "ho chi"})

_BY_FOLD: dict[str, list[str]] = {}
for _name in SURNAMES:
    _BY_FOLD.setdefault(fold(_name), []).append(_name)


def damaged_signer(cell: list[str], document: list[str], *, titled: bool = True) -> str | None:
    """The signer's name from the last entry of `cell` (the signer's cell below its title),
    repaired; `document` is every line, searched for the full form of a name cut short.

    Without the title (`titled` False: the cell runs from "Nơi nhận"), a name OCR left whole
    counts only under the seal's specks: a recipient listed under "- Các đồng chí:", a street
    after "Địa chỉ:" or a name under a typed "Phó Giám đốc" is no scan's signature."""
    kept = [line.strip() for line in cell]
    filled = [i for i, line in enumerate(kept) if line]
    if not filled or filled[-1] > _WINDOW:
        return None
    last = kept[filled[-1]]
    if NOT_NAME.match(last) or _ADDRESSED.match(last) or is_caps(last):
        return None
    repaired = repaired_name(last)
    if repaired and not titled:
        above = kept[filled[-2]] if len(filled) > 1 else ""
        if repaired == _EDGE.sub("", last) and not _SPECKS.search(above):
            return None
    return repaired or completed_name(last, document)


# What OCR reads from a seal or a signature's strokes: signs no typed line carries.
_SPECKS = re.compile(r"[/\\|⁄`%«»„®¬~^<>=@#*“”_\"]")


def _surname(word: str) -> str | None:
    """A family name whose case or tone OCR lost ("vũ", "Hỗ", "Trân", "Nguyên"), as written
    when its unmarked form names more than one family name."""
    if not word.isalpha() or len(word) < 2 or not word[1:].islower():
        return None
    known = _BY_FOLD.get(fold(word), [])
    if not known:
        return None
    if len(known) == 1:
        return known[0].capitalize()
    return word.capitalize()


def _given(words: list[str]) -> bool:
    return all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words)


def repaired_name(line: str) -> str | None:
    """ "“vũ Huy Hoàng" → "Vũ Huy Hoàng", "*_ Hỗ Đức Phớc ---." → "Hồ Đức Phớc": a name of three
    to five words after specks, its first word a family name once case and tone are set aside."""
    words = _EDGE.sub("", line.replace("\t", " ")).split()
    if not 3 <= len(words) <= 5 or not _given(words[1:]):
        return None
    first = _surname(words[0])
    if first is None:
        return None
    name = canonical_tone(" ".join([first, *words[1:]]))
    if malformed_name(name) or fold(" ".join(words[:2])) in _CITIES:
        return None
    return name


def completed_name(line: str, document: list[str]) -> str | None:
    """ "XÃ ô Đức Phớc" → "Hồ Đức Phớc": the last two words of the line, a given name, written
    after a family name (and at most one more word) elsewhere in the document — one such name."""
    words = _EDGE.sub("", line.replace("\t", " ")).split()
    if len(words) < 2 or not _given(words[-2:]):
        return None
    tail = [fold(w) for w in words[-2:]]
    found: set[str] = set()
    for text in document:
        if text.strip() == line.strip():
            continue
        other = [_EDGE.sub("", w) for w in text.split()]
        for at in range(len(other) - 1):
            if [fold(w) for w in other[at : at + 2]] != tail:
                continue
            for size in (1, 2):
                head = other[max(0, at - size) : at]
                if (
                    len(head) == size
                    and _given(head)
                    and match_form(head[0]) in SURNAMES
                    and (size == 1 or match_form(head[1]) not in SURNAMES)
                ):
                    found.add(canonical_tone(" ".join([*head, *other[at : at + 2]])))
                    break
    return found.pop() if len(found) == 1 else None
