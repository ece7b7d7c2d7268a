"""Staff reminders read every qualifying task of their units, however many: the queries go on
page after page (keyset) instead of stopping at the first page, on SQL and on the fake."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from handlers.ports import UnitOfWork
from handlers.reminder_queries import open_due_between, open_overdue
from storage.uow import SqlUnitOfWork
from tests.fakes.uow import FakeUnitOfWorkFactory

from .test_batch_digests import load_varied

DAY = date(2024, 3, 20)


async def staff_lists(
    uow_factory: Callable[[], UnitOfWork], page_size: int
) -> tuple[list[str], list[str]]:
    directory = await load_varied(uow_factory)
    units = frozenset(directory.units)
    async with uow_factory() as uow:
        overdue = await open_overdue(uow.tasks, units, DAY, page_size=page_size)
        due = await open_due_between(uow.tasks, units, DAY, date(2024, 4, 10), page_size=page_size)
    return [t.item_ref for t in overdue], [t.item_ref for t in due]


@pytest.mark.parametrize("page_size", [1, 7, 10_000])
async def test_every_task_is_read_whatever_the_page_size(
    uow_factory: Callable[[], SqlUnitOfWork], page_size: int
) -> None:
    overdue, due = await staff_lists(uow_factory, page_size)
    fake_overdue, fake_due = await staff_lists(FakeUnitOfWorkFactory(), 10_000)
    # Varied enough to span many pages, each task once, in the listing order.
    assert len(overdue) > 20 and len(due) > 20
    assert len(set(overdue)) == len(overdue) and len(set(due)) == len(due)
    assert (overdue, due) == (fake_overdue, fake_due)
    paged_fake = await staff_lists(FakeUnitOfWorkFactory(), page_size)
    assert paged_fake == (fake_overdue, fake_due)
