"""A table of tasks (Nội dung | Đơn vị chủ trì | Phối hợp | Thời gian) rewritten as sentences.

Notices sometimes list their tasks in a table; the parser reads sentences, so each row becomes
"N. Giao <chủ trì> chủ trì, phối hợp với <phối hợp>: <nội dung>; thời hạn: <thời gian>."
Its header's columns are read in table_columns, its cells in table_cells and table_times, the
bodies headings name in table_headings; the text forms a reader writes a table in, table_layouts.
"""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.lexicon import WORK_VERBS
from notices.markers import find_marker
from notices.name_kinds import assignee_start
from notices.schedule_times import schedule_time
from notices.step_tables import step_table_rows
from notices.table_cells import CELL_DASH, STRONG, body_list, cell_points, cell_text, run_on
from notices.table_columns import (
    COLUMNS,
    duty_header,
    header_key,
    is_task_header,
    spanned_content,
    task_columns,
    title_row,
    unit_column,
)
from notices.table_doers import doer_columns, people_cell
from notices.table_headings import group_body, heading_body
from notices.table_times import TIME_WORD, due_cell, time_cell
from notices.text import fold_key
from notices.unit_deadline_tables import unit_deadline_rows


def task_table_rows(
    rows: list[list[str]], *, repeats_spans: bool = False, heading: str = "", units: bool = True
) -> list[str] | None:
    """Sentences for a table whose header names at least a content and a lead column, or a
    content and a time column and no lead column when a body is named for its rows (see
    unit_table_rows).

    `repeats_spans`: the reader writes a merged cell's text into every row it spans (python-docx),
    so an empty cell is empty and shares nothing with the row above. `heading`: the paragraph
    just above the table. `units`: False in a document that gives no work (a report sent up, an
    invitation, a schedule: see gives_no_work), whose tables without a lead column stay tables."""
    if units and (steps := step_table_rows(rows)) is not None:
        return steps  # a procedure's steps its own units do (notices.step_tables)
    unit_rows, above = rows, heading
    if len(rows) > 2 and title_row(rows[0]) and heading_body(next(filter(None, rows[0]))):
        # "| 2. Thanh tra Sở (5 nhiệm vụ) |" spanning the table above its header
        unit_rows, above = rows[1:], next(filter(None, rows[0]))
    header = unit_rows[0] if unit_rows else []
    columns = task_columns(header, need_lead=False) if header else None
    if units and columns is not None and "lead" not in columns and not title_row(header):
        unit = unit_table_rows(unit_rows, columns, above)
        if unit is not None:
            return unit
    if units and header and not title_row(header) and (columns is None or "lead" not in columns):
        # (a table with a lead column reads through it below: the lead is that column's body)
        timed = timetable_rows(unit_rows) or unit_deadline_rows(unit_rows)
        if timed is not None:
            return timed
    # The header is the first row, or follows a title row or two the table opens with
    # ("| DANH MỤC NHIỆM VỤ … |", "| (Kèm theo Quyết định số …) |"): then every row above it is
    # a title and it names nothing but columns (a data row that says "chủ trì" is no header).
    people = False  # a doer column that may name teachers (table_doers)
    for start, header_row in enumerate(rows[:3]):
        columns = task_columns(header_row) if not start or is_task_header(header_row) else None
        if columns is None and not start and units:
            columns = doer_columns(rows, heading)  # "Phụ trách", "Đơn vị/người thực hiện"
            people = columns is not None
        if columns is not None:
            rows = rows[start:]
            break
        if not title_row(header_row):
            return None
    else:
        return None
    if len(rows) < 2:
        return None
    columns = spanned_content(rows, columns)  # "Tên luật" over "Tên văn bản" and its body
    out: list[str] = []
    width = len(rows[0])
    previous_deadline = ""
    numbered = False  # the row above has a number or continues a row that has one
    group = ""  # the body a group heading row names ("| PHÒNG TÀI CHÍNH |  |  |")
    group_lead = False  # a row under the group's heading has filled its own lead cell
    # A row that leaves its lead cell empty below one that filled it, under the same heading: the
    # lead cell is merged down, so the headings name what the rows are about ("| UBND XÃ AN
    # BÌNH |" over a schedule of inspections), not who does them.
    merged_leads = False
    from_heading: list[int] = []  # the sentences whose lead is their heading's body
    for position, row in enumerate(rows[1:], start=1):
        named = group_body(row)
        if named is not None:
            group, group_lead, numbered = named, False, False
            continue
        if title_row(row) or _TOTAL_ROW.match(fold_key(next(filter(None, row), ""))):
            group = ""  # a topic heading ("| NHIỆM VỤ CHUNG |") or a total ends the body's rows
        if title_row(row) and _merged_heading(row):
            # "| III Đầu tư xây dựng … |" merged across the row, its text repeated in every cell
            # (a Word file): a section heading, its text no one's content nor lead
            numbered = False
            continue
        shifted = _sub_row(row, width, columns)
        if shifted:  # the cells of the number column (and of the time column) span from above
            row = ["", *row]
        values = {name: cell_text(row, index) for name, index in columns.items()}
        if not values.get("deadline") and values.get("start"):
            values["deadline"] = values["start"]  # "Thời gian: Bắt đầu" filled, "Hoàn thành" not
        for name in ("lead", "support"):
            if name in columns:
                values[name] = body_list(row, columns[name])
        if people:  # teachers by initial ("C. Ý", "T.Thọ"), one a line: a list of people
            values["lead"] = body_list([people_cell(cell) for cell in row], columns["lead"])
        # A row whose number cell is empty (shifted in, or left empty by a Markdown table) under
        # a numbered row continues it: an empty time cell is the row's merged one. A reader that
        # repeats merged cells leaves nothing to share; a group heading (content, no lead) ends
        # the numbered row's span.
        continues = "number" in values and not values["number"] and numbered
        if continues and not values.get("deadline") and (shifted or not repeats_spans):
            values["deadline"] = previous_deadline
        content, lead = values["content"], values["lead"]
        numbered = (bool(values.get("number")) or continues) and not (content and not lead)
        previous_deadline = values.get("deadline", "")
        if content and group and values.get("number"):
            if lead:
                group_lead = True
            elif group_lead:
                merged_leads = True
            else:
                lead = group  # a numbered row under a body's heading, its own lead cell empty
                from_heading.append(len(out))
        if not content or not lead:
            continue
        number = values.get("number", "")
        marker = row_marker(number, position)
        support = values.get("support", "").replace(";", ",")  # one list, not two clauses
        sentence = f"{marker} Giao {lead} chủ trì"
        sentence += f", phối hợp với {support}" if support else ""
        # not a note's "Hằng năm"; not a step's duration ("≤ 20 ngày làm việc")
        deadline = due_cell(schedule_time(values.get("deadline", "")), content)
        deadline = "" if _DONE.match(fold_key(deadline)) else deadline  # "Đã ban hành (QĐ …)"
        if people:  # a school plan's short rows read on ("Trao bằng | BCN các khoa …")
            names = ("number", "support", "deadline", "start")
            skip = {columns[name] for name in names if name in columns}
            content = run_on(content, row, columns["content"], skip)
        if _ONE_DASH_ITEM.match(content) and not _MORE_DASH_ITEMS.search(content, 2):
            content = _ONE_DASH_ITEM.sub("", content)  # "- Ban hành quy định …": its one item
        sentence += f": {content[:1].lower()}{content[1:]}"
        sentence += f"; thời hạn: {deadline}." if deadline else "."
        out.append(sentence)
    if merged_leads:
        out = [sentence for index, sentence in enumerate(out) if index not in from_heading]
    return out or None


