"""The province demo (`nhacviec demo --province`): tỉnh Lạng Sơn after the 2025 reform, its 2026
notice imported through the real parser, and a few questions officials ask of it."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

import pytest

from bot.demo import PROVINCE, DemoLoaded, load_demo_data
from handlers.calendar import create_calendar
from handlers.conversation import Conversation
from handlers.directory import DirectoryCache
from handlers.domain import UnitId, UnitKind
from tests.conftest import run_sync
from tests.conversation_support import TZ, Demo
from tests.fakes.uow import FakeStore, FakeUnitOfWorkFactory

TODAY = PROVINCE.today  # 17/03/2026, the day after the notice
COMMUNES = {
    "UBND phường Lương Văn Tri",
    "UBND phường Tam Thanh",
    "UBND xã Bắc Sơn",
    "UBND xã Hưng Vũ",
    "UBND xã Hữu Lũng",
    "UBND xã Đồng Đăng",
}


@pytest.fixture(scope="module")
def _province() -> tuple[FakeStore, DemoLoaded]:
    factory = FakeUnitOfWorkFactory()
    loaded = run_sync(load_demo_data(factory, TZ, PROVINCE))
    return factory.store, loaded


@pytest.fixture
async def province(_province: tuple[FakeStore, DemoLoaded]) -> Demo:
    factory = FakeUnitOfWorkFactory(_province[0].copy())
    async with factory() as uow:
        directory = await DirectoryCache().get(uow)
    conversation = Conversation(
        uow_factory=factory,
        clock=lambda: datetime(2026, 3, 17, 9, 30, tzinfo=TZ),
        calendar=create_calendar(),
    )
    return Demo(conversation, factory, directory)


def test_the_demo_pretends_today_is_the_day_after_the_notice() -> None:
    assert PROVINCE.today == date(2026, 3, 17)
    assert PROVINCE.database_url.endswith("data/demo-province.sqlite3")
    assert PROVINCE.handle == "noivu"


def test_the_province_has_departments_and_communes_and_no_district(
    _province: tuple[FakeStore, DemoLoaded], province: Demo
) -> None:
    loaded = _province[1]
    assert (loaded.units, loaded.officials, loaded.tasks) == (45, 14, 46)
    units = province.directory.units
    assert not [u for u in units.values() if u.kind is UnitKind.LEGACY]
    assert not [u for u in units.values() if "huyện" in u.name.lower()]
    (root,) = [u for u in units.values() if u.parent_id is None]
    assert (root.name, root.kind) == ("UBND tỉnh Lạng Sơn", UnitKind.PROVINCE)
    below_root = [u for u in units.values() if u.parent_id == root.id]
    communes = {u.name for u in below_root if u.kind is UnitKind.COMMUNE}
    departments = {u.name for u in below_root if u.kind is UnitKind.AGENCY}
    assert communes == COMMUNES
    assert {"Sở Nội vụ", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường"} <= departments
    assert {"Văn phòng UBND tỉnh", "Thanh tra tỉnh", "Sở Dân tộc và Tôn giáo"} <= departments
    # Every commune has its own offices (NĐ 150/2025): Văn phòng, Phòng Kinh tế (…), Phòng
    # Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công.
    for commune in (u for u in below_root if u.kind is UnitKind.COMMUNE):
        offices = [u.name for u in units.values() if u.parent_id == commune.id]
        assert len(offices) == 4, commune.name
        assert any(name.startswith("Trung tâm Phục vụ hành chính công") for name in offices)


async def test_the_notice_gives_tasks_to_departments_and_to_every_commune(
    province: Demo,
) -> None:
    directory = province.directory
    refs: dict[str, set[str]] = defaultdict(set)
    leads: dict[str, set[UnitId]] = defaultdict(set)
    for task in await province.tasks():
        refs[directory.unit_name(task.lead_unit_id)].add(task.item_ref or "")
        leads[task.item_ref or ""].add(task.lead_unit_id)
    for commune in COMMUNES:
        assert refs[commune] == {"4.-1", "4.-2", "4.-3", "4.-4"}, commune
    assert {"2.1.a", "2.1.b", "2.1.c", "3"} <= refs["Sở Nội vụ"]
    assert {"2.2.a", "2.2.b", "5", "3"} <= refs["Sở Khoa học và Công nghệ"]
    assert {"2.3", "3"} <= refs["Sở Tài chính"]
    # "Các sở, ban, ngành" fans out to the province's departments, never to a commune.
    assert len(leads["3"]) == 13
    assert not {directory.unit_name(u) for u in leads["3"]} & COMMUNES

    due = await province.task("so-noi-vu", "2.1.a")
    assert (due.deadline, due.deadline_phrase) == (date(2026, 3, 27), "chậm nhất ngày 27/3/2026")
    directed = await province.task("so-khcn", "5")
    pct = directory.by_handle("pct")
    assert pct is not None and directed.directing_official_id == pct.id


async def test_a_department_asks_what_is_due_this_month(province: Demo) -> None:
    said = await province.say("noivu", "việc đến hạn tháng này", today=TODAY)
    assert "Việc đến hạn từ 01/03/2026 đến 31/03/2026" in said
    assert "Sở Nội vụ · hạn 27/03/2026 (còn 10 ngày)" in said
    assert "UBND xã" not in said  # staff see their own department's tasks


async def test_a_commune_chair_sees_the_communes_own_deadline(province: Demo) -> None:
    said = await province.say("chutichxa", "viec den han thang nay", today=TODAY)
    assert "UBND xã Bắc Sơn · hạn 31/03/2026" in said
    assert "Sở Nội vụ · hạn" not in said  # no department task; a text may name the Sở


async def test_overdue_is_empty_the_day_after_and_not_two_weeks_later(province: Demo) -> None:
    said = await province.say("chutich", "quá hạn", today=TODAY)
    assert "Không có việc nào quá hạn tính đến 17/03/2026." in said
    later = await province.say("chutich", "quá hạn", today=date(2026, 4, 2))
    assert "Việc quá hạn tính đến 02/04/2026" in later
    assert "Sở Nội vụ · hạn 27/03/2026, quá hạn 6 ngày" in later
    assert "UBND xã Bắc Sơn · hạn 31/03/2026, quá hạn 2 ngày" in later


async def test_the_chair_of_the_province_compares_the_communes(province: Demo) -> None:
    said = await province.say("chutich", "thống kê các xã", today=TODAY)
    assert "các xã, phường" in said
    for commune in COMMUNES:
        assert f"- {commune}: " in said, commune
    assert "Sở Nội vụ" not in said
