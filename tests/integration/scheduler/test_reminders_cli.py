"""`nhacviec reminders …` on the demo database: preview as JSON, run-once (twice), failed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.reminders_cmd import run_once
from bot.settings import DEMO_DATABASE_URL, Settings
from bot.wiring import create_app
from handlers.directory import DirectoryCache
from tests.cli_support import BuiltDemo, nhacviec

from .conftest import FakeClock, FakeSender, local

pytestmark = pytest.mark.slow  # a real `nhacviec` subprocess builds the demo


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory, built_demo: BuiltDemo) -> Path:
    return built_demo.copy_to(tmp_path_factory.mktemp("reminders-cli"))


def test_preview_december_on_the_demo(demo_dir: Path) -> None:
    done = nhacviec(
        demo_dir,
        "--demo",
        "reminders",
        "preview",
        "--from",
        "2023-12-01",
        "--to",
        "2023-12-31",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)
    assert set(items[0]) == {"date", "time", "rule", "recipient", "channel", "text"}
    quarterly = [
        (i["date"], i["time"])
        for i in items
        if i["recipient"] == "chutichxa" and i["rule"] == "quarterly_review"
    ]
    # 10/12/2023 is a Sunday: the "ask for results" reminder goes out on Monday 11/12.
    assert quarterly == [("2023-12-01", "08:00"), ("2023-12-11", "08:00"), ("2023-12-14", "08:00")]
    digests = [
        (i["date"], i["time"])
        for i in items
        if i["recipient"] == "chutich" and i["rule"] == "weekly_digest"
    ]
    assert digests == [(f"2023-12-{d:02d}", "07:30") for d in (4, 11, 18, 25)]
    assert {i["channel"] for i in items} == {None}  # nobody in the demo has linked a chat
    assert all(i["text"] for i in items)


def test_run_once_without_a_channel_keeps_rows_pending(demo_dir: Path) -> None:
    first = nhacviec(demo_dir, "--demo", "reminders", "run-once", "--today", "2023-12-11")
    assert first.returncode == 0, first.stderr
    assert "11/12/2023:" in first.stdout and "quarterly_review: 2" in first.stdout
    assert "nothing was sent; the rows stay pending" in first.stdout
    again = nhacviec(demo_dir, "--demo", "reminders", "run-once", "--today", "2023-12-11")
    assert "11/12/2023: 0 new reminder rows" in again.stdout
    failed = nhacviec(demo_dir, "--demo", "reminders", "failed")
    assert failed.returncode == 0 and "No failed reminders." in failed.stdout


async def test_run_once_twice_delivers_each_reminder_once(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "demo.sqlite3"
    database.write_bytes((demo_dir / DEMO_DATABASE_URL.split(":///", 1)[1]).read_bytes())
    settings = Settings(database_url=f"sqlite+aiosqlite:///{database}")
    app = await create_app(settings)
    try:
        async with app.uow_factory() as uow:
            directory = await DirectoryCache().get(uow)
            for official in directory.officials.values():
                await uow.accounts.link("telegram", f"tg-{official.handle}", official.id)
            await uow.commit()
        sender = FakeSender("telegram", FakeClock(local(date(2023, 12, 11), 8)))
        for _ in range(2):
            assert await run_once(app, date(2023, 12, 18), senders={"telegram": sender}) == 0
    finally:
        await app.close()
    out = capsys.readouterr().out
    assert "18/12/2023: 0 new reminder rows" in out  # the second run
    texts = [(d.chat_ref, d.text) for d in sender.sent]
    assert len(texts) == len(set(texts))
    chats = {d.chat_ref for d in sender.sent}
    assert {"tg-chutich", "tg-chutichxa", "tg-noivu"} <= chats
    # One message per chat: the day's digest, nudges and notices are merged for each person.
    assert len(sender.sent) == len(chats)
