"""Tables as readers write them into text: a Markdown table run onto one line, a fixed-width grid
as antiword draws it, and a scrape's cells one a line between "|" lines (read as task tables)."""

from __future__ import annotations

import re

from notices.table_cells import STRONG
from notices.table_columns import COLUMNS, is_task_header, meeting_programme
from notices.tables import copy_line, gives_no_work, task_table_rows
from notices.text import fold_key

# A Markdown table's rule row inside one line ("| a | b | |---|---| | 1 | x |"): the table was run
# together into one paragraph, its rows kept apart only by the "| |" between them.
_FLAT_RULE = re.compile(r"\|\s*\|(?:\s*:?-{3,}:?\s*\|)+")


def flat_table_lines(line: str) -> list[str] | None:
    """A Markdown table written on one line (a Word paragraph that holds a pasted table): its
    rows, one a line, when every row has the rule's cell count; else None."""
    stripped = line.strip()
    rule = _FLAT_RULE.search(stripped)
    if not stripped.startswith("|") or rule is None:
        return None
    width = rule.group().count("|") - 2
    cells = stripped.strip("|").split("|")
    rows: list[list[str]] = []
    index = 0
    while index < len(cells):
        row = cells[index : index + width]
        if len(row) < width:
            return None
        rows.append(row)
        index += width
        if index < len(cells) and cells[index].strip():
            return None  # no "| |" between two rows: not a table of `width` columns
        index += 1
    if len(rows) < 3:
        return None
    return ["| " + " | ".join(cell.strip() for cell in row) + " |" for row in rows]


def _pipe_columns(line: str) -> tuple[int, ...]:
    return tuple(index for index, char in enumerate(line.rstrip()) if char == "|")


def grid_rows(lines: list[str]) -> list[list[str]]:
    """The rows of a table's "|" lines. A fixed-width grid as antiword draws a Word table (every
    "|" at the same column on every line, a cell's text wrapped onto the lines below it) whose
    header names a number column ("TT", "STT"): a line with an empty number cell goes on with the
    row above, cell by cell. Any other block: one row a line, as a Markdown table writes it."""
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines]
    fixed = len(lines) > 2 and len({_pipe_columns(line) for line in lines}) == 1
    if not fixed or not rows or not COLUMNS["number"].match(fold_key(rows[0][0])):
        return rows
    merged: list[list[str]] = [rows[0]]
    for row in rows[1:]:
        if row[0]:
            merged.append(row)
        else:  # a wrapped line: of the header (before the first numbered row) or of the row above
            merged[-1] = [f"{a} {b}".strip() for a, b in zip(merged[-1], row, strict=True)]
    return merged


def vertical_task_tables(lines: list[str]) -> list[str]:
    """A scrape that writes each table cell on its own lines between "|" lines (a row ends at
    two "|" in a row): a table whose header names a content and a lead column (or a unit's
    table, see unit_table_rows) becomes one sentence per row, as task_table_rows() writes them;
    every other table stays as it is."""
    out: list[str] = []
    units = not gives_no_work(lines)
    last: list[str] = []  # the rows just written, until a paragraph follows them
    index = 0
    while index < len(lines):
        if lines[index].strip() == "|":
            rows, end = _vertical_rows(lines, index)
            above = next((line for line in reversed(out) if line.strip()), "")
            programme = bool(rows) and meeting_programme(rows)  # topics and speakers, no work
            sentences = None
            if rows and not programme:
                sentences = task_table_rows(rows, heading=above, units=units)
            if programme or sentences:
                sentences = sentences or []
                for sentence in sentences:
                    out.extend(["", sentence, ""])
                index = end
                last = sentences
                continue
        last = copy_line(out, last, lines[index])
        index += 1
    return out


def _vertical_rows(lines: list[str], start: int) -> tuple[list[list[str]], int]:
    """The rows from `start`, or [] as soon as the first row is not a task table's header."""
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    pipes = 0
    index = start
    while index < len(lines):
        text = lines[index].strip()
        if not text:
            index += 1
            continue
        if text == "|":
            if cell:
                row.append(" ".join(cell))
                cell = []
            pipes += 1
            if pipes >= 2 and row:
                rows.append(row)
                if len(rows) == 1 and not is_task_header(row, need_lead=False):
                    return [], index  # a header block, a signature, a title: no task header
                row = []
            index += 1
            continue
        if text.startswith("|") or (not rows and len(row) > 8):
            break
        pipes = 0
        cell.append(STRONG.sub("", text).strip())
        index += 1
    if cell:
        row.append(" ".join(cell))
    if row:
        rows.append(row)
    return rows, index


