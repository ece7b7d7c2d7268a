"""A bounded per-chat memory (last list, last report, pending import): oldest chat out first."""

from __future__ import annotations

from collections import OrderedDict
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedMemory(OrderedDict[K, V]):
    """Kept in the process only: a restart forgets it, which costs a user one retyped command."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def remember(self, key: K, value: V) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)
