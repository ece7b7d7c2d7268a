"""Clean raw notice text into lines: NFC, markdown and table debris gone, header columns split."""

from __future__ import annotations

import itertools
import re

from notices.lexicon import ACTION_WORDS
from notices.tables import task_table_rows, vertical_task_tables
from notices.text import nfc

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BULLET = re.compile(r"^\s*\*\s+")  # a markdown "* item"; other bullet characters stay as they are
_STRONG = re.compile(r"\*\*|__")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_SEPARATOR = re.compile(r"^[\s\-_=*~.…–—·]{3,}$|^\s*\*\s*$")
_PAGE_NUMBER = re.compile(r"^[\s\-–—]*(?:[Tt]rang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[\s\-–—]*$")
_FILE_PATH = re.compile(r"^\s*(?:[A-Za-z]:\\|\\\\|/[\w.-]+/).*$|^.*\.(?:docx?|pdf|txt)\s*$")
_SPACES = re.compile(r"[ \t]{2,}")
_MARKER_TAB = re.compile(r"^(\S{1,8})\t+")
_TAB_CELLS = re.compile(r"\t+")
_BOLD_ITEM = re.compile(r"^\*\*\s*(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]\s")
# OCR reads a "5" opening a numbered heading as "S", "Š" or "$" ("Š.1. Trung tâm …", "$.2. Phòng
# …"); only before a dotted sub-number, where no letter or symbol starts a real line.
# OCR reads "Đảng uỷ" as "Đẳng uỷ" (no such word) and "(i)" as "(¡)" or "(l)".
_OCR_PARTY = re.compile(r"\bĐẳng (uỷ|ủy|bộ)\b")
_OCR_ROMAN_ONE = re.compile(r"(?<![\w(])\((?:¡|l)\)(?=\s)")
_OCR_FIVE = re.compile(r"^[SŠ$](?=\.\d{1,2}\.\s)")
# "Bước Š:", "Điều $." (a 5 read as a letter after a numbering word) and "l. Sở Y tế …" (a 1 read
# as a lower-case L opening a numbered line).
_OCR_STEP_FIVE = re.compile(r"\b(Bước|Điều|Mục|Phần|Khoản)\s+[SŠ$](?=\s*[:.)])")
_OCR_ONE = re.compile(r"^l(?=\.\s+[A-ZĐÀ-Ỹ])")
# OCR of a scan: a speck in the left margin read as a dash, a column gap (tab) away from a line
# that goes on with the sentence above ("… phối hợp với các cơ quan" / "-\tcó liên quan …").
_MARGIN_DASH = re.compile(r"^\s*[-~–—]\s*\t+(?=[a-zà-ỹđ])")
# A speck read as punctuation between words ("Nông nghiệp và ._. Môi trường"): a token of dots,
# underscores and dashes with a dot or underscore and a second mark; "./." and "..." are words.
_OCR_SPECK = re.compile(
    r"(?:^|(?<=\s))(?!\.{2,}(?:\s|$))(?=[-_.~¬`^—–]*[._])[-_.~¬`^—–]{2,}(?=\s|$)\s*"
)

# Right-hand header column phrases that a PDF or a pasted table puts on the issuer's line.
_HEADER_PHRASES = re.compile(
    r"CỘNG\s+H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
    r"|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM",
    re.IGNORECASE,
)
_NUMBER_THEN_DATE = re.compile(r"^(Số\s*:?\s*\S*(?:\s*/\s*\S+)?)\s+(\S.*?,\s*ngày\b.*)$")
_HEADER_LINES = 25
# "**1.****" then "**Trên cơ sở tài liệu …": a number set in bold on a line (or in a Word
# paragraph) of its own belongs to the text after it.
_BARE_MARKER = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]$")


