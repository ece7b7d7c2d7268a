"""Scans and photos → text with Tesseract (`tesseract -l vie`, run as a subprocess).

Lines are rebuilt from Tesseract's word boxes (TSV output) the way `pdf_reader` rebuilds them
from a text layer: words side by side on one row form a line, and a wide gap between them (the
two columns of the header, "Nơi nhận" beside the signature) becomes a tab, so the parser reads
"ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" exactly as from a text PDF.

Page segmentation mode 6 (one uniform block): on the project's real-document corpus
(tests/notice_corpus) mode 3 (automatic layout) dropped the whole body of a slightly tilted,
unevenly lit phone photo as a non-text region (27.8 % of its words read, against 98.3 % with
mode 6) and was never better elsewhere; mode 11 (sparse text) lost words on scans (95.1 % vs
99.3 %). Mode 6 reads the two header columns as one line with a wide gap, which the word
positions turn into a tab, like the separate blocks of mode 3.

Resolution (measured on the test notice, bench/README.md): a scanned page is rendered at its
image's own resolution, kept within 200–400 dpi (`pdf_reader._scan_dpi`): re-rendering a noisy
200-dpi scan at 300 or 400 dpi turned its specks into blobs (words recovered 0.98 → 0.74 / 0.69).
A page without an image (text drawn in a font whose characters are nonsense) renders at 300
dpi: 8-pt type lost 3 % of its words at 200 dpi and none at 300; 400 dpi read no better and
took 1.2–2.2× as long.
"""

from __future__ import annotations

import bisect
import csv
import io
import itertools
import logging
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from notices.errors import ErrorCode, NoticeError
from notices.readers.column_strips import column_strips as _column_strips
from notices.readers.ocr_repair import repair_lines, repair_misreads
from notices.readers.ruled_tables import (
    RuledTable,
    TableRow,
    find_tables,
    may_hold_table,
    table_rows,
    without_streaks,
)
from notices.readers.scan_orientation import upright_scan as upright_scan

log = logging.getLogger(__name__)

# A word Tesseract read: (block, paragraph, line), left, top, width, height, text.
_Word = tuple[tuple[str, str, str], float, float, float, float, str]

DPI = 300
PSM = 6
MAX_OCR_PAGES = 30
PAGE_TIMEOUT_S = 90.0
TESSERACT_ENV = "NHACVIEC_TESSERACT"
_MIN_PHOTO_WIDTH = 2000  # px; a phone photo below this is upscaled so small type stays legible
_MAX_SIDE = 5000  # px; larger images are scaled down (Tesseract time grows with the area)
_MIN_CONFIDENCE = 10.0

MISSING_OCR = (
    "Máy chủ chưa cài phần mềm đọc bản scan (OCR): quản trị viên cần cài gói tesseract-ocr và "
    "tesseract-ocr-vie (sudo apt-get install tesseract-ocr tesseract-ocr-vie)."
)