def open_pipe_tables(lines: list[str]) -> list[str]:
    """A table a text export writes as cells between " | " with no "|" at either end ("TT |
    Nội dung nhiệm vụ | Đơn vị chủ trì | … | Thời gian thực hiện", then "1 | Thành lập … |
    Vụ GDTC | … | Năm 2021"): written as the Markdown rows the task table reader takes, when its
    first line is a task table's header (a content and a lead column). The run goes on over
    rows of the header's cell count (see _open_run). Any other line with a "|" (a header's
    "Số: 12 | Hà Nội, …", a line of prose) stays as it is."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        header = _open_cells(lines[index])
        if header is None or not is_task_header(header):
            out.append(lines[index])
            index += 1
            continue
        rows, end = _open_run(lines, index + 1, len(header))
        if not rows:
            out.append(lines[index])
            index += 1
            continue
        for cells in [header, *rows]:
            out.append("| " + " | ".join(cells) + " |")
        index = end
    return out


# A lone page number between two rows of a table ("2", "- 2 -", "Trang 2").
_PAGE_NUMBER = re.compile(r"^(?:-\s*\d{1,3}\s*-|(?:trang\s+)?\d{1,3})$", re.IGNORECASE)
# A group row's number ("I", "II.", "A"): a title over the rows below it, with fewer cells.
_GROUP_NUMBER = re.compile(r"^(?:[IVXL]{1,5}|[A-ZĐ])\.?$")
_MAX_WRAP = 6  # lines one row may be wrapped onto


def _open_run(lines: list[str], start: int, width: int) -> tuple[list[list[str]], int]:
    """The rows after a header of `width` cells, and the index after the last. A row has
    `width` cells (an empty edge cell leaves a "|" at that end); blank lines and page numbers
    between rows are skipped; a group row ("I | Công tác chỉ đạo") is padded with empty cells;
    a row wrapped onto more lines is joined until it has `width` cells. The run ends at the
    first line that is none of these (nothing after it is taken)."""
    rows: list[list[str]] = []
    index = end = start
    while index < len(lines):
        text = lines[index].strip()
        if not text or _PAGE_NUMBER.match(text):
            index += 1
            continue
        cells = _row_cells(text)
        if len(cells) == width:
            rows.append(cells)
        elif len(cells) < width and len(cells) > 1 and _GROUP_NUMBER.match(cells[0]):
            rows.append(cells + [""] * (width - len(cells)))
        else:
            joined, index = _wrapped_row(lines, index, width)
            if joined is None:
                break
            rows.append(joined)
        index += 1
        end = index
    return rows, end


def _wrapped_row(lines: list[str], start: int, width: int) -> tuple[list[str] | None, int]:
    """A row wrapped onto lines from `start`: its cells once joined, and its last line's index;
    None when no run of up to _MAX_WRAP non-blank lines has exactly `width` cells."""
    text = lines[start].strip()
    for index in range(start + 1, min(start + _MAX_WRAP, len(lines))):
        more = lines[index].strip()
        if not more:
            return None, start
        text = f"{text} {more}"
        cells = _row_cells(text)
        if len(cells) == width:
            return cells, index
        if len(cells) > width:
            return None, start
    return None, start


def _row_cells(text: str) -> list[str]:
    """A stripped line's cells, cut at every "|" ("lâm | | Quý" holds an empty cell)."""
    return [cell.strip() for cell in text.split("|")]


def _open_cells(line: str) -> list[str] | None:
    """The cells of a header line cut by " | " into three or more, with no "|" at either end."""
    stripped = line.strip()
    if stripped.startswith("|") or stripped.endswith("|") or stripped.count(" | ") < 2:
        return None
    return [cell.strip() for cell in stripped.split(" | ")]
