"""Round 13: a point that opens with a circumstance before its verb ("Tùy theo điều kiện của
từng xã, …", "Cuối mỗi đợt kiểm tra, …") still asks for work; the frame ends at its comma."""

from __future__ import annotations

from notices import parse_notice
from notices.imperatives import asks_work

HEAD = """ỦY BAN NHÂN DÂN HUYỆN BA TƠ
Số: 88/KH-UBND
Ba Tơ, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra công tác chuyển đổi số năm 2026

"""


def test_a_depending_on_frame_before_the_verb_asks_work() -> None:
    assert asks_work("Tùy theo điều kiện của từng xã, bố trí cán bộ tham gia đoàn kiểm tra.")
    assert asks_work("Tuỳ thuộc vào kết quả rà soát, đề xuất phương án sắp xếp phù hợp.")


def test_an_end_of_round_frame_before_the_subject_asks_work() -> None:
    assert asks_work("Cuối mỗi đợt kiểm tra, từng thành viên nộp báo cáo cho Trưởng đoàn.")


def test_a_past_statement_after_the_frame_asks_none() -> None:
    assert not asks_work("Cuối đợt kiểm tra, các thành viên đã nộp báo cáo cho Trưởng đoàn.")


def test_such_points_under_a_body_heading_are_its_tasks() -> None:
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Ủy ban nhân dân các xã\n"
        "- Tùy theo điều kiện thực tế, tổ chức tự kiểm tra trước khi đoàn đến làm việc.\n"
        "- Chuẩn bị báo cáo gửi Phòng Văn hóa trước ngày 20/3/2026.\n"
    )
    tasks = parse_notice(HEAD + body).tasks
    assert len(tasks) == 2
    assert tasks[0].text.startswith("Tùy theo điều kiện thực tế")
    assert list(tasks[0].lead) == ["Ủy ban nhân dân các xã"]
