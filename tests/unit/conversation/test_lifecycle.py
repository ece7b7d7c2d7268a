"""A task's life after the report: every decision reaches the people it concerns once, chairs
hand tasks to their officials, admins and directing leaders correct and cancel, evidence is added
while a report waits, and the extension rules hold."""

from __future__ import annotations

from datetime import date, datetime

from handlers.domain import OfficialId, Task, TaskStatus
from handlers.messages import Attachment, Incoming
from handlers.notify import DECIDED
from tests.conversation_support import TZ, Demo

EVER, LATER = datetime(2000, 1, 1, tzinfo=TZ), datetime(2030, 1, 1, tzinfo=TZ)


async def link(demo: Demo, *handles: str) -> dict[str, OfficialId]:
    """Chat accounts for these officials, as if each had redeemed an invite on Zalo."""
    ids = {}
    async with demo.uow_factory() as uow:
        for handle in handles:
            official = demo.directory.by_handle(handle)
            assert official is not None
            await uow.accounts.link("zalo", f"z-{handle}", official.id)
            ids[handle] = official.id
        await uow.commit()
    return ids


async def told(demo: Demo, official: OfficialId) -> list[str]:
    """The decisions owed to one official, oldest first."""
    async with demo.uow_factory() as uow:
        owed = await uow.outbox.scheduled(EVER, LATER, 500)
    return [m.text for m in owed if m.rule == DECIDED and m.recipient_id == official]


async def task_of(demo: Demo, unit: str, ref: str) -> Task:
    return await demo.task(unit, ref)


async def test_each_decision_reaches_the_reporter_once(demo: Demo) -> None:
    ids = await link(demo, "canboxa", "chutichxa")
    task = await task_of(demo, "long-dong", "3.-2")
    photo = Attachment("image", "photo-1", "bien-ban.jpg")
    await demo.say("canboxa", f"xong {task.id} đã họp dân", attachments=(photo,))
    queue = await demo.say("chutichxa", "chờ duyệt")
    assert f"#{task.id} " in queue and "Đinh Thị Lan báo xong" in queue
    assert "2 minh chứng" in queue  # the note and the photo
    await demo.say("chutichxa", f"trả lại {task.id} thiếu biên bản có chữ ký")
    second = Attachment("image", "photo-2", "bien-ban-ky.jpg")
    await demo.say("canboxa", f"xong {task.id} đã bổ sung biên bản", attachments=(second,))
    assert "Đã xác nhận hoàn thành" in await demo.say("chutichxa", f"duyệt {task.id}")
    messages = await told(demo, ids["canboxa"])
    assert len(messages) == 2  # the return and the confirmation, each once
    assert "trả lại" in messages[0] and "thiếu biên bản có chữ ký" in messages[0]
    assert "đã xác nhận hoàn thành" in messages[1]
    assert await told(demo, ids["chutichxa"]) == []  # never told of one's own decision


async def test_extension_decisions_are_told_with_the_date_or_the_reason(demo: Demo) -> None:
    ids = await link(demo, "noivu", "tckh")
    one, two = await task_of(demo, "noi-vu", "1/2"), await task_of(demo, "tckh", "1/2")
    await demo.say("noivu", f"gia hạn {one.id} đến 30/11 vì chờ số liệu")
    await demo.say("tckh", f"xin lùi hạn việc {two.id} đến 15/11 vì thiếu người")
    await demo.say("chutich", f"đồng ý gia hạn {one.id}")
    await demo.say("chutich", f"không đồng ý gia hạn {two.id} vì việc gấp")
    assert ["được gia hạn đến 30/11/2023" in m for m in await told(demo, ids["noivu"])] == [True]
    [refused] = await told(demo, ids["tckh"])
    assert "không đồng ý gia hạn" in refused and "việc gấp" in refused
    assert "hạn vẫn là 27/10/2023" in refused


async def test_extension_rules(demo: Demo) -> None:
    dated = await task_of(demo, "noi-vu", "1/2")
    ongoing = await task_of(demo, "noi-vu", "1.3.a")
    assert "cần nêu lý do" in await demo.say("noivu", f"gia hạn {dated.id} đến 30/11")
    assert "không có thời hạn theo ngày" in await demo.say(
        "noivu", f"gia hạn {ongoing.id} đến 30/11 vì bận"
    )
    await demo.say("noivu", f"xong {dated.id}")
    assert "đang chờ xác nhận: không gia hạn nữa" in await demo.say(
        "noivu", f"gia hạn {dated.id} đến 30/11 vì bận"
    )
    after = await task_of(demo, "noi-vu", "1/2")
    assert (after.requested_deadline, after.deadline) == (None, date(2023, 10, 27))


