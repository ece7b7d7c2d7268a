"""Fields that close a group of work items in a plan: "Đơn vị chủ trì: …", "Thời gian thực hiện:
…" stated once after the group's last point are every point's.

"3.1. Tham gia …" "3.2. Tiếp nhận …" "3.3. Theo dõi …" then "- Thời gian thực hiện: …" "- Đơn vị
chủ trì: …" under the last; a department's plan writes the dashes of a heading and then, as
paragraphs of their own, "Lãnh đạo phụ trách: Phó giám đốc …" "Đơn vị chủ trì: Phòng Quản lý Công
nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng." (the reader breaks the second field off the
line as a point of its own). The group runs back from the fields to the heading or to the
previous point with fields of its own or points of its own.
"""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.deadlines import DeadlineHit, find_deadlines
from notices.imperatives import asks_work
from notices.structure import Item
from notices.task_basics import Context
from notices.task_headings import heading_assignees
from notices.task_rows import ROW_FIELD, Row, field_time, fields_of, is_overseer, row_fields
from notices.text import match_form


def _is_group_field(text: str) -> bool:
    """A row field or the overseer line beside them ("Lãnh đạo phụ trách: …")."""
    return bool(ROW_FIELD.match(match_form(text.strip())) or is_overseer(text))


# A month or quarter a point names bare ("…, tháng 9/2026.", "… quý III/2026"): no deadline
# phrase, but the period of that point, narrower than the group's time field
_OWN_PERIOD = re.compile(
    r"(?<![^\W_])(?:tháng\s+\d{1,2}|quý\s+(?:[IV]+|\d))\s*(?:/|năm)\s*\d{4}(?!\d)",
    re.IGNORECASE,
)


class GroupFields:
    """The rows the points of each sibling group take from the fields closing it, worked out
    once per parent."""

    def __init__(self, context: Context) -> None:
        self._context = context
        self._rows: dict[int, dict[int, Row]] = {}
        self._times: dict[int, dict[int, DeadlineHit]] = {}

    def row(self, item: Item) -> Row | None:
        """The row `item` takes from the fields closing its group, or None."""
        parent = self._parent(item)
        return None if parent is None else self._rows[id(parent)].get(id(item))

    def time(self, item: Item) -> DeadlineHit | None:
        """The group's time field for a point that names its own lead ("a) Cấp ủy, chính quyền
        các cấp tiếp tục …" over "Thời gian thực hiện: Thường xuyên."): it keeps its lead, the
        group's time dates it."""
        parent = self._parent(item)
        return None if parent is None else self._times[id(parent)].get(id(item))

    def heading_row(self, item: Item) -> Row | None:
        """The row of a heading that asks for work and leads into its points with ":" when the
        points are its content, not work ("1. Xây dựng cơ sở dữ liệu ngành, gồm:" over "- Dữ
        liệu về các cụm công nghiệp;" "- Dữ liệu về nguồn điện." then "Đơn vị chủ trì: …"): the
        closing fields are the heading's, its points part of its text."""
        points = item.children
        if not points or not item.paragraphs or any(p.children for p in points):
            return None
        if not item.paragraphs[-1].rstrip().endswith(":") or not asks_work(item.paragraphs[0]):
            return None
        if analyze(item.paragraphs[0]).leads or heading_assignees(item.paragraphs[0]):
            return None
        end = len(points)
        while end > 1 and _only_fields(points[end - 1]):
            end -= 1
        last = points[end - 1]
        row = row_fields(last)
        if row is None or not _fields_alone(last):
            return None
        if any(asks_work(p.paragraphs[0]) or analyze(p.paragraphs[0]).leads for p in points[:end]):
            return None
        if any(row_fields(p) is not None for p in points[: end - 1]):
            return None  # "- Dữ liệu về …;" each with "Đơn vị chủ trì: …" of its own: rows each
        if end < len(points):
            row = _with_fields(row, [t for p in points[end:] for t in p.paragraphs])
        text = [*item.paragraphs, *(p.paragraphs[0] for p in points[:end])]
        return Row(fields=row.fields, text=text)

    def _parent(self, item: Item) -> Item | None:
        if item.parent is None or item.marker is None:
            return None
        parent = item.parent
        if id(parent) not in self._rows:
            self._rows[id(parent)], self._times[id(parent)] = self._read(parent)
        return parent

    def _read(self, parent: Item) -> tuple[dict[int, Row], dict[int, DeadlineHit]]:
        """The points of `parent` that take the fields closing a run of them, in one pass from
        the end. Only when the parent names nobody ("3. Phòng Tài chính - Kế hoạch:" is the
        lead of its points already) and the fields stand alone after the run's last point
        (paragraphs or leaf points that are all fields: with work beside them they are that
        point's own); points with points of their own break the run; a point's own deadline
        stays its own. A point that is nothing but fields after the run's last ("Đơn vị phối
        hợp: …", "Thời gian thực hiện: …" broken off the lead's line) adds to its fields."""
        rows: dict[int, Row] = {}
        times: dict[int, DeadlineHit] = {}
        siblings = parent.children
        if len(siblings) < 2 or not parent.paragraphs:
            return rows, times
        heading = parent.paragraphs[0]
        if analyze(heading).leads or heading_assignees(heading):
            return rows, times
        closing: Row | None = None  # the fields of the nearest later sibling that holds them
        trailing: list[str] = []  # field-only points after it, nearest first
        context = self._context
        for point in reversed(siblings):
            row = row_fields(point)
            if row is None and not point.children and _only_fields(point):
                trailing[:0] = point.paragraphs
                continue
            if row is None and _content_points(point):
                pass  # "c) Biên soạn tài liệu …, bao gồm:" over what it makes: one of the run
            elif row is not None or point.children:
                closing = row if row is not None and _fields_alone(point) else None
                if closing is not None and trailing:
                    closing = _with_fields(closing, trailing)
                    rows[id(point)] = closing  # the last point takes them too
                trailing = []
                continue
            trailing = []
            if closing is None or point.marker is None or len(point.paragraphs) > 1:
                continue
            first = point.paragraphs[0]
            # a content point's text and dates include its points ("- Lớp tập huấn tại Hà Nội, Quý
            # I/2010;"), as a heading's row does
            text = [*point.paragraphs, *(" ".join(c.paragraphs) for c in point.children)]
            own_date = find_deadlines(
                " ".join(text), year=context.year, reference=context.reference
            )
            if analyze(first).leads:
                hit = field_time(closing.fields.get("time", []), context)
                if hit is not None and not own_date and asks_work(first):
                    times[id(point)] = hit
                continue
            if not asks_work(first):
                continue
            fields = closing.fields
            if "time" in fields and own_date:
                fields = {k: v for k, v in fields.items() if k != "time"}  # its own date stays
            elif "time" in fields and (period := _OWN_PERIOD.search(first)):
                # "- Hội chợ nông sản tại TP HCM, tháng 9/2026." under "Năm 2026": its own month
                fields = {**fields, "time": [period.group(0)]}
            rows[id(point)] = Row(fields=fields, text=text)
        return rows, times


