"""The columns of a scanned page's ruled tables cut out as strips, for Tesseract to read each on
its own (`ocr.ocr_image`).

Tesseract fits one baseline across the page: in a table whose cells wrap over different numbers
of lines, the words of neighbouring cells land on one line and bold two-line headers come out
as nonsense. Each column of a ruled table is read on its own, as a strip from the table's first
rule to its last with the rules (and any scanner streak down it) whitened, and its words are
put back where they stood.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from notices.readers.ruled_tables import RuledTable


def rule_rows(values: Any, y: int) -> list[int]:
    """The rows of a strip (numpy grey values) near y that are mostly dark: a rule's own."""
    rows = range(max(0, y - _RULE_CLEARANCE), min(values.shape[0], y + _RULE_CLEARANCE + 1))
    dark = [row for row in rows if (values[row] < _RULE_GREY).mean() >= 0.3]
    if not dark:
        return []
    # and a row either side: the rule's grey edge, which Tesseract reads as "_" or "-"
    return list(range(max(0, dark[0] - 1), min(values.shape[0], dark[-1] + 2)))


_RULE_CLEARANCE = 6  # px whitened above and below a row rule inside a column strip
_BORDER_CLEARANCE = 5  # px of a cell border left out of the strip
# A rule's rows are found at a light grey: a thin rule of a greyscale scan pales in places, and
# the pale stretches left in the strip were read as letters ("bố aaemaararanE sung").
_RULE_GREY = 192


def column_strips(image: Any, tables: Sequence[RuledTable]) -> list[tuple[Any, float, float]]:
    """(strip image, left, top) of every column of every table: a rule whitened over its own
    dark rows only (a wider band took the dot under the last line's vowels: "bộ" → "bô"), a
    scanner streak down the column whitened, and a row that is one cell across (a group's
    heading, a merged header) whitened too: the page's own reading keeps it whole."""
    import numpy as np
    from PIL import ImageDraw

    strips: list[tuple[Any, float, float]] = []
    for table in tables:
        grid = table.grid
        top, bottom = round(table.top), round(table.bottom)
        for left, right in itertools.pairwise(grid):
            x0 = round(border_reach(table, left, max)) + _BORDER_CLEARANCE
            x1 = round(border_reach(table, right, min)) - _BORDER_CLEARANCE
            if x1 - x0 < 20:
                continue
            strip = image.crop((x0, top, x1, bottom)).convert("L")
            values = np.asarray(strip)
            draw = ImageDraw.Draw(strip)
            for streak in table.streaks:  # a scanner streak down the column is no ink
                x = round(streak) - x0
                if 0 <= x < strip.width:
                    draw.rectangle((x - 4, 0, x + 4, strip.height), fill=255)
            for row in table.rows:
                if len(row.borders) <= 2:  # one cell across
                    y0, y1 = round(row.top) - top, round(row.bottom) - top
                    draw.rectangle((0, y0, strip.width, y1), fill=255)
            # every row's top rule, and the table's last rule: on a page scanned askew it runs
            # above the strip's bottom edge in one column, and was read as a row of signs
            for rule in [*(row.top for row in table.rows), table.bottom]:
                for y in rule_rows(values, round(rule) - top):
                    draw.line((0, y, strip.width, y), fill=255)
            strips.append((strip, float(x0), float(top)))
    return strips


# A table scanned a little askew: a column's border stands a few pixels further right in each row
# down the page (8 px over a 1,000-px table at 0.45°), and a strip cut at the border's middle
# place took its edge in some rows, read as a sign before the cell's words ("ˆ Luật sửa đổi …").
# The strip keeps clear of the border where it reaches furthest in, among the rows' own borders
# this close to the column's. A drift runs steadily down the table: a row's border counts only
# when a neighbouring row's stands within `_DRIFT_STEP` of it. One row's border off the others (a
# header's border drawn apart, a letter's stem read as one) shaved the first letter off every
# cell of the column ("Zơ quan chủ trì", "3ở Nông nghiệp").
_BORDER_DRIFT = 12  # px
_DRIFT_STEP = 5  # px between the borders of two rows next to each other


def border_reach(table: RuledTable, x: float, inward: Callable[[Iterable[float]], float]) -> float:
    """The column border at `x` where it reaches furthest into the column (`inward`: max for a
    left border, min for a right one), over the rows that show it drifting steadily."""
    shown: list[float] = []  # each row's border nearest x, top to bottom
    for row in table.rows:
        near = [found for found in row.borders if abs(found - x) <= _BORDER_DRIFT]
        if len(row.borders) > 2 and near:
            shown.append(min(near, key=lambda found: abs(found - x)))
    neighbours = [
        shown[index - 1 : index] + shown[index + 1 : index + 2] for index in range(len(shown))
    ]
    steady = [
        found
        for found, beside in zip(shown, neighbours, strict=True)
        if any(abs(found - other) <= _DRIFT_STEP for other in beside)
    ]
    return float(inward([x, *steady]))
