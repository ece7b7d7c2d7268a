"""Resolve assignee names from a notice to org units: aliases, group phrases, legacy successors."""

from __future__ import annotations

import re
from datetime import date

from rapidfuzz import fuzz, process

from handlers.directory import Directory
from handlers.domain import Unit, UnitId, UnitKind
from notices.levels import Level
from notices.levels import name_level as read_level
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


# The administrative level a name speaks of (`notices.levels`), as the directory's unit kinds: a
# former district is LEGACY; a "thành phố" may be either a province or a former district, so it
# decides nothing.
_KINDS = {
    Level.PROVINCE: UnitKind.PROVINCE,
    Level.DISTRICT: UnitKind.LEGACY,
    Level.COMMUNE: UnitKind.COMMUNE,
}


def name_level(folded: str) -> UnitKind | None:
    """The level a folded name's first level word points at ("Văn phòng UBND tỉnh", "Sở Nội
    vụ", "Phòng Nội vụ huyện", "UBND xã Hưng Vũ"); None when it names none ("Phòng Nội vụ",
    "Trung tâm Văn hóa")."""
    level = read_level(folded)
    return None if level is None else _KINDS.get(level)


def _government(directory: Directory, unit_id: UnitId) -> Unit | None:
    """The nearest province, commune or former district (legacy) at or above a unit."""
    seen: set[UnitId] = set()
    unit = directory.units.get(unit_id)
    while unit is not None and unit.id not in seen:
        if unit.kind is not UnitKind.AGENCY:
            return unit
        seen.add(unit.id)
        unit = directory.units.get(unit.parent_id) if unit.parent_id is not None else None
    return None


def unit_level(directory: Directory, unit_id: UnitId) -> UnitKind | None:
    """The level of the government a unit belongs to; None in an org without levels."""
    government = _government(directory, unit_id)
    return None if government is None else government.kind


def _place(directory: Directory, unit_id: UnitId) -> str | None:
    """The proper name of a unit's government, folded: "lang son" for UBND tỉnh Lạng Sơn."""
    government = _government(directory, unit_id)
    if government is None:
        return None
    place = _GOVERNMENT_WORDS.sub("", fold_key(government.name)).strip()
    return place or None


def _names_its_place(folded: str, directory: Directory, unit_id: UnitId) -> bool:
    place = _place(directory, unit_id)
    return place is not None and re.search(rf"\b{re.escape(place)}\b", folded) is not None


# "UBND tỉnh", "Ủy ban nhân dân huyện": a government named by its level alone.
_GOVERNMENT_WORDS = re.compile(
    r"^(?:ubnd|uy ban nhan dan)\s*(?:(?:tinh|huyen|thi xa|thi tran|xa|phuong|thanh pho)\b)?"
)


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
    foreign: bool = False,
) -> list[UnitId]:
    """Units a notice name stands for; an empty list when it does not resolve or is ambiguous.

    Exact names and aliases first, preferring units under the issuer (every commune has its own
    "Phòng Kinh tế"); then group phrases; then fuzzy matching of the whole name. A name's level
    word ("tỉnh", "huyện", "xã", "Sở …") must agree with the unit's level. `foreign`: the notice
    comes from an issuer outside the directory (another province or district), so a relative
    name ("Phòng Nội vụ", "Văn phòng UBND tỉnh") is that issuer's unit, not ours: only a name
    that says its place ("Phòng Nội vụ huyện Bắc Sơn") resolves.
    """
    folded = fold_key(name)
    key = _LEVEL_SUFFIX.sub("", folded)
    if _VAGUE.search(key):
        return []
    level = name_level(folded)

    def fits(unit_id: UnitId) -> bool:
        """A name's level word must agree with the unit's level: "Văn phòng UBND tỉnh" is
        never a district's Văn phòng, nor "Sở …" a commune's Phòng."""
        if foreign and not _names_its_place(folded, directory, unit_id):
            return False
        return level is None or unit_level(directory, unit_id) in (None, level)

    if level is not None and _GOVERNMENT_WORDS.fullmatch(folded):
        # "UBND tỉnh": the issuer's own government of that level, or the only one there is.
        governments = [u.id for u in directory.units.values() if u.kind is level and fits(u.id)]
        if issuer is not None:
            governments = [u for u in governments if issuer in directory.subtree(u)] or [
                u for u in governments if u in directory.subtree(issuer)
            ]
        return [in_force(directory, governments[0], on)] if len(governments) == 1 else []

    exact = [u.id for u in directory.units.values() if key in _keys(u) and fits(u.id)]
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
    candidates = [(k, u.id) for u in directory.units.values() if fits(u.id) for k in _keys(u)]
    if not candidates:
        return []
    best = process.extractOne(
        key, [k for k, _ in candidates], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
    )
    if best is None:
        return []
    winners = {uid for k, uid in candidates if fuzz.ratio(key, k) >= best[1]}
    return [in_force(directory, winners.pop(), on)] if len(winners) == 1 else []
