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
… | 31/1/2026 | … |"), as a scanned table is (`ocr_layout.lines_from_tsv`) and a scraped one
arrives; the parser reads those.

A bordered layout is no table: the document's header, its addressees or its signature drawn in a
few rows of two columns, none numbered, read as lines as they do without borders; a table drawn
inside another's cell is that cell's text.

A table that runs over a page break goes on as one table (`join_pages`): a header row Word repeats
on each page is dropped, and a row Word split at the page's foot (its number cell empty, its text
going on from the row above) is joined back to that row; a row of its own (a sub-row under a merged
number cell, a heading in capitals) stays one. A single row at the top of the next page, the rest
of a split last row or a last row alone, is that table's when its columns stand where the table's
do (`find_tables`' `above`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
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


Edges = tuple[float, ...]  # a row's column boundaries, left to right (points)

_ALIGNED = 2.0  # points: column boundaries this close are the same column's, page to page
_LAYOUT_ROWS = 3
# A cell numbering its row ("1", "2.3", "IV", "a)") or heading the number column ("TT", "STT").
_ROW_NUMBER = re.compile(r"^(?:s?tt|\d{1,3}(?:\.\d{1,3})*|[ivxl]{1,5}|[a-z])[.)]?$")


@dataclass(slots=True)
class PageTable:
    """A ruled table on a page: its box and its cells' boxes, row by row (None where a merged
    cell covers the column)."""

    left: float
    top: float
    right: float
    bottom: float
    cells: list[list[tuple[float, float, float, float] | None]]
    spans: list[tuple[float, float]] = field(init=False)  # each row's top and bottom

    def __post_init__(self) -> None:
        self.spans = [
            (min(box[1] for box in boxes), max(box[3] for box in boxes)) if boxes else (0.0, -1.0)
            for boxes in ([box for box in row if box is not None] for row in self.cells)
        ]

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        if not (self.left <= x <= self.right and self.top <= y <= self.bottom):
            return None
        for row_index, row in enumerate(self.cells):
            if not self.spans[row_index][0] <= y <= self.spans[row_index][1]:
                continue
            for column, box in enumerate(row):
                if box is not None and box[0] <= x <= box[2] and box[1] <= y <= box[3]:
                    return row_index, column
        return None

    def inside(self, other: PageTable) -> bool:
        return (
            self is not other
            and other.left <= self.left
            and self.right <= other.right
            and other.top <= self.top
            and self.bottom <= other.bottom
        )

    def edges(self, row: int) -> Edges:
        boxes = [box for box in self.cells[row] if box is not None]
        return (*(box[0] for box in boxes), boxes[-1][2]) if boxes else ()


def find_tables(
    page: Any, words: Sequence[dict[str, Any]], above: Edges | None = None
) -> list[PageTable]:
    """The page's ruled tables, top to bottom, that hold rows to read cell by cell: two rows
    and two columns at least (a frame drawn around the page or a boxed heading is one cell, no
    table); not a table drawn inside another's cell (its words are that cell's), nor one
    without words; not a two-column layout of a few rows without row numbers (the issuer and
    national motto, "Số:" and the place and date, "Nơi nhận:" and the signature, drawn with
    borders: those read as lines, as when they have none). A row alone at the page's top is
    the rest of the table the last page ended with (`above`: that table's last row's column
    boundaries) when its columns stand where that table's do."""
    if not _ruled(page):
        return []
    found: list[PageTable] = []
    for table in page.filter(_visible).find_tables():
        cells = [list(row.cells) for row in table.rows]
        if max((len(row) for row in cells), default=0) < _MIN_COLUMNS:
            continue
        left, top, right, bottom = (float(value) for value in table.bbox)
        found.append(PageTable(left, top, right, bottom, cells))
    found = [table for table in found if not any(table.inside(other) for other in found)]
    found.sort(key=lambda table: table.top)
    _, placed = place_words(found, words)
    kept: list[PageTable] = []
    for number, table in enumerate(found):
        texts = [
            [
                " ".join(str(w["text"]) for w in placed.get((number, r, c), []))
                for c in range(len(row))
            ]
            for r, row in enumerate(table.cells)
        ]
        if not any(text for row in texts for text in row):
            continue
        if len(table.cells) < _MIN_ROWS:
            if not (above and _aligned(table.edges(0), above) and _at_top(table, words)):
                continue
        elif sum(1 for row in table.cells for box in row if box is not None) < (
            _MIN_ROWS * _MIN_COLUMNS
        ) or _layout(texts):
            continue
        kept.append(table)
    return kept


def foot_edges(tables: Sequence[PageTable], outside: Sequence[dict[str, Any]]) -> Edges | None:
    """The column boundaries of the last row of a table that ends the page (nothing below it
    but a page number), where the next page's part of it would go on."""
    if not tables:
        return None
    last = tables[-1]
    below = [word for word in outside if centre(word)[1] > last.bottom]
    if not all(_PAGE_NUMBER.match(_line_text(line)) for line in word_lines(below)):
        return None
    return last.edges(len(last.cells) - 1) or None


def _ruled(page: Any) -> bool:
    """Two horizontal and two vertical ruling lines at least: a page without them holds no
    table (cheap, before the drawing is filtered and the cells found)."""
    horizontal = vertical = 0
    for edge in page.edges:
        if edge["orientation"] == "h":
            horizontal += 1
        else:
            vertical += 1
        if horizontal >= 2 and vertical >= 2:
            return True
    return False


def _aligned(edges: Edges, other: Edges) -> bool:
    return len(edges) == len(other) and all(
        abs(a - b) <= _ALIGNED for a, b in zip(edges, other, strict=True)
    )


def _at_top(table: PageTable, words: Sequence[dict[str, Any]]) -> bool:
    """Nothing but a page number above the table on its page."""
    above = [word for word in words if centre(word)[1] < table.top]
    return all(_PAGE_NUMBER.match(_line_text(line)) for line in word_lines(above))


def _line_text(line: Sequence[dict[str, Any]]) -> str:
    return " ".join(str(word["text"]) for word in sorted(line, key=lambda w: float(w["x0"])))


def _layout(texts: list[list[str]]) -> bool:
    """A few rows of two columns, none numbered: text laid out side by side in a bordered
    table (a document's header, its addressees, its signature), no list of rows."""
    if len(texts) > _LAYOUT_ROWS or max(len(row) for row in texts) > _MIN_COLUMNS:
        return False
    return not any(row and _ROW_NUMBER.match(fold_key(row[0])) for row in texts)


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


def _page_number(line: str) -> bool:
    return not line.strip() or (not _is_row(line) and bool(_PAGE_NUMBER.match(line)))


def _tail(text: str) -> tuple[list[str], list[str], list[str]]:
    """A page's lines before the table that ends it, that table's rows, and the page-number
    lines below it."""
    lines = text.rstrip().split("\n")
    end = len(lines)
    while end and _page_number(lines[end - 1]):
        end -= 1
    start = end
    while start and _is_row(lines[start - 1]):
        start -= 1
    return lines[:start], lines[start:end], lines[end:]


def _head(text: str) -> tuple[list[str], list[str], list[str]]:
    """A page's leading page-number lines, the table rows that follow them, and the rest."""
    lines = text.lstrip("\n").split("\n")
    index = 0
    while index < len(lines) and _page_number(lines[index]):
        index += 1
    start = index
    while index < len(lines) and _is_row(lines[index]):
        index += 1
    return lines[:start], lines[start:index], lines[index:]


def _joins(before: str, after: str) -> bool:
    _, tail, _ = _tail(before)
    _, head, _ = _head(after)
    if not tail or not head:
        return False
    return len(_table_rows(tail[:1])[0]) == len(_table_rows(head[:1])[0])


def _join(before: str, after: str) -> str:
    kept, tail, foot = _tail(before)
    numbers, head, rest = _head(after)
    merged = _table_rows(tail)  # the table as far as it has come, from its header row
    rows = _table_rows(head)
    if _same_row(rows[0], merged[0]):
        rows = rows[1:]  # the header row Word repeats at the top of each page
    last = merged[-1]
    if rows and _goes_on(last, rows[0]):
        merged[-1] = [_joined(a, b) for a, b in zip(last, rows[0], strict=True)]
        rows = rows[1:]
    lines = kept + [_row_line(row) for row in merged + rows]
    # the page numbers between the parts go below the table
    tail_lines = [line for line in foot + numbers if line.strip()] + rest
    return "\n".join(lines) + ("\n" + "\n".join(tail_lines) if tail_lines else "")


def _same_row(row: list[str], header: list[str]) -> bool:
    return any(row) and [fold_key(cell) for cell in row] == [fold_key(cell) for cell in header]


def _goes_on(last: list[str], row: list[str]) -> bool:
    """The first row of a page's part is the rest of the row the page break cut: its first
    (number) cell is empty where the row above has one, and its text goes on from the row
    above's (that cell ends without a full stop or colon, or this one opens in lower case or a
    figure). A row that fills every cell the row above fills, none opening in lower case, is
    a row of its own (a sub-row under a merged number cell), and so is a heading in capitals
    alone in its row ("CÔNG TÁC SINH VIÊN")."""
    if row[0] or not last[0] or not any(row):
        return False
    filled = [cell for cell in row if cell]
    if len(filled) == 1 and _heading(filled[0]):
        return False
    opens_lower = any(cell[0].islower() for cell in filled)
    if not opens_lower and all(
        below for above, below in zip(last[1:], row[1:], strict=True) if above
    ):
        return False
    for above, below in zip(last, row, strict=True):
        if not below:
            continue
        if below[0].islower() or below[0].isdigit():
            return True
        if above and not above.endswith(_TERMINAL):
            return True
    return False


def _heading(text: str) -> bool:
    return text.isupper() and len(text.split()) > 1


def _joined(above: str, below: str) -> str:
    if not above or not below:
        return above or below
    return above + ("" if _HYPHEN_END.search(above) else " ") + below


def _row_line(row: list[str]) -> str:
    return "| " + " | ".join(row) + " |"
