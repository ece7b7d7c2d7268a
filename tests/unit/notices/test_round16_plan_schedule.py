"""Round 16 (K34): a plan's activities listed under time slots, its field blocks and its
"Tổ chức thực hiện" section.

A plan often lists its activities under time-slot headings ("1. Quý I năm 2026" over "1.1. Ban
hành …") naming no body, and names once, in "Tổ chức thực hiện", the body that carries the
whole list ("Sở Nội vụ: Chỉ đạo Ban Thi đua - Khen thưởng thực hiện các nhiệm vụ được giao tại
Kế hoạch"). Each activity is a task of that body, due at the end of its slot. A ward's plan
names the unit preparing each activity in a "Bộ phận tham mưu:" field; a body named on a line of
its own over a paragraph (too long, or with a ";", for a title line) leads that paragraph."""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.plan_roles import plan_carrier, slot_deadline
from notices.structure import Item, build_items
from notices.task_basics import Context

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA AN\nSố: 41/KH-UBND\nHòa An, ngày 12 tháng 2 năm 2026\n"
    "KẾ HOẠCH\nCông tác cải cách hành chính năm 2026\n\n"
)
SIGN = "Nơi nhận:\n- Các sở, ngành;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Nam\n"
CONTEXT = Context(year=2026, reference=date(2026, 2, 12))


def _tasks(body: str) -> list[tuple[str, tuple[str, ...], date | None]]:
    # one paragraph a line, as the readers give a plan's lines
    notice = parse_notice(HEAD + body.replace("\n", "\n\n") + SIGN)
    return [(t.text, t.lead, t.deadline) for t in notice.tasks]


def _items(body: str) -> list[Item]:
    return build_items([line for line in body.splitlines() if line.strip()])[1]


SCHEDULE = (
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2026 như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Nâng cao chất lượng phục vụ người dân và doanh nghiệp.\n"
    "II. NỘI DUNG THỰC HIỆN\n"
    "1. Tháng 3/2026\n"
    "1.1. Rà soát các thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh;\n"
    "1.2. Cập nhật danh mục thủ tục trên Cổng dịch vụ công trước ngày 20/3/2026;\n"
    "2. Quý IV năm 2026\n"
    "2.1. Khảo sát mức độ hài lòng của người dân đối với dịch vụ công;\n"
    "2.2. Tổng hợp kết quả, đề xuất giải pháp nâng cao chỉ số cải cách hành chính.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Giao Sở Nội vụ chủ trì thực hiện các nội dung của Kế hoạch này; định kỳ báo cáo Ủy ban "
    "nhân dân tỉnh kết quả thực hiện.\n"
    "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
)


def test_slot_heading_dates_and_carrier_leads_each_activity() -> None:
    tasks = _tasks(SCHEDULE)
    by_text = {text[:25]: (lead, due) for text, lead, due in tasks}
    assert by_text["Rà soát các thủ tục hành "] == (("Sở Nội vụ",), date(2026, 3, 31))
    # an activity's own date stays its own
    assert by_text["Cập nhật danh mục thủ tục"] == (("Sở Nội vụ",), date(2026, 3, 20))
    assert by_text["Khảo sát mức độ hài lòng "] == (("Sở Nội vụ",), date(2026, 12, 31))
    assert by_text["Tổng hợp kết quả, đề xuất"][0] == ("Sở Nội vụ",)
    # the purposes stay no tasks; the section's own points keep their bodies
    assert not any(text.startswith("Nâng cao chất lượng") for text, _, _ in tasks)
    assert any(lead == ("Sở Tài chính",) for _, lead, _ in tasks)


def test_directed_body_carries_the_list() -> None:
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế: Chỉ đạo Trung tâm Kiểm soát bệnh tật thực hiện các nhiệm vụ được giao tại Kế "
        "hoạch; kiểm tra, tổng hợp kết quả.\n"
    )
    assert plan_carrier(_items(body)) == ["Trung tâm Kiểm soát bệnh tật"]


