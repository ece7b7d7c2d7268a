"""The org from an Excel workbook: header variants, Vietnamese roles, generated handles, every bad
row named with nothing written, the export read back unchanged, and the shipped template."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook, load_workbook

from bot.demo import demo_file
from bot.org_sheet import TEMPLATE, read_org_workbook, write_org_workbook, write_template
from handlers.domain import Role
from handlers.load_org import load_org, load_org_sheet
from handlers.org_sheet import (
    OrgSheet,
    OrgSheetRejected,
    SheetRow,
    export_org,
    handle_for,
    phone_ok,
    plan_org_sheet,
)
from handlers.ports import UnitOfWorkFactory


def workbook(
    path: Path, officials: Sequence[Sequence[object]], units: Sequence[Sequence[object]] = ()
) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh sách"
    for row in officials:
        sheet.append(list(row))
    if units:
        unit_sheet = book.create_sheet("Đơn vị")
        for row in units:
            unit_sheet.append(list(row))
    book.save(path)
    return path


async def demo_units(uow_factory: UnitOfWorkFactory) -> None:
    """The demo's unit tree from its YAML, without officials."""
    data = yaml.safe_load(demo_file("org.yaml"))
    await load_org({"units": data["units"]}, uow_factory=uow_factory)


async def snapshot(uow_factory: UnitOfWorkFactory) -> tuple[object, object]:
    async with uow_factory() as uow:
        return await uow.units.all(), await uow.officials.all()


async def test_officials_from_xlsx_on_the_demo_units(
    uow_factory: UnitOfWorkFactory, tmp_path: Path
) -> None:
    await demo_units(uow_factory)
    # The headers as offices type them: no diacritics, other case, other words.
    path = workbook(
        tmp_path / "can_bo.xlsx",
        [
            ("DANH SÁCH CÁN BỘ",),
            ("stt", "Ho va ten", "CHỨC DANH", "Don vi cong tac", "SĐT", "Quyền"),
            (1, "Hoàng Văn Minh", "Chuyên viên", "Phòng Nội vụ", "0912 345 678", "chuyên viên"),
            (2, "Hà Văn Sơn", "Chủ tịch UBND xã", "UBND xã Long Đống", 912345679, "Chủ tịch xã"),
            (3, "Phùng Thị Thanh Nga", "Chủ tịch UBND huyện", "huyện Bắc Sơn", None, "chủ tịch"),
            (4, "Vũ Quang Hiến", "Chánh Văn phòng", "VP", "+84 912 000 111", "Văn phòng"),
            (5, "Nguyễn Văn An", "Chuyên viên", "Phòng Tư pháp", None, None),
            (6, "Nguyễn Văn An", "Công chức", "UBND xã Hưng Vũ", None, "cán bộ, lãnh đạo"),
        ],
    )
    loaded = await load_org_sheet(read_org_workbook(path), uow_factory=uow_factory)
    assert (loaded.units, loaded.officials) == (0, 6)
    async with uow_factory() as uow:
        codes = {u.id: u.code for u in await uow.units.all()}
        people = {o.handle: o for o in await uow.officials.all()}
    assert {h: (codes[o.unit_id], set(o.roles)) for h, o in people.items()} == {
        "minhhv": ("noi-vu", {Role.STAFF}),
        "sonhv": ("long-dong", {Role.CHAIR}),
        "ngaptt": ("bac-son", {Role.LEADER}),  # a chair outside a commune leads
        "hienvq": ("vp", {Role.ADMIN}),
        "annv": ("tu-phap", {Role.STAFF}),
        "annv2": ("hung-vu", {Role.STAFF, Role.LEADER}),
    }
    assert people["sonhv"].title == "Chủ tịch UBND xã"
    # Loading the same sheet again finds the same people (by name and unit), no new handles.
    before = await snapshot(uow_factory)
    await load_org_sheet(read_org_workbook(path), uow_factory=uow_factory)
    assert await snapshot(uow_factory) == before


