"""Pacing of one channel: a global rate (with pauses on 429) and spacing between messages
to the same chat. Measured on a monotonic clock (the event loop's unless one is injected),
never the wall clock."""

from __future__ import annotations

import asyncio
import math
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Protocol


class MonotonicClock(Protocol):
    """Seconds on a monotonic scale, and a way to wait for some of them to pass."""

    def time(self) -> float: ...
    async def sleep(self, seconds: float) -> None: ...


class LoopClock:
    """The running event loop's clock and asyncio.sleep: what production uses."""

    def time(self) -> float:
        return asyncio.get_running_loop().time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class Paused(Exception):
    """The channel (or the chat) is held longer than a caller is willing to wait."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"paused for {seconds:.0f} s more")
        self.seconds = seconds


class Pacer:
    """Hands out send slots one caller at a time, evenly spaced at `rate` per second, and
    guarantees the API never sees more than `rate` (rounded down) arrivals inside any sliding
    `window`, whatever the event loop's or the network's jitter.

    The guarantee rests on actual send times, not planned ones: a message reaches the API
    somewhere between the start of its send and the answer to it, so a slot is handed out only
    while fewer than `capacity` sends are in flight or ended within the last `window`. Of any
    capacity + 1 arrivals inside one window, the last send to start would have seen the others
    in flight or ended within its window: it could not have started. A stall is therefore
    never followed by a burst, and a slow answer costs time, never a 429. Several processes
    sharing a bot each get a whole share of the limit (two: 15 + 15 of Telegram's 30), since
    shares rounded down never add up past it. `pause` holds every slot until a 429's
    retry-after has passed."""

    def __init__(
        self, rate: float, window: float = 1.0, *, clock: MonotonicClock | None = None
    ) -> None:
        self._clock = clock if clock is not None else LoopClock()
        self._interval = 1.0 / rate if rate > 0 else 0.0
        self._window = window
        self._capacity = max(1, math.floor(rate * window + 1e-9)) if rate > 0 else 0
        self._ended: deque[float] = deque()  # end times of sends, newest last
        self._flying = 0
        self._settled: asyncio.Future[None] | None = None  # set when a send ends
        self._paused_until = 0.0
        self._next = 0.0
        self._turn = asyncio.Lock()

    @property
    def capacity(self) -> int:
        """Sends allowed inside one window (0: unpaced)."""
        return self._capacity

    def pause(self, seconds: float) -> None:
        until = self._clock.time() + max(0.0, seconds)
        self._paused_until = max(self._paused_until, until)

    def paused_for(self) -> float:
        return max(0.0, self._paused_until - self._clock.time())

    @asynccontextmanager
    async def slot(self, max_pause: float | None = None) -> AsyncIterator[None]:
        """The next slot, held while the caller sends: its end (answer or error) is the latest
        the message can have reached the API. Raises Paused when a 429's pause has more than
        `max_pause` seconds to run (a caller that cannot wait that long gives its message back
        instead)."""
        await self._acquire(max_pause)
        try:
            yield
        finally:
            self._flying -= 1
            self._ended.append(self._clock.time())
            if self._settled is not None and not self._settled.done():
                self._settled.set_result(None)

    async def wait(self, max_pause: float | None = None) -> None:
        """A slot for a send that ends at once (what the slot's end costs nothing to know)."""
        async with self.slot(max_pause):
            pass

    async def _acquire(self, max_pause: float | None) -> None:
        clock = self._clock
        async with self._turn:
            while True:
                now = clock.time()
                if max_pause is not None and self._paused_until - now > max_pause:
                    raise Paused(self._paused_until - now)
                # The even schedule runs on ideal slot times, so small lateness of the loop
                # does not add up; the window runs on actual send times.
                slot = max(now, self._paused_until, self._next)
                if self._capacity and self._busy(now) >= self._capacity:
                    if not self._ended:  # every send of the window is still in flight
                        await self._one_settled()
                        continue
                    slot = max(slot, self._ended[0] + self._window)
                if slot <= now:
                    break
                # Look again after sleeping: a 429 may have paused the channel meanwhile.
                await clock.sleep(slot - now)
            # Late by less than a slot: keep the schedule; idle for longer: restart it now.
            ideal = self._next if now - self._next < self._interval else now
            self._next = ideal + self._interval
            self._flying += 1

    def _busy(self, now: float) -> int:
        """Sends in flight or ended inside the window that ends now."""
        ended = self._ended
        while ended and ended[0] + self._window <= now:  # as the slot is computed
            ended.popleft()
        return self._flying + len(ended)

    async def _one_settled(self) -> None:
        if self._settled is None or self._settled.done():
            self._settled = asyncio.get_running_loop().create_future()
        await self._settled


class ChatSpacing:
    """At most one message in flight per chat, and `interval` seconds from the end of one
    send to it to the start of the next (Telegram: about one message per second per chat):
    counted from the end, as the pacer counts, two messages never reach the API closer than
    `interval` however the first one was delayed on its way."""

    def __init__(self, interval: float, *, clock: MonotonicClock | None = None) -> None:
        self._clock = clock if clock is not None else LoopClock()
        self._interval = interval
        self._next: dict[str, float] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: dict[str, int] = {}

    def pause(self, chat: str, seconds: float) -> None:
        """Hold one chat (its own 429) without holding any other."""
        until = self._clock.time() + max(0.0, seconds)
        self._next[chat] = max(self._next.get(chat, 0.0), until)

    @asynccontextmanager
    async def hold(
        self, chat: str, pacer: Pacer, max_pause: float | None = None
    ) -> AsyncIterator[None]:
        """The chat's turn, then the channel's slot. With `max_pause`, raises Paused instead
        of waiting longer than that for either."""
        clock = self._clock
        lock = self._locks.setdefault(chat, asyncio.Lock())
        self._users[chat] = self._users.get(chat, 0) + 1
        try:
            async with lock:
                wait = self._next.get(chat, 0.0) - clock.time()
                if max_pause is not None and wait > max_pause:
                    raise Paused(wait)
                if wait > 0:
                    await clock.sleep(wait)
                async with pacer.slot(max_pause):
                    try:
                        yield
                    finally:
                        ended = clock.time() + self._interval
                        self._next[chat] = max(self._next.get(chat, 0.0), ended)
        finally:
            self._users[chat] -= 1
            if not self._users[chat]:
                # Nobody waits for this chat: keep only its spacing, and drop that once due.
                del self._users[chat], self._locks[chat]
            if len(self._next) > 4096:
                self._prune(clock.time())

    def _prune(self, now: float) -> None:
        for chat in [c for c, t in self._next.items() if t <= now and c not in self._users]:
            del self._next[chat]
