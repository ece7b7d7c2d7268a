"""Clean raw notice text into lines: NFC, markdown and table debris gone, header columns split."""

from __future__ import annotations

import re

from notices.br_cells import unbroken_rows
from notices.duty_persons import divides_above, person_table_rows, plain_person_tables
from notices.glued_words import unglue_words
from notices.heading_words import repair_headings
from notices.roman_headings import is_group_row, repair_roman_numbers
from notices.table_columns import meeting_programme
from notices.table_headings import lead_label
from notices.table_layouts import (
    flat_table_lines,
    grid_rows,
    open_pipe_tables,
    vertical_task_tables,
)
from notices.table_pages import STRAY_ROW_LINES, continued_rows, page_gap, stray_row
from notices.tables import copy_line, gives_no_work, task_table_rows
from notices.text import nfc

# What a sentence or a heading ends on; a line ending otherwise may go on on the next.
TERMINAL = (".", ":", ";", "!", "?", ")", "”", '"')

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
# "Bươc 2:", "Buớc 3:": "Bước" with a mark lost or misplaced before a step's number or letter
_OCR_STEP_WORD = re.compile(r"\b(?:Bươc|Buớc|Bưóc)(?=\s+\w{1,2}\s*[:.)])")
# OCR of a scan: a speck in the left margin read as a dash, a column gap (tab) away from a line
# that goes on with the sentence above ("… phối hợp với các cơ quan" / "-\tcó liên quan …").
_MARGIN_DASH = re.compile(r"^\s*[-~–—]\s*\t+(?=[a-zà-ỹđ])")
# A speck read as punctuation between words ("Nông nghiệp và ._. Môi trường"): a token of dots,
# underscores and dashes with a dot or underscore and a second mark; "./." and "..." are words.
# TCVN3's text fonts had no toned capitals, so a sentence or a point opening with the committee
# was typed "ủy ban nhân dân cấp tỉnh quản lý …" and converted texts keep it: the name's capital.
_LOWER_COMMITTEE = re.compile(
    r"^((?:[-+•]\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s*|[a-zđ]\)\s*)?)(ủ|u)(?=(?:y|ỷ)\s+ban\b)"
)
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


