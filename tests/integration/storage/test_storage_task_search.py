"""«tìm …» through the text indexes (SQLite FTS5 trigram table, PostgreSQL pg_trgm): the same
phrase matches as a plain substring test, kept in sync when a text changes or rows are loaded
in bulk."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.domain import NewTask, TaskId, TaskStatus
from handlers.ports import TaskCursor, TaskQuery, TaskScope, UnitOfWork
from notices.text import search_key
from storage.uow import SqlUnitOfWork
from tests.fakes.uow import FakeUnitOfWorkFactory

if TYPE_CHECKING:
    from conftest import Org

UowFactory = Callable[[], SqlUnitOfWork]
TEXTS = (
    "Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC (100%)",
    "Rà soát hồ sơ hoàn thành văn hóa cơ sở",
    'Báo cáo "nóng" về số liệu 50% dân số',
    "Số hóa",
)


async def _found(uow_factory: UowFactory, phrase: str) -> list[TaskId]:
    async with uow_factory() as uow:
        page = await uow.tasks.find(
            TaskQuery(TaskScope(None), statuses=frozenset(TaskStatus), text=search_key(phrase))
        )
    return [t.id for t in page.items]


async def test_a_phrase_finds_exactly_the_texts_that_hold_it(
    engine: AsyncEngine, uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> None:
    async with uow_factory() as uow:
        ids = [(await uow.tasks.add(new_task(org.doan_bai, text=t))).id for t in TEXTS]
        await uow.commit()
    async with engine.begin() as conn:  # a bulk loader's row, past the repository
        await conn.execute(
            text(
                "INSERT INTO tasks (id, item_ref, text, text_folded, lead_unit_id, deadline_kind,"
                " status, created_at, updated_at) VALUES (900, '1', 'Số hóa dữ liệu',"
                f" ' so hoa du lieu ', {org.doan_bai}, 'none', 'open',"
                " '2026-01-02 00:00:00', '2026-01-02 00:00:00')"
            )
        )
    bulk = TaskId(900)
    for phrase in ("số hóa", "so hoa", "hồ sơ", "văn hóa", "50%", '"nóng"', "hoa", "xyz", "a"):
        key = search_key(phrase)
        expected = [i for i, t in zip(ids, TEXTS, strict=True) if key in search_key(t)]
        if key in " so hoa du lieu ":
            expected.append(bulk)
        assert sorted(await _found(uow_factory, phrase)) == sorted(expected), phrase
    assert await _found(uow_factory, "so hoa") == [ids[0], ids[3], bulk]

    async with uow_factory() as uow:  # a text corrected: found by the new words only
        task = await uow.tasks.get(ids[3])
        assert task is not None
        await uow.tasks.save(replace(task, text="Chuyển đổi số"))
        await uow.commit()
    assert await _found(uow_factory, "so hoa") == [ids[0], bulk]
    assert await _found(uow_factory, "chuyen doi so") == [ids[3]]


async def test_a_scope_finds_short_and_long_texts_alike(
    uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> None:
    """In a scope, PostgreSQL reads texts of up to 2,000 bytes from its covering index and the
    longer ones from the table: a phrase is found in both, past the index's limit too."""
    long_head = "Triển khai thực hiện các nội dung của kế hoạch năm, " * 60  # > 2,000 bytes
    texts = {
        org.doan_bai: ["Đẩy mạnh số hóa hồ sơ", long_head + "số hóa hồ sơ", long_head],
        org.hoang_an: ["Số hóa hồ sơ", long_head + "số hóa"],  # out of the commune's scope
        org.noi_vu: [long_head + "đẩy mạnh số hóa"],  # led elsewhere, supported by the commune
    }
    async with uow_factory() as uow:
        ids: dict[str, TaskId] = {}
        for lead, bodies in texts.items():
            for i, body in enumerate(bodies):
                support = (org.doan_bai,) if lead == org.noi_vu else ()
                task = await uow.tasks.add(new_task(lead, text=body, support_unit_ids=support))
                ids[f"{lead}-{i}"] = task.id
        await uow.commit()
    commune = TaskScope(frozenset({org.doan_bai}))
    async with uow_factory() as uow:
        page = await uow.tasks.find(TaskQuery(commune, text=search_key("số hóa"), limit=2))
        rest = await uow.tasks.find(TaskQuery(commune, text=search_key("số hóa"), offset=2))
        none = await uow.tasks.find(TaskQuery(commune, text=search_key("kế hoạch quý")))
    expected = {ids[f"{org.doan_bai}-0"], ids[f"{org.doan_bai}-1"], ids[f"{org.noi_vu}-0"]}
    assert page.total == rest.total == 3
    assert {t.id for t in page.items + rest.items} == expected
    assert (none.total, none.items) == (0, ())


