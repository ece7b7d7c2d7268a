"""Cleaned lines into paragraphs: soft-wrapped lines joined, page breaks rejoined, then the
breaks a reader lost inside a paragraph put back (notices.inline_breaks)."""

from __future__ import annotations

import itertools
import re

from notices.inline_breaks import split_addressee, split_inline_items
from notices.lines import TERMINAL

# "**1.****" then "**Trên cơ sở tài liệu …": a number set in bold on a line (or in a Word
# paragraph) of its own belongs to the text after it, as does a dash point's "-" that a scrape
# left alone on its line ("-" then "Phân công, chỉ đạo …").
_BARE_MARKER = re.compile(r"^(?:(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]|[-–+•])$")

# A digital signature stamp printed across the page ("Ký bởi: CÔNG BÁO …" / "Cơ quan: …" /
# "Ngày ký: 2026-05-25 08:00:52 +07:00") and a gazette's running head ("CÔNG BÁO/Số 283/Ngày
# 25-05-2026") are no part of the text they interrupt: they become a break.
_STAMP_OPENS = re.compile(r"^\W*(?:Ký|Người\s+ký)\s+bởi\s*:|^\W*Người\s+ký\s*:", re.IGNORECASE)
_STAMP_FIELD = re.compile(
    r"^\W*(?:Email|E-mail|Cơ\s+quan|Chức\s+vụ|Thời\s+gian(?:\s+ký)?|Ngày\s+ký)\s*:", re.IGNORECASE
)
_RUNNING_HEAD = re.compile(
    r"^\s*CÔNG\s+BÁO\s*/\s*Số\s*\d+\s*/\s*Ngày\s*[\d\s/.-]+$", re.IGNORECASE
)


def _without_stamps(lines: list[str]) -> list[str]:
    out: list[str] = []
    in_stamp = False
    for line in lines:
        # the stamp holder's name in capitals may wrap onto a line of its own
        if _STAMP_OPENS.match(line) or (in_stamp and (_STAMP_FIELD.match(line) or line.isupper())):
            in_stamp = True
            out.append("")
            continue
        in_stamp = False
        out.append("" if _RUNNING_HEAD.match(line) else line)
    return out


def build_paragraphs(lines: list[str]) -> list[str]:
    """Join soft-wrapped lines into paragraphs, then rejoin paragraphs split by a page break."""
    from notices.markers import find_marker

    lines = _without_stamps(lines)
    lengths = sorted(len(line) for line in lines if line)
    width = max(40, lengths[int(len(lengths) * 0.9)] if lengths else 40)
    paragraphs: list[str] = []
    current: list[str] = []
    narrow = _narrow_first_lines(lines)
    previous = ""
    for line in lines:
        if not line:
            if current and not (len(current) == 1 and _BARE_MARKER.match(current[0])):
                paragraphs.append(" ".join(current))
                current = []
            previous = ""
            continue
        is_marker = (
            find_marker(line) is not None
            and not _hyphen_wrapped(current, line, width)
            and not _cited_article(current, line)
        )
        if narrow and len(current) == 1 and not is_marker and _opens_narrow(current[0], previous):
            current.append(line)  # "- Tham mưu Ủy ban nhân dân" + "Thành phố đánh giá …"
            previous = line
            continue
        previous = current[-1] if current else ""
        bare = len(current) == 1 and _BARE_MARKER.match(current[0]) is not None
        open_paren = current and " ".join(current).count("(") > " ".join(current).count(")")
        if (
            current
            and not (bare and not is_marker)
            and not (
                open_paren and not is_marker
            )  # "… (được sửa đổi bởi … Điều 1" + "Thông tư …)"
            and _starts_new_paragraph(current[-1], line, width, is_marker)
        ):
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return split_inline_items(split_addressee(_rejoin_page_breaks(paragraphs)))


# "… phối hợp tổ chức chính trị" + "- xã hội tại địa phương …": the hyphen of a compound
# ("chính trị - xã hội", "kinh tế - xã hội") wrapped to the start of a line, not a dash point.
_LOWER_DASH = re.compile(r"^[-–]\s+(?=\w)")


def _hyphen_wrapped(current: list[str], line: str, width: int) -> bool:
    """A "- lower-case" line after a full, unfinished line that is not itself a point's start."""
    from notices.markers import find_marker

    dash = _LOWER_DASH.match(line)
    if not current or dash is None or not line[dash.end()].islower():
        return False
    previous = current[-1]
    opens_point = len(current) == 1 and find_marker(previous) is not None
    return (
        not previous.endswith(_NO_TERMINAL) and len(previous) >= 0.55 * width and not opens_point
    )


# "… quy định tại Điểm b Khoản 1, Khoản 2, Khoản 3" + "Điều 6: Cơ quan …": a citation wrapped
# before its article's number, no article heading
_CITING_END = re.compile(r"(?:\b(?:khoản|điểm)\s+\d{1,3}[a-zđ]?|\b(?:tại|theo|của))\s*,?$", re.I)
_CITED_ARTICLE = re.compile(r"^[ĐđÐ]iều\s+\d{1,3}[a-zđ]?\s*[:,;]")


def _cited_article(current: list[str], line: str) -> bool:
    """`line` opens with the article a citation on the line before wrapped onto it."""
    return bool(current) and bool(
        _CITED_ARTICLE.match(line) and _CITING_END.search(current[-1].rstrip())
    )


