"""What the dispatcher does with each outcome of a send: 429, 5xx, blocked chat, bad request;
merging per chat, spacing per chat, leases of crashed claims, no channel at all."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import replace
from datetime import datetime, timedelta
from types import MappingProxyType

from handlers.domain import OutboxMessage
from handlers.messages import Reply
from handlers.sending import ChatBlocked, ChatMoved, PermanentError, RetryAfter, TransientError
from scheduler.config import ChannelPacing
from scheduler.dispatcher import Dispatcher
from scheduler.outcomes import SEPARATOR
from tests.e2e.conftest import wait_until

from .conftest import FakeSender, World


async def queue(world: World, handle: str, period: str, text: str, rule: str = "reported") -> None:
    async with world.uow_factory() as uow:
        message = OutboxMessage(rule, world.official(handle).id, period, text, world.clock())
        assert await uow.outbox.add_once(message)
        await uow.commit()


def later(world: World, seconds: float) -> None:
    world.clock.set(world.clock.now + timedelta(seconds=seconds))


async def test_retry_after_keeps_the_message_and_pauses(world: World) -> None:
    await queue(world, "chutich", "p1", "Việc #1 chờ xác nhận")
    world.telegram.failures[world.chat("chutich")] = [RetryAfter(5)]
    report = await world.dispatcher().drain()
    assert report.rate_limited == 1 and report.messages == 0
    (row,) = await world.outbox()
    assert (row.status, row.attempts) == ("pending", 0)  # a 429 is not the message's fault
    assert "retry after 5" in (row.last_error or "")
    assert (await world.dispatcher().drain()).messages == 0  # not before 5 s
    later(world, 6)
    assert (await world.dispatcher().drain()).messages == 1
    assert [d.text for d in world.telegram.sent] == ["Việc #1 chờ xác nhận"]


async def test_transient_errors_back_off_then_dead_letter(world: World) -> None:
    await queue(world, "chutich", "p1", "Việc #1 chờ xác nhận")
    world.telegram.failures[world.chat("chutich")] = [TransientError("502 Bad Gateway")] * 3
    dispatcher = world.dispatcher(max_attempts=3, backoff_seconds=60.0)
    for wait in (60, 120):
        assert (await dispatcher.drain()).retried == 1
        (row,) = await world.outbox()
        assert row.status == "pending"
        assert (await dispatcher.drain()).retried == 0  # still backing off
        later(world, wait + 1)
    assert (await dispatcher.drain()).dead == 1
    row, told = await world.outbox()
    assert (row.status, row.attempts) == ("dead", 3)
    assert (told.rule, told.handle, told.status) == ("dead_letter", "admin", "sent")
    assert world.telegram.to(world.chat("chutich")) == []  # three tries, none delivered
    assert [d.chat_ref for d in world.telegram.sent] == [world.chat("admin")]
    assert world.telegram.calls == 4
    async with world.uow_factory() as uow:
        (failed,) = await uow.outbox.failed(10)
    assert failed.last_error == "TransientError: 502 Bad Gateway"


async def test_permanent_error_dead_letters_at_once(world: World) -> None:
    await queue(world, "chutich", "p1", "x")
    world.telegram.failures[world.chat("chutich")] = [PermanentError("chat not found")]
    assert (await world.dispatcher().drain()).dead == 1
    assert [(r.rule, r.status) for r in await world.outbox()] == [
        ("reported", "dead"),
        ("dead_letter", "sent"),  # the admin is told, through the outbox, in the same drain
    ]


async def test_a_dead_letter_reaches_an_admins_chat_once(world: World) -> None:
    await queue(world, "chutich", "p1", "x")
    world.telegram.failures[world.chat("chutich")] = [PermanentError("chat not found")]
    await world.dispatcher().drain()  # dead, and the admin's message goes out
    await world.dispatcher().drain()  # nothing more, however often the dispatcher runs
    (told,) = world.telegram.to(world.chat("admin"))
    assert told.text.startswith("⚠️ Không gửi được báo hoàn thành tới Phùng Thị Thanh Nga: ")
    assert "PermanentError: chat not found" in told.text
    assert "nhacviec reminders failed" in told.text
    # The same row failing again (it cannot: it is dead) or a retried settle adds nothing.
    async with world.uow_factory() as uow:
        from handlers.notify import notify_dead_letters

        rows = await uow.outbox.failed(10)
        told_again = await notify_dead_letters(
            uow, rows, directory=world.directory, error="again", now=world.clock()
        )
        assert told_again == 0


async def test_a_dead_letter_to_an_admin_is_not_reported_about_itself(world: World) -> None:
    await queue(world, "chutich", "p1", "x")
    world.telegram.failures[world.chat("chutich")] = [PermanentError("chat not found")]
    world.telegram.failures[world.chat("admin")] = [PermanentError("admin chat gone")]
    await world.dispatcher().drain()
    await world.dispatcher().drain()
    await world.dispatcher().drain()
    assert [(r.rule, r.status) for r in await world.outbox()] == [
        ("reported", "dead"),
        ("dead_letter", "dead"),
    ]


async def test_blocked_chat_goes_inactive_and_the_next_chat_gets_it(world: World) -> None:
    chutich = world.official("chutich")
    async with world.uow_factory() as uow:
        await uow.accounts.link("zalo", "z-chutich", chutich.id)
        await uow.commit()
    zalo = FakeSender("zalo", world.clock, failures={"z-chutich": [ChatBlocked("blocked")]})
    dispatcher = Dispatcher(
        uow_factory=world.uow_factory,
        senders={"zalo": zalo, "telegram": world.telegram},
        clock=world.clock,
        config=world.config.dispatch,  # zalo first, then telegram
    )
    await queue(world, "chutich", "p1", "Việc #1 chờ xác nhận")
    report = await dispatcher.drain()
    assert (report.blocked, report.messages) == (1, 1)
    assert zalo.sent == [] and len(world.telegram.to("tg-chutich")) == 1
    async with world.uow_factory() as uow:
        account = await uow.accounts.find("zalo", "z-chutich")
    assert account is not None and not account.active
    # Blocked on its only chat too: undeliverable, listed for admins, never retried.
    world.telegram.failures["tg-chutich"] = [ChatBlocked("blocked")]
    await queue(world, "chutich", "p2", "Việc #2 chờ xác nhận")
    assert (await dispatcher.drain()).undeliverable == 1
    statuses = {r.period: (r.status, r.last_error) for r in await world.outbox()}
    assert statuses["p2"] == ("failed", "no active chat on a configured channel")


async def test_rows_for_one_chat_go_out_as_one_message(world: World) -> None:
    for n in range(3):
        await queue(world, "chutich", f"p{n}", f"Việc #{n} chờ xác nhận")
    await queue(world, "pct", "p0", "Việc #0 chờ xác nhận")
    report = await world.dispatcher().drain()
    assert (report.messages, report.rows_sent) == (2, 4)
    (merged,) = world.telegram.to("tg-chutich")
    assert merged.text == SEPARATOR.join(f"Việc #{n} chờ xác nhận" for n in range(3))
    assert {(r.status, r.chat_ref) for r in await world.outbox() if r.handle == "chutich"} == {
        ("sent", "tg-chutich")
    }


async def test_unmerged_messages_to_one_chat_are_spaced(world: World) -> None:
    loop = asyncio.get_running_loop()
    stamps: list[float] = []

    class Timed(FakeSender):
        async def send(self, chat_ref: str, reply: Reply) -> None:
            stamps.append(loop.time())
            await super().send(chat_ref, reply)

    world.telegram = Timed("telegram", world.clock)
    pacing = {"telegram": world.config.dispatch.pacing["telegram"].__class__(1000.0, 0.2)}
    for n in range(3):
        await queue(world, "chutich", f"p{n}", f"m{n}")
    await world.dispatcher(merge=False, pacing=pacing).drain()
    assert len(stamps) == 3
    assert all(b - a >= 0.19 for a, b in itertools.pairwise(stamps))


async def test_a_crashed_claim_is_sent_after_its_lease(world: World) -> None:
    await queue(world, "chutich", "p1", "x")
    lease = world.config.dispatch.lease_seconds
    async with world.uow_factory() as uow:  # a dispatcher claims, commits, then dies
        (claimed,) = await uow.outbox.claim(
            world.clock(), 10, world.clock() + timedelta(seconds=lease), "dead-claimer"
        )
        await uow.commit()
    assert (await world.dispatcher().drain()).messages == 0  # leased: not touched
    later(world, lease + 1)
    assert (await world.dispatcher().drain()).messages == 1
    (row,) = await world.outbox()
    assert (row.status, row.attempts) == ("sent", 2)
    async with world.uow_factory() as uow:  # the dead claimer's late mark changes nothing
        assert await uow.outbox.mark_dead([claimed.id or 0], "dead-claimer", "late") == 0


async def test_without_channels_rows_stay_pending(world: World) -> None:
    await queue(world, "chutich", "p1", "x")
    dispatcher = Dispatcher(
        uow_factory=world.uow_factory, senders={}, clock=world.clock, config=world.config.dispatch
    )
    assert dispatcher.channels == ()
    assert (await dispatcher.drain()).messages == 0
    assert [r.status for r in await world.outbox()] == ["pending"]


async def test_an_inactive_recipient_is_not_sent_anything(world: World) -> None:
    async with world.uow_factory() as uow:
        await uow.accounts.set_active("telegram", "tg-pct", False)
        await uow.commit()
    await queue(world, "pct", "p1", "x")
    assert (await world.dispatcher().drain()).undeliverable == 1
    assert world.telegram.sent == []


async def test_a_claim_kept_waiting_past_its_lease_is_given_back(world: World) -> None:
    await queue(world, "chutich", "p1", "x")
    claimed_at = world.clock()
    lease = world.config.dispatch.lease_seconds
    calls = 0

    def clock() -> datetime:  # the first claim happens now; its slot comes much later
        nonlocal calls
        calls += 1
        return claimed_at if calls == 1 else claimed_at + timedelta(seconds=lease * 0.9)

    dispatcher = Dispatcher(
        uow_factory=world.uow_factory,
        senders={"telegram": world.telegram},
        clock=clock,
        config=world.config.dispatch,
    )
    report = await dispatcher.drain()
    # Given back unsent, then claimed afresh (a new lease) and sent once.
    assert (report.given_back, report.messages, world.telegram.calls) == (1, 1, 1)
    (row,) = await world.outbox()
    assert (row.status, row.attempts) == ("sent", 1)


SLOW_LANE = MappingProxyType({"telegram": ChannelPacing(rate=5.0, chat_interval=0.0)})


async def test_a_channel_wide_quota_gives_every_waiting_row_back_at_once(world: World) -> None:
    """Zalo's daily quota answers 429 with an hour to wait: nothing stays `sending` for that
    hour and a bounded drain (run-once's 60 s) ends now, saying what was held."""
    handles = ("chutich", "noivu", "vanphong")
    for n, handle in enumerate(handles):
        await queue(world, handle, f"p{n}", f"nhắc {handle}")
    # Channel-wide: whichever chat the lane serves first is refused (the claim order of rows
    # queued in the same instant is the database's to choose).
    for handle in handles:
        world.telegram.failures[world.chat(handle)] = [RetryAfter(3600)]
    dispatcher = world.dispatcher(pacing=SLOW_LANE)
    # A hang detector, not a timing: the old dispatcher waited out the hour here.
    report = await asyncio.wait_for(dispatcher.drain(wait=60), 30)
    assert report.rate_limited == 1 and report.messages == 0
    assert report.given_back == 2  # the two that were waiting for a slot
    rows = await world.outbox()
    assert {r.status for r in rows} == {"pending"}
    async with world.uow_factory() as uow:
        assert await uow.outbox.next_due() >= world.clock() + timedelta(seconds=3500)
    assert world.telegram.calls == 1  # the two others were never tried against the quota
    world.telegram.failures.clear()
    later(world, 3601)
    report = await asyncio.wait_for(world.dispatcher().drain(), 30)
    assert report.messages == 3


async def test_one_chats_429_holds_only_that_chat(world: World) -> None:
    """Telegram's per-chat flood control: 90 s for one chat, the others go out now."""
    for n, handle in enumerate(("chutich", "noivu", "vanphong")):
        await queue(world, handle, f"p{n}", f"nhắc {handle}")
        await queue(world, handle, f"q{n}", f"nhắc lần hai {handle}")
    world.telegram.failures[world.chat("chutich")] = [RetryAfter(90, chat_only=True)]
    dispatcher = world.dispatcher(pacing=SLOW_LANE, merge=False)
    report = await asyncio.wait_for(dispatcher.drain(), 30)
    assert report.rate_limited == 1
    assert sorted(d.chat_ref for d in world.telegram.sent) == sorted(
        [world.chat("noivu")] * 2 + [world.chat("vanphong")] * 2
    )
    pending = [r for r in await world.outbox() if r.status == "pending"]
    assert {r.handle for r in pending} == {"chutich"}


class _SlowSender:
    """A channel that takes as long as the test says: `release` lets the send finish;
    `answer` false makes it hang past the dispatcher's timeout (fate unknown)."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.release = asyncio.Event()
        self.calls = 0
        self.chats: list[str] = []
        self.answer = True

    async def send(self, chat_ref: str, reply: object) -> None:
        self.calls += 1
        self.chats.append(chat_ref)
        self.started.set()
        if not self.answer:
            await asyncio.sleep(3600)
        await self.release.wait()


async def test_a_send_outliving_its_lease_is_not_taken_by_another_claim(world: World) -> None:
    """The lease is renewed while the send is in flight: a second dispatcher looking after the
    first lease has passed finds nothing to take, and the message goes out once."""
    await queue(world, "chutich", "p1", "x")
    slow = _SlowSender()
    config = replace(world.config.dispatch, lease_seconds=0.3)
    first = Dispatcher(
        uow_factory=world.uow_factory, senders={"telegram": slow}, clock=world.clock, config=config
    )
    running = asyncio.create_task(first.drain())
    await asyncio.wait_for(slow.started.wait(), 10)
    later(world, 60)  # the first lease (0.3 s) is long past on the outbox's clock

    async def renewed() -> bool:
        async with world.uow_factory() as uow:
            return (await uow.outbox.next_due() or world.clock()) > world.clock()

    assert await wait_until(renewed, True, within=10)
    other = world.dispatcher()
    assert (await other.drain()).messages == 0
    slow.release.set()
    assert (await asyncio.wait_for(running, 10)).messages == 1
    assert slow.calls == 1 and world.telegram.sent == []


async def test_a_send_of_unknown_fate_is_retried_once_then_left(world: World) -> None:
    await queue(world, "chutich", "p1", "Việc #1 chờ xác nhận")
    slow = _SlowSender()
    slow.answer = False
    config = replace(world.config.dispatch, send_timeout_seconds=0.05, backoff_seconds=60.0)
    dispatcher = Dispatcher(
        uow_factory=world.uow_factory,
        senders={"telegram": slow},
        clock=world.clock,
        config=config,
    )
    assert (await dispatcher.drain()).retried == 1
    (row,) = await world.outbox()
    assert row.status == "pending"
    later(world, 61)
    assert (await dispatcher.drain()).dead == 1
    assert slow.chats.count(world.chat("chutich")) == 2  # a third copy is never risked
    rows = await world.outbox()
    assert (rows[0].rule, rows[0].status) == ("reported", "dead")
    async with world.uow_factory() as uow:
        dead = [m for m in await uow.outbox.failed(10) if m.rule == "reported"]
    assert "may have arrived the first time" in (dead[0].last_error or "")


async def test_a_moved_chat_gets_its_message_at_the_new_id_and_keeps_it(world: World) -> None:
    """Telegram: a group became a supergroup; reminders follow it instead of dying."""
    await queue(world, "chutich", "p1", "nhắc một")
    world.telegram.failures[world.chat("chutich")] = [ChatMoved("-1009")]
    report = await world.dispatcher().drain()
    assert report.messages == 1 and report.dead == 0
    assert [d.chat_ref for d in world.telegram.sent] == ["-1009"]
    async with world.uow_factory() as uow:
        accounts = await uow.accounts.for_official(world.official("chutich").id)
    assert [(a.external_id, a.active) for a in accounts if a.channel == "telegram"] == [
        ("-1009", True)
    ]
    await queue(world, "chutich", "p2", "nhắc hai")
    await world.dispatcher().drain()
    assert [d.chat_ref for d in world.telegram.sent] == ["-1009", "-1009"]
