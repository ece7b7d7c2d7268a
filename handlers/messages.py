"""Channel-neutral messages: what a channel hands the core and what the core hands back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from handlers.domain import OfficialId


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file or image a user sent; `ref` is the channel's own file reference."""

    kind: str  # "image" or "file"
    ref: str
    name: str = ""
    mime: str = ""
    size: int = 0


@dataclass(frozen=True, slots=True)
class Button:
    """A tap-able choice; `payload` is what comes back in Incoming.payload (≤ 64 bytes)."""

    label: str
    payload: str


@dataclass(frozen=True, slots=True)
class OutgoingFile:
    """A file the bot sends with a reply (a report, a chart); channels that cannot send files
    say so in text or give a link."""

    name: str  # "bao-cao-quy-4-2023.docx"
    data: bytes
    mime: str  # "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    buttons: tuple[Button, ...] = ()
    files: tuple[OutgoingFile, ...] = ()
    # The buttons repeat numbered choices the text lists ("1. Xem việc 9"), which a typed
    # number answers: a channel without buttons shows the text alone.
    numbered: bool = False
    # Ask the channel to come back to this chat later: after `wake.seconds` it feeds the
    # conversation `wake.payload` as if the chat had sent it (a batch of photos read when no
    # further page came). Channels without timers (the console) ignore it.
    wake: Wake | None = None


@dataclass(frozen=True, slots=True)
class Wake:
    seconds: float
    payload: str


@dataclass(frozen=True, slots=True)
class Incoming:
    """One user message. `official_id` is None for a chat that has not been linked yet."""

    channel: str
    chat_ref: str
    text: str
    official_id: OfficialId | None = None
    attachments: tuple[Attachment, ...] = ()
    payload: str | None = None
    today: date | None = None
    # The channel's album id (Telegram's media_group_id): photos sent together as one album.
    group: str = ""
