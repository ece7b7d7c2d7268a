"""A small district org for the NLU tests (huyện Hiệp Hòa, as the sample notices name it)."""

from __future__ import annotations

from handlers.domain import Official, OfficialId, Role, Unit, UnitId, UnitKind
from handlers.nlu import NameIndex

HUYEN = UnitId(1)
NOI_VU = UnitId(2)
VP = UnitId(3)
TCKH = UnitId(4)
VHTT = UnitId(5)
TU_PHAP = UnitId(6)
TNMT = UnitId(7)
DOAN_BAI = UnitId(8)
THI_TRAN_THANG = UnitId(9)
THONG_KE = UnitId(10)
MOT_CUA = UnitId(11)

NGHI = OfficialId(1)
THEP = OfficialId(2)
KHANH = OfficialId(3)
HIEN = OfficialId(4)
MAI = OfficialId(5)
THANG = OfficialId(6)
HA_NGUYEN = OfficialId(7)
HA_LE = OfficialId(8)


def _unit(uid: UnitId, name: str, kind: UnitKind, *aliases: str) -> Unit:
    parent = None if uid == HUYEN else HUYEN
    return Unit(uid, f"u{uid}", name, kind, parent, tuple(aliases))


UNITS = (
    _unit(HUYEN, "UBND huyện Hiệp Hòa", UnitKind.LEGACY),
    _unit(NOI_VU, "Phòng Nội vụ", UnitKind.AGENCY),
    _unit(VP, "Văn phòng HĐND và UBND huyện", UnitKind.AGENCY, "Văn phòng UBND huyện"),
    _unit(TCKH, "Phòng Tài chính - Kế hoạch", UnitKind.AGENCY),
    _unit(VHTT, "Phòng Văn hóa và Thông tin", UnitKind.AGENCY),
    _unit(TU_PHAP, "Phòng Tư pháp", UnitKind.AGENCY),
    _unit(TNMT, "Phòng Tài nguyên và Môi trường", UnitKind.AGENCY),
    _unit(DOAN_BAI, "UBND xã Đoan Bái", UnitKind.COMMUNE),
    _unit(THI_TRAN_THANG, "UBND thị trấn Thắng", UnitKind.COMMUNE),
    _unit(THONG_KE, "Chi cục Thống kê", UnitKind.AGENCY),
    _unit(MOT_CUA, "Trung tâm Phục vụ hành chính công", UnitKind.AGENCY, "Bộ phận một cửa"),
)


def _official(oid: OfficialId, name: str, unit: UnitId, role: Role, title: str) -> Official:
    return Official(oid, f"o{oid}", name, unit, frozenset({role}), title)


OFFICIALS = (
    _official(NGHI, "Phạm Văn Nghị", HUYEN, Role.LEADER, "Phó Chủ tịch UBND huyện"),
    _official(THEP, "Dương Thị Thép", HUYEN, Role.LEADER, "Phó Chủ tịch UBND huyện"),
    _official(KHANH, "Nguyễn Văn Khanh", HUYEN, Role.LEADER, "Phó Chủ tịch UBND huyện"),
    _official(HIEN, "Vũ Quang Hiến", VP, Role.ADMIN, "Chánh Văn phòng HĐND và UBND huyện"),
    _official(MAI, "Lý Thị Mai", TU_PHAP, Role.STAFF, "Chuyên viên Phòng Tư pháp"),
    _official(THANG, "Trần Văn Thắng", TNMT, Role.STAFF, "Chuyên viên Phòng TN&MT"),
    _official(HA_NGUYEN, "Nguyễn Thị Hà", TCKH, Role.STAFF, "Chuyên viên Phòng TC-KH"),
    _official(HA_LE, "Lê Thu Hà", NOI_VU, Role.STAFF, "Chuyên viên Phòng Nội vụ"),
)

NAMES = NameIndex.build(UNITS, OFFICIALS)
UNIT_NAMES = {u.id: u.name for u in UNITS}
PERSON_NAMES = {o.id: o.name for o in OFFICIALS}
