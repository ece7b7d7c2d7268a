"""Where a name index is built: in the calling thread for a province, in a child process for
a country.

A national org (17,149 units, 100,000 officials) takes seconds of CPU to index and leaves tens
of MB of short-lived objects (alias objects, split words, memos) behind in the heap, which a
Python process does not give back. Built in a child process (`python -m bot.name_builds`,
rows in and the index out as pickles through its pipes), the parent only unpickles the
finished tables, 0.2 s, pointing them back at its own name and handle strings; and the build
runs on another core instead of taking the event loop's GIL for seconds."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import os
import pickle
import subprocess
import sys
import time
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from handlers.domain import Official, Unit
from handlers.nlu import NameIndex
from handlers.official_table import OfficialTable

log = logging.getLogger(__name__)

# Units and officials from which a build goes to a child process: starting one (imports
# included) costs about a second, which a province's index (~1 s for 10,000 officials) does not
# repay, and a country's (~8 s of CPU, ~60 MB of heap) does.
CHILD_FROM = 30_000
# A child that has not answered by then (hung, starved) is given up: the bot builds it itself.
CHILD_TIMEOUT_S = 600
_ROOT = Path(__file__).resolve().parents[1]  # where `bot` and `handlers` are importable from


def build_names(units: Sequence[Unit], officials: Sequence[Official] | OfficialTable) -> NameIndex:
    """The index of these units and officials, built where it costs the process least."""
    if len(units) + len(officials) < CHILD_FROM:
        return NameIndex.build(units, officials)
    try:
        return build_in_child(units, officials)
    except (OSError, subprocess.SubprocessError, pickle.UnpicklingError, EOFError):
        log.warning("the name index could not be built in a child process", exc_info=True)
        return NameIndex.build(units, officials)


def build_in_child(
    units: Sequence[Unit], officials: Sequence[Official] | OfficialTable
) -> NameIndex:
    """Built by a fresh interpreter (nothing of this process, its threads or its event loop is
    copied into it) and handed back pickled. The officials go as the table's columns: no
    `Official` is made per row in this process."""
    started = time.perf_counter()
    table = officials if isinstance(officials, OfficialTable) else OfficialTable(officials)
    rows = pickle.dumps((list(units), table.columns()), protocol=pickle.HIGHEST_PROTOCOL)
    path = os.pathsep.join(p for p in (str(_ROOT), os.environ.get("PYTHONPATH", "")) if p)
    done = subprocess.run(
        [sys.executable, "-m", "bot.name_builds"],
        input=rows,
        capture_output=True,
        check=False,
        timeout=CHILD_TIMEOUT_S,
        env={**os.environ, "PYTHONPATH": path},
        cwd=_ROOT,  # `-m` puts the working directory first: never a stray `handlers/` there
    )
    del rows
    if done.returncode != 0:
        raise subprocess.SubprocessError(done.stderr.decode(errors="replace")[-2000:])
    index = pickle.loads(done.stdout)  # noqa: S301 - our own child, through its pipe
    del done
    if not isinstance(index, NameIndex):
        raise pickle.UnpicklingError(f"a name index was expected, not {type(index).__name__}")
    index.attach(units, officials)
    give_back_memory()  # the pickles sent and received: ~25 MB at national scale
    log.info(
        "name index of %d units and %d officials built in a child process in %.1f s",
        len(units),
        len(officials),
        time.perf_counter() - started,
    )
    return index


def give_back_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's malloc_trim): big buffers
    freed after a load stay counted in the process's RSS otherwise. A no-op elsewhere."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def settle_big_org() -> None:
    """After a big org was read: its ~100,000 long-lived objects leave the cyclic collector's
    view (`gc.freeze`), and the C heap's free pages go back to the system.

    Without it every full collection walks the whole directory again — 0.6-2.8 s passes on a
    loaded machine, landing on whatever question is being answered (the staff «quá hạn» p99
    spike of the national bench); frozen, a pass takes ~0.15 s. An older org frozen before is
    unfrozen and collected first, so a reload does not keep the previous one's cycles. The first
    org is frozen after only the young generations' pass: a full one walks the whole org just
    read (0.3 s on the event loop, in the first answer at start) to find the few dozen cycles
    the start-up left (38 after `import bot.run`), which then stay."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    else:
        gc.collect(1)
    gc.freeze()
    give_back_memory()


def settle_after_start() -> None:
    """Once the start-up warm-up has the org and its name index, whatever size: the objects the
    start-up made and keeps for the process's life (modules, the org, its index) leave the
    cyclic collector's full passes (`gc.freeze`).

    Below `SHARED_FROM` an org is not settled when it is read, and a province's ~10,000 units
    and officials plus the modules made every full pass cost 60-70 ms of CPU — one «thống kê»
    in ~15 paid one (the ~2,600 per-unit rows it caches let the young generations spill over).
    Frozen objects are only out of the collector's view, not leaked: a later big org's
    `settle_big_org` unfreezes and collects everything before freezing the new org."""
    gc.collect(1)
    gc.freeze()


@cache
def _malloc_trim() -> ctypes._NamedFuncPointer | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # not glibc
        return None


def _child() -> None:
    units, columns = pickle.load(sys.stdin.buffer)  # noqa: S301 - from our parent
    index = NameIndex.build(units, OfficialTable.from_columns(*columns))
    index.detach()
    pickle.dump(index, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)


if __name__ == "__main__":
    _child()
