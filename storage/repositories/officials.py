"""Officials by id or handle, with their roles."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import Official, OfficialId, Role, UnitId
from handlers.ports import NewOfficial
from storage.models import OfficialRoleRow, OfficialRow, UnitRow


class SqlOfficialRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def all(self) -> list[Official]:
        # Core rows on the session's connection, not ORM objects: this loads every official
        # (10,000 in a province) when the org cache is rebuilt, and the ORM costs 5-10x more.
        conn = await self._session.connection()
        roles: dict[int, set[Role]] = {}
        for official_id, role in await conn.execute(
            select(OfficialRoleRow.official_id, OfficialRoleRow.role)
        ):
            roles.setdefault(official_id, set()).add(Role(role))
        rows = await conn.execute(
            select(
                OfficialRow.id,
                OfficialRow.handle,
                OfficialRow.name,
                OfficialRow.unit_id,
                OfficialRow.title,
                OfficialRow.active,
            ).order_by(OfficialRow.id)
        )
        return [
            Official(
                OfficialId(id_),
                handle,
                name,
                UnitId(unit_id),
                frozenset(roles.get(id_, ())),
                title,
                active,
            )
            for id_, handle, name, unit_id, title, active in rows
        ]

    async def get(self, official_id: OfficialId) -> Official | None:
        row = await self._session.get(OfficialRow, official_id)
        return to_official(row) if row is not None else None

    async def by_handle(self, handle: str) -> Official | None:
        row = await self._session.scalar(select(OfficialRow).where(OfficialRow.handle == handle))
        return to_official(row) if row is not None else None

    async def upsert(self, official: NewOfficial) -> Official:
        unit_id = await self._session.scalar(
            select(UnitRow.id).where(UnitRow.code == official.unit_code)
        )
        if unit_id is None:
            raise LookupError(f"unknown unit code {official.unit_code!r}")
        row = await self._session.scalar(
            select(OfficialRow).where(OfficialRow.handle == official.handle)
        )
        if row is None:
            row = OfficialRow(handle=official.handle, roles=[])
            self._session.add(row)
        row.name = official.name
        row.title = official.title
        row.unit_id = unit_id
        row.active = official.active
        wanted = {role.value for role in official.roles}
        # Keep rows whose role stays so the flush deletes and inserts only the difference.
        kept = [r for r in row.roles if r.role in wanted]
        row.roles = kept + [
            OfficialRoleRow(role=role) for role in sorted(wanted - {r.role for r in kept})
        ]
        await self._session.flush()
        return to_official(row)


def to_official(row: OfficialRow) -> Official:
    return Official(
        id=OfficialId(row.id),
        handle=row.handle,
        name=row.name,
        unit_id=UnitId(row.unit_id),
        roles=frozenset(Role(r.role) for r in row.roles),
        title=row.title,
        active=row.active,
    )
