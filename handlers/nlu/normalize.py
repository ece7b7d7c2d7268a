"""A message as folded tokens ("viec qua han") that still point at the user's own characters."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from handlers.nlu.cues import VOCABULARY
from handlers.nlu.lexicon import STOP_PHRASES, TIME_WORDS
from notices.text import fold, nfc

# Questions are short; a 10,000-character paste is only read this far for meaning.
HEAD_CHARS = 300

_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2012": "-"})
_WORD_CHARS = frozenset("/#@_%")  # "45%" is one word, never task 45

# Words typed glued, mostly the slash commands without their slash ("quahan", "/tuannay").
GLUED = {
    "quahan": "qua han",
    "denhan": "den han",
    "sapdenhan": "sap den han",
    "tuannay": "tuan nay",
    "tuansau": "tuan sau",
    "homnay": "hom nay",
    "hnay": "hom nay",
    "hqua": "hom qua",
    "ngaymai": "ngay mai",
    "thangnay": "thang nay",
    "thangsau": "thang sau",
    "quynay": "quy nay",
    "namnay": "nam nay",
    "thongke": "thong ke",
    "chitiet": "chi tiet",
    "giahan": "gia han",
    "tralai": "tra lai",
    "tuchoi": "tu choi",
    "xacnhan": "xac nhan",
    "molai": "mo lai",
    "cuatoi": "cua toi",
    "timkiem": "tim kiem",
    "xemthem": "xem them",
    "danhsach": "danh sach",
    "trogiup": "tro giup",
    "huongdan": "huong dan",
}

# Phone shorthand and the one typo seen in every sample log: "qua hna", "vc", "ko", "j".
_SHORTHAND = {
    "hna": "han",
    "vc": "viec",
    "nvu": "nhiem vu",
    "ko": "khong",
    "k": "khong",
    "kg": "khong",
    "khg": "khong",
    "hok": "khong",
    "j": "gi",
    "bnhieu": "bao nhieu",
    "ntn": "nhu the nao",
    "bn": "bao nhieu",
    "r": "roi",
    "vs": "voi",
    "e": "em",
    "trc": "truoc",
    "ng": "nguoi",
    "ak": "a",
    "ah": "a",
    "oke": "ok",
    "okie": "ok",
    "okela": "ok",
}

# Telex residue ("quas hanj", "vieecj", "ddeens"): a folded Vietnamese syllable never ends in
# s/f/r/x/j after a vowel, never starts with "dd" and never doubles a/e/o or uses "w".
_TELEX_TONE = re.compile(
    r"^([a-z]*[aeiouy][a-z]*?)[sfrxj]$|^([a-z]*[aeiouy])[sfrxj](c|ch|m|n|ng|nh|p|t)$"
)
_TELEX_PAIRS = (
    ("aa", "a"),
    ("aw", "a"),
    ("ee", "e"),
    ("oo", "o"),
    ("ow", "o"),
    ("uw", "u"),
)
_VOWELS = frozenset("aeiouy")
MAX_SYLLABLE = 10  # "nghieengs" + a Telex key or two; longer words are not syllables
# A command word glued to its number: "xong12", "duyet12", "trang2", "tc7.3.1".
_GLUED_NUMBER = re.compile(
    r"(xong|xem|duyet|done|chitiet|tralai|giahan|molai|trang|tc|so|nv|viec|vc|cv)"
    r"(#?\d+(?:\.\d+)*)",
    re.ASCII,
)
# English words officials type, which Telex decoding must leave alone ("search" is not "seach").
_ENGLISH = frozenset(
    {"search", "next", "more", "list", "file", "excel", "word", "deadline", "task", "update",
     "check", "report", "help", "menu", "start", "done", "delete", "remove", "cancel", "thanks",
     "thank", "hello", "okay", "export", "send", "edit", "undo", "finish", "code", "import"}
)  # fmt: skip
# The shape of a folded Vietnamese syllable: an initial, a vowel cluster, a final. A word of
# letters that has not this shape is a typo ("xog", "thogn", "nya", "xongg", "dyet").
_SYLLABLE = re.compile(
    r"^(?P<i>ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
    r"(?P<v>uyeu|uoi|uou|uya|uye|uyu|oai|oay|oeo|ieu|yeu|uay|uai|ai|ao|au|ay|eo|eu|ia|ie|iu|oa"
    r"|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])(?P<f>ch|ng|nh|[cmnpt])?$"
)
_LETTERS = "abcdefghiklmnopqrstuvxy"


@dataclass(frozen=True, slots=True)
class Token:
    """One normalised word; `start`/`end` index the user's NFC text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Canon:
    raw: str  # the first HEAD_CHARS of the message, NFC: what tokens point into
    rest: str  # the remainder as received, normalised only if a note needs it
    text: str  # the tokens joined by single spaces: what every rule reads
    tokens: tuple[Token, ...]
    offsets: tuple[int, ...]  # where each token starts in `text`
    all_caps: bool  # "VIEC QUA HAN": capitals say nothing about names
    cased: bool  # capitals after the first word ("việc của anh Tuấn"), so they mean names

    def token_at(self, pos: int) -> int:
        """Index of the token covering `text[pos]`."""
        return max(bisect_right(self.offsets, pos) - 1, 0)

    def index_from(self, pos: int) -> int:
        """Index of the first token starting at or after `text[pos]` (len(tokens) if none)."""
        return bisect_left(self.offsets, pos)

    def raw_from(self, pos: int) -> str:
        """The user's text from the first token starting at or after `pos`, to the end."""
        i = self.index_from(pos)
        start = self.tokens[i].start if i < len(self.tokens) else len(self.raw)
        return nfc(self.raw[start:] + self.rest) if self.rest else self.raw[start:]

    def raw_span(self, first: int, last: int) -> str:
        """The user's characters for tokens first..last inclusive."""
        return self.raw[self.tokens[first].start : self.tokens[last].end]

    def raw_word(self, i: int) -> str:
        token = self.tokens[i]
        return self.raw[token.start : token.end]

    def capitalised(self, i: int) -> bool:
        """True when the user wrote this word with a capital, and that means something."""
        word = self.raw_word(i)
        return not self.all_caps and i > 0 and word[:1].isupper()


