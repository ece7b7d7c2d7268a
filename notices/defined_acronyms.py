"""Bodies a document names by an acronym it defines itself: "Cơ sở đào tạo (CSĐT)".

A university's or a board's rulebook spells a body out once and then writes it by its initials:
"… tại Đại học Quốc gia Thành phố Hồ Chí Minh (ĐHQG-HCM)", "1. Cơ sở đào tạo (CSĐT): là các đơn
vị thành viên …", "Ban Quản lý dự án (sau đây gọi tắt là BQLDA)". Its duties then open on the
initials ("ĐHQG-HCM tổng hợp, thẩm định …", "Các CSĐT gửi báo cáo năm …"), which no lexicon
knows. The acronym stands for a body only where the name before it is one (`assignee_start`
reads "org") and, in the bare "(ABC)" form, its letters are the name's initials in order, first
with first ("Bộ Giáo dục và Đào tạo (GD&ĐT)" names a field, "(Phụ lục II)" nothing).

A definition that qualifies the acronym ("5. CSĐT chủ trì là CSĐT chịu trách nhiệm …", "CSĐT
phối hợp là …") makes the qualified phrase one name: "CSĐT chủ trì và CSĐT phối hợp công bố …"
is two bodies, its "chủ trì" no role.

The parser reads them while it parses one text (`acronyms_of`): a context variable carries them
to the name readers, which have no document at hand. Nothing is read or kept outside the call.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from notices.deadlines import names_due_date
from notices.statement_words import WORK_VERB
from notices.text import match_form

# "CSĐT", "ĐHQG-HCM", "BQLDA", "TTYT": two capitals or more, parts joined by "-" or "&"
_ACRONYM = r"[A-ZĐ][A-ZĐ0-9]*(?:[-&][A-ZĐ0-9]+)*"
_BARE = re.compile(rf"\((?P<acronym>{_ACRONYM})\)")
# "(sau đây gọi tắt là BQLDA)", "(viết tắt là TTPV)", "(gọi tắt là …)"
_CALLED = re.compile(
    rf"\((?:sau đây\s+)?(?:gọi|viết)(?:\s+chung)?(?:\s+tắt)?\s+là\s+(?P<acronym>{_ACRONYM})\)"
)
# how far back the spelled-out name may start: "Đại học Quốc gia Thành phố Hồ Chí Minh"
_NAME_WORDS = 12
_UNIT_WORDS = 16  # "Đơn vị chuyên môn phụ trách đào tạo trình độ Đại học/Sau đại học (ĐVCM)"
# "5. CSĐT chủ trì là CSĐT …": a numbered definition of a qualified acronym (up to 3 words)
_TERM = re.compile(
    rf"^\W{{0,3}}(?:\d{{1,2}}|[a-zđ])[.)]\s*(?P<term>(?P<acronym>{_ACRONYM})"
    r"(?:\s+[a-zà-ỹđ]+){1,3})\s*:?\s+là\s"
)
_WORD_START = re.compile(r"(?<!\S)\S")
# what may not follow an acronym's last letter besides more of a word ("CSĐTX"): "TTV-HN"
# a body's name after these only qualifies the phrase's head: "Nghị định … của Chính phủ",
# "Chương trình … do Bộ … chủ trì", "giảng viên thuộc Trường …" (the decree, the programme, the
# lecturers are what "(sau đây gọi tắt là …)" names)
_QUALIFIER = re.compile(r"(?<![^\W_])(?:của|thuộc|do|tại|ở)\s+$")
_JOINERS = "-&_"


@dataclass(frozen=True, slots=True)
class Acronyms:
    """The acronyms a document defines for bodies, and the phrases it defines on them."""

    bodies: frozenset[str] = frozenset()
    terms: tuple[str, ...] = ()  # in match form, the longest first


_NONE = Acronyms()
_DEFINED: ContextVar[Acronyms | None] = ContextVar("defined_acronyms", default=None)


def _defined() -> Acronyms:
    return _DEFINED.get() or _NONE


def _letters(acronym: str) -> str:
    return re.sub(r"[^A-ZĐ0-9]", "", acronym)


def initials_fit(acronym: str, name: str) -> bool:
    """The acronym's letters are the name's initials in order, the first with the first."""
    initials = [w[0].upper() for w in name.split() if w[0].isalpha()]
    letters = _letters(acronym)
    if not initials or not letters or letters[0] != initials[0]:
        return False
    at = 0
    for letter in letters:
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True


# what kind of assignee starts at a position (`notices.name_kinds.assignee_start`), passed in:
# the name readers ask this module in turn
KindAt = Callable[[str, str, int], str | None]


# "Đơn vị chuyên môn phụ trách đào tạo (ĐVCM)", "- CBCT: Cán bộ coi thi;": a school's or an
# office's unit, or its staff in a role, named by the noun it is written with (a unit's head
# noun reads no kind of body on its own)
_UNIT_HEAD = re.compile(r"(?:đơn vị|bộ phận|cán bộ|hội đồng|tổ|ban|phòng|khoa)\s+[a-zà-ỹđ]")
# a procedure's glossary line: "- CBCT: Cán bộ coi thi;", "- ĐVQL: Đơn vị quản lý đào tạo;"
_GLOSSARY = re.compile(rf"^[-+•*]\s*(?P<acronym>{_ACRONYM})\s*:\s*(?P<name>[^;:.]{{3,120}})")


# a glossary line: "– P.ĐTĐH: Phòng Đào tạo Đại học.", "CVHT: Cố vấn học tập;", "Trường: Trường
# Đại học Công nghệ Thông tin." — a term, a colon, the name it stands for and nothing more
_GLOSS_LINE = re.compile(
    r"^\W*(?P<term>[^\W\d_][^\s:]{0,11})\s*:\s*(?P<name>[^:;.]{3,120}?)\s*[.;]?\s*$"
)
_MIN_INITIALS = 2
# words a name may have beyond its initials' ("Văn phòng các Chương trình đặc biệt" for VPĐB,
# "Hệ thống phần mềm quản lý đào tạo" for HTQLĐT); a unit's duty after its name runs longer
_SPARE_WORDS = 3
# a place a name may end on after its initials' words: "Sở Giáo dục và Đào tạo tỉnh An Giang"
_PLACE_LEVEL = frozenset({"tỉnh", "huyện", "quận", "xã", "phường", "thị", "trấn", "thành", "phố"})
# lower-case words in a row a name has ("Văn phòng các Chương"); "Khoa CNPM rà soát danh sách …":
# a duty
_LOWER_RUN = 2


def _spelled(term: str, words: list[str]) -> list[int] | None:
    """The indexes of the words whose initials spell the term, the first word spelling its first
    letter, with at most `_SPARE_WORDS` words left out between them; or None."""
    letters = _letters(term)
    if not letters or not words or words[0][:1].upper() != letters[0]:
        return None
    found, at, spare = [0], 1, _SPARE_WORDS
    for letter in letters[1:]:
        while at < len(words) and words[at][:1].upper() != letter:
            if words[at][:1].isalpha():
                spare -= 1
            at += 1
        if at == len(words) or spare < 0:
            return None
        found.append(at)
        at += 1
    return found


def _place_or_name(word: str) -> bool:
    """A word a glossary's name may end on: capitalised, no letter ("-", "(b/c)") or a place's
    level ("tỉnh An Giang")."""
    return not word[:1].isalpha() or word[:1].isupper() or word.lower() in _PLACE_LEVEL


def _lower_run(words: list[str]) -> int:
    run = longest = 0
    for word in words:
        run = run + 1 if word[:1].islower() else 0
        longest = max(longest, run)
    return longest


def _names_work(name: str) -> bool:
    """The name carries work: a due date, or a work verb not part of a proper name (capitalised
    inside it, as "Ban Chỉ đạo", "Ban Tổ chức")."""
    if names_due_date(name, yearless=True):
        return True
    return any(
        m.start() == 0 or not name[m.start()].isupper() for m in WORK_VERB.finditer(name.lower())
    )


def glosses(line: str) -> bool:
    """The line spells a term out and nothing more: initials the name's words fit ("P.ĐTĐH:
    Phòng Đào tạo Đại học."), or a word the name opens on before its capitalised rest ("Trường:
    Trường Đại học …"). No unit's duty, even after its initials' name ("P.ĐTĐH: Tư vấn, nhận đơn
    …", "P.ĐTĐH: Phòng Đào tạo Đại học gửi danh sách cho Khoa", "Khoa: Khoa rà soát …")."""
    m = _GLOSS_LINE.match(line.strip())
    if m is None:
        return False
    term, name = m["term"], m["name"].strip()
    words = name.split()
    if sum(c.isupper() for c in term) >= _MIN_INITIALS:
        # the initials' own words may be a verb ("GVHD: Giảng viên hướng dẫn"), no other word
        spelled = _spelled(term, words)
        if spelled is None or names_due_date(name, yearless=True):
            return False
        left = " ".join(w for i, w in enumerate(words[: spelled[-1]]) if i not in spelled)
        tail = words[spelled[-1] + 1 :]
        return WORK_VERB.search(left.lower()) is None and all(map(_place_or_name, tail))
    return (
        not _names_work(name)
        and len(words) >= 3
        and words[0] == term
        and words[1][:1].isupper()
        and _lower_run(words) <= _LOWER_RUN
    )


