"""Resolve assignee names from a notice to org units: aliases, group phrases, legacy successors."""

from __future__ import annotations

import re
from datetime import date

from rapidfuzz import fuzz, process

from handlers.directory import Directory
from handlers.domain import Unit, UnitId, UnitKind
from notices.text import fold_key

FUZZY_CUTOFF = 90

# Group phrases fan out to every member unit under the issuer ("UBND các xã, thị trấn",
# "Chủ tịch UBND các xã, thị trấn").
_COMMUNES = re.compile(r"\bcac (xa|phuong|thi tran|dia phuong)\b")
# "các Phòng chuyên môn thuộc UBND huyện", "Thủ trưởng các cơ quan, đơn vị", "các Sở, ngành".
_AGENCIES = re.compile(
    r"\bcac (phong|so|co quan|ban|nganh|don vi)\b|\bco quan chuyen mon\b|\bphong chuyen mon\b"
)
# "Các đồng chí Lãnh đạo UBND huyện", "Các đồng chí Phó Chủ tịch UBND huyện": the issuer's own
# leadership, whose tasks sit on the issuing unit itself.
_LEADERSHIP = re.compile(
    r"\b(lanh dao|pho chu tich|chu tich) (ubnd|uy ban nhan dan) (huyen|tinh)$"
)
# "cơ quan, đơn vị có liên quan", "các cấp, các ngành": too vague to name anyone.
_VAGUE = re.compile(r"\bco lien quan\b|\bcac cap\b|\bcac nganh$|^cac cap")
# "Phòng Nội vụ huyện", "Sở Nội vụ tỉnh": the level word adds nothing inside one org.
_LEVEL_SUFFIX = re.compile(r"\s+(huyen|tinh|thanh pho|thi xa|xa|phuong)$")


def _keys(unit: Unit) -> set[str]:
    keys = {fold_key(unit.name), *(fold_key(a) for a in unit.aliases)}
    return keys | {_LEVEL_SUFFIX.sub("", k) for k in keys}


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
    name: str,
    directory: Directory,
    issuer: UnitId | None,
    on: date | None = None,
    *,
    fuzzy: bool = True,
) -> list[UnitId]:
    """Units a notice name stands for; an empty list when it does not resolve or is ambiguous.

    Exact names and aliases first, preferring units under the issuer (every commune has its own
    "Phòng Kinh tế"); then group phrases; then fuzzy matching of the whole name.
    """
    key = _LEVEL_SUFFIX.sub("", fold_key(name))
    if _VAGUE.search(key):
        return []
    exact = [u.id for u in directory.units.values() if key in _keys(u)]
    if exact:
        near = [u for u in exact if issuer is not None and u in directory.subtree(issuer)]
        chosen = near or exact
        return [in_force(directory, chosen[0], on)] if len(chosen) == 1 else []
    members = directory.subtree(issuer) - {issuer} if issuer is not None else frozenset()
    if issuer is not None and _LEADERSHIP.search(key):
        return [issuer]
    if _COMMUNES.search(key):
        return sorted(u for u in members if directory.units[u].kind is UnitKind.COMMUNE)
    if _AGENCIES.search(key):
        return sorted(
            u
            for u in members
            if directory.units[u].kind is not UnitKind.COMMUNE
            and directory.units[u].parent_id == issuer
        )
    if not fuzzy:
        return []
    # A typo or a dropped word ("Phòng Tài chính Kế hoạch", "Phong Noi vu"), never a different
    # proper name: "UBND huyện Hiệp Hòa" must not land on "UBND huyện Bắc Sơn" (91 % alike by
    # partial matching), so the whole strings are compared.
    candidates = [(k, u.id) for u in directory.units.values() for k in _keys(u)]
    best = process.extractOne(
        key, [k for k, _ in candidates], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
    )
    if best is None:
        return []
    winners = {uid for k, uid in candidates if fuzz.ratio(key, k) >= best[1]}
    return [in_force(directory, winners.pop(), on)] if len(winners) == 1 else []
