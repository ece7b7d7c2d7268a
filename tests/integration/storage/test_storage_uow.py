"""The unit of work owns the transaction: nothing persists without commit()."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

import pytest
from sqlalchemy.exc import StatementError

from handlers.domain import UnitKind
from handlers.ports import NewUnit
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org

UowFactory = Callable[[], SqlUnitOfWork]
UNIT = NewUnit("BG", "UBND tỉnh Bắc Giang", UnitKind.PROVINCE)


async def _unit_codes(uow_factory: UowFactory) -> list[str]:
    async with uow_factory() as uow:
        return [u.code for u in await uow.units.all()]


async def test_leaving_without_commit_rolls_back(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        await uow.units.upsert(UNIT)
        await uow.units.bump_revision()
        assert [u.code for u in await uow.units.all()] == ["BG"]
    assert await _unit_codes(uow_factory) == []
    async with uow_factory() as uow:
        assert await uow.units.revision() == 0


async def test_an_exception_rolls_back_and_propagates(uow_factory: UowFactory) -> None:
    with pytest.raises(RuntimeError, match="boom"):
        async with uow_factory() as uow:
            await uow.units.upsert(UNIT)
            raise RuntimeError("boom")
    assert await _unit_codes(uow_factory) == []


async def test_commit_persists_and_later_changes_are_discarded(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        await uow.units.upsert(UNIT)
        await uow.commit()
        await uow.units.upsert(NewUnit("XDB", "UBND xã Đoan Bái", UnitKind.COMMUNE, "BG"))
    assert await _unit_codes(uow_factory) == ["BG"]


async def test_a_unit_of_work_can_be_reused_but_not_nested(uow_factory: UowFactory) -> None:
    uow = uow_factory()
    async with uow:
        await uow.units.upsert(UNIT)
        await uow.commit()
        with pytest.raises(RuntimeError):
            async with uow:
                pass
    async with uow:
        assert [u.code for u in await uow.units.all()] == ["BG"]
    with pytest.raises(RuntimeError):
        await uow.commit()


async def test_naive_datetimes_are_refused(uow_factory: UowFactory, org: Org) -> None:
    # A naive time is ambiguous (UTC or Asia/Ho_Chi_Minh?): refuse it rather than guess.
    naive = datetime(2024, 6, 10, 8, 0)
    async with uow_factory() as uow:
        with pytest.raises(StatementError, match="naive datetime"):
            await uow.invites.create(org.staff, "h", naive, naive)
