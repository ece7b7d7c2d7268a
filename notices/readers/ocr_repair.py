"""Frequent administrative phrases Tesseract reads with a wrong tone mark or a wrong "đ".

Tesseract's Vietnamese model confuses the tone marks it can see (a hook for a grave, an acute for
a hook: "để nghị", "chú trì", "bảo cáo"), adds one to a bare vowel ("tỉnh thần") and reads a "d"
as "đ" ("đóng đấu"). `ocr_restore.restore_tones` puts back a tone mark that was lost; here a
phrase whose letters are those of a known phrase with ONE syllable's tone mark (or its d/đ)
changed is written back. The phrases are few and chosen so that the misread form is not
Vietnamese; the one misread form that is ("để nghị quyết …", "để nghị định …": "in order to
[make] a resolution") is kept when the next word says so.
"""

from __future__ import annotations

import re
import unicodedata

from notices.readers.scan_letters import (
    repair_broken_letters,
    restore_lost_first_numbers,
    without_signature_specks,
)

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"

# The phrases of a notice's requests, its officials and its closing formulas; a one-syllable tone
# slip in any of them is not a word ("chú trì", "tỉnh thần", "thục hiện", "cơ quán").
REPAIRED_PHRASES: tuple[str, ...] = (
    "đề nghị",
    "yêu cầu",
    "chủ trì",
    "phối hợp",
    "thực hiện",
    "triển khai",
    "báo cáo",
    "chỉ đạo",
    "tổ chức",
    "trách nhiệm",
    "khẩn trương",
    "nghiêm túc",
    "tinh thần",
    "đóng dấu",
    "đơn vị",
    "cơ quan",
    "hướng dẫn",
    "kiểm tra",
    "tổng hợp",
    "đôn đốc",
    "bố trí",
    "thông báo",
    "y tế",
    "triệt để",
    "để kịp thời",
    "thủ trưởng",
    "giám đốc",
    "nơi nhận",
    "kính gửi",
)

# A misread form that is itself Vietnamese before the words given: "để nghị quyết", "để nghị định",
# "để nghị sĩ", "để nghị trường".
_VALID_BEFORE: dict[str, frozenset[str]] = {
    "để nghị": frozenset({"quyết", "định", "luận", "sự", "sĩ", "trường", "viện", "lực", "án"}),
}

# Misread forms that are words of their own anywhere: "chủ trị" (what a drug treats), "ý tế" in
# "lưu ý tế nhị".
_VALID_FORMS = frozenset({"chủ trị", "ý tế"})

# Phrases repaired only as a title at a line's start, before its colon or the line's end: "nơi
# nhân" is also "nơi nhân dân / nhân viên …" inside a sentence.
_TITLES = frozenset({"nơi nhận"})
_TITLE_END = re.compile(r"[ ]*[:;.\t\n]|[ \t]*$")


def _toneless(text: str) -> str:
    kept = "".join(c for c in unicodedata.normalize("NFD", text) if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", kept)


def _loose(text: str) -> str:
    """Every mark gone and "đ" read as "d", one character for one character."""
    return "".join("d" if c == "đ" else unicodedata.normalize("NFD", c)[0] for c in text.lower())


_BY_LOOSE = {_loose(p): p for p in REPAIRED_PHRASES}
_LOOSE_PATTERN = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(re.escape(k).replace(r"\ ", r"[ \n]") for k in sorted(_BY_LOOSE, key=len))
    + r")(?![^\W_])"
)


def _slipped(written: str, phrase: str) -> bool:
    """The written syllable is the phrase's with its tone mark changed, lost or added, or with
    "d" and "đ" swapped (one of the two, not both)."""
    if written == phrase:
        return False
    return _toneless(written) == _toneless(phrase) or (
        written.replace("đ", "d") == phrase.replace("đ", "d")
    )


