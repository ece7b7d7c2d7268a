"""The shared level reader (`notices.levels`): one reading of xã ‹ huyện ‹ thành phố ‹ tỉnh for
header lines (toned match form) and unit names (folded), used by the upward-document rules and
the assignee resolver."""

from __future__ import annotations

import pytest

from notices.levels import Level, level_of_party, level_of_word, name_level, place_level
from notices.text import fold_key, match_form


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ủy ban nhân dân huyện mường tè", Level.DISTRICT),
        ("ubnd thị xã an nhơn", Level.DISTRICT),
        ("ubnd thị trấn phố lu", Level.COMMUNE),
        ("ubnd đặc khu côn đảo", Level.COMMUNE),
        ("ubnd quận ba đình", Level.DISTRICT),
        ("ubnd thành phố đông hà", Level.CITY),
        ("ủy ban nhân dân tỉnh gia lai", Level.PROVINCE),
        ("phòng văn hóa - xã hội", None),  # "xã hội" is no commune
        ("trung tâm dịch vụ nông nghiệp", None),
    ],
)
def test_toned_lines_read_their_first_place_word(text: str, level: Level | None) -> None:
    assert place_level(match_form(text)) is level


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Phòng Tư pháp huyện Yên Thế", Level.DISTRICT),
        ("UBND phường Đông Ngàn", Level.COMMUNE),
        ("Văn phòng Ủy ban nhân dân tỉnh", Level.PROVINCE),
        ("Sở Xây dựng", Level.PROVINCE),  # only a province has a Sở
        ("Phòng Lao động - Thương binh và Xã hội", None),
        ("Ban chỉ đạo phương án phòng chống bão", None),  # "phuong an" is no ward
        ("Tổ công tác nắm tình hình địa phương", None),
        ("các cơ quan liên quan", None),  # folded "quan" is no "quận"
    ],
)
def test_folded_names_read_the_same_levels(name: str, level: Level | None) -> None:
    assert name_level(fold_key(name)) is level


def test_the_first_place_word_decides() -> None:
    # a commune named inside a district: the unit is the commune's
    assert place_level("ubnd xã tân lập, huyện lục ngạn") is Level.COMMUNE
    assert name_level(fold_key("Phòng Nội vụ huyện, tỉnh Bắc Giang")) is Level.DISTRICT


def test_ranks_order_the_levels() -> None:
    ranks = [lv.rank for lv in (Level.COMMUNE, Level.DISTRICT, Level.CITY, Level.PROVINCE)]
    assert ranks == sorted(ranks)
    assert level_of_word("thị xã") is Level.DISTRICT
    assert level_of_party("đảng") is Level.COMMUNE
    assert level_of_party("thành") is Level.CITY
