"""List tasks in the asker's scope: due in a period, overdue, by unit/person/criterion, search;
«tiếp» pages on through the chat's last list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from handlers.context import Asker, named_unit
from handlers.domain import DeadlineKind, OfficialId, Role, TaskId, TaskStatus, UnitId
from handlers.errors import DomainError
from handlers.memory import Slot
from handlers.messages import Reply
from handlers.nlu import Intent, Understanding
from handlers.ports import JsonValue, TaskCursor, TaskQuery, TaskScope, UnitOfWorkFactory
from handlers.render import fmt_date, task_list
from handlers.turn import Turn
from notices.text import search_key

WEEK = timedelta(days=6)  # "đến hạn" with no period: today and the six days after
_OPEN = frozenset({TaskStatus.OPEN})
_NOT_CANCELLED = frozenset(s for s in TaskStatus if s is not TaskStatus.CANCELLED)


@dataclass(frozen=True, slots=True)
class ListTasks:
    query: TaskQuery
    title: str
    empty: str


def _list_to_json(cmd: ListTasks) -> JsonValue:
    q = cmd.query

    def ids(values: frozenset[Any] | None) -> JsonValue:
        # Unit ids stay numbers; enum members (statuses, deadline kinds) become their values.
        return None if values is None else [getattr(v, "value", v) for v in sorted(values)]

    def day(value: date | datetime | None) -> JsonValue:
        return None if value is None else value.isoformat()

    query: dict[str, JsonValue] = {
        "scope_units": ids(q.scope.unit_ids),
        "scope_directing": q.scope.directing_official_id,
        "scope_roots": ids(q.scope.subtree_roots),
        "statuses": ids(q.statuses),
        "due_from": day(q.due_from),
        "due_to": day(q.due_to),
        "overdue_on": day(q.overdue_on),
        "lead_unit_ids": ids(q.lead_unit_ids),
        "directing_official_id": q.directing_official_id,
        "criterion": q.criterion,
        "text": q.text,
        "recurring_templates": q.recurring_templates,
        "recurring": q.recurring,
        "deadline_kinds": ids(q.deadline_kinds),
        "returned": q.returned,
        "awaiting_decision": q.awaiting_decision,
        "created_before": day(q.created_before),
        "limit": q.limit,
        "offset": q.offset,
        "after": None if q.after is None else [day(q.after.deadline), q.after.task_id],
    }
    return {"query": query, "title": cmd.title, "empty": cmd.empty}


def _list_from_json(raw: JsonValue) -> ListTasks:
    if not isinstance(raw, dict) or not isinstance(raw["query"], dict):
        raise TypeError("a listing is an object")
    q: dict[str, Any] = raw["query"]

    def unit_set(key: str) -> frozenset[UnitId] | None:
        values = q[key]
        return None if values is None else frozenset(UnitId(int(v)) for v in values)

    def day(key: str) -> date | None:
        return None if q[key] is None else date.fromisoformat(q[key])

    def official(key: str) -> OfficialId | None:
        return None if q[key] is None else OfficialId(int(q[key]))

    kinds = q["deadline_kinds"]
    query = TaskQuery(
        scope=TaskScope(
            unit_set("scope_units"),
            official("scope_directing"),
            # Lists remembered before the roots were stored match by unit ids alone.
            frozenset(UnitId(int(v)) for v in q.get("scope_roots") or ()),
        ),
        statuses=frozenset(TaskStatus(s) for s in q["statuses"]),
        due_from=day("due_from"),
        due_to=day("due_to"),
        overdue_on=day("overdue_on"),
        lead_unit_ids=unit_set("lead_unit_ids"),
        directing_official_id=official("directing_official_id"),
        criterion=q["criterion"],
        text=q["text"],
        recurring_templates=bool(q["recurring_templates"]),
        recurring=bool(q["recurring"]),
        deadline_kinds=None if kinds is None else frozenset(DeadlineKind(k) for k in kinds),
        returned=bool(q["returned"]),
        awaiting_decision=bool(q["awaiting_decision"]),
        created_before=(
            None if q["created_before"] is None else datetime.fromisoformat(q["created_before"])
        ),
        limit=int(q["limit"]),
        offset=int(q["offset"]),
        after=_cursor(q.get("after")),
    )
    return ListTasks(query, str(raw["title"]), str(raw["empty"]))


def _cursor(raw: Any) -> TaskCursor | None:
    if raw is None:
        return None
    deadline, task_id = raw
    return TaskCursor(None if deadline is None else date.fromisoformat(deadline), TaskId(task_id))


# The chat's last list, for «tiếp»: an hour, the time one reads through a long list.
LAST_LIST: Slot[ListTasks] = Slot("last_list", timedelta(hours=1), _list_to_json, _list_from_json)


async def list_tasks(cmd: ListTasks, *, asker: Asker, uow_factory: UnitOfWorkFactory) -> Reply:
    async with uow_factory() as uow:
        page = await uow.tasks.find(cmd.query)
    return task_list(
        cmd.title,
        page.items,
        page.total,
        cmd.query.offset,
        asker.directory,
        asker.today,
        asker.soon_until,
        cmd.empty,
    )


async def on_list(turn: Turn) -> Reply:
    """Due, overdue, filtered list or search: remembered so «tiếp» shows the next page."""
    cmd = listing(turn.meaning, turn.asker, turn.services.page_size)
    await turn.remember(LAST_LIST, cmd)
    return await list_tasks(cmd, asker=turn.asker, uow_factory=turn.uow_factory)


async def on_next(turn: Turn) -> Reply:
    last = await turn.recall(LAST_LIST)
    if last is not None and not _within(last.query.scope, turn.asker.scope):
        last = None  # the asker's view narrowed since (a role taken away): list again
    if last is None:
        return Reply("Không có danh sách nào để xem tiếp. Thử «việc đến hạn tuần này».")
    offset = last.query.offset + last.query.limit
    if turn.meaning.page:
        offset = (turn.meaning.page - 1) * last.query.limit
    cmd = replace(last, query=replace(last.query, offset=offset))
    await turn.remember(LAST_LIST, cmd)
    return await list_tasks(cmd, asker=turn.asker, uow_factory=turn.uow_factory)


def _within(stored: TaskScope, current: TaskScope) -> bool:
    """A remembered listing's scope shows nothing the asker may no longer see."""
    if current.unit_ids is not None and (
        stored.unit_ids is None or not stored.unit_ids <= current.unit_ids
    ):
        return False
    # Storage matches the roots' subtrees as they are now, which may have grown since.
    if not stored.subtree_roots <= current.subtree_roots and current.unit_ids is not None:
        return False
    return stored.directing_official_id in (None, current.directing_official_id)


