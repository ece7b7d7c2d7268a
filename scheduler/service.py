"""ReminderService: APScheduler fires the rules, a loop drains the outbox; `nhacviec run`
starts and stops it.

APScheduler only fires: each job is a thin entry point (plain-value args) into `Reminders`,
which writes outbox rows; what is owed lives in the database. At start, and hourly, the
latest occurrence of each rule is caught up, so a restart or a missed firing costs one
late reminder per rule and recipient, never a flood and never a double.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from handlers.calendar import WorkingCalendar
from handlers.create_occurrences import create_occurrences
from handlers.directory import DirectoryCache
from handlers.memory import purge_expired_state
from handlers.ports import UnitOfWorkFactory
from handlers.sending import Attachments, Sender
from scheduler.alerts import CATCH_UP, alert_rule_failed
from scheduler.config import ReminderConfig
from scheduler.dispatcher import Dispatcher
from scheduler.reminders import Reminders
from scheduler.rules import enabled_rules

log = logging.getLogger(__name__)

CATCH_UP_JOB = "reminders.catch_up"
STOP_TIMEOUT_SECONDS = 10.0


def job_id(rule: str) -> str:
    return f"reminders.{rule}"


class ReminderService:
    """`senders` maps a channel name ("telegram", "zalo") to its Sender; with none, rows are
    written and stay pending until a channel is configured."""

    name = "reminders"

    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        calendar: WorkingCalendar,
        config: ReminderConfig,
        senders: Mapping[str, Sender],
        clock: Callable[[], datetime] | None = None,
        attachments: Attachments | None = None,
    ) -> None:
        self._config = config
        self._uow_factory = uow_factory
        clock = self._clock = clock or (lambda: datetime.now(UTC))
        self.reminders = Reminders(
            uow_factory=uow_factory, calendar=calendar, config=config, clock=clock
        )
        self.dispatcher = Dispatcher(
            uow_factory=uow_factory,
            senders=senders,
            clock=clock,
            config=config.dispatch,
            attachments=attachments,
        )
        self.scheduler = AsyncIOScheduler(
            timezone=config.tz,
            job_defaults={
                "coalesce": True,
                "max_instances": 1,
                "misfire_grace_time": config.misfire_grace_seconds,
            },
        )
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._started_catch_up: asyncio.Task[None] | None = None
        self._directories = DirectoryCache()

    async def start(self) -> None:
        tz = self._config.tz
        rules = enabled_rules(self._config.schedule)
        for rule in rules:
            wall = rule.time_of(self._config.schedule)
            # Daily at the rule's time: the rule itself decides whether today is one of its
            # days (a Monday digest moved by a holiday fires on Tuesday).
            self.scheduler.add_job(
                self._fire_rule,
                CronTrigger(hour=wall.hour, minute=wall.minute, timezone=tz),
                args=[rule.name],
                id=job_id(rule.name),
                name=f"reminder rule {rule.name}",
                replace_existing=True,
            )
        self.scheduler.add_job(
            self._catch_up,
            IntervalTrigger(hours=1, timezone=tz),
            id=CATCH_UP_JOB,
            name="reminder catch-up",
            replace_existing=True,
        )
        self._stop.clear()
        self.scheduler.start()
        self._started_catch_up = asyncio.create_task(self._catch_up(), name="reminders-catch-up")
        self._tasks = [
            self._started_catch_up,
            asyncio.create_task(self._dispatch_loop(), name="reminders-dispatch"),
        ]
        if not self.dispatcher.channels:
            log.warning("reminders: no channel configured; rows stay pending until one is")
        log.info("reminders: scheduler started (%s)", ", ".join(r.name for r in rules))

    async def stop(self) -> None:
        """Stop firing, let sends in flight finish (briefly), then stop the loop."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self._stop.set()
        self._wake.set()
        if not self._tasks:
            return
        _, pending = await asyncio.wait(self._tasks, timeout=STOP_TIMEOUT_SECONDS)
        for task in pending:
            task.cancel()
        for task in pending:
            # A send cut off here stays leased and is retried after its lease.
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        log.info("reminders: stopped")

    async def caught_up(self) -> None:
        """Wait until the catch-up run at start has written what the downtime owed."""
        if self._started_catch_up is not None:
            await asyncio.shield(self._started_catch_up)

    def wake(self) -> None:
        """Ask the dispatcher to look at the outbox now (e.g. after the core wrote a row)."""
        self._wake.set()

    async def _fire_rule(self, rule: str) -> None:
        try:
            if await self.reminders.fire_rule(rule):
                self.wake()
        except Exception as exc:
            # The hourly catch-up fires it again once the cause (a database outage) is gone.
            log.exception("reminders: firing rule %s failed", rule)
            await self._alert(rule, exc)

    async def _catch_up(self) -> None:
        """Hourly and at start: each recurring obligation's current occurrence exists (so
        the rules below see its deadline), then what was missed is caught up."""
        try:
            now = self._clock()
            await create_occurrences(
                now.astimezone(self._config.tz).date(), uow_factory=self._uow_factory, now=now
            )
        except Exception as exc:
            log.exception("reminders: creating recurring occurrences failed")
            await self._alert(CATCH_UP, exc)
        try:
            if await self.reminders.catch_up():
                self.wake()
        except Exception as exc:
            log.exception("reminders: catch-up failed")
            await self._alert(CATCH_UP, exc)
        try:  # lapsed conversation steps (an unconfirmed import preview) do not linger
            await purge_expired_state(self._uow_factory, self._clock())
        except Exception:
            log.exception("reminders: purging expired conversation state failed")

    async def _alert(self, rule: str, exc: BaseException) -> None:
        """The admins hear of a failed rule once a day per rule (through the outbox)."""
        queued = await alert_rule_failed(
            self._uow_factory,
            rule=rule,
            error=exc,
            now=self._clock(),
            tz=self._config.tz,
            directories=self._directories,
        )
        if queued:
            self.wake()

    async def _dispatch_loop(self) -> None:
        if not self.dispatcher.channels:
            return
        while not self._stop.is_set():
            self._wake.clear()
            try:
                await self.dispatcher.drain(stop=self._stop)
            except Exception:
                log.exception("reminders: dispatch failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._config.poll_seconds)
