"""File readers: .txt, .docx, .doc, PDF (text or scanned) and photos → plain text. The only I/O
in `notices`: files, and the system tools Tesseract (OCR) and LibreOffice (.doc)."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import Literal

from notices.errors import ErrorCode, NoticeError
from notices.readers import legacy, ocr
from notices.readers.doc_reader import read_doc, soffice_path
from notices.readers.docx_reader import image_pages, read_docx
from notices.readers.pdf_reader import plan_pdf, read_pdf
from notices.readers.txt_reader import decode_text

MAX_BYTES = 10 * 1024 * 1024

__all__ = ["MAX_BYTES", "DocumentShape", "decode_document", "describe_document", "read_document"]

Kind = Literal["text", "docx", "doc", "pdf", "scan", "image"]

_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"II*\x00",  # TIFF, little-endian (scanners)
    b"MM\x00*",  # TIFF, big-endian
)
# iPhone photos (HEIF/HEIC): Pillow cannot open them without a plugin, so they are named, not
# taken for binary junk.
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")
_UNREADABLE_WORD = NoticeError(
    ErrorCode.MOJIBAKE,
    "Chữ trong tệp Word bị lỗi phông mà hệ thống không chuyển được sang Unicode: hãy chuyển "
    "sang Unicode (Unikey: Ctrl+Shift+F6) hoặc gửi bản PDF.",
)


@dataclass(frozen=True, slots=True)
class DocumentShape:
    """What reading a document will involve, told before the (possibly slow) read."""

    kind: Kind
    pages: int  # PDF pages; 1 for an image (a multi-page TIFF: its pages); 0 when not counted
    needs_ocr: bool
    ocr_pages: int = 0

    @property
    def progress_line(self) -> str | None:
        """A line to say while a slow read runs; None for the fast kinds."""
        if self.kind == "image":
            if self.pages > 1:
                return f"Đang đọc ảnh scan {self.pages} trang (nhận dạng chữ), xin chờ…"
            return "Đang đọc ảnh chụp văn bản (nhận dạng chữ), xin chờ trong giây lát…"
        if self.kind == "doc":
            return "Đang chuyển tệp Word cũ (.doc), xin chờ trong giây lát…"
        if self.kind == "scan":
            if self.ocr_pages and self.ocr_pages < self.pages:
                return (
                    f"Đang đọc tệp PDF {self.pages} trang, trong đó {self.ocr_pages} trang là "
                    "bản scan (nhận dạng chữ), xin chờ…"
                )
            return f"Đang đọc bản scan {self.pages} trang (nhận dạng chữ), xin chờ…"
        return None


def describe_document(data: bytes, filename: str = "") -> DocumentShape:
    """Cheap look at a document (no OCR, no conversion) to tell the user what is coming."""
    if _is_image(data):
        pages = _image_pages(data)
        return DocumentShape("image", pages=pages, needs_ocr=True, ocr_pages=pages)
    if data.startswith(b"\xd0\xcf\x11\xe0") or (
        data.startswith(b"{\\rtf") and soffice_path() is not None
    ):
        return DocumentShape("doc", pages=0, needs_ocr=False)
    if data.startswith(b"PK\x03\x04"):
        scanned = image_pages(data)  # a scan pasted into Word: its page images are read by OCR
        if scanned:
            return DocumentShape("scan", pages=scanned, needs_ocr=True, ocr_pages=scanned)
        return DocumentShape("docx", pages=0, needs_ocr=False)
    if b"%PDF-" in data[:1024]:
        try:
            plan = plan_pdf(data)
        except NoticeError:
            return DocumentShape("pdf", pages=0, needs_ocr=False)  # the read will say why
        scanned = len(plan.ocr_pages)
        return DocumentShape(
            "scan" if scanned else "pdf", pages=plan.pages, needs_ocr=bool(scanned),
            ocr_pages=scanned,
        )  # fmt: skip
    return DocumentShape("text", pages=0, needs_ocr=False)


def read_document(path: str | os.PathLike[str]) -> str:
    """Text of the notice at `path`; NoticeError with a Vietnamese message when unreadable."""
    name = os.path.basename(os.fspath(path))
    try:
        size = os.stat(path).st_size
        if os.path.isdir(path):
            raise NoticeError(
                ErrorCode.UNREADABLE, f"«{name}» là thư mục, không phải tệp văn bản."
            )
        if size > MAX_BYTES:
            raise _too_large(size)
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise NoticeError(ErrorCode.UNREADABLE, f"Không tìm thấy tệp «{name}».") from None
    except PermissionError:
        raise NoticeError(ErrorCode.UNREADABLE, f"Không có quyền đọc tệp «{name}».") from None
    except OSError as exc:
        raise NoticeError(
            ErrorCode.UNREADABLE,
            f"Không đọc được tệp «{name}» ({exc.strerror or 'lỗi hệ thống'}).",
        ) from None
    return decode_document(data, name)


def decode_document(data: bytes, filename: str = "") -> str:
    """Text of an uploaded document; the format is sniffed from the bytes, not the name. Scans
    and photos are read by OCR and old .doc files converted: seconds, so call it off the event
    loop (`describe_document` says beforehand whether it will be slow)."""
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    if not data.strip():
        raise NoticeError(ErrorCode.EMPTY, "Tệp rỗng: không có nội dung để đọc.")
    suffix = os.path.splitext(filename)[1].lower()
    head = data[:1024]
    if b"%PDF-" in head:
        return read_pdf(data)
    if data.startswith(b"PK\x03\x04"):
        return _readable_word(read_docx(data))
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return _readable_word(read_doc(data))
    if _is_image(data):
        return read_image(data)
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        raise NoticeError(
            ErrorCode.UNSUPPORTED,
            "Ảnh HEIC (iPhone) chưa đọc được: hãy gửi ảnh JPG, hoặc đặt máy ảnh ở định dạng "
            "«Tương thích nhất» rồi chụp lại.",
        )
    if data.startswith(b"{\\rtf"):
        if soffice_path() is None:
            raise NoticeError(
                ErrorCode.UNSUPPORTED, "Định dạng RTF chưa được hỗ trợ: hãy lưu lại thành .docx."
            )
        return _readable_word(read_doc(data, ".rtf"))  # LibreOffice reads RTF as it reads .doc
    if suffix == ".pdf":
        raise NoticeError(ErrorCode.CORRUPT, "Tệp .pdf bị hỏng hoặc không đúng định dạng PDF.")
    if suffix == ".docx":
        raise NoticeError(ErrorCode.CORRUPT, "Tệp .docx bị hỏng hoặc không đúng định dạng Word.")
    return decode_text(data)


def read_image(data: bytes) -> str:
    """A photo or scanned image of a notice → text by OCR; every page of a multi-page TIFF (a
    scanner's output), up to the OCR page limit."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    tesseract = ocr.tesseract_path()
    pages: list[str] = []
    try:
        with Image.open(io.BytesIO(data)) as opened:
            count = getattr(opened, "n_frames", 1)
            if count > ocr.MAX_OCR_PAGES:
                raise NoticeError(
                    ErrorCode.TOO_LARGE,
                    f"Tệp ảnh có {count} trang: hệ thống chỉ đọc bản scan tối đa "
                    f"{ocr.MAX_OCR_PAGES} trang, hãy gửi bản .docx hoặc PDF có chữ.",
                )
            for number, frame in enumerate(ImageSequence.Iterator(opened), start=1):
                frame.load()
                image = ocr.prepare_photo(frame, tesseract=tesseract)
                pages.append(ocr.read_turning_back(image, tesseract=tesseract, page=number))
    except (  # Pillow's decoders raise these for damaged or hostile files
        UnidentifiedImageError,
        OSError,
        ValueError,
        SyntaxError,
        EOFError,
        Image.DecompressionBombError,
    ):
        raise NoticeError(ErrorCode.CORRUPT, "Tệp ảnh bị hỏng, không mở được.") from None
    text = "\n\n".join(page for page in pages if page.strip())
    if not text.strip():
        raise NoticeError(
            ErrorCode.NO_TEXT_LAYER,
            "Không nhận dạng được chữ nào trong ảnh: hãy chụp thẳng, đủ sáng và rõ nét hơn.",
        )
    return text


def _image_pages(data: bytes) -> int:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as opened:
            return int(getattr(opened, "n_frames", 1))
    except Exception:  # a damaged image: the read will say so
        return 1


def _readable_word(text: str) -> str:
    if legacy.looks_unreadable([text]):
        raise _UNREADABLE_WORD
    return text


def _is_image(data: bytes) -> bool:
    if data.startswith(_IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return True
    # a Windows bitmap: "BM", the file size, four zero bytes ("BM01 - Biểu mẫu" is text)
    return data[:2] == b"BM" and data[6:10] == b"\x00\x00\x00\x00" and len(data) > 26


def _too_large(size: int) -> NoticeError:
    megabytes = f"{size / 1024 / 1024:.1f}".replace(".", ",")
    return NoticeError(
        ErrorCode.TOO_LARGE, f"Tệp quá lớn ({megabytes} MB): giới hạn là 10 MB mỗi văn bản."
    )
