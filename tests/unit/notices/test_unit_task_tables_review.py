"""Round 14 review (R3) of the unit task tables: what a table without a lead column is NOT.

A unit's table of duties ("TT | Nhiệm vụ | Thời gian hoàn thành" under "1. Văn phòng Sở:") gives
each row to the unit. A timetable of whom an inspection or a training visits ("Đơn vị | Nội dung
kiểm tra | Thời gian"), a list of reports received, a meeting schedule, an agenda, a report's
table of work done ("… | Kết quả"), a budget or a list of documents is none: its rows stay a
table. Nor does a label and its value ("Kính gửi: …", "Đơn vị báo cáo: …"), a topic heading
("Văn phòng điện tử", "Sở hữu trí tuệ") or a table cell of a Word table above name the unit."""

from __future__ import annotations

import io
from datetime import date

import docx

from notices import parse_notice
from notices.readers import decode_document
from notices.table_headings import heading_body
from notices.tables import gives_no_work, task_table_rows

SIGN = "\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Thị Hằng\n"


def _doc(number: str, title: str, body: str) -> str:
    return (
        "UBND TỈNH NAM LÂM\nSỞ NỘI VỤ\n"
        f"Số: {number}\nNam Lâm, ngày 10 tháng 02 năm 2026\n{title}\n\n{body}{SIGN}"
    )


def _tasks(text: str) -> list[tuple[str, list[str], date | None]]:
    return [(t.text, list(t.lead), t.deadline) for t in parse_notice(text).tasks]


def _leads(text: str) -> list[list[str]]:
    return [lead for _, lead, _ in _tasks(text)]


def _timetable(unit_header: str, content_header: str) -> str:
    return (
        f"| STT | {unit_header} | {content_header} | Thời gian |\n|---|---|---|---|\n"
        "| 1 | UBND xã Đông Phong | Việc tiếp nhận hồ sơ một cửa | 12/3/2026 |\n"
        "| 2 | UBND xã Tây Sơn | Việc tiếp nhận hồ sơ một cửa | 13/3/2026 |\n"
        "| 3 | UBND phường Bắc Hà | Công tác lưu trữ | 14/3/2026 |\n"
    )


# HIGH 1: a unit column leads only when the unit does the work.


def test_the_units_of_an_inspection_timetable_are_no_leads() -> None:
    text = _doc(
        "31/KH-SNV",
        "KẾ HOẠCH\nKiểm tra công tác một cửa năm 2026",
        "II. LỊCH KIỂM TRA\n\n"
        + _timetable("Đơn vị", "Nội dung kiểm tra")
        + "\nIII. TỔ CHỨC THỰC HIỆN\n1. Giao Thanh tra Sở chủ trì thành lập Đoàn kiểm tra, "
        "hoàn thành trước ngày 05/3/2026.\n",
    )
    assert _leads(text) == [["Thanh tra Sở"]]


def test_the_units_of_a_training_or_meeting_schedule_are_no_leads() -> None:
    for content in ("Nội dung tập huấn", "Nội dung làm việc", "Nội dung báo cáo"):
        for unit in ("Đơn vị", "Cơ quan"):
            rows = [
                [c.strip() for c in line.strip("|").split("|")]
                for line in _timetable(unit, content).splitlines()
                if "---" not in line
            ]
            assert task_table_rows(rows, heading="Lịch như sau:") is None, (unit, content)


def test_a_unit_column_beside_duties_or_named_as_doing_them_leads() -> None:
    rows = [
        ["STT", "Đơn vị", "Nhiệm vụ", "Thời gian hoàn thành"],
        ["1", "Phòng Tổ chức", "Rà soát vị trí việc làm", "Tháng 5/2026"],
        ["2", "Văn phòng Sở", "Cập nhật hồ sơ", "Tháng 6/2026"],
    ]
    out = task_table_rows(rows)
    assert out is not None and out[0].startswith("- Giao Phòng Tổ chức chủ trì: rà soát")
    rows[0] = ["STT", "Đơn vị phụ trách", "Nội dung", "Thời gian"]
    assert task_table_rows(rows) is not None


def test_a_report_lists_no_unit_tables() -> None:
    text = _doc(
        "44/BC-SNV",
        "BÁO CÁO\nTình hình gửi báo cáo quý I năm 2026",
        "| STT | Đơn vị | Nhiệm vụ | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Sở Tài chính | Báo cáo dự toán quý I | 05/4/2026 |\n"
        "| 2 | Sở Y tế | Báo cáo công tác y tế quý I | 08/4/2026 |\n",
    )
    assert _tasks(text) == []
    assert gives_no_work(["UBND TỈNH", "Số: 44/BC-SNV", "BÁO CÁO"])
    assert gives_no_work(["SỞ Y TẾ", "GIẤY MỜI"])
    assert not gives_no_work(["SỞ Y TẾ", "Số: 12/TB-SYT", "THÔNG BÁO"])


