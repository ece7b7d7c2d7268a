"""A local level written once after two bodies: "Ủy ban nhân dân và Ban Chỉ huy … quận - huyện".

A regulation's duty heading often names a committee and its standing board with one level
after both: "Ủy ban nhân dân và Ban Chỉ huy Phòng, chống lụt, bão và Tìm kiếm cứu nạn phường -
xã, thị trấn:". Name splitting reads a bare "Ủy ban nhân dân" and a board "… phường - xã, thị
trấn"; the level belongs to both ("Ủy ban nhân dân phường - xã, thị trấn"). Written with two
levels ("… quận - huyện, phường - xã, thị trấn") it names each body at each level. A level
followed by a place qualifier ("… quận - huyện nơi xảy ra sự cố cháy rừng") keeps the level.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notices.model import ParsedTask
from notices.text import match_form

__all__ = ["with_shared_levels"]

# the bodies every level has, written bare before a second body that carries the level
_BARE = re.compile(
    r"(?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd|ủy ban mặt trận tổ quốc(?: việt nam)?|"
    r"ủy ban mttq(?: việt nam)?|ban chỉ huy quân sự|công an|đảng ủy)"
)
# longest first: "phường - xã, thị trấn" is one level, "quận - huyện, phường - xã, thị trấn" two
_LEVELS = (
    "phường - xã, thị trấn",
    "xã, phường, thị trấn",
    "phường, xã, thị trấn",
    "quận - huyện",
    "quận, huyện",
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "thành phố",
    "thị trấn",
    "thị xã",
    "tỉnh",
    "huyện",
    "quận",
    "phường",
    "xã",
)
_PLACE = re.compile(r"\s+nơi\s+\S.*$")
_GROUP = re.compile(r"(?:các|những|mọi)\s")
# "các đoàn thể trong tỉnh", "… trên địa bàn huyện": a place, not the body's level
_IN_PLACE = re.compile(r"(?:trong|của|tại|ở|bàn|thuộc)$")


def with_shared_levels(tasks: list[ParsedTask]) -> list[ParsedTask]:
    """Tasks whose bare "Ủy ban nhân dân" before a body with a level takes that level."""
    return [_shared(task) for task in tasks]


def _shared(task: ParsedTask) -> ParsedTask:
    leads = list(task.lead)
    out: list[str] = []
    index = 0
    changed = False
    while index < len(leads):
        name = leads[index]
        after = leads[index + 1] if index + 1 < len(leads) else None
        split = _levels(after) if after is not None and _BARE.fullmatch(match_form(name)) else None
        if after is None or split is None:
            out.append(name)
            index += 1
            continue
        base, levels = split
        out.extend(f"{name} {level}" for level in levels)
        out.extend(f"{base} {level}" for level in levels)
        changed = True
        index += 2
    if not changed:
        return task
    return replace(task, lead=tuple(dict.fromkeys(out)))


def _levels(name: str) -> tuple[str, list[str]] | None:
    """The body and the levels at the end of `name` ("Ban Chỉ huy … quận - huyện, phường - xã,
    thị trấn" → "Ban Chỉ huy …", both levels); None when it ends in none."""
    if _GROUP.match(match_form(name)):
        return None  # "Ủy ban Mặt trận Tổ quốc, các đoàn thể cấp tỉnh": a group's own level
    text = _PLACE.sub("", name.rstrip(" .;:"))
    levels: list[str] = []
    while True:
        low = match_form(text)
        level = next((lv for lv in _LEVELS if low.endswith(" " + lv)), None)
        if level is None:
            break
        rest = text[: len(text) - len(level)].rstrip()
        if _IN_PLACE.search(match_form(rest)):
            break
        levels.insert(0, text[len(text) - len(level) :])
        text = rest
        if not text.endswith(","):
            break
        text = text[:-1].rstrip()  # "… quận - huyện, phường - xã, thị trấn": one more level
    if not levels or len(text.split()) < 2:
        return None
    return text, levels
