"""The rows a directory is built from, read lean: every official whole (more than one read batch),
with each repeated name, title and role set held once; and the source a cache is shared by."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from handlers.domain import Official, OfficialId, Role
from handlers.ports import NewOfficial
from storage.repositories import officials as officials_module
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    import pytest
    from conftest import Org

UowFactory = Callable[[], SqlUnitOfWork]


async def _add_staff(uow_factory: UowFactory, count: int) -> None:
    async with uow_factory() as uow:
        for n in range(count):
            roles = frozenset({Role.STAFF, Role.CHAIR} if n % 3 == 0 else {Role.STAFF})
            await uow.officials.upsert(
                NewOfficial(f"cb{n}", "Nguyễn Văn Hùng", "XDB", roles, "Chuyên viên Văn phòng")
            )
        await uow.commit()


async def test_every_official_is_read_whole_across_batches(
    uow_factory: UowFactory, org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _add_staff(uow_factory, 7)
    monkeypatch.setattr(officials_module, "_BATCH", 3)
    async with uow_factory() as uow:
        read = await uow.officials.all()
        one_by_one = [await uow.officials.get(o.id) for o in read]
    assert read == one_by_one
    assert len(read) == 11
    assert [o.id for o in read] == sorted(o.id for o in read)
    leader = next(o for o in read if o.id == org.leader)
    assert leader == Official(
        OfficialId(org.leader),
        "nghi",
        "Nguyễn Văn Nghị",
        org.province,
        frozenset({Role.LEADER}),
        "Phó Chủ tịch",
    )


async def test_repeated_names_titles_and_role_sets_are_held_once(
    uow_factory: UowFactory, org: Org
) -> None:
    await _add_staff(uow_factory, 6)
    async with uow_factory() as uow:
        staff = [o for o in await uow.officials.all() if o.handle.startswith("cb")]
    first = staff[0]
    assert all(o.name is first.name and o.title is first.title for o in staff)
    assert all(o.unit_id is first.unit_id for o in staff)
    by_roles: dict[frozenset[Role], frozenset[Role]] = {}
    for o in staff:
        assert by_roles.setdefault(o.roles, o.roles) is o.roles
    assert len(by_roles) == 2


async def test_units_of_work_over_one_engine_name_one_source(
    uow_factory: UowFactory, org: Org
) -> None:
    async with uow_factory() as first, uow_factory() as second:
        assert first.units.source() == second.units.source()
        assert hash(first.units.source()) == hash(second.units.source())


async def test_the_officials_table_holds_what_all_reads_without_an_official_per_row(
    uow_factory: UowFactory, org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _add_staff(uow_factory, 7)
    monkeypatch.setattr(officials_module, "_BATCH", 3)
    made: list[object] = []

    def counted(*fields: object) -> Official:  # the repository's own constructor, counted
        made.append(fields)
        return Official(*fields)  # type: ignore[arg-type]

    async with uow_factory() as uow:
        ids = [o.id for o in await uow.officials.all()]
        want = [await uow.officials.get(i) for i in ids]  # each read on its own, as an ORM row
        made.clear()
        monkeypatch.setattr(officials_module, "Official", counted)
        table = await uow.officials.table()
    assert made == []  # read as columns: no Official made per row
    assert list(table.values()) == want and list(table) == [o.id for o in want]
    staff = [o for o in table.values() if o.handle.startswith("cb")]
    assert all(o.name is staff[0].name and o.title is staff[0].title for o in staff)
