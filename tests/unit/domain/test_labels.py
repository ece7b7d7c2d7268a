"""Every status and event kind has its Vietnamese words, so a task's history never fails to
draw when a kind is added."""

from __future__ import annotations

from datetime import date

from handlers.domain import EventKind, TaskStatus, fmt_date
from handlers.render import EVENT_LABELS


def test_every_event_kind_has_a_label() -> None:
    assert set(EVENT_LABELS) == set(EventKind)


def test_every_status_reads_in_a_sentence() -> None:
    assert [s.label for s in TaskStatus] == [
        "đang thực hiện",
        "chờ xác nhận",
        "đã hoàn thành",
        "tạm dừng",
        "đã hủy",
    ]


def test_dates_read_day_first() -> None:
    assert (fmt_date(date(2026, 1, 5)), fmt_date(None)) == ("05/01/2026", "—")
