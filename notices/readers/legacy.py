"""Legacy Vietnamese font encodings (TCVN3/ABC, VNI Windows) and double-encoded UTF-8 → Unicode.

Before Unicode, Vietnamese offices typed with fonts whose glyphs sat on Latin-1 code points:
".VnTime" (TCVN3, also called ABC) and "VNI-Times" (VNI Windows). Text from such a font comes out
of a PDF text layer, a .docx run or a .txt as Latin-1 characters ("Th«ng b¸o", "Thoâng baùo").
Tables checked against the TCVN 5712:1993 VN3 layout and the VNI Windows layout used by Unikey
and xvnkb; `tests/unit/notices/test_reader_legacy.py` round-trips every Vietnamese letter.

Which reading is right comes from the font's name when the file gives it (a Word run, a PDF
word), otherwise from scoring: the share of words that are valid Vietnamese syllables, line by
line, since a document can mix fonts, with the whole text breaking ties.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Literal

Encoding = Literal["unicode", "tcvn3", "vni"]

# TCVN3 (ABC): one byte per letter. The lowercase fonts (.VnTime) hold lowercase letters and the
# seven capitals Ă Â Ê Ô Ơ Ư Đ; the capital fonts (.VnTimeH) draw capitals on the same codes.
_TCVN3_LETTERS = {
    "à": "µ", "á": "¸", "ả": "¶", "ã": "·", "ạ": "¹",
    "ă": "¨", "ằ": "»", "ắ": "¾", "ẳ": "¼", "ẵ": "½", "ặ": "Æ",
    "â": "©", "ầ": "Ç", "ấ": "Ê", "ẩ": "È", "ẫ": "É", "ậ": "Ë",
    "đ": "®",
    "è": "Ì", "é": "Ð", "ẻ": "Î", "ẽ": "Ï", "ẹ": "Ñ",
    "ê": "ª", "ề": "Ò", "ế": "Õ", "ể": "Ó", "ễ": "Ô", "ệ": "Ö",
    "ì": "×", "í": "Ý", "ỉ": "Ø", "ĩ": "Ü", "ị": "Þ",
    "ò": "ß", "ó": "ã", "ỏ": "á", "õ": "â", "ọ": "ä",
    "ô": "«", "ồ": "å", "ố": "è", "ổ": "æ", "ỗ": "ç", "ộ": "é",
    "ơ": "¬", "ờ": "ê", "ớ": "í", "ở": "ë", "ỡ": "ì", "ợ": "î",
    "ù": "ï", "ú": "ó", "ủ": "ñ", "ũ": "ò", "ụ": "ô",
    "ư": "\u00ad", "ừ": "õ", "ứ": "ø", "ử": "ö", "ữ": "÷", "ự": "ù",
    "ỳ": "ú", "ý": "ý", "ỷ": "û", "ỹ": "ü", "ỵ": "þ",
    "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§",
}  # fmt: skip
_FROM_TCVN3 = {code: letter for letter, code in _TCVN3_LETTERS.items()}

# VNI Windows: a base letter followed by a mark character; ơ ư đ and the i/ỵ forms are single
# characters. Capitals use the capital form of each mark character.
_VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX = {
    "": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä",
}  # fmt: skip
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_SINGLE = {
    "ơ": "ô", "ư": "ö", "đ": "ñ",
    "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î",
}  # fmt: skip
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _vni_lowercase() -> dict[str, str]:
    table: dict[str, str] = dict(_VNI_SINGLE)
    for base in "aeiouy":
        for tone, mark in _VNI_TONES.items():
            letter = unicodedata.normalize("NFC", base + tone)
            table.setdefault(letter, base + mark)
    for base in "aeo":
        for tone, mark in _VNI_CIRCUMFLEX.items():
            table[unicodedata.normalize("NFC", base + "\u0302" + tone)] = base + mark
    for tone, mark in _VNI_BREVE.items():
        table[unicodedata.normalize("NFC", "a\u0306" + tone)] = "a" + mark
    for base, single in (("ơ", "ô"), ("ư", "ö")):
        for tone, mark in _VNI_TONES.items():
            table[unicodedata.normalize("NFC", base + tone)] = single + mark
    return table


_VNI_LOWER = _vni_lowercase()
_VNI_LETTERS = {
    **_VNI_LOWER,
    **{letter.upper(): code.upper() for letter, code in _VNI_LOWER.items()},
}
_FROM_VNI = {code: letter for letter, code in _VNI_LETTERS.items()}
_VNI_PATTERN = re.compile("|".join(re.escape(c) for c in sorted(_FROM_VNI, key=len, reverse=True)))

# What a Vietnamese syllable may look like once its tone mark is taken off.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"(?:a|ă|â|e|ê|i|o|ô|ơ|u|ư|y|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ"
    r"|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu|iêu)"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_EDGE_PUNCTUATION = "\"'()[]{}<>,.;:!?-–…“”‘’/\\*_+=|#%&@^`~"
_SCORED_TOKEN = re.compile(r"\d")


@functools.lru_cache(maxsize=65536)  # a document repeats its words; the check is pure
def is_syllable(word: str) -> bool:
    """True for "Thông", "nghiệp", "TỈNH"; False for "Th«ng", "Thoâng", "UBND"."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(decomposed.count(mark) for mark in _TONE_MARKS) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(bare) is not None


