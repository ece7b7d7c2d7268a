"""Importing notices: plan and fan-out, idempotence, all-or-nothing, and the chat dialog."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.demo import SAMPLES, demo_file
from handlers.calendar import create_calendar
from handlers.conversation import Conversation
from handlers.directory import Directory, DirectoryCache
from handlers.domain import DeadlineKind, TaskStatus
from handlers.import_notice import (
    ImportPlan,
    ImportResult,
    find_issuer,
    import_notice,
    plan_import,
)
from handlers.load_org import load_org
from handlers.messages import Attachment, Incoming
from handlers.ports import TaskQuery, TaskScope
from notices import parse_notice
from storage.uow import SqlUnitOfWork

from .conftest import TZ

BAC_SON = (SAMPLES / "bac-son-2023-bcd-cchc-9-thang.txt").read_text(encoding="utf-8")
NOW = datetime(2023, 10, 24, 9, tzinfo=TZ)
SMALL_NOTICE = """THÔNG BÁO
Kết luận của Chủ tịch UBND huyện Bắc Sơn về công tác chuyển đổi số

Ngày 01/11/2023, Chủ tịch UBND huyện chủ trì họp, kết luận như sau:

1. Giao Trung tâm Văn hóa huyện chủ trì xây dựng chuyên mục chuyển đổi số trên trang thông tin
điện tử huyện, hoàn thành chậm nhất ngày 30/11/2023.

2. Giao Phòng Nội vụ rà soát danh mục thủ tục hành chính, hoàn thành trước ngày 15/12/2023.
"""


@dataclass
class Office:
    uow_factory: Callable[[], SqlUnitOfWork]
    conversation: Conversation
    fetched: dict[str, bytes] = field(default_factory=dict)

    async def directory(self) -> Directory:
        async with self.uow_factory() as uow:
            return await DirectoryCache().get(uow)

    async def say(self, handle: str, text: str, *attachments: Attachment) -> str:
        official = (await self.directory()).by_handle(handle)
        assert official is not None
        incoming = Incoming(
            "telegram", f"chat-{handle}", text, official.id, attachments, today=date(2023, 11, 2)
        )
        return "\n".join(r.text for r in await self.conversation.handle(incoming))

    async def counts(self) -> tuple[int, int]:
        async with self.uow_factory() as uow:
            page = await uow.tasks.find(
                TaskQuery(scope=TaskScope(None), statuses=frozenset(TaskStatus), limit=1)
            )
            notice = await uow.notices.get(1)  # type: ignore[arg-type]
        return page.total, 0 if notice is None else 1


class FakeFetcher:
    """Remembers every file it was asked for and serves bytes put into it."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.asked: list[str] = []

    async def fetch(self, ref: str, max_bytes: int) -> bytes:
        self.asked.append(ref)
        return self.files[ref][: max_bytes + 1]


def bac_son_plan(directory: Directory) -> ImportPlan:
    notice = parse_notice(BAC_SON)
    return plan_import(notice, directory, find_issuer(notice, directory))


async def save(
    plan: ImportPlan, directory: Directory, uow_factory: Callable[[], SqlUnitOfWork]
) -> ImportResult:
    return await import_notice(
        plan, directory=directory, uow_factory=uow_factory, now=NOW, actor_id=None, channel="cli"
    )


@pytest.fixture
async def office(uow_factory: Callable[[], SqlUnitOfWork]) -> Office:
    await load_org(yaml.safe_load(demo_file("org.yaml")), uow_factory=uow_factory)
    files = {"bac-son": BAC_SON.encode(), "binary": bytes(range(256)) * 20}
    conversation = Conversation(
        uow_factory=uow_factory,
        clock=lambda: datetime(2023, 11, 2, 9, tzinfo=TZ),
        calendar=create_calendar(),
        fetchers={"telegram": FakeFetcher(files)},
    )
    return Office(uow_factory, conversation)


async def test_plan_fans_groups_out_and_links_siblings(office: Office) -> None:
    directory = await office.directory()
    plan = bac_son_plan(directory)
    assert plan.unresolved == ()
    assert (plan.task_count, plan.unit_count) == (74, 12)
    result = await save(plan, directory, office.uow_factory)
    assert result.created == 74
    async with office.uow_factory() as uow:
        page = await uow.tasks.find(TaskQuery(scope=TaskScope(None), criterion="1.5", limit=50))
        group = sorted(page.items, key=lambda t: t.id)
        assert len(group) == 5
        assert group[0].parent_id is None
        assert {t.parent_id for t in group[1:]} == {group[0].id}
        assert {t.deadline for t in group} == {date(2023, 10, 27)}
        assert {t.deadline_kind for t in group} == {DeadlineKind.ON_DATE}
        assert len(await uow.tasks.children(group[0].id)) == 4


