"""Rebuild the corpus files derived from `text/*.md`: Word, PDF, scans, legacy encodings.

Run by hand (`.venv/bin/python tests/notice_corpus/make_derived.py [file-or-source ...]`) after
changing a source text; with names, only those files (or all files of those sources) are rebuilt.
Tests never run it. Needs `soffice` for .docx -> .pdf. The random degradations are seeded, so a
rebuild gives the same images on the same Pillow/pdfium versions.
"""

from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import docx
import pypdfium2
from docx.shared import Inches, Pt
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

HERE = Path(__file__).resolve().parent
TEXT = HERE / "text"
DOCS = HERE / "docs"


# --- markdown scrape -> Word ---------------------------------------------------------------


def _clean(line: str) -> str:
    return re.sub(r"\*+", "", line).strip()


def _open_emphasis(raw: str) -> bool:
    return raw.count("**") % 2 == 1 or raw.replace("**", "").count("*") % 2 == 1


def _cell_paragraphs(cell: str) -> list[str]:
    """Lines of one table cell: a line stays apart unless it continues an open bold/italic
    span or a '- ' list item (the scrape hard-wrapped both)."""
    raws: list[str] = []
    for line in cell.split("\n"):
        if not _clean(line) and not re.fullmatch(r"-{3,}", line.strip()):
            continue
        if raws and (
            _open_emphasis(raws[-1])
            or (
                raws[-1].lstrip().startswith("-")
                and not line.lstrip().startswith("-")
                and not re.fullmatch(r"-{3,}", raws[-1].strip())
            )
        ):
            raws[-1] += " " + line.strip()
        else:
            raws.append(line.strip())
    return [_clean(raw) for raw in raws if _clean(raw)]


# A new item: a dash, a "+" sub-item or a Markdown bullet ("*   "), a number, a letter, a bold
# line (a dash or "+" only after a paragraph that ends a clause: otherwise it is a hard-wrapped
# line's first character). A Markdown bullet is written as the dash a Word bullet reads back as.
# A hard-wrapped line goes on its paragraph unless it opens an item or a heading of its own: a
# dash, a number, a letter, an article ("Điều 2:"), a step ("Bước 3:"), a chapter, a section or
# a part, as Word keeps each of them a paragraph.
_NEW_PARAGRAPH = re.compile(
    r"^(-|\+|\*\s|\d+(\.\d+)*\.\s|[a-zđ]\)\s|\([ivx]+\)|\*\*"
    r"|Điều\s+\d+|Bước\s+\d+|Chương\s+[IVXLC\d]+\b|Mục\s+\d+|Phần\s+[IVXLC\d]+\b|[IVX]+\.\s)"
)
_BULLET = re.compile(r"^\*\s+(?=\S)")


def _body_paragraphs(cell: str) -> list[str]:
    """A long cell holding body text: hard-wrapped lines rejoined, new items kept apart."""
    paragraphs: list[str] = []
    for raw in cell.split("\n"):
        if not _clean(raw):
            continue
        line = raw.strip()
        starts_item = _NEW_PARAGRAPH.match(line) and (
            not paragraphs or line[:1] not in "-+" or paragraphs[-1][-1:] in ";:."
        )  # fmt: skip
        if paragraphs and not starts_item:
            paragraphs[-1] += " " + _clean(raw)
        elif _BULLET.match(line):
            paragraphs.append("- " + _clean(raw))
        else:
            paragraphs.append(_clean(raw))
    return paragraphs


def _rows(block: str) -> list[list[str]]:
    """Cells of a scraped table: a lone '|' line ends a cell, two in a row end the row."""
    rows: list[list[str]] = [[]]
    cell: list[str] = []
    previous_bar = False
    for line in block.split("\n"):
        if line.strip() == "|":
            if cell:
                rows[-1].append("\n".join(cell))
                cell = []
            elif previous_bar and rows[-1]:
                rows.append([])
            previous_bar = True
            continue
        previous_bar = False
        cell.append(line)
    if cell:
        rows[-1].append("\n".join(cell))
    return [row for row in rows if row]


