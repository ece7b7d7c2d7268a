"""Round 33 (ongoing), review: where the carrier-line rule reached too far or too short.

A plan's row-form item ("1. Tổ chức hội nghị …" over "Cơ quan chủ trì: …" and its field dashes
"- Thành phần: …", "- Hình thức: …") is one task row, its title the work: the "Cơ quan chủ trì:"
line is its field, not a carrier for the dashes. A point of a carried group whose verb no list of
the parser knows ("- Phủ sóng di động …") keeps the line's bodies as a row's field gives them (on
main the glued "Trách nhiệm thực hiện:" made the last point such a row). A carrier line's value
ends at its first sentence and before a remit ("theo chức năng, nhiệm vụ được giao"). "Đảng ủy
Mặt trận Tổ quốc, các đoàn thể Trung ương" (and "…, các đoàn thể chính trị - xã hội tỉnh") is one
body at any level. "Các nhiệm vụ thường xuyên, liên tục" is a standing section. Documents invented
for these tests.
"""

from __future__ import annotations

import datetime as dt

from notices import parse_notice
from notices.carrier_lines import carrier_bodies
from notices.model import DeadlineKind
from notices.names import split_assignees
from tests.unit.notices.notice_fixtures import lead_of, task_leads

HEAD = """TỈNH ỦY HÀ GIANG
Số 07-CTr/TU

ĐẢNG CỘNG SẢN VIỆT NAM

Hà Giang, ngày 03 tháng 3 năm 2031

{kind}
thực hiện Nghị quyết về chuyển đổi số

"""
TAIL = """
T/M TỈNH ỦY
BÍ THƯ

Nguyễn Văn An
"""

PLAN_ROWS = (
    HEAD.format(kind="KẾ HOẠCH")
    + """II. NHIỆM VỤ CỤ THỂ

1. Tổ chức hội nghị quán triệt Nghị quyết

Cơ quan chủ trì: Ban Tuyên giáo và Dân vận Tỉnh ủy.

- Thành phần: lãnh đạo các sở, ban, ngành, địa phương.

- Hình thức: trực tiếp kết hợp trực tuyến.

2. Xây dựng bộ chỉ số đánh giá chuyển đổi số cấp xã

Cơ quan thực hiện: Sở Khoa học và Công nghệ.

- Nội dung: các chỉ số về hạ tầng, dữ liệu, dịch vụ công.

- Thời gian hoàn thành: tháng 6/2031.
"""
    + TAIL
)

GROUP = (
    HEAD.format(kind="CHƯƠNG TRÌNH HÀNH ĐỘNG")
    + """II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Phát triển hạ tầng số

- Mở rộng mạng cáp quang đến các thôn vùng cao.

- Phủ sóng di động tại các điểm lõm sóng.

{line}
"""
    + TAIL
)

BARE_LIST = (
    HEAD.format(kind="CHƯƠNG TRÌNH HÀNH ĐỘNG")
    + """II. NHIỆM VỤ VÀ GIẢI PHÁP

- Tuyên truyền Nghị quyết đến cán bộ, đảng viên.

- Phủ sóng di động tại các điểm lõm sóng.

Trách nhiệm thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chương trình.
"""
    + TAIL
)


def test_a_row_form_item_keeps_its_carrier_field() -> None:
    tasks = parse_notice(PLAN_ROWS).tasks
    first = next(t for t in tasks if t.text.startswith("Tổ chức hội nghị quán triệt"))
    second = next(t for t in tasks if t.text.startswith("Xây dựng bộ chỉ số"))
    assert first.lead == ("Ban Tuyên giáo và Dân vận Tỉnh ủy",)
    assert second.lead == ("Sở Khoa học và Công nghệ",)
    assert second.deadline == dt.date(2031, 6, 30)
    # the fields are the row's, no tasks of their own
    assert len(tasks) == 2


