"""The step of a procedure a sentence opens with, then the body that does the work at it.

"Trong bước tự đánh giá, cơ sở giáo dục tăng cường sử dụng phần mềm …", "Bước khảo sát chính
thức, đoàn đánh giá ngoài có thể thực hiện việc phỏng vấn …": a guidance letter walks through a
procedure step by step and names each step's doer after its comma, often in lower case as the
kind of body it is. The doer is read as the name it is ("Cơ sở giáo dục", "Đoàn đánh giá ngoài");
a step with no body after it ("Trong giai đoạn đầu, cần tăng cường …") names no one.
"""

from __future__ import annotations

import re

from notices.name_kinds import assignee_start

_PLURAL = re.compile(r"(?:các|những)\s+")
_STEP = re.compile(r"(?:(?:trong|ở|tại)\s+)?(?:bước|giai đoạn|khâu)\s[^,;:.()]{1,60},\s*")


def after_step(text: str, low: str) -> tuple[str, int] | None:
    """(the clause with its doer's first letter capitalised, where the doer starts) when the
    clause opens with a procedure's step and a body follows its comma; else None."""
    m = _STEP.match(low)
    if m is None or m.end() >= len(text):
        return None
    at = m.end()
    if (plural := _PLURAL.match(low, at)) is not None and plural.end() < len(text):
        at = plural.end()  # "Trong bước tự đánh giá, các cơ sở giáo dục …": "Cơ sở giáo dục"
    if assignee_start(text, low, at) is not None:
        return text, at
    named = text[:at] + text[at].upper() + text[at + 1 :]
    if text[at].islower() and assignee_start(named, low, at) is not None:
        return named, at
    return None
