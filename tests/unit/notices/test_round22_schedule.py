"""Round 22 (schedule): a plan's month-by-month schedule gives each row to the doer written in it.

"Tháng 10/2024" over "- Hội thi rung chuông vàng BCH Đoàn trường Theo kế hoạch", "- Dự giờ đồng
nghiệp: đ/c Tuấn, Lan": each row that names its doer in a cell of its own (a capitalised group or
role after the work, given names after a marker, a colon or the work) is that doer's task, due
by the end of its month; a "hằng tuần" row recurs. A report's month-by-month account of work
done, and a row that names nobody, give no such task. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.model import DeadlineKind
from notices.schedule_doers import row_doers, row_subject

_PLAN = """TRƯỜNG THCS NGUYỄN TRÃI
CHI ĐOÀN GIÁO VIÊN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

KẾ HOẠCH
Hoạt động của Chi đoàn năm học 2024 - 2025

I. MỤC ĐÍCH

Nâng cao chất lượng hoạt động của chi đoàn.

II. LỊCH TRÌNH CỤ THỂ

Tháng 9/2024

- Đại hội chi đoàn nhiệm kỳ mới BCH Chi đoàn Theo hướng dẫn của Đoàn trường

- Sinh hoạt chuyên đề đầu năm Cả chi đoàn

- Họp giao ban hằng tuần Bí thư chi đoàn

Tháng 10 / 2024

- Hội thi rung chuông vàng Cả khối 8 Theo kế hoạch của nhà trường

- Dự giờ đồng nghiệp: đ/c Tuấn, Lan

- Chuẩn bị nội dung hội thi

Tháng 11/2023

- Thi giáo viên dạy giỏi cấp trường Giáo viên dạy khối 6 và 7 theo lịch của trường

- Kiểm tra hồ sơ Thắng, Dũng Theo lịch

III. TỔ CHỨC THỰC HIỆN

Các đoàn viên thực hiện nghiêm túc kế hoạch này.

Bí thư chi đoàn

Trần Thị Mai
"""


def _tasks(text: str) -> dict[str, tuple[tuple[str, ...], date | None, DeadlineKind]]:
    notice = parse_notice(text)
    return {t.text: (t.lead, t.deadline, t.deadline_kind) for t in notice.tasks}


def test_each_row_is_its_doers_task_due_by_its_month() -> None:
    tasks = _tasks(_PLAN)
    assert tasks["Đại hội chi đoàn nhiệm kỳ mới BCH Chi đoàn Theo hướng dẫn của Đoàn trường"] == (
        ("BCH Chi đoàn",),
        date(2024, 9, 30),
        DeadlineKind.PERIOD_END,
    )
    assert tasks["Sinh hoạt chuyên đề đầu năm Cả chi đoàn"][:2] == (
        ("Cả chi đoàn",),
        date(2024, 9, 30),
    )
    assert tasks["Hội thi rung chuông vàng Cả khối 8 Theo kế hoạch của nhà trường"][:2] == (
        ("Cả khối 8",),
        date(2024, 10, 31),
    )
    assert tasks["Dự giờ đồng nghiệp: đ/c Tuấn, Lan"][:2] == (
        ("Tuấn", "Lan"),  # the corpus writes a person lead without its marker (round 26 review)
        date(2024, 10, 31),
    )


def test_a_weekly_row_recurs() -> None:
    lead, deadline, kind = _tasks(_PLAN)["Họp giao ban hằng tuần Bí thư chi đoàn"]
    assert lead == ("Bí thư chi đoàn",)
    assert (deadline, kind) == (None, DeadlineKind.RECURRING)


def test_a_year_that_runs_back_is_the_next_month_of_the_schedule() -> None:
    # "Tháng 11/2023" after "Tháng 10/2024": November 2024, the schedule runs forward
    tasks = _tasks(_PLAN)
    row = "Thi giáo viên dạy giỏi cấp trường Giáo viên dạy khối 6 và 7 theo lịch của trường"
    assert tasks[row][:2] == (("Giáo viên dạy khối 6 và 7",), date(2024, 11, 30))
    assert tasks["Kiểm tra hồ sơ Thắng, Dũng Theo lịch"][:2] == (
        ("Thắng", "Dũng"),
        date(2024, 11, 30),
    )


def test_a_row_naming_nobody_is_no_task() -> None:
    assert not any("Chuẩn bị nội dung hội thi" in text for text in _tasks(_PLAN))


_REPORT = _PLAN.replace("KẾ HOẠCH\nHoạt động", "BÁO CÁO\nKết quả hoạt động").replace(
    "II. LỊCH TRÌNH CỤ THỂ", "II. KẾT QUẢ ĐÃ THỰC HIỆN"
)


def test_a_reports_account_of_months_gives_no_dated_rows() -> None:
    tasks = parse_notice(_REPORT).tasks
    assert not any(t.deadline_kind is DeadlineKind.PERIOD_END for t in tasks)


def test_doer_cells() -> None:
    assert row_doers("Khai giảng năm học mới Toàn trường") == ["Toàn trường"]
    assert row_doers("Kiểm tra toàn diện 2 giáo viên: cô Hạnh") == ["cô Hạnh"]
    assert row_doers("Thao giảng chào mừng 8/3 Nga, Theo lịch") == ["Nga"]
    assert row_doers("Tổng hợp điểm các lớp chủ nhiệm ( Bình, An ) và báo cáo") == ["Bình", "An"]
    assert row_doers("Chấm bài thi: Hoa") == ["Hoa"]


def test_no_doer_cell() -> None:
    # a subject, an object of the work, a note: no doer
    assert row_doers("Kiểm tra 15 phút môn : Ngữ văn + Lịch sử") is None
    assert row_doers("Kiểm tra học kỳ cả 3 khối môn Toán") is None
    assert row_doers("Nộp báo cáo tổng kết cho Ban Giám hiệu") is None
    assert row_doers("Thảo luận chuyên đề 5: Các phương pháp dạy học tích cực") is None
    assert row_doers("Thi học sinh giỏi theo lịch của Phòng") is None


def test_row_subject() -> None:
    assert row_subject("Tổ trưởng duyệt kế hoạch bài dạy hằng tháng") == "Tổ trưởng"
    assert row_subject("Các khối 6 và 7 kiểm tra giữa kỳ") == "Các khối 6 và 7"
    assert row_subject("Tổng kết năm học") is None


_COMMUNE = """ỦY BAN NHÂN DÂN XÃ AN HÒA

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Hòa, ngày 12 tháng 2 năm 2026

