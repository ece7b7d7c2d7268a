"""Why a parse found no task: one Vietnamese clause for the person who sent the document.

Every reader of a ParsedNotice with no task (the chat's import preview, `nhacviec import`,
`nhacviec parse`) says this instead of offering, or printing, nothing."""

from __future__ import annotations

import re

from notices.model import ParsedNotice
from notices.text import fold_key

_MINUTES = re.compile(r"\bbien ban\b")
# The parser's note on a report or submission to a superior (its proposals await a decision).
UPWARD_REPORT = (
    "Văn bản là báo cáo hoặc tờ trình gửi cấp trên: các kiến nghị trong đó chờ cấp trên quyết "
    "định, không phải việc giao cho đơn vị."
)


def no_task_reason(notice: ParsedNotice) -> str:
    """Minutes, an unreadable or too-short text, a text cut short before its signature (the
    first page alone), or no assignment sentence at all."""
    title = fold_key(f"{notice.doc_type or ''} {notice.title}")
    if UPWARD_REPORT in notice.notes:
        return "đây là báo cáo hoặc tờ trình gửi cấp trên, các kiến nghị chờ cấp trên quyết định"
    if notice.doc_type == "BB" or _MINUTES.search(title):
        return "đây là biên bản, không có câu giao việc cho đơn vị nào"
    if not notice.title and notice.doc_number is None and notice.issued_date is None:
        return (
            "văn bản quá ngắn hoặc không đọc được chữ (ảnh mờ, bản scan nghiêng?), không thấy "
            "số, ngày hay trích yếu"
        )
    if notice.signer is None:
        # the header was read but the text stops before any signature: one page of several (a
        # phone photo of the first page, a scan cut short), whose assignments come later
        return (
            "phần đã đọc không có câu giao việc và dừng trước phần ký tên, nên có thể mới là "
            "trang đầu của văn bản: hãy gửi đủ các trang (chụp từng trang) hoặc bản PDF/Word"
        )
    return (
        "không có câu nào dạng «giao/đề nghị [đơn vị] chủ trì/thực hiện …» (văn bản không "
        "giao việc, hoặc giao theo cách hệ thống chưa đọc được)"
    )
