"""PDF → text. Pages with a text layer: lines rebuilt from word positions so a two-column header
("ỦY BAN NHÂN DÂN" left, "CỘNG HÒA XÃ HỘI…" right) keeps its columns apart (a tab marks the gap);
legacy-font text (TCVN3, VNI) converted. Pages without usable text (a scan, a signed scan whose
only text is the stamp, a text layer that is gibberish): OCR (`ocr.py`)."""

from __future__ import annotations

import io
import itertools
import os
import statistics
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from notices.errors import ErrorCode, NoticeError
from notices.readers import legacy, lost_glyphs, ocr, pdf_tables
from notices.readers.ocr_repair import comma_items

_COLUMN_GAP = 28.0  # points; word spacing in justified body text stays well below this
_MAX_PAGES = 300
# A page with fewer letters than this in its text layer but something drawn on it is a scan:
# a signed scan carries the signature stamp's few words ("Ký bởi: …", a date) as text.
_SCAN_LETTERS = 200
_PAGE_BREAK = "\n\f\n"
# pdfium is not thread-safe, and `decode_document` runs in worker threads (the chat reads uploads
# off its event loop): every pdfium call in the process goes through this one lock.
PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class PdfPlan:
    """How each page will be read: from its text layer, or by OCR."""

    pages: int
    ocr_pages: tuple[int, ...]  # 0-based


def plan_pdf(data: bytes) -> PdfPlan:
    """Which pages need OCR, judged from pdfium's text and page objects (fast: no rendering)."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise NoticeError(
                    ErrorCode.ENCRYPTED, "Tệp PDF có mật khẩu, không đọc được."
                ) from None
            raise NoticeError(
                ErrorCode.CORRUPT, "Tệp .pdf bị hỏng hoặc không đúng định dạng PDF."
            ) from None
        try:
            count = len(document)
            if count > _MAX_PAGES:
                raise NoticeError(
                    ErrorCode.TOO_LARGE, f"Tệp PDF quá dài (hơn {_MAX_PAGES} trang)."
                )
            scans = tuple(index for index in range(count) if _needs_ocr(document[index]))
        finally:
            document.close()
    return PdfPlan(pages=count, ocr_pages=scans)


def _needs_ocr(page: Any) -> bool:
    import pypdfium2.raw as pdfium_c

    try:
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
        if legacy.looks_unreadable([text], minimum_words=3) and legacy.looks_unreadable(
            [legacy.repair_text(text)], minimum_words=3
        ):
            return True  # no reading converts it; rendered, the font's glyphs read fine
        letters = sum(1 for char in text if char.isalpha())
        marked = not legacy.lacks_marks(text)
        width, height = page.get_size()
        covered = 0.0
        for item in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
            left, bottom, right, top = item.get_bounds()
            covered += max(0.0, right - left) * max(0.0, top - bottom)
        scanned = covered >= 0.4 * width * height
        if scanned and legacy.poorly_marked(text) and _hidden_text(page):
            return True  # the scanner's own OCR, invisible over the image ("CQNG HOA", "phüc")
        if letters >= _SCAN_LETTERS and marked:
            return False
        if scanned:
            # a scanned page, perhaps with a signature stamp's few words as text, or with the
            # scanner's own OCR layer that lost every Vietnamese mark: read from its image
            return True
        if letters >= _SCAN_LETTERS:
            return False
        if letters:
            return False
        # no text at all: text drawn as outlines, or an empty page (OCR finds nothing there)
        return any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,)))
    finally:
        page.close()


def _hidden_text(page: Any) -> bool:
    """Most of the page's text objects are drawn invisible (render mode 3): a scanner's OCR
    laid under the image's words, not text typed into the document."""
    import pypdfium2.raw as pdfium_c

    objects = list(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_TEXT,), max_depth=2))
    hidden = sum(
        1
        for item in objects
        if pdfium_c.FPDFTextObj_GetTextRenderMode(item.raw)
        == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE
    )
    return bool(objects) and hidden * 2 > len(objects)