def _merged_heading(row: list[str]) -> bool:
    """A row whose one short text Word repeats in each cell it spans: a heading, not a row of
    work (a long merged text may hold a whole row's cells run together)."""
    filled = [cell for cell in row if cell.strip()]
    if len(filled) < 2 or len(filled[0].split()) > 20:
        return False
    text = " ".join(filled[0].split())
    if _HEADING_MARK.match(text) or text.upper() == text:
        return True  # "II Đầu tư xây dựng …", "PHÒNG TÀI CHÍNH": a section's heading
    # "| UBND các xã báo cáo kết quả … trước ngày 30/6/2026 |": a body, a date, a sentence: work
    return not (
        _ROW_DATE.search(text) or text.endswith(".") or assignee_start(text, text.lower(), 0)
    )


# A content cell written as one dash item ("- Ban hành quy định che chắn công trường"); a cell
# of several ("- Rà soát …; - Kiểm tra …") keeps its dashes
_ONE_DASH_ITEM = re.compile(r"^[-–—•]\s+(?=[^\W\d_])")
_MORE_DASH_ITEMS = re.compile(r"(?:^|[.;:]|\s)[-–—•+]\s+(?=[^\W\d_])")
_HEADING_MARK = re.compile(r"^(?:[IVXLC]{1,6}|[A-Z]|\d{1,2})[.)]?\s")
_ROW_DATE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:trước|hạn|ngày|tháng|quý)\b")


