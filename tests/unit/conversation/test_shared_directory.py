"""A big org is read once per process: caches over the same source and revision share one
Directory; another source, another revision or a small org is read by each cache as before."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from typing import cast

import pytest

from handlers import directory as directory_module
from handlers.directory import Directory, DirectoryCache, SharedDirectories, SharedNames
from handlers.domain import Official, OfficialId, Role, Unit, UnitId, UnitKind
from handlers.official_table import OfficialTable
from handlers.ports import UnitOfWork

UNIT = Unit(UnitId(1), "xa-1", "UBND xã Đoàn Bái", UnitKind.COMMUNE)


class _Org:
    """Rows of one database, counting how often every official is read."""

    def __init__(self, officials: int) -> None:
        self.revision = 1
        self.reads = 0
        self.officials = [
            Official(OfficialId(n), f"u{n}", f"Cán bộ {n}", UNIT.id, frozenset({Role.STAFF}))
            for n in range(1, officials + 1)
        ]


class _Units:
    def __init__(self, org: _Org) -> None:
        self._org = org

    async def revision(self) -> int:
        return self._org.revision

    def source(self) -> Hashable:
        return self._org

    async def all(self) -> list[Unit]:
        return [UNIT]


class _People:
    def __init__(self, org: _Org) -> None:
        self._org = org

    async def all(self) -> list[Official]:
        self._org.reads += 1
        return list(self._org.officials)

    async def table(self) -> OfficialTable:
        return OfficialTable(await self.all())


class _Uow:
    def __init__(self, org: _Org) -> None:
        self.units = _Units(org)
        self.officials = _People(org)


def _uow(org: _Org) -> UnitOfWork:
    return cast(UnitOfWork, _Uow(org))


@pytest.fixture
def shared(monkeypatch: pytest.MonkeyPatch) -> SharedDirectories[Directory]:
    """A fresh registry, with "big" meaning 10 rows or more."""
    registry: SharedDirectories[Directory] = SharedDirectories()
    monkeypatch.setattr(directory_module, "SHARED_DIRECTORIES", registry)
    monkeypatch.setattr(directory_module, "SHARED_FROM", 10)
    return registry


def _cache() -> DirectoryCache:
    return DirectoryCache(SharedNames(wanted=False))


def test_caches_over_one_big_org_read_it_once(shared: SharedDirectories[Directory]) -> None:
    org = _Org(officials=20)

    async def go() -> None:
        first = await _cache().get(_uow(org))
        second = await _cache().get(_uow(org))
        assert second is first
        assert org.reads == 1
        org.revision += 1  # an org change: read again, then shared again
        third = await _cache().get(_uow(org))
        assert third is not first and org.reads == 2
        assert await _cache().get(_uow(org)) is third and org.reads == 2

    asyncio.run(go())


def test_another_database_or_a_small_org_is_read_by_each_cache(
    shared: SharedDirectories[Directory],
) -> None:
    big, other, small = _Org(officials=20), _Org(officials=20), _Org(officials=3)

    async def go() -> None:
        assert await _cache().get(_uow(big)) is not await _cache().get(_uow(other))
        assert (big.reads, other.reads) == (1, 1)
        await _cache().get(_uow(small))
        await _cache().get(_uow(small))
        assert small.reads == 2

    asyncio.run(go())


def test_only_the_latest_orgs_are_kept() -> None:
    registry: SharedDirectories[Directory] = SharedDirectories(keep=1)
    a, b = _Org(officials=1), _Org(officials=1)
    first = Directory.build(1, [UNIT], a.officials)
    registry.put(a, 1, first)
    assert registry.get(a, 1) is first
    registry.put(b, 1, Directory.build(1, [UNIT], b.officials))
    assert registry.get(a, 1) is None


def test_a_newer_revision_lets_the_older_one_go() -> None:
    """Revisions only go up: the superseded directory (and the name index it holds) is not
    kept beside the new one, however much room is left."""
    registry: SharedDirectories[Directory] = SharedDirectories(keep=4)
    a, b = _Org(officials=1), _Org(officials=1)
    other = Directory.build(3, [UNIT], b.officials)
    registry.put(b, 3, other)
    registry.put(a, 1, Directory.build(1, [UNIT], a.officials))
    newer = Directory.build(2, [UNIT], a.officials)
    registry.put(a, 2, newer)
    assert registry.get(a, 1) is None
    assert registry.get(a, 2) is newer
    assert registry.get(b, 3) is other  # another source's is no older than anything of a's


class _SlowPeople(_People):
    """Officials read only once `go` is set; the first read fails when `fail` is set."""

    def __init__(self, org: _Org, go: asyncio.Event, fail: bool) -> None:
        super().__init__(org)
        self._go, self._fail = go, fail

    async def all(self) -> list[Official]:
        await self._go.wait()
        if self._fail:
            raise ConnectionError("the database went away")
        return await super().all()


def _slow_uow(org: _Org, go: asyncio.Event, *, fail: bool = False) -> UnitOfWork:
    uow = _Uow(org)
    uow.officials = _SlowPeople(org, go, fail)
    return cast(UnitOfWork, uow)


def test_a_cache_asking_while_another_reads_waits_for_that_read(
    shared: SharedDirectories[Directory],
) -> None:
    org = _Org(officials=3)  # small: not kept, but a read under way is still joined

    async def go() -> None:
        gate = asyncio.Event()
        first = asyncio.create_task(_cache().get(_slow_uow(org, gate)))
        second = asyncio.create_task(_cache().get(_slow_uow(org, gate)))
        await asyncio.sleep(0)
        gate.set()
        assert await first is await second
        assert org.reads == 1
        assert not shared.reading

    asyncio.run(go())


def test_when_the_read_waited_for_fails_the_waiting_cache_reads_itself(
    shared: SharedDirectories[Directory],
) -> None:
    org = _Org(officials=3)

    async def go() -> None:
        gate = asyncio.Event()
        failing = asyncio.create_task(_cache().get(_slow_uow(org, gate, fail=True)))
        waiting = asyncio.create_task(_cache().get(_slow_uow(org, gate)))
        await asyncio.sleep(0)
        gate.set()
        with pytest.raises(ConnectionError):
            await failing
        assert len((await waiting).officials) == 3
        assert org.reads == 1

    asyncio.run(go())
