"""Round 22 (unitables), the review's findings: a doer column ("Phụ trách", "Đơn vị/người thực
hiện") leads only a table of work given, screened as a "Chủ trì" table is (a list of people, of
documents issued, of work done, a schedule or a timetable gives no task); an hour range in a time
cell stays whole; a closing that names staff beside the students, or asks the students
("Đề nghị sinh viên … thực hiện"), keeps them as the points' doers; a title abbreviation
("GV.CN", "T.Ư", "C.Ty") is no teacher; a unit's name wrapped in a Word cell is one name.
Documents invented for these tests, each inside a faculty's notice.
"""

from __future__ import annotations

import datetime as dt

from notices import parse_notice
from notices.readers import decode_document
from notices.table_doers import people_cell
from notices.table_times import due_cell

_HEAD = """TRƯỜNG ĐẠI HỌC SƯ PHẠM
KHOA TOÁN
Số: 45/TB-KT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 01 tháng 3 năm 2024

THÔNG BÁO
Về việc triển khai công tác tháng 3 năm 2024

"""

_SIGN = """

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG KHOA

Lê Văn Hùng
"""


def _tasks(body: str) -> list[tuple[str, tuple[str, ...], dt.date | None]]:
    text = decode_document((_HEAD + body.strip() + _SIGN).encode(), "x.txt")
    notice = parse_notice(text)
    return [(task.text, tuple(task.lead), task.deadline) for task in notice.tasks]


def test_a_list_of_students_and_their_supervisors_gives_no_task() -> None:
    body = """
| STT | Họ và tên sinh viên | Lớp | Giảng viên phụ trách | Thời gian |
|---|---|---|---|---|
| 1 | Nguyễn Thị Mai | K45A | TS. Trần Văn Bình | 20/03/2024 |
| 2 | Phạm Văn Nam | K45B | ThS. Lê Thị Hoa | 22/03/2024 |
"""
    assert _tasks(body) == []


def test_a_table_of_work_done_gives_no_task() -> None:
    body = """
| TT | Nội dung công việc | Người phụ trách | Thời gian | Kết quả thực hiện |
|---|---|---|---|---|
| 1 | Tổ chức thi giữa kỳ | Bộ môn Đại số | 15/02/2024 | Đã hoàn thành |
| 2 | Chấm bài thi giữa kỳ | Bộ môn Giải tích | 25/02/2024 | Đã hoàn thành |
"""
    assert _tasks(body) == []


def test_a_list_of_documents_issued_gives_no_task() -> None:
    body = """
| TT | Tên văn bản | Đơn vị/người thực hiện | Thời gian ban hành |
|---|---|---|---|
| 1 | Quy chế chi tiêu nội bộ | Phòng Kế hoạch - Tài chính | 10/01/2024 |
| 2 | Quy định đánh giá viên chức | Phòng Tổ chức cán bộ | 15/01/2024 |
"""
    assert _tasks(body) == []


def test_a_week_schedule_gives_no_task() -> None:
    body = """
LỊCH CÔNG TÁC TUẦN

| Thời gian | Nội dung | Địa điểm | Phụ trách |
|---|---|---|---|
| 8h00 ngày 11/3/2024 | Họp giao ban Khoa | Phòng 201 | Trưởng khoa |
| 14h00 ngày 12/3/2024 | Sinh hoạt chuyên môn | Phòng 305 | Tổ trưởng bộ môn |
"""
    assert _tasks(body) == []


def test_a_teaching_timetable_gives_no_task() -> None:
    body = """
| TT | Tên học phần | Lớp | Giảng viên phụ trách | Thời gian |
|---|---|---|---|---|
| 1 | Giải tích 1 | K47A | Cô Nguyễn Thị Lan | 11/3/2024 |
| 2 | Đại số tuyến tính | K47B | Thầy Trần Quốc Việt | 12/3/2024 |
"""
    assert _tasks(body) == []