# HIGH 2: a heading names the unit of a table of duties only.


def test_tables_that_are_no_duties_stay_tables_under_a_bodys_heading() -> None:
    tables = [
        ["TT", "Nội dung công việc", "Thời gian", "Kết quả"],  # work done, as a report lists it
        ["TT", "Nội dung", "Thời gian", "Địa điểm"],  # a schedule
        ["TT", "Thời gian", "Nội dung", "Người thực hiện"],  # an agenda
        ["TT", "Nội dung chi", "Thời gian", "Kinh phí (triệu đồng)"],  # a budget
        ["STT", "Tên văn bản", "Thời gian thông qua", "Ghi chú"],  # a list of documents
    ]
    for header in tables:
        rows = [header, ["1", "Rà soát hồ sơ", "Tháng 3/2026", "x"], ["2", "Họp", "Quý II", "y"]]
        assert task_table_rows(rows, heading="Phòng Kế hoạch - Tài chính") is None, header


def test_a_table_of_duties_under_a_bodys_heading_is_the_bodys() -> None:
    rows = [
        ["TT", "Nội dung", "Thời gian hoàn thành"],
        ["1", "Rà soát hồ sơ", "Tháng 3/2026"],
    ]
    assert task_table_rows(rows, heading="Phòng Kế hoạch - Tài chính") == [
        "- Giao Phòng Kế hoạch - Tài chính chủ trì: rà soát hồ sơ; thời hạn: Tháng 3/2026."
    ]


def test_a_label_and_its_value_names_no_unit() -> None:
    for label in (
        "Kính gửi: Sở Tài chính",
        "Thành phần: Văn phòng Sở",
        "Chủ trì: Phó Giám đốc Sở",
        "Đơn vị báo cáo: UBND huyện Đông Sơn",
        "Tên đơn vị: Trung tâm Lưu trữ",
        "Phụ lục II: Sở Tài chính",
        "Nơi nhận: Sở Tài chính",
    ):
        assert heading_body(label) is None, label
    assert heading_body("Biểu 3: Nhiệm vụ của Thanh tra Sở") == "Thanh tra Sở"
    assert heading_body("2. Văn phòng Sở: 4 nhiệm vụ") == "Văn phòng Sở"


def test_a_report_form_under_its_reporting_body_gives_no_task() -> None:
    text = (
        "UBND HUYỆN ĐÔNG SƠN\nSố: 71/BC-UBND\nĐông Sơn, ngày 02 tháng 4 năm 2026\nBÁO CÁO\n"
        "Kết quả cải cách hành chính quý I năm 2026\n\nKính gửi: Sở Nội vụ.\n\n"
        "Đơn vị báo cáo: UBND huyện Đông Sơn\n\n"
        "| STT | Nội dung | Thời gian thực hiện | Kết quả |\n|---|---|---|---|\n"
        "| 1 | Công bố thủ tục hành chính | Tháng 1/2026 | Hoàn thành |\n"
        "| 2 | Đối thoại với doanh nghiệp | Tháng 3/2026 | Đang thực hiện |\n" + SIGN
    )
    assert _tasks(text) == []


# MEDIUM 8: a topic is no unit.


def test_a_topic_heading_names_no_unit() -> None:
    for topic in ("2. Văn phòng điện tử", "3. Sở hữu trí tuệ", "Phòng, chống tham nhũng"):
        assert heading_body(topic) is None, topic
    assert heading_body("1. Công an tỉnh:") == "Công an tỉnh"


def test_a_topic_row_in_a_units_table_is_no_task() -> None:
    text = _doc(
        "12/KH-SNV",
        "KẾ HOẠCH\nNhiệm vụ năm 2026",
        "1. Văn phòng Sở:\n\n"
        "| TT | Nhiệm vụ | Thời gian hoàn thành |\n|---|---|---|\n"
        "| I | Thực hành tiết kiệm, chống lãng phí | |\n"
        "| 1 | Rà soát định mức chi | Tháng 6/2026 |\n"
        "| II | Trung tâm Lưu trữ lịch sử | |\n"
        "| 2 | Số hóa tài liệu | Tháng 9/2026 |\n",
    )
    tasks = _tasks(text)
    assert [lead for _, lead, _ in tasks] == [["Văn phòng Sở"], ["Trung tâm Lưu trữ lịch sử"]]
    assert "tiết kiệm" not in " ".join(t for t, _, _ in tasks)


# MEDIUM 7: a row with an empty time cell is a task with no deadline.


