"""The saved name index is used only when the code that made it is today's code, and only
from a file of the service's own."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from bot import name_cache
from bot.name_cache import NameCache, code_version

ROOT = Path(name_cache.__file__).resolve().parents[1]


def _copy_indexing_code(to: Path) -> None:
    for pattern in name_cache._INDEXING_CODE:
        for path in ROOT.glob(pattern):
            target = to / path.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)


@pytest.mark.parametrize(
    "changed",
    [
        "notices/lexicon.py",  # the unit head words the index shortens names with
        "notices/text.py",  # folding
        "storage/repositories/units.py",  # rows to units
        "storage/repositories/officials.py",  # rows to officials
        "handlers/nlu/name_tables.py",
    ],
)
def test_a_change_to_code_the_index_is_made_by_makes_saved_files_stale(
    tmp_path: Path, changed: str
) -> None:
    _copy_indexing_code(tmp_path)
    before = code_version(tmp_path)
    with (tmp_path / changed).open("a") as file:
        file.write("\n# changed\n")
    code_version.cache_clear()
    assert code_version(tmp_path) != before


def test_a_file_others_may_write_is_never_unpickled(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = NameCache(tmp_path, "sqlite:///x.sqlite3", version="v")
    cache.path.write_bytes(b"not read")
    cache.path.chmod(0o666)
    with caplog.at_level(logging.WARNING, logger="bot.name_cache"):
        assert cache.load("digest") is None
    assert "not this service's own" in caplog.text


def test_a_file_of_our_own_is_read(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    cache = NameCache(tmp_path, "sqlite:///x.sqlite3", version="v")
    cache.path.write_bytes(b"not a pickle")
    cache.path.chmod(0o600)
    with caplog.at_level(logging.WARNING, logger="bot.name_cache"):
        assert cache.load("digest") is None  # read, and found unreadable
    assert "unreadable" in caplog.text


def test_loaded_rows_share_their_strings_and_unit_ids(tmp_path: Path) -> None:
    from handlers.domain import Official, OfficialId, Role, Unit, UnitId, UnitKind
    from handlers.nlu import NameIndex
    from handlers.official_table import OfficialTable
    from handlers.org_shared import SavedOrg

    units = [Unit(UnitId(70_001), "xa", "UBND xã Chung", UnitKind.COMMUNE)]
    officials = [
        Official(OfficialId(n), f"u{n}", "Lê Văn Chung", UnitId(70_001), frozenset({Role.STAFF}))
        for n in range(1, 4)
    ]
    cache = NameCache(tmp_path, "sqlite:///x.sqlite3", version="v")
    cache.save(SavedOrg("d", units, officials, NameIndex.build(units, officials)))
    saved = cache.load("d")
    assert saved is not None and list(saved.officials.values()) == officials
    assert isinstance(saved.officials, OfficialTable)  # columns: no object per official
    assert len({id(o.name) for o in saved.officials.values()}) == 1
    assert len({id(o.roles) for o in saved.officials.values()}) == 1
    # people's two sides read one table of rows again, as when built (not a copy each)
    assert saved.names.titles.entities is saved.names.people.entities
