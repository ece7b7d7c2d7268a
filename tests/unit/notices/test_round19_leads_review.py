"""Round 19 (leads), review: a description after a body's name is no second lead; "có phương án"
that says which ones stays in the name; a generic group beside another name in a letter is the
addressees unless it is "(có) liên quan"."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.names import split_assignees

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NAM HẢI\nSố: 118/UBND-VX\nNam Hải, ngày 09 tháng 3 năm 2026\n"
    "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thị xã.\n"
)
SIGN = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hòa\n"


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


def _names(phrase: str) -> list[str]:
    return [a.name for a in split_assignees(phrase) or []]


# --- 1. "(có) chức năng" followed by what the function is: a description -----------------------


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        (
            "Sở Văn hóa, cơ quan có chức năng tham mưu UBND tỉnh về du lịch, xây dựng kế hoạch "
            "quảng bá trước ngày 15/4/2026.",
            "Sở Văn hóa",
        ),
        (
            "Trường Cao đẳng Nghề tỉnh, đơn vị có chức năng đào tạo nghề, mở lớp cho lao động "
            "nông thôn.",
            "Trường Cao đẳng Nghề tỉnh",
        ),
        (
            "Đề nghị Thanh tra tỉnh, cơ quan chức năng của tỉnh về phòng chống tham nhũng, kiểm "
            "tra việc thực hiện.",
            "Thanh tra tỉnh",
        ),
    ],
)
def test_a_function_described_after_a_body_is_no_second_lead(clause: str, lead: str) -> None:
    leads = _leads(clause)
    assert len(leads) == 1
    assert leads[0].startswith(lead)
    assert not any(name.lower().startswith(("cơ quan", "đơn vị")) for name in leads)


def test_a_function_group_ending_the_group_is_one_more_lead() -> None:
    assert _names("Công an tỉnh, đơn vị chức năng") == ["Công an tỉnh", "đơn vị chức năng"]


# --- 2. "có phương án/giải pháp …" with a later verb says which ones ---------------------------


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        (
            "Đề nghị các cơ sở sản xuất có phương án chuyển đổi nghề bị ảnh hưởng gửi hồ sơ về "
            "UBND xã trước ngày 20/5/2026.",
            "các cơ sở sản xuất có phương án chuyển đổi nghề bị ảnh hưởng",
        ),
        (
            "Các hợp tác xã có giải pháp tiết kiệm nước đăng ký tham gia Chương trình trước "
            "ngày 30/6/2026.",
            "Các hợp tác xã có giải pháp tiết kiệm nước",
        ),
        (
            "Các đơn vị có biện pháp phòng cháy hiệu quả nộp báo cáo về Công an tỉnh trước ngày "
            "15/5/2026.",
            "Các đơn vị có biện pháp phòng cháy hiệu quả",
        ),
    ],
)
def test_a_plan_that_says_which_ones_stays_in_the_name(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


def test_a_plan_with_no_later_verb_is_the_verb() -> None:
    assert _leads(
        "Chính quyền các xã, thị trấn có phương án di dời dân ra khỏi vùng ngập lụt."
    ) == ["Chính quyền các xã, thị trấn"]


# --- 3. a generic group beside another name in a letter ----------------------------------------


def test_a_generic_group_beside_a_council_in_a_letter_is_the_addressees() -> None:
    body = (
        "Thực hiện chỉ đạo của Bộ Y tế, UBND tỉnh đề nghị:\n"
        "1. Các cơ quan, đơn vị và UBND các huyện rà soát số liệu, báo cáo Sở Y tế trước ngày "
        "20/3/2026.\n"
        "2. Sở Y tế tổng hợp báo cáo UBND tỉnh trước ngày 31/3/2026.\n"
    )
    tasks = parse_notice(HEAD + body + SIGN).tasks
    first = list(tasks[0].lead)
    assert "Các sở, ban, ngành tỉnh" in first
    assert "Các cơ quan, đơn vị" not in first


def test_a_related_group_beside_a_body_stays_as_written() -> None:
    body = (
        "Để triển khai Kế hoạch, UBND tỉnh yêu cầu:\n"
        "1. Sở Công Thương và các cơ quan liên quan kiểm tra thị trường trong dịp Tết.\n"
        "2. Sở Y tế tổng hợp báo cáo UBND tỉnh trước ngày 31/3/2026.\n"
    )
    tasks = parse_notice(HEAD + body + SIGN).tasks
    assert list(tasks[0].lead) == ["Sở Công Thương", "các cơ quan liên quan"]


def test_an_asking_verb_after_a_comma_is_the_plans() -> None:
    # "… tham gia" after the comma is part of the plan; "có phương án" is the verb
    assert _leads(
        "Chính quyền các xã có phương án huy động lực lượng dân quân, các đoàn thể tham gia "
        "ứng cứu khi có sự cố."
    ) == ["Chính quyền các xã"]