def clean_lines(raw: str) -> list[str]:
    """The cleaned lines of a document; blank strings mark paragraph breaks."""
    text = nfc(raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\f", "\n\n")
    out: list[str] = []
    cells: set[str] = set()  # a table row's lines, whose "I", "II" number the table's groups
    bold_item = False  # inside a bold numbered heading, which ends its paragraph when it closes
    join_next = False  # the next line reopens that heading
    lines = open_pipe_tables(_unflattened(unbroken_rows(_unglued_rules(text.split("\n")))))
    # a report, an invitation or a schedule gives no work, whatever its tables say
    units = not gives_no_work(lines)
    lines = vertical_task_tables(
        _task_tables(plain_person_tables(lines) if units else lines, units)
    )
    for index, line in enumerate(lines):
        previous = next((kept for kept in reversed(out) if kept), "")
        if _MARGIN_DASH.match(line) and previous and not previous.endswith(TERMINAL):
            line = _MARGIN_DASH.sub("", line)  # "-\tcó liên quan …": a speck in the margin
        for piece in _split_cells(_CONTROL.sub("", line)):
            cleaned = _clean_line(piece)
            if cleaned is not None and is_group_row(line):
                cells.add(cleaned)
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
    # a scan's "II. TO CHỨC THỰC HIEN", "KE HOẠCH"; its "IL MỤC ĐÍCH", "II NỘI DUNG"
    return repair_roman_numbers(repair_headings(out), frozenset(cells))


def _bold_goes_on(cleaned: str | None, lines: list[str], index: int) -> bool:
    """A bold heading the scrape closed mid-name and reopened on the next line: it ends without
    punctuation and the next line is bold text that opens no item of its own."""
    if cleaned is None or not lines[index].rstrip().endswith("**") or cleaned.endswith(TERMINAL):
        return False
    following = next((raw.strip() for raw in lines[index + 1 : index + 3] if raw.strip()), "")
    if not following.startswith("**") or _BOLD_ITEM.match(following):
        return False
    rest = _STRONG.sub("", following).strip()
    return rest[:1].isalpha() and not rest.isupper()


# A rule under a centred block that a reader ran into the block's paragraph: "QUYẾT ĐỊNH Về việc
# … ------------- BỘ TRƯỞNG BỘ …", "ĐỀ ÁN … (Ban hành theo Quyết định số …) -----".
_GLUED_RULE = re.compile(r"(?:^|\s)[-–—_=]{5,}(?:\s+|$)")


def _unglued_rules(lines: list[str]) -> list[str]:
    """Each line with a rule run into it cut at the rule, the rule a line of its own (what a
    text rendition lines up): only where the rule ends the line or capitals follow it (the
    issuing authority, the number), never inside a sentence ("theo mẫu ----- ghi rõ …") or a
    table row."""
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("|") or _SEPARATOR.match(line) or not _GLUED_RULE.search(line):
            out.append(line)
            continue
        pieces: list[str] = []
        last = 0
        for m in _GLUED_RULE.finditer(line):
            after = line[m.end() :]
            if after and not after.split(",")[0].isupper():
                continue  # "----- Ngày 26/8/2025, Thường trực …": the body, not a capitals line
            pieces.extend([line[last : m.start()], m.group().strip()])
            last = m.end()
        pieces.append(line[last:])
        out.extend(piece for piece in pieces if piece.strip())
    return out


def _unflattened(lines: list[str]) -> list[str]:
    """A Markdown table run together on one line becomes its rows, one a line."""
    out: list[str] = []
    for line in lines:
        out.extend(flat_table_lines(line) or [line])
    return out


def _task_tables(lines: list[str], units: bool) -> list[str]:
    """Markdown tables whose header names a lead column become one sentence per row; `units`:
    the document may give work (see gives_no_work)."""
    out: list[str] = []
    last: list[str] = []  # the rows just written, until a paragraph follows them
    header: list[str] = []  # the header of the task table just read, until text follows it
    strays = 0  # lines of text since that table (table_pages.stray_row)
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and lines[end].strip().startswith("|"):
            end += 1
        if end - index < 2:
            if not page_gap(lines[index]):
                strays = strays + 1 if stray_row(lines[index]) else STRAY_ROW_LINES + 1
                header = header if strays <= STRAY_ROW_LINES else []
            last = copy_line(out, last, lines[index])
            index += 1
            continue
        rows = grid_rows(
            [line for line in lines[index:end] if not _MD_TABLE_RULE.match(line.strip())]
        )
        above = _line_above(out)
        # "Họ và tên | Chức vụ | Nhiệm vụ được phân công": a person heading and points a row
        people: list[str] | None = None
        if meeting_programme(rows):
            sentences: list[str] | None = []  # an invitation's programme: topics and speakers
        else:
            people = person_table_rows(rows, divides=divides_above(out)) if units else None
            sentences = people or task_table_rows(rows, heading=above, units=units)
        carried = continued_rows(header, rows) if sentences is None and header else None
        if carried is not None:  # a scan's table going on after a page break (table_pages)
            sentences = task_table_rows(carried, units=units)
        header = rows[0] if sentences and not people and carried is None else header
        strays = 0
        if sentences is None:
            header = []
            out.extend(lines[index:end])
            last = []
        else:
            if lead_label(above) and sentences[0].startswith("- Giao "):
                out[len(out) - 1 - out[::-1].index(above)] = ""  # the rows name the lead
            for sentence in sentences:
                out.extend(["", sentence, ""])
            last = sentences
        index = end
    return out


def _line_above(lines: list[str]) -> str:
    """The last line with text: the paragraph just above a table."""
    return next((line for line in reversed(lines) if line.strip()), "")


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
    line = _OCR_STEP_FIVE.sub(r"\1 5", _OCR_ONE.sub("1", _OCR_STEP_WORD.sub("Bước", line)))
    line = _OCR_PARTY.sub(r"Đảng \1", _OCR_ROMAN_ONE.sub("(i)", line))
    line = _EMPHASIS.sub("", _STRONG.sub("", line))
    line = _OCR_SPECK.sub("", line)
    line = unglue_words(line)  # "Đảng uỷchủtrì": a font hid the space after a toned vowel
    line = _SPACES.sub(" ", line).strip()
    line = _LOWER_COMMITTEE.sub(lambda m: m[1] + m[2].upper(), line)
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