def tesseract_path() -> str:
    """The tesseract executable with the Vietnamese model, or NoticeError(MISSING_TOOL)."""
    path = os.environ.get(TESSERACT_ENV) or shutil.which("tesseract")
    if not path:
        raise NoticeError(ErrorCode.MISSING_TOOL, MISSING_OCR)
    try:
        listed = subprocess.run(  # noqa: S603 - our tool path, no user text
            [path, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        raise NoticeError(ErrorCode.MISSING_TOOL, MISSING_OCR) from None
    languages = {line.strip() for line in (listed.stdout + listed.stderr).splitlines()}
    if "vie" not in languages:
        raise NoticeError(ErrorCode.MISSING_TOOL, MISSING_OCR)
    return path


def prepare_photo(image: Any, *, tesseract: str | None = None) -> Any:
    """A phone photo made ready for OCR: turned upright (EXIF), grayscale, the page found,
    straightened and evenly lit (`photo.straighten`), small ones upscaled."""
    from PIL import Image, ImageOps

    from notices.readers.photo import straighten

    image = ImageOps.exif_transpose(image)
    image = image.convert("L")
    if max(image.size) > _MAX_SIDE:
        factor = _MAX_SIDE / max(image.size)
        image = image.resize(
            (round(image.width * factor), round(image.height * factor)),
            Image.Resampling.LANCZOS,
        )
    image = straighten(image, tesseract=tesseract)
    width, height = image.size
    if width < _MIN_PHOTO_WIDTH:
        factor = _MIN_PHOTO_WIDTH / max(1, width)
        image = image.resize(
            (round(width * factor), round(height * factor)), Image.Resampling.LANCZOS
        )
    elif max(width, height) > _MAX_SIDE:
        factor = _MAX_SIDE / max(width, height)
        image = image.resize(
            (round(width * factor), round(height * factor)), Image.Resampling.LANCZOS
        )
    return image


def ocr_image(image: Any, *, tesseract: str, page: int = 1) -> str:
    """Text of one page image (Pillow), lines rebuilt from word positions; a ruled table read
    column by column (`_column_strips`) and written back row by row. A page whose tables show
    more rows once its scanner streaks are painted over and it is levelled (`level_page`: scanned a
    degree askew, its rules no longer run along one row of pixels) is read so; any other page
    as it came: turning resamples the image, and on pages of running text Tesseract read the
    turned copy no better (it lost "II." before a heading on a real scan levelled by 1.1°)."""
    tables: list[RuledTable] = []
    if may_hold_table(image):  # a page of running text skips the search (a few ms)
        tables = find_tables(image)
        levelled = level_page(without_streaks(image))
        if levelled is not image:
            found = find_tables(levelled)
            if table_rows(found) > table_rows(tables):
                image, tables = levelled, found
    tsv = _tesseract_tsv(image, tesseract=tesseract, page=page)
    strips = _read_strips(_column_strips(image, tables), tesseract=tesseract, page=page)
    return lines_from_tsv(tsv, tables, strips if tables else None)


# The column strips of a page are stacked one under another, this far apart, into one image that
# Tesseract reads in a single run (a run per strip cost a second or two each: a page of three
# four-column tables took five times as long as the page alone).
_STRIP_GAP = 60  # px of white between two stacked strips
_STRIP_MARGIN = 20  # px of white left of every strip


def _read_strips(
    strips: Sequence[tuple[Any, float, float]], *, tesseract: str, page: int
) -> list[_Word]:
    """The words of every strip, placed where they stand on the page, from one Tesseract run
    over the strips stacked."""
    if not strips:
        return []
    from PIL import Image

    width = max(strip.width for strip, _, _ in strips) + 2 * _STRIP_MARGIN
    height = sum(strip.height + _STRIP_GAP for strip, _, _ in strips) + _STRIP_GAP
    canvas = Image.new("L", (width, height), 255)
    tops: list[int] = []
    y = _STRIP_GAP
    for strip, _, _ in strips:
        canvas.paste(strip, (_STRIP_MARGIN, y))
        tops.append(y)
        y += strip.height + _STRIP_GAP
    words: list[_Word] = []
    for key, left, top, width_, height_, text in _tsv_words(
        _tesseract_tsv(canvas, tesseract=tesseract, page=page)
    ):
        index = bisect.bisect_right(tops, top + height_ / 2) - 1
        if index < 0:
            continue
        _, dx, dy = strips[index]
        words.append(
            (key, dx + left - _STRIP_MARGIN, dy + top - tops[index], width_, height_, text)
        )
    return words


# A sheet fed into a scanner a degree askew: over a 2,500-pixel line the text drifts by more
# than its own height, so Tesseract, reading one uniform block, runs neighbouring lines together,
# and a ruled table's rules are no longer straight enough to be found. Pages tilted less than
# this are read as they are (turning resamples the image and costs a little sharpness).
_MIN_SKEW = 0.2  # degrees
_SKEW_SIDE = 1200  # px: the long side of the copy the tilt is measured on


def level_page(image: Any) -> Any:
    """`image` turned so its text lines run level (`photo.skew_angle`), when it is tilted by
    `_MIN_SKEW` degrees or more; else `image` itself."""
    from notices.readers.photo import ink_of, skew_angle

    angle = skew_angle(ink_of(image, _SKEW_SIDE))
    if abs(angle) < _MIN_SKEW:
        return image
    from PIL import Image

    turned = image.convert("L")
    return turned.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)


def _tesseract_tsv(image: Any, *, tesseract: str, page: int) -> str:
    with tempfile.TemporaryDirectory(prefix="nhacviec-ocr-") as folder:
        source = os.path.join(folder, "page.png")
        image.save(source, format="PNG")
        command = [tesseract, source, "stdout", "-l", "vie", "--psm", str(PSM), "tsv"]
        environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # pages are the unit of work
        try:
            done = subprocess.run(  # noqa: S603 - our tool path and temporary file
                command,
                capture_output=True,
                timeout=PAGE_TIMEOUT_S,
                check=False,
                env=environment,
            )
        except subprocess.TimeoutExpired:
            raise NoticeError(
                ErrorCode.UNREADABLE,
                f"Đọc trang {page} của bản scan quá lâu (hơn {PAGE_TIMEOUT_S:.0f} giây): "
                "hãy gửi bản rõ hơn hoặc bản .docx.",
            ) from None
        except OSError:
            raise NoticeError(ErrorCode.MISSING_TOOL, MISSING_OCR) from None
    if done.returncode != 0:
        log.warning("tesseract failed on page %d: %s", page, done.stderr[-500:])
        raise NoticeError(
            ErrorCode.UNREADABLE, f"Không nhận dạng được chữ ở trang {page} của bản scan."
        )
    return done.stdout.decode("utf-8", "replace")


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
    strips: Sequence[_Word] | None = None,
) -> str:
    """Tesseract TSV → text: Tesseract's lines, rows side by side joined with a tab; the words
    inside a ruled table (`ruled_tables.find_tables`) written as its rows, one Markdown table
    line ("| 1 | Nội dung … | Phòng … | Tháng 12/2012 |") a row, where they stand on the page.
    `strips`: the words of the table columns read on their own (`_read_strips`), placed on the
    page; they fill the cells, and the page's own words only the cells no strip word fell in
    (a row that is one cell across, a number the narrow strip lost)."""
    lines: dict[tuple[str, str, str], _Line] = {}
    cells: dict[tuple[int, int, int], list[tuple[float, float, float, str]]] = {}
    for _key, left, top, width, height, text in strips or ():
        place = _table_cell(tables, left + width / 2, top + height / 2)
        word = _cell_word(text)
        if place is not None and word:
            cells.setdefault(place, []).append((top, top + height, left, word))
    from_page: dict[tuple[int, int, int], list[tuple[float, float, float, str]]] = {}
    for key, left, top, width, height, text in _tsv_words(tsv):
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