WORDS = ("số hóa", "hồ sơ", "chuyển đổi số", "văn hóa", "giải phóng mặt bằng quý IV", "dân số")


async def _pages(uow_factory: Callable[[], UnitOfWork], phrase: str) -> list[object]:
    """Every way of paging through a search over every task: pages, offsets past the end,
    a keyset cursor, no limit; each as (ids, total)."""
    key = search_key(phrase)
    pages: list[object] = []
    async with uow_factory() as uow:
        for limit, offset in ((8, 0), (8, 8), (5, 30), (8, 400), (0, 0)):
            page = await uow.tasks.find(
                TaskQuery(TaskScope(None), text=key, limit=limit, offset=offset)
            )
            pages.append(([t.id for t in page.items], page.total))
            if page.items and limit:
                last = page.items[-1]
                after = await uow.tasks.find(
                    TaskQuery(TaskScope(None), text=key, after=TaskCursor(last.deadline, last.id))
                )
                pages.append(([t.id for t in after.items], after.total))
    return pages


async def test_a_search_over_every_task_pages_as_the_fake_does(
    uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> None:
    """The page and the total of a search over every task come from one pass over its matches
    (migration-free, 05/12/2026): same pages, totals and order as the fake's, with deadlines
    shared, missing and statuses mixed."""
    fake = FakeUnitOfWorkFactory()
    for factory in (uow_factory, fake):
        rng = random.Random(7)
        async with factory() as uow:
            for i in range(60):
                words = rng.sample(WORDS, 2)
                deadline = None if i % 7 == 0 else date(2026, 11, 1 + i % 9)
                await uow.tasks.add(
                    new_task(
                        rng.choice((org.doan_bai, org.hoang_an)),
                        deadline,
                        text=f"Việc {i}: {words[0]}, {words[1]}",
                        status=rng.choice(list(TaskStatus)),
                    )
                )
            await uow.commit()
    for phrase in ("số hóa", "chuyển đổi số", "giải phóng mặt bằng quý IV", "hóa", "không có"):
        found = await _pages(uow_factory, phrase)
        assert found == await _pages(fake, phrase), phrase
        assert any(ids for ids, _ in found) or phrase == "không có"  # type: ignore[misc]


async def test_a_search_over_every_task_reads_its_matches_once(
    engine: AsyncEngine, uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> None:
    """A common phrase matches thousands of tasks of a province in no useful order: counting
    them and then sorting them for the page found them twice (two statements testing the
    phrase, 35 ms of CPU at 10k/200k instead of 18)."""
    async with uow_factory() as uow:
        for i in range(3):
            await uow.tasks.add(new_task(org.doan_bai, text=f"Số hóa hồ sơ {i}"))
        await uow.commit()
    sent: list[str] = []

    def capture(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        sent.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", capture)
    try:
        async with uow_factory() as uow:
            page = await uow.tasks.find(
                TaskQuery(TaskScope(None), text=search_key("số hóa"), limit=2)
            )
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", capture)
    assert (len(page.items), page.total) == (2, 3)
    assert len([s for s in sent if " LIKE " in s]) == 1, sent


LONG_TEXTS = (
    "Chỉ đạo bồi thường, giải phóng mặt bằng quý IV năm 2026",
    "Giải phóng mặt bằng quý III; quý IV bàn giao mặt bằng",  # every trigram, not the phrase
    "Mặt bằng quý IV: giải phóng xong",
    "Hoàn thành giải phóng mặt bằng quý IVa",  # the phrase, but not as words
)


async def test_a_long_phrase_finds_exactly_the_texts_that_hold_it(
    engine: AsyncEngine, uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> None:
    """SQLite asks the trigram table for a long phrase's disjoint trigrams (a superset of the
    texts holding it, `fts_trigram_query`): the substring test still decides."""
    async with uow_factory() as uow:
        ids = [(await uow.tasks.add(new_task(org.doan_bai, text=t))).id for t in LONG_TEXTS]
        await uow.commit()
    sent: list[Any] = []

    def capture(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        sent.extend(p for p in params if isinstance(p, str) and " AND " in p)

    event.listen(engine.sync_engine, "before_cursor_execute", capture)
    try:
        for phrase in ("giải phóng mặt bằng quý IV", "bàn giao mặt bằng", "mặt bằng quý IV"):
            key = search_key(phrase)
            expected = [i for i, t in zip(ids, LONG_TEXTS, strict=True) if key in search_key(t)]
            assert await _found(uow_factory, phrase) == expected, phrase
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", capture)
    assert await _found(uow_factory, "giải phóng mặt bằng quý IV") == [ids[0]]
    if engine.dialect.name == "sqlite":  # asked as disjoint trigrams, not as one phrase
        assert sent and sent[0].startswith('" gi" AND "ai " AND "pho"'), sent