def test_no_carrier_from_groups_or_other_sections() -> None:
    # a group carries no list; a point that only funds the plan hands nothing over
    groups = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Các cơ quan, đơn vị có liên quan có trách nhiệm thực hiện các nhiệm vụ được giao "
        "trong mục II của Kế hoạch.\n"
        "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
    )
    assert plan_carrier(_items(groups)) is None
    # the same sentence outside "Tổ chức thực hiện" (a plan's purposes) names no carrier
    purposes = (
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Sở Nội vụ thực hiện các nhiệm vụ của Kế hoạch này.\n"
        "II. NỘI DUNG\n1. Tổ chức hội nghị tập huấn.\n"
    )
    assert plan_carrier(_items(purposes)) is None


def test_slot_heading_forms() -> None:
    assert slot_deadline("Quý II/2026", CONTEXT).deadline == date(2026, 6, 30)  # type: ignore[union-attr]
    assert slot_deadline("QUÝ IV NĂM 2026", CONTEXT).deadline == date(2026, 12, 31)  # type: ignore[union-attr]
    assert slot_deadline("Tháng 5 năm 2026:", CONTEXT).deadline == date(2026, 5, 31)  # type: ignore[union-attr]
    assert slot_deadline("6 tháng cuối năm 2026", CONTEXT).deadline == date(2026, 12, 31)  # type: ignore[union-attr]
    assert slot_deadline("Trong quý III", CONTEXT).deadline == date(2026, 9, 30)  # type: ignore[union-attr]
    # a heading that says more than its slot, or a topic, is no slot
    assert slot_deadline("Quý I: Sở Y tế chủ trì rà soát", CONTEXT) is None
    assert slot_deadline("Quý I và các năm tiếp theo", CONTEXT) is None
    assert slot_deadline("Tháng hành động vì an toàn thực phẩm", CONTEXT) is None
    assert slot_deadline("Năm 2026", CONTEXT) is None


def test_unassigned_plan_without_carrier_stays_taskless() -> None:
    # no "Tổ chức thực hiện" hands the list over: the unnamed activities are no tasks
    body = (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "II. NỘI DUNG THỰC HIỆN\n1. Quý I năm 2026\n1.1. Rà soát thủ tục hành chính;\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
    )
    texts = [text for text, _, _ in _tasks(body)]
    assert not any(text.startswith("Rà soát thủ tục") for text in texts)


def test_advising_unit_field_leads_the_row() -> None:
    body = (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "II. NỘI DUNG\n"
        "1. Tổ chức hội nghị phổ biến Luật Hòa giải ở cơ sở\n"
        "- Bộ phận tham mưu: công chức Tư pháp - Hộ tịch.\n"
        "- Bộ phận phối hợp: Các đoàn thể.\n"
        "- Thời gian thực hiện: tháng 4 năm 2026.\n"
        "2. Kiểm tra việc thực hiện tiêu chí tiếp cận pháp luật\n"
        "- Cơ quan chủ trì: Hội đồng phối hợp phổ biến, giáo dục pháp luật.\n"
        "- Cơ quan tham mưu thực hiện: Phòng Tư pháp.\n"
        "- Thời gian thực hiện: Quý IV năm 2026.\n"
    )
    tasks = _tasks(body)
    assert tasks[0][1] == ("công chức Tư pháp - Hộ tịch",)
    assert tasks[0][2] == date(2026, 4, 30)
    # with a "chủ trì" field the advising unit only takes part
    assert tasks[1][1] == ("Hội đồng phối hợp phổ biến, giáo dục pháp luật",)


def test_body_line_over_its_paragraph() -> None:
    body = (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Phòng Văn hóa, Khoa học và Thông tin; Trung tâm Văn hóa, Thông tin và Thể thao\n"
        "Phối hợp với Phòng Y tế tổ chức các hoạt động tuyên truyền.\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh\n"
        "Tăng cường vận động đoàn viên, hội viên thực hiện tốt chính sách.\n"
        "3. Lãnh đạo, chỉ đạo thực hiện\n"
        "- Tăng cường sự lãnh đạo của cấp ủy đối với công tác dân số.\n"
    )
    leads = {text[:20]: lead for text, lead, _ in _tasks(body)}
    assert leads["Phối hợp với Phòng Y"] == (
        "Phòng Văn hóa, Khoa học và Thông tin",
        "Trung tâm Văn hóa, Thông tin và Thể thao",
    )
    assert leads["Tăng cường vận động "][0] == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    # "Lãnh đạo, chỉ đạo" is a line of work, not a body's leadership
    assert all(lead != ("Lãnh đạo, chỉ đạo thực hiện",) for lead in leads.values())


