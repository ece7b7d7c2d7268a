"""Round 14 (K15): a work programme's task tables, one per unit, with no lead column.

A department's programme (Thông báo / Kế hoạch "nhiệm vụ trọng tâm") lists each unit's tasks in a
table of its own ("TT | Nhiệm vụ | Chỉ tiêu | Thời gian hoàn thành") under a heading that names
the unit ("2. Thanh tra Sở (4 nhiệm vụ):"), or in one table whose heading rows name the units.
Every row is a task of that unit, due by its time cell ("Tháng 9/2026", "9/2026": the month's
last day); a target column is no task and gives no deadline. A table run together into one
paragraph (a Word file that holds a pasted Markdown table) is read as the same table."""

from __future__ import annotations

import io
from datetime import date

import docx

from notices import parse_notice
from notices.readers import decode_document
from notices.table_headings import heading_body
from notices.table_layouts import flat_table_lines
from notices.tables import task_table_rows

HEAD = """UBND TỈNH AN BÌNH
SỞ NỘI VỤ
Số: 18/TB-SNV
An Bình, ngày 05 tháng 01 năm 2026

THÔNG BÁO
Nhiệm vụ trọng tâm năm 2026 của các phòng, đơn vị thuộc Sở

Giám đốc Sở giao nhiệm vụ trọng tâm năm 2026 cho các phòng, đơn vị như sau:

"""

TABLES = """**1. Phòng Tổ chức cán bộ (3 nhiệm vụ):**

| TT | Nhiệm vụ | Chỉ tiêu định lượng | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Thẩm định đề án vị trí việc làm của các cơ quan | 100% hồ sơ đúng hạn | Tháng 9/2026 |
| 2 | Quản lý hồ sơ biên chế của khối sự nghiệp | Báo cáo hàng quý | Tháng 12/2026 |
| 3 | - Rà soát chức năng các phòng; - Trình đề án | 02 đề án | - Tháng 6/2026 - Tháng 11/2026 |

**2. Thanh tra Sở (2 nhiệm vụ):**

| TT | Nhiệm vụ | Chỉ tiêu định lượng | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Thanh tra công vụ tại năm huyện | 05 cuộc | 10/2026 |
| 2 | Tiếp công dân định kỳ | 12 buổi | Thường xuyên |
"""


def _tasks(body: str) -> list[tuple[str, list[str], date | None]]:
    notice = parse_notice(HEAD + body)
    return [(t.text, list(t.lead), t.deadline) for t in notice.tasks]


def test_each_row_of_a_units_table_is_a_task_of_the_unit_its_heading_names() -> None:
    tasks = _tasks(TABLES)
    assert len(tasks) == 5
    leads = [lead for _, lead, _ in tasks]
    assert leads == [["Phòng Tổ chức cán bộ"]] * 3 + [["Thanh tra Sở"]] * 2
    assert "thẩm định đề án vị trí việc làm" in tasks[0][0]
    assert "quản lý hồ sơ biên chế" in tasks[1][0]  # a row with no work verb is still a task


def test_a_units_row_is_due_by_its_time_cell_not_by_its_target() -> None:
    tasks = _tasks(TABLES)
    assert [deadline for _, _, deadline in tasks] == [
        date(2026, 9, 30),
        date(2026, 12, 31),  # "Báo cáo hàng quý" is the target column: no recurrence
        date(2026, 6, 30),  # a month per point of the row: the first
        date(2026, 10, 31),  # "10/2026": the month
        None,
    ]
    assert "100% hồ sơ" not in tasks[0][0]


def test_a_table_run_together_into_one_paragraph_is_read_as_the_table() -> None:
    flat = []
    for block in TABLES.split("\n\n"):
        lines = block.strip().split("\n")
        flat.append(lines[0] if len(lines) == 1 else " ".join(lines))
    assert [t[1] for t in _tasks("\n\n".join(flat))] == [t[1] for t in _tasks(TABLES)]


def test_one_table_with_heading_rows_naming_the_units() -> None:
    body = (
        "| STT | Nội dung công việc | Thời gian thực hiện |\n"
        "|---|---|---|\n"
        "| PHÒNG CÔNG CHỨC VIÊN CHỨC |  |  |\n"
        "| 1 | Tổ chức thi tuyển công chức | Quý III/2026 |\n"
        "| VĂN PHÒNG SỞ |  |  |\n"
        "| 1 | Xây dựng chương trình công tác năm | Tháng 2/2026 |\n"
    )
    tasks = _tasks(body)
    assert [lead for _, lead, _ in tasks] == [["Phòng Công chức viên chức"], ["Văn phòng Sở"]]
    assert [deadline for _, _, deadline in tasks] == [date(2026, 9, 30), date(2026, 2, 28)]