def read_pdf(data: bytes) -> str:
    import pdfplumber

    plan = plan_pdf(data)
    if len(plan.ocr_pages) > ocr.MAX_OCR_PAGES:
        raise NoticeError(
            ErrorCode.TOO_LARGE,
            f"Bản scan dài {len(plan.ocr_pages)} trang: hệ thống chỉ đọc bản scan tối đa "
            f"{ocr.MAX_OCR_PAGES} trang, hãy gửi bản .docx hoặc PDF có chữ.",
        )
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many types for broken files
        if "PDFPasswordIncorrect" in repr(exc):  # wrapped by pdfplumber's PdfminerException
            raise NoticeError(
                ErrorCode.ENCRYPTED, "Tệp PDF có mật khẩu, không đọc được."
            ) from None
        raise NoticeError(
            ErrorCode.CORRUPT, "Tệp .pdf bị hỏng hoặc không đúng định dạng PDF."
        ) from None
    pages: dict[int, str] = {}
    widths: lost_glyphs.Widths = {}  # of the letters the fonts that lost glyphs spell
    try:
        with pdf:
            foot: pdf_tables.Edges | None = None  # the columns of a table ending the last page
            for index, page in enumerate(pdf.pages):
                if index in plan.ocr_pages:
                    foot = None
                else:
                    for letter, seen in lost_glyphs.mark_lost(page).items():  # glyphs lost
                        widths.setdefault(letter, set()).update(seen)
                    pages[index], foot = _page_text(page, foot)
    except NoticeError:
        raise
    except Exception:
        raise NoticeError(
            ErrorCode.CORRUPT, "Tệp .pdf bị hỏng, không đọc được nội dung."
        ) from None
    if pages:  # the text layer's lines read together: the whole document votes on encodings
        order = sorted(pages)
        joined = lost_glyphs.restore_lost(_PAGE_BREAK.join(pages[i] for i in order), widths)
        repaired = legacy.repair_text(joined)
        pages = dict(zip(order, repaired.split(_PAGE_BREAK), strict=True))
    # pdfminer can fail where pdfium did not ("(cid:12)" for a font without a Unicode map):
    # those pages are read from their glyphs too
    garbled = tuple(
        i for i in sorted(pages) if legacy.looks_unreadable([pages[i]], minimum_words=3)
    )
    to_ocr = tuple(sorted({*plan.ocr_pages, *garbled}))
    if len(to_ocr) > ocr.MAX_OCR_PAGES:
        raise NoticeError(
            ErrorCode.MOJIBAKE,
            "Chữ trong tệp PDF bị lỗi phông ở quá nhiều trang để nhận dạng lại: "
            "hãy gửi bản .docx.",
        )
    if to_ocr:
        read = _ocr_pages(data, to_ocr)
        pages.update(zip(sorted(read), comma_items([read[i] for i in sorted(read)]), strict=True))
    texts: list[str] = []
    for _, run in itertools.groupby(sorted(pages), key=lambda i: i in to_ocr):
        # a table running over a page break of the text layer goes on as one table
        texts.extend(pdf_tables.join_pages([pages[i] for i in run]))
    text = "\n\n".join(page for page in texts if page.strip())
    if not text.strip():
        raise NoticeError(
            ErrorCode.NO_TEXT_LAYER,
            "Tệp PDF không có lớp chữ và không nhận dạng được chữ nào trong trang: "
            "hãy gửi bản .docx hoặc bản scan rõ hơn.",
        )
    if legacy.looks_unreadable([text]):
        raise NoticeError(
            ErrorCode.MOJIBAKE,
            "Chữ trong tệp PDF bị lỗi phông, không đọc được: hãy gửi bản .docx hoặc bản scan.",
        )
    return text


def _ocr_pages(data: bytes, indexes: tuple[int, ...]) -> dict[int, str]:
    """OCR pages a few at a time: pdfium renders one page after another (it is not
    thread-safe), Tesseract processes read the rendered batch in parallel, one per core."""
    import pypdfium2 as pdfium

    tesseract = ocr.tesseract_path()
    workers = max(1, min(4, os.cpu_count() or 1))
    texts: dict[int, str] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for start in range(0, len(indexes), workers):
            batch = indexes[start : start + workers]
            with PDFIUM_LOCK:  # held while rendering only, not while Tesseract reads
                document = pdfium.PdfDocument(data)
                try:
                    images = [
                        ocr.render_pdf_page(document, i, dpi=_scan_dpi(document, i)) for i in batch
                    ]
                finally:
                    document.close()
            read = pool.map(
                lambda job: _read_scan_page(job[1], tesseract=tesseract, page=job[0] + 1),
                zip(batch, images, strict=True),
            )
            texts.update(zip(batch, read, strict=True))
    return texts


