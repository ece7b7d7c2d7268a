"""Per-chat order, cross-chat concurrency: a chat's messages are answered one after another,
while another chat's slow import (OCR of a scan) does not hold everybody else up."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

MAX_CONCURRENT_CHATS = 32  # the default of CHAT_CONCURRENCY


class ChatLocks:
    """One lock per chat, kept only while someone holds or waits for it; at most `limit`
    chats are being answered at once."""

    def __init__(self, limit: int = MAX_CONCURRENT_CHATS) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}
        self._slots = asyncio.Semaphore(limit)

    def __len__(self) -> int:
        return len(self._locks)

    @asynccontextmanager
    async def hold(self, chat: str) -> AsyncIterator[None]:
        lock, users = self._locks.get(chat, (None, 0))
        if lock is None:
            lock = asyncio.Lock()
        self._locks[chat] = (lock, users + 1)
        try:
            async with lock, self._slots:
                yield
        finally:
            lock, users = self._locks[chat]
            if users <= 1:
                del self._locks[chat]
            else:
                self._locks[chat] = (lock, users - 1)