def clean_lines(raw: str) -> list[str]:
    """The cleaned lines of a document; blank strings mark paragraph breaks."""
    text = nfc(raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\f", "\n\n")
    out: list[str] = []
    bold_item = False  # inside a bold numbered heading, which ends its paragraph when it closes
    join_next = False  # the next line reopens that heading
    lines = vertical_task_tables(_task_tables(text.split("\n")))
    for index, line in enumerate(lines):
        previous = next((kept for kept in reversed(out) if kept), "")
        if _MARGIN_DASH.match(line) and previous and not previous.endswith(_TERMINAL):
            line = _MARGIN_DASH.sub("", line)  # "-\tcó liên quan …": a speck in the margin
        for piece in _split_cells(_CONTROL.sub("", line)):
            cleaned = _clean_line(piece)
            if cleaned is None:
                if not join_next:
                    out.append("")
            elif index < _HEADER_LINES * 2:
                out.extend(_split_header_line(cleaned))
            elif join_next and out and out[-1]:
                out[-1] = f"{out[-1]} {cleaned}"  # the heading's reopened part: one line
            else:
                out.append(cleaned)
            join_next = join_next and cleaned is None
            rest = piece.strip()
            if _BOLD_ITEM.match(rest):
                bold_item, rest = True, rest[2:]
            if bold_item and "**" in rest:
                bold_item = False
                if index >= _HEADER_LINES * 2 and _bold_goes_on(cleaned, lines, index):
                    # "**3. Đề nghị …, Hội Liên hiệp**" + "**Phụ nữ …**": one heading
                    bold_item = join_next = True
                elif rest.endswith("**") and cleaned is not None:
                    out.append("")  # "**4. Về trang thiết bị …**" then "Khắc phục …"
    return out


def _bold_goes_on(cleaned: str | None, lines: list[str], index: int) -> bool:
    """A bold heading the scrape closed mid-name and reopened on the next line: it ends without
    punctuation and the next line is bold text that opens no item of its own."""
    if cleaned is None or not lines[index].rstrip().endswith("**") or cleaned.endswith(_TERMINAL):
        return False
    following = next((raw.strip() for raw in lines[index + 1 : index + 3] if raw.strip()), "")
    if not following.startswith("**") or _BOLD_ITEM.match(following):
        return False
    rest = _STRONG.sub("", following).strip()
    return rest[:1].isalpha() and not rest.isupper()


def _task_tables(lines: list[str]) -> list[str]:
    """Markdown tables whose header names a lead column become one sentence per row."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and lines[end].strip().startswith("|"):
            end += 1
        if end - index < 2:
            out.append(lines[index])
            index += 1
            continue
        rows = [
            [cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in lines[index:end]
            if not _MD_TABLE_RULE.match(line.strip())
        ]
        sentences = task_table_rows(rows)
        if sentences is None:
            out.extend(lines[index:end])
        else:
            for sentence in sentences:
                out.extend(["", sentence, ""])
        index = end
    return out


def _split_cells(line: str) -> list[str]:
    """Table rows ("| a | b |") and tab-separated cells become one line per cell."""
    stripped = line.strip()
    if _MD_TABLE_RULE.match(stripped) and "-" in stripped:
        return [""]
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        cells = [c.strip() for c in stripped[1:-1].split("|")]
        return [c for c in cells if c] or [""]
    stripped = _MARKER_TAB.sub(r"\1 ", stripped)  # "1.\tGiao …" is a marker, not a cell
    if "\t" in stripped:
        return [c.strip() for c in _TAB_CELLS.split(stripped) if c.strip()]
    return [stripped]


def _clean_line(line: str) -> str | None:
    """One line without markdown debris; None for noise that only separates paragraphs."""
    line = _MD_QUOTE.sub("", _MD_HEADING.sub("", line))
    if _SEPARATOR.match(line) or not line.strip():
        return None
    line = _BULLET.sub("- ", line)
    line = _OCR_FIVE.sub("5", line)
    line = _OCR_STEP_FIVE.sub(r"\1 5", _OCR_ONE.sub("1", line))
    line = _OCR_PARTY.sub(r"Đảng \1", _OCR_ROMAN_ONE.sub("(i)", line))
    line = _EMPHASIS.sub("", _STRONG.sub("", line))
    line = _OCR_SPECK.sub("", line)
    line = _SPACES.sub(" ", line).strip()
    if not line or _SEPARATOR.match(line) or _PAGE_NUMBER.match(line):
        return None
    if _FILE_PATH.match(line) and " " not in line.split("\\")[-1][:3]:
        return None
    return line


def _split_header_line(line: str) -> list[str]:
    """Split a merged two-column header line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …") in pieces."""
    pieces: list[str] = []
    last = 0
    for m in _HEADER_PHRASES.finditer(line):
        pieces.extend([line[last : m.start()], m.group(0)])
        last = m.end()
    if last == 0:
        pieces = [line]
    else:
        pieces.append(line[last:])
        pieces = [p.strip(" ,;") for p in pieces]
    out: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        split = _NUMBER_THEN_DATE.match(piece)
        out.extend([split[1], split[2]] if split else [piece])
    return out


def build_paragraphs(lines: list[str]) -> list[str]:
    """Join soft-wrapped lines into paragraphs, then rejoin paragraphs split by a page break."""
    from notices.markers import find_marker

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
        is_marker = find_marker(line) is not None
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
    return _split_inline_items(_split_addressee(_rejoin_page_breaks(paragraphs)))


# "4. Về phân công …: 4.1. Giao Đảng uỷ Chính phủ: (i) Chỉ đạo …. (ii) Chỉ đạo …. 4.2. Giao …": a
# scan or a paste that lost the line breaks. A sub-number or "(ii)" after a sentence end or a
# colon opens a new paragraph only when it continues the numbering already open.
_INLINE_MARK = re.compile(
    r"(?<=[.:;])\s+(?=(?:(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.|\((?P<roman>[ivx]{1,4}|[¡l])\)"
    r"|\((?P<paren>\d{1,2})\))\s+[A-ZĐÀ-Ỹ\"“])"
)  # "(¡)" is OCR's "(i)"; "… như sau: (1) Bộ Y tế chỉ đạo …. (2) Bộ Công an …" too
_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


# Lost line breaks around a plan's own structure ("… theo quy định. V. TỔ CHỨC THỰC HIỆN",
# "1. Sở Văn hóa và Thể thao - Là cơ quan thường trực …", "… năm 2026 - Thời gian dự kiến: …"):
# a capitalised Roman heading after a sentence end continues the open sections; a task row's
# field after " - " or a full stop starts its own line.
_INLINE_SECTION = re.compile(
    r"(?<=[.:;])\s+(?=(?P<sec>[IVX]{1,4})\.\s+[A-ZĐÀ-Ỹ]{2,}[,\s]+[A-ZĐÀ-Ỹ]{2,}[,\s]+[A-ZĐÀ-Ỹ]{2,})"
)
_ROW_FIELDS = (
    r"(?:Thời gian|Thời hạn|Tiến độ)(?:\s+(?:dự kiến|thực hiện|hoàn thành|tổ chức))?"
    r"|Địa điểm(?:\s+(?:thực hiện|tổ chức))?|Kinh phí(?:\s+thực hiện)?"
    r"|(?:Đơn vị|Cơ quan)\s+(?:chủ trì|phối hợp|thực hiện)(?:\s+thực hiện)?"
    r"|Hình thức(?:\s+(?:thực hiện|tổ chức))?"
)
_INLINE_FIELD = re.compile(rf"(?:\s+[-–]|(?<=[.;]))\s+(?=(?:{_ROW_FIELDS})\s*:)")
_SECTION_ORDER = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _split_lost_breaks(paragraphs: list[str]) -> list[str]:
    from notices.markers import MarkerKind, find_marker

    out: list[str] = []
    section: str | None = None
    for paragraph in paragraphs:
        marker = find_marker(paragraph)
        if marker is not None and marker.kind is MarkerKind.SECTION:
            section = marker.label
        pieces: list[str] = []
        start = 0
        for m in _INLINE_SECTION.finditer(paragraph):
            wanted = _next_section(section)
            if m["sec"] != wanted:
                continue
            section = m["sec"]
            pieces.append(paragraph[start : m.start()].strip())
            start = m.end()
        pieces.append(paragraph[start:].strip())
        pieces = [part for piece in pieces for part in _split_title(piece)]
        for piece in pieces:
            caps = _CAPS_HEADING_THEN_TEXT.match(piece)
            if caps:  # "I. ĐÁNH GIÁ CHUNG Thay mặt Thủ tướng …": the heading, then its text
                out.extend([caps.group(1), *_split_fields(piece[caps.end() :])])
            else:
                out.extend(_split_fields(piece))
    return [p for p in out if p]


# "THÔNG BÁO Về việc treo cờ Tổ quốc Nhân dịp Đại hội …": a reader that glued the type line, the
# subject line and the first sentence of the body into one paragraph.
_TYPE_THEN_TEXT = re.compile(
    r"^(THÔNG BÁO|KẾ HOẠCH|CHỈ THỊ|CÔNG ĐIỆN|QUYẾT ĐỊNH|NGHỊ QUYẾT|KẾT LUẬN|BÁO CÁO|CÔNG VĂN)"
    r"\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
)
_SUBJECT_THEN_TEXT = re.compile(
    r"^((?:Về việc|V/v)\s[^.:;]{3,200}?)\s+(?=(?:Căn cứ|Thực hiện|Theo|Nhân dịp|Để|Nhằm"
    r"|Trên cơ sở|Sau khi|Ngày \d)\s)"
)


def _split_title(paragraph: str) -> list[str]:
    out: list[str] = []
    m = _TYPE_THEN_TEXT.match(paragraph)
    if m and len(paragraph) - m.end() > 20:
        out.append(m.group(1))
        paragraph = paragraph[m.end() :]
    m = _SUBJECT_THEN_TEXT.match(paragraph)
    if m and out and len(paragraph) - m.end() > 20:
        out.append(m.group(1))
        paragraph = paragraph[m.end() :]
    return [*out, paragraph]


_CAPS_WORD = r"[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ0-9]*"
_CAPS_HEADING_THEN_TEXT = re.compile(
    rf"^((?:[IVX]{{1,4}}|\d{{1,2}})\.\s+{_CAPS_WORD}(?:[,\s]+(?:{_CAPS_WORD}|-|–))*\s+"
    rf"{_CAPS_WORD}(?:[,\s]+{_CAPS_WORD})*)\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s+[a-zà-ỹđ])"
)


def _next_section(section: str | None) -> str:
    if section is None:
        return "I"
    index = _SECTION_ORDER.index(section) if section in _SECTION_ORDER else -1
    return _SECTION_ORDER[index + 1] if 0 <= index < len(_SECTION_ORDER) - 1 else ""


def _split_fields(paragraph: str) -> list[str]:
    """ "2.1. Chương trình Khai mạc - Thời gian dự kiến: ngày 11/9/2026" → the row's title and
    "- Thời gian dự kiến: …"; "… Hà Nội - Đơn vị chủ trì: Sở …" likewise."""
    pieces: list[str] = []
    start = 0
    for m in _INLINE_FIELD.finditer(paragraph):
        if m.start() - start < 3:
            continue
        pieces.append(paragraph[start : m.start()].strip())
        start = m.end()
    if not pieces:
        return _split_body_dash(paragraph)
    pieces.append(paragraph[start:].strip())
    return [pieces[0], *(f"- {p}" for p in pieces[1:])]


# "1. Sở Văn hóa và Thể thao - Là cơ quan thường trực …": a numbered body heading with its first
# dash point glued on; the point opens with a verb (not "Sở Văn hóa - Thể thao", a name).
_BODY_DASH = re.compile(
    r"^(?P<head>(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]\s+[^.:;\-–]{3,90}?)\s+[-–]\s+"
    r"(?P<point>[A-ZĐÀ-Ỹ][^\s]*\s.*)$"
)


_ACTION_START = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(ACTION_WORDS, key=len, reverse=True)) + ")[ ,]"
)