def listing(meaning: Understanding, asker: Asker, page_size: int) -> ListTasks:
    """The query, title and empty answer of a listing question."""
    query = TaskQuery(scope=asker.scope, limit=page_size)
    words: list[str] = []
    if meaning.intent is Intent.DUE:
        start, end = (
            (meaning.range.start, meaning.range.end)
            if meaning.range
            else (asker.today, asker.today + WEEK)
        )
        query = replace(query, due_from=start, due_to=end)
        title = f"Việc đến hạn {period_words(start, end)}"
        empty = f"Không có việc nào đến hạn {period_words(start, end)}."
    elif meaning.intent is Intent.OVERDUE:
        query = replace(query, overdue_on=asker.today, statuses=_OPEN)
        if meaning.range:
            query = replace(query, due_from=meaning.range.start, due_to=meaning.range.end)
        title = f"Việc quá hạn tính đến {fmt_date(asker.today)}"
        empty = f"Không có việc nào quá hạn tính đến {fmt_date(asker.today)}."
    elif meaning.intent is Intent.SEARCH:
        key = search_key(meaning.query or "")
        if not key:
            raise DomainError("Bạn muốn tìm gì? Ví dụ: «tìm số hóa hồ sơ».")
        query = replace(query, text=key, statuses=_NOT_CANCELLED)
        title = f"Kết quả tìm «{meaning.query}»"
        empty = f"Không tìm thấy việc nào có «{meaning.query}»."
    else:
        title, empty = "Danh sách việc đang thực hiện", "Không có việc nào đang thực hiện."
        if meaning.range:
            query = replace(query, due_from=meaning.range.start, due_to=meaning.range.end)
            words.append(period_words(meaning.range.start, meaning.range.end))
    query, filters = _filters(query, meaning, asker)
    words += filters
    if words:
        title += " — " + ", ".join(words)
        empty = empty.rstrip(".") + f" ({', '.join(words)})."
    return ListTasks(query, title, empty)


