"""Load or update the organisation (unit tree and officials) from a plain mapping, in one go."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from handlers.domain import Role, UnitKind
from handlers.errors import DomainError
from handlers.org_sheet import OrgSheet, plan_org_sheet
from handlers.ports import NewOfficial, NewUnit, UnitOfWork, UnitOfWorkFactory


@dataclass(frozen=True, slots=True)
class OrgLoaded:
    units: int
    officials: int


def _units(items: Any, parent: str | None) -> Iterator[NewUnit]:
    """Units nest through `children`; a flat list may name `parent` instead."""
    if not isinstance(items, list):
        raise DomainError("'units' must be a list")
    for raw in items:
        if not isinstance(raw, Mapping) or not raw.get("code") or not raw.get("name"):
            raise DomainError(f"every unit needs a code and a name: {raw!r}")
        try:
            kind = UnitKind(str(raw.get("kind", "agency")))
        except ValueError as exc:
            raise DomainError(f"unit {raw['code']}: unknown kind {raw.get('kind')!r}") from exc
        valid_to = raw.get("valid_to")
        yield NewUnit(
            code=str(raw["code"]),
            name=str(raw["name"]),
            kind=kind,
            parent_code=str(raw.get("parent") or parent or "") or None,
            aliases=tuple(str(a) for a in raw.get("aliases", ())),
            successor_code=str(raw["successor"]) if raw.get("successor") else None,
            valid_to=date.fromisoformat(str(valid_to)) if valid_to else None,
        )
        yield from _units(raw.get("children", []), str(raw["code"]))


def _officials(items: Any) -> Iterator[NewOfficial]:
    if not isinstance(items, list):
        raise DomainError("'officials' must be a list")
    for raw in items:
        if not isinstance(raw, Mapping) or not raw.get("handle") or not raw.get("unit"):
            raise DomainError(f"every official needs a handle, a name and a unit: {raw!r}")
        try:
            roles = frozenset(Role(str(r)) for r in raw.get("roles", ["staff"]))
        except ValueError as exc:
            raise DomainError(f"official {raw['handle']}: unknown role") from exc
        yield NewOfficial(
            handle=str(raw["handle"]).lower(),
            name=str(raw.get("name", raw["handle"])),
            unit_code=str(raw["unit"]),
            roles=roles,
            title=str(raw.get("title", "")),
            active=bool(raw.get("active", True)),
        )


async def load_org(data: Mapping[str, Any], *, uow_factory: UnitOfWorkFactory) -> OrgLoaded:
    units = list(_units(data.get("units", []), None))
    officials = list(_officials(data.get("officials", [])))
    codes = {u.code for u in units}
    for official in officials:
        if official.unit_code not in codes:
            raise DomainError(f"official {official.handle}: unknown unit {official.unit_code}")
    async with uow_factory() as uow:
        await _write(uow, units, officials, codes)
        await uow.commit()
    return OrgLoaded(units=len(units), officials=len(officials))


async def load_org_sheet(sheet: OrgSheet, *, uow_factory: UnitOfWorkFactory) -> OrgLoaded:
    """Load the officials (and units) sheet: every row is checked against the stored org in
    the same transaction that writes it; any bad row raises OrgSheetRejected, nothing written."""
    async with uow_factory() as uow:
        stored = await uow.units.all()
        plan = plan_org_sheet(sheet, units=stored, officials=await uow.officials.all())
        codes = {u.code for u in stored} | {u.code for u in plan.units}
        await _write(uow, plan.units, plan.officials, codes)
        await uow.commit()
    return OrgLoaded(units=len(plan.units), officials=len(plan.officials))


async def _write(
    uow: UnitOfWork,
    units: Sequence[NewUnit],
    officials: Sequence[NewOfficial],
    codes: set[str],
) -> None:
    # Parents first (the caller's order guarantees it); successors may point forward,
    # so they are written in a second pass.
    for unit in units:
        await uow.units.upsert(
            NewUnit(
                unit.code,
                unit.name,
                unit.kind,
                unit.parent_code,
                unit.aliases,
                None,
                unit.valid_to,
            )
        )
    for unit in units:
        if unit.successor_code:
            if unit.successor_code not in codes:
                raise DomainError(f"unit {unit.code}: unknown successor {unit.successor_code}")
            await uow.units.upsert(unit)
    for official in officials:
        await uow.officials.upsert(official)
    await uow.units.bump_revision()
