"""A plan a decision issues, kept only from a late section: "Điều 1. Ban hành kèm theo Quyết
định này Kế hoạch …", the signature, then "VII. CHẾ ĐỘ BÁO CÁO" with no name and note above it
(the pages with the plan's name, aims and targets were left out). The plan's body is read from
that section on (notices.body_end)."""

from __future__ import annotations

import re

from notices.duty_persons import is_person_name
from notices.markers import MarkerKind, find_marker
from notices.text import match_form

# "Ban hành kèm theo Quyết định này Kế hoạch …", "Phê duyệt kèm theo Quyết định này Chương
# trình hành động …", "Phê duyệt Kế hoạch … (có Kế hoạch kèm theo)": the decision issues a plan
# or a programme printed after it; rules ("Quy chế", "Quy định") and lists are no plan.
# (a contractor-selection plan, a curriculum are no plan of work)
_PLAN = (
    r"[\"“]?(?:kế hoạch(?!\s+lựa chọn nhà thầu)"
    r"|chương trình(?!\s+(?:đào tạo|giáo dục|môn học|khung))|đề án|phương án)(?![^\W_])"
)
_ISSUES_PLAN = re.compile(
    rf"(?:ban hành|phê duyệt)\s+kèm theo\s+(?:quyết định|nghị quyết)\s+này\s+{_PLAN}"
)
# "Điều 1. Phê duyệt Kế hoạch … (có Kế hoạch kèm theo)": read in the first article only (a
# later one's "ban hành kế hoạch thực hiện phù hợp với Hướng dẫn kèm theo …" is a duty)
_FIRST = re.compile(r"^\W*điều 1\b")
_APPROVES_PLAN = re.compile(
    rf"^\W*(?:điều 1\W+)?(?:ban hành|phê duyệt)\s+{_PLAN}[^.;]*\bkèm theo\b"
    r"(?!\s+(?:quy chế|quy định|hướng dẫn|quy trình))"
)
# "Ban hành kèm theo Quyết định này Quy chế …": the decision issues rules, which a plan the
# rules call for ("Giao Sở … ban hành kế hoạch triển khai kèm theo Quy chế") does not make a plan
_ISSUES_RULES = re.compile(
    r"(?:ban hành|phê duyệt)\s+kèm theo\s+(?:quyết định|nghị quyết)\s+này\s+[\"“]?"
    r"(?:quy chế|quy định|hướng dẫn|quy trình|điều lệ|danh mục)(?![^\W_])"
)

# A named document or an appendix after the signature: read by its own rule (notices.body_end)
_NAMED = re.compile(
    r"^\W{0,3}(?:KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|QUY TRÌNH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN|HƯỚNG DẪN"
    r"|PHỤ LỤC|Phụ lục|DANH MỤC)\b"
)
_ROMAN = re.compile(r"^[IVXL]{1,5}$")
# A Roman numeral OCR misread with a stray letter ("VIIL.", "IH.") before a heading in capitals
_MISREAD_SECTION = re.compile(
    r"^[IVX]{1,4}[LHl1]?\.\s*(?:[A-ZĐÀ-Ỹ]{1,12}\s+){1,10}[A-ZĐÀ-Ỹ]{1,12}$"
)
_PART = re.compile(r"^Phần\s+[IVXL]{1,5}$")
_SENTENCE_WORDS = 12  # a line of the addressee list or the signature block is shorter
_HEADING_WORDS = 30


def issues_plan(body: list[str]) -> bool:
    """The decision's articles issue or approve a plan or programme attached to it."""
    forms = [match_form(paragraph) for paragraph in body]
    if any(_ISSUES_RULES.search(form) for form in forms):
        return False
    if any(_ISSUES_PLAN.search(form) for form in forms):
        return True
    first = next((form for form in forms if form.strip()), "")
    return any(_APPROVES_PLAN.match(form) for form in forms if form is first or _FIRST.match(form))


