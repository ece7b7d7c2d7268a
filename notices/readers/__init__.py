"""File readers: .txt, .docx and text .pdf bytes → plain text. The only I/O in `notices`."""

from __future__ import annotations

import os

from notices.errors import ErrorCode, NoticeError
from notices.readers.docx_reader import read_docx
from notices.readers.pdf_reader import read_pdf
from notices.readers.txt_reader import decode_text

MAX_BYTES = 10 * 1024 * 1024

__all__ = ["MAX_BYTES", "decode_document", "read_document"]


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
    """Text of an uploaded document; the format is sniffed from the bytes, not the name."""
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    if not data.strip():
        raise NoticeError(ErrorCode.EMPTY, "Tệp rỗng: không có nội dung để đọc.")
    suffix = os.path.splitext(filename)[1].lower()
    head = data[:1024]
    if b"%PDF-" in head:
        return read_pdf(data)
    if data.startswith(b"PK\x03\x04"):
        return read_docx(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise NoticeError(
            ErrorCode.UNSUPPORTED,
            "Định dạng Word cũ (.doc) chưa được hỗ trợ: hãy lưu lại thành .docx hoặc .pdf.",
        )
    if data.startswith(b"{\\rtf"):
        raise NoticeError(
            ErrorCode.UNSUPPORTED, "Định dạng RTF chưa được hỗ trợ: hãy lưu lại thành .docx."
        )
    if suffix == ".pdf":
        raise NoticeError(ErrorCode.CORRUPT, "Tệp .pdf bị hỏng hoặc không đúng định dạng PDF.")
    if suffix == ".docx":
        raise NoticeError(ErrorCode.CORRUPT, "Tệp .docx bị hỏng hoặc không đúng định dạng Word.")
    return decode_text(data)


def _too_large(size: int) -> NoticeError:
    megabytes = f"{size / 1024 / 1024:.1f}".replace(".", ",")
    return NoticeError(
        ErrorCode.TOO_LARGE, f"Tệp quá lớn ({megabytes} MB): giới hạn là 10 MB mỗi văn bản."
    )
