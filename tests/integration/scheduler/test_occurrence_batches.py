"""Recurring occurrences created a batch of templates at a time make exactly the tasks and events
that one template at a time did (the code before batches, kept below as the reference).

Templates of every recurrence, some with supporting units (out of id order), criteria, a
notice, a directing leader; some closed (no occurrence), some already holding this period's
occurrence (skipped) or an older one (not in the way), a yearly one whose named day does not
exist (none), and dated recurring tasks (not templates). The batch runs over several batches
(BATCH patched small) and the reference inside a transaction that is rolled back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from handlers import create_occurrences as module
from handlers.create_occurrences import create_occurrences, next_occurrence
from handlers.directory import DirectoryCache
from handlers.domain import (
    DeadlineKind,
    EventKind,
    NewTask,
    Recurrence,
    Task,
    TaskEvent,
    TaskStatus,
)
from handlers.load_org import load_org
from handlers.ports import NewNotice, TaskQuery, TaskScope, UnitOfWork
from handlers.render import fmt_date
from notices.text import fold, search_key
from tests.fakes.uow import FakeUnitOfWorkFactory

from .test_batch_digests import ORG

NOW = datetime(2024, 1, 2, 1, 30, tzinfo=UTC)
TODAY = date(2024, 1, 2)
PHRASES = {
    Recurrence.MONTHLY: ["hằng tháng", None],
    Recurrence.QUARTERLY: ["định kỳ hằng quý", "trước ngày cuối quý"],
    Recurrence.HALF_YEARLY: ["6 tháng một lần"],
    Recurrence.YEARLY: [
        "hằng năm",
        "trước ngày 31 tháng 3 hằng năm",
        "trước ngày 15/12 hằng năm",
        "trước ngày 31/2 hằng năm",  # no such day: no occurrence
    ],
}


async def seed(uow_factory: Callable[[], UnitOfWork]) -> None:
    await load_org(ORG, uow_factory=uow_factory)
    async with uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
        units = sorted(directory.units)
        leader = directory.by_handle("ct-a")
        assert leader is not None
        notice = await uow.notices.add(
            NewNotice("fp-1", "12/TB-UBND", "TB", date(2023, 11, 1), "UBND tỉnh", "Chế độ báo cáo")
        )
        n = 0
        for recurrence, phrases in PHRASES.items():
            for phrase in phrases:
                for variant in range(4):
                    n += 1
                    closed = n % 5 == 0
                    status = (
                        TaskStatus.DONE
                        if closed
                        else [TaskStatus.OPEN, TaskStatus.REPORTED][n % 2]
                    )
                    template = await uow.tasks.add(
                        NewTask(
                            item_ref=f"m{n}",
                            text=f"Báo cáo định kỳ số {n} về cải cách hành chính",
                            lead_unit_id=units[n % len(units)],
                            deadline=None,
                            deadline_kind=DeadlineKind.RECURRING,
                            notice_id=notice.id if variant != 1 else None,
                            deadline_phrase=phrase,
                            recurrence=recurrence,
                            criteria=("7.3.1", "2.1") if variant == 2 else (),
                            # out of id order, so positions are the template's, not the ids'
                            support_unit_ids=tuple(units[-1 - variant : -4 : -1])
                            if variant
                            else (),
                            directing_official_id=leader.id if variant == 3 else None,
                            directing_name=leader.name if variant == 3 else None,
                            status=status,
                            created_at=NOW - timedelta(days=60),
                        )
                    )
                    due = next_occurrence(template, TODAY)
                    if due is not None and variant in (0, 3) and n % 2:
                        # This period's occurrence exists already (made on import): skipped.
                        await uow.tasks.add(child(template, due.due))
                    if variant == 1:
                        # An older period's occurrence is no reason to skip this one.
                        await uow.tasks.add(child(template, date(2023, 12, 31) - timedelta(92)))
        # A dated recurring task is an occurrence, never a template.
        await uow.tasks.add(
            NewTask(
                item_ref="dated",
                text="Báo cáo tháng",
                lead_unit_id=units[0],
                deadline=date(2024, 1, 31),
                deadline_kind=DeadlineKind.ON_DATE,
                recurrence=Recurrence.MONTHLY,
                deadline_phrase="hằng tháng",
            )
        )
        await uow.commit()


def child(template: Task, due: date) -> NewTask:
    return NewTask(
        item_ref=template.item_ref,
        text=template.text,
        lead_unit_id=template.lead_unit_id,
        deadline=due,
        deadline_kind=DeadlineKind.ON_DATE,
        parent_id=template.id,
        deadline_phrase="kỳ trước",
        created_at=NOW - timedelta(days=30),
    )


async def reference(uow: UnitOfWork, today: date, now: datetime) -> int:
    """create_occurrences before batches: page through the templates, one template at a time
    (its children read, the copy added through uow.tasks, its event through uow.events)."""
    created = 0
    query = TaskQuery(scope=TaskScope(None), recurring_templates=True, limit=7)
    while True:
        page = await uow.tasks.find(query)
        for template in page.items:
            occurrence = next_occurrence(template, today)
            if occurrence is None:
                continue
            existing = await uow.tasks.children(template.id)
            if any(c.deadline == occurrence.due for c in existing):
                continue
            before = "truoc" in fold(template.deadline_phrase or "")
            task = await uow.tasks.add(
                NewTask(
                    item_ref=template.item_ref,
                    text=template.text,
                    lead_unit_id=template.lead_unit_id,
                    deadline=occurrence.due,
                    deadline_kind=DeadlineKind.BEFORE_DATE if before else DeadlineKind.ON_DATE,
                    notice_id=template.notice_id,
                    deadline_phrase=f"{template.deadline_phrase or 'định kỳ'} — kỳ "
                    f"{occurrence.label}, hạn {fmt_date(occurrence.due)}",
                    criteria=template.criteria,
                    support_unit_ids=template.support_unit_ids,
                    directing_official_id=template.directing_official_id,
                    directing_name=template.directing_name,
                    parent_id=template.id,
                    created_at=now,
                )
            )
            await uow.events.add(
                TaskEvent(
                    task.id, EventKind.CREATED, now, None, "scheduler", f"kỳ {occurrence.label}"
                )
            )
            created += 1
        if query.offset + len(page.items) >= page.total or not page.items:
            return created
        query = dataclasses.replace(query, offset=query.offset + 7)


async def made_now(uow: UnitOfWork, now: datetime) -> dict[tuple[str, date | None], Any]:
    """The tasks created at `now` with their events, keyed by (template's item, deadline),
    every field but the ids."""
    page = await uow.tasks.find(
        TaskQuery(TaskScope(None), statuses=frozenset(TaskStatus), limit=10_000)
    )
    by_id = {t.id: t for t in page.items}
    found = {}
    for task in page.items:
        if task.created_at != now:
            continue
        assert task.parent_id is not None
        events = [
            dataclasses.replace(e, id=None, task_id=0) for e in await uow.events.for_task(task.id)
        ]
        fields = dataclasses.replace(task, id=0, parent_id=None)
        found[(by_id[task.parent_id].item_ref, task.deadline)] = (fields, events)
    return found


async def both(uow_factory: Callable[[], UnitOfWork]) -> tuple[int, Any, int, Any]:
    async with uow_factory() as uow:  # rolled back: the database is left as seeded
        expected_count = await reference(uow, TODAY, NOW)
        expected = await made_now(uow, NOW)
    async with uow_factory() as uow:
        revision = await uow.tasks.revision()
    count = await create_occurrences(TODAY, uow_factory=uow_factory, now=NOW)
    async with uow_factory() as uow:
        made = await made_now(uow, NOW)
        assert await uow.tasks.revision() > revision  # the statistics cache must see them
    return expected_count, expected, count, made


async def test_batch_occurrences_equal_one_template_at_a_time(
    uow_factory: Callable[[], UnitOfWork], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, "BATCH", 5)  # several batches over a few dozen templates
    await seed(uow_factory)
    expected_count, expected, count, made = await both(uow_factory)
    assert made == expected
    assert count == expected_count == len(made)
    # The data are varied enough to tell: some templates skipped, links and kinds copied.
    async with uow_factory() as uow:
        templates = await uow.occurrences.templates(None, 1_000)
    assert 15 < count < len(templates)
    tasks = [task for task, _ in made.values()]
    assert any(t.support_unit_ids and len(t.support_unit_ids) > 1 for t in tasks)
    assert any(t.criteria for t in tasks) and any(t.directing_official_id for t in tasks)
    assert {t.deadline_kind for t in tasks} == {DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE}
    # Found like any task: through a supporting unit (its lead copy kept by triggers) and by
    # its words (SQLite's search index kept by triggers).
    supported = next(t for t in tasks if t.support_unit_ids)
    async with uow_factory() as uow:
        page = await uow.tasks.find(
            TaskQuery(
                TaskScope(frozenset({supported.support_unit_ids[0]})),
                text=search_key(supported.text),
                due_from=supported.deadline,
                due_to=supported.deadline,
            )
        )
    assert [t.text for t in page.items] == [supported.text]
    # Again: nothing more.
    assert await create_occurrences(TODAY, uow_factory=uow_factory, now=NOW) == 0
    # The in-memory fake makes the same.
    fake = FakeUnitOfWorkFactory()
    await seed(fake)
    assert await both(fake) == (expected_count, expected, count, made)


async def test_a_run_cut_short_keeps_the_batches_it_finished(
    uow_factory: Callable[[], UnitOfWork], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each batch commits on its own (its per-unit counts are not held locked for the whole
    run); a failure in a later batch leaves the earlier ones made, and the next run makes only
    the rest."""
    monkeypatch.setattr(module, "BATCH", 5)
    await seed(uow_factory)
    real = module.occurrence_of
    calls = 0

    def failing_in_the_third_batch(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls > 10:
            raise RuntimeError("the scheduler was stopped")
        return real(*args)

    monkeypatch.setattr(module, "occurrence_of", failing_in_the_third_batch)
    with pytest.raises(RuntimeError):
        await create_occurrences(TODAY, uow_factory=uow_factory, now=NOW)
    async with uow_factory() as uow:
        kept = len(await made_now(uow, NOW))
    assert kept > 0  # the first two batches' occurrences were committed
    monkeypatch.setattr(module, "occurrence_of", real)
    rest = await create_occurrences(TODAY, uow_factory=uow_factory, now=NOW)
    async with uow_factory() as uow:
        made = await made_now(uow, NOW)
    # `made` is keyed by (template, deadline): an occurrence made twice would count once there.
    assert rest > 0 and kept + rest == len(made)