async def test_reimport_changes_nothing_and_only_linked_officials_are_told(office: Office) -> None:
    directory = await office.directory()
    noivu = directory.by_handle("noivu")
    assert noivu is not None
    async with office.uow_factory() as uow:
        await uow.accounts.link("zalo", "z-1", noivu.id)
        await uow.commit()
    plan = bac_son_plan(directory)
    first = await save(plan, directory, office.uow_factory)
    again = await save(plan, directory, office.uow_factory)
    assert (again.already_imported, again.created, again.notice_id) == (True, 0, first.notice_id)
    assert (await office.counts())[0] == 74
    async with office.uow_factory() as uow:
        owed = await uow.outbox.pending(datetime(2030, 1, 1, tzinfo=TZ), 100)
    assert [(m.rule, m.recipient_id) for m in owed] == [("new_tasks", noivu.id)]
    assert "Phòng Nội vụ có 8 việc mới" in owed[0].text


class BrokenTasks:
    """The real task repository, failing on the n-th insert: a crash half-way through."""

    def __init__(self, real: Any, fail_at: int) -> None:
        self._real, self._left = real, fail_at

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    async def add(self, task: Any) -> Any:
        self._left -= 1
        if self._left == 0:
            raise RuntimeError("disk full")
        return await self._real.add(task)


class BreakingUnitOfWork(SqlUnitOfWork):
    """The real unit of work whose task inserts fail after 39 rows."""

    async def __aenter__(self) -> BreakingUnitOfWork:
        await super().__aenter__()
        self.tasks = BrokenTasks(self.tasks, fail_at=40)  # type: ignore[assignment]
        return self


async def test_an_import_failing_half_way_leaves_nothing(office: Office) -> None:
    directory = await office.directory()
    breaking = functools.partial(BreakingUnitOfWork, *office.uow_factory.args)  # type: ignore[attr-defined]
    plan = bac_son_plan(directory)
    with pytest.raises(RuntimeError, match="disk full"):
        await import_notice(
            plan, directory=directory, uow_factory=breaking, now=NOW, actor_id=None, channel="cli"
        )
    assert await office.counts() == (0, 0)


async def test_paste_preview_confirm_by_chat(office: Office) -> None:
    assert "Hãy dán toàn văn" in await office.say("admin", "/nhap")
    preview = await office.say("admin", BAC_SON)
    assert "Tìm thấy 74 việc cho 12 đơn vị" in preview
    assert "Cơ quan ban hành: UBND huyện Bắc Sơn" in preview
    assert await office.counts() == (0, 0)  # nothing is written before «đồng ý»
    assert "Đã nhập 74 việc" in await office.say("admin", "đồng ý")
    assert "Không có việc nào" not in await office.say("noivu", "quá hạn")


async def test_fix_an_unknown_name_then_confirm(office: Office) -> None:
    await office.say("admin", "/nhap")
    preview = await office.say("admin", SMALL_NOTICE)
    assert "Tìm thấy 1 việc" in preview and "«Trung tâm Văn hóa huyện»" in preview
    fixed = await office.say("admin", "sửa Trung tâm Văn hóa huyện = Phòng Văn hóa và Thông tin")
    assert "Tìm thấy 2 việc cho 2 đơn vị" in fixed and "tên chưa khớp đơn vị" not in fixed
    assert "Đã nhập 2 việc" in await office.say("admin", "dong y")
    listed = await office.say("vhtt", "việc của tôi")
    assert "chuyên mục chuyển đổi số" in listed and "30/11/2023" in listed


async def test_a_notice_file_from_an_admin_is_previewed_then_cancelled(office: Office) -> None:
    notice = Attachment("file", "bac-son", "thong-bao.txt", "text/plain", len(BAC_SON.encode()))
    assert "Tìm thấy 74 việc" in await office.say("admin", "", notice)
    assert "Đã hủy" in await office.say("admin", "hủy")
    assert await office.counts() == (0, 0)


@pytest.mark.parametrize(
    ("handle", "text", "attachment", "expected"),
    [
        ("noivu", "/nhap", None, "Chỉ cán bộ Văn phòng"),
        ("admin", "", Attachment("file", "binary", "x.pdf", size=5120), "PDF"),
        ("admin", "", Attachment("file", "big", "x.docx", size=50_000_000), "quá lớn"),
    ],
)
async def test_refusals_change_nothing(
    office: Office, handle: str, text: str, attachment: Attachment | None, expected: str
) -> None:
    reply = await office.say(handle, text, *([attachment] if attachment else []))
    assert expected in reply
    assert await office.counts() == (0, 0)


async def test_a_classified_paste_is_refused_and_not_kept(office: Office) -> None:
    await office.say("admin", "/nhap")
    secret = "MẬT\n\n" + BAC_SON
    assert "MẬT" in await office.say("admin", secret)
    # Nothing is pending: «đồng ý» alone means nothing, and no import happens.
    assert "chưa hiểu" in await office.say("admin", "đồng ý")
    assert await office.counts() == (0, 0)


def test_samples_are_in_the_project() -> None:
    assert Path(SAMPLES).is_dir() and len(list(Path(SAMPLES).glob("*.txt"))) == 5
