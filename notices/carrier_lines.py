"""A programme's group of standing points carried by the bodies one line names.

A Party committee's or a province's programme lists its standing work in groups ("3.1. Tăng cường
công tác tuyên truyền" over dash points that name nobody) and closes each group with the line
that says who carries it: "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh; các cấp
ủy, tổ chức đảng." (or opens it with that line, under the group's title). The reader glues a
closing line to the group's last point, as one more paragraph of it; it is no work of that point
but the doers of every point of the group that names no body of its own.
"""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.clauses import split_sentences
from notices.descriptive_sections import is_field_label
from notices.name_kinds import assignee_start
from notices.names import split_assignees
from notices.structure import Item, walk
from notices.task_rows import ROW_FIELD
from notices.text import match_form

# "Trách nhiệm (chỉ đạo) thực hiện:", "Trách nhiệm tổ chức thực hiện:", "Trách nhiệm triển khai:",
# "Cơ quan (chủ trì) thực hiện:", "Đơn vị thực hiện:", "Cơ quan chủ trì:"
_CARRIER = re.compile(
    r"^(?:trách nhiệm\s+(?:chỉ đạo\s+|tổ chức\s+)?(?:thực hiện|triển khai(?:\s+thực hiện)?)"
    r"|(?:cơ quan|đơn vị)\s+(?:chủ trì\s+)?thực hiện|(?:cơ quan|đơn vị)\s+chủ trì)\s*:\s*"
)
# "…; các sở, ngành phối hợp": a partner, no carrier; "Sở X chủ trì": the carrier, its role cut
_PARTNER = re.compile(r"\s+phối hợp(?:\s+thực hiện)?$")
_ROLE = re.compile(r"\s+(?:chủ trì|thực hiện|chịu trách nhiệm)(?:\s+thực hiện)?$")
# "… các sở, ngành theo chức năng, nhiệm vụ được giao": the bodies' remit, no name
_REMIT = re.compile(
    r"[,\s]+(?:theo|trong phạm vi)\s+(?:chức năng|thẩm quyền|nhiệm vụ)(?![^\W_]).*$"
)


def carrier_bodies(paragraph: str) -> list[str] | None:
    """The bodies a carrier line names ("Trách nhiệm chỉ đạo thực hiện: Đảng ủy UBND tỉnh; các
    cấp ủy, tổ chức đảng." → both, split at ";" only: each part is one name or group as written),
    or None: no carrier line, or one naming no body ("Trách nhiệm thực hiện: theo chức năng,
    nhiệm vụ được giao")."""
    value = _carrier_value(paragraph)
    if value is None:
        return None
    # the field's first sentence holds the names, as `task_rows` reads one ("Cơ quan chủ trì: Sở
    # Công Thương. Thời gian: năm 2031."), and a remit after them is none
    value = split_sentences(value)[0] if value.strip() else value
    value = _REMIT.sub("", value)
    bodies: list[str] = []
    for part in value.split(";"):
        part = part.strip().rstrip(" .;")
        if not part or _PARTNER.search(match_form(part)):
            continue
        if role := _ROLE.search(match_form(part)):
            part = part[: role.start()]
        named = split_assignees(part)
        if not named or len(part.split()) > 16:
            # "Bộ Y tế chủ trì, phối hợp với các bộ, ngành": the clause's lead bodies
            leads = [a.name for a in analyze(part).leads if not a.is_person]
            if not leads:
                return None  # a part that is no name: the line says something else
            bodies.extend(leads)
            continue
        # a part is one body or one group as the line writes it; a list of separate bodies
        # ("Sở Tài chính, Sở Nội vụ") is split as any lead is
        bodies.extend([part] if len(named) == 1 else [a.name for a in named])
    return bodies or None


def _carrier_value(paragraph: str) -> str | None:
    text = paragraph.strip().strip("*_ ")
    m = _CARRIER.match(match_form(text))
    return None if m is None else text[m.end() :]


def names_no_body(paragraph: str) -> bool:
    """A carrier line whose value opens with no body at all ("Trách nhiệm thực hiện: theo chức
    năng, nhiệm vụ được giao."): it hands the points to no one."""
    value = _carrier_value(paragraph)
    if value is None or not value.strip(" .;"):
        return value is not None
    low = match_form(value.strip())
    return assignee_start(value.strip(), low, 0) is None and not analyze(value).leads


def take_carrier_lines(items: list[Item]) -> dict[int, list[str]]:
    """Takes the carrier lines out of the tree and returns the groups of points they give to
    their bodies: id of the group's item → the bodies. A line is removed from the group's last
    point (where the reader glued a closing line), from the group's own paragraphs under its title,
    or from what follows its list, so no point reads it as work of its own. Only a group of points
    with no sub-points, none of them a field ("- Thành phần: …", "- Thời gian hoàn thành: …"):
    those make the group one task row, whose title is the work and the line its field."""
    carried: dict[int, list[str]] = {}
    for item in walk(items):
        if not item.children or any(c.children for c in item.children):
            continue
        if any(_is_field(c) for c in item.children):
            continue
        bodies = _take_carrier(item)
        if bodies:
            carried[id(item)] = bodies
    return carried


def _is_field(point: Item) -> bool:
    """ "- Thành phần: lãnh đạo các sở …", "- Thời gian hoàn thành: tháng 6/2031.": a field of the
    row its item is, no work."""
    label, colon, _ = point.paragraphs[0].partition(":")
    low = match_form(label.strip(" *"))
    if not colon or len(low.split()) > 4:
        return False
    return is_field_label(low) or ROW_FIELD.match(f"{low}:") is not None


def _take_carrier(item: Item) -> list[str] | None:
    """The bodies of the carrier line closing or opening `item`'s points, the line taken out;
    a line naming no body is taken out too (no point's lead), and gives None."""
    last = item.children[-1]
    if any(_carrier_value(p) is not None for c in item.children[:-1] for p in c.paragraphs[1:]):
        return None  # "a) Ban hành …" / "Cơ quan thực hiện: …" a point: each its own carrier
    places = [
        (last.paragraphs, -1, len(last.paragraphs) > 1),  # closing, glued to the last point
        (item.after, 0, bool(item.after)),  # closing, after the list
        # opening, under the group's title; a row's own field there ("Đơn vị chủ trì: …" over
        # the work's dashes) makes the item one row, as `task_rows` reads it (round 21)
        (
            item.paragraphs,
            -1,
            len(item.paragraphs) > 1 and not ROW_FIELD.match(match_form(item.paragraphs[-1])),
        ),
    ]
    for paragraphs, at, possible in places:
        if not possible:
            continue
        if bodies := carrier_bodies(paragraphs[at]):
            paragraphs.pop(at)
            return bodies
        if names_no_body(paragraphs[at]):
            paragraphs.pop(at)
            return None
    return None
