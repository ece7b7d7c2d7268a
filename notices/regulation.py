"""The rules of a regulation: a decree's, a circular's or an issued Quy chế's articles.

A Nghị định, a Thông tư or a Quy chế / Quy định issued by a decision is mostly standing rules
under titled articles ("Điều 5. Thẩm quyền công nhận kết quả …", "Điều 9. Trình tự, thủ tục …"):
"Người đứng đầu cơ quan … đánh giá …", "Công chức lập Phiếu …" say who may or must do what, every
time, not what a body is asked to do now. Only its execution articles ("Điều 26. Tổ chức thực
hiện", "Điều 29. Trách nhiệm thi hành", "Điều 4. Điều khoản thi hành"), the articles of a
chapter "TỔ CHỨC THỰC HIỆN" and the duty articles that name a body of government ("Điều 4.
Trách nhiệm của Phòng Văn hóa và Thông tin", "Điều 11. Sở Du lịch", "Điều 15. Trách nhiệm của
các Sở, ban, ngành, địa phương") assign work; the duties of the public, operators, firms or
tourists ("Điều 9. Trách nhiệm của (các) tổ chức, cá nhân kinh doanh dịch vụ", "Trách nhiệm của
các doanh nghiệp", "Điều 10. Trách nhiệm của khách du lịch") stay rules, and a statute of
organisation or a working regulation ("Quy chế tổ chức và hoạt động của …", "Quy chế làm việc
của Ban Chỉ đạo …") has no duty articles: its articles are the body's standing mandate.
`drop_rules` takes the other titled articles out of the body before items are built. A
resolution or decision whose articles run on ("Điều 2. Giao Sở Y tế …") is no regulation: its
articles are kept.
"""

from __future__ import annotations

import re

from notices.agency_mandates import MANDATE_OF, agency_mandates, as_agency_heading
from notices.body_clauses import body_clause_articles, shares_by_topic
from notices.content_duties import as_duty_heading, content_duty
from notices.dated_clauses import keep_dated_clauses
from notices.duty_articles import (
    CHAPTER,
    any_holder_duty,
    as_held_heading,
    asks_conduct_only,
    carry_out_articles,
    held_by,
)
from notices.duty_points import keep_duty_points, reads_points
from notices.law_articles import STATE_DUTY
from notices.levels import named_by_levels
from notices.lexicon import UNIT_HEADS
from notices.lower_holders import lower_holder
from notices.mandate_holders import SET_UP_BODY, STANDING_HOLDER
from notices.marked_titles import (
    ANY_ARTICLE,
    OPEN_END,
    TITLE_WORDS,
    WRAP_WORDS,
    duty_sentence,
    join_wrapped_titles,
    marked_title,
)
from notices.name_kinds import assignee_start
from notices.needed_points import keep_needed_points
from notices.procedure_duties import post_of_body, procedure_duty
from notices.regulation_marks import is_execution, is_regulation, section_line
from notices.report_articles import report_title, reports_duty
from notices.rights_duties import as_rights_heading, grants_right, rights_holder
from notices.rulebook_titles import issues_rulebook, names_its_rulebook
from notices.shared_mandates import shared_mandates, shared_points
from notices.statute_mandates import same_body, statute_body, statute_duty_article
from notices.text import match_form
from notices.unit_steps import keep_unit_steps
from notices.yearly_steps import keep_yearly_steps

