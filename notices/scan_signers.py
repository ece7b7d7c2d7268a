"""A scan's signer whose printed name OCR damaged: the last name of the signer's cell read with
a family name's case or tone lost ("“vũ Huy Hoàng", "Hỗ Đức Phớc", "Trân Văn Thuần", "Nguyên
Trung Kiên"), or its family name lost to the seal ("XÃ ô Đức Phớc") and written in full
elsewhere in the document with a post (a Deputy Prime Minister's decision copies "PTTg Hồ Đức
Phớc"). Only a common family name is repaired onto ("Chử", "Lô", "Quản" are read right).

Used only when the signature block gave no name and the document carries no signing stamp; the
name must be the last line of the signer's cell, close below the title (or the recipients'
label when OCR lost the title), so a recipient, a person addressed or a body line is never read
as the signer.
"""

from __future__ import annotations

import re
import unicodedata

from notices.lexicon import SURNAMES
from notices.lone_signer_names import ADDRESSED, CITY_NAMES
from notices.signature_words import NOT_NAME, is_caps
from notices.signed_names import malformed_name
from notices.text import canonical_tone, fold, match_form

_WINDOW = 10  # entries of the signer's cell between the title (or "Nơi nhận") and the name
_EDGE = re.compile(r"^[\W\d_]+|[\W\d_]+$")
# The family names OCR's lost or changed tone is repaired onto: the common ones only, so a right
# reading of a rarer name ("Chử", "Quản", "Lô", "Vì") or a word ("Tổ", "Phố") is never folded
# onto a listed one ("Chu", "Quan", "Lò", "Vi", "Tô", "Phó").
_COMMON = "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý"
_COMMON_BY_FOLD = {fold(name): name for name in _COMMON.split()}
# A person named with a post ("PTTg Hồ Đức Phớc", "Thứ trưởng …"): the only full form a name the
# seal cut short is completed from.
_POST = re.compile(
    r"(?:\bp?ttg|\bthu tuong|\bbo truong|\bthu truong|\bchu tich|\bgiam doc|\bthong doc)\W*$"
)


def damaged_signer(cell: list[str], document: list[str], *, titled: bool = True) -> str | None:
    """The signer's name from the last entry of `cell` (the signer's cell below its title),
    repaired; `document` is every line, searched for the full form of a name cut short.

    Without the title (`titled` False: the cell runs from "Nơi nhận"), a name OCR left whole
    counts only under the seal's specks: a recipient listed under "- Các đồng chí:", a street
    after "Địa chỉ:" or a name under a typed "Phó Giám đốc" is no scan's signature."""
    kept = [line.strip() for line in cell]
    # a page number printed below the signature ("2") is no line of the cell
    filled = [i for i, line in enumerate(kept) if line and not line.isdigit()]
    if not filled or filled[-1] > _WINDOW:
        return None
    last = kept[filled[-1]]
    if NOT_NAME.match(last) or ADDRESSED.match(last) or is_caps(last):
        return None
    repaired = repaired_name(last)
    if repaired and not titled:
        above = kept[filled[-2]] if len(filled) > 1 else ""
        if repaired == canonical_tone(_EDGE.sub("", last)) and not _specks(above):
            return None
    return repaired or completed_name(last, document)


# What OCR reads from a seal or a signature's strokes.
_SPECKS = re.compile(r"[/\\|⁄`%«»„®¬~^<>=@#*“”_\"]")


def _specks(line: str) -> bool:
    """A line of the seal's specks ("X x ⁄—", "HÀ _Z"): a sign a seal leaves, in a short line with
    no label and no word of four letters or more — not a typed date ("20/9/2024") or quote."""
    words = line.split()
    return (
        bool(_SPECKS.search(line))
        and len(words) <= 4
        and ":" not in line
        and not any(w.isalpha() and len(w) >= 4 for w in words)
    )


def _surname(word: str) -> str | None:
    """A family name whose case or tone OCR lost ("vũ", "Hỗ", "Trân", "Nguyên"), as written
    when its unmarked form names more than one family name."""
    if not word.isalpha() or len(word) < 2 or not word[1:].islower():
        return None
    if match_form(word) in SURNAMES:
        return word.capitalize()
    known = _COMMON_BY_FOLD.get(fold(word))
    return known.capitalize() if known else None


def _unglued(line: str) -> str:
    """ "êHoàngAnh" → "ê Hoàng Anh": a capital right after a small letter opens a name's word."""
    return "".join(
        f" {c}" if c.isupper() and at and line[at - 1].islower() else c
        for at, c in enumerate(line)
    )


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _toneless(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))


def cut_surname(word: str) -> str | None:
    """A common family name whose first letters the seal covered, from what is left: "ê" →
    "Lê", "ên" → "Nguyễn" (tones aside, the other marks kept); only the one family name that
    ends so ("an" ends "Trần" and "Phan" alike, and is left)."""
    tail = _toneless(word)
    if not word.isalpha() or not word.islower() or len(word) > 3 or tail.isascii():
        return None  # an unmarked tail ("an", "o") ends too many family names read wrong
    found = {
        name
        for name in _COMMON.split()
        if len(name) > len(word) and _toneless(name).endswith(tail)
    }
    return found.pop().capitalize() if len(found) == 1 else None


def _given(words: list[str]) -> bool:
    return all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words)


def repaired_name(line: str) -> str | None:
    """ "“vũ Huy Hoàng" → "Vũ Huy Hoàng", "*_ Hỗ Đức Phớc ---." → "Hồ Đức Phớc": a name of three
    to five words after specks, its first word a family name once case and tone are set aside.
    The seal may have taken the family name's first letters ("£ê Hoàng Anh", "ên Văn Hải") and
    OCR the spaces between the words ("êHoàngAnh"): see cut_surname."""
    words = _EDGE.sub("", _unglued(line.replace("\t", " "))).split()
    if not 3 <= len(words) <= 5 or not _given(words[1:]):
        return None
    first = _surname(words[0]) or cut_surname(words[0])
    if first is None:
        return None
    name = canonical_tone(" ".join([first, *words[1:]]))
    if malformed_name(name) or match_form(" ".join(words[:2])) in CITY_NAMES:
        return None
    return name


def completed_name(line: str, document: list[str]) -> str | None:
    """ "XÃ ô Đức Phớc" → "Hồ Đức Phớc": the last two words of the line, a given name, written
    after a family name (and at most one more word) elsewhere in the document — one such name,
    named with a post ("PTTg …"): never a person addressed in the body, nor a label's line."""
    words = _EDGE.sub("", line.replace("\t", " ")).split()
    if len(words) < 2 or not _given(words[-2:]) or ":" in line:
        return None
    tail = [fold(w) for w in words[-2:]]
    found: set[str] = set()
    posted: set[str] = set()
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
                    name = canonical_tone(" ".join([*head, *other[at : at + 2]]))
                    if _POST.search(fold(" ".join(other[: at - size]))):
                        posted.add(name)
                    found.add(name)
                    break
    if len(found) != 1 or found != posted:
        return None
    name = found.pop()
    return None if match_form(" ".join(name.split()[:2])) in CITY_NAMES else name