def _tsv_words(tsv: str) -> list[_Word]:
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


# The national motto's first line, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", is often set in two rows
# of the header's right column; Tesseract, fitting one baseline to the issuer's row beside it,
# reads the short second row "VIỆT NAM" as nonsense ("TẾT NA Nã", "OẾCU DÔNN"), which the header
# then takes into the issuer's name. The motto is fixed text: a short right cell under a right
# cell ending "CHỦ NGHĨA" is its second row.
_MOTTO_FIRST_ROW = re.compile(r"CỘNG\s*HÒA\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*$", re.IGNORECASE)


def restore_motto(lines: list[str]) -> list[str]:
    """OCR lines with the motto's second row ("VIỆT NAM") written back where it was misread."""
    out = list(lines)
    for index, line in enumerate(out[:-1]):
        if not _MOTTO_FIRST_ROW.search(line.rsplit("\t", 1)[-1]):
            continue
        below = out[index + 1]
        left, tab, right = below.rpartition("\t")
        cell = right.strip()
        if not tab or not cell or len(cell) > 12 or cell.upper() == "VIỆT NAM":
            continue
        if any(c.isdigit() for c in cell) or _bare(cell).startswith(("đoc", "doc")):
            continue  # "Độc lập - Tự do …" or a date: the motto's second row is not there
        out[index + 1] = f"{left}\tVIỆT NAM"
    return out


