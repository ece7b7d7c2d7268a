"""Where a subject ends when its last words look like a compound or a body's verb: the whole
verb after a name ends it ("… quốc gia tăng cường", not a "gia tăng"), a board named by its verb
("Hội đồng thẩm định …") keeps its name, and "xuất cấp" (releasing reserves) is a verb."""

from __future__ import annotations

import pytest

from notices.assignees import analyze


def _leads(clause: str) -> list[str]:
    return [lead.name for lead in analyze(clause).leads]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        (
            "Cục Hàng hải quốc gia tăng cường kiểm tra an toàn tại các cảng biển.",
            ["Cục Hàng hải quốc gia"],
        ),
        (
            "Giao Trung tâm Điều phối quốc gia tăng cường theo dõi diễn biến mưa lũ.",
            ["Trung tâm Điều phối quốc gia"],
        ),
        (
            "Hội đồng thẩm định cấp tỉnh thẩm định hồ sơ dự án trước ngày 15/01/2026.",
            ["Hội đồng thẩm định cấp tỉnh"],
        ),
        (
            "Cục Dự trữ Nhà nước xuất cấp hóa chất khử trùng cho các tỉnh bị ảnh hưởng.",
            ["Cục Dự trữ Nhà nước"],
        ),
    ],
)
def test_subject_ends_at_the_whole_verb(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


def test_a_noun_compound_still_keeps_its_verb_syllable() -> None:
    # "chương trình": "trình" is the end of the noun, not the verb "trình"
    assert _leads("Ban quản lý chương trình mục tiêu trình Ủy ban nhân dân tỉnh phê duyệt.") == [
        "Ban quản lý chương trình mục tiêu"
    ]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        (
            "Các Bộ Ngoại giao, Công an: phối hợp bảo đảm an ninh cho các đoàn khách quốc tế.",
            ["Bộ Ngoại giao", "Bộ Công an"],
        ),
        (
            "Giao các Bộ Tư pháp và Công an rà soát quy trình cấp phiếu lý lịch tư pháp.",
            ["Bộ Tư pháp", "Bộ Công an"],
        ),
    ],
)
def test_a_bare_field_in_a_ministries_enumeration_is_one_more_ministry(
    clause: str, leads: list[str]
) -> None:
    assert _leads(clause) == leads


def test_a_named_police_body_after_a_ministry_stays_itself() -> None:
    assert _leads("Bộ Quốc phòng, Công an tỉnh tăng cường lực lượng ứng trực.") == [
        "Bộ Quốc phòng",
        "Công an tỉnh",
    ]
