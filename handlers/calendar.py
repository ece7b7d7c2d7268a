"""Working-day calendar: weekends, Vietnam's public holidays and configured swaps."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from handlers.vn_holidays import package_holidays, written_holidays


@dataclass(slots=True)
class WorkingCalendar:
    """Answers "is this a working day" for Vietnamese offices.

    Public holidays come from the `holidays` package (Tết included; written out for the years
    around now in `handlers.vn_holidays`, so a running bot never imports it); `extra_days_off`
    adds the compensatory days the government fixes each year and `extra_working_days` the
    swapped working Saturdays, both overriding the package.
    """

    extra_days_off: frozenset[date] = frozenset()
    extra_working_days: frozenset[date] = frozenset()
    _years: dict[int, frozenset[date]] = field(default_factory=dict, repr=False)

    def _holidays(self, year: int) -> frozenset[date]:
        cached = self._years.get(year)
        if cached is None:
            written = written_holidays(year)
            cached = package_holidays(year) if written is None else written
            self._years[year] = cached
        return cached

    def is_holiday(self, day: date) -> bool:
        return day in self.extra_days_off or day in self._holidays(day.year)

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_working_days:
            return True
        return day.weekday() < 5 and not self.is_holiday(day)

    def next_working_day(self, day: date) -> date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, day: date, count: int) -> date:
        """The date `count` working days after `day` (before it when count < 0)."""
        step = 1 if count >= 0 else -1
        remaining = abs(count)
        while remaining:
            day += timedelta(days=step)
            if self.is_working_day(day):
                remaining -= 1
        return day


def create_calendar(
    extra_days_off: Iterable[date] = (), extra_working_days: Iterable[date] = ()
) -> WorkingCalendar:
    return WorkingCalendar(frozenset(extra_days_off), frozenset(extra_working_days))
