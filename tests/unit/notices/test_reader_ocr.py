"""Scans and photos read by Tesseract: a scanned PDF, a signed scan with a stamp's text, a phone
photo turned by EXIF, a page limit, the missing-tool message, and `describe_document`."""

from __future__ import annotations

import collections
import io
import shutil
from datetime import date
from pathlib import Path

import pytest
import reader_documents as docs
from notice_fixtures import tesseract_or_skip

from notices import ErrorCode, NoticeError, parse_notice
from notices.readers import DocumentShape, decode_document, describe_document, ocr, ocr_layout


def _recovered(text: str) -> float:
    """Share of the notice's words OCR gave back exactly (diacritics included)."""
    expected = collections.Counter(docs.words())
    return sum((expected & collections.Counter(text.split())).values()) / expected.total()


def _check_notice(text: str) -> None:
    for phrase in docs.KEY_PHRASES:
        assert phrase in text, phrase
    assert text.splitlines()[:3] == [f"{a}\t{b}" for a, b in docs.HEADER]  # columns kept apart
    notice = parse_notice(text)
    assert (notice.doc_number, notice.issuer, notice.issued_date) == (
        "215/TB-UBND", "UBND huyện Hiệp Hòa", date(2023, 10, 20),
    )  # fmt: skip
    assert [(t.ref, t.lead, t.deadline) for t in notice.tasks] == docs.TASKS
    assert notice.signer == docs.SIGNER


def test_scanned_pdf_is_read_by_ocr(font_path: Path) -> None:
    """About a second: one A4 page scanned at 200 dpi."""
    tesseract_or_skip()
    scan = docs.scan_pdf(docs.text_pdf(font_path), dpi=200)
    assert describe_document(scan, "scan.pdf") == DocumentShape("scan", 1, True, 1)
    text = decode_document(scan, "scan.pdf")
    assert _recovered(text) >= 0.97
    _check_notice(text)


@pytest.mark.slow
def test_signed_scan_with_a_stamp_text_counts_as_a_scan(font_path: Path) -> None:
    tesseract_or_skip()
    stamp = "Ky boi: UBND huyen Hiep Hoa 20.10.2023"
    signed = docs.scan_pdf(docs.text_pdf(font_path), dpi=200, stamp=stamp)
    assert describe_document(signed, "signed.pdf").needs_ocr
    text = decode_document(signed, "signed.pdf")
    assert _recovered(text) >= 0.95
    for phrase in docs.KEY_PHRASES:
        assert phrase in text


@pytest.mark.slow
def test_phone_photo_is_turned_upright_and_read(font_path: Path) -> None:
    tesseract_or_skip()
    photo = docs.phone_jpeg(docs.text_pdf(font_path))
    assert describe_document(photo, "IMG_2041.jpg") == DocumentShape("image", 1, True, 1)
    text = decode_document(photo, "IMG_2041.jpg")
    assert _recovered(text) >= 0.95
    _check_notice(text)


@pytest.mark.slow
def test_text_layer_that_no_reading_repairs_is_refused_in_one_line(font_path: Path) -> None:
    """A text layer of nonsense (a font with a private code table) goes to OCR, since a page's
    glyphs are often right when the characters behind them are not; here the glyphs are the
    nonsense too, so the reader refuses instead of handing gibberish to the parser."""
    tesseract_or_skip()
    scramble = str.maketrans("aeioucdgnhtAEIOUCDGNHT", "ÆÇÈÉËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜ")
    pdf = docs.text_pdf(font_path, lambda line: line.translate(scramble))
    shape = describe_document(pdf, "x.pdf")
    assert (shape.kind, shape.needs_ocr) == ("scan", True)
    with pytest.raises(NoticeError) as raised:
        decode_document(pdf, "x.pdf")
    assert raised.value.code is ErrorCode.MOJIBAKE and "\n" not in raised.value.message


