"""The header table of a notice, in whatever shape a reader gave it: repaired lines, its columns.

A notice opens with a two-column table: the issuing body and the number on the left, the national
motto and the place-date line on the right. A .docx reader gives each cell as a block of lines, a
text PDF one visual line per line with a tab between the columns (which `clean_lines` turns into
separate lines), OCR the same with noise ("S6: 12/TB-UBND", "ngay 05 thang 8 nam 2025", "ỦY BAN
NHÂN DẦN", stray "|"), and pasted text the same with the tabs lost. This module gathers the
header's pieces (each line repaired and its merged columns split apart by notices.header_repair)
and the left column's lines naming the issuer (their capitals tidied by notices.header_caps); it
never reads beyond the header.
"""

from __future__ import annotations

import functools
import re

from notices.header_caps import (
    ORG_PHRASES,
    RUN_ON_SUBJECT,
    doc_type_prefix,
    is_noise_cell,
    mostly_upper,
    restore_org_words,
    tidy_caps,
)
from notices.header_repair import (
    CANONICAL_MOTTO,
    MOTTO,
    is_motto_start,
    is_right_column,
    repair,
)
from notices.text import fold

__all__ = [
    "HEAD_LINES",
    "RUN_ON_SUBJECT",
    "doc_type_prefix",
    "head_pieces",
    "is_noise_cell",
    "is_right_column",
    "organisation_lines",
    "repair",
    "tidy_caps",
]

HEAD_LINES = 40

# A number code in a cell of its own, after a bare "Số:" ("12/TB-UBND", "-TB/TU").
_CODE_ONLY = re.compile(r"^\d*\s*[-/]\s*[A-ZĐ]")
_STOP = re.compile(r"^(?:V/v|Về việc|Kính gửi|Căn cứ|Thực hiện)\b", re.IGNORECASE)
# "Luật số: 29/2018/QH14" and the type line "LUẬT" / "PHÁP LỆNH" of a law or an ordinance, which
# have no type code (notices.metadata): the header is over, the law's name follows
_LAW = re.compile(r"^\W*(?:LUẬT|PHÁP LỆNH)\W*$|^(?:Luật|Pháp lệnh|Lệnh)\s+số\s*:")
# A numbered section heading of the body text ("III. THỜI GIAN THỰC HIỆN", "V- TỔ CHỨC THỰC
# HIỆN", "2) Nhiệm vụ"; OCR reads "III" as "HI" or "Ill"): an extract without its header block
# opens with one, and no header cell opens with a numeral and its stop.
_SECTION_HEADING = re.compile(
    r"^\W{0,2}(?:[IVXL]{1,5}|H[IVl1]{1,3}|I[l1]{1,3}|\d{1,2})\s*[.\-–)]\s*\w"
)
_SKIP = re.compile(
    r"^\W*(?:TUYỆT |TỐI )?MẬT\W*$|^(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN)\W*$|^\W*$", re.IGNORECASE
)


def head_pieces(lines: list[str], limit: int = HEAD_LINES) -> list[str]:
    """The repaired column pieces of the first `limit` non-empty lines; "Số:" and a number code
    split by a tab are joined again."""
    return list(_head_pieces(tuple(line for line in lines[: limit * 3] if line), limit))


