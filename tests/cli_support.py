"""Run the `nhacviec` CLI as a user does: a real subprocess in a directory of the test's own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
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


@dataclass(frozen=True)
class BuiltDemo:
    """A directory where `nhacviec demo --no-chat` ran once, and what that run printed."""

    folder: Path
    built: subprocess.CompletedProcess[str]

    def copy_to(self, target: Path) -> Path:
        """A fresh copy of the built demo in `target` (each test module writes to its own)."""
        shutil.copytree(self.folder, target, dirs_exist_ok=True)
        return target
