"""Round 24 (letters), review: the counter-examples the review of the branch found.

A power ("<holder> có thẩm quyền <verb> …") is no task only when the sentence says nothing more:
a further work verb, "đồng thời …" or an adverb of order after the power's object is work, and a
plural addressee ("Chủ tịch UBND các huyện, …") is asked, not described by the law. A body's
power is read from the sentence as written ("UBND cấp huyện"), and after a name (not a kind such
as "cấp", "cơ quan") the power is the predicate: the lead ends before it. Titles over a colon
list name one head per member. Documents invented for these tests (the review's inputs).
"""

from __future__ import annotations

import pytest

from notices import parse_notice

_WRAP = (
    "BỘ VĂN HÓA\nSố: 05/CT-BVH\n\nCHỈ THỊ\nVề tổ chức đón Tết\n\nThủ tướng Chính phủ yêu cầu:"
    "\n\n1. {point}\n\nBỘ TRƯỞNG\nNguyễn Văn An\n"
)


def _leads(point: str) -> list[list[str]]:
    return [list(task.lead) for task in parse_notice(_WRAP.format(point=point)).tasks]


@pytest.mark.parametrize(
    ("point", "lead"),
    [
        (
            "Chủ tịch UBND cấp huyện có thẩm quyền xử phạt vi phạm hành chính trong lĩnh vực "
            "đất đai chủ động kiểm tra, xử lý dứt điểm các trường hợp lấn chiếm.",
            "Chủ tịch UBND cấp huyện",
        ),
        (
            "Giám đốc Sở Y tế có thẩm quyền thu hồi giấy phép hành nghề, tổ chức kiểm tra đột "
            "xuất các cơ sở hành nghề y tư nhân.",
            "Giám đốc Sở Y tế",
        ),
        (
            "Chủ tịch UBND cấp xã có thẩm quyền xử phạt vi phạm hành chính, đồng thời báo cáo "
            "kết quả về UBND cấp huyện.",
            "Chủ tịch UBND cấp xã",
        ),
        (
            "UBND cấp huyện có thẩm quyền thu hồi đất, tổ chức bồi thường, hỗ trợ, tái định cư "
            "cho người dân.",
            "UBND cấp huyện",
        ),
        (  # M1: a plural addressee holding a power is asked to use it
            "Chủ tịch UBND các huyện, thị xã, thành phố có thẩm quyền kiểm tra, xử lý nghiêm các "
            "vi phạm về đất đai trên địa bàn.",
            "Chủ tịch UBND các huyện, thị xã, thành phố",
        ),
    ],
)
def test_a_power_then_more_work_stays_a_task(point: str, lead: str) -> None:
    assert _leads(point) == [[lead]]


@pytest.mark.parametrize(
    "point",
    [
        "UBND cấp huyện có thẩm quyền thu hồi giấy phép hành nghề.",
        "Sở Y tế có thẩm quyền thu hồi giấy phép hành nghề.",
        "Ủy ban nhân dân cấp tỉnh có thẩm quyền thu hồi đất đối với tổ chức; Ủy ban nhân dân cấp "
        "huyện có thẩm quyền thu hồi đất đối với hộ gia đình, cá nhân.",
    ],
)
def test_a_bodys_power_alone_is_no_task(point: str) -> None:
    assert _leads(point) == []


@pytest.mark.parametrize(
    ("point", "lead"),
    [
        (
            "Sở Tài nguyên và Môi trường có thẩm quyền xác định các trường hợp phải cưỡng chế, "
            "báo cáo UBND tỉnh trước ngày 30/6/2024.",
            "Sở Tài nguyên và Môi trường",
        ),
        (
            "Giám đốc Sở Xây dựng có thẩm quyền cấp giấy phép xây dựng và chịu trách nhiệm trước "
            "Chủ tịch UBND tỉnh về quyết định của mình.",
            "Giám đốc Sở Xây dựng",
        ),
    ],
)
def test_after_a_name_the_power_is_the_predicate(point: str, lead: str) -> None:
    assert _leads(point) == [[lead]]


def test_two_bare_titles_over_a_list_name_one_head_per_member() -> None:
    leads = _leads(
        "Giám đốc, Thủ trưởng các sở, ngành: Y tế, Giáo dục và Đào tạo chỉ đạo các đơn vị trực "
        "thuộc thực hiện."
    )
    assert leads == [["Giám đốc Sở Y tế", "Giám đốc Sở Giáo dục và Đào tạo"]]


def test_a_trailing_bare_title_heads_the_list() -> None:
    leads = _leads(
        "Chủ tịch UBND các huyện, Giám đốc các Sở: Tài chính, Xây dựng kiểm tra việc thực hiện."
    )
    assert leads == [["Chủ tịch UBND các huyện", "Giám đốc Sở Tài chính", "Giám đốc Sở Xây dựng"]]


def test_a_member_outside_the_head_keeps_its_own_name() -> None:
    leads = _leads(
        "Giám đốc các Sở: Tài chính, Kế hoạch và Đầu tư, Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh "
        "bố trí kinh phí bảo đảm an ninh."
    )
    assert leads[0][:2] == ["Giám đốc Sở Tài chính", "Giám đốc Sở Kế hoạch và Đầu tư"]
    assert "Giám đốc Bộ Chỉ huy Quân sự tỉnh" not in leads[0]


_PLAN = (
    "UBND HUYỆN A\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nTổ chức Tết\n\n1. Sở Văn hóa và Thể thao chủ trì "
    "tổ chức các hoạt động văn hóa:\n- {bullet}\n\nCHỦ TỊCH\nNguyễn Văn An\n"
)


@pytest.mark.parametrize(
    "bullet",
    [
        "Các thư viện được bổ sung sách mới trước ngày 30/01/2024.",
        "Những khách sạn không bảo đảm điều kiện sẽ bị thu hồi giấy phép.",
        "Mỗi khách sạn từ 3 sao trở lên có 1 phòng cách ly theo quy định.",
    ],
)
def test_a_group_in_a_passive_sanction_or_norm_leads_no_task(bullet: str) -> None:
    leads = [list(t.lead) for t in parse_notice(_PLAN.format(bullet=bullet)).tasks]
    assert not any(lead and lead[0].split()[0] in ("Các", "Những", "Mỗi") for lead in leads)


@pytest.mark.parametrize(
    "bullet",
    [
        # counter-examples: a ban is a duty; the chosen ones' work follows the passive
        "Các cán bộ y tế không được lợi dụng dịp Tết để tổ chức liên hoan.",
        "Các địa phương được chọn kiểm tra, đánh giá chủ động bố trí kinh phí.",
    ],
)
def test_a_group_banned_or_chosen_for_work_still_leads(bullet: str) -> None:
    leads = [list(t.lead) for t in parse_notice(_PLAN.format(bullet=bullet)).tasks]
    assert any(lead and lead[0].split()[0] == "Các" for lead in leads)


def test_a_verb_ending_in_bi_is_no_passive() -> None:
    # "chuẩn bị", "trang bị": work, not "bị" (a group suffering something)
    leads = [
        list(t.lead)
        for t in parse_notice(_PLAN.format(bullet="Mỗi khoa chuẩn bị 1 sinh viên.")).tasks
    ]
    assert any(lead and lead[0].startswith("Mỗi khoa") for lead in leads)
