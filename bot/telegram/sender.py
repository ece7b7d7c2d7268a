"""Telegram implementation of the Sender port: 4096-character parts, inline buttons."""

from __future__ import annotations

import warnings
from collections.abc import Sequence

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram import error as tg

from bot.channels import split_text, typed_commands
from bot.telegram.callback_data import encode
from bot.telegram.updates import CHANNEL
from handlers.messages import Button, OutgoingFile, Reply
from handlers.sending import (
    ChatBlocked,
    ChatMoved,
    PermanentError,
    RetryAfter,
    SendError,
    TransientError,
)

MAX_TEXT = 4096
MAX_CAPTION = 1024
PHOTO_MIMES = ("image/png", "image/jpeg")


class TelegramSender:
    channel = CHANNEL

    def __init__(self, bot: Bot) -> None:
        self._bot = bot
        self.ready = False  # set by the channel once getMe succeeded

    async def send(self, chat_ref: str, reply: Reply) -> None:
        """Buttons ride on the last part; parts go out in order, then the files (images as
        photos, the rest as documents); the first failure stops the rest."""
        if not self.ready:
            raise TransientError("the Telegram channel is not connected yet")
        markup, typed = keyboard(reply.buttons)
        text = f"{reply.text.rstrip()}\n\n{typed}" if typed else reply.text
        parts = split_text(text, MAX_TEXT)
        chat_id: int | str = int(chat_ref) if chat_ref.lstrip("-").isdigit() else chat_ref
        for n, part in enumerate(parts, 1):
            try:
                await self._bot.send_message(
                    chat_id, part, reply_markup=markup if n == len(parts) else None
                )
            except tg.TelegramError as exc:
                raise as_send_error(exc) from None
        for file in reply.files:
            try:
                await self._send_file(chat_id, file)
            except tg.TelegramError as exc:
                raise as_send_error(exc) from None

    async def _send_file(self, chat_id: int | str, file: OutgoingFile) -> None:
        caption = file.caption[:MAX_CAPTION] or None
        upload = InputFile(file.data, filename=file.name)
        if file.mime in PHOTO_MIMES:
            await self._bot.send_photo(chat_id, upload, caption=caption)
        else:
            await self._bot.send_document(chat_id, upload, caption=caption)


def keyboard(buttons: Sequence[Button]) -> tuple[InlineKeyboardMarkup | None, str]:
    """Inline buttons, three to a row; a payload too long for callback data becomes a typed
    command under the text instead of being lost."""
    fitting: list[InlineKeyboardButton] = []
    too_long: list[Button] = []
    for button in buttons:
        data = encode(button.payload)
        if data is None:
            too_long.append(button)
        else:
            fitting.append(InlineKeyboardButton(button.label, callback_data=data))
    rows = [fitting[i : i + 3] for i in range(0, len(fitting), 3)]
    return (InlineKeyboardMarkup(rows) if rows else None), typed_commands(too_long)


def retry_after_seconds(exc: tg.RetryAfter) -> float:
    """An int in PTB 22, a timedelta in 23: accept both, quietly."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)


def as_send_error(exc: tg.TelegramError) -> SendError:
    if isinstance(exc, tg.RetryAfter):
        # We pace under the bot-wide 30/s ourselves, so a 429 is a chat's own flood limit
        # (about one message a second, 20 a minute in a group): only that chat waits.
        return RetryAfter(retry_after_seconds(exc), chat_only=True)
    if isinstance(exc, tg.ChatMigrated):  # the group became a supergroup with a new id
        return ChatMoved(str(exc.new_chat_id))
    if isinstance(exc, tg.Forbidden):
        return ChatBlocked(exc.message)
    if isinstance(exc, tg.BadRequest | tg.InvalidToken):
        return PermanentError(exc.message)
    return TransientError(exc.message)
