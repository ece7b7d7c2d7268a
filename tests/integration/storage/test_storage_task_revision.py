"""The task revision moves with every committed task write, and only then (cache keys)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from handlers.domain import NewTask, TaskStatus
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org


async def revision(uow_factory: Callable[[], SqlUnitOfWork]) -> int:
    async with uow_factory() as uow:
        return await uow.tasks.revision()


async def test_committed_task_writes_move_the_revision_once_per_commit(
    uow_factory: Callable[[], SqlUnitOfWork], org: Org, new_task: Callable[..., NewTask]
) -> None:
    start = await revision(uow_factory)
    async with uow_factory() as uow:
        first = await uow.tasks.add(new_task(org.noi_vu, date(2024, 5, 1)))
        await uow.tasks.add(new_task(org.noi_vu, date(2024, 6, 1)))
        await uow.commit()
    assert await revision(uow_factory) == start + 1
    async with uow_factory() as uow:
        await uow.tasks.save(dataclasses.replace(first, status=TaskStatus.REPORTED))
        await uow.commit()
    assert await revision(uow_factory) == start + 2


async def test_rollbacks_and_other_writes_leave_it(
    uow_factory: Callable[[], SqlUnitOfWork], org: Org, new_task: Callable[..., NewTask]
) -> None:
    start = await revision(uow_factory)
    async with uow_factory() as uow:
        await uow.tasks.add(new_task(org.noi_vu))  # never committed
    async with uow_factory() as uow:
        await uow.units.bump_revision()
        await uow.commit()
    assert await revision(uow_factory) == start
