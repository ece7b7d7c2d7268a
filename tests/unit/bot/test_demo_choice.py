"""Which demo database a command line means: `--demo` stays the district demo."""

from __future__ import annotations

import pytest

from bot.cli import _demo_database_url, build_parser
from bot.settings import DEMO_DATABASE_URL, DEMO_PROVINCE_DATABASE_URL


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
