"""The organisation held in memory: unit tree, officials, name index, and who may see what."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from handlers.domain import Official, OfficialId, Role, Unit, UnitId, UnitKind
from handlers.nlu import NameIndex
from handlers.nlu.lexicon import HEAD_NOUNS
from handlers.ports import TaskScope, UnitOfWork
from notices.text import fold_key

_GOVERNMENTS = frozenset({UnitKind.PROVINCE, UnitKind.COMMUNE})
# Head nouns that users drop: "phòng nội vụ" ~ "nội vụ", "UBND xã Long Đống" ~ "Long Đống".
_HEAD = re.compile(rf"^(?:{'|'.join(map(re.escape, HEAD_NOUNS))}|fong)\s+")


@dataclass(slots=True)
class Directory:
    """A snapshot of units and officials at one org revision; rebuilt when the revision moves."""

    revision: int
    units: dict[UnitId, Unit]
    officials: dict[OfficialId, Official]
    _children: dict[UnitId, list[UnitId]] = field(default_factory=dict, repr=False)
    _by_handle: dict[str, Official] = field(default_factory=dict, repr=False)
    _names: NameIndex | None = field(default=None, repr=False)
    all_unit_ids: frozenset[UnitId] = frozenset()
    _reviewers: dict[UnitId, list[Official]] | None = field(default=None, repr=False)
    _members: dict[UnitId, list[Official]] | None = field(default=None, repr=False)

    @classmethod
    def build(
        cls, revision: int, units: Sequence[Unit], officials: Sequence[Official]
    ) -> Directory:
        directory = cls(revision, {u.id: u for u in units}, {o.id: o for o in officials})
        for unit in units:
            if unit.parent_id is not None:
                directory._children.setdefault(unit.parent_id, []).append(unit.id)
        directory._by_handle = {o.handle.lower(): o for o in officials}
        directory.all_unit_ids = frozenset(directory.units)
        return directory

    @property
    def names(self) -> NameIndex:
        if self._names is None:
            self._names = NameIndex.build(list(self.units.values()), list(self.officials.values()))
        return self._names

    def unit_name(self, unit_id: UnitId | None) -> str:
        unit = self.units.get(unit_id) if unit_id is not None else None
        return unit.name if unit else "?"

    def official(self, official_id: OfficialId | None) -> Official | None:
        return self.officials.get(official_id) if official_id is not None else None

    def by_handle(self, handle: str) -> Official | None:
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

    def members_of(self, unit_id: UnitId) -> list[Official]:
        """The active officials of one unit (not of the units under it); indexed once."""
        if self._members is None:
            index: dict[UnitId, list[Official]] = {}
            for official in self.officials.values():
                if official.active:
                    index.setdefault(official.unit_id, []).append(official)
            self._members = index
        return self._members.get(unit_id, [])

    def reviewers_of(self, unit_id: UnitId) -> list[Official]:
        """Active officials who may confirm a report of this unit: chairs of a commune above
        it, leaders and admins of an administration above it."""
        if self._reviewers is None:
            index: dict[UnitId, list[Official]] = {}
            for official in self.officials.values():
                if not official.active:
                    continue
                if official.has(Role.CHAIR):
                    index.setdefault(official.unit_id, []).append(official)
                if official.has(Role.LEADER, Role.ADMIN):
                    home = self.government_of(official.unit_id)
                    index.setdefault(home, []).append(official)
            self._reviewers = index
        found: dict[OfficialId, Official] = {}
        for ancestor in self.ancestors(unit_id):
            for official in self._reviewers.get(ancestor, []):
                found.setdefault(official.id, official)
        return list(found.values())

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


class DirectoryCache:
    """Keeps one Directory per process and reloads it only when the org revision changes."""

    def __init__(self) -> None:
        self._current: Directory | None = None

    async def get(self, uow: UnitOfWork) -> Directory:
        revision = await uow.units.revision()
        if self._current is None or self._current.revision != revision:
            units = await uow.units.all()
            officials = await uow.officials.all()
            self._current = Directory.build(revision, units, officials)
        return self._current
