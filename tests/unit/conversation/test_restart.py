"""A restart in the middle of a conversation continues it: the pending import preview, the
numbered question and the paged list live in the database (conversation_state), so a new
Conversation object over the same store — a restarted process, or a second one — takes the
next message where the first left off. Past its time to live a step is forgotten and the
answer says so. Run on the in-memory store here and on each test database by
tests/integration/conversation/test_restart_on_sql.py."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date, datetime, timedelta

from handlers.calendar import create_calendar
from handlers.conversation import Conversation
from handlers.domain import DeadlineKind, OfficialId, TaskId, TaskStatus, UnitId
from handlers.import_dialog import PENDING_IMPORT
from handlers.import_notice import fingerprint, plan_from_json, plan_notice, plan_to_json
from handlers.list_tasks import LAST_LIST, ListTasks
from handlers.messages import Incoming
from handlers.ports import TaskCursor, TaskQuery, TaskScope, UnitOfWorkFactory
from notices import parse_notice
from tests.conversation_support import BAC_SON, TZ, Demo, Office

DEMO_NOW = datetime(2023, 10, 25, 9, 30, tzinfo=TZ)
OFFICE_NOW = datetime(2023, 11, 2, 9, tzinfo=TZ)


class Clock:
    """The time the test says; `advance` moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, by: timedelta) -> None:
        self.now += by


def restarted(uow_factory: UnitOfWorkFactory, clock: Clock) -> Conversation:
    """What `nhacviec run` builds at start: a conversation that remembers nothing itself."""
    return Conversation(uow_factory=uow_factory, clock=clock, calendar=create_calendar())


def office_after_restart(office: Office, clock: Clock) -> Office:
    return Office(office.uow_factory, restarted(office.uow_factory, clock))


def demo_after_restart(demo: Demo, clock: Clock) -> Demo:
    return Demo(restarted(demo.uow_factory, clock), demo.uow_factory, demo.directory)


async def stored(uow_factory: UnitOfWorkFactory, chat_ref: str, slot: str, at: datetime) -> bool:
    """Whether the chat's slot holds a row that is live at `at`."""
    async with uow_factory() as uow:
        return await uow.conversation_state.get("telegram", chat_ref, slot, at) is not None


async def test_an_import_preview_is_confirmed_after_a_restart(office: Office) -> None:
    clock = Clock(OFFICE_NOW)
    before = office_after_restart(office, clock)
    assert "Hãy dán toàn văn" in await before.say("admin", "/nhap")
    assert "Tìm thấy 74 việc cho 12 đơn vị" in await before.say("admin", BAC_SON)
    assert await office.counts() == (0, 0)

    clock.advance(timedelta(hours=23))
    after = office_after_restart(office, clock)
    assert "Đã nhập 74 việc" in await after.say("admin", "đồng ý nhập")
    assert (await after.counts())[0] > 0
    # Confirmed: the notice's text is no longer kept as a preview.
    assert not await stored(office.uow_factory, "chat-admin", PENDING_IMPORT.name, clock.now)


async def test_nhap_then_the_pasted_text_after_a_restart(office: Office) -> None:
    clock = Clock(OFFICE_NOW)
    assert "Hãy dán toàn văn" in await office_after_restart(office, clock).say("admin", "/nhap")
    after = office_after_restart(office, clock)
    assert "Tìm thấy 74 việc" in await after.say("admin", BAC_SON)
    assert "Đã hủy" in await office_after_restart(office, clock).say("admin", "hủy")
    assert not await stored(office.uow_factory, "chat-admin", PENDING_IMPORT.name, clock.now)
    assert await office.counts() == (0, 0)


