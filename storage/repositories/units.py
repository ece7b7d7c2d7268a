"""Units by code, with parent/successor codes resolved to ids, and the org revision counter."""

from __future__ import annotations

from collections.abc import Hashable

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import Unit, UnitId, UnitKind
from handlers.ports import NewUnit
from storage.models import OrgMetaRow, UnitRow


class SqlUnitRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def all(self) -> list[Unit]:
        # Core rows, not ORM objects kept in the session (17,149 units in a national org).
        conn = await self._session.connection()
        rows = await conn.execute(
            select(
                UnitRow.id,
                UnitRow.code,
                UnitRow.name,
                UnitRow.kind,
                UnitRow.parent_id,
                UnitRow.aliases,
                UnitRow.successor_id,
                UnitRow.valid_to,
            ).order_by(UnitRow.id)
        )
        return [
            Unit(
                UnitId(id_),
                code,
                name,
                UnitKind(kind),
                UnitId(parent_id) if parent_id is not None else None,
                tuple(aliases),
                UnitId(successor_id) if successor_id is not None else None,
                valid_to,
            )
            for id_, code, name, kind, parent_id, aliases, successor_id, valid_to in rows
        ]

    async def upsert(self, unit: NewUnit) -> Unit:
        parent_id = await self._id_of(unit.parent_code)
        successor_id = await self._id_of(unit.successor_code)
        row = await self._session.scalar(select(UnitRow).where(UnitRow.code == unit.code))
        if row is None:
            row = UnitRow(code=unit.code)
            self._session.add(row)
        row.name = unit.name
        row.kind = unit.kind.value
        row.parent_id = parent_id
        row.successor_id = successor_id
        row.valid_to = unit.valid_to
        row.aliases = list(unit.aliases)
        await self._session.flush()
        return to_unit(row)

    async def revision(self) -> int:
        value = await self._session.scalar(select(OrgMetaRow.revision).where(OrgMetaRow.id == 1))
        return value or 0

    def source(self) -> Hashable:
        return self._session.bind  # the engine every session of the app is made from

    async def bump_revision(self) -> None:
        # The migration seeds the single row; recreate it if something emptied the table.
        bumped = await self._session.scalar(
            update(OrgMetaRow)
            .where(OrgMetaRow.id == 1)
            .values(revision=OrgMetaRow.revision + 1)
            .returning(OrgMetaRow.id)
        )
        if bumped is None:
            self._session.add(OrgMetaRow(id=1, revision=1))
            await self._session.flush()

    async def _id_of(self, code: str | None) -> int | None:
        if code is None:
            return None
        unit_id = await self._session.scalar(select(UnitRow.id).where(UnitRow.code == code))
        if unit_id is None:
            raise LookupError(f"unknown unit code {code!r}")
        return unit_id


def to_unit(row: UnitRow) -> Unit:
    return Unit(
        id=UnitId(row.id),
        code=row.code,
        name=row.name,
        kind=UnitKind(row.kind),
        parent_id=UnitId(row.parent_id) if row.parent_id is not None else None,
        aliases=tuple(row.aliases),
        successor_id=UnitId(row.successor_id) if row.successor_id is not None else None,
        valid_to=row.valid_to,
    )
