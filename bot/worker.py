"""Running untrusted or heavy work in a child process under limits on time and memory.

Shared by the notice reader (bot/notice_worker.py) and the report drawer
(bot/report_worker.py): `run_child` starts `python -m <module> <args>` in a process group of
its own, hands it `data` on stdin, and returns its exit code and stdout; when `time_limit`
runs out the whole group (Tesseract, LibreOffice children included) is killed and
TimeoutError raised. The child calls `cap_memory` first, so a runaway allocation ends in a
MemoryError inside the child, never in the bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys

OUTPUT_LIMIT = 64 * 1024 * 1024
EXIT_MEMORY = 3  # the child ran out of its memory cap


async def run_child(
    module: str,
    args: list[str],
    data: bytes,
    *,
    time_limit: float,
    output_limit: int = OUTPUT_LIMIT,
) -> tuple[int | None, bytes]:
    """(exit code, stdout) of `python -m module *args` fed `data`; TimeoutError after killing
    the child's process group when it runs longer than `time_limit` seconds."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        module,
        *args,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
        start_new_session=True,  # its own process group: its children die with it
        limit=output_limit,
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(data), time_limit)
    except TimeoutError:
        kill_group(proc.pid)
        await proc.wait()
        raise
    except BaseException:
        kill_group(proc.pid)
        raise
    kill_group(proc.pid)  # anything it started and left behind
    return proc.returncode, out


def out_of_memory(returncode: int | None) -> bool:
    """The child hit its memory cap, or was killed by the kernel or a signal."""
    return returncode == EXIT_MEMORY or (returncode is not None and returncode < 0)


def kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def cap_memory(limit: int) -> None:
    """In the child: cap its address space (inherited by what it starts)."""
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def is_memory_failure(exc: BaseException) -> bool:
    """In the child: the error says the memory cap was hit (a MemoryError, or a C extension
    whose shared object could not be mapped while importing)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, MemoryError):
            return True
        message = str(current)
        if isinstance(current, ImportError | OSError) and (
            "failed to map segment" in message or "Cannot allocate memory" in message
        ):
            return True
        current = current.__cause__ or current.__context__
    return False


def seconds_label(value: float) -> str:
    return f"{value:g}".replace(".", ",")
