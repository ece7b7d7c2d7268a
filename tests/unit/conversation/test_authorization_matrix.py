"""Nobody sees or changes another unit's work: every official without a view of a task tries
every task-naming request on it; nothing of the task is shown and nothing about it changes.

Visibility here is computed from the org alone (the official's own unit; a chair's commune and
the units under it; leaders and admins their whole government) — not by the code under test.
Every official × every foreign task × every request: 11,792 attempts, about five seconds.
"""

from __future__ import annotations

import asyncio
from typing import Any

import yaml

from bot.demo import demo_file, load_demo_data
from handlers.domain import Role, Task
from handlers.messages import Attachment, Incoming
from tests.conversation_support import TZ, open_demo
from tests.fakes.uow import FakeUnitOfWorkFactory

REQUESTS = (
    "xem {n}", "chi tiết việc {n}", "xong {n}", "xong việc {n} đã gửi báo cáo",
    "trả lại {n} thiếu hồ sơ", "xác nhận {n}", "duyệt việc {n}", "đồng ý {n}",
    "gia hạn {n} đến 30/12/2023 vì chờ số liệu", "đồng ý gia hạn {n}", "từ chối gia hạn {n}",
    "hủy việc {n} vì trùng", "mở lại việc {n}", "giao lại việc {n} cho Phòng Tư pháp",
    "chuyển việc {n} cho Hoàng Văn Minh", "sửa hạn việc {n} thành 30/12/2023",
    "thêm Phòng Tư pháp phối hợp việc {n}", "bỏ Phòng Nội vụ khỏi việc {n}",
    "sửa nội dung việc {n} thành Việc khác", "{n}", "#{n}", "minh chứng việc {n}",
)  # fmt: skip


def _org() -> tuple[dict[str, str | None], list[dict[str, Any]]]:
    """Each unit code's parent code, and the officials, from the demo org file."""
    data = yaml.safe_load(demo_file("org.yaml"))
    parents: dict[str, str | None] = {}

    def walk(units: list[dict[str, Any]], parent: str | None) -> None:
        for unit in units:
            parents[unit["code"]] = parent
            walk(unit.get("children", []), unit["code"])

    walk(data["units"], None)
    return parents, data["officials"]


def _allowed_units(official: dict[str, Any], parents: dict[str, str | None]) -> set[str] | None:
    """None: every unit of the government (leaders and admins of the demo district)."""
    roles = set(official["roles"])
    if roles & {"leader", "admin"}:
        return None

    def under(code: str) -> set[str]:
        return {c for c in parents if _ancestor(code, c, parents)}

    return under(official["unit"]) if "chair" in roles else {official["unit"]}


def _ancestor(root: str, code: str | None, parents: dict[str, str | None]) -> bool:
    while code is not None:
        if code == root:
            return True
        code = parents[code]
    return False


def test_no_request_reaches_a_task_its_sender_cannot_see() -> None:
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(_matrix())
    finally:
        loop.close()


async def _matrix() -> None:
    factory = FakeUnitOfWorkFactory()
    await load_demo_data(factory, TZ)
    demo = await open_demo(factory)
    parents, officials = _org()
    code_of = {u.id: u.code for u in demo.directory.units.values()}
    tasks: list[Task] = await demo.tasks()
    tried = 0
    for row in officials:
        allowed = _allowed_units(row, parents)
        if allowed is None:
            continue
        official = demo.directory.by_handle(row["handle"])
        assert official is not None and not official.has(Role.LEADER, Role.ADMIN)
        foreign = [
            t
            for t in tasks
            if code_of[t.lead_unit_id] not in allowed
            and not {code_of[u] for u in t.support_unit_ids} & allowed
            and t.directing_official_id != official.id
        ]
        assert foreign, row["handle"]
        for task in foreign:
            for request in REQUESTS:
                text = request.format(n=task.id)
                attachments = (
                    (Attachment("image", "photo-1"),) if text.startswith("minh chứng") else ()
                )
                before = factory.store.tables["tasks"][task.id]
                events = sum(
                    1 for e in factory.store.tables["events"].values() if e.task_id == task.id
                )
                incoming = Incoming("console", row["handle"], text, official.id, attachments)
                for reply in await demo.conversation.handle(incoming):
                    assert task.text[:40] not in reply.text, (row["handle"], text)
                    assert "sự cố" not in reply.text, (row["handle"], text)
                assert factory.store.tables["tasks"][task.id] == before, (row["handle"], text)
                after = sum(
                    1 for e in factory.store.tables["events"].values() if e.task_id == task.id
                )
                assert after == events, (row["handle"], text)
                tried += 1
    assert tried >= 10_000, tried  # 11,792 on the demo: 8 officials' foreign tasks × 22


def _events(factory: FakeUnitOfWorkFactory, task: Task) -> int:
    return sum(1 for e in factory.store.tables["events"].values() if e.task_id == task.id)