def test_a_time_label_after_a_cycle_dates_the_work_before_it() -> None:
    body = (
        "1. Phòng Tư pháp:\n\n"
        "- Kiểm tra các tổ chức hành nghề công chứng (mỗi quý một nội dung); thời hạn: Tháng "
        "12/2026.\n"
    )
    tasks = _tasks(body)
    assert len(tasks) == 1
    assert tasks[0][2] == date(2026, 12, 31)


def test_a_table_with_no_lead_column_and_no_unit_named_stays_a_table() -> None:
    rows = [
        ["TT", "Nội dung", "Thời gian"],
        ["1", "Khai mạc hội nghị", "8 giờ 00"],
        ["2", "Báo cáo kết quả năm 2025", "8 giờ 15"],
    ]
    assert task_table_rows(rows, heading="II. CHƯƠNG TRÌNH HỘI NGHỊ") is None
    assert task_table_rows(rows, heading="Thời gian, địa điểm và chương trình như sau:") is None


def test_a_units_table_needs_a_time_column() -> None:
    rows = [
        ["TT", "Nội dung", "Kết quả"],
        ["1", "Rà soát hồ sơ", "Xong"],
        ["2", "Báo cáo", "Xong"],
    ]
    assert task_table_rows(rows, heading="1. Phòng Tư pháp:") is None


def test_heading_body_is_a_body_and_nothing_more() -> None:
    assert heading_body("**3. Văn phòng Sở (7 nhiệm vụ):**") == "Văn phòng Sở"
    assert heading_body("PHÒNG KẾ HOẠCH – TÀI CHÍNH") == "PHÒNG KẾ HOẠCH – TÀI CHÍNH"
    assert heading_body("2. Phòng, chống dịch bệnh:") is None
    assert heading_body("Sở Tư pháp chủ trì tổ chức hội nghị.") is None
    assert heading_body("II. NHIỆM VỤ TRỌNG TÂM") is None


def test_flat_table_lines_needs_a_rule_and_whole_rows() -> None:
    flat = (
        "| TT | Việc | Hạn | |---|---|---| | 1 | Rà soát | Tháng 3/2026 | | 2 | Báo cáo | 5/2026 |"
    )
    assert flat_table_lines(flat) == [
        "| TT | Việc | Hạn |",
        "| --- | --- | --- |",
        "| 1 | Rà soát | Tháng 3/2026 |",
        "| 2 | Báo cáo | 5/2026 |",
    ]
    assert flat_table_lines("| TT | Việc | Hạn |") is None  # one row: a table's line
    assert flat_table_lines("| a | b | |---|---| | 1 | 2 | 3 |") is None  # a row too wide


def test_a_scraped_units_table_one_cell_a_line_between_bars() -> None:
    body = (
        "**3. Trung tâm Lưu trữ lịch sử (2 nhiệm vụ):**\n\n"
        "|\nTT\n|\nNhiệm vụ\n|\nChỉ tiêu\n|\nThời gian hoàn thành\n|\n|\n"
        "1\n|\nSố hóa hồ sơ lưu trữ của các huyện\n|\n100%\n|\nQuý III/2026\n|\n|\n"
        "2\n|\nChỉnh lý tài liệu tồn đọng\n|\n20 mét giá\n|\nTháng 11/2026\n|\n|\n"
    )
    tasks = _tasks(body)
    assert [lead for _, lead, _ in tasks] == [["Trung tâm Lưu trữ lịch sử"]] * 2
    assert [deadline for _, _, deadline in tasks] == [date(2026, 9, 30), date(2026, 11, 30)]


def _programme_docx() -> bytes:
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "UBND TỈNH AN BÌNH\nSỞ NỘI VỤ\nSố: 18/TB-SNV"
    header.cell(
        0, 1
    ).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nAn Bình, ngày 05 tháng 01 năm 2026"
    document.add_paragraph("THÔNG BÁO")
    document.add_paragraph("Nhiệm vụ trọng tâm năm 2026 của các phòng thuộc Sở")
    for heading, rows in (
        (
            "1. Phòng Cải cách hành chính (2 nhiệm vụ):",
            [["1", "Chấm điểm chỉ số cải cách hành chính", "Tháng 3/2026\n8/2026"]],
        ),
        ("2. Văn phòng Sở:", [["1", "Cập nhật cơ sở dữ liệu cán bộ", "Quý IV/2026"]]),
    ):
        document.add_paragraph(heading)
        table = document.add_table(rows=len(rows) + 1, cols=3)
        for c, value in enumerate(["TT", "Nhiệm vụ", "Thời gian hoàn thành"]):
            table.cell(0, c).text = value
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    document.add_paragraph("GIÁM ĐỐC")
    document.add_paragraph("Trần Văn B")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_table_under_a_units_heading() -> None:
    notice = parse_notice(decode_document(_programme_docx(), "tb.docx"))
    assert [list(t.lead) for t in notice.tasks] == [
        ["Phòng Cải cách hành chính"],
        ["Văn phòng Sở"],
    ]
    assert [t.deadline for t in notice.tasks] == [date(2026, 3, 31), date(2026, 12, 31)]


