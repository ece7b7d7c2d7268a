"""Letters a PDF's text layer lost, put back from the document's own words.

A PDF printed from Word may embed a font subset whose Unicode map leaves some glyphs out: the
text layer then gives each of them as a space, but with the glyph's own width ("TRƯỜNG     CÔNG
NG  ỆP" for "TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP", "K OA" for "KHOA", "ông việc" for "Công việc"). Such a
"space" is marked as a lost letter while the page is read (it is wider than the font's spaces and
touches its neighbours), and each word holding lost letters is then matched against the words
the rest of the document spells in full: "K?OA" is "KHOA" when "khoa" is written somewhere,
"?ông" is "Công" when "công" is. A lost letter is none the same font spells elsewhere ("P" is
in "TP." of that font, so "?hương" is "Chương", not "Phương"), and a narrow one (an "I") is a
narrow letter. A word with more letters lost than kept, or that no word explains, keeps spaces
for its lost letters, as the text layer had it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from typing import Any

# A lost letter is a private-use character (no text holds one) that records the glyph's width
# in thousandths of the font size: U+E000 + 722 for a "C" or "Đ" of Times New Roman Bold.
_BASE = 0xE000
_LOST = f"{chr(_BASE)}-{chr(_BASE + 1999)}"
# a font's space is a quarter to a third of its size; a lost letter is wider
_SPACE_RATIO = 0.34
_WORD = re.compile(rf"(?:[^\W\d_]|[{_LOST}])+")
_TOLERANCE = 0.02
Widths = dict[str, set[int]]  # a letter (its base capital) → its widths in the damaged fonts


def mark_lost(page: Any) -> Widths:
    """Mark the page's lost letters (its spaces wider than their font's spaces, touching a
    neighbour on their line) in place; the widths of the letters the fonts that lost some spell
    (none lost: empty)."""
    chars = page.chars
    usual: dict[str, float] = {}
    for char in chars:
        if char.get("text") == " " and float(char.get("size") or 0) > 0:
            font, ratio = str(char.get("fontname")), float(char["width"]) / float(char["size"])
            usual[font] = min(ratio, usual.get(font, ratio))
    damaged: set[str] = set()
    for index, char in enumerate(chars):
        if char.get("text") != " " or not float(char.get("size") or 0):
            continue
        ratio = float(char["width"]) / float(char["size"])
        font = str(char.get("fontname"))
        if ratio <= max(_SPACE_RATIO, 1.4 * usual.get(font, 0.25)) or ratio >= 2:
            continue
        if _touches(chars, index):
            char["text"] = chr(_BASE + round(ratio * 1000))
            damaged.add(font)
    widths: Widths = {}
    for char in chars:
        text = str(char.get("text"))
        if str(char.get("fontname")) in damaged and len(text) == 1 and text.isalpha():
            ratio = float(char["width"]) / float(char["size"] or 1)
            widths.setdefault(_base(text), set()).add(round(ratio * 1000))
    return widths


def _base(letter: str) -> str:
    """The letter without its marks, as a capital ("Ộ" → "O", "đ" → "D")."""
    return "D" if letter in "đĐ" else unicodedata.normalize("NFD", letter)[0].upper()


def _touches(chars: list[dict[str, Any]], index: int) -> bool:
    """The wide space sits in a run of characters set one after another on its line: a lost
    glyph, not a gap a layout left."""
    char = chars[index]
    around = [chars[i] for i in (index - 1, index + 1) if 0 <= i < len(chars)]
    return any(
        abs(float(other["top"]) - float(char["top"])) <= 2
        and (
            abs(float(other["x1"]) - float(char["x0"])) < 1.0
            or abs(float(other["x0"]) - float(char["x1"])) < 1.0
        )
        for other in around
    )


def restore_lost(text: str, widths: Widths | None = None) -> str:
    """Each word holding lost letters spelled as a word the document writes in full (its most
    frequent such word, in the word's own case), never with a letter whose width in the damaged
    fonts (`widths`) is not the lost glyph's; the letters no word explains become spaces."""
    if not _lost_in(text):
        return text
    widths = widths or {}
    known: Counter[str] = Counter(_common_words())
    known.update(m.group().lower() for m in _WORD.finditer(text) if not _lost_in(m.group()))
    by_length: dict[int, list[tuple[str, int]]] = {}
    for word, count in known.items():
        by_length.setdefault(len(word), []).append((word, count))

    def fits(glyph: str, letter: str) -> bool:
        width = (ord(glyph) - _BASE) / 1000
        seen = widths.get(_base(letter))
        return letter.isalpha() and (
            not seen or any(abs(width - w / 1000) <= _TOLERANCE for w in seen)
        )

    def fill(m: re.Match[str]) -> str:
        word = m.group()
        lost = sum(_lost_in(c) for c in word)
        if not lost:
            return word
        if lost > len(word) - lost:
            return _spaced(word)
        upper = sum(c.isupper() for c in word) * 2 > len(word) - lost
        candidates = []
        for known_word, count in by_length.get(len(word), []):
            letters = []
            for index, (c, k) in enumerate(zip(word, known_word, strict=True)):
                if not _lost_in(c):
                    if c.lower() != k:
                        break
                    letters.append(c)
                    continue
                if not fits(c, k):
                    break
                letters.append(k.upper() if index == 0 or upper else k)
            else:
                candidates.append((count, "".join(letters)))
        if not candidates or ((word[0].isupper() or _lost_in(word[0])) and _in_name(text, m)):
            return _spaced(word)  # "Nguyễn Văn ?ường": Cường or Đường, a name is not guessed
        ranked = sorted(candidates, reverse=True)
        if len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]:
            return _spaced(word)  # no clear majority among the words that fit
        if not widths and ranked[0][0] < 2:
            return _spaced(word)  # no width to check: only a word the document spells twice
        return ranked[0][1]

    return _WORD.sub(fill, text)


@functools.cache
def _common_words() -> dict[str, float]:
    """Words a notice's header and signature are made of, each worth less than one the document
    spells: the motto, the types of document, bodies' and posts' head words."""
    from notices.lexicon import DOC_TYPES, ORG_HEADS, ROLE_WORDS

    phrases = [
        "cộng hòa xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc đảng cộng sản",
        "trưởng phó chủ tịch giám đốc hiệu trưởng khoa đại học cao đẳng kế hoạch",
        *DOC_TYPES, *ORG_HEADS, *ROLE_WORDS,
    ]  # fmt: skip
    return {word: 0.5 for phrase in phrases for word in _WORD.findall(phrase.lower())}


_NAME_MIDDLES = frozenset(("văn", "thị", "ông", "bà"))


def _in_name(text: str, m: re.Match[str]) -> bool:
    """The word stands in a person's name: after "Văn", "Thị", "Ông" or "Bà", after a family
    name and one more word in title case ("Trần Minh ?ường"), or before "Văn"/"Thị"."""
    from notices.lexicon import SURNAMES

    before = text[: m.start()].split()[-2:]
    after = text[m.end() :].split()[:1]
    titled = [w for w in before if w[:1].isupper() and not w.isupper()]
    if before and before[-1] in titled and before[-1].lower() in _NAME_MIDDLES:
        return True
    if len(titled) == 2 and titled[0].lower() in SURNAMES:
        return True
    return bool(after) and after[0] in ("Văn", "Thị")


_LOST_RX = re.compile(f"[{_LOST}]")


def _lost_in(text: str) -> bool:
    return _LOST_RX.search(text) is not None


def _spaced(word: str) -> str:
    return _LOST_RX.sub(" ", word)
