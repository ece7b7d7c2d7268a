"""Tasks, notices, history and evidence: create, read back, save, children."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

import pytest

from handlers.domain import (
    Act,
    DeadlineKind,
    EventKind,
    Evidence,
    EvidenceKind,
    NewTask,
    Notice,
    NoticeId,
    Recurrence,
    TaskEvent,
    TaskId,
    TaskStatus,
)
from handlers.ports import NewNotice
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org

UowFactory = Callable[[], SqlUnitOfWork]
NewTaskFn = Callable[..., NewTask]
ICT = timezone(timedelta(hours=7))

NOTICE = NewNotice(
    fingerprint="sha256:abc",
    doc_number="45/TB-UBND",
    doc_type="TB",
    issued_date=date(2024, 3, 7),
    issuer="UBND huyện Hiệp Hòa",
    title="Kết luận của Chủ tịch UBND huyện tại cuộc họp",
    signer="Hoàng Công Bộ",
    signer_title="CHỦ TỊCH",
    source_name="hiep-hoa.txt",
)


async def test_notice_add_get_and_fingerprint(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        added = await uow.notices.add(NOTICE)
        await uow.commit()
    assert added == Notice(added.id, **dataclasses.asdict(NOTICE))
    async with uow_factory() as uow:
        assert await uow.notices.get(added.id) == added
        assert await uow.notices.by_fingerprint("sha256:abc") == added
        assert await uow.notices.by_fingerprint("other") is None
        assert await uow.notices.get(NoticeId(999)) is None


async def test_task_round_trip(uow_factory: UowFactory, org: Org) -> None:
    async with uow_factory() as uow:
        notice = await uow.notices.add(NOTICE)
        new = NewTask(
            item_ref="3.(2)",
            text="Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC",
            lead_unit_id=org.doan_bai,
            deadline=date(2024, 6, 30),
            deadline_kind=DeadlineKind.BEFORE_DATE,
            notice_id=notice.id,
            deadline_phrase="trước ngày 30/6/2024",
            recurrence=Recurrence.QUARTERLY,
            criteria=("7.3.1", "1.5", "7.3.1"),
            support_unit_ids=(org.noi_vu, org.hoang_an, org.noi_vu),
            directing_official_id=org.leader,
            directing_name="Nguyễn Văn Nghị",
            status=TaskStatus.REPORTED,
        )
        added = await uow.tasks.add(new)
        await uow.commit()
    assert added.id == 1
    assert added.created_at is not None and added.created_at.tzinfo == UTC
    # Repeated codes and units are stored once, in the order first given.
    assert added.criteria == ("7.3.1", "1.5")
    assert added.support_unit_ids == (org.noi_vu, org.hoang_an)
    assert (added.status, added.deadline_kind, added.recurrence) == (
        TaskStatus.REPORTED,
        DeadlineKind.BEFORE_DATE,
        Recurrence.QUARTERLY,
    )
    async with uow_factory() as uow:
        assert await uow.tasks.get(added.id) == added
        assert await uow.tasks.get(TaskId(999)) is None


async def test_save_persists_the_mutable_fields(
    uow_factory: UowFactory, org: Org, new_task: NewTaskFn
) -> None:
    async with uow_factory() as uow:
        task = await uow.tasks.add(new_task(org.doan_bai, date(2024, 6, 30)))
        await uow.commit()
    changed = dataclasses.replace(
        task,
        status=TaskStatus.DONE,
        deadline=date(2024, 7, 15),
        deadline_kind=DeadlineKind.BEFORE_DATE,
        deadline_phrase="trước ngày 15/7/2024",
        completed_on=date(2024, 7, 10),
        requested_deadline=date(2024, 7, 15),
    )
    async with uow_factory() as uow:
        await uow.tasks.save(changed)
        assert await uow.tasks.get(task.id) == changed
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.tasks.get(task.id) == changed


async def test_reassign_and_delegate_are_saved_with_their_events(
    uow_factory: UowFactory, org: Org, new_task: NewTaskFn
) -> None:
    """A transition's task and events go through save and events.add as they are: the new
    lead, the supporting units without it, the assignee, and the two newer event kinds."""
    async with uow_factory() as uow:
        task = await uow.tasks.add(
            dataclasses.replace(
                new_task(org.doan_bai, date(2024, 6, 30)),
                support_unit_ids=(org.noi_vu, org.hoang_an),
            )
        )
        people = {o.id: o for o in await uow.officials.all()}
        await uow.commit()
    act = Act(org.admin, datetime(2024, 6, 1, 8, tzinfo=UTC), date(2024, 6, 1), "console")
    moved = task.reassign(act, org.hoang_an, "xã Hoàng An phụ trách địa bàn")
    handed = moved.task.delegate(act, dataclasses.replace(people[org.staff], unit_id=org.hoang_an))
    async with uow_factory() as uow:
        for change in (moved, handed):
            await uow.tasks.save(change.task)
            for event in change.events:
                await uow.events.add(event)
        await uow.commit()
    async with uow_factory() as uow:
        saved = await uow.tasks.get(task.id)
        kinds = [e.kind for e in await uow.events.for_task(task.id)]
    assert saved == handed.task
    assert saved is not None
    assert (saved.lead_unit_id, saved.support_unit_ids) == (org.hoang_an, (org.noi_vu,))
    assert saved.assignee_id == org.staff
    assert kinds == [EventKind.REASSIGNED, EventKind.DELEGATED]


async def test_save_of_a_missing_task_fails(
    uow_factory: UowFactory, org: Org, new_task: NewTaskFn
) -> None:
    async with uow_factory() as uow:
        task = await uow.tasks.add(new_task(org.doan_bai))
        with pytest.raises(LookupError):
            await uow.tasks.save(dataclasses.replace(task, id=TaskId(task.id + 1)))


async def test_children_of_a_group_assignment(
    uow_factory: UowFactory, org: Org, new_task: NewTaskFn
) -> None:
    async with uow_factory() as uow:
        parent = await uow.tasks.add(new_task(org.province, text="UBND các xã thực hiện"))
        first = await uow.tasks.add(new_task(org.doan_bai, parent_id=parent.id))
        second = await uow.tasks.add(new_task(org.hoang_an, parent_id=parent.id))
        await uow.tasks.add(new_task(org.noi_vu))
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.tasks.children(parent.id) == [first, second]
        assert await uow.tasks.children(first.id) == []


async def test_events_are_kept_in_order_with_their_data(
    uow_factory: UowFactory, org: Org, new_task: NewTaskFn
) -> None:
    at = datetime(2024, 6, 10, 8, 30, tzinfo=ICT)
    async with uow_factory() as uow:
        task = await uow.tasks.add(new_task(org.doan_bai))
        later = await uow.events.add(
            TaskEvent(
                task.id, EventKind.REPORTED, at + timedelta(hours=1), org.staff, "zalo", "xong"
            )
        )
        first = await uow.events.add(
            TaskEvent(task.id, EventKind.CREATED, at, None, "cli", data={"notice": "45/TB-UBND"})
        )
        await uow.commit()
    assert first.id is not None and later.id is not None
    async with uow_factory() as uow:
        events = await uow.events.for_task(task.id)
    assert events == [first, later]
    # Stored as UTC, the same instant as the +07:00 input.
    assert events[0].at == at and events[0].at.tzinfo == UTC
    assert events[0].data == {"notice": "45/TB-UBND"}


async def test_evidence_attached_to_a_report(
    uow_factory: UowFactory, org: Org, new_task: NewTaskFn
) -> None:
    async with uow_factory() as uow:
        task = await uow.tasks.add(new_task(org.doan_bai))
        event = await uow.events.add(
            TaskEvent(task.id, EventKind.REPORTED, datetime.now(UTC), org.staff, "telegram")
        )
        photo = await uow.evidence.add(
            Evidence(task.id, EvidenceKind.IMAGE, "tg:file-1", "biên bản", event_id=event.id)
        )
        note = await uow.evidence.add(Evidence(task.id, EvidenceKind.NOTE, "Đã gửi báo cáo số 45"))
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.evidence.for_task(task.id) == [photo, note]
        assert await uow.evidence.for_task(TaskId(task.id + 1)) == []
