"""The shipped Word template (bot/data/report_template.docx) and how it was made.

A province replaces the file with its own; the renderer only needs the placeholders below to be
there (each inside one paragraph, any formatting). Rebuild the default with
`python -m bot.reports.template bot/data/report_template.docx`.

Text placeholders (replaced where they stand, keeping the paragraph's formatting):
  {{co_quan_cap_tren}} the body above the unit, capitals ("UBND TỈNH LẠNG SƠN"; may be empty)
  {{don_vi}}           the unit the report speaks for, capitals ("UBND HUYỆN BẮC SƠN")
  {{don_vi_thuong}}    the same name as written ("UBND huyện Bắc Sơn")
  {{ky_hieu}}          the symbol's tail after "BC-" ("UBND")
  {{dia_danh}}         the place name ("Bắc Sơn")
  {{ngay}} {{thang}} {{nam}}  the date of the report
  {{ky_bao_cao}}       "từ 01/10/2023 đến 31/12/2023"
  {{thong_bao}}        the notices ("số 180/TB-UBND" …) or "của cấp trên"
  {{kinh_gui}}         the recipient
Block placeholders (each alone in its paragraph, which is replaced by the block):
  {{tom_tat}}   section I: counts and rates
  {{bang}}      section II: the table of every task
  {{bieu_do}}   the completion chart (removed when there is nothing to compare)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

TEMPLATE = Path(__file__).resolve().parents[1] / "data" / "report_template.docx"
FONT = "Times New Roman"


def build_template(path: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)

    header = document.add_table(rows=1, cols=2)
    header.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(header._tbl)
    header.autofit = False
    header.columns[0].width, header.columns[1].width = Mm(68), Mm(97)
    left, right = header.rows[0].cells
    left.width, right.width = Mm(68), Mm(97)
    _line(left, "{{co_quan_cap_tren}}", size=13, first=True)
    _line(left, "{{don_vi}}", size=13, bold=True)
    _line(left, "________", size=13, bold=True)
    _line(left, "Số:       /BC-{{ky_hieu}}", size=13)
    _line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True, first=True)
    motto = _line(right, "Độc lập - Tự do - Hạnh phúc", size=14, bold=True)
    motto.runs[0].underline = True
    _line(right, "", size=13)
    place = _line(right, "{{dia_danh}}, ngày {{ngay}} tháng {{thang}} năm {{nam}}", size=14)
    place.runs[0].italic = True

    _para(document, "", space_before=12)
    _para(document, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(
        document,
        "Kết quả thực hiện các nhiệm vụ theo thông báo kết luận {{thong_bao}}",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    _para(document, "{{ky_bao_cao}}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(document, "________", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(document, "Kính gửi: {{kinh_gui}}.", align=WD_ALIGN_PARAGRAPH.CENTER, space_before=12)
    _para(
        document,
        "Thực hiện các thông báo kết luận nêu trên, {{don_vi_thuong}} báo cáo kết quả thực hiện "
        "các nhiệm vụ được giao {{ky_bao_cao}} như sau:",
        indent=True,
        space_before=12,
    )
    _para(document, "I. KẾT QUẢ CHUNG", bold=True, space_before=6)
    _para(document, "{{tom_tat}}")
    _para(document, "{{bieu_do}}", align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(document, "II. KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ", bold=True, space_before=6)
    _para(document, "{{bang}}")
    _para(document, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ", bold=True, space_before=12)
    _para(
        document,
        "(Đơn vị bổ sung khó khăn, vướng mắc, nguyên nhân và đề xuất, kiến nghị.)",
        italic=True,
        indent=True,
    )
    _para(document, "…………………………………………………………………………………………", indent=True)
    _para(
        document,
        "Trên đây là báo cáo kết quả thực hiện nhiệm vụ của {{don_vi_thuong}}./.",
        indent=True,
        space_before=6,
    )

    sign = document.add_table(rows=1, cols=2)
    _no_borders(sign._tbl)
    sign.autofit = False
    sign.columns[0].width, sign.columns[1].width = Mm(80), Mm(85)
    left, right = sign.rows[0].cells
    left.width, right.width = Mm(80), Mm(85)
    recipients = _line(left, "Nơi nhận:", size=12, bold=True, first=True, center=False)
    recipients.runs[0].italic = True
    for line in ("- Như trên;", "- Lưu: VT."):
        _line(left, line, size=11, center=False)
    _line(right, "THỦ TRƯỞNG ĐƠN VỊ", size=14, bold=True, first=True)
    hint = _line(right, "(Ký, ghi rõ họ tên, đóng dấu)", size=13)
    hint.runs[0].italic = True
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


def _para(
    document: Any,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY,
    indent: bool = False,
    space_before: int = 0,
) -> Paragraph:
    paragraph: Paragraph = document.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_before = Pt(space_before)
    paragraph.paragraph_format.space_after = Pt(3)
    if indent:
        paragraph.paragraph_format.first_line_indent = Mm(10)
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    return paragraph


def _line(
    cell: _Cell,
    text: str,
    *,
    size: int,
    bold: bool = False,
    first: bool = False,
    center: bool = True,
) -> Paragraph:
    paragraph: Paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    return paragraph


def _no_borders(table_element: Any) -> None:
    properties = table_element.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


if __name__ == "__main__":
    build_template(Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATE)
