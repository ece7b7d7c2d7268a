"""Which demo database a command line means: `--demo` stays the district demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import _demo_database_url, _only_demo_exists, _serves, build_parser, main
from bot.settings import DEMO_DATABASE_URL, DEMO_PROVINCE_DATABASE_URL, Settings


@pytest.mark.parametrize(
    ("argv", "url"),
    [
        (["demo"], DEMO_DATABASE_URL),
        (["demo", "--no-chat"], DEMO_DATABASE_URL),
        (["demo", "--province"], DEMO_PROVINCE_DATABASE_URL),
        (["demo", "--province", "--as", "chutich"], DEMO_PROVINCE_DATABASE_URL),
        (["--demo", "chat", "--as", "noivu"], DEMO_DATABASE_URL),
        (["--demo-province", "chat", "--as", "noivu"], DEMO_PROVINCE_DATABASE_URL),
        (["--demo-province", "import", "notice.txt"], DEMO_PROVINCE_DATABASE_URL),
        (["chat", "--as", "noivu"], None),
    ],
)
def test_the_command_line_picks_the_demo_database(argv: list[str], url: str | None) -> None:
    assert _demo_database_url(build_parser().parse_args(argv)) == url


def test_the_two_demos_never_share_a_file() -> None:
    assert DEMO_DATABASE_URL != DEMO_PROVINCE_DATABASE_URL


def test_the_demo_opens_as_the_demos_own_handle_unless_told() -> None:
    assert build_parser().parse_args(["demo", "--province"]).handle is None
    assert build_parser().parse_args(["demo", "--as", "pct"]).handle == "pct"


@pytest.mark.parametrize("argv", [["run"], ["reminders", "run-once", "--today", "2023-10-25"]])
def test_a_production_start_never_serves_the_demo_database_by_accident(
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Only the demo database exists and no DATABASE_URL is set: `run` (and `reminders
    run-once`, which sends) refuse instead of messaging real chats from demo data."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    demo = tmp_path / "data" / "demo.sqlite3"
    demo.parent.mkdir()
    demo.write_bytes(b"")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Refusing to send real messages from demo data" in err
    assert "--demo" in err


def test_other_commands_still_find_the_demo_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "demo.sqlite3").write_bytes(b"")
    assert _only_demo_exists(Settings()) == DEMO_DATABASE_URL
    assert _serves(build_parser().parse_args(["chat", "--as", "noivu"])) is False
    assert _serves(build_parser().parse_args(["--demo", "run"])) is True