async def test_three_bad_rows_change_nothing_and_are_each_named(
    uow_factory: UnitOfWorkFactory, tmp_path: Path
) -> None:
    await load_org(yaml.safe_load(demo_file("org.yaml")), uow_factory=uow_factory)
    before = await snapshot(uow_factory)
    path = workbook(
        tmp_path / "sai.xlsx",
        [
            ("Họ tên", "Chức vụ", "Đơn vị", "Số điện thoại", "Vai trò", "Tài khoản"),
            ("Hoàng Văn Minh", "Trưởng phòng", "Phòng Nội vụ", "", "lãnh đạo", "noivu"),
            ("Lê Văn Bình", "Chuyên viên", "Phòng Y tế", "", "", ""),
            ("", "Chuyên viên", "Phòng Tư pháp", "", "", ""),
            ("Lò Thị Dung", "Chuyên viên", "Phòng Tư pháp", "", "", ""),
            ("Lò Văn Sáng", "Chuyên viên", "Phòng Tư pháp", "", "thủ quỹ", ""),
        ],
    )
    with pytest.raises(OrgSheetRejected) as rejected:
        await load_org_sheet(read_org_workbook(path), uow_factory=uow_factory)
    assert rejected.value.errors == (
        "Dòng 3: không có đơn vị «Phòng Y tế».",
        "Dòng 4: thiếu họ tên.",
        "Dòng 6: không rõ vai trò «thủ quỹ» (dùng: lãnh đạo, chủ tịch, quản trị, cán bộ).",
    )
    assert await snapshot(uow_factory) == before  # not even the good rows were written


@pytest.mark.parametrize(
    ("rows", "error"),
    [
        (
            [("A Bình", "Phòng Tư pháp", "ab"), ("C Dũng", "Phòng Nội vụ", "AB")],
            "Dòng 3: tài khoản «ab» trùng với dòng 2.",
        ),
        (
            [("Lý Thị Mai", "Phòng Tư pháp", ""), ("Lý thị  Mai", "Tư pháp", "")],
            "Dòng 3: «Lý thị Mai» ở «Tư pháp» trùng với dòng 2.",
        ),
        ([("Lý Thị Mai", "Phòng Tư pháp", "mai ly")], "Dòng 2: tài khoản «mai ly» chỉ gồm"),
        ([("Lý Thị Mai", "", "")], "Dòng 2: thiếu đơn vị."),
    ],
)
async def test_duplicates_and_bad_cells(
    uow_factory: UnitOfWorkFactory, rows: list[tuple[str, str, str]], error: str
) -> None:
    await demo_units(uow_factory)
    rows_with_header = [("Họ và tên", "Đơn vị", "Tài khoản"), *rows]
    sheet = OrgSheet(
        officials=tuple(SheetRow(i, r) for i, r in enumerate(rows_with_header, start=1))
    )
    async with uow_factory() as uow:
        units, officials = await uow.units.all(), await uow.officials.all()
    with pytest.raises(OrgSheetRejected) as rejected:
        plan_org_sheet(sheet, units=units, officials=officials)
    assert len(rejected.value.errors) == 1
    assert rejected.value.errors[0].startswith(error)


async def test_units_sheet_defines_new_units_officials_may_name(
    uow_factory: UnitOfWorkFactory, tmp_path: Path
) -> None:
    await demo_units(uow_factory)
    path = workbook(
        tmp_path / "xa_moi.xlsx",
        [
            ("Họ và tên", "Chức vụ", "Đơn vị", "Vai trò"),
            ("Trần Văn Hải", "Chủ tịch", "UBND xã Tân Thành", "chủ tịch"),
            ("Mã Thị Hoa", "Công chức", "Văn phòng xã Tân Thành", ""),
        ],
        units=[
            ("Tên đơn vị", "Loại", "Đơn vị cấp trên"),
            ("Văn phòng xã Tân Thành", "phòng", "UBND xã Tân Thành"),  # parent defined below
            ("UBND xã Tân Thành", "Xã", "tỉnh Lạng Sơn"),
            ("Phòng Nội vụ", "", "UBND huyện Bắc Sơn"),  # an existing unit, kind kept
        ],
    )
    loaded = await load_org_sheet(read_org_workbook(path), uow_factory=uow_factory)
    assert (loaded.units, loaded.officials) == (3, 2)
    async with uow_factory() as uow:
        units = {u.code: u for u in await uow.units.all()}
        people = {o.handle: o for o in await uow.officials.all()}
    by_id = {u.id: u.code for u in units.values()}

    def parent(code: str) -> str | None:
        parent_id = units[code].parent_id
        return by_id[parent_id] if parent_id else None

    assert units["ubnd-xa-tan-thanh"].kind.value == "commune"
    assert parent("ubnd-xa-tan-thanh") == "lang-son"
    assert parent("van-phong-xa-tan-thanh") == "ubnd-xa-tan-thanh"
    assert units["noi-vu"].aliases == ("PNV", "Nội vụ")  # aliases survive the sheet
    assert people["haitv"].roles == {Role.CHAIR}