# "Điều 12. Tiêu chí theo dõi, đánh giá, xếp loại chất lượng công chức", "**Điều 3. Giải thích
# từ ngữ**": an article's number and title alone on its paragraph.
# "Điều 5 - Tổ chức thực hiện": a dash may part the number from the title; "Ðiều" may be typed
# with an Eth.
_ARTICLE = re.compile(
    r"^\**\s*[đð]iều\s+(?P<number>\d{1,3}[a-zđ]?)\s*(?:[.:]|\s[–-])\s*\**\s*"
    r"(?P<title>[^*]*?)\**\s*$"
)
# "Điều 1. Giao Sở Tài chính chủ trì …", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."
_ANY_ARTICLE = ANY_ARTICLE
_TITLE_WORDS, _WRAP_WORDS = TITLE_WORDS, WRAP_WORDS
# In a chapter on carrying the document out, every article assigns ("Điều 15. Trách nhiệm của Sở
# Y tế") but those that only date it, fund it or say to whom it applies.
_EFFECT = re.compile(
    r"^(?:hiệu lực|kinh phí|điều khoản (?:áp dụng|chuyển tiếp)|quy định chuyển tiếp)"
)
# "Trách nhiệm của Sở Y tế", "Nhiệm vụ của các sở, ngành", "Trách nhiệm đối với …": the words of a
# duty heading before the body it names, one form for a regulation's articles and a plan's
# headings (notices.task_headings). "Nhiệm vụ, quyền hạn của …" is a statute's mandate, no duty.
# "Trách nhiệm quản lý nhà nước về … của Bộ Y tế", "Thẩm quyền và trách nhiệm của Chính phủ": a
# law's forms (notices.law_articles)
DUTY_OF = rf"(?:(?:trách nhiệm|nhiệm vụ)\s+(?:của|đối với)|{STATE_DUTY})"
_DUTY_OF = re.compile(rf"^{DUTY_OF}\s+")
# "Phân công tổ chức bồi dưỡng", "Phân công trách nhiệm", "Chế độ báo cáo …", "Trách nhiệm báo
# cáo": an article whose clauses each name the body that does the work (the training each school
# runs, who reports what by when) shares work out like a duty article
# — not "Phân công, phân cấp …" (a division of competence: who is competent for what, a rule) nor
# a division among persons ("Phân công nhiệm vụ của Chủ tịch và các Phó Chủ tịch")
_SHARES_OUT = re.compile(
    r"^(?:phân công(?!\s*(?:,|và)\s*phân cấp)(?![^.]*(?:chủ tịch|giám đốc|lãnh đạo|thành viên))"
    r"|(?:chế độ|trách nhiệm)\s+báo cáo)(?![^\W_])"
)
# A document whose own title is a mandate ("Quy định nhiệm vụ, quyền hạn và mối quan hệ công tác
# của các phòng …", "… cơ cấu tổ chức …") is a statute of the bodies it names: their mandates and
# sharing articles are rules (its "Trách nhiệm của …" articles read as before).
_MANDATE_DOC = re.compile(
    r"(?<![^\W_])(?:(?:chức năng|nhiệm vụ|trách nhiệm)\s*(?:,|và)\s*(?:nhiệm vụ|quyền hạn)"
    r"|cơ cấu tổ chức|quan hệ công tác)(?![^\W_])"
)


# a holder's title may run longer than other titles ("Nhiệm vụ, quyền hạn của bộ, cơ quan ngang
# bộ, cơ quan thuộc Chính phủ, tổ chức chính trị - xã hội ở trung ương": 25 words)
_HOLDER_TITLE_WORDS = 34
# A group gives duties when its noun is a body of government or a place's: "các sở, ban, ngành",
# "các cơ quan, đơn vị", "các phòng chuyên môn", "các xã, phường" (the unit heads of an org file,
# and the group words of government), or a school's units ("các Khoa/Bộ môn", "các trường") —
# not the public, firms, banks, members or staff ("các tổ chức, cá nhân", "các doanh nghiệp",
# "các ngân hàng", "các thành viên", "các cán bộ").
_GOVERNMENT_NOUNS = (
    *UNIT_HEADS,
    *("cơ quan", "đơn vị", "ngành", "địa phương", "quận", "bộ"),
    *("khoa", "bộ môn", "trường", "viện", "bộ phận"),
)
_GOVERNMENT_GROUP = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in sorted(set(_GOVERNMENT_NOUNS), key=len, reverse=True))
    + r")(?![^\W_])"
)
# ... and no trade qualifies it ("các đơn vị kinh doanh vận tải", "các cơ sở sản xuất"), nor
# does it take in the public ("các cơ quan, tổ chức, cá nhân có liên quan").
_TRADE = re.compile(
    r"(?<![^\W_])(?:kinh doanh|sản xuất|cung cấp|cung ứng|thi công|tư vấn|vận tải|vận chuyển"
    r"|khai thác|lữ hành|cá nhân)(?![^\W_])"
)
# "… các sở, ngành trong quản lý hoạt động kinh doanh …": the work the article is about, after
# the group's name, says nothing of who the bodies are.
_WORK_ABOUT = re.compile(r"\s(?:trong|về|đối với|tại|khi)\s")
_GROUP_WORD = re.compile(r"(?:tất cả|toàn bộ)?\s*(?:các|những|mỗi|từng)\s+")
# A statute of organisation or a working regulation ("Quy chế tổ chức và hoạt động của Trung tâm
# …", "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở …", "Quy chế làm việc
# của Ban Chỉ đạo …", "Quy chế hoạt động của Hội đồng …"): its articles are the body's mandate,
# standing rules; only its execution articles assign.
_STATUTE = re.compile(
    r"(?:^|(?<![^\W_])(?:quy chế|điều lệ|quy định)\s+)(?:về\s+)?"
    r"(?:tổ chức và hoạt động|làm việc|hoạt động của\s+(?:ban|hội đồng|tổ))(?![^\W_])"
    r"|chức năng\s*,\s*nhiệm vụ\s*(?:,|và)\s*quyền hạn"
)
# "Quy chế phối hợp thực hiện chức năng, nhiệm vụ, quyền hạn giữa Văn phòng đăng ký đất đai, …
# và …": a rule of how several bodies work together, each article one body's share of the work
# (na-95, lc-88 label every point of their "Trách nhiệm của …" articles) — no statute of one body
_COORDINATION = re.compile(r"(?<![^\W_])(?:quy chế|quy định)\s+phối hợp(?![^\W_])")


