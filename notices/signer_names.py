"""How a signer's name line is written besides the plain name.

- An academic or professional degree before the name: "GS.TS. Sử Đình Thành", "ThS. Lê Hà Như
  Thảo", "PGS. TS Nguyễn Văn An", "BSCKII. Trần Văn B". The degree is no part of the name.
- A legacy (TCVN3) text: its fonts had no capital toned vowels, so a name typed in them and
  decoded reads "Trần Đăng ánh", "Lê ánh Dương"; the word is the name's, capitalised.
- A man's name ending on "Thị" ("Lê Văn Thị"): "Văn" is a man's middle name, so the "Thị" after
  it is the given name, not the middle name of a woman's name cut short.
"""

from __future__ import annotations

import re

from notices.lexicon import SURNAMES
from notices.text import match_form

_DEGREE = r"(?:PGS|GS|TSKH|TS|ThS|Ths|THS|BSCKII|BSCKI|BSCK[12]|BS|DS|KTS|KS|CN|LS)"
# One or more degrees, each closed by a dot or (the last) by a space: "GS.TS. ", "PGS. TS ",
# "ThS. ". A bare word with no dot anywhere ("CN Nguyễn") still counts only after a dotted one.
_DEGREES = re.compile(rf"^(?:{_DEGREE}\s*\.\s*)+(?:{_DEGREE}\s+)?(?=[^\W\d_])")

# A vowel carrying a tone mark, which TCVN3 could only write in lower case.
_TONED_LOWER = frozenset("áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def without_degree(line: str) -> str:
    """ "GS.TS. Sử Đình Thành" → "Sử Đình Thành"; other lines as they are."""
    return _DEGREES.sub("", line.lstrip(" *"), count=1)


def legacy_capitals(words: list[str]) -> list[str]:
    """The words of a name whose non-first words may open with a lower-case toned vowel (a
    legacy font's capital): those words capitalised when the name opens with a family name."""
    # three words at least: "Hồ ấy" is a pronoun after a word that is also a family name
    if len(words) < 3 or not words[0][:1].isupper() or match_form(words[0]) not in SURNAMES:
        return words
    return [
        w[:1].upper() + w[1:] if at and w[:1] in _TONED_LOWER and w[1:].islower() else w
        for at, w in enumerate(words)
    ]


def mans_name_on_thi(words: list[str]) -> bool:
    """ "Lê Văn Thị": a full man's name whose given name is "Thị"."""
    return (
        len(words) >= 3
        and match_form(words[0]) in SURNAMES
        and match_form(words[-2]) == "văn"
        and match_form(words[-1]) == "thị"
    )
