"""`nhacviec run` answers without importing what only other commands use: alembic (the schema
check reads the migration scripts' lines), the `holidays` package (its dates are written out),
uvicorn and starlette (webhooks only). Each is megabytes of the bot's resident memory."""

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
