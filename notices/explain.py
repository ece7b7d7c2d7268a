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


# The end of a document that was read whole: its recipients, a signing formula (on behalf of, for,
# by order of), "(Đã ký)" in place of a signature, or the closing "./.".
_SIGNED_TITLE = re.compile(r"^(?:tm|kt|tl|ttl|q|t/m|k/t|t/l)\.?\s")
_CLOSING = re.compile(r"^noi nhan\b|\(\s*da ky\s*\)|\./\.$|^(?:tm|kt|tl|ttl)\.\s")
_FINISHED = (".", "!", "?", "…", ")", '"', "”")


def _cut_short(notice: ParsedNotice, text: str | None) -> bool:
    """The text stops before its signature: no signer, no signing formula, and (when the text is
    at hand) no closing of any kind and a last line that stops mid-sentence."""
    if notice.signer is not None or _SIGNED_TITLE.match(fold_key(notice.signer_title or "")):
        return False
    if text is None:
        return True
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if any(_CLOSING.search(fold_key(line)) for line in lines):
        return False
    last = lines[-1] if lines else ""
    return not last.endswith(_FINISHED)


def no_task_reason(notice: ParsedNotice, text: str | None = None) -> str:
    """Minutes, an unreadable or too-short text, a text cut short before its signature (the
    first page alone), or no assignment sentence at all. `text`: what the notice was parsed
    from, when the caller has it (a closing or a finished last sentence says nothing is cut)."""
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
    if _cut_short(notice, text):
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
