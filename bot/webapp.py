"""The webhook web server: every channel's webhook plus GET /healthz, on one uvicorn server."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Callable, Iterator, Mapping, Sequence

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.channels import WebhookReceiver
from bot.files import FILES_PATH, FileLinks, content_disposition

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # an update is a few kB; refuse anything absurd before parsing it


def create_webapp(
    receivers: Sequence[WebhookReceiver],
    health: Callable[[], Mapping[str, str]],
    files: FileLinks | None = None,
) -> Starlette:
    """`health` gives each channel's status; /healthz is 200 while none has failed. With
    `files`, GET /files/{id}?exp=…&sig=… serves the files whose links it signed."""

    async def healthz(request: Request) -> Response:
        states = dict(health())
        ok = all(state != "failed" for state in states.values())
        return JSONResponse({"ok": ok, "channels": states}, status_code=200 if ok else 503)

    routes = [Route("/healthz", healthz, methods=["GET"])]
    routes += [Route(r.path, _endpoint(r), methods=["POST"]) for r in receivers]
    if files is not None:
        routes.append(Route(FILES_PATH + "/{file_id}", _download(files), methods=["GET"]))
    return Starlette(routes=routes)


def _download(files: FileLinks) -> Callable[[Request], object]:
    async def download(request: Request) -> Response:
        status, file = files.open(
            request.path_params["file_id"],
            request.query_params.get("exp", ""),
            request.query_params.get("sig", ""),
        )
        if file is None:
            # The query holds the signature: log neither it nor the id.
            log.info("file download refused (%d)", status)
            text = "Liên kết không hợp lệ hoặc đã hết hạn." if status == 403 else "Tệp không còn."
            return Response(text, status_code=status, media_type="text/plain; charset=utf-8")
        headers = {
            "Content-Disposition": content_disposition(file.name),
            "Cache-Control": "private, no-store",
            "X-Content-Type-Options": "nosniff",
        }
        return Response(file.data, media_type=file.mime, headers=headers)

    return download


def _endpoint(receiver: WebhookReceiver) -> Callable[[Request], object]:
    async def endpoint(request: Request) -> Response:
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return JSONResponse({"ok": False, "description": "Too Large"}, status_code=413)
        try:
            status, payload = await receiver.receive(request.headers, body)
        except RecursionError:  # JSON nested thousands deep: refused, not a server error
            log.warning("webhook %s: a body nested too deeply was refused", receiver.path)
            status, payload = 400, {"ok": False, "description": "Bad Request: nested too deeply"}
        except Exception:
            log.exception("webhook %s failed", receiver.path)
            status, payload = 500, {"ok": False}
        return JSONResponse(payload, status_code=status)

    return endpoint


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # `nhacviec run` owns SIGTERM/SIGINT and stops every service itself.
        yield


class WebServer:
    """uvicorn serving `app` in a background task; `sock` lets tests bind port 0 first."""

    name = "web"

    def __init__(
        self, app: Starlette, *, host: str, port: int, sock: socket.socket | None = None
    ) -> None:
        config = uvicorn.Config(
            app,
            host=host,
            port=port,
            lifespan="off",
            access_log=False,
            log_config=None,
            timeout_graceful_shutdown=5,
        )
        self._server = _Server(config)
        self._sock = sock
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        sockets = [self._sock] if self._sock is not None else None
        self._task = asyncio.create_task(self._server.serve(sockets=sockets), name="web")
        while not self._server.started:
            if self._task.done():
                self._task.result()  # raises why it could not listen
                raise RuntimeError("the web server stopped at start")
            await asyncio.sleep(0.02)
        log.info("webhook server listening on port %s", self.port)

    @property
    def port(self) -> int:
        servers = getattr(self._server, "servers", [])
        for server in servers:
            for sock in server.sockets:
                return int(sock.getsockname()[1])
        return self._server.config.port

    async def stop(self) -> None:
        if self._task is None:
            return
        self._server.should_exit = True
        await asyncio.gather(self._task, return_exceptions=True)
        self._task = None
