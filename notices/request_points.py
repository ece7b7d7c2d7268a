"""A letter's one request whose numbered points are its particulars, not tasks of their own.

"Bệnh viện A đề nghị Cổng thông tin điện tử B đăng tải thông báo … với nội dung như sau:" over
"1. Thời gian đăng tải: từ ngày … đến ngày …" "2. Nội dung: (theo phụ lục)"; "Sở Y tế đề nghị
các cơ sở khám chữa bệnh báo cáo … cụ thể như sau:" over "1. Biểu mẫu báo cáo đính kèm …" "2.
Thời gian báo cáo …" "3. Báo cáo được gửi trước ngày …"; "Công đoàn X đề nghị Công đoàn các cấp
lấy ý kiến góp ý … Nội dung góp ý gồm:" over the topics "1. Cấu trúc tổng thể …" "2. Nội dung …".
The lead-in asks one named body for one piece of work and the points say when, what and how:
none of them opens with a work verb or names a body of its own. The request is the task (dated
by the due day its points give); the points are not. Points that are work ("1. Khẩn trương rà
soát …", "2. Phòng Nội vụ tổng hợp …") stay the tasks, the lead-in only hands them down.
"""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.clauses import split_label, split_sentences
from notices.deadlines import DeadlineHit, find_deadlines, is_dated, parse_date, pick_deadline
from notices.imperatives import asks_work
from notices.lead_ins import lead_in_deadline
from notices.markers import MarkerKind
from notices.model import DeadlineKind
from notices.structure import Item, walk
from notices.task_basics import Context
from notices.task_headings import names_only
from notices.text import match_form

# "… đề nghị X …", "… yêu cầu X …", "… trân trọng đề nghị X …" inside the lead-in: a request
# to a body (not "Căn cứ đề nghị của Sở …", "theo yêu cầu của …", the grounds).
_REQUEST = re.compile(
    r"(?<![^\W_])(?<!theo )(?<!căn cứ )(?<!về việc )(?:đề nghị|yêu cầu)(?![^\W_])"
    r"(?!\s+(?:của|tại|nêu|trên|này)(?![^\W_]))"
)
# The lead-in announces what follows: "… như sau:", "… các nội dung sau:", "Nội dung góp ý gồm:".
_ANNOUNCES = re.compile(r"(?:như sau|sau đây|(?<![^\W_])sau|gồm|bao gồm|cụ thể)\s*:?\s*$")
# At most this many points: a long list is a programme, not one request's particulars.
_MAX_POINTS = 12


def particulars_request(lead_in: str | None, items: list[Item]) -> str | None:
    """The request sentence of `lead_in` when every top-level point of `items` is a particular
    of it; None when the lead-in asks nobody or a point is work of its own."""
    request = _asking_request(lead_in, items)
    points = particular_points(items)
    if request is None or not points or not all(map(_is_particular, points)):
        return None
    if len(_own_due_days(points)) >= 2:
        return None  # points with due days of their own are separate work, not particulars
    return request


def dated_points_request(lead_in: str | None, items: list[Item]) -> str | None:
    """The lead-in's request when its points are particulars but each names a due day of its
    own ("1. Công tác tiêm chủng … trước ngày 30/6/2026." "2. Việc kiểm tra … hoàn thành trước
    ngày 30/9/2026."): each point is the request's work, due on its day."""
    request = _asking_request(lead_in, items)
    points = particular_points(items)
    if request is None or not points or not all(map(_is_particular, points)):
        return None
    return request if len(_own_due_days(points)) >= 2 else None


def particular_points(items: list[Item]) -> list[Item]:
    """The points that may be the request's particulars: not those that only name a body over
    its own duties ("3. Phòng Tài chính – Kế hoạch." then "Chuẩn bị số liệu …" among "1. Thời
    gian: …", "2. Địa điểm: …"), which stay that body's work."""
    return [item for item in items if not names_only(item)]


def _asking_request(lead_in: str | None, items: list[Item]) -> str | None:
    """The sentence of a lead-in announcing points ("… như sau:") that asks a named body, when
    the points are few enough to be its particulars."""
    if not lead_in or not items or len(items) > _MAX_POINTS:
        return None
    if _ANNOUNCES.search(match_form(lead_in.rstrip(" ."))) is None:
        return None
    request = next(
        (s for s in split_sentences(lead_in) if _REQUEST.search(match_form(s))),
        None,
    )
    if request is None or not analyze(request).leads:
        return None
    return request


