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

from notices.markers import MarkerKind, find_marker
from notices.name_kinds import assignee_start
from notices.text import match_form

# "Bước 1: …", "Bước 2. …", "1. Bước 1: …" (folded: "buoc")
STEP = re.compile(r"^\W{0,3}(?:\d{1,2}\s*[.)]\s*)?bước\s+\d{1,2}\s*[.:)]\s*")
# a step glued after a sentence or a bracket by the reader: "… (xem Hình 2) Bước 1: Chạy …"
_GLUED_STEP = re.compile(r"(?<=[.;)])\s+(?=Bước\s+\d{1,2}\s*[.:]\s)")
# an office or a role by its initials: "ĐVCM", "CBGD", "P.ĐTĐH", "P. KHTC"
_INITIALS = re.compile(r"(?:[A-ZĐ]\.\s?)?[A-ZĐ][A-ZĐ&]{1,9}(?![\w.])")
# who files in a procedure run per application, and what filing is
_APPLICANT = re.compile(
    r"^(?:các\s+)?(?:tổ chức|cá nhân|công dân|người|thí sinh|sinh viên|học sinh|học viên"
    r"|doanh nghiệp|hộ gia đình|chủ đầu tư|nhà đầu tư|viên chức|cán bộ|nhà thầu)(?![^\W_])"
)
_FILES = re.compile(
    r"(?<![^\W_])(?:nộp|gửi|kê khai|đăng ký)(?:\s+\S+){0,3}?\s+(?:hồ sơ|đơn)(?![^\W_])"
    r"|(?<![^\W_])(?:nộp|làm) đơn(?![^\W_])|(?<![^\W_])truy cập(?![^\W_])"
)
# a step that takes in or answers an application: "Bộ phận Một cửa nhận hồ sơ …", "… trả kết quả
# cho công dân": the procedure runs for each applicant
_RECEIVES = re.compile(r"(?<![^\W_])(?:(?:tiếp )?nhận hồ sơ|trả kết quả|một cửa)(?![^\W_])")
# "1. Phòng Công tác sinh viên: Có trách nhiệm …": a unit's duty restated under its name
_LABELLED_DUTY = re.compile(r"^\W*\d{1,2}\s*[.)]\s*[^:.;]{3,90}:\s*(?:có|chịu) trách nhiệm")
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
    or "other" (no doer, a person by what they are)."""
    text = sentence.strip()
    if not text:
        return "other"
    low = match_form(text)
    if (_APPLICANT.match(low) and _FILES.search(low[:160])) or _RECEIVES.search(low[:160]):
        return "applicant"
    if _unit_at(text, low, 0):
        return "unit"
    # a title already joined to its sentence ("Xây dựng kế hoạch thi P.ĐTĐH xây dựng …"): the
    # doer opens the sentence after the title's words
    for word in _CAPITAL.finditer(text):
        before = text[: word.start()]
        if (
            word.start()
            and len(before.split()) <= _TITLE_WORDS
            and not re.search(r"[.;]\s*$", before)
            and _unit_at(text, low, word.start())
        ):
            return "unit"
    return "other"


_CAPITAL = re.compile(r"(?<!\S)[A-ZĐÀ-Ỹ]")


def _unit_at(text: str, low: str, pos: int) -> bool:
    """An office, a council or a unit by its initials begins at `pos`."""
    if _INITIALS.match(text, pos):
        return True
    return assignee_start(text, low, pos) in ("org", "group")


def _restated(paragraphs: list[str]) -> bool:
    """Units are given their duties under their own names elsewhere in the document."""
    from notices.duty_sections import unit_headings  # duty_sections reads steps through here

    labelled = sum(1 for p in paragraphs if _LABELLED_DUTY.match(match_form(p.strip(" *"))))
    return labelled >= _MIN_STEPS or unit_headings(paragraphs) >= _MIN_STEPS


def step_indexes(paragraphs: list[str]) -> list[int]:
    return [i for i, p in enumerate(paragraphs) if STEP.match(match_form(p.strip(" *")))]


def units_steps(paragraphs: list[str]) -> bool:
    """The document's steps are its units' work: most name a unit doing them, none is filed by
    an applicant, and no part of it gives the units their duties again by name."""
    steps = step_indexes(paragraphs)
    if len(steps) < _MIN_STEPS:
        return False
    kinds = [_kind(_doer_text(paragraphs, i)) for i in steps]
    if "applicant" in kinds:
        return False
    units = kinds.count("unit")
    if units < _MIN_STEPS or 2 * units < len(kinds):
        return False
    return not _restated(paragraphs)


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


def with_unit_steps(body: list[str]) -> list[str] | None:
    """The body with its steps read as tasks, when they are its units' work; None otherwise."""
    body = split_glued(body)
    if not units_steps(body):
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


_BARE_NUMBER = re.compile(r"^\d{1,2}\s*[.)]$")


_NUMBERED_STEP = re.compile(r"^\W{0,3}\d{1,2}\s*[.)]\s*(?=Bước\s+\d{1,2}\s*[.:)])")


def keep_unit_steps(paragraphs: list[str], keep: list[bool]) -> list[bool]:
    """`keep` with a rulebook's dropped steps kept (each step and what goes on from it, up to
    the next step, article, chapter or marked clause) when they are its units' work."""
    if not units_steps(paragraphs):
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


_ENDS = re.compile(r"^\W*(?:điều\s+\d|chương\s+[ivxlc\d]|mục\s+\d)")