def unit_table_rows(
    rows: list[list[str]], columns: dict[str, int], heading: str
) -> list[str] | None:
    """A work programme's table of one unit's tasks: a content and a time column and no lead
    column ("TT | Nhiệm vụ | Chỉ tiêu | Thời gian hoàn thành"), under a heading that names the
    unit ("1. Phòng Kế hoạch (6 nhiệm vụ):" just above the table) or with heading rows that
    name one ("| PHÒNG TÀI CHÍNH |"). Each row is a task of that unit, whatever its wording
    ("Quản trị trang thông tin …"): a sentence that names it ("- Giao <đơn vị> chủ trì: <nội
    dung>; thời hạn: <thời gian>.", a dash point under the paragraph heading). A column beside
    the work (a target) is left out. None when no body is named, or the header is no task
    header (see duty_header: an agenda, a schedule, a list of documents or of work done)."""
    if "deadline" not in columns:
        return None
    unit_index = unit_column(rows, columns)
    if unit_index is None and not duty_header(rows, columns):
        return None
    above = heading_body(heading) or ""
    out: list[str] = []
    group = ""
    for position, row in enumerate(rows[1:], start=1):
        heading_row = _unit_heading_row(row, columns)
        if heading_row is not None:
            group = heading_row
            continue
        if _topic_row(row, columns) or _TOTAL_ROW.match(fold_key(next(filter(None, row), ""))):
            group = ""  # "| I. NHIỆM VỤ CHUNG |": a topic, no body; a total ends the rows
            continue
        if unit_index is not None:
            group = body_list(row, unit_index) or group  # empty: the unit cell spans down
            out.extend(_unit_points(row, columns, group))
            continue
        content = CELL_DASH.sub("", cell_text(row, columns["content"]))
        if not content or not (group or above):
            continue
        work = _work(content, cell_text(row, columns["deadline"]))
        if group:
            number = cell_text(row, columns["number"]) if "number" in columns else ""
            marker = row_marker(number, position)
            out.append(f"{marker} Giao {group} {work}")
        else:
            out.append(f"- Giao {above} {work}")
    return out or None


# A timetable's columns: its number ("STT"), its date ("Ngày", "Thời gian", "Thời hạn") and the
# work done by then ("Công việc", "Nội dung công việc", "Nhiệm vụ"). A plain "Nội dung" is an
# agenda's or a programme's; a column of attendees or places ("Thành phần", "Địa điểm") or of lead
# bodies makes a schedule of events or a task table, never a timetable of work.
_TIMETABLE_DATE = re.compile(r"^(?:ngay|ngay thang|thoi gian|thoi han|thoi diem|han)$")
_TIMETABLE_WORK = re.compile(r"^(?:cong viec|noi dung cong viec|nhiem vu)$")
_SCHEDULE_COLUMN = re.compile(
    r"thanh phan|dia diem|chu tri|phoi hop|thuc hien|du kien|ghi chu|lanh dao|tiep cong dan"
)
# a day and month ("24/03/2014", "15/5"), never a month and year ("Tháng 6/2024")
_DATE_FIGURE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?(?![\d/])")