def _filters(
    query: TaskQuery, meaning: Understanding, asker: Asker
) -> tuple[TaskQuery, list[str]]:
    directory, words = asker.directory, []
    if meaning.unit is not None:
        unit_id, name = named_unit(meaning.unit, asker)
        query = replace(query, lead_unit_ids=directory.expand([unit_id]))
        words.append(name)
    if meaning.person is not None:
        person = directory.official(
            OfficialId(meaning.person.id) if meaning.person.id is not None else None
        )
        if person is None:
            raise DomainError(f"Không tìm thấy cán bộ «{meaning.person.typed}».")
        if person.has(Role.LEADER, Role.CHAIR, Role.ADMIN):
            query = replace(query, directing_official_id=person.id)
            words.append(f"do {person.name} chỉ đạo")
        else:
            query = replace(query, lead_unit_ids=frozenset({person.unit_id}))
            words.append(f"của {person.name}")
    if meaning.criterion:
        query = replace(query, criterion=meaning.criterion)
        words.append(f"tiêu chí {meaning.criterion}")
    if meaning.status is not None:
        query, word = _STATUS_FILTERS[meaning.status](query)
        words.append(word)
    if meaning.deadline_kind is not None:
        query, word = _KIND_FILTERS[meaning.deadline_kind](query)
        words.append(word)
    if meaning.mine:
        me = asker.official
        directing = me.id if me.has(Role.LEADER, Role.CHAIR, Role.ADMIN) else None
        query = replace(query, scope=TaskScope(frozenset({me.unit_id}), directing))
        words.append("của tôi")
    return query, words


Filter = Callable[[TaskQuery], tuple[TaskQuery, str]]
_STATUS_FILTERS: dict[str, Filter] = {
    "done": lambda q: (replace(q, statuses=frozenset({TaskStatus.DONE})), "đã hoàn thành"),
    "reported": lambda q: (replace(q, statuses=frozenset({TaskStatus.REPORTED})), "chờ xác nhận"),
    "returned": lambda q: (
        replace(q, statuses=frozenset({TaskStatus.OPEN}), returned=True),
        "bị trả lại",
    ),
    "paused": lambda q: (replace(q, statuses=frozenset({TaskStatus.PAUSED})), "tạm dừng"),
    "cancelled": lambda q: (replace(q, statuses=frozenset({TaskStatus.CANCELLED})), "đã hủy"),
}
_KIND_FILTERS: dict[str, Filter] = {
    "none": lambda q: (
        replace(q, deadline_kinds=frozenset({DeadlineKind.NONE})),
        "không có thời hạn",
    ),
    "ongoing": lambda q: (
        replace(q, deadline_kinds=frozenset({DeadlineKind.ONGOING})),
        "thường xuyên",
    ),
    "recurring": lambda q: (replace(q, recurring=True), "định kỳ"),
}


def period_words(start: date, end: date) -> str:
    if start == end:
        return f"ngày {fmt_date(start)}"
    return f"từ {fmt_date(start)} đến {fmt_date(end)}"
