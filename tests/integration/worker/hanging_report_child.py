"""A stand-in for bot.report_worker that never answers: it starts a grandchild, writes both
pids where NHACVIEC_TEST_PIDS says, and sleeps (for the time-limit test)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

if __name__ == "__main__":
    sys.stdin.buffer.read()
    grandchild = subprocess.Popen(["sleep", "600"])
    with open(os.environ["NHACVIEC_TEST_PIDS"], "w", encoding="ascii") as out:
        out.write(f"{os.getpid()} {grandchild.pid}")
    while True:
        time.sleep(1)
