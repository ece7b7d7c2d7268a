"""Pacing (global rate, pauses, one chat at a time) and the choice of one chat per message."""

from __future__ import annotations

import asyncio
import itertools
import time

from handlers.domain import ChatAccount, OfficialId
from scheduler.pacing import ChatSpacing, Pacer
from scheduler.routing import choose_chat

ME = OfficialId(1)


async def test_pacer_spaces_sends_evenly_without_bursts() -> None:
    pacer = Pacer(rate=50.0)
    loop = asyncio.get_running_loop()
    stamps: list[float] = []

    async def one() -> None:
        await pacer.wait()
        stamps.append(loop.time())

    await asyncio.gather(*(one() for _ in range(20)))
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    assert min(gaps) >= 0.02 - 0.002
    # Any one-second window holds at most `rate` sends: 20 sends span at least 19 intervals.
    assert stamps[-1] - stamps[0] >= 19 * 0.02 - 0.005


async def test_a_pause_holds_every_slot() -> None:
    pacer = Pacer(rate=1000.0)
    loop = asyncio.get_running_loop()
    await pacer.wait()
    pacer.pause(0.2)
    started = loop.time()
    await pacer.wait()
    assert loop.time() - started >= 0.19


async def test_one_chat_gets_one_message_at_a_time_and_spaced() -> None:
    pacer = Pacer(rate=1000.0)
    spacing = ChatSpacing(interval=0.1)
    loop = asyncio.get_running_loop()
    log: list[tuple[str, str, float]] = []

    async def send(chat: str) -> None:
        async with spacing.hold(chat, pacer):
            log.append((chat, "start", loop.time()))
            await asyncio.sleep(0.01)
            log.append((chat, "end", loop.time()))

    await asyncio.gather(send("a"), send("a"), send("b"), send("a"))
    starts = [t for chat, what, t in log if chat == "a" and what == "start"]
    assert len(starts) == 3
    assert all(b - a >= 0.099 for a, b in itertools.pairwise(starts))
    # Another chat is not held up by chat "a".
    b_start = next(t for chat, what, t in log if chat == "b" and what == "start")
    assert b_start - starts[0] < 0.05


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
    pacer = Pacer(rate=50.0)
    loop = asyncio.get_running_loop()
    stamps: list[float] = []

    async def one() -> None:
        await pacer.wait()
        stamps.append(loop.time())

    async def stall() -> None:
        await asyncio.sleep(0.3)
        time.sleep(0.25)  # noqa: ASYNC251  (the point: block the loop, as slow sync code would)

    await asyncio.gather(stall(), *(one() for _ in range(70)))
    for i, start in enumerate(stamps):
        assert sum(1 for t in stamps[i:] if t < start + 1.0) <= 50
