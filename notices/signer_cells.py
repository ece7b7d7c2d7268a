"""The lines of the signer's cell of the closing table: recipients set aside, glued cells cut
apart, prefixes written the usual way, the stamp's lines dropped."""

from __future__ import annotations

import re

from notices.header import is_noise_cell, tidy_caps
from notices.lexicon import SURNAMES
from notices.signature_stamp import STAMP, STAMP_FIELD
from notices.signature_words import FILING, PREFIX, TITLE_WORD, is_caps
from notices.signed_names import as_name, lone_surname
from notices.text import fold, match_form

# "KT CHỦ TỊCH", "KT, CHỦ TỊCH", "T.M BAN THƯỜNG VỤ": OCR's and typists' forms of the prefixes.
_LOOSE_PREFIX = re.compile(r"^(TM|KT|TL|TUQ|Q)\s*[.,:]?\s+(?=[A-ZĐÀ-Ỹ])|^T\s*[/.]\s*M\.?\s+")
_RECIPIENT = re.compile(r"^(?:[-+•]|Nơi\s+nhận|Lưu\s*(?::|\s+(?:VT|VP|HS)\b))", re.IGNORECASE)
_RECEIVERS_LABEL = re.compile(r"^(?P<label>.*?)(?P<rest>Nơi\s+nhận\s*:?.*)$", re.IGNORECASE)
_EDGE_NOISE = re.compile(r"^[\s|¦—_~=•·]+(?=[^\s-])|(?<=\S)[\s|¦—–_~=•·]+$")
_PURPOSE = re.compile(r"^\(\s*để\s+[^()]{1,24}\)$", re.IGNORECASE)


def signer_column(lines: list[str]) -> list[str]:
    """The lines of the signer's cell: recipients set aside, glued cells cut apart, prefixes
    written the usual way, the stamp's lines dropped."""
    out: list[str] = []
    in_recipients = False
    for raw in _cells(lines):
        line = _OCR_PHO.sub("PHÓ ", _EDGE_NOISE.sub("", raw).strip())
        if not line:
            out.append("")
            continue
        surname = line[:1].isupper() and match_form(line) in SURNAMES  # "Vũ" over "Chiến Thắng"
        if STAMP.search(line) or STAMP_FIELD.match(line) or (is_noise_cell(line) and not surname):
            continue  # a stamp's line, or a speck OCR read between two cells
        for piece in _cut(line) if len(line) <= 200 or _glued_block(line) else [line]:
            glued = _GLUED_DASH.match(piece)
            if glued and as_name(glued[1]):
                out.append(glued[1])  # "-Lường Văn Sáng": a speck before the signer's name
                continue
            title = is_caps(piece) and TITLE_WORD.search(piece) is not None
            if _RECIPIENT.match(piece) or (_NOISY_RECIPIENT.match(fold(piece)) and not title):
                # "Z5. IÁM ĐÓC": a speck before the signer's title is no recipient's dash
                in_recipients = not FILING.match(fold(piece))
                continue
            if in_recipients and piece.endswith((";", ",")) and not is_caps(piece):
                continue  # "TT Tỉnh ủy;" whose dash OCR lost
            if _PURPOSE.match(piece):
                continue  # "(để b/c)": a recipient's purpose a PDF read into the signer's cell
            out.extend(tidy_caps(_tidy_prefix(part)) for part in _title_and_name(piece))
    return out


# A Markdown table row pasted from a web page: "| Nơi nhận: - …; - Lưu: VT. | THỦ TƯỚNG Tên |".
_CELL_BREAK = re.compile(r"\s+\|\s+")


def _cells(lines: list[str]) -> list[str]:
    """Lines with the cells of a one-line table row apart (recipients, then the signer)."""
    out: list[str] = []
    for line in lines:
        if line.count("|") >= 2 and _CELL_BREAK.search(line.strip(" |")):
            out.extend(cell for cell in _CELL_BREAK.split(line.strip(" |")) if cell.strip("-: "))
        else:
            out.append(line)
    return out


def _title_and_name(piece: str) -> list[str]:
    """ "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Tấn Dũng": a signer's cell whose lines were joined into
    one — the capitals of the title, then the name (2-5 words, each capitalised once)."""
    words = piece.split()
    if len(words) < 3 or is_caps(piece) or not is_caps(words[0]):
        return [piece]
    head, last = " ".join(words[:-1]), words[-1]
    if is_caps(head) and TITLE_WORD.search(head) and lone_surname(last):
        return [head, last]  # "PHÓ TỔNG GIÁM ĐỐC Phạm" over "Lương Sơn"
    for cut in range(len(words) - 2, max(0, len(words) - 6), -1):  # a name of 2-5 words
        title, name = " ".join(words[:cut]), " ".join(words[cut:])
        if (
            is_caps(title)
            and TITLE_WORD.search(title)
            and not lone_surname(words[cut - 1])  # "… ĐỐC Phạm Lương Sơn": the name's own
            and not is_caps(words[cut])
            and 2 <= len(words) - cut <= 5
            and as_name(name)
            and match_form(words[cut]) in SURNAMES
        ):
            return [title, name]
    return [piece]


