"""The drafts a body's duty submits: "1. Trình Bộ trưởng … xem xét, quyết định:" over its points.

A functions statute lists what the body drafts for its superior to decide as points under one
submitting duty: "1. Trình Bộ trưởng Bộ Tài chính để trình Chính phủ … xem xét, quyết định:" over
"a) Các dự án luật, dự thảo nghị định …;", "b) Chiến lược, quy hoạch … về hải quan;". Each point
is a noun phrase, no verb of its own: it is the object of the duty above, one piece of the body's
work each (fresh29's ttg-02 labels each point). Only a duty that ends on the superior's decision
("xem xét, quyết định:", "ban hành:", "phê duyệt:") lists drafts; a programme's "Trình Quốc hội
xem xét, thông qua … đối với 13 dự án luật sau đây:" lists the bills of a programme (no task
each), and "Trình tự, thủ tục:" is a procedure's heading. A point written "Label: value"
("a) Tổng mức đầu tư: 120 tỷ đồng;", "b) Nguồn vốn: ngân sách tỉnh.") gives a figure of the
proposal submitted, no draft the body makes (`names_a_draft`).
"""

from __future__ import annotations

import re

from notices.text import match_form

# "1. ", "a) ", "- ", "Điều 3. " before the duty
_MARK = re.compile(r"^\W*(?:điều\s+\d{1,3}\s*[.:]\s*|\d{1,2}(?:\.\d{1,2})*\.\s*|[a-zđ]\)\s*)?")
_SUBMITS = re.compile(
    r"^trình\s+(?!tự(?![^\W_]))[^.;:]{2,200}?\s(?:xem xét\s*,?\s*)?"
    r"(?:quyết định|ban hành|phê duyệt)(?:\s*(?:,|và)\s*(?:quyết định|ban hành|phê duyệt))*\s*:$"
)


def submits_drafts(paragraph: str) -> bool:
    """The paragraph is a submitting duty over the drafts its points name."""
    low = match_form(paragraph.strip().strip("*"))
    mark = _MARK.match(low)
    return _SUBMITS.match(low[mark.end() if mark else 0 :]) is not None


# "Tổng mức đầu tư: 120 tỷ đồng;": a label, a colon, then its value
_LABEL_VALUE = re.compile(r"^[^:;]{1,80}:\s*\S")


def names_a_draft(point: str) -> bool:
    """A point under a submitting duty names a draft, not a "Label: value" figure."""
    return _LABEL_VALUE.match(point.strip()) is None
