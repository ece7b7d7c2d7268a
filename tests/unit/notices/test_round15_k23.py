"""Round 15, helper k23: a school's or university's notice that names its addressee in the
intro ("… thông báo đến X thực hiện … như sau:") or in the closing request ("Đề nghị X thực
hiện đúng nội dung thông báo này")."""

from __future__ import annotations

from notices import parse_notice
from notices.lead_ins import notified_assignees

_HEAD = """TRƯỜNG ĐẠI HỌC MẪU
Số: 77/TB-ĐHM
Hà Nội, ngày 02 tháng 3 năm 2026
THÔNG BÁO
Về việc chuẩn bị hồ sơ kiểm định
"""
_TAIL = """Nơi nhận:
- Như trên;
- Lưu: VT.
HIỆU TRƯỞNG
Lê Văn Mẫu
"""


def test_notified_units_named_by_intro() -> None:
    intro = (
        "Phòng Đào tạo thông báo đến các các bộ môn và trợ lý khoa phối hợp thực hiện "
        "việc chuẩn bị hồ sơ cụ thể như sau:"
    )
    assert notified_assignees(intro) == ["Các bộ môn và trợ lý khoa"]
    assert notified_assignees("Nhà trường thông báo tới các tổ chuyên môn triển khai như sau") == [
        "Các tổ chuyên môn"
    ]


def test_notice_without_work_verb_names_nobody() -> None:
    assert (
        notified_assignees("Nhà trường thông báo đến các khoa kết quả kiểm tra như sau:") is None
    )
    assert notified_assignees("Sở thông báo đến các đơn vị để biết, thực hiện.") is None
    assert notified_assignees("Nhà trường thông báo lịch thi như sau:") is None


def test_points_naming_nobody_go_to_notified_units() -> None:
    text = (
        _HEAD
        + """Ban Giám hiệu thông báo đến các tổ biên soạn hồ sơ thực hiện các công việc như sau:
1. Soạn bản tóm tắt hồ sơ bằng file trình chiếu;
2. Gửi bản tóm tắt về Phòng Khảo thí đến hết ngày 10/3/2026;
3. Địa điểm: Hội trường A.
"""
        + _TAIL
    )
    tasks = parse_notice(text).tasks
    assert [t.text[:8] for t in tasks] == ["Soạn bản", "Gửi bản "]
    assert all(t.lead == ("Các tổ biên soạn hồ sơ",) for t in tasks)
    assert str(tasks[1].deadline) == "2026-03-10"


def test_closing_request_names_addressee() -> None:
    text = (
        _HEAD
        + """Nhà trường thông báo về việc đăng ký đề tài năm học 2026, như sau:
- Phổ biến đến toàn thể giảng viên của đơn vị về việc đăng ký đề tài.
- Các khoa tổng hợp danh sách gửi Phòng Khoa học trước ngày 20/3/2026.
Đề nghị Trưởng các khoa thuộc Trường nghiêm túc thực hiện đúng nội dung thông báo này./.
"""
        + _TAIL
    )
    tasks = parse_notice(text).tasks
    assert tasks[0].text.startswith("Phổ biến")
    assert tasks[0].lead == ("Trưởng các khoa thuộc Trường",)


def test_closing_request_for_related_units_names_nobody() -> None:
    text = (
        _HEAD
        + """Nhà trường thông báo về việc đăng ký đề tài năm học 2026, như sau:
- Phổ biến đến toàn thể giảng viên của đơn vị về việc đăng ký đề tài.
Đề nghị các đơn vị có liên quan thực hiện đúng nội dung thông báo này./.
"""
        + _TAIL
    )
    assert not any(t.text.startswith("Phổ biến") for t in parse_notice(text).tasks)


