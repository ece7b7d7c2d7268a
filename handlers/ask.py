"""Asking back when a message has two close readings: one short question with numbered choices
(Zalo has no buttons, so the numbers are in the text; Telegram also shows them as buttons). The
chat's next bare number ("1", "chọn 2") answers it; any other message drops the question."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from handlers.memory import Slot
from handlers.messages import Button, Reply
from handlers.ports import JsonValue
from handlers.turn import Turn


def _messages(raw: JsonValue) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(m, str) for m in raw):
        raise TypeError("a pending question is a list of messages")
    return tuple(str(m) for m in raw)


# What each numbered choice of the chat's open question stands for: the message it means.
# An hour to answer: a number typed the next morning should not pick from yesterday's choices.
PENDING: Slot[tuple[str, ...]] = Slot("pending_question", timedelta(hours=1), list, _messages)


async def ask(turn: Turn, question: str, choices: Sequence[tuple[str, str]]) -> Reply:
    """`choices` are (label, the message that choice means), numbered from 1."""
    await turn.remember(PENDING, tuple(message for _, message in choices))
    lines = [question, *(f"{n}. {label}" for n, (label, _) in enumerate(choices, 1))]
    lines.append("Trả lời bằng số thứ tự, ví dụ: 1.")
    buttons = tuple(Button(f"{n}. {label}", msg) for n, (label, msg) in enumerate(choices, 1))
    return Reply("\n".join(lines), buttons, numbered=True)


async def answered(turn: Turn, number: int) -> str | None:
    """The message the chosen number stands for; None when no question is open."""
    pending = await turn.recall(PENDING)
    if not pending or not 1 <= number <= len(pending):
        return None
    await turn.forget(PENDING)
    return pending[number - 1]


async def drop_question(turn: Turn) -> None:
    if await turn.recall(PENDING):
        await turn.forget(PENDING)
