"""A phrase of several syllables read by an OCR with one syllable's marks misread.

An OCR text of a scan drops or swaps the marks of a vowel, not only its tone: "Khan trương" and
"Khân trương" for "Khẩn trương", "Tiép tục" for "Tiếp tục", "Day nhanh" for "Đẩy nhanh", "chi
trì" / "chủ tri" for "chủ trì". A phrase is recognised when its letters, marks and "đ" aside,
are the phrase's, every syllable but one is written as the phrase's (or with its tone lost),
and the phrase has two syllables at least: one syllable alone, marks aside, is too often another
word ("day", "tri"). The check runs only where the exact phrase was not found.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_END = r"(?![^\W_])"
_VOWELS = "aeiouy"
# "ie", "ye" without a circumflex and a bare "uo": a syllable no Vietnamese word spells ("tiép").
_IMPOSSIBLE = re.compile(r"[iy][eéèẻẽẹ]|[uư][oóòỏõọ]")


def loose(text: str) -> str:
    """Every mark gone and "đ" read as "d", one character for one character."""
    return "".join("d" if c in "đĐ" else unicodedata.normalize("NFD", c)[0] for c in text)


def _toneless(text: str) -> str:
    kept = "".join(c for c in unicodedata.normalize("NFD", text) if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", kept)


def _marks_lost(written: str, phrase: str) -> bool:
    """Each letter written is the phrase's with some of its marks lost ("khân", "day" for
    "khẩn", "đẩy"), none changed: "phân bố" is not "phân bổ" misread, another tone is a word."""
    for w, p in zip(written, phrase, strict=True):
        if w == p:
            continue
        base_w, base_p = unicodedata.normalize("NFD", w), unicodedata.normalize("NFD", p)
        if p == "đ" and w in "dđ":
            continue
        if base_w[0] != base_p[0] or not set(base_w[1:]) <= set(base_p[1:]):
            return False
    return True


def _slips(written: str, phrase: str) -> int:
    """Letters in which two syllables of one length differ once their marks are gone; a vowel
    read as another vowel only ("chi" for "chủ"), no consonant ("khai" is no "khẩn")."""
    pairs = [(a, b) for a, b in zip(loose(written), loose(phrase), strict=True) if a != b]
    if any(a not in _VOWELS or b not in _VOWELS for a, b in pairs):
        return len(written) + 1
    return len(pairs)


class LoosePhrases:
    """Multi-syllable phrases found in lower-case text with one syllable's marks misread, or
    (with `letter_slip`) that syllable's marks and one of its letters: "chi trì" for "chủ trì".
    `not_misread`: written forms that are words of their own ("công nhân", not "công nhận")."""

    def __init__(
        self,
        phrases: Iterable[str],
        *,
        letter_slip: bool = False,
        not_misread: Iterable[str] = (),
    ) -> None:
        self._letter_slip = letter_slip
        self._not_misread = frozenset(not_misread)
        self._by_loose: dict[str, list[str]] = {}
        for phrase in phrases:
            if " " in phrase and len(loose(phrase)) == len(phrase):
                self._by_loose.setdefault(loose(phrase), []).append(phrase)
        keys = sorted(self._by_loose, key=len, reverse=True)
        if letter_slip:  # any letters of the phrase's shape; `_fits` says which
            keys = sorted({re.sub(r"[^\W_]+", "*", k) for k in keys})
            alternatives = [k.replace("*", r"[^\W\d_]+") for k in keys]
        else:
            alternatives = [re.escape(k) for k in keys]
        self._pattern = re.compile(rf"(?:{'|'.join(alternatives)}){_END}")

    def match_end(self, low: str, pos: int, folded: str | None = None) -> int | None:
        """End of a phrase at `pos` of `low` (lower case) written with one syllable misread;
        `folded` is `loose(low)` when the caller has it."""
        found = self.match(low, pos, folded)
        return found[0] if found is not None else None

    def match(self, low: str, pos: int, folded: str | None = None) -> tuple[int, str] | None:
        """(end, the phrase as it is written correctly) of a misread phrase at `pos`, or None."""
        folded = folded if folded is not None else loose(low)
        if len(folded) != len(low) or (pos > 0 and low[pos - 1].isalnum()):
            return None
        found = self._pattern.match(folded, pos)
        if found is None:
            return None
        written = low[pos : found.end()]
        if written in self._not_misread:
            return None  # a word of its own
        if any(written == phrase for phrase in self._by_loose.get(found.group(), ())):
            return None  # written right: the exact rules of the caller have read it
        if self._letter_slip:
            candidates = [p for ps in self._by_loose.values() for p in ps]
        else:
            candidates = self._by_loose[found.group()]
        for phrase in candidates:
            if len(phrase) == len(written) and self._fits(written, phrase):
                return found.end(), phrase
        return None

    def _fits(self, written: str, phrase: str) -> bool:
        pairs = list(zip(written.split(" "), phrase.split(" "), strict=False))
        if any(len(w) != len(p) for w, p in pairs):
            return False
        # One syllable differs, no more: "khu trung" is not "khử trùng" twice misread.
        differing = [(w, p) for w, p in pairs if w != p]
        if len(differing) > 1:
            return False
        if not differing or _toneless(differing[0][1]) == differing[0][0]:
            return True  # its tone lost ("khân", "đây", "tri")
        w, p = differing[0]
        # Any other misreading leaves the syllable unmarked ("khan", "day", "chi") or spelled as
        # no Vietnamese word is ("tiép"): a marked word ("có", "tài", "chế") is a word of its own.
        if not (w.isascii() or _IMPOSSIBLE.search(w)):
            return False
        if self._letter_slip:
            return w.isascii() and _slips(w, p) <= 1
        return _marks_lost(w, p)
