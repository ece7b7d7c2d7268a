"""A table of tasks (Nội dung | Đơn vị chủ trì | Phối hợp | Thời gian) rewritten as sentences.

Notices sometimes list their tasks in a table; the parser reads sentences, so each row becomes
"N. Giao <chủ trì> chủ trì, phối hợp với <phối hợp>: <nội dung>; thời hạn: <thời gian>."
"""

from __future__ import annotations

import itertools
import re

from notices.assignees import analyze
from notices.lexicon import WORK_VERBS
from notices.markers import find_marker
from notices.name_kinds import assignee_start
from notices.text import fold_key

_COLUMNS = {
    "number": re.compile(r"^(?:stt|tt|so tt|so thu tu)$"),
    "content": re.compile(r"noi dung|nhiem vu|cong viec|viec duoc giao|ten"),
    # "đầu mối" names a lead column only with a body ("Đơn vị đầu mối", "Cơ quan/Cá nhân đầu
    # mối"): a "Cán bộ đầu mối" column names people to call.
    "lead": re.compile(
        r"chu tri|chu cong|(?:don vi|co quan)\b.{0,20}\bdau moi|don vi thuc hien|co quan thuc hien"
        r"|don vi chiu trach nhiem"
    ),
    "support": re.compile(r"phoi hop"),
    "deadline": re.compile(r"thoi gian|thoi han|tien do|han hoan thanh|^tg\b"),
}


_RANGE_TO = re.compile(r"\s*(?:-|–|—|đến)\s*(?=(?:[Qq]uý|[Tt]háng|[Nn]ăm|[Nn]gày)\s)")


# A time cell that is a year or a span of years and nothing more ("2026", "Năm 2025 - 2026",
# "2025-2030"): done by the end of its last year. A span that goes on ("2026-2030 và những năm
# tiếp theo") is not one.
_YEAR_RANGE = re.compile(
    r"^(?:[Nn]ăm\s+)?(?:(?:19|20)\d\d\s*(?:-|–|—|đến)\s*)?((?:19|20)\d\d)\.?$"
)


def _cell(row: list[str], index: int) -> str:
    value = row[index] if index < len(row) else ""
    return " ".join(value.split()).strip(" .;")


# A paragraph that leaves its name unfinished: it ends on a joining word ("Sở Khoa học và"), or on
# a head noun that still needs its own name ("Ủy ban nhân dân", "Ban Quản lý", "Ban Chỉ huy").
_OPEN_END = re.compile(
    r"(?:\s(?:va|voi|cua|thuoc|tai)|[-–&,]|\b(?:nhan dan|quan ly|chi huy|chi dao|thuong truc"
    r"|thuong vu|dieu hanh|hoi dong|uy ban|ban|so|phong|van phong|trung tam|cong an|mat tran))$"
)


def _starts_body(part: str) -> bool:
    return assignee_start(part, part.lower(), 0) in ("org", "group")


def _body_list(row: list[str], index: int) -> str:
    """A lead or partner cell whose bodies stand one a paragraph (a Word cell: "Sở Tài chính" /
    "Sở Nội vụ"): one list, a comma between them. A paragraph goes on the name above it unless
    it opens a body of its own ("Sở …", "UBND …", "các xã") after a name that is complete: a
    wrapped name ("Ban Quản lý" / "Khu kinh tế tỉnh", "Ủy ban nhân dân" / "Thành phố …") is one."""
    value = row[index] if index < len(row) else ""
    parts = [" ".join(part.split()) for part in value.split("\n")]
    parts = [body for part in parts for body in _slash_bodies(part)]
    out = ""
    for part in filter(None, parts):
        if out and not out.endswith((",", ";")) and _starts_body(part):
            out += " " if _OPEN_END.search(fold_key(out)) else ", "
        elif out:
            out += " "
        out += part
    return out.strip(" .;")


# "UBND địa phương/Sở Du lịch": two bodies share the cell, either of them leading ("Khoa/CTĐT",
# one word before the slash, is one unit's two names).
_SLASH = re.compile(r"\s*/\s*")


# "Văn phòng HĐND/UBND tỉnh": an office named by an abbreviation alone shares its head and its
# place with the piece after the slash, one office of two councils.
_SHARED_HEAD = re.compile(r"^Văn phòng\s+[A-ZĐ&]{2,}$")


def _slash_bodies(part: str) -> list[str]:
    pieces = _SLASH.split(part)
    if len(pieces) < 2 or any(len(piece.split()) < 2 for piece in pieces[:-1]):
        return [part]
    if any(_SHARED_HEAD.match(piece) for piece in pieces[:-1]):
        return [part]
    if any(later.startswith(first) for first, later in itertools.pairwise(pieces)):
        return [part]  # "Phòng Kinh tế/Phòng Kinh tế - Hạ tầng": one body's two names
    if not all(_starts_body(piece) for piece in pieces[1:]):
        return [part]
    return [f"{piece}," for piece in pieces[:-1]] + pieces[-1:]


