"""OCR text put right where Tesseract misreads fixed or predictable text: the motto's second
row (`restore_motto`), a line's opening — a heading number's space, "V/v", "Kính gửi:", a glued
border bar or bullet (`repair_opening`) —, capitals made of doubly marked small vowels
(`restore_case`) and tone marks lost from known phrases (`restore_tones`)."""

from __future__ import annotations

import re
import unicodedata

# The national motto's first line, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", is often set in two rows
# of the header's right column; Tesseract, fitting one baseline to the issuer's row beside it,
# reads the short second row "VIỆT NAM" as nonsense ("TẾT NA Nã", "OẾCU DÔNN"), which the header
# then takes into the issuer's name. The motto is fixed text: a short right cell under a right
# cell ending "CHỦ NGHĨA" is its second row.
_MOTTO_FIRST_ROW = re.compile(r"CỘNG\s*HÒA\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*$", re.IGNORECASE)


def restore_motto(lines: list[str]) -> list[str]:
    """OCR lines with the motto's second row ("VIỆT NAM") written back where it was misread."""
    out = list(lines)
    for index, line in enumerate(out[:-1]):
        if not _MOTTO_FIRST_ROW.search(line.rsplit("\t", 1)[-1]):
            continue
        below = out[index + 1]
        left, tab, right = below.rpartition("\t")
        cell = right.strip()
        if not tab or not cell or len(cell) > 12 or cell.upper() == "VIỆT NAM":
            continue
        if any(c.isdigit() for c in cell) or _bare(cell).startswith(("đoc", "doc")):
            continue  # "Độc lập - Tự do …" or a date: the motto's second row is not there
        out[index + 1] = f"{left}\tVIỆT NAM"
    return out


# Tesseract drops the narrow space after a heading's or an item's number when the word after it
# is in capitals or capitalised ("I.ĐÁNH GIÁ CHUNG", "2.Giao Sở …", "1.2.Về"): the parser knows a
# heading by that space. A Roman numeral or a (dotted) number at the start of a line, its dot and
# a capital letter opening a word of two letters or more get the space back; "1.000", "V.v",
# "TP.HCM" and "II.A" are left alone.
_GLUED_MARKER = re.compile(
    r"^(?:X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2}|\d{1,2}(?:\.\d{1,2}){0,3})\.(?=[^\W\d_]{2})"
)


# A letter's subject line opens "V/v" (về việc); Tesseract reads its small v as a w or a y, or
# the slash as a l, I, | or í ("V/w trả lời", "V/y", "Vív", "V|v"), and the parser no longer sees
# a subject line. At the start of a line, before a lower-case word, it is written back.
_SUBJECT_OPENER = re.compile(r"^V\s?[/|lIií]\s?[vwy](?=:?\s+[^\W\d_])")


# A letter's salutation "Kính gửi:" with its í lost or glued ("Knhgửi:", "Kinh gửi:"), often after
# a rule or specks the scanner left at the line's start ("——————Knhgửi: - Các đồng chí …").
_SALUTATION = re.compile(r"^(?:[^\W\d_]{1,2}\t)?[\W_]{0,12}K[íiìỉl]?nh\s*g[ửưuúũ]i\s*:\s*")
# A table border or page rule Tesseract reads as "|" glued to a word of running text ("Sở |Fư
# pháp", "Sở Tư pháp |- Cơ quan", "chấm điểm|cho"); a cell separator stands apart (" | ").
_BAR = re.compile(r"[|¦]")
_GLUED_BAR = re.compile(r"(?<=\s)[|¦](?=[^\W\d_]|-\s)|(?<=[^\W\d_])[|¦](?=[^\W\d_])")


# Specks glued to the front of a line's list marker ("__1. Thủ trưởng", "-.4.UBND huyện",
# "._1,Phát huy", "__a) Chủ trì") or a dash-like mark glued to an item's first word ("„Tổng hợp",
# "~Rà soát"): the specks go, the mark is the item's bullet dash.
_SPECKS_BEFORE_MARKER = re.compile(r"^[-–]?[_.,:;`~¬„*]+(?=(?:\d{1,2}|[a-zđ])[.,)])")
_GLUED_DASH = re.compile(r"^[„~¬](?=[^\W\d_])")


