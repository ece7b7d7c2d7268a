"""TaskRepository.find: scope, every filter, ordering (no deadline last) and paging."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import pytest

from handlers.domain import DeadlineKind, NewTask, OfficialId, TaskId, TaskStatus, UnitId
from handlers.ports import TaskQuery, TaskScope
from notices.text import fold_key, search_key
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org

UowFactory = Callable[[], SqlUnitOfWork]
EVERY_STATUS = frozenset(TaskStatus)
ALL = TaskScope(unit_ids=None)


@dataclass(frozen=True)
class Tasks:
    late: TaskId  # Đoan Bái, 05/06
    before_today: TaskId  # Hoàng An "trước ngày 10/6", Đoan Bái supports
    on_today: TaskId  # Nội vụ "chậm nhất ngày 10/6", directed by the leader
    ongoing: TaskId  # Đoan Bái, no deadline, criterion 7.3.1, the search text
    done: TaskId  # Hoàng An, done, criterion 7.30
    reported: TaskId  # Nội vụ, reported, criterion 7.3, directed by the leader
    paused: TaskId  # Đoan Bái, paused


@pytest.fixture
async def tasks(uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]) -> Tasks:
    june = date(2024, 6, 1).replace
    async with uow_factory() as uow:
        add = uow.tasks.add
        ids = Tasks(
            late=(await add(new_task(org.doan_bai, june(day=5)))).id,
            before_today=(
                await add(
                    new_task(
                        org.hoang_an,
                        june(day=10),
                        DeadlineKind.BEFORE_DATE,
                        support_unit_ids=(org.doan_bai,),
                    )
                )
            ).id,
            on_today=(
                await add(new_task(org.noi_vu, june(day=10), directing_official_id=org.leader))
            ).id,
            ongoing=(
                await add(
                    new_task(
                        org.doan_bai,
                        text="Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC (100%)",
                        criteria=("7.3.1",),
                    )
                )
            ).id,
            done=(
                await add(
                    new_task(
                        org.hoang_an, june(day=20), status=TaskStatus.DONE, criteria=("7.30",)
                    )
                )
            ).id,
            reported=(
                await add(
                    new_task(
                        org.noi_vu,
                        june(day=20),
                        status=TaskStatus.REPORTED,
                        criteria=("7.3",),
                        directing_official_id=org.leader,
                    )
                )
            ).id,
            paused=(await add(new_task(org.doan_bai, june(day=1), status=TaskStatus.PAUSED))).id,
        )
        await uow.commit()
    return ids


async def _ids(uow_factory: UowFactory, **query: object) -> list[TaskId]:
    fields: dict[str, object] = {"scope": ALL, "limit": 100} | query
    async with uow_factory() as uow:
        page = await uow.tasks.find(TaskQuery(**fields))  # type: ignore[arg-type]
    assert page.total == len(page.items)
    return [task.id for task in page.items]


async def test_default_lists_active_tasks_soonest_first_without_deadline_last(
    uow_factory: UowFactory, tasks: Tasks
) -> None:
    t = tasks
    assert await _ids(uow_factory) == [t.late, t.before_today, t.on_today, t.reported, t.ongoing]


async def test_scope_covers_lead_and_supporting_units(
    uow_factory: UowFactory, org: Org, tasks: Tasks
) -> None:
    scope = TaskScope(frozenset({org.doan_bai}))
    assert await _ids(uow_factory, scope=scope) == [tasks.late, tasks.before_today, tasks.ongoing]
    assert await _ids(uow_factory, scope=TaskScope(frozenset({org.province}))) == []
    assert await _ids(uow_factory, scope=TaskScope(frozenset())) == []


async def test_scope_adds_what_the_official_directs(
    uow_factory: UowFactory, org: Org, tasks: Tasks
) -> None:
    t = tasks
    leader = TaskScope(frozenset({org.hoang_an}), directing_official_id=org.leader)
    assert await _ids(uow_factory, scope=leader) == [t.before_today, t.on_today, t.reported]
    only_directing = TaskScope(frozenset(), directing_official_id=org.leader)
    assert await _ids(uow_factory, scope=only_directing) == [t.on_today, t.reported]


async def test_status_filter(uow_factory: UowFactory, tasks: Tasks) -> None:
    t = tasks
    assert await _ids(uow_factory, statuses=frozenset({TaskStatus.DONE})) == [t.done]
    every = await _ids(uow_factory, statuses=EVERY_STATUS)
    assert every == [t.paused, t.late, t.before_today, t.on_today, t.done, t.reported, t.ongoing]
    assert await _ids(uow_factory, statuses=frozenset()) == []


async def test_due_range_is_inclusive(uow_factory: UowFactory, tasks: Tasks) -> None:
    t = tasks
    week = {"due_from": date(2024, 6, 5), "due_to": date(2024, 6, 10)}
    assert await _ids(uow_factory, **week) == [t.late, t.before_today, t.on_today]
    assert await _ids(uow_factory, due_from=date(2024, 6, 10)) == [
        t.before_today,
        t.on_today,
        t.reported,
    ]
    assert await _ids(uow_factory, due_to=date(2024, 6, 4)) == []


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 6, 5), []),  # due today, "chậm nhất ngày": not late yet
        (date(2024, 6, 6), ["late"]),
        (date(2024, 6, 10), ["late", "before_today"]),  # "trước ngày 10/6" is late on the 10th
        (date(2024, 6, 11), ["late", "before_today", "on_today"]),
        (date(2024, 6, 21), ["late", "before_today", "on_today", "reported"]),
    ],
)
async def test_overdue_on_a_day(
    uow_factory: UowFactory, tasks: Tasks, day: date, expected: list[str]
) -> None:
    assert await _ids(uow_factory, overdue_on=day) == [getattr(tasks, n) for n in expected]


async def test_lead_and_directing_filters(uow_factory: UowFactory, org: Org, tasks: Tasks) -> None:
    t = tasks
    leads = frozenset({org.noi_vu, org.hoang_an})
    assert await _ids(uow_factory, lead_unit_ids=leads) == [t.before_today, t.on_today, t.reported]
    assert await _ids(uow_factory, directing_official_id=org.leader) == [t.on_today, t.reported]
    assert await _ids(uow_factory, directing_official_id=OfficialId(999)) == []
    # A filter narrows the scope, it never widens it.
    scope = TaskScope(frozenset({org.doan_bai}))
    assert await _ids(uow_factory, scope=scope, lead_unit_ids=leads) == [t.before_today]


@pytest.mark.parametrize(
    ("criterion", "expected"),
    [
        ("7.3", ["reported", "ongoing"]),  # 7.3 and 7.3.1, never 7.30
        ("7.3.1", ["ongoing"]),
        ("7", ["done", "reported", "ongoing"]),
        ("7.30", ["done"]),
        ("7.3%", []),
        ("1", []),
    ],
)
async def test_criterion_matches_on_a_dot_boundary(
    uow_factory: UowFactory, tasks: Tasks, criterion: str, expected: list[str]
) -> None:
    found = await _ids(uow_factory, criterion=criterion, statuses=EVERY_STATUS)
    assert found == [getattr(tasks, n) for n in expected]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("so hoa", True),
        ("so hoa ho so", True),  # a phrase, in order
        ("ho so so hoa", False),  # the same words in another order are another phrase
        (fold_key("SỐ HÓA hồ sơ"), True),
        ("so hoa xyz", False),
        ("100%", True),
        ("hoa ho", True),
        ("oa", False),  # whole words only
        ("%", True),  # no words at all: no filter
        ("", True),
    ],
)
async def test_text_search_matches_a_phrase_of_whole_words(
    uow_factory: UowFactory, tasks: Tasks, text: str, found: bool
) -> None:
    ids = await _ids(uow_factory, text=search_key(text))  # the core hands storage a key
    if search_key(text):
        assert ids == ([tasks.ongoing] if found else [])
    else:
        assert len(ids) == 5


async def test_paging_keeps_the_order_and_the_total(
    uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> None:
    deadlines = [None, date(2024, 7, 1), None, date(2024, 6, 1), date(2024, 7, 1), None, None]
    async with uow_factory() as uow:
        ids = [(await uow.tasks.add(new_task(org.doan_bai, d))).id for d in deadlines]
        await uow.commit()
    expected = [ids[3], ids[1], ids[4], ids[0], ids[2], ids[5], ids[6]]
    pages = []
    async with uow_factory() as uow:
        for offset in range(0, 8, 3):
            page = await uow.tasks.find(TaskQuery(ALL, limit=3, offset=offset))
            assert page.total == 7
            pages.extend(task.id for task in page.items)
        beyond = await uow.tasks.find(TaskQuery(ALL, limit=3, offset=30))
    assert pages == expected
    assert (beyond.items, beyond.total) == ((), 7)


async def test_found_tasks_carry_their_support_and_criteria(
    uow_factory: UowFactory, org: Org, tasks: Tasks
) -> None:
    async with uow_factory() as uow:
        page = await uow.tasks.find(TaskQuery(ALL, lead_unit_ids=frozenset({org.hoang_an})))
        assert [task.support_unit_ids for task in page.items] == [(UnitId(org.doan_bai),)]
        assert page.items[0] == await uow.tasks.get(tasks.before_today)
