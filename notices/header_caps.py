"""The ALL-CAPS words of a header: organisation words OCR damaged restored, stray punctuation
gone, a type line ("THÔNG BÁO", "KẾ HOẠCH …") recognised, a border speck told from a cell."""

from __future__ import annotations

import re

from notices.header_repair import LEADING_NOISE
from notices.lexicon import DOC_TYPES, KNOWN_FIELDS, PROVINCES
from notices.text import fold, fold_key

# Organisation words OCR damages ("NHÂN DẦN"), restored from their folded form in capitals.
ORG_PHRASES = {
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
    + "|".join(sorted(map(re.escape, ORG_PHRASES), key=len, reverse=True))
    + r")(?![^\W\d_])"
)


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
    if not mostly_upper(line):
        return line
    prefix = re.match(r"^(?:TM|KT|TL|TUQ|Q)\.\s*|^[KT]/[MT]\s*", line)
    head, rest = (line[: prefix.end()], line[prefix.end() :]) if prefix else ("", line)
    rest = LEADING_NOISE.sub("", rest) if not head else rest  # "- TỈNH ỦY BẮC NINH"
    rest = _INNER_PUNCT.sub(" ", rest)
    rest = _LONE_PUNCT.sub(" ", rest)
    rest = _WORD_EDGE_PUNCT.sub("", rest)
    rest = _TRAILING_PUNCT.sub("", rest)
    return " ".join([*head.split(), *rest.split()])


def restore_org_words(piece: str) -> str:
    """ "ỦY BAN NHÂN DẦN" / "UY BAN NHAN DAN TINH LANG SON" → the words with their marks.

    A body phrase ("ủy ban nhân dân", "đảng ủy") is restored wherever it stands: nothing else
    folds to it. A level word or a province is restored only where OCR lost every mark of it
    and only where a level stands (first in the line, or after a body): "XÃ ĐÔNG PHƯƠNG" keeps
    its "Phương", "XA DONG PHUONG" becomes "XÃ DONG PHUONG"."""
    folded = fold(piece)
    if len(folded) != len(piece):
        return piece
    department = _glued_department(piece, folded)
    if department is not None:
        return department
    parts: list[str] = []
    last = 0
    level_may_follow = True  # at the start of the line
    for m in _ORG_WORDS.finditer(folded):
        original = piece[m.start() : m.end()]
        key = m[1]
        gap = piece[last : m.start()]
        canonical = ORG_PHRASES[key]
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


# "SỞYTÉ", "SƠ Y TÈ", "Sởy tế": a department's line whose spaces or marks OCR lost, "Sở" and a
# known field: the letters alone, spaces and marks set aside, name it.
_DEPARTMENTS = {
    "so" + re.sub(r"[\W_]", "", fold(field)): f"SỞ {field.upper()}"
    for field in (
        "Y tế",
        "Tư pháp",
        "Nội vụ",
        "Tài chính",
        "Xây dựng",
        "Công Thương",
        *KNOWN_FIELDS,
    )
}


def _glued_department(piece: str, folded: str) -> str | None:
    """The department's name when the piece is "Sở" and a known field with spaces or marks
    lost; None for a line read right, whatever its punctuation ("SỞ GIAO THÔNG VẬN TẢI", "SỞ LAO
    ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), and for a number's line ("Số …")."""
    key = re.sub(r"[\W_]", "", folded)
    name = _DEPARTMENTS.get(key) if key.startswith("so") else None
    if name is None or re.match(r"^\W*[Ss]ố(?![^\W\d_])", piece):
        return None
    return None if _words(piece) == _words(name) else name


def _words(text: str) -> list[str]:
    return re.sub(r"[\W_]+", " ", text.lower()).split()


_LOOSE_WORDS = frozenset({"tinh", "huyen", "xa", "phuong", "so", "bo", "thanh pho"})
_BODY_KEYS = frozenset(
    {"uy ban nhan dan", "hoi dong nhan dan", "ubnd", "hdnd", "dang bo", "dang uy"}
)
_PROVINCE_KEYS = frozenset(fold_key(p) for p in PROVINCES)


def _has_marks(text: str) -> bool:
    return fold(text) != text.lower()


def mostly_upper(line: str) -> bool:
    """At least 85% of the letters are capitals (OCR lowers a few)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


_TYPE_NAMES = sorted(((fold_key(k), v) for k, v in DOC_TYPES.items()), key=lambda kv: -len(kv[0]))


# "Về việc …" / "V/v …": the subject a Word paragraph runs on after the type line; a decision's
# "QUYẾT ĐỊNH Ban hành Quy định …", "QUYẾT ĐỊNH Phê duyệt …" likewise
RUN_ON_SUBJECT = re.compile(r"^(?:V/v|Về việc|Ban hành|Phê duyệt)(?![^\W_])", re.IGNORECASE)


def doc_type_prefix(line: str) -> tuple[str, str] | None:
    """(code, rest) for a type line: "THÔNG BÁO" → ("TB", ""), "BIÊN BẢN HỌP BAN CHỈ ĐẠO" →
    ("BB", "HỌP BAN CHỈ ĐẠO"). Only an ALL-CAPS line (or the bare type name) counts, so "Kế
    hoạch số 12 …" in running text is no type line; a type name in capitals with the subject
    run on after it in one paragraph ("QUYẾT ĐỊNH Về việc phê duyệt …") is one too."""
    key = fold_key(line)
    for name, code in _TYPE_NAMES:
        if key == name:
            return code, ""
        if not key.startswith(name + " "):
            continue
        words = len(name.split())
        rest = " ".join(line.split()[words:])
        if mostly_upper(line) and rest[:1].isalpha():
            return code, rest
        if (
            RUN_ON_SUBJECT.match(rest)
            and mostly_upper(" ".join(line.split()[:words]))
            and len(rest.split()) <= 40
            and not re.search(r"[.;]\s", rest)  # "THÔNG BÁO Về việc …. UBND … đề nghị …": a body
        ):
            return code, rest
    return None
