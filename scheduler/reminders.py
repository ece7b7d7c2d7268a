"""The reminder use cases every entry point calls (APScheduler jobs, the CLI, tests):
fire an occurrence into the outbox, fire a rule's occurrence today, fire a day, catch up."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from handlers.calendar import WorkingCalendar
from handlers.directory import DirectoryCache
from handlers.domain import OutboxMessage
from handlers.ports import UnitOfWorkFactory
from scheduler.compose import compose
from scheduler.config import ReminderConfig
from scheduler.context import ComposeContext
from scheduler.occurrences import latest_occurrence, occurrences_on, rule_occurrences_on
from scheduler.rules import enabled_rules
from scheduler.rules.base import Occurrence

log = logging.getLogger(__name__)


class Reminders:
    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        calendar: WorkingCalendar,
        config: ReminderConfig,
        clock: Callable[[], datetime],
    ) -> None:
        self._uow_factory = uow_factory
        self._calendar = calendar
        self._config = config
        self._clock = clock
        self._directories = DirectoryCache()
        # (rule, period) fired by this process, even when they owed nobody anything.
        self._fired: set[tuple[str, str]] = set()

    async def fire(self, occurrence: Occurrence, *, late: bool | None = None) -> int:
        """Write the occurrence's rows, reading the state they describe in the same
        transaction; recipients who already have their row are skipped, so firing twice, or
        from two processes, writes each row once. Returns the rows written.

        `late` (default: fired more than `late_after` after its time) labels the texts as a
        catch-up and describes today's state rather than the occurrence day's."""
        now = self._clock()
        if late is None:
            late = occurrence.is_late(now, self._config.late_after)
        today = now.astimezone(self._config.tz).date() if late else occurrence.day
        async with self._uow_factory() as uow:
            directory = await self._directories.get(uow)
            skip = await uow.outbox.recipients(occurrence.rule, occurrence.period)
            # The state described: the occurrence's instant, or now for a catch-up (which
            # describes today); tasks created after it are left out.
            ctx = ComposeContext(
                uow,
                directory,
                self._calendar,
                self._config,
                today,
                late,
                frozenset(skip),
                as_of=now if late else occurrence.at,
            )
            written = await uow.reminder_batches.add_once(
                [
                    OutboxMessage(
                        rule=occurrence.rule,
                        recipient_id=draft.recipient_id,
                        period=occurrence.period,
                        text=draft.text,
                        due_at=occurrence.at,
                    )
                    for draft in await compose(occurrence, ctx)
                ]
            )
            await uow.commit()
        self._fired.add((occurrence.rule, occurrence.period))
        if written:
            log.info(
                "reminders: %s %s wrote %d rows%s",
                occurrence.rule,
                occurrence.period,
                written,
                " (catch-up)" if late else "",
            )
        return written

    async def fire_rule(self, rule: str) -> int:
        """The job entry point: the rule's occurrences today whose time has come."""
        now = self._clock()
        today = now.astimezone(self._config.tz).date()
        occurrences = rule_occurrences_on(
            rule, today, self._config.schedule, self._calendar, self._config.tz
        )
        written = 0
        for occurrence in occurrences:
            if occurrence.at <= now:
                written += await self.fire(occurrence)
        return written

    async def fire_day(self, day: date) -> dict[str, int]:
        """Every rule's occurrences on `day`, as if fired on time (`run-once`)."""
        written: dict[str, int] = {}
        for occurrence in occurrences_on(
            day, self._config.schedule, self._calendar, self._config.tz
        ):
            count = await self.fire(occurrence, late=False)
            written[occurrence.rule] = written.get(occurrence.rule, 0) + count
        return written

    async def catch_up(self) -> int:
        """After downtime: each rule's latest occurrence inside the catch-up window, once.
        Older missed occurrences are folded into it, never sent one by one. Only on a working
        day from the earliest rule time on: a restart on Sunday or at 2 a.m. waits (the
        hourly job calls again) rather than reminding anyone then."""
        now = self._clock()
        local = now.astimezone(self._config.tz)
        schedule = self._config.schedule
        rules = enabled_rules(schedule)
        if not rules or not self._calendar.is_working_day(local.date()):
            return 0
        if local.time() < min(rule.time_of(schedule) for rule in rules):
            return 0
        written = 0
        for rule in rules:
            occurrence = latest_occurrence(
                rule.name,
                now,
                schedule,
                self._calendar,
                self._config.tz,
                self._config.catch_up,
            )
            if occurrence is not None and not await self._was_fired(occurrence):
                written += await self.fire(occurrence)
        return written

    async def _was_fired(self, occurrence: Occurrence) -> bool:
        """Fired by this process, or by any process when it wrote a row. The catch-up fills
        missed firings; it never re-runs a fired one against a newer state (a task that
        became overdue on Thursday waits for Monday's nudge)."""
        key = (occurrence.rule, occurrence.period)
        if key in self._fired:
            return True
        async with self._uow_factory() as uow:
            written = await uow.outbox.recipients(*key)
        if written:
            self._fired.add(key)
        return bool(written)
