"""A plan's task rows: "Cơ quan chủ trì: …", "Cơ quan phối hợp: …", "Thời gian thực hiện: …"
fields under the item that names the work, read as one task."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from notices.assignees import analyze
from notices.clauses import find_criteria, split_sentences
from notices.deadlines import DeadlineHit, find_deadlines, parse_date, pick_deadline
from notices.markers import MarkerKind
from notices.model import DeadlineKind, ParsedTask
from notices.names import split_assignees
from notices.structure import Item, walk
from notices.task_basics import Context, glued_clauses, same_leads
from notices.text import fold_key, match_form

# A plan's task row: "- Cơ quan chủ trì: Sở Khoa học và Công nghệ." "- Cơ quan phối hợp: …"
# "- Thời gian thực hiện: Quý IV năm 2025." under the item that names the work; "Đơn vị chủ trì
# tham mưu thực hiện: Sở Tư pháp." names the lead too; "Cơ quan, đơn vị chủ trì:" as well.
# A ward's or a department's plan names the unit that prepares the work for the issuer ("- Bộ
# phận tham mưu: bộ phận Tư pháp - Hộ tịch.", "Cơ quan tham mưu thực hiện: Phòng Nội vụ"): it
# carries the row out, as "Đơn vị thực hiện" does, unless a "chủ trì" field names another lead.
_WHO = r"(?:cơ quan|đơn vị|bộ phận)(?:\s*(?:,|/)\s*(?:cơ quan|đơn vị|địa phương))?"
ROW_FIELD = re.compile(
    r"^(?:(?P<lead>" + _WHO + r"\s+(?:chủ trì|chịu trách nhiệm)"
    r"(?:\s+tham mưu)?(?:\s+(?:thực hiện|chính))?|chủ trì(?:\s+thực hiện)?|trách nhiệm thực hiện"
    r"|phân công(?:\s+thực hiện)?)"
    r"|(?P<executor>" + _WHO + r"\s+(?:thực hiện(?:\s+chính)?|tham mưu(?:\s+thực hiện)?))"
    r"|(?P<support>" + _WHO + r"\s+phối hợp(?:\s+thực hiện)?|phối hợp(?:\s+thực hiện)?)"
    r"|(?P<time>thời gian(?:\s+(?:thực hiện|hoàn thành|dự kiến|tổ chức))?"
    r"|thời hạn(?:\s+hoàn thành)?"
    # a drafting item's "Thời gian ban hành:" / "Thời hạn ban hành:": when the text is due
    r"|(?:thời gian|thời hạn)\s+ban hành"
    r"|tiến độ(?:\s+(?:thực hiện|hoàn thành))?)"
    r"|(?P<content>nội dung(?:\s+thực hiện)?|sản phẩm(?:\s+đầu ra)?|kết quả(?:\s+đầu ra)?)"
    r"|(?P<other>(?:dự kiến\s+|nguồn\s+)?kinh phí(?:\s+thực hiện)?|địa điểm))"
    r"\s*:\s*"
)
# A field's label standing alone on its line, colon or not, over the sub-points that hold its
# values: "a) Cơ quan chủ trì" over "- Sở Tư pháp."; "2. Cơ quan chủ trì, phối hợp" over "a) Cơ
# quan chủ trì: …" "b) Cơ quan phối hợp: …" (a group of fields); "1.1. Nội dung, biện pháp" over
# the work itself.
_LABEL = re.compile(
    r"^(?:(?P<group>" + _WHO + r"\s+(?:chủ trì|thực hiện)(?:\s*(?:,|và)\s*(?:cơ quan\s+"
    r"|đơn vị\s+)?phối hợp)(?:\s+thực hiện)?|" + _WHO + r"\s+thực hiện|trách nhiệm thực hiện"
    # "2. Cơ quan chủ trì, thực hiện" over "a) Cơ quan chủ trì" "b) Đơn vị thực hiện: …"
    r"|" + _WHO + r"\s+chủ trì\s*(?:,|và)\s*thực hiện)"
    r"|(?P<lead>" + _WHO + r"\s+chủ trì(?:\s+thực hiện)?|chủ trì(?:\s+thực hiện)?)"
    r"|(?P<support>" + _WHO + r"\s+phối hợp(?:\s+thực hiện)?|phối hợp(?:\s+thực hiện)?)"
    r"|(?P<time>thời gian(?:\s+(?:thực hiện|hoàn thành))?|thời hạn(?:\s+hoàn thành)?|tiến độ"
    r"(?:\s+thực hiện)?)"
    r"|(?P<content>nội dung(?:\s*(?:,|và)\s*(?:biện pháp|giải pháp|nhiệm vụ))?(?:\s+thực hiện)?"
    r"|nhiệm vụ(?:\s+cụ thể)?|sản phẩm(?:\s+đầu ra)?|kết quả(?:\s+đầu ra)?))"
    r"\s*:?$"
)


@dataclass(slots=True)
class Row:
    """The fields of one plan task row, by kind, and the text that is not a field."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)


