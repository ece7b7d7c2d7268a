"""Where a lead's name ends and what it is: a title in charge of a field keeps the field, even
when a word of the field is a verb; ", phụ trách …" after a title only describes the person."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.names import split_assignees
from notices.task_headings import heading_assignees


def _leads(clause: str) -> list[str]:
    return [lead.name for lead in analyze(clause).leads]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        (
            "Cán bộ phụ trách công tác kiểm tra và thi đua khen thưởng chuẩn bị hồ sơ hội nghị.",
            ["Cán bộ phụ trách công tác kiểm tra và thi đua khen thưởng"],
        ),
        (
            "Chuyên viên phụ trách tổng hợp báo cáo Thường trực kết quả từng tuần.",
            ["Chuyên viên phụ trách tổng hợp"],
        ),
        (
            "Cán bộ phụ trách lĩnh vực tuyên truyền: soạn đề cương tuyên truyền gửi các thôn.",
            ["Cán bộ phụ trách lĩnh vực tuyên truyền"],
        ),
    ],
)
def test_a_title_keeps_the_field_it_is_in_charge_of(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


def test_the_field_ends_at_a_modal_after_it() -> None:
    assert _leads("Thứ trưởng Bộ Tài chính phụ trách lĩnh vực tiếp tục theo dõi việc này.") == [
        "Thứ trưởng Bộ Tài chính phụ trách lĩnh vực"
    ]


def test_a_described_duty_after_a_comma_is_not_part_of_the_name() -> None:
    assert _leads(
        "Phó Trưởng ban Thường trực, phụ trách mảng Kiểm tra và Giám sát: lập kế hoạch."
    )[0] == ("Phó Trưởng ban Thường trực")
    names = split_assignees("Đồng chí Phó Giám đốc, phụ trách lĩnh vực thẩm định và cấp phép")
    assert names is not None
    assert [n.name for n in names] == ["Phó Giám đốc"]


_PLAN = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN BÌNH
Số: 21/KH-MTTQ
An Bình, ngày 03 tháng 12 năm 2025

KẾ HOẠCH
Tiếp công dân phục vụ bầu cử năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm việc tiếp công dân đúng quy định.

II. PHÂN CÔNG NHIỆM VỤ
1. Chủ tịch Ủy ban Mặt trận Tổ quốc xã chỉ đạo chung việc thực hiện Kế hoạch này.
2. Công chức phụ trách lĩnh vực kiểm tra và giải quyết khiếu nại
- Lập sổ theo dõi đơn thư của công dân gửi đến.
- Tham mưu văn bản trả lời công dân đúng thời hạn quy định.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lê Văn Hòa
"""


def test_points_under_a_title_with_a_verb_field_take_that_title() -> None:
    tasks = parse_notice(_PLAN).tasks
    points = [task for task in tasks if task.ref.startswith("II.2")]
    assert len(points) == 2
    assert {task.lead for task in points} == {
        ("Công chức phụ trách lĩnh vực kiểm tra và giải quyết khiếu nại",)
    }


