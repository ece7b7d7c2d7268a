"""A section heading's Roman number as OCR reads it off a scan, written back.

A plan's or a letter's sections are numbered "I.", "II.", "III." before a heading in capitals.
On a scan OCR loses the full stop ("II NỘI DUNG KẾ HOẠCH"), reads an "I" as "L" or "l" ("IL MỤC
ĐÍCH, YÊU CẦU") and two "I"s standing close as an "H" ("IH. NỘI DUNG", "HI.KINH PHÍ"): the
parser then takes the heading for a line of the section before it, and the points under it go
to that section (or are lost with it). Such a number, before a heading in capitals, is written
back as the sections count it: one after the last well-printed number above, or "I.". A read
number more than one stroke from that count is left as read, and so is a line that opens with no
Roman number at all ("HỘI ĐỒNG …": a letter glued to the word). A well-printed number is never
changed, even where it repeats the one above: OCR reading "III." as "II." cannot be told from the
document's own slip.
"""

from __future__ import annotations

import re

# A line opening with a Roman number as OCR may read it: "I", "V", "X", "L", "l", "i", "Í" or "T"
# for "I" (never first but "L" and "l"), "H" for "II", "1" for "I"; then a full stop, a comma, a
# colon, a semicolon or a slash, or only a space. A speck of the margin or a dash may stand before
# it ("_ II NỘI DUNG …", "- II NỘI DUNG …"). A lone "l", "L" or "1" is a speck or an Arabic item
# ("l MỤC ĐÍCH" under "I."), and "|" a table's rule: neither is read as a number.
_READ = re.compile(
    r"^(?P<speck>[-_~¬`'\"„]{1,2}\s*)?(?P<number>[IVXLHl1][IVXLHl1iÍT]{0,3})"
    r"(?P<stop>\s*[.,:;/]\s*|\s+)(?=\S)"
)
_AS_ROMAN = str.maketrans({"L": "I", "l": "I", "1": "I", "i": "I", "Í": "I", "T": "I"})
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_VALUES = {numeral: value for value, numeral in enumerate(_ROMAN, start=1)}
# A section heading as printed: "II. NỘI DUNG", "III. Tổ chức thực hiện:"
_PRINTED = re.compile(r"^(?P<number>[IVX]{1,4})\s*[.:]\s*\S")
# A new part of the document restarts its sections' count: "PHẦN II. NHIỆM VỤ NĂM 2026"
_PART = re.compile(r"^PH[ẦẨA]N\b")
# A table's group row as its cells come: "I\tCÔNG TÁC CHỈ ĐẠO\t\t" (a scan's OCR lays a heading
# out with a tab too, "IH. TỔ CHỨC THỰC HIỆN\t…", so the number alone must fill the first cell and
# more cells follow)
_GROUP_ROW = re.compile(r"^\s*[IVXLHl1|]{1,4}\s*\t[^\t]*\t")
# The signature block: no section follows it
_SIGNATURE = re.compile(r"^Nơi nhận\b", re.IGNORECASE)


def is_group_row(line: str) -> bool:
    """`line`, before its cells are split, is a table's group row numbered "I", "II"."""
    return bool(_GROUP_ROW.match(line))


def _printed_value(line: str) -> int | None:
    """The value of a heading's Roman number as printed, or None."""
    printed = _PRINTED.match(line)
    return _VALUES.get(printed["number"]) if printed else None


def _capitals_heading(rest: str) -> bool:
    """The words after the number are a heading in capitals: its first word of two letters or
    more, and nine in ten of its letters, are upper case."""
    first = re.sub(r"[^\w]", "", rest.split(maxsplit=1)[0]) if rest.split() else ""
    letters = [c for c in rest if c.isalpha()]
    return (
        len(first) >= 2
        and first.isalpha()
        and first.isupper()
        and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    )


def _read_value(number: str) -> int | None:
    """The value of a damaged Roman number as read ("IL" → 2, "HI" → 3, "11" → 2), or None."""
    if len(number) == 1 and number not in _VALUES and number != "1":
        return None  # a lone "l", "L" or "H": a speck, an Arabic item or a letter
    return _VALUES.get(number.replace("H", "II").translate(_AS_ROMAN))


def _next_number(lines: list[str], index: int) -> int | None:
    """The value of the next section number below `index`, well printed or damaged (then as the
    count after "I." would take it: "IH. NỘI DUNG" → 2), or None when the part or the document
    ends first."""
    for line in lines[index + 1 :]:
        if _PART.match(line) or _SIGNATURE.match(line):
            return None
        value = _printed_value(line)
        read = _READ.match(line)
        if value is None and read and _capitals_heading(line[read.end() :]):
            damaged = _read_value(read["number"])
            value = 2 if damaged and abs(damaged - 2) <= 1 else damaged  # "IH." read as the count
        if value is not None:
            return value
    return None


def _value_for(number: str, lines: list[str], index: int, last: int | None) -> int | None:
    """The section number a damaged `number` stands for, or None when it is no section number.

    A well-formed number that only lost its stop keeps its own value ("IV TỔ CHỨC" after an
    unreadable "III."); a damaged one takes the count's. The count comes from a well-printed
    number above; with none above (the first section, or a letter's header or signature) the
    number must be "I" and the next one "II". An all-digit "1."/"11." is taken only
    as the count itself, for an Arabic "1." opens many a capitals heading."""
    count = (last or 0) + 1
    value = _read_value(number)
    # OCR adds or loses one stroke ("IL" for "I.", "IH." for "II."), never more
    if value is None or abs(value - count) > 1 or (number.isdigit() and value != count):
        return None
    wanted = value if number in _VALUES else count  # only the stop lost: read right
    if last is None and (wanted != 1 or _next_number(lines, index) != 2):
        return None
    return wanted


def _written_back(line: str, lines: list[str], index: int, last: int | None) -> str:
    """`line` with its damaged section number written as the sections count it, or as it was."""
    read = _READ.match(line)
    if read is None:
        return line
    rest = line[read.end() :]
    number, stop = read["number"], read["stop"]
    if number in _VALUES and ("." in stop or ":" in stop) and not read["speck"]:
        return line  # printed as it should be
    if not _capitals_heading(rest):
        return line
    value = _value_for(number, lines, index, last)
    return line if value is None else f"{_ROMAN[value - 1]}. {rest}"


def repair_roman_numbers(lines: list[str], cells: frozenset[str] = frozenset()) -> list[str]:
    """`lines` with each section heading's Roman number that OCR damaged written back (see the
    module doc); every other line as it was. A line in `cells` is a table's row ("I\tCÔNG TÁC
    CHỈ ĐẠO"): its group number is the table's, not a section's. After "Nơi nhận" (the
    signature block) nothing is written back until a well-printed heading opens an attached
    plan; that and a new "PHẦN" restart the count."""
    out: list[str] = []
    last: int | None = None
    signed = False
    for index, line in enumerate(lines):
        if _SIGNATURE.match(line):
            signed = True  # until an attached plan's first well-printed heading
        if _PART.match(line) or _SIGNATURE.match(line):
            last = None
        elif not signed and line not in cells:
            line = _written_back(line, lines, index, last)
        value = _printed_value(line)
        if value is not None:
            last, signed = value, False
        out.append(line)
    return out
