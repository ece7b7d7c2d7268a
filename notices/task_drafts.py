"""The draft of a task an item's clauses build up, and how drafts become the item's tasks:
their text, their deadline's rank, bare labels dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from notices.deadlines import DeadlineHit
from notices.item_lines import BASIS
from notices.model import DeadlineKind, ParsedTask
from notices.task_basics import same_leads
from notices.text import match_form


@dataclass(slots=True)
class Draft:
    leads: list[str] | None
    support: list[str] = field(default_factory=list)
    directing: list[str] = field(default_factory=list)
    parts: list[tuple[int, str]] = field(default_factory=list)  # (sentence number, clause)
    deadline: DeadlineHit | None = None
    criteria: list[str] = field(default_factory=list)


def draft_tasks(
    drafts_made: list[Draft],
    *,
    ref: str,
    default: list[str] | None,
    texts: list[str],
    lead_in: DeadlineHit | None,
) -> list[ParsedTask]:
    """The item's tasks from its drafts: "ref", then "ref/2", … for each further task; one
    task takes the item's whole text from its first clause, more take their own clauses."""
    # "Ban bầu cử đại biểu Quốc hội:" whose "01 cá nhân/01 ban;" was no task: a bare label
    drafts = [d for d in drafts_made if (d.leads or default) and not label_only(d)]
    out: list[ParsedTask] = []
    for index, draft in enumerate(drafts):
        leads = draft.leads or list(default or [])
        text = from_first_part(texts, draft) if len(drafts) == 1 else render_parts(draft.parts)
        hit = draft.deadline or lead_in
        if hit is not None and hit.kind is DeadlineKind.ONGOING and lead_in is not None:
            # "thường xuyên …" under "Nhiệm vụ từ nay đến tháng 6/2027": the section's date
            hit = lead_in if lead_in.deadline is not None else hit
        out.append(
            ParsedTask(
                ref=ref if index == 0 else f"{ref}/{index + 1}",
                text=re.sub(r"\s+", " ", text).strip(),
                lead=tuple(leads),
                support=tuple(s for s in draft.support if not same_leads([s], leads)),
                directing=tuple(draft.directing),
                deadline=hit.deadline if hit else None,
                deadline_kind=hit.kind if hit else DeadlineKind.NONE,
                deadline_phrase=hit.phrase if hit else None,
                recurrence=hit.recurrence if hit else None,
                criteria=tuple(draft.criteria),
            )
        )
    return out


def label_only(draft: Draft) -> bool:
    """Every clause of the draft only names its body ("Sở Nội vụ:", "Đối với Ban Tổ chức Tỉnh
    ủy;"): what came after the name was no task, so the name alone is none either."""
    if not draft.parts or not draft.leads:
        return False
    name = match_form(draft.leads[0])
    for _, clause in draft.parts:
        low = match_form(clause.strip())
        scope = re.match(r"(?:đối với|riêng)\s+", low)  # "Đối với Ban Tổ chức Tỉnh ủy;"
        if scope is None and not (low.startswith(name) and low.endswith(":")):
            return False  # a point whose body is its heading's, or a sentence of its own
        if len(low.split()) > 15 or _LABEL_WORK.search(low):
            return False  # work of its own
    return True


# a verb that makes "X chủ trì, phối hợp:" or "Giao Sở Y tế:" more than a name
_LABEL_WORK = re.compile(
    r"\b(?:giao|đề nghị|yêu cầu|chủ trì|phối hợp|thực hiện|triển khai|xây dựng|báo cáo"
    r"|(?<!ban )tổ chức|hướng dẫn|tham mưu|rà soát|kiểm tra|(?<!ban )chỉ đạo|ban hành|trình|gửi"
    r"|trách nhiệm|cần|phải|tập trung|khẩn trương|sau|như sau|gồm)\b"
)


def from_first_part(texts: list[str], draft: Draft) -> str:
    """The item's text from the first clause the task is made of: "Căn cứ …;" citations and
    whole paragraphs before it that assign nothing ("Khoản chi … thì được tính …") are not the
    task."""
    whole = " ".join(texts)
    if not draft.parts:
        return whole
    first = re.sub(r"\s+", " ", draft.parts[0][1]).strip()
    flat = re.sub(r"\s+", " ", whole)
    probe = first[:40]
    at = flat.find(probe) if len(probe) >= 20 else -1
    if at <= 0:
        return whole
    if BASIS.match(match_form(flat)):
        return flat[at:]
    # "Khoản chi … thì được tính vào chi phí được trừ …" then "Ngày 14/6/2025, Quốc hội ban
    # hành …" then "Đề nghị Thuế tỉnh …": whole paragraphs before the one the task starts in
    # stated rules and events, none of them work
    own = next((k for k, text in enumerate(texts) if probe in re.sub(r"\s+", " ", text)), 0)
    return " ".join(texts[own:]) if own > 0 else whole


def deadline_of(draft: Draft) -> date | None:
    return draft.deadline.deadline if draft.deadline else None


def deadline_rank(hit: DeadlineHit) -> int:
    order = [DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE, DeadlineKind.PERIOD_END]
    if hit.kind in order[:2]:
        return 0
    if hit.kind is DeadlineKind.PERIOD_END:
        return 1
    if hit.kind is DeadlineKind.RECURRING:
        return 2 if hit.recurrence else 3
    return 4


def render_parts(parts: list[tuple[int, str]]) -> str:
    out: list[str] = []
    last = None
    for sentence, clause in parts:
        if out and sentence == last:
            out[-1] = f"{out[-1].rstrip('.; ')}; {clause}"
        else:
            out.append(clause)
        last = sentence
    return " ".join(out)


def add_new(target: list[str], values: list[str]) -> None:
    for value in values:
        if value not in target:
            target.append(value)
