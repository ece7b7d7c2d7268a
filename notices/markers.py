"""List markers that open notice items: "I.", "1.", "1.1.", "a)", "(1)", "1)", "-" bullets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum


class MarkerKind(IntEnum):
    SECTION = 0  # I., II., A.
    NUMBER = 1  # 1., 1.1., 1.1.1.
    PAREN = 2  # (1), 1), (a)
    LETTER = 3  # a), b), đ)
    BULLET = 4  # -, +, •


@dataclass(frozen=True, slots=True)
class Marker:
    kind: MarkerKind
    label: str  # "II", "1.2", "(1)", "a", "-"
    depth: int  # dotted depth for NUMBER ("1.2" -> 2), else 1
    length: int  # characters of the marker, spaces included


_UPPER_START = r"(?=[^\W\d_]|\*|\"|“|\()"
_MARKER = re.compile(
    # a resolution's "Điều 2. Giao …"; a regulation's "Điều 3: Văn phòng …" may take a colon
    r"(?:Điều|ĐIỀU)\s+(?P<article>\d{1,3})[.:]\s+(?=[A-ZĐÀ-Ỹ*])"
    r"|(?P<section>(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})(?<=[IVX])|[A-Z])\.\s+(?=[A-ZĐÀ-Ỹ])"
    # "_2.3. Giao …": an OCR speck before an item's number, as before a point's letter below
    r"|_?(?P<num>\d{1,2}(?:\.\d{1,2}){0,4})\.\s+"
    + _UPPER_START
    + r"|(?P<num_bare>\d{1,2}(?:\.\d{1,2}){1,4})\s+(?=[A-ZĐÀ-Ỹ])"
    # "1- Các đồng chí bí thư …", "2 - Đề nghị …": an older letter's numbers, with a hyphen
    r"|(?P<num_dash>\d{1,2})\s?[-–]\s+(?=[A-ZĐÀ-Ỹ])"
    r"|\((?P<paren>\d{1,2}|[a-zđ]|(?:viii|vii|vi|iv|ix|iii|ii|x))\)\s*"
    r"|(?P<paren_close>\d{1,2})\)\s+"
    # "_d) …": a speck OCR left before a point's letter (the "đ" of a scan, read apart)
    r"|_?(?P<letter>[a-zđ])[).]\s+"
    # "ø) Phối hợp …": a point's letter OCR read as a letter Vietnamese never writes ("g)")
    r"|(?P<misread>[øöüäåæçñß])\)\s+(?=[A-ZĐÀ-Ỹ])"
    r"|(?P<bullet>[-–—+•·▪●◦*~])\s+"  # "~": OCR of a dash
    # OCR of a dash at a line's start: "¬ Phối hợp …", "_ Tham mưu …", with a speck after an
    # underscore ("_ > Tham mưu …", "_ 7 Tham mưu …": a bare digit is no item number, which
    # takes "." or ")"), before a capitalised word; "_ %", "_ (", "_ ." are no dash
    r"|(?P<ocr_dash>¬|_(?:\s+[>»›\d])?)\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
    # "-Xây dựng Kế hoạch …": a dash typed without its space before a capitalised word
    r"|(?P<glued>[-–])(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\s)"
    # but not an article ("-Điều 1") or a place and date ("–Hà Nội, ngày 10 …") a dash ran into
    r"(?!Điều\s+\d)(?![^,\n]{0,40},\s*ngày\s)"
)


def find_marker(paragraph: str) -> Marker | None:
    """The marker opening a paragraph, or None for an unnumbered paragraph."""
    m = _MARKER.match(paragraph)
    if m is None:
        return None
    if m["article"]:
        return Marker(MarkerKind.SECTION, f"Điều {m['article']}", 1, m.end())
    if m["section"]:
        return Marker(MarkerKind.SECTION, m["section"], 1, m.end())
    rest = paragraph[m.end() :].rstrip()
    if m["num_dash"] and _short(rest) and not _names_its_work(rest):
        return None  # "17 – UBND huyện Sơn Động": a numbered list of names, no item
    if m["num"] or m["num_bare"] or m["num_dash"]:
        label = m["num"] or m["num_bare"] or m["num_dash"]
        return Marker(MarkerKind.NUMBER, label, label.count(".") + 1, m.end())
    if m["paren"]:
        return Marker(MarkerKind.PAREN, f"({m['paren']})", 1, m.end())
    if m["paren_close"]:
        return Marker(MarkerKind.PAREN, f"{m['paren_close']})", 1, m.end())
    if m["letter"]:
        return Marker(MarkerKind.LETTER, m["letter"], 1, m.end())
    if m["misread"]:
        return Marker(MarkerKind.LETTER, MISREAD_LETTER, 1, m.end())
    # "+" usually nests under "-": keep the character so the two bullet levels stay apart.
    if m["glued"] or m["ocr_dash"]:
        return Marker(MarkerKind.BULLET, "-", 1, m.end())
    label = {"+": "+", "•": "•", "·": "•", "▪": "•", "●": "•", "◦": "•", "*": "•"}.get(
        m["bullet"], "-"
    )
    return Marker(MarkerKind.BULLET, label, 1, m.end())


MISREAD_LETTER = "?"  # the label of a point whose letter OCR misread; its place names it
_POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"  # a decision's points: a) … đ) e) g) h), no f) or j)


def next_letter(previous: str | None) -> str:
    """The letter of the point after one lettered `previous` ("e" → "g"; "a" first)."""
    if previous is None or previous not in _POINT_LETTERS[:-1]:
        return "a" if previous is None else MISREAD_LETTER
    return _POINT_LETTERS[_POINT_LETTERS.index(previous) + 1]


def _names_its_work(text: str) -> bool:
    """A short item that names its body and that body's work ("3- Sở Tài chính bố trí kinh
    phí."), not a name alone ("3- Sở Xây dựng.")."""
    # imported here: assignees and imperatives import modules that import this one
    from notices.assignees import analyze
    from notices.imperatives import asks_work

    return bool(analyze(text).leads) and asks_work(text)