def row_fields(item: Item) -> Row | None:
    """An item whose own paragraphs or leaf sub-points are "Cơ quan chủ trì: …", "Cơ quan phối
    hợp: …", "Thời gian thực hiện: …" fields is one task row; None when no field names a lead.
    A label standing alone over sub-points ("a) Cơ quan chủ trì" over "- Sở Tư pháp.", "2. Cơ
    quan chủ trì, phối hợp" over its own fields, "1. Nội dung, biện pháp" over the work) gives
    those sub-points to its field: the row stays one task, its lists are no tasks of their own."""
    row = Row()
    row.text.append(item.paragraphs[0])
    labelled = [c for c in item.children if label_kind(c) is not None]
    if any(c not in labelled and (_own_work(c) or _own_steps(c)) for c in item.children):
        return None  # "1. Đơn vị thực hiện" beside "2. Sở Tư pháp chủ trì …": work items
    pieces = [(p, False) for p in item.paragraphs[1:]]
    for c in item.children:
        if c in labelled:
            _take_label(c, row, pieces)
        else:
            pieces.append((" ".join(c.paragraphs), bool(c.children)))
    _take_pieces(pieces, row)
    advisors = row.fields.pop("advisor", [])
    if advisors and "executor" not in row.fields:
        # "- Bộ phận tham mưu: công chức Tư pháp - Hộ tịch." with no "Đơn vị thực hiện" beside
        # it: the unit preparing the work carries it out ("Đơn vị thực hiện: Văn phòng …" and
        # "Bộ phận tham mưu: công chức …" beside it: the office does it, the official prepares)
        row.fields["executor"] = advisors
    if "lead" not in row.fields and "executor" not in row.fields:
        return None
    if len(row.text) == 1 and _caps_title(item.paragraphs[0]):
        return None  # "II. CƠ QUAN CHỈ ĐẠO VÀ TỔ CHỨC THỰC HIỆN" over who organises: no work
    if "lead" not in row.fields:
        row.fields["lead"] = row.fields["executor"]  # "Đơn vị thực hiện" when no one chủ trì
    elif "executor" in row.fields:  # under a "chủ trì" field, the executors take part
        row.fields.setdefault("support", []).extend(row.fields["executor"])
    row.fields.pop("executor", None)
    for child in item.children:  # "+ Hướng dẫn áp dụng …" under a content point stays in the row
        if child.children and child not in labelled:
            row.text.extend(" ".join(c.paragraphs) for c in walk(child.children))
    return row


def label_kind(child: Item) -> str | None:
    """The field a label-only line over sub-points names ("lead", "group", "content", …)."""
    if len(child.paragraphs) != 1 or not child.children:
        return None
    label = match_form(child.paragraphs[0].strip().rstrip(".").strip())
    m = _LABEL.match(label)
    if m is None:
        field = ROW_FIELD.match(label)
        if field is None or label[field.end() :].strip():
            return None
        m = field
    kind = next(k for k, v in m.groupdict().items() if v)
    if kind != "content" and any(_is_field(g) for g in child.children):
        return "group"  # "Trách nhiệm thực hiện:" over "- Chủ trì: …" "- Phối hợp: …"
    if kind == "content":
        return kind
    if kind == "time" and _dated_steps(child):
        return kind  # "c) Thời gian thực hiện:" over "- Các bộ … gửi … trong tháng 02 năm 2026"
    # "Cơ quan chủ trì" over its bodies: leaf sub-points, each a name or a short list of names
    # ("- Sở Nội vụ hướng dẫn …" under "Trách nhiệm thực hiện" is work, not a field value)
    if any(g.children for g in child.children):
        return None
    values = [" ".join(g.paragraphs) for g in child.children]
    named = [_names_only(v) for v in values]
    # beside names the lexicon knows, a short capitalised phrase with no verb is a name it does
    # not ("- Bộ Quốc phòng." "- Tư lệnh các quân khu; Chủ tịch Ủy ban nhân dân các tỉnh.")
    if any(named) and all(n or _name_like(v) for n, v in zip(named, values, strict=True)):
        return kind
    return None


