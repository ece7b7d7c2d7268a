"""The inputs every rule's composer shares, the text it owes one recipient, and the glue the
composers share: recipients by role or unit, the catch-up label and the length cut."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from handlers.calendar import WorkingCalendar
from handlers.directory import Directory
from handlers.domain import Official, OfficialId, Role, Task, UnitId
from handlers.ports import UnitOfWork
from handlers.reminder_texts import fit, late_label
from scheduler.config import ReminderConfig


@dataclass(frozen=True, slots=True)
class Draft:
    recipient_id: OfficialId
    text: str


@dataclass(frozen=True, slots=True)
class ComposeContext:
    """`today` is the day whose state is described: the occurrence's day, or the actual day
    when a missed occurrence is caught up (`late`). `skip` holds recipients already owed.
    `as_of` is the instant described (UTC): tasks created after it are left out."""

    uow: UnitOfWork
    directory: Directory
    calendar: WorkingCalendar
    config: ReminderConfig
    today: date
    late: bool = False
    skip: frozenset[OfficialId] = frozenset()
    # Due-soon thresholds after this day are owed; None: after the last day that wrote rows
    # (so days missed during downtime are folded into this firing).
    since: date | None = None
    as_of: datetime | None = None

    def soon_until(self) -> date:
        return self.calendar.add_working_days(self.today, self.config.due_soon_days)

    def officials_with(self, *roles: Role) -> list[Official]:
        if not roles:
            return []
        return [o for o in self.directory.active_officials(*roles) if o.id not in self.skip]

    def staff_by_unit(self) -> dict[UnitId, list[Official]]:
        by_unit: dict[UnitId, list[Official]] = {}
        for official in self.officials_with(Role.STAFF):
            by_unit.setdefault(official.unit_id, []).append(official)
        return by_unit

    def finish(self, body: str, day: date) -> str:
        """The text as sent for an occurrence on `day`: labelled when caught up late, cut to
        one message."""
        prefix = late_label(day) if self.late else ""
        return fit(prefix + body, self.config.max_chars)


def unit_drafts(
    day: date,
    ctx: ComposeContext,
    staff: dict[UnitId, list[Official]],
    tasks: Sequence[Task],
    render: Callable[[str, list[Task]], str],
) -> list[Draft]:
    """One text per lead unit listing its tasks, to each of the unit's staff."""
    by_unit: dict[UnitId, list[Task]] = {}
    for task in tasks:
        by_unit.setdefault(task.lead_unit_id, []).append(task)
    drafts = []
    for unit_id, unit_tasks in sorted(by_unit.items()):
        text = ctx.finish(render(ctx.directory.unit_name(unit_id), unit_tasks), day)
        drafts += [Draft(o.id, text) for o in staff.get(unit_id, [])]
    return drafts
