"""Closing asks to carry the document out, in wordings the carry-out reader does not take.

A decision's last article and a letter's last paragraph ask the bodies to carry out the document
itself ("… chịu trách nhiệm thi hành Quyết định này kể từ ngày ký", "… tập trung triển khai thực
hiện nghiêm chỉ đạo của Công điện này").
The labels count no task there (the closing that only asks to carry out the letter, labelling
rules 1 and 6). `notices.carry_out_only` reads such asks from the first work word on, so a body
whose name holds one ("Sở Xây dựng", "Sở Kế hoạch và Đầu tư" beside "Giám đốc các Sở: …") hid
them, and "chỉ đạo của Công điện này" was no content of the document it knew. Here the bodies'
names are told by their capitals in the text as written.
"""

from __future__ import annotations

import re

from notices.deadlines import names_due_date
from notices.statement_words import DOC, WORK_VERB

_DOC_HERE = rf"(?:{DOC}|công điện)\s+này"
# "… chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.", "… tổ chức thi hành Thông tư
# này.", "… tập trung triển khai thực hiện nghiêm chỉ đạo của Công điện này."
_CARRIES_DOC = re.compile(
    r"(?<![^\W_])(?:(?:chịu|có)\s+trách nhiệm\s+)?(?:(?:tập trung|khẩn trương|nghiêm túc)\s+)*"
    r"(?:(?:tổ chức|triển khai)\s+)*(?:thực hiện|thi hành)"
    r"(?:\s+(?:nghiêm túc|nghiêm|đầy đủ|kịp thời))?"
    r"(?:\s+(?:các\s+)?(?:nội dung\s+)?chỉ đạo\s+(?:của|tại|trong))?"
    rf"\s+{_DOC_HERE}(?:\s+kể từ ngày\s+(?:ký|ban hành)(?:\s+ban hành)?)?\s*[./]*$"
)
# What may open the closing: the ask itself, then the bodies' names.
_ASK_OPENING = re.compile(r"^(?:yêu cầu|đề nghị|giao)\s+")
# Oversight or spreading before the verb is work of its own: "Sở Tư pháp có trách nhiệm theo
# dõi thi hành Quyết định này" (a lower-case verb: names are capitalised)
_OTHER_WORK = re.compile(
    r"(?<![^\W_])(?:theo dõi|đôn đốc|giám sát|kiểm tra|hướng dẫn|phổ biến|tuyên truyền"
    r"|quán triệt|phối hợp|việc)(?![^\W_])"
)
# The bodies end in a list joint: "…, thị xã và" before the verb leaves a clause of its own open.
_OPEN_JOINT = re.compile(r"(?:,|;|\svà|\shoặc)\s*$")


def closing_carry_out(sentence: str, low: str) -> bool:
    """Whether the sentence only asks its bodies to carry out the document (`low` is its
    match form, same length, so offsets index `sentence` as written)."""
    carries = _CARRIES_DOC.search(low)
    if carries is None:
        return False
    start = _ASK_OPENING.match(low)
    # the bodies as written: a work word in a name is capitalised ("Sở Xây dựng"), a verb not
    before = sentence[start.end() if start else 0 : carries.start()]
    if not before.strip() or _OPEN_JOINT.search(before):
        return False
    if WORK_VERB.search(before) or _OTHER_WORK.search(before):
        return False
    return not names_due_date(low, yearless=True)
