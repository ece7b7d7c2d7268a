"""A task table that runs over a page break in a scan: the rows after the break go on with it.

The OCR reader writes each page's ruled table as its own block of "| … |" rows; a table that
runs onto the next page ("| 05 | Họp thông qua … | 23/4/2026 | Sở Y tế, Các bệnh viện … |",
the page's end, then "| | | | bệnh |" and "| 06 | Hoàn chỉnh … |") loses its header there, and
its second block reads as no table of tasks. A reader carries the header over: a block with the
header's number of cells, whose rows are numbered (or go on with the row above), right after a
task table with nothing but blank lines, a lone "|", a page number or a line or two of a row the
OCR read outside the ruling between, is read under that header.
"""

from __future__ import annotations

import re

from notices.markers import find_marker
from notices.table_columns import COLUMNS
from notices.text import fold_key

# What a page break leaves between two blocks: a blank line, a lone "|", a page number ("2",
# "- 3 -", "Trang 4").
_PAGE_GAP = re.compile(r"^[\s|]*$|^[\s\-–—]*(?:[Tt]rang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[\s\-–—]*$")
# a row's number: "06", "12", "6." (OCR may misread one digit: "l9", "lại" stays unread)
_ROW_NUMBER = re.compile(r"^\d{1,3}[.)]?$")


# A scan's page break leaves specks too, which OCR reads as a line of marks or a letter or two
# (":", "-\t7", "l", "ch”\ttơ", "1§"): no word of four letters, few letters and digits at all.
_SPECK_WORD = re.compile(r"[^\W\d_]{4,}")
_SPECK_CHARACTERS = 5
_BARE_MARKER = re.compile(r"^(?:[IVXLivxl]{1,5}|\d{1,3}|[a-zđA-ZĐ])[.)]$")  # "2.", "II.", "a)"


def page_gap(line: str) -> bool:
    """A line a page break leaves between two blocks of one table."""
    if _PAGE_GAP.match(line):
        return True
    return (
        sum(c.isalnum() for c in line) <= _SPECK_CHARACTERS
        and not _SPECK_WORD.search(line)
        and find_marker(line.strip()) is None
        and not _BARE_MARKER.match(line.strip())
    )


# At most this many lines of text between the blocks: a row the OCR read outside the ruling at
# the page's foot ("Mở thầu HSĐXTC (lần 2)\tNgay sau khi có kết quả Tổ đóng và mở thầu").
STRAY_ROW_LINES = 2


def stray_row(line: str) -> bool:
    """A line of text between two blocks that may be a row read outside the ruling: it opens
    no item of its own (a heading "2. Đấu thầu mua vật tư y tế:" or a point starts new text)."""
    text = line.strip()
    return not text.endswith(":") and find_marker(text) is None


def continued_rows(header: list[str], rows: list[list[str]]) -> list[list[str]] | None:
    """`rows` under `header` when they go on with its table (see the module's note), else None:
    every row has the header's cells, the first is no header of its own ("STT" in the number
    column), and most numbered cells of the number column hold a row's number."""
    if not rows or any(len(row) != len(header) for row in rows):
        return None
    number = next(
        (index for index, cell in enumerate(header) if COLUMNS["number"].match(fold_key(cell))),
        None,
    )
    if number is None or COLUMNS["number"].match(fold_key(rows[0][number])):
        return None  # "| STT | Họ và tên | … |": a table of its own under its own header
    # a cell of specks (":", "§") holds no number; a block of rows that all go on with the
    # action above (the number column empty throughout) goes on with the table too
    cells = [row[number].strip() for row in rows]
    filled = [cell for cell in cells if any(c.isalnum() for c in cell)]
    numbers = sum(bool(_ROW_NUMBER.match(cell)) for cell in filled)
    if filled and 2 * numbers <= len(filled):
        return None
    return [header, *rows]
