"""What the digest, the quarterly review and the overdue nudge say, fired on chosen days over
the reminder test world: no all-zero digest or review (none, or one line when configured),
and overdue counted in working days across a weekend and a Vietnamese holiday."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from handlers.domain import TaskStatus
from handlers.ports import TaskQuery, TaskScope
from scheduler.config import EmptyDigest, ReminderConfig
from scheduler.rules.overdue import OVERDUE
from scheduler.rules.quarterly_review import QUARTERLY_REVIEW
from scheduler.rules.weekly_digest import WEEKLY_DIGEST

from .conftest import OutboxRecord, World

LEADERS_AND_CHAIRS = {"chutich", "pct", "chutichxa", "chutichhungvu"}


def with_empty(world: World, mode: EmptyDigest) -> ReminderConfig:
    return replace(world.config, schedule=replace(world.config.schedule, empty_digest=mode))


async def fired(world: World, day: date, rule: str, mode: EmptyDigest) -> list[OutboxRecord]:
    await world.reminders(with_empty(world, mode)).fire_day(day)
    return [r for r in await world.outbox() if r.rule == rule]


async def set_status(world: World, unit_code: str, status: TaskStatus) -> None:
    """Every task led by the unit moves to `status` (done on 20/11/2023)."""
    unit = next(u for u in world.directory.units.values() if u.code == unit_code)
    async with world.uow_factory() as uow:
        query = TaskQuery(TaskScope(None), lead_unit_ids=frozenset({unit.id}), limit=100)
        for task in (await uow.tasks.find(query)).items:
            completed = date(2023, 11, 20) if status is TaskStatus.DONE else None
            await uow.tasks.save(replace(task, status=status, completed_on=completed))
        await uow.commit()


async def test_a_week_with_nothing_to_say_sends_no_digest(world: World) -> None:
    # Monday 2/10/2023: the first deadline is 27/10, nothing is reported yet.
    assert await fired(world, date(2023, 10, 2), WEEKLY_DIGEST, EmptyDigest.SKIP) == []
    # Monday 23/10: the initiative due Friday 27/10 is due this week.
    rows = await fired(world, date(2023, 10, 23), WEEKLY_DIGEST, EmptyDigest.SKIP)
    assert {r.handle for r in rows} == {"chutich", "pct"}  # the communes have nothing due
    assert all("Đến hạn trong tuần: 1 việc" in r.text for r in rows)


async def test_a_week_with_nothing_to_say_is_one_line_when_configured(world: World) -> None:
    rows = await fired(world, date(2023, 10, 2), WEEKLY_DIGEST, EmptyDigest.LINE)
    assert {r.handle for r in rows} == LEADERS_AND_CHAIRS
    texts = {r.handle: r.text for r in rows}
    assert texts["chutich"] == (
        "Tổng hợp tuần 02/10–08/10/2023 — UBND huyện Bắc Sơn: tuần này không có việc quá hạn, "
        "đến hạn hay chờ xác nhận."
    )
    assert all("\n" not in text for text in texts.values())


async def test_a_chair_with_everything_done_gets_no_review_but_the_cut_off(world: World) -> None:
    await set_status(world, "hung-vu", TaskStatus.DONE)
    opening = await fired(world, date(2023, 12, 1), QUARTERLY_REVIEW, EmptyDigest.SKIP)
    assert [r.handle for r in opening] == ["chutichxa"]  # Long Đống still has open tasks
    assert opening[0].text.startswith("Nhắc việc kiểm điểm quý IV/2023 — UBND xã Long Đống")
    # The cut-off snapshot still counts what Hùng Vũ finished: it is its quarterly figure.
    cut_off = await fired(world, date(2023, 12, 14), QUARTERLY_REVIEW, EmptyDigest.SKIP)
    snapshot = {r.handle: r.text for r in cut_off if r.period.endswith("d14")}
    assert set(snapshot) == {"chutichxa", "chutichhungvu"}
    assert "đã hoàn thành 1" in snapshot["chutichhungvu"]


async def test_a_chair_with_nothing_gets_one_line_when_configured(world: World) -> None:
    await set_status(world, "hung-vu", TaskStatus.CANCELLED)
    opening = await fired(world, date(2023, 12, 1), QUARTERLY_REVIEW, EmptyDigest.LINE)
    texts = {r.handle: r.text for r in opening}
    assert set(texts) == {"chutichxa", "chutichhungvu"}
    assert texts["chutichhungvu"].startswith("Kiểm điểm quý IV/2023 — ")
    assert texts["chutichhungvu"].endswith(
        ": đơn vị không có việc chưa hoàn thành hay chờ xác nhận."
    )
    assert "\n" not in texts["chutichhungvu"]
    # Nothing at all, not even done: the cut-off snapshot would be all zeros, so it is the
    # line too (and nothing in skip mode).
    cut_off = await fired(world, date(2023, 12, 14), QUARTERLY_REVIEW, EmptyDigest.LINE)
    line = [r.text for r in cut_off if r.handle == "chutichhungvu" and r.period.endswith("d14")]
    assert line == [texts["chutichhungvu"]]


async def test_overdue_counts_working_days(world: World) -> None:
    # Monday 1/1/2024 is New Year's Day: the weekly nudge goes out on Tuesday 2/1. The plans
    # due Sunday 31/12/2023 are 2 calendar days late but 1 working day (Tuesday).
    rows = await fired(world, date(2024, 1, 2), OVERDUE, EmptyDigest.SKIP)
    noivu = next(r.text for r in rows if r.handle == "noivu")
    lines = noivu.splitlines()
    assert lines[0] == "Việc quá hạn — Phòng Nội vụ: 3 việc"
    assert sum(line.endswith("hạn 31/12/2023, quá hạn 1 ngày làm việc") for line in lines) == 2
    # Due Friday 27/10/2023: 67 calendar days, 46 working days (weekends and 1/1 left out).
    assert any(line.endswith("hạn 27/10/2023, quá hạn 46 ngày làm việc") for line in lines)
    # The digest speaks the same way (Phòng TC-KH's report was due before 30/11: 23).
    digest = await fired(world, date(2024, 1, 2), WEEKLY_DIGEST, EmptyDigest.SKIP)
    chutich = next(r.text for r in digest if r.handle == "chutich")
    assert "hạn 30/11/2023, quá hạn 23 ngày làm việc" in chutich
    assert "ngày làm việc" in chutich and "quá hạn 67 ngày" not in chutich