def _header_columns(row: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, header in enumerate(row):
        key = fold_key(header)
        for name, pattern in _COLUMNS.items():
            if name not in columns and pattern.search(key):
                columns[name] = index
                break
    return columns


def _title_row(row: list[str]) -> bool:
    """A row that spans the table with one text ("| DANH MỤC NHIỆM VỤ … | | |", or the one cell
    Word repeats across a merged row)."""
    return len({" ".join(cell.split()) for cell in row} - {""}) == 1


# A content column that names places or units ("Tên thôn", "Tên đơn vị"): a list of who, not of
# work. A count ("Số hộ nghèo", "Số lượng") or money column ("Dự toán kinh phí") with no time
# column: a table of figures, not of tasks.
_WHO_CONTENT = re.compile(
    r"^ten (?:thon|ap|xa|phuong|huyen|tinh|to dan pho|khu pho|don vi|co quan|to chuc|dia phuong"
    r"|doanh nghiep|truong|co so)\b"
)
# A catalogue of procedures ("Mã số | Tên thủ tục hành chính | Cơ quan thực hiện"): each row
# names a procedure and the body that handles it, not work given to that body. ("Tên văn bản cần
# rà soát | Cơ quan chủ trì" is work on each text: a task table.)
_CATALOGUE = re.compile(r"^\W*(?:ten (?:thu tuc|tthc)|ma (?:so|thu tuc|tthc|ho so))\b")
_FIGURE_COLUMN = re.compile(r"^(?:so |so$|du toan|kinh phi|tong kinh phi|muc chi|thanh tien)")
# A time column that dates what was done ("Thời gian ban hành", "Ngày hiệu lực"): no deadline.
# So does the time a report or paper came in or went out ("Thời gian nhận", "Ngày gửi", "Thời
# gian báo cáo đã gửi") or figures were brought up to date ("Thời gian cập nhật").
_PAST_TIME = re.compile(
    r"ban hanh|hieu luc|\bda (?:thuc hien|hoan thanh|nhan|gui|bao cao|nop|tiep nhan)"
    r"|(?:thoi gian|ngay) (?:nhan|gui|tiep nhan|nop|cap nhat)\b"
)
# A content column that names the work ("Nội dung …", "Tên nhiệm vụ", "Việc được giao"), not
# only a thing's name ("Tên báo cáo").
_WORK_CONTENT = re.compile(r"noi dung|nhiem vu|cong viec|viec duoc giao")
_FOCAL_LEAD = re.compile(r"\bdau moi\b")


def _task_columns(header: list[str], *, need_lead: bool = True) -> dict[str, int] | None:
    columns = _header_columns(header)
    if "content" not in columns or ("lead" not in columns and need_lead):
        return None
    keys = [fold_key(" ".join(cell.split())) for cell in header]
    if _WHO_CONTENT.match(keys[columns["content"]]) or any(_CATALOGUE.match(k) for k in keys):
        return None
    if "deadline" in columns and _PAST_TIME.search(keys[columns["deadline"]]):
        del columns["deadline"]
    if "deadline" not in columns and any(_FIGURE_COLUMN.match(key) for key in keys):
        return None
    if "lead" not in columns:
        return columns
    if _FOCAL_LEAD.search(keys[columns["lead"]]) and not _WORK_CONTENT.search(
        keys[columns["content"]]
    ):
        return None  # "Tên báo cáo | Đơn vị đầu mối | Thời gian nhận": a register, not tasks
    return columns


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
    unit_rows, above = rows, heading
    if len(rows) > 2 and _title_row(rows[0]) and heading_body(next(filter(None, rows[0]))):
        # "| 2. Thanh tra Sở (5 nhiệm vụ) |" spanning the table above its header
        unit_rows, above = rows[1:], next(filter(None, rows[0]))
    header = unit_rows[0] if unit_rows else []
    columns = _task_columns(header, need_lead=False) if header else None
    if units and columns is not None and "lead" not in columns and not _title_row(header):
        unit = unit_table_rows(unit_rows, columns, above)
        if unit is not None:
            return unit
    if units and header and not _title_row(header) and (columns is None or "lead" not in columns):
        # (a table with a lead column reads through it below: the lead is that column's body)
        timed = timetable_rows(unit_rows)
        if timed is not None:
            return timed
    # The header is the first row, or follows a title row or two the table opens with
    # ("| DANH MỤC NHIỆM VỤ … |", "| (Kèm theo Quyết định số …) |"): then every row above it is
    # a title and it names nothing but columns (a data row that says "chủ trì" is no header).
    for start, header_row in enumerate(rows[:3]):
        columns = _task_columns(header_row) if not start or _is_task_header(header_row) else None
        if columns is not None:
            rows = rows[start:]
            break
        if not _title_row(header_row):
            return None
    else:
        return None
    if len(rows) < 2:
        return None
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
        named = _group_body(row)
        if named is not None:
            group, group_lead, numbered = named, False, False
            continue
        if _title_row(row) or _TOTAL_ROW.match(fold_key(next(filter(None, row), ""))):
            group = ""  # a topic heading ("| NHIỆM VỤ CHUNG |") or a total ends the body's rows
        shifted = _sub_row(row, width, columns)
        if shifted:  # the cells of the number column (and of the time column) span from above
            row = ["", *row]
        values = {name: _cell(row, index) for name, index in columns.items()}
        for name in ("lead", "support"):
            if name in columns:
                values[name] = _body_list(row, columns[name])
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
        marker = f"{number}." if number.isdigit() else f"{position}."
        support = values.get("support", "").replace(";", ",")  # one list, not two clauses
        sentence = f"{marker} Giao {lead} chủ trì"
        sentence += f", phối hợp với {support}" if support else ""
        sentence += f": {content[:1].lower()}{content[1:]}"
        deadline = _due_cell(values.get("deadline", ""), content)
        sentence += f"; thời hạn: {deadline}." if deadline else "."
        out.append(sentence)
    if merged_leads:
        out = [sentence for index, sentence in enumerate(out) if index not in from_heading]
    return out or None


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
    header (see _duty_header: an agenda, a schedule, a list of documents or of work done)."""
    if "deadline" not in columns:
        return None
    unit_index = _unit_column(rows, columns)
    if unit_index is None and not _duty_header(rows, columns):
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
            group = _body_list(row, unit_index) or group  # empty: the unit cell spans down
            out.extend(_unit_points(row, columns, group))
            continue
        content = _CELL_DASH.sub("", _cell(row, columns["content"]))
        if not content or not (group or above):
            continue
        work = _work(content, _cell(row, columns["deadline"]))
        if group:
            number = _cell(row, columns["number"]) if "number" in columns else ""
            marker = f"{number}." if number.isdigit() else f"{position}."
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
    keys = [_header_key(cell) for cell in rows[0]]
    date_at = next((i for i, key in enumerate(keys) if _TIMETABLE_DATE.match(key)), None)
    work_at = next((i for i, key in enumerate(keys) if _TIMETABLE_WORK.match(key)), None)
    if date_at is None or work_at is None or date_at == work_at:
        return None
    if any(_SCHEDULE_COLUMN.search(key) for key in keys):
        return None
    number_at = next((i for i, key in enumerate(keys) if _COLUMNS["number"].match(key)), None)
    out: list[str] = []
    for position, row in enumerate(rows[1:], start=1):
        content, when = _cell(row, work_at), _cell(row, date_at)
        dates = _DATE_FIGURE.findall(when)
        lead = analyze(content).leads if content else []
        if not content or not dates or not lead:
            return None
        if assignee_start(content, content.lower(), 0) is None:
            return None  # the doer opens the row ("Khoa nhận hồ sơ …"), not an event's name
        number = _cell(row, number_at) if number_at is not None else ""
        marker = f"{number}." if number.isdigit() else f"{position}."
        before = "trước " if when.lower().startswith("trước") else ""
        out.append(f"{marker} {content}; thời hạn: {before}ngày {dates[-1]}.")
    return out


# A content header that names duties ("Nhiệm vụ", "Nội dung công việc", "Các nhiệm vụ trọng
# tâm", "Tên nhiệm vụ"), and a time header that names when they are due ("Thời gian hoàn thành",
# "Thời hạn", "Tiến độ"): a plain "Nội dung" with a plain "Thời gian" is an agenda or a
# schedule (what happens when).
_DUTY_CONTENT = re.compile(
    r"^(?:cac |ten )?(?:nhiem vu|cong viec|viec duoc giao|noi dung (?:cong viec|nhiem vu))\b"
)
# "Nội dung", "Nội dung thực hiện" with a time to finish or to do it by ("Thời gian thực hiện").
_PLAIN_CONTENT = re.compile(r"^noi dung(?: thuc hien| trien khai)?$")
# "Tên đề án, nhiệm vụ | Cấp trình | Thời gian trình": schemes each body drafts and submits by a
# time (a list of documents passed, "Thời gian thông qua", is none).
_SCHEME_CONTENT = re.compile(r"^(?:cac |ten )?de an\b")
_SUBMIT_TIME = re.compile(r"^(?:thoi gian|thoi han) trinh\b")
_DUE_TIME = re.compile(r"hoan thanh|thoi han|tien do|^han\b|^thoi gian thuc hien$")
# A column that says how the work went ("Kết quả", "Kết quả thực hiện", "Tình hình thực
# hiện", "Đánh giá", "Mức độ hoàn thành"): a table of work done, as a report lists it. An
# expected result ("Kết quả dự kiến", "Kết quả cần đạt") is a target.
_STATUS_COLUMN = re.compile(
    r"^(?:ket qua thuc hien|ket qua dat duoc|tinh hinh(?: thuc hien)?|danh gia|muc do hoan thanh"
    r"|trang thai|da thuc hien|ly do)$"
)
# A bare "Kết quả" is a report's column when its cells say how the work went ("Đã hoàn thành",
# "Đang thực hiện", "Đạt", a tick "x"); in a plan it names the product ("Quyết định công bố").
_DONE_TEXT = re.compile(
    r"^(?:da |dang |chua |hoan thanh|dat\b|khong dat|xong|tot\b|kha\b|dung han|cham|qua han"
    r"|[x✓√]$)"
)


def _header_key(cell: str) -> str:
    return fold_key(" ".join(cell.replace(",", " ").replace("/", " ").split()))


def _reports_done(rows: list[list[str]]) -> bool:
    """A column of how the work went, with what it says filled in (an empty "Kết quả thực
    hiện" column is one to fill in later, as a tracking table has it)."""
    for index, cell in enumerate(rows[0]):
        key = _header_key(cell)
        values = [fold_key(_cell(row, index)) for row in rows[1:] if _cell(row, index)]
        if _STATUS_COLUMN.match(key) and values:
            return True
        if key == "ket qua" and any(_DONE_TEXT.match(value) for value in values):
            return True
    return False


def _duty_header(rows: list[list[str]], columns: dict[str, int]) -> bool:
    """A header of duties: work and a time it is due, and no filled column of how it went."""
    keys = [_header_key(cell) for cell in rows[0]]
    if _reports_done(rows):
        return False
    content, due = keys[columns["content"]], keys[columns["deadline"]]
    if _DUTY_CONTENT.match(content):
        return True
    if _SCHEME_CONTENT.match(content) and _SUBMIT_TIME.search(due):
        return True  # a work programme's list of schemes to submit by a month
    return bool(_PLAIN_CONTENT.match(content)) and bool(_DUE_TIME.search(due))


# A time cell that says a time: a figure ("9/2026", "Quý III"), or a time word ("Thường
# xuyên", "Hằng tháng", "Cả năm"); "Theo tiến độ đề tài" or "Sở Tài chính" is no deadline.
_TIME_WORD = re.compile(
    r"\d|\b(?:quy|thang|nam|tuan|ngay|thuong xuyen|hang|dinh ky|truoc|trong|cuoi|dau|giua"
    r"|lien tuc|khi co yeu cau|khi can)\b"
)


def _work(content: str, time: str) -> str:
    """ "chủ trì: <nội dung>; thời hạn: <thời gian>." for a row of a unit's table."""
    deadline = _time_cell(time)
    tail = (
        f"; thời hạn: {deadline}." if deadline and _TIME_WORD.search(fold_key(deadline)) else "."
    )
    if fold_key(content).startswith("chu tri "):
        return f"chủ trì {content.split(None, 2)[2]}{tail}"  # "Chủ trì thực hiện …"
    if fold_key(content).startswith("chu tri,"):
        return f"chủ trì{content[7:]}{tail}"  # "Chủ trì, phối hợp với …"
    return f"chủ trì: {_lower_first(content)}{tail}"


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
    return not _cell(row, columns["deadline"])


_GROUP_MARKER = re.compile(r"^(?:[IVX]{1,4}|[A-ZĐ])[.)]\s")
_OPENING_VERBS = frozenset(WORK_VERBS)


def _topic_phrase(row: list[str], columns: dict[str, int]) -> bool:
    """The content cell alone filled, with a short noun phrase that opens with no work verb
    ("Lĩnh vực thi đua, khen thưởng"); a task with no time opens with one ("Tổng hợp …")."""
    index = columns["content"]
    text = " ".join(_cell(row, index).split()).strip(" .:;")
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
        text = _STRONG.sub("", " ".join(line.split())).strip(" *_#")
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


# A column that names the unit of each row ("Đơn vị", "Phòng, đơn vị", "Cơ quan/đơn vị"): the
# row's lead when its cells name bodies ("Đơn vị" is also a measure's unit: "hộ", "%"). A bare
# unit word may name who is inspected, trained, heard or who sent a report (an inspection
# timetable "Đơn vị | Nội dung kiểm tra | Thời gian"): it leads only beside a column of duties
# (_duty_header); a header that says the unit does the work ("Đơn vị phụ trách") leads anyway.
_UNIT_COLUMN = re.compile(
    r"^(?:don vi|co quan|phong|bo phan)(?:\s*[,/-]\s*(?:don vi|co quan|phong|bo phan|dia phuong))*"
    r"(?:\s+(thuc hien|phu trach|duoc giao))?$"
)


# Work done TO the unit a bare unit column names: it is inspected, trained, visited, heard, or
# it sent a report ("Nội dung kiểm tra", "Nội dung làm việc"); or a schedule's "Thời gian".
_DONE_TO_UNIT = re.compile(
    r"^noi dung (?:kiem tra|thanh tra|giam sat|khao sat|tap huan|dao tao|boi duong|lam viec"
    r"|tiep|bao cao|lich)\b"
)
# A content header of work given to whoever the row names ("Nội dung", "Nội dung kết luận",
# "Nội dung chỉ đạo", "Nhiệm vụ").
_GIVEN_CONTENT = re.compile(
    r"^(?:cac |ten )?(?:nhiem vu|cong viec|viec duoc giao|noi dung(?: (?:cong viec|nhiem vu"
    r"|ket luan|chi dao|yeu cau|thuc hien|trien khai|de nghi|kien nghi))?)$"
)


def _unit_gets_work(rows: list[list[str]], columns: dict[str, int]) -> bool:
    """A bare unit column beside work given to it: a content header of work given (not work
    done to the unit), and no filled column of how it went."""
    content = _header_key(rows[0][columns["content"]]) if columns["content"] < len(rows[0]) else ""
    if _DONE_TO_UNIT.match(content) or _reports_done(rows):
        return False
    return _duty_header(rows, columns) or bool(_GIVEN_CONTENT.match(content))


def _unit_column(rows: list[list[str]], columns: dict[str, int]) -> int | None:
    """The column that names each row's unit: its header is a unit word, and its filled cells
    below, most of them, open with a body's name."""
    taken = set(columns.values())
    duties = _unit_gets_work(rows, columns)
    for index, header in enumerate(rows[0]):
        named = _UNIT_COLUMN.match(fold_key(" ".join(header.split())))
        if index in taken or not named or not (duties or named.group(1)):
            continue
        cells = [_cell(row, index) for row in rows[1:] if _cell(row, index)]
        bodies = sum(assignee_start(cell, cell.lower(), 0) in ("org", "group") for cell in cells)
        if cells and 2 * bodies > len(cells):
            return index
    return None


# A point inside a cell: a line, or a dash point run into one line ("- Rà soát …; - Báo cáo …").
_CELL_POINT = re.compile(r"(?:^|(?<=\s))[-–•+]\s+(?=\S)")


def _cell_points(value: str) -> list[str]:
    lines = [" ".join(line.split()).strip(" .;") for line in value.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) <= 1:
        text = lines[0] if lines else ""
        lines = _CELL_POINT.split(text) if _CELL_POINT.match(text) else [text]
    return [_CELL_DASH.sub("", line).strip(" .;") for line in lines if line.strip(" .;-–•+")]


def _unit_points(row: list[str], columns: dict[str, int], unit: str) -> list[str]:
    """A row that gives a unit its work: each point of the work cell (one a line, or dash
    points) is a task of the unit; a time cell with as many points dates each, else all."""
    index = columns["content"]
    points = _cell_points(row[index] if index < len(row) else "")
    if not unit or not points:
        return []
    index = columns["deadline"]
    times = _cell_points(row[index] if index < len(row) else "")
    out: list[str] = []
    for number, point in enumerate(points):
        deadline = times[number] if len(times) == len(points) else " ".join(times)
        out.append(f"- Giao {unit} {_work(point, deadline)}")
    return out


_CELL_DASH = re.compile(r"^[-–—•+]\s*")
_MONTH = r"(?:[Tt]háng\s*)?\d{1,2}\s*/\s*(?:19|20)\d\d"
# A time cell that lists a month per point of the work ("- Tháng 12/2025 - Tháng 10/2025", or
# "Tháng 6/2025 12/2025", one a line): the row is due by its first. A span between two months
# ("Tháng 6/2025 - Tháng 12/2025", no leading dash) is no list.
_MONTH_LIST = re.compile(
    rf"^(?:[-–—•+]\s*({_MONTH})(?:\s+[-–—•+]\s*{_MONTH})+|({_MONTH})(?:\s+{_MONTH})+)$"
)
# A month written as its number and year alone ("9/2025"): the month to finish in.
_BARE_MONTH = re.compile(r"^(\d{1,2})\s*/\s*((?:19|20)\d\d)$")


# A time cell that names the same work's times one after another ("1/2026 và 8/2026", "Kỳ 1:
# 2/2026 Kỳ 2: 7/2026"): the work is done by the last.
_TERM = r"(?:(?:[Kk]ỳ|[Đđ]ợt|[Hh]ọc kỳ)\s*\d\s*:\s*)"
_REPEATED_MONTHS = re.compile(
    rf"^{_TERM}?{_MONTH}(?:\s*(?:,|và|;)?\s*{_TERM}?{_MONTH})*\s*(?:,|và|;)?\s*{_TERM}?({_MONTH})$"
)
_SEVERAL = re.compile(r",|;|(?<![^\W_])(?:và|[Kk]ỳ|[Đđ]ợt)(?![^\W_])")
# "Hoàn thành xây dựng kế hoạch vào 31/1/2026": the cell says what is due by its one day.
_DONE_ON = re.compile(
    r"^[^\d]{0,80}?\s(?:vào|trong)\s+(?:ngày\s+)?(\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d)$"
)


# A span of months or days in one cell ("Tháng 3-4/2026", "Tháng 10 - 12/2026", "15/3 -
# 30/4/2026"): the work runs until the span's end.
_MONTH_SPAN = re.compile(
    r"^[Tt]háng\s*\d{1,2}\s*(?:-|–|—|đến)\s*(?:tháng\s*)?(\d{1,2})\s*/\s*((?:19|20)\d\d)$"
)
_DAY_SPAN = re.compile(
    r"^(?:[Tt]ừ\s+)?(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?\s*(?:-|–|—|đến)\s*"
    r"(?:ngày\s+)?(\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d)$"
)


# "Hằng năm, vào 15/12", "Định kỳ hằng quý", "Báo cáo định kỳ 6 tháng, năm": the work comes
# back; its time cell stays as written for the recurrence reader.
_RECURS = re.compile(
    r"(?<![^\W_])(?:hằng|hàng\s+(?:năm|quý|tháng|tuần|ngày)|định kỳ|mỗi)(?![^\W_])", re.IGNORECASE
)
_NOT_ONE_DAY = re.compile(r"(?<![^\W_])(?:trước|từ|sau|đến)(?![^\W_])", re.IGNORECASE)


def _due_cell(value: str, content: str = "") -> str:
    """The time cell of a task row as the deadline reader reads it: a span's end ("Quý IV/2025 -
    Quý II/2026"), a span of years as its last year ("Năm 2025 - 2026"), a bare or a repeated
    month as the month to finish in, a day after what is due on it. A row of recurring work
    (_RECURS in its cell or its content) keeps its repeated times and its "vào <day>"."""
    value = _RANGE_TO.split(value)[-1]
    value = _YEAR_RANGE.sub(r"Năm \1", value)
    value = _MONTH_SPAN.sub(r"Tháng \1/\2", value)
    value = _DAY_SPAN.sub(r"\1", value)
    if _RECURS.search(value) or _RECURS.search(content):
        return _time_cell(value)
    repeated = _REPEATED_MONTHS.match(value)
    if repeated and _SEVERAL.search(value):
        value = repeated.group(1)
    done_on = _DONE_ON.match(value)
    if done_on and not _NOT_ONE_DAY.search(value):
        value = done_on.group(1)
    return _time_cell(value)


def _time_cell(value: str) -> str:
    listed = _MONTH_LIST.match(value)
    if listed:
        value = listed.group(1) or listed.group(2)
    bare = _BARE_MONTH.match(value)
    if bare:
        value = f"Tháng {bare.group(1)}/{bare.group(2)}"
    return value


# A heading over a unit's table: an optional marker ("1.", "II.", "a)"), the unit's name, an
# optional note in brackets ("(6 nhiệm vụ trọng tâm)"), an optional colon.
_HEADING_MARKER = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)]\s+")
_HEADING_NOTE = re.compile(r"\s*\([^()]*\)\s*")
# A note whose closing bracket a scan lost, with what OCR made of the rest of the line ("2. Phòng
# Bưu chính, Viễn thông (6 NV trọng lâm: —"): the body ends where the note opens.
_OPEN_NOTE = re.compile(r"\s*\([^()]*$")
# "Nhiệm vụ trọng tâm của Phòng …", "Đối với Thanh tra Sở": the body follows.
_HEADING_DUTIES = re.compile(
    r"^(?:(?:(?:các\s+)?(?:nhiệm vụ|công việc)(?:\s+trọng tâm)?(?:\s+năm\s+\d{4})?"
    r"\s+(?:của|giao cho|giao)|đối với|giao)\s+)(?=[A-ZĐ])",
    re.IGNORECASE,
)