def repair_opening(line: str) -> str:
    """One OCR line with the space after its opening heading number put back, a misread "V/v"
    subject opener and "Kính gửi:" salutation written back, and a border's "|" glued to a word
    dropped."""
    line = _SPECKS_BEFORE_MARKER.sub("", line)
    if _GLUED_DASH.match(line) and line[1].isupper():
        line = f"- {line[1:]}"
    if len(_BAR.findall(line)) < 2:  # several bars: a table row's cell separators
        line = _GLUED_BAR.sub(
            lambda m: "" if m.start() and line[m.start() - 1].isspace() else " ", line
        )
    salutation = _SALUTATION.match(line)
    if salutation is not None and line[salutation.end() :].strip():
        line = f"Kính gửi: {line[salutation.end() :]}"
    found = _SUBJECT_OPENER.match(line)
    if found is not None and found[0] != "V/v":
        after = line[found.end() :].lstrip(": ")
        if after[:1].islower():
            return f"V/v {after}"
    found = _GLUED_MARKER.match(line)
    if found is None or not line[found.end()].isupper():
        return line
    return f"{found[0]} {line[found.end() :]}"


# Tesseract reads a vowel carrying two marks (a circumflex, breve or horn and a tone) as its
# capital: "thuẾ", "liỆt", "ChỈ" inside a word, and whole short syllables in running text ("BỘ
# Ngoại giao", "trách nhiệm VỀ SỐ liệu", "2. VỀ việc …", "các CƠ quan"). A capital marked vowel
# after a lower-case letter of the same word is lowered. A run of short all-capital syllables,
# one of them with such a vowel, in running text is rewritten: one syllable keeps its capital
# ("Bộ", "Cơ quan" as such nouns are written), the second and later ones are lowered, and the
# first too when it follows a lower-case word ("về số liệu"). A capitalised name in capitals
# ("Hà NỘI, ngày", "VIỆT NAM Độc lập") is left alone: the header reads it in either case.
_MARKED_VOWELS = "ÂĂÊÔƠƯẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"
_TONED_CAPITALS = "ÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ" + _MARKED_VOWELS
_INNER_CAPITAL = re.compile(rf"(?<=\w)[{_TONED_CAPITALS}]")
_OPENER = re.compile(r"^(?:[-–—+•]|\(?\w{1,4}[.)]|.*[.:;!?])$")


def restore_case(line: str) -> str:
    """One OCR line with the capitals Tesseract made of doubly marked small vowels lowered."""
    line = _INNER_CAPITAL.sub(
        lambda m: m[0].lower() if line[m.start() - 1].islower() else m[0], line
    )
    return "\t".join(_restore_cell(cell) for cell in line.split("\t"))


def _restore_cell(cell: str) -> str:
    words = cell.split(" ")
    index = 0
    while index < len(words):
        end = index
        while end < len(words) and _caps_syllable(words[end]):
            end += 1
        if end > index and _in_running_text(words, index, end):
            before = words[index - 1] if index else ""
            opens = not before or _OPENER.match(before) is not None
            for offset in range(index, end):
                lowered = words[offset].lower()
                first = offset == index and (opens or end - index == 1)
                words[offset] = lowered[:1].upper() + lowered[1:] if first else lowered
        index = max(end, index + 1)
    return " ".join(words)


def _caps_syllable(word: str) -> bool:
    core = word.strip(",.:;()")
    return 0 < len(core) <= 4 and core.isalpha() and core.isupper()


def _in_running_text(words: list[str], index: int, end: int) -> bool:
    """The capital run words[index:end] has a doubly marked vowel and stands among words in
    lower case: the next word has a small letter, the one before is lower-case or opens a
    sentence or an item, and a name in capitals is not what it is."""
    run = words[index:end]
    if not any(c in _MARKED_VOWELS for word in run for c in word):
        return False
    following = words[end] if end < len(words) else ""
    if not following[:1].isalpha() or not any(c.islower() for c in following):
        return False
    before = words[index - 1] if index else ""
    if before and not before[:1].islower() and _OPENER.match(before) is None:
        # "Giao BỘ Tài chính" is a subject; "Hà NỘI, ngày" is a place name, "HUYỆN HIỆP Hòa" too
        lower_before = any(c.islower() for c in before)
        return lower_before and len(run) == 1 and following[:1].isupper()
    return len(run) == 1 or following[:1].islower()


