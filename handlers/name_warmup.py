"""`nhacviec run`'s start-up warm-up: the org read and its name index built (or loaded) before
the first message asks, then what the start-up made and keeps settled out of the collector."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from handlers import directory
from handlers.org_shared import NameBuilder, NameStore
from handlers.ports import UnitOfWorkFactory

log = logging.getLogger(__name__)


class NameWarmup:
    """`nhacviec run`'s background service that builds the name index at start."""

    name = "name index"

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        *,
        build: NameBuilder | None = None,
        after_big_read: Callable[[], None] | None = None,
        after_warm: Callable[[], None] | None = None,
        store: NameStore | None = None,
    ) -> None:
        """`after_warm` runs once the org and its name index are in hand (not after a failed
        warm-up): what the start-up made and keeps for the process's life can leave the
        cyclic collector's full passes there (`bot.name_builds.settle_after_start`)."""
        self._uow_factory = uow_factory
        self._build = build
        self._store = store
        self._after_big_read = after_big_read
        self._after_warm = after_warm
        self._task: asyncio.Task[None] | None = None
        self._store_before: NameStore | None = None

    async def start(self) -> None:
        if self._build is not None:
            directory.SHARED_NAMES.build = self._build
        if self._store is not None:
            self._store_before, directory.SHARED_NAMES.store = (
                directory.SHARED_NAMES.store,
                self._store,
            )
        if self._after_big_read is not None:
            directory.SHARED_DIRECTORIES.after_big_read = self._after_big_read
        self._task = asyncio.create_task(warm_names(self._uow_factory, self._after_warm))

    async def stop(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()  # the worker thread finishes alone; nothing waits for it
        self._task = None
        if self._store is not None and directory.SHARED_NAMES.store is self._store:
            directory.SHARED_NAMES.store = self._store_before


async def warm_names(
    uow_factory: UnitOfWorkFactory, after_warm: Callable[[], None] | None = None
) -> None:
    """Read the org and build its name index at start, so the first message does not wait."""
    directory.SHARED_NAMES.wanted = True
    try:
        async with uow_factory() as uow:
            await directory.DirectoryCache().get(uow)
    except Exception:
        log.exception("warming the name index failed; the first message builds it")
        return
    if after_warm is not None:
        after_warm()
