"""Deadline phrases, read only after a trigger word: most dates in notices are not deadlines.

Each rule's comment names the phrasing it covers. A hit keeps the verbatim phrase; `pick_deadline`
chooses one per task: a dated deadline beats a period end, which beats a recurrence, then ongoing.
The rule table lives in `notices.deadline_phrases`, the words around a hit that show it is no
deadline in `notices.deadline_context`.
"""

from __future__ import annotations

import calendar
import re
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date

from notices.cycle_periods import bare_period
from notices.deadline_context import (
    ADJACENT_YEAR,
    BARE_QUARTER_END,
    COMPLETES,
    COMPLETION,
    COUNTDOWN,
    DATA_PERIOD,
    EXAMPLES_AFTER,
    GOVERNS_GO_LIVE,
    HANDS_IN,
    MEASURE_OF,
    MEASURED,
    MONTHS_OF,
    NOT_ONGOING_BEFORE,
    NOT_PERIOD_BEFORE,
    QUALIFIES_NOUN,
    SENDS,
    SET_FOR_YEAR,
    STARTS_AT,
    TASKS_DUE,
    WORKS_NAMED,
    ensures_in_force,
    in_purpose_frame,
    is_event_span,
    quoted_titles,
    submits_before,
)
from notices.deadline_phrases import EVENT_NOUNS, QUI, RULES, TIME_PREFIX
from notices.deadline_words import clause_start, is_milestone, phrase_before
from notices.model import DeadlineKind, ParsedTask, Recurrence
from notices.text import match_form

__all__ = [
    "EVENT_NOUNS",
    "DeadlineHit",
    "find_deadlines",
    "in_cycle",
    "is_dated",
    "names_due_date",
    "parse_date",
    "pick_deadline",
]


@dataclass(frozen=True, slots=True)
class DeadlineHit:
    kind: DeadlineKind
    deadline: date | None
    phrase: str
    recurrence: Recurrence | None
    start: int
    end: int
    year_written: bool = True  # False for "trước ngày 15/12": the year came from the notice


def dated_by(task: ParsedTask, hit: DeadlineHit) -> ParsedTask:
    """`task` with the deadline, kind, phrase and cycle that `hit` states."""
    return replace(
        task,
        deadline=hit.deadline,
        deadline_kind=hit.kind,
        deadline_phrase=hit.phrase,
        recurrence=hit.recurrence,
    )


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_RECUR_WORD = {"tuần": None, "tháng": Recurrence.MONTHLY, "quý": Recurrence.QUARTERLY}


def find_deadlines(text: str, *, year: int | None, reference: date | None) -> list[DeadlineHit]:
    """Every deadline phrase in `text`, resolved against the notice year and date."""
    low = QUI.sub("quý", match_form(text))
    found: list[DeadlineHit] = []
    # a time inside a cited document's quoted title names that document
    taken: list[tuple[int, int]] = quoted_titles(low)
    for rule in RULES:
        for m in rule.pattern.finditer(low):
            start, end = m.span()
            if (start > 0 and low[start - 1].isalnum()) or (end < len(low) and low[end].isalpha()):
                continue
            if any(a < end and start < b for a, b in taken):
                continue
            hit = _resolve(rule.kind, m, low, text, year=year, reference=reference)
            if hit is None:
                continue
            if (
                hit.deadline is not None
                and not hit.year_written
                and (following := _NEXT_YEAR.match(low, end))
            ):
                phrase = text[start : following.end()].strip()
                if (named := _named_year(low[:start])) is not None:
                    # "Báo cáo năm 2032 … trước ngày 15/01 năm sau": one report's day, in 2033
                    with suppress(ValueError):
                        hit = replace(hit, deadline=hit.deadline.replace(year=named + 1))
                else:
                    # "chậm nhất vào ngày 31 tháng 01 của năm sau", "trước ngày 31 tháng 3 năm
                    # sau": a yearly report's day in the year after the one reported on
                    hit = replace(hit, kind=DeadlineKind.RECURRING, deadline=None, phrase=phrase)
                    hit = replace(hit, recurrence=Recurrence.YEARLY)
            found.append(hit)
            taken.append((start, end))
    return sorted(found, key=lambda h: h.start)