def repair_misreads(text: str) -> str:
    """OCR text with known phrases written back where one syllable's tone mark (or d/đ) was
    misread; the other syllables must be the phrase's own, and a misread form that is a phrase of
    its own in that context stays."""
    loose = _loose(text)
    if len(loose) != len(text):
        return text
    pieces: list[str] = []
    last = 0
    for m in _LOOSE_PATTERN.finditer(loose):
        written = text[m.start() : m.end()]
        lower = written.lower().replace("\n", " ")
        phrase = _BY_LOOSE[m[0].replace("\n", " ")]
        if lower == phrase or lower in _VALID_FORMS:
            continue
        if phrase in _TITLES and (
            (m.start() > 0 and text[m.start() - 1] != "\n") or not _TITLE_END.match(text, m.end())
        ):
            continue
        slips = [
            (a, b) for a, b in zip(lower.split(" "), phrase.split(" "), strict=True) if a != b
        ]
        if len(slips) != 1 or not _slipped(*slips[0]):
            continue
        following = text[m.end() :].split(maxsplit=1)
        after = following[0].strip(",.;:").lower() if following else ""
        if after in _VALID_BEFORE.get(lower, ()):
            continue
        restored = "".join(
            w if w.isspace() else p.upper() if w.isupper() else p
            for w, p in zip(written, phrase, strict=True)
        )
        pieces.extend([text[last : m.start()], restored])
        last = m.end()
    return "".join(pieces) + text[last:] if pieces else text


# Specks of a stamp or a signature beside the last line of the body, read as a short token of
# letters and digits glued to the sentence's full stop ("… triển khai thực hiện.J5w"): the line no
# longer ends a sentence, and the "Nơi nhận:" under it joins the body's last paragraph. A token of
# at most four characters with a digit, after a full stop that ends a word, at the line's end, is
# dropped ("TP.HCM", "V.v" and "Điều 5.2a" are left alone: no digit, or no word before the stop).
# The word before the stop is of three lower-case letters at least: a reference at a line's end
# ("QL.14", "ĐT.741", "Km.12", "TDP.5", "mục II.1") is upper case or shorter.
_GLUED_SPECKS = re.compile(r"(?<=[^\W\d_]{3}\.)(?=[^\W_]{0,3}\d)[^\W_]{1,4}(?=\t|$)")


def _drop_specks(line: str) -> str:
    return _GLUED_SPECKS.sub(
        lambda m: "" if line[m.start() - 4 : m.start() - 1].islower() else m[0], line
    )


# The filing line that closes the recipients list, "- Lưu: VT, …", read with its "ư" lost and
# its colon doubled or turned ("- Luu;: VT", "- Lưu;VT"): the parser closes the list on it.
_FILING = re.compile(
    r"^([-–—]\s*)L[uưứừ]u\s*[;:.,]{1,3}\s*(?=(?:VT|VP|HS|Văn thư|Văn phòng|hồ sơ)\b)"
)

# A list's first point "a)" read as "8)" or as an a with a mark it never carries ("ä)", "à)"):
# written back when a "b)" point follows within a few lines and no "a)" (or another misread first
# point, or a dashed "- a)") comes between. An "8)" after a numbered point "7)" is a real one.
_FIRST_POINT = re.compile(r"^(?:8|[äàáảãạ@])\)(?=\s)")
_NEXT_POINT = re.compile(r"^b\)\s")
_OTHER_FIRST = re.compile(r"^(?:[-–—]\s*)?(?:a|8|[äàáảãạ@])\)")
_NUMBERED_POINT = re.compile(r"^(?:\d+|[a-zđ])\)\s")
_POINT_WINDOW = 8

# The recipients list's title "Nơi nhận:" at a line's start with its marks misread or lost ("Noi
# nhận:", "Nới nhân;", "Nơinhận:"): the parser ends the body on it. Its N lost to a speck or read
# as another capital ("ơi nhận:", "Xơi nhận:"), the colon is needed: no phrase opens so.
_RECIPIENTS = re.compile(
    r"^N[oơớờởỡợóòỏõọ]i\s?nh[aâậấầẩẫạ]n(?:\s*[:;.](?=\s|$)|(?=\t|$))"
    r"|^[A-ZĐ]?ơi\s?nh[aâậấầẩẫạ]n\s*:(?=\s|$)"
)

# A speck of the page read as "¬", "~" or a back quote before a line's bullet dash ("¬- Làm việc
# …"): the line no longer opens with its bullet.
_SPECK_BEFORE_DASH = re.compile(r"^[¬~`^]{1,2}(?=[-–—+•]\s)")


