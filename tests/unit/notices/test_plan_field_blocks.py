"""Round 12 (K1): plans whose items each carry a block of fields.

A national or provincial plan may give every item its work, its bodies and its time as fields
under it: "a) Cơ quan chủ trì" over a dash list of bodies, "2. Cơ quan chủ trì, phối hợp" over
its own lettered fields, "1. Nội dung, biện pháp" over the work, "- Đơn vị phối hợp:" over "+"
partners, "Thời gian hoàn thành: Năm 2026". Each item is ONE task led by its "chủ trì" body and
due by its time field; the fields, their lists and the content points are no tasks of their own.
A responsibilities section may name each body as "Trách nhiệm của Bộ …". Examples are phrased
for this test, not copied from a corpus document.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.model import DeadlineKind

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: 61/KH-UBND\nHòa Minh, ngày 12 tháng 3 năm 2026\n\n"
    "KẾ HOẠCH\nTriển khai Luật Dữ liệu năm 2026\n\n"
    "Ủy ban nhân dân tỉnh Hòa Minh ban hành Kế hoạch triển khai Luật Dữ liệu như sau:\n\n"
    "I. NHIỆM VỤ CỤ THỂ\n\n"
)
TAIL = (
    "\n\nII. TỔ CHỨC THỰC HIỆN\n\nKinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n"
)


def _tasks(body: str) -> list:
    return parse_notice(HEAD + body + TAIL).tasks


def _paras(*lines: str) -> str:
    return "\n\n".join(lines)


def test_a_lead_label_over_a_list_of_bodies_makes_one_row() -> None:
    tasks = _tasks(
        _paras(
            "1. Lập cơ sở dữ liệu nhà ở của tỉnh",
            "a) Cơ quan chủ trì",
            "- Sở Xây dựng.",
            "b) Cơ quan phối hợp",
            "- Sở Tài chính.",
            "- Ủy ban nhân dân các xã, phường.",
            "c) Thời gian hoàn thành: Quý III năm 2026.",
            "2. Số hóa sổ đăng ký kết hôn",
            "a) Cơ quan chủ trì",
            "- Sở Tư pháp.",
            "b) Cơ quan phối hợp",
            "- Công an tỉnh.",
            "c) Thời gian hoàn thành: Quý IV năm 2026.",
        )
    )
    assert [t.lead for t in tasks] == [("Sở Xây dựng",), ("Sở Tư pháp",)], [t.text for t in tasks]
    assert [t.deadline for t in tasks] == [date(2026, 9, 30), date(2026, 12, 31)]
    assert "Sở Tài chính" in tasks[0].support


def test_numbered_field_sections_make_one_row_per_item() -> None:
    tasks = _tasks(
        _paras(
            "1. PHỔ BIẾN LUẬT DỮ LIỆU",
            "1.1. Nội dung, biện pháp",
            "a) Mở lớp bồi dưỡng về Luật Dữ liệu cho công chức cấp xã;",
            "b) Phát hành sổ tay hỏi đáp về dữ liệu cá nhân.",
            "1.2. Cơ quan chủ trì, phối hợp",
            "a) Cơ quan chủ trì: Sở Khoa học và Công nghệ.",
            "b) Cơ quan phối hợp: Sở Tư pháp; Đài Phát thanh và Truyền hình tỉnh.",
            "1.3. Thời gian thực hiện: Năm 2026 và các năm tiếp theo.",
            "2. NÂNG CẤP HẠ TẦNG DỮ LIỆU",
            "2.1. Nội dung, biện pháp",
            "a) Mở rộng Trung tâm dữ liệu của tỉnh;",
            "b) Bảo đảm kết nối với Trung tâm dữ liệu quốc gia.",
            "2.2. Cơ quan chủ trì, phối hợp",
            "a) Cơ quan chủ trì",
            "- Sở Khoa học và Công nghệ.",
            "- Công an tỉnh.",
            "b) Cơ quan phối hợp",
            "- Các sở, ngành có liên quan.",
            "2.3. Thời gian thực hiện: Tháng 11 năm 2026.",
        )
    )
    assert [t.lead for t in tasks] == [
        ("Sở Khoa học và Công nghệ",),
        ("Sở Khoa học và Công nghệ", "Công an tỉnh"),
    ], [t.text for t in tasks]
    assert "Mở lớp bồi dưỡng" in tasks[0].text
    assert tasks[0].deadline_kind is DeadlineKind.ONGOING
    assert tasks[1].deadline == date(2026, 11, 30)


def test_a_partner_label_over_plus_points_gives_support_not_tasks() -> None:
    tasks = _tasks(
        _paras(
            "1. Xây dựng kho dữ liệu dùng chung của tỉnh",
            "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
            "- Đơn vị phối hợp:",
            "+ Sở Nội vụ;",
            "+ Công an tỉnh.",
            "- Thời gian hoàn thành: 30/6/2026.",
            "- Sản phẩm: Kho dữ liệu được đưa vào vận hành.",
            "- Kinh phí: Ngân sách tỉnh.",
        )
    )
    assert len(tasks) == 1, [t.text for t in tasks]
    assert tasks[0].lead == ("Sở Khoa học và Công nghệ",)
    assert {"Sở Nội vụ", "Công an tỉnh"} <= set(tasks[0].support)
    assert tasks[0].deadline == date(2026, 6, 30)


def test_a_time_field_naming_years_is_due_at_the_end_of_the_last_one() -> None:
    tasks = _tasks(
        _paras(
            "1. Rà soát các quyết định của tỉnh về dữ liệu",
            "- Đơn vị chủ trì: Sở Tư pháp.",
            "- Thời gian thực hiện: Trong năm 2026, 2027.",
            "2. Đào tạo kỹ năng khai thác dữ liệu cho công chức",
            "- Đơn vị chủ trì: Sở Nội vụ.",
            "- Thời gian hoàn thành: Năm 2026.",
            "3. Chuyển các phần mềm dùng chung lên nền tảng điện toán đám mây",
            "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
            "- Thời gian thực hiện: Theo lộ trình, phần mềm một cửa hoàn thành trước năm 2027.",
        )
    )
    assert [(t.deadline, t.deadline_kind) for t in tasks] == [
        (date(2027, 12, 31), DeadlineKind.PERIOD_END),
        (date(2026, 12, 31), DeadlineKind.PERIOD_END),
        (date(2026, 12, 31), DeadlineKind.BEFORE_DATE),
    ], [t.text for t in tasks]


def test_responsibility_headings_name_the_body_of_their_points() -> None:
    text = _paras(
        "CHÍNH PHỦ",
        "Số: 31/NQ-CP",
        "Hà Nội, ngày 12 tháng 3 năm 2026",
        "NGHỊ QUYẾT\nPhê duyệt Đề án kho dữ liệu quốc gia",
        "CHÍNH PHỦ",
        "QUYẾT NGHỊ:",
        "Điều 1. Phê duyệt Đề án kho dữ liệu quốc gia.",
        "Điều 2. Tổ chức thực hiện",
        "1. Trách nhiệm của Bộ Công an",
        "a) Chủ trì, phối hợp với các bộ, ngành triển khai Đề án.",
        "b) Kịp thời báo cáo Thủ tướng Chính phủ những vướng mắc phát sinh.",
        "2. Nhiệm vụ của Bộ Tài chính",
        "Bố trí kinh phí thực hiện Đề án theo quy định.",
        "Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký.",
        "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nNguyễn Văn An",
    )
    tasks = parse_notice(text).tasks
    assert [t.lead for t in tasks] == [("Bộ Công an",), ("Bộ Công an",), ("Bộ Tài chính",)], [
        t.text for t in tasks
    ]
    assert tasks[2].text.startswith("Bố trí kinh phí")


def test_fields_named_for_agencies_and_units_together() -> None:
    tasks = _tasks(
        _paras(
            "1. Công khai danh mục dữ liệu mở của tỉnh",
            "- Cơ quan, đơn vị chủ trì: Văn phòng Ủy ban nhân dân tỉnh.",
            "- Cơ quan, đơn vị phối hợp: Các sở, ban, ngành.",
            "- Thời gian hoàn thành: Tháng 10 năm 2026.",
            "2. Cập nhật dữ liệu mở định kỳ",
            "- Cơ quan, đơn vị chủ trì: Sở Khoa học và Công nghệ.",
            "- Cơ quan, đơn vị phối hợp: Ủy ban nhân dân các xã, phường.",
            "- Thời gian hoàn thành: Tháng 12 năm 2026.",
        )
    )
    assert [t.lead for t in tasks] == [
        ("Văn phòng Ủy ban nhân dân tỉnh",),
        ("Sở Khoa học và Công nghệ",),
    ], [t.text for t in tasks]
    assert [t.deadline for t in tasks] == [date(2026, 10, 31), date(2026, 12, 31)]


# Round 13 (F1): a bare label beside work items, values that carry their own dates, and years in
# brackets or before the plan's own year.


def _section(label: str, *values: str) -> str:
    return _paras(
        "1. Tổ chức Ngày hội đọc sách của tỉnh",
        "Ngày hội gồm trưng bày sách và giao lưu tác giả.",
        "II. PHÂN CÔNG",
        label,
        *values,
        "2. Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng chương trình Ngày hội trước ngày "
        "20/4/2026.",
        "3. Sở Tài chính thẩm định dự toán kinh phí Ngày hội trước ngày 10/4/2026.",
        "4. Ủy ban nhân dân các xã, phường đăng ký gian trưng bày trước ngày 25/4/2026.",
    )


_SECTION_LEADS = [
    ("Sở Văn hóa, Thể thao và Du lịch",),
    ("Sở Tài chính",),
    ("Ủy ban nhân dân các xã, phường",),
]


def test_a_bare_executor_label_beside_work_items_does_not_swallow_them() -> None:
    tasks = _tasks(
        _section(
            "1. Đơn vị thực hiện",
            "- Sở Văn hóa, Thể thao và Du lịch.",
            "- Ủy ban nhân dân các xã, phường.",
        )
    )
    assert [t.lead for t in tasks][-3:] == _SECTION_LEADS, [t.text for t in tasks]
    assert [t.deadline for t in tasks][-3:] == [
        date(2026, 4, 20),
        date(2026, 4, 10),
        date(2026, 4, 25),
    ]


def test_a_lead_field_beside_work_items_does_not_swallow_them() -> None:
    for label in (
        ["1. Cơ quan chủ trì", "- Sở Văn hóa, Thể thao và Du lịch."],
        ["1. Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch."],
    ):
        tasks = _tasks(_section(*label))
        assert [t.lead for t in tasks][-3:] == _SECTION_LEADS, [t.text for t in tasks]


def test_bodies_listed_with_their_own_dates_are_not_a_names_field() -> None:
    tasks = _tasks(
        _paras(
            "1. Kiểm kê nhà, đất dôi dư sau sắp xếp",
            "a) Cơ quan chủ trì: Sở Tài chính.",
            "b) Đơn vị thực hiện",
            "- Sở Giáo dục và Đào tạo (trước ngày 15/5/2026);",
            "- Ủy ban nhân dân các xã, phường (trước ngày 30/6/2026).",
        )
    )
    assert tasks[0].lead == ("Sở Tài chính",), [t.text for t in tasks]
    assert tasks[0].deadline is not None
    texts = " ".join(t.text for t in tasks)
    assert "Sở Giáo dục và Đào tạo" in texts


def test_executors_under_a_lead_take_part_as_support() -> None:
    tasks = _tasks(
        _paras(
            "1. Kiểm kê nhà, đất dôi dư sau sắp xếp",
            "a) Cơ quan chủ trì: Sở Tài chính.",
            "b) Đơn vị thực hiện",
            "- Sở Giáo dục và Đào tạo.",
            "- Ủy ban nhân dân các xã, phường.",
            "c) Thời gian hoàn thành: Quý II năm 2026.",
        )
    )
    assert len(tasks) == 1, [t.text for t in tasks]
    assert tasks[0].lead == ("Sở Tài chính",)
    assert "Sở Giáo dục và Đào tạo" in tasks[0].support


def test_years_in_brackets_or_before_the_plan_are_no_deadline() -> None:
    tasks = _tasks(
        _paras(
            "1. Chỉnh lý bản đồ địa chính",
            "- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.",
            "- Thời gian thực hiện: Năm 2026 (với các xã đã đo vẽ trước năm 2015).",
            "2. Số hóa hồ sơ địa chính",
            "- Đơn vị chủ trì: Văn phòng Đăng ký đất đai.",
            "- Thời gian thực hiện: Hồ sơ lập trước năm 2010.",
        )
    )
    assert [(t.deadline, t.deadline_kind) for t in tasks] == [
        (date(2026, 12, 31), DeadlineKind.PERIOD_END),
        (None, DeadlineKind.NONE),
    ], [t.text for t in tasks]


def test_a_dash_point_naming_a_partner_stays_in_its_row() -> None:
    tasks = _tasks(
        _paras(
            "1. Tổ chức hội nghị lấy ý kiến cử tri về dự thảo quy hoạch",
            "- Hội nghị bảo đảm đúng thành phần, nội dung theo hướng dẫn.",
            "- Hội Nông dân tỉnh phối hợp với các xã chuẩn bị địa điểm, mời cử tri dự.",
            "- Thời gian hoàn thành: Quý II/2026.",
            "- Đơn vị chủ trì: Sở Xây dựng.",
        )
    )
    assert [t.lead for t in tasks] == [("Sở Xây dựng",)], [t.text for t in tasks]
    assert tasks[0].deadline == date(2026, 6, 30)
