"""One line read as a person's name: as written, as OCR read it (specks before it, a malformed
word), with a rank or a degree left off."""

from __future__ import annotations

import re

from notices.lexicon import SURNAMES
from notices.signature_words import is_caps
from notices.signer_names import legacy_capitals, mans_name_on_thi, without_degree
from notices.text import canonical_tone, fold, match_form


def malformed_name(name: str) -> bool:
    """ "Hà AI", "TA Thị": a word in capitals inside a name written in lower case, or a name
    ending on the middle word "Thị" — what OCR made of a signature, never a person's name."""
    words = name.split()
    if is_caps(name):
        return False
    if any(len(w) >= 2 and w.isupper() for w in words):
        return True
    return match_form(words[-1]) == "thị" and not mans_name_on_thi(words)


def weak_name(name: str) -> bool:
    """A name that may be OCR's reading of a signature: malformed, or two words not opening
    with a family name."""
    words = name.split()
    return malformed_name(name) or (len(words) == 2 and match_form(words[0]) not in SURNAMES)


def name_after_specks(line: str) -> str | None:
    """ "“F Nguyễn Văn Diệu", "NX. Pham Mạnh Cường": a scan's signature or seal read as a speck or
    two before the name — a name of three or more words opening with a family name (its tone
    marks perhaps lost), after at most two specks of one or two letters."""
    words = line.split()
    for cut in (1, 2):
        specks, rest = words[:cut], words[cut:]
        if len(rest) < 3 or any(len(re.sub(r"[\W\d_]", "", w)) > 2 for w in specks):
            return None
        if any(_DIGIT.search(w) or w.endswith(":") for w in specks):
            return None  # "ĐC: 12 Lê Thánh Tông": an address's label and house number
        if rest[0][:1].isupper() and fold(rest[0]) in _FOLDED_SURNAMES:
            name = as_name(" ".join(rest))
            if name:
                return name
    return None


_DIGIT = re.compile(r"\d")
_FOLDED_SURNAMES = frozenset(fold(name) for name in SURNAMES)


def full_name(line: str) -> bool:
    """Three words opening with a family name ("Nguyễn Thị Mai", "Lê Văn Nam")."""
    words = line.split()
    return len(words) >= 3 and match_form(words[0]) in SURNAMES


def lone_surname(word: str) -> bool:
    """A family name written as in a name ("Phạm"), not in capitals."""
    return (
        word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and (match_form(word) in SURNAMES)
    )


# Words of a seal or a body ("ỦY BAN NHÂN DÂN", "UBND TỈNH" read off a stamp), never of a name.
_NOT_NAME_WORDS = frozenset(
    {"ủy", "uỷ", "ubnd", "hđnd", "tỉnh", "huyện", "xã", "phường", "sở", "quận", "phủ", "đảng"}
)


_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})


# "Trung tá Ngô Văn B", "Đại úy Lê C": a police or army officer signs with the rank before the
# name; the rank is no part of it.
# Written as ranks are ("Trung tá"), or in any case before a name of three words or more ("Đại
# Úy Hoàng Văn Nam"): "Trung Tá Minh", "Đại Tá Minh Châu" may be a person's name.
_RANK = re.compile(
    r"^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+(?=[^\W\d_])"
    r"|^(?i:Đại|Thượng|Trung|Thiếu)\s+(?i:tướng|tá|úy|uý)\s+(?=\S+\s+\S+\s+\S)"
)


def as_name(line: str) -> str | None:
    # "Đoàn Thu-Hà", "Nguyễn Văn Hùng.": OCR's dashes and dots inside and around a name
    line = without_degree(line.replace("*", "").strip(" .,;:'\"“”`-_=~"))  # "GS.TS. Tên"
    line = re.sub(r"(?<=[^\W\d_])[-=_.'`]+(?=[^\W\d_])", " ", line)
    line = _RANK.sub("", line.strip(" .,;:'\"“”`-_=~"))
    words = legacy_capitals(line.split())
    line = " ".join(words)
    if not all(w.isalpha() for w in words):
        return None
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in line):
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    if any(match_form(w).strip(".,;") in _NOT_NAME_WORDS for w in words):
        return None
    if len(words[0]) == 1 or words[0].upper() in _ROMAN:
        return None  # "I. ĐÁNH GIÁ CHUNG" (a heading), "S NGA EA" (a seal read as text)
    if is_caps(line) and match_form(words[0]) not in SURNAMES:
        return None  # a name in capitals still opens with a family name
    if is_caps(line):
        words = [w.capitalize() for w in words]
    return canonical_tone(" ".join(words))