_PLAN = """TRƯỜNG THPT MẪU
Số: 12/KH-THPTM
Cần Thơ, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức hội thảo chuyên đề môn Ngữ văn
I. NỘI DUNG HỘI THẢO
1. Báo cáo chuyên đề đổi mới kiểm tra đánh giá – Trường THPT Phú Lợi thực hiện.
2. Tham luận “Dạy học theo dự án” - Trường THPT Hòa An hỗ trợ thực hiện.
3. Các vấn đề khác phát sinh - các đơn vị trao đổi, thảo luận.
4. Giới thiệu tài liệu tham khảo – giáo viên tự nghiên cứu.
"""


def test_programme_rows_name_their_presenters() -> None:
    tasks = parse_notice(_PLAN + _TAIL).tasks
    assert [t.lead for t in tasks] == [("Trường THPT Phú Lợi",), ("Trường THPT Hòa An",)]
    assert tasks[1].text.startswith("Tham luận “Dạy học theo dự án”")


_DUTIES = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH MẪU
Số: 40/KH-SGDĐT
Vĩnh Long, ngày 06 tháng 3 năm 2026
KẾ HOẠCH
Đón tiếp đoàn công tác
I. PHÂN CÔNG THỰC HIỆN

1. Phòng Giáo dục Trung học

Chủ trì xây dựng chương trình làm việc với đoàn công tác.

Tổng hợp báo cáo theo đề cương của đoàn.

2. Văn phòng Sở

- Chuẩn bị hội trường.

Bố trí xe đưa đón đoàn.

"""


def test_duties_under_a_title_line_are_tasks_each() -> None:
    tasks = parse_notice(_DUTIES + _TAIL).tasks
    starts = [t.text[:12] for t in tasks]
    assert starts[:2] == ["Chủ trì xây ", "Tổng hợp báo"]
    assert tasks[1].lead == ("Phòng Giáo dục Trung học",)


def test_continuation_under_a_point_stays_in_its_task() -> None:
    # under "- Chuẩn bị hội trường." (a point, not the title line) the next line goes on with it
    tasks = parse_notice(_DUTIES + _TAIL).tasks
    assert not any(t.text.startswith("Bố trí xe") for t in tasks)


# Review R23 F1: what is notified ("lịch", "kết quả", "danh sách" …) is no part of the name, and
# the intro never overrides "Kính gửi".
def test_notified_object_is_no_addressee() -> None:
    for intro in (
        "Sở thông báo đến các đơn vị lịch triển khai kiểm tra như sau:",
        "Sở GDĐT thông báo đến các đơn vị kết quả thực hiện nhiệm vụ năm học 2025-2026 như sau:",
        "UBND huyện thông báo đến các xã, thị trấn kế hoạch thực hiện tiêm chủng như sau:",
        "Phòng Đào tạo thông báo đến sinh viên việc thực hiện học phí học kỳ II như sau:",
        "Trường thông báo đến các đơn vị, cá nhân để thực hiện một số nội dung sau:",
        "Nhà trường thông báo đến sinh viên khóa 2022 lịch thực hiện đồ án như sau:",
    ):
        assert notified_assignees(intro) is None, intro
    assert notified_assignees("Trường thông báo đến Phòng Tài chính - Kế hoạch thực hiện như sau:")


_REVIEW = """TRƯỜNG ĐẠI HỌC MẪU
Số: 77/TB-ĐHM
Hà Nội, ngày 02 tháng 3 năm 2026
THÔNG BÁO
Về việc thực hiện đồ án tốt nghiệp
"""


def test_intro_does_not_override_kinh_gui() -> None:
    text = (
        _REVIEW
        + """Kính gửi: Các khoa chuyên môn.
Nhà trường thông báo đến các khoa danh sách sinh viên thực hiện đồ án tốt nghiệp như sau:
1. Nộp đề cương chi tiết về Phòng Đào tạo trước ngày 20/3/2026.
2. Phân công giảng viên hướng dẫn.
"""
        + _TAIL
    )
    tasks = parse_notice(text).tasks
    assert tasks[0].text.startswith("Nộp đề cương")
    assert tasks[0].lead == ("Các khoa chuyên môn",)


def test_notified_schedule_is_no_work() -> None:
    text = (
        _REVIEW
        + """Sở thông báo đến các đơn vị lịch triển khai kiểm tra như sau:
