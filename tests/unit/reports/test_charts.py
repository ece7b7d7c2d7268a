"""Charts are PNGs, drawn only when there is something to compare."""

from __future__ import annotations

from datetime import date

from bot.reports.charts import completion_by_unit, overdue_trend
from handlers.directory import Directory
from handlers.domain import Unit, UnitId, UnitKind
from handlers.ports import UnitStats

PNG = b"\x89PNG\r\n\x1a\n"


def directory() -> Directory:
    units = [
        Unit(UnitId(1), "noivu", "Phòng Nội vụ", UnitKind.AGENCY),
        Unit(UnitId(2), "longdong", "UBND xã Long Đống", UnitKind.COMMUNE),
        Unit(UnitId(3), "tuphap", "Phòng Tư pháp", UnitKind.AGENCY),
    ]
    return Directory.build(1, units, [])


def test_two_units_with_something_come_due_give_a_png() -> None:
    rows = [
        UnitStats(UnitId(1), overdue=2, done_on_time=1),
        UnitStats(UnitId(2), done_on_time=3, done_late=1),
        UnitStats(UnitId(3), on_track=5),
    ]
    png = completion_by_unit(rows, directory())
    assert png is not None and png.startswith(PNG)


def test_nothing_to_compare_gives_none() -> None:
    rows = [UnitStats(UnitId(1), overdue=2), UnitStats(UnitId(3), on_track=5)]
    assert completion_by_unit(rows, directory()) is None
    assert completion_by_unit([], directory()) is None


def test_overdue_trend() -> None:
    assert overdue_trend([(date(2023, 10, 2), 3)]) is None
    png = overdue_trend([(date(2023, 10, 2), 3), (date(2023, 10, 9), 5), (date(2023, 10, 16), 4)])
    assert png is not None and png.startswith(PNG)
