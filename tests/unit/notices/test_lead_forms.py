"""Leads as written in the Prime Minister's dispatches and the Government's resolutions: the
ministers' group phrase is one name, "thừa ủy quyền" and "thay mặt" end the subject, "Phân công
X …" opening a sentence assigns X, a role noun names its body in brackets, and a long list of
addressees is still read."""

from __future__ import annotations

import pytest

from notices.assignees import analyze


def _leads(clause: str) -> list[str]:
    return [lead.name for lead in analyze(clause).leads]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        (
            "Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, Thủ trưởng Cơ "
            "quan "
            "thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương "
            "thực hiện một số nhiệm vụ trọng tâm",
            [
                "Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, Thủ trưởng Cơ quan thuộc Chính phủ",
                "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
            ],
        ),
        (
            "Giao Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ khẩn "
            "trương rà soát các quy định",
            ["Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ"],
        ),
        # a heading line without a colon, glued to its first point's line
        (
            "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ Tập trung chỉ đạo quyết liệt hoàn "
            "thành "
            "sửa đổi, bổ sung 485 văn bản",
            ["Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ"],
        ),
    ],
)
def test_the_ministers_group_phrase_is_one_name(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        (
            "Giao Bộ trưởng Bộ Nội vụ thừa ủy quyền Thủ tướng Chính phủ thay mặt Chính phủ ký báo "
            "cáo tiếp thu, giải trình",
            "Bộ trưởng Bộ Nội vụ",
        ),
        (
            "Giao Bộ trưởng Bộ Công an thừa uỷ quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký "
            "Tờ "
            "trình của Chính phủ",
            "Bộ trưởng Bộ Công an",
        ),
        (
            "Giao Bộ trưởng Bộ Tư pháp thay mặt Chính phủ trình Quốc hội dự án Luật",
            "Bộ trưởng Bộ Tư pháp",
        ),
    ],
)
def test_acting_for_someone_ends_the_subject(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        ("Phân công Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát", "Sở Tài chính"),
        (
            "Phân công Ủy ban nhân dân tỉnh Hưng Yên chủ trì làm việc với các địa phương",
            "Ủy ban nhân dân tỉnh Hưng Yên",
        ),
    ],
)
def test_phan_cong_assigns_its_object(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


def test_phan_cong_of_the_work_names_no_lead() -> None:
    assert _leads("Các đơn vị phân công cán bộ trực ban 24/24") == ["Các đơn vị"]


@pytest.mark.parametrize(
    "clause",
    [
        "Sở Tài chính khẩn trương tham mưu UBND tỉnh chủ động phân công các đơn vị trực thuộc "
        "xây dựng Bảng giá",
        "Sở Nội vụ đề xuất Chủ tịch UBND tỉnh phân công Phó Chủ tịch phụ trách theo dõi",
    ],
)
def test_phan_cong_inside_a_sentence_is_someone_elses_assignment(clause: str) -> None:
    leads = _leads(clause)
    assert leads and not any("trực thuộc" in lead or "Phó Chủ tịch" in lead for lead in leads)


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        (
            "Yêu cầu Nhà đầu tư (Tập đoàn Đèo Cả) rà soát, điều chỉnh lại kế hoạch",
            ["Tập đoàn Đèo Cả"],
        ),
        (
            "Chủ đầu tư (Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh) khẩn "
            "trương hoàn thiện hồ sơ",
            ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"],
        ),
        ("Giao Nhà thầu (Công ty Cổ phần Đèo Cả) bổ sung nhân lực", ["Công ty Cổ phần Đèo Cả"]),
        ("Nhà đầu tư (nếu có) rà soát lại hồ sơ", ["Nhà đầu tư"]),  # no body in the brackets
    ],
)
def test_a_role_noun_names_its_body_in_brackets(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


def test_a_long_list_of_addressees_is_read() -> None:
    clause = (
        "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban "
        "nhân "
        "dân các tỉnh, thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám "
        "đốc "
        "các Tập đoàn, Tổng Công ty, đơn vị liên quan tiếp tục nâng cao tinh thần trách nhiệm"
    )
    leads = _leads(clause)
    assert leads[:2] == [
        "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    ]
    assert len(leads) >= 3


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        (
            "Các Bộ, cơ quan: Tài chính, Ngoại giao, Tập đoàn Điện lực Việt Nam theo chức năng, "
            "nhiệm vụ được giao khẩn trương rà soát",
            ["Bộ Tài chính", "Bộ Ngoại giao", "Tập đoàn Điện lực Việt Nam"],
        ),
        ("Các Bộ: Công an, Ngoại giao, Quốc phòng khẩn trương rà soát", None),
    ],
)
def test_ngoai_giao_is_a_ministry_not_the_verb_giao(clause: str, leads: list[str] | None) -> None:
    expected = leads or ["Bộ Công an", "Bộ Ngoại giao", "Bộ Quốc phòng"]
    assert _leads(clause) == expected
