"""Run the `nhacviec` CLI as a user does: a real subprocess in a directory of the test's own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Settings a developer's shell may hold that would point the CLI elsewhere.
_SCRUBBED = ("DATABASE_URL", "REMINDERS", "TELEGRAM", "ZALO", "WEBHOOK")


def nhacviec(
    cwd: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(_SCRUBBED)}
    clean["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env={**clean, **(env or {})},
        timeout=120,
        check=False,
    )