1. Ngày 10/3/2026: kiểm tra Trường THPT A.
2. Ngày 12/3/2026: kiểm tra Trường THPT B.
"""
        + _TAIL
    )
    assert not any("lịch" in " ".join(t.lead) for t in parse_notice(text).tasks)


# Review R23 F2: "Đề nghị X <verbs> thực hiện đúng nội dung thông báo này": X passes it on or
# follows it up, it is no doer.
_POINTS = """Nhà trường thông báo kế hoạch như sau:
1. Nộp đề cương chi tiết về Phòng Đào tạo trước ngày 20/3/2026.
2. Phân công giảng viên hướng dẫn.
"""


def test_closing_with_verbs_before_carrying_out_names_nobody() -> None:
    for closing in (
        "Đề nghị Phòng Đào tạo thông báo, hướng dẫn các khoa thực hiện đúng nội dung thông báo"
        " này./.",
        "Đề nghị Trưởng các khoa phổ biến đến sinh viên và thực hiện đúng nội dung thông báo"
        " này./.",
        "Đề nghị Thủ trưởng các đơn vị trực thuộc chỉ đạo, thực hiện đúng nội dung thông báo"
        " này./.",
        "Đề nghị Văn phòng Sở theo dõi, đôn đốc thực hiện theo nội dung thông báo này./.",
    ):
        tasks = parse_notice(_REVIEW + _POINTS + closing + "\n" + _TAIL).tasks
        leads = {name for t in tasks for name in t.lead}
        verbs = ("thông báo", "hướng dẫn", "phổ biến", "chỉ đạo", "theo dõi")
        assert not any(verb in name for name in leads for verb in verbs), closing
        assert "Văn phòng Sở" not in leads, closing


# Review R23 F3: a programme row keeps its deadline and its name ends at "chủ trì"/"phối hợp".
def test_programme_row_keeps_deadline_and_ends_name_at_role() -> None:
    text = """ỦY BAN NHÂN DÂN HUYỆN MẪU
Số: 30/KH-UBND
Mẫu, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tổng kết công tác năm 2025
II. NỘI DUNG
1. Rà soát hồ sơ đất đai - Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND các xã \
thực hiện.
2. Xây dựng báo cáo tổng kết trước ngày 20/3/2026 - Văn phòng HĐND và UBND huyện thực hiện.
"""
    tasks = parse_notice(text + _TAIL).tasks
    assert tasks[0].lead == ("Phòng Tài nguyên và Môi trường",)
    assert tasks[1].text.startswith("Xây dựng báo cáo")
    assert str(tasks[1].deadline) == "2026-03-20"


# Review R23 F4: a duty wrapped over two lines stays one task; a date line dates the duty above.
def test_wrapped_duty_and_date_line_stay_with_their_duty() -> None:
    text = """ỦY BAN NHÂN DÂN TỈNH MẪU
Số: 50/KH-UBND
Mẫu, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Phát triển khoa học và công nghệ năm 2026
III. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ
Là cơ quan thường trực, chủ trì triển khai Kế hoạch này.
Trong quá trình thực hiện, nếu có khó khăn báo cáo UBND tỉnh.
Hoàn thành trước ngày 30/6/2026.
2. Sở Tài chính
Tham mưu bố trí kinh phí thực hiện
Kịp thời báo cáo UBND tỉnh khi có khó khăn, vướng mắc.
"""
    tasks = parse_notice(text + _TAIL).tasks
    assert not any(t.text.startswith("Hoàn thành") for t in tasks)
    assert not any(t.text.startswith("Kịp thời") for t in tasks)
    first = next(t for t in tasks if t.text.startswith("Là cơ quan"))
    assert str(first.deadline) == "2026-06-30"
    funding = next(t for t in tasks if t.text.startswith("Tham mưu"))
    assert "Kịp thời báo cáo" in funding.text
