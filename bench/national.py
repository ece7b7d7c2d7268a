"""National-scale data for benchmarks: a whole country's org and task history in a database.

`python -m bench.national --scale national` builds 34 provinces, 3,321 communes and wards,
17,149 units, 100,000 officials (chat accounts for most), 2,000,000 tasks and 5,000,000 task
events in PostgreSQL with COPY, into a database of its own (`bench_national` by default; the
generator drops and recreates it, and refuses any name not starting with `bench`). The schema
comes from the real migrations (`storage.migrate.upgrade`): rows are loaded at LOAD_REVISION,
with secondary indexes and foreign keys dropped for the load and recreated from their own
definitions afterwards, then the filled database is upgraded to head as a production one would
be. `--scale province` (one province after the 2025
reform: ~100 communes, 10,000 officials, 200,000 tasks) and `--scale small` (the default, a few
seconds) keep the same shapes. A SQLite URL works too (plain inserts; for tests and small
scales).

Everything is deterministic for a seed. The data is valid for the app: one org revision, every
unit's parent in the tree, every official in a unit, tasks led by units of their notice's
province, supporting units and directing leaders from the same province, events in time order
between a task's creation and `TODAY` (a Monday, so the digest rules have their day), sequences
moved past the generated ids. The database comment records scale and seed, so a bench can tell
whether an existing database is the one it wants (`describe`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from notices.text import search_key
from storage.engine import create_engine
from storage.migrate import current_revision, is_up_to_date, known_revisions, upgrade

GENERATOR_VERSION = 1
# The schema revision COLUMNS describe: rows are loaded there, then the database is upgraded to
# head like any filled production database, so a later migration that derives data from
# existing rows (unit paths, aggregates) fills it for the generated rows too.
LOAD_REVISION = "0006"
DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/bench_national"
# The day the data pretends is today: a Monday, so the weekly digest has its day.
TODAY = date(2026, 11, 30)
FIRST_NOTICE_DAY = date(2024, 1, 2)


@dataclass(frozen=True, slots=True)
class Scale:
    provinces: int
    communes: int
    departments: int  # per province, under the provincial UBND
    offices: int  # per commune or ward, under its UBND
    officials: int
    tasks: int
    events: int
    leaders: int = 4  # per province: the chair and vice-chairs of the provincial UBND
    admins: int = 2  # per province, in its Văn phòng UBND
    chat_share: float = 0.7  # officials with a Telegram account (a tenth of them also Zalo)

    @property
    def units(self) -> int:
        return self.provinces * (1 + self.departments) + self.communes * (1 + self.offices)


SCALES = {
    # 34 + 34 × 15 + 3,321 × 5 = 17,149 units.
    "national": Scale(34, 3321, 15, 4, 100_000, 2_000_000, 5_000_000),
    "province": Scale(1, 100, 15, 4, 10_000, 200_000, 500_000),
    "small": Scale(2, 30, 6, 4, 1_500, 15_000, 37_500),
}


def _words(line: str) -> list[str]:
    return line.split()


PROVINCES = (
    ("thành phố", "Hà Nội"), ("thành phố", "Huế"), ("tỉnh", "Lai Châu"), ("tỉnh", "Điện Biên"),
    ("tỉnh", "Sơn La"), ("tỉnh", "Lạng Sơn"), ("tỉnh", "Quảng Ninh"), ("tỉnh", "Thanh Hóa"),
    ("tỉnh", "Nghệ An"), ("tỉnh", "Hà Tĩnh"), ("tỉnh", "Cao Bằng"), ("tỉnh", "Tuyên Quang"),
    ("tỉnh", "Lào Cai"), ("tỉnh", "Thái Nguyên"), ("tỉnh", "Phú Thọ"), ("tỉnh", "Bắc Ninh"),
    ("tỉnh", "Hưng Yên"), ("thành phố", "Hải Phòng"), ("tỉnh", "Ninh Bình"),
    ("tỉnh", "Quảng Trị"), ("thành phố", "Đà Nẵng"), ("tỉnh", "Quảng Ngãi"), ("tỉnh", "Gia Lai"),
    ("tỉnh", "Khánh Hòa"), ("tỉnh", "Lâm Đồng"), ("tỉnh", "Đắk Lắk"),
    ("thành phố", "Hồ Chí Minh"), ("tỉnh", "Đồng Nai"), ("tỉnh", "Tây Ninh"),
    ("thành phố", "Cần Thơ"), ("tỉnh", "Vĩnh Long"), ("tỉnh", "Đồng Tháp"), ("tỉnh", "Cà Mau"),
    ("tỉnh", "An Giang"),
)  # fmt: skip
# (code, name, short alias): the Văn phòng first (admins sit there), Thanh tra last.
DEPARTMENTS = (
    ("vp", "Văn phòng UBND", "Văn phòng"),
    ("snv", "Sở Nội vụ", "Nội vụ"),
    ("stc", "Sở Tài chính", "Tài chính"),
    ("stp", "Sở Tư pháp", "Tư pháp"),
    ("skhcn", "Sở Khoa học và Công nghệ", "Khoa học và Công nghệ"),
    ("snnmt", "Sở Nông nghiệp và Môi trường", "Nông nghiệp và Môi trường"),
    ("sxd", "Sở Xây dựng", "Xây dựng"),
    ("syt", "Sở Y tế", "Y tế"),
    ("sgddt", "Sở Giáo dục và Đào tạo", "Giáo dục và Đào tạo"),
    ("svhttdl", "Sở Văn hóa, Thể thao và Du lịch", "Văn hóa, Thể thao và Du lịch"),
    ("sct", "Sở Công Thương", "Công Thương"),
    ("sdttg", "Sở Dân tộc và Tôn giáo", "Dân tộc và Tôn giáo"),
    ("sngv", "Sở Ngoại vụ", "Ngoại vụ"),
    ("bqlkkt", "Ban Quản lý các khu công nghiệp", "Ban Quản lý"),
    ("tt", "Thanh tra", "Thanh tra"),
)
OFFICES = (
    ("vp", "Văn phòng HĐND và UBND"),
    ("kt", "Phòng Kinh tế"),
    ("vhxh", "Phòng Văn hóa - Xã hội"),
    ("ttpv", "Trung tâm Phục vụ hành chính công"),
)
PLACE_SYLLABLES = _words(
    "An Bình Phú Tân Hòa Long Thạnh Phước Hưng Mỹ Đông Tây Nam Bắc Trung Thượng Hạ Thuận Lộc "
    "Phúc Quang Minh Vĩnh Xuân Thái Sơn Hải Thủy Lâm Kim Ngọc Hồng Đức Nghĩa Tiến Thắng Lợi "
    "Khánh Thịnh Định Hiệp Thành Lạc Cẩm Yên Hà Giang Trường Văn Việt Quảng Diên Gia Hiếu Châu "
    "Lương Điền Thọ Kỳ Lập"
)
SURNAMES = (
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4),
    ("Phan", 4), ("Vũ", 4), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2),
    ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đinh", 1), ("Lương", 1), ("Lăng", 1), ("Vi", 1),
    ("Nông", 1), ("Triệu", 1), ("Hà", 1), ("Mai", 1), ("Chu", 1), ("Tạ", 1),
)  # fmt: skip
MIDDLE_MALE = _words("Văn Đức Minh Quang Hữu Thanh Xuân Tuấn Công Đình Ngọc Quốc Anh Hoàng")
MIDDLE_FEMALE = _words("Thị Thu Ngọc Thanh Minh Hồng Phương Thùy Kim Bảo Diệu")
GIVEN_MALE = _words(
    "An Bình Cường Dũng Đạt Đức Giang Hải Hiếu Hòa Hùng Huy Khánh Khoa Lâm Long Lực Mạnh Minh "
    "Nam Nghĩa Phong Phúc Quân Quang Sơn Tài Thắng Thành Thịnh Toàn Trung Tú Tuấn Tùng Việt Vinh"
)
GIVEN_FEMALE = _words(
    "Anh Chi Dung Duyên Giang Hà Hằng Hạnh Hoa Hồng Huệ Hương Lan Linh Loan Mai Nga Ngọc Nhung "
    "Oanh Phương Quỳnh Tâm Thảo Thanh Thu Thủy Trang Trinh Uyên Vân Yến"
)
VERBS = (
    "Triển khai thực hiện", "Tổ chức thực hiện", "Tham mưu xây dựng", "Rà soát, cập nhật",
    "Chủ động triển khai", "Hoàn thành", "Đẩy nhanh tiến độ", "Kiểm tra, đôn đốc",
    "Xây dựng và ban hành", "Tổng hợp, báo cáo", "Tiếp tục thực hiện", "Chỉ đạo thực hiện",
    "Phối hợp triển khai", "Tăng cường công tác", "Hướng dẫn thực hiện", "Đánh giá kết quả",
    "Tổ chức tuyên truyền", "Rà soát, đề xuất", "Kiện toàn", "Nâng cao chất lượng",
)  # fmt: skip
OBJECTS = (
    "kế hoạch chuyển đổi số", "số hóa hồ sơ giải quyết thủ tục hành chính",
    "cải cách hành chính", "chỉ số hài lòng của người dân", "dịch vụ công trực tuyến toàn trình",
    "giải ngân vốn đầu tư công", "bồi thường, giải phóng mặt bằng", "chương trình nông thôn mới",
    "phòng, chống thiên tai", "phòng cháy, chữa cháy", "an toàn thực phẩm",
    "xóa nhà tạm, nhà dột nát", "cơ sở dữ liệu đất đai", "quy hoạch sử dụng đất",
    "cấp giấy chứng nhận quyền sử dụng đất", "thu ngân sách nhà nước", "tinh giản biên chế",
    "sắp xếp đơn vị hành chính", "bố trí trụ sở làm việc", "xử lý tài sản công dôi dư",
    "đề án 06", "định danh điện tử", "chữ ký số", "hồ sơ công việc trên môi trường mạng",
    "phổ biến, giáo dục pháp luật", "tiếp công dân, giải quyết khiếu nại, tố cáo",
    "phòng, chống tham nhũng", "bảo hiểm xã hội, bảo hiểm y tế", "giảm nghèo bền vững",
    "chăm sóc sức khỏe ban đầu", "tiêm chủng mở rộng", "phổ cập giáo dục",
    "kiểm định chất lượng giáo dục", "bảo tồn di tích", "du lịch cộng đồng",
    "xúc tiến thương mại", "hỗ trợ doanh nghiệp nhỏ và vừa", "kinh tế tập thể, hợp tác xã",
    "bảo vệ môi trường", "thu gom, xử lý rác thải", "nước sạch nông thôn",
    "trồng rừng và bảo vệ rừng", "phòng, chống dịch bệnh gia súc", "chuyển đổi cơ cấu cây trồng",
    "an toàn giao thông", "trật tự xây dựng", "quản lý hành lang an toàn đường bộ",
    "công tác dân tộc, tôn giáo", "thi đua, khen thưởng", "đào tạo, bồi dưỡng cán bộ",
    "đánh giá, xếp loại công chức", "văn hóa công sở", "lưu trữ hồ sơ",
    "thống kê số liệu kinh tế - xã hội", "điều tra dân số giữa kỳ", "kiểm kê đất đai",
    "huy động nguồn lực xã hội hóa", "quản lý cụm công nghiệp", "hạ tầng viễn thông",
    "an toàn thông tin mạng", "cổng thông tin điện tử", "ứng dụng trí tuệ nhân tạo",
)  # fmt: skip
QUALIFIERS = (
    "", "", "", " năm 2025", " năm 2026", " năm 2027", " giai đoạn 2026-2030",
    " trên địa bàn", " trong toàn tỉnh", " tại các xã, phường", " theo chỉ đạo của UBND tỉnh",
    " đảm bảo đúng quy định", " trong 6 tháng cuối năm", " quý IV",
)  # fmt: skip
TAILS = (
    "", "", "", "", "; báo cáo kết quả về Văn phòng UBND", "; báo cáo UBND tỉnh",
    ", tổng hợp khó khăn, vướng mắc", ", đề xuất giải pháp tháo gỡ", "; gửi Sở Nội vụ tổng hợp",
    "; cập nhật kết quả lên hệ thống", ", không để chậm trễ",
)  # fmt: skip
NOTE_TEXTS = (
    "Đã giao chuyên viên theo dõi", "Đang tổng hợp số liệu", "Đã có văn bản đôn đốc",
    "Chờ ý kiến của Sở", "Đã họp triển khai", "Đang xin ý kiến các phòng",
)  # fmt: skip
REASONS = ("chờ số liệu", "chờ ý kiến của Sở", "khối lượng lớn", "vướng mặt bằng")
CHANNELS = ("telegram", "telegram", "telegram", "zalo", "cli")
ROMAN = ("I", "II", "III", "IV", "V")

# Columns written per table, in row-tuple order. Every NOT NULL column without a default must be
# here (checked before the load on PostgreSQL).
COLUMNS: dict[str, tuple[str, ...]] = {
    "units": ("id", "code", "name", "kind", "parent_id", "successor_id", "valid_to", "aliases"),
    "officials": ("id", "handle", "name", "title", "unit_id", "active"),
    "official_roles": ("official_id", "role"),
    "chat_accounts": ("id", "channel", "external_id", "official_id", "active", "linked_at"),
    "notices": (
        "id", "fingerprint", "doc_number", "doc_type", "issued_date", "issuer", "title", "signer",
        "signer_title", "source_name", "imported_at",
    ),
    "tasks": (
        "id", "notice_id", "parent_id", "item_ref", "text", "text_folded", "lead_unit_id",
        "directing_official_id", "directing_name", "deadline", "deadline_kind", "deadline_phrase",
        "recurrence", "status", "completed_on", "requested_deadline", "assignee_id",
        "created_at", "updated_at",
    ),
    "task_support": ("task_id", "unit_id", "position"),
    "task_criteria": ("task_id", "code", "position"),
    "task_events": ("id", "task_id", "kind", "at", "actor_id", "channel", "message", "data"),
}  # fmt: skip
# Tables with a serial id whose sequence must move past the generated ids.
SERIAL_TABLES = ("units", "officials", "chat_accounts", "notices", "tasks", "task_events")
TELEGRAM_CHAT_BASE = 100_000_000
ZALO_USER_PREFIX = "zu"


def telegram_chat_id(official_id: int) -> int:
    """The Telegram chat id the generator links to an official (when it links one)."""
    return TELEGRAM_CHAT_BASE + official_id


# --- the organisation ---------------------------------------------------------------------------


@dataclass(slots=True)
class Org:
    units: list[tuple[Any, ...]] = field(default_factory=list)
    officials: list[tuple[Any, ...]] = field(default_factory=list)
    roles: list[tuple[Any, ...]] = field(default_factory=list)
    accounts: list[tuple[Any, ...]] = field(default_factory=list)
    province_ids: list[int] = field(default_factory=list)
    province_names: dict[int, str] = field(default_factory=dict)
    # Per province: the units tasks may be led by (departments, communes, commune offices).
    task_units: dict[int, list[int]] = field(default_factory=dict)
    departments: dict[int, list[int]] = field(default_factory=dict)
    communes: dict[int, list[int]] = field(default_factory=dict)
    leaders: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    members: dict[int, list[int]] = field(default_factory=dict)
    # Handles worth knowing for a bench: role -> [(official id, handle, province id)].
    people: dict[str, list[tuple[int, str, int]]] = field(default_factory=dict)


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """`total` spread over `parts` uneven shares (provinces differ: 40 to 160 communes)."""
    weights = [rng.uniform(0.45, 1.6) for _ in range(parts)]
    scale = total / sum(weights)
    sizes = [max(1, int(w * scale)) for w in weights]
    for i in range(total - sum(sizes)):
        sizes[i % parts] += 1
    return sizes


def _person(rng: random.Random) -> str:
    surname = rng.choices([s for s, _ in SURNAMES], [w for _, w in SURNAMES])[0]
    if rng.random() < 0.5:
        return f"{surname} {rng.choice(MIDDLE_MALE)} {rng.choice(GIVEN_MALE)}"
    return f"{surname} {rng.choice(MIDDLE_FEMALE)} {rng.choice(GIVEN_FEMALE)}"


def build_org(scale: Scale, rng: random.Random) -> Org:
    org = Org()
    units = org.units
    sizes = _split(scale.communes, scale.provinces, rng)

    def unit(code: str, name: str, kind: str, parent: int | None, aliases: list[str]) -> int:
        uid = len(units) + 1
        units.append((uid, code, name, kind, parent, None, None, json.dumps(aliases)))
        return uid

    for p in range(scale.provinces):
        level, place = PROVINCES[p % len(PROVINCES)]
        if p >= len(PROVINCES):
            place = f"{place} {p // len(PROVINCES) + 1}"
        pcode = f"p{p + 1:02d}"
        pid = unit(pcode, f"UBND {level} {place}", "province", None, [f"{level} {place}", place])
        org.province_ids.append(pid)
        org.province_names[pid] = f"{level} {place}"
        depts = []
        for code, name, alias in DEPARTMENTS[: scale.departments]:
            full = f"{name} {level}" if code in ("vp", "tt") else name
            depts.append(unit(f"{pcode}-{code}", full, "agency", pid, [alias]))
        org.departments[pid] = depts
        communes, used = [], set()
        for c in range(sizes[p]):
            while True:
                a, b = rng.sample(PLACE_SYLLABLES, 2)
                place_name = f"{a} {b}"
                if place_name not in used:
                    used.add(place_name)
                    break
            ward = rng.random() < 0.2
            level_c = "phường" if ward else "xã"
            ccode = f"{pcode}-x{c + 1:03d}"
            cid = unit(
                ccode,
                f"UBND {level_c} {place_name}",
                "commune",
                pid,
                [f"{level_c} {place_name}", place_name],
            )
            communes.append(cid)
            for code, name in OFFICES[: scale.offices]:
                office_name = (
                    "Phòng Kinh tế, Hạ tầng và Đô thị" if (ward and code == "kt") else name
                )
                unit(f"{ccode}-{code}", f"{office_name} {level_c} {place_name}", "agency", cid, [])
        org.communes[pid] = communes
    # Units tasks land on, per province: departments and commune offices more than communes.
    parent = {u[0]: u[4] for u in units}
    for u in units:
        if u[3] == "province":
            continue
        top = u[4] if parent[u[4]] is None else parent[u[4]]
        org.task_units.setdefault(top, []).append(u[0])
    _officials(org, scale, rng)
    return org


def _officials(org: Org, scale: Scale, rng: random.Random) -> None:
    units = org.units
    level_of = {pid: org.province_names[pid] for pid in org.province_ids}

    def official(unit_id: int, role: str, title: str, province: int) -> int:
        oid = len(org.officials) + 1
        handle = f"cb{oid}"
        org.officials.append((oid, handle, _person(rng), title, unit_id, True))
        org.roles.append((oid, role))
        org.members.setdefault(unit_id, []).append(oid)
        org.people.setdefault(role, []).append((oid, handle, province))
        if rng.random() < scale.chat_share or role != "staff":
            org.accounts.append(
                (len(org.accounts) + 1, "telegram", str(telegram_chat_id(oid)), oid, True)
            )
            if rng.random() < 0.1:
                org.accounts.append(
                    (len(org.accounts) + 1, "zalo", f"{ZALO_USER_PREFIX}{oid}", oid, True)
                )
        return oid

    for pid in org.province_ids:
        for i in range(scale.leaders):
            title = "Chủ tịch" if i == 0 else "Phó Chủ tịch"
            oid = official(pid, "leader", f"{title} UBND {level_of[pid]}", pid)
            org.leaders.setdefault(pid, []).append((oid, org.officials[-1][2]))
        for _ in range(scale.admins):
            official(
                org.departments[pid][0],
                "admin",
                f"Chuyên viên Văn phòng UBND {level_of[pid]}",
                pid,
            )
        for cid in org.communes[pid]:
            official(cid, "chair", f"Chủ tịch {units[cid - 1][2]}", pid)
    province_of: dict[int, int] = {}
    for pid, members in org.task_units.items():
        for uid in members:
            province_of[uid] = pid
    staff_units = [u[0] for u in units if u[3] != "province"]
    for _ in range(scale.officials - len(org.officials)):
        uid = rng.choice(staff_units)
        official(uid, "staff", f"Chuyên viên {units[uid - 1][2]}", province_of[uid])
    now = datetime(2025, 7, 1, 2, tzinfo=UTC)
    org.accounts = [(*a, now) for a in org.accounts]


# --- notices, tasks and events ------------------------------------------------------------------

_VERB_KEYS = [search_key(v).strip() for v in VERBS]
_OBJECT_KEYS = [search_key(o).strip() for o in OBJECTS]
_QUALIFIER_KEYS = [search_key(q).strip() for q in QUALIFIERS]
_TAIL_KEYS = [search_key(t).strip() for t in TAILS]


def _task_text(rng: random.Random, doc_number: str, number_key: str) -> tuple[str, str]:
    """A task sentence and its search key (built from the parts' keys, as search_key would)."""
    v, o = rng.randrange(len(VERBS)), rng.randrange(len(OBJECTS))
    q, t = rng.randrange(len(QUALIFIERS)), rng.randrange(len(TAILS))
    text_ = f"{VERBS[v]} {OBJECTS[o]}{QUALIFIERS[q]}{TAILS[t]} theo Văn bản số {doc_number}"
    words = [_VERB_KEYS[v], _OBJECT_KEYS[o], _QUALIFIER_KEYS[q], _TAIL_KEYS[t]]
    words += ["theo van ban so", number_key]
    return text_, " " + " ".join(w for w in words if w) + " "


def _stamp(day: date, rng: random.Random) -> datetime:
    """A working-hours moment of `day` in Asia/Ho_Chi_Minh, as UTC."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
        hours=rng.uniform(0.5, 9.5)
    )


def _previous_period_end(recurrence: str) -> date:
    if recurrence == "monthly":
        return TODAY.replace(day=1) - timedelta(days=1)
    if recurrence == "quarterly":
        first = date(TODAY.year, (TODAY.month - 1) // 3 * 3 + 1, 1)
        return first - timedelta(days=1)
    if recurrence == "half_yearly":
        return date(TODAY.year, 6, 30) if TODAY.month > 6 else date(TODAY.year - 1, 12, 31)
    return date(TODAY.year - 1, 12, 31)


_RECURRENCE_PHRASE = {
    "monthly": "định kỳ hằng tháng",
    "quarterly": "định kỳ hằng quý",
    "half_yearly": "định kỳ 6 tháng",
    "yearly": "trước ngày 15/12 hằng năm",
}


@dataclass(slots=True)
class Batch:
    notices: list[tuple[Any, ...]] = field(default_factory=list)
    tasks: list[tuple[Any, ...]] = field(default_factory=list)
    support: list[tuple[Any, ...]] = field(default_factory=list)
    criteria: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.tasks) + len(self.events)


class TaskMaker:
    """Notices one after another, each with 5–80 tasks for units of one province, each task with
    its history of events; yields batches of rows. Event counts follow the target on the way."""

    def __init__(self, scale: Scale, org: Org, rng: random.Random) -> None:
        self.scale, self.org, self.rng = scale, org, rng
        self.task_id = self.event_id = self.notice_id = 0
        self.days = (TODAY - FIRST_NOTICE_DAY).days

    def batches(self, size: int = 20_000) -> Iterator[Batch]:
        batch = Batch()
        while self.task_id < self.scale.tasks:
            self._notice(batch)
            if len(batch) >= size:
                yield batch
                batch = Batch()
        if batch.tasks or batch.notices:
            yield batch

    def _notice(self, batch: Batch) -> None:
        rng, org = self.rng, self.org
        self.notice_id += 1
        nid = self.notice_id
        pid = rng.choice(org.province_ids)
        # More recent notices are more numerous (the bot is used more as time goes on).
        issued = FIRST_NOTICE_DAY + timedelta(days=int(self.days * rng.random() ** 0.7))
        number = f"{rng.randrange(1, 9999)}/{rng.choice(('KH', 'TB', 'CV', 'QĐ'))}-UBND"
        doc_type = {"KH": "Kế hoạch", "TB": "Thông báo", "CV": "Công văn", "QĐ": "Quyết định"}[
            number.split("/")[1][:2]
        ]
        leader_id, leader_name = rng.choice(org.leaders[pid])
        imported = _stamp(issued + timedelta(days=rng.randrange(0, 3)), rng)
        batch.notices.append(
            (
                nid,
                f"bench-{nid}",
                number,
                doc_type,
                issued,
                f"UBND {org.province_names[pid]}",
                f"{doc_type} {rng.choice(OBJECTS)} năm {issued.year}",
                leader_name,
                "Phó Chủ tịch",
                f"{number.replace('/', '-')}.pdf",
                imported,
            )
        )
        count = min(int(rng.paretovariate(1.6) * 8) + 4, 120, self.scale.tasks - self.task_id)
        units = org.task_units[pid]
        # A notice goes to every commune or to a few departments, item by item.
        for item in range(count):
            if self.task_id >= self.scale.tasks:
                break
            self._task(batch, nid, pid, units, number, issued, imported, leader_id, item)

    def _task(
        self,
        batch: Batch,
        nid: int,
        pid: int,
        units: Sequence[int],
        number: str,
        issued: date,
        imported: datetime,
        leader_id: int,
        item: int,
    ) -> None:
        rng = self.rng
        self.task_id += 1
        tid = self.task_id
        lead = rng.choice(units)
        body, folded = _task_text(rng, number, search_key(number).strip())
        roll = rng.random()
        recurrence = None
        phrase: str | None = None
        deadline: date | None
        if roll < 0.62:
            kind, deadline = "on_date", issued + timedelta(days=rng.randrange(5, 150))
            phrase = f"chậm nhất ngày {deadline:%d/%m/%Y}" if rng.random() < 0.3 else None
        elif roll < 0.72:
            kind, deadline = "before_date", issued + timedelta(days=rng.randrange(5, 150))
            phrase = f"trước ngày {deadline:%d/%m/%Y}"
        elif roll < 0.80:
            kind = "period_end"
            month_end = (issued.replace(day=1) + timedelta(days=62)).replace(day=1)
            deadline = month_end - timedelta(days=1)
            phrase = f"trong tháng {deadline.month} năm {deadline.year}"
        elif roll < 0.815:
            kind, deadline = "recurring", None
            recurrence = rng.choice(list(_RECURRENCE_PHRASE))
            phrase = _RECURRENCE_PHRASE[recurrence]
        elif roll < 0.97:
            kind, deadline, phrase = "ongoing", None, "thường xuyên"
        else:
            kind, deadline = "none", None
        status, completed = self._status(deadline, issued)
        directing = leader_id if rng.random() < 0.15 else None
        members = self.org.members.get(lead)
        assignee = rng.choice(members) if members and rng.random() < 0.12 else None
        requested = None
        if status == "open" and deadline and deadline >= TODAY and rng.random() < 0.03:
            requested = deadline + timedelta(days=rng.randrange(7, 45))
        ref = f"{ROMAN[item % 5]}.{item // 5 + 1}" if item % 3 else f"{item + 1}"
        batch.tasks.append(
            (
                tid, nid, None, ref, body, folded, lead, directing, None, deadline, kind, phrase,
                recurrence, status, completed, requested, assignee, imported, imported,
            )
        )  # fmt: skip
        if rng.random() < 0.25:
            for position, unit in enumerate(
                u for u in dict.fromkeys(rng.sample(units, min(3, len(units)))) if u != lead
            ):
                batch.support.append((tid, unit, position))
                if rng.random() < 0.5:
                    break
        if rng.random() < 0.35:
            batch.criteria.append((tid, f"{rng.randrange(1, 10)}.{rng.randrange(1, 8)}", 0))
        self._events(batch, tid, status, imported, completed, requested, deadline, members)
        if recurrence is not None and self.task_id < self.scale.tasks:
            # The last period's occurrence exists already (overdue or done); this period's is
            # what "create occurrences" makes.
            self._occurrence(batch, tid, nid, lead, body, folded, recurrence, phrase, members)

    def _occurrence(
        self,
        batch: Batch,
        template: int,
        nid: int,
        lead: int,
        body: str,
        folded: str,
        recurrence: str,
        phrase: str | None,
        members: list[int] | None,
    ) -> None:
        rng = self.rng
        self.task_id += 1
        due = _previous_period_end(recurrence)
        created = _stamp(due - timedelta(days=25), rng)
        status = "done" if rng.random() < 0.75 else "open"
        completed = due - timedelta(days=rng.randrange(0, 10)) if status == "done" else None
        batch.tasks.append(
            (
                self.task_id, nid, template, "", body, folded, lead, None, None, due, "on_date",
                f"{phrase} — kỳ trước, hạn {due:%d/%m/%Y}", None, status, completed, None, None,
                created, created,
            )
        )  # fmt: skip
        self._events(batch, self.task_id, status, created, completed, None, due, members)

    def _status(self, deadline: date | None, issued: date) -> tuple[str, date | None]:
        rng = self.rng
        if deadline is not None and deadline < TODAY:
            status = rng.choices(
                ("done", "open", "reported", "paused", "cancelled"), (82, 10, 3, 1, 4)
            )[0]
        else:
            status = rng.choices(
                ("open", "reported", "done", "paused", "cancelled"), (80, 5, 10, 2, 3)
            )[0]
        if status not in ("done", "reported"):
            return status, None
        anchor = deadline or (issued + timedelta(days=rng.randrange(10, 200)))
        done = anchor + timedelta(days=rng.randrange(-30, 15))
        return status, max(issued, min(done, TODAY))

    def _events(
        self,
        batch: Batch,
        tid: int,
        status: str,
        created: datetime,
        completed: date | None,
        requested: date | None,
        deadline: date | None,
        members: list[int] | None,
    ) -> None:
        rng = self.rng
        actor = (lambda: rng.choice(members)) if members else (lambda: None)
        end = _stamp(TODAY, rng) if completed is None else _stamp(completed, rng)
        end = max(end, created + timedelta(hours=1))
        span = (end - created).total_seconds()
        kinds: list[tuple[str, str, dict[str, Any]]] = [("created", "", {})]
        target = self.scale.events * tid / self.scale.tasks
        mandatory = 1 + (status in ("done", "reported")) + (status == "done") + bool(requested)
        mandatory += status in ("paused", "cancelled")
        extra = max(0, min(6, round(target - self.event_id - mandatory + rng.uniform(-0.8, 0.8))))
        for _ in range(extra):
            if deadline and rng.random() < 0.2:
                new = deadline + timedelta(days=rng.randrange(7, 30))
                moved = {"old": deadline.isoformat(), "new": new.isoformat()}
                kinds.append(("extension_approved", f"vì {rng.choice(REASONS)}", moved))
            else:
                kinds.append(("note", rng.choice(NOTE_TEXTS), {}))
        if requested:
            move: dict[str, Any] = {
                "old": deadline.isoformat() if deadline else None,
                "new": requested.isoformat(),
            }
            kinds.append(("extension_requested", f"vì {rng.choice(REASONS)}", move))
        if status in ("paused", "cancelled"):
            kinds.append(("status_changed", "theo chỉ đạo", {"to": status}))
        if status in ("done", "reported"):
            kinds.append(("reported", rng.choice(("", "đã gửi báo cáo")), {"attachments": 0}))
        if status == "done":
            kinds.append(("confirmed", "", {}))
        moments = sorted(created + timedelta(seconds=span * rng.random()) for _ in kinds[1:])
        moments.insert(0, created)
        if status in ("done", "reported"):
            moments[-1 - (status == "done")] = max(moments[-1 - (status == "done")], end)
            moments[-1] = max(moments[-1], end)
        for (kind, message, data), at in zip(kinds, moments, strict=True):
            self.event_id += 1
            who = None if kind == "created" else actor()
            channel = "cli" if kind == "created" else rng.choice(CHANNELS[:4])
            batch.events.append(
                (self.event_id, tid, kind, at, who, channel, message, json.dumps(data))
            )


# --- writing ------------------------------------------------------------------------------------


def _check_name(url: str) -> str:
    name = make_url(url).database or ""
    if not name.startswith("bench"):
        raise SystemExit(
            f"refusing to generate into database {name!r}: its name must start with 'bench' "
            "(the generator drops and recreates it)"
        )
    return name


def _refuse_existing_file(url: str) -> None:
    database = make_url(url).database
    if database and database != ":memory:" and Path(database).exists():
        raise SystemExit(f"refusing to generate into the existing file {database}")


def _admin_url(url: str) -> str:
    return make_url(url).set(database="postgres").render_as_string(hide_password=False)


async def describe(url: str) -> dict[str, Any] | None:
    """What the generator recorded on a PostgreSQL database (scale, seed), or None."""
    name = make_url(url).database
    admin = create_async_engine(_admin_url(url), isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            comment = await conn.scalar(
                text(
                    "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                    "WHERE datname = :name"
                ),
                {"name": name},
            )
    finally:
        await admin.dispose()
    try:
        value = json.loads(comment) if comment else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


async def _recreate(url: str) -> None:
    name = _check_name(url)
    admin = create_async_engine(_admin_url(url), isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await admin.dispose()


async def _comment(url: str, info: dict[str, Any]) -> None:
    name = make_url(url).database
    admin = create_async_engine(_admin_url(url), isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            note = json.dumps(info).replace("'", "''")
            await conn.execute(text(f"COMMENT ON DATABASE \"{name}\" IS '{note}'"))
    finally:
        await admin.dispose()


class _PgWriter:
    """COPY through the engine's asyncpg connection; secondary indexes and foreign keys of the
    loaded tables are dropped first and recreated from their definitions at the end."""

    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.restore: list[str] = []

    async def _raw(self) -> Any:
        raw = await self.conn.get_raw_connection()
        return raw.driver_connection

    async def prepare(self) -> None:
        tables = list(COLUMNS)
        await self._check_columns(tables)
        fks = await self.conn.execute(
            text(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                "FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(:t)"
            ),
            {"t": tables},
        )
        indexes = await self.conn.execute(
            text(
                "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
                "FROM pg_index i LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid "
                "WHERE i.indrelid::regclass::text = ANY(:t) AND c.oid IS NULL"
            ),
            {"t": tables},
        )
        drops: list[str] = []
        for table, name, definition in fks.all():
            drops.append(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
            self.restore.append(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
        for name, definition in indexes.all():
            drops.append(f"DROP INDEX {name}")
            self.restore.insert(0, definition)
        for statement in drops:
            await self.conn.execute(text(statement))

    async def _check_columns(self, tables: list[str]) -> None:
        rows = await self.conn.execute(
            text(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ANY(:t) "
                "AND is_nullable = 'NO' AND column_default IS NULL"
            ),
            {"t": tables},
        )
        missing = [f"{t}.{c}" for t, c in rows.all() if c not in COLUMNS[t]]
        if missing:
            raise SystemExit(
                "the schema has required columns the generator does not fill: "
                + ", ".join(missing)
                + " (add them to bench/national.py COLUMNS and the row builders)"
            )

    async def write(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            raw = await self._raw()
            await raw.copy_records_to_table(table, records=rows, columns=list(COLUMNS[table]))

    async def finish(self) -> None:
        for statement in self.restore:
            await self.conn.execute(text(statement))
        for table in SERIAL_TABLES:
            await self.conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
                )
            )


class _SqliteWriter:
    """Plain executemany inserts (SQLite has no COPY); values converted as SQLAlchemy would."""

    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn

    async def prepare(self) -> None:
        """Rows go in parent-first order, so foreign keys stay on."""

    @staticmethod
    def _value(value: Any) -> Any:
        if isinstance(value, datetime):
            return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, bool):
            return int(value)
        return value

    async def write(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        columns = COLUMNS[table]
        marks = ", ".join("?" for _ in columns)
        statement = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        converted = [tuple(self._value(v) for v in row) for row in rows]
        await self.conn.exec_driver_sql(statement, converted)

    async def finish(self) -> None:
        """Nothing to restore on SQLite."""


async def generate(
    url: str = DEFAULT_URL,
    scale_name: str | Scale = "small",
    seed: int = 7,
    *,
    progress: bool = False,
) -> dict[str, Any]:
    """Build the org and tasks of `scale_name` (or a Scale of one's own) into `url`
    (PostgreSQL: dropped and recreated; SQLite: a new file, migrated). Returns counts and
    timings."""
    scale = SCALES[scale_name] if isinstance(scale_name, str) else scale_name
    is_pg = make_url(url).get_backend_name() == "postgresql"
    started = time.perf_counter()
    if is_pg:
        await _recreate(url)
    else:
        _refuse_existing_file(url)
    engine = create_engine(url)
    counts: dict[str, int] = {}
    try:
        await upgrade(engine, LOAD_REVISION)
        rng = random.Random(seed)
        org = build_org(scale, rng)
        async with engine.begin() as conn:
            writer: _PgWriter | _SqliteWriter = _PgWriter(conn) if is_pg else _SqliteWriter(conn)
            await writer.prepare()
            for table, rows in (
                ("units", org.units),
                ("officials", org.officials),
                ("official_roles", org.roles),
                ("chat_accounts", org.accounts),
            ):
                await writer.write(table, rows)
                counts[table] = len(rows)
            maker = TaskMaker(scale, org, random.Random(seed + 1))
            for batch in maker.batches():
                for table, rows in (
                    ("notices", batch.notices),
                    ("tasks", batch.tasks),
                    ("task_support", batch.support),
                    ("task_criteria", batch.criteria),
                    ("task_events", batch.events),
                ):
                    await writer.write(table, rows)
                    counts[table] = counts.get(table, 0) + len(rows)
                if progress:
                    print(
                        f"\r{maker.task_id:>10,} tasks {maker.event_id:>11,} events "
                        f"{time.perf_counter() - started:7.1f} s",
                        end="",
                        file=sys.stderr,
                        flush=True,
                    )
            loaded = time.perf_counter() - started
            if progress:
                print("\nindexes, foreign keys …", file=sys.stderr)
            await writer.finish()
            await conn.execute(text("UPDATE org_meta SET revision = 1, task_revision = 1"))
        if progress:
            print("upgrading the filled database to head …", file=sys.stderr)
        await upgrade(engine)
        await _analyze(engine, is_pg)
    finally:
        await engine.dispose()
    info = {
        "generator": GENERATOR_VERSION,
        "scale": scale_name if isinstance(scale_name, str) else asdict(scale),
        "seed": seed,
        "today": TODAY.isoformat(),
        "counts": counts,
    }
    if is_pg:
        await _comment(url, info)
    return {
        **info,
        "sizes": asdict(scale),
        "rows_s": round(loaded, 1),
        "total_s": round(time.perf_counter() - started, 1),
    }


async def _analyze(engine: AsyncEngine, is_pg: bool) -> None:
    if is_pg:
        # VACUUM sets the visibility map, so index-only scans work from the first query.
        async with engine.connect() as conn:
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text("VACUUM ANALYZE"))
    else:
        async with engine.begin() as conn:
            await conn.execute(text("ANALYZE"))


async def schema_is_known(url: str) -> bool:
    """Whether this code's migrations know the database's revision (a migration renamed or
    rewritten since the data was generated means generating again)."""
    engine = create_engine(url)
    try:
        return await current_revision(engine) in known_revisions()
    finally:
        await engine.dispose()


async def upgrade_to_head(url: str) -> bool:
    """Upgrade a generated database (or a copy of one) to this code's head; True if it was
    behind. Statistics are refreshed after, as after the load."""
    engine = create_engine(url)
    try:
        if await is_up_to_date(engine):
            return False
        await upgrade(engine)
        await _analyze(engine, engine.dialect.name == "postgresql")
        return True
    finally:
        await engine.dispose()


async def database_size(url: str) -> str:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            value = await conn.scalar(
                text("SELECT pg_size_pretty(pg_database_size(current_database()))")
            )
        return str(value)
    finally:
        await engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.national", description=__doc__)
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument(
        "--url", default=DEFAULT_URL, help=f"target database (default {DEFAULT_URL})"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if make_url(args.url).get_backend_name() == "postgresql":
        _check_name(args.url)
    result = asyncio.run(generate(args.url, args.scale, args.seed, progress=True))
    if make_url(args.url).get_backend_name() == "postgresql":
        result["database_size"] = asyncio.run(database_size(args.url))
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
