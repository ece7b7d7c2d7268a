"""Word .docx → text in document order: body paragraphs and tables (header tables included);
runs typed in legacy fonts (TCVN3, VNI) converted to Unicode. A Word file whose body is only
pasted page images (an office's scan put into Word) is read by OCR, image by image, as a scan."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from notices.errors import ErrorCode, NoticeError
from notices.readers import legacy, ocr
from notices.readers.docx_numbering import Numbering
from notices.table_headings import lead_label
from notices.tables import after_unit_rows, gives_no_work, task_table_rows

_MAX_UNZIPPED = 200 * 1024 * 1024
# A body with fewer letters than this beside its images is a scan pasted into Word (a page
# number or a caption is all its text): its images are read by OCR.
_SCAN_LETTERS = 40
_MIN_PAGE_SIDE = 400  # px; a smaller image is a logo, a signature or a stamp, not a page
# A page scanned at 600 dpi is ~35 Mpx; a picture far larger is refused before it is decoded
# (a few KB of PNG can unpack to gigabytes).
_MAX_PAGE_PIXELS = 50_000_000
_DRAFT_SIDE = 5000  # px; OCR reads no larger page (`ocr.prepare_photo` scales it down)
# Vector drawings (a chart, a form's lines) are no scanned page, whatever size Pillow reads.
_VECTOR_TYPES = ("image/x-wmf", "image/wmf", "image/x-emf", "image/emf", "image/svg+xml")
_VECTOR_EXTENSIONS = (".wmf", ".emf", ".wmz", ".emz", ".svg")
_RELATION_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_IMAGE_REFERENCES = (
    "{http://schemas.openxmlformats.org/drawingml/2006/main}blip",  # <a:blip r:embed>
    "{urn:schemas-microsoft-com:vml}imagedata",  # <v:imagedata r:id>, as converters write
)


def read_docx(data: bytes, kind: str = ".docx") -> str:
    """Paragraphs separated by blank lines; each table cell's paragraphs as a block of lines.
    `kind` (".docx", ".doc", ".rtf") names what the user sent in the messages."""
    import docx  # python-docx, imported here so the parser itself needs no third-party code
    from docx.document import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_zip(data)
    try:
        document: Document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many types for broken packages
        raise NoticeError(
            ErrorCode.CORRUPT, "Tệp .docx bị hỏng hoặc không đúng định dạng Word."
        ) from None
    numbering = Numbering.of(document)
    lines: list[str] = []
    # The paragraph just above the next table ("" after a table: a cell is no heading, unless
    # the table is one cell, a heading in a box), and the rows the last table became, until a
    # paragraph follows them.
    above, written = "", list[str]()

    def emit(block: Paragraph | Table) -> None:
        nonlocal above, written
        if isinstance(block, Paragraph):
            text = numbering.label(block) + paragraph_text(block)
            if text.strip():
                text = after_unit_rows(written, text)
                lines.extend([text, ""])
                above, written = text, []
            return
        cells = [[_cell_text(c) for c in row.cells] for row in block.rows]
        units = not gives_no_work(lines)
        rows = task_table_rows(cells, repeats_spans=True, heading=above, units=units)
        if rows and lead_label(above) and rows[0].startswith("- Giao ") and above in lines:
            # "Đơn vị chủ trì: Phòng Tư pháp" over rows that name the lead says nothing more,
            # as notices.lines drops it above a text table
            lines[len(lines) - 1 - lines[::-1].index(above)] = ""
        above, written = _box_text(cells), rows or []
        if rows is not None:
            for row in rows:
                lines.extend([row, ""])
            return
        for cell_lines in _table_cells(block, numbering):
            lines.extend([*cell_lines, ""])

    for block in document.iter_inner_content():
        emit(block)
    text = legacy.repair_text("\n".join(lines)).strip()
    if typed_letters(document) < _SCAN_LETTERS:
        pages = page_images(document)
        if pages:
            return _read_images(pages, kind, typed=text)
    if not text:
        raise NoticeError(
            ErrorCode.EMPTY,
            f"Tệp {kind} không có nội dung văn bản: không có chữ, cũng không có ảnh trang văn bản "
            "nào để nhận dạng.",
        )
    return text


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def typed_letters(document: Any, stop: int = _SCAN_LETTERS) -> int:
    """The letters typed in the body (paragraphs and table cells, as `read_docx` reads them:
    not text boxes, which it does not read), counted up to `stop`: whether the body is text or
    a scan pasted into Word is decided on this, by the reader and by `image_pages` alike."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    count = 0
    blocks: list[Any] = list(document.iter_inner_content())
    seen: set[int] = set()
    while blocks and count < stop:
        block = blocks.pop(0)
        if isinstance(block, Paragraph):
            count += _letters(paragraph_text(block))
        elif isinstance(block, Table):
            cells = []
            for row in block.rows:
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # a merged cell repeats in every column
                        seen.add(id(cell._tc))
                        cells.append(cell)
            blocks[:0] = [inner for cell in cells for inner in cell.iter_inner_content()]
    return min(count, stop)


