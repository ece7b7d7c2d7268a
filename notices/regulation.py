"""The rules of a regulation: a decree's, a circular's or an issued Quy chế's articles.

A Nghị định, a Thông tư or a Quy chế / Quy định issued by a decision is mostly standing rules
under titled articles ("Điều 5. Thẩm quyền công nhận kết quả …", "Điều 9. Trình tự, thủ tục …"):
"Người đứng đầu cơ quan … đánh giá …", "Công chức lập Phiếu …" say who may or must do what, every
time, not what a body is asked to do now. Only its execution articles ("Điều 26. Tổ chức thực
hiện", "Điều 29. Trách nhiệm thi hành", "Điều 4. Điều khoản thi hành"), the articles of a
chapter "TỔ CHỨC THỰC HIỆN" and the duty articles that name a body ("Điều 4. Trách nhiệm của
Phòng Văn hóa và Thông tin", "Điều 11. Sở Du lịch", "Điều 15. Trách nhiệm của các Sở, ban, ngành,
địa phương") assign work; the duties of the public, operators or tourists ("Điều 9. Trách nhiệm
của tổ chức, cá nhân kinh doanh dịch vụ", "Điều 10. Trách nhiệm của khách du lịch") stay rules.
`drop_rules` takes the other titled articles out of the body before items are built. A
resolution or decision whose articles run on ("Điều 2. Giao Sở Y tế …") is no regulation: its
articles are kept.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from notices.markers import find_marker
from notices.name_kinds import assignee_start
from notices.text import match_form

# "Điều 12. Tiêu chí theo dõi, đánh giá, xếp loại chất lượng công chức", "**Điều 3. Giải thích
# từ ngữ**": an article's number and title alone on its paragraph.
# "Điều 5 - Tổ chức thực hiện": a dash may part the number from the title; "Ðiều" may be typed
# with an Eth.
_ARTICLE = re.compile(
    r"^\**\s*[đð]iều\s+(?P<number>\d{1,3}[a-zđ]?)\s*(?:[.:]|\s[–-])\s*\**\s*"
    r"(?P<title>[^*]*?)\**\s*$"
)
# "Điều 1. Giao Sở Tài chính chủ trì …", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."
_ANY_ARTICLE = re.compile(r"^\**\s*[đð]iều\s+(?P<number>\d{1,3}[a-zđ]?)\s*(?:[.:]|\s[–-])")
# "Chương II", "CHƯƠNG IV", "Chương 3": a chapter line; its title follows on the next paragraph
# or after a separator ("Chương IV. ĐIỀU KHOẢN THI HÀNH").
_CHAPTER = re.compile(
    r"^\**\s*chương\s+(?:[ivxlc]{1,6}|\d{1,2})\b\s*[.:–-]?\s*\**\s*(?P<title>[^*]*?)\**\s*$"
)
_TITLE_WORDS = 24
_WRAP_WORDS = 10  # the second line of a title
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
# In a chapter on carrying the document out, every article assigns ("Điều 15. Trách nhiệm của Sở
# Y tế") but those that only date it, fund it or say to whom it applies.
_EFFECT = re.compile(
    r"^(?:hiệu lực|kinh phí|điều khoản (?:áp dụng|chuyển tiếp)|quy định chuyển tiếp)"
)
# "Trách nhiệm của", "Nhiệm vụ, quyền hạn của", "Trách nhiệm và nhiệm vụ của": the opening of a
# duty article's title before the body it names.
_DUTY_OF = re.compile(
    r"^(?:trách nhiệm|nhiệm vụ)(?:\s*(?:,|và)\s*(?:trách nhiệm|nhiệm vụ|quyền hạn))*\s+của\s+"
)
# A title that is a body's name alone ("Sở Du lịch", "Ủy ban nhân dân các phường, xã") gives that
# body its duties; a council's, board's or team's ("Hội đồng thi", "Ban Chỉ đạo", "Tổ thư ký") is
# the article that sets the body up (members, how it meets): rules.
_SET_UP_BODY = re.compile(r"^(?:hội đồng|ban|tổ)\s")
# a regulation has at least this many titled articles (a decision's three run-on articles and
# a resolution's "Điều 1. Thông qua …" do not make one)
_MIN_TITLED = 4
# What makes a text a regulation rather than a decision or resolution with titled articles: an
# article on its scope, its subjects or its terms ...
_SCOPE_TITLE = re.compile(r"^(?:phạm vi điều chỉnh|đối tượng áp dụng|giải thích từ ngữ)")
# ... a normative number in its header ("Số: 335/2025/NĐ-CP", "Số: 80/2025/NQ-HĐND") ...
_NORMATIVE_NUMBER = re.compile(r"^\**\s*số\s*:?\s*\d+[\w.]*\s*/\s*(?:19|20)\d\d\s*/")
_HEADER_LINES = 25
# ... or the note of the decision that issues it ("(Ban hành kèm theo Quyết định số …)").
_ISSUED_WITH = re.compile(r"^\W{0,3}ban hành kèm theo\s")
# A title cut off by the line's end ("Điều 1. Phê duyệt Kế hoạch … năm 2026 của" + "Ủy ban …"):
# it ends on a word that needs more after it, or holds a whole sentence ("… kể từ ngày ký. Chánh
# Văn phòng").
_OPEN_END = re.compile(
    r"\s(?:của|và|với|cho|tại|trong|về|các|những|để|theo|đối với|từ|đến|hoặc|là|gồm|do|bằng"
    r"|thuộc|trên|vào)$"
)
# A heading that is no article ends a rules article: "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN",
# "Để triển khai Quy chế, Sở Nội vụ đề nghị:".
_ROMAN_HEADING = re.compile(r"^\**\s*[IVXL]{1,6}\s*\.\s")  # read on the paragraph as written
_ASKS_HEADING = re.compile(r"\b(?:đề nghị|yêu cầu|giao)\s*:\**$")
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


def is_regulation(lines: list[str], titles: list[tuple[str, str]]) -> bool:
    """The text is a regulation: an article on its scope, subjects or terms, a normative number
    in its header, or the note of the decision that issues it."""
    if any(_SCOPE_TITLE.match(title) for _, title in titles):
        return True
    texts = [match_form(line.strip()) for line in lines]
    if any(_NORMATIVE_NUMBER.match(text) for text in texts[:_HEADER_LINES]):
        return True
    return any(_ISSUED_WITH.match(text) for text in texts)


def _opens(line: str) -> bool:
    """A line that starts a paragraph of its own: a capital or a number."""
    return line[:1].isupper() or line[:1].isdigit()


def article_titles(lines: list[str]) -> list[tuple[str, str]]:
    """(number, title) of every article whose title stands alone on its line: "Điều 12. Tiêu chí
    …" over "1. …" or "Công chức …". A run-on article's first line ("Điều 2. Giao Sở Y tế chủ
    trì,", "Điều 3. Hội đồng nhân dân" + "tỉnh giao …") is no title."""
    found: list[tuple[str, str]] = []
    texts = [match_form(line.strip()) for line in lines]
    for i, text in enumerate(texts):
        m = _ARTICLE.match(text)
        if m is None:
            continue
        title = m["title"].strip().rstrip(":").strip()
        if not title or title.endswith((".", ";", ",")) or len(title.split()) > _TITLE_WORDS:
            continue
        if _OPEN_END.search(title) or ". " in title:
            continue  # a sentence cut by the line's end, not a title
        after = [ln.strip(" |*_") for ln in lines[i + 1 : i + 4] if ln.strip(" |*_")]
        if after and not _opens(after[0]):
            # "Điều 15. Đánh giá … giữ chức vụ" + "lãnh đạo, quản lý" + "1. …": a title on two
            # lines; "Điều 3. Hội đồng nhân dân" + "tỉnh giao …" + "…": the article runs on
            wrapped = after[0]
            short = len(wrapped.split()) <= _WRAP_WORDS and not wrapped.endswith((".", ";", ","))
            if not short or (len(after) > 1 and not _opens(after[1])):
                continue
            title = f"{title} {match_form(wrapped)}"
            if _OPEN_END.search(title):
                continue
        found.append((m["number"], title))
    return found