def test_a_partner_column_of_a_doer_table_is_kept() -> None:
    body = """
| TT | Nội dung công việc | Phụ trách | Phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Sửa chữa phòng máy tính của Khoa | Văn phòng Khoa | Phòng Quản trị | 20/03/2024 |
"""
    tasks = _tasks(body)
    assert len(tasks) == 1
    assert "phối hợp với Phòng Quản trị" in tasks[0][0]
    assert tasks[0][1] == ("Văn phòng Khoa",)


def test_an_hour_range_before_the_day_stays_whole() -> None:
    assert due_cell("8h00 - 11h30 ngày 20/6/2026") == "8h00 - 11h30 ngày 20/6/2026"
    assert due_cell("7h30-11h00, 20/6/2026") == "7h30-11h00, 20/6/2026"
    assert due_cell("17h ngày 02/07/2018") == "ngày 02/07/2018"  # one hour: the day


def test_an_hour_range_in_a_chu_tri_table_keeps_its_day() -> None:
    body = """
| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Tổ chức hội thảo khoa học của Khoa | Bộ môn Đại số | 8h00 - 11h30 ngày 20/6/2026 |
"""
    (text, _, _), *_ = _tasks(body)
    assert text.endswith("; thời hạn: 8h00 - 11h30 ngày 20/6/2026.")  # as main reads it


_POINTS = """
Khoa thông báo một số công việc như sau:

1. Nộp hồ sơ xét tốt nghiệp về Văn phòng Khoa trước ngày 20/3/2024.

2. Đăng ký học lại các học phần chưa đạt trước ngày 25/3/2024.

"""


def test_staff_after_the_students_in_a_closing_stay_the_doers() -> None:
    body = _POINTS + (
        "Nhà trường thông báo để sinh viên, giảng viên cố vấn học tập và các đơn vị liên quan"
        " biết, thực hiện./."
    )
    tasks = _tasks(body)
    assert [deadline for _, _, deadline in tasks] == [dt.date(2024, 3, 20), dt.date(2024, 3, 25)]
    assert all(any("giảng viên cố vấn học tập" in name for name in lead) for _, lead, _ in tasks)


def test_graduate_students_and_their_supervisors_stay_the_doers() -> None:
    body = _POINTS + (
        "Khoa thông báo để học viên cao học khóa 30 và giảng viên hướng dẫn biết và thực hiện."
    )
    tasks = _tasks(body)
    assert len(tasks) == 2
    assert all(any("giảng viên hướng dẫn" in name for name in lead) for _, lead, _ in tasks)


def test_a_closing_that_asks_the_students_keeps_their_tasks() -> None:
    body = (
        _POINTS + "Đề nghị sinh viên năm cuối nghiêm túc thực hiện đúng nội dung thông báo này./."
    )
    tasks = _tasks(body)
    assert [deadline for _, _, deadline in tasks] == [dt.date(2024, 3, 20), dt.date(2024, 3, 25)]
    assert all(lead == ("sinh viên năm cuối",) for _, lead, _ in tasks)


def test_title_abbreviations_are_no_teachers() -> None:
    assert "đồng chí" not in people_cell("GV.CN các lớp")
    assert people_cell("T.Ư Đoàn") == "T.Ư Đoàn"
    assert people_cell("C.Ty Minh Phát") == "C.Ty Minh Phát"
    assert people_cell("T.Thọ") == "đồng chí Thọ"  # a teacher by initial still is one


def test_a_name_wrapped_in_a_word_cell_is_one_name() -> None:
    assert people_cell("Phòng Kế hoạch\nTài chính") == "Phòng Kế hoạch Tài chính"
    assert people_cell("Ban Giám\nhiệu") == "Ban Giám hiệu"
    assert people_cell("C. Ý\nT. Hà") == "đồng chí Ý, đồng chí Hà"  # two people, one a line
