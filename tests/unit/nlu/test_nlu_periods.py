"""Periods at year, quarter and month boundaries, and on a leap day; weeks run Monday–Sunday."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.nlu import DateRange, Intent, understand

NEW_YEARS_EVE = date(2023, 12, 31)  # a Sunday: the last day of a week, a quarter and a year
LEAP_DAY = date(2024, 2, 29)  # a Thursday
NEW_YEARS_DAY = date(2023, 1, 1)  # a Sunday: its week began in December 2022


def span(first: str, last: str | None = None) -> DateRange:
    return DateRange(date.fromisoformat(first), date.fromisoformat(last or first))


@pytest.mark.parametrize(
    ("today", "text", "expected"),
    [
        (NEW_YEARS_EVE, "hôm nay", span("2023-12-31")),
        (NEW_YEARS_EVE, "ngày mai", span("2024-01-01")),
        (NEW_YEARS_EVE, "tuần này", span("2023-12-25", "2023-12-31")),
        (NEW_YEARS_EVE, "tuần sau", span("2024-01-01", "2024-01-07")),
        (NEW_YEARS_EVE, "tuần trước", span("2023-12-18", "2023-12-24")),
        (NEW_YEARS_EVE, "tháng này", span("2023-12-01", "2023-12-31")),
        (NEW_YEARS_EVE, "tháng sau", span("2024-01-01", "2024-01-31")),
        (NEW_YEARS_EVE, "quý này", span("2023-10-01", "2023-12-31")),
        (NEW_YEARS_EVE, "quý sau", span("2024-01-01", "2024-03-31")),
        (NEW_YEARS_EVE, "năm sau", span("2024-01-01", "2024-12-31")),
        (NEW_YEARS_EVE, "thứ 2", span("2024-01-01")),  # the coming Monday
        (NEW_YEARS_EVE, "trong 7 ngày tới", span("2023-12-31", "2024-01-07")),
        (NEW_YEARS_EVE, "30/12", span("2023-12-30")),  # no year: the current one, even if past
        (NEW_YEARS_EVE, "từ nay đến cuối năm", span("2023-12-31")),
        (LEAP_DAY, "hôm nay", span("2024-02-29")),
        (LEAP_DAY, "ngày mai", span("2024-03-01")),
        (LEAP_DAY, "tuần này", span("2024-02-26", "2024-03-03")),
        (LEAP_DAY, "tháng này", span("2024-02-01", "2024-02-29")),
        (LEAP_DAY, "tháng trước", span("2024-01-01", "2024-01-31")),
        (LEAP_DAY, "tháng sau", span("2024-03-01", "2024-03-31")),
        (LEAP_DAY, "tháng 2", span("2024-02-01", "2024-02-29")),
        (LEAP_DAY, "tháng 2 năm 2023", span("2023-02-01", "2023-02-28")),
        (LEAP_DAY, "quý này", span("2024-01-01", "2024-03-31")),
        (LEAP_DAY, "năm nay", span("2024-01-01", "2024-12-31")),
        (LEAP_DAY, "6 tháng đầu năm", span("2024-01-01", "2024-06-30")),
        (LEAP_DAY, "29/2", span("2024-02-29")),
        (NEW_YEARS_DAY, "tuần này", span("2022-12-26", "2023-01-01")),
        (NEW_YEARS_DAY, "tuần trước", span("2022-12-19", "2022-12-25")),
        (NEW_YEARS_DAY, "hôm qua", span("2022-12-31")),
        (NEW_YEARS_DAY, "tháng trước", span("2022-12-01", "2022-12-31")),
        (NEW_YEARS_DAY, "quý trước", span("2022-10-01", "2022-12-31")),
        (NEW_YEARS_DAY, "quý này", span("2023-01-01", "2023-03-31")),
        (NEW_YEARS_DAY, "năm ngoái", span("2022-01-01", "2022-12-31")),
        (NEW_YEARS_DAY, "cuối năm", span("2023-01-01", "2023-12-31")),
    ],
)
def test_period_on_a_boundary_day(today: date, text: str, expected: DateRange) -> None:
    meaning = understand(text, today)
    assert (meaning.intent, meaning.range) == (Intent.DUE, expected)


@pytest.mark.parametrize(
    ("today", "text"),
    [
        (LEAP_DAY, "30/2"),  # no such day: not a period, so nothing is due on it
        (LEAP_DAY, "29/2/2023"),
        (LEAP_DAY, "tháng 13"),
        (LEAP_DAY, "quý 5"),
        (LEAP_DAY, "ngày 32/10"),
    ],
)
def test_an_impossible_date_is_not_a_period(today: date, text: str) -> None:
    assert understand(text, today).range is None


@pytest.mark.parametrize(
    ("today", "text", "deadline"),
    [
        # Without a year an extension's date is the next one to come.
        (NEW_YEARS_EVE, "gia hạn 12 đến 15/1", date(2024, 1, 15)),
        (NEW_YEARS_EVE, "gia hạn 12 đến 31/12", date(2023, 12, 31)),  # today still counts
        (NEW_YEARS_EVE, "gia hạn 12 đến tháng sau", date(2024, 1, 31)),
        (LEAP_DAY, "gia hạn 12 đến 28/2", date(2025, 2, 28)),
        (LEAP_DAY, "gia hạn 12 đến 28/2/2024", date(2024, 2, 28)),  # a year given is kept
        (LEAP_DAY, "gia hạn 12 đến cuối quý", date(2024, 3, 31)),
        (NEW_YEARS_DAY, "gia hạn 12 đến 31/12", date(2023, 12, 31)),
        (NEW_YEARS_DAY, "gia hạn 12 đến 31/12/22", date(2022, 12, 31)),
    ],
)
def test_extension_deadline(today: date, text: str, deadline: date) -> None:
    meaning = understand(text, today)
    assert (meaning.intent, meaning.task_id, meaning.new_deadline) == (Intent.EXTEND, 12, deadline)


FRIDAY = date(2026, 12, 4)  # a Friday in the last month of a year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tháng 1 năm sau", span("2027-01-01", "2027-01-31")),  # next year's January
        ("thang 2 nam toi", span("2027-02-01", "2027-02-28")),
        ("tháng sáu năm sau", span("2027-06-01", "2027-06-30")),
        ("thang 11 nam ngoai", span("2025-11-01", "2025-11-30")),
        ("quý 1 năm sau", span("2027-01-01", "2027-03-31")),
        ("quy 2 nam 2027", span("2027-04-01", "2027-06-30")),
        ("năm tới", span("2027-01-01", "2027-12-31")),
        ("tuần này và tuần sau", span("2026-11-30", "2026-12-13")),  # the union
        ("tuần trước và tuần này", span("2026-11-23", "2026-12-06")),
        ("tháng 12 và tháng 1 năm sau", span("2026-12-01", "2027-01-31")),
        ("tuần sau nữa", span("2026-12-14", "2026-12-20")),
        ("tuần tới nữa", span("2026-12-14", "2026-12-20")),
        ("tháng sau nữa", span("2027-02-01", "2027-02-28")),
        ("trong 3 ngày tới", span("2026-12-04", "2026-12-07")),
        ("trước 15/12", span("2026-12-04", "2026-12-15")),  # today through the day
        ("hạn trước ngày 20/12", span("2026-12-04", "2026-12-20")),
        ("chậm nhất 31/12", span("2026-12-04", "2026-12-31")),
        ("trước 1/12", span("2026-12-01")),  # already past: the day itself
        ("từ 1/12 đến 10/12", span("2026-12-01", "2026-12-10")),
        ("cuối tháng", span("2026-12-01", "2026-12-31")),
    ],
)
def test_periods_officials_write(text: str, expected: DateRange) -> None:
    assert understand(text, FRIDAY).range == expected


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("gia hạn 8 đến tháng 11/0000", "0000"),
        ("việc quý 4 năm 0000", "0000"),
        ("gia hạn 8 đến 31/12/9999", "9999"),
        ("thống kê năm 1899", "1899"),
        ("6 tháng đầu năm 0000", "0000"),
        ("việc quý IV/1000", "1000"),
        ("quá hạn từ 1/1/0001 đến 5/1/2024", "0001"),
    ],
)
def test_an_impossible_year_is_pointed_out_not_guessed(text: str, written: str) -> None:
    meaning = understand(text, NEW_YEARS_EVE)
    assert meaning.intent is Intent.UNKNOWN
    assert meaning.problem == (
        f"Năm {written} không hợp lệ: hãy ghi năm đủ bốn chữ số, từ 1990 đến 2100."
    )


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("gia hạn 8 đến 30/11/24", date(2024, 11, 30)),  # two digits: this century
        ("gia hạn 8 đến 30/11/2100", date(2100, 11, 30)),
        ("gia hạn 8 đến 30/11", date(2024, 11, 30)),  # said on 31/12/2023: the next one
    ],
)
def test_possible_years_still_read(text: str, deadline: date) -> None:
    meaning = understand(text, NEW_YEARS_EVE)
    assert meaning.problem is None
    assert meaning.new_deadline == deadline
