"""Zalo updates: a tolerant parser of the event payload and its mapping to an Incoming."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from handlers.messages import Attachment, Incoming

CHANNEL = "zalo"
TEXT = "message.text.received"
IMAGE = "message.image.received"
STICKER = "message.sticker.received"
UNSUPPORTED = "message.unsupported.received"


@dataclass(frozen=True, slots=True)
class ZaloUpdate:
    """One event; ids are opaque strings (never ints). `date_ms` is epoch milliseconds."""

    event_name: str
    message_id: str
    chat_id: str
    chat_type: str
    user_id: str
    display_name: str = ""
    text: str = ""
    photo_url: str | None = None
    sticker: str | None = None
    date_ms: int = 0
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def key(self) -> tuple[str, str]:
        """Zalo has no update_id: an event is identified by its name and message id."""
        return self.event_name, self.message_id


def unwrap(payload: Any) -> Any:
    """Webhooks arrive flat in practice but wrapped in {ok, result} in the docs: accept both."""
    if isinstance(payload, dict) and payload.get("ok") is True:
        result = payload.get("result")
        if isinstance(result, dict):
            return result
    return payload


def parse_update(payload: Any) -> ZaloUpdate | None:
    """None for anything without an event name, a message id and a chat id."""
    body = unwrap(payload)
    if not isinstance(body, dict):
        return None
    message = body.get("message")
    event = body.get("event_name")
    if not isinstance(message, dict) or not isinstance(event, str):
        return None
    sender = _dict(message.get("from"))
    chat = _dict(message.get("chat"))
    message_id = _text(message.get("message_id"))
    chat_id = _text(chat.get("id")) or _text(sender.get("id"))
    if not message_id or not chat_id:
        return None
    # Clients disagree on the image field's name (unverified which is real): try each.
    photo = next((v for k in ("photo", "photo_url", "url") if (v := _text(message.get(k)))), None)
    date_ms = message.get("date")
    return ZaloUpdate(
        event_name=event,
        message_id=message_id,
        chat_id=chat_id,
        chat_type=_text(chat.get("chat_type")) or "PRIVATE",
        user_id=_text(sender.get("id")) or chat_id,
        display_name=_text(sender.get("display_name")) or _text(sender.get("first_name")),
        text=_text(message.get("text")) or _text(message.get("caption")),
        photo_url=photo if event == IMAGE else None,
        sticker=_text(message.get("sticker")) or None,
        date_ms=date_ms if isinstance(date_ms, int) else 0,
        raw=body,
    )


def to_incoming(update: ZaloUpdate) -> Incoming | None:
    """Text and images reach the core; stickers and withheld ("unsupported") content do not."""
    if update.event_name == TEXT and update.text.strip():
        return Incoming(CHANNEL, update.chat_id, update.text)
    if update.event_name == IMAGE and update.photo_url:
        image = Attachment("image", ref=update.photo_url)
        return Incoming(CHANNEL, update.chat_id, update.text, attachments=(image,))
    return None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return ""