def heading_body(paragraph: str) -> str | None:
    """The body a short heading paragraph names and nothing more ("2. Thanh tra Sở (5 nhiệm
    vụ):", "PHÒNG KẾ HOẠCH – TÀI CHÍNH", "Biểu 2: Nhiệm vụ của Thanh tra Sở"), else None (a
    sentence, a topic heading "Văn phòng điện tử", a label and its value "Kính gửi: Sở Y tế",
    "Đơn vị báo cáo: UBND huyện …", "Thành phần: …": who is addressed, reports or attends)."""
    text = _STRONG.sub("", " ".join(paragraph.split()))
    text = _HEADING_MARKER.sub("", text)
    text = _OPEN_NOTE.sub("", _HEADING_NOTE.sub(" ", text))
    # "1. Văn phòng Sở: 5 nhiệm vụ", or a caption "Biểu 2: Nhiệm vụ của Thanh tra Sở"
    parts = text.split(":", 1)
    lead_label = len(parts) == 2 and bool(_LEAD_LABEL.match(fold_key(parts[0].strip())))
    for after, part in enumerate(parts):
        part = part.strip().rstrip(" .")
        duties = _HEADING_DUTIES.sub("", part)
        if after and duties == part and not lead_label:
            continue  # after a label, only the duties of a body name it ("Phụ lục II: Sở …")
        part = duties
        if not part or "." in part or ";" in part or analyze(part).leads:
            continue  # "Sở Tư pháp chủ trì …": a body that does something, a sentence
        body = _group_body([part])
        if body is not None and _names_unit(body):
            return body
    return None