def body_images(document: Any) -> list[Any]:
    """The image parts drawn in the document's body, in document order (each once)."""
    part = document.part
    seen: set[str] = set()
    images: list[Any] = []
    for element in document.element.body.iter(*_IMAGE_REFERENCES):
        ref = element.get(f"{_RELATION_ID}embed") or element.get(f"{_RELATION_ID}id")
        if not ref or ref in seen or ref not in part.rels:
            continue
        seen.add(ref)
        relation = part.rels[ref]
        if relation.is_external:
            continue
        if isinstance(getattr(relation.target_part, "blob", None), bytes):
            images.append(relation.target_part)
    return images


def page_images(document: Any) -> list[tuple[bytes, int]]:
    """The body's pictures that are scanned pages, with their pixel counts (read from the
    image header only: nothing is decoded)."""
    pages = []
    for part in body_images(document):
        pixels = _page_pixels(part)
        if pixels:
            pages.append((part.blob, pixels))
    return pages


def image_pages(data: bytes) -> int:
    """How many page images OCR will read in this .docx (0 for a document with text, and for
    one the read refuses at once: more pages than OCR reads, or a picture too large): a cheap
    look for the progress line. A .docx with no picture is not even opened."""
    import docx

    try:
        _check_zip(data)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if not any(name.startswith("word/media/") for name in archive.namelist()):
                return 0
        document = docx.Document(io.BytesIO(data))
        if typed_letters(document) >= _SCAN_LETTERS:
            return 0
        pages = page_images(document)
    except Exception:  # a damaged file: the read will say why
        return 0
    if len(pages) > ocr.MAX_OCR_PAGES or any(p > _MAX_PAGE_PIXELS for _, p in pages):
        return 0  # refused at once, before any OCR: nothing slow to announce
    return len(pages)


def _page_pixels(part: Any) -> int:
    """The pixel count of a picture large enough to be a page; 0 for a logo, a signature, a
    stamp, a vector drawing (EMF/WMF, by the part's type: Pillow reads a WMF's size too) or a
    picture Pillow cannot open. Only the header is read."""
    from PIL import Image

    content_type = str(getattr(part, "content_type", "")).lower()
    name = str(getattr(part, "partname", "")).lower()
    if content_type in _VECTOR_TYPES or name.endswith(_VECTOR_EXTENSIONS):
        return 0
    try:
        with Image.open(io.BytesIO(part.blob)) as opened:
            if opened.format in ("WMF", "EMF"):
                return 0
            width, height = opened.size
    except Image.DecompressionBombError:
        return _MAX_PAGE_PIXELS + 1  # far beyond what Pillow agrees to open: refused
    except Exception:
        return 0
    return width * height if max(width, height) >= _MIN_PAGE_SIDE else 0


def _read_images(pages: list[tuple[bytes, int]], kind: str, typed: str = "") -> str:
    """The page images of a scan pasted into Word → text by OCR, as a photo is read (the same
    page preparation), one page decoded at a time; pages joined in document order, after the
    few lines typed beside them (a caption, "Kính gửi: ..."). When OCR reads nothing, the
    typed lines are the text."""
    from PIL import Image

    if len(pages) > ocr.MAX_OCR_PAGES:
        raise NoticeError(
            ErrorCode.TOO_LARGE,
            f"Tệp {kind} có {len(pages)} ảnh trang: hệ thống chỉ đọc bản scan tối đa "
            f"{ocr.MAX_OCR_PAGES} trang, hãy gửi bản có chữ.",
        )
    largest = max(pixels for _, pixels in pages)
    if largest > _MAX_PAGE_PIXELS:
        raise NoticeError(
            ErrorCode.TOO_LARGE,
            f"Tệp {kind} có ảnh trang quá lớn (hơn {_MAX_PAGE_PIXELS // 1_000_000} triệu điểm "
            "ảnh), không đọc được: hãy gửi bản scan nhỏ hơn hoặc bản có chữ.",
        )
    tesseract = ocr.tesseract_path()
    texts = [typed] if typed else []
    damaged = 0
    for number, (blob, _) in enumerate(pages, start=1):
        try:
            with Image.open(io.BytesIO(blob)) as opened:
                opened.draft("L", (_DRAFT_SIDE, _DRAFT_SIDE))  # a JPEG is decoded smaller
                page = opened.convert("L")  # one grey copy of this page only
            page.thumbnail((_DRAFT_SIDE, _DRAFT_SIDE))  # the decoded colours freed, then shrunk
        except Exception:  # a damaged picture is no page
            damaged += 1
            continue
        prepared = ocr.prepare_photo(page, tesseract=tesseract)
        del page
        text = ocr.ocr_image(prepared, tesseract=tesseract, page=number)
        del prepared  # this page is freed before the next one is decoded
        if text.strip():
            texts.append(text)
    if not any(text.strip() for text in texts):
        if damaged:
            raise NoticeError(
                ErrorCode.CORRUPT,
                f"Tệp {kind} chỉ có ảnh, và ảnh trang bị hỏng, không mở được: hãy chụp hoặc "
                "scan lại văn bản, hoặc gửi bản có chữ.",
            )
        raise NoticeError(
            ErrorCode.NO_TEXT_LAYER,
            f"Tệp {kind} chỉ có ảnh, và không nhận dạng được chữ nào trong ảnh: hãy gửi bản scan "
            "rõ nét hơn hoặc bản có chữ.",
        )
    return "\n\n".join(texts)


