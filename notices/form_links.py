"""A point that only says where a form is filled in: "- Thực hiện theo đường dẫn: https://…".

A request for reports lists each report with the online form it is sent through and its due
date ("(1) Báo cáo tình hình sử dụng lao động …" over "- Thực hiện theo đường dẫn: https://…"
and "- Hạn nộp báo cáo: Trước ngày 25/11/2025."). The link line tells how the report above is
sent; it is no work of its own. A point that names work beside the link ("- Rà soát danh sách
… và cập nhật tại địa chỉ https://…") stays a task, and so does a top-level point of the letter's
own ("2. Cập nhật tại địa chỉ: https://…", "3. Đăng ký theo đường link: …"): `tasks.build_tasks`
asks only about a point under another (the report it sends).
"""

from __future__ import annotations

import re

from notices.markers import find_marker
from notices.text import match_form

# "Thực hiện theo đường dẫn:", "Báo cáo trực tuyến tại địa chỉ:", "Truy cập đường link sau:",
# "Link khảo sát:" — then the address and nothing else
_LINK_LINE = re.compile(
    r"^(?:(?:thực hiện|báo cáo|nộp báo cáo|gửi báo cáo|truy cập)"
    r"(?:\s+(?:trực tuyến|online))?\s+)?"
    r"(?:(?:theo|tại|qua|vào|bằng)\s+)?(?:các\s+)?(?:đường dẫn|đường link|link|liên kết"
    r"|địa chỉ(?:\s+(?:trang web|website|trực tuyến))?)(?:\s+(?:sau|dưới đây|khảo sát))?\s*:?\s*"
    r"(?:https?://|www\.)\S+\s*[.;]?$"
)


def is_form_link(paragraph: str) -> bool:
    """The point's whole text is an instruction to use a link: no work of its own."""
    found = find_marker(paragraph)
    text = paragraph[found.length :] if found is not None else paragraph
    return _LINK_LINE.match(match_form(text.strip(" *_"))) is not None