def statute_title(doc_title: str) -> bool:
    """A statute of organisation or a mandate document by its title — not a coordination rule
    among bodies, whose title may name the bodies' "chức năng, nhiệm vụ, quyền hạn" it shares."""
    low = match_form(doc_title)
    if _COORDINATION.search(low):
        return False
    return bool(_STATUTE.search(low) or _MANDATE_DOC.search(low))


# the body a document's title is about: "… của Trung tâm Y tế huyện" (the title before its
# "(Ban hành kèm theo …)" note)
_OF_BODY = re.compile(r"(?<![^\W_])của\s+")
# a regulation shares duties out with at least this many duty articles; one bare body title
# ("Điều 3. Ủy ban nhân dân cấp xã" over "… cấp giấy phép trong thời hạn 05 ngày …") is the
# competent body's procedure
_MIN_SHARED = 2
# a regulation has at least this many titled articles (a decision's three run-on articles and
# a resolution's "Điều 1. Thông qua …" do not make one)
_MIN_TITLED = 4
# A title cut off by the line's end ("Điều 1. Phê duyệt Kế hoạch … năm 2026 của" + "Ủy ban …"):
# it ends on a word that needs more after it, or holds a whole sentence ("… kể từ ngày ký. Chánh
# Văn phòng").
_OPEN_END = OPEN_END
# A heading that is no article ends a rules article: "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN",
# "Để triển khai Quy chế, Sở Nội vụ đề nghị:".
_ROMAN_HEADING = re.compile(r"^\**\s*[IVXL]{1,6}\s*\.\s")  # read on the paragraph as written
_ASKS_HEADING = re.compile(r"\b(?:đề nghị|yêu cầu|giao)\s*:\**$")


def _opens(line: str) -> bool:
    """A line that starts a paragraph of its own: a capital or a number."""
    return line[:1].isupper() or line[:1].isdigit()


def article_titles(lines: list[str]) -> list[tuple[str, str]]:
    """(number, title) of every article whose title stands alone on its line: "Điều 12. Tiêu chí
    …" over "1. …" or "Công chức …". A run-on article's first line ("Điều 2. Giao Sở Y tế chủ
    trì,", "Điều 3. Hội đồng nhân dân" + "tỉnh giao …") is no title."""
    found: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        m = _ARTICLE.match(match_form(line.strip()))
        if m is not None:
            # a longer title over lines, over its first clause (notices.marked_titles)
            title = _title_at(lines, i, m["title"]) or marked_title(lines, i, m["title"])
            if title:
                found.append((m["number"], title))
    return found


def _title_at(lines: list[str], i: int, first: str) -> str | None:
    title = first.strip().rstrip(":").strip()
    if not title or title.endswith((".", ";", ",")) or len(title.split()) > _words(title):
        return None
    if _OPEN_END.search(title) or ". " in title:
        return None  # a sentence cut by the line's end, not a title
    if duty_sentence(title):
        return None  # "… có nhiệm vụ:" over the points: a sentence, not a title
    after = [ln.strip(" |*_") for ln in lines[i + 1 : i + 4] if ln.strip(" |*_")]
    if after and not _opens(after[0]):
        # "Điều 15. Đánh giá … giữ chức vụ" + "lãnh đạo, quản lý" + "1. …": a title on two
        # lines; "Điều 3. Hội đồng nhân dân" + "tỉnh giao …" + "…": the article runs on
        wrapped = after[0]
        short = len(wrapped.split()) <= _WRAP_WORDS and not wrapped.endswith((".", ";", ","))
        if not short or (len(after) > 1 and not _opens(after[1])):
            return None
        title = f"{title} {match_form(wrapped)}"
        if _OPEN_END.search(title):
            return None
    return title


