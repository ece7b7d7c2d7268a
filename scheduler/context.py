"""The inputs every rule's composer shares, and the text it owes one recipient."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from handlers.calendar import WorkingCalendar
from handlers.directory import Directory
from handlers.domain import Official, OfficialId, Role
from handlers.ports import UnitOfWork
from scheduler.config import ReminderConfig


@dataclass(frozen=True, slots=True)
class Draft:
    recipient_id: OfficialId
    text: str


@dataclass(frozen=True, slots=True)
class ComposeContext:
    """`today` is the day whose state is described: the occurrence's day, or the actual day
    when a missed occurrence is caught up (`late`). `skip` holds recipients already owed."""

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

    def soon_until(self) -> date:
        return self.calendar.add_working_days(self.today, self.config.due_soon_days)

    def officials_with(self, *roles: Role) -> list[Official]:
        return [
            o
            for o in self.directory.officials.values()
            if o.active and o.has(*roles) and o.id not in self.skip
        ]
