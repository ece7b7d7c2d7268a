"""One header line into its column pieces, repaired: the motto and the Party's name in their
canonical form, the place-date line's date, the number label as "Số:", table borders gone."""

from __future__ import annotations

import re

from notices.text import fold

# Right-hand column phrases, matched on fold() so OCR that lost or changed marks still matches.
# Between two words of the motto OCR leaves dots, colons, quotes ("CỘNG. HÒA", "Hạnh:phúc").
_S = r"[\s.:;,_~'\"“”`-]*"
MOTTO = (
    (re.compile(rf"cong{_S}h[o0]a{_S}xa{_S}h[o0]i{_S}chu{_S}ngh[il1]a{_S}viet{_S}nam"),
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    (re.compile(rf"d[o0]c{_S}lap{_S}[-–—]*{_S}tu{_S}d[o0]{_S}[-–—]*{_S}hanh{_S}phuc"),
     "Độc lập - Tự do - Hạnh phúc"),
    (re.compile(rf"dang{_S}cong{_S}san{_S}viet{_S}nam"), "ĐẢNG CỘNG SẢN VIỆT NAM"),
)  # fmt: skip
# "S6: 12/TB-UBND", "Sô 45-TB/TU", "So:": the number label as OCR reads it. "Sở Nội vụ" folds
# to "so noi vu" and is no number: a colon, a digit or a slash must follow. Its S read as "$" or
# "§" ("$6:990/TB-TCT") counts only before a colon or a number with its code: "$60 000 USD",
# "$0.5 triệu", "$0/ngày" are amounts.
_NUMBER_LABEL = re.compile(
    r"^(?:\W*s\s?[o06]\s*(?:[:;.,]+\s*|\s+(?=\d)|(?=\d|/)|$)"
    # "Sá:ZZ /UBND-VP", "Sẽ: @6† /TB-UBND": its ố read as another vowel, only before a
    # colon and a short handwritten number with its printed code
    r"|\W*s[ae]\s*[:;]\s*(?=[^\s/]{1,6}\s*/\s*[a-z]{2})"
    r"|[^\w$§]*[$§]\s?[o06]\s*(?:[:;]+\s*|\s+(?=\d+\s*/\s*[a-z])))"
)
# "ngay 05 thang 8 nam 2025" (marks lost), "ngày ... tháng ... năm 2025" (left blank).
_D = r"[\s.…_,:;-]*"  # "ngày: 10 tháng.7", "tháng-9": OCR's dots and dashes between the words
_DATE = re.compile(
    rf"\bngay{_D}(?P<d>\d{{1,2}})?{_D}thang{_D}(?P<m>\d{{1,2}})?{_D}nam{_D}(?P<y>(?:19|20)\d\d)\b"
)
_DATE_NUMERIC = re.compile(
    r"\bngay\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)\b"
)
# Stray table borders and rules that OCR reads as characters.
_EDGE_NOISE = re.compile(r"^(?:[\s|¦—–_~=•·:;,.]|-{2,})+(?=\S)|(?<=\S)(?:[\s|¦—–_~=•·]|-{2,})+$")
LEADING_NOISE = re.compile(r"^(?:[^\w(]|[\u02b0-\u02ff])+")
_INNER_BAR = re.compile(r"\s[|¦]\s")


def repair(line: str) -> list[str]:
    """One header line as column pieces, repaired: motto phrases and dates in canonical form,
    the number label as "Số:", table borders gone. Pieces keep their left-to-right order."""
    line = _INNER_BAR.sub(" ", _EDGE_NOISE.sub("", line)).strip()
    if not line:
        return []
    folded = fold(line)
    if len(folded) != len(line):  # a decomposed oddity: leave it to the general rules
        return [line]
    cuts: list[tuple[int, int, str]] = []
    for pattern, canonical in MOTTO:
        for m in pattern.finditer(folded):
            cuts.append((m.start(), m.end(), canonical))
    date = _date_at_end(folded) if len(line) <= 110 else None
    if date and not _place_or_nothing_before(line, date.start(), cuts):
        date = None
    if date:
        cuts.append((date.start(), len(line), _date_text(date)))
    if not cuts:
        return [_number_label(line)]
    cuts.sort()
    pieces: list[str] = []
    last = 0
    for start, end, canonical in cuts:
        if start < last:
            continue
        before = line[last:start].strip(" ,;:|")
        if canonical.startswith("ngày"):
            before = _without_leading_noise(before)
            parts = _split_number_place(before) if before else []
            if parts:
                parts[-1:] = _split_caps_place(parts[-1])
            if parts and _is_place(parts[-1]):
                parts[-1] = f"{parts[-1]}, {canonical}"
            else:
                parts.append(canonical)
            pieces.extend(parts)
        else:
            if before:
                pieces.append(before)
            pieces.append(canonical)
        last = end
    tail = line[last:].strip(" ,;:|")
    if tail:
        pieces.append(tail)
    return [_number_label(p) for p in pieces if p]


def _date_at_end(folded: str) -> re.Match[str] | None:
    """The place-date line's date: it ends the line, after nothing, a place or the number, so
    "Kế hoạch số 45/KH-UBND ngày 20 tháng 01 năm 2025 của UBND tỉnh" is left alone."""
    for pattern in (_DATE, _DATE_NUMERIC):
        for m in pattern.finditer(folded):
            if folded[m.end() :].strip(" .)") == "":
                return m
    return None


def _split_caps_place(text: str) -> list[str]:
    """ "TỈNH ỦY Cao Bằng" (tabs lost): the left column's capitals, then the place."""
    words = text.split()
    cut = len(words)
    while cut > 0 and len(words) - cut < 5 and not _all_caps_word(words[cut - 1]):
        cut -= 1
    if cut > 0 and words[cut - 1] in ("TP.", "Tp.", "TX.", "TT."):
        cut -= 1  # "TP. Hồ Chí Minh"
    if 0 < cut < len(words):
        return [" ".join(words[:cut]), " ".join(words[cut:])]
    return [text]


def _all_caps_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _without_leading_noise(text: str) -> str:
    """ "ˆ- Hà Nội", "l Hà Nội": specks OCR read before the place."""
    words = LEADING_NOISE.sub("", text).split()
    while len(words) > 1 and len(words[0]) <= 2 and not words[0][:1].isupper():
        words.pop(0)
    return " ".join(words)


def _place_or_nothing_before(line: str, start: int, cuts: list[tuple[int, int, str]]) -> bool:
    last = max((end for _, end, _ in cuts if end <= start), default=0)
    before = _without_leading_noise(line[last:start].strip(" ,;:|"))
    if not before:
        return True
    return _is_place(_split_caps_place(_split_number_place(before)[-1])[-1])


def _is_place(text: str) -> bool:
    words = text.replace("TP.", "TP. ").split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words)