# Review R34: the carrier is the body that leads, never one that funds, supports, oversees or
# reports; a group carries nothing; slots date their activities in the plan's year.
SLOTS = (
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
    "I. NỘI DUNG\n"
    "1. Quý I năm 2026\n"
    "1.1. Tổ chức hội nghị triển khai công tác phòng, chống dịch;\n"
    "2. Quý IV năm 2026\n"
    "- Tổng kết, đánh giá kết quả thực hiện.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
)


def _slot_leads(points: str) -> set[tuple[str, ...]]:
    tasks = _tasks(SLOTS + points)
    return {lead for text, lead, _ in tasks if text.startswith(("Tổ chức hội nghị", "Tổng kết"))}


def test_carrier_is_the_leading_point_not_the_first() -> None:
    points = (
        "1. Sở Tài chính bảo đảm kinh phí tổ chức thực hiện Kế hoạch.\n"
        "2. Sở Y tế chủ trì thực hiện Kế hoạch này.\n"
    )
    assert _slot_leads(points) == {("Sở Y tế",)}
    # "là cơ quan thường trực, chủ trì" leads over a group's "triển khai thực hiện"
    lead_first = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Các sở, ngành triển khai thực hiện Kế hoạch.\n"
        "2. Sở Nội vụ là cơ quan thường trực, chủ trì, tổ chức thực hiện Kế hoạch.\n"
    )
    assert plan_carrier(_items(lead_first)) == ["Sở Nội vụ"]


def test_funding_supporting_overseeing_or_reporting_body_carries_nothing() -> None:
    for point in (
        "1. Đề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp tổ chức thực hiện Kế hoạch.",
        "1. Văn phòng UBND tỉnh theo dõi, đôn đốc các đơn vị triển khai thực hiện Kế hoạch.",
        "1. Sở Nội vụ hướng dẫn, kiểm tra việc tổ chức thực hiện Kế hoạch.",
        "1. Thanh tra tỉnh giám sát việc triển khai thực hiện Kế hoạch.",
        "1. Sở Thông tin và Truyền thông tuyên truyền về việc triển khai thực hiện Kế hoạch.",
        "1. Sở Nội vụ báo cáo kết quả thực hiện các nhiệm vụ trong Kế hoạch.",
        "1. Sở Tài chính bảo đảm kinh phí tổ chức thực hiện Kế hoạch.",
    ):
        assert plan_carrier(_items(f"II. TỔ CHỨC THỰC HIỆN\n{point}\n")) is None, point
    assert (
        _slot_leads(
            "1. Văn phòng UBND tỉnh theo dõi, đôn đốc các đơn vị triển khai thực hiện Kế hoạch.\n"
        )
        == set()
    )


def test_responsible_body_is_named_whole() -> None:
    point = "1. Sở Nội vụ có trách nhiệm tổ chức thực hiện Kế hoạch.\n"
    assert _slot_leads(point) == {("Sở Nội vụ",)}
    # a subject before a colon does each piece after it
    subject = (
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nội vụ: Chủ trì, theo dõi, tổng hợp; tổ chức thực hiện Kế hoạch này.\n"
    )
    assert plan_carrier(_items(subject)) == ["Sở Nội vụ"]
    leads = "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ: Chủ trì, tổ chức thực hiện Kế hoạch này.\n"
    assert plan_carrier(_items(leads)) == ["Sở Nội vụ"]
    # …but not when the piece after the colon only takes part
    part = "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế: Theo dõi; phối hợp tổ chức thực hiện Kế hoạch.\n"
    assert plan_carrier(_items(part)) is None
    # a work programme hands its list over as a plan does
    programme = "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ tổ chức thực hiện Chương trình này.\n"
    assert plan_carrier(_items(programme)) == ["Phòng Nội vụ"]


