"""Round 24 (letters): the leads of a minister's directive addressed to groups of heads.

A title that names no body of its own ("Tổng biên tập", "Viện trưởng", "Phó Hiệu trưởng")
before a comma shares the bodies of the next title ("Tổng biên tập, Giám đốc các cơ quan báo
chí, nhà xuất bản" is one name), as "Giám đốc, Thủ trưởng các sở" already was; a title over a
colon list of bodies ("Cục trưởng các Cục: Y tế dự phòng, An toàn thực phẩm") is the head of
each listed body, not a name of its own. Documents invented for these tests.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = "BỘ VĂN HÓA\nSố: 05/CT-BVH\n\nCHỈ THỊ\nVề tổ chức đón Tết\n\n"
_SIGN = "\n\nBỘ TRƯỞNG\nNguyễn Văn An\n"


def _leads(lead_in: str, point: str) -> list[list[str]]:
    text = (
        f"{_HEAD}{lead_in}\n\n1. {point}\n\n2. Tăng cường thông tin về không khí đón Xuân.{_SIGN}"
    )
    return [list(task.lead) for task in parse_notice(text).tasks]


@pytest.mark.parametrize(
    ("group", "name"),
    [
        (
            "Tổng biên tập, Giám đốc các cơ quan báo chí, nhà xuất bản",
            "Tổng biên tập, Giám đốc các cơ quan báo chí, nhà xuất bản",
        ),
        (
            "Viện trưởng, Hiệu trưởng các cơ sở đào tạo",
            "Viện trưởng, Hiệu trưởng các cơ sở đào tạo",
        ),
        (
            "Tổng biên tập, Phó Tổng biên tập các báo, tạp chí",
            "Tổng biên tập, Phó Tổng biên tập các báo, tạp chí",
        ),
    ],
)
def test_bare_title_shares_the_next_titles_group(group: str, name: str) -> None:
    lead_in = (
        "Bộ trưởng yêu cầu Thủ trưởng các cơ quan, đơn vị thuộc Bộ; "
        f"{group}; Giám đốc Sở Văn hóa các tỉnh thực hiện tốt các nội dung sau:"
    )
    leads = _leads(lead_in, "Tổ chức chúc Tết ở trụ sở cơ quan vui tươi, tiết kiệm.")
    assert leads[0] == [
        "Thủ trưởng các cơ quan, đơn vị thuộc Bộ",
        name,
        "Giám đốc Sở Văn hóa các tỉnh",
    ]
    assert leads[1] == leads[0]


def test_titles_with_their_own_bodies_stay_apart() -> None:
    # counter-example: each title names its own body, so the comma parts two doers
    lead_in = (
        "Bộ trưởng yêu cầu Tổng biên tập Báo Văn hóa, Giám đốc Nhà xuất bản Văn hóa "
        "thực hiện tốt các nội dung sau:"
    )
    leads = _leads(lead_in, "Tổ chức chúc Tết ở trụ sở cơ quan vui tươi, tiết kiệm.")
    assert leads[0] == ["Tổng biên tập Báo Văn hóa", "Giám đốc Nhà xuất bản Văn hóa"]


@pytest.mark.parametrize(
    ("subject", "names"),
    [
        (
            "Cục trưởng các Cục: Y tế dự phòng, An toàn thực phẩm, Quản lý Dược",
            [
                "Cục trưởng Cục Y tế dự phòng",
                "Cục trưởng Cục An toàn thực phẩm",
                "Cục trưởng Cục Quản lý Dược",
            ],
        ),
        (
            "Giám đốc các Sở: Tài chính, Xây dựng",
            ["Giám đốc Sở Tài chính", "Giám đốc Sở Xây dựng"],
        ),
    ],
)
def test_title_over_a_colon_list_heads_each_member(subject: str, names: list[str]) -> None:
    leads = _leads(
        "Bộ trưởng yêu cầu như sau:",
        f"{subject} chỉ đạo việc tổng hợp số liệu báo cáo trong dịp Tết.",
    )
    assert leads[0] == names


@pytest.mark.parametrize(
    ("subject", "names"),
    [
        # counter-examples: a body, not a title, before the list stays a name of its own
        ("Bộ Công an, các Bộ: Quốc phòng, Y tế", ["Bộ Công an", "Bộ Quốc phòng", "Bộ Y tế"]),
        (
            "Các Cục: Y tế dự phòng, An toàn thực phẩm",
            ["Cục Y tế dự phòng", "Cục An toàn thực phẩm"],
        ),
    ],
)
def test_body_before_a_colon_list_stays_its_own_name(subject: str, names: list[str]) -> None:
    leads = _leads(
        "Bộ trưởng yêu cầu như sau:",
        f"{subject} chỉ đạo việc tổng hợp số liệu báo cáo trong dịp Tết.",
    )
    assert leads[0] == names


def test_a_field_name_with_a_comma_stays_one_member() -> None:
    # "Cục Quản lý Khám, chữa bệnh": the comma is inside the field, not between two members
    leads = _leads(
        "Bộ trưởng yêu cầu như sau:",
        "Cục trưởng các Cục: Quản lý Khám, chữa bệnh, Y tế dự phòng chỉ đạo việc tổng hợp "
        "số liệu báo cáo trong dịp Tết.",
    )
    assert leads[0] == ["Cục trưởng Cục Quản lý Khám, chữa bệnh", "Cục trưởng Cục Y tế dự phòng"]


@pytest.mark.parametrize(
    ("point", "names"),
    [
        # counter-examples: the field as the work a body does, or in a lower-case group
        (
            "Bệnh viện Đa khoa tỉnh tổ chức khám, chữa bệnh cho nhân dân trong dịp Tết.",
            ["Bệnh viện Đa khoa tỉnh"],
        ),
        (
            "Sở Y tế, các cơ sở khám bệnh, chữa bệnh trên địa bàn bố trí trực 24/24 giờ.",
            ["Sở Y tế", "các cơ sở khám bệnh, chữa bệnh trên địa bàn"],
        ),
    ],
)
def test_the_field_as_work_or_group_is_unchanged(point: str, names: list[str]) -> None:
    assert _leads("Bộ trưởng yêu cầu như sau:", point)[0] == names


@pytest.mark.parametrize(
    ("group", "name"),
    [
        (
            "Giám đốc trung tâm giáo dục thường xuyên trên địa bàn thành phố Hà Nội",
            "Giám đốc trung tâm giáo dục thường xuyên trên địa bàn thành phố Hà Nội",
        ),
        ("Giám đốc Công an tỉnh Hà Giang", "Giám đốc Công an tỉnh Hà Giang"),
        ("Chủ tịch UBND xã Lâm Hải", "Chủ tịch UBND xã Lâm Hải"),
    ],
)
def test_a_place_after_its_level_is_no_persons_name(group: str, name: str) -> None:
    # "Hà Nội", "Hà Giang", "Lâm Hải" open with a surname, yet name the place of the body
    lead_in = f"Sở Giáo dục đề nghị Hiệu trưởng các trường; {group} thực hiện các nội dung sau:"
    leads = _leads(lead_in, "Tổ chức chúc Tết ở trụ sở cơ quan vui tươi, tiết kiệm.")
    assert leads[0] == ["Hiệu trưởng các trường", name]


def test_a_persons_name_after_a_title_is_still_a_person() -> None:
    # counter-example: a full name (three words) after "tỉnh" is the person holding the title
    text = (
        f"{_HEAD}Bộ trưởng yêu cầu như sau:\n\n1. Giao Phó Chủ tịch UBND tỉnh Nguyễn Văn An chỉ "
        f"đạo việc tổng hợp số liệu báo cáo trong dịp Tết.{_SIGN}"
    )
    assert list(parse_notice(text).tasks[0].lead) == ["Phó Chủ tịch UBND tỉnh Nguyễn Văn An"]


def _point(point: str) -> list[list[str]]:
    text = f"{_HEAD}Thủ tướng Chính phủ yêu cầu:\n\n1. {point}{_SIGN}"
    return [list(task.lead) for task in parse_notice(text).tasks]


def test_a_power_names_which_body_up_to_its_must() -> None:
    # "có thẩm quyền giao đất" says which council; "phải" is the clause's verb
    leads = _point(
        "Ủy ban nhân dân cấp có thẩm quyền giao đất phải thực hiện đầy đủ các quy định về "
        "thông báo giao đất."
    )
    assert leads == [["Ủy ban nhân dân cấp có thẩm quyền giao đất"]]


def test_a_power_followed_by_an_object_link_keeps_its_verb() -> None:
    # counter-example: "thông báo cho …": the verb is the council's own, the "phải" another's
    leads = _point(
        "Ủy ban nhân dân cấp có thẩm quyền thu hồi đất thông báo cho người có đất thu hồi "
        "phải bàn giao đất."
    )
    assert leads == [["Ủy ban nhân dân cấp có thẩm quyền"]]


@pytest.mark.parametrize(
    "point",
    [
        "Chủ tịch Ủy ban nhân dân cấp huyện có thẩm quyền xử phạt vi phạm hành chính về đất "
        "đai; Chủ tịch Ủy ban nhân dân cấp tỉnh có thẩm quyền thu hồi đất của tổ chức.",
        "Theo quy định của pháp luật, chỉ hiệu trưởng trường đại học được phép đào tạo trình độ "
        "tiến sĩ có thẩm quyền ký bằng tiến sĩ; hiệu trưởng trường cao đẳng có thẩm quyền ký "
        "bằng tốt nghiệp cao đẳng.",
    ],
)
def test_who_holds_a_power_is_no_task(point: str) -> None:
    assert _point(point) == []


@pytest.mark.parametrize(
    ("point", "leads"),
    [
        # counter-examples: a power with a duty, a report date, or the power qualifying its noun
        (
            "Sở Tài nguyên và Môi trường có thẩm quyền và có trách nhiệm thu hồi giấy phép của "
            "doanh nghiệp vi phạm.",
            [["Sở Tài nguyên và Môi trường có thẩm quyền"]],
        ),
        (
            "Giám đốc Sở Y tế có thẩm quyền phê duyệt danh sách, báo cáo Ủy ban nhân dân tỉnh "
            "trước ngày 15/3/2014.",
            [["Giám đốc Sở Y tế"]],
        ),
        (
            "Ủy ban nhân dân cấp có thẩm quyền giao đất phải thực hiện đầy đủ các quy định.",
            [["Ủy ban nhân dân cấp có thẩm quyền giao đất"]],
        ),
        (
            "Sở Công Thương báo cáo định kỳ cho cơ quan quản lý nhà nước có thẩm quyền theo "
            "quy định.",
            [["Sở Công Thương"]],
        ),
        (
            "Sở Xây dựng gửi hồ sơ đến Ủy ban nhân dân tỉnh có thẩm quyền quyết định.",
            [["Sở Xây dựng"]],
        ),
    ],
)
def test_a_power_with_work_stays_a_task(point: str, leads: list[list[str]]) -> None:
    assert _point(point) == leads


def _bullet(point: str) -> list[list[str]]:
    text = (
        f"{_HEAD}Bộ trưởng yêu cầu thủ trưởng các cơ quan, đơn vị trực thuộc Bộ thực hiện tốt "
        f"các nội dung sau:\n\n1. Tổ chức tốt các hoạt động văn hoá trong dịp Tết:\n\n- Hướng "
        f"dẫn việc đặt hòm công đức theo đúng quy định.\n\n- {point}{_SIGN}"
    )
    return [list(task.lead) for task in parse_notice(text).tasks]


@pytest.mark.parametrize(
    ("point", "names"),
    [
        (
            "Các thư viện tổ chức Ngày hội sách báo, thi tìm hiểu, liên hoan kể chuyện sách.",
            ["Các thư viện"],
        ),
        (
            "Các nhà hát, câu lạc bộ tổ chức chương trình nghệ thuật phục vụ nhân dân.",
            ["Các nhà hát, câu lạc bộ"],
        ),
        (
            "Các khách sạn, cơ sở lưu trú, các doanh nghiệp kinh doanh du lịch đảm bảo an toàn "
            "vệ sinh thực phẩm.",
            ["Các khách sạn, cơ sở lưu trú", "các doanh nghiệp kinh doanh du lịch"],
        ),
    ],
)
def test_a_plural_kind_of_institution_leads_its_point(point: str, names: list[str]) -> None:
    assert _bullet(point)[1] == names


@pytest.mark.parametrize(
    "point",
    [
        # counter-examples: the institutions as the object or the partner of the work
        "Tăng cường kiểm tra các khách sạn, nhà hàng trên địa bàn.",
        "Phối hợp với các bảo tàng tổ chức trưng bày chuyên đề.",
    ],
)
def test_institutions_as_object_leave_the_addressee_leading(point: str) -> None:
    assert _bullet(point)[1] == ["thủ trưởng các cơ quan, đơn vị trực thuộc Bộ"]
