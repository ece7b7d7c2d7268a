"""Console channel: the conversation in a terminal, interactive or fed through a pipe."""

from __future__ import annotations

import asyncio
import sys
from datetime import date
from typing import TextIO

from handlers.conversation import Conversation
from handlers.domain import Official
from handlers.messages import Incoming, Reply

CHANNEL = "console"


def render(reply: Reply) -> str:
    """Buttons become the commands to type, as on Zalo; files become one line each."""
    text = reply.text
    if reply.buttons and not reply.numbered:
        choices = " · ".join(f"«{b.payload}» ({b.label})" for b in reply.buttons)
        text = f"{text}\n[Gõ: {choices}]"
    files = [f"[Tệp: {f.name} ({size_kb(len(f.data))} KB)]" for f in reply.files]
    return "\n".join([text, *files]) if files else text


def size_kb(size: int) -> str:
    """Kilobytes with a Vietnamese decimal comma ("12,3"), never "0" for a non-empty file."""
    kb = size / 1024
    return f"{kb:.1f}".replace(".", ",") if kb < 10 else str(round(kb))


async def run_console(
    conversation: Conversation,
    official: Official,
    *,
    today: date | None,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    switch_user: dict[str, Official] | None = None,
) -> None:
    """Read lines until EOF or «thoát». `:as HANDLE` switches user when `switch_user` is given."""
    interactive = stdin.isatty()
    current = official
    while True:
        if interactive:
            stdout.write(f"\n[{current.handle}] » ")
            stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            break
        text = line.rstrip("\n")
        if text.strip().lower() in ("thoát", "thoat", "exit", "quit"):
            break
        if not text.strip():
            continue
        if text.startswith(":as ") and switch_user is not None:
            other = switch_user.get(text[4:].strip().lower())
            if other is None:
                stdout.write("Không có cán bộ với mã đó.\n")
            else:
                current = other
                stdout.write(f"Đang dùng tài khoản {other.name} ({other.handle}).\n")
            continue
        incoming = Incoming(CHANNEL, current.handle, text, official_id=current.id, today=today)
        if not interactive:
            stdout.write(f"> {text}\n")

        async def say_now(reply: Reply) -> None:
            stdout.write(render(reply) + "\n")
            stdout.flush()

        replies = await conversation.handle(incoming, say_now=say_now)
        stdout.write("\n\n".join(render(r) for r in replies) + "\n")
        if not interactive:
            stdout.write("\n")
        stdout.flush()
