"""Lookup tables of one kind of name (units or people): exact aliases, word pairs, typos.

Compact, since a national org has 625,000 (alias, named thing) pairs: the named things are
columns (`Entities`), and each pair is one 32-bit code in an array (the row of the thing and the
alias's flags), the codes of one alias key lying next to each other. The key is the dict key."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, combinations
from typing import overload
from zlib import crc32

from handlers.nlu.aliases import Alias, is_acronym
from handlers.nlu.lexicon import HEAD_NOUNS
from handlers.nlu.normalize import MAX_SYLLABLE

# Two words shared by more names than this ("hành chính" in every commune's service centre)
# do not narrow the search; another pair of the same name ("tân hòa") does.
PAIR_CAP = 64
NO_CODES: Sequence[int] = ()

# A code: the row << 4 | rank << 2 | weak << 1 | exact.
_EXACT, _WEAK, _RANK_SHIFT, _ROW_SHIFT = 1, 2, 2, 4
_MAX_ROWS = 1 << (32 - _ROW_SHIFT)


def code_row(code: int) -> int:
    return code >> _ROW_SHIFT


def code_rank(code: int) -> int:
    return (code >> _RANK_SHIFT) & 3


def code_weak(code: int) -> bool:
    return bool(code & _WEAK)


def _code(row: int, alias: Alias) -> int:
    return row << _ROW_SHIFT | alias.rank << _RANK_SHIFT | alias.weak << 1 | alias.exact


@dataclass(frozen=True, slots=True)
class Entity:
    """One row of `Entities`, read out (tests, tools)."""

    id: int
    name: str
    preferred: bool  # a current unit / an active official wins a tie with a legacy one
    title: str = ""  # folded, officials only: "pho chu tich ubnd huyen"
    depth: int = 0  # officials: how deep their unit sits in the tree (the top is 1)


@dataclass(frozen=True, slots=True)
class Entry:
    """One (alias, entity) pair, read out of its code (tests, tools)."""

    alias: Alias
    entity: Entity


class Entities:
    """The units, or the officials, a side names: one row each, held as columns. Names and
    titles are the strings the rows came with (titles folded and shared)."""

    __slots__ = ("depths", "ids", "names", "preferred", "titles")

    def __init__(self) -> None:
        self.ids = array("q")
        self.names: list[str] = []
        self.preferred = bytearray()
        self.titles: list[str] = []
        self.depths = array("H")

    def add(self, id_: int, name: str, preferred: bool, title: str = "", depth: int = 0) -> int:
        row = len(self.names)
        if row >= _MAX_ROWS:
            raise ValueError(f"a name index holds at most {_MAX_ROWS} units or officials")
        self.ids.append(id_)
        self.names.append(name)
        self.preferred.append(preferred)
        self.titles.append(title)
        self.depths.append(min(depth, 0xFFFF))
        return row

    def __len__(self) -> int:
        return len(self.names)

    def entity(self, row: int) -> Entity:
        return Entity(
            self.ids[row],
            self.names[row],
            bool(self.preferred[row]),
            self.titles[row],
            self.depths[row],
        )


class Handles:
    """Folded chat handle → row, as a sorted list searched by halves: 100,000 handles take
    1.2 MB here, against 6.5 MB as a dict with an int per row. Asked only after an "@"."""

    __slots__ = ("_keys", "_rows")

    def __init__(self, rows: dict[str, int] | None = None) -> None:
        pairs = sorted((rows or {}).items())
        self._keys = [key for key, _ in pairs]
        self._rows = array("I", (row for _, row in pairs))

    def get(self, key: str) -> int | None:
        at = bisect_left(self._keys, key)
        return self._rows[at] if at < len(self._keys) and self._keys[at] == key else None

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class Keys:
    """Alias key → its number (0 … n-1), without a str and a dict entry per key: the keys'
    UTF-8 in one bytes object, ordered by a stable 32-bit hash (crc32); a lookup bisects the
    hashes and compares the keys of that hash. 100,000 unit keys take ~4 MB here, against
    ~15 MB as a dict of strings; a key's number is its place in that order."""

    __slots__ = ("_blob", "_hashes", "_starts")

    def __init__(self, keys: Iterable[str]) -> None:
        encoded = sorted((crc32(data), data) for data in (k.encode() for k in keys))
        self._hashes = array("I", (h for h, _ in encoded))
        self._starts = array("I", accumulate((len(d) for _, d in encoded), initial=0))
        self._blob = b"".join(d for _, d in encoded)

    @staticmethod
    def order(keys: Iterable[str]) -> list[int]:
        """The number `Keys(keys)` gives each key, in the keys' order (all distinct)."""
        encoded = [k.encode() for k in keys]
        ranked = sorted(range(len(encoded)), key=lambda n: (crc32(encoded[n]), encoded[n]))
        numbers = [0] * len(ranked)
        for number, n in enumerate(ranked):
            numbers[n] = number
        return numbers

    def get(self, key: str) -> int | None:
        data = key.encode()
        wanted = crc32(data)
        hashes, starts, blob = self._hashes, self._starts, self._blob
        at = bisect_left(hashes, wanted)
        while at < len(hashes) and hashes[at] == wanted:
            if blob[starts[at] : starts[at + 1]] == data:
                return at
            at += 1
        return None

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def key(self, number: int) -> str:
        return self._blob[self._starts[number] : self._starts[number + 1]].decode()

    def __iter__(self) -> Iterator[str]:
        blob, starts = self._blob, self._starts
        for at in range(len(self._hashes)):
            yield blob[starts[at] : starts[at + 1]].decode()

    def __len__(self) -> int:
        return len(self._hashes)


