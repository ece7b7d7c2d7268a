"""A web page's header or signature table pasted as one Markdown row whose cells break their lines
with HTML: "| BỘ …<br><br>Số: 5778 /BGDĐT-QLCL<br>V/v … | CỘNG HÒA …<br>Hà Nội, ngày … |".

Left as it is, the number, the date and the signer sit in the middle of one long line that the
header and signature readers never look into. Such a row is given back as a .docx gives its two
cells: the left cell's lines, a blank, the right cell's lines."""

from __future__ import annotations

import re

from notices.signature_words import PREFIX, is_caps

_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
# Only the two tables every notice opens and closes with: its header (the number's label, the
# national motto, the Party's) and its signature (the recipients' label). Matched as written, at
# a cell's or a line's start: "Cộng hòa Pháp hỗ trợ …" in a task table's cell is running text,
# and a task table that breaks its cells' lines keeps its row for the table readers.
_HEADER_OR_SIGNATURE = re.compile(
    r"^[\s*_]*(?:Số\s*:|Nơi\s+nhận|NƠI\s+NHẬN|CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN)"
)
_EMPHASIS = re.compile(r"^[\s*_]+|[\s*_]+$")


def unbroken_rows(lines: list[str]) -> list[str]:
    """`lines` with each two-cell header or signature row written out as its cells' lines."""
    out: list[str] = []
    for line in lines:
        cells = _cells(line)
        if cells is None:
            out.append(line)
            continue
        for cell in cells:
            out.extend(_BREAK.split(cell))
            out.append("")
    return out


def _cells(line: str) -> list[str] | None:
    """The two cells of a Markdown row that breaks lines with <br> and opens or closes a notice;
    None for any other line."""
    text = line.strip()
    if not (text.startswith("|") and text.endswith("|") and "<br" in text.lower()):
        return None
    cells = [cell.strip() for cell in text[1:-1].split("|")]
    if len(cells) != 2 or not any(_opens_block(cell) for cell in cells):
        return None
    return cells


def _opens_block(cell: str) -> bool:
    """A cell whose lines open a header or a signature: a header mark, or a signing prefix
    (KT., T/M, Q. … as the signature reader knows them) on a line of capitals."""
    for part in _BREAK.split(cell):
        bare = _EMPHASIS.sub("", part)
        if _HEADER_OR_SIGNATURE.match(bare) or (PREFIX.match(bare) and is_caps(bare)):
            return True
    return False