async def test_an_expired_import_preview_imports_nothing(office: Office) -> None:
    clock = Clock(OFFICE_NOW)
    before = office_after_restart(office, clock)
    await before.say("admin", "/nhap")
    assert "Tìm thấy 74 việc" in await before.say("admin", BAC_SON)

    clock.advance(PENDING_IMPORT.ttl + timedelta(minutes=1))
    answer = await office_after_restart(office, clock).say("admin", "đồng ý nhập")
    assert "Đã nhập" not in answer and "hệ thống đang gặp sự cố" not in answer
    assert "hết hạn" in answer or "gửi lại" in answer
    assert await office.counts() == (0, 0)
    # The next write by any chat purges the expired preview (the notice's text) for good.
    await office_after_restart(office, clock).say("noivu", "danh sách việc")
    async with office.uow_factory() as uow:
        purged = await uow.conversation_state.purge_expired(clock.now, 100)
    assert purged == 0
    assert not await stored(office.uow_factory, "chat-admin", PENDING_IMPORT.name, OFFICE_NOW)


async def test_a_preview_naming_a_unit_gone_since_imports_nothing(office: Office) -> None:
    """The org file reloaded between the preview and «đồng ý» (a unit removed): the stored
    plan is not imported against a directory that no longer holds its units."""
    clock = Clock(OFFICE_NOW)
    chat = office_after_restart(office, clock)
    await chat.say("admin", "/nhap")
    assert "Tìm thấy 74 việc" in await chat.say("admin", BAC_SON)
    async with office.uow_factory() as uow:
        state = uow.conversation_state
        raw = await state.get("telegram", "chat-admin", PENDING_IMPORT.name, clock.now)
        assert isinstance(raw, dict) and isinstance(raw["plan"], dict)
        tasks = raw["plan"]["tasks"]
        assert isinstance(tasks, list) and isinstance(tasks[0], dict)
        tasks[0]["leads"] = [987_654]
        expires = clock.now + PENDING_IMPORT.ttl
        await state.put("telegram", "chat-admin", PENDING_IMPORT.name, raw, expires, clock.now)
        await uow.commit()
    answer = await office_after_restart(office, clock).say("admin", "đồng ý")
    assert "Danh sách đơn vị đã thay đổi" in answer
    assert await office.counts() == (0, 0)


async def test_a_numbered_question_is_answered_after_a_restart(demo: Demo) -> None:
    clock = Clock(DEMO_NOW)
    task = next(t for t in await demo.tasks() if t.deadline == date(2023, 10, 27))
    before = demo_after_restart(demo, clock)
    await before.say("noivu", f"xong {task.id}")
    question = await before.say("chutich", f"việc {task.id}")
    assert f"2. Duyệt việc {task.id}" in question

    clock.advance(timedelta(minutes=50))
    answer = await demo_after_restart(demo, clock).say("chutich", "2")
    assert f"Đã xác nhận hoàn thành việc #{task.id}" in answer
    async with demo.uow_factory() as uow:
        done = await uow.tasks.get(TaskId(task.id))
    assert done is not None and done.status is TaskStatus.DONE


async def test_an_expired_question_is_not_answered(demo: Demo) -> None:
    clock = Clock(DEMO_NOW)
    task = next(t for t in await demo.tasks() if t.deadline == date(2023, 10, 27))
    before = demo_after_restart(demo, clock)
    await before.say("noivu", f"xong {task.id}")
    assert "2. Duyệt việc" in await before.say("chutich", f"việc {task.id}")

    clock.advance(timedelta(hours=1, minutes=1))
    answer = await demo_after_restart(demo, clock).say("chutich", "2")
    assert "Đã xác nhận" not in answer and "hệ thống đang gặp sự cố" not in answer
    async with demo.uow_factory() as uow:
        waiting = await uow.tasks.get(TaskId(task.id))
    assert waiting is not None and waiting.status is TaskStatus.REPORTED


