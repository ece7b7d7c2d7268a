"""Round 29 (left22): leftovers of round 28 on fresh22, each a general pattern.

A date-first schedule: a plan's or a web notice's steps written "<date or range>: <step>" ("Từ
02/03/2031 đến 20/03/2031: Thí sinh nộp hồ sơ …", "Ngày 10/04/2031 (dự kiến): Tổ chức thi …",
"- 05/5/2031: Phòng Đào tạo công bố …") are each a task of the body or group the step names,
or of the notice's writer, due on the line's (last) date. One dated line is a date in passing,
and an account of past steps is no schedule. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice

_WEB = """KẾ HOẠCH TUYỂN SINH CAO HỌC ĐỢT 1 NĂM 2031

Trường Đại học Kinh tế Quốc dân trân trọng thông báo kế hoạch tuyển sinh cao học đợt 1 năm 2031 \
để thí sinh chủ động chuẩn bị hồ sơ.

Từ 02/03/2031 đến 20/03/2031: Thí sinh nộp hồ sơ dự tuyển trực tuyến tại cổng tuyển sinh.

Từ ngày 25/03/2031 đến ngày 27/03/2031: Hội đồng tuyển sinh họp xét duyệt hồ sơ và công bố danh \
sách đủ điều kiện dự thi.

Ngày 10/04/2031 (dự kiến): Tổ chức thi tuyển tại cơ sở chính.

Lưu ý:

- Thí sinh mang theo căn cước công dân khi dự thi.
"""

_DASH = """TRƯỜNG ĐẠI HỌC CẦN THƠ
PHÒNG ĐÀO TẠO
Số: 15/TB-ĐT
Cần Thơ, ngày 20 tháng 4 năm 2031
THÔNG BÁO
Về lịch đăng ký học phần học kỳ hè năm 2031
Phòng Đào tạo thông báo lịch đăng ký học phần học kỳ hè như sau:
- 05/5/2031: Phòng Đào tạo công bố danh sách học phần mở trong học kỳ hè.
- Từ 06/5/2031 đến 12/5/2031: Sinh viên đăng ký học phần trên hệ thống.
- 15/5/2031: Các khoa rà soát và đề xuất hủy các lớp không đủ sĩ số.
TRƯỞNG PHÒNG
Nguyễn Văn An
"""


def _rows(text: str) -> list[tuple[str, tuple[str, ...], date | None]]:
    return [(t.text[:30], t.lead, t.deadline) for t in parse_notice(text).tasks]


def test_range_and_day_lines_are_steps_due_at_their_end() -> None:
    tasks = {t.text[:12]: t for t in parse_notice(_WEB).tasks}
    first = tasks["Từ 02/03/203"]
    assert first.lead == ("Thí sinh",)
    assert first.deadline == date(2031, 3, 20)
    council = tasks["Từ ngày 25/0"]
    assert council.lead == ("Hội đồng tuyển sinh",)
    assert council.deadline == date(2031, 3, 27)


def test_a_step_naming_nobody_is_the_writers() -> None:
    tasks = {t.text[:12]: t for t in parse_notice(_WEB).tasks}
    exam = tasks["Ngày 10/04/2"]
    assert exam.lead == ("Trường Đại học Kinh tế Quốc dân",)
    assert exam.deadline == date(2031, 4, 10)


def test_dash_steps_under_a_lead_in() -> None:
    rows = _rows(_DASH)
    assert ("05/5/2031: Phòng Đào tạo công ", ("Phòng Đào tạo",), date(2031, 5, 5)) in rows
    assert any(lead == ("Sinh viên",) and due == date(2031, 5, 12) for _, lead, due in rows)
    assert any(lead == ("Các khoa",) and due == date(2031, 5, 15) for _, lead, due in rows)


def test_one_dated_line_is_no_schedule() -> None:
    one = _WEB.split("Từ ngày 25/03")[0] + "Lưu ý:\n\n- Thí sinh mang theo căn cước công dân.\n"
    assert not any(t.text.startswith("Từ 02/03/2031") for t in parse_notice(one).tasks)


def test_past_steps_of_a_report_stay_as_they_are() -> None:
    report = _DASH.replace("ngày 20 tháng 4 năm 2031", "ngày 20 tháng 6 năm 2031")
    assert not any(t.ref.startswith("lịch") for t in parse_notice(report).tasks)


def test_a_dated_citation_is_no_step() -> None:
    cited = _DASH.replace("- 05/5/2031: ", "- Ngày 05/5/2031, ").replace(
        "- 15/5/2031: ", "- Ngày 15/5/2031, "
    )
    assert not any(t.ref.startswith("lịch") for t in parse_notice(cited).tasks)


def test_a_leaders_calendar_is_no_schedule() -> None:
    calendar = _DASH.replace(
        "- 05/5/2031: Phòng Đào tạo công bố", "- 05/5/2031: 14h00: Đ/c An dự"
    ).replace("- 15/5/2031: Các khoa rà soát", "- 15/5/2031: Đồng chí Bình dự họp, rà soát")
    assert not any(
        "Đ/c An" in t.text or "Đồng chí Bình" in t.text for t in parse_notice(calendar).tasks
    )


def test_the_writers_step_is_named_as_its_header_names_it() -> None:
    plan = """UBND TỈNH KIÊN GIANG