def _box_text(cells: list[list[str]]) -> str:
    """The text of a one-cell table ("1. PHÒNG NỘI VỤ" in a box): a heading; a table of more
    cells is none (its last cell is no heading of the next table)."""
    texts = {" ".join(text.split()) for text in (cells[0] if len(cells) == 1 else [])}
    return texts.pop() if len(texts) == 1 else ""


def _table_cells(table: object, numbering: Numbering) -> Iterator[list[str]]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    assert isinstance(table, Table)
    # id() → the cell element itself, kept alive: lxml frees a row's element proxies once its
    # cells are dropped, and a later row's proxy could then get a freed id, which made a
    # header's "Số: 141/KH-UBND" cell look already read.
    seen: dict[int, object] = {}
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats in every grid column it spans
                continue
            seen[id(cell._tc)] = cell._tc
            block: list[str] = []
            for inner in cell.iter_inner_content():
                if isinstance(inner, Paragraph):
                    text = numbering.label(inner) + paragraph_text(inner)
                    if text.strip():
                        block.append(text)
                else:
                    for nested in _table_cells(inner, numbering):
                        block.extend(nested)
            if block:
                yield block


def paragraph_text(paragraph: Any) -> str:
    """A paragraph's text, each run converted by its font when typed in a legacy font (TCVN3
    ".VnTime"/".VnTimeH", "VNI-Times"): one document often mixes them with Unicode fonts. Runs
    whose font is not named are judged by scoring, with the whole paragraph."""
    from docx.text.hyperlink import Hyperlink

    default_font = _style_font(paragraph.style)
    parts: list[str] = []
    coded: list[bool] = []  # per character: read from a .VnTime code (its capital is lost)
    for item in paragraph.iter_inner_content():
        for run in item.runs if isinstance(item, Hyperlink) else [item]:
            font = run.font.name or default_font
            hint = legacy.font_encoding(font)
            text = _tcvn3_run_text(run) if hint and hint[0] == "tcvn3" else run.text
            converted, flags = legacy.convert_run_marked(text, font)
            parts.append(converted)
            coded.extend(flags)
    text = "".join(parts)
    return legacy.restore_initials(text, coded) if any(coded) else text


def _tcvn3_run_text(run: Any) -> str:
    """A run's text with Word's optional hyphen kept: TCVN3 stores "ư" on that code (0xAD), and
    Word and LibreOffice save it as <w:softHyphen/>, which python-docx's `Run.text` drops."""
    out: list[str] = []
    for child in run._r.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "t":
            out.append(child.text or "")
        elif tag == "softHyphen":
            out.append("\u00ad")
        elif tag == "tab":
            out.append("\t")
        elif tag in ("br", "cr"):
            out.append("\n")
        elif tag == "noBreakHyphen":
            out.append("-")
    return "".join(out)


def _cell_text(cell: Any) -> str:
    return "\n".join(paragraph_text(paragraph) for paragraph in cell.paragraphs)


def _style_font(style: Any) -> str | None:
    while style is not None:
        name = style.font.name
        if name:
            return str(name)
        style = style.base_style
    return None


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            unzipped = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise NoticeError(
            ErrorCode.CORRUPT, "Tệp .docx bị hỏng hoặc không đúng định dạng Word."
        ) from None
    if "word/document.xml" not in names:
        raise NoticeError(
            ErrorCode.UNSUPPORTED,
            "Tệp nén này không phải văn bản Word (.docx): hãy gửi .docx, .pdf hoặc .txt.",
        )
    if unzipped > _MAX_UNZIPPED:
        raise NoticeError(ErrorCode.TOO_LARGE, "Tệp .docx giải nén quá lớn, không đọc được.")
