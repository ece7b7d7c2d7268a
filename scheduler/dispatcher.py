"""The outbox dispatcher: claim due rows, route each to one chat, send paced, mark.

Exactly-once per chat rests on the claim: a row is moved to `sending` (claim id + lease) and
committed before it is sent, and marked `sent` right after the channel accepts it. A process
killed between the send and the mark leaves the row leased; once the lease expires another
claim sends it again: the only way a message goes out twice, and only once more per crash.
Each message is marked on its own as soon as the channel accepted it (not with the rest of its
claim), and a dispatcher keeps claimed only what its pacing sends in about a second
(`DispatchConfig.claim_window`): a kill catches few messages between accept and mark, and
leaves few rows waiting for their lease.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta

from handlers.directory import DirectoryCache
from handlers.domain import ChatAccount, OfficialId, OutboxMessage
from handlers.messages import OutgoingFile, Reply
from handlers.notify import notify_dead_letters
from handlers.ports import UnitOfWork, UnitOfWorkFactory
from handlers.sending import (
    Attachments,
    ChatBlocked,
    ChatMoved,
    PermanentError,
    RetryAfter,
    Sender,
    SendError,
)
from scheduler.config import ChannelPacing, DispatchConfig
from scheduler.outcomes import (
    SEPARATOR,
    Delivery,
    DispatchReport,
    Outcome,
    blocked,
    dead,
    give_back,
    moved,
    sent,
    transient,
    uncertain,
)
from scheduler.pacing import ChatSpacing, Pacer, Paused
from scheduler.routing import choose_chat

log = logging.getLogger(__name__)

MARK_TRIES = 3


class Lane:
    """A channel's sender with its pacing."""

    def __init__(self, sender: Sender, pacing: ChannelPacing) -> None:
        self.sender = sender
        self.pacing = pacing
        self.pacer = Pacer(pacing.rate)
        self.chats = ChatSpacing(pacing.chat_interval)
        self.sending = asyncio.Semaphore(max(1, pacing.concurrency))


