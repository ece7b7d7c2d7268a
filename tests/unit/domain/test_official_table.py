"""The org's officials as columns (handlers/official_table.py): each official read out equals the
one put in, in the order given, looked up by id as in a dict; the directory holds no object per
official."""

from __future__ import annotations

import gc

import pytest

from handlers.directory import Directory
from handlers.domain import Official, OfficialId, Role, Unit, UnitId, UnitKind
from handlers.official_table import Handles, OfficialTable

PROVINCE = Unit(UnitId(1), "tinh", "UBND tỉnh Hà Tĩnh", UnitKind.PROVINCE)
COMMUNE = Unit(UnitId(2), "xa", "UBND xã Đan Hải", UnitKind.COMMUNE, parent_id=UnitId(1))


def official(n: int, unit: int = 2, *roles: Role, active: bool = True) -> Official:
    return Official(
        OfficialId(n),
        f"cb{n}",
        f"Nguyễn Văn {n}",
        UnitId(unit),
        frozenset(roles or {Role.STAFF}),
        title="Chuyên viên" if n % 2 else "Chủ tịch UBND xã",
        active=active,
    )


def test_each_official_read_out_equals_the_one_put_in() -> None:
    given = [
        official(1, 1, Role.LEADER, Role.ADMIN),
        official(5, 2, Role.CHAIR),
        official(9, 2, active=False),
        Official(OfficialId(12), "", "", UnitId(2), frozenset()),
    ]
    table = OfficialTable(given)
    assert list(table.values()) == given
    assert list(table) == [1, 5, 9, 12]
    assert [table[o.id] for o in given] == given
    assert table.get(OfficialId(5)) == given[1] and OfficialId(5) in table
    assert table.get(OfficialId(6)) is None and OfficialId(6) not in table
    assert len(table) == 4 and dict(table) == {o.id: o for o in given}
    with pytest.raises(KeyError):
        table[OfficialId(13)]
    assert list(table.as_sequence()) == given and table.as_sequence()[-1] == given[-1]


def test_officials_not_in_id_order_keep_their_order_and_a_later_one_replaces() -> None:
    given = [official(7), official(3), official(11), official(3, 1, Role.LEADER)]
    table = OfficialTable(given)
    as_dict = {o.id: o for o in given}
    assert list(table.values()) == list(as_dict.values())
    assert table[OfficialId(3)] == given[3]


def test_columns_make_the_same_table_again() -> None:
    given = [official(n, 1 + n % 2, Role.STAFF) for n in range(1, 50)]
    table = OfficialTable(given)
    again = OfficialTable.from_columns(*table.columns())
    assert list(again.values()) == given
    assert len({id(o.title) for o in again.values()}) == 2  # each title held once


def test_a_directory_holds_no_object_per_official() -> None:
    given = [official(n) for n in range(1, 2_001)]
    directory = Directory.build(1, [PROVINCE, COMMUNE], given)
    del given
    gc.collect()
    assert sum(isinstance(o, Official) for o in gc.get_objects()) < 100
    assert directory.official(OfficialId(1_500)) == official(1_500)


def test_members_and_reviewers_are_the_officials_they_were() -> None:
    given = [
        official(1, 1, Role.LEADER),
        official(2, 2, Role.CHAIR),
        official(3, 2),
        official(4, 2, active=False),
        official(5, 1, Role.ADMIN),
    ]
    directory = Directory.build(1, [PROVINCE, COMMUNE], given)
    assert directory.members_of(UnitId(2)) == [given[1], given[2]]
    assert directory.reviewers_of(UnitId(2)) == [given[1], given[0], given[4]]


def test_handles_are_held_in_one_string() -> None:
    given = [official(1), Official(OfficialId(2), "", "", UnitId(2), frozenset()), official(3)]
    handles = OfficialTable(given).columns()[1]
    assert isinstance(handles, Handles) and handles.text == "cb1cb3"
    assert [handles[row] for row in range(len(handles))] == ["cb1", "", "cb3"]


def test_a_detached_name_index_attached_to_a_table_finds_what_it_found() -> None:
    from handlers.nlu import NameIndex

    units = [PROVINCE, COMMUNE]
    given = [official(n) for n in range(1, 30)]
    index = NameIndex.build(units, given)
    want = [index.match_person(f"anh {n}") for n in (3, 17)], index.titles.handles.get("cb7")
    index.detach()
    index.attach(units, OfficialTable(given))
    got = [index.match_person(f"anh {n}") for n in (3, 17)], index.titles.handles.get("cb7")
    assert got == want and want[1] is not None


def test_active_officials_by_role_are_read_from_the_columns() -> None:
    given = [
        official(1, 1, Role.LEADER, Role.ADMIN),
        official(2, 2, Role.CHAIR),
        official(3, 2, Role.STAFF),
        official(4, 2, Role.ADMIN, active=False),
        official(5, 2, Role.STAFF, Role.CHAIR),
        official(6, 1, Role.ADMIN),
    ]
    table = OfficialTable(given)
    for roles in [(Role.ADMIN,), (Role.CHAIR,), (Role.LEADER, Role.CHAIR), (Role.STAFF,), ()]:
        scanned = [o for o in given if o.active and (not roles or o.has(*roles))]
        assert table.active_with(*roles) == scanned, roles
    # a row that does not match is never made into an Official
    made: list[int] = []
    original = OfficialTable.at

    def counting(self: OfficialTable, row: int) -> Official:
        made.append(row)
        return original(self, row)

    OfficialTable.at = counting  # type: ignore[method-assign]
    try:
        assert [o.id for o in table.active_with(Role.ADMIN)] == [1, 6]
    finally:
        OfficialTable.at = original  # type: ignore[method-assign]
    assert made == [0, 5]


def test_members_and_reviewers_from_the_columns_match_a_scan() -> None:
    units = [PROVINCE, COMMUNE]
    given = [
        official(1, 1, Role.LEADER),
        official(2, 2, Role.CHAIR),
        official(3, 2, Role.STAFF),
        official(4, 2, Role.CHAIR, active=False),
        official(6, 1, Role.ADMIN),
    ]
    directory = Directory.build(1, units, given)
    assert [o.id for o in directory.members_of(UnitId(2))] == [2, 3]
    assert [o.id for o in directory.reviewers_of(UnitId(2))] == [2, 1, 6]
    assert [o.id for o in directory.active_officials(Role.ADMIN, Role.LEADER)] == [1, 6]
