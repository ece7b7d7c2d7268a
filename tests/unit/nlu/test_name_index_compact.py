"""The compact name index: every (alias, unit or official) pair packed into a code reads back as
the alias functions made it; handles, crowded word pairs, and an index built in another process
answer as one built here."""

from __future__ import annotations

import pickle

import pytest
from nlu_org import OFFICIALS, UNITS

from bot import name_builds
from handlers.domain import Official, OfficialId, Role, UnitKind
from handlers.nlu import NameIndex
from handlers.nlu.aliases import Alias, handle_key, office_aliases, person_aliases, unit_aliases
from handlers.nlu.name_tables import PAIR_CAP, Entities, NameSide

PHRASES = (
    "Phòng Nội vụ", "fong noi vu", "PNV", "tckh", "xa doan bay", "TT Thắng", "VP",
    "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "anh Nghị", "PCT Nghị",
    "chị Hà", "pham van ngi", "@o4", "@O4", "chủ tịch huyện", "chánh văn phòng", "Lê Thu Hà",
    "việc của phòng tư pháp", "chi cuc thong ke", "bộ phận một cửa",
)  # fmt: skip


def _expected(named: list[tuple[int, tuple[Alias, ...]]]) -> dict[str, list[tuple[Alias, int]]]:
    """What the side should hold, worked out the plain way: key → [(alias, entity id)]."""
    table: dict[str, list[tuple[Alias, int]]] = {}
    for entity_id, aliases in named:
        for alias in aliases:
            table.setdefault(alias.key, []).append((alias, entity_id))
    return table


def _held(side: NameSide) -> dict[str, list[tuple[Alias, int]]]:
    return {key: [(e.alias, e.entity.id) for e in side.entries(key)] for key in side.alias_keys()}


def _answers(names: NameIndex) -> list[object]:
    return [(names.match_unit(p), names.match_person(p)) for p in PHRASES]


def test_every_unit_alias_reads_back_with_its_flags_and_unit() -> None:
    names = NameIndex.build(UNITS, OFFICIALS)
    expected = _expected([(u.id, unit_aliases(u.name, u.aliases)) for u in UNITS])
    assert _held(names.units) == expected
    assert any(alias.weak for pairs in expected.values() for alias, _ in pairs)
    assert {alias.rank for pairs in expected.values() for alias, _ in pairs} == {0, 1, 2}


def test_every_person_title_and_handle_alias_reads_back() -> None:
    names = NameIndex.build(UNITS, OFFICIALS)
    assert _held(names.people) == _expected([(o.id, person_aliases(o.name)) for o in OFFICIALS])
    handles = [(o.id, (Alias("@ " + handle_key(o.handle), False, 0, True),)) for o in OFFICIALS]
    offices = [(o.id, office_aliases(o.title)) for o in OFFICIALS]
    assert _held(names.titles) == _expected(offices + handles)
    row = names.people.entities
    assert [row.entity(n).depth for n in range(len(row))] == [1, 1, 1, 2, 2, 2, 2, 2]


def test_two_handles_that_fold_alike_name_neither() -> None:
    def official(n: int, handle: str) -> Official:
        return Official(
            OfficialId(n), handle, f"Trần Văn Tư {n}", UNITS[1].id, frozenset({Role.STAFF})
        )

    names = NameIndex.build(
        UNITS, [official(1, "Lan.Anh"), official(2, "lananh"), official(3, "hoa")]
    )
    assert names.match_person("hỏi @lananh").id is None  # type: ignore[union-attr]
    assert names.match_person("hỏi @hoa").id == 3  # type: ignore[union-attr]


def test_a_word_pair_of_too_many_names_keeps_no_list() -> None:
    people = Entities()
    crowded = [
        (people.add(n, "", True), (Alias(f"pham van nghi{n}", False, 0, False),))
        for n in range(PAIR_CAP + 1)
    ]
    few = [(people.add(100, "", True), (Alias("pham thi nghi", False, 0, False),))]
    side = NameSide(people, crowded + few)
    assert len(side.pairs[("pham", "van")]) == 0
    assert len(side.pairs[("pham", "thi")]) == 1
    assert len(side.pairs[("nghi0", "pham")]) == 1


def test_a_detached_index_attached_again_answers_the_same_with_the_rows_strings() -> None:
    names = NameIndex.build(UNITS, OFFICIALS)
    copy = pickle.loads(pickle.dumps(names))
    copy.detach()
    shipped = pickle.loads(pickle.dumps(copy))
    shipped.attach(UNITS, OFFICIALS)
    assert _answers(shipped) == _answers(names)
    assert all(a is o.name for a, o in zip(shipped.people.entities.names, OFFICIALS, strict=True))
    assert shipped.units.entities.names[0] is UNITS[0].name


def test_a_province_is_indexed_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_child(*_: object) -> NameIndex:
        raise AssertionError("a small org needs no child process")

    monkeypatch.setattr(name_builds, "build_in_child", no_child)
    assert _answers(name_builds.build_names(UNITS, OFFICIALS)) == _answers(
        NameIndex.build(UNITS, OFFICIALS)
    )


@pytest.mark.slow
def test_an_index_built_in_a_child_process_answers_as_one_built_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(name_builds, "CHILD_FROM", 0)
    here = NameIndex.build(UNITS, OFFICIALS)
    there = name_builds.build_names(UNITS, OFFICIALS)
    assert _answers(there) == _answers(here)
    assert _held(there.titles) == _held(here.titles)
    assert there.people.entities.names[3] is OFFICIALS[3].name
    assert UNITS[0].kind is UnitKind.LEGACY and there.units.entities.preferred[0] == 0


@pytest.mark.slow
def test_a_failing_child_falls_back_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(name_builds, "CHILD_FROM", 0)
    monkeypatch.setattr(name_builds.sys, "executable", "/nonexistent/python")
    assert _answers(name_builds.build_names(UNITS, OFFICIALS)) == _answers(
        NameIndex.build(UNITS, OFFICIALS)
    )


def test_fuzzy_keys_held_by_number_read_back_in_their_own_order() -> None:
    index = NameIndex.build(UNITS, OFFICIALS)
    for side in (index.units, index.people):
        written_out = [key for key in dict.fromkeys(side.alias_keys()) if " " in key]
        keys = list(side.fuzzy_keys)
        assert keys and set(keys) <= set(written_out)
        # A pair's numbers point at the keys holding both words, as when they were strings.
        for (a, b), numbers in side.pairs.items():
            assert all({a, b} <= set(keys[n].split()) for n in numbers)
        assert side.fuzzy_keys[1:3] == keys[1:3]
    # the pickled index (the name cache, the child build) reads back the same keys
    again = pickle.loads(pickle.dumps(index))
    assert list(again.units.fuzzy_keys) == list(index.units.fuzzy_keys)
