"""The parse benchmark runs and reports per-notice medians (`make bench` checks the timing)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[3] / "bench" / "parse_bench.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("parse_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_reports_every_sample() -> None:
    report = _load().run(repeats=2)
    notices = report["notices"]
    assert isinstance(notices, dict) and len(notices) == 6
    assert all(row["median_ms"] > 0 and row["tasks"] > 0 for row in notices.values())
    assert report["target_ms"] == 50.0
