"""Text-layer PDF → text. Lines are rebuilt from word positions so a two-column header ("ỦY BAN
NHÂN DÂN" left, "CỘNG HÒA XÃ HỘI…" right) keeps its columns apart (a tab marks the gap)."""

from __future__ import annotations

import io
import itertools
import statistics
from typing import Any

from notices.errors import ErrorCode, NoticeError

_COLUMN_GAP = 28.0  # points; word spacing in justified body text stays well below this
_MAX_PAGES = 300


def read_pdf(data: bytes) -> str:
    import pdfplumber

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
    pages: list[str] = []
    try:
        with pdf:
            if len(pdf.pages) > _MAX_PAGES:
                raise NoticeError(
                    ErrorCode.TOO_LARGE, f"Tệp PDF quá dài (hơn {_MAX_PAGES} trang)."
                )
            for page in pdf.pages:
                pages.append(_page_text(page))
    except NoticeError:
        raise
    except Exception:
        raise NoticeError(
            ErrorCode.CORRUPT, "Tệp .pdf bị hỏng, không đọc được nội dung."
        ) from None
    text = "\n\n".join(p for p in pages if p.strip())
    if not text.strip():
        raise NoticeError(
            ErrorCode.NO_TEXT_LAYER,
            "Tệp PDF không có lớp chữ (có thể là bản scan): hãy gửi bản .docx hoặc PDF có chữ.",
        )
    return text


def _page_text(page: Any) -> str:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, y_tolerance=3)
    if not words:
        return ""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(float(w["top"])), float(w["x0"]))):
        if lines and abs(float(word["top"]) - float(lines[-1][0]["top"])) <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    tops = [float(line[0]["top"]) for line in lines]
    spacings = [b - a for a, b in itertools.pairwise(tops) if b > a]
    usual = statistics.median(spacings) if spacings else 0.0
    out: list[str] = []
    for index, line in enumerate(lines):
        if index and usual and tops[index] - tops[index - 1] > 1.6 * usual:
            out.append("")  # extra space between lines: a paragraph break
        line.sort(key=lambda w: float(w["x0"]))
        parts = [str(line[0]["text"])]
        for previous, word in itertools.pairwise(line):
            gap = float(word["x0"]) - float(previous["x1"])
            parts.append("\t" if gap > _COLUMN_GAP else " ")
            parts.append(str(word["text"]))
        out.append("".join(parts))
    return "\n".join(out)
