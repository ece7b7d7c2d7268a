"""Items whose points are the content of one piece of work, not tasks apart: what a body
is told to direct or meet, what the work is for, the cases it covers, a lone deadline field."""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.clauses import split_label
from notices.deadlines import DeadlineHit, find_deadlines, is_dated, pick_deadline
from notices.imperatives import asks_work
from notices.markers import MarkerKind
from notices.structure import Item, walk
from notices.task_basics import Context
from notices.text import match_form

_DIRECTS_POINTS = re.compile(
    r"^(?:\S{1,4}[.)]\s+)?(?:giao|đề nghị|yêu cầu)\s[^.;:]{3,160}?\schỉ đạo\s[^.;:]{3,200}?"
    r"\s(?:có|chịu)\s+trách nhiệm\s*:$"
)


# "Giao Bộ Công an chủ trì … hoàn thiện hồ sơ dự án, bảo đảm một số yêu cầu sau:" over "1. Quán
# triệt …" "2. Rà soát …": the points are what the one assignment must meet, not tasks apart.
_REQUIREMENT_POINTS = re.compile(
    r"\s(?:bảo đảm|đảm bảo|đáp ứng|theo)\s+(?:một số|các|những)\s+yêu cầu\s+(?:như\s+)?sau"
    r"(?:\s+đây)?\s*:$"
)


# "b) Chỉ đạo Giám đốc Bệnh viện A và Giám đốc Bệnh viện B:" over "- Thực hiện …" "- Bảo đảm …":
# the point's body directs the named ones, the points are what it directs them to do: one task
# ("Chỉ đạo Sở Nông nghiệp:" over points names the body that does each of them: they stay tasks)
_DIRECTS_BODY = re.compile(
    r"^(?:\S{1,4}[.)]\s+)?chỉ đạo\s+(?P<body>(?:các\s+)?(?:tổng giám đốc|giám đốc|thủ trưởng"
    r"|chủ tịch|hiệu trưởng|viện trưởng|cục trưởng|vụ trưởng|người đứng đầu)\s[^.;:]{3,200}):$"
)


def _directs_body(text: str) -> bool:
    """The point is "Chỉ đạo" and the heads of units it directs, with its colon: no verb of its
    own after the names ("Chỉ đạo thực hiện các nội dung sau:" names nobody)."""
    m = _DIRECTS_BODY.match(match_form(text))
    if m is None or not text[m.start("body")].isupper():
        return False
    return not asks_work(text[m.start("body") :]) and bool(analyze(text[m.start("body") :]).leads)


# "Sửa đổi Luật … để:" over "- Tháo gỡ …" "- Đơn giản hóa …": what the one piece of work is for;
# points that name their own bodies ("… phối hợp để:" over "- Sở Tài chính bố trí …") are tasks
_PURPOSE_POINTS = re.compile(r"\sđể\s*:$")


def _points_name_bodies(item: Item) -> bool:
    """Some point under "… để:" names its own body and asks it for work ("- Sở Tài chính bố trí
    kinh phí …"): the points are assignments apart, not what the one piece of work is for."""
    for child in walk(item.children):
        text = " ".join(child.paragraphs)
        if analyze(text).leads and asks_work(text):
            return True
    return False


# "Thực hiện khai báo với cơ quan có thẩm quyền …, như sau:" over "- Nuôi từ 1.000 con trở lên,
# khai báo với Chi cục Thú y tỉnh.": the cases of the one piece of work
_AS_FOLLOWS = re.compile(r"(?:như sau|cụ thể như sau|sau đây)\s*:$")


def cases_of(item: Item, paragraphs: list[str]) -> bool:
    """The item asks for work "như sau:" and its dashes, leaves that name nobody and ask for no
    work of their own, only say how in each case: they complete the item."""
    if not paragraphs or not _AS_FOLLOWS.search(match_form(paragraphs[-1].strip())):
        return False
    intro = split_label(paragraphs[-1])[1]
    # "Sở Xây dựng tổng hợp, dự báo … theo các kịch bản … như sau:" over rain scenarios: a named
    # body's forecast, whose dashes are what it foresees
    if not asks_work(intro) or analyze(intro).leads:
        return False
    return len(item.children) > 1 and all(
        not child.children
        and child.marker is not None
        and child.marker.kind is MarkerKind.BULLET
        and len(child.paragraphs) == 1
        and not asks_work(child.paragraphs[0])
        and not analyze(child.paragraphs[0]).leads
        for child in item.children
    )


_TIME_ONLY = re.compile(
    r"^(?:thời hạn|thời gian)(?:\s+(?:hoàn thành|thực hiện|nộp|gửi|báo cáo))?\s*:\s*\S"
)


def time_only_points(item: Item, context: Context) -> DeadlineHit | None:
    """The dated deadline of an item whose only points are a "Thời hạn hoàn thành: …" field."""
    if not item.children or any(child.children for child in item.children):
        return None
    hits: list[DeadlineHit] = []
    for child in item.children:
        text = " ".join(child.paragraphs).strip()
        if not _TIME_ONLY.match(match_form(text)):
            return None
        hits += find_deadlines(text, year=context.year, reference=context.reference)
    hit = pick_deadline(hits)
    return hit if hit is not None and is_dated(hit) else None


def points_are_content(item: Item, paragraph: str) -> bool:
    """The item's last paragraph (before its points) makes them the content of its one piece of
    work: a body told to direct others, requirements to meet, or what the work is for."""
    last = match_form(paragraph.strip())
    return bool(
        _listed_objects(item, paragraph)
        or _DIRECTS_POINTS.match(last)
        or (_directs_body(paragraph.strip()) and not _points_name_bodies(item))
        or _REQUIREMENT_POINTS.search(last)
        or (_PURPOSE_POINTS.search(last) and not _points_name_bodies(item))
    )


# "Học viện Hành chính Quốc gia tổ chức bồi dưỡng các chương trình sau:" over "a) Chương trình
# bồi dưỡng kiến thức …;" "b) …": a named body's one piece of work and the things it covers,
# listed as nouns that ask nothing and name nobody — not a list of "nhiệm vụ", "công việc",
# "nội dung" or "hoạt động" (each item a task: "Giao cho … thực hiện các nhiệm vụ sau:")
_LISTS_OBJECTS = re.compile(
    r"\s(?:các|những)\s+(?!(?:nhiệm vụ|công việc|nội dung|hoạt động)(?![^\W_]))"
    r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+sau(?:\s+đây)?\s*:$"
)


_AS_FOLLOWS_END = re.compile(r"\snhư sau\s*:$")


def _listed_objects(item: Item, paragraph: str) -> bool:
    """The item names its body and work over "các <things> sau:", its points only the things."""
    intro = split_label(paragraph.strip())[1]
    low = match_form(intro)
    if not item.children or not _LISTS_OBJECTS.search(low) or _AS_FOLLOWS_END.search(low):
        return False  # "… theo các kịch bản như sau:" is a named body's cases (cases_of)
    if not asks_work(intro) or not analyze(intro).leads:
        return False
    return all(
        not child.children
        and not asks_work(" ".join(child.paragraphs))
        and not analyze(" ".join(child.paragraphs)).leads
        for child in item.children
    )