class KeyList(Sequence[str]):
    """Some of a `Keys`' keys, in an order of their own, held by number: the fuzzy pass's
    ~100,000 unit and person keys at national scale as 4 bytes each, not a string each."""

    __slots__ = ("_keys", "_numbers")

    def __init__(self, keys: Keys, numbers: Iterable[int]) -> None:
        self._keys = keys
        self._numbers = array("I", numbers)

    @overload
    def __getitem__(self, at: int) -> str: ...

    @overload
    def __getitem__(self, at: slice) -> Sequence[str]: ...

    def __getitem__(self, at: int | slice) -> str | Sequence[str]:
        if isinstance(at, slice):
            return [self._keys.key(n) for n in self._numbers[at]]
        return self._keys.key(self._numbers[at])

    def __len__(self) -> int:
        return len(self._numbers)


class NameSide:
    """One kind of name (units, people, or offices) and its lookup tables.

    `named`: each row of `entities` with its aliases. `handles`: folded chat handle → row, for
    keys "@ <handle>" held by one official only (100,000 officials have as many handles: no
    alias objects for them); a handle two officials fold alike comes among `named`."""

    def __init__(
        self,
        entities: Entities,
        named: Iterable[tuple[int, Sequence[Alias]]],
        handles: dict[str, int] | None = None,
    ) -> None:
        self.entities = entities
        self.handles = Handles(handles)
        slots: dict[str, int] = {}  # key → its number, in first-seen order
        key_of, codes, fuzzy = array("I"), array("I"), bytearray()
        for row, aliases in named:
            for alias in aliases:
                number = slots.setdefault(alias.key, len(slots))
                if number == len(fuzzy):
                    fuzzy.append(0)
                fuzzy[number] |= _fuzzy(alias)
                key_of.append(number)
                codes.append(_code(row, alias))
        # Keys are numbered as `Keys` holds them; the codes of each key side by side, in the
        # order they came (a counting sort).
        renumber = array("I", Keys.order(slots))
        counts = array("I", bytes(4 * (len(slots) + 1)))
        for number in key_of:
            counts[renumber[number] + 1] += 1
        self._starts = array("I", accumulate(counts))
        place = array("I", self._starts)
        self._codes = array("I", bytes(4 * len(codes)))
        for number, code in zip(key_of, codes, strict=True):
            self._codes[place[renumber[number]]] = code
            place[renumber[number]] += 1
        del key_of, codes, place, counts
        self._keys = Keys(slots)
        # The longest alias starting with each word bounds the phrase lookups in a message.
        self.longest: dict[str, int] = {"@": 2} if self.handles else {}
        for key in slots:
            split = key.split()
            self.longest[split[0]] = max(self.longest.get(split[0], 0), len(split))
        fuzzy_keys = [k for k, n in slots.items() if fuzzy[n]]
        self.fuzzy_keys = KeyList(self._keys, (renumber[n] for n in slots.values() if fuzzy[n]))
        del renumber
        # Every two words of a key, for candidates that share two words with a message; a pair
        # of more than PAIR_CAP keys proposes none, so only its being crowded is kept.
        pairs: dict[tuple[str, str], list[int]] = {}
        words_seen: dict[str, None] = {}  # in first-seen order, as the neighbours are made
        for n, key in enumerate(fuzzy_keys):
            words = set(key.split())
            for pair in combinations(sorted(words), 2):
                pairs.setdefault(pair, []).append(n)
            # A head noun alone ("phòng", "xã") must not make "phòng chuyên môn" ~ "phòng TC-KH".
            for word in words - _HEAD_WORDS:
                words_seen.setdefault(word)
        self.pairs: dict[tuple[str, str], Sequence[int]] = {
            pair: array("I", found) if len(found) <= PAIR_CAP else NO_CODES
            for pair, found in pairs.items()
        }
        del pairs, fuzzy_keys
        self.words = frozenset(words_seen)
        # Symmetric-deletion neighbours: "bay"~"bai", "ngi"~"nghi", "hna"~"han" in O(len).
        self.neighbours: dict[str, set[str]] = {}
        for word in words_seen:
            for variant in _deletions(word):
                self.neighbours.setdefault(variant, set()).add(word)

    def __contains__(self, key: str) -> bool:
        return (key.startswith("@ ") and key[2:] in self.handles) or key in self._keys

    def codes(self, key: str) -> Sequence[int]:
        """The codes of every (alias, entity) pair whose alias is `key`; empty if none."""
        if key.startswith("@ ") and (row := self.handles.get(key[2:])) is not None:
            return (row << _ROW_SHIFT | _EXACT,)  # Alias(key, weak=False, rank=0, exact=True)
        number = self._keys.get(key)
        if number is None:
            return NO_CODES
        return self._codes[self._starts[number] : self._starts[number + 1]]

    def entries(self, key: str) -> list[Entry]:
        """The pairs of `key` read out as objects (tests, tools; the scan reads codes)."""
        return [
            Entry(
                Alias(key, code_weak(c), code_rank(c), bool(c & _EXACT)),
                self.entities.entity(code_row(c)),
            )
            for c in self.codes(key)
        ]

    def alias_keys(self) -> Iterable[str]:
        """Every alias key (handles as "@ <handle>")."""
        yield from self._keys
        for handle in self.handles:
            yield "@ " + handle

    def sizes(self) -> dict[str, int]:
        """How big each table is (bench/national_bench.py)."""
        return {
            "exact_keys": len(self._keys) + len(self.handles),
            "exact_entries": len(self._codes) + len(self.handles),
            "fuzzy_keys": len(self.fuzzy_keys),
            "pair_keys": len(self.pairs),
            "pair_entries": sum(len(v) for v in self.pairs.values()),
            "words": len(self.words),
            "neighbour_keys": len(self.neighbours),
        }

    def similar(self, word: str) -> set[str]:
        """`word` if the index knows it, else the index words one typo away ("ngi" → "nghi")."""
        if word in self.words:
            return {word}
        found: set[str] = set()
        if 3 <= len(word) <= MAX_SYLLABLE:
            for variant in (word, *_deletions(word)):
                found |= self.neighbours.get(variant, set())
        return found


_HEAD_WORDS = frozenset(w for noun in HEAD_NOUNS for w in noun.split())


def _fuzzy(alias: Alias) -> bool:
    """Typos are forgiven in written-out names only: "phong tckh" must be typed as it is."""
    words = alias.key.split()
    return not (alias.exact or alias.weak or any(is_acronym(w) for w in words))


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))] if len(word) >= 3 else []
