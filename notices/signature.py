"""The signature block: the signer's name and the ALL-CAPS title lines above it."""

from __future__ import annotations

import re

from notices.text import canonical_tone

_TITLE_WORD = re.compile(
    r"\b(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|PHÓ|BÍ THƯ|CHÁNH|THỦ TƯỚNG|BỘ TRƯỞNG|ỦY VIÊN|UỶ VIÊN|THƯ KÝ"
    r"|TỔNG|HIỆU TRƯỞNG|THỦ TRƯỞNG|BAN|ỦY BAN|UỶ BAN)\b|\b(?:TM|KT|TL|TUQ|Q)\.|T/M\b"
)
_PREFIX = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\.|^T/M\b")
_NOT_NAME = re.compile(
    r"^\(?\s*(?:đã ký|ký tên|chữ ký số|ký, ghi rõ|ký và đóng dấu|ký số|signed)\b|^\[.*\]$"
    r"|^(?:Nơi nhận|Bản điện tử|Lưu\b)|^[-+•]",
    re.IGNORECASE,
)
_END_OF_BODY = re.compile(r"^(?:Nơi nhận|Bản điện tử)", re.IGNORECASE)


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def find_signature(lines: list[str]) -> tuple[str | None, str | None]:
    """(signer, signer title) from the end of the document; titles keep their prefixes."""
    start = next(
        (i for i, line in enumerate(lines) if _END_OF_BODY.match(line)), len(lines) * 3 // 5
    )
    start = min(start, max(0, len(lines) - 60))
    tail = lines[start:]
    best: tuple[int, int] | None = None
    index = 0
    while index < len(tail):
        if tail[index] and _is_caps(tail[index]) and not _NOT_NAME.match(tail[index]):
            end = index
            while end < len(tail) and tail[end] and _is_caps(tail[end]):
                end += 1
            run = tail[index:end]
            if any(_TITLE_WORD.search(line) for line in run) and (
                len(run) > 1 or _PREFIX.match(run[0]) or _TITLE_WORD.search(run[0])
            ):
                best = (index, end)
            index = end
        else:
            index += 1
    if best is None:
        return None, None
    title = " ".join(tail[best[0] : best[1]])
    for line in tail[best[1] :]:
        if not line or _NOT_NAME.match(line):
            continue
        return _as_name(line), title
    return None, title


def _as_name(line: str) -> str | None:
    words = line.replace("*", "").split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in line):
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    if _is_caps(line):
        words = [w.capitalize() for w in words]
    return canonical_tone(" ".join(words))
