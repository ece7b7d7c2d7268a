"""PNG charts for reports and digests (matplotlib's Agg canvas, never a display)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Protocol

from matplotlib.figure import Figure

from handlers.domain import UnitId
from handlers.ports import UnitStats


class UnitNames(Protocol):
    """What a chart needs of the org: a unit's name (a Directory, or a report's data)."""

    def unit_name(self, unit_id: UnitId | None) -> str: ...


# A bare Figure (no pyplot) renders through the Agg canvas: no display, no global state, safe to
# call from any thread of the bot.
# DejaVu Sans ships with matplotlib and has every Vietnamese glyph.
_FONT = "DejaVu Sans"
_BAR = "#2e7d32"
_LOW = "#c62828"
_LINE = "#c62828"
_MAX_UNITS = 20
_DPI = 110


def completion_by_unit(per_unit_rows: Sequence[UnitStats], directory: UnitNames) -> bytes | None:
    """A horizontal bar chart of the completion rate (done / come due, as `thống kê` counts it)
    per lead unit, lowest first; None when fewer than two units have anything come due (there is
    nothing to compare). At most 20 units, the lowest rates."""
    rows = [r for r in per_unit_rows if r.come_due > 0]
    if len(rows) < 2:
        return None
    rows.sort(key=lambda r: (r.done / r.come_due, -r.come_due, r.unit_id))
    rows = rows[:_MAX_UNITS]
    rows.reverse()  # barh draws bottom-up: lowest rate on top
    names = [_short(directory.unit_name(r.unit_id)) for r in rows]
    rates = [100 * r.done / r.come_due for r in rows]
    figure = Figure(figsize=(7.5, 1.2 + 0.38 * len(rows)), dpi=_DPI)
    axes = figure.add_subplot()
    colors = [_LOW if rate < 50 else _BAR for rate in rates]
    bars = axes.barh(names, rates, color=colors, height=0.6)
    for bar, row, rate in zip(bars, rows, rates, strict=True):
        axes.text(
            min(rate, 100) + 1,
            bar.get_y() + bar.get_height() / 2,
            f"{round(rate)}% ({row.done}/{row.come_due})",
            va="center",
            fontsize=8,
            family=_FONT,
        )
    axes.set_xlim(0, 118)
    axes.set_xlabel("Tỷ lệ hoàn thành (%) — số việc đã xong / số việc đã đến hạn", family=_FONT)
    axes.set_title("Tỷ lệ hoàn thành nhiệm vụ theo đơn vị", family=_FONT, fontsize=11)
    _style(axes)
    return _png(figure)


def overdue_trend(points: list[tuple[date, int]]) -> bytes | None:
    """A line of the number of overdue tasks day by day (or week by week); None with fewer
    than two points."""
    if len(points) < 2:
        return None
    points = sorted(points)
    figure = Figure(figsize=(7.5, 3.2), dpi=_DPI)
    axes = figure.add_subplot()
    xs = list(range(len(points)))
    ys = [count for _, count in points]
    axes.plot(xs, ys, color=_LINE, marker="o", linewidth=2)
    step = max(1, len(points) // 8)
    axes.set_xticks(xs[::step], [day.strftime("%d/%m") for day, _ in points][::step])
    axes.set_ylim(0, max(max(ys), 1) * 1.2)
    axes.set_ylabel("Số việc quá hạn", family=_FONT)
    axes.set_title("Số việc quá hạn theo thời gian", family=_FONT, fontsize=11)
    axes.grid(axis="y", alpha=0.3)
    _style(axes)
    return _png(figure)


def _short(name: str, limit: int = 38) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _style(axes: object) -> None:
    from matplotlib.axes import Axes

    assert isinstance(axes, Axes)
    for label in (*axes.get_xticklabels(), *axes.get_yticklabels()):
        label.set_fontfamily(_FONT)
        label.set_fontsize(8)
    axes.spines["top"].set_visible(False)
    axes.spines["right"].set_visible(False)


def _png(figure: Figure) -> bytes:
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
