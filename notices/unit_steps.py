"""A procedure whose steps are the work of the issuer's own units: each step a task of its doer.

A decision that issues a Quy trình, or a rulebook's procedure article, walks through numbered
steps ("Bước 1: Xây dựng kế hoạch thi" / "P.ĐTĐH xây dựng và thông báo kế hoạch thi …", "2.
Bước 2: ĐVCM thu thập thông tin …"). Round 20 took such steps for procedural rules
(`notices.duty_sections.drop_steps`): in ulis-2244 a section "IV. TỔ CHỨC THỰC HIỆN" gives each
unit the same work again, under its name, and hunre's "1. Phòng Công tác sinh viên: Có trách
nhiệm …" list does the same. Where nothing restates them, the steps are the only place the
procedure says which office, faculty or council does what, and the corpus labels each step that
names its doer a task of that doer (fresh27's UIT procedures).

Not so for a procedure run for an applicant ("Bước 1: Tổ chức, cá nhân nộp hồ sơ …", "Sinh viên
nộp hồ sơ xét hưởng trợ cấp …"): it says how any application is handled (round 32's
`notices.case_steps`), so a step filed by an applicant keeps every step a rule; and neither are
steps that name no doer ("Bước 1. Xác định những nội dung cần tư vấn") or name persons by what
they are ("Cán bộ, công chức, viên chức viết báo cáo tự đánh giá", "Người có thẩm quyền …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.defined_acronyms import glosses
from notices.markers import MarkerKind, find_marker
from notices.step_doers import files, receives, sends, unit_at
from notices.text import match_form
from notices.unit_headings import unit_headings

# "Bước 1: …", "Bước 2. …", "1. Bước 1: …"; a scan's damaged word or number ("Bươc 2:", "Bước l:",
# "Bước Z:", toneless "Buoc 1:"), as `notices.duty_sections` and `notices.clauses` take them
STEP = re.compile(
    r"^\W{0,3}(?:\d{1,2}\s*[.)]\s*)?(?:bư[ớơ]c|buoc)\s+(?:\d{1,2}|[^\W\d_]|[ivx]{2,4})\s*[.:)]\s*"
)
# a step glued after a sentence or a bracket by the reader: "… (xem Hình 2) Bước 1: Chạy …"
_GLUED_STEP = re.compile(r"(?<=[.;)])\s+(?=Bước\s+\d{1,2}\s*[.:]\s)")
# "1. Phòng Công tác sinh viên: Có trách nhiệm …", "2. Các khoa: Rà soát danh sách …": a unit's
# duty restated under its name
_LABELLED = re.compile(r"^\W*(?:\d{1,2}|[a-zđ])\s*[.)]\s*(?P<label>[^:.;]{3,90}):\s*(?P<duty>\S)")
_DUTY_WORDS = re.compile(r"(?:có|chịu) trách nhiệm")
# a title already joined to its sentence: the doer's word opens with a capital
_CAPITAL = re.compile(r"(?<!\S)[A-ZĐÀ-Ỹ]")
# "2." set on a paragraph of its own over "Bước 2:", and "2. Bước 2: …"
_BARE_NUMBER = re.compile(r"^\d{1,2}\s*[.)]$")
_NUMBERED_STEP = re.compile(r"^\W{0,3}\d{1,2}\s*[.)]\s*(?=Bước\s+\d{1,2}\s*[.:)])")
# where a rulebook's steps end: the next article, chapter or part
_ENDS = re.compile(r"^\W*(?:điều\s+\d|chương\s+[ivxlc\d]|mục\s+\d)")
_TITLE_WORDS = 16
_MIN_STEPS = 2


def _doer_text(paragraphs: list[str], index: int) -> str:
    """The sentence a step's doer opens: its own text after "Bước N:", or, when that is only a
    short title, the unmarked paragraph that follows it."""
    own = paragraphs[index].strip(" *")
    low = match_form(own)
    rest = own[m.end() :] if (m := STEP.match(low)) else own
    following = paragraphs[index + 1].strip(" *") if index + 1 < len(paragraphs) else ""
    title = len(rest.split()) <= _TITLE_WORDS and not rest.rstrip().endswith((".", ";"))
    if (not rest or title) and following and find_marker(following) is None:
        return following
    return rest


def _kind(sentence: str) -> str:
    """ "unit" (an office, a council, a unit by its initials), "applicant" (someone filing),
    "receives" (a step taking a file in), or "other" (no doer, a person by what they are)."""
    text = sentence.strip()
    if not text:
        return "other"
    low = match_form(text)
    if files(text):
        return "applicant"
    if receives(text):
        return "receives"
    if unit_at(text, 0, low):
        return "unit"
    # a title already joined to its sentence ("Xây dựng kế hoạch thi P.ĐTĐH xây dựng …"): the
    # doer opens the sentence after the title's words
    for word in _CAPITAL.finditer(text):
        before = text[: word.start()]
        if (
            word.start()
            and len(before.split()) <= _TITLE_WORDS
            and not re.search(r"[.;]\s*$", before)
            and unit_at(text, word.start(), low)
        ):
            return "unit"
    return "other"


def _labelled_duty(paragraph: str) -> bool:
    """ "1. Phòng Đào tạo: Chủ trì lập danh sách …": a numbered unit's name, a colon, its duty —
    not a glossary's "– P.ĐTĐH: Phòng Đào tạo Đại học." (the initials' "P." is no point letter)."""
    low = match_form(paragraph)
    if STEP.match(low) or (m := _LABELLED.match(low)) is None:
        return False
    if glosses(paragraph):
        return False
    return _DUTY_WORDS.match(low, m.start("duty")) is not None or unit_at(
        paragraph, m.start("label"), low
    )


def _restated(paragraphs: list[str], is_duty: Callable[[str], bool]) -> bool:
    """Units are given their duties under their own names elsewhere in the document."""
    labelled = sum(_labelled_duty(p.strip(" *")) for p in paragraphs)
    return labelled >= _MIN_STEPS or unit_headings(paragraphs, is_duty) >= _MIN_STEPS


def step_indexes(paragraphs: list[str]) -> list[int]:
    return [i for i, p in enumerate(paragraphs) if STEP.match(match_form(p.strip(" *")))]


def units_steps(paragraphs: list[str], is_duty: Callable[[str], bool]) -> bool:
    """The document's steps are its units' work: most name a unit doing them, none is filed by
    an applicant nor takes in a file no unit sent, and no part of it gives the units their duties
    again by name."""
    steps = step_indexes(paragraphs)
    if len(steps) < _MIN_STEPS:
        return False
    kinds: list[str] = []
    sent = False  # a unit sent a file on: a later step taking it in is internal work
    for index in steps:
        text = _doer_text(paragraphs, index)
        kind = _kind(text)
        if kind == "applicant" or (kind == "receives" and not sent):
            return False
        if kind == "receives":
            kind = "unit" if unit_at(text.strip()) else "other"
        sent = sent or (kind == "unit" and sends(text))
        kinds.append(kind)
    units = kinds.count("unit")
    if units < _MIN_STEPS or 2 * units < len(kinds):
        return False
    return not _restated(paragraphs, is_duty)


def split_glued(paragraphs: list[str]) -> list[str]:
    """Paragraphs with a step the reader glued after a sentence set on a paragraph of its own."""
    out: list[str] = []
    for paragraph in paragraphs:
        out.extend(part for part in _GLUED_STEP.split(paragraph) if part.strip())
    return out


def joined_steps(paragraphs: list[str]) -> list[str]:
    """Each step whose text is a short title joined to the unmarked sentence below it ("Bước 1:
    Xây dựng kế hoạch thi" + "P.ĐTĐH xây dựng …"): one paragraph, one task."""
    out: list[str] = []
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        following = paragraphs[index + 1].strip(" *") if index + 1 < len(paragraphs) else ""
        step = STEP.match(match_form(paragraph.strip(" *")))
        if step and following and _doer_text(paragraphs, index) == following:
            out.append(f"{paragraph.rstrip().rstrip(':')}: {following}")
            index += 2
            continue
        out.append(paragraph)
        index += 1
    return out


def with_unit_steps(body: list[str], is_duty: Callable[[str], bool]) -> list[str] | None:
    """The body with its steps read as tasks, when they are its units' work; None otherwise."""
    body = split_glued(body)
    if not units_steps(body, is_duty):
        return None
    # "2. Bước 2: ĐVCM thu thập …": the step's own label is its number (a reader may have set
    # the "2." on a paragraph of its own)
    numbered = [_NUMBERED_STEP.sub("", p, count=1) for p in body]
    unnumbered = [
        p
        for i, p in enumerate(numbered)
        if not (
            _BARE_NUMBER.match(p.strip())
            and i + 1 < len(numbered)
            and STEP.match(match_form(numbered[i + 1].strip(" *")))
        )
    ]
    return joined_steps(unnumbered)


def keep_unit_steps(
    paragraphs: list[str], keep: list[bool], is_duty: Callable[[str], bool]
) -> list[bool]:
    """`keep` with a rulebook's dropped steps kept (each step and what goes on from it, up to
    the next step, article, chapter or marked clause) when they are its units' work."""
    if not units_steps(paragraphs, is_duty):
        return keep
    out = list(keep)
    steps = set(step_indexes(paragraphs))
    inside = False
    article: int | None = None  # the article heading the steps stand under, kept with them
    for i, paragraph in enumerate(paragraphs):
        low = match_form(paragraph.strip(" *"))
        if _ENDS.match(low):
            article = i if low.startswith("điều") else None
        if i in steps:
            inside = True
            if article is not None:
                out[article] = True
        elif _ENDS.match(low) or (
            (marker := find_marker(paragraph.strip(" *"))) is not None
            and marker.kind is MarkerKind.NUMBER
            and marker.depth == 1  # "3.1. ĐVCM …" under "3. Bước 3:" goes on with the step
        ):
            inside = False
        if inside:
            out[i] = True
    return out
