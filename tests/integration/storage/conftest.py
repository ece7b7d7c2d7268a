"""Storage test data: a small organisation (three levels, a legacy body, four officials)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from handlers.domain import DeadlineKind, NewTask, OfficialId, Role, UnitId, UnitKind
from handlers.ports import NewOfficial, NewUnit
from storage.uow import SqlUnitOfWork


@dataclass(frozen=True)
class Org:
    province: UnitId
    doan_bai: UnitId
    hoang_an: UnitId
    noi_vu: UnitId
    legacy: UnitId
    admin: OfficialId
    leader: OfficialId
    chair: OfficialId
    staff: OfficialId


@pytest.fixture
async def org(uow_factory: Callable[[], SqlUnitOfWork]) -> Org:
    async with uow_factory() as uow:
        units = uow.units
        province = await units.upsert(NewUnit("BG", "UBND tỉnh Bắc Giang", UnitKind.PROVINCE))
        doan_bai = await units.upsert(
            NewUnit("XDB", "UBND xã Đoan Bái", UnitKind.COMMUNE, parent_code="BG")
        )
        hoang_an = await units.upsert(
            NewUnit("XHA", "UBND xã Hoàng An", UnitKind.COMMUNE, parent_code="BG")
        )
        noi_vu = await units.upsert(
            NewUnit("SNV", "Sở Nội vụ", UnitKind.AGENCY, parent_code="BG", aliases=("nội vụ",))
        )
        legacy = await units.upsert(
            NewUnit(
                "HHH",
                "UBND huyện Hiệp Hòa",
                UnitKind.LEGACY,
                successor_code="BG",
                valid_to=date(2025, 6, 30),
            )
        )
        people = uow.officials
        admin = await people.upsert(
            NewOfficial("admin", "Lê Văn A", "BG", frozenset({Role.ADMIN}))
        )
        leader = await people.upsert(
            NewOfficial("nghi", "Nguyễn Văn Nghị", "BG", frozenset({Role.LEADER}), "Phó Chủ tịch")
        )
        chair = await people.upsert(NewOfficial("chair", "Trần B", "XDB", frozenset({Role.CHAIR})))
        staff = await people.upsert(NewOfficial("staff", "Phạm C", "XDB", frozenset({Role.STAFF})))
        await uow.commit()
    return Org(
        province.id,
        doan_bai.id,
        hoang_an.id,
        noi_vu.id,
        legacy.id,
        admin.id,
        leader.id,
        chair.id,
        staff.id,
    )


def _new_task(
    lead: UnitId,
    deadline: date | None = None,
    kind: DeadlineKind | None = None,
    **fields: Any,
) -> NewTask:
    """A task with a plain default text and a deadline kind that fits the deadline."""
    if kind is None:
        kind = DeadlineKind.ON_DATE if deadline else DeadlineKind.ONGOING
    values: dict[str, Any] = {"item_ref": "1", "text": "Việc cần làm"} | fields
    return NewTask(lead_unit_id=lead, deadline=deadline, deadline_kind=kind, **values)


@pytest.fixture
def new_task() -> Callable[..., NewTask]:
    return _new_task
