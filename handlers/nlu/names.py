"""The org's names indexed once per org revision, and the unit or person a phrase names."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from handlers.domain import Official, Unit, UnitKind
from handlers.nlu.aliases import (
    Alias,
    forget_aliases,
    handle_key,
    office_aliases,
    person_aliases,
    unit_aliases,
)
from handlers.nlu.entities import find_names
from handlers.nlu.model import NameMatch
from handlers.nlu.name_tables import Entities, Handles, NameSide
from handlers.nlu.normalize import name_key
from handlers.official_table import OfficialTable


class NameIndex:
    """Built once per org revision and reused for every message."""

    def __init__(self, units: NameSide, people: NameSide, titles: NameSide) -> None:
        self.units = units
        self.people = people
        self.titles = titles

    @classmethod
    def build(
        cls, units: Sequence[Unit], officials: Sequence[Official] | OfficialTable
    ) -> NameIndex:
        if isinstance(officials, OfficialTable):  # each Official made while it is indexed
            officials = officials.as_sequence()
        places = Entities()
        unit_side = NameSide(
            places,
            (
                (
                    places.add(u.id, u.name, u.kind is not UnitKind.LEGACY),
                    unit_aliases(u.name, u.aliases),
                )
                for u in units
            ),
        )
        # An office held at several levels ("chủ tịch") names the one highest in the tree.
        parents: dict[int, int | None] = {u.id: u.parent_id for u in units}
        depths: dict[int, int] = {}
        # One row per official, read by both sides; each distinct title folded once.
        people = Entities()
        for o in officials:
            people.add(
                o.id, o.name, o.active, name_key(o.title), _depth(o.unit_id, parents, depths)
            )
        person_side = NameSide(
            people, ((row, person_aliases(o.name)) for row, o in enumerate(officials))
        )
        handles, shared = handle_rows([o.handle for o in officials])
        titles = NameSide(
            people,
            (
                (row, shared.get(row, ()) + office_aliases(o.title))
                for row, o in enumerate(officials)
            ),
            handles,
        )
        forget_aliases()  # what a national org repeats is remembered for one build only
        return cls(unit_side, person_side, titles)

    def detach(self) -> None:
        """Drop what `attach` can take back from the rows themselves (names, handles): an index
        built in another process then costs no second copy of those strings here."""
        self.units.entities.names = []
        self.people.entities.names = []  # the titles side reads the same rows
        self.titles.handles = Handles()

    def attach(self, units: Sequence[Unit], officials: Sequence[Official] | OfficialTable) -> None:
        """Point a detached index at the rows it was built from (the same, in the same order);
        from a table's columns, no official is made."""
        self.units.entities.names = [u.name for u in units]
        # Both people's sides read one table of rows (`build`); pickled side by side, each
        # came back with its own copy (~5 MB at national scale): one again.
        if self.titles.entities.ids == self.people.entities.ids:
            self.titles.entities = self.people.entities
        if isinstance(officials, OfficialTable):
            self.people.entities.names = officials.names()
            handles: Sequence[str] = officials.handles()
        else:
            self.people.entities.names = [o.name for o in officials]
            handles = [o.handle for o in officials]
        self.titles.handles = Handles(handle_rows(handles)[0])

    def match_unit(self, text: str) -> NameMatch | None:
        """The unit a phrase names ("fong noi vu", "xa doan bay"), or the phrase if none."""
        return find_names(text, self).unit

    def match_person(self, text: str) -> NameMatch | None:
        """The official a phrase names ("anh Nghị", "PCT Nghị"), or the phrase if none."""
        return find_names(text, self).person


@cache
def no_names() -> NameIndex:
    """The index of no names: a question read with it is read as with no org."""
    return NameIndex(NameSide(Entities(), ()), NameSide(Entities(), ()), NameSide(Entities(), ()))


def handle_rows(
    officials_handles: Sequence[str],
) -> tuple[dict[str, int], dict[int, tuple[Alias, ...]]]:
    """Folded handle → row for "@lan" (the officials' handles, by row); and the rows whose
    handle another official folds alike, with the alias they share (then "@lan" names
    neither)."""
    handles: dict[str, int] = {}
    shared: dict[int, tuple[Alias, ...]] = {}
    for row, handle in enumerate(officials_handles):
        if not handle:
            continue
        key = handle_key(handle)
        if key in handles:
            shared[row] = shared[handles[key]] = (Alias("@ " + key, False, 0, True),)
        handles[key] = row
    for row in shared:
        handles.pop(handle_key(officials_handles[row]), None)
    return handles, shared


def _depth(unit_id: int, parents: dict[int, int | None], known: dict[int, int]) -> int:
    if unit_id in known:
        return known[unit_id]
    known[unit_id] = _climb(unit_id, parents)
    return known[unit_id]


def _climb(unit_id: int, parents: dict[int, int | None]) -> int:
    depth, seen = 0, set()
    current: int | None = unit_id
    while current is not None and current not in seen:
        seen.add(current)
        current = parents.get(current)
        depth += 1
    return depth