def _date_text(m: re.Match[str]) -> str:
    if m.re is _DATE_NUMERIC:
        return f"ngày {m['d']}/{m['m']}/{m['y']}"
    day = f" {m['d']}" if m["d"] else ""
    month = f" {m['m']}" if m["m"] else ""
    return f"ngày{day} tháng{month} năm {m['y']}"


def _split_number_place(text: str) -> list[str]:
    """ "Số: 125/TB-UBND Lạng Sơn" (tabs lost) → the number and the place before a date."""
    m = re.match(r"^(\W*\S+\s*:?\s*\d*\s*[-/]\s*\S+)\s+(\S.*)$", text)
    if m and _NUMBER_LABEL.match(fold(m[1])):
        return [m[1], m[2]]
    return [text]


def _number_label(piece: str) -> str:
    m = _NUMBER_LABEL.match(fold(piece))
    if m is None:
        return piece
    rest = piece[m.end() :].strip()
    if rest:
        return f"Số: {rest}"
    # a bare label: "Số:" whose number sits in the next cell; "SỞ" alone is a wrapped body name
    return "Số:" if ":" in piece or piece.strip() in ("Số", "SỐ") else piece


CANONICAL_MOTTO = frozenset(canonical for _, canonical in MOTTO)
_MOTTO_KEYS = (
    "cong hoa xa hoi chu nghia viet nam",
    "doc lap tu do hanh phuc",
    "dang cong san viet nam",
)


def is_motto_start(folded: str) -> bool:
    """ "CỘNG HÒA XÃ HỘI", "ĐẢNG", "Độc lập - Tự do -": the opening words of a motto."""
    key = " ".join(re.sub(r"[^\w\s]", " ", folded).split())
    return bool(key) and any(m.startswith(key + " ") for m in _MOTTO_KEYS)


def is_right_column(piece: str) -> bool:
    """The motto, the Party's name or a place-date line: never part of the issuer."""
    return piece in CANONICAL_MOTTO or bool(re.search(r"(?:^|,\s*)ngày\b.*\bnăm \d{4}", piece))
