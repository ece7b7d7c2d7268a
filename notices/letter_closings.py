"""The closing formulas of a letter: an answer's ("… trả lời để … được rõ./.") and one
reporting or submitting upward ("… kính trình …./."); neither assigns work."""

from __future__ import annotations

import re

from notices.assignees import asks_someone
from notices.grants import OBLIGED
from notices.later_work import has_work
from notices.text import match_form

# "Cục Thuế có ý kiến để Thuế tỉnh Bắc Ninh và Thuế tỉnh Khánh Hòa được biết./.": an answer's
# closing.
_ANSWER_CLOSE = re.compile(
    r"^(?:(?!và\s)[^\s.;]+\s+){1,9}?(?:xin\s+)?(?:có ý kiến|trả lời)\s+(?:[^.;]{0,40}\s)?để\s"
    r"(?![^.;]*\b(?:thực hiện|triển khai|báo cáo)\b)"
)
# "Sở Nội vụ trả lời để Ủy ban nhân dân huyện được rõ./.", "Chi cục Thuế thông báo để ông Nguyễn
# Văn A được biết./.": whoever answers (its name may hold a "và"), the sentence only closes it.
_ANSWER_END = re.compile(
    r"^[^.;:]{2,160}?\s(?:xin\s+)?(?:có ý kiến|trả lời|thông báo)\s+(?:[^.;]{0,40}\s)?"
    r"để\s(?![^.;]*\b(?:thực hiện|triển khai|báo cáo)\b)[^.;]{2,160}?\s(?:được\s+)?(?:biết|rõ)"
    r"\s*[./|\s]*$"
)


# "Giao Phòng … thông báo phương án tuyển sinh để phụ huynh được biết.", "Đề nghị Phòng … trả lời
# bằng văn bản để ông H được rõ.": a body asked to answer or inform has work.
_ASKED = re.compile(r"^(?:giao|đề nghị|yêu cầu)\s")


# "Cục Thuế trả lời để Thuế tỉnh … được biết và hướng dẫn người nộp thuế thực hiện đúng quy
# định./.", "Sở … có ý kiến để Ủy ban nhân dân các xã biết và thực hiện./.": the closing formula
# of an answer, "thực hiện" only the rules or the answer itself (no work, object or date).
_ANSWER_KNOW_DO = re.compile(
    r"^[^.;:]{2,160}?\s(?:xin\s+)?(?:có ý kiến|trả lời|thông báo)\s+(?:[^.;]{0,40}\s)?"
    r"để\s[^.;]{2,160}?\s(?:được\s+)?(?:biết|rõ)\s*(?:,|và)\s*"
    r"(?:(?:hướng dẫn|chỉ đạo)\s+(?:các\s+|những\s+)?[^\W\d_][^.;,]{0,60}?\s)?"
    r"(?:(?:phối hợp|tổ chức)\s+)?thực hiện"
    r"(?:\s+(?:đúng|theo)\s+(?:đúng\s+)?(?:các\s+)?quy định(?:\s+(?:của pháp luật|hiện hành))?)?"
    # a scan may read the seal after the end mark as a few marks ("./.4_", "... „..")
    r"[\s./|„…,_]*(?:(?<=[./„…,_])\S{1,3}[\s./|„…,_]*)?$"
)


def answer_closes(low: str) -> bool:
    """An answer's closing ("Sở Nội vụ trả lời để Ủy ban nhân dân huyện được rõ./."), not a body
    asked to answer, nor one that goes on to ask ("… để Ủy ban nhân dân xã biết và đề nghị Ủy ban
    nhân dân xã hoàn thiện hồ sơ trước ngày …")."""
    close = _ANSWER_CLOSE.match(low)
    # ("Sở … có trách nhiệm thông báo để các trường biết và tổ chức thực hiện." owes it)
    if (
        _ANSWER_KNOW_DO.match(low)
        and not OBLIGED.search(low)
        and not (_ASKED.match(low) or asks_someone(low))
    ):
        return True
    if close is None and _ANSWER_END.match(low) is None:
        return False
    if _ASKED.match(low) or asks_someone(low):
        return False
    return close is None or not has_work(low[close.end() :])


# "Bộ Tài chính kính báo cáo Thủ tướng Chính phủ, Chính phủ./.", "Sở Nội vụ kính trình Ủy ban
# nhân dân tỉnh xem xét, quyết định./.": the closing formula of a letter written upward. A body
# reporting to, or submitting to, its superior assigns nothing: what it proposes ("Giao Bộ …",
# "đề nghị Thủ tướng giao …") waits for the superior's decision.
_WRITES_UPWARD = re.compile(
    r"^[^.;:]{2,120}?\s(?:kính|xin)\s+(?:báo cáo|trình)\s[^.;:]{2,160}\./\.$"
)


def reports_upward(body: list[str]) -> bool:
    """The letter closes by reporting or submitting to a superior: it assigns no work."""
    for paragraph in reversed(body[-3:]):
        low = match_form(paragraph.strip())
        if low.endswith("./."):
            return bool(_WRITES_UPWARD.match(low))
    return False
