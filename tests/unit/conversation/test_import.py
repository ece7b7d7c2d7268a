"""Importing notices: plan and fan-out, idempotence, all-or-nothing, and the chat dialog."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

from bot.demo import SAMPLES
from handlers.directory import Directory
from handlers.domain import DeadlineKind
from handlers.import_notice import (
    ImportPlan,
    ImportResult,
    find_issuer,
    import_notice,
    plan_import,
)
from handlers.messages import Attachment
from handlers.ports import TaskQuery, TaskScope, UnitOfWork, UnitOfWorkFactory
from notices import parse_notice
from tests.conversation_support import BAC_SON, TZ, Office

NOW = datetime(2023, 10, 24, 9, tzinfo=TZ)
EVER = datetime(2000, 1, 1, tzinfo=TZ)  # the outbox window that holds every owed message
SMALL_NOTICE = """THÔNG BÁO
Kết luận của Chủ tịch UBND huyện Bắc Sơn về công tác chuyển đổi số

Ngày 01/11/2023, Chủ tịch UBND huyện chủ trì họp, kết luận như sau:

1. Giao Trung tâm Văn hóa huyện chủ trì xây dựng chuyên mục chuyển đổi số trên trang thông tin
điện tử huyện, hoàn thành chậm nhất ngày 30/11/2023.

2. Giao Phòng Nội vụ rà soát danh mục thủ tục hành chính, hoàn thành trước ngày 15/12/2023.
"""


def bac_son_plan(directory: Directory) -> ImportPlan:
    notice = parse_notice(BAC_SON)
    return plan_import(notice, directory, find_issuer(notice, directory))


async def save(
    plan: ImportPlan, directory: Directory, uow_factory: UnitOfWorkFactory
) -> ImportResult:
    return await import_notice(
        plan, directory=directory, uow_factory=uow_factory, now=NOW, actor_id=None, channel="cli"
    )


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
        owed = await uow.outbox.scheduled(EVER, datetime(2030, 1, 1, tzinfo=TZ), 100)
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


class BreakingUnitOfWork:
    """A real unit of work whose task inserts fail after 39 rows."""

    def __init__(self, real: UnitOfWork) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    async def __aenter__(self) -> BreakingUnitOfWork:
        await self._real.__aenter__()
        self.tasks = BrokenTasks(self._real.tasks, fail_at=40)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._real.__aexit__(exc_type, exc, tb)

    async def commit(self) -> None:
        await self._real.commit()


async def test_an_import_failing_half_way_leaves_nothing(office: Office) -> None:
    directory = await office.directory()

    def breaking() -> UnitOfWork:
        return BreakingUnitOfWork(office.uow_factory())  # type: ignore[return-value]

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
    assert "Đã nhập" not in await office.say("admin", "đồng ý")
    assert await office.counts() == (0, 0)


def test_samples_are_in_the_project() -> None:
    assert Path(SAMPLES).is_dir() and len(list(Path(SAMPLES).glob("*.txt"))) == 6
