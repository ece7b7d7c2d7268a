"""The org's digest (what a saved name index is keyed by): it moves with any change to a unit,
an official or a role, however it was made, and comes back with the content it stood for."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.domain import Role, UnitKind
from handlers.ports import NewOfficial, NewUnit
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org

UowFactory = Callable[[], SqlUnitOfWork]


async def _digest(uow_factory: UowFactory) -> str:
    async with uow_factory() as uow:
        return await uow.units.digest()


async def _sql(engine: AsyncEngine, statement: str) -> None:
    async with engine.begin() as conn:
        await conn.execute(text(statement))


async def test_the_digest_stays_while_nothing_changes(uow_factory: UowFactory, org: Org) -> None:
    first = await _digest(uow_factory)
    async with uow_factory() as uow:
        await uow.units.bump_revision()  # a revision alone is no org change
        await uow.commit()
    assert await _digest(uow_factory) == first
    assert len(first) == 64


async def test_every_kind_of_org_change_moves_the_digest(
    uow_factory: UowFactory, engine: AsyncEngine, org: Org
) -> None:
    seen = [await _digest(uow_factory)]

    async def changed() -> None:
        seen.append(await _digest(uow_factory))
        assert seen[-1] not in seen[:-1]

    async with uow_factory() as uow:
        await uow.units.upsert(NewUnit("XHA", "UBND xã Hoàng An Mới", UnitKind.COMMUNE, "BG"))
        await uow.commit()
    await changed()  # a unit renamed
    async with uow_factory() as uow:
        await uow.officials.upsert(
            NewOfficial("moi", "Đỗ Văn Mới", "XHA", frozenset({Role.STAFF}))
        )
        await uow.commit()
    await changed()  # an official added
    async with uow_factory() as uow:
        await uow.officials.upsert(NewOfficial("staff", "Phạm C", "XDB", frozenset({Role.CHAIR})))
        await uow.commit()
    await changed()  # a role changed
    await _sql(engine, f"UPDATE officials SET title = 'Chuyên viên' WHERE id = {org.chair}")
    await changed()  # by SQL, with no revision bump
    await _sql(engine, f"UPDATE officials SET active = false WHERE id = {org.admin}")
    await changed()
    await _sql(engine, "UPDATE units SET aliases = '[\"đoan bái\"]' WHERE code = 'XDB'")
    await changed()


async def test_the_same_content_gives_the_same_digest_again(
    uow_factory: UowFactory, engine: AsyncEngine, org: Org
) -> None:
    before = await _digest(uow_factory)
    await _sql(engine, f"UPDATE officials SET name = 'Trần Bé' WHERE id = {org.chair}")
    assert await _digest(uow_factory) != before
    await _sql(engine, f"UPDATE officials SET name = 'Trần B' WHERE id = {org.chair}")
    assert await _digest(uow_factory) == before
