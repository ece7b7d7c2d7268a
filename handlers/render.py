"""Vietnamese rendering of tasks, lists, details and statistics (dates dd/mm/yyyy)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, tzinfo

from handlers.directory import Directory
from handlers.domain import (
    DeadlineKind,
    DueState,
    EventKind,
    Evidence,
    Notice,
    Recurrence,
    Task,
    TaskEvent,
    TaskStatus,
)
from handlers.domain import fmt_date as fmt_date  # where texts have always taken it from
from handlers.due import days_overdue, due_state
from handlers.messages import Button, Reply
from handlers.ports import UnitStats

SUMMARY_CHARS = 150
ITEM_CHARS = 90  # one-line items leave room for their details


RECURRENCE_LABELS = {
    Recurrence.MONTHLY: "hằng tháng",
    Recurrence.QUARTERLY: "hằng quý",
    Recurrence.HALF_YEARLY: "6 tháng một lần",
    Recurrence.YEARLY: "hằng năm",
}

EVENT_LABELS = {
    EventKind.CREATED: "tạo việc",
    EventKind.REPORTED: "báo hoàn thành",
    EventKind.CONFIRMED: "xác nhận hoàn thành",
    EventKind.REJECTED: "trả lại",
    EventKind.EXTENSION_REQUESTED: "đề nghị gia hạn",
    EventKind.EXTENSION_APPROVED: "gia hạn",
    EventKind.EXTENSION_REFUSED: "không đồng ý gia hạn",
    EventKind.NOTE: "ghi chú",
    EventKind.STATUS_CHANGED: "đổi trạng thái",
    EventKind.REASSIGNED: "đổi đơn vị chủ trì",
    EventKind.DELEGATED: "giao cho cán bộ",
    EventKind.EDITED: "sửa",
}


# "(gồm các Phòng: Nội vụ, Văn phòng …, Tư pháp)": long asides that push the task itself out of
# a one-line summary; the detail view keeps them.
_ASIDE = re.compile(r"\s*\([^()]{40,}\)")


def summary(text: str, limit: int = SUMMARY_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = _ASIDE.sub("", text)
    # Upper-casing may decompose ("ΐ" → "Ϊ́"): compose again, replies are NFC.
    text = unicodedata.normalize("NFC", text[:1].upper() + text[1:])
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def deadline_label(task: Task, today: date, soon_until: date) -> str:
    """Where the task stands, in the words the offices use."""
    if task.status is TaskStatus.REPORTED:
        return f"chờ xác nhận (hạn {fmt_date(task.deadline)})" if task.deadline else "chờ xác nhận"
    if task.status in (TaskStatus.PAUSED, TaskStatus.CANCELLED):
        return task.status.label
    state = due_state(task, today, soon_until)
    if state is DueState.DONE_ON_TIME:
        return "đã hoàn thành đúng hạn"
    if state is DueState.DONE_LATE:
        return "đã hoàn thành quá hạn"
    if state is DueState.NO_DEADLINE:
        if task.recurrence is not None:
            return f"định kỳ {RECURRENCE_LABELS[task.recurrence]} (mỗi kỳ là một việc có hạn)"
        return "thường xuyên" if task.deadline_kind is DeadlineKind.ONGOING else "không thời hạn"
    assert task.deadline is not None
    if state is DueState.OVERDUE:
        return overdue_label(task, today)
    left = (task.deadline - today).days
    when = "hôm nay" if left == 0 else f"còn {left} ngày"
    return f"hạn {fmt_date(task.deadline)} ({when})"


def overdue_label(task: Task, today: date) -> str:
    return f"hạn {fmt_date(task.deadline)}, quá hạn {days_overdue(task, today)} ngày"


def task_head(task: Task, limit: int = SUMMARY_CHARS) -> str:
    """How a task is named in every list: its short id, then its one-line summary."""
    return f"#{task.id} {summary(task.text, limit)}"


def task_line(task: Task, directory: Directory, today: date, soon_until: date) -> str:
    """A task in a list answer: the head, then its unit and where it stands."""
    unit = directory.unit_name(task.lead_unit_id)
    status = deadline_label(task, today, soon_until)
    return f"{task_head(task)}\n   {unit} · {status}"


def task_item(task: Task, *details: str, limit: int = ITEM_CHARS) -> str:
    """A task on one bulleted line, for pushed texts: "- #12 Summary — unit, hạn 30/11/2023"."""
    return f"- {task_head(task, limit)} — {', '.join(details)}"


def task_list(
    title: str,
    tasks: Sequence[Task],
    total: int,
    offset: int,
    directory: Directory,
    today: date,
    soon_until: date,
    empty: str,
) -> Reply:
    if not tasks:
        return Reply(empty)
    shown_to = offset + len(tasks)
    header = f"{title} — {total} việc" + (
        f" (từ {offset + 1} đến {shown_to})" if total > len(tasks) else ""
    )
    lines = [header, ""]
    lines += [task_line(t, directory, today, soon_until) for t in tasks]
    buttons: list[Button] = []
    if shown_to < total:
        lines += ["", "Gõ «tiếp» để xem thêm."]
        buttons.append(Button("Xem thêm", "tiếp"))
    lines += ["", "Gõ «xem N» để xem chi tiết, «xong N» khi đã hoàn thành."]
    return Reply("\n".join(lines), tuple(buttons))


def task_detail(
    task: Task,
    *,
    directory: Directory,
    notice: Notice | None,
    events: Sequence[TaskEvent],
    evidence: Sequence[Evidence],
    siblings: Sequence[Task],
    today: date,
    soon_until: date,
    tz: tzinfo | None,
) -> str:
    """`tz` is the office's zone: events are stored in UTC and shown in local time."""
    lines = [f"Việc #{task.id}: {task.text}", ""]
    if notice is not None:
        number = f"số {notice.doc_number}" if notice.doc_number else "(chưa ghi số)"
        issued = f" ngày {fmt_date(notice.issued_date)}" if notice.issued_date else ""
        ref = f", mục {task.item_ref}" if task.item_ref else ""
        lines.append(f"Nguồn: Thông báo {number}{issued}{ref}")
    lines.append(f"Chủ trì: {directory.unit_name(task.lead_unit_id)}")
    if task.support_unit_ids:
        names = ", ".join(directory.unit_name(u) for u in task.support_unit_ids)
        lines.append(f"Phối hợp: {names}")
    director = directory.official(task.directing_official_id)
    directing = director.name if director else task.directing_name
    if directing:
        lines.append(f"Chỉ đạo: {directing}")
    if task.deadline_phrase:
        lines.append(f"Thời hạn: {task.deadline_phrase} ({fmt_date(task.deadline)})")
    lines.append(f"Tình trạng: {task.status.label} — {deadline_label(task, today, soon_until)}")
    if task.requested_deadline:
        lines.append(f"Đang đề nghị gia hạn đến {fmt_date(task.requested_deadline)}")
    if task.criteria:
        lines.append("Tiêu chí: " + ", ".join(task.criteria))
    if len(siblings) > 1:
        done = sum(1 for s in siblings if s.status is TaskStatus.DONE)
        lines.append(f"Cả nhóm: {done}/{len(siblings)} đơn vị đã hoàn thành")
    if evidence:
        lines.append("Minh chứng: " + "; ".join(_evidence_label(e) for e in evidence))
    if events:
        lines += ["", "Lịch sử:"]
        for event in events[-8:]:
            actor = directory.official(event.actor_id)
            who = actor.name if actor else "hệ thống"
            extra = f": {summary(event.message, 80)}" if event.message else ""
            when = event.at.astimezone(tz).strftime("%d/%m/%Y %H:%M")
            lines.append(f"- {when} {who} {_what(event, directory)}{extra}")
    return "\n".join(lines)


