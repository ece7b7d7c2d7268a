"""Running a unit of work again when the database aborted it to break a deadlock."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
ATTEMPTS = 3


class WriteConflict(Exception):
    """The database rolled this transaction back whole to break a deadlock or a serialization
    conflict with another one (raised by the unit of work, PostgreSQL's SQLSTATE 40P01 or
    40001): nothing of it was saved, so the same work may simply run again."""


async def retry_conflicts(work: Callable[[], Awaitable[T]], *, attempts: int = ATTEMPTS) -> T:
    """`work()` (one whole `async with uow:` … commit, idempotent), run again after a
    WriteConflict up to `attempts` times in all. No pause: the transaction that won holds the
    locks, so the next attempt waits for its commit rather than meeting it again."""
    for attempt in range(1, attempts):
        try:
            return await work()
        except WriteConflict as error:
            log.warning(
                "write conflict on attempt %d of %d, running again: %s",
                attempt,
                attempts,
                error.__cause__,
            )
    return await work()
