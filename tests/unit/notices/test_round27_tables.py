"""Round 27 (tables): a plan's task table read by its header, in Markdown and in plain text.

A time column to issue papers by ("Thời gian ban hành") beside a column of work and a "chủ trì"
body dates each row; a table past its 99th row keeps its rows apart; a text export's table
written as cells between " | " with no "|" at either end is read as the Markdown table is.
Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from tests.unit.notices.test_action_programme_tables import _WRAPPER, _markdown


def _table(header: list[str], rows: list[list[str]]) -> str:
    return _markdown([header, ["---"] * len(header), *rows])


_ISSUE = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian ban hành", "Thời gian thực hiện"]


def test_a_time_to_issue_papers_by_dates_each_row_of_a_plan() -> None:
    rows = [
        [
            "(1)",
            "Đề án phát triển rừng phòng hộ ven biển",
            "Cục Lâm nghiệp",
            "Quý IV năm 2027",
            "Giai đoạn 2027 - 2030",
        ],
        ["(2)", "Kế hoạch trồng rừng ngập mặn", "Cục Kiểm lâm", "Tháng 6/2027", "Hằng năm"],
        ["(3)", "Quy chế phối hợp quản lý rừng", "Vụ Pháp chế", "Năm 2028", "Thường xuyên"],
    ]
    notice = parse_notice(_WRAPPER + _table(_ISSUE, rows))
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Cục Lâm nghiệp",), date(2027, 12, 31)),
        (("Cục Kiểm lâm",), date(2027, 6, 30)),
        (("Vụ Pháp chế",), date(2028, 12, 31)),
    ]


def test_a_time_limit_to_issue_by_also_dates_the_rows() -> None:
    header = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn ban hành"]
    rows = [
        [
            "1",
            "Xây dựng quy định về rừng đặc dụng",
            "Cục Lâm nghiệp",
            "Vụ Pháp chế",
            "Quý III/2027",
        ]
    ]
    notice = parse_notice(_WRAPPER + _table(header, rows))
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Cục Lâm nghiệp",), date(2027, 9, 30))
    ]


def test_a_list_of_papers_issued_by_their_doers_keeps_no_deadline() -> None:
    # "Đơn vị thực hiện" names who issued each paper, not a body leading work to come
    header = ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian ban hành"]
    rows = [["1", "Quy chế quản lý rừng phòng hộ", "Cục Lâm nghiệp", "Tháng 6/2027"]]
    notice = parse_notice(_WRAPPER + _table(header, rows))
    assert [t.deadline for t in notice.tasks if "Cục Lâm nghiệp" in t.lead] in ([], [None])


def test_a_date_the_papers_took_effect_is_no_deadline() -> None:
    header = ["TT", "Nội dung", "Cơ quan chủ trì", "Ngày hiệu lực"]
    rows = [["1", "Quy chế quản lý rừng phòng hộ", "Cục Lâm nghiệp", "Tháng 6/2027"]]
    notice = parse_notice(_WRAPPER + _table(header, rows))
    assert [(t.lead, t.deadline) for t in notice.tasks] == [(("Cục Lâm nghiệp",), None)]


def test_a_table_past_its_ninety_ninth_row_keeps_its_rows_apart() -> None:
    header = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    rows = [
        [f"({n})", f"Kiểm kê rừng ven biển tại tiểu khu số {n}", "Cục Kiểm lâm", "Quý IV/2027"]
        for n in range(1, 106)
    ]
    notice = parse_notice(_WRAPPER + _table(header, rows))
    texts = [t.text for t in notice.tasks]
    assert len(texts) == 105
    assert texts[99].endswith("tiểu khu số 100; thời hạn: Quý IV/2027.")
    assert all(t.deadline == date(2027, 12, 31) for t in notice.tasks)


_PLAIN = """TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện
1 | Thành lập Tổ công tác rừng ven biển. | Cục Lâm nghiệp | Các đơn vị thuộc Bộ. | Năm 2027
2 | Hướng dẫn trồng rừng ngập mặn. | Cục Kiểm lâm | - Vụ Pháp chế; - Các Sở. | Quý II/2028
3 | Tổng kết Chương trình. | Vụ Kế hoạch - Tài chính | Các đơn vị thuộc Bộ. | Trước 30/6/2029
"""


def test_a_text_exports_table_without_outer_pipes_is_read_by_its_header() -> None:
    notice = parse_notice(_WRAPPER + _PLAIN)
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Cục Lâm nghiệp",), date(2027, 12, 31)),
        (("Cục Kiểm lâm",), date(2028, 6, 30)),
        (("Vụ Kế hoạch - Tài chính",), date(2029, 6, 30)),
    ]
    assert notice.tasks[1].text.startswith("Giao Cục Kiểm lâm chủ trì")


def test_plain_pipe_lines_that_are_no_task_header_stay_as_they_are() -> None:
    plain = (
        "Họ và tên | Chức vụ | Đơn vị công tác\n"
        "Nguyễn Văn An | Phó Cục trưởng | Cục Lâm nghiệp\n"
        "Trần Thị Bình | Chuyên viên | Cục Kiểm lâm\n"
    )
    from notices.table_layouts import open_pipe_tables

    lines = plain.splitlines()
    assert open_pipe_tables(lines) == lines


def test_a_lone_task_header_line_stays_as_it_is() -> None:
    from notices.table_layouts import open_pipe_tables

    lines = [
        "TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian thực hiện",
        "Các đơn vị gửi báo cáo theo mẫu trên.",
    ]
    assert open_pipe_tables(lines) == lines