def canonicalize(text: str) -> Canon:
    head = nfc(text[:HEAD_CHARS])
    folded = fold(head)
    if len(folded) != len(head):  # a letter outside Vietnamese folded to 0 or 2 characters
        folded = "".join(_fold_char(c) for c in head)
    folded = folded.translate(_DASHES)
    letters = [c for c in head if c.isalpha()]
    all_caps = bool(letters) and not any(c.islower() for c in letters)
    tokens: list[Token] = []
    for start, end in _pieces(folded):
        word = folded[start:end]
        # A capitalised word in a message that is not all capitals is an acronym ("DDCI").
        acronym = not all_caps and len(word) > 1 and head[start:end].isupper()
        for part in _normalise_word(word, first=not tokens, acronym=acronym):
            tokens.append(Token(part, start, end))
    offsets, pos = [], 0
    for token in tokens:
        offsets.append(pos)
        pos += len(token.text) + 1
    later = head[tokens[1].start :] if len(tokens) > 1 else ""
    cased = not all_caps and any(c.isupper() for c in later)
    rest = text[HEAD_CHARS:]
    joined = " ".join(t.text for t in tokens)
    return Canon(head, rest, joined, tuple(tokens), tuple(offsets), all_caps, cased)


@functools.lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The token form used for names, so an org name and a question fold alike. Remembered:
    100,000 officials hold some 15,000 distinct titles and 18,000 distinct names."""
    return canonicalize(text).text


def _fold_char(c: str) -> str:
    folded = fold(c)
    return folded if len(folded) == 1 else c


def _pieces(folded: str) -> list[tuple[int, int]]:
    """Word spans: letters, digits, "/#@_%", "." or "-" between digits ("7.3.1", "30-11-2023").

    "&" is a word of its own ("VH&TT" → "vh va tt"); other punctuation separates.
    """
    spans: list[tuple[int, int]] = []
    start = -1
    n = len(folded)
    for i, c in enumerate(folded):
        inside = c.isalnum() or c in _WORD_CHARS
        if not inside and c in ".-" and 0 < i < n - 1:
            inside = folded[i - 1].isdigit() and folded[i + 1].isdigit()
            # A document's symbol is one word: "45/BC-UBND", never a unit "UBND".
            inside = inside or (
                c == "-" and start >= 0 and "/" in folded[start:i] and folded[i + 1].isalnum()
            )
        if inside:
            if start < 0:
                start = i
            continue
        if start >= 0:
            spans.append((start, i))
            start = -1
        if c == "&":
            spans.append((i, i + 1))
    if start >= 0:
        spans.append((start, n))
    return spans


def _normalise_word(word: str, *, first: bool, acronym: bool = False) -> list[str]:
    if word == "&":
        return ["va"]
    if word.startswith("/"):
        if first:  # "/xong@nhacviec_bot" → "/xong"
            return [word.split("@", 1)[0]]
        return [word] if any(c.isalnum() for c in word) else []
    if not any(c.isalnum() for c in word):
        return []
    if word.startswith("@") and len(word) > 1:  # "@lan": a mention, read as "@ lan"
        return ["@", *_normalise_word(word[1:], first=False)]
    if not (word.isascii() and word.isalpha()):
        glued = _GLUED_NUMBER.fullmatch(word)
        if glued:
            return [*GLUED.get(glued[1], glued[1]).split(), glued[2]]
        return [word]  # dates, ids, criteria, "d/c", "abcd2345"
    if word in _ENGLISH or acronym:  # "DDCI", "PCI" are written as meant
        word = _SHORTHAND.get(word, word)
        return GLUED.get(word, word).split()
    word = _detelex(word)
    if word.startswith("f"):  # "fong" for "phòng": Vietnamese has no f
        word = "ph" + word[1:]
    word = _SHORTHAND.get(word, word)
    if word not in GLUED:
        word = corrected(word)
    return GLUED.get(word, word).split()


def is_syllable(word: str) -> bool:
    m = _SYLLABLE.match(word)
    if m is None:
        return False
    # "y" opens a longer vowel cluster only with no initial ("yêu") or after "qu" ("quyết").
    return not (m["v"][0] == "y" and len(m["v"]) > 1 and m["i"] not in (None, "qu"))


@functools.cache
def _vocabulary() -> frozenset[str]:
    """The words the rules read: a typo is mended only into one of these."""
    phrases = (*GLUED.values(), *_SHORTHAND.values(), *STOP_PHRASES, TIME_WORDS)
    return VOCABULARY | frozenset(w for p in phrases for w in p.split() if len(w) > 1)


def corrected(word: str) -> str:
    """One slip mended: a doubled, missing, extra, swapped or wrong letter ("xongg", "xog",
    "thogn", "nya", "dyet"), when the word is no Vietnamese syllable and exactly one word the
    rules read is one such edit away. Acronyms ("ubnd", "tckh") are no syllables either, and
    stay as typed when no single edit makes a rule word of them."""
    if not 3 <= len(word) <= MAX_SYLLABLE or not word.isalpha() or is_syllable(word):
        return word
    if not _VOWELS.intersection(word):
        return word  # "hdnd", "tckh": acronyms have no vowel and are no typos
    vocabulary = _vocabulary()
    if word in vocabulary:
        return word
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    # A letter lost, doubled or swapped is likelier than one struck wrong: tried first.
    for edits in (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b for a, b in splits for c in _LETTERS},
        {a + c + b[1:] for a, b in splits if b for c in _LETTERS},
    ):
        # The first letter is seldom the slip ("abc" is not "bac").
        found = {w for w in edits & vocabulary if w[0] == word[0]}
        if len(found) == 1:
            return found.pop()
        if found:
            return word
    return word


def _detelex(word: str) -> str:
    if not 3 <= len(word) <= MAX_SYLLABLE or not _VOWELS.intersection(word):
        return word  # "tckh", "ubnd": acronyms are left alone; so is a 300-letter "word"
    m = _TELEX_TONE.match(word)
    if m:
        word = m[1] if m[1] is not None else m[2] + (m[3] or "")
    if word.startswith("dd"):
        word = word[1:]
    for pair, single in _TELEX_PAIRS:
        word = word.replace(pair, single)
    return word
