"""Round 19 (leads): the lead set of a task whose bodies are listed in one phrase.

A lower-case group noun after a body's proper name ("Mặt trận Tổ quốc, đoàn thể nhân dân",
"Báo Nam Hải và cơ quan liên quan") is one more lead; a head title over a plural group after a
titled name ("…, lãnh đạo các doanh nghiệp") too. "Lao động thương binh và xã hội" written
without its dash is one field of an enumeration. "các cơ quan chuyên trách tham mưu, giúp việc
Tỉnh ủy" is one name; a verb phrase the lexicon did not know ("truy cập", "có phương án", "cho
ý kiến") ends the names."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.names import split_assignees

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NAM HẢI\nSố: 112/UBND-VP\nNam Hải, ngày 04 tháng 3 năm 2026\n"
    "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thị xã.\n"
)
SIGN = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Minh Quang\n"


def _names(phrase: str) -> list[str]:
    return [a.name for a in split_assignees(phrase) or []]


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


# --- a lower-case group after a body's proper name --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        (
            "Ủy ban Mặt trận Tổ quốc tỉnh, đoàn thể chính trị - xã hội các cấp",
            ["Ủy ban Mặt trận Tổ quốc tỉnh", "đoàn thể chính trị - xã hội các cấp"],
        ),
        ("Báo Nam Hải và cơ quan liên quan", ["Báo Nam Hải", "cơ quan liên quan"]),
        ("Công an tỉnh, đơn vị có liên quan", ["Công an tỉnh", "đơn vị có liên quan"]),
        (
            "các cấp ủy, chính quyền, Hội Nông dân tỉnh, đoàn thể nhân dân các cấp",
            ["các cấp ủy, chính quyền", "Hội Nông dân tỉnh", "đoàn thể nhân dân các cấp"],
        ),
    ],
)
def test_a_lower_case_group_after_a_proper_name_is_one_more_lead(
    phrase: str, names: list[str]
) -> None:
    assert _names(phrase) == names


@pytest.mark.parametrize(
    "phrase",
    [
        # a bare head noun is the plural group's first kind: one group
        "các Bộ, cơ quan liên quan",
        "các Cục, đơn vị trực thuộc",
        # a plural group's nouns, lower case: one group
        "các cấp ủy, tổ chức đảng, chính quyền",
        "các cơ quan, đơn vị liên quan",
    ],
)
def test_one_group_stays_whole(phrase: str) -> None:
    assert _names(phrase) == [phrase]


def test_an_apposition_after_a_body_is_no_second_lead() -> None:
    # "cơ quan thường trực …" says what the body is, it names no other body
    assert _names("Sở Tư pháp, cơ quan thường trực Hội đồng phổ biến pháp luật") == [
        "Sở Tư pháp, cơ quan thường trực Hội đồng phổ biến pháp luật"
    ]


def test_a_leaders_group_after_a_titled_name_is_one_more_lead() -> None:
    assert _names("Chủ tịch Ủy ban nhân dân các huyện, thị xã, lãnh đạo các doanh nghiệp") == [
        "Chủ tịch Ủy ban nhân dân các huyện, thị xã",
        "lãnh đạo các doanh nghiệp",
    ]


def test_the_directive_lead_in_group_splits_at_the_proper_name() -> None:
    text = (
        "TỈNH ỦY NAM HẢI\nSố 31-CT/TU\nNam Hải, ngày 05 tháng 01 năm 2026\nCHỈ THỊ\n"
        "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề việc tổ chức Tết năm 2026\n"
        "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc, "
        "đoàn thể nhân dân các cấp tập trung thực hiện tốt các nhiệm vụ sau:\n"
        "1. Chăm lo đời sống của các gia đình chính sách, hộ nghèo trong dịp Tết.\n"
        "2. Tăng cường quản lý thị trường, bình ổn giá các mặt hàng thiết yếu.\n"
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nTrần Minh Quang\n"
    )
    tasks = parse_notice(text).tasks
    assert len(tasks) == 2
    for task in tasks:
        assert list(task.lead) == [
            "các cấp ủy, tổ chức đảng, chính quyền",
            "Mặt trận Tổ quốc",
            "đoàn thể nhân dân các cấp",
        ]


# --- an enumeration's field written without its dash -----------------------------------------


def test_a_labour_field_without_its_dash_is_one_member() -> None:
    assert _names(
        "Các sở: Xây dựng, Giáo dục và Đào tạo, Lao động thương binh và xã hội, Du lịch, "
        "UBND các huyện, thị xã"
    ) == [
        "Sở Xây dựng",
        "Sở Giáo dục và Đào tạo",
        "Sở Lao động thương binh và xã hội",
        "Sở Du lịch",
        "UBND các huyện, thị xã",
    ]


def test_a_lower_case_member_after_a_field_keeps_the_rest_whole() -> None:
    # the rest of the list, once a member starts in lower case, is cut where that member starts
    assert _names("Các sở: Kế hoạch và Đầu tư, Y tế và lãnh đạo các huyện") == [
        "Sở Kế hoạch và Đầu tư",
        "Sở Y tế",
        "lãnh đạo các huyện",
    ]


# --- where the names end ----------------------------------------------------------------------


def test_an_advisory_agency_of_the_party_committee_is_one_name() -> None:
    leads = _leads(
        "Ban Cán sự Đảng Ủy ban nhân dân tỉnh, các cơ quan chuyên trách tham mưu, giúp việc "
        "Tỉnh ủy căn cứ chức năng, nhiệm vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Chỉ thị."
    )
    assert leads == [
        "Ban Cán sự Đảng Ủy ban nhân dân tỉnh",
        "các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy",
    ]


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        (
            "Đề nghị các cơ quan, đơn vị truy cập nội dung Thông tư số 12/2026/TT-BTC tại trang "
            "thông tin điện tử của Bộ Tài chính để thực hiện.",
            "các cơ quan, đơn vị",
        ),
        (
            "Cấp ủy, chính quyền các huyện, thị xã có phương án bảo đảm an ninh trong dịp Tết.",
            "Cấp ủy, chính quyền các huyện, thị xã",
        ),
        (
            "Đề nghị các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy cho ý kiến đối với dự thảo Báo "
            "cáo, gửi về Văn phòng Tỉnh ủy trước ngày 10/3/2026.",
            "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy",
        ),
    ],
)
def test_a_verb_phrase_ends_the_names(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


def test_a_qualifier_with_co_stays_in_the_name() -> None:
    # "có tỷ số …", "có cụm công nghiệp": which ones, not what they do
    assert _leads(
        "Đề nghị các xã có tỷ lệ sinh con thứ ba cao tăng cường tuyên truyền, vận động."
    ) == ["các xã có tỷ lệ sinh con thứ ba cao"]


def test_a_letter_item_reads_the_verb_phrase_lead() -> None:
    body = (
        "Để thực hiện Thông tư số 12/2026/TT-BTC, UBND tỉnh có ý kiến như sau:\n"
        "1. Đề nghị các cơ quan, đơn vị truy cập nội dung Thông tư tại trang thông tin điện tử "
        "của Sở Tài chính để triển khai tại đơn vị mình.\n"
        "2. Giao Sở Tài chính tổng hợp báo cáo giá thị trường gửi Bộ Tài chính.\n"
    )
    tasks = parse_notice(HEAD + body + SIGN).tasks
    assert [list(t.lead) for t in tasks][1] == ["Sở Tài chính"]
    first = [name.lower() for name in tasks[0].lead]
    assert all("truy cập" not in name for name in first)


def test_a_generic_group_beside_named_bodies_is_not_the_addressees() -> None:
    body = (
        "Để triển khai Kế hoạch phòng chống dịch bệnh, UBND tỉnh yêu cầu:\n"
        "1. Đề nghị Báo Nam Hải và cơ quan liên quan tăng cường thông tin, tuyên truyền về "
        "phòng chống dịch bệnh.\n"
        "2. Các cơ quan, đơn vị rà soát, báo cáo kết quả về Sở Y tế trước ngày 30/4/2026.\n"
    )
    tasks = parse_notice(HEAD + body + SIGN).tasks
    assert list(tasks[0].lead) == ["Báo Nam Hải", "cơ quan liên quan"]
    # alone, the generic group still means the addressees "Kính gửi" names
    assert "cơ quan, đơn vị" not in " ".join(tasks[1].lead).lower()