def late_section_start(tail: list[str], body: list[str]) -> int | None:
    """Index in `tail` (from "Nơi nhận" or the signature on) of the attached plan's first kept
    section heading ("VII. CHẾ ĐỘ BÁO CÁO"), when the decision (`body`) issues a plan and only
    the addressee list and signature stand before that heading; None otherwise."""
    if not issues_plan(body):
        return None
    fragment = False
    for index, paragraph in enumerate(tail):
        text = paragraph.strip(" |*")
        if not text:
            continue
        if _NAMED.match(text):
            return None
        if _MISREAD_SECTION.match(text):
            return index  # "VIIL. CHẾ ĐỘ BÁO CÁO": a scan's misread numeral over a caps heading
        if _PART.match(text) and _caps_next(tail, index):
            return index  # "Phần VII" over "CHẾ ĐỘ BÁO CÁO" on a line of its own
        if _mid_sentence(text) and not fragment:
            fragment = True  # "tế tuần hoàn; tổ chức kiểm tra …": a kept page starts mid-sentence
            continue
        marker = find_marker(text)
        if marker is not None and marker.kind is MarkerKind.SECTION:
            if not _ROMAN.match(marker.label) or marker.label == "I" or not _heading(text):
                return None
            return index
        if text.startswith(("-", "–", "+")):
            continue  # the addressee list
        if len(text.split()) >= _SENTENCE_WORDS:
            return None  # a sentence: an attached text of another kind, or a note
    return None


def _mid_sentence(text: str) -> bool:
    """A line that opens in lower case, or the signer's name a reader ran into it ("Trần Hồng
    Hà tế tuần hoàn; …")."""
    if text[0].islower():
        return True
    words = text.split()
    size = next((i for i, word in enumerate(words) if word[0].islower()), 0)
    return 2 <= size <= 4 and is_person_name(" ".join(words[:size]))


def _caps_next(tail: list[str], index: int) -> bool:
    """The next non-empty line is a heading in capitals."""
    following = next((p.strip(" |*") for p in tail[index + 1 :] if p.strip(" |*")), "")
    return bool(following) and following.upper() == following and _heading(following)


def _heading(text: str) -> bool:
    """A section's heading: short, no sentence end."""
    return len(text.split()) <= _HEADING_WORDS and not text.rstrip().endswith((".", ";"))


# "Điều 1. Ban hành kèm theo Quyết định này: “Bảng phân loại …” và “Hướng dẫn …”": the decision
# prints a document after its signature, whatever it is (a plan, a guidance, rules)
_ATTACHES = re.compile(
    r"(?:ban hành|phê duyệt)\s+kèm theo\s+(?:quyết định|nghị quyết|thông tư)\s+này(?![^\W_])"
)
# "6. TỔ CHỨC THỰC HIỆN": the attached document's execution section, numbered, alone on its line
_EXECUTION_SECTION = re.compile(
    r"^(?P<number>\d{1,2})\s*[.:]?\s*(?:TỔ CHỨC THỰC HIỆN|Tổ chức thực hiện)\s*:?$"
)


def execution_section_start(tail: list[str], body: list[str]) -> int | None:
    """Index in `tail` (from "Nơi nhận" or the signature on) of the attached document's
    numbered "TỔ CHỨC THỰC HIỆN" section when the decision (`body`) attaches a document whose
    name and opening pages were left out and the kept pages run on in its numbering (a
    guidance's "6. TỔ CHỨC THỰC HIỆN" after its "5.16 …"): the duties it gives the bodies are
    read from there; the technical pages before it are not."""
    if not any(_ATTACHES.search(match_form(paragraph)) for paragraph in body):
        return None
    found = [
        (index, m)
        for index, paragraph in enumerate(tail)
        if (m := _EXECUTION_SECTION.match(paragraph.strip(" |*")))
    ]
    if len(found) != 1:
        return None
    index, m = found[0]
    # the pages kept before it are the same document's: "5.14 Trường hợp …" under section 5
    # goes on into "6. TỔ CHỨC THỰC HIỆN" (another text, a sentence, a plan's Roman sections
    # after the signature are read by their own rules)
    previous = re.compile(rf"^{int(m['number']) - 1}\.\d{{1,2}}\.?\s+[A-ZĐÀ-Ỹ]")
    return index if any(previous.match(p.strip(" |*")) for p in tail[:index]) else None
