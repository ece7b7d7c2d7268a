"""The name index is built in a worker thread, shared by every cache, and an org change keeps
the old index answering until the new one is built."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Hashable, Sequence
from types import TracebackType
from typing import cast

from handlers.directory import SHARED_NAMES, DirectoryCache, SharedNames
from handlers.domain import Official, OfficialId, Role, Unit, UnitId, UnitKind
from handlers.name_warmup import warm_names
from handlers.nlu import NameIndex
from handlers.official_table import OfficialTable
from handlers.ports import UnitOfWork, UnitOfWorkFactory

UNIT = Unit(UnitId(1), "xa-1", "UBND xã Đoàn Bái", UnitKind.COMMUNE)


def _official(n: int, name: str) -> Official:
    return Official(OfficialId(n), f"u{n}", name, UNIT.id, frozenset({Role.STAFF}), "Chuyên viên")


class _Org:
    """The org rows a DirectoryCache reads, with the revision bumped on every change."""

    def __init__(self) -> None:
        self.revision = 1
        self.officials = [_official(1, "Nguyễn Văn Nghị")]

    def add(self, official: Official) -> None:
        self.officials.append(official)
        self.revision += 1


class _People:
    def __init__(self, org: _Org) -> None:
        self._org = org

    async def all(self) -> list[Official]:
        return list(self._org.officials)

    async def table(self) -> OfficialTable:
        return OfficialTable(await self.all())


class _Uow:
    def __init__(self, org: _Org) -> None:
        self.units = _Units(org)
        self.officials = _People(org)

    async def __aenter__(self) -> _Uow:
        return self

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None


class _Units:
    def __init__(self, org: _Org) -> None:
        self._org = org

    async def revision(self) -> int:
        return self._org.revision

    def source(self) -> Hashable:
        return self._org

    async def all(self) -> list[Unit]:
        return [UNIT]


class _Gated:
    """A name index build that waits for `open` (in whatever thread runs it) and counts."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.open.set()
        self.builds = 0

    def __call__(self, units: Sequence[Unit], officials: Sequence[Official]) -> NameIndex:
        self.builds += 1
        if not self.open.wait(timeout=10):  # never reached unless the build blocks the loop
            raise RuntimeError("the build was never let through")
        return NameIndex.build(units, officials)


def uow(org: _Org) -> UnitOfWork:
    return cast(UnitOfWork, _Uow(org))


async def test_the_loop_keeps_answering_while_the_first_index_is_built() -> None:
    gate = _Gated()
    gate.open.clear()
    cache = DirectoryCache(SharedNames(gate))
    getting = asyncio.create_task(cache.get(uow(_Org())))
    ticks = 0
    while gate.builds == 0 or ticks < 20:  # the build has started and is held at the gate
        await asyncio.sleep(0)
        ticks += 1
    assert not getting.done()  # the message waits for its index, the loop does not
    gate.open.set()
    directory = await getting
    assert directory.names.match_person("anh Nghị") is not None


async def test_an_org_change_keeps_the_old_index_until_the_new_one_is_built() -> None:
    gate, org = _Gated(), _Org()
    names = SharedNames(gate)
    cache = DirectoryCache(names)
    first = await cache.get(uow(org))
    old_index = first.names
    gate.open.clear()
    org.add(_official(2, "Trần Thị Mới"))

    during = await cache.get(uow(org))
    assert during.revision == 2 and OfficialId(2) in during.officials  # the new rows at once
    assert during.names is old_index  # answering with the old index meanwhile
    assert during.names.match_person("chị Mới") is None or (
        during.names.match_person("chị Mới").id != OfficialId(2)  # type: ignore[union-attr]
    )
    assert (await cache.get(uow(org))).names is old_index  # still building

    gate.open.set()
    await asyncio.wrap_future(names.start(during))  # the build in flight, joined
    after = await cache.get(uow(org))
    assert after.names is not old_index
    found = after.names.match_person("chị Mới")
    assert found is not None and found.id == OfficialId(2)
    assert gate.builds == 2


async def test_caches_of_one_process_share_one_index() -> None:
    gate, org = _Gated(), _Org()
    names = SharedNames(gate)
    one = await DirectoryCache(names).get(uow(org))
    two = await DirectoryCache(names).get(uow(org))
    assert one.names is two.names
    assert gate.builds == 1


async def test_a_failed_build_is_retried_by_the_next_message() -> None:
    calls: list[int] = []

    def flaky(units: Sequence[Unit], officials: Sequence[Official]) -> NameIndex:
        calls.append(1)
        if len(calls) == 1:
            raise MemoryError("first build fails")
        return NameIndex.build(units, officials)

    cache, org = DirectoryCache(SharedNames(flaky)), _Org()
    try:
        await cache.get(uow(org))
    except MemoryError:
        pass
    else:
        raise AssertionError("the failure reaches the message that waited for it")
    directory = await cache.get(uow(org))
    assert directory.names.match_person("anh Nghị") is not None
    assert len(calls) == 2


async def test_warming_at_start_leaves_the_index_ready_for_the_first_message() -> None:
    org = _Org()
    org.officials.append(_official(3, "Lê Văn Ấm"))  # content no other test uses

    def factory() -> _Uow:
        return _Uow(org)

    await warm_names(cast(UnitOfWorkFactory, factory))
    directory = await DirectoryCache().get(uow(org))
    assert SHARED_NAMES.ready(directory) is directory.names


def test_a_plain_handle_keys_as_the_full_folding_would() -> None:
    from handlers.nlu.aliases import handle_key
    from handlers.nlu.normalize import canonicalize

    handles = ["cb1", "cb50001", "lan_2", "xong12", "chitiet5", "tralai7", "so12abc", "12", "_9",
               "u1_", "tc7", "hnay3", "Lan2", "lan", "lan_nguyen", "@lan1", "a.b1"]  # fmt: skip
    handles.append("x" * 400 + "1")
    for handle in handles:
        assert handle_key(handle) == canonicalize(handle).text.replace(" ", ""), handle


async def test_a_process_that_reads_no_names_builds_no_index() -> None:
    gate = _Gated()
    directory = await DirectoryCache(SharedNames(gate, wanted=False)).get(uow(_Org()))
    assert gate.builds == 0  # `nhacviec reminders run-once` reads units and officials only
    assert directory.officials
