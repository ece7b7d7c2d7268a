"""Round 18 (rd): readers giving the parser worse text than the document holds.

A Word table exported to PDF (cell borders drawn, cells wrapping over several lines, the table
running over a page break with its header repeated and a row split at the page's foot) is read
cell by cell, one Markdown line a row; text that is merely laid out in columns, or that Word
shades with white boxes, stays as lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from notices import parse_notice
from notices.readers.pdf_reader import read_pdf
from notices.readers.pdf_tables import join_pages

_LEFT = 15.0
_LINE = 5.0

Row = tuple[str, ...]


def _table_pdf(
    font: Path,
    pages: list[list[Row]],
    widths: tuple[float, ...],
    *,
    above: str = "",
    white_boxes: bool = False,
    later_widths: tuple[float, ...] | None = None,
    page_numbers: bool = False,
) -> bytes:
    """A PDF whose pages each hold one ruled table of `widths` (mm), the cells' text wrapped in
    their column, the borders drawn as lines; `above`: a paragraph on the first page, over the
    table. `white_boxes`: no borders, a white box behind each line of text instead.
    `later_widths`: the columns of the tables after the first page; `page_numbers`: each
    page's number at its foot."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=10)
    for number, rows in enumerate(pages):
        pdf.add_page()
        if page_numbers:
            pdf.set_xy(100, 285)
            pdf.cell(10, _LINE, str(number + 1))
        if number and later_widths:
            widths = later_widths
        top = 20.0
        if above and number == 0:
            pdf.set_xy(_LEFT, top)
            pdf.multi_cell(sum(widths), _LINE, above)
            top = pdf.get_y() + 6
        for row in rows:
            cells = zip(row, widths, strict=True)
            height = _LINE * max(_lines(pdf, text, width) for text, width in cells)
            x = _LEFT
            for text, width in zip(row, widths, strict=True):
                if white_boxes:
                    pdf.set_fill_color(255, 255, 255)
                    pdf.rect(x, top, width, height, style="F")
                pdf.set_xy(x + 1, top + 0.5)
                pdf.multi_cell(width - 2, _LINE, text)
                x += width
            if not white_boxes:
                _borders(pdf, top, height, widths)
            top += height + 1
    return bytes(pdf.output())


def _lines(pdf: Any, text: str, width: float) -> int:
    return max(1, len(pdf.multi_cell(width - 2, _LINE, text, dry_run=True, output="LINES")))


def _borders(pdf: Any, top: float, height: float, widths: tuple[float, ...]) -> None:
    right = _LEFT + sum(widths)
    pdf.line(_LEFT, top, right, top)
    pdf.line(_LEFT, top + height + 1, right, top + height + 1)
    x = _LEFT
    for width in (0.0, *widths):
        x += width
        pdf.line(x, top, x, top + height + 1)


_HEADER = ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn")
_WIDTHS = (12.0, 80.0, 55.0, 30.0)


def test_a_ruled_table_is_read_row_by_row(font_path: Path) -> None:
    rows = [
        _HEADER,
        (
            "1",
            "Rà soát, sửa đổi quy chế chi tiêu nội bộ của đơn vị giai đoạn 2026-2030",
            "Phòng Kế hoạch - Tài chính",
            "30/6/2026",
        ),
        ("2", "Tổ chức hội nghị sơ kết công tác sáu tháng đầu năm", "Văn phòng", "15/7/2026"),
    ]
    text = read_pdf(
        _table_pdf(font_path, [rows], _WIDTHS, above="3. Nội dung thực hiện cụ thể như sau:")
    )
    assert "| TT | Nội dung công việc | Đơn vị chủ trì | Thời hạn |" in text
    assert (
        "| 1 | Rà soát, sửa đổi quy chế chi tiêu nội bộ của đơn vị giai đoạn 2026-2030 "
        "| Phòng Kế hoạch - Tài chính | 30/6/2026 |" in text
    )
    assert text.index("Nội dung thực hiện") < text.index("| TT |")
    tasks = parse_notice(text).tasks
    assert [task.lead for task in tasks] == [("Phòng Kế hoạch - Tài chính",), ("Văn phòng",)]
    assert [str(task.deadline) for task in tasks] == ["2026-06-30", "2026-07-15"]