@functools.lru_cache(maxsize=64)
def _head_pieces(lines: tuple[str, ...], limit: int) -> tuple[str, ...]:
    pieces: list[str] = []
    for line in lines:
        # a header cell is short; a long line is running text, left as it is; rules or bars
        # inside a line join the cells of a header row that lost its breaks
        for cell in _ruled_cells(line):
            pieces.extend(repair(cell) if len(cell) <= _CELL_MAX else [cell])
        if len(pieces) >= limit:
            break
    pieces = _rejoin_wrapped(pieces)
    out: list[str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if piece == "Số:":
            follower = next(
                (j for j in range(index + 1, min(index + 3, len(pieces)))
                 if _CODE_ONLY.match(pieces[j])),
                None,
            )  # fmt: skip
            if follower is not None:
                out.append(f"Số: {pieces[follower]}")
                out.extend(pieces[index + 1 : follower])
                index = follower + 1
                continue
        out.append(piece)
        index += 1
    return tuple(out)


_CELL_MAX = 160
# "BỘ NÔNG NGHIỆP … ------- Số: 113/QĐ-BNN-KHCN |CỘNG HÒA … Hạnh phúc ------- Hà Nội, ngày …": a
# header table whose cells and rules a Word file or a paste ran into one paragraph.
_INNER_RULE = re.compile(r"\s+(?:-{4,}|_{4,}|={4,})\s+|\s+\|\s*")


def _ruled_cells(line: str) -> list[str]:
    """A long line cut at its inner rules and bars when each cut piece is cell-sized."""
    cells = [c.strip(" |") for c in _INNER_RULE.split(line)]
    cells = [c for c in cells if c]
    if len(cells) < 2 or any(len(c) > _CELL_MAX for c in cells):
        return [line]
    return cells


def _rejoin_wrapped(pieces: list[str]) -> list[str]:
    """A narrow cell wraps: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM", "ĐẢNG" / "CỘNG SẢN VIỆT
    NAM", "Hà Nội, ngày 28" / "tháng 11 năm 2025"; in a PDF a line of the other column may come
    in between, or share the continuation's line ("NỘI VIỆT NAM": the left column's "NỘI" and
    the motto's "VIỆT NAM"). A piece and one of the next two are joined when together they make
    the motto or the place-date; what the follower had before the continuation stays."""
    out = list(pieces)
    index = 0
    while index < len(out):
        if len(out[index]) > 60:
            index += 1
            continue
        first = fold(out[index])
        partial_motto = is_motto_start(first) and not any(p.match(first) for p, _ in MOTTO)
        partial_date = re.search(r"\bngay\b", first) and not re.search(r"\b(?:19|20)\d\d\b", first)
        if partial_motto or partial_date:
            _join_continuation(out, index)
        index += 1
    return out


def _join_continuation(out: list[str], index: int) -> None:
    for follower in range(index + 1, min(index + 3, len(out))):
        words = out[follower].split()
        for cut in range(len(words)):
            joined = repair(f"{out[index]} {' '.join(words[cut:])}")
            if len(joined) == 1 and (joined[0] in CANONICAL_MOTTO or is_right_column(joined[0])):
                out[index] = joined[0]
                if cut:
                    out[follower] = " ".join(words[:cut])
                else:
                    del out[follower]
                return


def organisation_lines(lines: list[str]) -> list[str]:
    """The left column's ALL-CAPS lines that name the issuing body, top to bottom, repaired:
    ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ"]. They end at the
    number, the type line, the subject line or the first line of running text."""
    out: list[str] = []
    skipped = 0
    dated = False
    for piece in head_pieces(lines, limit=16):
        if is_right_column(piece) and _DATED.search(fold(piece)):
            dated = True
        if _SKIP.match(piece) or is_right_column(piece) or is_noise_cell(piece):
            continue
        if piece.startswith("Số:") or _STOP.match(piece) or doc_type_prefix(piece) is not None:
            break
        if _LAW.match(piece):
            break
        if _SECTION_HEADING.match(piece):
            break  # "III. TỔ CHỨC THỰC HIỆN": a text's numbered section, never a body's name
        piece = tidy_caps(piece)
        if not piece:
            continue
        if not mostly_upper(piece) or len(piece) > 90:
            if out and (len(piece) > 40 or skipped == 2):
                break  # running text: the header is over
            skipped += 1 if out else 0  # a short line of garbage OCR made of the motto
            continue
        piece = restore_org_words(piece)
        if fold(piece).startswith("cua "):
            # "GIẢI TRÌNH BỔ SUNG THEO CHỈ ĐẠO / CỦA PHÓ CHỦ TỊCH …": a title and its "of whom";
            # the line above is the title's unless it names a body
            if out and not fold(out[-1]).startswith(_BODY_HEADS):
                out.pop()
            break
        if dated and out and fold(piece).startswith(_TITLE_HEADS):
            break  # "PHÂN CÔNG NHIỆM VỤ": after the place-date a title's opening, not a unit
        if out and _wrapped(out[-1], piece):
            out[-1] = f"{out[-1]} {piece}"  # "VĂN PHÒNG CHÍNH" / "PHỦ": a narrow cell wrapped
            continue
        out.append(piece)
        if len(out) == 4:
            break
    return out


_DATED = re.compile(r"\bngay\b.*\b(?:19|20)\d\d\b")
# How a title with no type word opens ("PHÂN CÔNG NHIỆM VỤ", "DANH SÁCH …", "CÁC THÀNH VIÊN …"):
# after the place-date such a line is the title block's. Any other caps line there is the left
# column's unit read after the right column ("ĐIỆN LỰC HẢI ĐĂNG", "LỮ ĐOÀN 454", "BCH ĐOÀN …").
_TITLE_HEADS = tuple(
    fold(head)
    for head in (
        "phân công", "danh sách", "các ", "những ", "lịch ", "quy chế", "quy định", "kết luận",
        "nội dung", "chương trình", "kế hoạch", "thông báo", "v/v", "về việc", "về ",
    )
)  # fmt: skip
# How a body's name (or its level line) opens.
_BODY_HEADS = tuple(
    fold(head)
    for head in (
        "ủy ban", "uỷ ban", "ubnd", "hđnd", "hội", "liên", "đảng", "đoàn", "công ty", "tổng",
        "chi", "ngân hàng", "bảo hiểm", "bhxh", "bệnh viện", "học viện", "đại học", "tòa",
        "toà", "viện", "kho bạc", "ban", "bộ", "quỹ", "tổ ", "đội", "hạt", "mặt trận",
        "thường trực", "cảnh sát", "công an", "quân", "trạm", "kbnn", "sở", "phòng", "cục",
        "vụ", "trường", "trung tâm", "văn phòng", "thanh tra", "tỉnh", "huyện", "thành",
        "thị", "quận", "xã", "phường", "đặc khu", "nhà", "hợp tác xã", "câu lạc bộ", "tạp chí",
        "báo", "đài", "chính phủ", "thủ tướng", "ủy", "uỷ", "mttq", "ub", "hđ",
    )
)  # fmt: skip
# Two-word phrases a narrow header cell may wrap in the middle of.
_UNBREAKABLE = frozenset(
    {key for key in ORG_PHRASES if key.count(" ") >= 1}
    | {"chinh phu", "nhan dan", "nha nuoc", "viet nam", "dau tu", "ke hoach", "tai chinh"}
)


_HEAD_WORDS = frozenset({"so", "bo", "ban", "phong", "cuc", "vu", "vien", "truong", "doan"})


def _wrapped(previous: str, piece: str) -> bool:
    """The piece continues the line above: one word alone, or a phrase cut in two."""
    words = piece.split()
    if len(previous.split()) == 1 and previous.isalpha():
        return True  # "SỞ" / "NỘI VỤ": a head word alone is no body yet
    if len(words) == 1 and words[0].isalpha() and fold(words[0]) not in _HEAD_WORDS:
        return True  # "VĂN PHÒNG CHÍNH" / "PHỦ"
    if previous.endswith((" VÀ", "-", "–", ",", "&")) or piece.startswith(("VÀ ", "- ", "& ")):
        return True  # "BỘ GIÁO DỤC VÀ" / "ĐÀO TẠO"
    seam = fold(f"{previous.split()[-1]} {words[0]}")
    return any(f" {seam} " in f" {key} " for key in _UNBREAKABLE)
