"""A regulation's article titles typed over several lines, told by the clause "1." under them.

`notices.regulation.article_titles` reads a title on its article's line, or on that line and one
short line under it. A provincial rulebook's titles often run longer: "Điều 3. Xây dựng, ban hành
và tổ chức thực hiện pháp luật, cơ chế," + "chính sách về cụm công nghiệp" (the first line ends
in a comma), "Điều 7. Công tác phối hợp trong việc đánh giá lựa chọn chủ đầu tư xây" + "dựng hạ
tầng kỹ thuật cụm công nghiệp, thành lập, mở rộng cụm công nghiệp" (a long second line), "Điều
9. Lập, thẩm định báo cáo …, cấp giấy" + "phép môi trường (…) của dự án đầu tư xây" + "dựng hạ
tầng kỹ thuật cụm công nghiệp" (three lines). Unread, such an article was taken for a run-on one
("Điều 2. Giao Sở Y tế chủ trì," + "phối hợp …") and its contents, conditions and procedures
were kept as tasks (lc-16: Điều 3, 6, 7, 9, 14). The sign that the lines are a title and not a
run-on sentence is what follows them: the article's first clause, "1." or "a)", on a line of its
own, after at most two lines that carry on the title (each starting in lower case, none ending a
sentence before the last).
"""

from __future__ import annotations

import re

from notices.lexicon import DUTY_PHRASE
from notices.markers import find_marker
from notices.text import match_form

# "Điều 1. Giao Sở Tài chính chủ trì …", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."
ANY_ARTICLE = re.compile(r"^\**\s*[đð]iều\s+(?P<number>\d{1,3}[a-zđ]?)\s*(?:[.:]|\s[–-])")
TITLE_WORDS = 24
WRAP_WORDS = 10  # the second line of a title

# the article's first clause under its title: "1. Sở Công Thương:", "1) …", "a) …"
_FIRST_CLAUSE = re.compile(r"^(?:1\s*[.)]|a\))\s*\S")
_MAX_WRAPS = 2  # lines under the article's own that carry its title on
_MAX_WORDS = 40  # a title, over all its lines
# a line that carries a title on: its first word is in lower case ("chính sách về …", "định
# thành lập, …", "dựng hạ tầng …")
_LOWER_START = re.compile(r"^[^\W\d_]")
# A title cut off by the line's end ("Điều 1. Phê duyệt Kế hoạch … năm 2026 của" + "Ủy ban …"):
# it ends on a word that needs more after it.
OPEN_END = re.compile(
    r"\s(?:của|và|với|cho|tại|trong|về|các|những|để|theo|đối với|từ|đến|hoặc|là|gồm|do|bằng"
    r"|thuộc|trên|vào)$"
)

# "Điều 8. Cán bộ, công chức tiếp công dân có nhiệm vụ:", "Điều 10. Cán bộ thường trực tiếp công
# dân có nhiệm vụ" over "1. Giúp Chủ tịch …", "2. Tiếp nhận …": no title but the article's own
# sentence leading its points in, a holder given its duties (a run-on article, read as one)
# Only a staff role's or a head's ("Trưởng Công an xã có trách nhiệm:"): "Tổ chức, cá nhân có
# trách nhiệm", "Người sử dụng lao động có trách nhiệm" are private parties' (a rule), "Sở … có
# nhiệm vụ" a body's duty title as before (review r34-reception 5)
_DUTY_SENTENCE = re.compile(
    r"^(?:các\s+)?(?:cán bộ|công chức|viên chức|trưởng|chủ tịch|thủ trưởng|người đứng đầu"
    r"|giám đốc|chánh)(?![^\W_])"
    rf".*(?<![^\W_])(?:{DUTY_PHRASE}|(?:có|chịu) trách nhiệm)$"
)

# an article that opens by handing work out runs on, whatever follows: "Điều 4. Giao Sở Công
# Thương chủ trì," + "phối hợp với …" + "1. …"
_ASSIGNS = re.compile(r"^(?:giao|đề nghị|yêu cầu|ủy quyền|uỷ quyền)(?![^\W_])")


def marked_title(lines: list[str], at: int, first: str) -> str | None:
    """The title (match form) of the article on `lines[at]`, whose title on that line is `first`,
    when it runs on over one or two more lines and the article's first clause follows; None
    otherwise."""
    parts = [first.strip()]
    if _ASSIGNS.match(match_form(parts[0])):
        return None
    rest = [ln.strip(" |*_") for ln in lines[at + 1 : at + 8]]
    for line in [ln for ln in rest if ln][: _MAX_WRAPS + 1]:
        if _FIRST_CLAUSE.match(line):
            break
        if len(parts) > _MAX_WRAPS or not _LOWER_START.match(line) or not line[0].islower():
            return None
        if parts[-1].endswith((".", ";", ":")) or ". " in line:
            return None  # a sentence ended before the last line: a run-on article
        parts.append(line)
    else:
        return None
    if len(parts) < 2:
        return None
    title = " ".join(parts).rstrip(" .")
    low = match_form(title)
    if len(low.split()) > _MAX_WORDS or low.endswith((",", ";", ":")) or OPEN_END.search(low):
        return None
    return low


def join_wrapped_titles(paragraphs: list[str]) -> list[str]:
    """Article titles cut by a blank line before the rest of the body's name ("Điều 5. Trách
    nhiệm của Ủy ban nhân dân các phường Minh An," + "Cẩm Phô, Sơn Phong và Cẩm Nam") joined
    back into one heading, so the whole name leads the article's points."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and _continues_title(joined[-1], paragraph):
            joined[-1] = f"{joined[-1].rstrip()} {paragraph.strip()}"
            continue
        joined.append(paragraph)
    return joined


# an article's number alone on its line, its title typed on the next (lc-88)
_BARE_ARTICLE = re.compile(r"^\**\s*[đð]iều\s+\d{1,3}[a-zđ]?\s*[.:]?\s*\**$")


def _continues_title(previous: str, paragraph: str) -> bool:
    head = match_form(previous.strip())
    if ANY_ARTICLE.match(head) is None or len(head.split()) > TITLE_WORDS:
        return False
    bare = _BARE_ARTICLE.match(head) is not None  # "**Điều 5." over "Trách nhiệm của Sở …**"
    if not (bare or head.endswith(",") or OPEN_END.search(head)):
        return False
    rest = paragraph.strip()
    return (
        bool(rest)
        and len(rest.split()) <= (TITLE_WORDS if bare else WRAP_WORDS)
        and not rest.endswith((".", ";", ":"))
        and find_marker(rest) is None
    )


def duty_sentence(title: str) -> bool:
    """An article's first line (match form, its colon gone) that is a holder's duty sentence
    over its points ("cán bộ thường trực tiếp công dân có nhiệm vụ"), no title."""
    return _DUTY_SENTENCE.search(title) is not None
