"""Every task transition on every status: what it changes, which events it returns, and the
refusals, with no database (the rules live on `Task`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from handlers.domain import (
    Act,
    Change,
    DeadlineKind,
    EventKind,
    Official,
    OfficialId,
    Role,
    Task,
    TaskId,
    TaskStatus,
    UnitId,
)
from handlers.errors import DomainError, NotAllowed

TODAY = date(2026, 12, 4)
NOW = datetime(2026, 12, 4, 2, 30, tzinfo=UTC)
STAFF, OTHER, LEADER = OfficialId(11), OfficialId(12), OfficialId(30)
UNIT, OTHER_UNIT, SUPPORT = UnitId(1), UnitId(2), UnitId(3)
LAN = Official(STAFF, "lan", "Nguyễn Thị Lan", UNIT, frozenset({Role.STAFF}))
OUTSIDER = Official(OTHER, "hoa", "Trần Hoa", OTHER_UNIT, frozenset({Role.STAFF}))


def act(actor: OfficialId = STAFF) -> Act:
    return Act(actor, NOW, TODAY, "zalo")


def task(status: TaskStatus = TaskStatus.OPEN, **fields: Any) -> Task:
    base = Task(
        id=TaskId(8),
        notice_id=None,
        item_ref="2",
        text="Rà soát thủ tục hành chính",
        lead_unit_id=UNIT,
        status=status,
        deadline=date(2026, 12, 20),
        deadline_kind=DeadlineKind.ON_DATE,
        support_unit_ids=(SUPPORT, OTHER_UNIT),
    )
    return replace(base, **fields)


def only_event(change: Change) -> tuple[EventKind, str, dict[str, Any]]:
    (event,) = change.events
    assert (event.task_id, event.at, event.channel) == (TaskId(8), NOW, "zalo")
    return event.kind, event.message, event.data


# --- The state table: (status, action) -> status after, or the refusal ----------------------

ACTIONS = {
    "report": lambda t: t.report(act(), "đã gửi báo cáo"),
    "confirm": lambda t: t.confirm(act(LEADER), STAFF, by_admin=False),
    "return": lambda t: t.return_(act(LEADER), "thiếu minh chứng"),
    "reopen": lambda t: t.reopen(act(LEADER), "làm lại", reporter_id=STAFF, reviewer=True),
    "extend": lambda t: t.request_extension(act(), date(2027, 1, 15), "chờ số liệu", direct=False),
    "cancel": lambda t: t.cancel(act(LEADER), "không còn phù hợp"),
    "reassign": lambda t: t.reassign(act(LEADER), OTHER_UNIT),
    "delegate": lambda t: t.delegate(act(LEADER), LAN),
}
OPEN, REPORTED, DONE = TaskStatus.OPEN, TaskStatus.REPORTED, TaskStatus.DONE
PAUSED, CANCELLED = TaskStatus.PAUSED, TaskStatus.CANCELLED
TABLE: dict[str, dict[TaskStatus, TaskStatus | str]] = {
    "report": {
        OPEN: REPORTED,
        REPORTED: "đã được báo hoàn thành, đang chờ xác nhận",
        DONE: "đã hoàn thành rồi",
        PAUSED: "tạm dừng, không thể báo xong",
        CANCELLED: "đã hủy, không thể báo xong",
    },
    "confirm": {
        OPEN: "chưa được báo hoàn thành",
        REPORTED: DONE,
        DONE: "đã hoàn thành rồi",
        PAUSED: "chưa được báo hoàn thành",
        CANCELLED: "chưa được báo hoàn thành",
    },
    "return": {
        OPEN: "chưa được báo hoàn thành",
        REPORTED: OPEN,
        DONE: "đã hoàn thành rồi",
        PAUSED: "chưa được báo hoàn thành",
        CANCELLED: "chưa được báo hoàn thành",
    },
    "reopen": {
        OPEN: "đang thực hiện, không cần mở lại",
        REPORTED: OPEN,
        DONE: OPEN,
        PAUSED: OPEN,
        CANCELLED: OPEN,
    },
    "extend": {
        OPEN: OPEN,
        REPORTED: "đã báo hoàn thành, đang chờ xác nhận: không gia hạn nữa",
        DONE: "không còn thực hiện, không cần gia hạn",
        PAUSED: "không còn thực hiện, không cần gia hạn",
        CANCELLED: "không còn thực hiện, không cần gia hạn",
    },
    "cancel": {
        OPEN: CANCELLED,
        REPORTED: CANCELLED,
        DONE: "đã hoàn thành, không thể hủy",
        PAUSED: CANCELLED,
        CANCELLED: "đã hủy rồi",
    },
    "reassign": {
        OPEN: OPEN,
        REPORTED: REPORTED,
        DONE: "đã hoàn thành, không thể đổi đơn vị chủ trì",
        PAUSED: "tạm dừng, không thể đổi đơn vị chủ trì",
        CANCELLED: "đã hủy, không thể đổi đơn vị chủ trì",
    },
    "delegate": {
        OPEN: OPEN,
        REPORTED: REPORTED,
        DONE: "đã hoàn thành, không thể giao cho cán bộ",
        PAUSED: "tạm dừng, không thể giao cho cán bộ",
        CANCELLED: "đã hủy, không thể giao cho cán bộ",
    },
}
CASES = [(a, s, r) for a, row in TABLE.items() for s, r in row.items()]


def test_the_table_covers_every_action_and_status() -> None:
    assert set(TABLE) == set(ACTIONS)
    assert all(set(row) == set(TaskStatus) for row in TABLE.values())


@pytest.mark.parametrize(("action", "status", "expected"), CASES)
def test_state_table(action: str, status: TaskStatus, expected: TaskStatus | str) -> None:
    before = task(status)
    if not isinstance(expected, TaskStatus):  # (a TaskStatus is a str too)
        with pytest.raises(DomainError) as refusal:
            ACTIONS[action](before)
        assert refusal.value.message == f"Việc #8 {expected}."
        return
    change = ACTIONS[action](before)
    assert change.task.status is expected
    assert len(change.events) == 1
    assert before.status is status  # tasks are values: the original is untouched


# --- What each allowed transition records ---------------------------------------------------


def test_report_stamps_today_and_counts_the_evidence() -> None:
    change = task().report(act(), "  đã gửi báo cáo số 45  ", attachments=2)
    assert (change.task.status, change.task.completed_on) == (REPORTED, TODAY)
    assert only_event(change) == (EventKind.REPORTED, "đã gửi báo cáo số 45", {"attachments": 2})


def test_confirm_keeps_the_completion_date() -> None:
    reported = task(REPORTED, completed_on=date(2026, 12, 1))
    change = reported.confirm(act(LEADER), STAFF, by_admin=False)
    assert (change.task.status, change.task.completed_on) == (DONE, date(2026, 12, 1))
    assert only_event(change) == (EventKind.CONFIRMED, "", {})


def test_nobody_but_an_admin_confirms_their_own_report() -> None:
    reported = task(REPORTED)
    with pytest.raises(NotAllowed, match="tự xác nhận"):
        reported.confirm(act(STAFF), STAFF, by_admin=False)
    assert reported.confirm(act(STAFF), STAFF, by_admin=True).task.status is DONE


def test_return_clears_the_completion_date_and_keeps_the_reason() -> None:
    change = task(REPORTED, completed_on=TODAY).return_(act(LEADER), "thiếu minh chứng")
    assert (change.task.status, change.task.completed_on) == (OPEN, None)
    assert only_event(change) == (EventKind.REJECTED, "thiếu minh chứng", {})


def test_only_the_reporter_or_a_reviewer_reopens_a_report() -> None:
    reported = task(REPORTED, completed_on=TODAY)
    undone = reported.reopen(act(STAFF), "báo nhầm", reporter_id=STAFF, reviewer=False)
    assert (undone.task.status, undone.task.completed_on) == (OPEN, None)
    assert only_event(undone) == (
        EventKind.STATUS_CHANGED,
        "báo nhầm",
        {"from": "reported", "to": "open"},
    )
    with pytest.raises(NotAllowed, match="người đã báo cáo hoặc lãnh đạo"):
        reported.reopen(act(OTHER), reporter_id=STAFF, reviewer=False)


def test_only_a_reviewer_reopens_a_confirmed_task_and_says_why() -> None:
    with pytest.raises(NotAllowed, match="mở lại việc đã hoàn thành"):
        task(DONE).reopen(act(STAFF), "sai", reporter_id=None, reviewer=False)
    with pytest.raises(DomainError, match="cần nêu lý do"):
        task(DONE).reopen(act(LEADER), " ", reporter_id=None, reviewer=True)


def test_an_extension_request_waits_for_a_decision() -> None:
    change = task().request_extension(act(), date(2027, 1, 15), "chờ số liệu", direct=False)
    assert change.task.requested_deadline == date(2027, 1, 15)
    assert change.task.deadline == date(2026, 12, 20)
    assert only_event(change) == (
        EventKind.EXTENSION_REQUESTED,
        "chờ số liệu",
        {"old": "2026-12-20", "new": "2027-01-15"},
    )


def test_a_direct_extension_moves_the_deadline_at_once() -> None:
    before = task(deadline_kind=DeadlineKind.BEFORE_DATE, requested_deadline=date(2027, 1, 2))
    change = before.request_extension(act(LEADER), date(2027, 1, 15), "chờ số liệu", direct=True)
    assert (change.task.deadline, change.task.deadline_kind) == (
        date(2027, 1, 15),
        DeadlineKind.ON_DATE,
    )
    assert change.task.deadline_phrase == "gia hạn đến ngày 15/01/2027"
    assert change.task.requested_deadline is None
    assert only_event(change)[0] is EventKind.EXTENSION_APPROVED


@pytest.mark.parametrize(
    "new", [TODAY, date(2026, 12, 1), date(2026, 12, 20)], ids=["today", "past", "same"]
)
def test_an_extension_must_be_later_than_today_and_the_deadline(new: date) -> None:
    with pytest.raises(DomainError, match="phải sau hôm nay và sau hạn hiện tại"):
        task().request_extension(act(), new, "chờ số liệu", direct=False)


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"deadline": None, "deadline_kind": DeadlineKind.NONE}, "không có hạn"),
        ({"deadline": None, "deadline_kind": DeadlineKind.ONGOING}, "thường xuyên"),
        (
            {"deadline": None, "deadline_kind": DeadlineKind.RECURRING, "deadline_phrase": None},
            "định kỳ",
        ),
    ],
)
def test_no_extension_without_a_calendar_deadline(fields: dict[str, Any], said: str) -> None:
    with pytest.raises(DomainError, match=f"không có thời hạn theo ngày \\({said}\\)"):
        task(**fields).request_extension(act(), date(2027, 1, 15), "chờ", direct=False)


def test_an_extension_needs_a_reason_and_waits_alone() -> None:
    with pytest.raises(DomainError, match="cần nêu lý do"):
        task().request_extension(act(), date(2027, 1, 15), "  ", direct=False)
    waiting = task(requested_deadline=date(2027, 1, 10))
    with pytest.raises(DomainError, match="đang chờ lãnh đạo xem xét"):
        waiting.request_extension(act(), date(2027, 1, 15), "thêm nữa", direct=False)


def test_deciding_an_extension() -> None:
    pending = task(requested_deadline=date(2027, 1, 15))
    granted = pending.decide_extension(act(LEADER), approve=True)
    assert (granted.task.deadline, granted.task.requested_deadline) == (date(2027, 1, 15), None)
    assert only_event(granted)[0] is EventKind.EXTENSION_APPROVED
    refused = pending.decide_extension(act(LEADER), approve=False, reason="đủ thời gian")
    assert (refused.task.deadline, refused.task.requested_deadline) == (date(2026, 12, 20), None)
    assert only_event(refused) == (
        EventKind.EXTENSION_REFUSED,
        "đủ thời gian",
        {"old": "2026-12-20", "new": "2027-01-15"},
    )
    with pytest.raises(DomainError, match="không có đề nghị gia hạn nào"):
        task().decide_extension(act(LEADER), approve=True)


def test_cancel_needs_a_reason() -> None:
    with pytest.raises(DomainError, match="Hủy việc cần nêu lý do"):
        task().cancel(act(LEADER), "")


def test_correct_the_deadline_earlier_or_later() -> None:
    earlier = task(requested_deadline=date(2027, 1, 15)).correct_deadline(
        act(LEADER), date(2026, 12, 10), "theo chỉ đạo mới"
    )
    assert (earlier.task.deadline, earlier.task.requested_deadline) == (date(2026, 12, 10), None)
    assert only_event(earlier) == (
        EventKind.EDITED,
        "theo chỉ đạo mới",
        {"field": "deadline", "old": "2026-12-20", "new": "2026-12-10"},
    )
    with pytest.raises(DomainError, match="đã là 20/12/2026"):
        task().correct_deadline(act(LEADER), date(2026, 12, 20))


def test_change_supporting_units() -> None:
    change = task().change_support(act(LEADER), add=(UnitId(9),), remove=(OTHER_UNIT,))
    assert change.task.support_unit_ids == (SUPPORT, UnitId(9))
    assert only_event(change)[2] == {"field": "support", "from": [3, 2], "to": [3, 9]}
    with pytest.raises(DomainError, match="đang chủ trì"):
        task().change_support(act(LEADER), add=(UNIT,))
    with pytest.raises(DomainError, match="không thay đổi"):
        task().change_support(act(LEADER), add=(SUPPORT,))


def test_rewrite_keeps_the_old_words_in_history() -> None:
    change = task().rewrite(act(LEADER), "  Rà soát   toàn bộ thủ tục hành chính cấp xã ")
    assert change.task.text == "Rà soát toàn bộ thủ tục hành chính cấp xã"
    assert only_event(change)[2]["from"] == "Rà soát thủ tục hành chính"
    with pytest.raises(DomainError, match="quá ngắn"):
        task().rewrite(act(LEADER), "ngắn")
    with pytest.raises(DomainError, match="đã hoàn thành, không thể sửa nội dung"):
        task(DONE).rewrite(act(LEADER), "Rà soát toàn bộ thủ tục hành chính cấp xã")


def test_cancel_drops_a_pending_extension() -> None:
    change = task(requested_deadline=date(2027, 1, 15)).cancel(act(LEADER), "thu hồi")
    assert (change.task.status, change.task.requested_deadline) == (CANCELLED, None)
    assert only_event(change) == (
        EventKind.STATUS_CHANGED,
        "thu hồi",
        {"from": "open", "to": "cancelled"},
    )


def test_reassign_moves_the_lead_and_ends_the_delegation() -> None:
    change = task(assignee_id=STAFF).reassign(act(LEADER), OTHER_UNIT, "đúng chức năng")
    assert change.task.lead_unit_id == OTHER_UNIT
    assert change.task.support_unit_ids == (SUPPORT,)  # the new lead no longer supports
    assert change.task.assignee_id is None
    assert only_event(change) == (EventKind.REASSIGNED, "đúng chức năng", {"from": 1, "to": 2})
    with pytest.raises(DomainError, match="đã do đơn vị này chủ trì"):
        task().reassign(act(LEADER), UNIT)


def test_delegate_to_an_official_of_the_lead_unit_only() -> None:
    change = task().delegate(act(LEADER), LAN)
    assert change.task.assignee_id == STAFF
    assert only_event(change) == (EventKind.DELEGATED, "", {"from": None, "to": 11})
    with pytest.raises(DomainError, match="không thuộc đơn vị chủ trì"):
        task().delegate(act(LEADER), OUTSIDER)
    with pytest.raises(DomainError, match="không thuộc đơn vị chủ trì"):
        task().delegate(act(LEADER), replace(LAN, active=False))
    with pytest.raises(DomainError, match="đã giao cho Nguyễn Thị Lan rồi"):
        change.task.delegate(act(LEADER), LAN)