_MARKDOWN_ROW = re.compile(r"^\|.*\|$")
_MARKDOWN_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")


def _markdown_runs(block: str) -> list[tuple[bool, str]]:
    """A block split into runs of one-line Markdown table rows ("| a | b |", with or without a
    "|---|---|" rule) and runs of other lines, in order; (True, rows) for a table run."""
    runs: list[tuple[bool, list[str]]] = []
    for line in block.split("\n"):
        stripped = line.strip()
        is_row = bool(_MARKDOWN_ROW.match(stripped)) and stripped != "|"
        if runs and runs[-1][0] == is_row:
            runs[-1][1].append(line)
        else:
            runs.append((is_row, [line]))
    return [(is_row, "\n".join(lines)) for is_row, lines in runs]


def _markdown_rows(run: str) -> list[list[str]]:
    """Cells of one-line Markdown table rows; the rule row dropped."""
    return [
        [cell.strip() for cell in line.strip()[1:-1].split("|")]
        for line in run.split("\n")
        if not _MARKDOWN_RULE.match(line.strip())
    ]


def _filled(row: list[str]) -> list[str]:
    return [cell for cell in row if _clean(cell.replace("\n", " "))]


def _is_grid(rows: list[list[str]]) -> bool:
    """A real multi-column table (an appendix of task rows), not the scrape's two-column header
    and signature blocks: at least three rows of three or more cells."""
    return sum(1 for row in rows if len(_filled(row)) >= 3) >= 3


def _grid_width(rows: list[list[str]]) -> int:
    """The table's column count: the most common cell count of its rows of three or more cells
    (the widest on a tie)."""
    counts = [len(_filled(row)) for row in rows if len(_filled(row)) >= 3]
    return max(counts, key=lambda count: (counts.count(count), count))


def _split_text_before_grid(
    rows: list[list[str]], width: int
) -> tuple[list[str], list[list[str]]]:
    """A scrape with no blank line between the letter and its appendix table puts the letter's
    cells (addressees, body, signature) in the table's first row, before its header cells: those
    cells come out, to be laid out as text before the table."""
    first = _filled(rows[0])
    if len(first) <= width:
        return [], rows
    return first[:-width], [first[-width:], *rows[1:]]


