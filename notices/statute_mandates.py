"""A functions statute's duty article: the work of the standing body the statute is about.

A decision issuing "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Giáo dục
và Đào tạo huyện …" (or a decision that is itself that statute) is mostly standing rules: the
office's position ("Điều 1. Vị trí và chức năng"), its leaders, posts and staff. Its "Điều 2.
Nhiệm vụ và quyền hạn" lists what the office does ("Chủ trì, phối hợp với Phòng Nội vụ tham mưu
…", "Thực hiện đầy đủ và kịp thời chế độ báo cáo định kỳ …"): the corpus reads each of those
duties as a task of that office (fresh24–fresh28's functions decisions), its catch-all excepted
(notices.carry_out_only). A body the statute sets up or runs (a council, a steering board, a
team: "Quy định chức năng, nhiệm vụ, quyền hạn của Hội đồng …") keeps its mandate as its rule,
and so does a statute of organisation and operation ("Quy chế tổ chức và hoạt động của …").
"""

from __future__ import annotations

import re

from notices.text import match_form

# "Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của …", "Về chức năng,
# nhiệm vụ, quyền hạn …", "Quy định về chức năng, nhiệm vụ và quyền hạn của …": the document's
# own title is the statute of one body's functions — not a letter or a submission about it ("V/v
# lấy ý kiến góp ý dự thảo Quyết định ban hành Quy định chức năng, …")
_FUNCTIONS_DOC = re.compile(
    r"^(?:về việc\s+)?(?:ban hành\s+)?(?:(?:quy định|quy chế)\s+)?(?:về\s+)?"
    r"chức năng\s*,\s*nhiệm vụ\s*(?:,|và)\s*quyền hạn(?![^\W_])"
    r"(?:\s*(?:,|và)\s*cơ cấu tổ chức)?\s+của\s+"
)
# "Nhiệm vụ và quyền hạn", "Nhiệm vụ, quyền hạn của Phòng …", "Chức năng, nhiệm vụ và quyền
# hạn": the article that lists the body's duties ("Quyền hạn" alone lists powers: no duty)
_DUTY_ARTICLE = re.compile(
    r"^(?:chức năng\s*,\s*)?nhiệm vụ\s*(?:,|và)\s*quyền hạn(?:\s+của\s+(?P<body>.+))?$"
)
# "Điều 2. Nhiệm vụ và quyền hạn", "**Điều 2. Nhiệm vụ, quyền hạn**": an article's heading alone
_ARTICLE_HEAD = re.compile(
    r"^\**\s*[đĐð]iều\s+\d{1,3}[a-zđ]?\s*(?:[.:]|\s[–-])\s*\**\s*(?P<title>[^.;:*]+?)[.:]?\**\s*$"
)
# A body the statute sets up or runs: "Hội đồng …" (not "Hội đồng nhân dân"), "Ban Chỉ đạo …",
# "Tổ công tác" (not "Tổ dân phố", nor the standing "Tổ chức phát triển quỹ đất"), "Đoàn kiểm
# tra" — its mandate is the make-up's rule.
_SET_UP = re.compile(
    r"^(?:hội đồng(?!\s+nhân dân)|ban\s+(?:chỉ đạo|chỉ huy|điều hành|tổ chức|quản lý)"
    r"|tổ(?!\s+(?:dân phố|chức))|đoàn|ủy ban quốc gia|uỷ ban quốc gia)(?![^\W_])"
)


# "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 02/2010/QĐ-TTg NGÀY 15 THÁNG 01 NĂM 2010 QUY ĐỊNH CHỨC NĂNG, …": a
# Công báo copy's header line (notices.gazette_header) read into the title before its subject;
# the Công báo header line (title_gaps.GAZETTE_LINE), here in match form inside the joined title
_GAZETTE_LINE = re.compile(
    r"^của\s+[^.;:]{2,80}?\s+số\s*:?\s*\S+\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s+"
)


def statute_body(doc_title: str) -> str | None:
    """The body (match form) a functions statute's own title is about, unless one it sets up:
    "phòng giáo dục và đào tạo huyện an phú" for "Ban hành Quy định chức năng, nhiệm vụ, quyền
    hạn và cơ cấu tổ chức của Phòng Giáo dục và Đào tạo huyện An Phú"; None for any other."""
    low = _GAZETTE_LINE.sub("", match_form(doc_title.split("(")[0]).strip())
    m = _FUNCTIONS_DOC.match(low)
    if m is None:
        return None
    body = low[m.end() :].strip(" .,;|")
    return None if not body or _SET_UP.match(body) else body


def same_body(body: str, title_body: str | None) -> bool:
    """A duty title's body is the one the document's title is about (one name starts the other)."""
    if not title_body:
        return False
    return body.startswith(title_body) or title_body.startswith(body)


def statute_duty_article(title: str, body: str) -> bool:
    """The article title is the duty article of a functions statute about `body` (its
    `statute_body`): "Nhiệm vụ và quyền hạn" bare, or naming that body."""
    m = _DUTY_ARTICLE.match(match_form(title.strip(" .:*")))
    if m is None:
        return False
    return m["body"] is None or same_body(m["body"], body)


def statute_lead_in(paragraphs: list[str], index: int, doc_title: str) -> bool:
    """The paragraph at `index` is the lead-in of a functions statute's duty article right above
    it ("Điều 2. Nhiệm vụ và quyền hạn" + "Tổng cục … thực hiện các nhiệm vụ, quyền hạn sau
    đây:"): the article's own, no intro of the document."""
    if index == 0 or (body := statute_body(doc_title)) is None:
        return False
    m = _ARTICLE_HEAD.match(paragraphs[index - 1].strip())
    return m is not None and statute_duty_article(m["title"], body)


# "Điều 2. Học viện … là cơ sở giáo dục, đơn vị sự nghiệp trực thuộc …; có tư cách pháp nhân, con
# dấu và tài khoản riêng; có chức năng và nhiệm vụ chính sau đây:": a founding decision's article
# says what the body is, then lists its duties; the body it names first does them
_STATUS_LEAD_IN = re.compile(
    r"^(?:\W*điều\s+\d{1,3}\s*[.:]\s*\**\s*)?(?P<who>[^\W\d_][^.;:]{2,120}?)\s+là\s+[^.:;]{2,300};"
    r"(?:\s*[^.:;]{2,200};)*\s*có\s+(?:các\s+)?(?:chức năng\s*(?:,|và)\s*)?nhiệm vụ"
    r"(?:\s*(?:,|và)\s*quyền hạn)?(?:\s+(?:chính|chủ yếu|cụ thể))?(?:\s+như)?"
    r"\s+sau(?:\s+đây)?\s*:$"
)


def status_holder(paragraph: str) -> str | None:
    """The body (as written) a status-then-duties lead-in names first, or None."""
    text = paragraph.strip()
    m = _STATUS_LEAD_IN.match(match_form(text))
    if m is None or not text[m.start("who") : m.start("who") + 1].isupper():
        return None
    return text[m.start("who") : m.end("who")].strip(" *")
