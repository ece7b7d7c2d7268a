"""A plan's schedule and its carrier: what a time-slot heading dates and who the "Tổ chức thực
hiện" section gives the whole list of activities to.

A plan (Kế hoạch) often lists its activities under time slots ("1. Quý I năm 2020" over "1.1. Ban
hành Chỉ thị …", "1.2. Chỉ đạo …") with no body in any item, and names the body that carries
them out once, in its closing section ("III. TỔ CHỨC THỰC HIỆN" – "1. Sở Nội vụ: Chỉ đạo Ban Thi
đua - Khen thưởng thực hiện các nhiệm vụ được giao tại Kế hoạch; …"). Each item is then a task
of that body, due at the end of its slot.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from notices.clause_leads import is_generic
from notices.deadlines import DeadlineHit
from notices.model import DeadlineKind
from notices.names import split_assignees
from notices.structure import Item, walk
from notices.task_basics import Context
from notices.text import match_form

# A heading that is only a time slot: "Quý I năm 2020", "QUÝ II/2024", "Tháng 01/2021",
# "Tháng 3 năm 2025", "6 tháng đầu năm 2020", "Trong quý IV năm 2020" – nothing else on the line.
_SLOT = re.compile(
    r"^(?:trong\s+)?(?:quý\s+(?P<quarter>iv|i{1,3}|[1-4])|tháng\s+(?P<month>\d{1,2})"
    r"|(?:6|sáu)\s+tháng\s+(?P<half>đầu|cuối)(?:\s+năm)?)"
    r"\s*(?:(?:năm\s+|/\s*)(?P<year>\d{4}))?\s*[:.;]?$"
)
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# "Kế hoạch kiểm tra công vụ năm 2027": the one year a plan's title is for
_TITLE_YEAR = re.compile(r"(?<![^\W_])năm\s+(\d{4})(?!\d)")


def plan_year(title: str) -> int | None:
    """The year a plan's title names ("… năm 2027"), for its slots written without one; None
    when it names none or several ("năm 2025 và năm 2026")."""
    years = {int(y) for y in _TITLE_YEAR.findall(match_form(title))}
    return years.pop() if len(years) == 1 else None


def is_slot(heading: str) -> bool:
    """A heading that is only a time slot ("1. Quý I năm 2026", "Tháng 3", "6 tháng đầu năm")."""
    return _slot_end(heading, 2000, None) is not None  # any year: only the shape is asked


def _form(heading: str) -> str:
    return match_form(heading.strip().strip("*").strip())


def slot_deadline(heading: str, context: Context, year: int | None = None) -> DeadlineHit | None:
    """The end of the time slot a heading is, for the activities listed under it; None for a
    heading that says anything besides its slot ("Quý I: Sở Y tế chủ trì …" is no slot alone,
    "Trong quý I và các năm tiếp theo" no end). A slot without its year is in `year` (the
    plan's title's), else the notice's, a year on when that slot has ended before the notice
    was issued ("1. Tháng 01" in a plan of December). A slot written with its year keeps its
    date even when past: the date the phrase names."""
    end = _slot_end(heading, year, context)
    if end is None:
        return None
    text = heading.strip().strip("*").strip()
    written = _SLOT.match(_form(heading))
    return DeadlineHit(
        kind=DeadlineKind.PERIOD_END,
        deadline=end,
        phrase=text,
        recurrence=None,
        start=0,
        end=len(text),
        year_written=written is not None and written.group("year") is not None,
    )


def _slot_end(heading: str, year: int | None, context: Context | None) -> date | None:
    m = _SLOT.match(_form(heading))
    if m is None:
        return None
    if m.group("quarter"):
        month = 3 * _QUARTERS[m.group("quarter")]
    elif m.group("month"):
        month = int(m.group("month"))
        if not 1 <= month <= 12:
            return None
    else:
        month = 6 if m.group("half") == "đầu" else 12
    if m.group("year"):
        return _month_end(int(m.group("year")), month)
    if year is not None:
        return _month_end(year, month)
    if context is None or context.year is None:
        return None
    end = _month_end(context.year, month)
    if context.reference is not None and end < context.reference:
        end = _month_end(context.year + 1, month)
    return end


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


# The section of a plan that says who carries it out.
_CARRIER_SECTION = re.compile(r"^(?:[ivx]+|\d{1,2})?[.)]?\s*tổ chức thực hiện\s*:?$")

# "… thực hiện các nhiệm vụ được giao tại Kế hoạch", "… triển khai thực hiện các nội dung của Kế
# hoạch này", "… chủ trì thực hiện Kế hoạch", "… có trách nhiệm tổ chức thực hiện Kế hoạch": the
# sentence hands the plan's (or the work programme's) whole list to a body. What stands before it
# decides whether the body does the work (see _names_only).
_CARRIES = re.compile(
    r"(?:chủ trì|triển khai|tổ chức|(?:(?:có|chịu)\s+)?trách nhiệm)\s*,?\s*"
    r"(?:(?:triển khai|tổ chức)\s+)?thực hiện\s+"
    r"(?:bản\s+)?(?:kế hoạch|chương trình)(?:\s+này)?(?![^\W_])"
    r"|(?<!việc )(?<!phí )thực hiện\s+(?:các|những|toàn bộ)\s+(?:nhiệm vụ|nội dung|hoạt động)\s+"
    r"(?:[^.;:]{0,30}?\s)?(?:tại|trong|của|theo)\s+(?:bản\s+)?(?:kế hoạch|chương trình)(?![^\W_])"
)
# "Sở Nội vụ: Chỉ đạo Ban Thi đua - Khen thưởng thực hiện …": the body directed does the work.
_DIRECTED = re.compile(r"(?:^|[:;,]\s*)chỉ đạo\s+(?P<who>[^.;:]+?)\s*$")
# What may stand around the carrier's names before the handing-over words: "Giao", "Yêu cầu",
# "(là) cơ quan thường trực", "có trách nhiệm", "chủ trì" – nothing else. A body that funds
# ("bảo đảm kinh phí tổ chức thực hiện"), takes part ("phối hợp tổ chức thực hiện"), oversees
# ("theo dõi, đôn đốc các đơn vị triển khai thực hiện", "kiểm tra việc …") or reports does not
# carry the list, and a wrong carrier on every activity is worse than none.
_CONNECTIVE = re.compile(
    r"(?<![^\W_])(?:giao|yêu cầu|(?:là\s+)?cơ quan thường trực|(?:có|chịu)\s+trách nhiệm"
    r"|chủ trì|và)(?![^\W_])",
    re.IGNORECASE,
)
# The name reader may take "Sở Nội vụ hướng dẫn, kiểm tra việc" for one name: these words are no
# part of a body's name, but work of its own besides carrying the plan.
_OWN_WORK = re.compile(
    r"(?<![^\W_])(?:việc|kinh phí|phối hợp|theo dõi|đôn đốc|kiểm tra|giám sát|hướng dẫn|báo cáo"
    r"|tuyên truyền|bảo đảm|đảm bảo|bố trí|hỗ trợ|tham mưu|tham gia|tổng hợp|đánh giá|căn cứ"
    r"|đề nghị|kết quả|phụ trách)(?![^\W_])"
)
# A group hands nothing over: "Các sở, ngành", "Ủy ban nhân dân các huyện", "những đơn vị …".
_GROUP = re.compile(r"(?:^|\s)(?:các|những|mọi|từng)\s|liên quan")


def plan_carrier(items: list[Item]) -> list[str] | None:
    """The body a plan's "Tổ chức thực hiện" section gives all its activities to; None when the
    plan has no such section or none of its points hands over the whole list to one named body.
    A point that says "chủ trì" (or "có trách nhiệm", "cơ quan thường trực") leads over one that
    only says "triển khai thực hiện Kế hoạch"; two different bodies of the same standing, or a
    group among them ("các sở, ngành", "Ủy ban nhân dân các huyện"), give no carrier."""
    for section in items:
        if not section.paragraphs or not section.is_heading:
            continue
        if _CARRIER_SECTION.match(match_form(section.paragraphs[0].strip().strip("*"))) is None:
            continue
        pieces = [
            *section.paragraphs[1:],
            *(p for c in walk(section.children) for p in c.paragraphs),
        ]
        leading: list[tuple[str, ...]] = []
        plain: list[tuple[str, ...]] = []
        for piece in pieces:
            for names, leads in _carriers_of(piece):
                (leading if leads else plain).append(names)
        found = leading or plain
        if found and all(names == found[0] for names in found) and found[0]:
            return list(found[0])
        return None
    return None


def _carriers_of(paragraph: str) -> list[tuple[tuple[str, ...], bool]]:
    """Each sentence's carrier in a point, with whether it says that the body leads; an empty
    name tuple for a sentence that hands the list to a group (which spoils the carrier)."""
    low = match_form(paragraph)
    colon = low.find(":")
    # "Sở Nội vụ: Chủ trì, theo dõi, tổng hợp; tổ chức thực hiện Kế hoạch này.": the subject
    # before the colon does every piece after it
    subject = _names_only(paragraph[:colon]) if 0 < colon < 120 else None
    out: list[tuple[tuple[str, ...], bool]] = []
    for sentence in re.finditer(r"[^.;]+", low):
        m = _CARRIES.search(sentence.group())
        if m is None:
            continue
        start = sentence.start()
        before = paragraph[start : start + m.start()]
        head = low[: start + m.end()]
        leads = any(w in head for w in ("chủ trì", "trách nhiệm", "thường trực"))
        directed = _DIRECTED.search(match_form(before))
        if directed is not None:
            who = before[directed.start("who") : directed.end("who")]
            names = _names_only(who)
            leads = True  # the body named to direct it does the work
        elif subject is not None and start > colon and _connectives_only(before):
            names = subject
        elif subject is not None and start < colon < start + m.start():
            # "Sở Nội vụ: Chủ trì, tổ chức thực hiện Kế hoạch này"
            rest = paragraph[colon + 1 : start + m.start()]
            names = subject if _connectives_only(rest) else None
        else:
            names = _names_only(before)
        if names is None:
            continue
        out.append((names, leads))
    return out


def _names_only(text: str) -> tuple[str, ...] | None:
    """The bodies a piece of text consists of; () when one of them is a group, None when it names
    no body or says anything besides names (a verb of its own: the body funds, supports,
    oversees, reports)."""
    if _OWN_WORK.search(match_form(text)):
        return None
    rest = _CONNECTIVE.sub(" ", text)
    found = split_assignees(rest) or []
    if not found:
        return None
    for name in (a.name for a in found):
        at = rest.find(name)
        if at < 0:
            return None
        rest = rest[:at] + " , " + rest[at + len(name) :]
    if not _connectives_only(rest) or any(a.is_person for a in found):
        return None
    names = tuple(a.name for a in found)
    if any(is_generic(n) or _GROUP.search(match_form(n)) for n in names):
        return ()
    return names


def _connectives_only(text: str) -> bool:
    """ "Chủ trì, ", " và ": nothing but the words that may stand around a carrier's names."""
    return re.search(r"[^\W\d_]", _CONNECTIVE.sub(" ", text)) is None
