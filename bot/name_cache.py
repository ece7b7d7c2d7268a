"""The name index kept on disk between runs of `nhacviec run`: a restart over an unchanged org
loads it (about a second of CPU for 100,000 officials) instead of building it (8-10 s).

One file per database (named by a digest of its URL), holding a header (format, code version,
the org's digest) then the org's rows and the index built from them, as pickles. Whether it is
used is decided by the org's digest (`UnitRepository.digest`, every column of every unit,
official and role row), asked of the database first and compared with the header's: a file
of another org, another database, an older format or code that indexes differently is never
used. A file that cannot be read is ignored (logged) and rewritten after the next build.

Why pickle is safe here: the directory is the service's own (created 0700, under its data
directory), the file is only ever written by this module, whole, to a temporary name then
renamed over the old one, so a crash leaves the old file or the new one, never half of one;
whoever can write there can already change the service's code and database."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import IO, Any

from sqlalchemy.engine import make_url

from bot.name_builds import give_back_memory
from handlers.domain import Unit
from handlers.nlu import NameIndex
from handlers.nlu.name_tables import NameSide
from handlers.official_table import OfficialTable
from handlers.org_shared import SavedOrg

log = logging.getLogger(__name__)

FORMAT = 5  # 5: officials as columns, their handles in one string
_ROOT = Path(__file__).resolve().parents[1]
# The code an index and its rows are made by: a change to any of it may index the same rows
# differently (the name index folds and splits names with notices' text and lexicon tables;
# the rows come from the repositories' row conversions). Wider than strictly needed: an
# upgrade that touches any of it costs one rebuild, a stale index would cost wrong answers.
_INDEXING_CODE = (
    "handlers/nlu/*.py",
    "handlers/domain.py",
    "handlers/official_table.py",
    "notices/*.py",
    "storage/repositories/units.py",
    "storage/repositories/officials.py",
    "bot/name_builds.py",
    "bot/name_cache.py",
)
# Rows are pickled in chunks: the worker thread that loads them lets the event loop run
# between two chunks (one pickle.load holds the GIL from start to end).
_CHUNK = 5_000
# A temporary file this old is no save under way (one takes seconds) but one cut short.
ABANDONED_AFTER_S = 3600
# Rows as tuples of their fields (Unit(*row) reads them back): a third of the time and space
# of pickled dataclasses.
_unit_row = attrgetter(*(f.name for f in fields(Unit)))


@cache
def code_version(root: Path = _ROOT) -> str:
    """A digest of the indexing code and the Python that runs it."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version}".encode())
    for pattern in _INDEXING_CODE:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


class NameCache:
    """`handlers.org_shared.NameStore` on a file under `directory`."""

    def __init__(self, directory: Path, database_url: str, *, version: str | None = None) -> None:
        url = make_url(database_url).render_as_string(hide_password=True)
        self.path = directory / f"names-{hashlib.sha256(url.encode()).hexdigest()[:16]}.pickle"
        self._version = version

    @property
    def version(self) -> str:
        return self._version if self._version is not None else code_version()

    def load(self, digest: str | None) -> SavedOrg | None:
        try:
            with self.path.open("rb") as file:
                if not _own_file(os.fstat(file.fileno())):
                    log.warning(
                        "the saved name index %s is not this service's own; ignored", self.path
                    )
                    return None
                return self._read(file, digest)
        except FileNotFoundError:
            return None
        except Exception:  # truncated, foreign, from a version that no longer loads
            log.warning("the saved name index %s is unreadable; ignored", self.path, exc_info=True)
            return None

    def save(self, org: SavedOrg) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._remove_abandoned()
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            with temporary.open("wb") as file:
                os.chmod(temporary, 0o600)  # whatever the umask: only a file of our own is read
                self._write(file, org)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self.path)
        finally:
            temporary.unlink(missing_ok=True)
            give_back_memory()
        log.info("name index of %d officials saved to %s", len(org.officials), self.path)

    def _remove_abandoned(self) -> None:
        """Temporary files of saves cut short (a process stopped while writing one)."""
        for path in self.path.parent.glob(f"{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                if time.time() - path.stat().st_mtime > ABANDONED_AFTER_S:
                    path.unlink()

    def _header(self, digest: str) -> dict[str, Any]:
        return {"format": FORMAT, "version": self.version, "digest": digest}

    def _write(self, file: IO[bytes], org: SavedOrg) -> None:
        # Each piece its own pickle (its own memo): one memo over the whole org would hold an
        # entry for each of ~300,000 objects while it saves (tens of MB). The strings the rows
        # and the index share are made one object again when loaded (`_read`).
        def dump(piece: object) -> None:
            pickle.dump(piece, file, protocol=pickle.HIGHEST_PROTOCOL)

        dump(self._header(org.digest))
        dump(len(org.units))
        for chunk in _chunks(org.units):
            dump([_unit_row(u) for u in chunk])
        # Officials column by column (each its own pickle): loaded as columns, no object made
        # per official, and each name, title and role set one object (the pickle's memo).
        officials = org.officials
        table = officials if isinstance(officials, OfficialTable) else OfficialTable(officials)
        dump(len(table))
        for column in table.columns():
            dump(column)
        # Side by side, for the same reason as the rows' chunks.
        for side in (org.names.units, org.names.people, org.names.titles):
            dump(side)

    def _read(self, file: IO[bytes], digest: str | None) -> SavedOrg | None:
        def load() -> Any:
            return pickle.load(file)  # noqa: S301 - the service's own file (see above)

        header = load()
        if not isinstance(header, dict) or header.keys() != self._header("").keys():
            raise ValueError("not a saved name index")
        if header["format"] != FORMAT or header["version"] != self.version:
            log.info("the saved name index %s is of other code; ignored", self.path)
            return None
        if digest is not None and header["digest"] != digest:
            log.info("the saved name index %s is of another org; ignored", self.path)
            return None
        units = [Unit(*row) for row in _rows(load)]
        count = load()
        officials = OfficialTable.from_columns(*(load() for _ in range(7)))
        if len(officials) != count:
            raise ValueError(f"{count} officials were saved, {len(officials)} read")
        sides = [load() for _ in range(3)]
        if not all(isinstance(side, NameSide) for side in sides):
            raise ValueError("the three sides of a name index were expected")
        names = NameIndex(*sides)
        names.attach(units, officials)  # names and handles: the rows' strings
        return SavedOrg(str(header["digest"]), units, officials, names)


def _own_file(status: os.stat_result) -> bool:
    """Only a file this service wrote is unpickled: owned by the process's user and writable by
    no one else (a pickle runs code when loaded)."""
    owner = getattr(os, "getuid", None)
    return (owner is None or status.st_uid == owner()) and not status.st_mode & 0o022


def _rows(load: Callable[[], Any]) -> Iterator[tuple[Any, ...]]:
    count = load()
    read = 0
    while read < count:
        chunk = load()
        read += len(chunk)
        yield from chunk
    if read != count:
        raise ValueError(f"{count} rows were saved, {read} read")


def _chunks(rows: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(rows), _CHUNK):
        yield rows[start : start + _CHUNK]
