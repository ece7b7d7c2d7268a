"""Units, officials and chat accounts: upserts by natural key, lookups, unique constraints."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from handlers.domain import ChatAccount, OfficialId, Role, Unit, UnitKind
from handlers.ports import NewOfficial, NewUnit
from storage.models import ChatAccountRow, OfficialRow
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org

UowFactory = Callable[[], SqlUnitOfWork]


async def test_units_resolve_parent_and_successor_codes(uow_factory: UowFactory, org: Org) -> None:
    async with uow_factory() as uow:
        units = {u.code: u for u in await uow.units.all()}
    assert units["XDB"] == Unit(
        org.doan_bai, "XDB", "UBND xã Đoan Bái", UnitKind.COMMUNE, parent_id=org.province
    )
    assert units["SNV"].aliases == ("nội vụ",)
    legacy = units["HHH"]
    assert (legacy.kind, legacy.successor_id, legacy.valid_to) == (
        UnitKind.LEGACY,
        org.province,
        date(2025, 6, 30),
    )
    assert [u.code for u in units.values()] == ["BG", "XDB", "XHA", "SNV", "HHH"]


async def test_unit_upsert_updates_by_code(uow_factory: UowFactory, org: Org) -> None:
    async with uow_factory() as uow:
        moved = await uow.units.upsert(
            NewUnit("XHA", "UBND phường Hoàng An", UnitKind.COMMUNE, "SNV", ("hoang an", "HA"))
        )
        await uow.commit()
    assert moved.id == org.hoang_an
    async with uow_factory() as uow:
        units = await uow.units.all()
    assert len(units) == 5
    assert next(u for u in units if u.id == org.hoang_an) == Unit(
        org.hoang_an,
        "XHA",
        "UBND phường Hoàng An",
        UnitKind.COMMUNE,
        parent_id=org.noi_vu,
        aliases=("hoang an", "HA"),
    )


async def test_unit_upsert_rejects_unknown_parent(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        with pytest.raises(LookupError, match="NOPE"):
            await uow.units.upsert(NewUnit("X", "X", UnitKind.AGENCY, parent_code="NOPE"))


async def test_revision_counts_bumps(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        assert await uow.units.revision() == 0
        await uow.units.bump_revision()
        await uow.units.bump_revision()
        assert await uow.units.revision() == 2
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.units.revision() == 2


async def test_officials_by_id_handle_and_all(uow_factory: UowFactory, org: Org) -> None:
    async with uow_factory() as uow:
        leader = await uow.officials.get(org.leader)
        assert leader is not None
        assert (leader.handle, leader.name, leader.title) == (
            "nghi",
            "Nguyễn Văn Nghị",
            "Phó Chủ tịch",
        )
        assert (leader.unit_id, leader.roles, leader.active) == (
            org.province,
            frozenset({Role.LEADER}),
            True,
        )
        assert await uow.officials.by_handle("nghi") == leader
        assert await uow.officials.by_handle("nobody") is None
        assert await uow.officials.get(OfficialId(9999)) is None
        everyone = await uow.officials.all()
    assert [o.handle for o in everyone] == ["admin", "nghi", "chair", "staff"]
    assert everyone[1] == leader


async def test_official_upsert_replaces_roles_and_fields(
    uow_factory: UowFactory, org: Org
) -> None:
    async with uow_factory() as uow:
        updated = await uow.officials.upsert(
            NewOfficial(
                "staff", "Phạm Văn C", "XHA", frozenset({Role.STAFF, Role.ADMIN}), active=False
            )
        )
        await uow.commit()
    assert updated.id == org.staff
    async with uow_factory() as uow:
        again = await uow.officials.get(org.staff)
        assert again == updated
        assert again is not None
        assert (again.name, again.unit_id, again.active) == ("Phạm Văn C", org.hoang_an, False)
        assert again.roles == frozenset({Role.STAFF, Role.ADMIN})
        fewer = await uow.officials.upsert(
            NewOfficial("staff", "Phạm Văn C", "XHA", frozenset({Role.ADMIN}))
        )
        await uow.commit()
    assert fewer.roles == frozenset({Role.ADMIN})
    async with uow_factory() as uow:
        assert (await uow.officials.get(org.staff)) == fewer


async def test_official_upsert_rejects_unknown_unit(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        with pytest.raises(LookupError):
            await uow.officials.upsert(NewOfficial("x", "X", "NOPE", frozenset({Role.STAFF})))


async def test_official_handle_is_unique(engine: AsyncEngine, org: Org) -> None:
    # The constraint itself, below the upsert that never inserts a second row.
    async with AsyncSession(engine) as session:
        session.add(OfficialRow(handle="nghi", name="Copy", title="", unit_id=org.province))
        with pytest.raises(IntegrityError):
            await session.flush()


async def test_link_find_and_list_chat_accounts(uow_factory: UowFactory, org: Org) -> None:
    async with uow_factory() as uow:
        assert await uow.accounts.find("telegram", "42") is None
        linked = await uow.accounts.link("telegram", "42", org.staff)
        await uow.accounts.link("zalo", "z-42", org.staff)
        await uow.commit()
    assert linked == ChatAccount("telegram", "42", org.staff)
    async with uow_factory() as uow:
        assert await uow.accounts.find("telegram", "42") == linked
        assert await uow.accounts.find("zalo", "42") is None
        assert await uow.accounts.for_official(org.staff) == [
            linked,
            ChatAccount("zalo", "z-42", org.staff),
        ]
        assert await uow.accounts.for_official(org.chair) == []


async def test_relinking_a_chat_moves_it(uow_factory: UowFactory, org: Org) -> None:
    async with uow_factory() as uow:
        await uow.accounts.link("telegram", "42", org.staff)
        await uow.accounts.set_active("telegram", "42", False)
        assert await uow.accounts.find("telegram", "42") == ChatAccount(
            "telegram", "42", org.staff, active=False
        )
        moved = await uow.accounts.link("telegram", "42", org.chair)
        # Read back in the same session: the identity map must not serve the stale row.
        assert await uow.accounts.find("telegram", "42") == moved
        await uow.commit()
    assert moved == ChatAccount("telegram", "42", org.chair, active=True)
    async with uow_factory() as uow:
        assert await uow.accounts.for_official(org.staff) == []
        assert await uow.accounts.for_official(org.chair) == [moved]


async def test_set_active_toggles(uow_factory: UowFactory, org: Org) -> None:
    async with uow_factory() as uow:
        await uow.accounts.link("telegram", "42", org.staff)
        await uow.commit()
    async with uow_factory() as uow:
        await uow.accounts.set_active("telegram", "42", False)
        await uow.commit()
    async with uow_factory() as uow:
        account = await uow.accounts.find("telegram", "42")
        assert account is not None and not account.active
        await uow.accounts.set_active("telegram", "42", True)
        await uow.commit()
    async with uow_factory() as uow:
        account = await uow.accounts.find("telegram", "42")
        assert account is not None and account.active


async def test_chat_account_channel_and_external_id_are_unique(
    uow_factory: UowFactory, engine: AsyncEngine, org: Org
) -> None:
    async with uow_factory() as uow:
        await uow.accounts.link("telegram", "42", org.staff)
        await uow.commit()
    async with AsyncSession(engine) as session:
        session.add(ChatAccountRow(channel="telegram", external_id="42", official_id=org.chair))
        with pytest.raises(IntegrityError):
            await session.flush()
        await session.rollback()
        session.add(ChatAccountRow(channel="zalo", external_id="42", official_id=org.chair))
        await session.flush()