# Tesseract drops the narrow space after a heading's or an item's number when the word after it
# is in capitals or capitalised ("I.ĐÁNH GIÁ CHUNG", "2.Giao Sở …", "1.2.Về"): the parser knows a
# heading by that space. A Roman numeral or a (dotted) number at the start of a line, its dot and
# a capital letter opening a word of two letters or more get the space back; "1.000", "V.v",
# "TP.HCM" and "II.A" are left alone.
_GLUED_MARKER = re.compile(
    r"^(?:X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2}|\d{1,2}(?:\.\d{1,2}){0,3})\.(?=[^\W\d_]{2})"
)


# A letter's subject line opens "V/v" (về việc); Tesseract reads its small v as a w or a y, or
# the slash as a l, I, | or í ("V/w trả lời", "V/y", "Vív", "V|v"), and the parser no longer sees
# a subject line. At the start of a line, before a lower-case word, it is written back.
_SUBJECT_OPENER = re.compile(r"^V\s?[/|lIií]\s?[vwy](?=:?\s+[^\W\d_])")


# A letter's salutation "Kính gửi:" with its í lost or glued ("Knhgửi:", "Kinh gửi:"), often after
# a rule or specks the scanner left at the line's start ("——————Knhgửi: - Các đồng chí …").
_SALUTATION = re.compile(r"^(?:[^\W\d_]{1,2}\t)?[\W_]{0,12}K[íiìỉl]?nh\s*g[ửưuúũ]i\s*:\s*")
# A table border or page rule Tesseract reads as "|" glued to a word of running text ("Sở |Fư
# pháp", "Sở Tư pháp |- Cơ quan", "chấm điểm|cho"); a cell separator stands apart (" | ").
_BAR = re.compile(r"[|¦]")
_GLUED_BAR = re.compile(r"(?<=\s)[|¦](?=[^\W\d_]|-\s)|(?<=[^\W\d_])[|¦](?=[^\W\d_])")


# Specks glued to the front of a line's list marker ("__1. Thủ trưởng", "-.4.UBND huyện",
# "._1,Phát huy", "__a) Chủ trì") or a dash-like mark glued to an item's first word ("„Tổng hợp",
# "~Rà soát"): the specks go, the mark is the item's bullet dash.
_SPECKS_BEFORE_MARKER = re.compile(r"^[-–]?[_.,:;`~¬„*]+(?=(?:\d{1,2}|[a-zđ])[.,)])")
_GLUED_DASH = re.compile(r"^[„~¬](?=[^\W\d_])")


def repair_opening(line: str) -> str:
    """One OCR line with the space after its opening heading number put back, a misread "V/v"
    subject opener and "Kính gửi:" salutation written back, and a border's "|" glued to a word
    dropped."""
    line = _SPECKS_BEFORE_MARKER.sub("", line)
    if _GLUED_DASH.match(line) and line[1].isupper():
        line = f"- {line[1:]}"
    if len(_BAR.findall(line)) < 2:  # several bars: a table row's cell separators
        line = _GLUED_BAR.sub(
            lambda m: "" if m.start() and line[m.start() - 1].isspace() else " ", line
        )
    salutation = _SALUTATION.match(line)
    if salutation is not None and line[salutation.end() :].strip():
        line = f"Kính gửi: {line[salutation.end() :]}"
    found = _SUBJECT_OPENER.match(line)
    if found is not None and found[0] != "V/v":
        after = line[found.end() :].lstrip(": ")
        if after[:1].islower():
            return f"V/v {after}"
    found = _GLUED_MARKER.match(line)
    if found is None or not line[found.end()].isupper():
        return line
    return f"{found[0]} {line[found.end() :]}"


