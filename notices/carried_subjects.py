"""A dash list's first doer carries to the points after it that name nobody.

"I. Trước ngày học sinh tựu trường" over "- Nhà trường kiện toàn Ban Chỉ đạo …", "- Chuẩn bị đầy
đủ các dụng cụ …", "- Tổ chức tập huấn cho …": a guidance written to many schools names the doer
in the list's first point and goes on with bare verbs, which a reader takes as the same doer's
work. When nothing else gives such a point a doer (the notice names no addressee the points
fall to), it is the task of the doer the nearest point above it opens with. Only a guidance
(Hướng dẫn) is read so (parser.py): a plan's bare points under "- Cơ sở giáo dục … tổ chức …" are
its solutions, labelled no tasks of that body (dt-831, pt-kh-ubnd, hue-188: +123 predicted for
+18 matched when every notice was read so).

Only a point that opens with its doer passes it on ("- Nhà trường kiện toàn …", not "- Yêu cầu
các cán bộ … khai báo y tế", whose lead is the object it asks); a point naming its own doer
keeps it and passes that on; a section that describes (aims, requirements, a procedure) keeps
its points out, and so does an event's field ("1. Nội dung:" over what the event is), as the
rest of the parser does.
"""

from __future__ import annotations

from notices.descriptive_sections import event_fields, is_descriptive
from notices.markers import MarkerKind
from notices.model import ParsedTask
from notices.structure import Item, walk
from notices.task_basics import Context
from notices.task_items import ItemTasks
from notices.text import fold_key

_MIN_WORDS = 4  # a bare point shorter than this is a label, no work


def _own(ref: str, tasks: list[ParsedTask]) -> list[int]:
    return [i for i, t in enumerate(tasks) if t.ref == ref or t.ref.startswith(ref + "/")]


def _opens_with(text: str, lead: tuple[str, ...]) -> bool:
    """Does the point's text open with its (first) lead, as its subject?"""
    if not lead:
        return False
    body = fold_key(text.lstrip("-–•+* "))
    return body.startswith(fold_key(lead[0]) + " ")


def carried_subjects(
    tasks: list[ParsedTask], items: list[Item], context: Context, *, guidance: bool
) -> list[ParsedTask]:
    """`tasks` with each bare dash point that gave none made the task of the doer the point
    above it opens with."""
    out = list(tasks)
    groups: list[tuple[Item | None, list[Item]]] = [(None, items)]
    groups += [(item, item.children) for item in walk(items) if item.children]
    fields = event_fields(items)  # "1. Nội dung:" over the event's content: no work
    for parent, children in groups:
        if parent is not None and (
            id(parent) in fields
            or is_descriptive(parent.paragraphs[0], guidance=guidance)
            # a lead-in's points ("… có trách nhiệm:", "… gồm:") are read with it
            or parent.paragraphs[-1].rstrip().endswith(":")
        ):
            continue
        carry: tuple[str, ...] | None = None
        last: int | None = None  # where the sibling above left its tasks
        for child in children:
            if child.marker is None or child.marker.kind is not MarkerKind.BULLET:
                carry, last = None, None
                continue
            own = _own(child.ref, out)
            text = child.paragraphs[0]
            if own:
                lead = out[own[0]].lead
                carry = lead if _opens_with(text, lead) else carry
                last = own[-1]
                continue
            if carry is None or last is None or child.children:
                continue
            if len(text.split()) < _MIN_WORDS or text.rstrip().endswith(":"):
                continue
            builder = ItemTasks(child.ref, list(carry), context)
            builder.add_paragraph(" ".join([*child.paragraphs, *child.after]), [])
            found = [t for t in builder.tasks() if t.lead == carry]
            if not found:
                continue
            out[last + 1 : last + 1] = found
            last += len(found)
    return out
