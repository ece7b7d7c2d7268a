"""Unit and person phrases in a question: exact aliases, then fuzzy, then the phrase as typed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

from rapidfuzz import fuzz, process

from handlers.nlu.cues import VOCABULARY
from handlers.nlu.lexicon import (
    AMBIGUOUS_UNIT_CUES,
    HONORIFICS,
    STOP_PHRASES,
    STRONG_PERSON_CUES,
    TITLE_CUES,
    UNIT_CUES,
    WEAK_HONORIFICS,
    match_phrase,
    phrases_by_first,
    written_as,
)
from handlers.nlu.model import NameMatch
from handlers.nlu.name_tables import NameSide, code_rank, code_row, code_weak
from handlers.nlu.normalize import Canon, canonicalize

SCORE_CUTOFF = 85
MAX_WORDS = 60  # names sit in the first words of a question
FUZZY_WORDS = 12  # the leftover words one fuzzy pass compares against the aliases

_STOP = phrases_by_first(STOP_PHRASES)
_PLURAL = frozenset({"cac", "nhung", "moi", "toan"})
_UNIT_CUES = phrases_by_first(dict.fromkeys(UNIT_CUES))
_PERSON_CUES = phrases_by_first(STRONG_PERSON_CUES | set(HONORIFICS) | {"cua", "giao"})
# Words after which an uncapitalised word following "anh"/"chị" is someone's name.
_BEFORE_TYPED_NAME = frozenset({"", "cua", "do", "cho", "giao", "voi", "nho", "ban", "hoi"})


class NameTables(Protocol):
    """What the scan reads of a NameIndex: the unit and the person lookup tables."""

    @property
    def units(self) -> NameSide: ...

    @property
    def people(self) -> NameSide: ...

    @property
    def titles(self) -> NameSide: ...


@dataclass(frozen=True, slots=True)
class Hit:
    match: NameMatch
    first: int  # token indices, inclusive
    last: int


@dataclass(frozen=True, slots=True)
class Names:
    unit: NameMatch | None = None
    person: NameMatch | None = None
    unit_span: tuple[int, int] | None = None  # token range, inclusive
    person_span: tuple[int, int] | None = None

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Token ranges that were names."""
        return tuple(s for s in (self.unit_span, self.person_span) if s is not None)

    def resolved_spans(self) -> tuple[tuple[int, int], ...]:
        """Token ranges of names the org has."""
        pairs = ((self.unit, self.unit_span), (self.person, self.person_span))
        return tuple(s for m, s in pairs if m is not None and m.id is not None and s is not None)


def find_names(text: str, index: NameTables | None) -> Names:
    c = canonicalize(text)
    return find_in(c, [False] * len(c.tokens), index)


def find_in(c: Canon, taken: list[bool], index: NameTables | None) -> Names:
    """`taken` marks tokens already read as something else (a period, a criterion)."""
    words = [t.text for t in c.tokens[:MAX_WORDS]]
    taken = taken[: len(words)]
    scan = _Scan(c, words, taken, stop_mask(words))
    # Names the org has first, then offices ("chủ tịch huyện"), then phrases that only look
    # like names, so an office is never read as a unit the org lacks ("huyện trực tiếp").
    unit = scan.known(index.units, person=False) if index else None
    scan.take(unit)
    person = scan.known(index.people, person=True) if index else None
    if person is None and index is not None:
        person = scan.titled(index.titles)
    scan.take(person)
    if unit is None:
        unit = scan.typed(person=False)
        scan.take(unit)
    if person is None:
        person = scan.typed(person=True)
    return Names(
        unit.match if unit else None,
        person.match if person else None,
        (unit.first, unit.last) if unit else None,
        (person.first, person.last) if person else None,
    )


def stop_mask(words: list[str]) -> list[bool]:
    mask = [False] * len(words)
    i = 0
    while i < len(words):
        n = match_phrase(_STOP, words, i)
        mask[i : i + max(n, 1)] = [n > 0] * max(n, 1)
        i += max(n, 1)
    return mask


