"""Plumbing shared by the fake API servers: loopback serving, parameters, faults, recording."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP
from types import TracebackType
from typing import Any, NamedTuple, Self
from urllib.parse import parse_qsl

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

# How long a test waits for something that happens in the background (a reply, a call). Only a
# failing test waits this long, so it is generous: a shared CI machine running the tests on two
# workers beside OCR can stall an answer for several seconds.
EVENTUALLY_S = 30.0


class Call(NamedTuple):
    """One API call as the fake received it; `t` is time.monotonic()."""

    method: str
    params: dict[str, Any]
    t: float


@dataclass(frozen=True, slots=True)
class Upload:
    filename: str
    content: bytes
    content_type: str


class ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


@dataclass(slots=True)
class Fault:
    """Answer `times` matching calls with `status`/`body` after `delay` seconds. A status of 0
    means "only delay, then answer normally" (latency, client timeouts)."""

    method: str  # an API method name, or "*" for every method
    status: int
    body: Any  # a dict is sent as JSON, a str as text/html (a proxy's error page)
    times: int = 1
    chat_id: str | None = None
    delay: float = 0.0


class Faults:
    def __init__(self) -> None:
        self._items: list[Fault] = []

    def add(self, fault: Fault) -> None:
        self._items.append(fault)

    def clear(self) -> None:
        self._items.clear()

    def take(self, method: str, chat_id: Any, *, case_sensitive: bool) -> Fault | None:
        def same(a: str, b: str) -> bool:
            return a == b if case_sensitive else a.lower() == b.lower()

        for fault in self._items:
            if fault.method != "*" and not same(fault.method, method):
                continue
            if fault.chat_id is not None and fault.chat_id != str(chat_id):
                continue
            fault.times -= 1
            if fault.times <= 0:
                self._items.remove(fault)
            return fault
        return None


def fault_response(fault: Fault) -> Response:
    if isinstance(fault.body, str):
        return Response(fault.body, status_code=fault.status, media_type="text/html")
    return JSONResponse(fault.body, status_code=fault.status)


async def read_params(request: Request) -> dict[str, Any]:
    """Query string, JSON, form-urlencoded or multipart (what PTB, curl and httpx send).
    Starlette's own form parser needs python-multipart; the stdlib parses both forms here."""
    params: dict[str, Any] = dict(request.query_params)
    ctype = request.headers.get("content-type", "")
    body = await request.body()
    if not body:
        return params
    if ctype.startswith("application/json"):
        data = json.loads(body)
        if isinstance(data, dict):
            params.update(data)
    elif ctype.startswith("application/x-www-form-urlencoded"):
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    elif ctype.startswith("multipart/form-data"):
        params.update(_multipart(ctype, body))
    return params


def _multipart(ctype: str, body: bytes) -> dict[str, Any]:
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {ctype}\r\n\r\n".encode() + body)
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is None:
            fields[name] = content.decode("utf-8")
        else:
            fields[name] = Upload(filename, content, part.get_content_type())
    return fields


def json_param(value: Any) -> Any:
    """PTB sends nested fields (reply_markup, commands) as JSON strings in form data."""
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return json.loads(value)
    return value


class _QuietServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield  # the test process keeps its own signal handling


class LoopbackServer:
    """A Starlette app served by uvicorn on 127.0.0.1:<ephemeral> in a background task."""

    def __init__(self, app: Starlette) -> None:
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=0,
            lifespan="off",
            access_log=False,
            log_level="warning",
            log_config=None,
            timeout_graceful_shutdown=1,
        )
        self._server = _QuietServer(config)
        self._task: asyncio.Task[None] | None = None
        self.url = ""

    async def start(self) -> str:
        self._task = asyncio.create_task(self._server.serve())
        while not self._server.started:
            if self._task.done():
                self._task.result()
            await asyncio.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._task is not None:
            self._server.should_exit = True
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None


class Recorder:
    """Every call, in order, and a way to wait until one matches."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.changed = asyncio.Condition()
        self.closing = False  # set at shutdown: pending long polls end at once

    async def close(self) -> None:
        self.closing = True
        await self.notify()

    async def record(self, method: str, params: dict[str, Any]) -> None:
        self.calls.append(Call(method, params, time.monotonic()))
        await self.notify()

    async def notify(self) -> None:
        async with self.changed:
            self.changed.notify_all()

    async def wait(self, ready: Callable[[], Any], within: float) -> Any:
        """The first truthy value of `ready()`, waiting up to `within` seconds for it."""
        async with self.changed:
            async with asyncio.timeout(within):
                while not (value := ready()):
                    if self.closing:
                        raise TimeoutError
                    await self.changed.wait()
        return value

    async def wait_for(
        self, predicate: Callable[[Call], bool], within: float = EVENTUALLY_S, *, after: int = 0
    ) -> Call:
        """The first matching call from index `after` on (pass len(calls) for "a new one")."""
        seen = after

        def match() -> Call | None:
            nonlocal seen
            for call in self.calls[seen:]:
                if predicate(call):
                    return call
            seen = len(self.calls)
            return None

        result: Call = await self.wait(match, within)
        return result


def error_response(exc: ApiError) -> JSONResponse:
    body: dict[str, Any] = {"ok": False, "error_code": exc.status, "description": exc.description}
    if exc.parameters:
        body["parameters"] = exc.parameters
    return JSONResponse(body, status_code=exc.status)


class FakeServer:
    """Lifecycle and call handling shared by the fake API servers: listen on loopback, record
    every call, apply latency and injected faults, work as an async context manager.
    Subclasses set `recorder`, `_server`, `faults` and `latency`."""

    recorder: Recorder
    _server: LoopbackServer
    url: str
    faults: Faults
    latency: float

    async def run_method(
        self,
        method: str,
        params: dict[str, Any],
        handler: Callable[[dict[str, Any]], Awaitable[Any]],
        *,
        case_sensitive: bool,
        omit_empty_result: bool = False,
    ) -> Response:
        """What the real API does once the call is authenticated and routed."""
        if self.latency:
            await asyncio.sleep(self.latency)
        fault = self.faults.take(method, params.get("chat_id"), case_sensitive=case_sensitive)
        if fault is not None:
            await asyncio.sleep(fault.delay)
            if fault.status:
                return fault_response(fault)
        try:
            result = await handler(params)
        except ApiError as exc:
            return error_response(exc)
        if result is None and omit_empty_result:
            return JSONResponse({"ok": True})
        return JSONResponse({"ok": True, "result": result})

    async def start(self) -> str:
        self.url = await self._server.start()
        return self.url

    async def stop(self) -> None:
        await self.recorder.close()
        await self._server.stop()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    @property
    def calls(self) -> list[Call]:
        return self.recorder.calls