# Tesseract reads a vowel carrying two marks (a circumflex, breve or horn and a tone) as its
# capital: "thuẾ", "liỆt", "ChỈ" inside a word, and whole short syllables in running text ("BỘ
# Ngoại giao", "trách nhiệm VỀ SỐ liệu", "2. VỀ việc …", "các CƠ quan"). A capital marked vowel
# after a lower-case letter of the same word is lowered. A run of short all-capital syllables,
# one of them with such a vowel, in running text is rewritten: one syllable keeps its capital
# ("Bộ", "Cơ quan" as such nouns are written), the second and later ones are lowered, and the
# first too when it follows a lower-case word ("về số liệu"). A capitalised name in capitals
# ("Hà NỘI, ngày", "VIỆT NAM Độc lập") is left alone: the header reads it in either case.
_MARKED_VOWELS = "ÂĂÊÔƠƯẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"
_TONED_CAPITALS = "ÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ" + _MARKED_VOWELS
_INNER_CAPITAL = re.compile(rf"(?<=\w)[{_TONED_CAPITALS}]")
_OPENER = re.compile(r"^(?:[-–—+•]|\(?\w{1,4}[.)]|.*[.:;!?])$")


def restore_case(line: str) -> str:
    """One OCR line with the capitals Tesseract made of doubly marked small vowels lowered."""
    line = _INNER_CAPITAL.sub(
        lambda m: m[0].lower() if line[m.start() - 1].islower() else m[0], line
    )
    return "\t".join(_restore_cell(cell) for cell in line.split("\t"))


def _restore_cell(cell: str) -> str:
    words = cell.split(" ")
    index = 0
    while index < len(words):
        end = index
        while end < len(words) and _caps_syllable(words[end]):
            end += 1
        if end > index and _in_running_text(words, index, end):
            before = words[index - 1] if index else ""
            opens = not before or _OPENER.match(before) is not None
            for offset in range(index, end):
                lowered = words[offset].lower()
                first = offset == index and (opens or end - index == 1)
                words[offset] = lowered[:1].upper() + lowered[1:] if first else lowered
        index = max(end, index + 1)
    return " ".join(words)


def _caps_syllable(word: str) -> bool:
    core = word.strip(",.:;()")
    return 0 < len(core) <= 4 and core.isalpha() and core.isupper()


def _in_running_text(words: list[str], index: int, end: int) -> bool:
    """The capital run words[index:end] has a doubly marked vowel and stands among words in
    lower case: the next word has a small letter, the one before is lower-case or opens a
    sentence or an item, and a name in capitals is not what it is."""
    run = words[index:end]
    if not any(c in _MARKED_VOWELS for word in run for c in word):
        return False
    following = words[end] if end < len(words) else ""
    if not following[:1].isalpha() or not any(c.islower() for c in following):
        return False
    before = words[index - 1] if index else ""
    if before and not before[:1].islower() and _OPENER.match(before) is None:
        # "Giao BỘ Tài chính" is a subject; "Hà NỘI, ngày" is a place name, "HUYỆN HIỆP Hòa" too
        lower_before = any(c.islower() for c in before)
        return lower_before and len(run) == 1 and following[:1].isupper()
    return len(run) == 1 or following[:1].islower()


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


# Tesseract drops a tone mark it cannot separate from the letter's other mark ("yêu câu", "đê
# nghị", "khân trương", "tông hợp", "Bảo hiêm xã hội"): the words a notice asks with, the verbs
# of its tasks and the words that name bodies and officials are put back where every letter is
# the phrase's own or the phrase's with its tone mark lost.
# One syllable is left alone ("câu", "đê" are words); so are phrases whose toneless form is
# another phrase ("công nhân" is not "công nhận").
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_ASKING_WORDS = ("yêu cầu", "đề nghị", "khẩn trương", "trách nhiệm")
# Phrases whose toneless form is a word or name of its own: "văn phong" (a style, a place),
# "thương vụ" (a trade office), "đông viên (chức)", "đi đâu", "(Nguyễn Thị) Hương dẫn (đầu)".
_TONELESS_WORDS = frozenset(
    {"công nhân", "văn phong", "thương vụ", "đông viên", "đi đâu", "hương dẫn"}
)