async def test_a_chair_hands_a_task_to_one_of_the_communes_officials(demo: Demo) -> None:
    ids = await link(demo, "canboxa")
    task = await task_of(demo, "long-dong", "3.-2")
    # Another unit's staff do not see the task; the commune's own staff may not hand it out.
    assert "Không tìm thấy việc" in await demo.say("noivu", f"giao việc {task.id} cho chị Lan")
    refused = await demo.say("canboxa", f"giao việc {task.id} cho chị Lan")
    assert "Chỉ Chủ tịch xã, trưởng đơn vị chủ trì hoặc Văn phòng" in refused
    reply = await demo.say("chutichxa", f"giao việc {task.id} cho chị Lan")
    assert "Đã giao việc" in reply and "Đinh Thị Lan" in reply
    assert (await task_of(demo, "long-dong", "3.-2")).assignee_id == ids["canboxa"]
    [message] = await told(demo, ids["canboxa"])
    assert f"giao việc #{task.id} cho Đinh Thị Lan" in message
    assert f"#{task.id} " in await demo.say("canboxa", "việc của tôi")
    assert "giao cho Đinh Thị Lan" in await demo.say("chutichxa", f"xem {task.id}")
    outsider = await demo.say("chutichxa", f"giao việc {task.id} cho anh Minh")
    assert "không thuộc đơn vị chủ trì" in outsider


async def test_admins_correct_deadline_lead_support_and_text(demo: Demo) -> None:
    ids = await link(demo, "noivu", "tuphap")
    task = await task_of(demo, "noi-vu", "1/2")
    assert "Chỉ Văn phòng" in await demo.say("noivu", f"sửa hạn {task.id} thành 30/11")
    assert "Đã sửa hạn" in await demo.say("admin", f"sửa hạn {task.id} thành 30/11 vì chỉ đạo mới")
    assert (await task_of(demo, "noi-vu", "1/2")).deadline == date(2023, 11, 30)
    added = await demo.say("admin", f"thêm phòng tư pháp phối hợp việc {task.id}")
    assert "Đã thêm Phòng Tư pháp" in added
    assert "Phòng Tư pháp" in await demo.say("tuphap", f"xem {task.id}")  # support sees it
    new_text = "Xây dựng sáng kiến cải cách hành chính của Phòng Nội vụ năm 2023"
    await demo.say("admin", f"sửa nội dung việc {task.id} thành: {new_text}")
    assert f"#{task.id} " in await demo.say("admin", "tìm sáng kiến cải cách")
    moved = await demo.say("admin", f"đổi chủ trì việc {task.id} sang Phòng Tư pháp")
    assert "sang Phòng Tư pháp chủ trì" in moved
    after = await demo.tasks()
    [changed] = [t for t in after if t.id == task.id]
    assert changed.lead_unit_id != task.lead_unit_id and changed.text == new_text
    minh = await told(demo, ids["noivu"])
    assert len(minh) == 4 and "30/11/2023" in minh[0] and "Phòng Tư pháp chủ trì" in minh[-1]
    history = await demo.say("admin", f"xem {task.id}")
    for said in ("sửa hạn thành 30/11/2023", "sửa đơn vị phối hợp", "sửa nội dung"):
        assert said in history


async def test_cancel_with_a_reason_leaves_the_lists_and_keeps_the_history(demo: Demo) -> None:
    task = await task_of(demo, "noi-vu", "1.3.b")
    assert "cần nêu lý do" in await demo.say("admin", f"hủy việc {task.id}")
    assert "Đã hủy" in await demo.say("admin", f"hủy việc {task.id} vì trùng với việc khác")
    assert f"#{task.id} " not in await demo.say("noivu", "việc của tôi")
    detail = await demo.say("noivu", f"xem {task.id}")
    assert "Tình trạng: đã hủy" in detail and "hủy việc: Trùng với việc khác" in detail
    assert f"#{task.id} " in await demo.say("admin", "việc đã hủy")
    cancelled = await task_of(demo, "noi-vu", "1.3.b")
    assert cancelled.status is TaskStatus.CANCELLED


async def test_a_confirmed_task_is_reopened_with_a_reason(demo: Demo) -> None:
    ids = await link(demo, "noivu")
    task = await task_of(demo, "noi-vu", "1.3.a")
    await demo.say("noivu", f"xong {task.id}")
    await demo.say("chutich", f"duyệt {task.id}")
    assert "cần nêu lý do" in await demo.say("chutich", f"mở lại {task.id}")
    assert "Đã mở lại" in await demo.say("chutich", f"mở lại {task.id} vì thiếu số liệu quý")
    assert (await task_of(demo, "noi-vu", "1.3.a")).status is TaskStatus.OPEN
    assert "được mở lại: thiếu số liệu quý" in (await told(demo, ids["noivu"]))[-1]


async def test_evidence_is_added_while_the_report_waits(demo: Demo) -> None:
    task = await task_of(demo, "noi-vu", "1.3.a")
    photo = (Attachment("image", "photo-9", "anh.jpg"),)
    official = demo.directory.by_handle("noivu")
    assert official is not None

    async def send(text: str) -> str:
        incoming = Incoming("console", "noivu", text, official.id, photo, today=date(2023, 10, 25))
        return "\n".join(r.text for r in await demo.raw(incoming))

    assert "minh chứng bổ sung được khi" in await send(f"minh chứng việc {task.id}")
    await demo.say("noivu", f"xong {task.id}")
    assert f"Đã thêm 1 minh chứng cho việc #{task.id}" in await send(f"bổ sung việc {task.id}")
    await demo.say("chutich", f"duyệt {task.id}")
    assert "đã hoàn thành" in await send(f"minh chứng việc {task.id}")
