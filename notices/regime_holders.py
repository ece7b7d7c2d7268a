"""Who reports under a regime's term: a holder written in lower case after the term's comma.

A reporting regime (a circular's "Chế độ báo cáo …" articles) fronts each report's term and names
the holder after it, in lower case because the holder is a role the regulation defines, not a
named body: "Trong thời hạn 15 ngày sau khi kết thúc quý, chủ dự án phải gửi Báo cáo quý …",
"Chậm nhất vào ngày 31 tháng 01 của năm sau, chủ dự án phải gửi Báo cáo năm …", "Trong thời
hạn 20 ngày sau mỗi quý, cơ quan chủ quản phải lập và gửi Báo cáo tổng hợp …". The name readers
only take a capitalised body there; without this the sentence had no lead, or took the bodies
the report is sent to ("…, Bộ Kế hoạch và Đầu tư, Bộ Tài chính …") as its subject.

Only a holder that must make or send a report counts ("phải gửi", "phải lập và gửi", "có trách
nhiệm báo cáo"): a lower-case noun after a term that only describes ("Trong thời hạn 10 ngày, hồ
sơ được …") is no holder.
"""

from __future__ import annotations

import re

from notices.name_kinds import Assignee
from notices.names import split_assignees

# The term that opens the sentence: "Trong thời hạn 10 ngày sau khi kết thúc tháng,", "Chậm nhất
# vào ngày 31 tháng 01 của năm sau,", "Sau mỗi quý,"; it may hold commas of its own ("… kể từ
# ngày kết thúc thực hiện chương trình, dự án, chủ dự án phải gửi …").
_TERM = re.compile(r"(?:trong thời hạn|chậm nhất|sau mỗi)\s")
_TERM_CHARS = 160
# The holder (a lower-case role of a few words), then the duty to report. Only the roles a
# regulation defines for its bodies head it ("chủ dự án", "cơ quan chủ quản", "ban quản lý …"):
# "người vi phạm phải nộp tiền phạt …", "doanh nghiệp phải nộp …" are a person's or a firm's duty
# after a procedure's term, no body's task. An adverb before the duty ("chủ đầu tư cũng phải
# gửi …") is no part of the name. The duty word is needed: "…, cơ quan có liên quan gửi văn bản
# trả lời …" is a procedure's step (cp-80 took an unlabelled task without it).
_HOLDER = re.compile(
    r"(?P<name>(?:chủ (?:dự án|đầu tư|chương trình)|cơ quan|đơn vị|ban(?!\s+hành)|bộ phận)"
    r"(?:\s[^\W\d][^,;:.()]{0,60}?)??)\s+(?:(?:cũng|vẫn|chỉ|đều|sẽ|cần)\s+)*"
    r"(?:phải|có trách nhiệm|có nhiệm vụ)\s+"
    r"(?:lập(?:\s+và\s+gửi)?|gửi|nộp|báo cáo|tổng hợp)(?![^\W_])"
)
# A name holding a negation is an exemption ("chủ đầu tư không phải gửi …"); one holding a verb
# that asks someone runs into a second person ("cơ quan thuế yêu cầu người nộp thuế phải nộp …").
_NOT_A_NAME = re.compile(
    r"(?<![^\W_])(?:không|chưa|yêu cầu|đề nghị|thông báo|chỉ đạo|hướng dẫn|đôn đốc)(?![^\W_])"
)
_MAX_WORDS = 8


def regime_holder(text: str, low: str, start: int) -> list[Assignee]:
    """The lower-case holder after a regime's fronted term, capitalised as a lead, else []; a
    capitalised body in the part right before it ("…, Sở Kế hoạch và Đầu tư, cơ quan chủ quản
    phải gửi …") holds the report with it."""
    if _TERM.match(low, start) is None:
        return []
    previous: int | None = None  # where the part after the term's first comma begins
    for comma in re.finditer(r",\s*", low[start : start + _TERM_CHARS]):
        pos = start + comma.end()
        holder = _HOLDER.match(low, pos)
        if holder is None or not text[pos : pos + 1].islower():
            previous = pos
            continue
        name = text[holder.start("name") : holder.end("name")]
        if len(name.split()) > _MAX_WORDS or _NOT_A_NAME.search(low, pos, holder.end("name")):
            return []
        leads = [Assignee(name[0].upper() + name[1:])]
        if previous is not None and text[previous : previous + 1].isupper():
            before = split_assignees(text[previous : start + comma.start()].strip())
            leads[:0] = before or []
        return leads
    return []
