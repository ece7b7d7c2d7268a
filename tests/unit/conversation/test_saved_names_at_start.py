"""At start the saved org (rows and name index) is read while the database sums the org's
digest, not after it; later reads, after an org change, read only a file of the new digest."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Hashable
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
    Official(OfficialId(1), "u1", "Đinh Văn Lưu", UnitId(1), frozenset({Role.CHAIR}), "Chủ tịch")
]


class _Store:
    def __init__(self, saved: SavedOrg) -> None:
        self.saved = saved
        self.asked: list[str | None] = []
        self.reading = threading.Event()

    def load(self, digest: str | None) -> SavedOrg | None:
        self.asked.append(digest)
        self.reading.set()
        return self.saved if digest in (None, self.saved.digest) else None

    def save(self, org: SavedOrg) -> None:
        pass


class _Units:
    def __init__(self, store: _Store, digest: str, revision: int) -> None:
        self._store, self._digest, self._revision = store, digest, revision
        self.read_meanwhile: list[bool] = []

    async def revision(self) -> int:
        return self._revision

    def source(self) -> Hashable:
        return "db"

    async def digest(self) -> str:
        # The database's seconds: did the file's read start before the sum came back?
        started = await asyncio.to_thread(self._store.reading.wait, 30)
        self.read_meanwhile.append(started)
        return self._digest

    async def all(self) -> list[Unit]:
        return UNITS


class _Officials:
    async def all(self) -> list[Official]:
        return OFFICIALS

    async def table(self) -> OfficialTable:
        return OfficialTable(await self.all())


class _Uow:
    def __init__(self, units: _Units) -> None:
        self.units, self.officials = units, _Officials()

    async def __aenter__(self) -> _Uow:
        return self

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None


async def test_the_saved_org_is_read_while_the_digest_is_summed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = SharedNames(wanted=True)
    monkeypatch.setattr(directory_module, "SHARED_NAMES", names)
    monkeypatch.setattr(directory_module, "SHARED_DIRECTORIES", SharedDirectories())
    saved = SavedOrg("d1", UNITS, OFFICIALS, NameIndex.build(UNITS, OFFICIALS))
    store = _Store(saved)
    names.store = store
    units = _Units(store, "d1", revision=1)

    directory = await DirectoryCache(names).get(cast(UnitOfWork, _Uow(units)))
    assert units.read_meanwhile == [True]  # the file was being read while the sum was asked
    assert directory.names is saved.names and store.asked == [None]

    # An org changed while the bot runs: the old org's file is not read whole on a guess.
    store.reading.clear()
    changed = _Units(store, "d2", revision=2)
    store.reading.set()  # (nothing to wait for now: the digest comes first)
    await DirectoryCache(names).get(cast(UnitOfWork, _Uow(changed)))
    assert store.asked == [None, "d2"]
