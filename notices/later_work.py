"""Whether the rest of a statement names work: a task verb, a work verb or a date."""

from __future__ import annotations

from notices.deadlines import names_due_date
from notices.statement_words import GOES_ON, TASK_VERB, WORK_VERB


def has_work(text: str) -> bool:
    # (not "xây dựng" or "thực hiện": "…; chung sức xây dựng quê hương" goes on appealing)
    return bool(TASK_VERB.search(text)) or names_due_date(text, yearless=True)


def goes_on(rest: str) -> bool:
    """The rest of a statement names work (a work verb, "tiếp tục …", "khẩn trương …") or a date.
    (A wider test, any ";" or "có nhiệm vụ", was once written here but shadowed by the grant
    reader's; measured on the corpus, it makes citing openings such as "Thực hiện Kế hoạch số …;
    Kế hoạch số …;" tasks.)"""
    if GOES_ON.search(rest) or WORK_VERB.search(rest):
        return True
    return names_due_date(rest)
