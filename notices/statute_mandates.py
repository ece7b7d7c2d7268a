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
# A body the statute sets up or runs: "Hội đồng …" (not "Hội đồng nhân dân"), "Ban Chỉ đạo …",
# "Tổ công tác" (not "Tổ dân phố", nor the standing "Tổ chức phát triển quỹ đất"), "Đoàn kiểm
# tra" — its mandate is the make-up's rule.
_SET_UP = re.compile(
    r"^(?:hội đồng(?!\s+nhân dân)|ban\s+(?:chỉ đạo|chỉ huy|điều hành|tổ chức|quản lý)"
    r"|tổ(?!\s+(?:dân phố|chức))|đoàn|ủy ban quốc gia|uỷ ban quốc gia)(?![^\W_])"
)


def statute_body(doc_title: str) -> str | None:
    """The body (match form) a functions statute's own title is about, unless one it sets up:
    "phòng giáo dục và đào tạo huyện an phú" for "Ban hành Quy định chức năng, nhiệm vụ, quyền
    hạn và cơ cấu tổ chức của Phòng Giáo dục và Đào tạo huyện An Phú"; None for any other."""
    low = match_form(doc_title.split("(")[0]).strip()
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