def _short(rest: str) -> bool:
    """A hyphen-numbered line too short to be an item by its length ("2- Sở Y tế dự họp.")."""
    return len(rest.split()) < 12 and not rest.endswith(":")


# What a numbered list of short "N- " lines is under: a directive ("Phân công cụ thể như sau:",
# "Giao nhiệm vụ:") gives work; a label ("Thành phần dự họp:", "Kết quả xếp loại …:", "Danh
# sách …:", "Lịch kiểm tra:") lists members, results or dates.
_DIRECTIVE = re.compile(
    r"(?<![^\W_])(?:giao|phân công|yêu cầu|đề nghị|chỉ đạo|nhiệm vụ|như sau)(?![^\W_])"
)
_LIST_LABEL = re.compile(
    r"(?:thành phần|kết quả|danh sách|lịch|số liệu|ý kiến|đại biểu|các đơn vị vắng)(?![^\W_])"
)
# "2- Sở Y tế dự họp. 3- UBND các huyện dự họp.": a short line that named no work was read on
# with the next one
_GLUED_DASH = re.compile(r"\s\d{1,2}\s?[-–]\s+[A-ZĐÀ-Ỹ]")


def list_markers(paragraphs: list[str]) -> list[Marker | None]:
    """`find_marker` of each paragraph, short "N- " lines decided a list at a time: they open
    items only under a directive ending with ":" (or at the body's start) when every line of
    the list names its body and work; else they are lines of the paragraph above."""
    from notices.text import match_form  # imported here, like _names_its_work's imports

    markers = [find_marker(p) for p in paragraphs]
    index = 0
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and _dash_number(paragraphs[end], markers[end]):
            end += 1
        if end == index:
            index += 1
            continue
        run = range(index, end)
        rests = [paragraphs[i][markers[i].length :].strip() for i in run]  # type: ignore[union-attr]
        listed = [_short(rest) or _GLUED_DASH.search(rest) is not None for rest in rests]
        if any(listed):
            parent = match_form(paragraphs[index - 1]).strip() if index else ""
            gives_work = not parent or (
                parent.endswith(":")
                and _DIRECTIVE.search(parent) is not None
                and _LIST_LABEL.match(parent) is None
            )
            if not gives_work or any(_GLUED_DASH.search(rest) for rest in rests):
                for i, line in zip(run, listed, strict=True):
                    if line:
                        markers[i] = None
        index = end
    return markers


def _dash_number(paragraph: str, marker: Marker | None) -> bool:
    m = _MARKER.match(paragraph)
    return marker is not None and m is not None and m["num_dash"] is not None
