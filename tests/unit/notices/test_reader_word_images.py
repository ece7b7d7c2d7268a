"""Word files whose body is only pasted page images (an office's scan put into Word): the images
are read by OCR as a scan's pages; a Word file with text keeps its text; the empty-document
message names the kind of file the user sent."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
import reader_documents as docs
from notice_fixtures import tesseract_or_skip

from notices import ErrorCode, NoticeError, parse_notice
from notices.readers import DocumentShape, decode_document, describe_document, ocr
from notices.readers.docx_reader import read_docx


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


@pytest.fixture(scope="module")
def word97(scanned_word: bytes) -> dict[str, bytes]:
    """The scanned Word file and an empty one saved as .doc by one LibreOffice start (each start
    takes seconds); skips when soffice is not installed."""
    done = docs.docx_to_docs(scanned_word, _word_with_images([]))
    if done is None:
        pytest.skip("LibreOffice (soffice) is not installed: no .doc to make or read")
    return dict(zip(("scanned", "empty"), done, strict=True))


def _check(text: str) -> None:
    for phrase in docs.KEY_PHRASES:
        assert phrase in text, phrase
    notice = parse_notice(text)
    assert notice.doc_number == "215/TB-UBND"
    assert [(t.ref, t.lead, t.deadline) for t in notice.tasks] == docs.TASKS


def test_docx_of_page_images_is_read_by_ocr(scanned_word: bytes) -> None:
    tesseract_or_skip()
    shape = describe_document(scanned_word, "scan.docx")
    assert shape == DocumentShape("scan", 1, True, 1)
    assert shape.progress_line == "Đang đọc bản scan 1 trang (nhận dạng chữ), xin chờ…"
    _check(decode_document(scanned_word, "scan.docx"))


@pytest.mark.slow
def test_doc_of_page_images_is_read_by_ocr(word97: dict[str, bytes]) -> None:
    tesseract_or_skip()
    _check(decode_document(word97["scanned"], "scan.doc"))


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
def test_empty_doc_names_doc(word97: dict[str, bytes]) -> None:
    with pytest.raises(NoticeError) as raised:
        decode_document(word97["empty"], "empty.doc")
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


# --- R11: pages counted before decoding, one page decoded at a time, the typed lines kept ---


def _fake_ocr(monkeypatch: pytest.MonkeyPatch, read: object = lambda image: "") -> list[object]:
    """OCR replaced: `read(image)` is a page's text; returns the sizes of the pages OCR was
    given (not the pages: they must be freed)."""
    seen: list[object] = []
    monkeypatch.setattr(ocr, "tesseract_path", lambda: "tesseract")
    monkeypatch.setattr(ocr, "prepare_photo", lambda image, **kwargs: image)

    def fake(image: object, *, tesseract: str, page: int = 1) -> str:
        seen.append(image.size)  # type: ignore[attr-defined]
        return read(image)  # type: ignore[operator, no-any-return]

    monkeypatch.setattr(ocr, "ocr_image", fake)
    return seen


def _no_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> str:
        raise AssertionError("nothing may be decoded or read by OCR here")

    for name in ("tesseract_path", "prepare_photo", "ocr_image"):
        monkeypatch.setattr(ocr, name, fail)


def _with_media(data: bytes, blob: bytes) -> bytes:
    """The .docx with every picture's bytes replaced by `blob` (names and types kept)."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            target.writestr(item, blob if item.filename.startswith("word/media/") else content)
    return out.getvalue()


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims `width`×`height` pixels, with no pixel data behind it."""
    import struct
    import zlib

    header = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunks = b""
    for body in (header, b"IDAT" + zlib.compress(b"\0" * 16), b"IEND"):
        chunks += struct.pack(">I", len(body) - 4) + body + struct.pack(">I", zlib.crc32(body))
    return b"\x89PNG\r\n\x1a\n" + chunks


def _read_error(data: bytes) -> NoticeError:
    with pytest.raises(NoticeError) as raised:
        read_docx(data)
    assert "\n" not in raised.value.message
    return raised.value


def test_more_pages_than_ocr_reads_are_refused_before_decoding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PIL import Image

    _no_ocr(monkeypatch)
    pages = [Image.new("L", (400 + n, 500), 255) for n in range(ocr.MAX_OCR_PAGES + 1)]
    data = _word_with_images(pages)  # each page a different picture (Word stores one once)
    assert _read_error(data).code is ErrorCode.TOO_LARGE
    # refused at once: no progress line announcing a 31-page scan
    shape = describe_document(data, "a.docx")
    assert shape == DocumentShape("docx", 0, False) and shape.progress_line is None


def test_a_picture_of_absurd_size_is_refused_before_decoding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PIL import Image

    _no_ocr(monkeypatch)
    data = _with_media(
        _word_with_images([Image.new("L", (400, 500), 255)]), _png_header(9000, 7000)
    )
    error = _read_error(data)
    assert error.code is ErrorCode.TOO_LARGE and "quá lớn" in error.message
    assert describe_document(data, "a.docx") == DocumentShape("docx", 0, False)


def test_pages_are_decoded_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page's decoded image is freed before the next page is decoded."""
    import gc
    import weakref

    from PIL import Image

    alive: list[weakref.ref[object]] = []

    def read(image: object) -> str:
        gc.collect()
        assert all(ref() is None for ref in alive), "an earlier page is still held"
        alive.append(weakref.ref(image))
        return f"trang {len(alive)}"

    _fake_ocr(monkeypatch, read)
    data = _word_with_images([Image.new("RGB", (400 + n, 500), "white") for n in range(3)])
    assert read_docx(data) == "trang 1\n\ntrang 2\n\ntrang 3"