def test_a_unit_column_gives_each_point_of_its_work_cell_as_a_task() -> None:
    body = (
        "| TT | Đơn vị | Nhiệm vụ trọng tâm | Thời gian |\n"
        "|---|---|---|---|\n"
        "| 1 | Phòng Cải cách hành chính | - Chấm điểm chỉ số cải cách; - Kiểm tra công vụ |"
        " - Quý I/2026 - Quý III/2026 |\n"
        "| 2 | Văn phòng Sở | Xây dựng quy chế chi tiêu nội bộ | Tháng 3/2026 |\n"
    )
    tasks = _tasks(body)
    assert [lead for _, lead, _ in tasks] == [
        ["Phòng Cải cách hành chính"],
        ["Phòng Cải cách hành chính"],
        ["Văn phòng Sở"],
    ]
    assert [deadline for _, _, deadline in tasks] == [
        date(2026, 3, 31),
        date(2026, 9, 30),
        date(2026, 3, 31),
    ]


def test_a_measure_unit_column_is_no_lead() -> None:
    rows = [
        ["TT", "Nội dung", "Đơn vị", "Thời gian"],
        ["1", "Trồng rừng tập trung", "ha", "Quý II/2026"],
        ["2", "Hỗ trợ hộ nghèo", "hộ", "Quý IV/2026"],
    ]
    assert task_table_rows(rows) is None


def test_a_word_cell_gives_a_task_a_paragraph() -> None:
    rows = [
        ["STT", "Phòng, đơn vị", "Nhiệm vụ", "Thời gian hoàn thành"],
        ["1", "Thanh tra Sở", "Thanh tra công vụ\nTiếp công dân định kỳ", "Tháng 10/2026"],
    ]
    assert task_table_rows(rows, repeats_spans=True) == [
        "- Giao Thanh tra Sở chủ trì: thanh tra công vụ; thời hạn: Tháng 10/2026.",
        "- Giao Thanh tra Sở chủ trì: tiếp công dân định kỳ; thời hạn: Tháng 10/2026.",
    ]


def test_group_rows_numbered_in_the_number_column_or_marked_in_their_text() -> None:
    rows = [
        ["TT", "Nhiệm vụ", "Thời gian"],
        ["I", "Phòng Tư pháp", ""],
        ["1", "Thẩm định văn bản quy phạm", "Quý II/2026"],
        ["2", "Thanh tra công vụ", ""],  # a task with no time, not a group
        ["2. Văn phòng Sở (3 nhiệm vụ)", "2. Văn phòng Sở (3 nhiệm vụ)", ""],
        ["1", "Lập dự toán ngân sách", "Tháng 11/2026"],
    ]
    assert task_table_rows(rows, repeats_spans=True) == [
        "1. Giao Phòng Tư pháp chủ trì: thẩm định văn bản quy phạm; thời hạn: Quý II/2026.",
        "2. Giao Phòng Tư pháp chủ trì: thanh tra công vụ.",
        "1. Giao Văn phòng Sở chủ trì: lập dự toán ngân sách; thời hạn: Tháng 11/2026.",
    ]


def test_heading_body_reads_a_duties_heading() -> None:
    assert heading_body("Nhiệm vụ trọng tâm của Phòng Tư pháp:") == "Phòng Tư pháp"
    assert heading_body("1. Văn phòng Sở: 5 nhiệm vụ") == "Văn phòng Sở"
    assert heading_body("Nhiệm vụ của phòng") is None


def test_a_units_name_spanning_the_table_above_its_header() -> None:
    rows = [
        ["2. Thanh tra Sở (2 nhiệm vụ)"] * 3,
        ["TT", "Nhiệm vụ", "Thời gian hoàn thành"],
        ["1", "Thanh tra công vụ tại các huyện", "Quý III/2026"],
        ["2", "Tiếp công dân", "Thường xuyên"],
    ]
    assert task_table_rows(rows, repeats_spans=True) == [
        "- Giao Thanh tra Sở chủ trì: thanh tra công vụ tại các huyện; thời hạn: Quý III/2026.",
        "- Giao Thanh tra Sở chủ trì: tiếp công dân; thời hạn: Thường xuyên.",
    ]


def test_a_caption_before_the_units_name() -> None:
    assert heading_body("Biểu 2: Nhiệm vụ của Thanh tra Sở") == "Thanh tra Sở"
    assert heading_body("Biểu 2: Danh mục đề tài") is None