def timetable_rows(rows: list[list[str]]) -> list[str] | None:
    """A notice's timetable ("STT | Ngày | Công việc") whose every row says who does what on a
    date ("| 1 | 24/03/2014 | P.ĐTĐH gửi danh sách … về Khoa. |"): one dated sentence per row
    ("1. P.ĐTĐH gửi danh sách … về Khoa; thời hạn: 24/03/2014."). A range of days ("31/03/2014
    – 04/04/2014") is due at its end. None when a row names no doer of its own (an agenda or a
    schedule of events: what happens when), or a date cell holds no date."""
    if len(rows) < 3:
        return None
    keys = [header_key(cell) for cell in rows[0]]
    date_at = next((i for i, key in enumerate(keys) if _TIMETABLE_DATE.match(key)), None)
    work_at = next((i for i, key in enumerate(keys) if _TIMETABLE_WORK.match(key)), None)
    if date_at is None or work_at is None or date_at == work_at:
        return None
    if any(_SCHEDULE_COLUMN.search(key) for key in keys):
        return None
    number_at = next((i for i, key in enumerate(keys) if COLUMNS["number"].match(key)), None)
    out: list[str] = []
    for position, row in enumerate(rows[1:], start=1):
        content, when = cell_text(row, work_at), cell_text(row, date_at)
        dates = _DATE_FIGURE.findall(when)
        lead = analyze(content).leads if content else []
        if not content or not dates or not lead:
            return None
        if assignee_start(content, content.lower(), 0) is None:
            return None  # the doer opens the row ("Khoa nhận hồ sơ …"), not an event's name
        number = cell_text(row, number_at) if number_at is not None else ""
        marker = row_marker(number, position)
        before = "trước " if when.lower().startswith("trước") else ""
        out.append(f"{marker} {content}; thời hạn: {before}ngày {dates[-1]}.")
    return out


# A status in the time column ("Đã ban hành (Quyết định số 12/QĐ-…)"): done, no time limit.
_DONE = re.compile(r"da (?:ban hanh|hoan thanh|thuc hien|trinh)\b")


def _work(content: str, time: str) -> str:
    """ "chủ trì: <nội dung>; thời hạn: <thời gian>." for a row of a unit's table."""
    deadline = time_cell(time)
    key = fold_key(deadline)
    timed = deadline and TIME_WORD.search(key) and not _DONE.match(key)
    tail = f"; thời hạn: {deadline}." if timed else "."
    if fold_key(content).startswith("chu tri "):
        return f"chủ trì {content.split(None, 2)[2]}{tail}"  # "Chủ trì thực hiện …"
    if fold_key(content).startswith("chu tri,"):
        return f"chủ trì{content[7:]}{tail}"  # "Chủ trì, phối hợp với …"
    return f"chủ trì: {_lower_first(content)}{tail}"


def row_marker(number: str, position: int) -> str:
    """A row's item marker: its own number, else its place in the table. An item number has at
    most two digits (markers._MARKER), so a long table's rows past 99 (numbered "100" or not)
    count on from 1 rather than run into the row before ("… Quý I năm 2026. 100. Giao …")."""
    place = int(number) if number.isdigit() else position
    return f"{(place - 1) % 99 + 1}."


def _lower_first(text: str) -> str:
    """The row's text in a sentence: its first letter small, unless its first word is an
    acronym ("UBND tỉnh …") or a name's ("Cổng TTĐT …", "Quy chế Làm việc")."""
    words = text.split(None, 2)
    if not words or words[0][1:2].isupper() or (len(words) > 1 and words[1][:1].isupper()):
        return text
    return text[:1].lower() + text[1:]


