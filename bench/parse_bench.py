"""Parse time per sample notice: median over many runs (target: under 20 ms a notice)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from notices import parse_notice
from notices.text import match_form

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "notices"
TARGET_MS = 20.0


def run(*, repeats: int = 50) -> dict[str, object]:
    """{"target_ms": 20.0, "notices": {name: {"median_ms", "p95_ms", "tasks", "chars"}}, …}."""
    results: dict[str, dict[str, float | int]] = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        tasks = len(parse_notice(text).tasks)  # warm-up: compiles every regex once
        timings: list[float] = []
        for _ in range(repeats):
            match_form.cache_clear()  # time a notice seen for the first time, not a cache hit
            start = time.perf_counter()
            parse_notice(text)
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        results[path.stem] = {
            "median_ms": round(statistics.median(timings), 2),
            "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2),
            "tasks": tasks,
            "chars": len(text),
        }
    worst = max((r["median_ms"] for r in results.values()), default=0.0)
    return {
        "benchmark": "parse_notice",
        "repeats": repeats,
        "target_ms": TARGET_MS,
        "worst_median_ms": worst,
        "within_target": worst < TARGET_MS,
        "notices": results,
    }


def main() -> None:
    report = run()
    notices = report["notices"]
    assert isinstance(notices, dict)
    print(f"{'notice':<34} {'chars':>6} {'tasks':>5} {'median ms':>10} {'p95 ms':>8}")
    for name, row in notices.items():
        print(
            f"{name:<34} {row['chars']:>6} {row['tasks']:>5} {row['median_ms']:>10.2f} "
            f"{row['p95_ms']:>8.2f}"
        )
    print(f"worst median {report['worst_median_ms']} ms (target < {report['target_ms']} ms)")


if __name__ == "__main__":
    main()
