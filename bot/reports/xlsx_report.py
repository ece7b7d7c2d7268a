"""The Excel tracking sheet: one row per task (real dates, frozen header, filters) and a summary
sheet per lead unit with completion rates, overdue cells in red."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from handlers.report_data import ReportData

DATE = "dd/mm/yyyy"
RED = PatternFill(start_color="FFC7CE", end_color="FFC7CE", fill_type="solid")
HEAD = PatternFill(start_color="DDEBF7", end_color="DDEBF7", fill_type="solid")
TASK_COLUMNS = (
    ("TT", 6),
    ("Mã việc", 9),
    ("Nội dung nhiệm vụ", 60),
    ("Thông báo", 20),
    ("Mục", 8),
    ("Đơn vị chủ trì", 28),
    ("Đơn vị phối hợp", 28),
    ("Thời hạn", 12),
    ("Tình trạng", 20),
    ("Kết quả, minh chứng", 40),
    ("Ghi chú", 28),
    ("Ngày báo cáo", 13),
    ("Ngày xác nhận", 13),
)
UNIT_COLUMNS = (
    ("Đơn vị chủ trì", 36),
    ("Tổng số", 10),
    ("Hoàn thành đúng hạn", 12),
    ("Hoàn thành quá hạn", 12),
    ("Đang thực hiện", 12),
    ("Chờ xác nhận", 12),
    ("Quá hạn", 10),
    ("Đã đến hạn", 11),
    ("Tỷ lệ hoàn thành", 12),
)


def render_xlsx(data: ReportData) -> bytes:
    book = Workbook()
    tasks = book.active
    tasks.title = "Theo dõi nhiệm vụ"
    _header(tasks, TASK_COLUMNS)
    for row in data.rows:
        tasks.append(
            [
                row.no,
                row.task_id,
                row.text,
                row.notice_number,
                row.item_ref,
                row.lead_unit,
                row.support_units,
                row.deadline or row.deadline_label,
                row.status,
                row.result,
                row.notes,
                row.reported_on,
                row.confirmed_on,
            ]
        )
    last = tasks.max_row
    tasks.auto_filter.ref = f"A1:M{last}"
    for column in ("H", "L", "M"):
        for cell in tasks[column][1:]:
            cell.number_format = DATE
    for cell in tasks["C"][1:]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    if last > 1:
        tasks.conditional_formatting.add(
            f"A2:M{last}", FormulaRule(formula=['$I2="Quá hạn"'], fill=RED)
        )

    units = book.create_sheet("Tổng hợp theo đơn vị")
    _header(units, UNIT_COLUMNS)
    for s in sorted(data.per_unit, key=lambda s: data.unit_name(s.unit_id)):
        units.append(_unit_row(data.unit_name(s.unit_id), s))
    units.append(_unit_row("Tổng cộng", data.total))
    for cell in units[units.max_row]:
        cell.font = Font(bold=True)
    for cell in units["I"][1:]:
        cell.number_format = "0%"
    if units.max_row > 1:
        units.conditional_formatting.add(
            f"G2:G{units.max_row}", CellIsRule(operator="greaterThan", formula=["0"], fill=RED)
        )
    units.append([])
    units.append([f"Kỳ báo cáo {data.period}; số liệu tính đến {data.as_of:%d/%m/%Y}."])
    units.append(
        ["Tỷ lệ hoàn thành = số việc đã hoàn thành / số việc đã đến hạn (như «thống kê»)."]
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _unit_row(name: str, s) -> list[object]:  # type: ignore[no-untyped-def]
    return [
        name,
        s.total,
        s.done_on_time,
        s.done_late,
        s.no_deadline + s.on_track + s.due_soon,
        s.reported,
        s.overdue,
        s.come_due,
        (s.done / s.come_due) if s.come_due else None,
    ]


def _header(sheet, columns: tuple[tuple[str, int], ...]) -> None:  # type: ignore[no-untyped-def]
    sheet.append([title for title, _ in columns])
    for index, (_, width) in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    sheet.freeze_panes = "A2"