def _topic_row(row: list[str], columns: dict[str, int]) -> bool:
    """A row that heads a topic, not a task: one text across the row in its first cell ("| I.
    NHIỆM VỤ CHUNG |"), or in a table with no number column a text in capitals or after a group
    number; or a group number and a text with no time ("| I | Phòng, chống tham nhũng | |").
    A task whose time cell is empty ("| Tổng hợp báo cáo hằng tháng | |") is none."""
    texts = [" ".join(cell.split()) for cell in row]
    filled = [text for text in texts if text]
    if not filled:
        return False
    number = columns.get("number")
    if len(set(filled)) == 1 and _topic_phrase(row, columns):
        return True  # "| | Lĩnh vực cải cách hành chính | |": a short noun phrase, no time
    if len(set(filled)) == 1:
        if number is not None or len(filled) > 1:
            return bool(texts[0])
        text = filled[0]
        return text.isupper() or bool(_GROUP_MARKER.match(text))
    if number is None or number >= len(texts) or not _GROUP_NUMBER.match(texts[number]):
        return False
    return not cell_text(row, columns["deadline"])


_GROUP_MARKER = re.compile(r"^(?:[IVX]{1,4}|[A-ZĐ])[.)]\s")
_OPENING_VERBS = frozenset(WORK_VERBS)


def _topic_phrase(row: list[str], columns: dict[str, int]) -> bool:
    """The content cell alone filled, with a short noun phrase that opens with no work verb
    ("Lĩnh vực thi đua, khen thưởng"); a task with no time opens with one ("Tổng hợp …")."""
    index = columns["content"]
    text = " ".join(cell_text(row, index).split()).strip(" .:;")
    others = [cell for position, cell in enumerate(row) if position != index and cell.strip()]
    words = text.lower().split()
    if others or not words or len(words) > 8 or "." in text or ";" in text:
        return False
    return not any(" ".join(words[:size]) in _OPENING_VERBS for size in (1, 2, 3))


def after_unit_rows(rows: list[str], paragraph: str) -> str:
    """The paragraph right after a unit's table, as its own point: the table's rows are dash
    points ("- Giao <đơn vị> chủ trì: …"), and an unnumbered paragraph would go on with the last
    of them ("Giao Thanh tra Sở chủ trì kiểm tra …" is a task of its own). A sentence with no
    marker gets a dash; a heading, a marked paragraph, a short line (a signature) stays."""
    text = " ".join(paragraph.split())
    if not rows or not rows[-1].startswith("- Giao ") or not text or text.startswith("|"):
        return paragraph
    if find_marker(text) is not None or heading_body(text) or len(text.split()) < 6:
        return paragraph
    if not text[:1].isupper() or text.isupper():
        return paragraph
    return f"- {paragraph.lstrip()}"


def copy_line(out: list[str], last: list[str], line: str) -> list[str]:
    """Copies a line that is no table row into `out`, a paragraph right after the rows a table
    gave as their own point (after_unit_rows); returns the rows still just written (none once a
    paragraph follows them)."""
    if line.strip():
        out.append(after_unit_rows(last, line))
        return []
    out.append(line)
    return last


# A document that gives no work, whose tables list what was done, who is invited or what
# happens when: a report sent up ("BÁO CÁO", "Số: 12/BC-…"), an invitation ("GIẤY MỜI",
# "…/GM-…"), a schedule ("LỊCH CÔNG TÁC TUẦN", "…/LCT-…").
_NO_WORK_TITLE = re.compile(r"^(?:bao cao|giay moi|lich (?:cong tac|lam viec|truc|tiep)\b.*)$")
_NO_WORK_NUMBER = re.compile(r"^so\s*:?\s*\S*/\s*(?:bc|gm|lct)\b")


