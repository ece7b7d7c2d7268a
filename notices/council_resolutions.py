"""A People's Council resolution (Nghị quyết HĐND) that sets the directions of a period: the
council decides, it does not carry out; its points are the work of the body its execution
article names, due by the end of the period the lead-in names."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from notices.deadlines import find_deadlines
from notices.levels import PLACE_WORD
from notices.model import DeadlineKind, ParsedTask
from notices.structure import Item, walk
from notices.task_basics import Context
from notices.text import match_form

# "HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI" in the header or under the title: the issuer is a council
_COUNCIL_LINE = re.compile(r"^\W*(?:hội đồng nhân dân|hđnd)(?![^\W_])")
# The council named as a doer: "Hội đồng nhân dân tỉnh", "HĐND huyện" (no standing board, no
# committee, no deputy)
_COUNCIL = re.compile(
    r"^(?:hội đồng nhân dân|hđnd)(?:\s+" + PLACE_WORD + ")?"
    # "Hội đồng nhân dân huyện thông qua phương hướng, nhiệm vụ …": the council and what it does
    r"(?:\s+(?:thông qua|thống nhất|nhất trí|tán thành|quyết nghị)(?![^\W_]).*)?$"
)
# "(Hội đồng nhân dân tỉnh) giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết", "Giao Ủy ban
# nhân dân tỉnh tiếp thu … để chỉ đạo, điều hành, triển khai thực hiện …": the executor
_EXECUTOR = re.compile(
    r"(?<![^\W_])giao\s+(?P<who>(?:ủy ban nhân dân|ubnd)"
    r"(?:\s+" + PLACE_WORD + ")?)"
    r"\s+(?:tổ chức|triển khai|thực hiện|tiếp thu)(?![^\W_])"
)
# "… thông qua phương hướng, nhiệm vụ … 6 tháng cuối năm 2017, trong đó …:", "… các nhiệm vụ
# chủ yếu phải thực hiện trong 6 tháng cuối năm 2017 …", "Cụ thể trong năm 2026 cần thực hiện
# các nhiệm vụ, giải pháp sau:": the period the directions are for, in the sentence naming them
_PERIOD = re.compile(
    r"(?<![^\W_])(?:trong\s+)?(?:0?6 tháng (?:đầu|cuối) năm|quý [ivx\d]+(?: năm)?|năm)\s+\d{4}"
    r"(?!\d)"
)
_WHOLE_YEAR = re.compile(r"^(?:trong\s+)?năm\s+(?P<year>\d{4})$")
_DIRECTIONS = re.compile(r"(?<![^\W_])(?:nhiệm vụ|phương hướng|giải pháp)(?![^\W_])")
# "… theo Nghị quyết số 05/NQ-HĐND … về kế hoạch năm 2016": a period inside a cited document's name
_CITED = re.compile(
    r"(?<![^\W_])(?:theo|tại)\s+(?:nghị quyết|quyết định|kế hoạch|chương trình|chỉ thị)\s+số"
)


def _period_of(low: str) -> re.Match[str] | None:
    """The first period phrase standing in one sentence with the directions it is for."""
    for found in _PERIOD.finditer(low):
        before = re.split(r"[.:;]", low[max(0, found.start() - 160) : found.start()])[-1]
        after = re.split(r"[.:;]", low[found.end() : found.end() + 120])[0]
        if _CITED.search(before):
            continue
        if _DIRECTIONS.search(before) or _DIRECTIONS.search(after):
            return found
    return None


_DECIDES = re.compile(r"^\W*quyết\s*nghị\W*$")


def is_council_resolution(type_codes: tuple[str | None, ...], lines: list[str]) -> bool:
    """A Nghị quyết whose header or front matter (the lines before "QUYẾT NGHỊ:") names a Hội
    đồng nhân dân as its issuer."""
    if "NQ" not in type_codes:
        return False
    for line in lines:
        low = match_form(line.strip())
        if _DECIDES.match(low):
            return False
        if _COUNCIL_LINE.match(low):
            return True
    return False


def _is_council(name: str) -> bool:
    return _COUNCIL.match(" ".join(match_form(name).split())) is not None


def executor(body: list[str]) -> str | None:
    """The body the execution article gives the resolution to ("giao Ủy ban nhân dân tỉnh tổ
    chức thực hiện Nghị quyết"), as written."""
    for paragraph in reversed(body):
        found = _EXECUTOR.search(match_form(paragraph))
        if found is not None:
            return " ".join(paragraph[found.start("who") : found.end("who")].split())
    return None


def _period_lead_ins(items: list[Item], context: Context) -> dict[str, ParsedTask]:
    """Refs of the items whose lead-in (ending ":") names the council deciding the directions of
    a period, each with a stand-in task carrying that period's end."""
    found: dict[str, ParsedTask] = {}
    for item in walk(items):
        if not item.children:
            continue
        lead_in = item.paragraphs[-1].strip()
        low = match_form(lead_in)
        if not lead_in.endswith(":") or _COUNCIL_LINE.match(low) is None:
            continue
        period = _period_of(low)
        if period is None:
            continue
        phrase = lead_in[period.start() : period.end()]
        whole_year = _WHOLE_YEAR.match(match_form(phrase))
        if whole_year is not None:  # "trong năm 2026": the work of the year, by its last day
            due: date | None = date(int(whole_year["year"]), 12, 31)
        else:
            hits = find_deadlines(phrase, year=context.year, reference=context.reference)
            hit = next((h for h in hits if h.kind is DeadlineKind.PERIOD_END), None)
            due = hit.deadline if hit is not None else None
        if due is not None:
            found[item.ref] = ParsedTask(
                ref=item.ref,
                text="",
                lead=(),
                deadline=due,
                deadline_kind=DeadlineKind.PERIOD_END,
                deadline_phrase=phrase,
            )
    return found


# "Quy định về lệ phí đăng ký kinh doanh …", "… mức thu phí tham quan …": a fee resolution
_FEE_TITLE = re.compile(
    r"(?<![^\W_])quy định(?![^\W_])[^.]{0,80}?(?<![^\W_])(?:lệ phí|phí)(?![^\W_])"
)
# "Sở Kế hoạch và Đầu tư thu lệ phí đăng ký kinh doanh đối với …": who collects the fee, a rule
# of the fee the council sets (with its payers and rate), no work handed out
_COLLECTS = re.compile(r"^[^.;:]{3,160}?\s(?:sẽ\s+)?thu\s+(?:lệ phí|phí)(?![^\W_])")
_MORE_WORK = re.compile(
    r"(?<![^\W_])(?:và|đồng thời)\s+(?:báo cáo|gửi|nộp|tổng hợp|lập)(?![^\W_])"
)


def council_tasks(
    tasks: list[ParsedTask], items: list[Item], body: list[str], context: Context, *, title: str
) -> list[ParsedTask]:
    """A council resolution's tasks: the council's own decisions ("Hội đồng nhân dân tỉnh thống
    nhất đánh giá …") dropped, the points it leads by inheritance given to its executor, and the
    points under a lead-in naming a period dated by the period's end; a fee resolution's
    collectors are rules of the fee."""
    doer = executor(body)
    periods = _period_lead_ins(items, context)
    fee = _FEE_TITLE.search(match_form(title)) is not None
    kept: list[ParsedTask] = []
    for task in tasks:
        low = match_form(task.text)
        collects = _COLLECTS.match(low) if fee else None
        # only a sentence that is nothing but the collection: a report or other work after it
        # ("… thu phí … và báo cáo Sở Tài chính trước …") stays work
        if collects is not None and not _MORE_WORK.search(low[collects.end() :]):
            continue
        if task.lead and all(_is_council(name) for name in task.lead):
            if _COUNCIL_LINE.match(match_form(task.text)):
                continue  # the council's own decision, as its subject: no work
            if doer is None:
                kept.append(task)
                continue
            task = replace(task, lead=(doer,))
        period = next((p for ref, p in periods.items() if task.ref.startswith(f"{ref}.")), None)
        # a point that names no time of its own ("Thường xuyên …" keeps its own kind)
        if period is not None and task.deadline_kind is DeadlineKind.NONE:
            task = replace(
                task,
                deadline=period.deadline,
                deadline_kind=period.deadline_kind,
                deadline_phrase=period.deadline_phrase,
            )
        kept.append(task)
    return kept