def test_tsv_lines_keep_the_header_columns_apart() -> None:
    """Tesseract's word boxes → lines: two blocks on one row joined by a tab, body lines in
    order, a wider gap between rows marking a paragraph."""
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\t" + (
        "left\ttop\twidth\theight\tconf\ttext"
    )
    rows = [
        (1, 1, 1, 100, 100, 150, 40, "ỦY"),
        (1, 1, 1, 260, 100, 120, 40, "BAN"),
        (2, 1, 1, 1200, 102, 200, 40, "CỘNG"),
        (2, 1, 1, 1410, 102, 150, 40, "HÒA"),
        (3, 1, 1, 100, 300, 120, 40, "Giao"),
        (3, 1, 1, 230, 300, 180, 40, "Phòng"),
        (3, 1, 2, 100, 350, 120, 40, "Nội"),
        (3, 1, 2, 230, 350, 60, 40, "vụ"),
        (3, 1, 3, 100, 400, 150, 40, "chủ"),
        (3, 1, 3, 260, 400, 80, 40, "trì."),
    ]
    tsv = "\n".join(
        [header]
        + [
            f"5\t1\t{b}\t{p}\t{ln}\t1\t{x}\t{y}\t{w}\t{h}\t95\t{text}"
            for b, p, ln, x, y, w, h, text in rows
        ]
    )
    assert ocr_layout.lines_from_tsv(tsv) == "ỦY BAN\tCỘNG HÒA\n\nGiao Phòng\nNội vụ\nchủ trì."


def test_missing_tesseract_names_the_packages(
    font_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ocr.TESSERACT_ENV, raising=False)
    monkeypatch.setattr(shutil, "which", lambda name, *args, **kwargs: None)
    scan = docs.scan_pdf(docs.text_pdf(font_path), dpi=100)
    for data, name in ((scan, "scan.pdf"), (docs.phone_jpeg(docs.text_pdf(font_path)), "a.jpg")):
        with pytest.raises(NoticeError) as raised:
            decode_document(data, name)
        assert raised.value.code is ErrorCode.MISSING_TOOL
        message = raised.value.message
        assert "tesseract-ocr" in message and "tesseract-ocr-vie" in message
        assert "apt-get install" in message and "\n" not in message
    # everything else still reads
    assert "Phòng Nội vụ chủ trì" in decode_document(docs.text_pdf(font_path), "a.pdf")


def test_tesseract_without_the_vietnamese_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\necho 'List of available languages (2):'\necho eng\necho osd\n")
    fake.chmod(0o755)
    monkeypatch.setenv(ocr.TESSERACT_ENV, str(fake))
    with pytest.raises(NoticeError) as raised:
        ocr.tesseract_path()
    assert (
        raised.value.code is ErrorCode.MISSING_TOOL and "tesseract-ocr-vie" in raised.value.message
    )


def test_too_many_scanned_pages_are_refused_before_any_ocr() -> None:
    from PIL import Image

    pages = [Image.new("L", (200, 280), 255) for _ in range(ocr.MAX_OCR_PAGES + 1)]
    buffer = io.BytesIO()
    pages[0].save(buffer, format="PDF", save_all=True, append_images=pages[1:], resolution=24)
    data = buffer.getvalue()
    shape = describe_document(data, "long.pdf")
    assert (shape.kind, shape.pages, shape.ocr_pages) == ("scan", 31, 31)
    assert shape.progress_line == "Đang đọc bản scan 31 trang (nhận dạng chữ), xin chờ…"
    with pytest.raises(NoticeError) as raised:
        decode_document(data, "long.pdf")
    assert raised.value.code is ErrorCode.TOO_LARGE and "30 trang" in raised.value.message


