"""Plain-text bytes → str: UTF-8 (BOM or not), UTF-16, Windows-1258, and legacy TCVN3/VNI bytes
or double-encoded UTF-8 converted (`legacy.py`); mojibake that no reading repairs is refused."""

from __future__ import annotations

import codecs
import re
import unicodedata

from notices.errors import ErrorCode, NoticeError
from notices.readers import legacy

_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
# UTF-8 bytes read as Windows-1252 ("Hiá»‡p HoÃ "): a lead byte's letter, then a continuation.
_DOUBLE_UTF8 = re.compile(
    "[ÃÄÅÆáº][\u0080-\u00bf\u2010-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2122\u20ac]"
)
_MOJIBAKE = NoticeError(
    ErrorCode.MOJIBAKE,
    "Văn bản bị lỗi phông/mã hóa mà hệ thống không chuyển được sang Unicode: hãy mở bằng Word, "
    "chuyển sang Unicode (Unikey: Ctrl+Shift+F6) rồi gửi lại.",
)
_BINARY = NoticeError(
    ErrorCode.BINARY,
    "Tệp không phải văn bản (có vẻ là tệp nhị phân): hãy gửi tệp .txt, .docx hoặc .pdf.",
)


def decode_text(data: bytes) -> str:
    """Decode a .txt upload; NoticeError for binary data, unknown encodings and mojibake."""
    text = _decode(data)
    if _control_ratio(text) > 0.01:
        raise _BINARY
    if not text.strip():
        raise NoticeError(ErrorCode.EMPTY, "Tệp rỗng: không có nội dung để đọc.")
    text = _best_of(unicodedata.normalize("NFC", text), data)
    if looks_like_mojibake(text) or legacy.looks_unreadable([text]):
        raise _MOJIBAKE
    return text


def _best_of(text: str, data: bytes) -> str:
    """The decoded text, or its legacy reading: TCVN3/VNI bytes are Latin-1 characters, which a
    Windows-1258 decoding would have mangled, so those are read again from the bytes."""
    options = [text, legacy.repair_text(text)]
    if not data.isascii() and not _is_utf(data):
        latin = legacy.legacy_bytes_text(data)
        converted = legacy.repair_text(latin)
        if converted != latin:  # a legacy reading was found: it wins a tie ("kÕ" is not "kƠ")
            options.insert(0, converted)
    best = max(options, key=legacy.vietnamese_score)  # the first wins a tie
    return unicodedata.normalize("NFC", best)


def _is_utf(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if _utf16_without_bom(data):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    else:
        utf16 = _utf16_without_bom(data)
        if utf16:
            return _strict(data, utf16)
    if b"\x00" in data:
        raise _BINARY
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258")  # Vietnamese Windows code page; NFC composes its marks
    except UnicodeDecodeError:
        raise NoticeError(
            ErrorCode.UNKNOWN_ENCODING,
            "Không nhận ra bảng mã của tệp văn bản: hãy lưu lại dưới dạng UTF-8.",
        ) from None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _BINARY from None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_zero = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f")
    return controls / max(1, len(sample))


def looks_like_mojibake(text: str) -> bool:
    """UTF-8 read as cp1252, or TCVN3/VNI legacy-font bytes read as a Windows code page."""
    sample = text[:50000]
    letters = sum(1 for c in sample if c.isalpha()) or 1
    doubled = len(_DOUBLE_UTF8.findall(sample))
    if doubled >= 3 and doubled / letters > 0.003:
        return True
    strange = sum(1 for c in sample if _is_foreign(c))
    return strange >= 5 and strange / letters > 0.02


def _is_foreign(char: str) -> bool:
    """A Latin-1/Latin-A character that Vietnamese never uses ("©", "ª", "ä", "ø", "Ñ"…)."""
    code = ord(char)
    # a no-break space (Word's and web pages' layout) is a space, not a legacy font's letter
    if code < 0x80 or code > 0x24F or char.isspace() or char in "đĐðÐ«»°·":
        return False
    decomposed = unicodedata.normalize("NFD", char)
    vietnamese_vowel = decomposed[0] in "aeiouyAEIOUY" and len(decomposed) > 1
    return not (vietnamese_vowel and all(m in _MARKS for m in decomposed[1:]))
