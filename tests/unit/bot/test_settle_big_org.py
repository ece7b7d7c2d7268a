"""After a big org is read, `nhacviec run` freezes what it holds out of the cyclic collector's
full passes (they walked 100,000 officials on every pass) and lets a reloaded org's cycles go."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import cast

import pytest

from bot.name_builds import settle_after_start, settle_big_org
from bot.run import create_name_warmup
from bot.settings import Settings
from handlers.directory import SHARED_DIRECTORIES, SHARED_NAMES
from handlers.name_warmup import warm_names
from handlers.ports import UnitOfWorkFactory


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def _cycle() -> Node:
    a, b = Node(), Node()
    a.other, b.other = b, a
    return a


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_what_is_held_after_a_big_read_leaves_the_collectors_generations() -> None:
    held = [_cycle() for _ in range(1_000)]
    settle_big_org()
    assert gc.get_freeze_count() >= len(held) * 2
    assert all(gc.is_tracked(n) for n in held)  # frozen, not untracked: it is still freed later


def test_a_reload_lets_the_previous_orgs_cycles_go() -> None:
    old = _cycle()
    gone = weakref.ref(old)
    settle_big_org()  # the first org, frozen with its cycle
    del old
    gc.collect()
    assert gone() is not None  # a frozen cycle is not collected ...
    settle_big_org()  # ... until the next big read unfreezes and collects first
    assert gone() is None


async def test_nhacviec_run_settles_after_big_reads() -> None:
    before = SHARED_DIRECTORIES.after_big_read, SHARED_NAMES.build, SHARED_NAMES.wanted
    warmup = create_name_warmup(lambda: None, Settings(_env_file=None))  # type: ignore[arg-type,call-arg]
    try:
        await warmup.start()
        assert SHARED_DIRECTORIES.after_big_read is settle_big_org
        assert warmup._after_warm is settle_after_start
    finally:
        await warmup.stop()
        SHARED_DIRECTORIES.after_big_read, SHARED_NAMES.build, SHARED_NAMES.wanted = before


def test_what_the_start_up_keeps_leaves_the_collectors_generations_at_any_size() -> None:
    held = [_cycle() for _ in range(500)]  # a province's org: no big read settles it
    settle_after_start()
    assert gc.get_freeze_count() >= len(held) * 2


class _Uow:
    def __init__(self, fail: bool) -> None:
        self._fail = fail

    async def __aenter__(self) -> _Uow:
        if self._fail:
            raise ConnectionError("database down at start")
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


async def test_the_start_up_is_settled_once_the_warm_up_has_the_org(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from handlers import directory

    got: list[str] = []

    class _Cache:
        async def get(self, uow: object) -> None:
            got.append("org")

    monkeypatch.setattr(directory, "DirectoryCache", _Cache)
    wanted = SHARED_NAMES.wanted
    try:
        await warm_names(
            cast(UnitOfWorkFactory, lambda: _Uow(False)), lambda: got.append("settled")
        )
        assert got == ["org", "settled"]  # after the org and its index, not before
        got.clear()
        await warm_names(
            cast(UnitOfWorkFactory, lambda: _Uow(True)), lambda: got.append("settled")
        )
        assert got == []  # a failed warm-up settles nothing: the first message reads the org
    finally:
        SHARED_NAMES.wanted = wanted
