"""The phone-message corpus (tests/nlu_corpus) keeps its figures: 395 messages the rules were
tuned on, and 203 held-out ones written apart and never tuned on. A change that makes the bot
understand fewer of them fails here; a change that understands more may raise the floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.nlu_eval import evaluate

CORPUS = Path(__file__).resolve().parents[2] / "nlu_corpus"


@pytest.mark.parametrize(
    ("name", "aliases", "floor"),
    [
        ("dev.jsonl", True, 98.0),
        ("dev.jsonl", False, 97.0),  # abbreviations generated from the names, none listed
        ("holdout.jsonl", True, 93.0),
    ],
)
def test_the_corpus_stays_understood(name: str, aliases: bool, floor: float) -> None:
    summary, failures = evaluate(CORPUS / name, aliases=aliases)
    assert summary["total"] >= 200
    shown = [(f["id"], f["text"], f["wrong"]) for f in failures]
    assert summary["right_pct"] >= floor, shown
