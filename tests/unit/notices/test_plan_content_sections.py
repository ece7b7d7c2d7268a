"""Round 14 (K20): plans whose content sections were read as tasks.

The corpus labels a plan's content the same way in every spent split: a content point that names
no body is no task (the plan's "Tổ chức thực hiện" hands out the work), a content item with a
block of fields ("Nội dung, biện pháp" / "Cơ quan chủ trì" / "Thời gian thực hiện") is ONE task,
and a contingency plan's responses ("Phương án xử lý tình huống … khi có mưa") are conditional.
Three shapes had let the content through:

- the sentence that draws the plan up ("Căn cứ tình hình và yêu cầu nhiệm vụ …, Ban Chỉ đạo …
  xây dựng kế hoạch như sau:") names the issuer, not who does the nameless points — the noun
  "yêu cầu nhiệm vụ" in the grounds had been read as a request;
- a field block's "Chủ trì thực hiện" list holding a name the lexicon does not know ("Tư lệnh các
  vùng") or a "Cơ quan chủ trì, thực hiện" group was not read as fields, so every content point
  became a task;
- a contingency section's scenario lead-in names the bodies that would act.

Examples are phrased for this test, not copied from a corpus document.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.names import split_assignees
from notices.task_headings import heading_assignees

TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỞNG BAN\n\nNguyễn Văn Phúc\n"


def _plan(intro: str, *body: str) -> str:
    return (
        "BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI\nTỈNH HÒA MINH\nSố: 17/KH-BCĐ\n"
        "Hòa Minh, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nPhòng, chống ngập úng năm 2026\n\n"
        + intro
        + "\n\n"
        + "\n\n".join(body)
        + TAIL
    )


IMPLEMENTATION = (
    "C. TỔ CHỨC THỰC HIỆN",
    "1. Sở Xây dựng",
    "Chủ trì kiểm tra các trạm bơm trước ngày 30/4/2026.",
    "2. Ủy ban nhân dân các xã, phường",
    "Rà soát các điểm ngập trên địa bàn, báo cáo Sở Xây dựng trước ngày 15/5/2026.",
)


def test_a_plan_drawn_up_by_its_issuer_gives_its_nameless_contents_no_lead() -> None:
    text = _plan(
        "Căn cứ tình hình và yêu cầu nhiệm vụ phòng, chống ngập úng từ nay đến năm 2030, Ban "
        "Chỉ đạo phòng chống thiên tai tỉnh xây dựng kế hoạch thực hiện như sau:",
        "A. NỘI DUNG TRỌNG TÂM",
        "1. Nạo vét kênh mương, cống thoát nước trước mùa mưa.",
        "2. Cải tạo các hồ điều hòa trong khu dân cư.",
        *IMPLEMENTATION,
    )
    tasks = parse_notice(text).tasks
    assert [t.lead for t in tasks] == [
        ("Sở Xây dựng",),
        ("Ủy ban nhân dân các xã, phường",),
    ], [(t.lead, t.text) for t in tasks]


def test_grounds_before_a_request_still_leave_the_request_its_bodies() -> None:
    text = _plan(
        "Căn cứ tình hình thực tế, Ban Chỉ đạo phòng chống thiên tai tỉnh yêu cầu Sở Xây dựng "
        "xây dựng kế hoạch nạo vét với các nội dung sau:",
        "1. Nạo vét kênh mương, cống thoát nước trước ngày 30/4/2026.",
        "2. Cải tạo các hồ điều hòa trong khu dân cư trước ngày 30/6/2026.",
    )
    tasks = parse_notice(text).tasks
    assert [t.lead for t in tasks] == [("Sở Xây dựng",), ("Sở Xây dựng",)], [
        (t.lead, t.text) for t in tasks
    ]


def test_a_field_block_with_an_unknown_title_in_its_lead_list_is_one_task() -> None:
    text = _plan(
        "Ban Chỉ đạo phòng chống thiên tai tỉnh ban hành Kế hoạch như sau:",
        "B. NỘI DUNG, NHIỆM VỤ",
        "I. KIỆN TOÀN LỰC LƯỢNG ỨNG CỨU",
        "1. Nội dung, biện pháp",
        "a) Kiện toàn đội xung kích phòng chống thiên tai ở các xã;",
        "b) Bổ sung phương tiện cứu hộ cho các đội xung kích.",
        "2. Chủ trì thực hiện",
        "- Sở Nông nghiệp và Môi trường.",
        "- Tư lệnh các vùng; Chỉ huy trưởng các đồn biên phòng.",
        "3. Thời gian thực hiện: Quý II/2026.",
        "II. TRỰC BAN PHÒNG CHỐNG THIÊN TAI",
        "1. Nội dung, biện pháp",
        "a) Trực ban 24/24 giờ trong mùa mưa;",
        "b) Cập nhật bản tin dự báo thời tiết hằng ngày.",
        "2. Cơ quan chủ trì, thực hiện",
        "a) Cơ quan chủ trì",
        "- Văn phòng thường trực Ban Chỉ đạo.",
        "- Trung ương Hội Nông dân Việt Nam.",
        "b) Đơn vị thực hiện: Các đội xung kích cấp xã.",
        "3. Thời gian thực hiện: Quý III/2026.",
        *IMPLEMENTATION,
    )
    tasks = parse_notice(text).tasks
    first, second = tasks[0], tasks[1]
    assert "Kiện toàn đội xung kích" in first.text, [(t.lead, t.text) for t in tasks]
    assert "Sở Nông nghiệp và Môi trường" in first.lead
    assert "Tư lệnh các vùng" in first.lead
    assert first.deadline == date(2026, 6, 30)
    assert "Trực ban 24/24 giờ" in second.text
    assert "Văn phòng thường trực Ban Chỉ đạo" in second.lead
    assert second.deadline == date(2026, 9, 30)
    assert len(tasks) == 4, [(t.lead, t.text) for t in tasks]


def test_a_responsibility_list_whose_points_ask_for_work_is_no_field_list() -> None:
    text = _plan(
        "Ban Chỉ đạo phòng chống thiên tai tỉnh ban hành Kế hoạch như sau:",
        "I. KIỂM TRA TRẠM BƠM",
        "1. Nội dung, biện pháp",
        "a) Kiểm tra các trạm bơm tiêu úng.",
        "2. Chủ trì thực hiện",
        "- Sở Xây dựng kiểm tra các trạm bơm nội thị trước ngày 30/4/2026.",
        "- Hướng dẫn các xã lập hồ sơ trạm bơm trước ngày 15/5/2026.",
    )
    tasks = parse_notice(text).tasks
    texts = [t.text for t in tasks]
    assert any(t.startswith("Sở Xây dựng kiểm tra") for t in texts), texts


def test_a_contingency_section_gives_no_task() -> None:
    text = _plan(
        "Ban Chỉ đạo phòng chống thiên tai tỉnh ban hành Kế hoạch như sau:",
        "B. NỘI DUNG KẾ HOẠCH",
        "1. Phương án xử lý tình huống ngập úng khi có mưa lớn:",
        "a) Với trận mưa đến 50 mm/giờ.",
        "Sở Xây dựng đôn đốc các đơn vị thoát nước triển khai thực hiện:",
        "- Vận hành các trạm bơm để hạ mực nước hồ điều hòa.",
        "- Công ty Thoát nước tỉnh bố trí công nhân trực tại các điểm ngập.",
        "b) Với trận mưa trên 100 mm/giờ.",
        "- Ủy ban nhân dân các xã, phường huy động lực lượng hỗ trợ người dân.",
        *IMPLEMENTATION,
    )
    tasks = parse_notice(text).tasks
    assert [t.lead for t in tasks] == [
        ("Sở Xây dựng",),
        ("Ủy ban nhân dân các xã, phường",),
    ], [(t.lead, t.text) for t in tasks]


def test_a_plan_section_that_is_no_contingency_keeps_its_assignments() -> None:
    text = _plan(
        "Ban Chỉ đạo phòng chống thiên tai tỉnh ban hành Kế hoạch như sau:",
        "B. NỘI DUNG KẾ HOẠCH",
        "1. Phương án tổ chức cấp phát hàng cứu trợ:",
        "- Sở Công Thương chuẩn bị hàng thiết yếu trước ngày 31/5/2026.",
        "- Công ty Thoát nước tỉnh bố trí công nhân trực tại các điểm ngập.",
        *IMPLEMENTATION,
    )
    leads = [t.lead for t in parse_notice(text).tasks]
    assert ("Sở Công Thương",) in leads, leads
    assert ("Công ty Thoát nước tỉnh",) in leads, leads


def test_the_economys_sectors_are_no_bodies() -> None:
    # "Mỗi ngành, lĩnh vực cần …", "Các ngành, lĩnh vực khác …": a content point about the
    # sectors names nobody; "Các sở, ngành …" names the departments
    text = _plan(
        "Ban Chỉ đạo phòng chống thiên tai tỉnh ban hành Kế hoạch như sau:",
        "B. NHIỆM VỤ, GIẢI PHÁP",
        "1. Mỗi ngành, lĩnh vực cần xác định các công trình trọng điểm cần bảo vệ.",
        "2. Các ngành, lĩnh vực khác lồng ghép nội dung phòng chống thiên tai vào quy hoạch.",
        "3. Các sở, ngành rà soát phương án phòng chống thiên tai trước ngày 30/4/2026.",
    )
    leads = [t.lead for t in parse_notice(text).tasks]
    assert leads == [("Các sở, ngành",)], leads


def test_a_central_committee_of_an_association_is_a_body() -> None:
    # "Trung ương Hội …", "Trung ương Đoàn …": the association's central body, in a list of
    # the bodies an implementation heading names
    names = split_assignees("Trung ương Hội Chữ thập đỏ Việt Nam, Trung ương Đoàn Thanh niên")
    assert names is not None
    assert [n.name for n in names] == [
        "Trung ương Hội Chữ thập đỏ Việt Nam",
        "Trung ương Đoàn Thanh niên",
    ]
    assert heading_assignees(
        "Trách nhiệm của các sở, ngành; Trung ương Hội Chữ thập đỏ Việt Nam"
    ) == ["các sở, ngành", "Trung ương Hội Chữ thập đỏ Việt Nam"]
