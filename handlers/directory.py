"""The organisation held in memory: unit tree, officials, name index, and who may see what."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace

from handlers.domain import Official, OfficialId, Role, Unit, UnitId, UnitKind
from handlers.nlu import NameIndex
from handlers.nlu.lexicon import HEAD_NOUNS
from handlers.nlu.names import no_names
from handlers.official_table import OfficialTable
from handlers.org_shared import (
    NameStore,
    SavedOrg,
    SharedDirectories,
    SharedNames,
)
from handlers.ports import TaskScope, UnitOfWork
from notices.text import fold_key

log = logging.getLogger(__name__)

_GOVERNMENTS = frozenset({UnitKind.PROVINCE, UnitKind.COMMUNE})
# Head nouns that users drop: "phòng nội vụ" ~ "nội vụ", "UBND xã Long Đống" ~ "Long Đống".
_HEAD = re.compile(rf"^(?:{'|'.join(map(re.escape, HEAD_NOUNS))}|fong)\s+")


@dataclass(slots=True)
class Directory:
    """A snapshot of units and officials at one org revision; rebuilt when the revision moves."""

    revision: int
    units: dict[UnitId, Unit]
    officials: Mapping[OfficialId, Official]  # an OfficialTable when built: columns
    _children: dict[UnitId, list[UnitId]] = field(default_factory=dict, repr=False)
    _by_handle: dict[str, Official] | None = field(default=None, repr=False)
    _names: NameIndex | None = field(default=None, repr=False)
    all_unit_ids: frozenset[UnitId] = frozenset()
    _reviewers: dict[UnitId, list[OfficialId]] | None = field(default=None, repr=False)
    _members: dict[UnitId, list[OfficialId]] | None = field(default=None, repr=False)
    _names_key: int | None = field(default=None, repr=False)
    digest: str | None = None  # of the stored rows, when read with it (`UnitRepository.digest`)

    @classmethod
    def build(
        cls,
        revision: int,
        units: Sequence[Unit],
        officials: Sequence[Official] | OfficialTable,
        digest: str | None = None,
    ) -> Directory:
        table = officials if isinstance(officials, OfficialTable) else OfficialTable(officials)
        directory = cls(revision, {u.id: u for u in units}, table)
        directory.digest = digest
        for unit in units:
            if unit.parent_id is not None:
                directory._children.setdefault(unit.parent_id, []).append(unit.id)
        directory.all_unit_ids = frozenset(directory.units)
        return directory

    @property
    def names(self) -> NameIndex:
        """The name index; a DirectoryCache has it built in a worker thread before handing the
        directory out. A directory made by hand builds (or reuses) it here, on first use."""
        if self._names is None:
            self._names = SHARED_NAMES.now(self)
        return self._names

    @property
    def names_key(self) -> int:
        """What the name index is made of (revision, names, titles, tree): equal keys, equal
        indexes, so every cache of the process shares one."""
        if self._names_key is None and self.digest is not None:
            self._names_key = hash(("digest", self.digest))  # every column of every row
        if self._names_key is None:
            # Chained row by row: no tuple of 100,000 tuples to hash at once.
            key = hash(("names", self.revision, len(self.units), len(self.officials)))
            for u in self.units.values():
                key = hash((key, u.id, u.name, u.kind, u.aliases, u.parent_id))
            for o in self.officials.values():
                key = hash((key, o.id, o.name, o.active, o.title, o.handle, o.unit_id))
            self._names_key = key
        return self._names_key

    def without_names(self) -> Directory:
        """This directory with an empty name index, for a question that looks up no name
        (`handlers.nlu.name_free`) while the first index is still being built."""
        return replace(self, _names=no_names())

    @property
    def names_pending(self) -> bool:
        """Handed out by `without_names`: the org's name index is not ready yet."""
        return self._names is no_names()

    def unit_name(self, unit_id: UnitId | None) -> str:
        unit = self.units.get(unit_id) if unit_id is not None else None
        return unit.name if unit else "?"

    def official(self, official_id: OfficialId | None) -> Official | None:
        return self.officials.get(official_id) if official_id is not None else None

    def by_handle(self, handle: str) -> Official | None:
        if self._by_handle is None:  # indexed on first use: most processes never ask
            index: dict[str, Official] = {}
            for official in self.officials.values():
                key = official.handle.lower()
                index[official.handle if key == official.handle else key] = official
            self._by_handle = index
        return self._by_handle.get(handle.lower())

    def children(self, unit_id: UnitId) -> list[UnitId]:
        return self._children.get(unit_id, [])

    def subtree(self, root: UnitId) -> frozenset[UnitId]:
        seen: set[UnitId] = set()
        stack = [root]
        while stack:
            unit_id = stack.pop()
            if unit_id in seen:
                continue
            seen.add(unit_id)
            stack.extend(self.children(unit_id))
        return frozenset(seen)

    def government_of(self, unit_id: UnitId) -> UnitId:
        """The administration a unit belongs to: itself when it is a province, a commune or has
        units under it (a former district); otherwise the nearest such ancestor.
        A Văn phòng admin thus oversees the whole UBND it serves."""
        current = self.units.get(unit_id)
        while current is not None:
            if current.kind in _GOVERNMENTS or self.children(current.id):
                return current.id
            if current.parent_id is None:
                return current.id
            current = self.units.get(current.parent_id)
        return unit_id

    def scope_for(self, official: Official) -> TaskScope:
        """Staff see their unit's tasks; a chair their commune's; leaders and admins their
        administration's tree plus the tasks they direct."""
        visible: set[UnitId] = {official.unit_id}
        roots: set[UnitId] = set()
        directing: OfficialId | None = None
        if official.has(Role.CHAIR):
            roots.add(official.unit_id)
        if official.has(Role.LEADER, Role.ADMIN):
            roots.add(self.government_of(official.unit_id))
            directing = official.id
        for root in roots:
            visible |= self.subtree(root)
        unit_ids: frozenset[UnitId] | None = frozenset(visible)
        if unit_ids == self.all_unit_ids:
            unit_ids = None
        # Every root's subtree holds the official's own unit, so the roots say the whole set.
        return TaskScope(
            unit_ids=unit_ids,
            directing_official_id=directing,
            subtree_roots=frozenset(roots) if unit_ids is not None else frozenset(),
        )

    def ancestors(self, unit_id: UnitId) -> list[UnitId]:
        """The unit itself and every unit above it, nearest first."""
        chain: list[UnitId] = []
        current = self.units.get(unit_id)
        while current is not None and current.id not in chain:
            chain.append(current.id)
            current = self.units.get(current.parent_id) if current.parent_id else None
        return chain

    def active_officials(self, *roles: Role) -> list[Official]:
        """The active officials holding any of `roles` (all active ones when none are given),
        read from the table's columns: an `Official` is made only for a row that matches."""
        officials = self.officials
        if isinstance(officials, OfficialTable):
            return officials.active_with(*roles)
        return [o for o in officials.values() if o.active and (not roles or o.has(*roles))]

    def _active_rows(self, *roles: Role) -> list[tuple[OfficialId, UnitId, frozenset[Role]]]:
        officials = self.officials
        if isinstance(officials, OfficialTable):
            return [
                (officials.id_of(row), officials.unit_of(row), officials.roles_of(row))
                for row in officials.active_rows(*roles)
            ]
        return [(o.id, o.unit_id, o.roles) for o in self.active_officials(*roles)]

    def members_of(self, unit_id: UnitId) -> list[Official]:
        """The active officials of one unit (not of the units under it); indexed once."""
        if self._members is None:  # ids, not officials: those are made when asked for
            index: dict[UnitId, list[OfficialId]] = {}
            for official_id, unit, _roles in self._active_rows():
                index.setdefault(unit, []).append(official_id)
            self._members = index
        return [self.officials[i] for i in self._members.get(unit_id, [])]

    def reviewers_of(self, unit_id: UnitId) -> list[Official]:
        """Active officials who may confirm a report of this unit: chairs of a commune above
        it, leaders and admins of an administration above it."""
        if self._reviewers is None:
            index: dict[UnitId, list[OfficialId]] = {}
            for official_id, unit, roles in self._active_rows(Role.CHAIR, Role.LEADER, Role.ADMIN):
                if Role.CHAIR in roles:
                    index.setdefault(unit, []).append(official_id)
                if Role.LEADER in roles or Role.ADMIN in roles:
                    index.setdefault(self.government_of(unit), []).append(official_id)
            self._reviewers = index
        found: dict[OfficialId, None] = {}
        for ancestor in self.ancestors(unit_id):
            for official_id in self._reviewers.get(ancestor, []):
                found.setdefault(official_id)
        return [self.officials[i] for i in found]

    def find_unit(self, typed: str, within: frozenset[UnitId] | None) -> Unit | None:
        """The one unit among `within` (None: all) that `typed` names, by its name or an alias,
        with or without the head noun. Every commune has a "Văn phòng HĐND và UBND" and a
        "Phòng Kinh tế": asked by a commune chair, "văn phòng" means the chair's own."""
        typed_key = fold_key(typed)
        wanted = _HEAD.sub("", typed_key)
        if not wanted:
            return None

        def names(unit: Unit) -> bool:
            keys = [fold_key(k) for k in (unit.name, *unit.aliases)]
            return any(
                k == typed_key or k.startswith(typed_key + " ") or _HEAD.sub("", k) == wanted
                for k in keys
            )

        found = [u for u in self.units.values() if (within is None or u.id in within) and names(u)]
        return found[0] if len(found) == 1 else None

    def expand(self, unit_ids: Iterable[UnitId]) -> frozenset[UnitId]:
        result: set[UnitId] = set()
        for unit_id in unit_ids:
            result |= self.subtree(unit_id)
        return frozenset(result)