def _titled(paragraph: str, titles: list[tuple[str, str]]) -> str | None:
    """The title of the article this paragraph opens, when it is one of `titles`, as written
    (its case kept: the body it may name is told by its capitals)."""
    text = paragraph.strip()
    low = match_form(text)
    m = _ANY_ARTICLE.match(low)
    if m is None:
        return None
    rest = low[m.end() :].lstrip(" *")
    at = len(low) - len(rest)
    for number, title in titles:
        if number == m["number"] and rest.startswith(title):
            return text[at : at + len(title)]
    return None


def is_duty(title: str) -> bool:
    """An article title that gives a body of government its duties: "Trách nhiệm của Sở Y tế",
    "Nhiệm vụ của các cơ quan, đơn vị", "Sở Du lịch"; not the public's, an operator's or a
    tourist's ("Trách nhiệm của tổ chức, cá nhân …", "Trách nhiệm của khách du lịch"), nor a
    person's or post's ("Trách nhiệm của người đứng đầu cơ quan")."""
    text = title.strip(" .:*")
    low = match_form(text)
    duty = _DUTY_OF.match(low)
    if duty is None and _SET_UP_BODY.match(low):
        return False
    at = duty.end() if duty is not None else 0
    return assignee_start(text, low, at) in ("org", "group")


