"""Button payloads ("duyệt 12") ↔ ASCII callback data that fits Telegram's 64 bytes."""

from __future__ import annotations

import unicodedata

# Punycode round-trips any text as ASCII and keeps ASCII letters as they are:
# "duyệt 12" → "p:duyt 12-0v4c" (14 bytes), "trả lại 12" → "p:tr li 12-qx0dra".
PREFIX = "p:"
MAX_BYTES = 64


def encode(payload: str) -> str | None:
    """None when the payload cannot fit; the caller then shows it as a command to type."""
    text = unicodedata.normalize("NFC", payload)
    data = PREFIX + text.encode("punycode").decode("ascii")
    return data if len(data) <= MAX_BYTES else None


def decode(data: str) -> str | None:
    """The original payload, or None for data we did not make (old or forged buttons)."""
    if not data.startswith(PREFIX):
        return None
    try:
        text = data[len(PREFIX) :].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return None
    return text if text.isprintable() else None
