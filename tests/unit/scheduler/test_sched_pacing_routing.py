"""Pacing (global rate, pauses, one chat at a time) and the choice of one chat per message."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import random
from collections.abc import Coroutine
from typing import Any

import pytest

from handlers.domain import ChatAccount, OfficialId
from scheduler.pacing import ChatSpacing, Pacer
from scheduler.routing import choose_chat

ME = OfficialId(1)


class VirtualClock:
    """A fake monotonic clock: time moves only when every task waits on it, so spacing is
    exact and a busy machine changes nothing. `sleep` parks the caller until `run` has moved
    time to its deadline; `block` stands for slow sync code holding the loop (time passes,
    nothing runs)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []  # every sleep asked for, in order
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def time(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        woken = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + max(0.0, seconds), next(self._order), woken))
        await woken

    def block(self, seconds: float) -> None:
        self.now += seconds

    async def run(self, *coros: Coroutine[Any, Any, None]) -> None:
        """Run `coros` to the end, waking the earliest sleeper whenever nothing else can run."""
        tasks = [asyncio.ensure_future(c) for c in coros]
        while True:
            for _ in range(50):  # let every runnable task go as far as it can
                await asyncio.sleep(0)
            if all(t.done() for t in tasks):
                break
            assert self._sleepers, "every task waits and nobody sleeps: a deadlock"
            deadline, _, woken = heapq.heappop(self._sleepers)
            self.now = max(self.now, deadline)
            woken.set_result(None)
        await asyncio.gather(*tasks)


async def test_pacer_spaces_sends_evenly_without_bursts() -> None:
    clock = VirtualClock()
    pacer = Pacer(rate=50.0, clock=clock)
    stamps: list[float] = []

    async def one() -> None:
        await pacer.wait()
        stamps.append(clock.time())

    await clock.run(*(one() for _ in range(20)))
    # One send every 1/50 s from the first: exactly the rate, never two in one slot.
    assert stamps == pytest.approx([i * 0.02 for i in range(20)])


async def test_a_pause_holds_every_slot() -> None:
    clock = VirtualClock()
    pacer = Pacer(rate=1000.0, clock=clock)
    stamps: list[float] = []

    async def two() -> None:
        await pacer.wait()
        stamps.append(clock.time())
        pacer.pause(0.2)
        await pacer.wait()
        stamps.append(clock.time())

    await clock.run(two())
    assert stamps == pytest.approx([0.0, 0.2])


async def test_one_chat_gets_one_message_at_a_time_and_spaced() -> None:
    clock = VirtualClock()
    pacer = Pacer(rate=1000.0, clock=clock)
    spacing = ChatSpacing(interval=0.1, clock=clock)
    log: list[tuple[str, str, float]] = []

    async def send(chat: str) -> None:
        async with spacing.hold(chat, pacer):
            log.append((chat, "start", clock.time()))
            await clock.sleep(0.01)
            log.append((chat, "end", clock.time()))

    await clock.run(send("a"), send("a"), send("b"), send("a"))
    starts = [t for chat, what, t in log if chat == "a" and what == "start"]
    ends = [t for chat, what, t in log if chat == "a" and what == "end"]
    # Chat "a": one send at a time, each start `interval` after the previous one's end (the
    # latest the previous message can have reached the API).
    assert starts == pytest.approx([0.0, 0.11, 0.22])
    assert ends == pytest.approx([0.01, 0.12, 0.23])
    # Another chat is not held up by chat "a": only by the global rate (1 ms).
    b_start = next(t for chat, what, t in log if chat == "b" and what == "start")
    assert b_start == pytest.approx(0.001)


def account(channel: str, ref: str, active: bool = True) -> ChatAccount:
    return ChatAccount(channel, ref, ME, active)


def test_one_chat_by_channel_order_latest_link() -> None:
    accounts = [account("telegram", "t1"), account("zalo", "z1"), account("zalo", "z2")]
    order = ("zalo", "telegram")
    assert choose_chat(accounts, order=order) == accounts[2]
    assert choose_chat(accounts, order=order, available={"telegram"}) == accounts[0]
    assert choose_chat(accounts, order=order, wanted="telegram") == accounts[0]
    assert choose_chat(accounts, order=order, available={"console"}) is None


