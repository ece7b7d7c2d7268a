"""Lookup tables of one kind of name (units or people): exact aliases, word postings, typos."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from handlers.nlu.aliases import Alias, is_acronym
from handlers.nlu.lexicon import HEAD_NOUNS
from handlers.nlu.normalize import MAX_SYLLABLE


@dataclass(frozen=True, slots=True)
class Entity:
    id: int
    name: str
    preferred: bool  # a current unit / an active official wins a tie with a legacy one
    title: str = ""  # folded, officials only: "pho chu tich ubnd huyen"
    depth: int = 0  # officials: how deep their unit sits in the tree (the top is 1)


@dataclass(frozen=True, slots=True)
class Entry:
    alias: Alias
    entity: Entity


class NameSide:
    """One kind of name (units or people) and its lookup tables."""

    def __init__(self, named: Iterable[tuple[Entity, list[Alias]]]) -> None:
        self.exact: dict[str, list[Entry]] = {}
        for entity, aliases in named:
            for alias in aliases:
                self.exact.setdefault(alias.key, []).append(Entry(alias, entity))
        # The longest alias starting with each word bounds the phrase lookups in a message.
        self.longest: dict[str, int] = {}
        for key in self.exact:
            words = key.split()
            self.longest[words[0]] = max(self.longest.get(words[0], 0), len(words))
        self.fuzzy_keys = [k for k, es in self.exact.items() if any(_fuzzy(e.alias) for e in es)]
        # Every two words of a key, for candidates that share two words with a message.
        self.pairs: dict[tuple[str, str], list[int]] = {}
        for n, key in enumerate(self.fuzzy_keys):
            for pair in combinations(sorted(set(key.split())), 2):
                self.pairs.setdefault(pair, []).append(n)
        self.postings: dict[str, list[int]] = {}
        for n, key in enumerate(self.fuzzy_keys):
            # A head noun alone ("phòng", "xã") must not make "phòng chuyên môn" ~ "phòng TC-KH".
            for word in set(key.split()) - _HEAD_WORDS:
                self.postings.setdefault(word, []).append(n)
        # Symmetric-deletion neighbours: "bay"~"bai", "ngi"~"nghi", "hna"~"han" in O(len).
        self.neighbours: dict[str, set[str]] = {}
        for word in self.postings:
            for variant in _deletions(word):
                self.neighbours.setdefault(variant, set()).add(word)

    def similar(self, word: str) -> set[str]:
        """`word` if the index knows it, else the index words one typo away ("ngi" → "nghi")."""
        if word in self.postings:
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
