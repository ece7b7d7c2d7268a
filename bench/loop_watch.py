"""What a cold-start measurement reads off its own process: resident memory, and the longest
time the event loop was held while something ran. Light on imports on purpose: the benches
that use it time their own imports."""

from __future__ import annotations

import asyncio
import time


def rss_mb(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


class LoopWatch:
    """A ticker every 10 ms on the running loop; `longest` is the worst lateness seen."""

    TICK_S = 0.01

    def __init__(self) -> None:
        self._stalls: list[float] = []
        self._running = False
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._running = True
        self._task = asyncio.create_task(self._tick())

    async def stop(self) -> float:
        self._running = False
        if self._task is not None:
            await self._task
        return self.longest

    @property
    def longest(self) -> float:
        return max(self._stalls, default=0.0)

    async def _tick(self) -> None:
        last = time.perf_counter()
        while self._running:
            await asyncio.sleep(self.TICK_S)
            now = time.perf_counter()
            self._stalls.append(now - last - self.TICK_S)
            last = now