def _words(text: str) -> list[str]:
    words: list[str] = []
    for token in text.split():
        word = token.strip(_EDGE_PUNCTUATION)
        if word and not _SCORED_TOKEN.search(word):
            words.append(word)
    return words


def vietnamese_score(text: str) -> float:
    """Share of the words that are Vietnamese syllables (0.0 when there are no words)."""
    words = _words(text)
    if not words:
        return 0.0
    return sum(1 for word in words if is_syllable(word)) / len(words)


# TCVN3 and VNI fonts put letters on Latin-1's upper half only; a file typed with them on
# Windows keeps Windows-1252's punctuation in the bytes 0x80-0x9F ("…" 0x85, "“" 0x93, "–"
# 0x96). Read as Latin-1 those are control characters (U+0085 even breaks a line), so the dash
# of "kinh tế – xã hội", the quotes and the ellipsis were lost.
_CP1252_PUNCTUATION = {
    byte: bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def legacy_bytes_text(data: bytes) -> str:
    """Bytes of a legacy-font text as the characters the fonts' codes are: Latin-1, with the
    Windows punctuation of 0x80-0x9F as punctuation."""
    return data.decode("latin-1").translate(_CP1252_PUNCTUATION)


def _has_legacy_characters(text: str) -> bool:
    return any("\u0080" <= char <= "\u00ff" for char in text)


def from_tcvn3(text: str, *, capitals: bool | None = None) -> str:
    """TCVN3 text read as Latin-1 → Unicode. `capitals`: the text was typed in a capital font
    (.VnTimeH); None decides per word from the plain capital letters around it."""
    out = "".join(_FROM_TCVN3.get(char, char) for char in text)
    if capitals:
        return out.upper()
    if capitals is None and any(char in _FROM_TCVN3 for char in text):
        return _restore_capitals(text, out)
    return out


# .VnTime has codes for seven capitals only (Ă Â Ê Ô Ơ Ư Đ): a capital carrying a tone ("Ủy ban",
# "Ấp", "Ổn định") was typed with the small letter's code, so it reads back in lower case. A
# heading "7. ủy ban nhân dân các tỉnh" or a sentence "ủy ban nhân dân tỉnh giao …" then no
# longer names a body. Such a word is given its capital where the writer meant one: at the start
# of a line, a table cell, an item ("- ", "1. ", "a) ", "+ ") or a sentence, and at the head of
# an organisation's name ("ủy ban", written "Ủy ban" in every official text).
_ITEM_MARKER = re.compile(
    r"[ ]*(?:[-–+•*]|\(?(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-z]|[IVXLC]{1,5})[.)])[ ]*[\"“(]*"
)
_OPENING = re.compile(r"[ ]*[\"“(]*")
_SENTENCE_END = re.compile(r"(?<![.…])[.!?][\"”]*[ ]+[\"“(]*$")
# A full stop that closes an abbreviation or a number mid-line ends no sentence: "UBND TP. ở",
# "v.v. ở", "Phụ lục 1. ở", "Q. 1", "tr. 5".
_ABBREVIATION_END = re.compile(
    r"(?<![^\W_])(?:TP|Tp|TX|Tx|TT|tr|v\.v|[A-ZĐ]|\d+)\.[\"”]*[ ]+[\"“(]*$"
)
# An item marker or an opening is short: a longer lead-in is not looked at (linear work).
_LEAD_IN = 48
# Capitals with a code of their own: their small letters were typed small.
_CODED_CAPITALS = frozenset(letter.lower() for letter in "ĂÂÊÔƠƯĐ")


@functools.cache
def _toned_heads() -> tuple[str, ...]:
    """Organisation heads of two words or more that open with a toned vowel ("ủy ban")."""
    from notices.lexicon import ORG_HEADS

    toned = (head for head in ORG_HEADS if len(unicodedata.normalize("NFD", head[0])) > 1)
    return tuple(head for head in toned if " " in head)


def restore_initials(text: str, coded: list[bool]) -> str:
    """`text` with the capitals .VnTime cannot store put back at the start of a cell, an item
    or a sentence (a line opens one when the line before it ended one: hard-wrapped text goes
    on in lower case) and on an organisation's head word; `coded[i]` tells whether character i
    was read from a TCVN3 code."""
    chars = list(text)
    segment_start, fresh = 0, True
    for index, letter in enumerate(text):
        if letter == "\t" or letter == "\n":
            ended = text[segment_start:index].rstrip()
            fresh = letter == "\t" or not ended or ended[-1] in ".:;!?"
            segment_start = index + 1
            continue
        if not coded[index] or not letter.islower() or letter in _CODED_CAPITALS:
            continue
        if index and (text[index - 1].isalnum() or text[index - 1] in "/_"):
            continue  # inside a word
        near = text[max(segment_start, index - 16) : index]
        before = text[segment_start:index] if index - segment_start <= _LEAD_IN else None
        rest = text[index : index + 24].lower()
        if (
            (before is not None and _ITEM_MARKER.fullmatch(before))
            or (fresh and before is not None and _OPENING.fullmatch(before))
            or (_SENTENCE_END.search(near[-8:]) and not _ABBREVIATION_END.search(near))
            or any(
                rest.startswith(head) and not rest[len(head) : len(head) + 1].isalpha()
                for head in _toned_heads()
            )
        ):
            chars[index] = letter.upper()
    return "".join(chars)


def _restore_capitals(original: str, converted: str) -> str:
    """ "UBND TØNH" was typed in .VnTimeH: "TỉNH" becomes "TỈNH". A word is a capital word when
    its plain letters are two or more capitals, or one capital (or none) among words whose plain
    letters are mostly capitals, in its segment of the line (a tab separates header columns;
    codes like "215/TB-UBND" do not count): "Tù do" stays "Tự do", "HUYÖN" and the "Ò" of
    "Ò NGHÞ" become capitals."""
    out: list[str] = []
    source_parts = re.split(r"(\t|\n)", original)
    converted_parts = re.split(r"(\t|\n)", converted)
    for source, segment in zip(source_parts, converted_parts, strict=True):
        source_words = re.split(r"(\s+)", source)
        words = re.split(r"(\s+)", segment)
        letters_of = [
            [] if re.search(r"[\d/]", w) else [c for c in w if c.isascii() and c.isalpha()]
            for w in source_words
        ]  # codes like "215/TB-UBND" say nothing about the font
        # the plain letters of the whole segment, counted once (a word's own are taken off)
        total = sum(len(ls) for ls in letters_of)
        total_upper = sum(c.isupper() for ls in letters_of for c in ls)
        for index, (source_word, word) in enumerate(zip(source_words, words, strict=True)):
            if not any(char in _FROM_TCVN3 for char in source_word):
                continue
            letters = [c for c in source_word if c.isascii() and c.isalpha()]
            if not all(c.isupper() for c in letters):
                continue
            if len(letters) >= 2:
                words[index] = word.upper()
                continue
            own = letters_of[index]
            around = total - len(own)
            if around and total_upper - sum(c.isupper() for c in own) >= 0.8 * around:
                words[index] = word.upper()
        out.append("".join(words))
    return "".join(out)


def from_vni(text: str) -> str:
    """VNI Windows text read as Latin-1 ("Thoâng baùo") → Unicode ("Thông báo")."""
    return _VNI_PATTERN.sub(lambda m: _FROM_VNI[m.group(0)], text)


def to_tcvn3(text: str) -> str:
    """Unicode → TCVN3 as Latin-1 characters (capitals with their own code kept; other capitals
    become the lowercase code, as a .VnTimeH font would store them)."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        code = _TCVN3_LETTERS.get(char) or _TCVN3_LETTERS.get(char.lower())
        out.append(code if code else char)
    return "".join(out)


def to_vni(text: str) -> str:
    """Unicode → VNI Windows as Latin-1 characters."""
    return "".join(_VNI_LETTERS.get(c, c) for c in unicodedata.normalize("NFC", text))


def _double_utf8(text: str) -> str | None:
    """UTF-8 bytes that were read as Windows-1252 ("Hiá»‡p HoÃ ") → the real text, or None."""
    raw = bytearray()
    for char in text:
        code = ord(char)
        if code < 0x100:
            raw.append(code)  # Latin-1 and the C1 bytes cp1252 leaves undefined
            continue
        try:
            raw.extend(char.encode("cp1252"))
        except UnicodeEncodeError:
            return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def readings(text: str) -> dict[str, str]:
    """Every reading of `text`: as is ("unicode"), re-decoded UTF-8 ("utf8"), TCVN3, VNI."""
    found = {"unicode": text}
    if not _has_legacy_characters(text):
        return found
    repaired = _double_utf8(text)
    if repaired is not None and repaired != text:
        found["utf8"] = repaired
    found["tcvn3"] = from_tcvn3(text)
    found["vni"] = from_vni(text)
    return found


def _best(options: dict[str, str], prefer: str) -> str:
    scores = {name: vietnamese_score(option) for name, option in options.items()}
    top = max(scores.values())
    for name in (prefer, "unicode", "utf8", "tcvn3", "vni"):
        if name in scores and scores[name] >= top - 1e-9:
            return options[name]
    return options["unicode"]  # pragma: no cover - one of the names above always scores top


# Fonts that map "ư" to the look-alike Latin letter OI ("THƢƠNG", "đƣợc"): Vietnamese never
# uses that letter, so it is always "ư".
_OI_AS_U_HORN = str.maketrans({"\u01a2": "\u01af", "\u01a3": "\u01b0"})


def repair_text(text: str) -> str:
    """Convert each line that reads better as TCVN3, VNI or re-decoded UTF-8; NFC.

    The whole text votes first: when one reading is clearly the most Vietnamese, it wins the
    Latin-1-only lines where both readings are words ("Sè" is a syllable, but in a TCVN3 file
    it is "Số")."""
    text = text.translate(_OI_AS_U_HORN)
    if not _has_legacy_characters(text):
        return text
    whole = {name: vietnamese_score(option) for name, option in readings(text).items()}
    prior = max(whole, key=lambda name: whole[name])
    if whole[prior] < whole["unicode"] + 0.05:
        prior = "unicode"
    lines = text.split("\n")
    repaired = [_repair_line(line, prior) for line in lines]
    coded: list[bool] = []
    for line, new in zip(lines, repaired, strict=True):
        tcvn3 = new != line and len(new) == len(line) and new == from_tcvn3(line)
        coded.extend(tcvn3 and char in _FROM_TCVN3 for char in line)
        coded.append(False)  # the line break
    joined = "\n".join(repaired)
    if any(coded):
        joined = restore_initials(joined, coded)
    return unicodedata.normalize("NFC", joined)


# Letters no Latin-1 byte is: a legacy font's text never holds them, Unicode Vietnamese does
_VIETNAMESE_BEYOND_LATIN1 = re.compile(
    "[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)


def _repair_line(line: str, prior: str) -> str:
    if not _has_legacy_characters(line) or _unicode_with_odd_letters(line):
        return line
    # a line with letters beyond Latin-1 ("ộ", "ă") is Unicode already: no vote for it
    latin1_only = all(ord(c) < 0x100 for c in line)
    if not (latin1_only and prior != "unicode") and vietnamese_score(line) == 1.0:
        return line  # every word already a syllable: nothing reads better
    return _best(readings(line), prior if latin1_only else "unicode")


def _unicode_with_odd_letters(line: str) -> bool:
    """ "ø) Phối hợp …" (a scan's "g)"): a Unicode line with a letter or two OCR left that
    Vietnamese never writes. Its Vietnamese letters beyond Latin-1 outnumber those odd letters,
    while a legacy-font line with one word typed in Unicode ("UBND huyÖn Mường Khương hoµn
    thµnh …") holds more of the font's codes than that word's letters."""
    vietnamese = len(_VIETNAMESE_BEYOND_LATIN1.findall(line))
    if not vietnamese:
        return False
    odd = sum(1 for char in line if "\u0080" <= char <= "\u00ff" and not _vietnamese_latin1(char))
    return odd <= 1 or odd < vietnamese


def font_encoding(font_name: str | None) -> tuple[Encoding, bool] | None:
    """(encoding, capitals) for a legacy font name: ".VnTimeH" → ("tcvn3", True), "VNI-Times" →
    ("vni", False), "ABCDEF+.VnArial,Bold" (a PDF subset) → ("tcvn3", False); None otherwise."""
    if not font_name:
        return None
    name = font_name.split("+", 1)[-1].strip()  # "ABCDEF+" marks a subset embedded in a PDF
    name = _FONT_STYLE.sub("", name)
    lowered = name.lower()
    if lowered.startswith("vni"):
        return ("vni", False)
    if lowered.startswith((".vn", "vn")) and len(name) > 3:
        return ("tcvn3", name.endswith("H"))
    return None


# Style words a font name carries after the family: ".VnTimeH,Bold", ".VnArialH-BoldItalic",
# ".VnTimeHBook" (a PDF writer's addition), "VNI-Times Italic".
_FONT_STYLE = re.compile(
    r"(?:[\s,\-]*(?:Bold|Italic|Oblique|Regular|Book|Normal|Medium|Light|Roman|MT|PS))+$"
)


def convert_run(text: str, font_name: str | None) -> str:
    """A run of one font: converted by its font when the font is a legacy one, else as is. A
    capital font (.VnTimeH) draws every letter as a capital, plain "a–z" included."""
    hint = font_encoding(font_name)
    if hint is None:
        return text
    encoding, capitals = hint
    if encoding == "vni":
        return from_vni(text)
    if capitals:
        return from_tcvn3(text, capitals=True)
    return from_tcvn3(text) if _has_legacy_characters(text) else text


def convert_run_marked(text: str, font_name: str | None) -> tuple[str, list[bool]]:
    """`convert_run`, with a flag per character of the result telling whether it was read from
    a TCVN3 code of a small-letter font (.VnTime): `restore_initials` gives those their capitals
    once the run's paragraph or line is whole."""
    converted = convert_run(text, font_name)
    hint = font_encoding(font_name)
    if hint != ("tcvn3", False) or converted == text or len(converted) != len(text):
        return converted, [False] * len(converted)
    return converted, [char in _FROM_TCVN3 for char in text]


def looks_unreadable(texts: Iterable[str], *, minimum_words: int = 12) -> bool:
    """Gibberish: enough words, fewer than half of them Vietnamese syllables while Latin-1
    letters Vietnamese never uses abound (an unconverted legacy font); or under a quarter while
    the text is strewn with what no font maps to letters: control and private-use characters,
    U+FFFD, pdfminer's "(cid:12)". A text in English or all codes is not gibberish: it is read,
    and the parser says what it finds."""
    text = "\n".join(texts)
    glyph_ids = text.count("(cid:")  # pdfminer's stand-in for a glyph it cannot map
    if glyph_ids >= minimum_words and glyph_ids * 8 > 0.3 * len(text.strip()):
        return True
    words = _words(text)
    if len(words) < minimum_words:
        return False
    score = vietnamese_score(text)
    if _has_legacy_characters(text) and _foreign_share(text) > 0.02:
        return score < 0.5
    return score < 0.25 and _garbage_share(text) > 0.02


# Vietnamese prose marks about half its words (tones, ơ, ư, â, ê, ô, ă, đ); a text layer that
# marks almost none was made by a scanner's OCR without the Vietnamese model ("CQNG HOA XA
# HQI CHU NGHIA", "DQc l$p").
_MARKED_SHARE = 0.08


def _marked_share(text: str, minimum_words: int) -> float | None:
    """The share of words carrying a Vietnamese letter or tone; None under `minimum_words`."""
    words = [word for word in _words(text) if len(word) >= 2 and word.isalpha()]
    if len(words) < minimum_words:
        return None
    return sum(1 for word in words if any(ord(char) > 0x7F for char in word)) / len(words)


def lacks_marks(text: str, *, minimum_words: int = 30) -> bool:
    """A text of enough words of which almost none carries a Vietnamese letter or tone."""
    share = _marked_share(text, minimum_words)
    return share is not None and share < _MARKED_SHARE


def poorly_marked(text: str, *, minimum_words: int = 30) -> bool:
    """Words marked far less than Vietnamese prose marks them: under 60 % (prose about 87 %, its
    1st percentile 76 %; a scanner's Latin OCR 21-31 %: "CQNG HOA xA HQI", "Hnh phüc"). Only
    telling for a scanner's hidden layer: born-digital text split into glyph runs falls as low."""
    share = _marked_share(text, minimum_words)
    return share is not None and share < 0.6


def _garbage_share(text: str) -> float:
    sample = text[:50000]
    garbage = sample.count("(cid:") * 6 + sum(
        1
        for c in sample
        if c == "\ufffd"
        or "\ue000" <= c <= "\uf8ff"
        or (unicodedata.category(c) in ("Cc", "Cn") and c not in "\t\n\r\f")
    )
    return garbage / max(1, len(sample))


def _foreign_share(text: str) -> float:
    letters = sum(1 for c in text if c.isalpha()) or 1
    foreign = sum(1 for c in text if "\u0080" <= c <= "\u00ff" and not _vietnamese_latin1(c))
    return foreign / letters


def _vietnamese_latin1(char: str) -> bool:
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0] in "aeiouyAEIOUYđĐ" and all(
        m in "\u0300\u0301\u0303\u0309\u0323\u0302\u0306" for m in decomposed[1:]
    )