def build_docx(source: Path) -> bytes:
    """A Word file laid out like the original: header and signature as two-column tables."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)

    def add_table(cells: list[str]) -> None:
        pairs = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        table = document.add_table(rows=len(pairs), cols=2)
        for r, pair in enumerate(pairs):
            for c, cell in enumerate(pair):
                paragraphs = _cell_paragraphs(cell)
                target = table.cell(r, c)
                target.text = paragraphs[0] if paragraphs else ""
                for extra in paragraphs[1:]:
                    target.add_paragraph(extra)

    def add_grid(rows: list[list[str]], width: int) -> None:
        """A task table (STT / task / lead / partners / time): one Word table with a column per
        cell; a row with fewer cells (a section heading) spans the whole width. A Markdown row
        as wide as the table with three or more cells filled is a task row whose other cells
        are empty: its cells stay in their columns (merged, its lead and time were lost)."""
        table = document.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            cells = _filled(row)
            if len(row) == width and len(cells) >= 3:
                cells = row  # a Markdown row keeps its empty cells in place (no partner, no fund)
            if len(cells) < width:
                merged = table.cell(r, 0).merge(table.cell(r, width - 1))
                merged.text = " ".join(" ".join(_cell_paragraphs(cell)) for cell in cells)
                continue
            for c, cell in enumerate(cells[:width]):
                table.cell(r, c).text = " ".join(_cell_paragraphs(cell))
        # A narrow number column, the task column widest, as such tables are laid out.
        widths = [Inches(0.5), Inches(2.4)] + [Inches(3.6 / max(width - 2, 1))] * (width - 2)
        table.autofit = False
        for c, column in enumerate(table.columns):
            column.width = widths[c]
        for row_cells in table.rows:
            for c, cell_obj in enumerate(row_cells.cells[:width]):
                cell_obj.width = widths[c]

    def add_rows(rows: list[list[str]]) -> None:
        """The scrape's header, addressee and signature blocks as two-column tables; a long
        cell of body text as paragraphs."""
        for row in rows:
            cells = [cell for cell in row if _clean(cell.replace("\n", " "))]
            pending: list[str] = []
            for cell in cells:
                flat = _clean(cell.replace("\n", " "))
                if len(flat) > 250 and not flat.startswith("Nơi nhận"):
                    if pending:
                        add_table(pending)
                        pending = []
                    for paragraph in _body_paragraphs(cell):
                        document.add_paragraph(paragraph)
                else:
                    pending.append(cell)
            if len(pending) == 1:
                for paragraph in _cell_paragraphs(pending[0]):
                    document.add_paragraph(paragraph)
            elif pending:
                add_table(pending)

    def add_markdown(block: str) -> None:
        """One-line Markdown tables as Word tables (a task table as a grid, header and signature
        rows as two-column tables), the lines around them as paragraphs."""
        for is_table, run in _markdown_runs(block):
            if not is_table:
                for paragraph in _body_paragraphs(run):
                    document.add_paragraph(paragraph)
                continue
            rows = _markdown_rows(run)
            if _is_grid(rows):
                lengths = {len(row) for row in rows}
                # Markdown rows all as wide as the header: that is the table's width, even when
                # a column is mostly empty (a fund column left blank on most rows).
                add_grid(rows, lengths.pop() if len(lengths) == 1 else _grid_width(rows))
            else:
                add_rows(rows)

    for block in re.split(r"\n\s*\n", source.read_text(encoding="utf-8")):
        block = block.strip()
        if not block:
            continue
        if any(_MARKDOWN_RULE.match(line.strip()) for line in block.split("\n")):
            add_markdown(block)
            continue
        if not any(line.strip() == "|" for line in block.split("\n")):
            for paragraph in _body_paragraphs(block):
                document.add_paragraph(paragraph)
            continue
        rows = _rows(block)
        if _is_grid(rows):
            width = _grid_width(rows)
            before, rows = _split_text_before_grid(rows, width)
            add_rows([before])
            add_grid(rows, width)
            continue
        add_rows(rows)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_to_pdf(data: bytes) -> bytes:
    return _soffice_convert(data, "pdf")


def docx_to_doc(data: bytes) -> bytes:
    """An old Word 97-2003 .doc saved by LibreOffice from the rebuilt .docx."""
    return _soffice_convert(data, "doc")


def _soffice_convert(data: bytes, target: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "source.docx"
        src.write_bytes(data)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", target, "--outdir", tmp, str(src)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return (Path(tmp) / f"source.{target}").read_bytes()


# --- scans and photos ----------------------------------------------------------------------


def _pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(pdf)
    return [page.render(scale=dpi / 72).to_pil() for page in document]


def _degrade(page: Image.Image, rng: random.Random) -> Image.Image:
    gray = ImageOps.grayscale(page)
    gray = gray.rotate(
        rng.uniform(-1.0, 1.0), resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255
    )
    noise = Image.effect_noise(gray.size, 18)
    pixels = gray.load()
    noisy = noise.load()
    assert pixels is not None and noisy is not None
    width, height = gray.size
    for _ in range(width * height // 60):  # sparse speckle, as a flatbed scanner leaves
        x, y = rng.randrange(width), rng.randrange(height)
        offset = (int(noisy[x, y]) - 128) // 6  # type: ignore[arg-type]
        pixels[x, y] = max(0, min(255, int(pixels[x, y]) + offset * 6))  # type: ignore[arg-type]
    gray = gray.filter(ImageFilter.GaussianBlur(0.6))
    buffer = io.BytesIO()
    gray.save(buffer, "JPEG", quality=rng.randint(55, 70))
    return Image.open(io.BytesIO(buffer.getvalue()))


def scan_pdf(pdf: bytes, seed: int, dpi: int = 200) -> bytes:
    """An image-only PDF: each page rendered, greyed, tilted under a degree, speckled, JPEG'd."""
    rng = random.Random(seed)
    pages = [_degrade(page, rng) for page in _pages(pdf, dpi)]
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi))
    return out.getvalue()