def _read_scan_page(image: Any, *, tesseract: str, page: int) -> str:
    """A scanned page's OCR, the page turned right way up first (`ocr.read_turning_back` reads
    it once more turned half round when the orientation was misjudged)."""
    upright = ocr.upright_scan(image, tesseract=tesseract)
    return ocr.read_turning_back(upright, tesseract=tesseract, page=page)


def _scan_dpi(document: Any, index: int) -> int:
    """The scanned image's own resolution, within 200–400 dpi: rendering a 200-dpi scan at 300
    dpi interpolates its specks into blobs (word accuracy 0.98 → 0.74 on a noisy test page);
    pages without a large image (a legacy-font text layer) render at `ocr.DPI`."""
    import pypdfium2.raw as pdfium_c

    page = document[index]
    try:
        best = 0.0
        for item in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
            left, _, right, _ = item.get_bounds()
            width_px, _ = item.get_px_size()
            if right - left > 0.5 * page.get_width():
                best = max(best, width_px / ((right - left) / 72))
    finally:
        page.close()
    if not best:
        return ocr.DPI
    return round(min(400.0, max(200.0, best)))


def _page_text(
    page: Any, above: pdf_tables.Edges | None = None
) -> tuple[str, pdf_tables.Edges | None]:
    """The page's text, and the column boundaries of a table that ends it (`above`: those of
    the last page's: a row alone at this page's top in the same columns is that table's)."""
    words = page.extract_words(
        keep_blank_chars=False, use_text_flow=False, y_tolerance=3, extra_attrs=["fontname"]
    )
    if not words:
        return "", None
    tables = pdf_tables.find_tables(page, words, above)
    outside, cells = pdf_tables.place_words(tables, words)
    lines = pdf_tables.word_lines(words)
    tops = [float(line[0]["top"]) for line in lines]
    spacings = [b - a for a, b in itertools.pairwise(tops) if b > a]
    usual = statistics.median(spacings) if spacings else 0.0
    if tables:  # the lines outside the tables; the spacing stays the whole page's
        kept = {id(word) for word in outside}
        lines = [[w for w in line if id(w) in kept] for line in lines]
        lines = [line for line in lines if line]
        tops = [float(line[0]["top"]) for line in lines]
    parts: list[str] = []
    coded: list[bool] = []  # per character: read from a .VnTime code (its capital is lost)

    def put(text: str, flags: list[bool] | None = None) -> None:
        parts.append(text)
        coded.extend(flags if flags is not None else [False] * len(text))

    def put_table(number: int) -> None:
        if parts:
            put("\n\n")
        for row_index, row in enumerate(tables[number].cells):
            put("\n" if row_index else "")
            for column in range(len(row)):
                put("| " if column == 0 else " | ")
                put(*pdf_tables.cell_text(cells.get((number, row_index, column), []), _word_text))
            put(" |")
        put("\n")

    pending = 0  # the next table to write, where it stands among the lines
    for index, line in enumerate(lines):
        while pending < len(tables) and tables[pending].top < tops[index]:
            put_table(pending)
            pending += 1
        if parts and not parts[-1].endswith("\n"):
            put("\n")
        if index and usual and tops[index] - tops[index - 1] > 1.6 * usual:
            put("\n")  # extra space between lines: a paragraph break
        line.sort(key=lambda w: float(w["x0"]))
        put(*_word_text(line[0]))
        for previous, word in itertools.pairwise(line):
            gap = float(word["x0"]) - float(previous["x1"])
            if gap > _COLUMN_GAP:
                put("\t")
            elif gap > 0.5:  # a font change splits a word; touching pieces stay one word
                put(" ")
            put(*_word_text(word))
    for number in range(pending, len(tables)):
        put_table(number)
    text = "".join(parts)
    if text.endswith("\n"):  # a table ends the page
        text, coded = text.rstrip("\n"), coded[: len(text.rstrip("\n"))]
    foot = pdf_tables.foot_edges(tables, outside)
    return (legacy.restore_initials(text, coded) if any(coded) else text), foot


def _word_text(word: dict[str, Any]) -> tuple[str, list[bool]]:
    """A word in a legacy font (".VnTime", "VNI-Times") converted by its font's encoding, with
    the characters read from a small-letter TCVN3 code marked."""
    return legacy.convert_run_marked(str(word["text"]), str(word.get("fontname") or ""))
