"""Ruled tables on a scanned page: where their rows and cells are, found from the printed rules.

Tesseract reads a page line by line across the whole width, so a table whose cells wrap over
several lines comes out with its columns interleaved ("Tham mưu xây dựng Quy hoạch truyền dẫn,
phát hoạch Tháng | sóng phát thanh …"): the parser then finds neither the rows nor their tasks.
Plans, work programmes and appendices of Vietnamese offices are mostly such ruled tables (a row
per task, "TT | Nội dung | Đơn vị chủ trì | Thời gian"), so a scanned one lost almost every task
(a real five-page scan of a Sở's task table: 6 of 45 read, against 44 from its Word file).

The rules themselves say where the cells are. A horizontal rule is a run of dark pixels at least
`_RULE_SPAN` of the page wide (text never is: letters and words leave gaps); the scanner's skew
of a degree or so is absorbed by thickening the dark pixels a few rows up and down before the
runs are measured. Between two rules of the same extent, a column that is dark over nearly the
whole height of the row is a cell border. A scanner streak (a dark vertical line down the whole
page, as cheap sheet-fed scanners leave) passes that test too, so a border that goes on above
the table's first rule or below its last one is a streak, not a border. Consecutive rules whose
rows have borders at both ends form one table; a row without them (the heading between two
tables) ends it. Photos, whose rules are curved and unevenly lit, seldom show a rule this
straight and long; then no table is found and the page is read as before.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from typing import Any

_DARK = 128  # grey level below which a pixel is ink
# A thin rule of a greyscale scan (a pixel or two wide, antialiased when the page was scaled)
# is dark in places and mid-grey in others: in its dark places it is found, but its extent,
# measured in ink alone, stops short wherever it pales, and rules of one table seem to end at
# different places (a real 200-dpi scan: no table found, its rows read across as one line).
# How far a rule reaches is measured at this lighter grey, in the rule's own rows only.
_FAINT = 192
_RULE_SPAN = 0.4  # of the page width: the shortest horizontal rule
_SKEW_ROWS = 3  # rows up and down a rule's pixels are thickened by (skew, broken scan lines)
_GAP_COLUMNS = 2  # columns a broken rule's gaps are closed over
_BORDER_FILL = 0.9  # share of a row's height a cell border is dark over
_BORDER_MARGIN = 8  # px kept clear of the rules when a border is measured
_STREAK_PROBE = (12, 150)  # px above the first rule / below the last where a streak still shows
_SAME_EXTENT = 0.03  # of the page width: rules of one table start and end this close
_MIN_RULES = 3  # a header and one row at least
_MIN_ROW = 20  # px: rules closer than this are one rule drawn double
_SAME_BORDER = 8  # px: borders of two rows this close are one column's


@dataclass(frozen=True, slots=True)
class TableRow:
    top: float
    bottom: float
    borders: tuple[float, ...]  # x of every cell border, the outer two included, left to right


@dataclass(frozen=True, slots=True)
class RuledTable:
    left: float
    right: float
    rows: tuple[TableRow, ...]
    streaks: tuple[float, ...] = ()  # x of scanner streaks crossing the table (not borders)

    @property
    def top(self) -> float:
        return self.rows[0].top

    @property
    def bottom(self) -> float:
        return self.rows[-1].bottom

    @property
    def grid(self) -> tuple[float, ...]:
        """The table's column borders: those found in at least half of its rows that are split
        into cells (a border the seal or a faint scan hid in one row is still there; a tilted
        streak, found in a few short rows at shifting places, is not). Asked once a word, so
        worked out once a table (`_grid`)."""
        return _grid(self.rows)

    def cell_borders(self, row: TableRow) -> tuple[float, ...]:
        """The borders a row's words are split by: the table's columns, unless the row is one
        cell across the table (only its outer borders found: a group's or a topic's heading)."""
        return row.borders if len(row.borders) <= 2 else self.grid

    def row_at(self, x: float, y: float) -> TableRow | None:
        if not self.left <= x <= self.right:
            return None
        return next((row for row in self.rows if row.top <= y < row.bottom), None)


@functools.lru_cache(maxsize=64)
def _grid(rows: tuple[TableRow, ...]) -> tuple[float, ...]:
    split = [row.borders for row in rows if len(row.borders) > 2]
    if not split:
        return max((row.borders for row in rows), key=len)
    clusters: list[list[float]] = []
    for x in sorted(x for borders in split for x in borders):
        if clusters and x - clusters[-1][-1] <= _SAME_BORDER:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    least = min(2, len(split))  # a glyph's stem in one row of two is no column
    kept = [
        sorted(c)[len(c) // 2] for c in clusters if 2 * len(c) >= len(split) and len(c) >= least
    ]
    return tuple(kept) if len(kept) >= 2 else max(split, key=len)


def _thicken(ink: Any, rows: int, columns: int) -> Any:
    out = ink.copy()
    for step in range(1, rows + 1):
        out[step:] |= ink[:-step]
        out[:-step] |= ink[step:]
    if columns:
        wide = out.copy()
        for step in range(1, columns + 1):
            wide[:, step:] |= out[:, :-step]
            wide[:, :-step] |= out[:, step:]
        out = wide
    return out


def _runs(values: Any, gap: int) -> list[list[int]]:
    """Consecutive indexes (at most `gap` apart) grouped."""
    groups: list[list[int]] = []
    for value in values.tolist():
        if groups and value - groups[-1][-1] <= gap:
            groups[-1].append(value)
        else:
            groups.append([value])
    return groups


def _horizontal_rules(
    ink: Any, share: float = _RULE_SPAN, faint: Any = None
) -> list[tuple[int, int, int]]:
    """(y, left, right) of every horizontal rule at least `share` of the width long, top to
    bottom. `faint`: the page's ink at a lighter grey (`_FAINT`), which measures how far a rule
    found in `ink` reaches (see `_FAINT`)."""
    import numpy as np

    width = ink.shape[1]
    span = int(width * share)
    if span < 50:
        return []
    full = _full_runs(ink, span)
    rules: list[tuple[int, int, int]] = []
    for group in _runs(np.flatnonzero(full.any(axis=1)), 2):
        starts = np.flatnonzero(full[group].any(axis=0))
        y = round(sum(group) / len(group))
        if rules and y - rules[-1][0] < _MIN_ROW:
            continue
        left, right = int(starts.min()), int(starts.max()) + span
        if faint is not None:
            left, right = _faint_extent(ink, faint, group, span, (left, right))
        rules.append((y, left, right))
    return rules


# The grey a rule's extent is measured at must be the rule's own: a thin line, in the rows that
# hold the rule's ink, with no grey a few rows above and below it. Grey over a wide stretch (a
# scanner's shadow down the page's edge, a paper darker than `_FAINT`) or in a row of its own
# beside the rule (a crease) made every rule run on to the page's edge, and the table was lost.
_THIN_PROBE = (4, 7)  # rows beyond a rule's own rows where a thin line shows no grey
_OWN_ROW = 0.3  # of the rule's darkest row's ink: a row that holds the rule


def _faint_extent(
    ink: Any, faint: Any, group: list[int], span: int, extent: tuple[int, int]
) -> tuple[int, int]:
    """(left, right) of the rule found in `ink` over the rows `group`, measured on through its
    pale stretches at the lighter grey `faint` (see `_FAINT`, `_THIN_PROBE`)."""
    import numpy as np

    height, width = ink.shape
    first, last = max(0, group[0] - _SKEW_ROWS), min(height, group[-1] + _SKEW_ROWS + 1)
    sums = ink[first:last].sum(axis=1)
    own = np.flatnonzero(sums >= _OWN_ROW * sums.max()) + first
    top, bottom = int(own.min()), int(own.max())
    near, far = _THIN_PROBE
    above = faint[max(0, top - far) : max(0, top - near + 1)]
    below = faint[bottom + near : bottom + far + 1]
    wide = (above.all(axis=0) if len(above) else False) | (
        below.all(axis=0) if len(below) else False
    )
    line = faint[top : bottom + 1] & ~wide
    line[~np.isin(np.arange(top, bottom + 1), own)] = False
    reach = np.flatnonzero(_full_runs(line, span).any(axis=0))
    if not len(reach):
        return extent
    left, right = min(extent[0], int(reach.min())), max(extent[1], int(reach.max()) + span)
    # a grey line from the page's edge is a crease or a fold, never a rule's pale end
    return (extent[0] if left <= 1 else left, extent[1] if right >= width - 1 else right)


def _full_runs(ink: Any, span: int) -> Any:
    """[y, x]: a run of ink (thickened over `_SKEW_ROWS` rows) goes on from x for `span` px."""
    import numpy as np

    height, width = ink.shape
    thick = _thicken(ink, _SKEW_ROWS, _GAP_COLUMNS)
    sums = np.zeros((height, width + 1), dtype=np.int32)
    np.cumsum(thick, axis=1, out=sums[:, 1:])
    return (sums[:, span:] - sums[:, :-span]) >= span


def _borders(ink: Any, top: int, bottom: int, left: int, right: int) -> list[int]:
    """x of the columns dark over nearly the whole height between two rules."""
    import numpy as np

    inner = ink[top + _BORDER_MARGIN : bottom - _BORDER_MARGIN, max(0, left - 10) : right + 10]
    if inner.shape[0] < 4:
        return []
    dark = np.flatnonzero(inner.mean(axis=0) >= _BORDER_FILL)
    return [round(sum(g) / len(g)) + max(0, left - 10) for g in _runs(dark, 2)]


def _streak(ink: Any, x: int, top: int, bottom: int) -> bool:
    """The line at x goes on outside the table, above it and below it (where the page leaves
    room to look): a scanner streak down the page, not a cell border."""
    near, far = _STREAK_PROBE
    height = ink.shape[0]
    looked = False
    for start, end in ((top - far, top - near), (bottom + near, bottom + far)):
        if start < 0 or end > height:
            continue
        looked = True
        if ink[start:end, max(0, x - 3) : x + 4].any(axis=1).mean() < _BORDER_FILL:
            return False
    return looked


# A rule tilted by a degree stays within the few rows it is thickened over for about a fifth of
# the page's width: three such runs hint at a table worth levelling the page for. Text never
# runs that far unbroken. Judged on a copy at half the resolution, so it costs little.
_TILTED_SPAN = 0.15
_TILTED_RULES = 3


def may_hold_table(image: Any) -> bool:
    """The page shows long horizontal runs of ink, straight or tilted: rules of a table,
    perhaps scanned askew. False for pages of running text."""
    import numpy as np

    # halved keeping the darker of each two rows (averaged, a rule a pixel wide paled to a grey
    # lighter than ink and the page seemed to hold no rule) and averaging each two columns:
    # keeping a pixel of ink where any of four had it closed the gaps between words, and pages
    # of running text seemed to hold rules and were searched for tables at full size
    values = np.asarray(image.convert("L"), dtype=np.uint16)
    height, width = (values.shape[0] // 2) * 2, (values.shape[1] // 2) * 2
    rows = np.minimum(values[0:height:2, :width], values[1:height:2, :width])
    small = (rows[:, 0::2] + rows[:, 1::2]) < 2 * _DARK
    return len(_horizontal_rules(small, _TILTED_SPAN)) >= _TILTED_RULES


# A scanner streak runs from the page's top edge to its bottom one; a table's border never does
# (the page's margins). Columns this dark over the page's height are streaks.
_PAGE_STREAK = 0.95


def without_streaks(image: Any) -> Any:
    """The page (grayscale) with the scanner's streaks painted over by the column just left of
    each (so a rule the streak crosses stays unbroken, and text keeps its letters' other
    strokes), or the page itself when it has none; done before a page is levelled, which
    would tilt them."""
    import numpy as np
    from PIL import Image

    page = image.convert("L")
    values = np.asarray(page)
    ink = _thicken(values < _DARK, 0, 2)
    dark = np.flatnonzero(ink.mean(axis=0) >= _PAGE_STREAK)
    if not dark.size:
        return image
    out = values.copy()
    width = out.shape[1]
    for group in _runs(dark, 2):
        start, end = max(1, group[0] - 3), min(width, group[-1] + 4)
        out[:, start:end] = out[:, start - 1 : start]
    return Image.fromarray(out, mode="L")


def table_rows(tables: list[RuledTable]) -> int:
    return sum(len(table.rows) for table in tables)


def _stops_short(
    rule: tuple[int, int, int], first: tuple[int, int, int], tolerance: float
) -> bool:
    """`rule`, right under a table's first rule `first`, lies within it and reaches one of its
    sides: the rule under a row whose first cells span the rows below ("STT | Nội dung hành
    động" beside several "Hành động cụ thể" rows, each with its own lead and time), as a
    continued table opens a page. The row between the two is checked for borders at both
    sides like any other."""
    _, left, right = rule
    _, start, end = first
    within = left >= start - tolerance and right <= end + tolerance
    return within and (abs(left - start) <= tolerance or abs(right - end) <= tolerance)


# A row hardly taller than its one line of text (a group's heading, "II. Các hành động …",
# between two rules) shows its letters' stems as dark over the whole row: "borders" a few
# pixels apart. A cell is never this narrow (of the page's width); when several gaps are, only
# the row's outer borders and those under a border of the row above are kept (a compact row
# whose text touches its rules keeps its columns).
_MIN_CELL = 0.015
_STROKE_GAPS = 3


def _without_strokes(found: list[int], width: int, above: tuple[float, ...]) -> list[int]:
    narrow = sum(b - a < _MIN_CELL * width for a, b in itertools.pairwise(found))
    if narrow < _STROKE_GAPS:
        return found
    inner = [x for x in found[1:-1] if any(abs(x - a) <= _SAME_BORDER for a in above)]
    return [found[0], *inner, found[-1]]


def find_tables(image: Any) -> list[RuledTable]:
    """The ruled tables of a grayscale page image (Pillow), top to bottom."""
    import numpy as np

    values = np.asarray(image.convert("L"))
    ink = values < _DARK
    width = ink.shape[1]
    rules = _horizontal_rules(ink, faint=values < _FAINT)
    columns = _thicken(ink, 0, 3)  # borders a little off the vertical still read as dark
    tables: list[RuledTable] = []
    current: list[TableRow] = []
    extent = (0, 0)
    tolerance = _SAME_EXTENT * width

    def close() -> None:
        if len(current) + 1 >= _MIN_RULES:
            tables.append(RuledTable(float(extent[0]), float(extent[1]), tuple(current)))
        current.clear()

    previous: tuple[int, int, int] | None = None
    for rule in rules:
        y, left, right = rule
        if previous is None or (
            not current
            and (abs(left - previous[1]) > tolerance or abs(right - previous[2]) > tolerance)
            and not _stops_short(rule, previous, tolerance)
        ):
            previous, extent = rule, (left, right)  # a new table may start at this rule
            continue
        if not current:
            extent = (min(left, previous[1]), max(right, previous[2]))
        # A rule of the table may stop short at one side (a cell spanning two rows, a broken
        # line of the scan) but lies within the table and reaches one of its sides.
        within = left >= extent[0] - tolerance and right <= extent[1] + tolerance
        reaches = abs(left - extent[0]) <= tolerance or abs(right - extent[1]) <= tolerance
        found = _borders(columns, previous[0], y, extent[0], extent[1]) if within else []
        found = _without_strokes(found, width, current[-1].borders if current else ())
        sides = (
            any(abs(x - extent[0]) <= 15 for x in found),
            any(abs(x - extent[1]) <= 15 for x in found),
        )
        if within and reaches and all(sides):
            current.append(TableRow(float(previous[0]), float(y), tuple(float(x) for x in found)))
            previous = rule
            continue
        close()
        previous, extent = rule, (left, right)
    close()
    # Streaks: a line that goes on above the table and below it; never the table's own sides.
    # A "table" left with no inner border (a page frame, a boxed paragraph) is no table.
    cleaned: list[RuledTable] = []
    for table in tables:
        top, bottom = round(table.top), round(table.bottom)
        seen = {x for row in table.rows for x in row.borders}
        inner = {x for x in seen if table.left + 15 < x < table.right - 15}
        streaks = {x for x in inner if _streak(ink, round(x), top, bottom)}
        rows = tuple(
            TableRow(row.top, row.bottom, tuple(x for x in row.borders if x not in streaks))
            for row in table.rows
        )
        kept = RuledTable(table.left, table.right, rows, tuple(sorted(streaks)))
        if len(kept.grid) >= 3:
            cleaned.append(kept)
    return cleaned
