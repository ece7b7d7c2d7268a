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
    """Hands out send slots one caller at a time: evenly spaced at `rate` per second, and
    never more than `rate` sends inside any `window` of actual send times, so a stall of the
    event loop is not followed by a burst (the API counts arrivals in a sliding second).
    `pause` holds every slot until the channel's retry-after has passed."""

    def __init__(
        self, rate: float, window: float = 1.0, *, clock: MonotonicClock | None = None
    ) -> None:
        self._clock = clock if clock is not None else LoopClock()
        self._interval = 1.0 / rate if rate > 0 else 0.0
        self._window = window
        # Rounded up: a share of a bot's rate (29/2 = 14.5 msg/s per process) is sent at that
        # rate; rounded down, 14 a second would cap it and two processes reach only 28.
        self._capacity = max(1, math.ceil(rate * window - 1e-9)) if rate > 0 else 0
        self._sent: deque[float] = deque(maxlen=max(1, self._capacity))
        self._paused_until = 0.0
        self._next = 0.0
        self._turn = asyncio.Lock()

    def pause(self, seconds: float) -> None:
        until = self._clock.time() + max(0.0, seconds)
        self._paused_until = max(self._paused_until, until)

    def paused_for(self) -> float:
        return max(0.0, self._paused_until - self._clock.time())

    async def wait(self, max_pause: float | None = None) -> None:
        """The next slot; raises Paused when a 429's pause has more than `max_pause` seconds to
        run (a caller that cannot wait that long gives its message back instead)."""
        clock = self._clock
        async with self._turn:
            while True:
                now = clock.time()
                if max_pause is not None and self._paused_until - now > max_pause:
                    raise Paused(self._paused_until - now)
                # The even schedule runs on ideal slot times, so small lateness of the loop
                # does not add up; the window runs on actual send times, so a long one does
                # not turn into a burst.
                slot = max(now, self._paused_until, self._next)
                if self._capacity and len(self._sent) == self._capacity:
                    slot = max(slot, self._sent[0] + self._window)
                if slot <= now:
                    break
                # Look again after sleeping: a 429 may have paused the channel meanwhile.
                await clock.sleep(slot - now)
            # Late by less than a slot: keep the schedule; idle for longer: restart it now.
            ideal = self._next if now - self._next < self._interval else now
            self._next = ideal + self._interval
            self._sent.append(clock.time())


class ChatSpacing:
    """At most one message in flight per chat, and `interval` seconds between the starts
    of two sends to it (Telegram: about one message per second per chat)."""

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
                await pacer.wait(max_pause)
                self._next[chat] = clock.time() + self._interval
                yield
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
