"""Reading and parsing a notice, off the event loop: OCR of a scan takes seconds per page and
parsing a long paste is not free either, so the conversation awaits a `NoticeReader` instead of
calling the reader and the parser itself. The default runs them in a worker thread; another
implementation (a worker process, a queue) can be wired in `bot/wiring.py`."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Protocol

from notices import ErrorCode, NoticeError, ParsedNotice, parse_notice
from notices.readers import decode_document
from notices.readers.ocr import MAX_OCR_PAGES

PASTE_NAME = "văn bản dán.txt"
# Several photos of one notice travel to a reader as one byte string (a worker process reads
# its document from stdin): this mark, then each page as an 8-byte length and its bytes.
_PAGES_MARK = b"NHACVIEC-PAGES/1\n"


class NoticeReader(Protocol):
    """Bytes of a document (a file, a photo, a scan, or a paste as UTF-8) → its parsed notice.
    Raises `NoticeError` (or `ClassifiedNoticeError`) with a Vietnamese message."""

    async def read(self, data: bytes, filename: str) -> ParsedNotice: ...


def pack_pages(pages: Sequence[bytes]) -> bytes:
    """Photos of one notice's pages, in order, as one document for `NoticeReader.read`."""
    parts = [_PAGES_MARK]
    for page in pages:
        parts += [len(page).to_bytes(8, "big"), page]
    return b"".join(parts)


def unpack_pages(data: bytes) -> list[bytes] | None:
    """The pages `pack_pages` joined; None for any other document."""
    if not data.startswith(_PAGES_MARK):
        return None
    pages, at = [], len(_PAGES_MARK)
    while at < len(data):
        size = int.from_bytes(data[at : at + 8], "big")
        pages.append(data[at + 8 : at + 8 + size])
        at += 8 + size
    return pages


def read_notice(data: bytes, filename: str) -> ParsedNotice:
    """The slow work itself, synchronous: decode (OCR, conversion) and parse."""
    pages = unpack_pages(data)
    if pages is None:
        return parse_notice(decode_document(data, filename))
    return parse_notice(_read_pages(pages, filename))


def _read_pages(pages: list[bytes], filename: str) -> str:
    """The pages' texts in the order sent; a page with no readable text (a blurred shot, the
    back of a sheet) is left out rather than refusing the others."""
    if len(pages) > MAX_OCR_PAGES:
        raise NoticeError(
            ErrorCode.TOO_LARGE,
            f"Đã nhận {len(pages)} trang: hệ thống chỉ đọc tối đa {MAX_OCR_PAGES} trang một "
            "văn bản, hãy gửi bản .docx hoặc PDF có chữ.",
        )
    texts: list[str] = []
    blank: NoticeError | None = None
    for page in pages:
        try:
            texts.append(decode_document(page, filename))
        except NoticeError as exc:
            if exc.code not in (ErrorCode.NO_TEXT_LAYER, ErrorCode.EMPTY):
                raise
            blank = exc
    if not texts and blank is not None:
        raise blank
    return "\n\n".join(texts)


class ThreadReader:
    """The default `NoticeReader`: one worker thread per read, so other chats are answered
    while a scan is being recognised."""

    async def read(self, data: bytes, filename: str) -> ParsedNotice:
        return await asyncio.to_thread(read_notice, data, filename)
