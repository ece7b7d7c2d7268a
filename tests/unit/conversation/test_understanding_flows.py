"""What understanding changes in the conversation: filters are applied or the bot says it did
not understand (never the full list in their place), what waits for a decision, extension
decisions, numbered questions, and honest answers for what chat cannot do yet."""

from __future__ import annotations

import re

import pytest

from bot.console import render
from handlers.domain import TaskStatus
from handlers.messages import Button, Reply
from tests.conversation_support import Demo


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("việc đã xong", "đã hoàn thành"),  # status
        ("viec bi tra lai", "bị trả lại"),
        ("việc đang chờ xác nhận của phòng nội vụ", "chờ xác nhận"),
        ("việc không thời hạn", "không có thời hạn"),  # deadline kind
        ("các việc thường xuyên", "thường xuyên"),
        ("việc định kỳ", "định kỳ"),
        ("việc chủ tịch chỉ đạo", "do Phùng Thị Thanh Nga chỉ đạo"),  # a leader by office
        ("việc do PCT chỉ đạo", "do Dương Thị Thép chỉ đạo"),
        ("xóa việc 13", "chưa hiểu"),  # not a chat action
        ("việc theo nghị quyết 12", "chưa hiểu"),  # a filter the bot cannot apply
        ("việc ưu tiên cao", "chưa hiểu"),
        ("cho xem lịch họp tuần tới", "chưa hiểu"),
    ],
)
async def test_a_filter_is_applied_or_refused_never_dropped(
    demo: Demo, text: str, shown: str
) -> None:
    everything = await demo.say("chutich", "danh sách việc")
    reply = await demo.say("chutich", text)
    assert shown in reply
    assert reply != everything


async def test_returned_tasks_are_listed_once_returned(demo: Demo) -> None:
    task = await demo.task("noi-vu", "1.3.a")
    assert "Không có việc nào" in await demo.say("chutich", "việc bị trả lại")
    await demo.say("noivu", f"xong {task.id}")
    await demo.say("chutich", f"trả lại {task.id} thiếu biên bản")
    listed = await demo.say("chutich", "việc bị trả lại")
    assert re.findall(r"#(\d+) ", listed) == [str(task.id)]


async def test_the_queue_holds_reports_and_extension_requests(demo: Demo) -> None:
    reported = await demo.task("noi-vu", "1.3.a")
    extended = await demo.task("noi-vu", "1/2")  # the one with a calendar deadline
    assert "Không có báo cáo hay đề nghị gia hạn" in await demo.say("chutich", "chờ duyệt")
    await demo.say("noivu", f"xong {reported.id} đã gửi báo cáo")
    await demo.say("noivu", f"gia hạn {extended.id} đến 30/11 vì chờ số liệu")
    queue = await demo.say("chutich", "có gì chờ anh duyệt không")
    assert f"#{reported.id} " in queue and f"#{extended.id} " in queue


async def test_extension_decisions_name_the_extension(demo: Demo) -> None:
    one = await demo.task("noi-vu", "1/2")
    two = await demo.task("tckh", "1/2")
    await demo.say("noivu", f"gia hạn {one.id} đến 30/11 vì chờ số liệu")
    await demo.say("tckh", f"gia hạn {two.id} đến 30/11 vì chờ số liệu")
    assert "Đã gia hạn" in await demo.say("chutich", f"đồng ý gia hạn việc {one.id}")
    refused = await demo.say("chutich", f"không đồng ý gia hạn {two.id} vì đủ thời gian")
    assert "Không đồng ý gia hạn" in refused
    one, two = await demo.task("noi-vu", "1/2"), await demo.task("tckh", "1/2")
    assert (one.deadline is not None and one.deadline.month, one.requested_deadline) == (11, None)
    assert two.requested_deadline is None and two.deadline != one.deadline


async def test_a_decision_that_could_be_two_is_asked_and_a_number_answers(demo: Demo) -> None:
    task = await demo.task("noi-vu", "1/2")
    await demo.say("noivu", f"gia hạn {task.id} đến 30/11 vì chờ số liệu")
    await demo.say("noivu", f"xong {task.id}")
    question = await demo.say("chutich", f"duyệt {task.id}")
    assert "cả báo cáo và đề nghị gia hạn" in question
    assert f"1. Xác nhận hoàn thành việc {task.id}" in question
    assert f"2. Đồng ý gia hạn việc {task.id} đến 30/11/2023" in question
    assert (await demo.task("noi-vu", "1/2")).status is TaskStatus.REPORTED
    assert "Đã xác nhận hoàn thành" in await demo.say("chutich", "1")
    after = await demo.task("noi-vu", "1/2")
    assert after.status is TaskStatus.DONE and after.requested_deadline is not None


async def test_another_message_drops_the_question(demo: Demo) -> None:
    task = await demo.task("noi-vu", "1.3.a")
    await demo.say("noivu", f"xong {task.id}")
    assert "1. Xem việc" in await demo.say("chutich", f"việc {task.id}")
    await demo.say("chutich", "thống kê")
    await demo.say("chutich", "2")  # no longer an answer: shows task 2 (or says it is not found)
    assert (await demo.task("noi-vu", "1.3.a")).status is TaskStatus.REPORTED


async def test_a_report_without_a_renderer_names_the_command(demo: Demo) -> None:
    before = await demo.tasks()
    reply = await demo.say("chutich", "xuất excel việc quá hạn")
    assert "nhacviec report --from 2023-10-01 --to 2023-12-31 --format xlsx" in reply
    assert await demo.tasks() == before


def test_the_console_shows_numbered_choices_once() -> None:
    question = Reply(
        "Việc #9 đang chờ duyệt. Bạn muốn:\n1. Xem việc 9", (Button("1. Xem", "xem 9"),)
    )
    assert render(question) != question.text  # ordinary buttons become commands to type
    numbered = Reply(question.text, question.buttons, numbered=True)
    assert render(numbered) == question.text
