"""The name index saved between runs (`bot/name_cache.py`): a restart over the same org loads
it and builds nothing; an org changed in between (a unit renamed, an official added), a file
that is corrupt or of other indexing code is rebuilt, never used."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.name_cache import NameCache
from handlers import directory as directory_module
from handlers.calendar import create_calendar
from handlers.conversation import Conversation
from handlers.domain import Official, Unit
from handlers.load_org import load_org
from handlers.messages import Incoming
from handlers.name_warmup import NameWarmup
from handlers.nlu import NameIndex
from handlers.org_shared import SharedDirectories, SharedNames
from handlers.ports import UnitOfWorkFactory
from tests.conversation_support import TZ

URL = "sqlite+aiosqlite:///names.sqlite3"  # names the cache file only


def org(commune: str = "Đoan Bái", extra: Sequence[dict[str, object]] = ()) -> dict[str, object]:
    return {
        "units": [
            {
                "code": "tinh",
                "name": "UBND tỉnh Thử",
                "kind": "province",
                "children": [{"code": "xa", "name": f"UBND xã {commune}", "kind": "commune"}],
            }
        ],
        "officials": [
            {"handle": "gd", "name": "Ngô Văn Tỉnh", "unit": "tinh", "roles": ["leader"]},
            {"handle": "ct", "name": "Lê Văn An", "unit": "xa", "roles": ["chair"]},
            *extra,
        ],
    }


class Builds:
    """The name index builder `nhacviec run` is given, counting its builds."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, units: Sequence[Unit], officials: Sequence[Official]) -> NameIndex:
        self.count += 1
        return NameIndex.build(units, officials)


async def start_and_ask(
    uow_factory: UnitOfWorkFactory,
    cache: NameCache,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
) -> tuple[int, str]:
    """A fresh `nhacviec run` (nothing held from before), a message at the instant it starts:
    how many indexes it built, and its answer."""
    monkeypatch.setattr(directory_module, "SHARED_NAMES", SharedNames(wanted=False))
    monkeypatch.setattr(directory_module, "SHARED_DIRECTORIES", SharedDirectories())
    builds = Builds()
    warmup = NameWarmup(uow_factory, build=builds, store=cache)
    conversation = Conversation(
        uow_factory=uow_factory,
        calendar=create_calendar(),
        clock=lambda: datetime(2026, 12, 4, 9, tzinfo=TZ),
    )
    await warmup.start()
    try:
        async with uow_factory() as uow:
            leader = await uow.officials.by_handle("gd")
        assert leader is not None
        replies = await conversation.handle(
            Incoming("zalo", "gd", text, leader.id, today=date(2026, 12, 4))
        )
    finally:
        await warmup.stop()
    for thread in threading.enumerate():  # the save after a build, in the build's thread
        if thread.name == "name-index":
            thread.join(timeout=30)
    return builds.count, replies[0].text


async def test_a_restart_over_the_same_org_loads_the_index_and_builds_none(
    uow_factory: UnitOfWorkFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await load_org(org(), uow_factory=uow_factory)
    cache = NameCache(tmp_path, URL, version="1")
    built, first = await start_and_ask(uow_factory, cache, monkeypatch, "việc của xã Đoan Bái")
    assert built == 1 and cache.path.exists()
    assert "Đoan Bái" in first
    again, second = await start_and_ask(uow_factory, cache, monkeypatch, "viec cua xa doan bai")
    assert again == 0
    assert second == first


@pytest.mark.parametrize(
    "changed",
    [
        org(commune="Hoàng An"),  # a unit renamed
        org(extra=[{"handle": "moi", "name": "Đỗ Văn Mới", "unit": "xa", "roles": ["staff"]}]),
    ],
    ids=["unit renamed", "official added"],
)
async def test_an_org_changed_between_runs_is_indexed_anew(
    uow_factory: UnitOfWorkFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    changed: dict[str, object],
) -> None:
    await load_org(org(), uow_factory=uow_factory)
    cache = NameCache(tmp_path, URL, version="1")
    await start_and_ask(uow_factory, cache, monkeypatch, "quá hạn")
    await load_org(changed, uow_factory=uow_factory)
    built, _ = await start_and_ask(uow_factory, cache, monkeypatch, "quá hạn")
    assert built == 1
    if "Hoàng An" in str(changed):
        _, answer = await start_and_ask(uow_factory, cache, monkeypatch, "việc của xã Hoàng An")
        assert "xã Hoàng An" in answer and "Không tìm thấy" not in answer
    else:
        _, answer = await start_and_ask(uow_factory, cache, monkeypatch, "việc của anh Mới")
        assert "Đỗ Văn Mới" in answer
    assert (await start_and_ask(uow_factory, cache, monkeypatch, "quá hạn"))[0] == 0  # saved


async def test_a_corrupt_file_is_ignored_and_replaced(
    uow_factory: UnitOfWorkFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await load_org(org(), uow_factory=uow_factory)
    cache = NameCache(tmp_path, URL, version="1")
    await start_and_ask(uow_factory, cache, monkeypatch, "quá hạn")
    whole = cache.path.read_bytes()
    for damaged in (b"not a pickle", whole[: len(whole) // 2]):
        cache.path.write_bytes(damaged)
        built, answer = await start_and_ask(
            uow_factory, cache, monkeypatch, "việc của xã Đoan Bái"
        )
        assert built == 1 and "Đoan Bái" in answer
    assert (await start_and_ask(uow_factory, cache, monkeypatch, "quá hạn"))[0] == 0


async def test_an_index_of_other_indexing_code_or_another_database_is_not_used(
    uow_factory: UnitOfWorkFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await load_org(org(), uow_factory=uow_factory)
    await start_and_ask(uow_factory, NameCache(tmp_path, URL, version="1"), monkeypatch, "quá hạn")
    newer = NameCache(tmp_path, URL, version="2")
    assert (await start_and_ask(uow_factory, newer, monkeypatch, "quá hạn"))[0] == 1
    # Another database's file (renamed into place by hand): its org's digest is not this one's.
    other = NameCache(tmp_path, "sqlite+aiosqlite:///other.sqlite3", version="2")
    assert other.path != newer.path
    await load_org(org(commune="Hoàng An"), uow_factory=uow_factory)
    await start_and_ask(uow_factory, other, monkeypatch, "quá hạn")
    await load_org(org(), uow_factory=uow_factory)
    other.path.replace(newer.path)
    built, answer = await start_and_ask(uow_factory, newer, monkeypatch, "việc của xã Đoan Bái")
    assert built == 1 and "Đoan Bái" in answer