def test_group_or_two_bodies_give_no_carrier() -> None:
    group = (
        "1. Các sở, ngành, Ủy ban nhân dân các huyện căn cứ chức năng, nhiệm vụ tổ chức thực "
        "hiện Kế hoạch.\n"
    )
    assert _slot_leads(group) == set()
    assert (
        plan_carrier(
            _items(
                "II. TỔ CHỨC THỰC HIỆN\n"
                "1. Các sở, ngành, Ủy ban nhân dân các huyện tổ chức thực hiện Kế hoạch.\n"
            )
        )
        is None
    )
    two = (
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nội vụ triển khai thực hiện Kế hoạch.\n"
        "2. Sở Y tế triển khai thực hiện Kế hoạch.\n"
    )
    assert plan_carrier(_items(two)) is None


def test_slots_in_the_plan_year_and_past_slots_kept() -> None:
    body = (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "I. NỘI DUNG\n"
        "1. Tháng 01 năm 2026\n- Xây dựng kế hoạch kiểm tra.\n"
        "2. Tháng 02 năm 2026\n- Tổ chức hội nghị triển khai.\n"
        "3. Quý II\n- Kiểm tra tại các huyện.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì thực hiện Kế hoạch này.\n"
    )
    got = {text[:12]: (lead, due) for text, lead, due in _tasks(body)}
    # a slot written with its year keeps its date though past: the date the phrase names
    assert got["Xây dựng kế "] == (("Sở Y tế",), date(2026, 1, 31))
    assert got["Tổ chức hội "] == (("Sở Y tế",), date(2026, 2, 28))
    assert got["Kiểm tra tại"] == (("Sở Y tế",), date(2026, 6, 30))
    # a plan issued in December for next year: its yearless slots are in the title's year
    late = Context(year=2026, reference=date(2026, 12, 20))
    assert slot_deadline("Tháng 12", late, 2027).deadline == date(2027, 12, 31)  # type: ignore[union-attr]
    assert slot_deadline("Quý II", late, 2027).deadline == date(2027, 6, 30)  # type: ignore[union-attr]
    # without a year in the title, a yearless slot already over is next year's
    assert slot_deadline("Tháng 01", late).deadline == date(2027, 1, 31)  # type: ignore[union-attr]
    assert slot_deadline("Tháng 12", late).deadline == date(2026, 12, 31)  # type: ignore[union-attr]
    # only four quarters, twelve months
    assert slot_deadline("Quý V", CONTEXT) is None
    assert slot_deadline("Tháng 13", CONTEXT) is None


def test_no_carrier_outside_plans() -> None:
    notice = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA AN\nSố: 41/TB-UBND\nHòa An, ngày 12 tháng 2 năm 2026\n"
        "THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh\n\n"
        "1. Quý I năm 2026\n\n- Hoàn thành việc sắp xếp các trường học.\n\n"
        "2. Tổ chức thực hiện\n\n"
        "Sở Giáo dục và Đào tạo chủ trì thực hiện các nội dung của kế hoạch sắp xếp.\n\n" + SIGN
    )
    tasks = parse_notice(notice).tasks
    assert all(
        t.lead != ("Sở Giáo dục và Đào tạo",) for t in tasks if t.text.startswith("Hoàn thành")
    )


def test_advising_unit_beside_the_doer_is_no_lead() -> None:
    body = (
        "Ủy ban nhân dân phường ban hành Kế hoạch như sau:\n"
        "II. NỘI DUNG\n"
        "1. Tổ chức tuyên truyền Luật Đất đai năm 2024\n"
        "- Đơn vị thực hiện: Văn phòng HĐND và UBND phường.\n"
        "- Bộ phận tham mưu: công chức Địa chính.\n"
        "- Thời gian thực hiện: Quý II năm 2026.\n"
    )
    assert _tasks(body)[0][1] == ("Văn phòng HĐND và UBND phường",)
