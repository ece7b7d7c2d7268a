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

# A line opening with a Roman number as OCR may read it: "I", "V", "X", "L" or "l" for "I", "H"
# for "II", "1" or "|" for "I"; then a full stop, a comma or a colon, or only a space.
# A speck of the margin may stand before it ("_ II NỘI DUNG …").
_READ = re.compile(
    r"^(?P<speck>[_~¬`'\"„]{1,2}\s*)?(?P<number>[IVXLHl1|]{1,4})(?P<stop>\s*[.,:]\s*|\s+)(?=\S)"
)
_AS_ROMAN = str.maketrans({"L": "I", "l": "I", "1": "I", "|": "I"})
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_VALUES = {numeral: value for value, numeral in enumerate(_ROMAN, start=1)}
# A section heading as printed: "II. NỘI DUNG", "III. Tổ chức thực hiện:"
_PRINTED = re.compile(r"^(?P<number>[IVX]{1,4})\s*[.:]\s*\S")


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
    """The value of a damaged Roman number as read ("IL" → 2, "HI" → 3), or None."""
    if number.isdigit():
        return None  # "1. MỤC ĐÍCH": an Arabic number, not a Roman one
    return _VALUES.get(number.replace("H", "II").translate(_AS_ROMAN))


def _written_back(line: str, lines: list[str], index: int, last: int | None) -> str:
    """`line` with its damaged section number written as the sections count it, or as it was."""
    read = _READ.match(line)
    if read is None:
        return line
    rest = line[read.end() :]
    number, stop = read["number"], read["stop"]
    wanted = (last or 0) + 1
    if number in _VALUES and ("." in stop or ":" in stop) and not read["speck"]:
        return line  # printed as it should be
    value = _read_value(number)
    # OCR adds or loses one stroke ("IL" for "I.", "IH." for "II."), never more
    if value is None or abs(value - wanted) > 1 or not _capitals_heading(rest):
        return line
    return f"{_ROMAN[wanted - 1]}. {rest}"


def repair_roman_numbers(lines: list[str]) -> list[str]:
    """`lines` with each section heading's Roman number that OCR damaged written back (see the
    module doc); every other line as it was."""
    out: list[str] = []
    last: int | None = None
    for index, line in enumerate(lines):
        line = _written_back(line, lines, index, last)
        value = _printed_value(line)
        if value is not None:
            last = value
        out.append(line)
    return out
