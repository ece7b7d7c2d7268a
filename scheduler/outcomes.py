"""What became of a delivery, recorded in the outbox: sent, given back, retried, dead.

Each outcome runs inside one transaction and names the claim it acts for, so a dispatcher
whose claim was taken over (its lease ran out) changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from handlers.domain import OutboxMessage
from handlers.ports import UnitOfWork
from scheduler.config import DispatchConfig

log = logging.getLogger(__name__)

SEPARATOR = "\n\n———\n\n"  # between reminders merged into one message


@dataclass(slots=True)
class DispatchReport:
    messages: int = 0  # messages the channels accepted (a merged one counts once)
    rows_sent: int = 0
    retried: int = 0
    dead: int = 0
    undeliverable: int = 0
    blocked: int = 0
    rate_limited: int = 0
    lost_claims: int = 0  # marks that found the row claimed by someone else
    # Deliveries returned unsent: their lease was running out, or a 429's pause was longer
    # than a claim may wait.
    given_back: int = 0

    def add(self, other: DispatchReport) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


@dataclass(frozen=True, slots=True)
class Delivery:
    """One message to one chat, carrying one or more claimed rows."""

    channel: str
    chat_ref: str
    rows: tuple[OutboxMessage, ...]
    claim_id: str
    lease_until: datetime

    @property
    def ids(self) -> list[int]:
        return [r.id for r in self.rows if r.id is not None]

    @property
    def text(self) -> str:
        return SEPARATOR.join(r.text for r in self.rows)


# Records what became of a delivery, inside a transaction; returns the rows still ours.
Outcome = Callable[[UnitOfWork, Delivery, datetime, DispatchReport], Awaitable[int]]
# Tells the admins about rows just marked dead (error, now), in the same transaction.
TellAdmins = Callable[[UnitOfWork, Sequence[OutboxMessage], str, datetime], Awaitable[object]]


def transient(config: DispatchConfig, error: str, tell: TellAdmins) -> Outcome:
    """5xx, timeouts: retry after a growing backoff; dead after the last attempt."""

    async def settle(uow: UnitOfWork, d: Delivery, now: datetime, r: DispatchReport) -> int:
        dead_rows = [row for row in d.rows if row.attempts >= config.max_attempts]
        dead = [_id(row) for row in dead_rows]
        done = await uow.outbox.mark_dead(dead, d.claim_id, error)
        if dead and done:
            await tell(uow, dead_rows, error, now)
        r.dead += len(dead)
        for row in d.rows:
            if row.attempts < config.max_attempts:
                not_before = now + config.backoff(row.attempts)
                done += await uow.outbox.release([_id(row)], d.claim_id, not_before, error)
                r.retried += 1
        return done

    return settle


UNCERTAIN = "uncertain: "  # the error prefix of a send whose fate is unknown


def uncertain(config: DispatchConfig, error: str, tell: TellAdmins) -> Outcome:
    """A send that timed out: the channel may have delivered it. Retried once (a message
    lost is worse than one repeated); a second unknown fate ends it, since every further try
    could be one more copy in the chat."""

    async def settle(uow: UnitOfWork, d: Delivery, now: datetime, r: DispatchReport) -> int:
        again = [row for row in d.rows if (row.last_error or "").startswith(UNCERTAIN)]
        first = [row for row in d.rows if row not in again]
        reason = f"{UNCERTAIN}{error}"
        done = 0
        if again:
            note = f"{reason}; not sent again: it may have arrived the first time"
            marked = await uow.outbox.mark_dead([_id(row) for row in again], d.claim_id, note)
            if marked:
                await tell(uow, again, note, now)
            done += marked
            r.dead += len(again)
        for row in first:
            not_before = now + config.backoff(row.attempts)
            done += await uow.outbox.release([_id(row)], d.claim_id, not_before, reason)
            r.retried += 1
        return done

    return settle


def sent(at: datetime) -> Outcome:
    async def settle(uow: UnitOfWork, d: Delivery, now: datetime, r: DispatchReport) -> int:
        done = await uow.outbox.mark_sent(d.ids, d.claim_id, at, d.channel, d.chat_ref)
        r.messages += 1
        r.rows_sent += len(d.ids)
        return done

    return settle


def give_back(seconds: float, error: str) -> Outcome:
    """Back to pending without counting the attempt: not the message's fault."""

    async def settle(uow: UnitOfWork, d: Delivery, now: datetime, r: DispatchReport) -> int:
        not_before = now + timedelta(seconds=seconds)
        return await uow.outbox.release(d.ids, d.claim_id, not_before, error, refund_attempt=True)

    return settle


def blocked(error: str) -> Outcome:
    """The user blocked the bot: account inactive, rows back for the next chat (if any)."""

    async def settle(uow: UnitOfWork, d: Delivery, now: datetime, r: DispatchReport) -> int:
        # The core turns the account back on when the user writes again.
        await uow.accounts.set_active(d.channel, d.chat_ref, False)
        log.warning("chat %s:%s blocked the bot; account set inactive", d.channel, d.chat_ref)
        reason = f"chat blocked: {error}"[:200]
        return await uow.outbox.release(d.ids, d.claim_id, now, reason, refund_attempt=True)

    return settle


def moved(new_chat_ref: str) -> Outcome:
    """The chat has a new id: the account follows it, the rows go back to be sent there now."""

    async def settle(uow: UnitOfWork, d: Delivery, now: datetime, r: DispatchReport) -> int:
        await uow.accounts.move(d.channel, d.chat_ref, new_chat_ref)
        log.info("chat %s:%s moved to %s; account updated", d.channel, d.chat_ref, new_chat_ref)
        reason = f"chat moved to {new_chat_ref}"
        return await uow.outbox.release(d.ids, d.claim_id, now, reason, refund_attempt=True)

    return settle


def dead(error: str, tell: TellAdmins) -> Outcome:
    """A request that will never succeed as it is: dead letter, visible to admins."""

    async def settle(uow: UnitOfWork, d: Delivery, now: datetime, r: DispatchReport) -> int:
        r.dead += len(d.ids)
        log.warning("outbox rows %s dead: %s", d.ids, error)
        done = await uow.outbox.mark_dead(d.ids, d.claim_id, error)
        if done:
            await tell(uow, d.rows, error, now)
        return done

    return settle


def _id(row: OutboxMessage) -> int:
    assert row.id is not None
    return row.id
