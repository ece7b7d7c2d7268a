"""Articles of an issued regulation that share their work out among bodies clause by clause.

A Quy định on standby duty ("Điều 11. Đối với sự cố tràn dầu") is titled by the situation, not
by a body, yet each numbered clause heads one body's share: "1. Thường trực Ban Chỉ huy …:",
"2. Sở Tài nguyên và Môi trường:", "3. Ủy ban nhân dân … quận - huyện (nơi xảy ra sự cố):",
each followed by its lettered duties. Such an article is a duty article like "Trách nhiệm của
các cơ quan": its clauses assign work, they are no standing rules. A clause heading that names
no body ("2. Thời gian trực ban:", "1. Hồ sơ gồm:") does not count, and it takes two body
headings in one article (a lone one is the competent body of a rule).

A regulation whose own title is a division of work ("Quy định phân công nhiệm vụ để thực hiện
quản lý nhà nước về giá …", bn-84) titles its articles by topic ("Bình ổn giá", "Kê khai giá")
and shares each one out among the bodies it names: those articles assign work too, except its
scope, subjects and terms.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.marked_titles import ANY_ARTICLE
from notices.text import match_form

# "2. Sở Tài nguyên và Môi trường:", "3) Các đơn vị lực lượng vũ trang:": a numbered clause that is
# only a heading (nothing after its colon)
_BODY_CLAUSE = re.compile(r"^\**\s*\d{1,2}\s*[.)]\s+(?P<head>[^:;.]{3,250}?)\s*:\s*\**\s*$")
# the article is titled by a situation ("Đối với sự cố tràn dầu", "Trường hợp xảy ra lũ quét",
# "Tình huống bão mạnh"): a subject-matter article of a Quy chế ("Xây dựng, ban hành … pháp luật")
# whose clauses name bodies is their standing mandate, labelled a rule (lc-16)
_SITUATION = re.compile(r"^(?:đối với|trường hợp|trong trường hợp|khi|tình huống)(?![^\W_])")
_MIN_BODIES = 2
_HEAD_WORDS = 40
# "Quy định phân công nhiệm vụ …", "Quy chế phối hợp và phân công trách nhiệm …", "Quy định phân
# công, phối hợp thực hiện nhiệm vụ …": the document divides work among bodies — not "phân công,
# phân cấp" nor "phân công … và phân cấp thẩm quyền" (who is competent for what, a rule), nor a
# division among persons ("Quy chế phân công nhiệm vụ của Chủ tịch và các Phó Chủ tịch", "… trong
# Thường trực Ủy ban nhân dân tỉnh"; a topic that only mentions "cán bộ, công chức" is no person)
_DIVIDES_WORK = re.compile(
    r"(?<![^\W_])(?:quy định|quy chế)\s+(?:về\s+)?(?:phối hợp\s*(?:,|và)\s*)?phân công"
    r"(?:\s*(?:,|và)\s*phối hợp)?\s+(?:thực hiện\s+)?(?:nhiệm vụ|trách nhiệm)"
    r"(?![^.]*phân cấp)"
    r"(?!\s+(?:(?:của|giữa|trong|cho)\s+)?(?:các\s+)?(?:chủ tịch|phó chủ tịch|giám đốc"
    r"|phó giám đốc|lãnh đạo|thành viên|cán bộ|công chức|thường trực|ủy viên|tập thể))"
)
# the articles of such a document that only frame it
_FRAMING = re.compile(r"^(?:phạm vi|đối tượng|giải thích|nguyên tắc)(?![^\W_])")


def divides_work(doc_title: str) -> bool:
    """The document's own title divides work among bodies (see the module's note)."""
    return _DIVIDES_WORK.search(match_form(doc_title)) is not None


def shares_by_topic(article_title: str, doc_title: str) -> bool:
    """A topic article of a document dividing work among bodies: it shares that work out."""
    return divides_work(doc_title) and _FRAMING.match(match_form(article_title)) is None


def body_clause_articles(
    paragraphs: list[str],
    titled: Callable[[str], str | None],
    names_body: Callable[[str], bool],
) -> set[str]:
    """The titles (as `titled` gives them) of the articles holding at least two numbered
    clauses that are a body's heading (`names_body` tells a body of government)."""
    counts: dict[str, int] = {}
    current: str | None = None
    for paragraph in paragraphs:
        text = paragraph.strip()
        if ANY_ARTICLE.match(match_form(text)) is not None:
            current = titled(paragraph)
            continue
        if current is None:
            continue
        m = _BODY_CLAUSE.match(text)
        if m is None or len(m["head"].split()) > _HEAD_WORDS or not names_body(m["head"]):
            continue
        counts[current] = counts.get(current, 0) + 1
    return {
        title
        for title, count in counts.items()
        if count >= _MIN_BODIES and _SITUATION.match(match_form(title))
    }