def test_short_typed_text_counts_once_and_is_kept_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """A salutation (< 40 letters) above a pasted page: the progress check calls it a scan, as
    the reader does, and the typed line comes before the page's OCR text."""
    from PIL import Image

    _fake_ocr(monkeypatch, lambda image: "THÔNG BÁO\nCác đơn vị nộp báo cáo.")
    salutation = "Kính gửi: các tổ, khu phố"
    data = _word_with_images([Image.new("L", (1200, 1700), 255)], text=salutation)
    assert describe_document(data, "a.docx") == DocumentShape("scan", 1, True, 1)
    assert read_docx(data) == f"{salutation}\n\nTHÔNG BÁO\nCác đơn vị nộp báo cáo."


def test_typed_text_is_returned_when_the_picture_has_no_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PIL import Image

    _fake_ocr(monkeypatch)  # OCR finds nothing (a photo, a chart)
    line = "Họp tổ sáng thứ Ba 9/12."
    assert read_docx(_word_with_images([Image.new("L", (900, 700), 200)], text=line)) == line
    error = _read_error(_word_with_images([Image.new("L", (900, 700), 200)]))
    assert error.code is ErrorCode.NO_TEXT_LAYER and "rõ nét" in error.message


def test_text_box_beside_a_page_gets_one_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text boxes are not read as body text: the progress check and the reader both count
    only the text the reader keeps, so both call a page beside a text box a scan."""
    import docx
    from docx.oxml import parse_xml
    from PIL import Image

    seen = _fake_ocr(monkeypatch, lambda image: "THÔNG BÁO")
    document = docx.Document()
    box = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>Tổ dân phố số hai báo cáo tình hình an ninh trật tự trong tháng này."
        "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    document.add_paragraph()._p.append(parse_xml(box))
    buffer = io.BytesIO()
    document.save(buffer)
    data = _word_with_images([Image.new("L", (1200, 1700), 255)], base=buffer.getvalue())
    assert describe_document(data, "a.docx") == DocumentShape("scan", 1, True, 1)
    assert read_docx(data) == "THÔNG BÁO" and len(seen) == 1


def test_progress_check_is_cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    """A .docx without pictures is not opened; letters are counted up to 40 only."""
    import docx

    from notices.readers import docx_reader

    document = docx.Document()
    for _ in range(50):
        document.add_paragraph("Các phòng ban rà soát hồ sơ và báo cáo kết quả thực hiện.")
    buffer = io.BytesIO()
    document.save(buffer)
    calls: list[object] = []
    real = docx_reader.paragraph_text

    def counted(paragraph: object) -> str:
        calls.append(paragraph)
        return real(paragraph)

    monkeypatch.setattr(docx_reader, "paragraph_text", counted)
    assert docx_reader.typed_letters(document) == 40 and len(calls) == 1

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("a .docx without pictures must not be opened")

    monkeypatch.setattr(docx, "Document", no_open)
    assert describe_document(buffer.getvalue(), "a.docx") == DocumentShape("docx", 0, False)


# A placeable Windows Metafile header (a vector drawing; Pillow reads its size, 550×750).
_WMF = bytes.fromhex(
    "d7cdc69a000000000000f82a983aa0050000000000000100090000030c00000000000300000000000000"
)


def test_a_vector_drawing_is_no_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    _no_ocr(monkeypatch)
    data = _with_media(_word_with_images([Image.new("L", (550, 750), 255)]), _WMF)
    assert describe_document(data, "a.docx") == DocumentShape("docx", 0, False)
    assert _read_error(data).code is ErrorCode.EMPTY


def test_a_damaged_picture_is_called_damaged(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    _fake_ocr(monkeypatch)
    page = _png(Image.new("L", (1200, 1700), 255)).getvalue()
    data = _with_media(
        _word_with_images([Image.new("L", (1200, 1700), 255)]), page[:60] + bytes(500)
    )
    error = _read_error(data)
    assert error.code is ErrorCode.CORRUPT and "bị hỏng" in error.message