async def test_unit_sheet_errors_name_the_sheet(
    uow_factory: UnitOfWorkFactory, tmp_path: Path
) -> None:
    await demo_units(uow_factory)
    path = workbook(
        tmp_path / "don_vi_sai.xlsx",
        [("Họ và tên", "Đơn vị")],
        units=[
            ("Tên đơn vị", "Loại", "Đơn vị cấp trên"),
            ("UBND xã A", "làng", ""),
            ("UBND xã B", "xã", "UBND huyện Z"),
        ],
    )
    with pytest.raises(OrgSheetRejected) as rejected:
        await load_org_sheet(read_org_workbook(path), uow_factory=uow_factory)
    assert rejected.value.errors == (
        "Sheet «Đơn vị», dòng 2: không rõ loại «làng» "
        "(dùng: tỉnh, xã, phường, sở, phòng, ban, cơ quan).",
        "Sheet «Đơn vị», dòng 3: không có đơn vị cấp trên «UBND huyện Z».",
    )


async def test_export_then_load_changes_nothing(
    uow_factory: UnitOfWorkFactory, tmp_path: Path
) -> None:
    loaded = await load_org(yaml.safe_load(demo_file("org.yaml")), uow_factory=uow_factory)
    assert (loaded.units, loaded.officials) == (14, 11)  # the YAML path as before
    before = await snapshot(uow_factory)
    sheet = await export_org(uow_factory=uow_factory)
    path = tmp_path / "xuat.xlsx"
    write_org_workbook(sheet, path)
    again = await load_org_sheet(read_org_workbook(path), uow_factory=uow_factory)
    assert (again.units, again.officials) == (14, 11)
    assert await snapshot(uow_factory) == before
    assert await export_org(uow_factory=uow_factory) == sheet
    book = load_workbook(path)
    assert book.sheetnames == ["Cán bộ", "Đơn vị"]
    assert [c.value for c in book["Cán bộ"][1]][:6] == [
        "STT",
        "Họ và tên",
        "Chức vụ",
        "Đơn vị",
        "Số điện thoại",
        "Vai trò",
    ]


def test_the_committed_template_is_what_the_code_writes(tmp_path: Path) -> None:
    fresh = tmp_path / "template.xlsx"
    write_template(fresh)

    def values(path: Path) -> dict[str, list[tuple[object, ...]]]:
        book = load_workbook(path)
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}

    assert values(TEMPLATE) == values(fresh), "run write_template(TEMPLATE) and commit it"
    assert list(values(TEMPLATE)) == ["Cán bộ", "Đơn vị", "Hướng dẫn"]


async def test_the_template_loads_on_the_demo_org(uow_factory: UnitOfWorkFactory) -> None:
    await demo_units(uow_factory)
    loaded = await load_org_sheet(read_org_workbook(TEMPLATE), uow_factory=uow_factory)
    assert (loaded.units, loaded.officials) == (1, 1)


@pytest.mark.parametrize(
    ("name", "handle"),
    [
        ("Nguyễn Văn An", "annv"),
        ("Đặng Thị Ngọc Ánh", "anhdtn"),
        ("  Lò   Văn Sáng ", "sanglv"),
        ("Mai", "mai"),
        ("", "canbo"),
    ],
)
def test_handle_for(name: str, handle: str) -> None:
    assert handle_for(name) == handle


@pytest.mark.parametrize(
    ("phone", "ok"),
    [
        ("0912 345 678", True),
        ("0912.345.678", True),
        ("+84 912 345 678", True),
        ("912345678", True),  # a number cell loses its leading zero
        ("(0205) 3812 345", True),
        ("12345", False),
        ("0912 345 67x", False),
    ],
)
def test_phone_ok(phone: str, ok: bool) -> None:
    assert phone_ok(phone) is ok