# An item's number read with a comma for its full stop ("5, Giám đốc Sở Y tế …", "1,Phát huy …"):
# the parser knows an item by "5.". At a line's start, before a capitalised word (not one in
# capitals: a footer's file name "10,KLTW171.DOC"), after a line
# that ends a sentence or a clause ("." ";" ":"), a heading in capitals or a blank line: a line
# that goes on a sentence ("… tại khoản\n1, Khoản 2 …") is left alone. And only inside a list:
# an item "N-1." above or "N+1." below (within `_LIST_WINDOW` lines) — a house number after
# "Địa điểm:" ("12, Lê Lợi"), a count ("12, Trong đó …") or a clause after a list of numbers
# is no item; nor is a number before a legal reference ("1, Khoản 2 Điều 6 …").
_COMMA_MARKER = re.compile(r"^(\d{1,2}),\s?(?=[^\W\d_])")
_ENDS_CLAUSE = re.compile(r"[.;:!?)]\W*$")
_NOT_AN_ITEM = frozenset({"Khoản", "Điều", "Điểm", "Chương", "Trong"})
_LIST_WINDOW = 40


def _in_list(number: int, above: list[str], below: list[str]) -> bool:
    """An item numbered one less opens a line above, or one more a line below."""

    def opens(line: str, wanted: int) -> bool:
        return wanted > 0 and re.match(rf"{wanted}[.,]\s?(?=[^\W\d_])", line.lstrip()) is not None

    return any(opens(line, number - 1) for line in above[-_LIST_WINDOW:]) or any(
        opens(line, number + 1) for line in below[:_LIST_WINDOW]
    )


def _opens_item(above: list[str]) -> bool:
    """The line before (blank lines skipped) ends a sentence or a clause, or is a heading in
    capitals; no line before: the page's start."""
    for line in reversed(above):
        if not line.strip():
            return True
        letters = [c for c in line if c.isalpha()]
        if _ENDS_CLAUSE.search(line.rstrip(" _-–—~'`")):
            return True
        return bool(letters) and not any(c.islower() for c in letters)
    return True


def _comma_item(line: str, above: list[str], below: list[str]) -> str:
    """`line` with its item number read "N," written "N." (see `_COMMA_MARKER`)."""
    comma = _COMMA_MARKER.match(line)
    word = line[comma.end() :].split(" ", 1)[0] if comma else ""
    if (
        comma
        and word[0].isupper()
        and word[1:].islower()
        and word.rstrip(",.:;") not in _NOT_AN_ITEM
        and _opens_item(above)
        and _in_list(int(comma[1]), above, below)
    ):
        return f"{comma[1]}. {line[comma.end() :]}"
    return line


def comma_items(pages: list[str]) -> list[str]:
    """OCR pages of one document with the item numbers read "N," written "N." across page
    breaks (a list's neighbour item may stand on the page before or after); each page keeps
    its lines."""
    lines = "\n".join(pages).split("\n")
    for index, line in enumerate(lines):
        lines[index] = _comma_item(line, lines[:index], lines[index + 1 :])
    out, start = [], 0
    for page in pages:
        count = page.count("\n") + 1
        out.append("\n".join(lines[start : start + count]))
        start += count
    return out


def _after_number(above: list[str]) -> bool:
    """The nearest point above is a numbered one ("7) …"): an "8)" goes on that list."""
    for line in reversed(above[-_POINT_WINDOW:]):
        point = _NUMBERED_POINT.match(line.lstrip())
        if point:
            return point[0][0].isdigit()
    return False


def repair_lines(text: str) -> str:
    """OCR lines with specks glued to a closing full stop dropped, the filing line "- Lưu: …"
    and a list's first point "a)" written back, a bilevel scan's broken letters and
    a list's lost first number mended."""
    lines = restore_lost_first_numbers(repair_broken_letters(text).split("\n"))
    for index, line in enumerate(lines):
        line = _SPECK_BEFORE_DASH.sub("", _drop_specks(without_signature_specks(line)))
        line = _RECIPIENTS.sub("Nơi nhận:", line)
        line = _FILING.sub(lambda m: f"{m[1]}Lưu: ", line)
        line = _comma_item(line, lines[:index], lines[index + 1 :])
        if _FIRST_POINT.match(line) and not (line[0] == "8" and _after_number(lines[:index])):
            for below in lines[index + 1 : index + 1 + _POINT_WINDOW]:
                if _OTHER_FIRST.match(below.lstrip()):
                    break
                if _NEXT_POINT.match(below):
                    line = "a" + line[1:]
                    break
        lines[index] = line
    return "\n".join(lines)
