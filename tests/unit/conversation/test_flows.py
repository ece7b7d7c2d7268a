"""Whole conversations: report with evidence → confirm or return, extensions, paging, invites,
and bad input that changes nothing."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from handlers.domain import DeadlineKind, EventKind, TaskStatus
from handlers.errors import DomainError
from handlers.invites import InviteThrottle, IssueInvite, issue_invite
from handlers.messages import Attachment, Incoming
from tests.conversation_support import TZ, Demo

EVER = datetime(2000, 1, 1, tzinfo=TZ)  # the outbox window that holds every owed message


async def test_report_confirm_done(demo: Demo) -> None:
    task = await demo.task("noi-vu", "1.3.a")
    photo = Attachment("image", "photo-file-1", "bien-ban.jpg")
    reply = await demo.say("noivu", f"xong {task.id} đã gửi báo cáo số 45", attachments=(photo,))
    assert "chờ lãnh đạo xác nhận" in reply and "2 minh chứng" in reply
    reported = await demo.task("noi-vu", "1.3.a")
    assert reported.status is TaskStatus.REPORTED
    assert reported.completed_on == date(2023, 10, 25)
    async with demo.uow_factory() as uow:
        pending = await uow.outbox.scheduled(EVER, datetime(2030, 1, 1, tzinfo=TZ), 100)
    recipients = {m.recipient_id for m in pending if m.rule == "reported"}
    expected = {demo.directory.by_handle(h).id for h in ("admin", "chutich", "pct")}  # type: ignore[union-attr]
    assert recipients == expected
    assert "chờ xác nhận" in await demo.say("noivu", f"xem {task.id}")
    assert "Đã xác nhận hoàn thành" in await demo.say("chutich", f"duyệt {task.id}")
    detail = await demo.say("noivu", f"xem {task.id}")
    assert "đã hoàn thành đúng hạn" in detail
    assert "báo cáo số 45" in detail and "ảnh bien-ban.jpg" in detail
    # Stored in UTC, shown in the office's time: the report came at 09:30 in Hà Nội.
    assert "25/10/2023 09:30 Hoàng Văn Minh báo hoàn thành" in detail
    async with demo.uow_factory() as uow:
        kinds = [e.kind for e in await uow.events.for_task(task.id)]
    assert kinds == [EventKind.CREATED, EventKind.REPORTED, EventKind.CONFIRMED]


async def test_return_with_reason_reopens(demo: Demo) -> None:
    task = await demo.task("long-dong", "3.-2")
    await demo.say("canboxa", f"xong {task.id}")
    reply = await demo.say("chutichxa", f"trả lại {task.id} thiếu minh chứng")
    assert "thiếu minh chứng" in reply
    reopened = await demo.task("long-dong", "3.-2")
    assert reopened.status is TaskStatus.OPEN and reopened.completed_on is None


async def test_nobody_confirms_their_own_report(demo: Demo) -> None:
    task = await demo.task("long-dong", "3.-3")
    await demo.say("chutichxa", f"xong {task.id}")
    assert "tự xác nhận" in await demo.say("chutichxa", f"duyệt {task.id}")
    assert "Đã xác nhận" in await demo.say("chutich", f"duyệt {task.id}")


async def test_reporting_twice_is_refused(demo: Demo) -> None:
    task = await demo.task("noi-vu", "1.3.b")
    await demo.say("noivu", f"/xong {task.id}")
    assert "đang chờ xác nhận" in await demo.say("noivu", f"xong {task.id}")


async def test_extension_request_then_approval(demo: Demo) -> None:
    noi_vu = next(u.id for u in demo.directory.units.values() if u.code == "noi-vu")
    initiative = next(
        t
        for t in await demo.tasks()
        if t.lead_unit_id == noi_vu and t.deadline == date(2023, 10, 27)
    )
    reply = await demo.say("noivu", f"gia hạn {initiative.id} đến 3/11/2023 vì chờ số liệu")
    assert "Đã gửi đề nghị gia hạn" in reply
    pending = {t.id: t for t in await demo.tasks()}[initiative.id]
    assert pending.deadline == date(2023, 10, 27)
    assert pending.requested_deadline == date(2023, 11, 3)
    assert "Đã gia hạn" in await demo.say("chutich", f"duyệt {initiative.id}")
    tasks = {t.id: t for t in await demo.tasks()}
    assert tasks[initiative.id].deadline == date(2023, 11, 3)
    assert tasks[initiative.id].deadline_kind is DeadlineKind.ON_DATE
    assert tasks[initiative.id].requested_deadline is None
    # Lateness is measured against the deadline in force.
    assert "Không có việc nào quá hạn" in await demo.say(
        "noivu", "quá hạn", today=date(2023, 11, 1)
    )


async def test_extension_to_an_earlier_date_is_refused(demo: Demo) -> None:
    task = next(t for t in await demo.tasks() if t.deadline == date(2023, 10, 27))
    assert "phải sau" in await demo.say("admin", f"gia hạn {task.id} đến 26/10/2023 vì bận")


async def test_paging_with_next(demo: Demo) -> None:
    first = await demo.say("chutich", "danh sách việc")
    assert "(từ 1 đến 8)" in first and "tiếp" in first
    second = await demo.say("chutich", "tiếp")
    assert "(từ 9 đến 16)" in second
    assert first.splitlines()[2] != second.splitlines()[2]


async def test_invite_links_a_chat_once(demo: Demo) -> None:
    now = datetime(2023, 10, 25, 9, tzinfo=TZ)
    _, code = await issue_invite(IssueInvite("noivu", now), uow_factory=demo.uow_factory)
    linked = await demo.raw(Incoming("telegram", "5551", f"/start {code}"))
    assert "Hoàng Văn Minh" in linked[0].text
    due = await demo.raw(
        Incoming("telegram", "5551", "viec den han tuan nay", today=date(2023, 10, 25))
    )
    assert "27/10/2023" in due[0].text
    again = await demo.raw(Incoming("zalo", "z-77", f"/start {code}"))
    assert "Mã mời không đúng" in again[0].text


async def test_bad_input_changes_nothing(demo: Demo) -> None:
    before = await demo.tasks()
    for text in [
        "x" * 10_000,
        "'; DROP TABLE tasks; --",
        "xong 0",
        "xong 99999999",
        "gia hạn 3 đến 31/02/2024",
        "",
        "🙂",
        "xong",
    ]:
        reply = await demo.say("noivu", text)
        assert reply
    assert await demo.tasks() == before


async def test_unknown_text_gets_the_closest_commands_not_the_whole_help(demo: Demo) -> None:
    reply = await demo.say("noivu", "cho xem lịch họp tuần tới của phòng")
    assert "chưa hiểu" in reply
    assert reply.count("\n- «") <= 3
    assert "Bạn có thể hỏi" not in reply
    assert "Bạn có thể hỏi" in await demo.say("noivu", "/help")


async def test_greetings_and_thanks_get_a_short_polite_answer(demo: Demo) -> None:
    assert "không có gì" in await demo.say("noivu", "cảm ơn bạn nhiều nhé")
    assert await demo.say("noivu", "ok") == "Dạ vâng."
    hello = await demo.say("noivu", "chào bot")
    assert hello.startswith("Chào Hoàng Văn Minh") and len(hello) < 120


async def test_statistics_follow_every_change_at_once(demo: Demo) -> None:
    """Leaders' statistics are cached per task revision: a report shows up immediately."""
    before = await demo.say("chutich", "thống kê")
    assert "- Chờ xác nhận: 0" in before
    assert await demo.say("chutich", "thống kê") == before
    task = await demo.task("noi-vu", "1.3.c")
    await demo.say("noivu", f"xong {task.id}")
    assert "- Chờ xác nhận: 1" in await demo.say("chutich", "thống kê")
    await demo.say("chutich", f"duyệt {task.id}")
    after = await demo.say("chutich", "thống kê")
    assert "- Chờ xác nhận: 0" in after and "- Đã hoàn thành: 1 (đúng hạn 1" in after


