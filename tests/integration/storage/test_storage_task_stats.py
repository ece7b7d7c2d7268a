"""TaskRepository.stats: per lead unit counts by derived state, against hand-counted numbers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import pytest

from handlers.domain import DeadlineKind, NewTask, TaskStatus, UnitId
from handlers.ports import TaskScope, UnitStats
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org

UowFactory = Callable[[], SqlUnitOfWork]
TODAY = date(2024, 6, 10)
SOON_UNTIL = date(2024, 6, 13)
OPEN, REPORTED, DONE = TaskStatus.OPEN, TaskStatus.REPORTED, TaskStatus.DONE
ON, BEFORE = DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE


def d(day: int, month: int = 6) -> date:
    return date(2024, month, day)


@pytest.fixture
async def counted(uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]) -> None:
    # (lead, status, deadline, kind, completed_on) → the state each row must count as.
    rows = [
        (org.doan_bai, OPEN, None, DeadlineKind.ONGOING, None),  # no_deadline
        (org.doan_bai, OPEN, d(9), ON, None),  # overdue
        (org.doan_bai, OPEN, d(10), BEFORE, None),  # overdue: "trước ngày 10/6" on the 10th
        (org.doan_bai, OPEN, d(10), ON, None),  # due_soon: due today, not late yet
        (org.doan_bai, OPEN, d(13), ON, None),  # due_soon: last day of the window
        (org.doan_bai, OPEN, d(14), ON, None),  # on_track
        (org.doan_bai, REPORTED, d(1), ON, None),  # reported, whatever the deadline
        (org.doan_bai, DONE, d(5), ON, d(5)),  # done_on_time: on the day
        (org.doan_bai, DONE, d(5), BEFORE, d(4)),  # done_on_time: the day before
        (org.doan_bai, DONE, d(5), BEFORE, d(5)),  # done_late: "trước ngày" met on the day
        (org.doan_bai, DONE, d(5), ON, d(6)),  # done_late
        (org.doan_bai, DONE, None, DeadlineKind.ONGOING, d(1)),  # done_on_time: no deadline
        (org.doan_bai, TaskStatus.PAUSED, d(1), ON, None),  # left out
        (org.doan_bai, TaskStatus.CANCELLED, d(1), ON, None),  # left out
        (org.hoang_an, OPEN, d(1), ON, None),  # overdue, Đoan Bái supports it
        (org.noi_vu, OPEN, d(20), ON, None),  # on_track, directed by the leader
        (org.noi_vu, DONE, d(20), ON, d(21)),  # done_late
    ]
    async with uow_factory() as uow:
        for lead, status, deadline, kind, completed_on in rows:
            support = (org.doan_bai,) if lead == org.hoang_an else ()
            directing = org.leader if lead == org.noi_vu and status == OPEN else None
            task = await uow.tasks.add(
                new_task(
                    lead,
                    deadline,
                    kind,
                    status=status,
                    support_unit_ids=support,
                    directing_official_id=directing,
                )
            )
            if completed_on:
                await uow.tasks.save(replace(task, completed_on=completed_on))
        await uow.commit()


def _doan_bai(org: Org) -> UnitStats:
    return UnitStats(
        org.doan_bai,
        no_deadline=1,
        on_track=1,
        due_soon=2,
        overdue=2,
        reported=1,
        done_on_time=3,
        done_late=2,
    )


async def _stats(
    uow_factory: UowFactory, scope: TaskScope, leads: frozenset[UnitId] | None = None
) -> list[UnitStats]:
    async with uow_factory() as uow:
        return await uow.tasks.stats(scope, TODAY, SOON_UNTIL, leads)


@pytest.mark.usefixtures("counted")
async def test_counts_every_unit_in_an_unlimited_scope(uow_factory: UowFactory, org: Org) -> None:
    assert await _stats(uow_factory, TaskScope(None)) == [
        _doan_bai(org),
        UnitStats(org.hoang_an, overdue=1),
        UnitStats(org.noi_vu, on_track=1, done_late=1),
    ]
    doan_bai = _doan_bai(org)
    assert (doan_bai.total, doan_bai.done, doan_bai.come_due) == (12, 5, 7)


@pytest.mark.usefixtures("counted")
async def test_scope_counts_supported_and_directed_tasks_under_their_lead(
    uow_factory: UowFactory, org: Org
) -> None:
    commune = TaskScope(frozenset({org.doan_bai}))
    assert await _stats(uow_factory, commune) == [
        _doan_bai(org),
        UnitStats(org.hoang_an, overdue=1),
    ]
    leader = TaskScope(frozenset({org.hoang_an}), directing_official_id=org.leader)
    assert await _stats(uow_factory, leader) == [
        UnitStats(org.hoang_an, overdue=1),
        UnitStats(org.noi_vu, on_track=1),
    ]


@pytest.mark.usefixtures("counted")
async def test_lead_unit_filter(uow_factory: UowFactory, org: Org) -> None:
    only = frozenset({org.noi_vu, org.province})
    assert await _stats(uow_factory, TaskScope(None), only) == [
        UnitStats(org.noi_vu, on_track=1, done_late=1)
    ]
    assert await _stats(uow_factory, TaskScope(frozenset({org.doan_bai})), only) == []


async def test_no_tasks_no_rows(uow_factory: UowFactory, org: Org) -> None:
    assert await _stats(uow_factory, TaskScope(None)) == []
