"""Tesseract's TSV → the page's text: lines rebuilt from the word boxes, ruled tables written
as Markdown rows, specks in the margins left out, then the text repairs (`ocr_restore`,
`ocr_repair`) run over it.

Lines are rebuilt from Tesseract's word boxes (TSV output) the way `pdf_reader` rebuilds them
from a text layer: words side by side on one row form a line, and a wide gap between them (the
two columns of the header, "Nơi nhận" beside the signature) becomes a tab, so the parser reads
"ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" exactly as from a text PDF.
"""

from __future__ import annotations

import bisect
import csv
import io
import itertools
import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from notices.readers.ocr_repair import repair_lines, repair_misreads
from notices.readers.ocr_restore import repair_opening, restore_case, restore_motto, restore_tones
from notices.readers.ruled_tables import RuledTable, TableRow

# A word Tesseract read: (block, paragraph, line), left, top, width, height, text.
Word = tuple[tuple[str, str, str], float, float, float, float, str]

_MIN_CONFIDENCE = 10.0


@dataclass(slots=True)
class _Line:
    left: float
    top: float
    right: float
    bottom: float
    words: list[tuple[float, float, str, float, float]]  # (left, right, text, top, bottom)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def lines_from_tsv(
    tsv: str,
    tables: Sequence[RuledTable] = (),
    strips: Sequence[Word] | None = None,
) -> str:
    """Tesseract TSV → text: Tesseract's lines, rows side by side joined with a tab; the words
    inside a ruled table (`ruled_tables.find_tables`) written as its rows, one Markdown table
    line ("| 1 | Nội dung … | Phòng … | Tháng 12/2012 |") a row, where they stand on the page.
    `strips`: the words of the table columns read on their own (`ocr._read_strips`), placed
    on the page; they fill the cells, and the page's own words only the cells no strip word
    fell in (a row that is one cell across, a number the narrow strip lost)."""
    lines: dict[tuple[str, str, str], _Line] = {}
    cells: dict[tuple[int, int, int], list[tuple[float, float, float, str]]] = {}
    for _key, left, top, width, height, text in strips or ():
        place = _table_cell(tables, left + width / 2, top + height / 2)
        word = _cell_word(text)
        if place is not None and word:
            cells.setdefault(place, []).append((top, top + height, left, word))
    from_page: dict[tuple[int, int, int], list[tuple[float, float, float, str]]] = {}
    for key, left, top, width, height, text in tsv_words(tsv):
        place = _table_cell(tables, left + width / 2, top + height / 2)
        if place is not None:
            word = _cell_word(text)
            if word:
                from_page.setdefault(place, []).append((top, top + height, left, word))
            continue
        line = lines.get(key)
        if line is None:
            box = (left, left + width, text, top, top + height)
            lines[key] = _Line(left, top, left + width, top + height, [box])
        else:
            line.left, line.right = min(line.left, left), max(line.right, left + width)
            line.top, line.bottom = min(line.top, top), max(line.bottom, top + height)
            line.words.append((left, left + width, text, top, top + height))
    for place, words in from_page.items():
        cells.setdefault(place, words)
    text = unicodedata.normalize("NFC", _page_text(list(lines.values()), tables, cells))
    lines_out = restore_motto([repair_opening(restore_case(line)) for line in text.split("\n")])
    return repair_lines(repair_misreads(restore_tones("\n".join(lines_out))))


def tsv_words(tsv: str) -> list[Word]:
    """(line key, left, top, width, height, text) of every word Tesseract read, specks left out."""
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            left, top = float(row["left"]), float(row["top"])
            width, height = float(row["width"]), float(row["height"])
            confidence = float(row["conf"])
        except (KeyError, TypeError, ValueError):
            continue
        if confidence < _MIN_CONFIDENCE and not any(c.isalnum() for c in text):
            continue  # specks and stamp edges read as punctuation
        key = (row["block_num"], row["par_num"], row["line_num"])
        words.append((key, left, top, width, height, text))
    return words


# A cell border read as a character of its own ("|", "l", "I", "[") or glued to a word's edge.
_BORDER_MARKS = "|¦[]"


def _cell_word(text: str) -> str:
    """A cell's word without border marks at its edges; a bar inside it ("4đ|triệu", a speck
    read as one) parts two words: left in, it would split the Markdown row into one cell more."""
    word = text.strip(_BORDER_MARKS) if len(text) > 1 else text.strip(_BORDER_MARKS + "lI!")
    return " ".join(word.replace("¦", "|").replace("|", " ").split())


