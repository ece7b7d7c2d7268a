"""A task table whose lead column names the people or units that do each row, in the words a
school's or a faculty's plan uses: "Phụ trách", "Người phụ trách", "Đơn vị/người thực hiện",
"Đơn vị/Cá nhân thực hiện", "Bộ phận thực hiện".

Such a column is weaker than "Đơn vị chủ trì": a procedure annexed to a regulation lists the same
shape ("Nội dung | Đơn vị/cá nhân thực hiện | Thời gian hoàn thành dự kiến" with "6 tuần trước
khi thực tập bắt đầu") and gives no one any work. So the column leads only in a table of work
given: its content header names duties ("Công việc", "Nhiệm vụ", "Nội dung công việc"), or its
time cells name the days the rows are due ("25/05/2015", "22-27/06/2015"). A bare "Thực hiện"
column is a running order's (who speaks or performs at each hour): never a lead column here.

A school's doer cell names its teachers by an initial of "Thầy"/"Cô" ("T.Thọ", "C. Ý, T. Hà và 4 SV
nam") or an academic title ("ThS. Lê Văn An"): people_cell writes each with the person marker the
sentence reader knows ("đồng chí Thọ"), as it reads a commune's "đồng chí" heading.
"""

from __future__ import annotations

import re

from notices.name_kinds import assignee_start
from notices.table_cells import cell_text
from notices.table_columns import COLUMNS, header_key, reports_done, screen_columns
from notices.text import fold_key, match_form

_DOER_WORD = r"(?:don vi|co quan|bo phan|nguoi|ca nhan|can bo|giang vien)"
# "Phụ trách", "Người phụ trách", "Đơn vị/Người phụ trách", "Đơn vị/người thực hiện",
# "Cá nhân thực hiện" (header_key has turned "/" and "," into spaces). A Sở's schedule of a
# procedure names the product beside the doer ("Người thực hiện & kết quả", "Đơn vị thực hiện và
# sản phẩm"): the cells still name who does the row.
_PRODUCT = r"(?:\s+(?:&|va)\s+(?:ket qua|san pham))?"
_DOER_HEADER = re.compile(
    rf"^(?:{_DOER_WORD}\s+(?:(?:va|hoac)\s+)?)*phu trach{_PRODUCT}$"
    rf"|^(?:{_DOER_WORD}\s+(?:(?:va|hoac)\s+)?)+thuc hien{_PRODUCT}$"
)
# The work given to whoever the row names ("Công việc", "Nội dung công việc", "Nhiệm vụ").
_DUTY_CONTENT = re.compile(
    r"^(?:cac |ten )?(?:nhiem vu|cong viec|viec duoc giao|noi dung (?:cong viec|nhiem vu))\b"
)
# A day and its month ("25/05/2015", "17/6", "22-27/06/2015"), never a month and a year alone.
_DAY = re.compile(r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(?:19|20)?\d\d)?(?![\d/])")


def doer_columns(rows: list[list[str]], heading: str = "") -> dict[str, int] | None:
    """The columns of a table whose header has a content column and a doer column (see the
    module's note), with its number, partner and time columns; None when it is no table of work
    given: screened as a "Chủ trì" table is (screen_columns, reports_done), and no list of people
    ("Họ và tên sinh viên"), no timetable of courses ("Tên học phần | Lớp") and no schedule (a
    plain "Nội dung" after its time or beside a place: "Thời gian | Nội dung | Địa điểm")."""
    if len(rows) < 2:
        return None
    keys = [header_key(cell) for cell in rows[0]]
    if any(_NOT_WORK.match(key) for key in keys):
        return None
    columns: dict[str, int] = {}
    for index, key in enumerate(keys):
        if "lead" not in columns and _DOER_HEADER.match(key):
            columns["lead"] = index
            continue
        for name in ("number", "content", "support", "deadline"):
            if name not in columns and COLUMNS[name].search(key):
                columns[name] = index
                break
    if "lead" not in columns or "content" not in columns:
        return None
    if not screen_columns(keys, columns) or reports_done(rows):
        return None
    duties = bool(_DUTY_CONTENT.match(keys[columns["content"]]))
    time_first = columns.get("deadline", len(keys)) < columns["content"]
    if not duties and (time_first or any(key.startswith("dia diem") for key in keys)):
        return None  # "Thời gian | Nội dung | Địa điểm | Phụ trách": a week's schedule
    if duties or _dated(rows, columns.get("deadline")) or _doers_only(rows, columns, heading):
        return columns
    return None


