"""Reading and parsing a notice, off the event loop: OCR of a scan takes seconds per page and
parsing a long paste is not free either, so the conversation awaits a `NoticeReader` instead of
calling the reader and the parser itself. The default runs them in a worker thread; another
implementation (a worker process, a queue) can be wired in `bot/wiring.py`."""

from __future__ import annotations

import asyncio
from typing import Protocol

from notices import ParsedNotice, parse_notice
from notices.readers import decode_document

PASTE_NAME = "văn bản dán.txt"


class NoticeReader(Protocol):
    """Bytes of a document (a file, a photo, a scan, or a paste as UTF-8) → its parsed notice.
    Raises `NoticeError` (or `ClassifiedNoticeError`) with a Vietnamese message."""

    async def read(self, data: bytes, filename: str) -> ParsedNotice: ...


def read_notice(data: bytes, filename: str) -> ParsedNotice:
    """The slow work itself, synchronous: decode (OCR, conversion) and parse."""
    return parse_notice(decode_document(data, filename))


class ThreadReader:
    """The default `NoticeReader`: one worker thread per read, so other chats are answered
    while a scan is being recognised."""

    async def read(self, data: bytes, filename: str) -> ParsedNotice:
        return await asyncio.to_thread(read_notice, data, filename)
