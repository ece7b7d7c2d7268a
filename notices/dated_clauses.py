"""A rules article's clause that sets a date to finish by: work to do now, kept as tasks.

`notices.regulation.drop_rules` takes a regulation's rules articles out of the body: their clauses
say who does what every time. A transitional clause among them is not a standing rule: "3. Xử lý
thành lập cụm công nghiệp … hình thành trước Quyết định số 105/2009/QĐ-TTg …" + "a) Ủy ban nhân
dân cấp xã rà soát, xây dựng kế hoạch, lộ trình …" + "Thời hạn xử lý … hoàn thành trước ngày 31
tháng 12 năm 2026." (lc-16 Điều 6.3) gives a body work with a date, once. Such a numbered clause
stays in the body, whole. The sign is a completion date in so many words ("hoàn thành trước ngày
…", "Thời hạn … trước ngày …", "chậm nhất ngày …"): a date only referred to ("… trước Quyết định
số … ngày 19 tháng 8 năm 2009", "dự án được phê duyệt trước ngày 01/7/2014") is none.
"""

from __future__ import annotations

import re

from notices.marked_titles import ANY_ARTICLE
from notices.text import match_form

# a clause of an article: "3. Xử lý …" (not "3.1. …", a point "a) …" or a dash)
_CLAUSE = re.compile(r"^\**\s*\d{1,2}\s*\.(?!\d)\s*\S")
_DAY = r"ngày\s+\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm\s*\d{4}|[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})"
# "hoàn thành trước ngày 31 tháng 12 năm 2026", "Thời hạn … trước ngày 31/12/2026", "chậm nhất
# ngày …", "hoàn thành chậm nhất vào ngày …"
_FINISH_BY = re.compile(
    rf"(?:(?:hoàn thành|hoàn tất|thời hạn)[^.;]{{0,80}}?(?:trước|chậm nhất(?:\s+là)?(?:\s+vào)?)"
    rf"|chậm nhất(?:\s+là)?(?:\s+vào)?)\s+{_DAY}"
)


def keep_dated_clauses(paragraphs: list[str], keep: list[bool]) -> list[bool]:
    """`keep` with every dropped numbered clause that sets a completion date kept, whole (from
    its "N." to the next clause, article or kept paragraph)."""
    out = list(keep)
    start: int | None = None  # the dropped clause being read
    for i, paragraph in enumerate([*paragraphs, ""]):
        low = match_form(paragraph.strip())
        ends = i == len(paragraphs) or keep[i] or ANY_ARTICLE.match(low) or _CLAUSE.match(low)
        if ends and start is not None:
            if any(_FINISH_BY.search(match_form(p)) for p in paragraphs[start:i]):
                out[start:i] = [True] * (i - start)
            start = None
        if i < len(paragraphs) and not keep[i] and _CLAUSE.match(low):
            start = i
    return out
