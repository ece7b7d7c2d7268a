"""The weekly digest's closing lines, written out by hand: the completion rate over every unit
and the units ranked by overdue then by tasks come due, eight shown and the rest counted
(a chair's digest counts a few hundred units: `summarize`, as the stores sum and rank them)."""

from __future__ import annotations

from datetime import date

from handlers.calendar import create_calendar
from handlers.directory import Directory
from handlers.domain import Unit, UnitId, UnitKind
from handlers.nlu.periods import week_range
from handlers.ports import TaskPage, UnitStats
from handlers.reminder_queries import DIGEST_UNITS, WeekReview, summarize
from handlers.reminder_texts import digest_text

TODAY = date(2026, 11, 30)


def review(per_unit: list[UnitStats]) -> WeekReview:
    page = TaskPage(items=(), total=1)
    return WeekReview(week_range(TODAY), summarize(per_unit, DIGEST_UNITS), page, page, page)


def directory(count: int) -> Directory:
    units = [Unit(UnitId(i), f"u{i}", f"Đơn vị {i}", UnitKind.AGENCY) for i in range(1, count + 1)]
    return Directory.build(1, units, [])


def tail(per_unit: list[UnitStats]) -> list[str]:
    text = digest_text(
        review(per_unit),
        home="UBND xã Tân Lập",
        today=TODAY,
        directory=directory(len(per_unit)),
        calendar=create_calendar(),
    )
    return text.rsplit("\n\n", 1)[1].split("\n")  # what follows the lists


def test_rate_and_ranking_over_many_units() -> None:
    per_unit = [
        UnitStats(UnitId(1), overdue=2, done_on_time=3),  # come due 5
        UnitStats(UnitId(2), overdue=2, done_on_time=1, done_late=4),  # come due 7
        UnitStats(UnitId(3), on_track=9),  # nothing come due: not ranked
        UnitStats(UnitId(4), done_on_time=1),
        UnitStats(UnitId(5), overdue=5),
        UnitStats(UnitId(6), done_late=2),
        UnitStats(UnitId(7), overdue=1, reported=4),
        UnitStats(UnitId(8), done_on_time=2),
        UnitStats(UnitId(9), overdue=1, done_on_time=1),
        UnitStats(UnitId(10), done_on_time=1, no_deadline=3),
        UnitStats(UnitId(11), done_late=1, due_soon=2),
        UnitStats(UnitId(12), overdue=1, done_on_time=1),  # ties 9: the lower id first
    ]
    assert tail(per_unit) == [
        # done 3+1+4+1+2+2+1+1+1+1 = 17 of come due 17 + overdue 2+2+5+1+1+1 = 12
        "Tỷ lệ hoàn thành: 59% (17/29)",
        "Theo đơn vị (có việc đã đến hạn):",
        "- Đơn vị 5: quá hạn 5, hoàn thành 0% (0/5) ▱▱▱▱▱▱▱▱▱▱",
        "- Đơn vị 2: quá hạn 2, hoàn thành 71% (5/7) ▰▰▰▰▰▰▰▱▱▱",
        "- Đơn vị 1: quá hạn 2, hoàn thành 60% (3/5) ▰▰▰▰▰▰▱▱▱▱",
        "- Đơn vị 9: quá hạn 1, hoàn thành 50% (1/2) ▰▰▰▰▰▱▱▱▱▱",
        "- Đơn vị 12: quá hạn 1, hoàn thành 50% (1/2) ▰▰▰▰▰▱▱▱▱▱",
        "- Đơn vị 7: quá hạn 1, hoàn thành 0% (0/1) ▱▱▱▱▱▱▱▱▱▱",
        "- Đơn vị 6: quá hạn 0, hoàn thành 100% (2/2) ▰▰▰▰▰▰▰▰▰▰",
        "- Đơn vị 8: quá hạn 0, hoàn thành 100% (2/2) ▰▰▰▰▰▰▰▰▰▰",
        "… và 3 đơn vị khác — gõ «thống kê»",
    ]


def test_one_unit_is_not_ranked() -> None:
    assert tail([UnitStats(UnitId(1), overdue=1, done_on_time=3)]) == [
        "Tỷ lệ hoàn thành: 75% (3/4)"
    ]
