"""`nhacviec demo`: a fresh SQLite file with a sample org and its sample notice's tasks.

Two demos: the district one (huyện Bắc Sơn in 2023, the default) and the province one
(`--province`: tỉnh Lạng Sơn after the 2025 two-level reform, with a 2026 notice)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from importlib import resources
from pathlib import Path

import yaml

from bot.settings import DEMO_DATABASE_URL, DEMO_PROVINCE_DATABASE_URL, Settings
from bot.wiring import open_app
from handlers.directory import DirectoryCache
from handlers.import_notice import find_issuer, import_notice, plan_import
from handlers.load_org import load_org
from handlers.ports import UnitOfWorkFactory
from notices import parse_notice
from notices.readers import read_document

# The sample notices ship with the project; the demo imports them through the real parser.
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "notices"


def demo_file(name: str) -> str:
    return (resources.files("bot") / "data" / "demo" / name).read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class DemoSpec:
    """One demo: its org file, the sample notices imported into it (the day before `today`),
    the day it pretends is today, its own database, and who the chat opens as."""

    name: str
    org_file: str
    notices: tuple[str, ...]
    today: date
    database_url: str
    handle: str
    banner: str


DISTRICT = DemoSpec(
    name="district",
    org_file="org.yaml",
    notices=("bac-son-2023-bcd-cchc-9-thang.txt",),
    today=date(2023, 10, 25),
    database_url=DEMO_DATABASE_URL,
    handle="noivu",
    banner="""nhacviec — bản dùng thử (demo)
Dữ liệu: huyện Bắc Sơn và Thông báo kết luận ngày 24/10/2023 ({tasks} việc).
Ngày giả lập: {today} (ngày sau thông báo). Đang dùng tài khoản {name} ({handle}).
Tài khoản khác: admin, chutich, pct, noivu, tckh, chutichxa, canboxa — gõ «:as chutich» để đổi.
Thử: «viec den han tuan nay», rồi «xem N» và «xong N đã gửi sáng kiến» với số việc vừa hiện,
«quá hạn», «thống kê», «tìm số hóa hồ sơ».
Gõ «thoát» hoặc Ctrl-D để kết thúc.""",
)

PROVINCE = DemoSpec(
    name="province",
    org_file="province.yaml",
    notices=("ubnd-tinh-2026-cchc-chuyen-doi-so.txt",),
    today=date(2026, 3, 17),
    database_url=DEMO_PROVINCE_DATABASE_URL,
    handle="noivu",
    banner="""nhacviec — bản dùng thử (demo) cấp tỉnh, chính quyền địa phương hai cấp
Dữ liệu: tỉnh Lạng Sơn (các sở, 6 xã, phường; không còn cấp huyện) và Thông báo kết luận
ngày 16/3/2026 ({tasks} việc).
Ngày giả lập: {today} (ngày sau thông báo). Đang dùng tài khoản {name} ({handle}).
Tài khoản khác: admin, chutich, pct, khcn, taichinh, tuphap, chutichxa, canboxa, chutichphuong
— gõ «:as chutich» để đổi.
Thử: «việc đến hạn tháng này», rồi «xem N» và «xong N đã trình hồ sơ» với số việc vừa hiện,
«quá hạn», «thống kê các xã», «việc của Sở Khoa học và Công nghệ».
Gõ «thoát» hoặc Ctrl-D để kết thúc.""",
)

DEMOS = {spec.name: spec for spec in (DISTRICT, PROVINCE)}

# The default (district) demo under the names the rest of the project already uses.
DEMO_TODAY = DISTRICT.today
DEMO_NOTICES = DISTRICT.notices
BANNER = DISTRICT.banner


@dataclass(frozen=True, slots=True)
class DemoLoaded:
    units: int
    officials: int
    tasks: int


async def build_demo(settings: Settings, demo: DemoSpec = DISTRICT) -> DemoLoaded:
    """Recreate the demo database from scratch (it never touches the configured database)."""
    url = settings.database_url
    if url.startswith("sqlite") and ":///" in url:
        _remove_sqlite_files(Path(url.split(":///", 1)[1]))
    async with open_app(settings, today=demo.today, check_schema=False) as app:
        await app.upgrade_schema()
        return await load_demo_data(app.uow_factory, app.settings.tz, demo)


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


async def load_demo_data(
    uow_factory: UnitOfWorkFactory, tz: tzinfo, demo: DemoSpec = DISTRICT
) -> DemoLoaded:
    """The sample org, then each sample notice parsed, planned and imported as an admin would."""
    org = await load_org(yaml.safe_load(demo_file(demo.org_file)), uow_factory=uow_factory)
    async with uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
    created = 0
    for name in demo.notices:
        notice = parse_notice(read_document(SAMPLES / name))
        plan = plan_import(notice, directory, find_issuer(notice, directory))
        if plan.unresolved:
            raise RuntimeError(f"demo notice {name}: unresolved names {plan.unresolved}")
        result = await import_notice(
            plan,
            directory=directory,
            uow_factory=uow_factory,
            now=datetime.combine(demo.today, time(8), tz) - timedelta(days=1),
            actor_id=None,
            channel="import",
            source_name=name,
        )
        created += result.created
    return DemoLoaded(org.units, org.officials, created)
