"""Vietnamese text primitives shared by the parser and the conversation core: NFC, fold, tones."""

from __future__ import annotations

import functools
import re
import unicodedata

# đ/Đ have no Unicode decomposition; Ð (U+00D0) and ð are look-alikes typed for Đ/đ.
_FOLD = str.maketrans("đĐðÐ", "dDdD")
_LOOKALIKES = str.maketrans(
    {"\u00d0": "\u0110", "\u00f0": "\u0111", "\u00a0": " ", "\u202f": " ", "\u2007": " "}
)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\ufeff\u00ad]")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2012": "-"})


def nfc(text: str) -> str:
    """NFC with look-alike letters and invisible characters mapped away."""
    text = _INVISIBLE.sub("", text.translate(_LOOKALIKES))
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, mark-free form for matching; same length as NFC Vietnamese input."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped.translate(_FOLD)).lower()


def fold_key(text: str) -> str:
    """fold() plus dash unification and collapsed whitespace: a key for comparing names."""
    return " ".join(fold(nfc(text)).translate(_DASHES).split())


_TONES = "\u0300\u0301\u0303\u0309\u0323"
_END = r"(?![^\W\d_]|[\u0300-\u036f])"
_OLD_STYLE = re.compile(
    rf"(?<![qQ])([oO])([aAeE])([{_TONES}]){_END}|(?<![qQ])([uU])([yY])([{_TONES}]){_END}"
)


def canonical_tone(text: str) -> str:
    """Move old-style tone marks to the new style: oà→òa, oẻ→ỏe, uỷ→ủy (hoàng, quý unchanged)."""

    def swap(m: re.Match[str]) -> str:
        if m[1]:
            return m[1] + m[3] + m[2]
        return m[4] + m[6] + m[5]

    return unicodedata.normalize("NFC", _OLD_STYLE.sub(swap, unicodedata.normalize("NFD", text)))


# Old-style placement needs o/u before a toned a/e/y; without such a pair nothing moves.
_OLD_STYLE_HINT = re.compile("[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]")


@functools.lru_cache(maxsize=4096)
def match_form(text: str) -> str:
    """New-style tones, lower case, same length as `text`: the form every rule regex runs on.

    Offsets found in the match form index the original text, so names are cut from the text as
    written while rules stay case- and tone-placement-insensitive.
    """
    toned = canonical_tone(text) if _OLD_STYLE_HINT.search(text) else text
    lowered = toned.lower()
    if len(lowered) == len(text):
        return lowered
    # A decomposed or exotic input changed length: fall back to a per-character lower case.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_WORD = re.compile(r"[^\W_]+")


def search_key(text: str) -> str:
    """Folded words joined by single spaces and padded with one space on each side, so a
    phrase is found with a plain substring test on word boundaries: " so hoa " is in
    " day manh so hoa ho so " but not in " ho so hoan thanh "."""
    words = _WORD.findall(fold(nfc(text)))
    return f" {' '.join(words)} " if words else ""
