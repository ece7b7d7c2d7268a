"""Round 14 fixes (F6) after R7's review of the narrowed unit task tables.

A bare unit column ("Đơn vị", "Cơ quan") leads beside work given to the unit ("Nội dung kết
luận", "Nội dung chỉ đạo", a plain "Nội dung"), not beside work done to it ("Nội dung kiểm
tra"), and not when a column of how the work went is filled in. Under a unit's heading a plan's
"Nội dung | Thời gian thực hiện" is a table of duties; a "Kết quả" column that names the product
is no report. Only the title and the own number line say a document gives no work. A topic row
with no number and no time is no task; a one-cell box table or a lead label is a heading."""

from __future__ import annotations

import io

import docx

from notices import parse_notice
from notices.readers import decode_document
from notices.table_headings import heading_body
from notices.tables import gives_no_work, task_table_rows

ROWS = [
    ["1", "Lập phương án cải tạo chợ trung tâm", "Phòng Kinh tế", "Trước 15/5/2026"],
    ["2", "Kiểm kê tài sản công năm 2025", "Phòng Tài chính - Kế hoạch", "Tháng 6/2026"],
]
UNIT_ROWS = [
    ["1", "Cập nhật danh mục hồ sơ lưu trữ", "Tháng 4/2026"],
    ["2", "Hướng dẫn các xã lập kế hoạch số hóa", "Quý III/2026"],
]


def _leads(rows: list[str] | None) -> list[str]:
    return [row.split(" chủ trì")[0].removeprefix("- Giao ") for row in rows or []]


def test_a_bare_unit_column_beside_work_given_leads() -> None:
    for content in ("Nội dung kết luận", "Nội dung chỉ đạo", "Nội dung", "Nhiệm vụ"):
        for unit in ("Đơn vị", "Cơ quan"):
            header = ["TT", content, unit, "Thời hạn"]
            rows = task_table_rows([header, *ROWS])
            assert _leads(rows) == ["Phòng Kinh tế", "Phòng Tài chính - Kế hoạch"], header


def test_an_empty_result_column_is_one_to_fill_in() -> None:
    header = ["TT", "Nhiệm vụ", "Đơn vị", "Thời hạn", "Kết quả thực hiện"]
    rows = task_table_rows([header, *[[*row, ""] for row in ROWS]])
    assert len(rows or []) == 2
    done = [[*row, "Đã hoàn thành"] for row in ROWS]
    assert task_table_rows([header, *done]) is None


def test_a_bare_unit_column_beside_work_done_to_it_is_no_lead() -> None:
    for content in ("Nội dung kiểm tra", "Nội dung làm việc", "Nội dung giám sát"):
        header = ["TT", content, "Đơn vị", "Thời gian"]
        assert task_table_rows([header, *ROWS]) is None, content


def test_a_plans_content_and_time_to_do_it_under_a_units_heading() -> None:
    heading = "2. Phòng Văn hóa:"
    for content, due in [
        ("Nội dung", "Thời gian thực hiện"),
        ("Nội dung thực hiện", "Thời gian hoàn thành"),
        ("Nội dung, nhiệm vụ", "Thời gian hoàn thành"),
    ]:
        rows = task_table_rows([["TT", content, due], *UNIT_ROWS], heading=heading)
        assert _leads(rows) == ["Phòng Văn hóa"] * 2, content
    # a plain "Thời gian" beside a plain "Nội dung" is still an agenda
    assert task_table_rows([["TT", "Nội dung", "Thời gian"], *UNIT_ROWS], heading=heading) is None


def test_a_result_column_naming_the_product_is_no_report() -> None:
    header = ["TT", "Nhiệm vụ", "Kết quả", "Thời gian hoàn thành"]
    product = [["1", "Rà soát quy chế chi tiêu", "Quy chế sửa đổi", "Tháng 5/2026"]]
    assert len(task_table_rows([header, *product], heading="1. Văn phòng Sở:") or []) == 1
    done = [["1", "Rà soát quy chế chi tiêu", "Đã hoàn thành", "Tháng 5/2026"]]
    assert task_table_rows([header, *done], heading="1. Văn phòng Sở:") is None


def test_only_the_title_and_own_number_say_no_work() -> None:
    head = ["UBND HUYỆN ĐÔNG SƠN", "Số: 31/KH-UBND", "KẾ HOẠCH", "Phát triển du lịch năm 2026"]
    assert not gives_no_work([*head, "Lịch làm việc của Tổ công tác bố trí hằng tháng."])
    assert not gives_no_work([*head, "Lịch trực được phân công tại Phụ lục."])
    assert not gives_no_work([*head, "số 05/BC-UBND ngày 02/01/2026 của UBND huyện;"])
    assert not gives_no_work([*head, "Số 07/GM-UBND ngày 03/01/2026 của Sở Du lịch đã nêu."])
    assert gives_no_work(["UBND HUYỆN ĐÔNG SƠN", "Số: 31/BC-UBND", "BÁO CÁO"])
    assert gives_no_work(["UBND HUYỆN ĐÔNG SƠN", "LỊCH LÀM VIỆC TUẦN"])


def _cycle(tail: str) -> list[str]:
    text = (
        "UBND HUYỆN ĐÔNG SƠN\nSố: 55/UBND-VP\nĐông Sơn, ngày 02 tháng 3 năm 2026\n"
        "V/v chế độ báo cáo\n\nKính gửi: Các phòng chuyên môn.\n\n"
        "1. Phòng Văn hóa định kỳ hằng tháng báo cáo tình hình di tích về UBND huyện; "
        + tail
        + "\n\nCHỦ TỊCH\n\nLê Văn Hùng\n"
    )
    return [task.text for task in parse_notice(text).tasks]


