"""A first start over an org (nothing saved yet): the officials are read as columns and handed
to the name index's builder and to the store as that table, never as a list of `Official`s
(a national org's 100,000 left their fragments in the heap of `nhacviec run`)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Hashable, Sequence
from types import TracebackType
from typing import cast

import pytest

from handlers import directory as directory_module
from handlers.directory import DirectoryCache
from handlers.domain import Official, OfficialId, Role, Unit, UnitId, UnitKind
from handlers.nlu import NameIndex
from handlers.official_table import OfficialTable
from handlers.org_shared import SavedOrg, SharedDirectories, SharedNames
from handlers.ports import UnitOfWork

UNITS = [Unit(UnitId(1), "xa", "UBND xã Lưu Sẵn", UnitKind.COMMUNE)]
OFFICIALS = [
    Official(OfficialId(1), "u1", "Đinh Văn Lưu", UnitId(1), frozenset({Role.CHAIR}), "Chủ tịch"),
    Official(OfficialId(2), "u2", "Hà Thị Mai", UnitId(1), frozenset({Role.STAFF}), "Công chức"),
]


class _Store:
    """Nothing saved yet; remembers what is saved."""

    def __init__(self) -> None:
        self.saved: list[SavedOrg] = []
        self.done = threading.Event()

    def load(self, digest: str | None) -> SavedOrg | None:
        return None

    def save(self, org: SavedOrg) -> None:
        self.saved.append(org)
        self.done.set()


class _Units:
    async def revision(self) -> int:
        return 1

    def source(self) -> Hashable:
        return "db"

    async def digest(self) -> str:
        return "d1"

    async def all(self) -> list[Unit]:
        return UNITS


class _Officials:
    """Remembers which read was asked for."""

    def __init__(self) -> None:
        self.reads: list[str] = []

    async def all(self) -> list[Official]:
        self.reads.append("all")
        return list(OFFICIALS)

    async def table(self) -> OfficialTable:
        self.reads.append("table")
        return OfficialTable(OFFICIALS)


class _Uow:
    def __init__(self) -> None:
        self.units, self.officials = _Units(), _Officials()

    async def __aenter__(self) -> _Uow:
        return self

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None


async def test_a_first_start_hands_the_officials_on_as_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    given: list[object] = []

    def build(units: Sequence[Unit], officials: Sequence[Official] | OfficialTable) -> NameIndex:
        given.append(officials)
        return NameIndex.build(units, officials)

    names = SharedNames(build, wanted=True)
    monkeypatch.setattr(directory_module, "SHARED_NAMES", names)
    monkeypatch.setattr(directory_module, "SHARED_DIRECTORIES", SharedDirectories())
    store = _Store()
    names.store = store
    uow = _Uow()

    directory = await DirectoryCache(names).get(cast(UnitOfWork, uow))
    assert await asyncio.to_thread(store.done.wait, 30)

    assert uow.officials.reads == ["table"]  # never a list of Officials
    assert given == [directory.officials] and isinstance(given[0], OfficialTable)
    assert store.saved[0].officials is directory.officials
    assert store.saved[0].digest == "d1"
    person = directory.names.match_person("chị Mai")
    assert person is not None and person.id == OfficialId(2)
