"""Round 15, lead (assignee) names: where a body's name ends before its work and where it goes on.

A standing role written after a dash ("- thường trực kế hoạch") is no part of the name; "cấp"
with what is issued and the signing verbs ("ký tên", "đóng dấu") are work; "giáo dục thường
xuyên" names a kind of school and "cơ quan quản lý trực tiếp" a kind of agency. Examples are
phrased for this test, not copied from a corpus document.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

HEAD = "ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/UBND-TH\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n"


def _leads(body: str) -> list[tuple[str, ...]]:
    return [t.lead for t in parse_notice(HEAD + body + "\n").tasks]


@pytest.mark.parametrize(
    ("heading", "lead"),
    [
        ("1. Sở Nội vụ - thường trực kế hoạch:", "Sở Nội vụ"),
        ("1. Sở Văn hóa - Thể thao và Du lịch - Thường trực Ban Chỉ đạo:", None),
        ("1. Phòng Tài chính - Kế hoạch:", "Phòng Tài chính - Kế hoạch"),
    ],
)
def test_a_standing_role_after_a_dash_is_no_part_of_the_name(heading: str, lead: str) -> None:
    body = f"II. NHIỆM VỤ\n{heading}\n- Hướng dẫn các đơn vị rà soát hồ sơ trước ngày 10/5/2026."
    want = lead or "Sở Văn hóa - Thể thao và Du lịch"
    assert _leads(body) == [(want,)]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "Văn phòng Đăng ký đất đai cấp giấy chứng nhận cho các hộ trước ngày 10/5/2026.",
            "Văn phòng Đăng ký đất đai",
        ),
        (
            "Các hộ kinh doanh được hỗ trợ ký tên, đóng dấu vào biên bản trước ngày 10/5/2026.",
            None,
        ),
        (
            "Các đơn vị sự nghiệp ký tên và đóng dấu 2 bản gửi về Sở trước ngày 10/5/2026.",
            "Các đơn vị sự nghiệp",
        ),
    ],
)
def test_issuing_and_signing_verbs_end_the_name(sentence: str, lead: str | None) -> None:
    leads = _leads(sentence)
    if lead is None:  # not asserted: only that the verbs are not read into a name
        assert all("ký tên" not in name for names in leads for name in names)
    else:
        assert leads == [(lead,)]


def test_a_level_after_cap_is_still_part_of_the_name() -> None:
    # negative: "cấp xã" is a level, the verb "cấp giấy" comes after it
    assert _leads("Ủy ban nhân dân cấp xã cấp giấy xác nhận cho các hộ trước ngày 10/5/2026.") == [
        ("Ủy ban nhân dân cấp xã",)
    ]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "Trung tâm Giáo dục thường xuyên tỉnh tổ chức ôn tập trước ngày 10/5/2026.",
            "Trung tâm Giáo dục thường xuyên tỉnh",
        ),
        (
            "Giám đốc các trung tâm giáo dục thường xuyên rà soát hồ sơ trước ngày 10/5/2026.",
            "Giám đốc các trung tâm giáo dục thường xuyên",
        ),
        # negative: "thường xuyên" after any other name is the adverb and ends it
        ("Các trường thường xuyên kiểm tra hồ sơ trước ngày 10/5/2026.", "Các trường"),
    ],
)
def test_continuing_education_names_a_school(sentence: str, lead: str) -> None:
    assert _leads(sentence) == [(lead,)]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "Các cơ quan quản lý trực tiếp cơ sở giáo dục rà soát hồ sơ trước ngày 10/5/2026.",
            "Các cơ quan quản lý trực tiếp cơ sở giáo dục",
        ),
        # negative: "trực tiếp" after a body's own name is how it acts
        ("Phòng Nội vụ trực tiếp kiểm tra hồ sơ trước ngày 10/5/2026.", "Phòng Nội vụ"),
    ],
)
def test_a_directly_managing_agency_is_one_name(sentence: str, lead: str) -> None:
    assert _leads(sentence) == [(lead,)]


# Review R25 (fixer F25): the cuts above stay narrow.
BY = " trước ngày 10/5/2026."


@pytest.mark.parametrize(
    ("heading", "lead"),
    [
        (
            "1. Thường trực Thị ủy - Thường trực HĐND thị xã:",
            "Thường trực Thị ủy - Thường trực HĐND thị xã",
        ),
        (
            "1. Đảng ủy - UBND - Thường trực Ủy ban MTTQ phường:",
            "Đảng ủy - UBND - Thường trực Ủy ban MTTQ phường",
        ),
        (
            "1. Thành đoàn - Thường trực Hội đồng Đội thành phố:",
            "Thành đoàn - Thường trực Hội đồng Đội thành phố",
        ),
        # negative: a steering committee's standing role is still cut
        ("1. Sở Công Thương - Thường trực Ban Chỉ đạo:", "Sở Công Thương"),
    ],
)
def test_a_standing_party_or_council_body_after_a_dash_is_a_name(heading: str, lead: str) -> None:
    body = f"II. NHIỆM VỤ\n{heading}\n- Hướng dẫn các đơn vị rà soát hồ sơ" + BY
    assert _leads(body) == [(lead,)]


def test_a_standing_body_in_a_sentence_is_a_name() -> None:
    sentence = "Thường trực Huyện ủy - Thường trực HĐND - UBND huyện chỉ đạo rà soát" + BY
    assert _leads(sentence) == [("Thường trực Huyện ủy - Thường trực HĐND - UBND huyện",)]


@pytest.mark.parametrize(
    "text",
    [
        "Giao Sở Công Thương - thường trực Ban Chỉ đạo và Sở Tài chính tổng hợp báo cáo" + BY,
        "II. NHIỆM VỤ\n1. Sở Công Thương - thường trực kế hoạch và Sở Tài chính:\n"
        "- Hướng dẫn các đơn vị" + BY,
    ],
)
def test_a_body_joined_after_a_standing_role_is_kept(text: str) -> None:
    assert _leads(text) == [("Sở Công Thương", "Sở Tài chính")]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("II. NHIỆM VỤ\n1. Các cơ quan cấp phép:\n- Kiểm tra hồ sơ" + BY, "Các cơ quan cấp phép"),
        ("Các cơ quan cấp giấy phép kiểm tra hồ sơ" + BY, "Các cơ quan cấp giấy phép"),
        ("Bộ phận cấp giấy phép lái xe rà soát hồ sơ" + BY, "Bộ phận cấp giấy phép lái xe"),
        (
            "Người đứng đầu cơ quan cấp phép chịu trách nhiệm kiểm tra" + BY,
            "Người đứng đầu cơ quan cấp phép",
        ),
        ("Bộ phận đóng dấu của Văn phòng cập nhật sổ" + BY, "Bộ phận đóng dấu của Văn phòng"),
        # negative: after a named body the issuing verb is the work
        (
            "Văn phòng Đăng ký đất đai cấp đổi giấy chứng nhận cho các hộ" + BY,
            "Văn phòng Đăng ký đất đai",
        ),
    ],
)
def test_an_issuing_unit_is_one_name(text: str, lead: str) -> None:
    assert _leads(text) == [(lead,)]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("Các cơ quan quản lý trực tiếp nhận hồ sơ" + BY, "Các cơ quan quản lý"),
        ("Phòng Tư pháp xác nhận hồ sơ" + BY, "Phòng Tư pháp"),
    ],
)
def test_a_receiving_verb_is_not_cut_inside_truc_tiep(sentence: str, lead: str) -> None:
    assert _leads(sentence) == [(lead,)]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("Sở Giáo dục thường xuyên kiểm tra các trường" + BY, "Sở Giáo dục"),
        (
            "Cán bộ quản lý giáo dục thường xuyên cập nhật kiến thức" + BY,
            "Cán bộ quản lý giáo dục",
        ),
    ],
)
def test_thuong_xuyen_after_other_education_names_is_the_adverb(sentence: str, lead: str) -> None:
    assert _leads(sentence) == [(lead,)]
