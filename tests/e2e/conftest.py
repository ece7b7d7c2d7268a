"""E2E fixtures: the demo org and tasks in a test database, the fake API servers, and channels
built as `nhacviec run` builds them, talking real HTTP to the fakes on 127.0.0.1."""

from __future__ import annotations

import asyncio
import re
import shutil
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.channels import Responder
from bot.demo import DEMO_TODAY, build_demo, load_demo_data
from bot.settings import Settings
from bot.telegram.channel import TelegramChannel
from bot.wiring import App, create_app
from bot.zalo.channel import ZaloChannel
from bot.zalo.client import ZaloBotClient
from handlers.invites import IssueInvite, issue_invite
from handlers.ports import UnitOfWorkFactory
from tests.conftest import run_sync
from tests.fakes._http import EVENTUALLY_S
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

TELEGRAM_TOKEN = "123456789:AAFakeTelegramTokenForTests_abcdefgh"
ZALO_TOKEN = "987654321:fake-zalo-secret-token-xyz"


def settings_for(url: str) -> Settings:
    """Settings for a test database only: no .env file, no channel tokens."""
    return Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]


async def load_demo(uow_factory: UnitOfWorkFactory) -> None:
    """The demo org and the Bắc Sơn notice's tasks, as `nhacviec demo` loads them."""
    await load_demo_data(uow_factory, ZoneInfo("Asia/Ho_Chi_Minh"))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once by the real `nhacviec demo` code, copied per test."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    run_sync(build_demo(settings_for(f"sqlite+aiosqlite:///{path}")))
    return path


@pytest.fixture
def demo_url(demo_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture
async def app(demo_url: str) -> AsyncIterator[App]:
    app = await create_app(settings_for(demo_url), today=DEMO_TODAY)
    yield app
    await app.close()


async def invite(app: App, handle: str) -> str:
    _, code = await issue_invite(
        IssueInvite(handle, app.clock(), timedelta(days=7)), uow_factory=app.uow_factory
    )
    return code


async def link_chats(fake: Any, app: App, chats: dict[Any, str]) -> None:
    """Each chat redeems an invite for its official's handle, through the fake server."""
    for chat, handle in chats.items():
        reply = await fake.ask(chat, f"/start {await invite(app, handle)}")
        assert "liên kết" in reply.text


def responder(app: App) -> Responder:
    return Responder(app.conversation(), app.uow_factory, today=DEMO_TODAY)


@pytest.fixture
async def fake_telegram() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(TELEGRAM_TOKEN) as fake:
        yield fake


@pytest.fixture
async def fake_zalo() -> AsyncIterator[FakeZalo]:
    async with FakeZalo(ZALO_TOKEN) as fake:
        yield fake


def telegram_channel(app: App, fake: FakeTelegram, **kw: object) -> TelegramChannel:
    options: dict[str, object] = {"poll_timeout": 1, "request_timeout": 2.0} | kw
    return TelegramChannel(
        TELEGRAM_TOKEN,
        responder(app),
        api_base_url=fake.url,
        **options,  # type: ignore[arg-type]
    )


def zalo_channel(
    app: App, fake: FakeZalo, *, client_timeout: float = 2.0, **kw: object
) -> ZaloChannel:
    client = ZaloBotClient(ZALO_TOKEN, base_url=fake.url, timeout=client_timeout)
    # The poll lock lives beside the test database, not in the shared temp dir: several test
    # runs on one machine must not see each other's pollers.
    lock_dir = Path(app.settings.database_url.split(":///", 1)[1]).parent
    options: dict[str, object] = {"poll_timeout": 1, "max_backoff": 0.2, "lock_dir": lock_dir}
    options |= kw
    return ZaloChannel(client, responder(app), token=ZALO_TOKEN, **options)  # type: ignore[arg-type]


@pytest.fixture
async def telegram(app: App, fake_telegram: FakeTelegram) -> AsyncIterator[TelegramChannel]:
    channel = telegram_channel(app, fake_telegram)
    await channel.start()
    yield channel
    await channel.stop()


@pytest.fixture
async def zalo(app: App, fake_zalo: FakeZalo) -> AsyncIterator[ZaloChannel]:
    channel = zalo_channel(app, fake_zalo)
    await channel.start()
    yield channel
    await channel.stop()


def task_ids(text: str) -> list[int]:
    """The «#N» task ids a list reply shows, in order."""
    return [int(n) for n in re.findall(r"^#(\d+)", text, re.MULTILINE)]


def first(items: list[int], where: Callable[[int], bool] = lambda _: True) -> int:
    return next(i for i in items if where(i))


async def wait_until(
    probe: Callable[[], Awaitable[object]], expected: object, within: float = EVENTUALLY_S
) -> bool:
    """True once `await probe()` equals `expected` (for effects that happen in background)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if await probe() == expected:
            return True
        await asyncio.sleep(0.05)
    return False