def gives_no_work(lines: list[str]) -> bool:
    """Whether a document's opening lines say it gives no work: its title line, in capitals
    ("BÁO CÁO", "LỊCH CÔNG TÁC TUẦN"), or its own number line ("Số: 12/BC-UBND"). A sentence
    ("Lịch làm việc của Ban Chỉ đạo …") or a cited number ("số 12/BC-UBND ngày … của …", a
    citation wrapped onto a line of its own) says nothing of the document."""
    seen = 0
    for line in lines:
        text = STRONG.sub("", " ".join(line.split())).strip(" *_#")
        key = fold_key(text)
        if not key:
            continue
        if text.isupper() and _NO_WORK_TITLE.match(key):
            return True
        own_number = text.startswith("Số") and (":" in text[:5] or " của " not in text)
        if own_number and _NO_WORK_NUMBER.match(key):
            return True
        seen += 1
        if seen >= 20:
            break
    return False


def _unit_heading_row(row: list[str], columns: dict[str, int]) -> str | None:
    """A row that names the unit of the rows below it: one text across the row ("| PHÒNG TƯ
    PHÁP |", "| 2. Thanh tra Sở (5 nhiệm vụ) |"), or a marker in the number column and the
    unit in the content column, the other cells empty ("| II | Văn phòng Sở | |")."""
    texts = [" ".join(cell.split()) for cell in row]
    filled = {text for text in texts if text}
    if len(filled) == 1:
        return heading_body(filled.pop()) if texts[0] else None
    number, content = columns.get("number"), columns["content"]
    if number is None or len(filled) != 2 or content >= len(texts) or number >= len(texts):
        return None
    if not _GROUP_NUMBER.match(texts[number]) or not texts[content]:
        return None  # "| 2 | Thanh tra công vụ | |": a task whose time cell is empty
    return heading_body(texts[content])


# The number of a group of rows: a Roman numeral or a capital letter ("II", "B."); a task's is
# an Arabic one.
_GROUP_NUMBER = re.compile(r"^(?:[IVX]{1,4}|[A-ZĐ])[.)]?$")


def _unit_points(row: list[str], columns: dict[str, int], unit: str) -> list[str]:
    """A row that gives a unit its work: each point of the work cell (one a line, or dash
    points) is a task of the unit; a time cell with as many points dates each, else all."""
    index = columns["content"]
    points = cell_points(row[index] if index < len(row) else "")
    if not unit or not points:
        return []
    index = columns["deadline"]
    times = cell_points(row[index] if index < len(row) else "")
    out: list[str] = []
    for number, point in enumerate(points):
        deadline = times[number] if len(times) == len(points) else " ".join(times)
        out.append(f"- Giao {unit} {_work(point, deadline)}")
    return out


# A row of totals ("| Tổng cộng | | 120 |", "| Cộng |"), not a body's row.
_TOTAL_ROW = re.compile(r"^(?:tong cong|tong so|tong|cong)(?:\s*\([^()]*\))?[\s:.]*$")


def _sub_row(row: list[str], width: int, columns: dict[str, int]) -> bool:
    """A row of a merged-cell table with no number cell: fewer cells than the header, the
    first reads as content (several words, not a number token such as "1", "1)", "(2)", "1a",
    "II", "A."), the table's first column its number column, and the cell that shifting moves
    under the lead column names a body. Word and the scrapes leave out the cells that span it
    from the row above (the number, often the time), so its cells start at the content column:
    an assignment of its own under that row."""
    if columns.get("number") != 0 or columns.get("content") != 1 or len(row) >= width:
        return False
    first = " ".join(row[0].split()) if row else ""
    if len(row) < 2 or len(first.split()) < 2:
        return False
    lead_index = columns.get("lead", 0) - 1
    lead = row[lead_index].split("\n")[0].strip() if 0 <= lead_index < len(row) else ""
    return assignee_start(lead, lead.lower(), 0) is not None


# What task_table_rows() writes for a row: "3. Giao Ban Quản lý … chủ trì, phối hợp với …: …".
ROW_SENTENCE = re.compile(r"^\d{1,3}\. Giao \S.{0,300}? chủ trì[,:]")