def _doers_only(rows: list[list[str]], columns: dict[str, int], heading: str) -> bool:
    """No time column at all, and every filled doer cell names a body or a person ("Ban biên
    tập", "Thầy Nguyễn Văn An"): a plan's share-out of its parts. (A procedure's steps come with
    the time each takes, "6 tuần trước khi …", and a doer that is no body: "Sinh viên".) Never a
    running order ("CHƯƠNG TRÌNH HỘI NGHỊ" above it; "Khai mạc", "Bế mạc", "Văn nghệ chào mừng"
    rows) nor a standing procedure ("Bước" numbers its rows; "QUY TRÌNH" above it)."""
    keys = [header_key(cell) for cell in rows[0]]
    if any(COLUMNS["deadline"].search(key) for key in keys) or len(rows) < 3:
        return False  # a time column, even one that dates what was done ("Thời gian ban hành")
    if keys[0].startswith("buoc") or _RUN_HEADING.search(fold_key(heading)):
        return False
    if any(_RUN_CELL.search(fold_key(cell_text(row, columns["content"]))) for row in rows[1:]):
        return False
    cells = [people_cell(cell_text(row, columns["lead"])) for row in rows[1:]]
    cells = [cell for cell in cells if cell]
    return bool(cells) and all(assignee_start(c, match_form(c), 0) is not None for c in cells)


# The heading of a running order or of a procedure's steps, and a running order's rows.
_RUN_HEADING = re.compile(r"\b(?:chuong trinh|quy trinh|trinh tu|cac buoc|kich ban)\b")
_RUN_CELL = re.compile(
    r"\b(?:khai mac|be mac|tuyen bo ly do|gioi thieu dai bieu|phat bieu|van nghe|chao co"
    r"|dien van|giai lao|don tiep dai bieu)\b"
)


# A column of people by name ("Họ và tên sinh viên") or of a timetable's courses and classes
# ("Tên học phần", "Môn học", "Lớp"): the rows list people or lessons, not work given.
_NOT_WORK = re.compile(r"^(?:ho (?:va )?ten|(?:ten )?(?:hoc phan|mon hoc)|lop)\b")


def _dated(rows: list[list[str]], index: int | None) -> bool:
    """Most filled cells of the time column name a day."""
    if index is None:
        return False
    cells = [cell_text(row, index) for row in rows[1:] if cell_text(row, index)]
    return bool(cells) and 2 * sum(bool(_DAY.search(cell)) for cell in cells) > len(cells)


# "T.", "C." (Thầy, Cô), "Thầy", "Cô", "GV.", "ThS.", "TS.", "PGS.TS." before a capitalised name;
# not before an abbreviation ("GV.CN": a class's form teacher) nor in one ("T.Ư Đoàn": Trung
# ương; "C.Ty": công ty).
_TEACHER = re.compile(
    r"(?<![^\W_])(?:(?:(?:P?GS\.\s*)?TS|ThS|GV|T|C)\.\s*|(?:Thầy|Cô)\s+)(?=(?P<name>[^\W\d_]+))"
)
_NO_NAME = {"Ư", "Ty"}
_CAPITAL = re.compile(r"[A-ZĐÀ-Ỹ]")
_ABBREVIATION = re.compile(r"^[A-Z]+$")


def _teacher(found: re.Match[str]) -> str:
    name = found["name"]
    # a legacy font's lower case ("C. ý") and a name in capitals with its marks ("T.HÀ") are
    # teachers; an abbreviation in plain capitals ("GV.CN") is none
    if (
        not _CAPITAL.match(name)
        or name in _NO_NAME
        or (len(name) > 1 and _ABBREVIATION.match(name))
    ):
        return found[0]
    return "đồng chí "


def people_cell(cell: str) -> str:
    """A doer cell with its teachers written "đồng chí <name>" (see the module's note), one a
    paragraph in a Word cell ("C. Ý" / "T. Hà") or side by side with no comma ("C.Ý 2 SV nữ"):
    a comma between them."""
    cell = _TEACHER.sub(_teacher, cell)
    return _UNLISTED.sub(", ", _WRAPPED.sub(" ", cell))


# A line break inside one name, as a Word cell wraps it ("Phòng Kế hoạch\nTài chính", "Ban
# Giám\nhiệu"): the next line opens no person, body, head count nor a whole name of a person
# (every word capitalised: "Nguyễn Văn An").
_WRAPPED = re.compile(
    r"(?<=[^\W\d_])[ \t]*\n\s*(?!và\b|,|đồng chí |\d|[A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*)*\s*(?:$|\n|,)"
    r"|(?:Phòng|Ban|Khoa|Bộ môn|Trung tâm|Văn phòng|Tổ|Hội|Đoàn|Viện|Trường|Các|BCN|BGH)\b)"
)
# Where one person's name ends and the next doer starts with no comma: a line break, or a space
# before "đồng chí" or a head count ("2 SV nữ").
_UNLISTED = re.compile(
    r"(?<=[^\W\d_])(?<!\svà)"
    r"(?:\s*\n\s*(?!và\b|,)|\s+(?=đồng chí |\d+ (?:SV|HS|sinh viên|học sinh)\b))"
)
