"""A date with a two-digit year ("11/8/26") and a "thời gian hoàn thành" phrase date a task:
tracking tables and office spreadsheets write them so."""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.deadlines import find_deadlines
from notices.model import DeadlineKind

REFERENCE = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        ("Thời gian hoàn thành 20/4/26.", DeadlineKind.ON_DATE, date(2026, 4, 20)),
        ("hoàn thành trước ngày 5/5/26.", DeadlineKind.BEFORE_DATE, date(2026, 5, 5)),
        ("thời hạn: Thời gian hoàn thành 30/6/26.", DeadlineKind.ON_DATE, date(2026, 6, 30)),
        (
            "nộp hồ sơ, thời gian hoàn thành ngày 15/4/2026 và họp xét duyệt ngày 20/4/2026",
            DeadlineKind.ON_DATE,
            date(2026, 4, 15),
        ),
    ],
)
def test_short_years_and_completion_times_are_deadlines(
    text: str, kind: DeadlineKind, day: date
) -> None:
    hits = find_deadlines(text, year=2026, reference=REFERENCE)
    assert [(hit.kind, hit.deadline) for hit in hits][:1] == [(kind, day)]


@pytest.mark.parametrize(
    "text",
    [
        "thời gian hoàn thành dự án là 36 tháng kể từ ngày khởi công",
        "tỷ lệ đạt 3/4/5 tiêu chí",  # not a date: no deadline word before it
        "theo Điều 2 khoản 3/4",
    ],
)
def test_no_deadline_without_a_date(text: str) -> None:
    assert find_deadlines(text, year=2026, reference=REFERENCE) == []


TABLE = """ỦY BAN NHÂN DÂN
HUYỆN TÂN THẠNH
Số: 41/TB-UBND
Tân Thạnh, ngày 02 tháng 3 năm 2026
THÔNG BÁO
Danh mục công việc giao các phòng chuyên môn

| STT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Rà soát hồ sơ các hộ lấn chiếm hành lang kênh | Phòng Nông nghiệp và Môi trường | 20/4/26 |
| 2 | Lập kế hoạch kiểm tra các chợ | Phòng Kinh tế | Thời gian hoàn thành 15/5/26 |
"""


def test_a_table_row_with_a_two_digit_year_is_dated() -> None:
    tasks = parse_notice(TABLE).tasks
    assert [(task.lead, task.deadline) for task in tasks] == [
        (("Phòng Nông nghiệp và Môi trường",), date(2026, 4, 20)),
        (("Phòng Kinh tế",), date(2026, 5, 15)),
    ]