SỞ Y TẾ
Số: 12/KH-SYT
Kiên Giang, ngày 02 tháng 11 năm 2031
KẾ HOẠCH
Kiểm tra công tác y tế trường học năm 2031
I. THỜI GIAN
- Ngày 10/11/2031: Họp đoàn kiểm tra, phân công nhiệm vụ cho các thành viên.
- Từ ngày 15/11/2031 đến ngày 30/11/2031: Tiến hành kiểm tra tại các trường học.
GIÁM ĐỐC
Trần Văn Cường
"""
    leads = {t.lead for t in parse_notice(plan).tasks if t.text.startswith("Ngày 10/11")}
    assert leads == {("Sở Y tế",)}


_GUIDE = """UBND TỈNH NAM ĐỊNH
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 312/HD-SGDĐT
Nam Định, ngày 20 tháng 8 năm 2031
HƯỚNG DẪN
Về việc phòng chống dịch bệnh đầu năm học 2031-2032
Sở Giáo dục và Đào tạo hướng dẫn công tác phòng chống dịch bệnh trong các cơ sở giáo dục như sau:
I. Trước ngày học sinh tựu trường
- Nhà trường kiện toàn Ban Chỉ đạo phòng chống dịch và xây dựng kế hoạch tại đơn vị.
- Chuẩn bị đầy đủ xà phòng, nước sạch và dung dịch sát khuẩn tại các lớp học.
- Trạm Y tế xã phối hợp kiểm tra điều kiện vệ sinh của các lớp học.
- Tổ chức tập huấn cho giáo viên, nhân viên về phòng chống dịch bệnh.
II. Trong ngày khai giảng
- Tổ chức đo thân nhiệt cho học sinh tại cổng trường.
GIÁM ĐỐC
Trần Văn Bình
"""


def _leads(text: str) -> dict[str, tuple[str, ...]]:
    return {t.text[:20]: t.lead for t in parse_notice(text).tasks}


def test_bare_points_take_the_doer_the_point_above_opens_with() -> None:
    leads = _leads(_GUIDE)
    assert leads["Chuẩn bị đầy đủ xà p"] == ("Nhà trường",)
    # a point naming its own doer keeps it and passes it on
    assert leads["Trạm Y tế xã phối hợ"] == ("Trạm Y tế xã",)
    assert leads["Tổ chức tập huấn cho"] == ("Trạm Y tế xã",)


def test_a_new_section_starts_without_a_doer() -> None:
    assert "Tổ chức đo thân nhiệ" not in _leads(_GUIDE)


def test_addressees_still_lead_bare_points() -> None:
    addressed = _GUIDE.replace(
        "Số: 312/HD-SGDĐT\n", "Số: 312/SGDĐT-CTTT\nKính gửi: Các trường trung học phổ thông\n"
    ).replace("HƯỚNG DẪN\n", "")
    leads = _leads(addressed)
    assert leads["Chuẩn bị đầy đủ xà p"] == ("Các trường trung học phổ thông",)
    assert leads["Tổ chức đo thân nhiệ"] == ("Các trường trung học phổ thông",)


def test_a_purpose_sections_points_stay_out() -> None:
    aims = _GUIDE.replace("I. Trước ngày học sinh tựu trường", "I. MỤC ĐÍCH, YÊU CẦU")
    assert "Chuẩn bị đầy đủ xà p" not in _leads(aims)


def test_a_plans_bare_points_stay_as_they_are() -> None:
    # a plan's solutions under a first point naming a group are no tasks of that group
    plan = _GUIDE.replace("312/HD-SGDĐT", "312/KH-SGDĐT").replace("HƯỚNG DẪN\n", "KẾ HOẠCH\n")
    assert "Chuẩn bị đầy đủ xà p" not in _leads(plan)


def test_a_start_date_alone_dates_no_step() -> None:
    started = _DASH.replace("- Từ 06/5/2031 đến 12/5/2031: ", "- Từ ngày 06/5/2031: ")
    assert not any(
        t.text.startswith("Từ ngày 06/5") and t.deadline for t in parse_notice(started).tasks
    )