def _dated_steps(child: Item) -> bool:
    """A time label's leaf sub-points that each name when their step is done, each done by the
    row's lead bodies or by no one named: the row's timetable, not tasks of their own ("- Các
    sở gửi báo cáo về Sở Nội vụ trước …" in a row that "Phân công: Sở Nội vụ" is work of its
    own)."""
    if any(g.children for g in child.children):
        return False
    steps = [" ".join(g.paragraphs) for g in child.children]
    if not all(_names_time(step) for step in steps):
        return False
    leads = _lead_field(child.parent) if child.parent is not None else ""
    return all(_led_by(step, leads) for step in steps)


def _own_steps(child: Item) -> bool:
    """A time label over dated steps that other bodies than the row's lead carry out ("b) Thời
    gian thực hiện:" over "- Các sở gửi báo cáo về Sở Nội vụ trước …"): each step is a task."""
    if len(child.paragraphs) != 1 or not child.children or any(g.children for g in child.children):
        return False
    m = ROW_FIELD.match(match_form(child.paragraphs[0].strip().rstrip(".").strip()))
    if m is None or not m.group("time"):
        return False
    return all(_names_time(" ".join(g.paragraphs)) for g in child.children)


@lru_cache(maxsize=2048)
def _names_time(text: str) -> bool:
    """Any time phrase at all (a date, a period, "hằng năm", "thường xuyên"): a time field."""
    return bool(find_deadlines(text, year=None, reference=None))


_ITEM_MARKER = re.compile(r"^\S{1,6}[.)]\s+")


def _lead_field(item: Item) -> str:
    """The text of `item`'s lead or executor field ("b) Phân công: Bộ Công an và các bộ …"), or
    ""."""
    lines: list[tuple[str, Item | None]] = [(p, None) for p in item.paragraphs[1:]]
    lines += [(c.paragraphs[0], c) for c in item.children if c.paragraphs]
    for text, child in lines:
        form = match_form(_ITEM_MARKER.sub("", text.strip("*_ ")).strip("*_ "))
        m = ROW_FIELD.match(form)
        if m is None or not (m.group("lead") or m.group("executor")):
            continue  # "Phân công:", "Cơ quan chủ trì:", "Cơ quan thực hiện:": the row's doers
        value = form[m.end() :].strip("*_ ")
        if not value and child is not None:
            value = " ".join(" ".join(g.paragraphs) for g in child.children)
        return value
    return ""


def _led_by(step: str, leads: str) -> bool:
    """Each body `step` names as its doer is among `leads`."""
    names = analyze(step).leads
    if not names:
        return True
    among = fold_key(leads)
    return all(fold_key(n.name) in among for n in names)


def _name_like(text: str) -> bool:
    value = text.strip().rstrip(" .;")
    if not value[:1].isupper() or "(" in value or ":" in value:
        return False
    if find_deadlines(value, year=None, reference=None):
        return False
    parts = value.split(";")
    return all(len(p.split()) <= 14 and not analyze(p).actionable for p in parts)


def _own_work(child: Item) -> bool:
    """A numbered or lettered sub-item that is no field but work of its own: it names who does
    it ("2. Sở Tư pháp chủ trì xây dựng thể lệ …"). A dash point naming a body ("- MTTQ phối hợp
    với …") describes the row's work."""
    if child.marker is None or child.marker.kind is MarkerKind.BULLET:
        return False
    first = child.paragraphs[0] if child.paragraphs else ""
    if ROW_FIELD.match(match_form(first)) or label_kind(child) is not None:
        return False
    return bool(analyze(re.sub(r"^\S{1,6}[.)]\s+", "", first)).leads)


