"""Recurring obligations ("định kỳ hằng quý", "trước ngày 31 tháng 3 hằng năm") get one dated
occurrence per period: created on import and by the daily job, never twice."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import yaml

from bot.demo import demo_file
from handlers.create_occurrences import create_occurrences, next_occurrence
from handlers.directory import DirectoryCache
from handlers.domain import DeadlineKind, Recurrence, Task, TaskId, TaskStatus, UnitId
from handlers.import_notice import find_issuer, import_notice, plan_import
from handlers.load_org import load_org
from handlers.ports import TaskQuery, TaskScope, UnitOfWorkFactory
from notices import parse_notice
from tests.conversation_support import TZ

NOTICE = """THÔNG BÁO
Kết luận của Chủ tịch UBND huyện Bắc Sơn về chế độ báo cáo

Ngày 01/11/2023, Chủ tịch UBND huyện chủ trì họp, kết luận như sau:

1. Giao Phòng Nội vụ định kỳ hằng quý tổng hợp, báo cáo kết quả cải cách hành chính.

2. Giao Phòng Tư pháp trước ngày 31 tháng 3 hằng năm báo cáo công tác theo dõi thi hành pháp luật.
"""


def template(recurrence: Recurrence, phrase: str) -> Task:
    return Task(
        TaskId(1),
        None,
        "1",
        "t",
        UnitId(1),
        TaskStatus.OPEN,
        None,
        DeadlineKind.RECURRING,
        phrase,
        recurrence,
    )


@pytest.mark.parametrize(
    ("recurrence", "phrase", "today", "due"),
    [
        (Recurrence.MONTHLY, "hằng tháng", date(2024, 2, 10), date(2024, 2, 29)),
        (Recurrence.QUARTERLY, "định kỳ hằng quý", date(2023, 11, 2), date(2023, 12, 31)),
        (Recurrence.QUARTERLY, "định kỳ hằng quý", date(2024, 1, 1), date(2024, 3, 31)),
        (Recurrence.HALF_YEARLY, "6 tháng một lần", date(2024, 7, 1), date(2024, 12, 31)),
        (Recurrence.YEARLY, "hằng năm", date(2024, 5, 5), date(2024, 12, 31)),
        # A named day of each year: this year's while it is ahead, else next year's.
        (
            Recurrence.YEARLY,
            "trước ngày 31 tháng 3 hằng năm",
            date(2023, 11, 2),
            date(2024, 3, 31),
        ),
        (Recurrence.YEARLY, "trước ngày 15/12 hằng năm", date(2023, 11, 2), date(2023, 12, 15)),
    ],
)
def test_next_occurrence(recurrence: Recurrence, phrase: str, today: date, due: date) -> None:
    occurrence = next_occurrence(template(recurrence, phrase), today)
    assert occurrence is not None and occurrence.due == due


async def all_tasks(uow_factory: UnitOfWorkFactory) -> list[Task]:
    async with uow_factory() as uow:
        page = await uow.tasks.find(
            TaskQuery(scope=TaskScope(None), statuses=frozenset(TaskStatus), limit=100)
        )
    return list(page.items)


async def import_on_demo(text: str, uow_factory: UnitOfWorkFactory) -> datetime:
    """The demo org, then the notice imported on 02/11/2023; returns that instant."""
    await load_org(yaml.safe_load(demo_file("org.yaml")), uow_factory=uow_factory)
    async with uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
    notice = parse_notice(text)
    plan = plan_import(notice, directory, find_issuer(notice, directory))
    now = datetime(2023, 11, 2, 9, tzinfo=TZ)
    await import_notice(
        plan, directory=directory, uow_factory=uow_factory, now=now, actor_id=None, channel="cli"
    )
    return now


async def test_import_creates_the_current_occurrences_and_the_job_the_next(
    uow_factory: UnitOfWorkFactory,
) -> None:
    now = await import_on_demo(NOTICE, uow_factory)
    tasks = await all_tasks(uow_factory)
    templates = [t for t in tasks if t.recurrence is not None]
    occurrences = {t.deadline: t for t in tasks if t.parent_id is not None}
    assert len(templates) == 2
    assert set(occurrences) == {date(2023, 12, 31), date(2024, 3, 31)}
    yearly = occurrences[date(2024, 3, 31)]
    assert yearly.deadline_kind is DeadlineKind.BEFORE_DATE
    assert "kỳ năm 2024" in (yearly.deadline_phrase or "")

    assert await create_occurrences(date(2023, 11, 3), uow_factory=uow_factory, now=now) == 0
    # A new quarter: the quarterly obligation's next occurrence, the yearly one unchanged.
    assert await create_occurrences(date(2024, 1, 2), uow_factory=uow_factory, now=now) == 1
    deadlines = sorted(t.deadline for t in await all_tasks(uow_factory) if t.deadline)
    assert deadlines == [date(2023, 12, 31), date(2024, 3, 31), date(2024, 3, 31)]


GROUP_NOTICE = """THÔNG BÁO
Kết luận của Chủ tịch UBND huyện Bắc Sơn về chế độ báo cáo của các xã

Ngày 01/11/2023, Chủ tịch UBND huyện chủ trì họp, kết luận như sau:

1. UBND các xã, thị trấn định kỳ hằng quý báo cáo kết quả cải cách hành chính.
"""


async def test_a_recurring_item_given_to_a_group_recurs_for_every_unit(
    uow_factory: UnitOfWorkFactory,
) -> None:
    now = await import_on_demo(GROUP_NOTICE, uow_factory)
    tasks = await all_tasks(uow_factory)
    templates = [t for t in tasks if t.recurrence is not None and t.deadline is None]
    occurrences = [t for t in tasks if t.deadline is not None]
    assert len(templates) >= 2  # one per commune, the first the others' parent
    assert sorted(t.lead_unit_id for t in occurrences) == sorted(t.lead_unit_id for t in templates)
    assert {t.deadline for t in occurrences} == {date(2023, 12, 31)}
    assert await create_occurrences(date(2024, 1, 2), uow_factory=uow_factory, now=now) == len(
        templates
    )