# Tesseract drops a tone mark it cannot separate from the letter's other mark ("yêu câu", "đê
# nghị", "khân trương", "tông hợp", "Bảo hiêm xã hội"): the words a notice asks with, the verbs
# of its tasks and the words that name bodies and officials are put back where every letter is
# the phrase's own or the phrase's with its tone mark lost.
# One syllable is left alone ("câu", "đê" are words); so are phrases whose toneless form is
# another phrase ("công nhân" is not "công nhận").
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_ASKING_WORDS = ("yêu cầu", "đề nghị", "khẩn trương", "trách nhiệm")
# Phrases whose toneless form is a word or name of its own: "văn phong" (a style, a place),
# "thương vụ" (a trade office), "đông viên (chức)", "đi đâu", "(Nguyễn Thị) Hương dẫn (đầu)".
_TONELESS_WORDS = frozenset(
    {"công nhân", "văn phong", "thương vụ", "đông viên", "đi đâu", "hương dẫn"}
)


def _toneless(text: str) -> str:
    kept = "".join(c for c in unicodedata.normalize("NFD", text) if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", kept)


def _bare(text: str) -> str:
    """Every mark gone, one character for one character ("đ" stays): a phrase's skeleton."""
    return "".join(unicodedata.normalize("NFD", c)[0] if c != "đ" else c for c in text.lower())


def _phrases() -> dict[str, tuple[str, ...]]:
    from notices.lexicon import GROUP_NOUNS, ORG_HEADS, ROLE_WORDS, WORK_VERBS

    vocabulary = (*_ASKING_WORDS, *WORK_VERBS, *ORG_HEADS, *GROUP_NOUNS, *ROLE_WORDS)
    by_skeleton: dict[str, list[str]] = {}
    for phrase in dict.fromkeys(w for w in vocabulary if " " in w):
        by_skeleton.setdefault(_bare(phrase), []).append(phrase)
    return {skeleton: tuple(found) for skeleton, found in by_skeleton.items()}


_PHRASES = _phrases()
_PHRASE_SKELETON = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(
        re.escape(k).replace(r"\ ", r"[ \n]") for k in sorted(_PHRASES, key=len, reverse=True)
    )
    + r")(?![^\W_])"
)


# Words that open a person's or a place's name: a capitalised phrase after one of them is part of
# the name ("Nguyễn Văn Phong", "Nguyễn Thị Hương", "xã Văn Phong"), whose spelling is its own.
_NAME_OPENERS = frozenset(
    {"văn", "thị", "đức", "hữu", "công", "minh", "ngọc", "quang", "xuân", "thanh", "xã",
     "phường", "thôn", "bản", "làng", "huyện", "tỉnh", "ấp", "đồng", "chí", "ông", "bà"}
)  # fmt: skip


def _names_someone(text: str, start: int, written: str) -> bool:
    """A capitalised (not all-capital) phrase right after a family name, a middle name or a
    place word: a person's or a place's name, not a phrase to repair."""
    from notices.lexicon import SURNAMES

    if not written[:1].isupper() or written.isupper():
        return False
    words = text[max(0, start - 24) : start].split()
    if not words:
        return False
    previous = words[-1].strip(",.;:").lower()
    return previous in SURNAMES or previous in _NAME_OPENERS


def restore_tones(text: str) -> str:
    """OCR text with the tone marks lost from known phrases put back (a phrase may wrap)."""
    skeleton = _bare(text)
    if len(skeleton) != len(text):
        return text
    pieces: list[str] = []
    last = 0
    for m in _PHRASE_SKELETON.finditer(skeleton):
        written = text[m.start() : m.end()]
        lower = written.lower().replace("\n", " ")
        phrases = _PHRASES[m[0].replace("\n", " ")]
        if lower in _TONELESS_WORDS or lower in phrases:
            continue
        if _names_someone(text, m.start(), written):
            continue  # "Nguyễn Văn Phong", "Xã Văn Phong": a capitalised word mid-sentence
        for phrase in phrases:
            if len(phrase) == len(lower) and all(
                a == b or a == _toneless(b) for a, b in zip(lower, phrase, strict=True)
            ):
                restored = "".join(  # each letter keeps its case: "THÀNH PHÔ" -> "THÀNH PHỐ"
                    w if w.isspace() else p.upper() if w.isupper() else p
                    for w, p in zip(written, phrase, strict=True)
                )
                pieces.extend([text[last : m.start()], restored])
                last = m.end()
                break
    return "".join(pieces) + text[last:] if pieces else text