def _words(title: str) -> int:
    """How many words an article title may have: the names of a mandate's holder may run long
    (a longer title of another kind stays a run-on article, kept as before)."""
    return _HOLDER_TITLE_WORDS if standing_mandate(title) else _TITLE_WORDS


def standing_mandate(title: str) -> bool:
    """A mandate title whose holder is a standing body of government ("Nhiệm vụ, quyền hạn của
    Bộ Nội vụ", "… của bộ, cơ quan ngang bộ, …", "… của Ban Tiếp công dân các cấp"), a duty
    title with `is_duty(mandate=True)`."""
    low = match_form(title.strip(" .:*"))
    m = MANDATE_OF.match(low)
    if m is None:
        return False
    # a body kept at the levels of government, named by them ("Ban Tiếp công dân các cấp"), is
    # standing; one the regulation sets up ("Hội đồng thi các cấp") is not
    holder = low[m.end() :]
    levelled = named_by_levels(holder) and SET_UP_BODY.match(holder) is None
    if STANDING_HOLDER.match(low, m.end()) is None and not levelled:
        return False
    return is_duty(title, mandate=True)


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


def is_duty(title: str, *, mandate: bool = False) -> bool:
    """An article title that gives a body of government its duties: "Trách nhiệm của Sở Y tế",
    "Nhiệm vụ của các cơ quan, đơn vị", "Sở Du lịch", "Ban Quản lý chợ Hội An"; not the
    public's, an operator's or a tourist's ("Trách nhiệm của (các) tổ chức, cá nhân …",
    "Trách nhiệm của các doanh nghiệp", "Trách nhiệm của khách du lịch"), nor a person's or
    post's ("Trách nhiệm của người đứng đầu cơ quan"), nor a statute's mandate ("Nhiệm vụ, quyền
    hạn của Trung tâm …") unless `mandate` (a regulation sharing work out among bodies)."""
    text = title.strip(" .:*")
    low = match_form(text)
    duty = _DUTY_OF.match(low) or (MANDATE_OF.match(low) if mandate else None)
    if duty is None and SET_UP_BODY.match(low):
        return False
    at = duty.end() if duty is not None else 0
    kind = assignee_start(text, low, at)
    if kind == "org":
        return True
    about = _WORK_ABOUT.search(low, at)
    if _TRADE.search(low, at, about.start() if about else len(low)):
        return False
    if (
        duty is not None
        and kind is None
        and lower_holder(text, at, mandate=not _DUTY_OF.match(low))
    ):
        kind = "group"
    if kind != "group":
        return False
    # "các sở, ngành" or a body of the places it names ("Ủy ban nhân dân các xã, phường")
    group = _GROUP_WORD.match(low, at)
    return _GOVERNMENT_GROUP.match(low, group.end() if group else at) is not None


def _named_body(title: str) -> str:
    """The body a duty title names, in match form ("sở y tế" for "Trách nhiệm của Sở Y tế")."""
    low = match_form(title.strip(" .:*"))
    duty = _DUTY_OF.match(low) or MANDATE_OF.match(low)
    return low[duty.end() :] if duty else low


def _title_body(doc_title: str) -> str | None:
    """The body a document's own title is about ("trung tâm y tế huyện sơn tịnh" for "Quản lý
    tài sản công của Trung tâm Y tế huyện Sơn Tịnh (Ban hành kèm theo …)"), or None."""
    text = doc_title.split("(")[0].strip()
    low = match_form(text)
    m = _OF_BODY.search(low)
    if m is None or assignee_start(text, low, m.end()) != "org":
        return None
    return low[m.end() :].strip(" .,;")


def _chapter(paragraph: str) -> re.Match[str] | None:
    text = match_form(paragraph.strip())
    if len(text.split()) > _TITLE_WORDS:
        return None
    return CHAPTER.match(text)


