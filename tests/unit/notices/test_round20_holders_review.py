"""Round 20 (holders), review fixes: where a staff role as a subject is no task of its own.

After a ":" lead-in ("… thực hiện: giáo viên chủ nhiệm …; giáo viên bộ môn …") the ";" parts
are the list the lead-in gives, not the roles' own tasks; a role's sentence that only states
accountability or knowing ("Viên chức chịu trách nhiệm trước pháp luật …", "Giáo viên cần nắm
vững …") gives no work; a role joined to people who are no role ("Giáo viên và học sinh …") is
no joined subject. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from tests.unit.notices.test_round20_holders import _SIGN

_HEAD = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA BÌNH
Số: 215/SGDĐT-GDPT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 10 tháng 9 năm 2025

V/v triển khai nhiệm vụ

Kính gửi:
- Phòng Giáo dục và Đào tạo các huyện;
- Hiệu trưởng các trường trung học phổ thông.

Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện như sau:

"""


def _leads(body: str) -> list[tuple[str, ...]]:
    return [task.lead for task in parse_notice(_HEAD + body + _SIGN).tasks]


def test_semicolon_parts_after_a_colon_lead_in_stay_with_the_lead_in() -> None:
    body = (
        "1. Đề nghị các trường chỉ đạo giáo viên thực hiện: giáo viên chủ nhiệm rà soát danh "
        "sách học sinh trước ngày 20/9/2025; giáo viên bộ môn nhập điểm trước ngày 30/9/2025."
    )
    assert _leads(body) == [("các trường",)]


def test_a_role_after_a_colon_list_of_bare_work_is_no_task() -> None:
    body = (
        "1. Các trường chỉ đạo thực hiện các nội dung: rà soát danh sách học sinh trước ngày "
        "20/9/2025; tổ chuyên môn kiểm tra giáo án trước ngày 30/9/2025."
    )
    assert _leads(body) == [("Các trường",)]


def test_a_role_that_only_must_know_is_no_task() -> None:
    body = "1. Các trường rà soát hồ sơ. Giáo viên cần nắm vững quy định về đánh giá học sinh."
    assert _leads(body) == [("Các trường",)]


def test_a_role_that_only_answers_for_is_no_task() -> None:
    body = (
        "1. Các trường rà soát hồ sơ. Giáo viên chủ nhiệm chịu trách nhiệm trước pháp luật về "
        "hồ sơ của mình."
    )
    assert _leads(body) == [("Các trường",)]


def test_a_role_joined_to_pupils_is_no_joined_subject() -> None:
    body = (
        "1. Các trường tổ chức ngày hội đọc sách. Giáo viên và học sinh tham gia ngày hội đọc "
        "sách."
    )
    assert _leads(body) == [("Các trường",)]


def test_a_role_joined_to_parents_is_no_joined_subject() -> None:
    body = (
        "1. Các trường tổ chức ngày hội đọc sách. Giáo viên và cha mẹ học sinh phối hợp theo "
        "dõi học sinh."
    )
    assert _leads(body) == [("Các trường",)]


def test_a_role_that_does_work_still_leads() -> None:
    body = (
        "1. Các trường rà soát hồ sơ. Giáo viên chủ nhiệm cập nhật hồ sơ học sinh trước ngày "
        "30/9/2025."
    )
    assert _leads(body) == [("Các trường",), ("Giáo viên chủ nhiệm",)]
