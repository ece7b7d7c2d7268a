"""A thin async client of the Zalo Bot Platform API (POST + JSON), with typed errors."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

import httpx

from bot.channels import install_log_redaction, redact
from bot.zalo.updates import ZaloUpdate, parse_update

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://bot-api.zaloplatforms.com"
MAX_TEXT = 2000


class ZaloError(Exception):
    """Any failed call; never carries the token (URLs are redacted)."""

    def __init__(self, error_code: int, description: str) -> None:
        super().__init__(f"Zalo error {error_code}: {redact(description)}")
        self.error_code = error_code
        self.description = redact(description)


class ZaloAuthError(ZaloError):
    """401: the token is wrong or was reset in Bot Creator; the channel cannot work."""


class ZaloQuotaError(ZaloError):
    """429: the monthly message quota is used up (not a per-second limit: no retry_after)."""


class ZaloBadRequest(ZaloError):
    """Other 4xx: the request will not succeed as it is."""


class ZaloForbidden(ZaloBadRequest):
    """403. The docs label it "internal server error" (sic); meaning unverified, treated as
    "this chat does not accept messages from the bot"."""


class ZaloTransientError(ZaloError):
    """5xx, a non-JSON body, a timeout or a network failure: try again later."""


@dataclass(frozen=True, slots=True)
class SentMessage:
    message_id: str
    date_ms: int


class ZaloBotClient:
    """`base_url` and `transport` are injectable so tests reach a local fake server."""

    def __init__(
        self,
        token: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 20.0,
    ) -> None:
        install_log_redaction(quiet=False)  # the token is in every request URL
        self._prefix = f"/bot{token}/"
        self._timeout = timeout
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"), transport=transport, timeout=timeout
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def call(self, method: str, params: dict[str, Any] | None = None, **kw: Any) -> Any:
        """POST `params` as JSON to `method`; returns `result` (or None) or raises a ZaloError."""
        try:
            response = await self._http.post(self._prefix + method, json=params or {}, **kw)
        except httpx.TimeoutException:
            raise ZaloTransientError(0, f"{method}: timed out") from None
        except httpx.HTTPError as exc:
            raise ZaloTransientError(0, f"{method}: {type(exc).__name__}") from None
        try:
            body = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = None
        if not isinstance(body, dict):
            status = response.status_code
            raise ZaloTransientError(status, f"{method}: HTTP {status}")
        if body.get("ok") is True:
            return body.get("result")
        code = int(body.get("error_code") or response.status_code)
        raise _error(code, f"{method}: {body.get('description') or 'error'}")

    async def download(self, url: str, max_bytes: int) -> bytes:
        """A file Zalo links to (a received photo): streamed and cut off past `max_bytes`
        (ValueError). Only http(s) URLs; ZaloTransientError when it cannot be fetched."""
        if not url.lower().startswith(("https://", "http://")):
            raise ZaloBadRequest(400, "download: not an http(s) URL")
        chunks: list[bytes] = []
        size = 0
        try:
            async with self._http.stream("GET", url, follow_redirects=True) as response:
                if response.status_code != 200:
                    raise ZaloTransientError(response.status_code, "download: HTTP error")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise ValueError(f"file too large ({declared} bytes)")
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise ValueError(f"file larger than {max_bytes} bytes")
                    chunks.append(chunk)
        except httpx.TimeoutException:
            raise ZaloTransientError(0, "download: timed out") from None
        except httpx.HTTPError as exc:
            raise ZaloTransientError(0, f"download: {type(exc).__name__}") from None
        return b"".join(chunks)

    async def get_me(self) -> dict[str, Any]:
        result = await self.call("getMe")
        return result if isinstance(result, dict) else {}

    async def get_update(self, timeout: int = 30) -> ZaloUpdate | None:  # noqa: ASYNC109
        """One update, or None when the long poll ended idle (HTTP 408) or held nothing usable.
        `timeout` is the server-side long-poll time; the read timeout allows for it."""
        try:
            result = await self.call(
                "getUpdates",
                {"timeout": str(timeout)},
                timeout=httpx.Timeout(self._timeout, read=timeout + 10),
            )
        except ZaloError as exc:
            if exc.error_code == 408:
                return None
            raise
        return parse_update(result) if isinstance(result, dict) else None

    async def set_webhook(self, url: str, secret: str) -> dict[str, Any]:
        result = await self.call("setWebhook", {"url": url, "secret_token": secret})
        return result if isinstance(result, dict) else {}

    async def delete_webhook(self) -> None:
        await self.call("deleteWebhook")

    async def get_webhook_info(self) -> dict[str, Any] | None:
        """None when no webhook is set (the API answers 404 then)."""
        try:
            result = await self.call("getWebhookInfo")
        except ZaloBadRequest as exc:
            if exc.error_code == 404:
                return None
            raise
        return result if isinstance(result, dict) else None

    async def send_message(
        self, chat_id: str, text: str, parse_mode: str | None = None
    ) -> SentMessage:
        params: dict[str, Any] = {"chat_id": chat_id, "text": text}
        if parse_mode:
            params["parse_mode"] = parse_mode
        return _sent(await self.call("sendMessage", params))

    async def send_photo(self, chat_id: str, url: str, caption: str | None = None) -> SentMessage:
        params: dict[str, Any] = {"chat_id": chat_id, "photo": url}
        if caption:
            params["caption"] = caption
        return _sent(await self.call("sendPhoto", params))

    async def send_chat_action(self, chat_id: str, action: str = "typing") -> None:
        await self.call("sendChatAction", {"chat_id": chat_id, "action": action})


def _error(code: int, description: str) -> ZaloError:
    if code == 401:
        return ZaloAuthError(code, description)
    if code == 429:
        return ZaloQuotaError(code, description)
    if code == 403:
        return ZaloForbidden(code, description)
    if 400 <= code < 500:
        return ZaloBadRequest(code, description)
    return ZaloTransientError(code, description)


def _sent(result: Any) -> SentMessage:
    data = result if isinstance(result, dict) else {}
    return SentMessage(str(data.get("message_id", "")), int(data.get("date") or 0))