def _split_body_dash(paragraph: str) -> list[str]:
    m = _BODY_DASH.match(paragraph)
    if m is None:
        return [paragraph]
    point = m["point"]
    if not _ACTION_START.match(point.lower()):
        return [paragraph]
    if not re.match(r"^\S+\s+\S+\s+\S+", point):
        return [paragraph]
    return [m["head"], f"- {point}"]


def _split_inline_items(paragraphs: list[str]) -> list[str]:
    from notices.markers import find_marker

    paragraphs = _split_lost_breaks(paragraphs)
    out: list[str] = []
    last_number: str | None = None
    paren = 0
    for paragraph in paragraphs:
        marker = find_marker(paragraph)
        if marker is not None and marker.label[:1].isdigit():
            last_number = marker.label.rstrip(".")
        if marker is not None and marker.label[:1].isdigit():
            paren = 0  # a new numbered item starts its own "(1)", "(2)" list
        elif marker is not None and re.fullmatch(r"\(\d{1,2}\)", marker.label):
            paren = int(marker.label.strip("()"))
        pieces: list[str] = []
        start = 0
        roman = 0
        for m in _INLINE_MARK.finditer(paragraph):
            if m["num"]:
                if last_number is None or not _continues(last_number, m["num"]):
                    continue
                last_number = m["num"]
                roman = 0
            elif m["paren"]:
                if int(m["paren"]) != paren + 1:
                    continue
                paren += 1
            else:
                expected = _ROMANS[roman] if roman < len(_ROMANS) else ""
                label = "i" if m["roman"] in ("¡", "l") else m["roman"]
                if label != expected:
                    continue
                roman += 1
            pieces.append(paragraph[start : m.start()].strip())
            start = m.end()
        pieces.append(paragraph[start:].strip())
        out.extend(p for p in pieces if p)
    return out


