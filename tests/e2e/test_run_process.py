"""`nhacviec run` as a real process: configured only by environment, stopped by SIGTERM."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
import pytest

from bot.cli import main
from tests.e2e.conftest import TELEGRAM_TOKEN, ZALO_TOKEN, task_ids
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

pytestmark = pytest.mark.slow  # `nhacviec run` as a real process, stopped by SIGTERM


def clean_env(tmp_path: Path, **keys: str) -> dict[str, str]:
    """Only what the process needs: no developer .env (cwd is tmp_path), no stray tokens."""
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "SYSTEMROOT")}
    return env | {"TMPDIR": str(tmp_path), "PYTHONUNBUFFERED": "1", "LOG_LEVEL": "INFO"} | keys


async def nhacviec(env: dict[str, str], cwd: Path, *args: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, env=env, cwd=cwd, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0, args
    return out.decode()


@pytest.fixture
def demo_env(demo_template: Path, tmp_path: Path) -> dict[str, str]:
    shutil.copyfile(demo_template, tmp_path / "demo.sqlite3")
    return clean_env(tmp_path, DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'demo.sqlite3'}")


async def run_until_sigterm(
    env: dict[str, str], cwd: Path, talk: Callable[[], Awaitable[None]]
) -> str:
    """Start `nhacviec run`, let `talk()` converse with it, SIGTERM it; its stderr."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=env,
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await talk()
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), 10)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert proc.returncode == 0, err.decode()
    return err.decode()


async def test_run_serves_telegram_until_sigterm(demo_env: dict[str, str], tmp_path: Path) -> None:
    code = (await nhacviec(demo_env, tmp_path, "invite", "noivu")).strip().splitlines()[-1]
    async with FakeTelegram(TELEGRAM_TOKEN) as fake:
        env = demo_env | {"TELEGRAM__TOKEN": TELEGRAM_TOKEN, "TELEGRAM__API_BASE_URL": fake.url}

        async def talk() -> None:
            await fake.wait_for(lambda c: c.method == "getUpdates", within=30)
            linked = await fake.ask(7007, f"/start {code}", within=10)
            assert "Tài khoản đã được liên kết" in linked.text
            overdue = await fake.ask(7007, "qua han", within=10)
            assert "Việc quá hạn tính đến" in overdue.text
            assert task_ids(overdue.text)
            assert "quá hạn" in overdue.text.split("\n", 3)[-1]

        err = await run_until_sigterm(env, tmp_path, talk)
    assert TELEGRAM_TOKEN.split(":")[1] not in err
    assert "Telegram bot @nhacviec_test_bot running (polling)" in err


async def test_run_serves_zalo_until_sigterm(demo_env: dict[str, str], tmp_path: Path) -> None:
    code = (await nhacviec(demo_env, tmp_path, "invite", "noivu")).strip().splitlines()[-1]
    async with FakeZalo(ZALO_TOKEN) as fake:
        env = demo_env | {"ZALO__TOKEN": ZALO_TOKEN, "ZALO__API_BASE_URL": fake.url}
        chat = "0a0b0c0d0e0f10111213"

        async def talk() -> None:
            await fake.wait_for(lambda c: c.method == "getUpdates", within=30)
            linked = await fake.ask(chat, f"/start {code}", within=10)
            assert "Tài khoản đã được liên kết" in linked.text
            overdue = await fake.ask(chat, "qua han", within=10)
            assert "Việc quá hạn tính đến" in overdue.text
            assert task_ids(overdue.text)

        err = await run_until_sigterm(env, tmp_path, talk)
    assert ZALO_TOKEN.split(":")[1] not in err


async def test_run_serves_both_webhooks_and_healthz(
    demo_env: dict[str, str], tmp_path: Path
) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    public = f"http://127.0.0.1:{port}"
    async with FakeTelegram(TELEGRAM_TOKEN) as telegram, FakeZalo(ZALO_TOKEN) as zalo:
        env = demo_env | {
            "TELEGRAM__TOKEN": TELEGRAM_TOKEN,
            "TELEGRAM__API_BASE_URL": telegram.url,
            "ZALO__TOKEN": ZALO_TOKEN,
            "ZALO__API_BASE_URL": zalo.url,
            "WEBHOOK__PUBLIC_URL": public,
            "WEBHOOK__HOST": "127.0.0.1",
            "WEBHOOK__PORT": str(port),
        }

        async def talk() -> None:
            await telegram.wait_for(lambda c: c.method == "setWebhook", within=30)
            await zalo.wait_for(lambda c: c.method == "setWebhook", within=30)
            assert telegram.webhook_url == f"{public}/telegram/webhook"
            assert zalo.webhook_url == f"{public}/zalo/webhook"
            assert "chưa được liên kết" in (await telegram.ask(8008, "xin chào")).text
            assert "chưa được liên kết" in (await zalo.ask("0a0b", "xin chào")).text
            async with httpx.AsyncClient() as client:
                health = await client.get(f"{public}/healthz")
            assert health.json() == {
                "ok": True,
                "channels": {"zalo": "running", "telegram": "running"},
            }

        await run_until_sigterm(env, tmp_path, talk)
    assert telegram.calls_to("getUpdates") == []


def test_run_without_a_channel_says_how_to_configure_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for key in ("ZALO__TOKEN", "WEBHOOK__PUBLIC_URL"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("TELEGRAM__TOKEN", "")  # left blank in .env: not configured
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert "ZALO__TOKEN" in err and "TELEGRAM__TOKEN" in err and "WEBHOOK__PUBLIC_URL" in err


def test_run_refuses_an_outdated_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'empty.sqlite3'}")
    monkeypatch.setenv("TELEGRAM__TOKEN", TELEGRAM_TOKEN)
    monkeypatch.setenv("TELEGRAM__API_BASE_URL", "http://127.0.0.1:9")
    assert main(["run"]) == 2
    assert "nhacviec db upgrade" in capsys.readouterr().err
