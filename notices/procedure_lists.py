"""A decision that publishes administrative procedures ("Công bố danh mục thủ tục hành chính …")
and the procedures it publishes.

Its appendix describes each procedure field by field ("- Trình tự thực hiện:", "- Cách thức
thực hiện:", "- Thành phần hồ sơ:", "- Cơ quan giải quyết:") and walks through its steps ("Sở Xây
dựng lập tờ trình …", "Trong thời hạn 20 ngày, kể từ ngày nhận được tờ trình, …"). Those steps
say how the procedure runs whenever someone files it; they hand out no work now. Only the
decision's own articles ("Điều 3. Sở Tư pháp có trách nhiệm niêm yết …") can.
"""

from __future__ import annotations

import re

from notices.text import fold

# "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ …", "Về việc công bố thủ tục hành chính …";
# matched on the folded title (no marks, "đ" as "d").
_PUBLISHES = re.compile(r"\bcong bo\b(?:\s+\S+){0,3}?\s+thu tuc hanh chinh\b")
# a procedure's own fields, as an appendix lists them (folded, after a dash or a number), each
# a label and its colon: "2. Thời hạn giải quyết được rút ngắn …" in an article is no field
_FIELD = re.compile(
    r"^[-+*•\d.)\s]*(?:trinh tu thuc hien|cach thuc thuc hien|thanh phan(?:,\s*so luong)? ho so"
    r"|thoi han giai quyet|co quan giai quyet|co quan thuc hien|doi tuong thuc hien"
    r"|ket qua thuc hien|le phi|yeu cau,?\s*dieu kien)\b[^:.;]{0,50}:"
)
# "Điều 3. …", or "Điều" alone when the reader split its number off
_ARTICLE = re.compile(r"^\W*dieu(?:\s+\d+|\s*$)")


def publishes_procedures(title: str) -> bool:
    """True for a decision whose title publishes administrative procedures."""
    return _PUBLISHES.search(fold(title)) is not None


def first_field(body: list[str]) -> int | None:
    """Index of the first paragraph that is a procedure's own field, or None."""
    for index, paragraph in enumerate(body):
        if _FIELD.match(fold(paragraph)):
            return index
    return None


def without_procedures(body: list[str], *, title: str) -> list[str]:
    """The body of a procedure-publishing decision without the procedures it publishes: cut at
    the first procedure field; what comes before it is kept only when it holds the decision's
    articles (a body that opens inside the appendix is all procedure). Other notices unchanged."""
    if not publishes_procedures(title):
        return body
    cut = first_field(body)
    if cut is None:
        return body
    head = body[:cut]
    if any(_ARTICLE.match(fold(paragraph)) for paragraph in head):
        return head
    return []