def test_a_table_over_a_page_break_goes_on_as_one(font_path: Path) -> None:
    first = [
        _HEADER,
        ("1", "Kiểm tra việc thực hiện quy định về văn thư, lưu trữ", "Văn phòng", "31/3/2026"),
        ("2", "Xây dựng và ban hành hướng dẫn đánh giá", "Phòng Thanh tra", "30/4/2026"),
    ]
    second = [
        _HEADER,  # Word repeats the header row at the top of the page
        ("", "mức độ hài lòng của người dân", "", ""),  # the rest of row 2, split by the break
        ("3", "Báo cáo kết quả thực hiện kế hoạch năm 2026", "Phòng Nội vụ", "15/12/2026"),
    ]
    text = read_pdf(_table_pdf(font_path, [first, second], _WIDTHS))
    assert text.count("| TT |") == 1
    assert (
        "| 2 | Xây dựng và ban hành hướng dẫn đánh giá mức độ hài lòng của người dân "
        "| Phòng Thanh tra | 30/4/2026 |\n| 3 |" in text
    )
    tasks = parse_notice(text).tasks
    leads = [("Văn phòng",), ("Phòng Thanh tra",), ("Phòng Nội vụ",)]
    assert [task.lead for task in tasks] == leads


def test_white_boxes_behind_text_make_no_table(font_path: Path) -> None:
    rows = [
        ("Căn cứ", "Luật Tổ chức chính quyền địa phương", "ngày", "19/6/2025;"),
        ("Căn cứ", "Nghị định số 30/2020/NĐ-CP", "ngày", "05/3/2020;"),
    ]
    text = read_pdf(_table_pdf(font_path, [rows], _WIDTHS, white_boxes=True))
    assert "|" not in text
    assert "Luật Tổ chức chính quyền địa phương" in text


def test_a_new_numbered_row_after_the_break_stays_its_own() -> None:
    before = "Kế hoạch như sau:\n\n| TT | Nội dung | Chủ trì |\n| 1 | Lập danh sách. | Văn phòng |"
    after = "| 2 | Gửi báo cáo | Phòng Nội vụ |\n\nNơi nhận:"
    assert join_pages([before, after]) == [
        "Kế hoạch như sau:\n\n| TT | Nội dung | Chủ trì |\n| 1 | Lập danh sách. | Văn phòng |\n"
        "| 2 | Gửi báo cáo | Phòng Nội vụ |\n\nNơi nhận:"
    ]


def test_an_unnumbered_row_that_opens_anew_is_not_joined() -> None:
    # the next row fills every cell the row above fills, each opening in capitals: two rows
    before = "| TT | Nội dung | Chủ trì |\n| 1 | Lập danh sách | Văn phòng |"
    after = "| | Kiểm tra hồ sơ | Phòng Nội vụ |"
    (joined,) = join_pages([before, after])
    assert joined.split("\n")[-1] == "|  | Kiểm tra hồ sơ | Phòng Nội vụ |"


def test_a_row_cut_after_a_hyphen_is_joined_without_a_space() -> None:
    before = "| TT | Nội dung | Thời gian |\n| 1 | Đề án giai đoạn 2026- | Quý II |"
    after = "2\n| | 2030 | |\n| 2 | Tổng kết | Quý IV |"
    (joined,) = join_pages([before, after])
    assert "| 1 | Đề án giai đoạn 2026-2030 | Quý II |\n| 2 | Tổng kết | Quý IV |" in joined


def test_tables_of_other_widths_stay_apart() -> None:
    before = "| TT | Nội dung | Chủ trì |\n| 1 | Lập danh sách | Văn phòng |"
    after = "| A | B |\n| x | y |"
    assert join_pages([before, after]) == [before, after]
