"""A conclusion notice's deadlines are set at the meeting it concludes: a date between the meeting
and the day the notice is issued is a deadline, not a past date (VPCP 627: meeting 08/11, notice
18/11, "trước ngày 15/11"). A date before the meeting is still past."""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.metadata import find_meeting_date


def _notice(issued: str, opening: str, item: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 112/TB-UBND\n"
        f"Lạng Sơn, ngày {issued}\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n"
        f"{opening}\n\nChủ tịch UBND tỉnh kết luận như sau:\n1. {item}\n"
    )


@pytest.mark.parametrize(
    ("issued", "opening", "item", "deadline"),
    [
        (
            "18 tháng 11 năm 2025",
            "Ngày 08 tháng 11 năm 2025, Chủ tịch UBND tỉnh chủ trì họp về tiến độ cao tốc.",
            "Sở Xây dựng báo cáo Chủ tịch UBND tỉnh trước ngày 15 tháng 11 năm 2025.",
            date(2025, 11, 15),
        ),
        (
            "05 tháng 3 năm 2025",
            "Chiều ngày 20/02/2025, Chủ tịch UBND tỉnh làm việc với Sở Tài chính.",
            "Sở Tài chính hoàn thành dự thảo kế hoạch trước ngày 28/02.",
            date(2025, 2, 28),
        ),
        (
            "10 tháng 7 năm 2025",
            "Vào hồi 8 giờ ngày 01/7/2025, UBND tỉnh tổ chức hội nghị sơ kết 6 tháng.",
            "Sở Nội vụ tổng hợp danh sách, gửi UBND tỉnh chậm nhất ngày 05/7/2025.",
            date(2025, 7, 5),
        ),
    ],
)
def test_a_deadline_between_the_meeting_and_the_issue_date_is_kept(
    issued: str, opening: str, item: str, deadline: date
) -> None:
    [task] = parse_notice(_notice(issued, opening, item)).tasks
    assert task.deadline == deadline


def test_a_date_before_the_meeting_is_still_past() -> None:
    text = _notice(
        "18 tháng 11 năm 2025",
        "Ngày 08 tháng 11 năm 2025, Chủ tịch UBND tỉnh chủ trì họp về tiến độ cao tốc.",
        "Sở Xây dựng báo cáo kết quả thực hiện trước ngày 01/11/2025.",
    )
    [task] = parse_notice(text).tasks
    assert task.deadline is None


def test_a_letter_citing_a_dated_document_keeps_its_own_date_as_reference() -> None:
    text = (
        "BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5363/CT-CS\nV/v triển khai nghị định\n"
        "Hà Nội, ngày 20 tháng 11 năm 2025\nKính gửi: Thuế các tỉnh, thành phố.\n\n"
        "Ngày 30/6/2025, Chính phủ ban hành Nghị định số 175/2025/NĐ-CP.\n\n"
        "Cục Thuế đề nghị Thuế các tỉnh, thành phố báo cáo kết quả trước ngày 15/9/2025.\n"
    )
    notice = parse_notice(text)
    assert notice.tasks and all(task.deadline is None for task in notice.tasks)


def test_the_meeting_is_found_after_a_header_table_pieces() -> None:
    pieces = ["|", "VĂN PHÒNG CHÍNH", "PHỦ", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM"]
    pieces += ["Độc lập - Tự do - Hạnh phúc", "|", "|", "Số: 627/TB-VPCP", "|"]
    pieces += ["Hà Nội, ngày 18 tháng 11 năm 2025", "|", "THÔNG BÁO", "KẾT"]
    opening = "Ngày 08 tháng 11 năm 2025, Thủ tướng Chính phủ chủ trì Phiên họp lần thứ 21."
    assert find_meeting_date([*pieces, opening]) == date(2025, 11, 8)
    prose = [f"Đoạn văn thứ {n} nói về tình hình chung của dự án." for n in range(12)]
    assert find_meeting_date([*prose, opening]) is None  # not the opening any more
