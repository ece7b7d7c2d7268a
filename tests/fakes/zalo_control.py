"""HTTP control routes of the fake Zalo server (/_fake/…), for curl and other processes; the
same as the Python driver methods of FakeZalo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

if TYPE_CHECKING:
    from tests.fakes.zalo import FakeZalo


def control_routes(fake: FakeZalo) -> list[Route]:
    async def inbound(request: Request) -> Response:
        """{chat_id, text | photo | sticker, event_name?, chat_type?, wrapped?, duplicate?}"""
        body: dict[str, Any] = await request.json()
        chat_id = str(body["chat_id"])
        message = fake.message(chat_id, str(body.get("chat_type") or "PRIVATE"))
        if "photo" in body:
            event = "message.image.received"
            message |= {"photo": body["photo"], "caption": body.get("caption", "")}
        elif "sticker" in body:
            event, message["sticker"] = "message.sticker.received", body["sticker"]
        else:
            event, message["text"] = "message.text.received", str(body.get("text") or "")
        update = await fake.inbound(
            str(body.get("event_name") or event),
            message,
            bool(body.get("wrapped")),
            int(body.get("duplicate") or 1),
        )
        return JSONResponse(update)

    async def outbox(request: Request) -> Response:
        chat_id = request.query_params.get("chat_id")
        sent = [s for s in fake.outbox if chat_id is None or s.chat_id == chat_id]
        return JSONResponse(
            [{"method": s.method, "chat_id": s.chat_id, "text": s.text} for s in sent]
        )

    async def faults(request: Request) -> Response:
        """{method, status, body?, count?, delay?}"""
        body: dict[str, Any] = await request.json()
        fake.inject(
            str(body["method"]),
            int(body.get("status") or 0),
            body=body.get("body"),
            times=int(body.get("count") or 1),
            delay=float(body.get("delay") or 0),
        )
        return JSONResponse({"ok": True})

    async def reset(request: Request) -> Response:
        fake.reset()
        return JSONResponse({"ok": True})

    return [
        Route("/_fake/inbound", inbound, methods=["POST"]),
        Route("/_fake/outbox", outbox, methods=["GET"]),
        Route("/_fake/faults", faults, methods=["POST"]),
        Route("/_fake/reset", reset, methods=["POST"]),
    ]
