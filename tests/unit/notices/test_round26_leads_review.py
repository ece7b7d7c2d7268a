"""Round 26 (leads) review: the findings on the last shaping of lead names.

A bare acronym after a qualifier's acronym object is a field only when it names no body ("…
kinh doanh ATTP", "BHXH" are two leads). A slash splits two proper names whose last word is a
kind ("Văn phòng UBND tỉnh/Sở Nội vụ", "Thành đoàn/Hội Liên hiệp Phụ nữ tỉnh"); a side of kind
words alone ("các Khoa/Bộ môn") still pairs. A person marker before a name goes from every
reader's lead alike ("đồng chí Hà", "đ/c Tuấn", "đồng chí Phạm Văn Nghị").
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.lead_forms import given_name, shaped_leads, split_slashed
from tests.unit.notices.test_round26_leads import _LETTER

_HEAD, _, _REST = _LETTER.partition("1. Sở Công Thương")
_SIGNATURE = _REST[_REST.index("KT. CHỦ TỊCH") :]


def _letter_leads(body: str) -> list[list[str]]:
    """The leads of the review's letter with `body` as its points."""
    text = f"{_HEAD}{body}\n\n{_SIGNATURE}"
    return [list(task.lead) for task in parse_notice(text).tasks]


def test_body_acronym_after_a_qualifier_is_a_lead_of_its_own() -> None:
    leads = _letter_leads("1. Sở Y tế, các cơ sở kinh doanh ATTP, BHXH phối hợp kiểm tra định kỳ.")
    assert ["Sở Y tế", "các cơ sở kinh doanh ATTP", "BHXH"] in leads


@pytest.mark.parametrize(
    ("lead", "shaped"),
    [
        (
            ["Các doanh nghiệp hoạt động kinh doanh ATTP", "UBND"],
            ("Các doanh nghiệp hoạt động kinh doanh ATTP", "UBND"),
        ),
        (["các cơ sở sử dụng VLNCN", "BCH"], ("các cơ sở sử dụng VLNCN", "BCH")),
        # counter-example: a field acronym still joins its qualifier
        (["các cơ sở kinh doanh ATTP", "VSMT"], ("các cơ sở kinh doanh ATTP, VSMT",)),
    ],
)
def test_body_acronyms_are_no_fields(lead: list[str], shaped: tuple[str, ...]) -> None:
    assert shaped_leads(lead) == shaped


def test_slash_between_names_ending_in_a_kind_splits_in_a_letter() -> None:
    leads = _letter_leads(
        "1. Văn phòng UBND tỉnh/Sở Nội vụ chủ trì rà soát quy chế làm việc.\n\n"
        "2. Phòng Tổ chức cán bộ/Phòng Tài chính rà soát định mức.\n\n"
        "3. Thành đoàn/Hội Liên hiệp Phụ nữ tỉnh tổ chức tuyên truyền."
    )
    assert ["Văn phòng UBND tỉnh", "Sở Nội vụ"] in leads
    assert ["Phòng Tổ chức cán bộ", "Phòng Tài chính"] in leads
    assert ["Thành đoàn", "Hội Liên hiệp Phụ nữ tỉnh"] in leads


@pytest.mark.parametrize(
    "name",
    ["các Khoa/Bộ môn", "các Phòng/Ban", "Trưởng phòng/Phó trưởng phòng", "Công đoàn/Đoàn"],
)
def test_slash_after_kind_words_alone_stays(name: str) -> None:
    assert split_slashed(name) == [name]


def test_author_marker_goes_as_the_table_marker_does() -> None:
    leads = _letter_leads("1. Giao đồng chí Hà, Phó Chủ tịch UBND tỉnh chỉ đạo kiểm tra.")
    assert ["Hà", "Phó Chủ tịch UBND tỉnh"] in leads


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("đồng chí Phạm Văn Nghị", "Phạm Văn Nghị"),
        ("đ/c Tuấn", "Tuấn"),
        ("Đồng chí Lê Văn An", "Lê Văn An"),
        # counter-examples: a marker before a title stays
        ("đồng chí Giám đốc", "đồng chí Giám đốc"),
        ("đồng chí Bí thư cấp uỷ", "đồng chí Bí thư cấp uỷ"),
    ],
)
def test_given_name_takes_a_full_name(name: str, bare: str) -> None:
    assert given_name(name) == bare
