"""Words the router used to read itself, now understood by the NLU: asking for help versus a
message nothing in which was understood, and statistics for every commune."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.nlu import Intent, understand

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text", ["", "?", "help", "/help", "trợ giúp", "Hướng dẫn!", "menu", "lệnh"]
)
def test_asking_for_help(text: str) -> None:
    assert understand(text, TODAY).intent is Intent.HELP


@pytest.mark.parametrize("text", ["abc xyz", "/lenhla", "xong chưa"])
def test_not_understood_is_unknown_not_help(text: str) -> None:
    assert understand(text, TODAY).intent is Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "communes"),
    [
        ("tỷ lệ hoàn thành của các xã", True),
        ("thong ke cac phuong", True),
        ("thống kê", False),
        ("thống kê xã Đoan Bái", False),
        ("việc quá hạn các xã", False),  # a list, not statistics
    ],
)
def test_statistics_for_every_commune(text: str, communes: bool) -> None:
    meaning = understand(text, TODAY)
    assert meaning.communes is communes
    if communes:
        assert meaning.intent is Intent.STATS