def _chapter(paragraph: str) -> re.Match[str] | None:
    text = match_form(paragraph.strip())
    if len(text.split()) > _TITLE_WORDS:
        return None
    return _CHAPTER.match(text)


def is_execution(title: str) -> bool:
    """An article or chapter title that gives the document to bodies to carry out."""
    low = match_form(title.strip(" .:*"))
    if _EXECUTION.match(low) is not None:
        return True
    folded = _fold(low)
    return any(SequenceMatcher(None, folded, form).ratio() >= _FUZZY for form in _EXECUTION_FORMS)


def _join_wrapped_titles(paragraphs: list[str]) -> list[str]:
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


def _continues_title(previous: str, paragraph: str) -> bool:
    head = match_form(previous.strip())
    if _ANY_ARTICLE.match(head) is None or len(head.split()) > _TITLE_WORDS:
        return False
    if not (head.endswith(",") or _OPEN_END.search(head)):
        return False
    rest = paragraph.strip()
    return (
        bool(rest)
        and len(rest.split()) <= _WRAP_WORDS
        and not rest.endswith((".", ";", ":"))
        and find_marker(rest) is None
    )


def drop_rules(lines: list[str], front: list[str], body: list[str]) -> list[str]:
    """The body without the standing rules of a regulation: titled articles that are not execution
    articles, outside a chapter on carrying the document out, and the chapter lines themselves.
    The front matter is read only to know which article the body opens inside."""
    titles = article_titles(lines)
    if len(titles) < _MIN_TITLED or all(is_execution(title) for _, title in titles):
        return body
    if not is_regulation(lines, titles):
        return body  # a decision's or resolution's titled articles assign work
    paragraphs = [*front, *body]
    keep: list[bool] = []
    dropping = False  # inside a titled rules article
    chapter_executes = False
    expect_chapter_title = False
    for paragraph in paragraphs:
        low = match_form(paragraph.strip())
        if (chapter := _chapter(paragraph)) is not None:
            chapter_executes = bool(chapter["title"]) and is_execution(chapter["title"])
            expect_chapter_title = not chapter["title"]
            dropping = True  # the chapter line and, until an article, its title
            keep.append(False)
            continue
        if _ROMAN_HEADING.match(paragraph.strip()) or _ASKS_HEADING.search(low):
            dropping = False  # a section that is no article: what follows is no rule of it
            chapter_executes = False
            expect_chapter_title = False
            keep.append(True)
            continue
        if expect_chapter_title:
            expect_chapter_title = False
            if _ANY_ARTICLE.match(low) is None:
                chapter_executes = is_execution(paragraph)
                keep.append(False)
                continue
        if _ANY_ARTICLE.match(low) is not None:
            title = _titled(paragraph, titles)
            if title is None or is_execution(title) or is_duty(title):
                dropping = False
            else:  # in a chapter on carrying out, only what dates, funds or scopes it goes
                dropping = not chapter_executes or _EFFECT.match(match_form(title)) is not None
        keep.append(not dropping)
    kept_body = [p for p, kept in zip(body, keep[len(front) :], strict=True) if kept]
    return _join_wrapped_titles(kept_body)