def _opens_narrow(line: str, before: str) -> bool:
    """A paragraph's first line (an item's, or one after a finished sentence) that stops short
    of any punctuation: "- Tham mưu Ủy ban nhân dân", "Các Bộ, cơ quan ngang"."""
    from notices.markers import find_marker

    if line.endswith(_NO_TERMINAL) or len(line.split()) > 12:
        return False
    if find_marker(line) is not None:
        return True
    letters = [c for c in line if c.isalpha()]
    caps = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    return (
        (before.endswith((".", ":")) or not before)  # after a full stop, a colon or a break
        and not caps
        and len(line.split()) >= 3
        and not _NOT_BODY_START.match(line)
    )


def _narrow_first_lines(lines: list[str]) -> bool:
    """True when the layout breaks each paragraph's first line early (an indented first line
    scraped narrow): most such lines go on in lower case on the next line."""
    from notices.markers import find_marker

    opened = wrapped = 0
    before = ""
    for line, following in itertools.pairwise(lines):
        if line and following and find_marker(following) is None and _opens_narrow(line, before):
            opened += 1
            wrapped += following[:1].islower()
        before = line
    return opened >= 3 and wrapped >= 0.7 * opened


# Words a sentence never ends on: a line ending with one is wrapped ("… các tỉnh, thành phố từ").
_DANGLING = re.compile(
    r"(?<![^\W_])(?:từ|và|của|các|những|với|cho|tại|theo|trên|đến|tới|về|hoặc|là|để|như|thuộc"
    r"|trước|sau|ngày|tháng|năm|số|ngang"  # "cơ quan ngang" + "Bộ"
    r"|khoản|điểm|điều|tiết|mục|chương)$|(?<=\d)[/-]$",  # "tại khoản" + "7 Điều 17, …"
    re.IGNORECASE,
)
_NOT_BODY_START = re.compile(r"^(?:Kính gửi|Số\b|Nơi nhận|V/v|Về việc)", re.IGNORECASE)
_NO_TERMINAL = (".", ":", ";", "!", "?", ")", "”", '"', ",")


# "… tại khoản 4 Điều 13 Nghị định" + "10/2022/NĐ-CP (được sửa đổi …)": a document number
# goes on with the line before it; no paragraph opens with one.
_DOC_NUMBER_START = re.compile(r"^\d{1,6}(?:/\d{4})?[/-][A-ZĐ]{1,6}[-/]")


def _starts_new_paragraph(previous: str, line: str, width: int, is_marker: bool) -> bool:
    if is_marker:
        return True
    if previous.endswith(",") or (
        _DOC_NUMBER_START.match(line) and not previous.endswith((".", ":", ";"))
    ):
        return False  # "Đề nghị Ủy ban Kinh tế và Tài chính của Quốc hội," + "Hội đồng …"
    if not previous.endswith(_NO_TERMINAL) and line[:1].isalnum():
        if _DANGLING.search(previous):
            return False  # "1. Chủ tịch UBND các tỉnh, thành phố từ" + "Hà Tĩnh đến …"
        from notices.markers import find_marker

        wrapped = width <= 120 and len(previous) >= 0.55 * width
        if wrapped and find_marker(previous) is not None and not _room_left(previous, line, width):
            return False  # an item's indented first line, wrapped: "(i) Tập đoàn … Việt" + "Nam"
    short = len(previous) < 0.75 * width
    if previous.endswith((".", ":", "!", "?")) and (short or line[:1].isupper()):
        return True
    return short and (line[:1].isupper() or not line[:1].isalpha())


# A line broken by wrapping reaches near the text's width: the next word did not fit. A heading
# stops well short of it ("3. Trách nhiệm của các thành viên Ban Quản trị" + "Hỗ trợ …").
_WRAP_REACH = 0.8


def _room_left(previous: str, line: str, width: int) -> bool:
    """The first word of `line` would have fit on `previous`, and `line` opens a duty with its
    work verb: no wrap broke them apart. An item's first line set short by its indent goes on
    with a name ("8. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt" + "Nam, Thông tấn xã …")."""
    from notices.imperatives import asks_work

    if _INSIDE_A_NAME.search(previous.rstrip()) is not None:
        return False
    word = line.split(maxsplit=1)[0] if line.split() else ""
    return len(previous) + 1 + len(word) < _WRAP_REACH * width and asks_work(line)


# "… Sở Giao thông vận tải tỉnh và Ban" + "Quản lý dự án …", "… phối hợp với Trung tâm" + "Phát
# triển quỹ đất …": a line ending on a body's kind or on a word that joins names goes on with the
# name, whatever work verb its next word spells; so does a level ("Đề nghị Ủy ban Mặt trận Tổ
# quốc Việt Nam các cấp" + "Thành phố phối hợp …": the place the levels are of, hn-57)
_INSIDE_A_NAME = re.compile(
    r"(?:(?<![^\W_])(?:Ban|Cục|Chi cục|Trung tâm|Ủy ban|Uỷ ban|Sở|Văn phòng|Phòng|với|và|của"
    r"|các cấp)|,)$"
)


def _rejoin_page_breaks(paragraphs: list[str]) -> list[str]:
    """`hoàn thành, hoàn thành` + `vượt mức …`: no final punctuation, next starts lower-case."""
    from notices.markers import MarkerKind, find_marker

    out: list[str] = []
    for paragraph in paragraphs:
        if out and paragraph[:1].islower() and find_marker(paragraph) is None:
            previous = out[-1]
            marker = find_marker(previous)
            heading = (
                marker is not None
                and marker.kind in (MarkerKind.NUMBER, MarkerKind.SECTION)
                and len(previous.split()) <= 13
            )
            if not previous.endswith(TERMINAL) and not heading:
                out[-1] = f"{previous} {paragraph}"
                continue
        out.append(paragraph)
    return out