KẾ HOẠCH
Tổ chức các hoạt động văn hóa, thể thao năm 2026

I. MỤC ĐÍCH

Đẩy mạnh phong trào văn hóa, thể thao ở khu dân cư.

II. TIẾN ĐỘ THỰC HIỆN

1. Tháng 3 năm 2026

- Tổ chức giải bóng chuyền nữ Hội Liên hiệp Phụ nữ xã

- Ra quân làm đường giao thông nông thôn Toàn xã

2. Tháng 4 năm 2026

- Hội diễn văn nghệ chào mừng ngày 30/4 Ban Văn hóa xã Theo kế hoạch riêng

- Trồng cây xanh tại nhà văn hóa Đoàn Thanh niên xã, Hội Cựu chiến binh xã

III. TỔ CHỨC THỰC HIỆN

Công chức Văn hóa - Xã hội chủ trì, tổ chức thực hiện Kế hoạch này.

CHỦ TỊCH

Phạm Văn Hùng
"""


def test_a_body_cell_the_name_reader_reads_whole() -> None:
    tasks = _tasks(_COMMUNE)
    assert tasks["Tổ chức giải bóng chuyền nữ Hội Liên hiệp Phụ nữ xã"][:2] == (
        ("Hội Liên hiệp Phụ nữ xã",),
        date(2026, 3, 31),
    )
    assert tasks["Ra quân làm đường giao thông nông thôn Toàn xã"][0] == ("Toàn xã",)
    row = "Hội diễn văn nghệ chào mừng ngày 30/4 Ban Văn hóa xã Theo kế hoạch riêng"
    assert tasks[row][:2] == (("Ban Văn hóa xã",), date(2026, 4, 30))
    row = "Trồng cây xanh tại nhà văn hóa Đoàn Thanh niên xã, Hội Cựu chiến binh xã"
    assert tasks[row][0] == ("Đoàn Thanh niên xã", "Hội Cựu chiến binh xã")


def test_a_role_then_its_work() -> None:
    row = "Xét lên lớp học sinh Giáo viên chủ nhiệm báo cáo với Hiệu trưởng Theo lịch"
    assert row_doers(row) == ["Giáo viên chủ nhiệm"]


def test_a_sentence_opening_with_a_month_is_no_heading() -> None:
    from notices.month_schedule import _heading

    assert _heading("Tháng 12 năm 2025, Ủy ban nhân dân tỉnh đã tổ chức hội nghị") is None
    assert _heading("tháng 4 năm 2025 của Bộ Chính trị về đổi mới") is None
    assert _heading("Tháng 9 tổ chức khai giảng") is None
    assert _heading("THÁNG 10 NĂM 2024:") == (10, 2024)
    assert _heading("Tháng 7, 8/2025: nghỉ hè") == (8, 2025)