# A name after its head word: a capital ("Văn phòng Sở", "Phòng Tài chính - Kế hoạch") or a
# level of government at its end ("Công an tỉnh"). A head word in a common noun ("Văn phòng
# điện tử", "Sở hữu trí tuệ", "Ban hành …") names a topic.
_LEVEL_END = re.compile(r"\b(?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran|trung uong)$")


# A label that names who leads the work below ("Đơn vị chủ trì: Phòng Tư pháp"); who reports
# or attends ("Đơn vị báo cáo: …", "Thành phần: …") is none.
_LEAD_LABEL = re.compile(
    r"^(?:don vi|co quan|bo phan)\s+(?:chu tri|thuc hien|phu trach|duoc giao)$|^chu tri$"
)
# A head noun that names a unit with its name in small letters as well ("Phòng tài chính - kế
# hoạch", "Trung tâm y tế"); "Văn phòng điện tử", "Sở hữu trí tuệ" are topics.
_UNIT_HEAD = re.compile(r"^(?:phong|trung tam|chi cuc|benh vien|hat kiem lam|ban quan ly)\s+\w")


def lead_label(paragraph: str) -> bool:
    """A label line that names the lead of the table below ("Đơn vị chủ trì: Phòng Tư pháp"):
    once the rows name it ("- Giao Phòng Tư pháp chủ trì: …") the line says nothing more."""
    text = _STRONG.sub("", " ".join(paragraph.split()))
    label, colon, _ = _HEADING_MARKER.sub("", text).partition(":")
    return bool(colon) and bool(_LEAD_LABEL.match(fold_key(label.strip())))