def _names_body(before: str, acronym: str, kind_at: KindAt, *, spelled: bool) -> bool:
    """The words before "(ABC)" end on a body's name that the acronym abbreviates."""
    chunk = re.split(r"[,;:.()]", before)[-1].rstrip()
    words = list(_WORD_START.finditer(chunk))[-_UNIT_WORDS:]
    low = match_form(chunk)
    for index, word in enumerate(words):
        pos = word.start()
        if not chunk[pos].isupper():
            continue
        org = index >= len(words) - _NAME_WORDS and kind_at(chunk, low, pos) == "org"
        if not org and not (spelled and _UNIT_HEAD.match(low, pos)):
            continue
        if not spelled:
            return _QUALIFIER.search(low, 0, pos) is None
        if initials_fit(acronym, chunk[pos:]):
            return True
    return False


def find_acronyms(text: str, kind_at: KindAt) -> Acronyms:
    """The body acronyms `text` defines, and the phrases its definitions build on them."""
    bodies: set[str] = set()
    for rx, spelled in ((_BARE, True), (_CALLED, False)):
        for m in rx.finditer(text):
            acronym = m["acronym"]
            if len(_letters(acronym)) < 2:
                continue
            if _names_body(text[: m.start()], acronym, kind_at, spelled=spelled):
                bodies.add(acronym)
    for line in text.splitlines():
        glossed = _GLOSSARY.match(line.strip())
        if glossed is None or len(_letters(glossed["acronym"])) < 2:
            continue
        name = glossed["name"].strip()
        if _names_body(name, glossed["acronym"], kind_at, spelled=True) and initials_fit(
            glossed["acronym"], name
        ):
            bodies.add(glossed["acronym"])
    terms: set[str] = set()
    for line in text.splitlines():
        term = _TERM.match(line.strip())
        if term is not None and term["acronym"] in bodies:
            terms.add(match_form(term["term"]))
    return Acronyms(frozenset(bodies), tuple(sorted(terms, key=len, reverse=True)))


@contextmanager
def acronyms_of(text: str, kind_at: KindAt) -> Iterator[None]:
    """While parsing `text`, its defined acronyms are bodies to the name readers."""
    token = _DEFINED.set(find_acronyms(text, kind_at))
    try:
        yield
    finally:
        _DEFINED.reset(token)


def acronym_at(text: str, pos: int) -> int | None:
    """Where a defined body acronym starting at `pos` ends ("CSĐT chủ trì", "ĐHQG-HCM …"), or
    None; the acronym must end on a word's end ("CSĐTX" is another word)."""
    for acronym in _defined().bodies:
        end = pos + len(acronym)
        if not text.startswith(acronym, pos):
            continue
        if end == len(text) or not (text[end].isalnum() or text[end] in _JOINERS):
            return end
    return None


def term_spans(low: str) -> list[tuple[int, int]]:
    """Where the defined phrases on acronyms ("csđt chủ trì") occur in `low`: one name each."""
    spans: list[tuple[int, int]] = []
    for term in _defined().terms:
        for m in re.finditer(rf"(?<![^\W_]){re.escape(term)}(?![^\W_])", low):
            spans.append(m.span())
    return spans