def _names_only(text: str) -> bool:
    value = text.strip().rstrip(" .;")
    if not value or len(value.split()) > 30 or "(" in value:
        return False  # "Sở Y tế (trước ngày 30/6/2025)": a body and its own date
    if find_deadlines(value, year=None, reference=None):
        return False
    parts = [p.strip() for p in value.split(";") if p.strip()]
    return all(split_assignees(p) and not analyze(p).leads for p in parts)


def _take_label(child: Item, row: Row, pieces: list[tuple[str, bool]]) -> None:
    kind = label_kind(child)
    values = [" ".join(g.paragraphs).strip() for g in child.children]
    if kind == "group" and any(_is_field(g) for g in child.children):
        # "b) Cơ quan thực hiện:" over "- Đơn vị chủ trì: …": its fields
        for g in child.children:
            if label_kind(g) in ("lead", "support", "time"):
                _take_label(g, row, pieces)
            else:
                pieces.append((" ".join(g.paragraphs), bool(g.children)))
    elif kind == "content":  # the work itself, its points included
        row.text.extend(" ".join(g.paragraphs) for g in walk(child.children))
    elif kind == "time":  # a timetable of steps, read as one text: due at its first step
        row.text.extend(values)
        row.fields.setdefault("time", []).append(" ".join(v.rstrip(" .;") + "." for v in values))
    elif kind is not None:  # "Cơ quan thực hiện" over bodies only: they carry out the row
        field_kind = "executor" if kind == "group" else kind
        row.fields.setdefault(field_kind, []).extend(v.rstrip(" .;") for v in values)


def _is_field(child: Item) -> bool:
    if not child.children:
        return ROW_FIELD.match(match_form(" ".join(child.paragraphs))) is not None
    return label_kind(child) is not None


def fields_of(texts: list[str]) -> Row:
    """The fields of field lines ("Đơn vị phối hợp: …", "Thời gian thực hiện: …") read alone."""
    row = Row()
    _take_pieces([(text, False) for text in texts], row)
    return row


# Who oversees a group of work ("Lãnh đạo phụ trách: Phó giám đốc Hoàng Văn Thuân", "Lãnh đạo Sở
# phụ trách:", "Lãnh đạo chỉ đạo:"): a line beside the lead's field naming a person who directs;
# no lead, no work, no part of the task's text
_OVERSEER = re.compile(
    r"^(?:lãnh đạo(?:\s+(?:sở|ban|phòng|đơn vị|ubnd))?\s+(?:phụ trách|chỉ đạo|theo dõi)"
    r"|người phụ trách|đồng chí phụ trách)\s*:"
)


def is_overseer(text: str) -> bool:
    """Is `text` an overseer line ("Lãnh đạo phụ trách: đồng chí Phó Giám đốc.")?"""
    return _OVERSEER.match(match_form(text.strip())) is not None


def _take_pieces(pieces: list[tuple[str, bool]], row: Row) -> None:
    for text, nested in pieces:
        if not nested and is_overseer(text):
            continue
        m = None if nested else ROW_FIELD.match(match_form(text))
        if m is None:
            row.text.append(text)
            continue
        kind = next(k for k, v in m.groupdict().items() if v)
        if kind == "executor" and "tham mưu" in m.group(kind):
            kind = "advisor"  # "Bộ phận tham mưu:": the doer only when no other is named
        value = text[m.end() :].strip()
        if kind == "lead" and m.group("lead").startswith("phân công"):
            if _SPLITS_ROLES.search(match_form(value)):
                row.text.append(text)  # "Phân công: Giám đốc Sở phụ trách chung, …": roles
                continue
            roles = analyze(value)
            if roles.leads:  # "Phân công: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ."
                row.fields.setdefault("lead", []).append(", ".join(a.name for a in roles.leads))
                row.fields.setdefault("support", []).extend(roles.support)
                continue
        if kind == "content":
            row.text.append(value)
        elif kind != "other":
            row.fields.setdefault(kind, []).append(value)
            if kind == "time":  # "Thời gian dự kiến: ngày 12/9/2026" stays in the row's text
                row.text.append(text.strip())


