"""A digest added up in Python from the batch's per-unit and per-scope parts: per-unit counts
by state, list totals, and each list's first tasks.

A part's counts come as one row per lead unit: the tasks in each UnitStats state (in the
order of `STATES`), then those due this week."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date
from operator import add

from handlers.domain import Task, UnitId
from handlers.ports import TaskPage, UnitStats

STATES = tuple(f.name for f in fields(UnitStats) if f.name != "unit_id")
_OVERDUE = STATES.index("overdue")
_REPORTED = STATES.index("reported")
LISTS = ("overdue", "due", "reported")

Row = tuple[int, ...]  # tasks per state of STATES, then tasks due this week
Counts = dict[int, dict[int, Row]]  # per scope (or lead unit): {lead unit: row}
Firsts = dict[tuple[int, str], list[tuple[date | None, int]]]


def _listing_order(candidate: tuple[date | None, int]) -> tuple[bool, date, int]:
    deadline, task_id = candidate
    return deadline is None, deadline or date.min, task_id


@dataclass(slots=True)
class Part:
    """An official's digest as it is added up: per-unit rows, list totals (overdue, due this
    week, awaiting confirmation), and each list's first tasks (deadline, id), kept to the
    `listed` first."""

    by_unit: dict[int, Row] = field(default_factory=dict)
    totals: tuple[int, int, int] = (0, 0, 0)
    firsts: dict[str, list[tuple[date | None, int]]] = field(
        default_factory=lambda: {name: [] for name in LISTS}
    )

    @classmethod
    def of(cls, counts: Counts, firsts: Firsts, keys: Iterable[int], listed: int) -> Part:
        return cls().plus(counts, firsts, keys, listed)

    def plus(self, counts: Counts, firsts: Firsts, keys: Iterable[int], listed: int) -> Part:
        """A copy with the counts and first tasks of these scopes (or lead units) added."""
        by_unit = dict(self.by_unit)
        overdue, due, reported = self.totals
        candidates = {name: list(found) for name, found in self.firsts.items()}
        for key in keys:
            for unit_id, row in counts.get(key, {}).items():
                old = by_unit.get(unit_id)
                by_unit[unit_id] = row if old is None else tuple(map(add, old, row))
                overdue += row[_OVERDUE]
                reported += row[_REPORTED]
                due += row[-1]
            for name in LISTS:
                candidates[name] += firsts.get((key, name), [])
        kept = {
            name: sorted(found, key=_listing_order)[:listed] for name, found in candidates.items()
        }
        return Part(by_unit, (overdue, due, reported), kept)

    def result(self) -> tuple[list[UnitStats], list[tuple[int, list[int]]]]:
        by_unit = self.by_unit
        per_unit = [UnitStats(UnitId(u), *by_unit[u][:-1]) for u in sorted(by_unit)]
        pages = [
            (total, [i for _, i in self.firsts[n]])
            for total, n in zip(self.totals, LISTS, strict=True)
        ]
        return per_unit, pages


def page_of(first: tuple[int, list[int]], tasks: dict[int, Task]) -> TaskPage:
    total, ids = first
    return TaskPage(items=tuple(tasks[i] for i in ids if i in tasks), total=total)