def phone_photo(pdf: bytes, seed: int) -> bytes:
    """The first page as a hand-held phone would take it: skewed, tilted, uneven light, JPEG."""
    rng = random.Random(seed)
    page = _pages(pdf, 180)[0].convert("RGB")
    width = 1500
    page = page.resize((width, int(page.height * width / page.width)), Image.Resampling.LANCZOS)
    w, h = page.size
    canvas = Image.new("RGB", (int(w * 1.08), int(h * 1.06)), (92, 84, 74))
    canvas.paste(page, (int(w * 0.04), int(h * 0.03)))
    cw, ch = canvas.size
    d = 0.035
    # Map the output quad back onto the input: the top edge looks narrower (camera tilted back).
    coeffs = _perspective(
        [(0, 0), (cw, 0), (cw, ch), (0, ch)],
        [(cw * d, ch * d * 0.5), (cw * (1 - d * 0.6), 0), (cw, ch), (0, ch * (1 - d * 0.3))],
    )
    photo = canvas.transform(
        canvas.size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC
    )
    photo = photo.rotate(
        rng.uniform(-2.5, 2.5), resample=Image.Resampling.BICUBIC, fillcolor=(92, 84, 74)
    )
    shade = Image.linear_gradient("L").resize(photo.size).point(lambda v: 255 - v // 5)
    photo = Image.composite(photo, Image.new("RGB", photo.size, (40, 36, 30)), shade)
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=72)
    return out.getvalue()


def hard_photo(pdf: bytes, seed: int, turn: int = 0) -> bytes:
    """The first page in poor conditions: smaller in a frame with a dark desk around it, each
    corner pulled at random (a phone held at an angle), tilted up to 6°, dim light falling off
    from one corner with a soft shadow across part of the page, JPEG at quality 60; `turn`
    (90, 180 or 270 degrees, counter-clockwise) for a phone held sideways that wrote no EXIF."""
    rng = random.Random(seed)
    page = _pages(pdf, 180)[0].convert("RGB")
    width = 1300
    page = page.resize((width, int(page.height * width / page.width)), Image.Resampling.LANCZOS)
    w, h = page.size
    margin_x, margin_y = int(w * rng.uniform(0.12, 0.2)), int(h * rng.uniform(0.08, 0.14))
    desk = (rng.randint(35, 70), rng.randint(30, 60), rng.randint(25, 50))
    canvas = Image.new("RGB", (w + 2 * margin_x, h + 2 * margin_y), desk)
    canvas.paste(page, (margin_x, margin_y))
    cw, ch = canvas.size
    corners = [(margin_x, margin_y), (margin_x + w, margin_y), (margin_x + w, margin_y + h)]
    corners.append((margin_x, margin_y + h))
    pulled = [
        (x + rng.uniform(-0.06, 0.06) * w, y + rng.uniform(-0.05, 0.05) * h) for x, y in corners
    ]
    coeffs = _perspective(pulled, corners)  # output quad (pulled) -> input quad (the page)
    photo = canvas.transform(
        canvas.size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=desk
    )
    photo = photo.rotate(rng.uniform(-6.0, 6.0), resample=Image.Resampling.BICUBIC, fillcolor=desk)
    # light: a radial fall-off from a random bright point, times a soft shadow band
    light = Image.radial_gradient("L").resize((2 * cw, 2 * ch))
    cx, cy = rng.uniform(0.2, 0.8) * cw, rng.uniform(0.2, 0.8) * ch
    light = light.crop((int(cw - cx), int(ch - cy), int(2 * cw - cx), int(2 * ch - cy)))
    dim = rng.uniform(0.45, 0.6)
    light = light.point(lambda v: int(255 * (1.0 - dim * v / 255)))
    shadow = Image.new("L", photo.size, 255)
    band = [(rng.uniform(0.5, 1.0) * cw, 0), (cw, 0), (cw, ch), (rng.uniform(0.6, 1.0) * cw, ch)]
    ImageDraw.Draw(shadow).polygon(band, fill=int(255 * rng.uniform(0.55, 0.7)))
    shadow = shadow.filter(ImageFilter.GaussianBlur(cw / 40))
    shade = ImageChops.multiply(light, shadow)
    photo = Image.composite(photo, Image.new("RGB", photo.size, (0, 0, 0)), shade)
    if turn:
        photo = photo.rotate(turn, expand=True)
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=60)
    return out.getvalue()


