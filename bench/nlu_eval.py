"""Score `handlers.nlu.understand` on a JSONL corpus: a line is right when all 7 keys match.

`python -m bench.nlu_eval tests/nlu_corpus/dev.jsonl [--no-aliases] [--show-failures] [--json]`
The org is the demo YAML read without a database; --no-aliases empties every unit's aliases.
Always exits 0: it measures, it does not gate."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from handlers.domain import Official, OfficialId, Role, Unit, UnitId, UnitKind
from handlers.nlu import NameIndex, understand

ORG = Path(__file__).resolve().parents[1] / "bot" / "data" / "demo" / "org.yaml"
KEYS = ("intent", "range", "task_id", "unit", "person", "criterion", "query")


def read_org(path: Path, *, aliases: bool = True) -> tuple[list[Unit], list[Official]]:
    """The YAML's nested units and its officials as domain objects, ids numbered in order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    units: list[Unit] = []
    ids: dict[str, UnitId] = {}

    def walk(items: list[dict[str, Any]], parent: UnitId | None) -> None:
        for raw in items:
            uid = UnitId(len(units) + 1)
            ids[str(raw["code"])] = uid
            valid_to = raw.get("valid_to")
            units.append(
                Unit(
                    id=uid,
                    code=str(raw["code"]),
                    name=str(raw["name"]),
                    kind=UnitKind(str(raw.get("kind", "agency"))),
                    parent_id=parent,
                    aliases=tuple(str(a) for a in raw.get("aliases", ())) if aliases else (),
                    valid_to=date.fromisoformat(str(valid_to)) if valid_to else None,
                )
            )
            walk(raw.get("children", []), uid)

    walk(data.get("units", []), None)
    officials = [
        Official(
            id=OfficialId(i),
            handle=str(raw["handle"]).lower(),
            name=str(raw.get("name", raw["handle"])),
            unit_id=ids[str(raw["unit"])],
            roles=frozenset(Role(str(r)) for r in raw.get("roles", ["staff"])),
            title=str(raw.get("title", "")),
            active=bool(raw.get("active", True)),
        )
        for i, raw in enumerate(data.get("officials", []), 1)
    ]
    return units, officials


def run_one(text: str, today: date, names: NameIndex) -> dict[str, Any]:
    try:
        got = understand(text, today, names).to_json()
    except Exception as exc:  # a crash is a failure of that line, not of the run
        return {"error": f"{type(exc).__name__}: {exc}"}
    return json.loads(got) if isinstance(got, str) else dict(got)


def pct(n: int, d: int) -> float:
    return round(100 * n / d, 1) if d else 0.0


def evaluate(path: Path, *, aliases: bool) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    names = NameIndex.build(*read_org(ORG, aliases=aliases))
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    key_errors: Counter[str] = Counter()
    per_intent: dict[str, Counter[str]] = {}
    failures: list[dict[str, Any]] = []
    right = intent_right = 0
    for row in rows:
        expect = row["expect"]
        got = run_one(row["text"], date.fromisoformat(row["today"]), names)
        wrong = [k for k in KEYS if got.get(k) != expect.get(k)]
        key_errors.update(wrong)
        stat = per_intent.setdefault(expect["intent"], Counter())
        stat["n"] += 1
        if "intent" not in wrong:
            intent_right += 1
            stat["intent"] += 1
        if not wrong:
            right += 1
            stat["right"] += 1
        else:
            failures.append({**row, "wrong": wrong, "got": got})
    total = len(rows)
    summary = {
        "file": str(path),
        "aliases": aliases,
        "total": total,
        "right": right,
        "right_pct": pct(right, total),
        "intent_pct": pct(intent_right, total),
        "key_errors": {k: key_errors[k] for k in KEYS},
        "per_intent": {
            i: {
                "n": c["n"],
                "intent_pct": pct(c["intent"], c["n"]),
                "right_pct": pct(c["right"], c["n"]),
            }
            for i, c in sorted(per_intent.items())
        },
    }
    return summary, failures


def print_text(summary: dict[str, Any], failures: list[dict[str, Any]], show: bool) -> None:
    s = summary
    print(f"{s['file']} (aliases {'on' if s['aliases'] else 'off'})")
    print(f"total {s['total']}, fully right {s['right']} ({s['right_pct']} %)", end=", ")
    print(f"intent {s['intent_pct']} %")
    print("errors per key: " + ", ".join(f"{k} {n}" for k, n in s["key_errors"].items()))
    print(f"{'intent':<18}{'n':>4}{'intent %':>10}{'right %':>10}")
    for intent, c in s["per_intent"].items():
        print(f"{intent:<18}{c['n']:>4}{c['intent_pct']:>10}{c['right_pct']:>10}")
    if show:
        for f in failures:
            print(f"\n{f['id']} ({f['today']}): {f['text']}")
            for k in f["wrong"]:
                print(
                    f"  {k}: expected {json.dumps(f['expect'].get(k), ensure_ascii=False)}"
                    f" got {json.dumps(f['got'].get(k), ensure_ascii=False)}"
                )
            if "error" in f["got"]:
                print(f"  error: {f['got']['error']}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.nlu_eval", description=__doc__.splitlines()[0]
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--no-aliases", action="store_true", help="empty every unit's aliases")
    parser.add_argument("--show-failures", action="store_true", help="print each failing line")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    summary, failures = evaluate(args.corpus, aliases=not args.no_aliases)
    if args.json:
        if args.show_failures:
            summary["failures"] = failures
        print(json.dumps(summary, ensure_ascii=False, indent=2, default=str))
    else:
        print_text(summary, failures, args.show_failures)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
