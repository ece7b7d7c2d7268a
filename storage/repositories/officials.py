"""Officials by id or handle, with their roles."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import Official, OfficialId, Role, UnitId
from handlers.official_table import Handles, OfficialTable
from handlers.ports import NewOfficial
from storage.models import OfficialRoleRow, OfficialRow, UnitRow

_BATCH = 5_000


class SqlOfficialRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def all(self) -> list[Official]:
        """Every official in id order, each made from the columns `table()` reads."""
        return list((await self.table()).values())

    async def table(self) -> OfficialTable:
        """Every official as columns, in id order: no `Official` made per row (a national org's
        100,000 would leave their fragments in the heap).

        Core rows on the session's connection, not ORM objects (the ORM costs 5-10x more), read
        in batches; names, titles and role sets repeat, so each is held once (at national scale
        18,000 names, 15,000 titles and a few role sets, not 100,000 of each)."""
        conn = await self._session.connection()
        role_sets: dict[frozenset[Role], frozenset[Role]] = {}
        roles: dict[int, frozenset[Role]] = {}
        for official_id, role in await conn.execute(
            select(OfficialRoleRow.official_id, OfficialRoleRow.role)
        ):
            held = roles.get(official_id, frozenset()) | {Role(role)}
            roles[official_id] = role_sets.setdefault(held, held)
        none: frozenset[Role] = frozenset()
        strings: dict[str, str] = {}
        ids: list[int] = []
        handles: list[str] = []
        names: list[str] = []
        unit_ids: list[int] = []
        role_column: list[frozenset[Role]] = []
        titles: list[str] = []
        active = bytearray()
        rows = await conn.stream(
            select(
                OfficialRow.id,
                OfficialRow.handle,
                OfficialRow.name,
                OfficialRow.unit_id,
                OfficialRow.title,
                OfficialRow.active,
            ).order_by(OfficialRow.id)
        )
        async for batch in rows.partitions(_BATCH):
            for id_, handle, name, unit_id, title, is_active in batch:
                ids.append(id_)
                handles.append(handle)
                names.append(strings.setdefault(name, name))
                unit_ids.append(unit_id)
                role_column.append(roles.get(id_, none))
                titles.append(strings.setdefault(title, title))
                active.append(bool(is_active))
        packed = Handles.of(handles)
        del handles
        return OfficialTable.from_columns(
            ids, packed, names, unit_ids, role_column, titles, bytes(active)
        )

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