def _perspective(
    out_quad: list[tuple[float, float]], in_quad: list[tuple[float, float]]
) -> list[float]:
    rows: list[list[float]] = []
    rhs: list[float] = []
    for (x, y), (u, v) in zip(out_quad, in_quad, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return _solve(rows, rhs)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


# --- legacy encodings ----------------------------------------------------------------------

# TCVN3 (ABC, ".VnTime" fonts): one byte per precomposed lower-case letter; upper-case letters
# with a tone share the lower-case code (the ".VnTimeH" capital font draws them), so the
# encoding is lossy for capitals, as real TCVN3 files are.
_TCVN3_LOWER = {
    "à": "µ", "á": "¸", "ả": "¶", "ã": "·", "ạ": "¹",
    "ă": "¨", "ằ": "»", "ắ": "¾", "ẳ": "¼", "ẵ": "½", "ặ": "Æ",
    "â": "©", "ầ": "Ç", "ấ": "Ê", "ẩ": "È", "ẫ": "É", "ậ": "Ë",
    "đ": "®",
    "è": "Ì", "é": "Ð", "ẻ": "Î", "ẽ": "Ï", "ẹ": "Ñ",
    "ê": "ª", "ề": "Ò", "ế": "Õ", "ể": "Ó", "ễ": "Ô", "ệ": "Ö",
    "ì": "×", "í": "Ý", "ỉ": "Ø", "ĩ": "Ü", "ị": "Þ",
    "ò": "ß", "ó": "ã", "ỏ": "á", "õ": "â", "ọ": "ä",
    "ô": "«", "ồ": "å", "ố": "è", "ổ": "æ", "ỗ": "ç", "ộ": "é",
    "ơ": "¬", "ờ": "ê", "ớ": "í", "ở": "ë", "ỡ": "ì", "ợ": "î",
    "ù": "ï", "ú": "ó", "ủ": "ñ", "ũ": "ò", "ụ": "ô",
    "ư": "\u00ad", "ừ": "õ", "ứ": "ø", "ử": "ö", "ữ": "÷", "ự": "ù",
    "ỳ": "ú", "ý": "ý", "ỷ": "û", "ỹ": "ü", "ỵ": "þ",
}  # fmt: skip
_TCVN3_UPPER_BASE = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}

# VNI-Windows: a base letter followed by one or two accent bytes.
_VNI_MARKS = {
    "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï",
}  # fmt: skip
_VNI_HAT_TONES = {
    "": "â",
    "\u0301": "á",
    "\u0300": "à",
    "\u0309": "å",
    "\u0303": "ã",
    "\u0323": "ä",
}
_VNI_BREVE_TONES = {
    "": "ê",
    "\u0301": "é",
    "\u0300": "è",
    "\u0309": "ú",
    "\u0303": "ü",
    "\u0323": "ë",
}


