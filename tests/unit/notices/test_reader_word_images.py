"""Word files whose body is only pasted page images (an office's scan put into Word): the images
are read by OCR as a scan's pages; a Word file with text keeps its text; the empty-document
message names the kind of file the user sent."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
import reader_documents as docs

from notices import ErrorCode, NoticeError, parse_notice
from notices.readers import DocumentShape, decode_document, describe_document, ocr
from notices.readers.docx_reader import read_docx


def _tesseract_or_skip() -> None:
    try:
        ocr.tesseract_path()
    except NoticeError:
        pytest.skip(
            "tesseract is not installed with its Vietnamese model: install the Debian packages "
            "tesseract-ocr and tesseract-ocr-vie to run the OCR tests"
        )


def _png(image: object) -> io.BytesIO:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")  # type: ignore[attr-defined]
    buffer.seek(0)
    return buffer


def _word_with_images(images: list[object], text: str = "", base: bytes | None = None) -> bytes:
    import docx
    from docx.shared import Cm

    document = docx.Document(io.BytesIO(base)) if base else docx.Document()
    if text:
        document.add_paragraph(text)
    for image in images:
        document.add_picture(_png(image), width=Cm(18))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def scanned_word(font_path: Path) -> bytes:
    """The notice printed, scanned at 200 dpi and pasted into Word as one picture."""
    return _word_with_images([docs.page_image(docs.text_pdf(font_path), 200)])


def _check(text: str) -> None:
    for phrase in docs.KEY_PHRASES:
        assert phrase in text, phrase
    notice = parse_notice(text)
    assert notice.doc_number == "215/TB-UBND"
    assert [(t.ref, t.lead, t.deadline) for t in notice.tasks] == docs.TASKS


def test_docx_of_page_images_is_read_by_ocr(scanned_word: bytes) -> None:
    _tesseract_or_skip()
    shape = describe_document(scanned_word, "scan.docx")
    assert shape == DocumentShape("scan", 1, True, 1)
    assert shape.progress_line == "Đang đọc bản scan 1 trang (nhận dạng chữ), xin chờ…"
    _check(decode_document(scanned_word, "scan.docx"))


@pytest.mark.slow
def test_doc_of_page_images_is_read_by_ocr(scanned_word: bytes) -> None:
    _tesseract_or_skip()
    doc = docs.docx_to_doc(scanned_word)
    if doc is None:
        pytest.skip("LibreOffice (soffice) is not installed: no .doc to make or read")
    _check(decode_document(doc, "scan.doc"))


def test_word_file_with_text_and_a_picture_stays_text(
    font_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_ocr(*args: object, **kwargs: object) -> str:
        raise AssertionError("a Word file with text must not be read by OCR")

    monkeypatch.setattr(ocr, "ocr_image", no_ocr)
    monkeypatch.setattr(ocr, "tesseract_path", no_ocr)
    page = docs.page_image(docs.text_pdf(font_path), 100)
    data = _word_with_images([page], base=docs.notice_docx())
    assert describe_document(data, "a.docx") == DocumentShape("docx", 0, False)
    _check(decode_document(data, "a.docx"))


def test_scan_with_a_page_number_is_still_a_scan(scanned_word: bytes) -> None:
    """A few letters (a page number, a caption) beside the page images do not make it text."""
    from PIL import Image

    data = _word_with_images([Image.new("L", (1200, 1700), 255)], text="Trang 1")
    assert describe_document(data, "a.docx") == DocumentShape("scan", 1, True, 1)


def test_missing_tesseract_names_the_packages(
    scanned_word: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ocr.TESSERACT_ENV, raising=False)
    monkeypatch.setattr(shutil, "which", lambda name, *args, **kwargs: None)
    with pytest.raises(NoticeError) as raised:
        decode_document(scanned_word, "scan.docx")
    assert raised.value.code is ErrorCode.MISSING_TOOL
    message = raised.value.message
    assert "tesseract-ocr" in message and "tesseract-ocr-vie" in message and "\n" not in message


def _empty_message(data: bytes, kind: str = ".docx") -> str:
    with pytest.raises(NoticeError) as raised:
        read_docx(data, kind)
    assert raised.value.code is ErrorCode.EMPTY
    message = raised.value.message
    assert "\n" not in message and "không có chữ" in message  # says why
    return message


def test_empty_word_file_names_the_kind_sent() -> None:
    from PIL import Image

    empty = _word_with_images([])
    assert _empty_message(empty).startswith("Tệp .docx không có nội dung văn bản")
    assert _empty_message(empty, ".doc").startswith("Tệp .doc không có nội dung văn bản")
    # a logo alone is no page to read
    logo = _word_with_images([Image.new("L", (120, 120), 0)])
    assert describe_document(logo, "a.docx") == DocumentShape("docx", 0, False)
    assert _empty_message(logo).startswith("Tệp .docx không")


@pytest.mark.slow
def test_empty_doc_names_doc() -> None:
    doc = docs.docx_to_doc(_word_with_images([]))
    if doc is None:
        pytest.skip("LibreOffice (soffice) is not installed: no .doc to make or read")
    with pytest.raises(NoticeError) as raised:
        decode_document(doc, "empty.doc")
    assert raised.value.code is ErrorCode.EMPTY
    assert raised.value.message.startswith("Tệp .doc không có nội dung văn bản")


def test_page_images_are_read_in_document_order_as_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each page picture is one OCR page, in the order the document shows them; a logo is
    skipped (OCR replaced by the picture's width, to see the order without Tesseract)."""
    from PIL import Image

    monkeypatch.setattr(ocr, "tesseract_path", lambda: "tesseract")
    monkeypatch.setattr(ocr, "prepare_photo", lambda image, **kwargs: image)
    seen: list[int] = []

    def fake_ocr(image: object, *, tesseract: str, page: int = 1) -> str:
        seen.append(page)
        return f"trang {image.width}"  # type: ignore[attr-defined]

    monkeypatch.setattr(ocr, "ocr_image", fake_ocr)
    sizes = [(1300, 1800), (100, 100), (1100, 1600), (1200, 1700)]
    data = _word_with_images([Image.new("L", size, 255) for size in sizes])
    assert describe_document(data, "a.docx") == DocumentShape("scan", 3, True, 3)
    assert read_docx(data) == "trang 1300\n\ntrang 1100\n\ntrang 1200"
    assert seen == [1, 2, 3]