# OCR's forms of the recipients' dashes and labels: "~ TT Tỉnh ủy;", "kưu: VT", "_= Lưu".
_NOISY_RECIPIENT = re.compile(r"^[~_=–—:'z\s]+\S|^\W*(?:noi\s+nhan|[lk]uu\s*:|nhu\s+tren)")
# "pHỏ GIẢM ĐỐC": OCR's mixed case of the deputy's "PHÓ" before the capitals of the post.
_OCR_PHO = re.compile(r"^(?i:ph[oóòỏọõ])\s+(?=G?I[AÁÀẢẠ]M\s+[ĐD][OÓỌÔỐ]C$)")
_GLUED_DASH = re.compile(r"^[-~_=]+([^\W\d_].*)$")


# A signer's prefix and capitals glued after the last sentence of the body.
_GLUED_TITLE = re.compile(r"(?<=[.;])\s+(?=(?:(?:TM|KT|TL|TUQ)\.|T/M\b)\s*(\S+\s+\S+))")
# The seal of an e-signature read after the name: the body in capitals, then the signing time
# ("… Vũ Thị Thuỳ Trang ĐẢNG UỶ XÃ CÔNG HẢI 08-09-2025 17:03:09 +07:00").
_SIGNED_AT = re.compile(
    r"(?:\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ-]*)*\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[+-]\d{2}:?\d{2})?\s*$"
)


def _glued_block(line: str) -> bool:
    """A long line of recipients that runs on into the signer's title ("- Lưu VPĐU. T/M BAN
    THƯỜNG VỤ …"): a paragraph a .docx made of the whole closing table."""
    glued = _GLUED_TITLE.search(line)
    return _RECIPIENT.match(line) is not None and glued is not None and is_caps(glued[1])


def _cut(line: str) -> list[str]:
    """ "KT. CHỦ TỊCH Nơi nhận:" / "- Như trên; PHÓ CHỦ TỊCH" / "- Lưu: VT. Nguyễn Văn An":
    the recipients part and the signer part of a line whose cells were glued."""
    glued = _GLUED_TITLE.search(line)
    if glued and is_caps(glued[1]):  # "… thông qua ngày 10 tháng 7. TM. ỦY BAN … CHỦ TỊCH"
        rest = line[glued.end() :]
        cut = max(0, len(rest) - 300)  # the seal and time close the line: a search near its end
        rest = (rest[:cut] + _SIGNED_AT.sub("", rest[cut:])).strip()
        return [line[: glued.start()].strip(), *_cut(rest)]
    m = _RECEIVERS_LABEL.match(line)
    if m and m["label"].strip():
        return [m["label"].strip(), *_cut(m["rest"])]
    if not _RECIPIENT.match(line):
        return [line]
    label = re.match(r"^(Nơi\s+nhận\s*:)\s*(\S.*)$", line, re.IGNORECASE)
    if label:
        return [label[1], *_cut(label[2])]
    words = line.split()
    for split in range(1, len(words)):
        head, rest = " ".join(words[:split]), " ".join(words[split:])
        if not head.endswith((";", ",", ".", ":")):
            continue
        if _signer_part(rest) or (head.endswith((";", ".")) and _glued_name(rest)):
            return [head, rest]
    return [line]


def _signer_part(text: str) -> bool:
    if is_caps(text) and (TITLE_WORD.search(text) or _LOOSE_PREFIX.match(text)):
        return True
    if re.match(r"^\(\s*đã ký", text, re.IGNORECASE):
        return True
    return as_name(text) is not None and match_form(text.split()[0]) in SURNAMES


def _glued_name(text: str) -> bool:
    """ "Ma Văn Khải" after the last recipient's ";": a name of two to four syllables, each
    capitalised once (an acronym such as "UBND" is a recipient, not a name)."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words
    )


def _tidy_prefix(line: str) -> str:
    if not is_caps(line):
        return line
    m = _LOOSE_PREFIX.match(line)
    if m is None or PREFIX.match(line):
        return line
    if m[1]:
        return f"{m[1]}. {line[m.end() :]}"
    return f"T/M {line[m.end() :]}"