def _toneless(text: str) -> str:
    kept = "".join(c for c in unicodedata.normalize("NFD", text) if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", kept)


def _bare(text: str) -> str:
    """Every mark gone, one character for one character ("đ" stays): a phrase's skeleton."""
    return "".join(unicodedata.normalize("NFD", c)[0] if c != "đ" else c for c in text.lower())


def _phrases() -> dict[str, tuple[str, ...]]:
    from notices.lexicon import GROUP_NOUNS, ORG_HEADS, ROLE_WORDS, WORK_VERBS

    vocabulary = (*_ASKING_WORDS, *WORK_VERBS, *ORG_HEADS, *GROUP_NOUNS, *ROLE_WORDS)
    by_skeleton: dict[str, list[str]] = {}
    for phrase in dict.fromkeys(w for w in vocabulary if " " in w):
        by_skeleton.setdefault(_bare(phrase), []).append(phrase)
    return {skeleton: tuple(found) for skeleton, found in by_skeleton.items()}


_PHRASES = _phrases()
_PHRASE_SKELETON = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(
        re.escape(k).replace(r"\ ", r"[ \n]") for k in sorted(_PHRASES, key=len, reverse=True)
    )
    + r")(?![^\W_])"
)


# Words that open a person's or a place's name: a capitalised phrase after one of them is part of
# the name ("Nguyễn Văn Phong", "Nguyễn Thị Hương", "xã Văn Phong"), whose spelling is its own.
_NAME_OPENERS = frozenset(
    {"văn", "thị", "đức", "hữu", "công", "minh", "ngọc", "quang", "xuân", "thanh", "xã",
     "phường", "thôn", "bản", "làng", "huyện", "tỉnh", "ấp", "đồng", "chí", "ông", "bà"}
)  # fmt: skip


def _names_someone(text: str, start: int, written: str) -> bool:
    """A capitalised (not all-capital) phrase right after a family name, a middle name or a
    place word: a person's or a place's name, not a phrase to repair."""
    from notices.lexicon import SURNAMES

    if not written[:1].isupper() or written.isupper():
        return False
    words = text[max(0, start - 24) : start].split()
    if not words:
        return False
    previous = words[-1].strip(",.;:").lower()
    return previous in SURNAMES or previous in _NAME_OPENERS


def restore_tones(text: str) -> str:
    """OCR text with the tone marks lost from known phrases put back (a phrase may wrap)."""
    skeleton = _bare(text)
    if len(skeleton) != len(text):
        return text
    pieces: list[str] = []
    last = 0
    for m in _PHRASE_SKELETON.finditer(skeleton):
        written = text[m.start() : m.end()]
        lower = written.lower().replace("\n", " ")
        phrases = _PHRASES[m[0].replace("\n", " ")]
        if lower in _TONELESS_WORDS or lower in phrases:
            continue
        if _names_someone(text, m.start(), written):
            continue  # "Nguyễn Văn Phong", "Xã Văn Phong": a capitalised word mid-sentence
        for phrase in phrases:
            if len(phrase) == len(lower) and all(
                a == b or a == _toneless(b) for a, b in zip(lower, phrase, strict=True)
            ):
                restored = "".join(  # each letter keeps its case: "THÀNH PHÔ" -> "THÀNH PHỐ"
                    w if w.isspace() else p.upper() if w.isupper() else p
                    for w, p in zip(written, phrase, strict=True)
                )
                pieces.extend([text[last : m.start()], restored])
                last = m.end()
                break
    return "".join(pieces) + text[last:] if pieces else text


def render_pdf_page(document: Any, index: int, *, dpi: int = DPI) -> Any:
    """One page of an open pypdfium2 document as a grayscale Pillow image."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        return bitmap.to_pil()
    finally:
        page.close()
