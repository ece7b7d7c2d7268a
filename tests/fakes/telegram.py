"""A fake Telegram Bot API server with a driver: users write, press, upload; the bot is recorded.

Enforced like Telegram: text 1–4096 characters, callback_data ≤ 64 bytes, ≤ 30 messages/s
overall and an optional per-chat limit, answered with real 429s carrying
parameters.retry_after; a `blocked` set answers 403. Long polls are capped at `poll_cap`
seconds so shutdowns are quick. Method names are case-insensitive, as on Telegram.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.fakes._http import (
    EVENTUALLY_S,
    ApiError,
    Call,
    FakeServer,
    Fault,
    Faults,
    LoopbackServer,
    Recorder,
    error_response,
    read_params,
)
from tests.fakes.flood import FloodLimits
from tests.fakes.telegram_api import BotMessage, TelegramApi

DEFAULT_TOKEN = "123456789:AAFakeTelegramTokenForTests_abcdefgh"


class FakeTelegram(FakeServer):
    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "nhacviec_test_bot",
        overall_rate: int | None = 30,
        per_chat_rate: tuple[int, float] | None = None,
        poll_cap: float = 1.0,
        allow_http_webhook: bool = True,
    ) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_username = bot_username
        self.limits = FloodLimits(overall_rate, per_chat_rate)
        self.poll_cap = poll_cap
        self.allow_http_webhook = allow_http_webhook
        self.recorder = Recorder()
        self.faults = Faults()
        self.blocked: set[int] = set()
        self.latency = 0.0  # added to every API call
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self.webhook_responses: list[int] = []
        self.commands: list[dict[str, Any]] = []
        self.answered_callbacks: list[dict[str, Any]] = []
        self.messages: dict[int, list[BotMessage]] = {}
        self.files: dict[str, tuple[str, bytes]] = {}  # file_id → (file_path, content)
        self.chats: dict[int, dict[str, Any]] = {}
        self.updates: list[dict[str, Any]] = []
        self._next_update_id = 1000
        self._next_id = 1
        self._read: dict[int, int] = {}
        self._methods = TelegramApi(self).methods()
        self._server = LoopbackServer(self._app())
        self.url = ""

    @property
    def too_many_requests(self) -> int:
        """429s the flood limits issued (injected faults not counted)."""
        return self.limits.too_many

    def _app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/bot{token}/{method}", self._api, methods=["GET", "POST"]),
                Route("/file/bot{token}/{path:path}", self._file, methods=["GET"]),
            ]
        )

    async def _api(self, request: Request) -> Response:
        method = request.path_params["method"]
        try:
            params = await read_params(request)
        except ValueError:
            return error_response(ApiError(400, "Bad Request: can't parse request"))
        await self.recorder.record(method, params)
        if request.path_params["token"] != self.token:
            return error_response(ApiError(401, "Unauthorized"))
        handler = self._methods.get(method.lower())
        if handler is None:
            return error_response(ApiError(404, "Not Found"))
        return await self.run_method(method, params, handler, case_sensitive=False)

    async def _file(self, request: Request) -> Response:
        if request.path_params["token"] != self.token:
            return error_response(ApiError(401, "Unauthorized"))
        path = request.path_params["path"]
        for file_path, content in self.files.values():
            if file_path == path:
                return Response(content, media_type="application/octet-stream")
        return error_response(ApiError(404, "Not Found"))

    # --- faults ------------------------------------------------------------------------

    def inject(
        self,
        method: str,
        status: int,
        *,
        description: str | None = None,
        retry_after: int | None = None,
        body: Any = None,
        times: int = 1,
        chat_id: int | None = None,
        delay: float = 0.0,
    ) -> None:
        """E.g. inject("sendMessage", 429, retry_after=1), inject("sendMessage", 502,
        body="<html>Bad Gateway</html>"), inject("sendMessage", 0, delay=3) for a timeout."""
        if body is None and status:
            body = {"ok": False, "error_code": status, "description": description or _DESC[status]}
            if retry_after is not None:
                body["parameters"] = {"retry_after": retry_after}
                body["description"] = f"Too Many Requests: retry after {retry_after}"
        chat = None if chat_id is None else str(chat_id)
        self.faults.add(Fault(method, status, body, times, chat, delay))

    # --- the driver: what users do ---------------------------------------------------

    def user(self, user_id: int, first_name: str = "Cán bộ") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "vi"}

    def chat(self, chat_id: int, chat_type: str = "private") -> dict[str, Any]:
        if chat_id not in self.chats:
            if chat_type == "private":
                self.chats[chat_id] = {"id": chat_id, "type": "private", "first_name": "Cán bộ"}
            else:
                title = "Nhóm công việc"
                self.chats[chat_id] = {"id": chat_id, "type": chat_type, "title": title}
        return self.chats[chat_id]

    def _message(self, chat_id: int, user_id: int | None, chat_type: str) -> dict[str, Any]:
        return {
            "message_id": self.new_id(),
            "date": int(time.time()),
            "chat": self.chat(chat_id, chat_type),
            "from": self.user(user_id or chat_id),
        }

    async def user_says(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        chat_type: str = "private",
        reply_to_bot: bool = False,
    ) -> dict[str, Any]:
        """A text message; `/cmd` gets its bot_command entity and `@bot` a mention entity."""
        message = self._message(chat_id, user_id, chat_type) | {"text": text}
        entities: list[dict[str, Any]] = []
        if command := re.match(r"/\w+(@\w+)?", text):
            entities.append({"type": "bot_command", "offset": 0, "length": command.end()})
        for mention in re.finditer(rf"@{re.escape(self.bot_username)}\b", text):
            span = {"offset": mention.start(), "length": len(mention[0])}
            entities.append({"type": "mention"} | span)
        if entities:
            message["entities"] = entities
        if reply_to_bot and self.messages.get(chat_id):
            message["reply_to_message"] = self.messages[chat_id][-1].raw
        return await self.push({"message": message})

    async def user_presses(
        self,
        chat_id: int,
        data: str,
        *,
        message: dict[str, Any] | None = None,
        user_id: int | None = None,
    ) -> dict[str, Any]:
        """A callback query with raw `data`, from the bot's last message by default."""
        if message is None:
            sent = self.messages.get(chat_id) or []
            message = sent[-1].raw if sent else self._message(chat_id, self.bot_id, "private")
        query = {
            "id": str(self.new_id()),
            "from": self.user(user_id or chat_id),
            "message": message,
            "chat_instance": f"ci{chat_id}",
            "data": data,
        }
        return await self.push({"callback_query": query})

    async def user_presses_button(self, chat_id: int, label: str) -> dict[str, Any]:
        """Press the newest button labelled `label` among the bot's messages to this chat."""
        for sent in reversed(self.messages.get(chat_id) or []):
            for text, data in sent.buttons:
                if text == label:
                    return await self.user_presses(chat_id, data, message=sent.raw)
        raise AssertionError(f"no button {label!r} in chat {chat_id}")

    async def user_uploads(
        self,
        chat_id: int,
        name: str,
        content: bytes,
        *,
        mime: str = "application/pdf",
        caption: str | None = None,
    ) -> dict[str, Any]:
        file_id = self.store_file("documents", name, content)
        message = self._message(chat_id, None, "private")
        message["document"] = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": name,
            "mime_type": mime,
            "file_size": len(content),
        }
        if caption:
            message["caption"] = caption
        return await self.push({"message": message})

    async def user_sends_photo(
        self,
        chat_id: int,
        content: bytes = b"\xff\xd8\xff\xe0fake-jpeg",
        *,
        caption: str = "",
        media_group_id: str = "",
    ) -> dict[str, Any]:
        """Telegram sends a photo as several sizes, each with its own file_id; each photo of
        an album is an update of its own, sharing the album's `media_group_id`."""
        sizes = []
        for width, height in ((90, 67), (320, 240), (1280, 960)):
            file_id = self.store_file("photos", f"file_{self._next_id}.jpg", content)
            sizes.append(
                {
                    "file_id": file_id,
                    "file_unique_id": f"u{file_id}",
                    "width": width,
                    "height": height,
                    "file_size": len(content),
                }
            )
        message = self._message(chat_id, None, "private") | {"photo": sizes}
        if caption:
            message["caption"] = caption
        if media_group_id:
            message["media_group_id"] = media_group_id
        return await self.push({"message": message})

    async def user_blocks(self, chat_id: int, blocked: bool = True) -> dict[str, Any]:
        """The user blocks (or unblocks) the bot: sends fail with 403, a my_chat_member update."""
        (self.blocked.add if blocked else self.blocked.discard)(chat_id)
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        bot = {"id": self.bot_id, "is_bot": True, "first_name": "Nhắc việc"}

        def member(status: str) -> dict[str, Any]:
            return {"status": status, "user": bot} | (
                {"until_date": 0} if status == "kicked" else {}
            )

        change = {
            "chat": self.chat(chat_id),
            "from": self.user(chat_id),
            "date": int(time.time()),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
        return await self.push({"my_chat_member": change})

    async def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Deliver any update (also a malformed one): to the webhook if set, else to polling."""
        update = {"update_id": self._next_update_id} | update
        self._next_update_id += 1
        if self.webhook_url:
            headers = {"X-Telegram-Bot-Api-Secret-Token": self.webhook_secret or ""}
            async with httpx.AsyncClient(timeout=10) as client:
                response = await client.post(self.webhook_url, json=update, headers=headers)
            self.webhook_responses.append(response.status_code)
        else:
            self.updates.append(update)
            await self.recorder.notify()
        return update

    # --- the driver: what the bot sent ---------------------------------------------

    def sent_to(self, chat_id: int) -> list[BotMessage]:
        return list(self.messages.get(chat_id) or [])

    async def next_message(self, chat_id: int, within: float = EVENTUALLY_S) -> BotMessage:
        """The oldest message to `chat_id` this driver has not returned yet."""

        def unread() -> BotMessage | None:
            sent = self.messages.get(chat_id) or []
            index = self._read.get(chat_id, 0)
            return sent[index] if index < len(sent) else None

        message: BotMessage = await self.recorder.wait(unread, within)
        self._read[chat_id] = self._read.get(chat_id, 0) + 1
        return message

    def skip_unread(self, chat_id: int) -> None:
        self._read[chat_id] = len(self.messages.get(chat_id) or [])

    async def ask(self, chat_id: int, text: str, within: float = EVENTUALLY_S) -> BotMessage:
        """The user writes `text`; the bot's (first) answer."""
        self.skip_unread(chat_id)
        await self.user_says(chat_id, text)
        return await self.next_message(chat_id, within)

    async def wait_for(
        self, predicate: Callable[[Call], bool], within: float = EVENTUALLY_S, *, after: int = 0
    ) -> Call:
        return await self.recorder.wait_for(predicate, within, after=after)

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method.lower() == method.lower()]

    # --- internals used by the API methods -------------------------------------------

    def new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def store_file(self, folder: str, name: str, content: bytes) -> str:
        file_id = f"AgAC{self.new_id():08d}{re.sub(r'[^A-Za-z0-9]', '', name)[:12]}"
        self.files[file_id] = (f"{folder}/{file_id}_{name}", content)
        return file_id

    def updates_from(self, offset: int) -> list[dict[str, Any]]:
        if offset:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        return self.updates


_DESC = {
    400: "Bad Request",
    403: "Forbidden: bot was blocked by the user",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}