async def test_wrong_invite_codes_are_throttled_per_chat(demo: Demo) -> None:
    now = datetime(2023, 10, 25, 9, tzinfo=TZ)
    _, code = await issue_invite(IssueInvite("noivu", now), uow_factory=demo.uow_factory)
    for guess in range(5):
        wrong = await demo.raw(Incoming("telegram", "guesser", f"/start ZZZZZZZ{guess + 2}"))
        assert "Mã mời không đúng" in wrong[0].text
    blocked = await demo.raw(Incoming("telegram", "guesser", f"/start {code}"))
    assert blocked[0].text.startswith("Bạn đã nhập sai mã mời 5 lần liền: vui lòng thử lại sau 15")
    # The right code was not spent on the blocked chat: another chat links with it.
    linked = await demo.raw(Incoming("zalo", "z-78", f"/start {code}"))
    assert "Hoàng Văn Minh" in linked[0].text


def test_the_throttle_forgets_after_its_window_and_on_success() -> None:
    throttle = InviteThrottle()
    key, start = ("telegram", "42"), datetime(2024, 1, 1, 8, tzinfo=TZ)
    for minute in range(5):
        throttle.check(key, start + timedelta(minutes=minute))
        throttle.failed(key, start + timedelta(minutes=minute))
    with pytest.raises(DomainError, match="thử lại sau 11 phút"):
        throttle.check(key, start + timedelta(minutes=4, seconds=30))
    throttle.check(key, start + timedelta(minutes=15))  # the first guess has left the window
    throttle.check(("zalo", "42"), start)  # another chat was never held
    throttle.succeeded(key)
    throttle.check(key, start + timedelta(minutes=5))
