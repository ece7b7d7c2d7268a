"""Round 15 (K30): a point whose subject is a person's role or a holder the name reader does not
take for a body ("Giảng viên ghi rõ …", "Chủ các tàu căn cứ … để đề xuất …") is still work, and
the role is its lead; a role that only states ("Cán bộ, công chức đã …") is not."""

from __future__ import annotations

from notices import parse_notice
from notices.imperatives import holder_subject

HEAD = (
    "TRƯỜNG ĐẠI HỌC HẢI ĐĂNG\nSố: 512/TB-ĐHHĐ\nHải Đăng, ngày 04 tháng 9 năm 2026\n"
    "THÔNG BÁO\nVề việc tổ chức chấm thi\n"
)
TAIL = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nHIỆU TRƯỞNG\nTrần Minh Quang\n"


def test_person_role_points_are_tasks() -> None:
    body = (
        "Nhà trường đề nghị các Khoa triển khai cho giảng viên thực hiện như sau:\n"
        "1. Giảng viên thực hiện việc chấm bài đúng quy định, cụ thể như sau:\n"
        "- Giảng viên chấm bài theo đáp án đã được duyệt.\n"
        "- Giảng viên ghi rõ điểm số trên phiếu chấm.\n"
        "2. Trưởng Bộ môn có trách nhiệm duyệt điểm.\n"
    )
    texts = [t.text for t in parse_notice(HEAD + body + TAIL).tasks]
    assert any(t.startswith("Giảng viên chấm bài") for t in texts)
    assert any(t.startswith("Giảng viên ghi rõ điểm số") for t in texts)


def test_holder_subject_under_a_heading_naming_nobody() -> None:
    body = (
        "1. Các tàu cá hoạt động ven bờ (dưới 12 mét):\n"
        "Chủ các tàu căn cứ vào quy định đăng ký tàu để đề xuất phương án neo đậu trình "
        "Ủy ban nhân dân tỉnh xem xét.\n"
    )
    tasks = parse_notice(HEAD + body + TAIL).tasks
    assert any(
        t.text.startswith("Chủ các tàu căn cứ") and t.lead == ("Chủ các tàu",) for t in tasks
    )


def test_holder_subject_reads_the_role() -> None:
    assert holder_subject("Giảng viên ghi rõ thời gian làm bài.") == "Giảng viên"
    assert holder_subject("Nhóm trưởng báo cáo trước Hội đồng;") == "Nhóm trưởng"
    assert holder_subject("Cán bộ văn thư các phòng tập hợp hồ sơ.") == "Cán bộ văn thư các phòng"


def test_role_that_states_or_lists_is_no_subject() -> None:
    assert holder_subject("Cán bộ, công chức đã hoàn thành kê khai.") is None
    assert holder_subject("Giáo viên là người hướng dẫn trực tiếp.") is None
    assert holder_subject("Giảng viên đang ghi điểm vào sổ.") is None
    assert holder_subject("Phòng Đào tạo tập hợp hồ sơ.") is None