def _names_unit(body: str) -> bool:
    if body.isupper() or _UNIT_HEAD.match(fold_key(body)):
        return True
    if any(word[:1].isupper() or word[:1].isdigit() for word in body.split()[1:]):
        return True
    return bool(_LEVEL_END.search(fold_key(body)))


def _group_body(row: list[str]) -> str | None:
    """The body a group heading row names: one text across the row (in its first cell, or
    repeated in every cell of a merged row) that opens with a body's name ("PHÒNG KINH TẾ",
    "UBND PHƯỜNG …", "Ban Quản lý chợ"); the rows below it are that body's. A heading that
    names a topic ("I. NHIỆM VỤ CHUNG") is None, as is any row with two texts."""
    texts = {" ".join(cell.split()) for cell in row} - {""}
    if len(texts) != 1 or not " ".join(row[0].split()):
        return None
    text = texts.pop().rstrip(" .…:")
    if not text or len(text.split()) > 12 or not _BODY_HEAD.match(text.lower()):
        return None
    return text if assignee_start(text, text.lower(), 0) == "org" else None


# A row of totals ("| Tổng cộng | | 120 |", "| Cộng |"), not a body's row.
_TOTAL_ROW = re.compile(r"^(?:tong cong|tong so|tong|cong)(?:\s*\([^()]*\))?[\s:.]*$")
# The head of a body a group heading names, with a name after it ("PHÒNG NỘI VỤ", "UBND XÃ …",
# "BAN QUẢN LÝ CHỢ …"): a topic heading may open with a place or a kind of actor ("THÀNH PHỐ
# THÔNG MINH", "DOANH NGHIỆP NHỎ VÀ VỪA", "PHÒNG, CHỐNG DỊCH", "THANH TRA, GIẢI QUYẾT KHIẾU NẠI").
_BODY_HEAD = re.compile(
    r"(?:phòng(?! (?:chống|ngừa|cháy|tránh|dịch|bệnh)\b)|ubnd|ủy ban|uỷ ban|ubmttq|mặt trận"
    r"|ban(?! hành\b)|bql|bcđ|bch|sở|trung tâm|chi cục|tổng cục|cục|văn phòng|công an"
    r"|thanh tra|kho bạc|chi nhánh|bệnh viện|hội đồng|hội liên hiệp|hội nông dân"
    r"|hội cựu chiến binh|hội phụ nữ|hội chữ thập đỏ|liên đoàn lao động|đoàn thanh niên"
    r"|huyện đoàn|tỉnh đoàn|thành đoàn"
    r"|bộ chỉ huy|hạt kiểm lâm|đài (?:phát thanh|truyền thanh)|viện|trạm|đảng ủy|đảng uỷ|chi bộ"
    r"|bảo hiểm xã hội|ngân hàng|công ty|điện lực|đội(?! ngũ)"
    r"|trường (?:thpt|thcs|tiểu học|mầm non|đại học|cao đẳng|trung cấp|chính trị))"
    r"\s+[^\W\d_]"
)


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


