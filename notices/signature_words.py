"""The marks a signature block is read by: title words and prefixes, capitals, lines that are
no name, the filing line."""

from __future__ import annotations

import re

from notices.text import fold, nfc

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


# A signer's post whose tones OCR lost or changed: "CHU TỊCH", "CHỦ TICH", "CHANH VAN PHONG",
# "BỘ TRƯỜNG", "CỤC TRƯỜNG", "HIEU TRƯỜNG", "THU TƯƠNG", "GIAM ĐỘC". Read on the mark-free form,
# and only as a whole line that is the post alone: "TRƯỜNG ĐẠI HỌC …" (a seal's school),
# "MÔI TRƯỜNG" or "CHỦ TRƯƠNG …" name no post; a lone "TRƯỜNG" may be a school's seal.
_DAMAGED_TITLE = re.compile(
    r"^(?:pho\s+)?(?:chu\s+tich|giam\s+doc|chanh\s+van\s+phong|thu\s+tuong|bi\s+thu"
    r"|(?:bo|thu|cuc|hieu|vien)\s+truong|truong\s+(?:phong|ban|khoa))$"
)
_EDGE = re.compile(r"^[\W\d_]+|[\W\d_]+$")
# "TRƯƠNG PHONG", "Trương Khoa": the surname spelled right is a name, though it folds to the
# same "truong" as a damaged TRƯỞNG (read "TRƯỜNG", "TRUỞNG", "TRƯỚNG").
_SURNAME_TRUONG = re.compile(r"^TRƯƠNG\b", re.IGNORECASE)


def is_title(line: str) -> bool:
    """A title line of the signature block, also as OCR damaged its tones: a scan's "BỘ TRƯỜNG"
    (for TRƯỞNG) would otherwise leave the block with no title and the signer unread."""
    if TITLE_WORD.search(line):
        return True
    bare = _EDGE.sub("", line)
    if _SURNAME_TRUONG.match(nfc(bare)):
        return False
    return _DAMAGED_TITLE.match(" ".join(fold(bare).split())) is not None
