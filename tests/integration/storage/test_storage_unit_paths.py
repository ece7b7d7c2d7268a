"""Unit paths and subtree scopes: paths kept right on insert, move, bulk load and migration; a
scope told by subtree roots sees exactly what the same scope told by unit ids sees; keyset pages
walk a listing once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.directory import DirectoryCache
from handlers.domain import DeadlineKind, NewTask, TaskId, TaskStatus, UnitId, UnitKind
from handlers.list_tasks import LAST_LIST, ListTasks, _within
from handlers.ports import NewUnit, TaskQuery, TaskScope
from storage.engine import create_engine
from storage.migrate import upgrade
from storage.models import UnitRow
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org

UowFactory = Callable[[], SqlUnitOfWork]
TODAY = date(2024, 6, 10)


async def _paths(engine: AsyncEngine) -> dict[str, str | None]:
    async with engine.connect() as conn:
        rows = await conn.execute(select(UnitRow.code, UnitRow.path))
        return {code: path for code, path in rows}


async def test_a_unit_gets_its_path_and_a_move_carries_its_subtree(
    engine: AsyncEngine, uow_factory: UowFactory, org: Org
) -> None:
    async with uow_factory() as uow:
        await uow.units.upsert(NewUnit("VP", "Văn phòng", UnitKind.AGENCY, parent_code="XDB"))
        await uow.units.upsert(NewUnit("TO", "Tổ một cửa", UnitKind.AGENCY, parent_code="VP"))
        await uow.commit()
    p, x, vp, to = org.province, org.doan_bai, "VP", "TO"
    paths = await _paths(engine)
    assert paths["BG"] == f"/{p}/"
    assert paths["XDB"] == f"/{p}/{x}/"
    assert paths[vp] == f"/{p}/{x}/{paths[vp].split('/')[-2]}/"  # type: ignore[union-attr]
    assert paths[to] == f"{paths[vp]}{paths[to].split('/')[-2]}/"  # type: ignore[union-attr]
    assert paths["HHH"] == f"/{org.legacy}/"

    vp_id, to_id = paths[vp].split("/")[-2], paths[to].split("/")[-2]  # type: ignore[union-attr]
    async with uow_factory() as uow:  # Văn phòng moves to Hoàng An, its team with it
        await uow.units.upsert(NewUnit("VP", "Văn phòng", UnitKind.AGENCY, parent_code="XHA"))
        await uow.commit()
    paths = await _paths(engine)
    assert paths[vp] == f"/{p}/{org.hoang_an}/{vp_id}/"
    assert paths[to] == f"/{p}/{org.hoang_an}/{vp_id}/{to_id}/"
    assert paths["XDB"] == f"/{p}/{x}/"

    async with uow_factory() as uow:  # and out of the tree altogether
        await uow.units.upsert(NewUnit("VP", "Văn phòng", UnitKind.AGENCY))
        await uow.commit()
    paths = await _paths(engine)
    assert paths[to] == f"/{vp_id}/{to_id}/"


async def test_rows_written_without_the_repository_get_paths_too(
    engine: AsyncEngine, uow_factory: UowFactory
) -> None:
    """Bulk loaders (the benches, COPY) insert units directly: the database writes the path."""
    async with engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO units (id, code, name, kind, parent_id, aliases) VALUES "
                "(71, 'a', 'A', 'province', NULL, '[]'), (72, 'b', 'B', 'commune', 71, '[]'), "
                "(73, 'c', 'C', 'agency', 72, '[]')"
            )
        )
    assert await _paths(engine) == {"a": "/71/", "b": "/71/72/", "c": "/71/72/73/"}


async def test_the_migration_writes_the_paths_of_existing_units(blank_database_url: str) -> None:
    engine = create_engine(blank_database_url)
    try:
        await upgrade(engine, "0006")
        async with engine.begin() as conn:
            await conn.execute(
                text(
                    "INSERT INTO units (id, code, name, kind, parent_id, aliases) VALUES "
                    "(1, 'p', 'P', 'province', NULL, '[]'), (5, 'x', 'X', 'commune', 1, '[]'), "
                    "(3, 'o', 'O', 'agency', 5, '[]'), (9, 'l', 'L', 'legacy', NULL, '[]')"
                )
            )
        await upgrade(engine)
        async with engine.connect() as conn:
            rows = await conn.execute(text("SELECT code, path FROM units ORDER BY id"))
            assert dict(rows.all()) == {"p": "/1/", "o": "/1/5/3/", "x": "/1/5/", "l": "/9/"}
    finally:
        await engine.dispose()


async def _org_with_tasks(
    uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> tuple[UnitId, dict[str, list[TaskId]]]:
    """Tasks of every kind of visibility for Đoan Bái and the office under it: led there, led
    elsewhere but supported there (by one unit or by two), only directed by the leader, and
    none of these; dated on several days and undated, open and done."""
    async with uow_factory() as uow:
        office = (
            await uow.units.upsert(
                NewUnit("XDBVP", "Văn phòng xã Đoan Bái", UnitKind.AGENCY, parent_code="XDB")
            )
        ).id
        await uow.commit()
    inside = [org.doan_bai, office]
    leads = [*inside, org.hoang_an, org.noi_vu, org.province]
    ids: dict[str, list[TaskId]] = {"units": [], "directed": [], "hidden": []}
    async with uow_factory() as uow:
        for i in range(30):
            deadline = TODAY + timedelta(days=i % 5 - 2) if i % 6 else None
            lead = leads[i % 5]
            support = () if i % 4 != 1 else (office,) if i % 8 == 1 else (org.doan_bai, office)
            directing = org.leader if i % 7 in (3, 6) else None
            task = await uow.tasks.add(
                new_task(
                    lead,
                    deadline,
                    DeadlineKind.ON_DATE if deadline else DeadlineKind.ONGOING,
                    support_unit_ids=support,
                    directing_official_id=directing,
                    status=TaskStatus.DONE if i % 9 == 4 else TaskStatus.OPEN,
                )
            )
            if lead in inside or set(support) & set(inside):
                ids["units"].append(task.id)
            else:
                ids["directed" if directing else "hidden"].append(task.id)
        await uow.commit()
    assert all(len(found) >= 3 for found in ids.values())
    return office, ids


async def test_a_scope_by_subtree_roots_sees_what_the_same_units_listed_see(
    uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> None:
    office, ids = await _org_with_tasks(uow_factory, org, new_task)
    units = frozenset({org.doan_bai, office})
    listed = TaskScope(units, org.leader)
    rooted = TaskScope(units, org.leader, subtree_roots=frozenset({org.doan_bai}))
    every = frozenset(TaskStatus)
    async with uow_factory() as uow:
        by_ids = await uow.tasks.find(TaskQuery(listed, statuses=every, limit=100))
        by_roots = await uow.tasks.find(TaskQuery(rooted, statuses=every, limit=100))
        overdue = [
            await uow.tasks.find(TaskQuery(scope, overdue_on=TODAY, limit=100))
            for scope in (listed, rooted)
        ]
        stats = [
            await uow.tasks.stats(scope, TODAY, TODAY + timedelta(days=1), None)
            for scope in (listed, rooted)
        ]
        # «các xã»: only what two communes lead, one inside the scope and one outside it.
        communes = frozenset({org.doan_bai, org.hoang_an})
        led = [
            await uow.tasks.stats(scope, TODAY, TODAY + timedelta(days=1), communes)
            for scope in (listed, rooted)
        ]
        led_list = [
            await uow.tasks.find(TaskQuery(s, statuses=every, lead_unit_ids=communes, limit=99))
            for s in (listed, rooted)
        ]
    visible = ids["units"] + ids["directed"]
    assert sorted(t.id for t in by_roots.items) == sorted(visible)
    assert by_roots.total == len(visible)
    assert [t.id for t in by_roots.items] == [t.id for t in by_ids.items]
    assert [t.id for t in overdue[1].items] == [t.id for t in overdue[0].items]
    assert overdue[1].items and overdue[1].total == overdue[0].total
    assert stats[1] == stats[0]
    assert sum(s.total for s in stats[1]) == len(visible)
    by_lead = {t.id: t.lead_unit_id for t in by_ids.items}
    in_communes = sorted(i for i in visible if by_lead[i] in communes)
    assert sorted(t.id for t in led_list[1].items) == in_communes
    assert [t.id for t in led_list[0].items] == [t.id for t in led_list[1].items]
    assert led[1] == led[0] and {s.unit_id for s in led[1]} == communes
    assert sum(s.total for s in led[1]) == sum(
        1 for t in by_ids.items if t.lead_unit_id in communes and t.status is not TaskStatus.PAUSED
    )


async def test_the_directory_scopes_of_a_chair_and_a_leader_match_by_path(
    uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> None:
    _, ids = await _org_with_tasks(uow_factory, org, new_task)
    every = frozenset(TaskStatus)
    async with uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
        chair = directory.scope_for(directory.officials[org.chair])
        leader = directory.scope_for(directory.officials[org.leader])
        for_chair = await uow.tasks.find(TaskQuery(chair, statuses=every, limit=100))
        for_leader = await uow.tasks.find(TaskQuery(leader, statuses=every, limit=100))
    assert chair.subtree_roots == {org.doan_bai}
    assert leader.subtree_roots == {org.province}  # the legacy district stands outside it
    assert sorted(t.id for t in for_chair.items) == sorted(ids["units"])
    assert for_leader.total == len(ids["units"] + ids["directed"] + ids["hidden"])


async def test_keyset_pages_walk_the_listing_once_in_order(
    uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> None:
    office, _ = await _org_with_tasks(uow_factory, org, new_task)
    scope = TaskScope(frozenset({org.doan_bai, office}), subtree_roots=frozenset({org.doan_bai}))
    query = TaskQuery(scope, statuses=frozenset(TaskStatus), limit=4)
    async with uow_factory() as uow:
        whole = await uow.tasks.find(TaskQuery(scope, statuses=frozenset(TaskStatus), limit=99))
        walked: list[TaskId] = []
        page = await uow.tasks.find(query)
        first_cursor = page.cursor
        while page.items:
            walked += [t.id for t in page.items]
            page = await uow.tasks.find(replace(query, after=page.cursor))
        # A task added before the cursor does not shift what the next page shows.
        await uow.tasks.add(new_task(org.doan_bai, TODAY - timedelta(days=30)))
        again = await uow.tasks.find(replace(query, after=first_cursor))
    assert walked == [t.id for t in whole.items]
    assert len(walked) == len(set(walked)) > 8
    assert [t.id for t in again.items] == walked[4:8]


async def _support_leads(engine: AsyncEngine) -> set[int | None]:
    async with engine.connect() as conn:
        return set((await conn.execute(text("SELECT lead_unit_id FROM task_support"))).scalars())


async def test_supporting_rows_follow_their_task_lead(
    engine: AsyncEngine, uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> None:
    scope = TaskScope(frozenset({org.doan_bai}), subtree_roots=frozenset({org.doan_bai}))

    async def seen() -> list[TaskId]:
        async with uow_factory() as uow:
            page = await uow.tasks.find(TaskQuery(scope))
            counts = await uow.tasks.stats(scope, TODAY, TODAY, None)
        assert sum(s.total for s in counts) == page.total == len(page.items)
        return [t.id for t in page.items]

    async with uow_factory() as uow:
        task = await uow.tasks.add(
            new_task(org.hoang_an, support_unit_ids=(org.doan_bai, org.noi_vu))
        )
        await uow.commit()
    assert await _support_leads(engine) == {org.hoang_an}
    assert await seen() == [task.id]

    for lead in (org.doan_bai, org.noi_vu):  # into the scope, then out of it again
        async with uow_factory() as uow:
            found = await uow.tasks.get(task.id)
            assert found is not None
            await uow.tasks.save(replace(found, lead_unit_id=lead))
            await uow.commit()
        assert await _support_leads(engine) == {lead}
        assert await seen() == [task.id]

    async with engine.begin() as conn:  # a bulk loader's rows
        await conn.execute(text("DELETE FROM task_support"))
        await conn.execute(
            text(
                "INSERT INTO task_support (task_id, unit_id, position) "
                f"VALUES ({task.id}, {org.doan_bai}, 0)"
            )
        )
    assert await _support_leads(engine) == {org.noi_vu}


def test_a_remembered_listing_keeps_its_subtree_roots() -> None:
    """«tiếp» after a restart lists through the stored query: still matched by path."""
    scope = TaskScope(frozenset({UnitId(1), UnitId(2)}), subtree_roots=frozenset({UnitId(1)}))
    cmd = ListTasks(TaskQuery(scope, overdue_on=TODAY), "Việc quá hạn", "Không có việc nào.")
    old = LAST_LIST.encode(cmd)
    assert LAST_LIST.decode(old) == cmd
    assert isinstance(old, dict) and isinstance(old["query"], dict)
    del old["query"]["scope_roots"]  # written before the roots were kept
    assert LAST_LIST.decode(old).query.scope == replace(scope, subtree_roots=frozenset())


def test_a_remembered_subtree_listing_ends_when_the_asker_loses_the_subtree() -> None:
    """A chair who became staff of the same commune: the remembered list named the commune's
    subtree, which storage reads as it is now (a unit added under it since would show)."""
    commune = frozenset({UnitId(1)})
    as_chair = TaskScope(commune, subtree_roots=commune)
    assert _within(as_chair, as_chair)
    assert not _within(as_chair, TaskScope(commune))
    assert _within(TaskScope(commune), as_chair)
    assert _within(as_chair, TaskScope(None))
