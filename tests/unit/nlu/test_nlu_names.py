"""NameIndex: how units and officials are found in what people type, and when they are not."""

from __future__ import annotations

from datetime import date

import pytest
from nlu_org import (
    DOAN_BAI,
    HA_LE,
    HIEN,
    NAMES,
    NGHI,
    NOI_VU,
    OFFICIALS,
    TCKH,
    THEP,
    THI_TRAN_THANG,
    UNITS,
    VHTT,
    VP,
)

from handlers.domain import Official, OfficialId, Role, Unit, UnitId, UnitKind
from handlers.nlu import NameIndex, NameMatch, understand

TODAY = date(2023, 10, 25)


@pytest.mark.parametrize(
    ("text", "unit_id"),
    [
        ("Phòng Nội vụ", NOI_VU),
        ("phong noi vu", NOI_VU),
        ("fong noi vu", NOI_VU),
        ("nội vụ", NOI_VU),
        ("PNV", NOI_VU),
        ("p. nội vụ", NOI_VU),
        ("Phòng Tài chính – Kế hoạch", TCKH),  # en dash as in the notices
        ("TC-KH", TCKH),
        ("TC&KH", TCKH),
        ("tckh", TCKH),
        ("ptckh", TCKH),
        ("VH-TT", VHTT),
        ("VH&TT", VHTT),
        ("Phòng Văn hoá và Thông tin", VHTT),  # old-style tone placement
        ("VP", VP),
        ("Văn phòng HĐND & UBND", VP),
        ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", VP),
        ("xa doan bay", DOAN_BAI),
        ("xã Đoan Bái", DOAN_BAI),
        ("Ủy ban nhân dân xã Đoan Bái", DOAN_BAI),
        ("thị trấn Thắng", THI_TRAN_THANG),
        ("TT Thắng", THI_TRAN_THANG),
        ("xã Thắng", THI_TRAN_THANG),  # the lone name after another head noun
    ],
)
def test_match_unit(text: str, unit_id: int) -> None:
    found = NAMES.match_unit(text)
    assert found is not None
    assert found.id == unit_id
    assert found.name == next(u.name for u in UNITS if u.id == unit_id)


@pytest.mark.parametrize(
    ("text", "official_id"),
    [
        ("Phạm Văn Nghị", NGHI),
        ("pham van nghi", NGHI),
        ("anh Nghị", NGHI),
        ("đ/c Nghị", NGHI),
        ("đồng chí Nghị", NGHI),
        ("PCT Nghị", NGHI),
        ("Phó Chủ tịch Nghị", NGHI),
        ("chị Thép", THEP),
        ("chi thep", THEP),
        ("ông Hiến", HIEN),
        ("chị Thu Hà", HA_LE),
        ("Lê Thu Hà", HA_LE),
    ],
)
def test_match_person(text: str, official_id: int) -> None:
    found = NAMES.match_person(text)
    assert found is not None
    assert (found.name, found.id) == (
        next(o.name for o in OFFICIALS if o.id == official_id),
        official_id,
    )


@pytest.mark.parametrize(
    "text",
    [
        "thang",  # "tháng" (month) is not thị trấn Thắng without its head noun
        "chi dao",  # "chỉ đạo"
        "nghi quyet",  # "nghị quyết": a lone given name needs a cue before it
        "tai chinh",  # shorthand for a part of a name only after "phòng"
        "quá hạn",
        "",
    ],
)
def test_words_that_name_nothing(text: str) -> None:
    assert NAMES.match_unit(text) is None
    assert NAMES.match_person(text) is None


def test_a_given_name_shared_by_two_officials_is_kept_as_typed() -> None:
    assert NAMES.match_person("chị Hà") == NameMatch("Hà", None, "Hà")


def test_an_unknown_name_after_a_cue_is_kept_as_typed() -> None:
    assert NAMES.match_unit("phòng Kinh tế") == NameMatch("phòng Kinh tế", None, "phòng Kinh tế")
    assert NAMES.match_person("anh Tuấn") == NameMatch("Tuấn", None, "Tuấn")


def test_the_typed_phrase_is_the_users_own_spelling() -> None:
    found = NAMES.match_unit("viec cua fong noi vu")
    assert found == NameMatch("Phòng Nội vụ", NOI_VU, "fong noi vu")


def test_a_title_narrows_two_officials_with_the_same_given_name() -> None:
    unit = Unit(UnitId(1), "u1", "UBND huyện", UnitKind.LEGACY)
    leader = Official(OfficialId(1), "a", "Phạm Văn Nghị", unit.id, frozenset({Role.LEADER}),
                      "Phó Chủ tịch UBND huyện")  # fmt: skip
    staff = Official(OfficialId(2), "b", "Hoàng Văn Nghị", unit.id, frozenset({Role.STAFF}),
                     "Chuyên viên")  # fmt: skip
    names = NameIndex.build([unit], [leader, staff])
    assert names.match_person("PCT Nghị") == NameMatch("Phạm Văn Nghị", 1, "Nghị")
    assert names.match_person("anh Nghị") == NameMatch("Nghị", None, "Nghị")
    assert names.match_person("Hoàng Văn Nghị") == NameMatch("Hoàng Văn Nghị", 2, "Hoàng Văn Nghị")


def test_a_current_unit_wins_over_a_legacy_one_of_the_same_name() -> None:
    old = Unit(UnitId(1), "old", "Phòng Nội vụ", UnitKind.LEGACY)
    new = Unit(UnitId(2), "new", "Phòng Nội vụ", UnitKind.AGENCY)
    names = NameIndex.build([old, new], [])
    assert names.match_unit("phòng nội vụ") == NameMatch("Phòng Nội vụ", 2, "phòng nội vụ")


def test_two_current_units_of_the_same_name_are_ambiguous() -> None:
    units = [Unit(UnitId(i), f"u{i}", "Phòng Nội vụ", UnitKind.AGENCY) for i in (1, 2)]
    names = NameIndex.build(units, [])
    assert names.match_unit("nội vụ") == NameMatch("nội vụ", None, "nội vụ")


def test_without_an_org_names_are_kept_as_typed() -> None:
    meaning = understand("việc của phòng Nội vụ quá hạn", TODAY)
    assert meaning.unit == NameMatch("phòng Nội vụ", None, "phòng Nội vụ")
    meaning = understand("việc PCT Nghị chỉ đạo", TODAY)
    assert meaning.person == NameMatch("Nghị", None, "Nghị")
    assert understand("việc tháng này", TODAY).unit is None


def test_an_empty_org_matches_nothing_but_keeps_phrases() -> None:
    names = NameIndex.build([], [])
    assert names.match_unit("phòng nội vụ") == NameMatch("phòng nội vụ", None, "phòng nội vụ")
    assert names.match_person("xong 12") is None
