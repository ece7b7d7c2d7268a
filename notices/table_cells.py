"""A task table's cells as text: a cell's words, the bodies a lead or partner cell lists, the
points of a work cell, and the Markdown bold marks a scrape leaves around them."""

from __future__ import annotations

import itertools
import re

from notices.name_kinds import assignee_start
from notices.text import fold_key


def cell_text(row: list[str], index: int) -> str:
    value = row[index] if index < len(row) else ""
    return " ".join(value.split()).strip(" .;")


# A paragraph that leaves its name unfinished: it ends on a joining word ("Sở Khoa học và"), or on
# a head noun that still needs its own name ("Ủy ban nhân dân", "Ban Quản lý", "Ban Chỉ huy").
_OPEN_END = re.compile(
    r"(?:\s(?:va|voi|cua|thuoc|tai)|[-–&,]|\b(?:nhan dan|quan ly|chi huy|chi dao|thuong truc"
    r"|thuong vu|dieu hanh|hoi dong|uy ban|ban|so|phong|van phong|trung tam|cong an|mat tran))$"
)


def _starts_body(part: str) -> bool:
    return assignee_start(part, part.lower(), 0) in ("org", "group")


def body_list(row: list[str], index: int) -> str:
    """A lead or partner cell whose bodies stand one a paragraph (a Word cell: "Sở Tài chính" /
    "Sở Nội vụ"): one list, a comma between them. A paragraph goes on the name above it unless
    it opens a body of its own ("Sở …", "UBND …", "các xã") after a name that is complete: a
    wrapped name ("Ban Quản lý" / "Khu kinh tế tỉnh", "Ủy ban nhân dân" / "Thành phố …") is one."""
    value = row[index] if index < len(row) else ""
    parts = [" ".join(part.split()) for part in value.split("\n")]
    parts = [body for part in parts for body in _slash_bodies(part)]
    out = ""
    for part in filter(None, parts):
        if out and not out.endswith((",", ";")) and _starts_body(part):
            out += " " if _OPEN_END.search(fold_key(out)) else ", "
        elif out:
            out += " "
        out += part
    return out.strip(" .;")


# "UBND địa phương/Sở Du lịch": two bodies share the cell, either of them leading ("Khoa/CTĐT",
# one word before the slash, is one unit's two names).
_SLASH = re.compile(r"\s*/\s*")


# "Văn phòng HĐND/UBND tỉnh": an office named by an abbreviation alone shares its head and its
# place with the piece after the slash, one office of two councils.
_SHARED_HEAD = re.compile(r"^Văn phòng\s+[A-ZĐ&]{2,}$")


def _slash_bodies(part: str) -> list[str]:
    pieces = _SLASH.split(part)
    if len(pieces) < 2 or any(len(piece.split()) < 2 for piece in pieces[:-1]):
        return [part]
    if any(_SHARED_HEAD.match(piece) for piece in pieces[:-1]):
        return [part]
    if any(later.startswith(first) for first, later in itertools.pairwise(pieces)):
        return [part]  # "Phòng Kinh tế/Phòng Kinh tế - Hạ tầng": one body's two names
    if not all(_starts_body(piece) for piece in pieces[1:]):
        return [part]
    return [f"{piece}," for piece in pieces[:-1]] + pieces[-1:]


# A point inside a cell: a line, or a dash point run into one line ("- Rà soát …; - Báo cáo …").
_CELL_POINT = re.compile(r"(?:^|(?<=\s))[-–•+]\s+(?=\S)")


def cell_points(value: str) -> list[str]:
    lines = [" ".join(line.split()).strip(" .;") for line in value.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) <= 1:
        text = lines[0] if lines else ""
        lines = _CELL_POINT.split(text) if _CELL_POINT.match(text) else [text]
    return [CELL_DASH.sub("", line).strip(" .;") for line in lines if line.strip(" .;-–•+")]


CELL_DASH = re.compile(r"^[-–—•+]\s*")
STRONG = re.compile(r"\*\*|__")


# A content cell this short ("Trao bằng", "Công bố điểm", "MC buổi lễ") is no sentence: a reader
# reads on into the row's next cells, and the task's text runs on with them as printed
# ("Trao bằng | BCN các khoa: CNTT, Điện – ĐT"), as the corpus labels a table's short rows.
_SHORT_CONTENT = 20


def run_on(content: str, row: list[str], index: int, skip: set[int]) -> str:
    """`content` (the cell at `index`) with the row's later cells after " | " when it is short;
    the cells in `skip` (the time, read apart as the deadline) are left out."""
    if len(content) >= _SHORT_CONTENT:
        return content
    later = [cell_text(row, i) for i in range(index + 1, len(row)) if i not in skip]
    return " | ".join([content, *filter(None, later)])