def test_inactive_accounts_are_skipped() -> None:
    accounts = [account("zalo", "z1", active=False), account("telegram", "t1")]
    assert choose_chat(accounts, order=("zalo", "telegram")) == accounts[1]
    assert choose_chat([account("zalo", "z1", active=False)], order=("zalo",)) is None
    assert choose_chat([], order=("zalo",)) is None


async def test_a_stalled_loop_is_not_followed_by_a_burst() -> None:
    """The API counts arrivals in a sliding second: after the loop stalls, the sends that
    were due meanwhile must not all go at once."""
    clock = VirtualClock()
    pacer = Pacer(rate=50.0, clock=clock)
    stamps: list[float] = []

    async def one() -> None:
        await pacer.wait()
        stamps.append(clock.time())

    async def stall() -> None:
        await clock.sleep(0.3)
        clock.block(0.25)  # sync code holds the loop: 12 slots pass with nobody sending

    await clock.run(stall(), *(one() for _ in range(70)))
    assert len(stamps) == 70
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    assert min(gaps) == pytest.approx(0.02)
    for i, start in enumerate(stamps):
        assert sum(1 for t in stamps[i:] if t < start + 1.0) <= 50


@pytest.mark.parametrize(("rate", "whole"), [(15.0, 15), (10.0, 10), (30.0, 30), (14.5, 14)])
async def test_a_share_of_a_bots_limit_is_sustained_in_whole_messages(
    rate: float, whole: int
) -> None:
    """Several dispatcher processes each get a share of the bot's limit (two: 15 + 15 of 30):
    each sends its share every second, never more; a fractional share is rounded down, so
    shares never add up past the limit."""
    clock = VirtualClock()
    pacer = Pacer(rate, clock=clock)
    stamps: list[float] = []

    async def one() -> None:
        await pacer.wait()
        stamps.append(clock.time())

    sends = whole * 20
    await clock.run(*(one() for _ in range(sends)))
    assert stamps[-1] == pytest.approx(20 - 1 / whole, abs=0.07)  # 20 s at the share
    assert max_in_a_window(stamps) == whole


def max_in_a_window(arrivals: list[float], window: float = 1.0) -> int:
    """Most arrivals inside any (t - window, t], as the API (and tests/fakes/flood.py) counts."""
    ordered = sorted(arrivals)
    return max(
        (sum(1 for s in ordered[: i + 1] if s + window > t) for i, t in enumerate(ordered)),
        default=0,
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_jitter_never_puts_more_than_the_limit_in_one_second(seed: int) -> None:
    """Each message reaches the API some time after its send starts and is answered some time
    later (both jittery, up to 150 ms), and the loop stalls now and then: however it falls,
    no sliding second at the API holds more than the limit, and the rate stays near it."""
    rng = random.Random(seed)
    clock = VirtualClock()
    pacer = Pacer(30.0, clock=clock)
    arrivals: list[float] = []
    sending = asyncio.Semaphore(16)

    async def send() -> None:
        async with sending, pacer.slot():
            await clock.sleep(rng.uniform(0.0, 0.15))  # on its way to the API
            arrivals.append(clock.time())
            await clock.sleep(rng.uniform(0.0, 0.15))  # the answer on its way back

    async def stalls() -> None:
        for _ in range(10):
            await clock.sleep(rng.uniform(0.5, 3.0))
            clock.block(rng.uniform(0.05, 0.6))  # sync code holds the loop

    await clock.run(stalls(), *(send() for _ in range(900)))
    assert len(arrivals) == 900
    assert max_in_a_window(arrivals) <= 30
    span = max(arrivals) - min(arrivals)
    assert 899 / span > 30 / (1 + 0.3) * 0.95  # at most a round trip lost per second


async def test_sends_all_in_flight_hold_the_next_until_one_ends() -> None:
    """Answers slower than the window itself: the sends still in flight count, so the next
    one waits for an answer and then for the window."""
    clock = VirtualClock()
    pacer = Pacer(5.0, clock=clock)
    arrivals: list[float] = []

    async def send() -> None:
        async with pacer.slot():
            await clock.sleep(1.9)  # reaches the API at the last moment
            arrivals.append(clock.time())
            await clock.sleep(0.1)

    await clock.run(*(send() for _ in range(12)))
    assert max_in_a_window(arrivals) <= 5
