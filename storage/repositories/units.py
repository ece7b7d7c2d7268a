"""Units by code, with parent/successor codes resolved to ids, and the org revision counter."""

from __future__ import annotations

import hashlib
from collections.abc import Hashable

from sqlalchemy import select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

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

    async def digest(self) -> str:
        """A digest of every unit, official and role row as stored, every column included: it
        changes with any change to them (whatever made it: `nhacviec org load`, SQL by hand, a
        restored backup), and two databases give the same digest only for the same org."""
        conn = await self._session.connection()
        if conn.dialect.name == "postgresql":
            return await _digest_in_postgresql(conn)
        return await _digest_streamed(conn)

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


_ORG_TABLES = {"units": "id", "officials": "id", "official_roles": "official_id, role"}


async def _digest_in_postgresql(conn: AsyncConnection) -> str:
    # Summed there, 64 bits a row, so 100,000 officials never cross the wire (0.1-0.5 s of the
    # server's time at national scale, on its own core).
    sums = ", ".join(
        f"(SELECT count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) FROM {name} t)"
        for name in _ORG_TABLES
    )
    found = (await conn.execute(text(f"SELECT {sums}"))).one()
    return hashlib.sha256(repr(tuple(found)).encode()).hexdigest()


async def _digest_streamed(conn: AsyncConnection) -> str:
    # SQLite has no hash function of its own: every row goes through one here, in key order.
    digest = hashlib.sha256()
    for name, key in _ORG_TABLES.items():
        digest.update(f"{name}\n".encode())
        rows = await conn.stream(text(f"SELECT * FROM {name} ORDER BY {key}"))
        async for batch in rows.partitions(5_000):
            digest.update(repr([tuple(row) for row in batch]).encode())
    return digest.hexdigest()


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