def _own_due_days(items: list[Item]) -> set[object]:
    """The distinct days to finish by that the top-level points name, each of its own work (not
    a time label, "Thời gian báo cáo: từ … đến …", nor the product's passive, "Báo cáo được gửi
    trước ngày …")."""
    days: set[object] = set()
    for item in items:
        low = match_form(item.paragraphs[0].strip())
        _, body = split_label(low)
        if _TIME_LABEL.match(body or low) or _THING_DONE.match(body or low):
            continue
        for hit in find_deadlines(low, year=2000, reference=None):
            if is_dated(hit) and hit.kind is DeadlineKind.BEFORE_DATE:
                days.add(hit.deadline)
    return days


def _is_particular(item: Item) -> bool:
    """A numbered point that gives a time, a content, a form or a topic: no work verb first,
    no body of its own, no points of its own that are work."""
    if item.marker is None or item.marker.kind not in (MarkerKind.SECTION, MarkerKind.NUMBER):
        return False
    first = item.paragraphs[0].strip()
    label, body = split_label(first)
    text = body if label else first
    if _THING_DONE.match(match_form(text)):
        return True  # "Báo cáo được gửi trước ngày …": what happens to the product, no doer
    if asks_work(first) or (label and asks_work(text)) or analyze(first).leads:
        return False
    # a point's sub-point is work when it opens a sentence with a work verb ("- Rà soát …"); a
    # line a reader broke off at a dash ("giáo dục - đào tạo …") goes on in lower case
    return not any(
        asks_work(child.paragraphs[0])
        for child in item.children
        if child.paragraphs[0][:1].isupper()
    )


# "Báo cáo được gửi trước ngày …", "Hồ sơ đăng ký được nộp về …", "Văn bản góp ý gửi về …" is
# not it: the product (a noun that may read as a verb) then its passive, a particular of the
# request that asks for it.
_THING_DONE = re.compile(
    r"^(?:báo cáo|văn bản|hồ sơ|danh sách|phiếu|biểu mẫu|kết quả|số liệu|ý kiến)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+được\s+(?:gửi|nộp|chuyển|cập nhật|tổng hợp)(?![^\W_])"
)


def particulars_deadline(items: list[Item], context: Context) -> DeadlineHit | None:
    """The due day the points give ("3. Báo cáo được gửi trước ngày 04/01/2018", "1. Thời gian
    đăng tải: từ ngày 29/9 đến ngày 01/10/2021"): a day to finish by wins over a period's end."""
    hits = [
        hit
        for item in items
        if (hit := lead_in_deadline(item.paragraphs[0], context)) is not None
        and hit.deadline is not None
    ]
    due = [hit for hit in hits if hit.kind is DeadlineKind.BEFORE_DATE]
    if due or hits:
        return pick_deadline(due or hits)
    for item in items:
        timed = _TIME_LABEL.match(match_form(item.paragraphs[0].strip()))
        if timed is None:
            continue
        # "Thời gian đăng tải: từ ngày 29/9/2021 đến ngày 01/10/2021": the work's own period,
        # done by its last day
        span = _SPAN_END.search(timed["body"])
        parsed = parse_date(span["day"], context.year) if span else None
        if span and parsed is not None:
            phrase = span.group(0)
            return DeadlineHit(
                DeadlineKind.ON_DATE, parsed[0], phrase, None, span.start(), span.end(), parsed[1]
            )
    return None


_TIME_LABEL = re.compile(r"^thời gian(?:\s+[^\W\d_]+){0,3}\s*:\s*(?P<body>.+)$")
_SPAN_END = re.compile(
    r"(?<![^\W_])(?:kể\s+)?từ\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*(?:đến|tới|-)\s*"
    r"(?:hết\s+)?(?:ngày\s+)?(?P<day>\d{1,2}/\d{1,2}(?:/\d{4})?)"
)


def item_openings(items: list[Item]) -> list[str]:
    """The match forms of the points' first paragraphs (the tasks read from them start so)."""
    openings: list[str] = []
    for item in walk(items):
        _, body = split_label(item.paragraphs[0].strip())
        openings.extend(match_form(part)[:30] for part in (item.paragraphs[0], body) if part)
    return [o for o in openings if o]
