"""The org's officials held as columns, each `Official` made when it is asked for.

A national org has 100,000 officials. As objects in a dict (the object, its id int, the dict's
entry) they took ~15 MB of `nhacviec run`'s memory for the process's life; as columns (ids and
unit ids in arrays, each name, title and role set held once and pointed at by number) a few MB.
An `Official` read out is equal to the one put in (same fields), not the same object."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence, ValuesView
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import overload

from handlers.domain import Official, OfficialId, Role, UnitId


@dataclass(frozen=True, slots=True)
class Handles(Sequence[str]):
    """Every official's handle in one string, and where each starts in it (100,000 handles as
    strings of their own take ~5 MB; so, ~1.5 MB)."""

    text: str
    starts: array[int]

    @classmethod
    def of(cls, handles: Iterable[str]) -> Handles:
        handles = list(handles)
        return cls("".join(handles), array("I", accumulate(map(len, handles), initial=0)))

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __iter__(self) -> Iterator[str]:
        text = self.text
        return (text[start:end] for start, end in pairwise(self.starts))

    @overload
    def __getitem__(self, row: int) -> str: ...
    @overload
    def __getitem__(self, row: slice) -> Sequence[str]: ...
    def __getitem__(self, row: int | slice) -> str | Sequence[str]:
        if isinstance(row, slice):
            return [self[r] for r in range(len(self))[row]]
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        return self.text[self.starts[row] : self.starts[row + 1]]


class OfficialTable(Mapping[OfficialId, Official]):
    """A read-only mapping of id → official, in the order the officials came (a later official
    of the same id replaces the earlier one in its place, as in a dict)."""

    __slots__ = (
        "_active",
        "_handles",
        "_ids",
        "_names",
        "_positions",
        "_role_of",
        "_role_sets",
        "_title_of",
        "_titles",
        "_units",
    )

    def __init__(self, officials: Iterable[Official]) -> None:
        given = officials if isinstance(officials, list) else list(officials)
        if not all(a.id < b.id for a, b in pairwise(given)):
            given = list({o.id: o for o in given}.values())  # a later official replaces
        self._fill(
            [o.id for o in given],
            Handles.of(o.handle for o in given),
            [o.name for o in given],
            [o.unit_id for o in given],
            [o.roles for o in given],
            [o.title for o in given],
            [o.active for o in given],
        )

    @classmethod
    def from_columns(
        cls,
        ids: Sequence[int],
        handles: Handles,
        names: Sequence[str],
        unit_ids: Sequence[int],
        roles: Sequence[frozenset[Role]],
        titles: Sequence[str],
        active: Sequence[bool] | bytes,
    ) -> OfficialTable:
        """From `columns()` of a table (the saved name index): no `Official` made."""
        table = cls.__new__(cls)
        table._fill(ids, handles, names, unit_ids, roles, titles, active)
        return table

    def columns(
        self,
    ) -> tuple[
        array[int], Handles, list[str], array[int], list[frozenset[Role]], list[str], bytes
    ]:
        """Column by column, each name, title and role set the one object it is here."""
        return (
            self._ids,
            self._handles,
            self._names,
            self._units,
            [self._role_sets[n] for n in self._role_of],
            [self._titles[n] for n in self._title_of],
            bytes(self._active),
        )

    def _fill(
        self,
        ids: Sequence[int],
        handles: Handles,
        names: Sequence[str],
        unit_ids: Sequence[int],
        roles: Sequence[frozenset[Role]],
        titles: Sequence[str],
        active: Sequence[bool] | bytes,
    ) -> None:
        if (
            not len(ids)
            == len(handles)
            == len(names)
            == len(unit_ids)
            == len(roles)
            == len(titles)
            == len(active)
        ):
            raise ValueError("the columns of a table of officials differ in length")
        increasing = all(a < b for a, b in pairwise(ids))
        self._positions: dict[int, int] | None = (
            None if increasing else {id_: row for row, id_ in enumerate(ids)}
        )
        if self._positions is not None and len(self._positions) != len(ids):
            raise ValueError("two officials of one id in the columns")
        self._ids = array("q", ids)
        self._units = array("q", unit_ids)
        self._handles = handles
        self._names = list(names)
        self._active = bytearray(active)
        # Each distinct role set and title once, numbered in first-seen order (dict order).
        self._role_sets = tuple(dict.fromkeys(roles))
        self._titles = tuple(dict.fromkeys(titles))
        role_number = {r: n for n, r in enumerate(self._role_sets)}
        title_number = {t: n for n, t in enumerate(self._titles)}
        self._role_of = array("H", map(role_number.__getitem__, roles))
        self._title_of = array("I", map(title_number.__getitem__, titles))

    def _row(self, official_id: object) -> int | None:
        if not isinstance(official_id, int):
            return None
        if self._positions is not None:
            return self._positions.get(official_id)
        row = bisect_left(self._ids, official_id)
        return row if row < len(self._ids) and self._ids[row] == official_id else None

    def at(self, row: int) -> Official:
        return Official(
            OfficialId(self._ids[row]),
            self._handles[row],
            self._names[row],
            UnitId(self._units[row]),
            self._role_sets[self._role_of[row]],
            self._titles[self._title_of[row]],
            bool(self._active[row]),
        )

    def __getitem__(self, official_id: OfficialId) -> Official:
        row = self._row(official_id)
        if row is None:
            raise KeyError(official_id)
        return self.at(row)

    def get(self, official_id: OfficialId, default: Official | None = None) -> Official | None:  # type: ignore[override]
        row = self._row(official_id)
        return default if row is None else self.at(row)

    def __contains__(self, official_id: object) -> bool:
        return self._row(official_id) is not None

    def __iter__(self) -> Iterator[OfficialId]:
        return (OfficialId(i) for i in self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def values(self) -> ValuesView[Official]:
        return _Values(self)

    def names(self) -> list[str]:
        """Each official's name by row (the strings the table holds)."""
        return list(self._names)

    def handles(self) -> Handles:
        return self._handles

    def as_sequence(self) -> Sequence[Official]:
        """The officials by row, each made when read (and dropped after, if not kept)."""
        return _Rows(self)

    def rows(self) -> range:
        return range(len(self._ids))

    def active(self, row: int) -> bool:
        return bool(self._active[row])

    def unit_of(self, row: int) -> UnitId:
        return UnitId(self._units[row])

    def roles_of(self, row: int) -> frozenset[Role]:
        return self._role_sets[self._role_of[row]]

    def id_of(self, row: int) -> OfficialId:
        return OfficialId(self._ids[row])

    def active_rows(self, *roles: Role) -> list[int]:
        """Rows of the active officials holding any of `roles` (every active row when none are
        given), read from the columns: no `Official` is made for a row that does not match."""
        wanted = bytes(not roles or any(r in held for r in roles) for held in self._role_sets)
        role_of, active = self._role_of, self._active
        return [row for row in range(len(role_of)) if active[row] and wanted[role_of[row]]]

    def active_with(self, *roles: Role) -> list[Official]:
        """The active officials holding any of `roles`, in row order."""
        return [self.at(row) for row in self.active_rows(*roles)]


class _Values(ValuesView[Official]):
    """Row by row: no id looked up again for each official."""

    _mapping: OfficialTable

    def __iter__(self) -> Iterator[Official]:
        table = self._mapping
        return (table.at(row) for row in table.rows())


class _Rows(Sequence[Official]):
    __slots__ = ("_table",)

    def __init__(self, table: OfficialTable) -> None:
        self._table = table

    def __len__(self) -> int:
        return len(self._table)

    @overload
    def __getitem__(self, row: int) -> Official: ...
    @overload
    def __getitem__(self, row: slice) -> Sequence[Official]: ...
    def __getitem__(self, row: int | slice) -> Official | Sequence[Official]:
        if isinstance(row, slice):
            return [self._table.at(r) for r in range(len(self._table))[row]]
        if row < 0:
            row += len(self._table)
        if not 0 <= row < len(self._table):
            raise IndexError(row)
        return self._table.at(row)
