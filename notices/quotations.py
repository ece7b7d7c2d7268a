"""Provisions quoted by a letter of guidance: the cited law's text, not the letter's own items.

An answer of a tax office or a ministry cites a provision and then copies it ("- Tại khoản 3 Điều
7 Thông tư số 103/2014/TT-BTC … quy định:" + "“Điều 7. Thu nhập chịu thuế …", "3. Thu nhập phát
sinh …", "h) Quyết định xử lý …"). The copied articles, clauses and points carry numbers and
verbs like the letter's own items, yet they are the cited document's words: none is a task of the
addressee. `drop_quoted` takes them out of the body before items are built; the lead-in stays
(the statement filter already knows it for a citation).
"""

from __future__ import annotations

import re

from notices.markers import find_marker
from notices.text import match_form

_DOC = (
    r"(?:hiến pháp|bộ luật|luật|pháp lệnh|nghị định|thông tư(?:\s+liên tịch)?|quyết định"
    r"|nghị quyết|chỉ thị|công văn|văn bản|hướng dẫn|quy chế|quy định)"
)
# "Tại khoản 25 Điều 3 Luật Quản lý thuế số 38/2019/QH14 … quy định:", "Theo điểm b khoản 1
# Điều 9 Nghị định … quy định:", "Công văn số 1604/TTg-KTN … có nêu:", "Khoản 2 Điều 5 Thông
# tư … hướng dẫn:": a citation whose last words introduce the quoted text.
_CITATION_START = re.compile(
    rf"^(?:(?:căn cứ|tại|theo)(?:\s+(?:quy định\s+)?(?:tại|của))?\s+)?"
    rf"(?:(?:tiết|điểm|khoản|điều|mục|chương|phụ lục)\s+[\w.]{{1,8}},?\s+|{_DOC}\s+số\s)"
)
# "Điều 5. Chế độ trợ cấp" (+ "1. Chế độ trợ cấp hàng tháng được quy định như sau:"): the
# document's own titled article, no citation of another's "Điều 5 Nghị định …" (ttg-62, whose
# articles after it were all dropped as a quoted provision) — when the line names no other
# document ("Điều 5. … (Nghị định số 126/2020/NĐ-CP) quy định:", an amending "Điều 1. Sửa đổi
# khoản 2 Điều 5 Nghị định số …") and the body's headings run from Điều 1 on (a letter copying
# a law's "Điều 56." … "Điều 59. Trường hợp ngoại lệ" out does not).
_OWN_ARTICLE = re.compile(r"^điều\s+\d{1,3}[a-zđ]?\s*[.:]\s*[^\W\d_]")
_ARTICLE_NUMBER = re.compile(r"^điều\s+(\d{1,3})[a-zđ]?\s*[.:]")
_NAMES_DOC = re.compile(rf"\b{_DOC}\s+(?:số\s|\d)")


def _own_articles(body: list[str]) -> bool:
    """The body's article headings are numbered 1, 2, 3, … in order: its own articles."""
    numbers = [
        int(m.group(1))
        for paragraph in body
        if (m := _ARTICLE_NUMBER.match(match_form(_unmarked(paragraph))))
    ]
    return bool(numbers) and numbers == list(range(1, len(numbers) + 1))


def _cites(low: str, own: bool) -> bool:
    """The (match-form, unmarked) paragraph opens citing a provision or a document; with `own`
    (the body's headings are its own articles) a titled article heading naming no other
    document is none."""
    if _CITATION_START.match(low) is None:
        return False
    return not own or _OWN_ARTICLE.match(low) is None or _NAMES_DOC.search(low) is not None