# A Markdown table's rule row inside one line ("| a | b | |---|---| | 1 | x |"): the table was run
# together into one paragraph, its rows kept apart only by the "| |" between them.
_FLAT_RULE = re.compile(r"\|\s*\|(?:\s*:?-{3,}:?\s*\|)+")


def flat_table_lines(line: str) -> list[str] | None:
    """A Markdown table written on one line (a Word paragraph that holds a pasted table): its
    rows, one a line, when every row has the rule's cell count; else None."""
    stripped = line.strip()
    rule = _FLAT_RULE.search(stripped)
    if not stripped.startswith("|") or rule is None:
        return None
    width = rule.group().count("|") - 2
    cells = stripped.strip("|").split("|")
    rows: list[list[str]] = []
    index = 0
    while index < len(cells):
        row = cells[index : index + width]
        if len(row) < width:
            return None
        rows.append(row)
        index += width
        if index < len(cells) and cells[index].strip():
            return None  # no "| |" between two rows: not a table of `width` columns
        index += 1
    if len(rows) < 3:
        return None
    return ["| " + " | ".join(cell.strip() for cell in row) + " |" for row in rows]


def _pipe_columns(line: str) -> tuple[int, ...]:
    return tuple(index for index, char in enumerate(line.rstrip()) if char == "|")


