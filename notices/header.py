"""The header table of a notice, in whatever shape a reader gave it: repaired lines, its columns.

A notice opens with a two-column table: the issuing body and the number on the left, the national
motto and the place-date line on the right. A .docx reader gives each cell as a block of lines, a
text PDF one visual line per line with a tab between the columns (which `clean_lines` turns into
separate lines), OCR the same with noise ("S6: 12/TB-UBND", "ngay 05 thang 8 nam 2025", "ỦY BAN
NHÂN DẦN", stray "|"), and pasted text the same with the tabs lost. This module repairs those
lines and splits merged columns apart; it never reads beyond the header.
"""

from __future__ import annotations

import functools
import re

from notices.lexicon import DOC_TYPES, PROVINCES
from notices.text import fold, fold_key

HEAD_LINES = 40

# Right-hand column phrases, matched on fold() so OCR that lost or changed marks still matches.
# Between two words of the motto OCR leaves dots, colons, quotes ("CỘNG. HÒA", "Hạnh:phúc").
_S = r"[\s.:;,_~'\"“”`-]*"
_MOTTO = (
    (re.compile(rf"cong{_S}h[o0]a{_S}xa{_S}h[o0]i{_S}chu{_S}ngh[il1]a{_S}viet{_S}nam"),
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    (re.compile(rf"d[o0]c{_S}lap{_S}[-–—]*{_S}tu{_S}d[o0]{_S}[-–—]*{_S}hanh{_S}phuc"),
     "Độc lập - Tự do - Hạnh phúc"),
    (re.compile(rf"dang{_S}cong{_S}san{_S}viet{_S}nam"), "ĐẢNG CỘNG SẢN VIỆT NAM"),
)  # fmt: skip
# "S6: 12/TB-UBND", "Sô 45-TB/TU", "So:": the number label as OCR reads it. "Sở Nội vụ" folds
# to "so noi vu" and is no number: a colon, a digit or a slash must follow.
_NUMBER_LABEL = re.compile(r"^\W*s\s?[o06]\s*(?:[:;.,]+\s*|\s+(?=\d)|(?=\d|/)|$)")
_CODE_ONLY = re.compile(r"^\d*\s*[-/]\s*[A-ZĐ]")
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
_LEADING_NOISE = re.compile(r"^(?:[^\w(]|[\u02b0-\u02ff])+")
_INNER_BAR = re.compile(r"\s[|¦]\s")
# Organisation words OCR damages ("NHÂN DẦN"), restored from their folded form in capitals.
_ORG_PHRASES = {
    "uy ban nhan dan": "ỦY BAN NHÂN DÂN",
    "hoi dong nhan dan": "HỘI ĐỒNG NHÂN DÂN",
    "ubnd": "UBND",
    "hdnd": "HĐND",
    "ban thuong vu": "BAN THƯỜNG VỤ",
    "ban chap hanh": "BAN CHẤP HÀNH",
    "van phong": "VĂN PHÒNG",
    "dang bo": "ĐẢNG BỘ",
    "dang uy": "ĐẢNG ỦY",
    "tinh uy": "TỈNH ỦY",
    "huyen uy": "HUYỆN ỦY",
    "thanh uy": "THÀNH ỦY",
    "thanh pho": "THÀNH PHỐ",
    "chinh phu": "CHÍNH PHỦ",
    "noi vu": "NỘI VỤ",
    "tinh": "TỈNH",
    "huyen": "HUYỆN",
    "xa": "XÃ",
    "phuong": "PHƯỜNG",
    "so": "SỞ",
    "bo": "BỘ",
    **{fold_key(p): p.upper() for p in PROVINCES},
}
_ORG_WORDS = re.compile(
    r"(?<![^\W\d_])("
    + "|".join(sorted(map(re.escape, _ORG_PHRASES), key=len, reverse=True))
    + r")(?![^\W\d_])"
)
_STOP = re.compile(r"^(?:V/v|Về việc|Kính gửi|Căn cứ|Thực hiện)\b", re.IGNORECASE)
_SKIP = re.compile(
    r"^\W*(?:TUYỆT |TỐI )?MẬT\W*$|^(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN)\W*$|^\W*$", re.IGNORECASE
)


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
    for pattern, canonical in _MOTTO:
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
    words = _LEADING_NOISE.sub("", text).split()
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


def head_pieces(lines: list[str], limit: int = HEAD_LINES) -> list[str]:
    """The repaired column pieces of the first `limit` non-empty lines; "Số:" and a number code
    split by a tab are joined again."""
    return list(_head_pieces(tuple(line for line in lines[: limit * 3] if line), limit))


@functools.lru_cache(maxsize=64)
def _head_pieces(lines: tuple[str, ...], limit: int) -> tuple[str, ...]:
    pieces: list[str] = []
    for line in lines:
        # a header cell is short; a long line is running text, left as it is
        pieces.extend(repair(line) if len(line) <= _CELL_MAX else [line])
        if len(pieces) >= limit:
            break
    pieces = _rejoin_wrapped(pieces)
    out: list[str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if piece == "Số:":
            follower = next(
                (j for j in range(index + 1, min(index + 3, len(pieces)))
                 if _CODE_ONLY.match(pieces[j])),
                None,
            )  # fmt: skip
            if follower is not None:
                out.append(f"Số: {pieces[follower]}")
                out.extend(pieces[index + 1 : follower])
                index = follower + 1
                continue
        out.append(piece)
        index += 1
    return tuple(out)


_CELL_MAX = 160


def _rejoin_wrapped(pieces: list[str]) -> list[str]:
    """A narrow cell wraps: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM", "ĐẢNG" / "CỘNG SẢN VIỆT
    NAM", "Hà Nội, ngày 28" / "tháng 11 năm 2025"; in a PDF a line of the other column may come
    in between, or share the continuation's line ("NỘI VIỆT NAM": the left column's "NỘI" and
    the motto's "VIỆT NAM"). A piece and one of the next two are joined when together they make
    the motto or the place-date; what the follower had before the continuation stays."""
    out = list(pieces)
    index = 0
    while index < len(out):
        if len(out[index]) > 60:
            index += 1
            continue
        first = fold(out[index])
        partial_motto = _is_motto_start(first) and not any(p.match(first) for p, _ in _MOTTO)
        partial_date = re.search(r"\bngay\b", first) and not re.search(r"\b(?:19|20)\d\d\b", first)
        if partial_motto or partial_date:
            _join_continuation(out, index)
        index += 1
    return out


def _join_continuation(out: list[str], index: int) -> None:
    for follower in range(index + 1, min(index + 3, len(out))):
        words = out[follower].split()
        for cut in range(len(words)):
            joined = repair(f"{out[index]} {' '.join(words[cut:])}")
            if len(joined) == 1 and (joined[0] in _CANONICAL_MOTTO or is_right_column(joined[0])):
                out[index] = joined[0]
                if cut:
                    out[follower] = " ".join(words[:cut])
                else:
                    del out[follower]
                return


_CANONICAL_MOTTO = frozenset(canonical for _, canonical in _MOTTO)
_MOTTO_KEYS = (
    "cong hoa xa hoi chu nghia viet nam",
    "doc lap tu do hanh phuc",
    "dang cong san viet nam",
)


def _is_motto_start(folded: str) -> bool:
    """ "CỘNG HÒA XÃ HỘI", "ĐẢNG", "Độc lập - Tự do -": the opening words of a motto."""
    key = " ".join(re.sub(r"[^\w\s]", " ", folded).split())
    return bool(key) and any(m.startswith(key + " ") for m in _MOTTO_KEYS)


def is_right_column(piece: str) -> bool:
    """The motto, the Party's name or a place-date line: never part of the issuer."""
    return piece in _CANONICAL_MOTTO or bool(re.search(r"(?:^|,\s*)ngày\b.*\bnăm \d{4}", piece))


def organisation_lines(lines: list[str]) -> list[str]:
    """The left column's ALL-CAPS lines that name the issuing body, top to bottom, repaired:
    ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ"]. They end at the
    number, the type line, the subject line or the first line of running text."""
    out: list[str] = []
    skipped = 0
    for piece in head_pieces(lines, limit=16):
        if _SKIP.match(piece) or is_right_column(piece) or is_noise_cell(piece):
            continue
        if piece.startswith("Số:") or _STOP.match(piece) or doc_type_prefix(piece) is not None:
            break
        piece = tidy_caps(piece)
        if not piece:
            continue
        if not _mostly_upper(piece) or len(piece) > 90:
            if out and (len(piece) > 40 or skipped == 2):
                break  # running text: the header is over
            skipped += 1 if out else 0  # a short line of garbage OCR made of the motto
            continue
        piece = _restore_org_words(piece)
        if out and _wrapped(out[-1], piece):
            out[-1] = f"{out[-1]} {piece}"  # "VĂN PHÒNG CHÍNH" / "PHỦ": a narrow cell wrapped
            continue
        out.append(piece)
        if len(out) == 4:
            break
    return out


# Two-word phrases a narrow header cell may wrap in the middle of.
_UNBREAKABLE = frozenset(
    {key for key in _ORG_PHRASES if key.count(" ") >= 1}
    | {"chinh phu", "nhan dan", "nha nuoc", "viet nam", "dau tu", "ke hoach", "tai chinh"}
)


_HEAD_WORDS = frozenset({"so", "bo", "ban", "phong", "cuc", "vu", "vien", "truong", "doan"})


def _wrapped(previous: str, piece: str) -> bool:
    """The piece continues the line above: one word alone, or a phrase cut in two."""
    words = piece.split()
    if len(previous.split()) == 1 and previous.isalpha():
        return True  # "SỞ" / "NỘI VỤ": a head word alone is no body yet
    if len(words) == 1 and words[0].isalpha() and fold(words[0]) not in _HEAD_WORDS:
        return True  # "VĂN PHÒNG CHÍNH" / "PHỦ"
    if previous.endswith((" VÀ", "-", "–", ",", "&")) or piece.startswith(("VÀ ", "- ", "& ")):
        return True  # "BỘ GIÁO DỤC VÀ" / "ĐÀO TẠO"
    seam = fold(f"{previous.split()[-1]} {words[0]}")
    return any(f" {seam} " in f" {key} " for key in _UNBREAKABLE)


def is_noise_cell(piece: str) -> bool:
    """What OCR reads from a table border or a speck between two cells: ":", "l", "ý", "s."."""
    if len(piece) > 4 or piece == "*":
        return False
    letters = sum(c.isalnum() for c in piece)
    return letters <= 1 or (letters == 2 and not (piece.isalpha() and piece.isupper()))


_INNER_PUNCT = re.compile(r"(?<=[^\W\d_])[.:;'\"“”`]+(?=[^\W\d_])")
_LONE_PUNCT = re.compile(r"(?:(?<=\s)|^)[.:;'\"“”`_~=]+(?=\s|$)")
# "ỦY. LẠNG", ".CHỦ": a dot glued to a word's edge ("TP." and "TX." keep theirs)
_WORD_EDGE_PUNCT = re.compile(
    r"(?<=[^\W\d_])(?<!\bTP)(?<!\bTX)(?<!\bTT)[.:;'\"“”`]+(?=\s)|(?:(?<=\s)|^)[.:;'\"“”`]+(?=[^\W\d_])"
)
_TRAILING_PUNCT = re.compile(r"[\s.:;,'\"“”`_~=]+$")


def tidy_caps(line: str) -> str:
    """An ALL-CAPS header or title line without OCR's stray dots, colons and quotes: "UBND:TỈNH"
    → "UBND TỈNH", "PHÓ .CHỦ.TỊCH” :" → "PHÓ CHỦ TỊCH". Prefixes ("KT.", "TM.") keep their dot."""
    if not _mostly_upper(line):
        return line
    prefix = re.match(r"^(?:TM|KT|TL|TUQ|Q)\.\s*|^[KT]/[MT]\s*", line)
    head, rest = (line[: prefix.end()], line[prefix.end() :]) if prefix else ("", line)
    rest = _LEADING_NOISE.sub("", rest) if not head else rest  # "- TỈNH ỦY BẮC NINH"
    rest = _INNER_PUNCT.sub(" ", rest)
    rest = _LONE_PUNCT.sub(" ", rest)
    rest = _WORD_EDGE_PUNCT.sub("", rest)
    rest = _TRAILING_PUNCT.sub("", rest)
    return " ".join([*head.split(), *rest.split()])


def _restore_org_words(piece: str) -> str:
    """ "ỦY BAN NHÂN DẦN" / "UY BAN NHAN DAN TINH LANG SON" → the words with their marks.

    A body phrase ("ủy ban nhân dân", "đảng ủy") is restored wherever it stands: nothing else
    folds to it. A level word or a province is restored only where OCR lost every mark of it
    and only where a level stands (first in the line, or after a body): "XÃ ĐÔNG PHƯƠNG" keeps
    its "Phương", "XA DONG PHUONG" becomes "XÃ DONG PHUONG"."""
    folded = fold(piece)
    if len(folded) != len(piece):
        return piece
    parts: list[str] = []
    last = 0
    level_may_follow = True  # at the start of the line
    for m in _ORG_WORDS.finditer(folded):
        original = piece[m.start() : m.end()]
        key = m[1]
        gap = piece[last : m.start()]
        canonical = _ORG_PHRASES[key]
        if original.upper() != original:
            level_may_follow = False
            continue
        if key in _LOOSE_WORDS:
            allowed = level_may_follow and not gap.strip() and not _has_marks(original)
        elif key in _PROVINCE_KEYS:
            allowed = not _has_marks(original)
        else:
            allowed = True
        level_may_follow = key in _BODY_KEYS or (key in _LOOSE_WORDS and allowed)
        if allowed:
            parts.extend([gap, canonical])
            last = m.end()
    parts.append(piece[last:])
    return "".join(parts)


_LOOSE_WORDS = frozenset({"tinh", "huyen", "xa", "phuong", "so", "bo", "thanh pho"})
_BODY_KEYS = frozenset(
    {"uy ban nhan dan", "hoi dong nhan dan", "ubnd", "hdnd", "dang bo", "dang uy"}
)
_PROVINCE_KEYS = frozenset(fold_key(p) for p in PROVINCES)


def _has_marks(text: str) -> bool:
    return fold(text) != text.lower()


def _mostly_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


_TYPE_NAMES = sorted(((fold_key(k), v) for k, v in DOC_TYPES.items()), key=lambda kv: -len(kv[0]))


def doc_type_prefix(line: str) -> tuple[str, str] | None:
    """(code, rest) for a type line: "THÔNG BÁO" → ("TB", ""), "BIÊN BẢN HỌP BAN CHỈ ĐẠO" →
    ("BB", "HỌP BAN CHỈ ĐẠO"). Only an ALL-CAPS line (or the bare type name) counts, so "Kế
    hoạch số 12 …" in running text is no type line."""
    key = fold_key(line)
    for name, code in _TYPE_NAMES:
        if key == name:
            return code, ""
        if key.startswith(name + " ") and _mostly_upper(line):
            words = len(name.split())
            rest = " ".join(line.split()[words:])
            if rest[:1].isalpha():
                return code, rest
    return None
