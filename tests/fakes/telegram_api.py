"""The Bot API methods the fake Telegram server implements, with Telegram's checks and errors."""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tests.fakes._http import ApiError, Upload, json_param

if TYPE_CHECKING:
    from tests.fakes.telegram import FakeTelegram

Method = Callable[[dict[str, Any]], Awaitable[Any]]
MAX_TEXT = 4096
MAX_CAPTION = 1024
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


@dataclass(slots=True)
class BotMessage:
    """A message the bot sent (or edited)."""

    chat_id: int
    message_id: int
    text: str
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (label, callback_data)
    raw: dict[str, Any] = field(default_factory=dict)
    t: float = 0.0


class TelegramApi:
    """The methods, by lower-case name (Telegram's method names are case-insensitive)."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake

    def methods(self) -> dict[str, Method]:
        table: dict[str, Method] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "answerCallbackQuery": self._answer_callback_query,
            "sendDocument": self._send_document,
            "sendPhoto": self._send_photo,
            "sendChatAction": self._send_chat_action,
            "getFile": self._get_file,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "close": self._true,
            "logOut": self._true,
        }
        return {name.lower(): method for name, method in table.items()}

    async def _true(self, params: dict[str, Any]) -> bool:
        return True

    async def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": self.fake.bot_id,
            "is_bot": True,
            "first_name": "Nhắc việc",
            "username": self.fake.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.fake.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        limit = max(1, min(int(params.get("limit") or 100), 100))
        wait = min(float(params.get("timeout") or 0), self.fake.poll_cap)
        if not self.fake.updates_from(offset) and wait > 0:
            with contextlib.suppress(TimeoutError):
                await self.fake.recorder.wait(lambda: self.fake.updates_from(offset), wait)
        return self.fake.updates_from(offset)[:limit]

    async def _set_webhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        if not url:
            return await self._delete_webhook(params)
        loopback = url.startswith("http://127.0.0.1") and self.fake.allow_http_webhook
        if not url.startswith("https://") and not loopback:
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET.match(str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.fake.webhook_url, self.fake.webhook_secret = url, secret
        return True

    async def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.fake.webhook_url = self.fake.webhook_secret = None
        if str(params.get("drop_pending_updates")).lower() == "true":
            self.fake.updates.clear()
        return True

    async def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": self.fake.webhook_url or "",
            "has_custom_certificate": False,
            "pending_update_count": 0 if self.fake.webhook_url else len(self.fake.updates),
        }

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._known_chat(params.get("chat_id"))
        text = str(params.get("text") or "")
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        markup = self._markup_of(params)
        _check_markup(markup)
        self.fake.limits.check(chat_id)
        return await self._record_sent(chat_id, text, markup)

    async def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._known_chat(params.get("chat_id"))
        text = str(params.get("text") or "")
        if not 1 <= len(text) <= MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        message_id = int(params.get("message_id") or 0)
        for sent in self.fake.messages.get(chat_id) or []:
            if sent.message_id == message_id:
                if sent.text == text:
                    raise ApiError(400, "Bad Request: message is not modified")
                markup = self._markup_of(params)
                _check_markup(markup)
                self.fake.limits.check(chat_id)
                sent.text = sent.raw["text"] = text
                sent.raw["edit_date"] = sent.raw["date"]
                await self.fake.recorder.notify()
                return sent.raw
        raise ApiError(400, "Bad Request: message to edit not found")

    async def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        if not params.get("callback_query_id"):
            raise ApiError(400, "Bad Request: query is too old and response timeout expired")
        if len(str(params.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self.fake.answered_callbacks.append(params)
        return True

    async def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        return await self._send_file(params, "document")

    async def _send_photo(self, params: dict[str, Any]) -> dict[str, Any]:
        return await self._send_file(params, "photo")

    async def _send_file(self, params: dict[str, Any], kind: str) -> dict[str, Any]:
        chat_id = self._known_chat(params.get("chat_id"))
        value = params.get(kind)
        if value is None:
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        caption = str(params.get("caption") or "")
        if len(caption) > MAX_CAPTION:
            raise ApiError(400, "Bad Request: message caption is too long")
        self.fake.limits.check(chat_id)
        upload = self._upload_of(value)
        if isinstance(upload, Upload):
            file_id = self.fake.store_file(f"{kind}s", upload.filename, upload.content)
            name, size = upload.filename, len(upload.content)
        elif upload in self.fake.files:
            file_id, name, size = upload, upload, len(self.fake.files[upload][1])
        else:
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        info = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": size}
        extra: dict[str, object]
        if kind == "document":
            extra = {kind: info | {"file_name": name}}
        else:  # a PhotoSize needs its dimensions (PTB refuses one without them)
            content = upload.content if isinstance(upload, Upload) else b""
            extra = {kind: [info | _image_size(content)]}
        return await self._record_sent(chat_id, caption, self._markup_of(params), extra)

    async def _send_chat_action(self, params: dict[str, Any]) -> bool:
        self._known_chat(params.get("chat_id"))
        return True

    async def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id") or "")
        if file_id not in self.fake.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, content = self.fake.files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(content),
            "file_path": path,
        }

    async def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = json_param(params.get("commands"))
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be an array")
        for item in commands:
            if not _COMMAND.match(str(item.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(item.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: command description is invalid")
        self.fake.commands = commands
        return True

    async def _get_my_commands(self, params: dict[str, Any]) -> list[Any]:
        return self.fake.commands

    async def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        self.fake.commands = []
        return True

    def _known_chat(self, chat_id: Any) -> int:
        try:
            number = int(chat_id)
        except (TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        if number not in self.fake.chats:
            raise ApiError(400, "Bad Request: chat not found")
        if number in self.fake.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return number

    async def _record_sent(
        self, chat_id: int, text: str, markup: Any, extra: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        message_id = self.fake.new_id()
        raw: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self.fake.chats[chat_id],
            "from": {"id": self.fake.bot_id, "is_bot": True, "first_name": "Nhắc việc"},
        } | (extra or {})
        if text:
            raw["text" if not extra else "caption"] = text
        buttons: list[tuple[str, str]] = []
        if isinstance(markup, dict) and markup.get("inline_keyboard"):
            raw["reply_markup"] = markup
            buttons = [
                (b.get("text", ""), b.get("callback_data", ""))
                for row in markup["inline_keyboard"]
                for b in row
            ]
        message = BotMessage(chat_id, message_id, text, buttons, raw, time.monotonic())
        self.fake.messages.setdefault(chat_id, []).append(message)
        await self.fake.recorder.notify()
        return raw

    def _upload_of(self, value: Any) -> Upload | str:
        return value if isinstance(value, Upload) else str(value)

    def _markup_of(self, params: dict[str, Any]) -> Any:
        return json_param(params.get("reply_markup"))


def _check_markup(markup: Any) -> None:
    if not isinstance(markup, dict):
        return
    for row in markup.get("inline_keyboard") or []:
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            if not button.get("text"):
                raise ApiError(400, "Bad Request: text buttons are unallowed")


def _image_size(content: bytes) -> dict[str, int]:
    """A PNG's width and height from its IHDR chunk; a stand-in size for anything else."""
    if content.startswith(b"\x89PNG\r\n\x1a\n") and len(content) >= 24:
        return {
            "width": int.from_bytes(content[16:20], "big"),
            "height": int.from_bytes(content[20:24], "big"),
        }
    return {"width": 320, "height": 240}
