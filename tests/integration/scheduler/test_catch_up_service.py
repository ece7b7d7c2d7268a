"""Downtime and the service: three days down → one catch-up per rule and recipient, merged
into one message per chat; APScheduler jobs have stable ids and only fire the use cases."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import date, datetime, timedelta

from apscheduler.triggers.date import DateTrigger

from scheduler.rules.quarterly_review import QUARTERLY_REVIEW
from scheduler.service import CATCH_UP_JOB, ReminderService, job_id

from .conftest import World, local, step_days


def service(world: World) -> ReminderService:
    return ReminderService(
        uow_factory=world.uow_factory,
        calendar=world.reminders()._calendar,
        config=world.config,
        senders={"telegram": world.telegram},
        clock=world.clock,
    )


async def settle(world: World, reminders: ReminderService) -> None:
    """Wait (5 s at most) until the start-up catch-up is written and the service's
    dispatcher left nothing pending or in flight."""
    await reminders.caught_up()
    for _ in range(100):
        if not [r for r in await world.outbox() if r.status in ("pending", "sending")]:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("outbox not drained")


async def test_three_days_down_one_catch_up_per_rule_and_recipient(world: World) -> None:
    await step_days(world, date(2023, 12, 1), date(2023, 12, 8))
    before = {r.id for r in await world.outbox()}
    sent_before = len(world.telegram.sent)
    # Down from Friday evening to Tuesday 12/12 10:00: the 10/12 quarterly reminder (moved to
    # Monday 11/12), Monday's digest and overdue nudges, Monday's due-soon were all missed.
    world.clock.set(local(date(2023, 12, 12), 10))
    reminders = service(world)
    await reminders.start()
    try:
        await settle(world, reminders)
    finally:
        await reminders.stop()

    new = [r for r in await world.outbox() if r.id not in before]
    per_rule_and_recipient = Counter((r.rule, r.handle) for r in new)
    assert set(per_rule_and_recipient.values()) == {1}
    assert {r.rule for r in new} >= {QUARTERLY_REVIEW, "weekly_digest", "overdue"}
    assert {(r.handle, r.period) for r in new if r.rule == QUARTERLY_REVIEW} == {
        ("chutichxa", "2023-Q4-d10"),
        ("chutichhungvu", "2023-Q4-d10"),
    }
    assert all(r.text.startswith("(Nhắc bù") for r in new)
    assert all(r.status == "sent" for r in new)
    # One message per chat, not one per missed reminder.
    after = world.telegram.sent[sent_before:]
    assert Counter(d.chat_ref for d in after).most_common(1)[0][1] == 1
    assert {d.chat_ref for d in after} == {f"tg-{r.handle}" for r in new}

    # Restarting again the same day owes nothing more.
    world.clock.set(local(date(2023, 12, 12), 11))
    again = service(world)
    await again.start()
    await asyncio.sleep(0.3)
    await again.stop()
    assert len(await world.outbox()) == len(before) + len(new)
    assert len(world.telegram.sent) == sent_before + len(after)


async def test_jobs_have_stable_ids_and_fire_the_rules(world: World) -> None:
    world.clock.set(local(date(2023, 12, 1), 7, 59))
    reminders = service(world)
    await reminders.start()
    try:
        jobs = {job.id: job for job in reminders.scheduler.get_jobs()}
        assert set(jobs) == {
            job_id("quarterly_review"),
            job_id("weekly_digest"),
            job_id("due_soon"),
            job_id("overdue"),
            CATCH_UP_JOB,
        }
        digest = jobs[job_id("weekly_digest")]
        assert digest.args == ("weekly_digest",)
        next_run = digest.next_run_time
        assert isinstance(next_run, datetime)
        assert (next_run.tzinfo is not None, next_run.hour, next_run.minute) == (True, 7, 30)
        assert str(next_run.tzinfo) == "Asia/Ho_Chi_Minh"
        await settle(world, reminders)
        assert not [r for r in await world.outbox() if r.rule == QUARTERLY_REVIEW]

        # 08:00 on 1/12: let the quarterly job fire now instead of waiting for the cron.
        world.clock.set(local(date(2023, 12, 1), 8))
        soon = datetime.now(reminders.scheduler.timezone) + timedelta(seconds=0.2)
        reminders.scheduler.modify_job(
            job_id(QUARTERLY_REVIEW), trigger=DateTrigger(soon), next_run_time=soon
        )
        # The job fires on the scheduler's real clock: wait for its rows (bounded, not timed:
        # a busy machine may take a while), then for the dispatcher to send them.
        for _ in range(400):
            if [r for r in await world.outbox() if r.rule == QUARTERLY_REVIEW]:
                break
            await asyncio.sleep(0.05)
        await settle(world, reminders)
        rows = [r for r in await world.outbox() if r.rule == QUARTERLY_REVIEW]
        assert {(r.handle, r.period, r.status) for r in rows} == {
            ("chutichxa", "2023-Q4-d1", "sent"),
            ("chutichhungvu", "2023-Q4-d1", "sent"),
        }
    finally:
        await reminders.stop()
    assert not reminders.scheduler.running
