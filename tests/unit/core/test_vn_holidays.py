"""Vietnam's holidays written out (handlers.vn_holidays) are the `holidays` package's, and a
calendar asked about those years never imports the package (~11 MB in the bot)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from handlers.vn_holidays import FIRST, LAST, package_holidays, written_holidays

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("year", range(FIRST, LAST + 1))
def test_the_written_year_is_the_packages(year: int) -> None:
    assert written_holidays(year) == package_holidays(year)


def test_a_year_outside_the_table_is_asked_of_the_package() -> None:
    from handlers.calendar import create_calendar

    assert written_holidays(LAST + 1) is None
    assert create_calendar().is_holiday(date(LAST + 1, 9, 2))  # Quốc khánh


def test_a_calendar_over_the_written_years_does_not_import_the_package() -> None:
    script = (
        "import sys; from datetime import date; from handlers.calendar import create_calendar;"
        "c = create_calendar(); assert c.is_holiday(date(2026, 2, 17));"
        "assert c.add_working_days(date(2026, 12, 4), 3) == date(2026, 12, 9);"
        "print('holidays' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