def _chapter_bodies(
    paragraphs: list[str], titles: list[tuple[str, str]]
) -> tuple[bool, list[str]]:
    """Whether a chapter "Tổ chức thực hiện" hands work to bodies (one of its articles a body's
    duty article), and the bodies (as written) its bare body titles name."""
    found = carry_out_articles(paragraphs, lambda p: _titled(p, titles) is not None)
    named = [t for p in found if not _EFFECT.match(match_form(t := _titled(p, titles) or ""))]
    if not any(is_duty(t) for t in named):
        return False, []
    # the bare body titles ("Điều 55. Cơ sở giáo dục"): a chapter's own "Trách nhiệm của người sử
    # dụng đất" article holds no other article's holder (bacgiang-41)
    return True, [t for t in named if not _DUTY_OF.match(match_form(t))]


def _agencies(paragraphs: list[str], titles: list[tuple[str, str]], doc_title: str) -> set[str]:
    """ "Nhiệm vụ và quyền hạn của đơn vị sự nghiệp" beside "… của Bộ Nội vụ", "… của ủy ban
    nhân dân các tỉnh": an agency's share of the work (notices.agency_mandates)."""
    if _MANDATE_DOC.search(match_form(doc_title)) and not _COORDINATION.search(
        match_form(doc_title)
    ):
        return set()
    return agency_mandates([t for p in paragraphs if (t := _titled(p, titles))], standing_mandate)


def _duty_articles(
    paragraphs: list[str], titles: list[tuple[str, str]], doc_title: str, agencies: set[str]
) -> set[str]:
    """The titles (as written) of the articles that give a body its duties. A statute of
    organisation or a working regulation has none: its articles are the body's mandate; no
    article on the body the document's own title is about is one; a bare body title counts only
    where the regulation shares duties out among bodies."""
    coordination = _COORDINATION.search(match_form(doc_title)) is not None
    if _STATUTE.search(match_form(doc_title)) and not coordination:
        # but a functions statute's "Nhiệm vụ và quyền hạn" of its own standing body
        if (body := statute_body(doc_title)) is None:
            return set()
        return {
            title
            for paragraph in paragraphs
            if (title := _titled(paragraph, titles)) is not None
            and statute_duty_article(title, body)
        }
    about = _title_body(doc_title)
    mandate_doc = not coordination and _MANDATE_DOC.search(match_form(doc_title)) is not None
    # any holder's "Trách nhiệm …" article, unless a chapter of its own carries the text out
    # (its own body articles' holders keep theirs: "Trách nhiệm của cơ sở giáo dục …" beside
    # "Điều 55. Cơ sở giáo dục" in the chapter)
    chapter, named = _chapter_bodies(paragraphs, titles)
    any_holder = not chapter
    # "Điều 11. Đối với sự cố tràn dầu" whose clauses head bodies: "1. Sở …:", "2. Ủy ban …:"
    by_clause = body_clause_articles(paragraphs, lambda p: _titled(p, titles), is_duty)
    # a coordination rule's mandate articles, one per body it coordinates (ttg-04, cp-07)
    shared = shared_mandates([t for p in paragraphs if (t := _titled(p, titles))], doc_title)
    found = [
        title
        for paragraph in paragraphs
        if (title := _titled(paragraph, titles)) is not None
        and (
            is_duty(title)
            or post_of_body(title, is_duty)  # "Trách nhiệm của Chủ tịch Ủy ban nhân dân tỉnh …"
            or procedure_duty(title, doc_title)  # "Trách nhiệm của Chủ hồ" in a procedure
            # a mandate is a standing body's share of the work ("Nhiệm vụ, quyền hạn của Bộ Nội
            # vụ" beside "… của Bộ Tài chính" or "Trách nhiệm của Ủy ban nhân dân cấp tỉnh");
            # a body the regulation sets up or governs has its standing mandate there
            or (not mandate_doc and standing_mandate(title))
            # "… của cơ sở …", "Trách nhiệm quản lý …"
            or (any_holder_duty(title) and (any_holder or held_by(title, named) is not None))
            or content_duty(title, is_duty)  # "Nội dung Sở X có trách nhiệm chủ trì" (tn-26)
            or rights_holder(title, is_duty) is not None  # "Quyền và trách nhiệm của ĐHQG-HCM"
            or title in by_clause
            or title in shared
            or title in agencies
        )
        and not same_body(_named_body(title), about)
    ]
    if len(found) < _MIN_SHARED:
        # a lone bare body title is the competent body's rule
        found = [
            title
            for title in found
            if _DUTY_OF.match(match_form(title))
            or rights_holder(title, is_duty) is not None  # "Quyền và trách nhiệm của ĐHVĐ"
            or (any_holder and any_holder_duty(title))
            or title in by_clause  # the article shares its work out among bodies itself
        ]
    return set(found)


