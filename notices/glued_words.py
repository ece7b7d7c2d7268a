"""Words a PDF text layer glued together: "Đảng uỷchủtrì" is "Đảng uỷ chủ trì".

Some Vietnamese fonts give a precomposed toned vowel a glyph whose advance hides the space after
it, so the text layer (and a DOCX or TXT converted from that PDF) loses the space after every
syllable that ends on such a vowel: "nhiệm vụtừngày", "Ban Thường vụĐảng uỷKế hoạch", "trình
Thường trực Đảng uỷtrước ngày 20/8/2025". The parser's words then never match: "chủtrì" is not
"chủ trì" (so a lead runs on into the verb) and "uỷtrước ngày" hides the deadline.

The repair goes by the shape of a Vietnamese syllable, not by a word list: after a lower-case
vowel carrying a tone mark, a syllable may go on only with untoned vowels and one final (c, ch,
m, n, ng, nh, p, t; k in names such as "Đắk Lắk"), and a stop final (c, ch, p, t, k) only after
the sắc or nặng tone. A word that cannot be read as one syllable from that vowel on is cut at the
first point where the rest opens a syllable (a consonant onset then a vowel, or a capital):
"vụĐảng" → "vụ Đảng", "chủtrì" → "chủ trì", "củathị" → "của thị", "hệthống" → "hệ thống". A real
word ("Đảng", "người", "nghiệp", "chuyển", "Srêpốk") reads as one syllable and stays as it is.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["unglue_words"]

_TONE_NAMES = {
    "\u0300": "huyền",
    "\u0301": "sắc",
    "\u0303": "ngã",
    "\u0309": "hỏi",
    "\u0323": "nặng",
}
_VOWELS = "aăâeêioôơuưy"


def _toned_vowels() -> dict[str, str]:
    """Every lower-case toned vowel, mapped to its tone's name."""
    out: dict[str, str] = {}
    for vowel in _VOWELS:
        for mark, name in _TONE_NAMES.items():
            out[unicodedata.normalize("NFC", vowel + mark)] = name
    return out


_TONED = _toned_vowels()
_UNTONED_VOWEL = f"[{_VOWELS}]"
# What may follow a syllable's toned vowel inside the same syllable.
_TAIL = re.compile(rf"{_UNTONED_VOWEL}{{0,2}}(?:ch|ng|nh|[cmnptk])?")
_STOP_END = re.compile(r"(?:ch|[cptk])$")
# A syllable's opening: a consonant onset then a vowel (toned or not);
_ONSET = "ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx]"
# "yê" opens a syllable ("uỷyêu cầu") and never goes on one.
_OPENING = re.compile(rf"(?:{_ONSET})[{_VOWELS}{''.join(_TONED)}]|y[êếềểễệ]")
_WORD = re.compile(r"[^\W\d_]{3,}")
# A foreign word ("Sénégal", "Zürich", "Café"): a letter Vietnamese has no use for, or a final no
# Vietnamese syllable ends on; its accents are no tone marks to cut after.
_FOREIGN = re.compile(r"[fjwzçëïîöüûñ]|(?:[bdlrsvxq]|(?<!n)g|(?<![cn])h)$")


def unglue_words(line: str) -> str:
    """The line with each glued run of words spaced apart (see the module docstring)."""
    if not any(char in _TONED for char in line):
        return line
    return _WORD.sub(lambda match: _unglue(match[0]), line)


def _unglue(word: str) -> str:
    if _FOREIGN.search(word.lower()):
        return word
    pieces: list[str] = []
    start = 0
    index = 0
    while index < len(word) - 1:
        tone = _TONED.get(word[index])
        if tone is None:
            index += 1
            continue
        cut = _cut_after(word, index + 1, tone)
        if cut is None:
            index += 1
            continue
        pieces.append(word[start:cut])
        start = index = cut
    pieces.append(word[start:])
    return " ".join(pieces)


def _cut_after(word: str, after: int, tone: str) -> int | None:
    """Where the syllable whose toned vowel ends at `after` must end, or None if it need not."""
    rest = word[after:]
    if len(rest) < 2:
        return None  # "hộị", "gíá": OCR specks, not a glued word
    if rest[0].isupper():
        return after  # "vụĐảng", "uỷKế hoạch"
    tail = _TAIL.match(rest)
    span = tail.end() if tail else 0
    if span == len(rest) and (tone in ("sắc", "nặng") or not _STOP_END.search(rest)):
        return None  # one syllable: "Đảng", "người", "nghiệp"
    for end in range(span + 1):
        piece = rest[:end]
        if end and tone not in ("sắc", "nặng") and _STOP_END.search(piece):
            continue  # "chủt" cannot end a syllable
        following = rest[end:]
        if following[:1].isupper() or _OPENING.match(following):
            return after + end
    return None