def test_a_field_list_after_phu_trach_is_not_split_into_bodies() -> None:
    names = split_assignees("Chuyên viên phụ trách lĩnh vực Tổ chức, Văn phòng và Thi đua")
    assert names is not None
    assert [n.name for n in names] == [
        "Chuyên viên phụ trách lĩnh vực Tổ chức, Văn phòng và Thi đua"
    ]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        (
            "Đồng chí Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Ủy ban nhân dân xã chỉ đạo chung.",
            ["Chủ tịch Ủy ban nhân dân xã"],
        ),
        (
            "Đồng chí Tỉnh ủy viên, Giám đốc Sở Nội vụ chịu trách nhiệm tổng hợp kết quả.",
            ["Giám đốc Sở Nội vụ"],
        ),
    ],
)
def test_a_party_rank_before_a_post_is_the_same_person(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


def test_two_posts_of_two_people_stay_two_leads() -> None:
    assert _leads("Đồng chí Giám đốc Sở Y tế, Phó Giám đốc Sở Y tế theo dõi việc này.") == [
        "Giám đốc Sở Y tế",
        "Phó Giám đốc Sở Y tế",
    ]


def test_the_party_building_board_keeps_its_verb() -> None:
    assert _leads("Đồng chí Trưởng ban xây dựng Đảng - Tổ trưởng: Theo dõi chung.") == [
        "Trưởng ban xây dựng Đảng - Tổ trưởng"
    ]
    # a title before an ordinary verb still ends there
    assert _leads("Trưởng ban xây dựng kế hoạch chi tiết.") == ["Trưởng ban"]


def test_a_capitalised_office_name_goes_on_through_a_verb_like_word() -> None:
    assert _leads(
        "Phòng Thanh tra Xây dựng và đô thị, các đơn vị thuộc Sở: kiểm tra định kỳ."
    ) == [
        "Phòng Thanh tra Xây dựng và đô thị",
        "các đơn vị thuộc Sở",
    ]
    # a capitalised predicate after a complete name still ends it
    assert _leads("Giao Sở Tài chính Theo dõi và đôn đốc việc giải ngân.") == ["Sở Tài chính"]


@pytest.mark.parametrize(
    ("heading", "names"),
    [
        ("3. Đề nghị Công an xã phối hợp", ["Công an xã"]),
        ("Đề nghị Ủy ban nhân dân phường chủ trì, phối hợp thực hiện", ["Ủy ban nhân dân phường"]),
        ("Các trường tham gia chương trình", ["Các trường tham gia chương trình"]),
    ],
)
def test_a_heading_ending_in_how_the_body_takes_part(heading: str, names: list[str]) -> None:
    assert heading_assignees(heading.split(". ", 1)[-1]) == names


def test_a_unit_named_by_the_work_it_does_keeps_that_work() -> None:
    assert _leads("Các đơn vị vận hành trạm bơm lập phương án ứng trực khi mưa lớn.") == [
        "Các đơn vị vận hành trạm bơm"
    ]
    # the same verb as the predicate, its object followed by no verb of its own
    assert _leads("Các đơn vị vận hành trạm bơm theo đúng quy trình.") == ["Các đơn vị"]
    assert _leads("Các đơn vị tham gia xây dựng kế hoạch.") == ["Các đơn vị"]


def test_investors_and_contractors_head_a_group_heading() -> None:
    plan = _PLAN.replace(
        "2. Công chức phụ trách lĩnh vực kiểm tra và giải quyết khiếu nại",
        "2. Các nhà thầu thi công trên địa bàn xã",
    )
    points = [task for task in parse_notice(plan).tasks if task.ref.startswith("II.2")]
    assert len(points) == 2
    assert {task.lead for task in points} == {("Các nhà thầu thi công trên địa bàn xã",)}


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        (
            "Đề nghị Thường trực HĐND, UBND, Công an xã phối hợp kiểm tra các điểm bỏ phiếu.",
            ["Thường trực HĐND, UBND", "Công an xã"],
        ),
        (
            "Ban Thường vụ Huyện ủy, Thị ủy chỉ đạo sơ kết việc thực hiện.",
            ["Ban Thường vụ Huyện ủy, Thị ủy"],
        ),
        # a council with its own place after the comma is a body of its own
        (
            "Thường trực HĐND tỉnh, UBND tỉnh Lào Cai chỉ đạo rà soát.",
            ["Thường trực HĐND tỉnh", "UBND tỉnh Lào Cai"],
        ),
    ],
)
def test_a_standing_body_shared_by_two_councils(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


def test_the_activity_a_group_is_concerned_with_is_not_its_name() -> None:
    assert _leads(
        "Các phòng, ban có liên quan đến việc cấp phép xây dựng có trách nhiệm rà soát hồ sơ."
    ) == ["Các phòng, ban có liên quan"]
    assert _leads(
        "Phòng Kinh tế và các đơn vị có liên quan đến các dự án nêu trên, có trách nhiệm báo cáo."
    ) == ["Phòng Kinh tế", "các đơn vị có liên quan"]


def test_an_agency_with_a_proper_name_is_a_body() -> None:
    assert _leads("Cơ quan Bảo hiểm xã hội ở địa phương có trách nhiệm đối chiếu danh sách.") == [
        "Cơ quan Bảo hiểm xã hội ở địa phương"
    ]
    # a bare kind of agency is no body by itself
    assert _leads("Cơ quan có trách nhiệm đối chiếu danh sách.") == []
    # but one named by its role and charged leads whole, as the labels have it ("Cơ quan chủ
    # trì" 11 times, "Cơ quan chủ quản" 10; round 33 left, `notices.charged_bodies`)
    assert _leads("Cơ quan tham mưu có trách nhiệm đối chiếu danh sách.") == ["Cơ quan tham mưu"]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        (
            "Giao Bộ Công an - Cơ quan Thường trực Ban Chỉ đạo 138 tổng hợp kết quả.",
            ["Bộ Công an"],
        ),
        (
            "Giám đốc Sở Y tế - Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống dịch tỉnh "
            "khẩn trương báo cáo.",
            ["Giám đốc Sở Y tế"],
        ),
        # a post in the plan's own subcommittee is part of the title
        (
            "Đồng chí Phó Chánh Văn phòng - Thành viên: Tổng hợp chung.",
            ["Phó Chánh Văn phòng - Thành viên"],
        ),
    ],
)
def test_a_post_in_a_steering_committee_describes_the_body(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


def test_an_organisation_listed_after_a_comma_is_a_noun() -> None:
    assert _leads("Các phòng, ban và các cơ quan, tổ chức có liên quan triển khai kế hoạch.") == [
        "Các phòng, ban",
        "các cơ quan, tổ chức có liên quan",
    ]
    # the verb "tổ chức" right after the subject still ends it
    assert _leads("Các đơn vị tổ chức, triển khai kế hoạch.") == ["Các đơn vị"]


def test_the_manner_between_the_names_and_the_verb_is_not_a_name() -> None:
    assert _leads(
        "Đề nghị Hội Nông dân xã và các chi hội bằng nhiều hình thức phù hợp, vận động hội viên "
        "tham gia."
    ) == ["Hội Nông dân xã", "các chi hội"]


def test_the_forces_are_a_group() -> None:
    assert _leads("Các lực lượng chức năng tăng cường tuần tra trên các tuyến biên giới.") == [
        "Các lực lượng chức năng"
    ]


def test_a_condition_or_a_going_to_ends_the_names() -> None:
    assert _leads(
        "Yêu cầu các nhà thầu khi chưa nghiệm thu công trình thì phải bảo vệ hiện trường."
    )[0] == ("các nhà thầu")
    assert _leads("Đoàn công tác của Sở Y tế đi kiểm tra các cơ sở khám bệnh.") == [
        "Đoàn công tác của Sở Y tế"
    ]
