"""Round 27 (tables), review: rows numbered past 99, a text export's " | " table broken by blank
or page-number lines, empty cells, group rows and wrapped rows, and the time to issue by (a
list of papers issued, a status cell, more header wordings). Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from tests.unit.notices.test_action_programme_tables import _WRAPPER
from tests.unit.notices.test_round27_tables import _table

_H = "TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện"
_R1 = "1 | Thành lập Tổ công tác rừng ven biển. | Cục Lâm nghiệp | Các đơn vị thuộc Bộ. | Năm 2027"
_R2 = "2 | Hướng dẫn trồng rừng ngập mặn. | Cục Kiểm lâm | Vụ Pháp chế | Quý II/2028"
_R3 = "3 | Tổng kết Chương trình. | Vụ Kế hoạch - Tài chính | Các đơn vị. | Trước 30/6/2029"
_THREE = [
    (("Cục Lâm nghiệp",), date(2027, 12, 31)),
    (("Cục Kiểm lâm",), date(2028, 6, 30)),
    (("Vụ Kế hoạch - Tài chính",), date(2029, 6, 30)),
]


def _due(*lines: str) -> list[tuple[tuple[str, ...], date | None]]:
    notice = parse_notice(_WRAPPER + "\n".join(lines) + "\n")
    return [(t.lead, t.deadline) for t in notice.tasks]


def test_rows_numbered_past_ninety_nine_keep_apart() -> None:
    header = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    rows = [
        [str(n), f"Kiểm kê rừng ven biển tại tiểu khu số {n}", "Cục Kiểm lâm", "Quý IV/2027"]
        for n in range(1, 106)
    ]
    notice = parse_notice(_WRAPPER + _table(header, rows))
    assert len(notice.tasks) == 105
    assert notice.tasks[99].text.endswith("tiểu khu số 100; thời hạn: Quý IV/2027.")


def test_a_blank_line_inside_an_open_pipe_table_keeps_the_run() -> None:
    assert _due(_H, _R1, "", _R2, _R3) == _THREE


def test_a_page_number_inside_an_open_pipe_table_keeps_the_run() -> None:
    assert _due(_H, _R1, "2", _R2, _R3) == _THREE


def test_an_empty_middle_cell_keeps_the_row() -> None:
    row = "2 | Hướng dẫn trồng rừng ngập mặn. | Cục Kiểm lâm | | Quý II/2028"
    assert _due(_H, _R1, row, _R3) == _THREE


def test_an_empty_first_cell_keeps_the_row() -> None:
    row = " | Tổ chức hội nghị triển khai. | Cục Lâm nghiệp | Các Sở | Quý I/2028"
    due = _due(_H, _R1, row, _R2, _R3)
    assert due == [_THREE[0], (("Cục Lâm nghiệp",), date(2028, 3, 31)), *_THREE[1:]]


def test_an_empty_last_cell_keeps_the_row() -> None:
    header = "TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian thực hiện | Ghi chú"
    rows = [
        "1 | Thành lập Tổ công tác rừng ven biển. | Cục Lâm nghiệp | Năm 2027 | ",
        "2 | Hướng dẫn trồng rừng ngập mặn. | Cục Kiểm lâm | Quý II/2028 | Báo cáo Bộ",
        "3 | Tổng kết Chương trình. | Vụ Kế hoạch - Tài chính | Trước 30/6/2029 | ",
    ]
    assert _due(header, *rows) == _THREE


def test_roman_group_rows_stay_in_the_run() -> None:
    group = "II | Công tác kiểm tra, tổng kết"
    assert _due(_H, "I | Công tác chỉ đạo, điều hành", _R1, _R2, group, _R3) == _THREE
    padded = "I | Công tác chỉ đạo, điều hành |  |  | "
    assert _due(_H, padded, _R1, _R2, _R3) == _THREE


def test_a_wrapped_row_is_joined_and_keeps_its_own_lead() -> None:
    first = "2 | Hướng dẫn trồng rừng ngập mặn tại các tỉnh ven biển,"
    rest = "bao gồm cả rừng phòng hộ. | Cục Kiểm lâm | Vụ Pháp chế | Quý II/2028"
    assert _due(_H, _R1, first, rest, _R3) == _THREE


def test_a_list_of_papers_issued_is_not_dated() -> None:
    header = ["TT", "Nội dung văn bản", "Cơ quan chủ trì soạn thảo", "Thời gian ban hành"]
    rows = [
        ["2", "Thông tư hướng dẫn quản lý rừng ngập mặn", "Vụ Pháp chế", "Quý I/2027"],
        ["3", "Chỉ thị về tăng cường bảo vệ rừng", "Văn phòng Bộ", "Năm 2027"],
    ]
    notice = parse_notice(_WRAPPER + "DANH MỤC VĂN BẢN ĐÃ BAN HÀNH\n" + _table(header, rows))
    assert all(t.deadline is None for t in notice.tasks)


def test_a_status_cell_is_no_time_limit() -> None:
    header = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian ban hành"]
    status = "Đã ban hành (Quyết định số 12/QĐ-BNNMT ngày 10/01/2025)"
    rows = [["1", "Quy chế phối hợp quản lý rừng phòng hộ", "Cục Lâm nghiệp", status]]
    notice = parse_notice(_WRAPPER + _table(header, rows))
    assert all("thời hạn" not in t.text for t in notice.tasks)


_ROW = ["1", "Xây dựng Quy chế quản lý rừng phòng hộ", "Cục Lâm nghiệp", "Quý III/2027"]


def test_more_wordings_of_a_time_to_issue_by_date_the_row() -> None:
    for time in (
        "Thời gian dự kiến ban hành",
        "Thời gian ban hành dự kiến",
        "Thời hạn hoàn thành, ban hành",
        "Thời gian xây dựng, ban hành",
    ):
        header = ["TT", "Nội dung", "Cơ quan chủ trì", time]
        assert _due(_table(header, [_ROW])) == [(("Cục Lâm nghiệp",), date(2027, 9, 30))], time


def test_a_task_name_column_and_a_time_limit_date_the_row() -> None:
    for header in (
        ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian ban hành"],
        ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời hạn ban hành"],
    ):
        assert _due(_table(header, [_ROW])) == [(("Cục Lâm nghiệp",), date(2027, 9, 30))]