def test_a_carried_point_with_an_unlisted_verb_keeps_the_line_bodies() -> None:
    for line, bodies in (
        (
            "Trách nhiệm thực hiện: Sở Khoa học và Công nghệ; Ủy ban nhân dân các huyện.",
            ("Sở Khoa học và Công nghệ", "Ủy ban nhân dân các huyện"),
        ),
        (
            "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh; các cấp ủy, tổ chức"
            " đảng.",
            ("Đảng ủy Ủy ban nhân dân tỉnh", "các cấp ủy, tổ chức đảng"),
        ),
    ):
        tasks = task_leads(GROUP.format(line=line))
        assert lead_of(tasks, "Mở rộng mạng cáp quang") == bodies
        assert lead_of(tasks, "Phủ sóng di động") == bodies
        assert all("Trách nhiệm" not in text for text, _ in tasks)


def test_a_bare_list_closed_by_a_carrier_line_keeps_every_point() -> None:
    tasks = task_leads(BARE_LIST)
    assert lead_of(tasks, "Tuyên truyền Nghị quyết") == ("Đảng ủy Ủy ban nhân dân tỉnh",)
    assert lead_of(tasks, "Phủ sóng di động") == ("Đảng ủy Ủy ban nhân dân tỉnh",)
    assert lead_of(tasks, "Văn phòng Tỉnh ủy theo dõi") == ("Văn phòng Tỉnh ủy",)


def test_a_carrier_value_ends_at_its_first_sentence_and_its_remit() -> None:
    assert carrier_bodies("Cơ quan chủ trì: Sở Công Thương. Thời gian: năm 2031.") == [
        "Sở Công Thương"
    ]
    assert carrier_bodies(
        "Trách nhiệm thực hiện: các sở, ban, ngành, địa phương theo chức năng, nhiệm vụ được giao."
    ) == ["các sở, ban, ngành, địa phương"]
    tasks = task_leads(
        GROUP.format(
            line="Trách nhiệm thực hiện: các sở, ban, ngành, địa phương theo chức năng, nhiệm vụ"
            " được giao."
        )
    )
    assert lead_of(tasks, "Mở rộng mạng cáp quang") == ("các sở, ban, ngành, địa phương",)


def test_the_front_party_committee_is_one_body_at_any_level() -> None:
    for name in (
        "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
        "Đảng ủy MTTQ, các đoàn thể chính trị - xã hội tỉnh",
    ):
        named = split_assignees(name)
        assert named is not None and [a.name for a in named] == [name]
    # written "uỷ" (tw-171, vptw-432) it is one body all the same
    named = split_assignees("Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương")
    assert named is not None and len(named) == 1
    two = split_assignees("Mặt trận Tổ quốc, các đoàn thể tỉnh")
    assert two is not None and len(two) == 2


def test_a_standing_section_may_add_lien_tuc() -> None:
    notice = parse_notice(
        HEAD.format(kind="CHƯƠNG TRÌNH HÀNH ĐỘNG")
        + """II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Các nhiệm vụ thường xuyên, liên tục

- Sở Y tế kiểm tra an toàn thực phẩm tại các chợ.

2. Nhiệm vụ thường xuyên

- Sở Nội vụ trình đề án vị trí việc làm trước ngày 30/6/2031.
"""
        + TAIL
    )
    check = next(t for t in notice.tasks if t.text.startswith("Sở Y tế kiểm tra"))
    assert check.deadline_kind is DeadlineKind.ONGOING
    own = next(t for t in notice.tasks if t.text.startswith("Sở Nội vụ trình"))
    assert own.deadline_kind is DeadlineKind.BEFORE_DATE  # its own date wins
    assert own.deadline == dt.date(2031, 6, 30)


def test_a_line_naming_no_body_leaves_its_points_out_and_the_rest_read() -> None:
    tasks = task_leads(
        GROUP.format(line="Trách nhiệm thực hiện: theo chức năng, nhiệm vụ được giao.").replace(
            "II. NHIỆM VỤ",
            "III. TỔ CHỨC THỰC HIỆN\n\nVăn phòng Tỉnh ủy theo dõi, đôn đốc.\n\nII. NHIỆM VỤ",
        )
    )
    # no doer is named for the points: they give no task, and no remit is made a lead
    assert lead_of(tasks, "Mở rộng mạng cáp quang") is None
    assert lead_of(tasks, "Phủ sóng di động") is None
    assert all("chức năng" not in " ".join(lead) for _, lead in tasks)
    assert lead_of(tasks, "Văn phòng Tỉnh ủy theo dõi") == ("Văn phòng Tỉnh ủy",)
