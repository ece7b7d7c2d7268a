"""The marks a signature block is read by: title words and prefixes, capitals, lines that are
no name, the filing line."""

from __future__ import annotations

import re

TITLE_WORD = re.compile(
    r"\b(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|PHÓ|BÍ THƯ|CHÁNH|THỦ TƯỚNG|BỘ TRƯỞNG|ỦY VIÊN|UỶ VIÊN|THƯ KÝ"
    r"|TỔNG|THỐNG ĐỐC|HIỆU TRƯỞNG|THỦ TRƯỞNG|BAN|ỦY BAN|UỶ BAN|CHỦ TRÌ|CHỦ TỌA|CHỦ TOẠ|CHỦ NHIỆM"
    r"|NGƯỜI GHI BIÊN BẢN|THẨM PHÁN|KIỂM SÁT VIÊN)\b|\b(?:TM|KT|TL|TUQ|Q)\.|T/M\b"
    # OCR's "GIÁM ĐÓC", "GIAM ĐỌC", "IÁM ĐÓC" of a scanned signature block
    r"|\bG?I[AÁÀẢẠ]M\s+[ĐD][OÓỌÔỐ]C\b"
)
PREFIX = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\.|^[TK]/[MT]\b")
NOT_NAME = re.compile(
    r"^\(?\s*(?:đã ký|ký tên|chữ ký số|ký, ghi rõ|ký và đóng dấu|ký số|signed)\b|^\[.*\]$"
    r"|^(?:Nơi nhận|Bản điện tử|Lưu\s*(?::|\s+(?:VT|VP|HS)\b))|^[-+•]",
    re.IGNORECASE,
)
FILING = re.compile(r"^\W*(?:z\s+)?[lk]uu\b")


def is_caps(line: str) -> bool:
    if len(line) > 120:  # a title line is short; running text is not worth counting
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
