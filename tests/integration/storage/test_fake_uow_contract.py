"""The in-memory FakeUnitOfWork answers exactly as the SQL repositories do.

Every test runs one scenario on the fake and on the real database (SQLite, and PostgreSQL
when TEST_DATABASE_URL is set): `tasks.find` over a grid of scopes and filters and
`tasks.stats` over several days must return the same pages and counts, and commit, rollback,
the revision counters and the outbox's claims must behave alike. Use-case tests that run on the
fake (tests/unit/conversation) lean on this module.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from handlers.domain import (
    DeadlineKind,
    EventKind,
    NewTask,
    OfficialId,
    OutboxMessage,
    Recurrence,
    Role,
    Task,
    TaskEvent,
    TaskId,
    TaskStatus,
    UnitId,
    UnitKind,
)
from handlers.ports import NewOfficial, NewUnit, TaskPage, TaskQuery, TaskScope, UnitOfWork
from notices.text import search_key
from tests.fakes.uow import FakeUnitOfWorkFactory

Factory = Callable[[], UnitOfWork]
JUNE = date(2024, 6, 1).replace
EVERY_STATUS = frozenset(TaskStatus)


@dataclass(frozen=True)
class Org:
    province: UnitId
    a: UnitId
    b: UnitId
    c: UnitId
    leader: OfficialId


@dataclass(frozen=True)
class Row:
    """One task of the table: what is added, then what a later save changes."""

    lead: str
    deadline: date | None
    kind: DeadlineKind
    status: TaskStatus = TaskStatus.OPEN
    support: tuple[str, ...] = ()
    directed: bool = False
    criteria: tuple[str, ...] = ()
    text: str = "Việc cần làm"
    recurrence: Recurrence | None = None
    parent: int | None = None  # index of an earlier row
    completed_on: date | None = None
    returned: bool = False  # a reviewer sent its report back once
    requested: date | None = None  # an extension request waits


ON, BEFORE, ONGOING = DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE, DeadlineKind.ONGOING
OPEN, DONE, REPORTED = TaskStatus.OPEN, TaskStatus.DONE, TaskStatus.REPORTED

TABLE = [
    Row("a", JUNE(day=5), ON, text="Rà soát thủ tục hành chính", returned=True),
    Row("b", JUNE(day=10), BEFORE, support=("a",), criteria=("7.3",), requested=JUNE(day=28)),
    Row("c", JUNE(day=10), ON, directed=True, text="Đẩy mạnh SỐ HÓA hồ sơ"),
    Row("a", None, ONGOING, criteria=("7.3.1",), text="Số hóa hồ sơ, kết quả TTHC (100%)"),
    Row("b", JUNE(day=20), ON, DONE, criteria=("7.30",), completed_on=JUNE(day=18)),
    Row("c", JUNE(day=20), ON, REPORTED, directed=True, criteria=("7", "7.3")),
    Row("a", JUNE(day=1), ON, TaskStatus.PAUSED),
    Row("b", JUNE(day=15), BEFORE, TaskStatus.CANCELLED),
    Row(
        "a", None, DeadlineKind.RECURRING, text="Báo cáo hằng quý", recurrence=Recurrence.QUARTERLY
    ),
    Row("a", JUNE(day=30), DeadlineKind.PERIOD_END, recurrence=Recurrence.QUARTERLY, parent=8),
    Row("b", JUNE(day=12), ON, DONE, completed_on=JUNE(day=14)),  # done late
    Row("c", JUNE(day=10), BEFORE, DONE, completed_on=JUNE(day=10)),  # late: "trước ngày"
    Row("a", JUNE(day=10), ON, DONE, completed_on=JUNE(day=10)),  # on time: "chậm nhất"
    Row("b", JUNE(day=7), ON, support=("c", "a", "c"), text="Hồ sơ văn hóa"),
    Row("province", date(2024, 7, 1), ON, criteria=("1",)),
    Row("c", None, ONGOING, REPORTED, support=("b",)),
    Row("a", JUNE(day=25), ON, DONE),  # done without a completion date
    Row("b", JUNE(day=10), ON, text="hoa hồng"),
]


async def seed(factory: Factory) -> tuple[Org, list[TaskId]]:
    """The same organisation and TABLE through the repositories, committed."""
    async with factory() as uow:
        province = await uow.units.upsert(NewUnit("P", "UBND tỉnh", UnitKind.PROVINCE))
        units = {"province": province.id}
        for code, kind in (
            ("a", UnitKind.COMMUNE),
            ("b", UnitKind.COMMUNE),
            ("c", UnitKind.AGENCY),
        ):
            unit = await uow.units.upsert(NewUnit(code, f"Đơn vị {code}", kind, parent_code="P"))
            units[code] = unit.id
        leader = await uow.officials.upsert(
            NewOfficial("leader", "Nguyễn Văn Nghị", "P", frozenset({Role.LEADER}))
        )
        ids: list[TaskId] = []
        for i, row in enumerate(TABLE):
            task = await uow.tasks.add(
                NewTask(
                    item_ref=str(i),
                    text=row.text,
                    lead_unit_id=units[row.lead],
                    deadline=row.deadline,
                    deadline_kind=row.kind,
                    recurrence=row.recurrence,
                    criteria=row.criteria,
                    support_unit_ids=tuple(units[u] for u in row.support),
                    directing_official_id=leader.id if row.directed else None,
                    parent_id=ids[row.parent] if row.parent is not None else None,
                    status=row.status,
                )
            )
            if row.completed_on is not None or row.requested is not None:
                await uow.tasks.save(
                    replace(task, completed_on=row.completed_on, requested_deadline=row.requested)
                )
            if row.returned:
                at = datetime(2024, 6, 3, tzinfo=UTC)
                await uow.events.add(TaskEvent(task.id, EventKind.REJECTED, at, None, "zalo"))
            ids.append(task.id)
        await uow.commit()
    org = Org(units["province"], units["a"], units["b"], units["c"], leader.id)
    return org, ids


def scopes(org: Org) -> list[TaskScope]:
    return [
        TaskScope(None),
        TaskScope(frozenset({org.a})),
        TaskScope(frozenset({org.b})),
        TaskScope(frozenset({org.a, org.b})),
        TaskScope(frozenset({org.province})),
        TaskScope(frozenset()),
        TaskScope(frozenset(), directing_official_id=org.leader),
        TaskScope(frozenset({org.b}), directing_official_id=org.leader),
        TaskScope(None, directing_official_id=org.leader),
    ]


def filters(org: Org) -> list[dict[str, Any]]:
    days = [JUNE(day=5), JUNE(day=10), JUNE(day=11), JUNE(day=21)]
    return [
        {},
        {"statuses": EVERY_STATUS},
        {"statuses": frozenset({DONE})},
        {"statuses": frozenset()},
        {"due_from": JUNE(day=5), "due_to": JUNE(day=10)},
        {"due_from": JUNE(day=10), "statuses": EVERY_STATUS},
        {"due_to": JUNE(day=9)},
        *({"overdue_on": day, "statuses": EVERY_STATUS} for day in days),
        {"lead_unit_ids": frozenset({org.b, org.c})},
        {"lead_unit_ids": frozenset()},
        {"directing_official_id": org.leader},
        {"directing_official_id": OfficialId(999)},
        *({"criterion": c, "statuses": EVERY_STATUS} for c in ("7.3", "7", "7.30", "7.3%", "1")),
        *(
            {"text": search_key(t)}
            for t in ("so hoa", "SỐ HÓA hồ sơ", "ho so", "100%", "hoa ho", "oa")
        ),
        {"text": search_key("%")},
        {"recurring_templates": True},
        {"recurring_templates": True, "statuses": frozenset({DONE})},
        {"recurring": True, "statuses": EVERY_STATUS},
        {"deadline_kinds": frozenset({ONGOING})},
        {"deadline_kinds": frozenset({ONGOING, DeadlineKind.RECURRING}), "statuses": EVERY_STATUS},
        {"returned": True},
        {"returned": True, "statuses": frozenset({DONE})},
        {"awaiting_decision": True},
        {"awaiting_decision": True, "lead_unit_ids": frozenset({org.b})},
        {"created_before": datetime(2000, 1, 1, tzinfo=UTC)},  # before any task
        {"created_before": datetime(2100, 1, 1, tzinfo=UTC), "statuses": EVERY_STATUS},
        *({"limit": 3, "offset": o, "statuses": EVERY_STATUS} for o in (0, 3, 6, 30)),
        {"limit": 0},
        {"text": search_key("ho so"), "due_to": JUNE(day=30), "lead_unit_ids": frozenset({org.b})},
    ]


def comparable(page: TaskPage) -> tuple[tuple[Task, ...], int]:
    """A page with the creation stamps left out (each store takes its own)."""
    return tuple(replace(t, created_at=None) for t in page.items), page.total


async def find_all(factory: Factory, queries: list[TaskQuery]) -> list[Any]:
    async with factory() as uow:
        return [comparable(await uow.tasks.find(q)) for q in queries]


async def test_find_answers_like_sql_on_a_grid_of_queries(uow_factory: Factory) -> None:
    fake = FakeUnitOfWorkFactory()
    org, ids = await seed(uow_factory)
    assert await seed(fake) == (org, ids)
    queries = [
        TaskQuery(scope, **{"limit": 100} | extra)
        for scope, extra in itertools.product(scopes(org), filters(org))
    ]
    sql_pages = await find_all(uow_factory, queries)
    fake_pages = await find_all(fake, queries)
    for query, sql, mine in zip(queries, sql_pages, fake_pages, strict=True):
        assert mine == sql, query
    # Not agreement on nothing: the grid sees the table's rows in many different pages.
    assert len({page for page in sql_pages}) > 40
    assert max(total for _, total in sql_pages) == len(TABLE)


async def test_find_answers_what_the_table_says(uow_factory: Factory) -> None:
    """A few answers spelled out, on both: ordering, overdue by deadline kind, templates."""
    fake = FakeUnitOfWorkFactory()
    await seed(fake)
    _, t = await seed(uow_factory)
    for factory in (uow_factory, fake):

        async def found(factory: Factory = factory, **fields: Any) -> list[TaskId]:
            async with factory() as uow:
                page = await uow.tasks.find(TaskQuery(TaskScope(None), limit=100, **fields))
            return [task.id for task in page.items]

        # Soonest deadline first, ties by id, no deadline last.
        active = [t[0], t[13], t[1], t[2], t[17], t[5], t[9], t[14], t[3], t[8], t[15]]
        assert await found() == active
        # "trước ngày 10/6" is late on the 10th, "chậm nhất ngày 10/6" only from the 11th.
        assert await found(overdue_on=JUNE(day=10)) == [t[0], t[13], t[1]]
        assert await found(recurring_templates=True) == [t[8]]
        assert await found(text=search_key("so hoa")) == [t[2], t[3]]
        assert await found(criterion="7.3", statuses=EVERY_STATUS) == [t[1], t[5], t[3]]


async def stats_all(factory: Factory, org: Org) -> list[Any]:
    answers = []
    async with factory() as uow:
        for scope, day, soon, leads in itertools.product(
            scopes(org),
            (JUNE(day=5), JUNE(day=10), JUNE(day=11), JUNE(day=21)),
            (0, 3, 10),
            (None, frozenset({org.a, org.b}), frozenset()),
        ):
            answers.append(await uow.tasks.stats(scope, day, day + timedelta(days=soon), leads))
    return answers


async def test_stats_count_like_sql(uow_factory: Factory) -> None:
    fake = FakeUnitOfWorkFactory()
    org, _ = await seed(uow_factory)
    await seed(fake)
    sql = await stats_all(uow_factory, org)
    assert await stats_all(fake, org) == sql
    async with fake() as uow:
        every = await uow.tasks.stats(TaskScope(None), JUNE(day=10), JUNE(day=13), None)
    by_unit = {s.unit_id: s for s in every}
    # Unit c: the directed task due today (on track), the reported one, and one done late.
    c = by_unit[org.c]
    assert (c.due_soon, c.reported, c.done_late, c.done_on_time) == (1, 2, 1, 0)
    # Unit a: the paused task left out, the template and the ongoing task undated.
    a = by_unit[org.a]
    assert (a.overdue, a.no_deadline, a.done_on_time, a.total) == (1, 2, 2, 6)


async def uow_semantics(factory: Factory) -> None:
    """Writes show only after commit; leaving without commit drops them; the task revision
    moves with committed task writes and nothing else."""
    async with factory() as uow:
        await uow.units.upsert(NewUnit("P", "UBND tỉnh", UnitKind.PROVINCE))
        start = await uow.tasks.revision()
        org_start = await uow.units.revision()
        await uow.commit()
    new = NewTask("1", "Việc", UnitId(1), None, ONGOING)
    async with factory() as uow:
        dropped = await uow.tasks.add(new)
        assert await uow.tasks.get(dropped.id) is not None  # a unit of work reads its writes
    async with factory() as uow:
        assert await uow.tasks.get(dropped.id) is None
        assert await uow.tasks.revision() == start
    async with factory() as writer:
        kept = await writer.tasks.add(new)
        async with factory() as reader:
            assert await reader.tasks.get(kept.id) is None  # not committed yet
        await writer.commit()
    async with factory() as uow:
        assert await uow.tasks.get(kept.id) == kept
        assert await uow.tasks.revision() == start + 1
        await uow.tasks.save(replace(kept, status=DONE, completed_on=JUNE(day=3)))
        await uow.commit()
    async with factory() as uow:
        saved = await uow.tasks.get(kept.id)
        assert saved is not None and (saved.status, saved.completed_on) == (DONE, JUNE(day=3))
        assert await uow.tasks.revision() == start + 2
        await uow.units.bump_revision()
        await uow.commit()
    async with factory() as uow:
        assert await uow.tasks.revision() == start + 2
        assert await uow.units.revision() == org_start + 1


async def test_commit_and_rollback_alike(uow_factory: Factory) -> None:
    await uow_semantics(FakeUnitOfWorkFactory())
    await uow_semantics(uow_factory)


NOW = datetime(2024, 6, 10, 2, tzinfo=UTC)


async def outbox_semantics(factory: Factory) -> None:
    """Once per (rule, recipient, period); claims under a lease; marks only by the claimer."""
    async with factory() as uow:
        await uow.units.upsert(NewUnit("P", "UBND tỉnh", UnitKind.PROVINCE))
        me = await uow.officials.upsert(NewOfficial("me", "Tôi", "P", frozenset({Role.STAFF})))
        out = uow.outbox
        for period, due in (("2024-06-10", NOW), ("2024-06-09", NOW - timedelta(hours=1))):
            assert await out.add_once(OutboxMessage("daily", me.id, period, "x", due))
        assert not await out.add_once(OutboxMessage("daily", me.id, "2024-06-10", "y", NOW))
        later = OutboxMessage("daily", me.id, "2024-06-11", "z", NOW + timedelta(days=1))
        assert await out.add_once(later)
        await uow.commit()
    async with factory() as uow:
        out = uow.outbox
        assert await out.recipients("daily", "2024-06-10") == {me.id}
        assert await out.latest_period("daily", "2024-06-11") == "2024-06-10"
        assert await out.next_due() == NOW - timedelta(hours=1)
        lease = NOW + timedelta(minutes=5)
        first = await out.claim(NOW, 10, lease, "c1")
        assert [(m.period, m.status, m.attempts) for m in first] == [
            ("2024-06-09", "sending", 1),
            ("2024-06-10", "sending", 1),
        ]
        assert await out.claim(NOW, 10, lease, "c2") == []  # leased, not claimable again
        assert await out.next_due() == lease
        # A claimer still at work renews its lease: past the first lease, nobody takes them.
        renewed = lease + timedelta(minutes=5)
        assert await out.renew(["c1", "nobody"], renewed) == 2
        assert await out.claim(lease + timedelta(minutes=1), 10, renewed, "c2") == []
        assert await out.next_due() == renewed
        ids = [m.id for m in first if m.id is not None]
        assert await out.mark_sent(ids[:1], "someone-else", NOW, "zalo", "z-1") == 0
        assert await out.mark_sent(ids[:1], "c1", NOW, "zalo", "z-1") == 1
        retry = NOW + timedelta(minutes=1)
        assert await out.release(ids[1:], "c1", retry, "429" * 400, refund_attempt=True) == 1
        assert await out.next_due() == retry  # not claimable before its retry time
        [again] = await out.scheduled(NOW - timedelta(days=9), retry, 10)
        assert (again.attempts, again.status, len(again.last_error or "")) == (0, "pending", 500)
        assert await out.next_due() == retry
        # The lease of a dead claimer expires: another claimer takes the row over.
        [taken] = await out.claim(retry, 10, retry + timedelta(minutes=5), "c2")
        [retaken] = await out.claim(retry + timedelta(minutes=6), 10, lease, "c3")
        assert (taken.id, retaken.id, retaken.attempts) == (again.id, again.id, 2)
        assert await out.mark_dead([retaken.id or 0], "c2", "lost") == 0
        assert await out.mark_undeliverable([retaken.id or 0], "c3", "no chat") == 1
        assert [m.status for m in await out.failed(10)] == ["failed"]
        window = await out.scheduled(NOW, NOW + timedelta(days=2), 10)
        assert [m.period for m in window] == ["2024-06-11"]
        await uow.commit()


async def test_outbox_claims_alike(uow_factory: Factory) -> None:
    await outbox_semantics(FakeUnitOfWorkFactory())
    await outbox_semantics(uow_factory)


async def accounts_semantics(factory: Factory) -> list[tuple[str, str, bool]]:
    """A chat that changes id keeps its account; onto an id already linked, the old one goes."""
    async with factory() as uow:
        await uow.units.upsert(NewUnit("P", "UBND tỉnh", UnitKind.PROVINCE))
        me = await uow.officials.upsert(NewOfficial("me", "Tôi", "P", frozenset({Role.STAFF})))
        await uow.accounts.link("telegram", "-100", me.id)
        await uow.accounts.link("telegram", "-200", me.id)
        await uow.accounts.link("telegram", "-300", me.id)
        await uow.accounts.set_active("telegram", "-100", False)
        await uow.commit()
    async with factory() as uow:
        assert await uow.accounts.move("telegram", "-100", "-1001") is True
        assert await uow.accounts.move("telegram", "-200", "-300") is True  # already linked
        assert await uow.accounts.move("telegram", "-999", "-1") is False
        await uow.commit()
    async with factory() as uow:
        accounts = await uow.accounts.for_official(me.id)
        assert await uow.accounts.find("telegram", "-100") is None
    return sorted((a.channel, a.external_id, a.active) for a in accounts)


async def test_accounts_move_alike(uow_factory: Factory) -> None:
    fake = await accounts_semantics(FakeUnitOfWorkFactory())
    assert fake == [("telegram", "-1001", True), ("telegram", "-300", True)]
    assert await accounts_semantics(uow_factory) == fake