# "Phân công: Giám đốc Sở phụ trách chung, Phó Giám đốc phụ trách trực tiếp": who oversees what,
# not the row's lead
_SPLITS_ROLES = re.compile(r"(?<![^\W_])phụ trách(?![^\W_])")
_FIELD_DAY = re.compile(
    r"(?<![\d/])(?:ngày\s+)?(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(?:\d{4}|\d{2}))?"
    r"|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)(?![\d/])"
)
_FIELD_START_ONLY = re.compile(r"^(?:từ|bắt đầu|kể từ)\b(?!.*\b(?:đến|tới)\b)")


def _field_day(value: str, context: Context) -> list[DeadlineHit]:
    """A row's time field that names a day is due that day; a range, its last day; "Từ
    01/7/2025" alone is a start, no deadline."""
    low = match_form(value)
    if _FIELD_START_ONLY.match(low):
        return []
    days = list(_FIELD_DAY.finditer(low))
    if not days:
        return []
    last = days[-1]
    parsed = parse_date(last.group(1), context.year)
    if parsed is None:
        return []
    day, year_written = parsed
    return [
        DeadlineHit(
            kind=DeadlineKind.ON_DATE,
            deadline=day,
            phrase=value[last.start() : last.end()].strip(),
            recurrence=None,
            start=last.start(),
            end=last.end(),
            year_written=year_written,
        )
    ]


# A time field that names only years: the work is due by the end of the last one ("Trong năm
# 2024", "Năm 2023, 2024", "Năm 2025 - 2026"); "… hoàn thành trước năm 2025" by the end of the
# year before.
_FIELD_YEARS = re.compile(
    r"^(?:trong\s+|hoàn thành\s+(?:trong\s+)?)?(?:các\s+)?(?:năm\s+)?\d{4}"
    r"(?:\s*(?:,|và|[-–])\s*(?:năm\s+)?\d{4})*$"
)
_BEFORE_YEAR = re.compile(r"\btrước\s+năm\s+(\d{4})\b")


def _field_year(value: str, context: Context) -> list[DeadlineHit]:
    """The end of the years a time field names; what is in brackets qualifies them ("Năm 2025
    (đối với các xã đo đạc trước năm 2020)"), and a year before the document's is past."""
    low = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), match_form(value))
    low = low.rstrip(" .;")
    stripped = low.strip()
    before = _BEFORE_YEAR.search(low)
    if _FIELD_YEARS.match(stripped):
        year = int(re.findall(r"\d{4}", stripped)[-1])
        start = len(low) - len(low.lstrip())
        kind, end = DeadlineKind.PERIOD_END, len(low)
    elif before:
        year = int(before.group(1)) - 1
        kind, start, end = DeadlineKind.BEFORE_DATE, before.start(), before.end()
    else:
        return []
    if context.year is not None and year < context.year:
        return []
    return [
        DeadlineHit(
            kind=kind,
            deadline=date(year, 12, 31),
            phrase=value[start:end].strip(),
            recurrence=None,
            start=start,
            end=end,
            year_written=True,
        )
    ]


def _caps_title(text: str) -> bool:
    letters = [c for c in text[:300] if c.isalpha()]
    return len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _field_names(value: str) -> list[str]:
    """Bodies a field names: "Sở Khoa học và Công nghệ; Sở Tư pháp và các sở, ngành có liên
    quan." as a list, or the subjects of "Sở X tiến hành rà soát …; các sở, ngành … rà soát …"."""
    first = split_sentences(value)[0] if value else value
    named: list[str] = []
    for _, roles in glued_clauses(first):
        named.extend(a.name for a in roles.leads if not a.is_person)
    listed = split_assignees(first.rstrip(" .;"))
    if len(named) == 1 and listed and len(listed) == 1 and _cut_kind(named[0], listed[0].name):
        # "Cơ quan chủ trì: Hội đồng đánh giá tiếp cận pháp luật phường.": a council named by
        # its work, which the clause reader took for "Hội đồng" and a verb; a field holds names
        named = [listed[0].name]
    if not named:
        named = [n.name for n in listed] if listed else []
    if not named:  # a field holds names only: "Đơn vị phối hợp: Thư viện tỉnh."
        parts = (p.strip(" .") for p in first.split(";"))
        named = [p for p in parts if p and len(p.split()) <= 10]
    return list(dict.fromkeys(named))


