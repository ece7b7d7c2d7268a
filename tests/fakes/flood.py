"""Telegram's flood limits as the fake enforces them: sliding windows, real 429 bodies."""

from __future__ import annotations

import math
import time
from collections import deque

from tests.fakes._http import ApiError


class FloodLimits:
    """`overall` messages per second over all chats (Telegram: 30) and `per_chat`
    (messages, seconds) for each chat; None turns a limit off. A refused message does not
    count. Each refusal is a 429 with parameters.retry_after, as PTB needs to raise RetryAfter."""

    def __init__(
        self, overall: int | None = 30, per_chat: tuple[int, float] | None = None
    ) -> None:
        self.overall = overall
        self.per_chat = per_chat
        self.too_many = 0  # 429s issued by these limits (not injected ones)
        self._sends: deque[float] = deque()
        self._chat_sends: dict[int, deque[float]] = {}

    def check(self, chat_id: int) -> None:
        now = time.monotonic()
        while self._sends and self._sends[0] <= now - 1.0:
            self._sends.popleft()
        if self.overall is not None and len(self._sends) >= self.overall:
            self._refuse(self._sends[0] + 1.0 - now)
        per_chat = self._chat_sends.setdefault(chat_id, deque())
        if self.per_chat is not None:
            count, period = self.per_chat
            while per_chat and per_chat[0] <= now - period:
                per_chat.popleft()
            if len(per_chat) >= count:
                self._refuse(per_chat[0] + period - now)
        self._sends.append(now)
        per_chat.append(now)

    def _refuse(self, wait: float) -> None:
        self.too_many += 1
        retry = max(1, math.ceil(wait))
        raise ApiError(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})
