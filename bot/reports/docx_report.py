"""The Word report a unit sends upward (Decree 30/2020 layout), drawn from ReportData into the
template's placeholders (see bot/reports/template.py for the list)."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from bot.reports.charts import completion_by_unit, overdue_trend
from bot.reports.template import TEMPLATE
from handlers.domain import fmt_date
from handlers.report_data import ReportData, completion, rate

COLUMNS = (
    ("TT", 9),
    ("Nội dung nhiệm vụ", 44),
    ("Nguồn (thông báo, mục)", 18),
    ("Đơn vị chủ trì", 18),
    ("Đơn vị phối hợp", 16),
    ("Thời hạn", 16),
    ("Tình trạng", 16),
    ("Kết quả, minh chứng", 18),
    ("Ghi chú", 10),
)
_UNITS_LISTED = 15
_GOVERNMENT = re.compile(
    r"^(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố|huyện|thị xã|xã|phường|thị trấn)\s+"
)


def render_docx(
    data: ReportData, *, template: Path | None = None, today: date | None = None
) -> bytes:
    document = Document(str(template or TEMPLATE))
    day = today or data.as_of
    values = _values(data, day)
    for paragraph in _paragraphs(document):
        text = paragraph.text
        stripped = text.strip()
        if stripped == "{{tom_tat}}":
            _summary(paragraph, data)
        elif stripped == "{{bang}}":
            _table(document, paragraph, data)
        elif stripped == "{{bieu_do}}":
            _chart(paragraph, data)
        elif "{{" in text:
            _replace(paragraph, values)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _values(data: ReportData, day: date) -> dict[str, str]:
    unit = data.scope_name or "Đơn vị"
    notices = ", ".join(_notice(n) for n in data.notice_numbers)
    return {
        "co_quan_cap_tren": data.parent_name.upper(),
        "don_vi": unit.upper(),
        "don_vi_thuong": unit,
        "ky_hieu": _symbol(unit),
        "dia_danh": _place(data.scope_name or data.parent_name) or "……………",
        "ngay": f"{day.day:02d}",
        "thang": f"{day.month:02d}",
        "nam": str(day.year),
        "ky_bao_cao": data.period,
        "thong_bao": notices or "của cấp trên",
        "kinh_gui": data.parent_name or "……………………………",
    }


def _notice(label: str) -> str:
    """ "180/TB-UBND" → "số 180/TB-UBND"; "TB ngày 24/10/2023" (no number) → "ngày 24/10/2023"."""
    if label[:1].isdigit():
        return f"số {label}"
    _, found, day = label.partition("ngày ")
    return f"ngày {day}" if found else label


def _symbol(unit: str) -> str:
    """The symbol after "BC-": UBND for a people's committee, else the unit's initials."""
    if unit.startswith(("UBND", "Ủy ban")):
        return "UBND"
    words = [w for w in re.split(r"[\s\-–]+", unit) if w and w[0].isupper()]
    return "".join(w[0] for w in words).upper() or "…"


def _place(name: str) -> str:
    """ "UBND huyện Bắc Sơn" → "Bắc Sơn"."""
    place = _GOVERNMENT.sub("", name)
    return place if place != name else ""


def _paragraphs(document: Any) -> list[Paragraph]:
    """Every paragraph, in tables too, collected before any is changed."""
    found = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found.extend(cell.paragraphs)
    return found


def _replace(paragraph: Paragraph, values: dict[str, str]) -> None:
    """Put the values in; the text ends up in the first run (its formatting kept)."""
    text = re.sub(r"\{\{(\w+)\}\}", lambda m: values.get(m.group(1), m.group(0)), paragraph.text)
    runs = paragraph.runs
    if not runs:
        return
    runs[0].text = text
    for run in runs[1:]:
        run.text = ""


def _summary(anchor: Paragraph, data: ReportData) -> None:
    t = data.total
    lines = [
        f"- Tổng số nhiệm vụ được giao: {t.total} nhiệm vụ (đã đến hạn: {t.come_due}).",
        f"- Đã hoàn thành: {t.done} nhiệm vụ ({rate(t.done, t.total)}), trong đó đúng hạn "
        f"{t.done_on_time} ({rate(t.done_on_time, t.total)}), quá hạn {t.done_late} "
        f"({rate(t.done_late, t.total)}).",
        f"- Đang thực hiện, chưa đến hạn hoặc chờ xác nhận: {data.in_progress} nhiệm vụ "
        f"({rate(data.in_progress, t.total)}).",
        f"- Quá hạn chưa hoàn thành: {t.overdue} nhiệm vụ ({rate(t.overdue, t.total)}).",
        f"- Tỷ lệ hoàn thành trên số nhiệm vụ đã đến hạn: {completion(t)}.",
    ]
    cancelled = sum(r.state in ("cancelled", "paused") for r in data.rows)
    if cancelled:
        lines.append(f"- Tạm dừng hoặc đã hủy (không tính vào tỷ lệ): {cancelled} nhiệm vụ.")
    if len(data.per_unit) > 1:
        lines.append("Kết quả theo đơn vị chủ trì:")
        ranked = sorted(data.per_unit, key=lambda s: (-s.overdue, -s.total, s.unit_id))
        for s in ranked[:_UNITS_LISTED]:
            lines.append(
                f"- {data.unit_name(s.unit_id)}: {s.total} nhiệm vụ, hoàn thành {s.done}, "
                f"quá hạn {s.overdue}, tỷ lệ hoàn thành {completion(s)}."
            )
        if len(ranked) > _UNITS_LISTED:
            lines.append(f"- Các đơn vị khác ({len(ranked) - _UNITS_LISTED}): xem biểu Excel.")
    lines.append(f"(Số liệu tính đến ngày {fmt_date(data.as_of)}.)")
    for line in lines:
        paragraph = anchor.insert_paragraph_before(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Mm(10)
        paragraph.paragraph_format.space_after = Pt(3)
        if line.startswith("("):
            paragraph.runs[0].italic = True
    _remove(anchor)


def _chart(anchor: Paragraph, data: ReportData) -> None:
    """The completion per unit, and the overdue tasks week by week when any were overdue."""
    trend = data.overdue_trend if any(n for _, n in data.overdue_trend) else ()
    for png in (completion_by_unit(data.per_unit, data), overdue_trend(list(trend))):
        if png is not None:
            anchor.insert_paragraph_before().alignment = WD_ALIGN_PARAGRAPH.CENTER
            picture = anchor.insert_paragraph_before()
            picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
            picture.add_run().add_picture(io.BytesIO(png), width=Mm(150))
    _remove(anchor)


def _table(document: Any, anchor: Paragraph, data: ReportData) -> None:
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _borders(table._tbl)
    for column, (_, width) in zip(table.columns, COLUMNS, strict=True):
        column.width = Mm(width)  # the grid LibreOffice lays out by
    header = table.rows[0]
    _repeat_header(header)
    for cell, (title, width) in zip(header.cells, COLUMNS, strict=True):
        cell.width = Mm(width)
        _cell_text(cell, title, bold=True, center=True)
    for row in data.rows:
        values = (
            str(row.no),
            row.text,
            row.source,
            row.lead_unit,
            row.support_units,
            fmt_date(row.deadline) if row.deadline else row.deadline_label,
            row.status,
            row.result,
            row.notes,
        )
        cells = table.add_row().cells
        for index, (cell, value) in enumerate(zip(cells, values, strict=True)):
            cell.width = Mm(COLUMNS[index][1])
            _cell_text(cell, value, center=index in (0, 5))
    if not data.rows:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        _cell_text(merged, "Không có nhiệm vụ nào trong kỳ báo cáo.", center=True)
    anchor._p.addprevious(table._tbl)
    _remove(anchor)


def _cell_text(cell: Any, text: str, *, bold: bool = False, center: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Mm(0)
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(10)


def _borders(table_element: Any) -> None:
    """Single lines around every cell, whatever table styles the template has."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "4")
        element.set(qn("w:color"), "000000")
        borders.append(element)
    table_element.tblPr.append(borders)


def _repeat_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _remove(paragraph: Paragraph) -> None:
    element = paragraph._p
    element.getparent().remove(element)
