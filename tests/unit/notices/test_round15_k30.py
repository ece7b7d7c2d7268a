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


# R30 review (F30): the heading's body stays the lead; narration, lists and passives are no
# role's work; a unit's capitalised name is not cut at a verb inside it.
UBND = (
    "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ\nSố: 215/TB-UBND\nAn Phú, ngày 04 tháng 9 năm 2026\n"
    "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại cuộc họp giao ban\n"
    "Kính gửi: Các phòng, ban, ngành huyện; UBND các xã, thị trấn.\n"
)
SCHOOL = (
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN AN PHÚ\nTRƯỜNG THCS AN PHÚ\nSố: 45/TB-THCS\n"
    "An Phú, ngày 04 tháng 9 năm 2026\nTHÔNG BÁO\nKết luận kiểm tra nội bộ năm học 2025-2026\n"
    "Kính gửi: Cán bộ, giáo viên, nhân viên nhà trường.\n"
)


def _leads(head: str, body: str) -> dict[str, tuple[str, ...] | None]:
    return {t.text[:20]: t.lead for t in parse_notice(head + body + TAIL).tasks}


def test_heading_body_leads_over_a_role_subject() -> None:
    body = (
        "3. Ban Chỉ huy Quân sự huyện\n"
        "- Lực lượng dân quân thường trực tuần tra, canh gác mục tiêu.\n"
        "- Cán bộ trực ban phải có mặt 24/24 giờ.\n"
    )
    assert _leads(UBND, body)["Lực lượng dân quân t"] == ("Ban Chỉ huy Quân sự huyện",)
    body = (
        "Nhà trường giao nhiệm vụ như sau:\n1. Khoa Công nghệ thông tin:\n"
        "- Giảng viên nộp bảng điểm về Phòng Đào tạo trước ngày 20/9/2026.\n"
        "- Cán bộ phụ trách tổng hợp lịch thi.\n"
    )
    leads = _leads(SCHOOL, body)
    assert leads["Giảng viên nộp bảng "] == ("Khoa Công nghệ thông tin",)
    assert leads["Cán bộ phụ trách tổn"] == ("Khoa Công nghệ thông tin",)


def test_role_narration_and_lists_are_no_tasks() -> None:
    body = (
        "Trong năm học qua, giáo viên đã tích cực đổi mới phương pháp.\n"
        "Giáo viên chủ nhiệm các lớp thường xuyên phối hợp với phụ huynh học sinh.\n"
        "Các giáo viên trong tổ thường xuyên dự giờ, rút kinh nghiệm.\n"
        "Giáo viên chấm thi gồm các đồng chí có tên sau đây.\n"
    )
    assert parse_notice(SCHOOL + body + TAIL).tasks == ()
    # negative: a role given work still is
    assert holder_subject("Giáo viên chủ nhiệm phối hợp với phụ huynh học sinh.") == (
        "Giáo viên chủ nhiệm"
    )


def test_role_that_receives_is_no_lead() -> None:
    assert holder_subject("Giảng viên cần được bồi dưỡng thêm về phương pháp.") is None
    assert holder_subject("Giảng viên cần bồi dưỡng thêm cho sinh viên.") == "Giảng viên"


def test_unit_name_with_a_capitalised_verb_is_not_cut() -> None:
    assert holder_subject(
        "Lực lượng Cảnh sát kinh tế và Đội Quản lý thị trường 12 B tăng cường kiểm tra."
    ) == ("Lực lượng Cảnh sát kinh tế và Đội Quản lý thị trường 12 B")
    body = "Lực lượng Cảnh sát kinh tế và Đội Quản lý thị trường 12 B tăng cường kiểm tra.\n"
    assert _leads(UBND, body)["Lực lượng Cảnh sát k"] == (
        "Lực lượng Cảnh sát kinh tế",
        "Đội Quản lý thị trường 12 B",
    )