def _table_cell(tables: Sequence[RuledTable], x: float, y: float) -> tuple[int, int, int] | None:
    """(table, row, cell) of the word centred at (x, y), or None outside every table."""
    for number, table in enumerate(tables):
        row = table.row_at(x, y)
        if row is None:
            continue
        index = bisect.bisect_right(table.cell_borders(row), x) - 1
        return number, table.rows.index(row), max(0, index)
    return None


def _page_text(
    lines: list[_Line],
    tables: Sequence[RuledTable],
    cells: dict[tuple[int, int, int], list[tuple[float, float, float, str]]],
) -> str:
    """The page's lines laid out as before, each table's rows put in between where it stands."""
    if not tables:
        return _layout(lines)
    parts: list[str] = []
    remaining = sorted(lines, key=lambda line: line.top)
    for number, table in enumerate(tables):
        above = [line for line in remaining if (line.top + line.bottom) / 2 < table.top]
        remaining = [line for line in remaining if line not in above]
        if above:
            parts.append(_layout(above))
        rows = [
            _table_row(table, index, row, number, cells) for index, row in enumerate(table.rows)
        ]
        parts.append("\n".join(row for row in rows if row))
    if remaining:
        parts.append(_layout(remaining))
    return "\n\n".join(part for part in parts if part)


# A row number read with a speck after it ("2.", "19,"): the parser, which splits a table that
# gives no tasks into one line per cell, would take "2." for an item's marker.
_NUMBER_CELL = re.compile(r"^(\d{1,3})[.,]$")


def _table_row(
    table: RuledTable,
    index: int,
    row: TableRow,
    number: int,
    cells: dict[tuple[int, int, int], list[tuple[float, float, float, str]]],
) -> str:
    """One table row as a Markdown line; cells under the table's columns (those of its row with
    the most borders), a merged cell's text in the first column it covers."""
    grid = table.grid
    out = [""] * max(1, len(grid) - 1)
    borders = table.cell_borders(row)
    for cell in range(max(1, len(borders) - 1)):
        words = cells.get((number, index, cell))
        if not words:
            continue
        start = borders[cell] if cell < len(borders) else table.left
        column = min(len(out) - 1, max(0, bisect.bisect_right(grid, start + 5) - 1))
        text = _NUMBER_CELL.sub(r"\1", _cell_text(words))
        out[column] = f"{out[column]} {text}".strip()
    if not any(out):
        return ""
    return "| " + " | ".join(out) + " |"


def _cell_text(words: list[tuple[float, float, float, str]]) -> str:
    """A cell's words in reading order: lines by their vertical centre, words left to right.
    A word taller than two and a half lines (a streak or a stamp's edge read as a glyph) is
    left out, so it cannot join the lines it spans."""
    usual = statistics.median(bottom - top for top, bottom, _, _ in words)
    kept = sorted(
        ((top + bottom) / 2, left, text)
        for top, bottom, left, text in words
        if bottom - top <= 2.5 * usual
    )
    lines: list[list[tuple[float, float, str]]] = []
    for word in kept:
        if lines and word[0] - statistics.fmean(w[0] for w in lines[-1]) <= 0.6 * usual:
            lines[-1].append(word)
        else:
            lines.append([word])
    return " ".join(w[2] for line in lines for w in sorted(line, key=lambda w: w[1]))


def _layout(lines: list[_Line]) -> str:
    if not lines:
        return ""
    heights = [line.height for line in lines if line.height > 0]
    usual_height = statistics.median(heights) if heights else 10.0
    rows: list[list[_Line]] = []
    for line in sorted(lines, key=lambda item: (item.top, item.left)):
        for row in rows:
            if _same_row(row, line):
                row.append(line)
                break
        else:
            rows.append([line])
    rows.sort(key=lambda row: min(line.top for line in row))
    tops = [min(line.top for line in row) for row in rows]
    spacings = [b - a for a, b in itertools.pairwise(tops) if b > a]
    usual = statistics.median(spacings) if spacings else 0.0
    body_left = _body_left(rows)
    out: list[str] = []
    for index, row in enumerate(rows):
        if index and usual and tops[index] - tops[index - 1] > 1.6 * usual:
            out.append("")  # extra space between lines: a paragraph break
        words = sorted((word for line in row for word in line.words), key=lambda w: w[0])
        words = _clear_margin(words, usual_height, body_left)
        parts = [words[0][2]]
        for previous, word in itertools.pairwise(words):
            parts.append("\t" if word[0] - previous[1] > 2.0 * usual_height else " ")
            parts.append(word[2])
        out.append(_without_trailing_specks("".join(parts)))
    return "\n".join(out)


