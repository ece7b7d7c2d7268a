"""A plan's schedule and its carrier: what a time-slot heading dates and who the "Tổ chức thực
hiện" section gives the whole list of activities to.

A plan (Kế hoạch) often lists its activities under time slots ("1. Quý I năm 2020" over "1.1. Ban
hành Chỉ thị …", "1.2. Chỉ đạo …") with no body in any item, and names the body that carries
them out once, in its closing section ("III. TỔ CHỨC THỰC HIỆN" – "1. Sở Nội vụ: Chỉ đạo Ban Thi
đua - Khen thưởng thực hiện các nhiệm vụ được giao tại Kế hoạch; …"). Each item is then a task
of that body, due at the end of its slot.
"""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.deadlines import DeadlineHit, find_deadlines
from notices.model import DeadlineKind
from notices.names import split_assignees
from notices.structure import Item, walk
from notices.task_basics import Context
from notices.task_items import is_generic
from notices.text import match_form

# A heading that is only a time slot: "Quý I năm 2020", "QUÝ II/2024", "Tháng 01/2021",
# "Tháng 3 năm 2025", "6 tháng đầu năm 2020", "Trong quý IV năm 2020" – nothing else on the line.
_SLOT = re.compile(
    r"^(?:trong\s+)?(?:(?:quý|tháng)\s+(?:[ivx]+|\d{1,2})"
    r"|(?:6|sáu)\s+tháng\s+(?:đầu|cuối)(?:\s+năm)?)"
    r"\s*(?:(?:năm\s+|/\s*)\d{4})?\s*[:.;]?$"
)


def slot_deadline(heading: str, context: Context) -> DeadlineHit | None:
    """The end of the time slot a heading is, for the activities listed under it; None for a
    heading that says anything besides its slot ("Quý I: Sở Y tế chủ trì …" is no slot alone,
    "Trong quý I và các năm tiếp theo" no end). A slot without its year takes the plan's."""
    text = heading.strip().strip("*").strip()
    low = match_form(text)
    if _SLOT.match(low) is None:
        return None
    probe = low if low.startswith("trong") else f"trong {low}"
    hits = find_deadlines(probe.rstrip(":.; "), year=context.year, reference=context.reference)
    ends = [h for h in hits if h.kind is DeadlineKind.PERIOD_END and h.deadline is not None]
    if not ends:
        return None
    end = ends[-1]
    return DeadlineHit(
        kind=end.kind,
        deadline=end.deadline,
        phrase=text,
        recurrence=None,
        start=0,
        end=len(text),
        year_written=end.year_written,
    )


# The section of a plan that says who carries it out.
_CARRIER_SECTION = re.compile(r"^(?:[ivx]+|\d{1,2})?[.)]?\s*tổ chức thực hiện\s*:?$")

# "… thực hiện các nhiệm vụ được giao tại Kế hoạch", "… triển khai thực hiện các nội dung của Kế
# hoạch này", "… chủ trì thực hiện Kế hoạch": the sentence hands the plan's whole list to a body
# ("bố trí kinh phí thực hiện Kế hoạch", "giám sát việc thực hiện Kế hoạch" hand nothing over).
_CARRIES = re.compile(
    r"(?:chủ trì|triển khai|tổ chức|trách nhiệm)\s*,?\s*(?:(?:triển khai|tổ chức)\s+)?thực hiện\s+"
    r"(?:bản\s+)?kế hoạch(?:\s+này)?(?![^\W_])"
    r"|(?<!việc )(?<!phí )thực hiện\s+(?:các|những|toàn bộ)\s+(?:nhiệm vụ|nội dung|hoạt động)\s+"
    r"(?:[^.;:]{0,30}?\s)?(?:tại|trong|của|theo)\s+(?:bản\s+)?kế hoạch(?![^\W_])"
)
# "Sở Nội vụ: Chỉ đạo Ban Thi đua - Khen thưởng thực hiện …": the body directed does the work.
_DIRECTED = re.compile(r"(?:^|[:;,]\s*)chỉ đạo\s+(?P<who>[^.;:]+?)\s*$")


def plan_carrier(items: list[Item]) -> list[str] | None:
    """The body a plan's "Tổ chức thực hiện" section gives all its activities to; None when the
    plan has no such section or no point of it hands over the whole list. A group ("các cơ quan,
    đơn vị", "các bộ phận … có liên quan") hands nothing: only a named body carries a list."""
    for section in items:
        if not section.paragraphs or not section.is_heading:
            continue
        if _CARRIER_SECTION.match(match_form(section.paragraphs[0].strip().strip("*"))) is None:
            continue
        pieces = [
            *section.paragraphs[1:],
            *(p for c in walk(section.children) for p in c.paragraphs),
        ]
        for piece in pieces:
            names = _carrier_of(piece)
            if names:
                return names
    return None


def _carrier_of(paragraph: str) -> list[str] | None:
    low = match_form(paragraph)
    for sentence in re.finditer(r"[^.;]+", low):
        m = _CARRIES.search(sentence.group())
        if m is None:
            continue
        start = sentence.start()
        before = paragraph[start : start + m.start()]
        directed = _DIRECTED.search(match_form(before))
        if directed is not None:
            who = before[directed.start("who") : directed.end("who")]
            found = split_assignees(who) or []
            names = [a.name for a in found if not a.is_person]
        else:
            names = [a.name for a in analyze(before + " thực hiện.").leads if not a.is_person]
        names = [n for n in names if not is_generic(n) and "liên quan" not in match_form(n)]
        if names:
            return names
    return None