def _cut_kind(clause_name: str, listed_name: str) -> bool:
    """ "Hội đồng" of "Hội đồng đánh giá …": a bare kind of body (one or two words) the whole
    value's name goes on from."""
    if len(clause_name.split()) > 2 or not listed_name.startswith(f"{clause_name} "):
        return False
    # "Công an chủ trì", "Văn phòng thực hiện": the rest is the field's own role, no name
    # ("Hội đồng phối hợp phổ biến, giáo dục pháp luật" is a council's name all the same)
    return _ROLE_ONLY.match(match_form(listed_name[len(clause_name) :])) is None


_ROLE_ONLY = re.compile(r"^\s*(?:chủ trì|phối hợp|thực hiện|tham mưu)(?:\s+thực hiện)?\s*$")


_SUPPORT_PART = re.compile(r"\s+phối hợp(?:\s+thực hiện)?\s*\.?$")


def field_time(values: list[str], context: Context) -> DeadlineHit | None:
    """The deadline the time fields `values` of a row name ("Quý IV năm 2025", "Thường
    xuyên", "Tháng 12/2025", "Năm 2025 - 2026"), or None."""
    hit: DeadlineHit | None = None
    for value in values:
        hits = find_deadlines(value, year=context.year, reference=context.reference)
        if not hits:  # "Thời gian thực hiện: Tháng 12/2025" is the month to finish in
            hits = find_deadlines(f"trong {value}", year=context.year, reference=context.reference)
        if not hits:  # "Thời gian dự kiến: ngày 12/9/2026 (thứ Bảy)", "từ ngày 11/9 đến ngày 20/9"
            hits = _field_day(value, context)
        if not hits:  # "Trong năm 2024", "Năm 2023, 2024", "… hoàn thành trước năm 2025"
            hits = _field_year(value, context)
        hit = pick_deadline([*hits, *([hit] if hit else [])])
    return hit


def row_task(item: Item, row: Row, lead_in: DeadlineHit | None, context: Context) -> ParsedTask:
    lead_values: list[str] = []
    support_values = list(row.fields.get("support", []))
    for value in row.fields["lead"]:
        # "Cơ quan thực hiện: Sở Khoa học và Công nghệ chủ trì; các sở, ngành phối hợp."
        parts = [p.strip() for p in re.split(r";", value) if p.strip()]
        kept = [p for p in parts if not _SUPPORT_PART.search(match_form(p))]
        support_values.extend(_SUPPORT_PART.sub("", p).strip() for p in parts if p not in kept)
        lead_values.append("; ".join(kept) if kept else value)
    leads = [n for value in lead_values for n in _field_names(value)]
    support = [n for value in support_values for n in _field_names(value)]
    hit = field_time(row.fields.get("time", []), context)
    if hit is None and "time" not in row.fields:
        hit = (
            pick_deadline(
                find_deadlines(" ".join(row.text), year=context.year, reference=context.reference)
            )
            or lead_in
        )
    text = re.sub(r"\s+", " ", " ".join(row.text)).strip()
    return ParsedTask(
        ref=item.ref,
        text=text,
        lead=tuple(dict.fromkeys(leads)),
        support=tuple(s for s in dict.fromkeys(support) if not same_leads([s], leads)),
        directing=(),
        deadline=hit.deadline if hit else None,
        deadline_kind=hit.kind if hit else DeadlineKind.NONE,
        deadline_phrase=hit.phrase if hit else None,
        recurrence=hit.recurrence if hit else None,
        criteria=tuple(find_criteria(text)),
    )


_TIME_FIELD = re.compile(r"^(?:thời gian|thời hạn)(?:\s+(?:thực hiện|tổ chức|triển khai))?\s*:")


def time_field(parent: Item, context: Context) -> DeadlineHit | None:
    """The end of a "Thời gian: từ … đến …" field among `parent`'s sub-items, for its points."""
    for sibling in parent.children:
        body = " ".join(sibling.paragraphs)
        low = match_form(re.sub(r"^\S{1,4}[.)]\s+", "", body))
        field = _TIME_FIELD.match(low)
        if field and not sibling.children:
            hits = _field_day(low[field.end() :], context)  # a range: its last day
            return hits[0] if hits else None
    return None
