"""«tìm …» through the text indexes (SQLite FTS5 trigram table, PostgreSQL pg_trgm): the same
phrase matches as a plain substring test, kept in sync when a text changes or rows are loaded
in bulk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.domain import NewTask, TaskId, TaskStatus
from handlers.ports import TaskQuery, TaskScope
from notices.text import search_key
from storage.uow import SqlUnitOfWork

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
