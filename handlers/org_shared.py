"""What every DirectoryCache of a process shares: the name indexes (one per org content, built
off the event loop) and big orgs' directories (one per source and revision)."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from handlers.domain import Official, OfficialId, Unit, UnitId
from handlers.nlu import NameIndex
from handlers.official_table import OfficialTable

log = logging.getLogger(__name__)


class Org(Protocol):
    """What a name index is made of (a Directory)."""

    @property
    def names_key(self) -> int: ...

    @property
    def units(self) -> Mapping[UnitId, Unit]: ...

    @property
    def officials(self) -> Mapping[OfficialId, Official]: ...

    @property
    def digest(self) -> str | None:
        """The stored rows' digest (`UnitRepository.digest`) when they were read with one."""
        ...


D = TypeVar("D")

NameBuilder = Callable[[Sequence[Unit], Sequence[Official] | OfficialTable], NameIndex]


@dataclass(frozen=True, slots=True)
class SavedOrg:
    """An org's rows and the name index built from them, under the digest of those rows."""

    digest: str
    units: Sequence[Unit]
    officials: Sequence[Official] | OfficialTable  # a table when loaded: no objects made
    names: NameIndex


class NameStore(Protocol):
    """Where a built name index outlives the process, so a restart over the same org loads it
    instead of building it (`bot/name_cache.py`: a file). Blocking: called in worker threads."""

    def load(self, digest: str | None) -> SavedOrg | None:
        """The org saved under this digest, or None (nothing saved, or another org saved);
        with None, whatever org is saved (its digest is then compared by the caller)."""
        ...

    def save(self, org: SavedOrg) -> None: ...


class SharedNames:
    """The process's name indexes, one per org content, shared by every DirectoryCache (a
    national index is tens of MB: never one per cache). Built in a worker thread by `build`
    (in that thread by default; `nhacviec run` sets the builder of `bot/name_builds.py`, which
    hands a national org to a child process), so the event loop keeps answering while 100,000
    officials are indexed.

    `wanted`: caches build indexes ahead only in a process that reads names (`nhacviec run`
    warms them; a first `Directory.names` says so too); a one-shot command such as
    `nhacviec reminders run-once` never pays for an index it does not read."""

    def __init__(
        self, build: NameBuilder = NameIndex.build, keep: int = 2, *, wanted: bool = True
    ) -> None:
        self.wanted = wanted
        self.build = build
        # Set by `nhacviec run` (NameWarmup): indexes built from rows read with a digest are
        # saved there, and an org whose digest it holds is loaded instead of built.
        self.store: NameStore | None = None
        self._keep = keep
        self._lock = threading.Lock()
        self._ready: OrderedDict[int, NameIndex] = OrderedDict()
        self._building: dict[int, Future[NameIndex]] = {}

    def holds_none(self) -> bool:
        """No index is ready or being built: nothing of an org was read in this process yet."""
        with self._lock:
            return not self._ready and not self._building

    def ready(self, directory: Org) -> NameIndex | None:
        with self._lock:
            return self._ready.get(directory.names_key)

    def start(self, directory: Org) -> Future[NameIndex]:
        """The build of this directory's index: started now, joined, or already done."""
        key = directory.names_key
        with self._lock:
            if key in self._ready:
                done: Future[NameIndex] = Future()
                done.set_result(self._ready[key])
                return done
            if key in self._building:
                return self._building[key]
            future: Future[NameIndex] = Future()
            self._building[key] = future
        units, officials = list(directory.units.values()), _rows_of(directory.officials)
        threading.Thread(
            target=self._run,
            args=(key, units, officials, future, directory.digest),
            name="name-index",
            daemon=True,
        ).start()
        return future

    def adopt(self, directory: Org, index: NameIndex) -> None:
        """An index built earlier from this directory's rows (loaded from the store)."""
        self._store(directory.names_key, index)

    def now(self, directory: Org) -> NameIndex:
        """Built in the calling thread, unless it is ready already."""
        self.wanted = True
        found = self.ready(directory)
        if found is None:
            found = self.build(list(directory.units.values()), _rows_of(directory.officials))
            self._store(directory.names_key, found)
        return found

    def _run(
        self,
        key: int,
        units: list[Unit],
        officials: list[Official] | OfficialTable,
        future: Future[NameIndex],
        digest: str | None = None,
    ) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            index = self.build(units, officials)
        except BaseException as exc:  # handed to whoever awaits it; a later get retries
            with self._lock:
                self._building.pop(key, None)
            future.set_exception(exc)
            return
        self._store(key, index)
        future.set_result(index)
        store = self.store
        if store is not None and digest is not None:
            try:
                store.save(SavedOrg(digest, units, officials, index))
            except Exception:  # the index is in use all the same; the next start builds it
                log.warning("the name index could not be saved", exc_info=True)

    def _store(self, key: int, index: NameIndex) -> None:
        with self._lock:
            self._building.pop(key, None)
            self._ready[key] = index
            self._ready.move_to_end(key)
            while len(self._ready) > self._keep:
                self._ready.popitem(last=False)


class SharedDirectories(Generic[D]):
    """A big org read once per process: every DirectoryCache over the same source (engine) at
    the same revision gets the same Directory, so `nhacviec run`'s caches (conversation, health,
    digest charts, the start-up warm-up) hold one copy of 100,000 officials, read once.

    Only orgs of `SHARED_FROM` rows or more are kept: a province is quick to read, and each
    cache reading its own keeps small orgs (and tests) exactly as they were."""

    def __init__(self, keep: int = 2) -> None:
        self._keep = keep
        self._held: OrderedDict[tuple[Hashable, int], D] = OrderedDict()
        # Reads under way, of any size: a cache asking meanwhile waits for that one.
        self.reading: dict[tuple[Hashable, int], asyncio.Future[D]] = {}
        # Called after a big org was read (`nhacviec run` gives back the C heap's free pages).
        self.after_big_read: Callable[[], None] = _nothing

    def get(self, source: Hashable, revision: int) -> D | None:
        return self._held.get((source, revision))

    def put(self, source: Hashable, revision: int, directory: D) -> None:
        # Revisions only go up: an older directory of this source is never asked for again (and
        # would keep its name index alive with it).
        for key in [k for k in self._held if k[0] == source and k[1] < revision]:
            del self._held[key]
        self._held[(source, revision)] = directory
        self._held.move_to_end((source, revision))
        while len(self._held) > self._keep:
            self._held.popitem(last=False)


def _rows_of(officials: Mapping[OfficialId, Official]) -> list[Official] | OfficialTable:
    """A directory's officials as a builder takes them: its table as it is (no `Official`
    made per row here; a national org's 100,000 would leave their fragments in the heap)."""
    return officials if isinstance(officials, OfficialTable) else list(officials.values())


def _nothing() -> None:
    pass