def test_a_row_with_no_time_in_a_table_with_no_number_column_is_a_task() -> None:
    text = _doc(
        "15/TB-SNV",
        "THÔNG BÁO\nPhân công nhiệm vụ năm 2026",
        "1. Văn phòng Sở:\n\n"
        "| Nhiệm vụ | Thời gian hoàn thành |\n|---|---|\n"
        "| Rà soát quy chế chi tiêu nội bộ | Tháng 5/2026 |\n"
        "| Tổng hợp tình hình thực hiện nhiệm vụ hằng tháng | |\n"
        "| CÔNG TÁC KHÁC | |\n"
        "| Kiểm kê tài sản | Tháng 12/2026 |\n",
    )
    tasks = _tasks(text)
    assert [deadline for _, _, deadline in tasks] == [date(2026, 5, 31), None, date(2026, 12, 31)]
    assert [lead for _, lead, _ in tasks] == [["Văn phòng Sở"]] * 3


# HIGH 4: a paragraph after the generated rows is a task of its own.


def test_a_paragraph_after_a_units_table_is_its_own_task() -> None:
    for lead in ("Văn phòng Sở", "Thanh tra Sở"):
        text = _doc(
            "16/TB-SNV",
            "THÔNG BÁO\nPhân công nhiệm vụ năm 2026",
            "Văn phòng Sở\n\n"
            "| TT | Nhiệm vụ | Thời gian hoàn thành |\n|---|---|---|\n"
            "| 1 | Rà soát quy chế chi tiêu nội bộ | Tháng 5/2026 |\n"
            "| 2 | Kiểm kê tài sản | Tháng 12/2026 |\n\n"
            f"Giao {lead} chủ trì chuẩn bị hội nghị sơ kết, hoàn thành trước ngày 30/7/2026.\n",
        )
        tasks = _tasks(text)
        assert [deadline for _, _, deadline in tasks] == [
            date(2026, 5, 31),
            date(2026, 12, 31),
            date(2026, 7, 30),
        ], lead
        assert "hội nghị" not in tasks[1][0]


# HIGH 3: in a Word file, the heading above a table is a paragraph, not the last cell of a table.


def _two_tables_docx() -> bytes:
    document = docx.Document()
    for text in ("SỞ NỘI VỤ", "Số: 20/TB-SNV", "Nam Lâm, ngày 10 tháng 02 năm 2026", "THÔNG BÁO"):
        document.add_paragraph(text)
    for rows in (
        [["STT", "Họ và tên", "Đơn vị"], ["1", "Lê Văn Nam", "Sở Tài chính"]],
        [
            ["TT", "Nhiệm vụ", "Thời gian hoàn thành"],
            ["1", "Đón tiếp đại biểu", "Tháng 3/2026"],
            ["2", "Khai mạc hội nghị", "Tháng 3/2026"],
        ],
    ):
        table = document.add_table(rows=len(rows), cols=3)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    document.add_paragraph(
        "Giao Sở Tài chính chủ trì bố trí kinh phí hội nghị, hoàn thành trước ngày 15/3/2026."
    )
    document.add_paragraph("GIÁM ĐỐC")
    document.add_paragraph("Trần Văn Bình")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_tables_last_cell_is_no_heading_for_the_next_table() -> None:
    tasks = parse_notice(decode_document(_two_tables_docx(), "tb.docx")).tasks
    assert [(list(t.lead), t.deadline) for t in tasks] == [(["Sở Tài chính"], date(2026, 3, 15))]


# MEDIUM 6: a time label that holds work of its own after the time is a second task.


def test_a_time_label_with_work_after_a_cycle_opens_a_task() -> None:
    text = _doc(
        "17/SNV-VP",
        "V/v chế độ báo cáo",
        "Kính gửi: Các phòng thuộc Sở.\n\n"
        "1. Các phòng định kỳ hằng tháng báo cáo kết quả về Văn phòng Sở trước ngày 25; thời "
        "gian: trước ngày 10/12/2026 gửi báo cáo tổng kết năm.\n",
    )
    assert [deadline for _, _, deadline in _tasks(text)] == [None, date(2026, 12, 10)]


# LOW: acronyms keep their case; "chủ trì" is not said twice; a cell with no time is no deadline.


def test_a_rows_text_keeps_acronyms_and_says_chu_tri_once() -> None:
    rows = [
        ["TT", "Nhiệm vụ", "Thời gian hoàn thành"],
        ["1", "UBND tỉnh ban hành quy chế: tham mưu dự thảo", "Tháng 4/2026"],
        ["2", "Chủ trì tổ chức hội nghị tập huấn", "Quý III/2026"],
        ["3", "Duy trì cổng thông tin", "Theo tiến độ đề tài"],
    ]
    assert task_table_rows(rows, heading="1. Văn phòng Sở:") == [
        "- Giao Văn phòng Sở chủ trì: UBND tỉnh ban hành quy chế: tham mưu dự thảo; thời hạn: "
        "Tháng 4/2026.",
        "- Giao Văn phòng Sở chủ trì tổ chức hội nghị tập huấn; thời hạn: Quý III/2026.",
        "- Giao Văn phòng Sở chủ trì: duy trì cổng thông tin.",
    ]
