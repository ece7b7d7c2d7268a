"""Telegram updates → Incoming: button presses, text, photos and documents; group etiquette."""

from __future__ import annotations

import re
from dataclasses import dataclass

from telegram import Message, Update
from telegram.constants import ChatType

from bot.telegram.callback_data import decode
from handlers.messages import Attachment, Incoming

CHANNEL = "telegram"
_COMMAND_SUFFIX = re.compile(r"^(/\w+)@\w+", re.ASCII)


@dataclass(frozen=True, slots=True)
class BotIdentity:
    id: int
    username: str


def to_incoming(update: Update, me: BotIdentity) -> Incoming | None:
    """None for what the bot ignores: edits, stickers, forged buttons, group chatter."""
    query = update.callback_query
    if query is not None:
        payload = decode(query.data or "")
        if payload is None:
            return None
        chat_id = query.message.chat.id if query.message is not None else query.from_user.id
        return Incoming(CHANNEL, str(chat_id), payload, payload=payload)
    message = update.message
    if message is None:
        return None
    text = message.text or message.caption or ""
    if message.chat.type != ChatType.PRIVATE:
        # Privacy mode shows groups' commands, mentions and replies only; answer just those.
        addressed, text = _addressed(message, text, me)
        if not addressed:
            return None
    text = _COMMAND_SUFFIX.sub(r"\1", text.strip())
    attachments = _attachments(message)
    if not text and not attachments:
        return None
    # An album's photos come as one update each, sharing media_group_id: pages of one notice.
    group = message.media_group_id or ""
    return Incoming(CHANNEL, str(message.chat.id), text, attachments=attachments, group=group)


def _addressed(message: Message, text: str, me: BotIdentity) -> tuple[bool, str]:
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == me.id:
        return True, text
    if text.startswith("/"):
        target = text.split(maxsplit=1)[0].partition("@")[2]
        return not target or target.lower() == me.username.lower(), text
    mention = re.compile(rf"@{re.escape(me.username)}\b", re.IGNORECASE)
    if mention.search(text):
        return True, mention.sub("", text).strip()
    return False, text


def _attachments(message: Message) -> tuple[Attachment, ...]:
    """`ref` is the file_id: the core stores it as evidence, the bot can fetch the file later."""
    items: list[Attachment] = []
    if message.photo:
        best = max(message.photo, key=lambda p: (p.width * p.height, p.file_size or 0))
        items.append(
            Attachment("image", best.file_id, mime="image/jpeg", size=best.file_size or 0)
        )
    document = message.document
    if document is not None:
        items.append(
            Attachment(
                "file",
                document.file_id,
                name=document.file_name or "",
                mime=document.mime_type or "",
                size=document.file_size or 0,
            )
        )
    return tuple(items)