SHARED_NAMES = SharedNames(wanted=False)


class DirectoryCache:
    """Keeps one Directory per process and reloads it only when the org revision changes.

    The name index is built off the event loop. After an org change the new directory (units,
    officials, scopes) is used at once, and the previous name index keeps answering until the
    new one is ready; only the very first directory, with no index before it, waits for it,
    and only for a caller that reads names: `get(uow, names=False)` hands that one out at once,
    with an empty name index, while the index is being built."""

    def __init__(self, names: SharedNames | None = None) -> None:
        self._current: Directory | None = None
        self._names = names or SHARED_NAMES
        self._indexing: Future[NameIndex] | None = None

    @property
    def has_names(self) -> bool:
        """A name index is at hand (the org's, or the one before an org change)."""
        return self._current is not None and self._current._names is not None

    async def get(self, uow: UnitOfWork, *, names: bool = True) -> Directory:
        revision = await uow.units.revision()
        current = self._current
        if current is None or current.revision != revision:
            fresh = await _read(uow, revision)
            ready = self._names.ready(fresh) if self._names.wanted else None
            if ready is not None:
                fresh._names = ready
            elif self._names.wanted:
                self._indexing = self._names.start(fresh)
                if fresh._names is None and current is not None and current._names is not None:
                    fresh._names = current._names  # the old index, until the new one is built
            self._current = current = fresh
        if current._names is None and self._indexing is None and self._names.wanted:
            # a failed or abandoned build
            self._indexing = self._names.start(current)
        indexing = self._indexing
        if indexing is not None and (indexing.done() or current._names is None):
            if not names and not indexing.done():
                return current.without_names()
            self._indexing = None
            # Shielded: a caller that gives up must not cancel the build others wait for.
            current._names = await asyncio.shield(asyncio.wrap_future(indexing))
        return current


