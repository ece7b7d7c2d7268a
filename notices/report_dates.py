"""A paragraph that only asks the same addressees to finish the report the paragraph before asked
for, by a date: that report's deadline, no task of its own.

"… Giám đốc Sở Y tế yêu cầu thủ trưởng các đơn vị rà soát, nếu chưa báo cáo … thì khẩn trương chỉ
đạo báo cáo …" then "Đề nghị các đơn vị hoàn chỉnh báo cáo và nhập liệu trước ngày 05/01/2018 để
Bộ Y tế tổng hợp …": a reminder letter asks for the report, then says by when it is due (README
rule 2: a further sentence for the same body stays in the task). Another body asked ("Đề nghị
Phòng Y tế gửi báo cáo …"), a paragraph of more than one sentence, or a report task with its own
date keeps the paragraph a task of its own, and so does another report ("… và báo cáo kết quả."
then "Đề nghị các đơn vị gửi báo cáo tổng kết công tác năm 2017 trước ngày …": a report the
paragraph before does not name) or a paragraph before that only cites one ("… theo hướng dẫn tại
Báo cáo số 55/BC-SYT.").
"""

from __future__ import annotations

import re

from notices.clause_leads import is_generic
from notices.clauses import split_sentences
from notices.deadlines import names_due_date
from notices.model import ParsedTask
from notices.text import match_form

_FINISHES_REPORT = re.compile(
    r"^(?:đề nghị|yêu cầu)\s+(?P<who>[^.;:,()]{2,80}?)\s+(?:khẩn trương\s+)?"
    r"(?:hoàn chỉnh|hoàn thiện|hoàn thành|gửi|nộp)\s+(?:các\s+)?báo cáo(?![^\W_])"
)
# Asked for, written in lower case: "Báo cáo số 55/BC-SYT" is a document cited
_ASKS_REPORT = re.compile(r"(?<![^\W_])báo cáo(?![^\W_])(?!\s+số(?![^\W_]))")
# What names which report after "báo cáo", up to the date, the verb or where it goes
_WHICH_REPORT = re.compile(
    r"\s*(?P<which>.*?)\s*(?=[,.;:(]|$|(?<![^\W_])(?:và|trước|chậm nhất|hạn|gửi|về|nộp|đúng|theo"
    r"|để|cho|này|nói trên|trên|trong|đến|tới|kèm)(?![^\W_]))"
)


def only_dates_report(task: ParsedTask, paragraph: str) -> bool:
    """Does `paragraph` only set the date of the report `task` (undated) asks for, from the same
    addressees ("các đơn vị", or a body among `task`'s leads)?"""
    if task.deadline is not None or not _ASKS_REPORT.search(task.text):
        return False
    low = match_form(paragraph.strip())
    m = _FINISHES_REPORT.match(low)
    if m is None or len(split_sentences(paragraph)) != 1 or not names_due_date(paragraph):
        return False
    which = _WHICH_REPORT.match(low, m.end())
    if which and which["which"] and f"báo cáo {which['which']}" not in match_form(task.text):
        return False  # "gửi báo cáo tổng kết công tác năm 2017": another report
    who = m["who"]
    return is_generic(who) or any(match_form(name) == who for name in task.lead)
