"""Reviewer R38 probes of h_k38 (person headings); each fails on the branch."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.duty_persons import divides_duties, is_person_name, person_heading
from notices.markers import find_marker

H = "UBND XÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"


def _leads(text: str) -> list[tuple[str, ...]]:
    return [tuple(t.lead) for t in parse_notice(text).tasks]


def test_minutes_chair_concluding_is_no_duty_of_his() -> None:
    text = H + (
        "BIÊN BẢN\nCuộc họp triển khai công tác phòng chống thiên tai năm 2026\n\n"
        "Đồng chí Nguyễn Văn An – Chủ tịch UBND xã kết luận:\n"
        "- Tăng cường công tác tuyên truyền phòng chống thiên tai;\n"
        "- Rà soát các hộ dân vùng trũng thấp trước ngày 15/5/2026;\n"
        "- Chuẩn bị đầy đủ vật tư, phương tiện cứu hộ.\n"
    )
    assert ("Nguyễn Văn An",) not in _leads(text)


def test_minutes_speakers_are_not_given_their_remarks() -> None:
    text = H + (
        "BIÊN BẢN HỌP\nGiao ban công tác tháng 4\n\n"
        "Ông Trần Văn Bảo - Giám đốc Sở Nông nghiệp phát biểu:\n"
        "- Cần tăng cường kiểm tra dịch bệnh trên đàn gia súc;\n"
        "- Các địa phương chủ động bố trí kinh phí tiêm phòng.\n\n"
        "Bà Lê Thị Hoa - Trưởng phòng Y tế huyện ý kiến:\n"
        "- Rà soát danh sách trẻ chưa tiêm chủng trước ngày 30/4/2026.\n"
    )
    leads = _leads(text)
    assert ("Trần Văn Bảo",) not in leads and ("Lê Thị Hoa",) not in leads


def test_report_upward_citing_a_division_of_duties_stays_a_report() -> None:
    text = H + (
        "BÁO CÁO\nTình hình thực hiện nhiệm vụ quý I năm 2026\n\n"
        "Kính gửi: UBND huyện Phú Lộc\n\n"
        "Thực hiện Quyết định số 12/QĐ-UBND ngày 10/01/2026 về việc phân công nhiệm vụ các "
        "thành viên UBND xã, UBND xã báo cáo như sau:\n\n"
        "1. Đồng chí Nguyễn Văn An - Chủ tịch UBND xã:\n"
        "- Đã chỉ đạo hoàn thành 15/15 chỉ tiêu;\n"
        "- Tiếp tục chỉ đạo công tác thu ngân sách trong quý II.\n\n"
        "2. Đồng chí Trần Thị Bích - Phó Chủ tịch UBND xã:\n"
        "- Tập trung chỉ đạo công tác giải phóng mặt bằng dự án đường tỉnh 10.\n\n"
        "Kính báo cáo UBND huyện./.\n"
    )
    assert not parse_notice(text).tasks  # main: none


def test_unrecognised_heading_does_not_hand_its_duties_to_the_person_above() -> None:
    text = H + (
        "PHÂN CÔNG NHIỆM VỤ\nCác thành viên UBND xã\n\n"
        "Lò Văn Pánh - Chủ tịch UBND xã:\n"
        "- Phụ trách chung;\n"
        "- Chỉ đạo công tác quốc phòng, an ninh.\n\n"
        "Giàng A Chu - Phó Chủ tịch UBND xã:\n"
        "- Chỉ đạo công tác văn hóa - xã hội;\n"
        "- Phụ trách giáo dục, y tế.\n"
    )
    tasks = parse_notice(text).tasks
    culture = [t for t in tasks if "văn hóa - xã hội" in t.text]
    assert all("Giàng A Chu" not in t.text for t in tasks)
    assert culture and tuple(culture[0].lead) == ("Giàng A Chu",)


def test_ethnic_names_after_an_honorific_keep_their_duties() -> None:
    text = H + (
        "PHÂN CÔNG NHIỆM VỤ\nCác thành viên UBND xã\n\n"
        "1. Ông Ksor Y Bin - Chủ tịch UBND xã\n- Phụ trách chung;\n"
        "- Chỉ đạo công tác quốc phòng, an ninh.\n\n"
        "2. Bà Siu H'Nhi - Phó Chủ tịch UBND xã\n- Phụ trách lĩnh vực văn hóa - xã hội.\n\n"
        "3. Ông Giàng A Chu - Công chức Địa chính\n- Phụ trách công tác đất đai.\n"
    )
    leads = _leads(text)
    assert leads.count(("Ksor Y Bin",)) == 2
    assert ("Siu H'Nhi",) in leads and ("Giàng A Chu",) in leads


def test_board_member_titles_holding_verbs_are_still_posts() -> None:
    text = H + (
        "PHÂN CÔNG NHIỆM VỤ\nThành viên Ban Chỉ đạo xây dựng nông thôn mới xã\n\n"
        "1. Đồng chí Nguyễn Văn An - Chủ tịch UBND xã, Trưởng Ban Chỉ đạo:\n"
        "- Phụ trách chung;\n- Chỉ đạo xây dựng kế hoạch năm.\n\n"
        "2. Đồng chí Trần Thị Bích - Phó Chủ tịch UBND xã, Phó Trưởng Ban Thường trực:\n"
        "- Phụ trách tiêu chí giao thông, thủy lợi.\n\n"
        "3. Đồng chí Lê Văn Cường - Trưởng Ban Tổ chức Đảng ủy:\n"
        "- Phụ trách tiêu chí hệ thống chính trị.\n"
    )
    leads = _leads(text)
    assert ("Nguyễn Văn An",) in leads and ("Lê Văn Cường",) in leads


def test_meeting_agenda_secretary_step_is_no_task() -> None:
    text = H + (
        "KẾ HOẠCH\nTổ chức hội nghị cử tri\n\n3. Trình tự hội nghị\n"
        "3.1. Chủ tọa tuyên bố lý do.\n"
        "3.2. Thư ký hội nghị đọc tiểu sử tóm tắt của từng người ứng cử.\n"
        "3.3. Cử tri phát biểu ý kiến đối với từng người ứng cử.\n"
        "4. Ban Thường trực MTTQ xã gửi biên bản về UBND xã trước ngày 20/4/2026.\n"
    )
    assert all("tiểu sử" not in t.text for t in parse_notice(text).tasks)


def test_table_of_voters_petitions_gives_the_voters_no_work() -> None:
    text = H + (
        "THÔNG BÁO\nÝ kiến cử tri tại buổi tiếp xúc\n\n"
        "| TT | Họ và tên | Địa chỉ | Nội dung |\n|---|---|---|---|\n"
        "| 1 | Nguyễn Văn An | Thôn Đông | Sửa chữa tuyến đường liên thôn bị xuống cấp |\n"
        "| 2 | Trần Thị Bích | Thôn Tây | Nạo vét kênh mương nội đồng |\n\n"
        "UBND xã giao Văn phòng tổng hợp, trả lời cử tri trước ngày 30/5/2026.\n"
    )
    assert _leads(text) == [("Văn phòng",)]


# Fixer's generalisations of the probes above.


@pytest.mark.parametrize(
    "verb",
    [
        "nhấn mạnh",
        "trả lời",
        "giải trình",
        "đề nghị",
        "nêu ý kiến",
        "thống nhất",
        "góp ý",
        "trình bày",
        "lưu ý",
    ],
)
def test_a_speaker_by_any_speech_verb_is_no_heading(verb: str) -> None:
    assert person_heading(f"Đồng chí Nguyễn Văn An - Chủ tịch UBND xã {verb}:") is None


@pytest.mark.parametrize(
    "heading",
    [
        "Đồng chí Lê Văn Cường - Trưởng phòng Kiểm tra:",
        "Bà Trần Thị Bích - Trưởng Phòng Tổ chức - Hành chính:",
        "Ông Nguyễn Văn An - Chủ tịch UBND xã, Trưởng Ban Chỉ đạo:",
        "Ông Nguyễn Văn An-Trưởng phòng:",
    ],
)
def test_posts_holding_capitalised_verbs_are_posts(heading: str) -> None:
    assert person_heading(heading) is not None


@pytest.mark.parametrize(
    "name", ["Ksor Y Bin", "Siu H'Nhi", "Giàng A Chu", "Y Moan Êban", "Điểu K'Ré", "H'Hen Niê"]
)
def test_names_of_other_shapes_are_people(name: str) -> None:
    assert is_person_name(name)
    assert person_heading(f"{name} - Phó Chủ tịch UBND xã:") == name


@pytest.mark.parametrize("body", ["Tỉnh Đoàn", "Hội Phụ Nữ", "Ban Chỉ Đạo", "Trạm Y Tế"])
def test_bodies_in_title_case_are_no_people(body: str) -> None:
    assert not is_person_name(body)


def test_a_report_about_a_division_of_duties_is_no_division() -> None:
    assert not divides_duties(
        ["BÁO CÁO", "Về việc phân công nhiệm vụ các thành viên", "Kính gửi: Ban Tổ chức Huyện ủy"]
    )
    assert divides_duties(["PHÂN CÔNG NHIỆM VỤ", "CÁC THÀNH VIÊN PHÒNG THI ĐUA KHEN THƯỞNG"])
    assert not divides_duties(
        [
            "Căn cứ Quyết định số 12/QĐ-UBND về việc phân công nhiệm vụ các thành viên UBND xã, "
            "UBND xã thông báo như sau:"
        ]
    )


def test_voters_table_with_posts_and_duties_still_reads_as_duties() -> None:
    text = H + (
        "PHÂN CÔNG NHIỆM VỤ\nCác thành viên UBND xã\n\n"
        "| TT | Họ và tên | Chức vụ | Nội dung |\n|---|---|---|---|\n"
        "| 1 | Nguyễn Văn An | Chủ tịch UBND xã | Phụ trách chung |\n"
        "| 2 | Trần Thị Bích | Phó Chủ tịch UBND xã | Phụ trách văn hóa - xã hội |\n"
    )
    assert ("Nguyễn Văn An",) in _leads(text) and ("Trần Thị Bích",) in _leads(text)


@pytest.mark.parametrize("line", ["–Hà Nội, ngày 10 tháng 5 năm 2026", "-Điều 1. Phạm vi"])
def test_a_dash_run_into_a_date_line_or_an_article_opens_no_point(line: str) -> None:
    assert find_marker(line) is None


def test_a_dash_run_into_a_duty_still_opens_a_point() -> None:
    marker = find_marker("-Xây dựng kế hoạch năm học")
    assert marker is not None and marker.label == "-"
