"""`nhacviec demo`: a fresh SQLite file with the Bắc Sơn org and the sample notice's tasks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from importlib import resources
from pathlib import Path

import yaml

from bot.settings import Settings
from bot.wiring import open_app
from handlers.directory import DirectoryCache
from handlers.import_notice import find_issuer, import_notice, plan_import
from handlers.load_org import load_org
from handlers.ports import UnitOfWorkFactory
from notices import parse_notice
from notices.readers import read_document

DEMO_TODAY = date(2023, 10, 25)
# The sample notices ship with the project; the demo imports them through the real parser.
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "notices"
DEMO_NOTICES = ("bac-son-2023-bcd-cchc-9-thang.txt",)


def demo_file(name: str) -> str:
    return (resources.files("bot") / "data" / "demo" / name).read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class DemoLoaded:
    units: int
    officials: int
    tasks: int


async def build_demo(settings: Settings) -> DemoLoaded:
    """Recreate the demo database from scratch (it never touches the configured database)."""
    url = settings.database_url
    if url.startswith("sqlite") and ":///" in url:
        _remove_sqlite_files(Path(url.split(":///", 1)[1]))
    async with open_app(settings, today=DEMO_TODAY, check_schema=False) as app:
        await app.upgrade_schema()
        return await load_demo_data(app.uow_factory, app.settings.tz)


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


async def load_demo_data(uow_factory: UnitOfWorkFactory, tz: tzinfo) -> DemoLoaded:
    """The sample org, then each sample notice parsed, planned and imported as an admin would."""
    org = await load_org(yaml.safe_load(demo_file("org.yaml")), uow_factory=uow_factory)
    async with uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
    created = 0
    for name in DEMO_NOTICES:
        notice = parse_notice(read_document(SAMPLES / name))
        plan = plan_import(notice, directory, find_issuer(notice, directory))
        if plan.unresolved:
            raise RuntimeError(f"demo notice {name}: unresolved names {plan.unresolved}")
        result = await import_notice(
            plan,
            directory=directory,
            uow_factory=uow_factory,
            now=datetime.combine(DEMO_TODAY, time(8), tz) - timedelta(days=1),
            actor_id=None,
            channel="import",
            source_name=name,
        )
        created += result.created
    return DemoLoaded(org.units, org.officials, created)


BANNER = """nhacviec — bản dùng thử (demo)
Dữ liệu: huyện Bắc Sơn và Thông báo kết luận ngày 24/10/2023 ({tasks} việc).
Ngày giả lập: {today} (ngày sau thông báo). Đang dùng tài khoản {name} ({handle}).
Tài khoản khác: admin, chutich, pct, noivu, tckh, chutichxa, canboxa — gõ «:as chutich» để đổi.
Thử: «viec den han tuan nay», rồi «xem N» và «xong N đã gửi sáng kiến» với số việc vừa hiện,
«quá hạn», «thống kê», «tìm số hóa hồ sơ».
Gõ «thoát» hoặc Ctrl-D để kết thúc."""
