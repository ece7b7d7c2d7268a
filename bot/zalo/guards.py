"""One Zalo poller per token: an exclusive file lock named after a digest of the token."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import tempfile
from pathlib import Path


class PollLock:
    """An exclusive file lock per token: two pollers of one Zalo bot steal each other's updates.
    Only a digest of the token names the file."""

    def __init__(self, token: str, directory: Path | None = None) -> None:
        digest = hashlib.sha256(token.encode()).hexdigest()[:16]
        base = directory or Path(tempfile.gettempdir())
        self.path = base / f"nhacviec-zalo-{digest}.lock"
        self._fd: int | None = None

    def acquire(self) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None