# "… quy định:" (the quotation may open after it) or "… quy định “2. Cơ quan …" (no colon).
_INTRODUCES = re.compile(
    r"\b(?:quy định|(?:có\s+)?nêu(?:\s+rõ)?|hướng dẫn|ghi(?:\s+rõ)?)\s*(?:như sau)?\s*"
    r"(?::\s*(?P<quote>[“\"])?|(?P<bare>[“\"]))"
)
_OPEN = '“"'
_CLOSE = re.compile(r"[”\"]")
# A copied provision's own lines: "Điều 116. …", "1. …", "h) …", "- …", "+ …", "…".
_PROVISION_LINE = re.compile(r"^(?:điều\s+\d+[a-zđ]?\.|\d{1,3}(?:\.\d{1,2})*\.\s|[a-zđ]\)\s|…)")
# The letter's own voice again: "Theo nội dung nêu tại công văn số …", "Căn cứ các quy định nêu
# trên, …", "Đề nghị Thuế tỉnh …", "Về vấn đề này, …".
_OWN_VOICE = re.compile(
    r"^(?:(?:theo|về|căn cứ)\s+(?:các\s+)?(?:nội dung|vấn đề|quy định|hướng dẫn)\s+(?:nêu|trên"
    r"|này|tại\s+công văn|nói)|(?:đề nghị|yêu cầu|giao)\s)|\b(?:nêu trên|trên đây|nói trên)\b"
)


# "Trước đây Tổng cục Thuế đã có Công văn số 4554/TCT-KK … hướng dẫn Cục thuế Hải Dương về việc
# … như sau:" + "“…2. Nộp hồ sơ … Trường hợp … thì Đại lý … nộp …”": a numbered document recalled
# and its words copied in quotation marks after "như sau:", not the writer's own points (a
# paragraph that asks, "Thực hiện Công văn số …, đề nghị các đơn vị … như sau:", introduces the
# letter's own points, and unquoted points stay).
_RECALLS_DOCUMENT = re.compile(
    rf"\b{_DOC}\s+số\s[^:]{{0,300}}?\bnhư sau\s*:\s*(?:(?P<quote>[“\"])|$)(?P<bare>(?!))?"
)
_ASKS = re.compile(r"(?<![^\W_])(?<!theo )(?<!của )(?:đề nghị|yêu cầu|giao|chỉ đạo)(?![^\W_])")


def _recalled(low: str) -> re.Match[str] | None:
    found = _RECALLS_DOCUMENT.search(low)
    return found if found is not None and not _ASKS.search(low[: found.start()]) else None


# "… đề nghị Văn phòng UBND tỉnh đăng thông tin … với nội dung như sau:" + "“Công ty A đang sử
# dụng thửa đất …”", "b) Bổ sung vào dự thảo Quyết định nội dung:" + "“Việc triển khai …”": the
# words to publish or insert, quoted after the request; the request is the work, not the words.
_CONTENT_LEAD_IN = re.compile(r"(?<![^\W_])nội dung(?:\s+(?:như sau|sau(?:\s+đây)?))?\s*:$")
_QUOTE_OPENS = re.compile(r"^[*_\s]*[“\"]")
# only words to publish or to insert are quoted content: "Chủ tịch UBND tỉnh có ý kiến chỉ đạo
# với nội dung như sau:" + "“Giao Sở Y tế …”" passes on a directive, the quotation is the work
_PUBLISHES = re.compile(
    r"(?<![^\W_])(?:đăng\s+(?:thông tin|tin|tải)|(?:bổ sung|đưa|ghi|in)(?![^\W_])[^.;:]*?"
    r"\svào)(?![^\W_])"
)


def quotes_content(paragraph: str, following: str | None) -> bool:
    """The paragraph asks for content that the next paragraph opens to quote."""
    low = match_form(paragraph.strip().rstrip("*_ "))
    return (
        following is not None
        and _CONTENT_LEAD_IN.search(low) is not None
        and _PUBLISHES.search(low) is not None
        and _QUOTE_OPENS.match(following) is not None
    )