# A scan's left margin and a paragraph's indent collect specks, smudges and the shadow of the
# page's edge, which Tesseract reads at the start of a line ("___- Chủ trì", "„ _ Chỉ đạo", "sẻ\t~
# Đăng tải", ":\tkiên trên", ". 3. Sở Tài chính"), and it reads a faint bullet dash as ":", "~",
# "_" or "¬": an item no longer opens with its marker, and a sentence no longer opens a line.
# The words a line opens with are judged by their shape (`height`: the page's usual line height):
# - a word without a letter or a digit far (1.5 heights) from the next one, or a speck (a fifth
#   of a height each way), is dropped, unless it is made of bullets ("-", "+", "•", "*", "▪");
# - one shaped like a dash (wider than tall, a fifth to half a height long, in the lower or
#   middle band) close before the next word, or a blot ending in a dash-like mark ("___-", "__„",
#   "~"), is the bullet dash "-"; nothing with a dot in it is (a dot leader "...");
# - a word of one or two letters that stands in the margin, left of the text's own left edge
#   (`_body_left`) and far from the next word, is dropped ("sẻ", "số", "ï"); a list marker
#   ("1.", "a)", "II", a section's "A.") stays.
_BULLETS = frozenset("-–—+•*▪○")  # `imperatives._MARKER`'s bullets
_DASH_ENDS = "-–—~¬„"
_MARKER_WORD = re.compile(r"(?:\d{1,3}|[IVXivx]{1,4}|[a-zđ]|[A-ZĐ](?=\.))[.),]?")


def _clear_margin(
    words: list[tuple[float, float, str, float, float]], height: float, body_left: float
) -> list[tuple[float, float, str, float, float]]:
    """A row's words with the specks before its first word dropped and a misread bullet dash
    written "-" (see above)."""
    read = words
    words = list(words)
    while len(words) > 1:
        left, right, text, top, bottom = words[0]
        gap, following = words[1][0] - right, words[1][2]
        width, tall = right - left, bottom - top
        if any(c.isalnum() for c in text):
            if (
                len(text) <= 2
                and not _MARKER_WORD.fullmatch(text)
                and gap > 1.5 * height
                and right < body_left - 0.5 * height
            ):
                del words[0]
                continue
            break
        if set(text) <= _BULLETS:
            break
        dash_shaped = (
            0.12 * height <= width <= 0.5 * height
            and tall <= 0.3 * height
            and width >= 1.8 * tall
            and not _MARKER_WORD.fullmatch(following)
        )
        if "." in text or "…" in text:  # a dot leader or a speck: never a dash
            dash_shaped = False
        if gap <= 0.8 * height and (dash_shaped or text[-1] in _DASH_ENDS):
            words[0] = (left, right, "-", top, bottom)
            break
        if gap > 1.5 * height or (width <= 0.2 * height and tall <= 0.2 * height):
            del words[0]
            continue
        break
    # "; — trong tỉnh …": a speck, then a dash before a small letter: no item opens there
    after_bullet = len(words) > 1 and words[0][2] in _BULLETS and words[1][2][:1].islower()
    return read if len(words) < len(read) and after_bullet else words


def _body_left(rows: list[list[_Line]]) -> float:
    """The left edge of the page's running text: where the lines of four words or more most
    often start their first word of three letters or more (a lower quartile, so the indented
    first lines of paragraphs and items do not count)."""
    starts = []
    for row in rows:
        words = sorted((word for line in row for word in line.words), key=lambda w: w[0])
        if len(words) < 4:
            continue
        for left, _, text, _, _ in words:
            if sum(c.isalnum() for c in text) >= 3:
                starts.append(left)
                break
    if not starts:
        return 0.0
    starts.sort()
    return starts[len(starts) // 4]


def _without_trailing_specks(line: str) -> str:
    """A line without the cells after its last wide gaps that hold no letter or digit: specks
    of a stamp or the page edge read as ".", "¬", ":" or "`" ("… và Ủy ban nhân\t." would end
    the sentence there). The closing "./." is kept."""
    cells = line.split("\t")
    while len(cells) > 1 and not any(c.isalnum() for c in cells[-1]) and "./." not in cells[-1]:
        cells.pop()
    return "\t".join(cells)


def _same_row(row: list[_Line], line: _Line) -> bool:
    """The same printed row: vertical overlap of most of the shorter height, no horizontal
    overlap (two columns of the header, or a line Tesseract split at a wide gap)."""
    for other in row:
        overlap = min(other.bottom, line.bottom) - max(other.top, line.top)
        if overlap < 0.5 * min(other.height, line.height):
            return False
        if min(other.right, line.right) > max(other.left, line.left):
            return False
    return True
