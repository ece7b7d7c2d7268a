"""A plan's task table drawn as a fixed-width grid, as antiword draws a Word table: every "|" at
the same column on every line, a cell's words wrapped onto the lines below. A line whose number
cell is empty goes on with the row above, so a row's lead, content and time are whole; and an
old .doc whose last block is that table reads it as a table, not as one run-together paragraph."""

from __future__ import annotations

import shutil
import textwrap
from datetime import date

import pytest
import reader_documents as docs

from notices import parse_notice
from notices.readers import decode_document
from notices.table_layouts import grid_rows


def draw(rows: list[list[str]], widths: list[int]) -> str:
    """The rows as antiword draws them: each cell wrapped to its column's width."""
    lines: list[str] = []
    for row in rows:
        wrapped = [
            textwrap.wrap(cell, width) or [""] for cell, width in zip(row, widths, strict=True)
        ]
        for depth in range(max(len(cell) for cell in wrapped)):
            parts = [
                (cell[depth] if depth < len(cell) else "").ljust(width)
                for cell, width in zip(wrapped, widths, strict=True)
            ]
            lines.append("|" + "|".join(parts) + "|")
    return "\n".join(lines)


HEAD = """ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
Số: 215/KH-UBND
Hưng Yên, ngày 14 tháng 11 năm 2025

KẾ HOẠCH
Triển khai công tác phổ biến, giáo dục pháp luật năm 2026

Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai với các nhiệm vụ tại Phụ lục kèm theo.

PHỤ LỤC
NHIỆM VỤ CỤ THỂ

"""


def plan(grid: str) -> list[tuple[list[str], str, date | None]]:
    notice = parse_notice(HEAD + grid + "\n")
    return [(list(t.lead), t.deadline_kind.value, t.deadline) for t in notice.tasks]


def test_a_wrapped_grid_row_keeps_its_whole_lead_and_time() -> None:
    grid = draw(
        [
            [
                "TT",
                "Nội dung nhiệm vụ",
                "Đơn vị chủ trì",
                "Đơn vị phối hợp",
                "Thời gian thực hiện",
            ],
            [
                "1",
                "Rà soát, kiện toàn đội ngũ báo cáo viên pháp luật cấp tỉnh và cấp xã",
                "Sở Tư pháp",
                "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường",
                "Quý I năm 2026",
            ],
            [
                "2",
                "Tổ chức bồi dưỡng kiến thức pháp luật cho cán bộ, công chức cấp xã",
                "Ban Quản lý các khu công nghiệp tỉnh",
                "Sở Tư pháp",
                "Tháng 12/2026",
            ],
            [
                "3",
                "Tuyên truyền pháp luật trên các phương tiện thông tin đại chúng",
                "Báo và Phát thanh, Truyền hình Hưng Yên",
                "Các cơ quan, đơn vị có liên quan",
                "Thường xuyên",
            ],
        ],
        [4, 34, 18, 20, 12],
    )
    assert plan(grid) == [
        (["Sở Tư pháp"], "period_end", date(2026, 3, 31)),
        (["Ban Quản lý các khu công nghiệp tỉnh"], "period_end", date(2026, 12, 31)),
        (["Báo và Phát thanh, Truyền hình Hưng Yên"], "ongoing", None),
    ]


def test_a_header_wrapped_over_two_lines_is_one_header() -> None:
    grid = draw(
        [
            ["STT", "Nhiệm vụ", "Cơ quan chủ trì thực hiện", "Thời hạn hoàn thành"],
            [
                "1",
                "Xây dựng cơ sở dữ liệu văn bản quy phạm pháp luật của tỉnh",
                "Sở Khoa học và Công nghệ",
                "Trước ngày 30/6/2026",
            ],
            [
                "2",
                "Đánh giá, báo cáo kết quả thực hiện Kế hoạch",
                "Văn phòng Ủy ban nhân dân tỉnh",
                "Hằng năm",
            ],
        ],
        [5, 30, 14, 12],
    )
    assert plan(grid) == [
        (["Sở Khoa học và Công nghệ"], "before_date", date(2026, 6, 30)),
        (["Văn phòng Ủy ban nhân dân tỉnh"], "recurring", None),
    ]


def test_grid_rows_merge_only_a_fixed_width_grid_with_a_number_column() -> None:
    grid = draw(
        [["TT", "Nội dung", "Chủ trì"], ["1", "Lập kế hoạch chi tiết", "Sở Nội vụ tỉnh"]],
        [3, 12, 8],
    )
    assert grid_rows(grid.split("\n")) == [
        ["TT", "Nội dung", "Chủ trì"],
        ["1", "Lập kế hoạch chi tiết", "Sở Nội vụ tỉnh"],
    ]
    # a Markdown table: one row a line, also where a number cell is empty
    markdown = [
        "| TT | Nội dung | Chủ trì |",
        "| 1 | Lập kế hoạch | Sở Nội vụ |",
        "| | Báo cáo | Sở Tư pháp |",
    ]
    assert grid_rows(markdown) == [
        ["TT", "Nội dung", "Chủ trì"],
        ["1", "Lập kế hoạch", "Sở Nội vụ"],
        ["", "Báo cáo", "Sở Tư pháp"],
    ]
    # a fixed-width grid with no number column (a header or signature block): one row a line
    block = draw([["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"], ["", "CHỦ TỊCH"]], [12, 20])
    assert grid_rows(block.split("\n")) == [["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"], ["", "CHỦ TỊCH"]]


def _plan_docx_ending_in_a_table() -> bytes:
    import io

    import docx

    document = docx.Document()
    for line in HEAD.strip().split("\n"):
        document.add_paragraph(line)
    rows = [
        ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
        [
            "1",
            "Rà soát đội ngũ báo cáo viên pháp luật",
            "Sở Tư pháp",
            "Các sở, ngành",
            "Quý I năm 2026",
        ],
        [
            "2",
            "Bồi dưỡng kiến thức pháp luật cho cán bộ cấp xã",
            "Sở Nội vụ",
            "Sở Tư pháp",
            "Hằng năm",
        ],
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)  # the table is the document's last block, as make_derived lays it out
    return buffer.getvalue()


@pytest.mark.slow
def test_a_doc_ending_in_its_task_table_reads_the_table() -> None:
    if shutil.which("antiword") is None:
        pytest.skip("antiword is not installed")
    data = docs.docx_to_doc(_plan_docx_ending_in_a_table())
    if data is None:
        pytest.skip("LibreOffice (soffice) is not installed: no .doc to make or read")
    notice = parse_notice(decode_document(data, "kh.doc"))
    assert [(list(t.lead), t.deadline_kind.value, t.deadline) for t in notice.tasks] == [
        (["Sở Tư pháp"], "period_end", date(2026, 3, 31)),
        (["Sở Nội vụ"], "recurring", None),
    ]