class Dispatcher:
    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        senders: Mapping[str, Sender],
        clock: Callable[[], datetime],
        config: DispatchConfig,
        attachments: Attachments | None = None,
    ) -> None:
        """`attachments` adds files to a message at send time (the digest's chart)."""
        self._uow_factory = uow_factory
        self._attachments = attachments
        self._clock = clock
        self._config = config
        self._lanes = {ch: Lane(s, config.pacing_for(ch)) for ch, s in senders.items()}
        self._directories = DirectoryCache()
        self._live: dict[str, int] = {}  # claim id → deliveries of it not yet settled

    @property
    def channels(self) -> tuple[str, ...]:
        return tuple(self._lanes)

    async def drain(
        self, *, wait: float = 0.0, stop: asyncio.Event | None = None
    ) -> DispatchReport:
        """Send everything claimable now and return when nothing is left; with `wait`, also
        rows that become claimable within that many seconds (retries after a 429)."""
        report = DispatchReport()
        if not self._lanes:
            return report
        flying: set[asyncio.Task[None]] = set()
        renewing = asyncio.create_task(self._renew_leases())
        # Claimed is what a kill -9 leaves waiting for its lease: about a second of sending.
        batch_size = self._config.claim_window(self._lanes)
        in_flight = batch_size
        if self._config.claim_window_seconds is None:
            in_flight = self._config.max_in_flight
        # Claim in chunks, not a row per finished send: each claim is a transaction.
        low_water = max(1, batch_size // 2)
        try:
            while stop is None or not stop.is_set():
                room = in_flight - len(flying)
                if room < low_water and flying:
                    _, flying = await asyncio.wait(flying, return_when=asyncio.FIRST_COMPLETED)
                    continue
                batch = await self._claim(min(room, batch_size), report)
                flying |= {asyncio.create_task(self._deliver(d, report)) for d in batch}
                if batch:
                    continue
                if flying:
                    # Nothing claimable: let every send settle (a blocked chat's release makes
                    # its rows claimable again), then look once more.
                    await asyncio.wait(flying)
                    flying = set()
                    continue
                if not await self._wait_for_next(wait):
                    break
        finally:
            if flying:
                await asyncio.gather(*flying, return_exceptions=True)
            renewing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewing
        if report.messages or report.retried or report.dead or report.undeliverable:
            log.info(
                "outbox: %d messages sent (%d rows), %d retried, %d dead, %d undeliverable",
                report.messages,
                report.rows_sent,
                report.retried,
                report.dead,
                report.undeliverable,
            )
        return report

    async def _renew_leases(self) -> None:
        """While claims are at work, extend their leases every third of a lease: a send held
        by pacing, or a mark waiting for the database, never outlives its lease (when it did,
        another claim — even this process's own — sent the message again)."""
        period = self._config.lease_seconds / 3
        while True:
            await asyncio.sleep(period)
            live = [claim for claim, count in self._live.items() if count > 0]
            if not live:
                continue
            until = self._clock() + timedelta(seconds=self._config.lease_seconds)
            try:
                async with self._uow_factory() as uow:
                    await uow.outbox.renew(live, until)
                    await uow.commit()
            except Exception:
                log.exception("could not renew the leases of claims %s", live)

    async def _wait_for_next(self, wait: float) -> bool:
        if wait <= 0:
            return False
        async with self._uow_factory() as uow:
            next_at = await uow.outbox.next_due()
        if next_at is None:
            return False
        delay = (next_at - self._clock()).total_seconds()
        if delay > wait:
            return False
        await asyncio.sleep(max(delay, 0.01))
        return True

    async def _claim(self, limit: int, report: DispatchReport) -> list[Delivery]:
        if limit <= 0:
            return []
        claim_id = uuid.uuid4().hex
        now = self._clock()
        lease = now + timedelta(seconds=self._config.lease_seconds)
        async with self._uow_factory() as uow:
            # Other rows for the same people ride along: merged into the messages this claim
            # sends anyway, they cost no send of their own (a catch-up stays one message per
            # chat even when a slow channel's window is a few rows).
            companions = max(0, self._config.batch_size - limit) if self._config.merge else 0
            rows = await uow.outbox.claim(now, limit, lease, claim_id, companions=companions)
            await uow.commit()
        if not rows:
            return []
        # Routing reads a chat per recipient: outside the claim's transaction, so on SQLite
        # the marks of messages just accepted never wait for those reads to end.
        try:
            async with self._uow_factory() as uow:
                routed = await self._route(uow, rows, claim_id, report)
                await uow.commit()
        except Exception:
            await self._give_back_unrouted(rows, claim_id)
            raise
        deliveries = self._pack(routed, claim_id, lease)
        if deliveries:
            self._live[claim_id] = len(deliveries)
        return deliveries

    async def _give_back_unrouted(self, rows: list[OutboxMessage], claim_id: str) -> None:
        """A claim whose routing failed goes back now rather than after its lease."""
        try:
            async with self._uow_factory() as uow:
                await uow.outbox.release(
                    [_id(r) for r in rows],
                    claim_id,
                    self._clock(),
                    "routing failed",
                    refund_attempt=True,
                )
                await uow.commit()
        except Exception:
            log.exception("could not give back the outbox rows of claim %s", claim_id)

    async def _route(
        self, uow: UnitOfWork, rows: list[OutboxMessage], claim_id: str, report: DispatchReport
    ) -> dict[tuple[str, str], list[OutboxMessage]]:
        directory = await self._directories.get(uow)
        routed: dict[tuple[str, str], list[OutboxMessage]] = {}
        known: dict[OfficialId, list[ChatAccount]] = {}
        for row in rows:
            official = directory.official(row.recipient_id)
            if row.recipient_id not in known:
                known[row.recipient_id] = await uow.accounts.for_official(row.recipient_id)
            accounts = known[row.recipient_id]
            chat = choose_chat(
                accounts,
                order=self._config.channel_order,
                available=self._lanes,
                wanted=row.channel,
            )
            reason = _unroutable(official is not None and official.active, accounts, chat)
            if chat is None or reason:
                await uow.outbox.mark_undeliverable([_id(row)], claim_id, reason)
                report.undeliverable += 1
                log.warning("outbox row %s (%s) undeliverable: %s", row.id, row.rule, reason)
                continue
            routed.setdefault((chat.channel, chat.external_id), []).append(row)
        return routed

    def _pack(
        self,
        routed: dict[tuple[str, str], list[OutboxMessage]],
        claim_id: str,
        lease_until: datetime,
    ) -> list[Delivery]:
        """Rows for one chat go out as one message while they fit (no flood after a
        catch-up, and fewer sends against the per-chat limit)."""
        deliveries: list[Delivery] = []
        for (channel, chat_ref), rows in routed.items():
            limit = self._lanes[channel].pacing.max_chars
            pack: list[OutboxMessage] = []
            for row in rows:
                merged = len(SEPARATOR.join(r.text for r in [*pack, row]))
                if pack and (not self._config.merge or merged > limit):
                    deliveries.append(
                        Delivery(channel, chat_ref, tuple(pack), claim_id, lease_until)
                    )
                    pack = []
                pack.append(row)
            deliveries.append(Delivery(channel, chat_ref, tuple(pack), claim_id, lease_until))
        return sorted(deliveries, key=lambda d: (d.rows[0].due_at, d.rows[0].id or 0))

    async def _deliver(self, delivery: Delivery, report: DispatchReport) -> None:
        lane = self._lanes[delivery.channel]
        # A claim kept waiting (a long retry-after) must not be sent once its lease is nearly
        # over: another dispatcher may take the row then. Give it back instead.
        deadline = delivery.lease_until - timedelta(seconds=self._config.lease_seconds / 4)
        files = await self._files_for(delivery)
        try:
            max_pause = min(self._config.max_pause_wait_seconds, self._config.lease_seconds / 4)
            async with lane.sending, lane.chats.hold(delivery.chat_ref, lane.pacer, max_pause):
                if self._clock() >= deadline:
                    raise _LeaseRunningOut
                await asyncio.wait_for(
                    lane.sender.send(delivery.chat_ref, Reply(delivery.text, files=files)),
                    self._config.send_timeout_seconds,
                )
        except _LeaseRunningOut:
            report.given_back += 1
            await self._settle(delivery, report, give_back(0.0, "lease ran out before sending"))
        except Paused as exc:
            report.given_back += 1
            error = f"{delivery.channel} paused by a rate limit for {exc.seconds:.0f}s more"
            await self._settle(delivery, report, give_back(exc.seconds, error))
        except RetryAfter as exc:
            if exc.chat_only:
                lane.chats.pause(delivery.chat_ref, exc.seconds)
            else:
                lane.pacer.pause(exc.seconds)
            report.rate_limited += 1
            error = f"rate limited: retry after {exc.seconds:g}s"
            await self._settle(delivery, report, give_back(exc.seconds, error))
        except ChatMoved as exc:
            await self._settle(delivery, report, moved(exc.new_chat_ref))
        except ChatBlocked as exc:
            report.blocked += 1
            await self._settle(delivery, report, blocked(str(exc)))
        except PermanentError as exc:
            await self._settle(
                delivery, report, dead(f"{type(exc).__name__}: {exc}", self._tell_admins)
            )
        except TimeoutError as exc:
            error = f"no answer within {self._config.send_timeout_seconds:g}s"
            await self._settle(
                delivery, report, uncertain(self._config, str(exc) or error, self._tell_admins)
            )
        except (SendError, OSError) as exc:
            await self._settle(
                delivery,
                report,
                transient(self._config, f"{type(exc).__name__}: {exc}", self._tell_admins),
            )
        except Exception as exc:
            log.exception("sender %s failed unexpectedly", delivery.channel)
            await self._settle(
                delivery,
                report,
                transient(self._config, f"{type(exc).__name__}: {exc}", self._tell_admins),
            )
        else:
            await self._settle(delivery, report, sent(self._clock()))

    async def _tell_admins(
        self, uow: UnitOfWork, rows: Sequence[OutboxMessage], error: str, now: datetime
    ) -> None:
        """Dead letters reach the admins; who they are comes from the directory this
        dispatcher already caches per org revision (not a read of every official per row)."""
        directory = await self._directories.get(uow)
        await notify_dead_letters(uow, rows, directory=directory, error=error, now=now)

    async def _files_for(self, delivery: Delivery) -> tuple[OutgoingFile, ...]:
        """A chart that cannot be made must not hold back the text it illustrates."""
        if self._attachments is None:
            return ()
        try:
            return await asyncio.wait_for(
                self._attachments.files_for(delivery.rows), self._config.send_timeout_seconds
            )
        except Exception:
            log.exception("files for outbox rows %s failed; sending the text alone", delivery.ids)
            return ()

    async def _settle(self, delivery: Delivery, report: DispatchReport, outcome: Outcome) -> None:
        try:
            await self._record(delivery, report, outcome)
        finally:
            left = self._live.get(delivery.claim_id, 1) - 1
            if left > 0:
                self._live[delivery.claim_id] = left
            else:
                self._live.pop(delivery.claim_id, None)

    async def _record(self, delivery: Delivery, report: DispatchReport, outcome: Outcome) -> None:
        """Record what happened, retrying the database a little: a row left `sending` is
        sent again after its lease, so a lost mark costs a duplicate."""
        for attempt in range(MARK_TRIES):
            counted = DispatchReport()  # merged into `report` once committed
            try:
                async with self._uow_factory() as uow:
                    done = await outcome(uow, delivery, self._clock(), counted)
                    await uow.commit()
            except Exception:
                if attempt == MARK_TRIES - 1:
                    log.exception("could not record outbox rows %s", delivery.ids)
                    return
                await asyncio.sleep(0.2 * (attempt + 1))
                continue
            report.add(counted)
            if done < len(delivery.ids):
                report.lost_claims += len(delivery.ids) - done
                log.warning("outbox rows %s: claim lost before marking", delivery.ids)
            return


class _LeaseRunningOut(Exception):
    pass


def _unroutable(active: bool, accounts: Sequence[ChatAccount], chat: ChatAccount | None) -> str:
    if not active:
        return "recipient unknown or inactive"
    if chat is not None:
        return ""
    if not accounts:
        return "no linked chat"
    return "no active chat on a configured channel"


def _id(row: OutboxMessage) -> int:
    assert row.id is not None
    return row.id
