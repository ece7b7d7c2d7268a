"""The one error type the notice library raises, with a one-line Vietnamese message."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Why a document was refused; callers branch on this, users read the message."""

    EMPTY = "empty"
    TOO_LARGE = "too_large"
    BINARY = "binary"
    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    NO_TEXT_LAYER = "no_text_layer"
    MOJIBAKE = "mojibake"
    UNKNOWN_ENCODING = "unknown_encoding"
    UNSUPPORTED = "unsupported"
    UNREADABLE = "unreadable"
    CLASSIFIED = "classified"
    MISSING_TOOL = "missing_tool"  # a system package (OCR, .doc converter) is not installed


class NoticeError(Exception):
    """A document the library cannot or must not read; `message` is shown to the user as is."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class ClassifiedNoticeError(NoticeError):
    """A notice stamped MẬT / TỐI MẬT / TUYỆT MẬT: refused before parsing (state-secret law)."""

    def __init__(self, stamp: str) -> None:
        super().__init__(
            ErrorCode.CLASSIFIED,
            f"Văn bản có dấu mật ({stamp}): theo Luật Bảo vệ bí mật nhà nước, "
            "hệ thống không tiếp nhận, lưu hay gửi văn bản mật.",
        )
        self.stamp = stamp