def drop_rules(
    lines: list[str], front: list[str], body: list[str], *, title: str = ""
) -> list[str]:
    """The body without the standing rules of a regulation: titled articles that are not execution
    or duty articles, outside a chapter on carrying the document out, and the chapter lines
    themselves. The front matter is read only to know which article the body opens inside;
    `title` is the document's own title (a statute's gives no duty articles)."""
    titles = article_titles(lines)
    if len(titles) < _MIN_TITLED or all(is_execution(title) for _, title in titles):
        return body
    lost = issues_rulebook(title) and not names_its_rulebook(lines)  # notices.lost_rulebooks
    if not (is_regulation(lines, titles) or lost or statute_body(title)):
        return body  # a decision's or resolution's titled articles assign work
    paragraphs = [*front, *body]
    agencies = _agencies(paragraphs, titles, title)  # "… của đơn vị sự nghiệp" as its duties
    duties = _duty_articles(paragraphs, titles, title, agencies)
    # a statute's or a mandate document's division of work is the bodies' standing mandate
    statute = statute_title(title)
    keep: list[bool] = []
    dropping = conduct = False  # inside a rules article; a non-body's duty article (acts only)
    rights = False  # inside a body's "Quyền và trách nhiệm" article: its rights are no tasks
    reports = False  # inside a report article: its bodies' reports are duties
    chapter_executes = expect_chapter_title = False
    for paragraph in paragraphs:
        low = match_form(paragraph.strip())
        if (chapter := _chapter(paragraph)) is not None:
            chapter_executes = bool(chapter["title"]) and is_execution(chapter["title"])
            expect_chapter_title = not chapter["title"]
            dropping = True  # the chapter line and, until an article, its title
            keep.append(False)
            continue
        if section_line(paragraph):
            dropping = True  # the section line and, until an article, its title
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
            titled = _titled(paragraph, titles)
            shares = (
                titled is not None
                and not statute
                and (
                    _SHARES_OUT.match(match_form(titled)) is not None
                    or shares_by_topic(titled, title)  # "Quy định phân công nhiệm vụ …" (bn-84)
                )
            )
            conduct = titled in duties and not is_duty(titled) and not standing_mandate(titled)
            rights = titled is not None and rights_holder(titled, is_duty) is not None
            conduct = conduct and not rights
            # a statute's or working regulation's reports are the body's standing routine
            reports = titled is not None and not statute and report_title(titled)
            if titled is None or is_execution(titled) or titled in duties or shares:
                dropping = False
            else:  # in a chapter on carrying out, only what dates, funds or scopes it goes
                dropping = not chapter_executes or _EFFECT.match(match_form(titled)) is not None
        kept = not dropping or (reports and reports_duty(paragraph))  # notices.report_articles
        ruled = (conduct and asks_conduct_only(paragraph)) or (rights and grants_right(paragraph))
        keep.append(kept and not ruled)
    keep = keep_dated_clauses(paragraphs, keep)  # a transitional clause's dated work
    keep = keep_yearly_steps(paragraphs, keep)  # a procedure's yearly steps naming their body
    keep = keep_unit_steps(paragraphs, keep, is_duty)  # a procedure's steps its own units do
    if not statute and reads_points(title, len(duties)):  # notices.duty_points
        keep = keep_duty_points(paragraphs, keep)  # a body given a duty or a power by point
    if issues_rulebook(title):  # "1. Để …, cơ sở đào tạo cần:" over its points
        paragraphs, keep = keep_needed_points(paragraphs, keep, assignee_start)
    # a coordination rule's mandate articles: their titles as duty headings, their powers dropped
    paragraphs, keep = shared_points(paragraphs, keep, lambda p: _titled(p, titles), title)
    pairs = zip(paragraphs[len(front) :], keep[len(front) :], strict=True)
    bodies = _chapter_bodies(paragraphs, titles)[1]  # "Trách nhiệm của cơ sở …" as "Cơ sở …"'s
    kept_body = [
        as_held_heading(as_duty_heading(as_rights_heading(p, is_duty), is_duty), bodies, is_duty)
        for p, k in pairs
        if k
    ]
    kept_body = [
        as_agency_heading(p, t) if (t := _titled(p, titles)) in agencies else p for p in kept_body
    ]
    return join_wrapped_titles(kept_body)
