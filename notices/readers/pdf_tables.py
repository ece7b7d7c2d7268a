"""Ruled tables in a PDF's text layer, read cell by cell.

A Word table exported to PDF keeps its words where they stood in the cells: read line by line
across the page, a row whose cells wrap over several lines comes out with its columns interleaved
("1 Ban hành chiến Phòng Khảo thí Các Khoa 31/1/2026 Bản dự" / "lược ĐBCL và Đảm bảo chất …"),
and the parser finds neither the rows nor their tasks (a university's 55-row work plan: 2 of 58
tasks read from the PDF, all 58 from the same document's text). The cell borders Word draws are
thin filled rectangles or lines in the page's drawing; pdfplumber finds the cells from them
(`Page.find_tables`, ruling lines only: text merely aligned in columns, as a two-column header
without borders, is no table here; white boxes, which draw nothing, are left out). Each table is
written as its rows, one Markdown line a row ("| 1 | Ban hành chiến lược … | Phòng Khảo thí … |
… | 31/1/2026 | … |"), as a scanned table is (`ocr.lines_from_tsv`) and a scraped one arrives;
the parser reads those.

A table that runs over a page break goes on as one table (`join_pages`): a header row Word repeats
on each page is dropped, and a row Word split at the page's foot (its number cell empty, its text
going on from the row above) is joined back to that row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from notices.text import fold_key

_SAME_LINE = 3.0  # points: words whose tops are this close stand on one line of a cell
_TOUCHING = 0.5  # points: pieces of a word split by a font change stand this close
_HYPHEN_END = re.compile(r"\w-$")
_MIN_ROWS = 2
_MIN_COLUMNS = 2
# A line that is only a page number ("2", "- 3 -", "Trang 4"), between a table's two parts.
_PAGE_NUMBER = re.compile(r"^\W*(?:trang\s+)?\d{1,3}\W*$", re.IGNORECASE)
_TERMINAL = (".", ";", ":", "!", "?")


@dataclass(slots=True)
class PageTable:
    """A ruled table on a page: its vertical extent and its cells' boxes, row by row (None where
    a merged cell covers the column)."""

    top: float
    bottom: float
    cells: list[list[tuple[float, float, float, float] | None]]

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        for row_index, row in enumerate(self.cells):
            for column, box in enumerate(row):
                if box is not None and box[0] <= x <= box[2] and box[1] <= y <= box[3]:
                    return row_index, column
        return None


def find_tables(page: Any) -> list[PageTable]:
    """The page's ruled tables of two rows and two columns at least, top to bottom (a frame
    drawn around the page or a boxed heading is one cell, no table)."""
    found: list[PageTable] = []
    for table in page.filter(_visible).find_tables():
        cells = [list(row.cells) for row in table.rows]
        if len(cells) < _MIN_ROWS or max((len(row) for row in cells), default=0) < _MIN_COLUMNS:
            continue
        if sum(1 for row in cells for box in row if box is not None) < _MIN_ROWS * _MIN_COLUMNS:
            continue
        found.append(PageTable(float(table.bbox[1]), float(table.bbox[3]), cells))
    return sorted(found, key=lambda table: table.top)


def _visible(obj: dict[str, Any]) -> bool:
    """Text and drawing that shows: a white box Word puts behind each word of a shaded or
    highlighted line draws no border (its edges made a table of one word a cell)."""
    if obj.get("object_type") not in ("rect", "line", "curve"):
        return True
    if obj.get("stroke") and not _white(obj.get("stroking_color")):
        return True
    return bool(obj.get("fill")) and not _white(obj.get("non_stroking_color"))


def _white(colour: Any) -> bool:
    if isinstance(colour, int | float):
        return colour >= 0.95
    if not isinstance(colour, tuple | list) or not colour:
        return False  # unset (black) or a pattern
    values = [value for value in colour if isinstance(value, int | float)]
    if len(values) != len(colour):
        return False
    if len(values) == 4:  # CMYK
        return all(value <= 0.05 for value in values)
    return all(value >= 0.95 for value in values)


def centre(word: dict[str, Any]) -> tuple[float, float]:
    return (float(word["x0"]) + float(word["x1"])) / 2, (
        float(word["top"]) + float(word["bottom"])
    ) / 2


def place_words(
    tables: Sequence[PageTable], words: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], dict[tuple[int, int, int], list[dict[str, Any]]]]:
    """The words outside every table, and those inside each (table, row, column) cell."""
    outside: list[dict[str, Any]] = []
    cells: dict[tuple[int, int, int], list[dict[str, Any]]] = {}
    for word in words:
        x, y = centre(word)
        for number, table in enumerate(tables):
            place = table.cell_at(x, y)
            if place is not None:
                cells.setdefault((number, *place), []).append(word)
                break
        else:
            outside.append(word)
    return outside, cells


def word_lines(words: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into lines, top to bottom: those whose tops are `_SAME_LINE` apart or less
    stand on one line."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(float(w["top"])), float(w["x0"]))):
        if lines and abs(float(word["top"]) - float(lines[-1][0]["top"])) <= _SAME_LINE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def cell_text(
    words: Sequence[dict[str, Any]],
    convert: Callable[[dict[str, Any]], tuple[str, list[bool]]],
) -> tuple[str, list[bool]]:
    """A cell's words as one line: its lines in order, joined by a space, or by nothing after a
    word broken at a hyphen ("2026-" / "2030", "AUN-" / "QA"); "|" would end the cell."""
    lines = word_lines(words)
    text: list[str] = []
    flags: list[bool] = []
    for line in lines:
        line.sort(key=lambda w: float(w["x0"]))
        for index, word in enumerate(line):
            piece, marks = convert(word)
            if not text:
                pass
            elif index:  # a font change splits a word; touching pieces stay one word
                gap = float(word["x0"]) - float(line[index - 1]["x1"])
                if gap > _TOUCHING:
                    text.append(" ")
                    flags.append(False)
            elif not _HYPHEN_END.search(text[-1]):
                text.append(" ")
                flags.append(False)
            text.append(piece.replace("|", "/"))
            flags.extend(marks)
    return "".join(text), flags


def join_pages(pages: Sequence[str]) -> list[str]:
    """Pages whose table runs on over the page break: the next page's part joined to this
    page's, a repeated header row dropped and a row split by the break made one again. Pages
    with nothing to join come back as they are."""
    out: list[str] = []
    for page in pages:
        if out and _joins(out[-1], page):
            out[-1] = _join(out[-1], page)
        else:
            out.append(page)
    return out


def _table_rows(lines: Sequence[str]) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip()[1:-1].split("|")] for line in lines]


def _is_row(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|")


def _tail_table(text: str) -> list[str]:
    lines = text.rstrip().split("\n")
    rows: list[str] = []
    for line in reversed(lines):
        if not _is_row(line):
            break
        rows.append(line)
    return rows[::-1]


def _head(text: str) -> tuple[list[str], list[str], list[str]]:
    """A page's leading page-number lines, the table rows that follow them, and the rest."""
    lines = text.lstrip("\n").split("\n")
    index = 0
    while index < len(lines) and (not lines[index].strip() or _PAGE_NUMBER.match(lines[index])):
        index += 1
    start = index
    while index < len(lines) and _is_row(lines[index]):
        index += 1
    return lines[:start], lines[start:index], lines[index:]


