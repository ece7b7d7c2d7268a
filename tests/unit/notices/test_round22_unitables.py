"""Round 22 (unitables): a school's plan table whose lead column is "Phụ trách" or "Đơn vị/người
thực hiện".

A university's or a school's plan lists its work in a table whose doer column is headed in its
own words ("Phụ trách", "Đơn vị/Cá nhân thực hiện"), names teachers by an initial ("T. Long",
"C.Lan") and dates each row in a time cell ("20-24/07/2018", "17h ngày 02/7/2018", "09/07/2018
12/07/2018"). Each row is a task. The same shape in a regulation's annexed procedure (relative
times, a plain "Nội dung") and a ceremony's running order ("Thực hiện" column) gives none.
A content cell too short to be a sentence runs on into the row's next cells. A student notice's
closing "… thông báo để toàn thể sinh viên biết và thực hiện" informs the students: its nameless
points do not become their tasks. Documents invented for these tests.
"""

from __future__ import annotations

import datetime as dt

from notices import parse_notice
from notices.closings import without_learners
from notices.table_cells import run_on
from notices.table_doers import doer_columns, people_cell
from notices.table_times import due_cell

_HEAD = """TRƯỜNG ĐẠI HỌC NÔNG LÂM BẮC GIANG
Số: 318/TB-ĐHNL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 12 tháng 6 năm 2018

THÔNG BÁO
Về kế hoạch thi kết thúc học phần học kỳ hè năm 2018

Nhà trường thông báo kế hoạch thi học kỳ hè như sau:

1. Kế hoạch thực hiện:

"""

_SIGN = """

Nơi nhận:
- Các khoa;
- Lưu: VT, ĐT.

HIỆU TRƯỞNG

Trần Văn Bình
"""


def _tasks(body: str) -> list[tuple[str, tuple[str, ...], dt.date | None]]:
    notice = parse_notice(_HEAD + body.strip() + _SIGN)
    return [(task.text, tuple(task.lead), task.deadline) for task in notice.tasks]


_DATED_PLAN = """
| TT | Nội dung | Đơn vị/Cá nhân thực hiện | Thời gian |
|---|---|---|---|
| 1 | Lập danh sách sinh viên dự thi học kỳ hè | Phòng Khảo thí | 25/06/2018 |
| 2 | Ra đề thi và nộp đề về Phòng Khảo thí | Các bộ môn | 17h ngày 02/07/2018 |
| 3 | Coi thi | Ban coi thi | 20-24/07/2018 |
| 4 | Nhập điểm vào phần mềm quản lý đào tạo | Giảng viên chấm thi | 09/07/2018 12/07/2018 |
"""


def test_dated_rows_of_a_unit_or_person_column_are_tasks() -> None:
    tasks = _tasks(_DATED_PLAN)
    assert [lead for _, lead, _ in tasks] == [
        ("Phòng Khảo thí",),
        ("Các bộ môn",),
        ("Ban coi thi",),
        ("Giảng viên chấm thi",),
    ]
    assert "lập danh sách sinh viên dự thi học kỳ hè" in tasks[0][0]
    assert [deadline for _, _, deadline in tasks] == [
        dt.date(2018, 6, 25),
        dt.date(2018, 7, 2),  # the hour before the day
        dt.date(2018, 7, 24),  # a span of days in one month: its end
        dt.date(2018, 7, 12),  # two days, a start and an end: the end
    ]


def test_a_short_content_cell_runs_on_into_the_row() -> None:
    text = _tasks(_DATED_PLAN)[2][0]
    assert "coi thi | Ban coi thi" in text


_IN_CHARGE = """
| TT | Công việc | Phụ trách | Ghi chú |
|---|---|---|---|
| 1 | Trang trí hội trường và bố trí chỗ ngồi cho khách mời | T. Long, C.Lan | Xong trước 7h |
| 2 | Chuẩn bị âm thanh, ánh sáng, máy chiếu | Phòng Quản trị | |
| 3 | Đón tiếp phụ huynh tại cổng chính của trường | ThS. Nguyễn Văn Khải | |
"""


def test_a_phu_trach_column_beside_work_leads_each_row() -> None:
    tasks = _tasks(_IN_CHARGE)
    assert len(tasks) == 3
    assert tasks[1][1] == ("Phòng Quản trị",)
    assert tasks[2][1] == ("Nguyễn Văn Khải",)
    assert "trang trí hội trường" in tasks[0][0]


