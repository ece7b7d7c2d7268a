"""Lettered points typed in capitals ("A) Xây dựng …", "B) Chủ trì …", an older law's points).

A point's letter is lower case ("a) …"); some texts (qh-23, Luật Phòng, chống ma tuý 2000, as
published on a legal-text site) print them as capitals, which neither the paragraph builder nor
the marker reader takes for a point, so the points ran into one paragraph under their lead-in.
A run of them is written back in lower case when it starts at "A)" right under a line ending
with ":" ("1. Bộ Công an có trách nhiệm:") and goes on letter by letter ("B)", "C)", … "Đ)",
"E)", "G)"); a lone "A) …" or a capital out of order stays as written.
"""

from __future__ import annotations

import re

_CAPITAL_POINT = re.compile(r"^(?P<space>\s*)(?P<letter>[A-ZĐ])\)\s+(?=[A-ZĐÀ-Ỹ])")
_LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXY"
_MIN_RUN = 2


def lower_capital_points(lines: list[str]) -> list[str]:
    """`lines` with each run of capital-lettered points given lower-case letters."""
    out = list(lines)
    index = 0
    while index < len(lines):
        if not _starts_run(lines, index):
            index += 1
            continue
        run: list[int] = []
        at, expected = index, 0
        while at < len(lines):
            m = _CAPITAL_POINT.match(lines[at])
            if m is not None:
                if expected >= len(_LETTERS) or m["letter"] != _LETTERS[expected]:
                    break
                run.append(at)
                expected += 1
            elif _new_item(lines[at]):
                break  # "2. Bộ trưởng …": the run's clause is over
            at += 1
        if len(run) >= _MIN_RUN:
            for i in run:
                m = _CAPITAL_POINT.match(lines[i])
                assert m is not None
                letter = m["letter"].lower()
                out[i] = lines[i][: m.start("letter")] + letter + lines[i][m.end("letter") :]
        index = max(at, index + 1)
    return out


# "2. …", "Điều 39": a numbered clause or an article after the points
_ITEM = re.compile(r"^\s*(?:\d{1,2}\.\s|điều\s+\d|chương\s)", re.IGNORECASE)


def _new_item(line: str) -> bool:
    return _ITEM.match(line) is not None


def _starts_run(lines: list[str], index: int) -> bool:
    """An "A) …" line under a line (blank lines skipped) ending with ":"."""
    m = _CAPITAL_POINT.match(lines[index])
    if m is None or m["letter"] != "A":
        return False
    before = next((ln for ln in reversed(lines[:index]) if ln.strip()), "")
    return before.rstrip().endswith(":")