def grid_rows(lines: list[str]) -> list[list[str]]:
    """The rows of a table's "|" lines. A fixed-width grid as antiword draws a Word table (every
    "|" at the same column on every line, a cell's text wrapped onto the lines below it) whose
    header names a number column ("TT", "STT"): a line with an empty number cell goes on with the
    row above, cell by cell. Any other block: one row a line, as a Markdown table writes it."""
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines]
    fixed = len(lines) > 2 and len({_pipe_columns(line) for line in lines}) == 1
    if not fixed or not rows or not _COLUMNS["number"].match(fold_key(rows[0][0])):
        return rows
    merged: list[list[str]] = [rows[0]]
    for row in rows[1:]:
        if row[0]:
            merged.append(row)
        else:  # a wrapped line: of the header (before the first numbered row) or of the row above
            merged[-1] = [f"{a} {b}".strip() for a, b in zip(merged[-1], row, strict=True)]
    return merged


# What task_table_rows() writes for a row: "3. Giao Ban Quản lý … chủ trì, phối hợp với …: …".
ROW_SENTENCE = re.compile(r"^\d{1,3}\. Giao \S.{0,300}? chủ trì[,:]")
_STRONG = re.compile(r"\*\*|__")


def vertical_task_tables(lines: list[str]) -> list[str]:
    """A scrape that writes each table cell on its own lines between "|" lines (a row ends at
    two "|" in a row): a table whose header names a content and a lead column (or a unit's
    table, see unit_table_rows) becomes one sentence per row, as task_table_rows() writes them;
    every other table stays as it is."""
    out: list[str] = []
    units = not gives_no_work(lines)
    last: list[str] = []  # the rows just written, until a paragraph follows them
    index = 0
    while index < len(lines):
        if lines[index].strip() == "|":
            rows, end = _vertical_rows(lines, index)
            above = next((line for line in reversed(out) if line.strip()), "")
            sentences = task_table_rows(rows, heading=above, units=units) if rows else None
            if sentences:
                for sentence in sentences:
                    out.extend(["", sentence, ""])
                index = end
                last = sentences
                continue
        if lines[index].strip():
            out.append(after_unit_rows(last, lines[index]))
            last = []
        else:
            out.append(lines[index])
        index += 1
    return out