def _what(event: TaskEvent, directory: Directory) -> str:
    """What an event did, with the names and dates its data holds ("giao cho Đinh Thị Lan")."""
    data, kind = event.data, event.kind
    if kind is EventKind.DELEGATED and data.get("to"):
        person = directory.official(data["to"])
        return f"giao cho {person.name}" if person else EVENT_LABELS[kind]
    if kind is EventKind.REASSIGNED and data.get("to"):
        return f"chuyển chủ trì sang {directory.unit_name(data['to'])}"
    if kind is EventKind.EDITED:
        field = data.get("field")
        if field == "deadline" and data.get("new"):
            return f"sửa hạn thành {fmt_date(date.fromisoformat(data['new']))}"
        return {"support": "sửa đơn vị phối hợp", "text": "sửa nội dung"}.get(str(field), "sửa")
    if kind is EventKind.EXTENSION_APPROVED and data.get("new"):
        return f"gia hạn đến {fmt_date(date.fromisoformat(data['new']))}"
    if kind is EventKind.STATUS_CHANGED:
        return {"cancelled": "hủy việc", "open": "mở lại"}.get(
            data.get("to", ""), "đổi trạng thái"
        )
    return EVENT_LABELS[kind]


def _evidence_label(evidence: Evidence) -> str:
    if evidence.kind.value == "note":
        return summary(evidence.ref, 80)
    label = "ảnh" if evidence.kind.value == "image" else "tệp"
    return f"{label} {evidence.caption or ''}".strip()


def completion_rate(stats: UnitStats, *, none: str = "chưa có việc nào đến hạn") -> str:
    if stats.come_due == 0:
        return none
    return f"{round(100 * stats.done / stats.come_due)}% ({stats.done}/{stats.come_due})"


def stats_text(
    title: str, total: UnitStats, per_unit: Sequence[UnitStats], directory: Directory, limit: int
) -> str:
    lines = [
        f"{title}: {total.total} việc",
        f"- Quá hạn: {total.overdue}",
        f"- Sắp đến hạn: {total.due_soon}",
        f"- Trong hạn: {total.on_track}",
        f"- Không thời hạn: {total.no_deadline}",
        f"- Chờ xác nhận: {total.reported}",
        f"- Đã hoàn thành: {total.done} "
        f"(đúng hạn {total.done_on_time}, quá hạn {total.done_late})",
        f"Tỷ lệ hoàn thành: {completion_rate(total)}",
    ]
    if len(per_unit) > 1:
        lines += ["", "Theo đơn vị (nhiều việc quá hạn trước):"]
        ranked = sorted(per_unit, key=lambda s: (-s.overdue, -s.total, s.unit_id))
        for s in ranked[:limit]:
            name = directory.unit_name(s.unit_id)
            lines.append(
                f"- {name}: {s.total} việc, quá hạn {s.overdue}, "
                f"hoàn thành {completion_rate(s, none='—')}"
            )
        if len(ranked) > limit:
            lines.append(f"… và {len(ranked) - limit} đơn vị khác")
    return "\n".join(lines)
