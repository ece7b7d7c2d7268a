"""A fake Zalo Bot Platform server with a driver (the Zalo Bot API's request and response shapes).

Behaviour the docs leave unverified is marked "unverified" below. Method names are
case-sensitive; getUpdates returns one update or an idle 408; webhooks are POSTed flat by
default (wrapped in {ok, result} on request) with X-Bot-Api-Secret-Token.
"""

from __future__ import annotations

import contextlib
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
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
from tests.fakes.zalo_control import control_routes

DEFAULT_TOKEN = "987654321:fake-zalo-secret-token-xyz"
MAX_TEXT = 2000
_TOKEN = re.compile(r"^\d+:[\w-]+$")
Method = Callable[[dict[str, Any]], Awaitable[Any]]


@dataclass(slots=True)
class Sent:
    method: str
    chat_id: str
    text: str
    parse_mode: str | None
    t: float
    photo: str = ""  # sendPhoto's image URL


class FakeZalo(FakeServer):
    def __init__(
        self, token: str = DEFAULT_TOKEN, *, poll_cap: float = 1.0, quota: int = 3000
    ) -> None:
        self.token = token
        self.poll_cap = poll_cap
        self.quota = quota  # send calls per month (Basic plan); then 429 "Quota exceeded"
        self.recorder = Recorder()
        self.faults = Faults()
        self.blocked: set[str] = set()  # sends answer 403 (its real meaning is unverified)
        self.latency = 0.0
        self.outbox: list[Sent] = []
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self.webhook_responses: list[int] = []
        self.images: dict[str, bytes] = {}
        self._chats: set[str] = set()
        self._queue: list[dict[str, Any]] = []
        self._read: dict[str, int] = {}
        self._server = LoopbackServer(
            Starlette(
                routes=[
                    Route("/bot{token}/{method}", self._api, methods=["GET", "POST"]),
                    Route("/_fake/images/{name}", self._image, methods=["GET"]),
                    *control_routes(self),
                ]
            )
        )
        self.url = ""

    def reset(self) -> None:
        """Forget every call, message, fault, webhook and queued update (not the chats)."""
        self.recorder.calls.clear()
        self.faults.clear()
        self.outbox.clear()
        self.blocked.clear()
        self._queue.clear()
        self._read.clear()
        self.webhook_url = self.webhook_secret = None

    def inject(
        self,
        method: str,
        status: int,
        *,
        description: str | None = None,
        body: Any = None,
        times: int = 1,
        chat_id: str | None = None,
        delay: float = 0.0,
    ) -> None:
        """E.g. inject("sendMessage", 502, body="<html>…</html>"), inject("sendMessage", 429),
        inject("sendMessage", 0, delay=3) for a slow reply."""
        if body is None and status:
            text = description or _DESC.get(status, "Error")
            body = {"ok": False, "error_code": status, "description": text}
        self.faults.add(Fault(method, status, body, times, chat_id, delay))

    # --- HTTP ----------------------------------------------------------------------------

    async def _api(self, request: Request) -> Response:
        token, method = request.path_params["token"], request.path_params["method"]
        try:
            params = await read_params(request)
        except ValueError:
            return error_response(ApiError(400, "Bad Request: invalid body"))
        await self.recorder.record(method, params)
        # Unverified: the exact status and body of an invalid token.
        if not _TOKEN.match(token) or token != self.token:
            return error_response(ApiError(401, "Unauthorized"))
        handler = self._methods().get(method)  # case-sensitive, as documented
        if handler is None:
            return error_response(ApiError(404, "Not Found"))
        return await self.run_method(
            method, params, handler, case_sensitive=True, omit_empty_result=True
        )

    async def _image(self, request: Request) -> Response:
        content = self.images.get(request.path_params["name"])
        if content is None:
            return Response(status_code=404)
        return Response(content, media_type="image/jpeg")

    def _methods(self) -> dict[str, Method]:
        return {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendChatAction": self._send_chat_action,
        }

    async def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        bot_id = self.token.split(":", 1)[0]
        return {
            "id": bot_id,
            "account_name": f"bot.{bot_id[:9]}",
            "account_type": "BASIC",
            "can_join_groups": False,
        }

    async def _get_updates(self, params: dict[str, Any]) -> dict[str, Any]:
        if self.webhook_url:
            # Unverified: the real code is "a 4xx mentioning webhook".
            raise ApiError(400, "Bad Request: webhook is set, getUpdates is not available")
        wait = min(float(params.get("timeout") or 30), self.poll_cap)
        if not self._queue:
            with contextlib.suppress(TimeoutError):
                await self.recorder.wait(lambda: self._queue, wait)
        if not self._queue:
            raise ApiError(408, "Request timeout")
        return self._queue.pop(0)  # one update per call, not a list

    async def _set_webhook(self, params: dict[str, Any]) -> dict[str, Any]:
        url, secret = str(params.get("url") or ""), str(params.get("secret_token") or "")
        if not (url.startswith("https://") or url.startswith("http://127.0.0.1")):
            raise ApiError(400, "Bad Request: url must be https")
        if not 8 <= len(secret) <= 256:
            raise ApiError(400, "Bad Request: secret_token must be 8-256 characters")
        self.webhook_url, self.webhook_secret = url, secret
        return {"url": url, "updated_at": _now_ms()}

    async def _delete_webhook(self, params: dict[str, Any]) -> dict[str, Any]:
        self.webhook_url = self.webhook_secret = None
        return {"url": "", "updated_at": _now_ms()}

    async def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        if not self.webhook_url:
            raise ApiError(404, "Not Found")
        return {"url": self.webhook_url, "updated_at": _now_ms()}

    def _sendable(self, params: dict[str, Any]) -> str:
        chat_id = str(params.get("chat_id") or "")
        if chat_id not in self._chats:
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden")  # unverified: docs label 403 "internal server error"
        if len(self.outbox) >= self.quota:
            raise ApiError(429, "Quota exceeded")  # monthly quota: no retry_after
        return chat_id

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._sendable(params)
        text, mode = str(params.get("text") or ""), params.get("parse_mode")
        if not 1 <= len(text) <= MAX_TEXT:
            raise ApiError(400, "Bad Request: text must be 1-2000 characters")
        if mode is not None and mode not in ("markdown", "html"):
            raise ApiError(400, "Bad Request: invalid parse_mode")
        return await self._record("sendMessage", chat_id, text, mode)

    async def _send_photo(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._sendable(params)
        photo = str(params.get("photo") or "")
        if not photo.startswith(("http://", "https://")):
            raise ApiError(400, "Bad Request: photo must be a URL")
        caption = str(params.get("caption") or "")
        return await self._record("sendPhoto", chat_id, caption, None, photo=photo)

    async def _send_chat_action(self, params: dict[str, Any]) -> None:
        if params.get("action") != "typing":
            raise ApiError(400, "Bad Request: action must be typing")

    async def _record(
        self, method: str, chat_id: str, text: str, mode: Any, photo: str = ""
    ) -> dict[str, Any]:
        self.outbox.append(Sent(method, chat_id, text, mode, time.monotonic(), photo))
        await self.recorder.notify()
        return {"message_id": secrets.token_hex(10), "date": _now_ms()}

    # --- the driver --------------------------------------------------------------------

    async def user_says(
        self,
        chat_id: str,
        text: str,
        *,
        chat_type: str = "PRIVATE",
        wrapped: bool = False,
        duplicate: int = 1,
    ) -> dict[str, Any]:
        message = self.message(chat_id, chat_type) | {"text": text}
        return await self.inbound("message.text.received", message, wrapped, duplicate)

    async def user_sends_image(
        self, chat_id: str, content: bytes = b"\xff\xd8fake", *, caption: str = ""
    ) -> dict[str, Any]:
        """The image is served by the fake; the update carries its URL (field name `photo`
        per the docs, unverified)."""
        name = f"{secrets.token_hex(8)}.jpg"
        self.images[name] = content
        message = self.message(chat_id, "PRIVATE") | {
            "photo": f"{self.url}/_fake/images/{name}",
            "caption": caption,
        }
        return await self.inbound("message.image.received", message)

    async def user_sends_sticker(self, chat_id: str) -> dict[str, Any]:
        message = self.message(chat_id, "PRIVATE") | {"sticker": "bfe7a4b1b1f0", "url": ""}
        return await self.inbound("message.sticker.received", message)

    def known_chat(self, chat_id: str) -> None:
        """A chat the bot may write to without the user having written first (tests)."""
        self._chats.add(chat_id)

    def message(self, chat_id: str, chat_type: str) -> dict[str, Any]:
        self._chats.add(chat_id)
        return {
            "from": {"id": chat_id, "display_name": "Cán bộ", "is_bot": False},
            "chat": {"id": chat_id, "chat_type": chat_type},
            "message_id": secrets.token_hex(10),
            "date": _now_ms(),
        }

    async def inbound(
        self, event: str, message: dict[str, Any], wrapped: bool = False, duplicate: int = 1
    ) -> dict[str, Any]:
        update = {"event_name": event, "message": message}
        for _ in range(duplicate):
            await self.deliver({"ok": True, "result": update} if wrapped else update)
        return update

    async def deliver(self, body: Any) -> None:
        """Any body, even a malformed one: POSTed to the webhook if set, else queued."""
        if self.webhook_url:
            headers = {"X-Bot-Api-Secret-Token": self.webhook_secret or ""}
            async with httpx.AsyncClient(timeout=10) as client:
                response = await client.post(self.webhook_url, json=body, headers=headers)
            self.webhook_responses.append(response.status_code)
        else:
            self._queue.append(body)
            await self.recorder.notify()

    def sent_to(self, chat_id: str) -> list[Sent]:
        return [s for s in self.outbox if s.chat_id == chat_id]

    async def next_message(self, chat_id: str, within: float = EVENTUALLY_S) -> Sent:
        def unread() -> Sent | None:
            sent = self.sent_to(chat_id)
            index = self._read.get(chat_id, 0)
            return sent[index] if index < len(sent) else None

        message: Sent = await self.recorder.wait(unread, within)
        self._read[chat_id] = self._read.get(chat_id, 0) + 1
        return message

    def skip_unread(self, chat_id: str) -> None:
        self._read[chat_id] = len(self.sent_to(chat_id))

    async def ask(self, chat_id: str, text: str, within: float = EVENTUALLY_S) -> Sent:
        self.skip_unread(chat_id)
        await self.user_says(chat_id, text)
        return await self.next_message(chat_id, within)

    async def wait_for(
        self, predicate: Callable[[Call], bool], within: float = EVENTUALLY_S, *, after: int = 0
    ) -> Call:
        return await self.recorder.wait_for(predicate, within, after=after)


_DESC = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    408: "Request timeout",
    429: "Quota exceeded",
    500: "Internal Server Error",
}


def _now_ms() -> int:
    return int(time.time() * 1000)