async def test_a_paged_list_goes_on_after_a_restart(demo: Demo) -> None:
    clock = Clock(DEMO_NOW)
    first = await demo_after_restart(demo, clock).say("chutich", "danh sách việc")
    assert "(từ 1 đến 8)" in first
    clock.advance(timedelta(minutes=30))
    second = await demo_after_restart(demo, clock).say("chutich", "tiếp")
    assert "(từ 9 đến 16)" in second
    third = await demo_after_restart(demo, clock).say("chutich", "tiếp")
    assert "(từ 17 đến 24)" in third
    assert first.splitlines()[2] != second.splitlines()[2] != third.splitlines()[2]


async def test_an_expired_list_is_not_paged(demo: Demo) -> None:
    clock = Clock(DEMO_NOW)
    assert "(từ 1 đến 8)" in await demo_after_restart(demo, clock).say("chutich", "danh sách việc")
    clock.advance(LAST_LIST.ttl + timedelta(seconds=1))
    answer = await demo_after_restart(demo, clock).say("chutich", "tiếp")
    assert "Không có danh sách nào để xem tiếp" in answer


async def test_a_remembered_list_shows_nothing_outside_the_askers_scope_now(demo: Demo) -> None:
    """A chat relinked to someone who sees less cannot page on through the list of the one
    who saw more."""
    clock = Clock(DEMO_NOW)
    chat = demo_after_restart(demo, clock)
    chutich = demo.directory.by_handle("chutich")
    noivu = demo.directory.by_handle("noivu")
    assert chutich is not None and noivu is not None
    said = await chat.raw(Incoming("telegram", "shared", "danh sách việc", chutich.id))
    assert "(từ 1 đến 8)" in said[0].text
    answer = await chat.raw(Incoming("telegram", "shared", "tiếp", noivu.id))
    assert "Không có danh sách nào để xem tiếp" in answer[0].text


async def test_a_plan_round_trips_through_json_and_confirms_the_same_tasks(office: Office) -> None:
    directory = await office.directory()
    admin = directory.by_handle("admin")
    assert admin is not None
    plan = plan_notice(parse_notice(BAC_SON), directory, admin.unit_id)
    plan = plan.__class__(
        plan.notice, plan.issuer, plan.tasks, plan.unresolved, {"Tên lạ": admin.unit_id}
    )
    back = plan_from_json(json.loads(json.dumps(plan_to_json(plan))))
    assert back == plan
    assert fingerprint(back.notice) == fingerprint(plan.notice)  # re-import still recognised
    assert back.preview(directory) == plan.preview(directory)


def test_a_remembered_list_round_trips_every_field_of_its_query() -> None:
    """Every TaskQuery and TaskScope field is written and read back: a field added to the
    query without its JSON would page on «tiếp» through a different list."""
    scope = TaskScope(frozenset({UnitId(3), UnitId(1)}), OfficialId(7), frozenset({UnitId(1)}))
    query = TaskQuery(
        scope=scope,
        statuses=frozenset({TaskStatus.OPEN, TaskStatus.PAUSED}),
        due_from=date(2026, 1, 1),
        due_to=date(2026, 1, 31),
        overdue_on=date(2026, 1, 15),
        lead_unit_ids=frozenset({UnitId(4)}),
        directing_official_id=OfficialId(8),
        criterion="1.3",
        text=" so hoa ",
        recurring_templates=True,
        recurring=True,
        deadline_kinds=frozenset({DeadlineKind.ONGOING}),
        returned=True,
        awaiting_decision=True,
        created_before=datetime(2026, 1, 2, 3, 4, tzinfo=TZ),
        limit=8,
        offset=16,
        after=TaskCursor(date(2026, 1, 20), TaskId(41)),
    )
    defaults = TaskQuery(scope=TaskScope(None))
    unset = [
        f.name for f in fields(TaskQuery) if getattr(query, f.name) == getattr(defaults, f.name)
    ]
    assert unset == [], "give every field a value that is not its default"
    assert all(getattr(scope, f.name) is not None for f in fields(TaskScope))
    listing = ListTasks(query, "Việc «đến hạn»", "Không có việc nào.")
    back = LAST_LIST.decode(json.loads(json.dumps(LAST_LIST.encode(listing))))
    assert back == listing