def _fields_alone(point: Item) -> bool:
    """Are all of `point`'s further paragraphs and sub-points fields ("- Đơn vị chủ trì: …",
    "Lãnh đạo phụ trách: …")?"""
    pieces = [*point.paragraphs[1:], *(" ".join(c.paragraphs) for c in point.children)]
    return not any(c.children for c in point.children) and all(_is_group_field(p) for p in pieces)


def _content_points(point: Item) -> bool:
    """A point of work whose own points are its content ("c) Biên soạn tài liệu tuyên truyền …,
    bao gồm:" over "- Đặc san chuyên đề …;" "- Sách pháp luật bỏ túi …"): leaves that name no
    body and hold no field of their own."""
    if not point.children or not point.paragraphs:
        return False
    if not point.paragraphs[-1].rstrip().endswith(":") or not asks_work(point.paragraphs[0]):
        return False
    # "…, bao gồm:" names what the work makes, whatever its points say; "Triển khai các hoạt
    # động sau:" over "- Tổ chức tập huấn …" lists work of its own
    makes = _MAKES.search(match_form(point.paragraphs[-1])) is not None
    return all(
        not child.children
        and row_fields(child) is None
        and not any(_is_group_field(p) for p in child.paragraphs)
        and not analyze(child.paragraphs[0]).leads
        and (makes or not asks_work(child.paragraphs[0]))
        # "- Đồng chí Vụ trưởng phụ trách chung": a roster, not content
        and not _PERSON.match(match_form(child.paragraphs[0]))
        for child in point.children
    )


_MAKES = re.compile(r"(?<![^\W_])(?:bao\s+)?g[ồô]m\s*:\s*$")  # "bao gôm:" as a scan reads it
_PERSON = re.compile(r"^(?:đồng chí|đ/c|ông|bà|lãnh đạo)(?![^\W_])")


def _only_fields(point: Item) -> bool:
    """A point that is a field and nothing else ("- Đơn vị phối hợp: Phòng Quản lý Năng lượng")."""
    return bool(point.paragraphs) and all(_is_group_field(p) for p in point.paragraphs)


def _with_fields(row: Row, texts: list[str]) -> Row:
    """`row` with the fields of `texts` added after its own."""
    fields = {kind: list(values) for kind, values in row.fields.items()}
    for kind, values in fields_of(texts).fields.items():
        fields.setdefault(kind, []).extend(values)
    return Row(fields=fields, text=list(row.text))