def _continues(previous: str, candidate: str) -> bool:
    """ "4" → "4.1", "4.1" → "4.2", "4.1" → "4.1.1": the next number of an open list."""
    prev = [int(x) for x in previous.split(".")]
    cand = [int(x) for x in candidate.split(".")]
    if cand == [*prev, 1]:
        return True
    for depth in range(len(prev), 0, -1):
        if (
            len(cand) == depth
            and cand[:-1] == prev[: depth - 1]
            and cand[-1] == prev[depth - 1] + 1
        ):
            return True
    return False


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


# "Kính gửi: Bộ Nông nghiệp và Môi trường. Ngày 31 tháng 10 năm 2025, …": a reader that glued the
# addressee cell to the first paragraph of the letter.
_ADDRESSEE_THEN_TEXT = re.compile(
    r"^(Kính gửi\s*:[^.]{2,300}\.)\s+(?=[A-ZĐÀ-Ỹ])"
    # "Kính gửi: Ủy ban nhân dân phường, xã và đặc khu Căn cứ Luật …": no full stop, but the
    # letter opens with one of the words a letter's first sentence opens with.
    r"|^(Kính gửi\s*:[^.;]{2,300}?)\s+"
    r"(?=(?:Căn cứ|Thực hiện|Theo đề nghị|Ngày \d|Nhằm|Trên cơ sở)\s)",
    re.IGNORECASE,
)