def test_a_time_label_with_an_hour_or_a_note_is_no_task() -> None:
    for tail in (
        "thời hạn: trước 16h30 ngày 20/11/2026.",
        "thời hạn: chậm nhất 10 giờ ngày 20/11/2026.",
        "thời hạn: trước ngày 20/11/2026 (theo dấu bưu điện).",
    ):
        assert len(_cycle(tail)) == 1, tail
    assert len(_cycle("thời gian: trước ngày 20/11/2026 gửi báo cáo năm.")) == 2


def test_a_topic_row_with_no_number_or_time_is_no_task() -> None:
    heading = "1. Phòng Văn hóa:"
    rows = [["", "Lĩnh vực di sản văn hóa", ""], UNIT_ROWS[0], ["", "lĩnh vực thể thao", ""]]
    assert (
        len(task_table_rows([["TT", "Nhiệm vụ", "Thời hạn"], *rows], heading=heading) or []) == 1
    )
    flat = [[row[1], row[2]] for row in rows]
    assert len(task_table_rows([["Nhiệm vụ", "Thời hạn"], *flat], heading=heading) or []) == 1
    # a task whose time is empty opens with a work verb
    task = [["Tổng hợp số liệu du lịch hằng tháng", ""]]
    assert len(task_table_rows([["Nhiệm vụ", "Thời hạn"], *task], heading=heading) or []) == 1


def test_a_lead_label_and_a_small_letter_unit_name_head_a_table() -> None:
    assert heading_body("Đơn vị chủ trì: Phòng Văn hóa") == "Phòng Văn hóa"
    assert heading_body("4. Phòng văn hóa - thông tin:") == "Phòng văn hóa - thông tin"
    assert heading_body("5. Trung tâm văn hóa:") == "Trung tâm văn hóa"
    assert heading_body("Đơn vị báo cáo: Phòng Văn hóa") is None
    assert heading_body("2. Văn phòng điện tử") is None
    assert heading_body("Phòng cháy, chữa cháy") is None


def test_a_scheme_list_to_submit_by_a_month_is_each_bodys() -> None:
    header = ["STT", "Tên đề án, nhiệm vụ", "Cấp trình", "Thời gian trình"]
    rows = [
        ["I", "Sở Du lịch", "", ""],
        ["1", "Đề án phát triển du lịch cộng đồng", "UBND tỉnh", "Tháng 8/2026"],
    ]
    assert _leads(task_table_rows([header, *rows])) == ["1. Giao Sở Du lịch"]
    passed = ["STT", "Tên văn bản", "Cấp trình", "Thời gian thông qua"]
    assert task_table_rows([passed, *rows]) is None


def _boxed_docx(cells: int) -> bytes:
    document = docx.Document()
    for text in [
        "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN",
        "Số: 31/KH-UBND",
        "KẾ HOẠCH",
        "Phát triển du lịch",
    ]:
        document.add_paragraph(text)
    box = document.add_table(rows=1, cols=cells)
    for index in range(cells):
        box.cell(0, index).text = "Ghi chú" if index < cells - 1 else "2. PHÒNG VĂN HÓA"
    table = document.add_table(rows=3, cols=3)
    for i, row in enumerate([["TT", "Nhiệm vụ", "Thời gian hoàn thành"], *UNIT_ROWS]):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    document.add_paragraph("CHỦ TỊCH")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_one_cell_box_above_a_table_is_its_heading() -> None:
    tasks = parse_notice(decode_document(_boxed_docx(1), "kh.docx")).tasks
    assert [list(task.lead) for task in tasks] == [["Phòng Văn hóa"]] * 2
    tasks = parse_notice(decode_document(_boxed_docx(2), "kh.docx")).tasks
    assert all(list(task.lead) != ["Phòng Văn hóa"] for task in tasks)


def test_a_rows_time_word_and_chu_tri_comma_stay_readable() -> None:
    rows = [["1", "Chủ trì, phối hợp với Phòng Tư pháp rà soát quy chế", "Liên tục"]]
    out = task_table_rows(
        [["TT", "Nhiệm vụ", "Thời gian hoàn thành"], *rows], heading="1. Văn phòng Sở:"
    )
    assert out == [
        "- Giao Văn phòng Sở chủ trì, phối hợp với Phòng Tư pháp rà soát quy chế;"
        " thời hạn: Liên tục."
    ]


def test_a_lead_label_over_a_table_gives_each_row_as_a_task() -> None:
    text = (
        "UBND HUYỆN ĐÔNG SƠN\nSố: 31/KH-UBND\nĐông Sơn, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Phát triển du lịch năm 2026\n\n2. Bảo tồn di tích\nĐơn vị chủ trì: Phòng Văn hóa\n\n"
        "| TT | Nhiệm vụ | Thời gian hoàn thành |\n|---|---|---|\n"
        "| 1 | Cập nhật danh mục hồ sơ di tích | Tháng 4/2026 |\n"
        "| 2 | Hướng dẫn các xã lập hồ sơ xếp hạng | Quý III/2026 |\n\nCHỦ TỊCH\n\nLê Văn Hùng\n"
    )
    tasks = parse_notice(text).tasks
    assert [(list(task.lead), task.deadline is not None) for task in tasks] == [
        (["Phòng Văn hóa"], True)
    ] * 2
