"""`nhacviec run` answers without importing what only other commands use: alembic (the schema
check reads the migration scripts' lines), the `holidays` package (its dates are written out),
uvicorn and starlette (webhooks only), nor what only the other commands load (openpyxl for the
org sheet, python-docx, pdfplumber, the demo). Each is megabytes of the bot's resident memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from storage.migrate import head_revision, written_head

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("alembic", "mako", "pygments", "holidays", "uvicorn", "starlette")


def test_importing_the_bot_leaves_the_heavy_packages_out() -> None:
    script = f"import sys, bot.run; print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_scripts_lines_give_alembics_head() -> None:
    assert written_head() == head_revision()


def test_the_run_command_does_not_load_the_other_commands() -> None:
    script = (
        "import sys\n"
        "from bot.cli import build_parser, command_for\n"
        "from bot.settings import Settings\n"
        "args = build_parser().parse_args(['run'])\n"
        "command_for(args, Settings(_env_file=None)).close()\n"
        f"print(sorted(m for m in {OTHER_COMMANDS!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout


OTHER_COMMANDS = ("bot.commands", "openpyxl", "docx", "pdfplumber", "bot.demo", "bot.console")


def test_the_channels_import_without_their_libraries_optional_extras() -> None:
    """PTB's `cryptography` (Telegram Passport) and httpx's command line (click, pygments): 11-12
    MB of `nhacviec run` at national scale, never used (bot/lean_imports.py)."""
    script = (
        "import sys\n"
        "import bot.telegram.application, bot.telegram.channel, bot.telegram.sender\n"
        "import bot.zalo.client, bot.zalo.channel\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'cryptography', 'click', "
        "'pygments'}), 'httpx._main' in sys.modules)\n"
        "import cryptography.hazmat.primitives\n"  # still importable when asked for
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[] False", done.stdout


def test_an_optional_extra_imported_before_stays() -> None:
    script = (
        "import sys, cryptography\n"
        "from bot.lean_imports import without_optional_extras\n"
        "with without_optional_extras():\n"
        "    import cryptography.hazmat.backends\n"
        "print(sys.modules['cryptography'] is cryptography)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "True", done.stdout