def _split_addressee(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for paragraph in paragraphs:
        m = _ADDRESSEE_THEN_TEXT.match(paragraph)
        if m and len(paragraph) - m.end() > 40:
            out.extend([m.group(1) or m.group(2), paragraph[m.end() :]])
        else:
            out.append(paragraph)
    return out


# Words a sentence never ends on: a line ending with one is wrapped ("… các tỉnh, thành phố từ").
_DANGLING = re.compile(
    r"(?<![^\W_])(?:từ|và|của|các|những|với|cho|tại|theo|trên|đến|tới|về|hoặc|là|để|như|thuộc"
    r"|trước|sau|ngày|tháng|năm|số|ngang)$|(?<=\d)[/-]$",  # "cơ quan ngang" + "Bộ"
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
        if wrapped and find_marker(previous) is not None:
            return False  # an item's indented first line, wrapped: "(i) Tập đoàn … Việt" + "Nam"
    short = len(previous) < 0.75 * width
    if previous.endswith((".", ":", "!", "?")) and (short or line[:1].isupper()):
        return True
    return short and (line[:1].isupper() or not line[:1].isalpha())


_TERMINAL = (".", ":", ";", "!", "?", ")", "”", '"')


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
            if not previous.endswith(_TERMINAL) and not heading:
                out[-1] = f"{previous} {paragraph}"
                continue
        out.append(paragraph)
    return out
