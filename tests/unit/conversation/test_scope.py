"""Scope for every role × intent: staff see their unit, a chair the commune, leaders and admins
their tree; a task outside the scope is answered exactly like a missing one."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.domain import TaskStatus
from handlers.help_text import ONBOARDING
from handlers.messages import Incoming
from tests.conversation_support import Demo

# Handle → how many of the 74 demo tasks that official sees.
VISIBLE = {"noivu": 8, "canboxa": 5, "chutichxa": 5, "chutich": 74, "pct": 74, "admin": 74}


@pytest.mark.parametrize(("handle", "count"), sorted(VISIBLE.items()))
async def test_list_shows_exactly_the_scope(demo: Demo, handle: str, count: int) -> None:
    reply = await demo.say(handle, "danh sách việc")
    assert f"— {count} việc" in reply


@pytest.mark.parametrize(("handle", "count"), sorted(VISIBLE.items()))
async def test_stats_count_exactly_the_scope(demo: Demo, handle: str, count: int) -> None:
    reply = await demo.say(handle, "thống kê")
    assert f": {count} việc" in reply.splitlines()[0]


@pytest.mark.parametrize(
    ("handle", "expected"),
    [("noivu", 1), ("chutichxa", 0), ("canboxa", 0), ("chutich", 5), ("admin", 5)],
)
async def test_due_this_week(demo: Demo, handle: str, expected: int) -> None:
    reply = await demo.say(handle, "viec den han tuan nay")
    if expected:
        assert f"— {expected} việc" in reply
        assert "27/10/2023" in reply
    else:
        assert reply.startswith("Không có việc nào đến hạn từ 23/10/2023 đến 29/10/2023")


@pytest.mark.parametrize(("handle", "expected"), [("noivu", 1), ("chutichxa", 0), ("chutich", 5)])
async def test_overdue_after_the_deadline(demo: Demo, handle: str, expected: int) -> None:
    reply = await demo.say(handle, "quá hạn", today=date(2023, 11, 1))
    if expected:
        assert f"— {expected} việc" in reply
        assert "quá hạn 5 ngày" in reply
    else:
        assert reply.startswith("Không có việc nào quá hạn")


@pytest.mark.parametrize(("handle", "expected"), [("noivu", 1), ("chutichxa", 1), ("admin", 13)])
async def test_search_stays_in_scope(demo: Demo, handle: str, expected: int) -> None:
    reply = await demo.say(handle, "tìm số hóa")
    assert f"— {expected} việc" in reply


@pytest.mark.parametrize(
    "command",
    [
        "xem {id}",
        "xong {id}",
        "duyệt {id}",
        "trả lại {id} thiếu",
        "gia hạn {id} đến 30/11/2023 vì chờ số liệu",
    ],
)
@pytest.mark.parametrize("handle", ["noivu", "chutichxa", "canboxa"])
async def test_other_units_task_looks_missing(demo: Demo, handle: str, command: str) -> None:
    other = await demo.task("tckh", "1.2.c")
    missing = 99_999
    hidden = await demo.say(handle, command.format(id=other.id))
    absent = await demo.say(handle, command.format(id=missing))
    if handle in ("noivu", "canboxa") and command.startswith(("duyệt", "trả lại")):
        # Staff may not review at all: the refusal comes first and says nothing about the task.
        assert hidden == absent
        return
    assert hidden.replace(str(other.id), "N") == absent.replace(str(missing), "N")
    assert "Không tìm thấy việc" in hidden
    assert (await demo.task("tckh", "1.2.c")).status is TaskStatus.OPEN


@pytest.mark.parametrize("handle", ["chutich", "admin", "pct"])
async def test_leaders_see_every_unit_of_their_tree(demo: Demo, handle: str) -> None:
    task = await demo.task("long-dong", "3.-1")
    assert f"Việc #{task.id}:" in await demo.say(handle, f"xem {task.id}")


async def test_chair_sees_own_commune_not_a_neighbour(demo: Demo) -> None:
    own = await demo.task("long-dong", "3.-2")
    neighbour = await demo.task("hung-vu", "3.-2")
    assert f"Việc #{own.id}:" in await demo.say("chutichxa", f"xem {own.id}")
    assert "Không tìm thấy" in await demo.say("chutichxa", f"xem {neighbour.id}")


@pytest.mark.parametrize(
    ("handle", "unit", "ref"), [("noivu", "noi-vu", "1.3.a"), ("canboxa", "long-dong", "3.-1")]
)
async def test_staff_may_not_review(demo: Demo, handle: str, unit: str, ref: str) -> None:
    own = await demo.task(unit, ref)
    await demo.say(handle, f"xong {own.id}")
    assert "Chỉ lãnh đạo" in await demo.say(handle, f"duyệt {own.id}")


@pytest.mark.parametrize(
    "text",
    [
        "viec den han tuan nay",
        "quá hạn",
        "xem 1",
        "xong 1",
        "duyệt 1",
        "thống kê",
        "tìm số hóa",
        "/help",
        "gia hạn 1 đến 30/11",
        "/start SAIMA123",
    ],
)
async def test_a_stranger_gets_onboarding_and_nothing_else(demo: Demo, text: str) -> None:
    before = await demo.tasks()
    replies = await demo.raw(Incoming("telegram", "424242", text))
    assert len(replies) == 1
    if text.startswith("/start"):
        assert "Mã mời không đúng" in replies[0].text
    else:
        assert replies[0].text == ONBOARDING
    assert await demo.tasks() == before
