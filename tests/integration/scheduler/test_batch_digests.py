"""The batch composition of reminders answers exactly what one official at a time did.

A varied org (two provinces; a province's and a district's leaders who direct tasks led
elsewhere; tasks seen only through a supporting unit; chairs, one with an empty commune) and
a few hundred seeded tasks: for several days and `as_of` instants, every official's batch
digest equals the per-official `week_review` on SQL, and the in-memory fake answers the same;
then firing the weekly digest, on time and as a late catch-up and in batches of two, writes
the texts the per-official composition gives, and firing twice writes each row once.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.calendar import create_calendar
from handlers.directory import Directory, DirectoryCache
from handlers.domain import DeadlineKind, NewTask, OfficialId, Role, TaskStatus
from handlers.load_org import load_org
from handlers.ports import ScopeDigest, TaskScope, UnitOfWork
from handlers.reminder_queries import WeekReview, week_review
from handlers.reminder_texts import digest_text, fit, late_label
from scheduler.config import ReminderConfig
from scheduler.reminders import Reminders
from scheduler.rules import weekly_digest
from scheduler.rules.weekly_digest import WEEKLY_DIGEST
from storage.uow import SqlUnitOfWork
from tests.fakes.uow import FakeUnitOfWorkFactory

from .conftest import TZ, FakeClock, local, outbox_rows

ORG: dict[str, Any] = {
    "units": [
        {
            "code": "tinh-a",
            "name": "UBND tỉnh An Phú",
            "kind": "province",
            "children": [
                {"code": "so-nv", "name": "Sở Nội vụ", "kind": "agency"},
                {"code": "so-tc", "name": "Sở Tài chính", "kind": "agency"},
                {
                    "code": "huyen-a",
                    "name": "UBND huyện Bình Minh",
                    "kind": "legacy",
                    "children": [
                        {"code": "phong-a", "name": "Phòng Nội vụ huyện", "kind": "agency"},
                        {"code": "xa-a1", "name": "UBND xã Tân Lập", "kind": "commune"},
                        {"code": "xa-a2", "name": "UBND xã Hòa Bình", "kind": "commune"},
                    ],
                },
                {"code": "xa-a3", "name": "UBND xã Đồng Tâm", "kind": "commune"},
                {"code": "xa-rong", "name": "UBND xã Yên Tĩnh", "kind": "commune"},
            ],
        },
        {
            "code": "tinh-b",
            "name": "UBND tỉnh Bắc Hà",
            "kind": "province",
            "children": [
                {"code": "so-b", "name": "Sở Xây dựng Bắc Hà", "kind": "agency"},
                {"code": "xa-b1", "name": "UBND xã Quyết Tiến", "kind": "commune"},
            ],
        },
    ],
    "officials": [
        {"handle": "ct-a", "name": "Trần Văn An", "unit": "tinh-a", "roles": ["leader"]},
        {"handle": "pct-a", "name": "Lê Thị Bình", "unit": "tinh-a", "roles": ["leader"]},
        {"handle": "ct-huyen", "name": "Phạm Văn Cường", "unit": "huyen-a", "roles": ["leader"]},
        {"handle": "ct-a1", "name": "Ngô Văn Dũng", "unit": "xa-a1", "roles": ["chair"]},
        {"handle": "ct-a2", "name": "Đỗ Thị Em", "unit": "xa-a2", "roles": ["chair"]},
        {"handle": "ct-a3", "name": "Vũ Văn Giang", "unit": "xa-a3", "roles": ["chair"]},
        {"handle": "ct-rong", "name": "Hồ Thị Hoa", "unit": "xa-rong", "roles": ["chair"]},
        {"handle": "ct-b", "name": "Mai Văn Khoa", "unit": "tinh-b", "roles": ["leader"]},
        {"handle": "ct-b1", "name": "Bùi Thị Lan", "unit": "xa-b1", "roles": ["chair", "staff"]},
        {"handle": "cv-nv", "name": "Đinh Văn Minh", "unit": "so-nv", "roles": ["staff"]},
        {"handle": "cv-a1", "name": "Tạ Thị Nga", "unit": "xa-a1", "roles": ["staff"]},
    ],
}
DIRECTORS = ("ct-a", "pct-a", "ct-huyen", "ct-b")
START = datetime(2024, 3, 1, 8, tzinfo=TZ)
# The batch counts the tasks a unit leads from `task_counts` by deadline month, but for the
# months the digest looks into (read from `tasks`): on 8 April March's open tasks are
# counted overdue from their month alone.
DAYS = (date(2024, 3, 11), date(2024, 3, 18), date(2024, 3, 20), date(2024, 4, 8))


async def load_varied(uow_factory: Callable[[], UnitOfWork], seed: int = 13) -> Directory:
    """The org above and 300 tasks drawn from `seed`: every unit but xa-rong leads some, a
    third have supporting units (in the other province too), a quarter are directed by a
    leader, statuses and deadline kinds of every sort, created over three weeks."""
    await load_org(ORG, uow_factory=uow_factory)
    rng = random.Random(seed)
    async with uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
        units = {u.code: u.id for u in directory.units.values()}
        leads = [code for code in units if code != "xa-rong"]
        directors = [directory.by_handle(h) for h in DIRECTORS]
        for n in range(300):
            deadline = (
                None if rng.random() < 0.12 else date(2024, 3, 1) + timedelta(rng.randint(0, 40))
            )
            kind = rng.choice([DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE])
            support = rng.sample(leads, rng.choice([0, 0, 1, 2]))
            director = rng.choice(directors) if rng.random() < 0.25 else None
            task = await uow.tasks.add(
                NewTask(
                    item_ref=str(n),
                    text=f"Nhiệm vụ số {n}",
                    lead_unit_id=units[rng.choice(leads)],
                    deadline=deadline,
                    deadline_kind=DeadlineKind.ONGOING if deadline is None else kind,
                    support_unit_ids=tuple(units[c] for c in support),
                    directing_official_id=director.id if director else None,
                    created_at=START + timedelta(hours=rng.randint(0, 24 * 21)),
                )
            )
            status = rng.choice(
                [TaskStatus.OPEN] * 5
                + [TaskStatus.REPORTED, TaskStatus.DONE, TaskStatus.CANCELLED]
            )
            if status is not TaskStatus.OPEN:
                done = deadline + timedelta(rng.randint(-3, 3)) if deadline else None
                completed = done if status is TaskStatus.DONE else None
                await uow.tasks.save(replace(task, status=status, completed_on=completed))
        await uow.commit()
    async with uow_factory() as uow:
        return await DirectoryCache().get(uow)


@dataclass(frozen=True)
class Seen:
    """A digest with ids replaced by what names them in both stores."""

    units: tuple[Any, ...]  # the per-unit counts' sum, units, rated units, the worst
    lists: list[tuple[int, list[str]]]


def seen(d: ScopeDigest | WeekReview | None, directory: Directory) -> Seen | None:
    if d is None:
        return None
    code = {u.id: u.code for u in directory.units.values()}
    u = d.units
    worst = [(code[s.unit_id], *dataclasses.astuple(s)[1:]) for s in u.worst]
    units = (dataclasses.astuple(u.total), u.units, u.rated, worst)
    pages = (d.overdue, d.due, d.reported)
    return Seen(units, [(p.total, [t.item_ref for t in p.items]) for p in pages])


def scopes_of(directory: Directory) -> dict[OfficialId, TaskScope]:
    scopes = {o.id: directory.scope_for(o) for o in directory.officials.values()}
    # Every unit at once, as a national leader sees.
    scopes[OfficialId(10_000)] = TaskScope(None)
    return scopes


def as_of_values(day: date) -> list[datetime | None]:
    return [None, local(day, 7), datetime(2024, 3, 8, 12, tzinfo=UTC)]


async def batch_answers(
    uow_factory: Callable[[], UnitOfWork], directory: Directory, listed: int, ranked: int
) -> dict[tuple[date, datetime | None, str], Seen | None]:
    calendar = create_calendar()
    handle = {o.id: o.handle for o in directory.officials.values()} | {10_000: "national"}
    found = {}
    async with uow_factory() as uow:
        for day in DAYS:
            soon = calendar.add_working_days(day, 3)
            for as_of in as_of_values(day):
                end = day + timedelta(days=6 - day.weekday())
                digests = await uow.reminder_batches.digests(
                    scopes_of(directory), day, soon, end, listed, as_of, ranked
                )
                for official_id, d in digests.items():
                    # An official with no task in scope has no digest (week_review: None).
                    answer = seen(d, directory) if d.units.units else None
                    found[(day, as_of, handle[official_id])] = answer
    return found


@pytest.mark.parametrize(("listed", "ranked"), [(3, 8), (10, 2), (0, 0)])
async def test_batch_digests_equal_one_official_at_a_time(
    uow_factory: Callable[[], SqlUnitOfWork], listed: int, ranked: int
) -> None:
    directory = await load_varied(uow_factory)
    calendar = create_calendar()
    handle = {o.id: o.handle for o in directory.officials.values()} | {10_000: "national"}
    batch = await batch_answers(uow_factory, directory, listed, ranked)
    expected = {}
    async with uow_factory() as uow:
        for day in DAYS:
            soon = calendar.add_working_days(day, 3)
            for as_of in as_of_values(day):
                for official_id, scope in scopes_of(directory).items():
                    review = await week_review(uow.tasks, scope, day, soon, listed, as_of, ranked)
                    expected[(day, as_of, handle[official_id])] = seen(review, directory)
    assert batch == expected
    # The data are varied enough to tell: empty scopes, directed and supported tasks, lists.
    assert batch[(DAYS[1], None, "ct-rong")] is None
    assert batch[(DAYS[1], None, "cv-nv")] is not None
    assert any(s and s.lists[0][0] > listed for s in batch.values())
    assert any(s and s.units[2] > len(s.units[3]) == ranked > 0 for s in batch.values()) == (
        ranked > 0
    )  # some rankings are cut
    assert batch[(DAYS[1], None, "ct-a")] != batch[(DAYS[1], None, "pct-a")]  # directed
    # The fake unit of work gives the same answers on the same data.
    fake = FakeUnitOfWorkFactory()
    fake_directory = await load_varied(fake)
    assert await batch_answers(fake, fake_directory, listed, ranked) == batch


def reference_texts(
    directory: Directory, reviews: dict[str, WeekReview | None], today: date, late_day: date | None
) -> dict[str, str]:
    """The weekly digest as composed one official at a time before batches (an empty one is
    skipped, the default)."""
    calendar = create_calendar()
    config = ReminderConfig()
    texts = {}
    for handle, review in reviews.items():
        if review is None or review.empty:
            continue
        official = directory.by_handle(handle)
        assert official is not None
        home = directory.unit_name(directory.government_of(official.unit_id))
        body = digest_text(review, home=home, today=today, directory=directory, calendar=calendar)
        prefix = late_label(late_day) if late_day else ""
        texts[handle] = fit(prefix + body, config.max_chars)
    return texts


@pytest.mark.parametrize("late", [False, True])
async def test_fired_digest_texts_equal_the_per_official_digest(
    engine: AsyncEngine,
    uow_factory: Callable[[], SqlUnitOfWork],
    monkeypatch: pytest.MonkeyPatch,
    late: bool,
) -> None:
    monkeypatch.setattr(weekly_digest, "BATCH", 2)  # several batches over a small org
    directory = await load_varied(uow_factory)
    calendar = create_calendar()
    config = ReminderConfig()
    monday = date(2024, 3, 18)
    occurrence = weekly_digest.RULE.occurrences_on(monday, config.schedule, calendar, config.tz)[0]
    # On time at 7:31, or caught up on Tuesday at 10:00 (describing Tuesday, as of then).
    now = local(monday, 7, 31) if not late else local(monday + timedelta(1), 10)
    reminders = Reminders(
        uow_factory=uow_factory, calendar=calendar, config=config, clock=FakeClock(now)
    )
    written = await reminders.fire(occurrence)
    today = now.date()
    as_of = now.astimezone(UTC) if late else occurrence.at
    soon = calendar.add_working_days(today, config.due_soon_days)
    reviews = {}
    async with uow_factory() as uow:
        for official in directory.officials.values():
            if official.has(Role.LEADER, Role.CHAIR):
                scope = directory.scope_for(official)
                reviews[official.handle] = await week_review(
                    uow.tasks, scope, today, soon, as_of=as_of
                )
    expected = reference_texts(directory, reviews, today, monday if late else None)
    rows = [r for r in await outbox_rows(engine, directory) if r.rule == WEEKLY_DIGEST]
    assert {r.handle: r.text for r in rows} == expected
    assert written == len(rows) >= 5
    assert "ct-rong" not in {r.handle for r in rows}
    # Firing again writes nothing more.
    assert await reminders.fire(occurrence) == 0
    assert len([r for r in await outbox_rows(engine, directory) if r.rule == WEEKLY_DIGEST]) == (
        len(rows)
    )
