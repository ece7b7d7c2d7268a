"""`python -m bench [parse|conversation|channels|dispatch|nlu|corpus|national]`: run benchmarks,
print JSON figures. `corpus` (the parser on real documents, OCR included) and `national` (issue
13's table on generated national-scale data in PostgreSQL, minutes) run only when asked for;
so do `state` (what durable conversation state and update de-duplication cost per
message), `crash` (50 kill -9 of a dispatcher, about five minutes) and `dispatchers` (two
dispatcher processes sharing the PostgreSQL outbox of BENCH_DISPATCH_URL)."""

from __future__ import annotations

import asyncio
import json
import platform
import sys
from datetime import datetime


def main(argv: list[str]) -> int:
    wanted = set(argv) or {"parse", "conversation", "channels", "dispatch", "nlu"}
    report: dict[str, object] = {
        "date": datetime.now().isoformat(timespec="minutes"),
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "python": platform.python_version(),
    }
    if "parse" in wanted:
        try:
            from bench import parse_bench
        except ImportError:
            report["parse"] = "not available"
        else:
            report["parse"] = parse_bench.run()
    if "nlu" in wanted:
        from bench import nlu_bench

        report["nlu"] = nlu_bench.run()
    if "corpus" in wanted:
        from bench import notice_eval

        report["corpus"] = notice_eval.run()
    if "conversation" in wanted:
        from bench import conversation_bench

        report["conversation"] = asyncio.run(conversation_bench.run())
    if "state" in wanted:
        from bench import state_bench

        report["state"] = asyncio.run(state_bench.run())
    if "channels" in wanted:
        from bench import channel_bench

        report["channels"] = asyncio.run(channel_bench.run())
    if "national" in wanted:
        from bench import national_bench

        report["national"] = national_bench.measure("national")
    if "dispatch" in wanted:
        from bench import dispatch_bench

        report["dispatch"] = asyncio.run(dispatch_bench.run())
    if "dispatchers" in wanted:
        from bench import dispatch_bench

        report["dispatchers"] = asyncio.run(dispatch_bench.run(processes=2))
    if "crash" in wanted:
        from bench import crash_bench

        report["crash"] = asyncio.run(crash_bench.run())
    print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