@dataclass(slots=True)
class _Scan:
    c: Canon
    words: list[str]
    taken: list[bool]
    stop: list[bool]

    def known(self, side: NameSide, *, person: bool) -> Hit | None:
        """A name the org has, written exactly or with a typo."""
        return self._exact(side, person) or self._fuzzy(side)

    def take(self, hit: Hit | None) -> None:
        if hit is not None:
            self.taken[hit.first : hit.last + 1] = [True] * (hit.last + 1 - hit.first)

    def _exact(self, side: NameSide, person: bool) -> Hit | None:
        """The longest alias written exactly; a lone syllable only after a cue ("anh Nghị")."""
        best: tuple[int, int, list[int], int] | None = None
        words, n = self.words, len(self.words)
        for i in range(n):
            longest = side.longest.get(words[i], 0)
            size = 0
            while size < longest and i + size < n and not self.taken[i + size]:
                size += 1
            for length in range(size, 0, -1):
                if best and length < best[0]:
                    break
                codes = side.codes(" ".join(words[i : i + length]))
                if not codes:
                    continue
                cue = self._cue(i, person)
                fit = list(codes) if cue >= 0 else [c for c in codes if not code_weak(c)]
                if not fit:
                    continue  # a lone syllable with no cue: try a shorter alias here
                if best is None or length > best[0]:
                    best = (length, i, fit, cue)
                break
        if best is None:
            return None
        length, i, codes, cue = best
        # "xã Thắng" keeps its head noun; "anh Nghị" is typed "Nghị".
        first = cue if cue >= 0 and not person and code_weak(codes[0]) else i
        title = " ".join(words[cue:i]) if cue >= 0 else ""
        return self._resolve(side, codes, first, i + length - 1, title)

    def titled(self, side: NameSide) -> Hit | None:
        """An official named by office ("chủ tịch huyện", "PCT", "@lan"): the longest title
        written; several holders resolve to the one highest in the tree, else stay as typed."""
        words, n = self.words, len(self.words)
        best: tuple[int, int, str] | None = None
        for i in range(n):
            longest = side.longest.get(words[i], 0)
            for length in range(min(longest, n - i), 0, -1):
                if any(self.taken[i : i + length]):
                    continue
                key = " ".join(words[i : i + length])
                if (best is None or length > best[0]) and key in side:
                    best = (length, i, key)
                    break
        if best is None:
            return None
        length, i, key = best
        depths = side.entities.depths
        rows = [code_row(c) for c in side.codes(key)]
        top = min(depths[r] for r in rows)
        found = _distinct(r for r in rows if depths[r] == top)
        return self._hit(side, found, i, i + length - 1)

    def _fuzzy(self, side: NameSide) -> Hit | None:
        """rapidfuzz over the aliases sharing a (possibly mistyped) word: "xa doan bay"."""
        free = [i for i in range(len(self.words)) if not self.taken[i] and not self.stop[i]]
        free = [i for i in free if self.words[i].isalpha()][:FUZZY_WORDS]
        if not free:
            return None
        text = " ".join(self.words[i] for i in free)
        starts, pos = [], 0
        for i in free:
            starts.append(pos)
            pos += len(self.words[i]) + 1
        # A name mistyped still has its other words right, next to each other: a candidate
        # holds two neighbouring words of the message (one perhaps a typo away: "pham van
        # ngi" ~ "pham van nghi"). Pairs, not single words, keep the candidates few among
        # 100,000 names full of everyday syllables ("hải", "lan", "đang").
        near = [side.similar(self.words[i]) | {self.words[i]} for i in free]
        candidates: set[int] = set()
        for left, right in pairwise(near):
            for a in left:
                for b in right:
                    # a pair of too many names holds none (name_tables.PAIR_CAP)
                    candidates.update(side.pairs.get((a, b) if a < b else (b, a), ()))
        # An alias shorter than the leftover words may sit anywhere in them (partial_ratio); a
        # longer one must match them whole, else "ubnd" would fit "Văn phòng HĐND và UBND".
        keys = [side.fuzzy_keys[k] for k in candidates]
        shorter = [k for k in keys if len(k) <= len(text)]
        longer = [k for k in keys if len(k) > len(text)]
        scored = [
            (score, len(key), key)
            for choices, scorer in ((shorter, fuzz.partial_ratio), (longer, fuzz.ratio))
            for key, score, _ in process.extract(
                text, choices, scorer=scorer, score_cutoff=SCORE_CUTOFF, limit=None
            )
        ]
        if not scored:
            return None
        top = max(scored)
        keys = [key for score, size, key in scored if (score, size) == top[:2]]
        first, last = free[0], free[-1]
        if len(top[2]) <= len(text):
            at = fuzz.partial_ratio_alignment(top[2], text)
            if at is not None:
                pairs = zip(free, starts, strict=True)
                inside = [i for i, s in pairs if at.dest_start <= s < at.dest_end]
                first, last = (inside[0], inside[-1]) if inside else (first, last)
        codes = [c for key in keys for c in side.codes(key)]
        return self._resolve(side, codes, first, last, "")

    def _resolve(self, side: NameSide, codes: list[int], first: int, last: int, cue: str) -> Hit:
        """One entity, or the typed phrase when the name fits several (two "Nghị")."""
        rank = min(code_rank(c) for c in codes)
        found = _distinct(code_row(c) for c in codes if code_rank(c) == rank)
        things = side.entities
        if len(found) > 1 and cue in TITLE_CUES:  # "PCT Nghị": the Nghị who is Phó Chủ tịch
            titled = [r for r in found if TITLE_CUES[cue] in things.titles[r]]
            found = titled or found
        if len(found) > 1:
            found = [r for r in found if things.preferred[r]] or found
        return self._hit(side, found, first, last)

    def _hit(self, side: NameSide, found: list[int], first: int, last: int) -> Hit:
        """The one row found, or the phrase as typed when there are none or several."""
        typed = self.c.raw_span(first, last)
        if len(found) != 1:
            return Hit(NameMatch(typed, None, typed), first, last)
        row = found[0]
        return Hit(NameMatch(side.entities.names[row], side.entities.ids[row], typed), first, last)

    def _cue(self, i: int, person: bool) -> int:
        """Where a cue right before word i starts ("xã", "anh", "PCT", "đ/c"), or -1."""
        table = _PERSON_CUES if person else _UNIT_CUES
        for size in (3, 2, 1):
            start = i - size
            if start < 0 or any(self.taken[start:i]):
                continue
            if match_phrase(table, self.words, start) != size:
                continue
            cue = " ".join(self.words[start:i])
            if " ".join(self.words[start : i + 1]) in STOP_PHRASES:
                return -1  # "chi dao" is "chỉ đạo", not "chị Đạo"
            if self._trusted(cue, start, i, person):
                return start
        return -1

    def _trusted(self, cue: str, start: int, name: int, person: bool) -> bool:
        raw = self.c.raw_word(start)
        if person:
            marked = HONORIFICS.get(cue)
            return marked is None or raw.isascii() or written_as(raw, marked)
        marked_unit = UNIT_CUES.get(cue)
        if marked_unit is None:
            return True
        if cue in AMBIGUOUS_UNIT_CUES:
            telling = written_as(raw, marked_unit) and not marked_unit.isascii()
            capital = (raw.isascii() or written_as(raw, marked_unit)) and raw[:1].isupper()
            return telling or (capital and not self.c.all_caps)
        return raw.isascii() or written_as(raw, marked_unit)

    def typed(self, *, person: bool) -> Hit | None:
        """A name the org does not know, kept as typed: "phòng Kinh tế", "anh Tuấn"."""
        table = _PERSON_CUES if person else _UNIT_CUES
        words, n = self.words, len(self.words)
        for i in range(n):
            size = 0 if self.taken[i] else match_phrase(table, words, i)
            if not size or (person and words[i] in ("cua", "giao")):
                continue
            if i and words[i - 1] in _PLURAL:
                continue  # "các phòng chuyên môn", "các xã": a group, not one unit
            name: list[int] = []
            j = i + size
            while j < n and len(name) < 4 and self._name_word(j, person):
                name.append(j)
                j += 1
            cue = " ".join(words[i : i + size])
            if not name or not self._typed_cue_ok(cue, i, name[0], person):
                continue
            first = name[0] if person else i
            typed = self.c.raw_span(first, name[-1])
            return Hit(NameMatch(typed, None, typed), first, name[-1])
        return None

    def _name_word(self, j: int, person: bool) -> bool:
        if self.taken[j] or self.stop[j] or not self.words[j].isalpha():
            return False
        if person and match_phrase(_PERSON_CUES, self.words, j):
            return False
        # Where the user capitalises names ("anh Tuấn"), an uncapitalised word is not one.
        return not (person and self.c.cased) or self.c.capitalised(j)

    def _typed_cue_ok(self, cue: str, i: int, name: int, person: bool) -> bool:
        if person and cue in WEAK_HONORIFICS:
            return False  # "em xong", "a ơi": only a name the org has follows these
        if person and cue in HONORIFICS:  # "chị Lan", "anh tuan"; not "chi tieu", "co quan"
            if self.c.capitalised(name):
                return True
            # Unwritten capitals: a name only where one is expected ("việc của anh tuấn"),
            # and never a word the rules read ("chờ anh duyệt", "cho anh file báo cáo").
            before = self.words[i - 1] if i else ""
            return (
                written_as(self.c.raw_word(i), HONORIFICS[cue])
                and before in _BEFORE_TYPED_NAME
                and self.words[name] not in VOCABULARY
            )
        return self._trusted(cue, i, name, person)


def _distinct(rows: Iterable[int]) -> list[int]:
    """Each row once, in order (one unit or official is one row)."""
    return list(dict.fromkeys(rows))


def could_name(c: Canon, taken: list[bool]) -> bool:
    """Whether some org's index could find a name among the words not `taken`: a word that is
    no stop phrase (an alias, or a typo of one, may be any such word), or a cue word (a weak
    alias, e.g. a given name that is also a question word, follows one: «của Sáu»)."""
    words = [t.text for t in c.tokens[:MAX_WORDS]]
    stop = stop_mask(words)
    for i in range(len(words)):
        if i < len(taken) and taken[i]:
            continue
        if not stop[i]:
            return True
        if match_phrase(_PERSON_CUES, words, i) or match_phrase(_UNIT_CUES, words, i):
            return True
    return False