# Columns a task table may have besides its task columns ("Kết quả dự kiến", "Sản phẩm", "Nguồn
# kinh phí", "Dự toán kinh phí", "Ghi chú", a target: "Chỉ tiêu định lượng").
_OTHER_COLUMN = re.compile(
    r"^(?:ghi chu|san pham|ket qua|kinh phi|dia diem|chi tieu)"
    r"|^(?:nguon|du toan|du kien)\s(?:kinh phi|von)\b|^(?:nguon von|hinh thuc van ban)\b"
)


def _is_task_header(row: list[str], *, need_lead: bool = True) -> bool:
    """Every cell names a column, none twice, and a content and a lead column are among them
    (without `need_lead`: a content and a time column, as a unit's table has)."""
    kinds: list[str] = []
    for cell in row:
        key = fold_key(cell)
        if len(cell) > 60:
            return False
        kind = next((name for name, rx in _COLUMNS.items() if rx.search(key)), None)
        if kind is None:
            if not _OTHER_COLUMN.match(key):
                return False
            continue
        if kind in kinds:
            return False  # "PHỤ LỤC NHIỆM VỤ …" before "Nhiệm vụ": a title, not the header
        kinds.append(kind)
    if need_lead:
        return "content" in kinds and "lead" in kinds
    return "content" in kinds and ("lead" in kinds or "deadline" in kinds)


def _vertical_rows(lines: list[str], start: int) -> tuple[list[list[str]], int]:
    """The rows from `start`, or [] as soon as the first row is not a task table's header."""
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    pipes = 0
    index = start
    while index < len(lines):
        text = lines[index].strip()
        if not text:
            index += 1
            continue
        if text == "|":
            if cell:
                row.append(" ".join(cell))
                cell = []
            pipes += 1
            if pipes >= 2 and row:
                rows.append(row)
                if len(rows) == 1 and not _is_task_header(row, need_lead=False):
                    return [], index  # a header block, a signature, a title: no task header
                row = []
            index += 1
            continue
        if text.startswith("|") or (not rows and len(row) > 8):
            break
        pipes = 0
        cell.append(_STRONG.sub("", text).strip())
        index += 1
    if cell:
        row.append(" ".join(cell))
    if row:
        rows.append(row)
    return rows, index