def drop_quoted(body: list[str], front: list[str] | None = None) -> list[str]:
    """The body without the provisions a citation copies out ("… quy định:" + its text), and
    without the content a request quotes (its lead-in then ends as a sentence). The `front`
    matter before it is read only for the article headings it holds."""
    kept: list[str] = []
    state = ""  # "" outside, "next" right after a lead-in, "quote" inside “…”, "bare" unquoted
    cited = False  # the paragraph before opened a citation a wrapped line cut short
    own = _own_articles([*(front or []), *body])
    for index, paragraph in enumerate(body):
        following = body[index + 1] if index + 1 < len(body) else None
        if not state and quotes_content(paragraph, following):
            kept.append(paragraph.rstrip(" *_")[:-1].rstrip() + ".")
            state, cited = "next_quoted", False
            continue
        low = match_form(_unmarked(paragraph))
        colon = _lead_in(low, cited, own)
        recalled = None if colon is not None else _recalled(low)
        if recalled is not None and recalled["quote"]:
            colon = recalled  # the quoted words open on the lead-in's own line
        cited = _cites(low, own) and colon is None and len(low) < 90
        if state and (colon is not None or _OWN_VOICE.search(low)):
            state = ""  # a new citation, or the letter speaking again, ends the quoted text
        if state == "next_quoted":
            # only a quotation mark opens the text of a document recalled "… như sau:"
            low = low.lstrip("*_ ")
            state = "next" if low[:1] in _OPEN else ""
        if state == "next":
            if low[:1] in _OPEN:
                state = "" if _CLOSE.search(low, 1) else "quote"
                continue
            state = "bare"
        if state == "quote":
            if _CLOSE.search(low):
                state = ""
            continue
        if state == "bare":
            if _PROVISION_LINE.match(low) or find_marker(paragraph) is not None:
                continue
            state = ""
        if colon is None:
            kept.append(paragraph)
            if recalled is not None:
                state = "next_quoted"
            continue
        offset = len(paragraph) - len(low)
        rest = low[colon.end() :]
        quote = "quote" if colon["quote"] else "bare" if colon["bare"] else ""
        if not quote:
            kept.append(paragraph)
            state = "" if rest.strip() else "next"
            continue
        close = _CLOSE.search(low, colon.end())
        after = paragraph[offset + close.end() :] if close else ""
        before = paragraph[: offset + colon.start(quote)].rstrip()
        kept.append(f"{before} {after.strip()}".strip())
        state = "" if close else "quote"
    return kept


def _lead_in(low: str, cited: bool, own: bool) -> re.Match[str] | None:
    """The "quy định:" closing a citation that opens the (match-form, unmarked) paragraph, or
    the paragraph that finishes a citation cut short by a wrapped line."""
    if not cited and not _cites(low, own):
        return None
    found = list(_INTRODUCES.finditer(low))
    if not found or _own_clause(low[: found[-1].start()]):
        return None
    return found[-1]


# After "Căn cứ <document>, " a clause of its own: "Căn cứ Công văn số 812/BYT-DP …, UBND tỉnh
# hướng dẫn:" — the letter's own guidance follows, not the cited text. A comma that only goes
# on with the citation ("Căn cứ khoản 1, khoản 2 Điều 5 Thông tư … quy định:") is not one.
_GOES_ON_CITING = re.compile(rf"^(?:(?:tiết|điểm|khoản|điều|mục|chương|phụ lục)\b|{_DOC}\b|\d)")


def _own_clause(before_verb: str) -> bool:
    if not before_verb.startswith("căn cứ") or ", " not in before_verb:
        return False
    clause = before_verb.rsplit(", ", 1)[1].strip()
    return 0 < len(clause.split()) <= 8 and not _GOES_ON_CITING.match(clause)


def _unmarked(paragraph: str) -> str:
    """The paragraph without its opening dash or plus ("- Tại khoản …" → "Tại khoản …")."""
    return re.sub(r"^\s*[-+•]\s*", "", paragraph)