def test_describe_document_is_cheap_and_says_what_is_coming(font_path: Path) -> None:
    text_pdf = docs.text_pdf(font_path)
    assert describe_document(text_pdf, "a.pdf") == DocumentShape("pdf", 1, False)
    assert describe_document(text_pdf, "a.pdf").progress_line is None
    assert describe_document(docs.notice_docx(), "a.docx").kind == "docx"
    assert describe_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a.doc").progress_line == (
        "Đang chuyển tệp Word cũ (.doc), xin chờ trong giây lát…"
    )
    assert describe_document(docs.phone_jpeg(text_pdf), "a.jpg").progress_line == (
        "Đang đọc ảnh chụp văn bản (nhận dạng chữ), xin chờ trong giây lát…"
    )
    assert describe_document("Thông báo".encode(), "a.txt") == DocumentShape("text", 0, False)
    assert describe_document(b"%PDF-1.4 broken", "a.pdf").kind == "pdf"  # the read says why
    mixed = DocumentShape("scan", pages=5, needs_ocr=True, ocr_pages=2)
    assert mixed.progress_line == (
        "Đang đọc tệp PDF 5 trang, trong đó 2 trang là bản scan (nhận dạng chữ), xin chờ…"
    )


def test_a_text_pdf_in_english_is_read_not_sent_to_ocr() -> None:
    """Not Vietnamese is not gibberish: the reader passes it on and the parser says what it
    finds; only legacy-font letters or unmappable characters count as unreadable."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    sentence = "The committee reviewed the quarterly report and agreed on the next steps."
    for _ in range(6):
        pdf.cell(0, 7, sentence, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    assert describe_document(data, "en.pdf") == DocumentShape("pdf", 1, False)
    assert sentence in decode_document(data, "en.pdf")


def test_text_starting_like_a_bitmap_is_still_text() -> None:
    data = "BM01 - Biểu mẫu theo dõi việc thực hiện kết luận".encode()
    assert describe_document(data, "bm.txt").kind == "text"
    assert decode_document(data, "bm.txt").startswith("BM01 - Biểu mẫu")


def test_pdfs_read_from_several_threads_at_once(font_path: Path) -> None:
    """The chat reads uploads in worker threads; pdfium is not thread-safe, so every call to it
    goes through one lock: concurrent reads all come back whole."""
    from concurrent.futures import ThreadPoolExecutor

    from notices.readers import legacy

    files = [docs.text_pdf(font_path), docs.text_pdf(font_path, legacy.to_tcvn3)] * 6

    def read(data: bytes) -> tuple[str, str]:
        return describe_document(data, "a.pdf").kind, decode_document(data, "a.pdf")

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(read, files))
    assert {kind for kind, _ in results} == {"pdf"}
    assert all("Phòng Nội vụ chủ trì" in text for _, text in results)


def _fake_tesseract(tmp_path: Path, body: str) -> Path:
    """A stand-in `tesseract` with the Vietnamese model listed, doing `body` when asked to read."""
    fake = tmp_path / "tesseract"
    fake.write_text(
        '#!/bin/sh\nif [ "$1" = "--list-langs" ]; then echo List; echo vie; exit 0; fi\n'
        + body
        + "\n"
    )
    fake.chmod(0o755)
    return fake


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        # Hangs only when reading: the orientation script (`-l osd`, asked about a blank page)
        # answers at once with nothing, as it does for a page it cannot place, so the test waits
        # for the page timeout it is about and not for the sleep.
        ('case "$*" in *"-l osd"*) exit 0;; esac; exec sleep 30', "quá lâu"),
        ("echo broken >&2; exit 1", "Không nhận dạng được chữ"),
    ],
    ids=["hangs", "fails"],
)
def test_a_page_tesseract_cannot_read_gives_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, phrase: str
) -> None:
    from PIL import Image

    monkeypatch.setenv(ocr.TESSERACT_ENV, str(_fake_tesseract(tmp_path, body)))
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT_S", 0.3)
    photo = io.BytesIO()
    Image.new("L", (300, 400), 255).save(photo, format="PNG")
    with pytest.raises(NoticeError) as raised:
        decode_document(photo.getvalue(), "a.png")
    assert raised.value.code is ErrorCode.UNREADABLE
    assert phrase in raised.value.message and "\n" not in raised.value.message


@pytest.mark.slow
def test_pdf_with_text_pages_and_a_scanned_page(font_path: Path) -> None:
    """A text notice with its signed last page scanned: the text pages are read from the text
    layer, only the scanned page by OCR."""
    import pypdfium2 as pdfium

    text_pdf = docs.text_pdf(font_path)
    combined = pdfium.PdfDocument(text_pdf)
    combined.import_pages(pdfium.PdfDocument(docs.scan_pdf(text_pdf, dpi=200)))
    buffer = io.BytesIO()
    combined.save(buffer)
    combined.close()
    data = buffer.getvalue()
    shape = describe_document(data, "mixed.pdf")
    assert (shape.kind, shape.pages, shape.ocr_pages) == ("scan", 2, 1)
    assert shape.progress_line and "2 trang, trong đó 1 trang là bản scan" in shape.progress_line
    text = decode_document(data, "mixed.pdf")
    assert text.count("Phòng Nội vụ chủ trì") == 2


@pytest.mark.slow
def test_multi_page_tiff_from_a_scanner(font_path: Path) -> None:
    from PIL import Image

    tesseract_or_skip()
    page = docs.page_image(docs.text_pdf(font_path), 200)
    assert isinstance(page, Image.Image)
    buffer = io.BytesIO()
    page.save(buffer, format="TIFF", save_all=True, append_images=[page])
    data = buffer.getvalue()
    shape = describe_document(data, "scan.tif")
    assert (shape.kind, shape.pages) == ("image", 2)
    assert shape.progress_line == "Đang đọc ảnh scan 2 trang (nhận dạng chữ), xin chờ…"
    assert decode_document(data, "scan.tif").count("chậm nhất ngày 27/10/2023") == 2


@pytest.mark.slow
def test_page_pdfminer_cannot_map_is_read_from_its_glyphs(
    font_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pdfminer gives "(cid:12)" for a font without a Unicode map even where pdfium found text:
    such a page goes to OCR instead of the parser. (The boundary is faked: pdfminer's output.)"""
    from notices.readers import pdf_reader

    tesseract_or_skip()
    monkeypatch.setattr(
        pdf_reader, "_page_text", lambda page, above=None: ("(cid:12)(cid:40) (cid:7)" * 20, None)
    )
    text = decode_document(docs.text_pdf(font_path), "a.pdf")
    assert "(cid:" not in text and "Phòng Nội vụ chủ trì" in text


