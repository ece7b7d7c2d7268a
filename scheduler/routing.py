"""Which chat a reminder goes to: one chat per row, so each chat gets it exactly once."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from handlers.domain import ChatAccount


def choose_chat(
    accounts: Sequence[ChatAccount],
    *,
    order: Sequence[str],
    available: Collection[str] | None = None,
    wanted: str | None = None,
) -> ChatAccount | None:
    """The recipient's active account on the first channel of `order` (channels not in the
    order come after it) that is `available` (has a sender), restricted to `wanted` when the
    row names a channel; on that channel, the latest linked account. None when there is none.

    One chat, not every account: an official linked on Zalo and Telegram gets a reminder
    once, not twice; if that chat blocks the bot, the next claim picks the next one.
    """
    candidates = [
        a
        for a in accounts
        if a.active
        and (available is None or a.channel in available)
        and (wanted is None or a.channel == wanted)
    ]
    if not candidates:
        return None
    rank = {channel: i for i, channel in enumerate(order)}

    def position(account: ChatAccount) -> int:
        return rank.get(account.channel, len(rank))

    best = min(position(a) for a in candidates)
    # Accounts come in link order; a re-linked phone is the one in use.
    return [a for a in candidates if position(a) == best][-1]
