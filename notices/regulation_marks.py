"""What makes a text a regulation rather than a decision or resolution with titled articles,
which of its titles executes it and which lines are its sections (moved out of
`notices.regulation` to keep it under the size rule; `notices.regulation` imports them)."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from notices.text import match_form

# What makes a text a regulation rather than a decision or resolution with titled articles: an
# article on its scope, its subjects or its terms ...
_SCOPE_TITLE = re.compile(r"^(?:phạm vi điều chỉnh|đối tượng áp dụng|giải thích từ ngữ)")
# ... a normative number in its header ("Số: 335/2025/NĐ-CP", "Số: 80/2025/NQ-HĐND") ...
_NORMATIVE_NUMBER = re.compile(r"^\**\s*số\s*:?\s*\d+[\w.]*\s*/\s*(?:19|20)\d\d\s*/")
_HEADER_LINES = 25
# ... or the note of the decision that issues it ("(Ban hành kèm theo Quyết định số …)").
_ISSUED_WITH = re.compile(r"^\W{0,3}ban hành kèm theo\s")


def is_regulation(lines: list[str], titles: list[tuple[str, str]]) -> bool:
    """The text is a regulation: an article on its scope, subjects or terms, a normative number
    in its header, or the note of the decision that issues it."""
    if any(_SCOPE_TITLE.match(title) for _, title in titles):
        return True
    texts = [match_form(line.strip()) for line in lines]
    if any(_NORMATIVE_NUMBER.match(text) for text in texts[:_HEADER_LINES]):
        return True
    return any(_ISSUED_WITH.match(text) for text in texts)


# "Tổ chức thực hiện", "Trách nhiệm thi hành", "Trách nhiệm tổ chức thực hiện", "Điều khoản thi
# hành", "Tổ chức thi hành": the articles and chapters that give the rules to bodies to carry out.
_EXECUTION = re.compile(
    r"^(?:(?:trách nhiệm|tổ chức|triển khai|điều khoản|hiệu lực và trách nhiệm"
    r"|hiệu lực và tổ chức)"
    r"(?:\s+(?:tổ chức|triển khai))?\s+(?:thực hiện|thi hành)"
    r"|trách nhiệm (?:thi hành|thực hiện)"
    r"|trách nhiệm của (?:các\s+)?(?:cơ quan|bộ|sở|đơn vị|tổ chức)[^.]{0,80}trong (?:việc\s+)?"
    r"(?:tổ chức\s+)?(?:thực hiện|thi hành|triển khai)"
    r"|điều khoản thi hành)\b"
)
# OCR may garble an execution title ("Tồ chức thưc hiện"): compared without accents, loosely.
_EXECUTION_FORMS = (
    "to chuc thuc hien",
    "to chuc thi hanh",
    "trach nhiem thi hanh",
    "trach nhiem thuc hien",
    "trach nhiem to chuc thuc hien",
    "trien khai thuc hien",
    "dieu khoan thi hanh",
)
_FUZZY = 0.88


def _fold(text: str) -> str:
    """Lower case without accents ("Tồ chức thưc hiện" -> "to chuc thuc hien")."""
    text = text.lower().replace("đ", "d").replace("ð", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def is_execution(title: str) -> bool:
    """An article or chapter title that gives the document to bodies to carry out."""
    low = match_form(title.strip(" .:*"))
    if _EXECUTION.match(low) is not None:
        return True
    folded = _fold(low)
    return any(SequenceMatcher(None, folded, form).ratio() >= _FUZZY for form in _EXECUTION_FORMS)


# "Mục 4" (its title in capitals after it or on the next line): a section of a chapter, no part
# of the article before it (bgddt-12 "Mục 4" + "THẨM ĐỊNH KẾT QUẢ …" after a duty article)
_SECTION = re.compile(r"^\**\s*mục\s+(?:\d{1,2}|[ivxl]{1,6})\s*[.:]?\s*\**$")
# "Mục 2. PHỐI HỢP KIỂM TRA", "**Mục 2. Phối hợp …**", "Mục 4: Khen thưởng, xử lý vi phạm": the
# section with its title on its line (na-95, cp-178); "Mục 2 Phần XI của …" (no stop after the
# number) and "Mục 2.1" (a number after the stop) cite a section and stay
_SECTION_TITLED = re.compile(
    r"^\**\s*mục\s+(?:\d{1,2}|[ivxl]{1,6})\s*[.:]\s*\**\s*(?P<title>[^\W\d_].{0,150})$"
)
_SECTION_WORDS = 25


def section_line(paragraph: str) -> bool:
    """A section heading of a chapter: "Mục 4" alone, or with its title in capitals, in bold or
    without a sentence's end."""
    text = paragraph.strip()
    low = match_form(text)
    if _SECTION.match(low):
        return True
    m = _SECTION_TITLED.match(low)
    if m is None or len(m["title"].split()) > _SECTION_WORDS:
        return False
    title = text[m.start("title") :] if len(text) == len(low) else m["title"]
    return (
        title.upper() == title
        or text.startswith("**")
        or not title.rstrip(" *").endswith((".", ";", ":"))
    )
