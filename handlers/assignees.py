"""Resolve assignee names from a notice to org units: aliases, group phrases, legacy successors."""

from __future__ import annotations

import re
from datetime import date

from handlers.directory import Directory
from handlers.domain import Unit, UnitId, UnitKind
from notices.text import fold_key

# Group phrases fan out to every member unit under the issuer ("UBND các xã, thị trấn").
_COMMUNES = re.compile(r"\bcac (xa|phuong|thi tran|dia phuong)\b")
_AGENCIES = re.compile(
    r"\bcac (phong|so|co quan|ban|nganh|don vi)\b|\bco quan chuyen mon\b|\bphong chuyen mon\b"
)
# "Phòng Nội vụ huyện", "Sở Nội vụ tỉnh": the level word adds nothing inside one org.
_LEVEL_SUFFIX = re.compile(r"\s+(huyen|tinh|thanh pho|thi xa|xa|phuong)$")


def _keys(unit: Unit) -> list[str]:
    keys = [fold_key(unit.name), *(fold_key(a) for a in unit.aliases)]
    return keys + [_LEVEL_SUFFIX.sub("", k) for k in keys]


def in_force(directory: Directory, unit_id: UnitId, on: date | None) -> UnitId:
    """Follow legacy units to their successor once they are no longer valid."""
    seen: set[UnitId] = set()
    unit = directory.units.get(unit_id)
    while (
        unit is not None
        and on is not None
        and unit.valid_to is not None
        and unit.valid_to < on
        and unit.successor_id is not None
        and unit.id not in seen
    ):
        seen.add(unit.id)
        unit = directory.units.get(unit.successor_id)
    return unit.id if unit else unit_id


def resolve_assignee(
    name: str, directory: Directory, issuer: UnitId | None, on: date | None = None
) -> list[UnitId]:
    """Units a notice name stands for; an empty list when it does not resolve."""
    key = _LEVEL_SUFFIX.sub("", fold_key(name))
    for unit in directory.units.values():
        if key in _keys(unit):
            return [in_force(directory, unit.id, on)]
    members = directory.subtree(issuer) - {issuer} if issuer is not None else set()
    if _COMMUNES.search(key):
        found = [u for u in members if directory.units[u].kind is UnitKind.COMMUNE]
        return sorted(found)
    if _AGENCIES.search(key):
        found = [
            u
            for u in members
            if directory.units[u].kind is not UnitKind.COMMUNE
            and directory.units[u].parent_id == issuer
        ]
        return sorted(found)
    match = directory.names.match_unit(name)
    if match is not None and match.id is not None:
        return [in_force(directory, UnitId(match.id), on)]
    return []
