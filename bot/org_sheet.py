"""The org workbook on disk (openpyxl): read the sheets offices keep; write export and template."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from handlers.org_sheet import OFFICIAL_HEADERS, UNIT_HEADERS, OrgSheet, SheetRow
from notices.text import fold_key

TEMPLATE = Path(__file__).parent / "data" / "org_template.xlsx"
OFFICIALS_SHEET = "Cán bộ"
UNITS_SHEET = "Đơn vị"
GUIDE_SHEET = "Hướng dẫn"
SHEET_SUFFIXES = (".xlsx", ".xlsm")

_GUIDE = (
    "Danh sách cán bộ cho nhacviec",
    "",
    "Sheet «Cán bộ»: mỗi dòng một người. Bắt buộc: Họ và tên, Đơn vị.",
    "• Đơn vị: ghi đúng tên đơn vị đã có (hoặc mã đơn vị), hoặc khai ở sheet «Đơn vị».",
    "• Vai trò: lãnh đạo, chủ tịch (chủ tịch xã/phường), quản trị (văn phòng),"
    " cán bộ (chuyên viên). Để trống là cán bộ; nhiều vai trò cách nhau bằng dấu phẩy.",
    "• Tài khoản: để trống thì tự tạo từ họ tên (Nguyễn Văn An → annv).",
    "• Số điện thoại: chỉ được kiểm tra, chưa lưu vào hệ thống.",
    "",
    "Sheet «Đơn vị» (không bắt buộc): Tên đơn vị, Loại (tỉnh, xã, phường, sở, phòng, ban,"
    " cơ quan), Đơn vị cấp trên; cột Mã để trống thì tự tạo.",
    "",
    "Nạp: nhacviec org load danh_sach.xlsx — có dòng sai thì không ghi gì và báo từng dòng.",
    "Xuất: nhacviec org export -o danh_sach.xlsx",
)
_EXAMPLE_UNIT = ("", "UBND xã Tân Thành", "xã", "UBND tỉnh Lạng Sơn")
_EXAMPLE_OFFICIAL = (
    "1",
    "Nguyễn Văn An",
    "Công chức Văn phòng - Thống kê",
    "UBND xã Tân Thành",
    "0912 345 678",
    "cán bộ",
    "",
)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    return unicodedata.normalize("NFC", str(value)).strip()


def _rows(sheet: Worksheet) -> tuple[SheetRow, ...]:
    return tuple(
        SheetRow(number, tuple(_text(v) for v in values))
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1)
    )


def read_org_workbook(path: Path) -> OrgSheet:
    """The officials sheet («Cán bộ», else the first other than units and guide) and, when
    present, the «Đơn vị» sheet, as plain text rows."""
    workbook = load_workbook(path, data_only=True)
    by_key = {fold_key(ws.title): ws for ws in workbook.worksheets}
    units = by_key.get(fold_key(UNITS_SHEET))
    officials = by_key.get(fold_key(OFFICIALS_SHEET))
    if officials is None:
        skip = {fold_key(UNITS_SHEET), fold_key(GUIDE_SHEET)}
        others = [ws for ws in workbook.worksheets if fold_key(ws.title) not in skip]
        officials = others[0] if others else None
    return OrgSheet(
        officials=_rows(officials) if officials is not None else (),
        units=_rows(units) if units is not None else None,
    )


def _fill(sheet: Worksheet, rows: Sequence[Sequence[str]], widths: Sequence[int]) -> None:
    for row in rows:
        sheet.append(list(row))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDEFGHIJ", widths, strict=False):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"


def write_org_workbook(sheet: OrgSheet, path: Path) -> None:
    """The export: the officials sheet first, then the units sheet."""
    workbook = Workbook()
    officials = workbook.active
    assert officials is not None
    officials.title = OFFICIALS_SHEET
    _fill(officials, [r.cells for r in sheet.officials], (6, 28, 40, 36, 16, 18, 16))
    _fill(
        workbook.create_sheet(UNITS_SHEET),
        [r.cells for r in sheet.units or ()],
        (14, 40, 12, 36),
    )
    workbook.save(path)


def write_template(path: Path) -> None:
    """The blank workbook offices fill in: headers, one example row each, a guide in Vietnamese."""
    workbook = Workbook()
    officials = workbook.active
    assert officials is not None
    officials.title = OFFICIALS_SHEET
    _fill(officials, [OFFICIAL_HEADERS, _EXAMPLE_OFFICIAL], (6, 28, 40, 36, 16, 18, 16))
    _fill(workbook.create_sheet(UNITS_SHEET), [UNIT_HEADERS, _EXAMPLE_UNIT], (14, 40, 12, 36))
    guide = workbook.create_sheet(GUIDE_SHEET)
    for line in _GUIDE:
        guide.append([line])
    guide["A1"].font = Font(bold=True)
    guide.column_dimensions["A"].width = 110
    workbook.save(path)
