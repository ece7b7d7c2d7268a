"""A notice's date-first schedule: each "<date or range>: <step>" line is a step's task, due then.

"Từ 20/04/2026 đến 06/05/2026: Sinh viên đăng ký xét tốt nghiệp …", "Ngày 22/05/2026 (dự kiến):
Ban hành Quyết định …", "- 15/5/2026: Phòng Đào tạo công bố danh sách …": a school's or an
office's plan for an intake, a graduation round or a campaign often lists its steps as lines that
put the date first, then a colon, then the step. Each line is the task of the body or group it
names first ("Hội đồng xét tốt nghiệp", "Phòng Đào tạo", "Sinh viên"), or, naming nobody, of the
one who issues the notice; it is due on the line's date, the end of a range.

One dated line is a date in passing ("Ngày 15/5/2026: họp Ban chỉ đạo" in a report), no
schedule: at least two lines must share the shape. A line the rest of the parser already read as
a task keeps it (dated by the line when it has no date). Dates before the notice's own date are
an account of steps already taken, no schedule.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from notices.issuer import proper_case
from notices.model import DeadlineKind, ParsedTask
from notices.names import split_assignees
from notices.paragraph_tasks import build_paragraph_tasks
from notices.task_basics import Context
from notices.text import fold

_DAY = r"(?P<{n}d>\d{{1,2}})\s*[/.-]\s*(?P<{n}m>\d{{1,2}})(?:\s*[/.-]\s*(?P<{n}y>(?:19|20)\d\d))?"
# "Từ 20/04/2026 đến 06/05/2026:", "Ngày 22/05/2026 (dự kiến):", "- 15/5/2026:", "Từ ngày
# 07/5 đến ngày 08/5/2026:", "10/5 - 15/5/2026:"; the step follows the colon.
_STEP = re.compile(
    r"^\s*(?:[-–•+*]\s*)?(?:(?:từ|trong)\s+)?(?:ngày\s+)?"
    + _DAY.format(n="a")
    + r"(?:\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?"
    + _DAY.format(n="b")
    + r")?\s*(?:\([^)]{0,40}\)\s*)?:\s*(?P<step>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_MIN_STEPS = 2
# The groups a school or an office addresses by their common noun, doing the step themselves:
# "Sinh viên đăng ký …", "Thí sinh nộp …", "Phụ huynh học sinh …".
_GROUP = re.compile(
    r"^(?P<group>(?:các\s+|tất cả\s+|toàn thể\s+)?(?:sinh viên|học sinh|học viên|thí sinh"
    r"|người học|nghiên cứu sinh|phụ huynh(?:\s+học sinh)?|giảng viên|giáo viên))\s+"
    r"(?:(?:cần|phải|được|sẽ|tiến hành|thực hiện|bắt buộc phải)\s+)?[a-zđà-ỹ]",
    re.IGNORECASE,
)
# A leader's engagement in a work calendar: "14h00: Đ/c Chiến dự …", "Đồng chí Hải làm việc …"
_PERSON = re.compile(
    r"^(?:\(?\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\)?\s*:?\s*)?(?:đ/c|đc|đồng chí)(?![^\W_])",
    re.IGNORECASE,
)
# "Trường Đại học Công nghệ Thông tin, ĐHQG-HCM trân trọng thông báo kế hoạch …": who writes
_WRITER = re.compile(
    r"^(?P<writer>[^,.:;]{4,120}?)(?:,\s*[^,.:;\s]{2,20})?\s+(?:trân trọng\s+)?thông báo(?![^\W_])"
)


def _date(match: re.Match[str], n: str, year: int | None) -> date | None:
    found_year = match.group(f"{n}y")
    y = int(found_year) if found_year else year
    if y is None:
        return None
    try:
        return date(y, int(match.group(f"{n}m")), int(match.group(f"{n}d")))
    except ValueError:
        return None


def _writer(paragraphs: list[str]) -> str | None:
    """The body that writes "<body> (trân trọng) thông báo …" in one of the first paragraphs."""
    for paragraph in paragraphs[:6]:
        found = _WRITER.match(paragraph.strip())
        if found is None:
            continue
        names = split_assignees(found["writer"])
        if names and not names[0].is_person:
            return names[0].name
    return None


def own_name(issuer: str, header: tuple[str, ...]) -> str:
    """The issuer as its header line names it: "Sở Y tế" of "Sở Y tế tỉnh Kiên Giang" under
    "UBND TỈNH KIÊN GIANG" / "SỞ Y TẾ" (the place is the parent's line, not the writer's name)."""
    for line in reversed(header):
        named = proper_case(line.strip())
        if len(named.split()) >= 2 and fold(issuer).startswith(fold(named)):
            return named
    return issuer


def dated_steps(
    tasks: list[ParsedTask],
    paragraphs: list[str],
    context: Context,
    *,
    issuer: str | None,
    default: list[str] | None,
) -> list[ParsedTask]:
    """`tasks` with each line of a date-first schedule among `paragraphs` made its doer's task,
    due on the line's (last) date; unchanged without such a schedule."""
    steps: list[tuple[str, str, date]] = []
    for paragraph in paragraphs:
        text = " ".join(paragraph.split())
        found = _STEP.match(text)
        if found is None or _PERSON.match(found["step"]):
            continue  # "Ngày 15/10: 14h00: Đ/c Chiến dự …": a leader's calendar, no step
        first = _date(found, "a", context.year)
        if not found.group("bd") and re.match(r"[-–•+*\s]*từ(?![^\W_])", text, re.IGNORECASE):
            continue  # "Từ ngày 04/02/2026: …" says when the step starts, not when it is due
        last = _date(found, "b", context.year) if found.group("bd") else first
        if last is None:
            continue
        steps.append((text.lstrip("-–•+* "), found["step"], last))
    if len(steps) < _MIN_STEPS:
        return tasks
    if context.reference is not None and all(d < context.reference for _, _, d in steps):
        return tasks  # steps already taken
    owner = [own_name(issuer, context.writer)] if issuer else None
    if owner is None:
        writer = _writer(paragraphs)
        owner = [writer] if writer else default
    out = list(tasks)
    added: list[ParsedTask] = []
    for index, (line, step, due) in enumerate(steps, start=1):
        known = next(
            (i for i, t in enumerate(out) if t.text.startswith(step[:40]) or line[:40] in t.text),
            None,
        )
        if known is not None:
            if out[known].deadline is None:
                out[known] = replace(out[known], deadline=due, deadline_kind=DeadlineKind.ON_DATE)
            continue
        lead = _lead(step, owner, context)
        if not lead:
            continue
        added.append(
            ParsedTask(
                ref=f"lịch {index}",
                text=line,
                lead=tuple(lead),
                deadline=due,
                deadline_kind=DeadlineKind.ON_DATE,
            )
        )
    return [*added, *out]


def _lead(step: str, owner: list[str] | None, context: Context) -> list[str] | None:
    """Who does one step: the group or body it opens with, else `owner`."""
    group = _GROUP.match(step)
    if group is not None:
        word = group["group"]
        return [word[:1].upper() + word[1:]]
    read = build_paragraph_tasks([step], notice_default=owner, context=context)
    if read and read[0].lead:
        return list(read[0].lead)
    return owner
