"""A numbered body heading and its first sentence run together in one paragraph, put back on two
lines: "2. UBND xã Bình An. Thu hồi số tiền …" is "2. UBND xã Bình An." then "Thu hồi số tiền …".

A plain-text rendition writes the body's name on the item's line and the work on the next; a Word
file built from it (or a paste) joins the two with a space, so the body's name reads as the
subject of nothing and the item's work loses its lead."""

from __future__ import annotations

import re

from notices.lexicon import ACTION_WORDS
from notices.name_kinds import HEAD_RX
from notices.text import match_form

# "5. Trung tâm Phát triển quỹ đất. Tập hợp, …": the name ends at the first full stop that a
# capitalised word follows; the name has no stop, colon or semicolon of its own.
_NAMED_ITEM = re.compile(
    r"^(?P<marker>(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)])\s+(?P<name>[^.:;]{3,90}?)\.\s+"
    r"(?P<rest>[A-ZĐÀ-Ỹ][^\W\d_]*\s.*)$"
)
_ACTION_START = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(ACTION_WORDS, key=len, reverse=True)) + r")[ ,]"
)
_LOWER_ACTION = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(re.escape(w) for w in sorted(ACTION_WORDS, key=len, reverse=True))
    + r")(?![^\W_])"
)
# words written with a stop inside a name, whatever their case: "Tp. Rạch Giá", "Tx. Kiên
# Lương", "ThS. Lê Văn Bình", "P. Vĩnh Lạc"
_ABBREVIATIONS = frozenset(
    ("tp", "tx", "tt", "ths", "ts", "bs", "ks", "gs", "pgs", "ncs", "cn", "q", "p", "h", "x", "st")
)
# enough words after the stop to be a sentence of work, not the rest of a title
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){4}")


def split_named_heading(paragraph: str) -> list[str] | None:
    """["2. UBND xã Bình An.", "Thu hồi …"] when the paragraph opens with a numbered body name
    closed by a full stop and a sentence follows; None otherwise."""
    from notices.name_lines import only_names

    m = _NAMED_ITEM.match(paragraph)
    if m is None or not _SENTENCE.match(m["rest"]):
        return None
    name = m["name"].strip()
    if not HEAD_RX.match(match_form(name)) or not only_names(name):
        return None
    last = name.split()[-1]
    if (last.isupper() and len(last) <= 3) or last.lower() in _ABBREVIATIONS:
        return None  # "Ủy ban nhân dân TP. Hồ Chí Minh …", "UBND Tp. Rạch Giá …": an abbreviation
    rest = m["rest"]
    if HEAD_RX.match(match_form(rest)):
        return None  # "1. Sở Y tế. Sở Tài chính, …": names, not a heading and its work
    # the sentence either opens with the work ("Thu hồi …", "Đề nghị …") or follows a heading
    # that is a name in every word ("UBND xã Bình An.") or has no work word in lower case
    # ("Trung tâm Phát triển quỹ đất."; not "Sở Y tế kiểm tra các cơ sở.")
    if not (
        _ACTION_START.match(rest.lower())
        or only_names(f"{name}.")
        or not _LOWER_ACTION.search(name)
    ):
        return None
    return [f"{m['marker']} {name}.", rest]
