"""The edge of the core: whatever a channel hands over becomes text the core can store and echo.

Lone surrogates (a broken emoji from a client), control characters, NUL (which PostgreSQL text
cannot hold) and direction overrides (which make an echoed reason read backwards) are removed;
line breaks and tabs stay; the result is NFC. Length limits say their number in the refusal.
"""

from __future__ import annotations

import re
import unicodedata

# Telegram caps a message at 4,096 characters and Zalo at 2,000; only a console, a webhook
# client or a pasted notice sends more.
MESSAGE_LIMIT = 5_000
PASTE_LIMIT = 100_000  # a notice pasted after /nhap: the longest published ones are ~40,000
NOTE_LIMIT = 1_000  # a reason, a note, an evidence caption: what is stored with a task event

_DROP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u200b\u200e\u200f\u202a-\u202e"
    "\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def clean_text(text: str) -> str:
    """NFC text without characters that cannot be stored or that change how text reads."""
    if text.isascii() and text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _DROP.sub("", text))


def thousands(n: int) -> str:
    """1.000, 120.019: Vietnamese digit grouping."""
    return f"{n:,}".replace(",", ".")


def too_long(what: str, length: int, limit: int) -> str:
    return (
        f"{what} dài {thousands(length)} ký tự, vượt giới hạn {thousands(limit)} ký tự: "
        "hãy viết ngắn lại rồi gửi lại."
    )
