"""Heading words OCR read with lost or wrong marks ("II. TO CHỨC THỰC HIEN", "KE HOẠCH", "1. Muc
tiéu"), written back in heading lines only, so the rules that key on a plan's sections and on
an attached document's name read a scan's text as they read a typed one."""

from __future__ import annotations

import re

from notices.markers import MarkerKind, find_marker
from notices.text import fold

# The words of a plan's sections and of the documents a decision attaches. Each folds to no other
# word a heading would hold ("ke hoach" is only KẾ HOẠCH, "to chuc thuc hien" only TỔ CHỨC THỰC
# HIỆN), so a heading whose letters are these with any marks is these words. Left out: "phương
# án" ("PHƯỜNG AN PHÚ", a ward; "Phương An", a given name), "phân công" ("PHẦN CÔNG VIỆC", the
# signer "PHAN CÔNG MINH"), "đề án" ("ĐỂ AN TOÀN").
_PHRASES = (
    "tổ chức thực hiện",
    "kế hoạch",
    "quy hoạch",
    "quy chế",
    "quy định",
    "chương trình",
    "hướng dẫn",
    "mục đích",
    "mục tiêu",
    "yêu cầu",
    "quan điểm",
    "nguyên tắc",
    "nhiệm vụ",
    "giải pháp",
    "nội dung",
    "trách nhiệm",
    "thực hiện",
)
_CANONICAL = {fold(phrase): phrase for phrase in _PHRASES}
# Other words with the same letters, kept as written: "MỨC TIÊU THỤ" (consumption)
_OTHER_WORDS = frozenset({"mức tiêu"})
_LONGEST_FIRST = sorted(_CANONICAL, key=len, reverse=True)
_FOUND = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(r"\s+".join(map(re.escape, key.split())) for key in _LONGEST_FIRST)
    + r")(?![^\W_])"
)
# A sentence-case heading holds nothing but these words: "Mục tiêu, yêu cầu", "Tổ chức thực hiện:"
_JOINS = re.compile(r"^(?:\s*(?:,|và|va|/|-|–)\s*|\s+)$")
_TOKEN = re.compile(r"\S+")
_MAX_WORDS = 15  # a heading is a short line; a capitalised paragraph is no heading
# "(Kém theo Quyết định số …)": the note under an attached document's name
# and the name of the document it cites ("Kèm theo Quyêt định", "Nghi quyết"): the rules that
# find the attached document key on the note's words spelt right
_NOTE_OF = ("quyết định", "nghị quyết", "công văn", "thông báo", "kế hoạch")
_NOTE_OF_CANONICAL = {fold(words): words for words in _NOTE_OF}
# Its bracket may be lost or misread ("{Kèm theo", "Kèm theo … )"), and its words misread a
# letter apart ("Kèm thco", "Quvết định"): each spelling folds to no other words a line opens with
_NOTE = re.compile(
    r"^\W{0,2}\s*(?:duoc\s+)?(?:ban hanh\s+)?(?P<with>kem th[ec]o)\s+"
    r"(?P<of>qu[yv]et dinh|nghi quyet|cong van|thong bao|ke hoach)\b"
)


def repair_headings(lines: list[str]) -> list[str]:
    """`lines` with the heading words of each heading line spelt right (see the module doc)."""
    return [_repaired(line) for line in lines]


def _repaired(line: str) -> str:
    folded = fold(line)
    if not line or len(folded) != len(line):  # a decomposed oddity: leave it as read
        return line
    note = _NOTE.match(folded)
    if note is not None:
        start, end = note.span("with")
        of_start, of_end = note.span("of")
        written = line[of_start:of_end]
        canonical = _NOTE_OF_CANONICAL[note["of"].replace("quv", "quy")]  # "Quyết định"
        name = canonical.upper() if written.isupper() else canonical[:1].upper() + canonical[1:]
        opening = "(" + line[1:start] if line[:1] in "{[" else line[:start]  # a misread "("
        return (
            f"{opening}{_cased('kèm theo', line[start:end])}{line[end:of_start]}"
            f"{name}{line[of_end:]}"
        )
    marker = find_marker(line)
    start = marker.length if marker is not None and not marker.label.startswith("Điều") else 0
    numbered = start > 0 and marker is not None and marker.kind is not MarkerKind.BULLET
    # "KE HOẠCH Thực hiện Quy hoạch …": a reader may join the name in capitals to its title
    end = _capitals_end(line, start)
    found = [hit for hit in _FOUND.finditer(folded, start) if not _other_words(line, hit)]
    hits = [hit for hit in found if hit.end() <= end]
    if hits and not numbered and folded[start : hits[0].start()].strip():
        # a section heading has its number ("III. NỘI DUNG KE HOẠCH"); a line without one is an
        # attached document's name only when it opens with it, never an issuer's or signer's
        # line ("SỞ KÊ HOẠCH VÀ ĐẦU TƯ", "KT. GIÁM ĐỐC SỞ KE HOACH …")
        hits = []
    if len(line[start:end].split()) > _MAX_WORDS or not hits:
        hits = found if _only_heading_words(folded, found, start) else []
    if not hits:
        return line
    pieces, last = [], 0
    for hit in hits:
        written = line[hit.start() : hit.end()]
        pieces += [line[last : hit.start()], _cased(_CANONICAL[" ".join(hit[0].split())], written)]
        last = hit.end()
    return "".join([*pieces, line[last:]])


def _other_words(line: str, hit: re.Match[str]) -> bool:
    written = " ".join(line[hit.start() : hit.end()].lower().split())
    return written in _OTHER_WORDS


def _capitals_end(line: str, start: int) -> int:
    """Where the run of words in capitals that `line` opens with (from `start`) ends."""
    end = start
    for token in _TOKEN.finditer(line, start):
        if not token[0].isupper():
            break
        end = token.end()
    return end


def _only_heading_words(folded: str, hits: list[re.Match[str]], start: int) -> bool:
    """A sentence-case heading made of heading words alone ("1. Muc tiéu", "Yêu cau:")."""
    gaps, last = [], start
    for hit in hits:
        gaps.append(folded[last : hit.start()])
        last = hit.end()
    tail = folded[last:].rstrip()
    if tail.rstrip(":.") != "" or not folded[start:].strip()[:1].isalpha():
        return False
    return all(_JOINS.match(gap) or gap.strip() == "" for gap in gaps[1:]) and not gaps[0].strip()


def _cased(canonical: str, written: str) -> str:
    """`canonical` in the case `written` was set in (capitals, or a capital first letter)."""
    if written.isupper():
        return canonical.upper()
    if written[:1].isupper():
        return canonical[:1].upper() + canonical[1:]
    return canonical