SHARED_FROM = 30_000
SHARED_DIRECTORIES: SharedDirectories[Directory] = SharedDirectories()


async def _read(uow: UnitOfWork, revision: int) -> Directory:
    """The org at `revision`: a big one as another cache of this process read it, one another
    cache is reading right now (the start-up warm-up and a first message), or read now."""
    source = uow.units.source()
    shared = SHARED_DIRECTORIES
    held = shared.get(source, revision)
    if held is not None:
        return held
    key = (source, revision)
    other = shared.reading.get(key)
    if other is not None and other.get_loop() is asyncio.get_running_loop():
        with contextlib.suppress(Exception):  # that read failed: this one reads for itself
            return await asyncio.shield(other)
    mine: asyncio.Future[Directory] = asyncio.get_running_loop().create_future()
    shared.reading[key] = mine
    try:
        fresh = await _read_rows(uow, revision, source)
    except BaseException as exc:
        mine.set_exception(exc if isinstance(exc, Exception) else RuntimeError("cancelled"))
        mine.exception()  # retrieved: a read nobody joined must not warn
        raise
    finally:
        if shared.reading.get(key) is mine:
            del shared.reading[key]
    mine.set_result(fresh)
    return fresh


async def _read_rows(uow: UnitOfWork, revision: int, source: Hashable) -> Directory:
    store = SHARED_NAMES.store
    if store is None:
        fresh = Directory.build(revision, await uow.units.all(), await uow.officials.table())
    else:
        fresh = await _read_with_store(uow, revision, store)
    if len(fresh.units) + len(fresh.officials) >= SHARED_FROM:
        SHARED_DIRECTORIES.after_big_read()  # e.g. what 100,000 rows left free in the C heap
        SHARED_DIRECTORIES.put(source, revision, fresh)
    return fresh


async def _read_with_store(uow: UnitOfWork, revision: int, store: NameStore) -> Directory:
    """The org as the store saved it, with its name index, when the stored rows' digest is
    the saved one; else read from the database, under a digest only if the rows did not change
    while they were read (the index built from them is then saved under it)."""
    # At start (nothing read yet) the saved file is almost always this org's: read while the
    # database sums the digest (0.2-0.5 s at national scale). After an org change at run time
    # only a file of the new digest is read whole (the old org's: ~1 s of CPU, ~70 MB).
    early = SHARED_NAMES.holds_none()
    loading = asyncio.ensure_future(asyncio.to_thread(_load_saved, store, None)) if early else None
    try:
        digest = await uow.units.digest()
    except BaseException:
        if loading is not None:
            loading.cancel()
        raise
    saved = await (loading or asyncio.to_thread(_load_saved, store, digest))
    if saved is not None and saved.digest == digest:
        fresh = Directory.build(revision, saved.units, saved.officials, digest)
        SHARED_NAMES.adopt(fresh, saved.names)
        log.info("name index of %d officials loaded, not built", len(fresh.officials))
        return fresh
    del saved
    units = await uow.units.all()
    officials = await uow.officials.table()  # columns: no Official per row
    unchanged = await uow.units.digest() == digest
    return Directory.build(revision, units, officials, digest if unchanged else None)


def _load_saved(store: NameStore, digest: str | None) -> SavedOrg | None:
    try:
        return store.load(digest)
    except Exception:  # a store that cannot be read is one that holds nothing
        log.warning("the saved name index could not be read", exc_info=True)
        return None
