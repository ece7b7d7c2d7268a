"""A reply asking to be woken (`Reply.wake`: a batch of page photos read when no page follows)
is answered later by the Responder: after the channel's wait, in the chat's turn, with the
payload fed to the conversation as if the chat had sent it; a shutdown cancels waits not due."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from bot.channels import Responder
from handlers.domain import OfficialId
from handlers.messages import Incoming, Reply, Wake


@dataclass
class ScriptedConversation:
    """Answers each message with the next scripted reply and remembers what it was given."""

    script: list[Reply]
    heard: list[Incoming] = field(default_factory=list)

    async def handle(self, incoming: Incoming, **_: Any) -> list[Reply]:
        self.heard.append(incoming)
        return [self.script.pop(0)] if self.script else []


@dataclass
class RememberingSender:
    channel: str = "telegram"
    sent: list[tuple[str, str]] = field(default_factory=list)

    async def send(self, chat_ref: str, reply: Reply) -> None:
        self.sent.append((chat_ref, reply.text))


@dataclass
class Turns:
    """A channel's per-chat turn, remembering whose turn was taken."""

    held: list[str] = field(default_factory=list)

    @asynccontextmanager
    async def hold(self, chat: str) -> AsyncIterator[None]:
        self.held.append(chat)
        yield


@dataclass
class Waits:
    """The wake-up's wait: remembers how long it was asked for and ends when released."""

    asked: list[float] = field(default_factory=list)
    release: asyncio.Event = field(default_factory=asyncio.Event)

    async def wait(self, seconds: float) -> None:
        self.asked.append(seconds)
        await self.release.wait()


def _responder(conversation: ScriptedConversation, waits: Waits) -> Responder:
    responder = Responder(conversation, uow_factory=None)  # type: ignore[arg-type]
    responder.wake_sleep = waits.wait
    return responder


async def test_a_wake_is_answered_after_the_wait_in_the_chats_turn() -> None:
    conversation = ScriptedConversation(
        [Reply("Đã nhận trang 1", wake=Wake(75.0, "đọc các trang 1")), Reply("Bản xem trước")]
    )
    waits, turns, sender = Waits(), Turns(), RememberingSender()
    responder = _responder(conversation, waits)
    photo = Incoming("telegram", "chat-7", "", official_id=OfficialId(3))
    await responder.respond(photo, sender, hold=turns.hold)
    await asyncio.sleep(0)  # let the wake-up start waiting
    assert sender.sent == [("chat-7", "Đã nhận trang 1")] and waits.asked == [75.0]
    assert len(conversation.heard) == 1  # nothing more until the wait ends
    waits.release.set()
    for _ in range(5):
        await asyncio.sleep(0)
    woken = conversation.heard[1]
    assert (woken.chat_ref, woken.payload, woken.official_id) == (
        "chat-7",
        "đọc các trang 1",
        OfficialId(3),
    )
    assert turns.held == ["chat-7"]
    assert sender.sent[-1] == ("chat-7", "Bản xem trước")


async def test_stopping_cancels_the_wakes_not_yet_due() -> None:
    conversation = ScriptedConversation([Reply("Đã nhận trang 1", wake=Wake(75.0, "x 1"))])
    waits, sender = Waits(), RememberingSender()
    responder = _responder(conversation, waits)
    await responder.respond(Incoming("telegram", "chat-8", ""), sender)
    await asyncio.sleep(0)
    await responder.stop_wakes()
    waits.release.set()
    await asyncio.sleep(0)
    assert len(conversation.heard) == 1 and sender.sent == [("chat-8", "Đã nhận trang 1")]