def test_teachers_by_initial_read_as_people() -> None:
    assert people_cell("T. Long, C.Lan") == "đồng chí Long, đồng chí Lan"
    assert people_cell("C. Hoa\nT. Nam") == "đồng chí Hoa, đồng chí Nam"
    assert people_cell("C.Hoa 2 SV nữ") == "đồng chí Hoa, 2 SV nữ"
    assert people_cell("P. ĐT") == "P. ĐT"  # an office's initials, no teacher


# --- counter-examples ---------------------------------------------------------------------


def test_an_annexed_procedure_with_relative_times_gives_no_task_rows() -> None:
    rows = [
        ["TT", "Nội dung", "Đơn vị/cá nhân thực hiện", "Thời gian hoàn thành dự kiến"],
        ["1.", "Phân công giảng viên hướng dẫn", "Khoa", "3 tuần trước khi thực tập bắt đầu"],
        ["2.", "Cấp giấy giới thiệu", "Phòng Đào tạo", "1 tuần trước thực tập"],
    ]
    assert doer_columns(rows) is None


def test_a_running_order_with_a_thuc_hien_column_gives_none() -> None:
    body = """
| TT | Nội dung | Thời gian | Thực hiện |
|---|---|---|---|
| 1 | Văn nghệ chào mừng | 7h30 - 7h45 | Đoàn trường |
| 2 | Tuyên bố lý do, giới thiệu đại biểu | 7h45 - 7h50 | MC |
| 3 | Phát biểu khai mạc | 7h50 - 8h00 | Hiệu trưởng |
"""
    assert _tasks(body) == []


def test_a_long_content_cell_and_other_time_cells_stay_as_they_were() -> None:
    row = ["1", "Xây dựng kế hoạch tuyển sinh năm 2019", "Phòng Đào tạo", "Tháng 3/2019"]
    assert run_on(row[1], row, 1, {0, 3}) == row[1]
    assert due_cell("Tháng 3-4/2026") == "Tháng 4/2026"
    assert due_cell("10 - 12/2026") == "10 - 12/2026"  # months, not days
    assert due_cell("15/3 - 30/4/2026") == "30/4/2026"


# --- a student notice's closing names the learners it informs --------------------------------

_STUDENT_NOTICE = """TRƯỜNG ĐẠI HỌC KINH TẾ ĐÀ NẴNG
PHÒNG ĐÀO TẠO

Đà Nẵng, ngày 05 tháng 1 năm 2027

THÔNG BÁO
Về việc đăng ký học phần học kỳ 2 năm học 2026-2027

I. THỜI GIAN ĐĂNG KÝ

Sinh viên đăng ký học phần từ ngày 10/01/2027 đến ngày 20/01/2027.

II. CÁC LƯU Ý KHI ĐĂNG KÝ

1. Học phần tiên quyết: Sinh viên cần kiểm tra kỹ điều kiện tiên quyết trước khi đăng ký.

2. Xác nhận kết quả: Sinh viên kiểm tra lại kết quả đăng ký ít nhất 01 ngày sau khi đăng ký.

3. Lớp ít sinh viên:

- Lớp dưới 15 sinh viên đăng ký: Hủy lớp và chuyển sinh viên sang lớp khác.

- Lớp từ 15 đến 20 sinh viên đăng ký: Xem xét mở lớp tùy trường hợp.

Phòng Đào tạo thông báo để {who} biết và thực hiện./.

TRƯỞNG PHÒNG

Lê Thị Hạnh
"""


def test_points_a_student_notice_closes_on_are_no_tasks() -> None:
    for who in ("toàn thể sinh viên các khóa", "học sinh, học viên", "các thí sinh"):
        assert parse_notice(_STUDENT_NOTICE.format(who=who)).tasks == ()


def test_points_a_staff_or_unit_closing_names_keep_that_lead() -> None:
    for who in ("Phòng Công tác sinh viên", "giảng viên cố vấn học tập"):
        tasks = parse_notice(_STUDENT_NOTICE.format(who=who)).tasks
        assert len(tasks) == 3
        assert all(tuple(task.lead) == (who,) for task in tasks)


def test_without_learners_keeps_bodies_and_staff() -> None:
    assert without_learners(["toàn thể sinh viên", "Phòng Đào tạo"]) == ["Phòng Đào tạo"]
    assert without_learners(["các tân sinh viên"]) is None
    assert without_learners(["giảng viên", "Hội Sinh viên trường"]) == [
        "giảng viên",
        "Hội Sinh viên trường",
    ]