def test_a_scanners_ocr_layer_without_vietnamese_marks_is_read_again(font_path: Path) -> None:
    """An office scanner's own OCR ("CONG HOA XA HOI CHU NGHIA", every mark lost) hides the
    page from the reader: the page is read from its image with the Vietnamese model."""
    lines = docs.plain_text().split("\n")
    scanned = docs.with_ocr_layer(docs.scan_pdf(docs.text_pdf(font_path), dpi=200), lines)
    assert describe_document(scanned, "scan.pdf").needs_ocr
    tesseract_or_skip()
    text = decode_document(scanned, "scan.pdf")
    for phrase in docs.KEY_PHRASES:
        assert phrase in text


def test_a_born_digital_pdf_without_marks_keeps_its_text_layer(font_path: Path) -> None:
    """No image under the words: text typed without marks is what the document says, not a
    scanner's failed OCR — it is read as it is (the parser says what it finds)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for _ in range(12):
        pdf.cell(
            0,
            6,
            "Giao Phong Noi vu chu tri ra soat quy che lam viec",
            new_x="LMARGIN",
            new_y="NEXT",
        )
    plain = bytes(pdf.output())
    assert not describe_document(plain, "plain.pdf").needs_ocr
    assert "Giao Phong Noi vu chu tri" in decode_document(plain, "plain.pdf")
