"""The sample notices (five published, one written for the province demo) against extractions
written by hand from reading each notice."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from notice_fixtures import SAMPLE_NAMES, expected, sample_text

from notices import notice_to_json, parse_notice

METADATA = (
    "doc_number", "doc_type", "issued_date", "issued_date_is_meeting", "place", "issuer",
    "title", "signer", "signer_title", "classified",
)  # fmt: skip
TASK_FIELDS = (
    "ref", "lead", "support", "directing", "deadline", "deadline_kind", "deadline_phrase",
    "recurrence", "criteria",
)  # fmt: skip


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def compare(name: str) -> tuple[int, int, list[str]]:
    """(fields matched, fields total, differences) of one sample against its fixture."""
    want = expected(name)
    got: dict[str, Any] = json.loads(json.dumps(notice_to_json(parse_notice(sample_text(name)))))
    matched = total = 0
    diffs: list[str] = []
    for key in METADATA:
        total += 1
        if got[key] == want[key]:
            matched += 1
        else:
            diffs.append(f"{key}: {got[key]!r} != {want[key]!r}")
    got_tasks: dict[str, dict[str, Any]] = {t["ref"]: t for t in got["tasks"]}
    for task in want["tasks"]:
        found = got_tasks.get(task["ref"])
        for key in (*TASK_FIELDS, "text"):
            total += 1
            if found is None:
                diffs.append(f"{task['ref']}: missing")
                continue
            ok = (
                _squash(found["text"]).startswith(_squash(task["text"]))
                if key == "text"
                else found[key] == task[key]
            )
            if ok:
                matched += 1
            else:
                diffs.append(f"{task['ref']}.{key}: {found[key]!r} != {task[key]!r}")
    wanted_refs = {t["ref"] for t in want["tasks"]}
    for ref in got_tasks:
        if ref not in wanted_refs:
            total += 1
            diffs.append(f"{ref}: extra task")
    return matched, total, diffs


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_matches_hand_written_extraction(name: str) -> None:
    matched, total, diffs = compare(name)
    assert not diffs, f"{name}: {matched}/{total} fields\n" + "\n".join(diffs)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_task_order_follows_the_notice(name: str) -> None:
    got = [t.ref for t in parse_notice(sample_text(name)).tasks]
    assert got == [t["ref"] for t in expected(name)["tasks"]]


def test_every_sample_has_a_fixture() -> None:
    assert len(SAMPLE_NAMES) == 6
    for name in SAMPLE_NAMES:
        assert expected(name)["tasks"], name