def _joins(before: str, after: str) -> bool:
    tail = _tail_table(before)
    _, head, _ = _head(after)
    if not tail or not head:
        return False
    return len(_table_rows(tail[:1])[0]) == len(_table_rows(head[:1])[0])


def _join(before: str, after: str) -> str:
    tail = _tail_table(before)
    numbers, head, rest = _head(after)
    kept = before.rstrip().split("\n")[: -len(tail)]
    merged = _table_rows(tail)  # the table as far as it has come, from its header row
    rows = _table_rows(head)
    if _same_row(rows[0], merged[0]):
        rows = rows[1:]  # the header row Word repeats at the top of each page
    last = merged[-1]
    if rows and _goes_on(last, rows[0]):
        merged[-1] = [_joined(a, b) for a, b in zip(last, rows[0], strict=True)]
        rows = rows[1:]
    lines = kept + [_row_line(row) for row in merged + rows]
    tail_lines = [line for line in numbers if line.strip()] + rest
    return "\n".join(lines) + ("\n" + "\n".join(tail_lines) if tail_lines else "")


def _same_row(row: list[str], header: list[str]) -> bool:
    return any(row) and [fold_key(cell) for cell in row] == [fold_key(cell) for cell in header]


def _goes_on(last: list[str], row: list[str]) -> bool:
    """The first row of a page's part is the rest of the row the page break cut: its first
    (number) cell is empty where the row above has one, and its text goes on from the row
    above's (that cell ends without a full stop or colon, or this one opens in lower case or a
    figure)."""
    if row[0] or not last[0] or not any(row):
        return False
    for above, below in zip(last, row, strict=True):
        if not below:
            continue
        if below[0].islower() or below[0].isdigit():
            return True
        if above and not above.endswith(_TERMINAL):
            return True
    return False


def _joined(above: str, below: str) -> str:
    if not above or not below:
        return above or below
    return above + ("" if _HYPHEN_END.search(above) else " ") + below


def _row_line(row: list[str]) -> str:
    return "| " + " | ".join(row) + " |"