# "… năm sau", "… của năm sau" (not "năm sau đó", the year after a span's start, nor "năm sau
# khi dự án được phê duyệt", "năm sau kể từ …", "năm sau năm quyết toán": the year after an event)
_NEXT_YEAR = re.compile(r"\s*(?:của\s+)?năm sau(?!\s*(?:đó|khi|kể từ|năm)(?![^\W_]))(?![^\W_])")
_NEXT_YEAR_DAY = re.compile(r"năm sau$")
# "năm 2032" naming the year reported on, not a date's year ("ngày 15 tháng 01 năm 2032")
_YEAR_NAMED = re.compile(r"(?<![^\W_])năm\s+(?:19|20)\d\d(?!\d)")
_DATE_BEFORE = re.compile(r"tháng\s+\d{1,2}\s*$")


def _named_year(before: str) -> int | None:
    """The year the sentence names before a day "… năm sau" ("Báo cáo năm 2032"), if any: then
    "năm sau" is the year after that one, once."""
    years = [
        int(m.group()[-4:])
        for m in _YEAR_NAMED.finditer(before)
        if not _DATE_BEFORE.search(before, max(0, m.start() - 12), m.start())
    ]
    return years[-1] if years else None


def _resolve(
    kind: DeadlineKind,
    m: re.Match[str],
    low: str,
    text: str,
    *,
    year: int | None,
    reference: date | None,
) -> DeadlineHit | None:
    groups = m.groupdict()
    before = low[max(0, m.start() - 16) : m.start()]
    phrase = text[m.start() : m.end()].strip()
    if COUNTDOWN.match(low, m.end()):
        return None
    if groups.get("milestone") and not is_milestone(low, m.start()):
        return None
    if groups.get("golive") and not GOVERNS_GO_LIVE.search(
        low, max(0, m.start() - 240), m.start()
    ):
        # "Trung tâm chính thức hoạt động từ ngày 01/7", "Để thuận tiện cho người dân, Trung
        # tâm chính thức hoạt động …": a statement of fact; only "bảo đảm để <the subject>
        # chính thức …", "… để Trung tâm chính thức …" prepare the go-live
        return None
    if groups.get("inforce") and not ensures_in_force(low, m):
        return None  # "Luật có hiệu lực từ ngày 01/7/2026": when the law applies, no deadline
    clause = re.split(r"[;:]|\.\s", low[max(0, m.start() - 160) : m.start()])[-1]
    if groups.get("sends") and (
        not SENDS.search(clause) or (groups.get("days") and not HANDS_IN.search(clause))
    ):
        return None  # "trong ngày 19/5 tổ chức …": the day of an event, not a due day
    if low.startswith(("đến", "tới"), m.start()) and DATA_PERIOD.search(
        low[max(0, m.start() - 60) : m.start()]
    ):
        return None  # "(Số liệu báo cáo tính từ ngày 01/01 đến hết ngày 30/11)": data cut-off
    if low.startswith(("đến", "tới", "từ"), m.start()) and is_event_span(
        low[max(0, m.start() - 90) : m.start()], low.startswith("từ", m.start())
    ):
        return None  # "trong thời gian diễn ra kỳ thi từ ngày 23/6 đến hết ngày 27/6": an event
    deadline: date | None = None
    recurrence: Recurrence | None = None
    explicit_year = bool(groups.get("y"))
    if kind is DeadlineKind.ONGOING:
        if NOT_ONGOING_BEFORE.search(before):
            return None
        return DeadlineHit(kind, None, phrase, None, m.start(), m.end())
    if kind is DeadlineKind.RECURRING:
        bare = low.startswith(("hằng", "hàng", "mỗi"), m.start())
        if bare and QUALIFIES_NOUN.search(phrase_before(low, m.start())):
            return None  # "kế hoạch 5 năm và hằng năm", "ngân sách hằng năm": not the task's cycle
        recurrence = _recurrence(groups)
        return DeadlineHit(kind, None, phrase, recurrence, m.start(), m.end())
    bare_quarter = BARE_QUARTER_END.fullmatch(low[m.start() : m.end()].strip())
    if MONTHS_OF.search(before) and (low.startswith("cuối năm", m.start()) or bare_quarter):
        # "kịch bản tăng trưởng cho những tháng cuối năm 2025", "Đối với các tháng cuối quý
        # (tháng 3, tháng 6)": what it is about. "trong các tháng cuối quý III/2026" is dated.
        return None
    if groups.get("date") and ADJACENT_YEAR.match(low, m.end()):
        return None  # "trước ngày 10 tháng 01 của năm liền kề sau năm đánh giá": each cycle's
    if groups.get("date"):
        parsed = parse_date(groups["date"], year)
        if parsed is None:
            return None
        deadline, explicit_year = parsed
    elif groups.get("mon"):
        month = int(groups["mon"])
        y = int(groups["y"]) if groups.get("y") else year
        if not 1 <= month <= 12 or y is None:
            return _undated(kind, phrase, m)
        deadline = (
            date(y, month, 1)
            if kind is DeadlineKind.BEFORE_DATE
            else date(y, month, calendar.monthrange(y, month)[1])
        )
    elif groups.get("q"):
        if STARTS_AT.search(before) and low.startswith("quý", m.start()):
            return None  # "Thời gian thực hiện: từ quý II/2026": when the work starts
        if (
            low.startswith("quý", m.start())
            and (measured := MEASURED.search(low[max(0, m.start() - 60) : m.start()]))
            and not COMPLETES.search(low[max(0, m.start() - 60) : m.start()], 0, measured.start())
        ):
            return None  # "điều hành tăng trưởng Quý III, Quý IV/2026": the figures' quarters
        quarter = _ROMAN.get(groups["q"]) or int(groups["q"])
        y = int(groups["y"]) if groups.get("y") else year
        if y is None:
            return _undated(kind, phrase, m)
        if kind is DeadlineKind.BEFORE_DATE:
            deadline = date(y, quarter * 3 - 2, 1)
        else:
            deadline = date(y, quarter * 3, calendar.monthrange(y, quarter * 3)[1])
    elif groups.get("which"):
        y = int(groups["y"]) if groups.get("y") else year
        if y is None:
            return _undated(kind, phrase, m)
        months = {"0": 0, "3": 3, "6": 6, "9": 9, "ba": 3, "sáu": 6, "chín": 9}
        n = months.get(groups["n"].lstrip("0") or "0", 6)
        month = 12 if groups["which"] == "cuối" else n
        deadline = date(y, month, calendar.monthrange(y, month)[1])
    elif groups.get("rel"):
        if text[m.start("rel")].isupper() and not m.group().endswith("này"):
            return None  # "trong Tháng hành động vì bình đẳng giới": a named campaign
        if reference is None:
            return _undated(kind, phrase, m)
        month = reference.month
        if groups["rel"] == "quý":
            month = ((month - 1) // 3 + 1) * 3
        deadline = date(reference.year, month, calendar.monthrange(reference.year, month)[1])
    else:  # year end: "cuối năm 2023", "trong năm nay", "đến hết năm 2026"
        if phrase.lower().startswith(("trong", "vào")) and "năm" in phrase.lower()[:12]:
            begin = clause_start(text, m.start())
            clause = low[begin : m.end() + 120]
            if not submits_before(low[begin : m.start()]) and not any(
                not TASKS_DUE.search(clause, 0, c.start())
                and not MEASURE_OF.search(clause, 0, c.start())
                and not (c[0][:1] in "tđ" and WORKS_NAMED.search(clause, 0, c.start()))
                for c in COMPLETION.finditer(clause)
            ):
                return None
            if in_purpose_frame(low, m.start(), m.end()):
                return None
            set_for = SET_FOR_YEAR.search(low, 0, m.start())
            if set_for and (set_for["topic"] or EXAMPLES_AFTER.match(low, m.end())):
                return None  # "các mục tiêu đề ra trong năm 2025 như …": the targets' year
        if NOT_PERIOD_BEFORE.search(before) and "cuối" in phrase.lower():
            return None
        y = int(groups["y"]) if groups.get("y") else year
        if y is None:
            return _undated(kind, phrase, m)
        deadline = date(y, 12, 31)
    if reference is not None and deadline < reference:
        if explicit_year or not groups.get("date"):
            return None  # a past period is a report period or a reference, not a deadline
        deadline = _next_year(deadline)  # "trước ngày 15/1" in a December notice: next January
    return DeadlineHit(kind, deadline, phrase, None, m.start(), m.end(), explicit_year)


def _undated(kind: DeadlineKind, phrase: str, m: re.Match[str]) -> DeadlineHit:
    return DeadlineHit(kind, None, phrase, None, m.start(), m.end())


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _recurrence(groups: dict[str, str | None]) -> Recurrence | None:
    rper = groups.get("rper")
    if rper:
        if "quý" in rper:
            return Recurrence.QUARTERLY
        return Recurrence.YEARLY if rper.endswith("năm") else Recurrence.MONTHLY
    if groups.get("per6"):
        return Recurrence.HALF_YEARLY
    per = groups.get("per")
    if per is None:
        return None
    if per.endswith("tháng") and per != "tháng":
        return Recurrence.HALF_YEARLY
    if per == "năm":
        return Recurrence.YEARLY
    return _RECUR_WORD.get(per)


def parse_date(raw: str, year: int | None) -> tuple[date, bool] | None:
    """ "ngày 30/7/2020", "15/8", "11/8/14", "31 tháng 3 năm 2026" → (date, year written?)."""
    raw = TIME_PREFIX.sub("", raw.strip(), count=1)
    numbers = [int(n) for n in re.findall(r"\d+", raw)]
    if len(numbers) < 2:
        return None
    day, month = numbers[0], numbers[1]
    explicit = len(numbers) >= 3
    y = numbers[2] if explicit else year
    if y is None or not 1 <= month <= 12:
        return None
    if y < 100:  # "11/8/14" in a tracking table: a two-digit year of this century
        y += 2000
    if 29 <= day <= 31:  # "31/11/2026", "31/6": a day the month lacks means its last day
        day = min(day, calendar.monthrange(y, month)[1])
    try:
        return date(y, month, day), explicit
    except ValueError:
        return None


_ORDER = {
    DeadlineKind.ON_DATE: 0,
    DeadlineKind.BEFORE_DATE: 0,
    DeadlineKind.PERIOD_END: 1,
    DeadlineKind.RECURRING: 2,
    DeadlineKind.ONGOING: 3,
    DeadlineKind.NONE: 4,
}


def pick_deadline(hits: list[DeadlineHit]) -> DeadlineHit | None:
    """The hit that best states when a task is due; recurrences with a known period first."""
    if not hits:
        return None
    recurring = [h for h in hits if h.kind is DeadlineKind.RECURRING and h.recurrence]
    cycles = {h.recurrence for h in recurring}
    # "cấp trong tháng … chậm nhất là ngày 18 hàng tháng": each month's, no date of its own
    hits = [h for h in hits if not in_cycle(h, cycles)]
    dated = [h for h in hits if h.kind in (DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE)]
    if recurring and dated and not any(h.year_written for h in dated):
        return recurring[0]  # "Hằng năm, báo cáo trước ngày 15/12": a yearly due day
    periodic = [h for h in hits if h.kind is DeadlineKind.RECURRING and h.recurrence is None]
    if periodic and dated and not any(h.year_written for h in dated):
        # "định kỳ báo cáo kết quả trước ngày 20/11": a day of a month, every year
        return replace(periodic[0], recurrence=Recurrence.YEARLY)
    days = [h for h in recurring if _NEXT_YEAR_DAY.search(match_form(h.phrase))]
    if days and not dated:
        # beats a bare period of the sentence ("6 tháng đầu năm"), never a one-off date
        return days[0]  # "báo cáo 6 tháng đầu năm …, báo cáo năm gửi trước ngày 31/01 năm sau"
    return min(
        hits,
        key=lambda h: (
            _ORDER[h.kind],
            h.kind is DeadlineKind.RECURRING and h.recurrence is None,
            h.start,
        ),
    )


def in_cycle(hit: DeadlineHit, cycles: set[Recurrence | None]) -> bool:
    """A bare period ("Cuối tháng", "trong tháng") beside a cycle of the same period."""
    if hit.kind is not DeadlineKind.PERIOD_END:
        return False
    period = bare_period(hit.phrase)
    return period is not None and period in cycles


def is_dated(hit: DeadlineHit | None) -> bool:
    return hit is not None and hit.deadline is not None


def names_due_date(text: str, *, yearless: bool = False) -> bool:
    """Whether `text` names a calendar date work is due by ("trước ngày 30/6/2026"), read by the
    deadline grammar. With `yearless`, a day that names no year counts too ("trước ngày 30/6":
    any year stands in, since only whether there is a date matters)."""
    year = 2000 if yearless else None
    return any(is_dated(hit) for hit in find_deadlines(text, year=year, reference=None))
