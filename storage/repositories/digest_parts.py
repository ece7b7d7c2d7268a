"""A batch's digests read back from the one statement that sums them per view
(storage/repositories/digest_sql.py `view_digests`): rows of three kinds, each
(kind, view_id, key, c0 … c9):

- TOTALS: key NULL; c0–c6 the view's tasks in each UnitStats state (in the order of `STATES`),
  c7 those due this week, c8 the units leading a counted task, c9 those with a task come due;
- WORST: key a unit; c0–c6 its tasks per state, c7 its rank among the view's rated units;
- FIRST: key a task; c0 its list (`LISTS`), c1 its rank in that list.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from handlers.domain import Task, UnitId
from handlers.ports import ScopeDigest, TaskPage, UnitsSummary, UnitStats

STATES = tuple(f.name for f in fields(UnitStats) if f.name != "unit_id")
LISTS = ("overdue", "due", "reported")
TOTALS, WORST, FIRST = 0, 1, 2
COLUMNS = 10  # c0 … c9


@dataclass(slots=True)
class ViewDigest:
    """One view's digest as its rows arrive (a view: the scopes one official sees through)."""

    units: UnitsSummary = field(default_factory=lambda: UnitsSummary(UnitStats(UnitId(0))))
    due_this_week: int = 0
    worst: list[tuple[int, UnitStats]] = field(default_factory=list)
    firsts: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def add(self, kind: int, key: int | None, row: tuple[int, ...]) -> None:
        states = len(STATES)
        if kind == TOTALS:
            total = UnitStats(UnitId(0), *row[:states])
            self.units = UnitsSummary(total, row[states + 1], row[states + 2])
            self.due_this_week = row[states]
        elif kind == WORST:
            assert key is not None
            self.worst.append((row[states], UnitStats(UnitId(key), *row[:states])))
        else:
            assert key is not None
            self.firsts.setdefault(row[0], []).append((row[1], key))

    def task_ids(self) -> list[int]:
        return [task_id for found in self.firsts.values() for _, task_id in found]

    def result(self, tasks: dict[int, Task]) -> ScopeDigest:
        units = self.units
        worst = tuple(stats for _, stats in sorted(self.worst, key=lambda w: w[0]))
        total = units.total
        pages = [
            TaskPage(
                items=tuple(
                    tasks[task_id]
                    for _, task_id in sorted(self.firsts.get(number, []))
                    if task_id in tasks
                ),
                total=count,
            )
            for number, count in enumerate((total.overdue, self.due_this_week, total.reported))
        ]
        return ScopeDigest(
            units=UnitsSummary(total, units.units, units.rated, worst),
            overdue=pages[0],
            due=pages[1],
            reported=pages[2],
        )
