"""A law's articles: their own lead-ins are no intro of the document.

A law (Luật, a Văn bản hợp nhất of one) or a regulation excerpt is a run of titled articles; one
of them may lead its clauses in ("Điều 48. Trách nhiệm của Ngân hàng Nhà nước Việt Nam" +
"Ngân hàng Nhà nước Việt Nam chịu trách nhiệm trước Chính phủ … và có các nhiệm vụ, quyền hạn
sau đây:"). That "… sau đây:" is the article's, not the document's intro: opening the body after
it loses the articles before it and nests the articles after it under its last clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.duty_articles import work_duty
from notices.lexicon import WORK_VERBS
from notices.markers import MarkerKind, find_marker
from notices.text import match_form

# "Điều 48. Trách nhiệm của Ngân hàng Nhà nước Việt Nam", "**Điều 5. Nhiệm vụ của Bộ Y tế**":
# an article's number and a title with no sentence in it, alone on its paragraph
_TITLED_ARTICLE = re.compile(
    r"^\**\s*[đð]iều\s+\d{1,3}[a-zđ]?\s*(?:[.:]|\s[–-])\s*\**\s*(?P<title>[^.;:]*?)\**\s*$"
)
_TITLE_WORDS = 30


# "Trách nhiệm của …", "Nhiệm vụ, quyền hạn của …", "Thẩm quyền và trách nhiệm của …": a title
# giving a body its duties (a definitions article's "… được hiểu như sau:" is no such lead-in: a
# circular's attached regulation opened there, bgddt-23)
_DUTY_TITLE = re.compile(
    r"^(?:trách nhiệm|nhiệm vụ|quyền hạn|thẩm quyền)(?:\s*(?:,|và)\s*(?:trách nhiệm|nhiệm vụ"
    r"|quyền hạn))?(?:\s+[^.;:]{1,100}?)?\s+(?:của|đối với)\s"
)


def titled_article(paragraph: str, duty: Callable[[str], bool] | None = None) -> bool:
    """The paragraph is a duty article's heading with its title alone ("Điều 49. Trách nhiệm
    của Bộ Công an"), not a run-on article ("Điều 1. Giao Sở Y tế chủ trì … như sau:") nor
    another article's ("Điều 3. Giải thích từ ngữ"). With `duty` (regulation's `is_duty`), the
    title names a body of government, not a class of subjects ("Trách nhiệm của tổ chức, cá
    nhân kinh doanh", "… của người đứng đầu cơ quan", "… của cơ sở khám bệnh, chữa bệnh"): their
    lead-in stays what it was, and their points no body's tasks."""
    m = _TITLED_ARTICLE.match(match_form(paragraph.strip()))
    if m is None or not 0 < len(m["title"].split()) <= _TITLE_WORDS:
        return False
    if work_duty(m["title"]):
        return True  # "Phạm vi và trách nhiệm niêm yết …": the clauses name their holders
    if _DUTY_TITLE.match(m["title"]) is None:
        return False
    return duty is None or duty(_ARTICLE_TITLE.sub("", paragraph.strip()).strip(" *."))


# "Điều 49. " / "**Điều 49 - " before an article's title, in the paragraph's own case
_ARTICLE_TITLE = re.compile(r"^\**\s*[đĐð]iều\s+\d{1,3}[a-zđ]?\s*(?:[.:]|\s[–-])\s*\**\s*")


def _article(paragraph: str) -> bool:
    return (marker := find_marker(paragraph)) is not None and marker.label[:4] == "Điều"


def article_lead_in(
    paragraphs: list[str], index: int, duty: Callable[[str], bool] | None = None
) -> bool:
    """The unmarked paragraph at `index` leads in the clauses of the titled article right above
    it (a body's, by `duty`), and the text holds other articles besides: the article's own
    lead-in, no intro. So is its first clause when that clause leads in the points ("Điều 22.
    Trách nhiệm của cơ quan chủ quản …" + "1. Đối với công tác giám sát, cơ quan chủ quản có
    trách nhiệm chính sau đây:")."""
    marker = find_marker(paragraphs[index]) if index else None
    if index == 0 or (
        marker is not None and (marker.kind, marker.label) != (MarkerKind.NUMBER, "1")
    ):
        return False
    if not titled_article(paragraphs[index - 1], duty):
        return False
    others = [*paragraphs[: index - 1], *paragraphs[index + 1 :]]
    return any(_article(p) for p in others)


# "Trách nhiệm quản lý nhà nước về an toàn thực phẩm của Bộ Y tế", "Trách nhiệm quản lý nhà nước
# của Ủy ban nhân dân các cấp": a law's duty article names its body after the field of state
# management it gives it ("Trách nhiệm quản lý nhà nước về …" alone names none); "Thẩm quyền và
# trách nhiệm của Chính phủ": the competence a law gives a body with its duties (not "Thẩm quyền
# của …" alone, what a body may decide)
STATE_DUTY = (
    r"(?:(?:thẩm quyền\s*(?:,|và)\s*)?trách nhiệm|nhiệm vụ)\s+(?:trong\s+)?quản lý nhà nước"
    r"(?:\s+(?:về|đối với)\s+(?:(?!của\s)[^,;:.]){1,100}?)?\s+của"
    r"|thẩm quyền\s*(?:,|và)\s*trách nhiệm\s+(?:của|đối với)"
)


# "1. Chính phủ thống nhất quản lý nhà nước về an toàn thực phẩm.", "2. Bộ Công an là cơ quan đầu
# mối giúp Chính phủ thực hiện quản lý nhà nước về phòng, chống ma túy.", "Chính phủ thống nhất
# quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính …": a law's allocation of
# state management, whole in one sentence — who answers for a field, no work asked
_ALLOCATES = re.compile(
    # the name, not a scope ("Chính phủ trong phạm vi nhiệm vụ, quyền hạn của mình thống nhất …",
    # cp-80, labelled a task)
    r"^(?:\d{1,2}\.\s+)?(?P<name>[A-ZĐÀ-Ỹ](?:(?!trong phạm vi)[^.;:]){1,80}?)\s+"
    r"(?:là cơ quan đầu mối giúp chính phủ\s+(?:thực hiện\s+|thống nhất\s+)?|thống nhất\s+)"
    r"quản lý (?:nhà nước|công tác\s+[^.;:]{1,80}?)\s+về\s+(?P<field>[^.;:]{1,120})\.$",
    re.IGNORECASE,
)
# "… về bảo vệ quyền lợi người tiêu dùng tại địa phương và tổ chức kiểm tra định kỳ …", "…, báo
# cáo Ủy ban nhân dân tỉnh …": a second predicate, work asked besides the allocation
_MORE_WORK = re.compile(
    r"(?:,|\s(?:và|đồng thời))\s+(?:"
    + "|".join(re.escape(w) for w in sorted(WORK_VERBS, key=len, reverse=True))
    + r")(?![^\W_])"
)


def allocates(text: str, holder: str | None = None) -> bool:
    """The clause allocates state management and asks no work besides; with `holder`, it is
    that body's own ("Điều 4. Ủy ban nhân dân tỉnh" + "1. Ủy ban nhân dân tỉnh thống nhất …")."""
    m = _ALLOCATES.match(text)
    if m is None or _MORE_WORK.search(match_form(m["field"])) is not None:
        return False
    return holder is None or match_form(m["name"]) == match_form(holder.strip(" .:*"))


# "LUẬT" / "PHÁP LỆNH" alone on the type line, "Luật số: 41/2031/QH16": a law (a Văn bản hợp
# nhất of one prints the type line too); a decision, a decree or a plan has its own type line
_LAW_LINE = re.compile(r"^\W*(?:LUẬT|PHÁP LỆNH)\W*$|^(?:Luật|Pháp lệnh)\s+số\s*:")
_LAW_HEAD = 40


def is_law(lines: list[str]) -> bool:
    """The text is a law or an ordinance (or a consolidated text of one), by its head."""
    return any(_LAW_LINE.match(line.strip()) for line in lines[:_LAW_HEAD])


# an article's title that names its holder ("Trách nhiệm của Chính phủ, Thủ tướng Chính phủ"):
# its clauses are that body's duties, the allocation among them (qh-14 labels it); "của các bộ,
# cơ quan ngang bộ", "của các sở, ngành" name their holders too
_OF_NAMED = re.compile(
    r"(?<![^\W_])của\s+(?:[A-ZĐÀ-Ỹ]|(?:các|những)\s+(?:bộ|sở|ngành|cơ quan ngang bộ)(?![^\W_]))"
)


def without_allocations(front: list[str], body: list[str], *, law: bool) -> list[str]:
    """The body without a law's allocation clauses ("Chính phủ thống nhất quản lý nhà nước về
    …."), in an article whose title names no body (a bare "Điều 37", "Trách nhiệm quản lý nhà
    nước về …"); outside an article, or under a body's own title, they stay. Outside a law,
    only a body's own article's allocation goes ("Điều 4. Ủy ban nhân dân tỉnh" + "1. Ủy ban
    nhân dân tỉnh thống nhất quản lý nhà nước về …", angiang-06 labels no task): under "Điều 2.
    Tổ chức thực hiện" a decision's "Sở … thống nhất quản lý nhà nước về …" is the Sở's work."""
    title: str | None = None
    for paragraph in front:
        title = _article_title(paragraph, title)
    kept: list[str] = []
    for paragraph in body:
        title = _article_title(paragraph, title)
        text = paragraph.strip()
        if title is not None and law and not _OF_NAMED.search(title) and allocates(text):
            continue
        if title and not law and allocates(text, title):
            continue
        kept.append(paragraph)
    return kept


# "… của tổ chức, cá nhân kinh doanh hàng hóa", "… của cá nhân, gia đình và cộng đồng", "… của
# tổ chức cung cấp dịch vụ": traders and the public (regulation's trade words)
_PUBLIC = re.compile(r"(?<![^\W_])(?:kinh doanh|sản xuất|cung cấp|cung ứng|cá nhân)(?![^\W_])")


def without_subjects_articles(body: list[str], duty: Callable[[str], bool]) -> list[str]:
    """A law's body without the articles giving traders or the public their duties ("Điều 12.
    Trách nhiệm của tổ chức, cá nhân kinh doanh hàng hóa"): rules, no body's tasks. A body's
    duty article (`duty`) stays, and so do those of a holder or a kind of body ("Trách nhiệm
    của người đứng đầu cơ quan, tổ chức …", "… của cơ sở giáo dục"): the laws' labels take
    them as tasks (qh-29, qh-120)."""
    kept: list[str] = []
    dropping = False
    for paragraph in body:
        text = paragraph.strip()
        if _ARTICLE_HEAD.match(text) or _CHAPTER.match(text):
            dropping = (
                titled_article(text)
                and not titled_article(text, duty)
                and _PUBLIC.search(match_form(text)) is not None
            )
        if not dropping:
            kept.append(paragraph)
    return kept


def law_body(
    front: list[str], body: list[str], duty: Callable[[str], bool], *, law: bool
) -> list[str]:
    """The body without allocations of state management ("Chính phủ thống nhất quản lý nhà
    nước về …") and, in a law, without its traders' and the public's articles."""
    body = without_allocations(front, body, law=law)
    return without_subjects_articles(body, duty) if law else body


_CHAPTER = re.compile(r"^\**\s*(?:Chương|CHƯƠNG|Mục|MỤC)\s+[\dIVXL]{1,6}\b")
_ARTICLE_HEAD = re.compile(r"^\**\s*[đĐð]iều\s+\d{1,3}[a-zđ]?\b\s*[.:–-]?\s*\**\s*(?P<rest>.*)$")


def _article_title(paragraph: str, current: str | None) -> str | None:
    """The title of the article a paragraph opens ("" for a bare "Điều 37"), else `current`."""
    m = _ARTICLE_HEAD.match(paragraph.strip())
    if m is None:
        return current
    return m["rest"].strip(" *")


# "Điều 39" alone on its line: an older law's untitled article (qh-23, Luật 2000)
_BARE_ARTICLE = re.compile(r"^\s*(?P<head>[đĐ]iều\s+\d{1,3})\s*$")
_MIN_BARE = 3  # a law's articles, not a citation wrapped after its "khoản 1" (hust-3030)


def opened_bare_articles(lines: list[str]) -> list[str]:
    """An older law whose articles are untitled ("Điều 39" + "Bộ Lao động - Thương binh và Xã
    hội có trách nhiệm:"): each bare article line whose next line is an unmarked sentence is
    joined to it ("Điều 39. Bộ Lao động … có trách nhiệm:"), a run-on article like a decision's,
    so its clauses are read under it and not under the article before. One over a numbered
    clause ("Điều 38" + "1. Bộ Công an có trách nhiệm:") stays as it is."""
    bare = [i for i, line in enumerate(lines) if _BARE_ARTICLE.match(line)]
    if len(bare) < _MIN_BARE:
        return lines
    out = list(lines)
    for i in bare:
        after = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if after is None or find_marker(lines[after].strip()) is not None:
            continue
        text = lines[after].strip()
        if not text[:1].isupper() or _BARE_ARTICLE.match(text):
            continue
        m = _BARE_ARTICLE.match(lines[i])
        assert m is not None
        out[i] = f"{m['head']}. {text}"
        for j in range(i + 1, after + 1):
            out[j] = ""
    return out