def to_tcvn3(text: str) -> bytes:
    # A legacy font has no code for a lone combining mark: a converter composes the letters
    # first (a text kept in NFD, as a web page was found, came out with "?" for every tone).
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _TCVN3_LOWER:
            out.append(_TCVN3_LOWER[ch])
        elif ch in _TCVN3_UPPER_BASE:
            out.append(_TCVN3_UPPER_BASE[ch])
        elif ch.lower() in _TCVN3_LOWER and ch.lower() != ch:
            out.append(_TCVN3_LOWER[ch.lower()])
        else:
            out.append(ch)
    return "".join(out).encode("cp1252", errors="replace")


def to_vni(text: str) -> bytes:
    out = []
    for ch in unicodedata.normalize("NFC", text):  # composed first, as in to_tcvn3
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        upper = base.isupper()
        if ch in "đĐ":
            out.append("Ñ" if ch == "Đ" else "ñ")
            continue
        if not marks:
            out.append(ch)
            continue
        tone = "".join(m for m in marks if m in _VNI_MARKS)
        shape = "".join(m for m in marks if m not in _VNI_MARKS)
        if shape == "\u0302":  # circumflex: â ê ô
            code = _VNI_HAT_TONES[tone]
            out.append(base + (code.upper() if upper else code))
        elif shape == "\u0306":  # breve: ă
            code = _VNI_BREVE_TONES[tone]
            out.append(base + (code.upper() if upper else code))
        elif shape == "\u031b":  # horn: ơ ư are single letters in VNI
            letter = {"o": "ô", "u": "ö", "O": "Ô", "U": "Ö"}[base]
            out.append(
                letter + (_VNI_MARKS[tone].upper() if upper and tone else _VNI_MARKS.get(tone, ""))
            )
        elif base in "iI":  # i carries its tone in one byte
            one = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}[tone]
            out.append(one.upper() if upper else one)
        elif base in "yY" and tone == "\u0323":
            out.append("Î" if upper else "î")
        else:
            mark = _VNI_MARKS[tone]
            out.append(base + (mark.upper() if upper else mark))
    return "".join(out).encode("cp1252", errors="replace")


# --- the corpus ----------------------------------------------------------------------------


def main() -> int:
    manifest = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    built: dict[str, bytes] = {}
    only = set(sys.argv[1:])  # optional: rebuild only the files (or sources) named
    for entry in manifest["documents"]:
        recipe = entry.get("build")
        if not recipe or (only and not only & {entry["file"], entry["source"]}):
            continue
        text = TEXT / f"{entry['source']}.md"
        kind = recipe["kind"]
        if kind == "txt":
            data = text.read_bytes()
        elif kind == "docx":
            data = build_docx(text)
        elif kind == "pdf":
            data = docx_to_pdf(build_docx(text))
        elif kind == "doc":
            data = docx_to_doc(build_docx(text))
        elif kind in {"scan", "photo", "hard_photo"}:
            key = f"pdf:{entry['source']}"
            if key not in built:
                built[key] = docx_to_pdf(build_docx(text))
            pdf = built[key]
            if kind == "scan":
                data = scan_pdf(pdf, recipe["seed"])
            elif kind == "photo":
                data = phone_photo(pdf, recipe["seed"])
            else:
                data = hard_photo(pdf, recipe["seed"], recipe.get("turn", 0))
        elif kind == "tcvn3":
            data = to_tcvn3(text.read_text(encoding="utf-8"))
        elif kind == "vni":
            data = to_vni(text.read_text(encoding="utf-8"))
        else:
            raise SystemExit(f"unknown build kind {kind!r}")
        (DOCS / entry["file"]).write_bytes(data)
        print(f"{entry['file']}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
