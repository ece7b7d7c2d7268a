"""Which column of a table's header holds what (number, content, lead, partners, time), and
whether the header is one of tasks, of a unit's duties, or of something else (a register, a
catalogue, a table of figures or of work done)."""

from __future__ import annotations

import re

from notices.name_kinds import assignee_start
from notices.table_cells import cell_text
from notices.text import fold_key

COLUMNS = {
    "number": re.compile(r"^(?:stt|tt|so tt|so thu tu)$"),
    "content": re.compile(r"noi dung|nhiem vu|cong viec|viec duoc giao|ten"),
    # "đầu mối" names a lead column only with a body ("Đơn vị đầu mối", "Cơ quan/Cá nhân đầu
    # mối"): a "Cán bộ đầu mối" column names people to call. A law-making programme's "Cơ quan
    # trình" drafts and submits each bill; its "Cơ quan chủ trì thẩm tra" further right reviews it.
    "lead": re.compile(
        r"chu tri|chu cong|(?:don vi|co quan)\b.{0,20}\bdau moi|don vi thuc hien|co quan thuc hien"
        r"|don vi chiu trach nhiem"
        # "Cơ quan trình (dự án)" in a law-making programme: the body that drafts and submits it
        r"|^(?:co quan|don vi) (?:chu tri )?trinh\b(?!.*tham (?:tra|dinh))"
    ),
    "support": re.compile(r"phoi hop"),
    "deadline": re.compile(r"thoi gian|thoi han|tien do|han hoan thanh|^tg\b"),
}


# "Cơ quan chủ trì thẩm tra", "Cơ quan tham gia thẩm tra" beside "Cơ quan trình": the committees
# that review a bill another body drafts and submits. The reviewer leads a row only when no
# column names the body that does the work. Only a column of bodies steps aside: "Thời gian
# trình thẩm định" is still the row's time, "Cơ quan phối hợp thẩm định" still its partners.
_REVIEW_COLUMN = re.compile(r"^(?:co quan|don vi)\b(?!.*\bphoi hop\b).*\b(?:tham tra|tham dinh)$")


def _reviewer_beside_doer(keys: list[str], key: str) -> bool:
    if not _REVIEW_COLUMN.search(key):
        return False
    return any(
        COLUMNS["lead"].search(other) and not _REVIEW_COLUMN.search(other) for other in keys
    )


def _header_columns(row: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    keys = [fold_key(header) for header in row]
    for index, key in enumerate(keys):
        if _reviewer_beside_doer(keys, key):
            continue
        for name, pattern in COLUMNS.items():
            if name not in columns and pattern.search(key):
                columns[name] = index
                break
    if "content" in columns and _GROUP_COLUMN.match(keys[columns["content"]]):
        # "Thuộc nhóm nhiệm vụ, hành động | Nội dung nhiệm vụ": the group a row belongs to
        # (merged down its rows) beside the row's own work; the work is the content
        work = [
            index
            for index, key in enumerate(keys)
            if index not in columns.values()
            and COLUMNS["content"].search(key)
            and not _GROUP_COLUMN.match(key)
        ]
        if work:
            columns["content"] = work[0]
    if "deadline" in columns and _START_TIME.search(keys[columns["deadline"]]):
        # "Thời gian: Bắt đầu | Thời gian: Hoàn thành": a row is due when it ends
        ends = [
            i for i, key in enumerate(keys) if _END_TIME.match(key) and i not in columns.values()
        ]
        if ends:  # an empty end cell falls back to the start cell (tables.task_table_rows)
            columns["start"], columns["deadline"] = columns["deadline"], ends[0]
    return columns


# A column naming the group of work a row belongs to, not the row's own work: "Thuộc nhóm nhiệm
# vụ", "Nhóm nhiệm vụ, giải pháp", "Lĩnh vực".
_GROUP_COLUMN = re.compile(r"^(?:thuoc )?(?:nhom|linh vuc)\b")


# Two time columns, when a row starts and when it ends: the end is the deadline. The end is a
# time column itself ("Thời gian: Hoàn thành", a merged "Hoàn thành", "Kết thúc", "Đến ngày"),
# never a product or a tracking column that ends with the word ("Sản phẩm hoàn thành", "Mức độ
# hoàn thành", "Tỷ lệ hoàn thành").
_START_TIME = re.compile(r"\b(?:bat dau|khoi cong|tu ngay|trien khai)$")
_END_TIME = re.compile(
    r"^(?:(?:thoi gian|thoi han|tien do|ngay|thang)\W*\s*)?(?:hoan thanh|ket thuc|den ngay)$"
)


def title_row(row: list[str]) -> bool:
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
# "Nội dung | Cơ quan chủ trì | Thời gian ban hành" in a plan or programme: the papers each body
# drafts and gets issued, due when the column says ("Quý IV năm 2025"). Only beside a column of
# work and a "chủ trì" body: "Tên văn bản | Đơn vị thực hiện | Thời gian ban hành" lists papers
# already issued, "Tên văn bản cần rà soát | Cơ quan chủ trì" dates the texts to review.
# Also "Thời gian dự kiến ban hành", "Thời hạn hoàn thành, ban hành", "Thời gian xây dựng, ban
# hành"; never "Đã ban hành". "Thời hạn …" is always a time limit, whoever the lead column names.
_ISSUE_TIME = re.compile(r"^(?:du kien )?thoi (?:gian|han)\b(?!.*\bda\b).*\bban hanh\b")
_ISSUE_LIMIT = re.compile(r"^thoi han\b")
# "Nội dung văn bản", "Tên văn bản": a list of papers (often already issued), not of work.
_PAPER_CONTENT = re.compile(r".*\bvan ban\b")


def _issue_due(keys: list[str], columns: dict[str, int]) -> bool:
    """A time column to issue papers by is the row's deadline in a plan's table of work led by a
    body (see _ISSUE_TIME); what was issued keeps no deadline."""
    time, content = keys[columns["deadline"]], keys[columns["content"]]
    if not _ISSUE_TIME.match(time) or _PAPER_CONTENT.match(content):
        return False
    led = "lead" in columns and re.search(r"\bchu tri\b", keys[columns["lead"]])
    return bool((led or _ISSUE_LIMIT.match(time)) and _WORK_CONTENT.search(content))


# A content column that names the work ("Nội dung …", "Tên nhiệm vụ", "Việc được giao"), not
# only a thing's name ("Tên báo cáo").
_WORK_CONTENT = re.compile(r"noi dung|nhiem vu|cong viec|viec duoc giao")
_FOCAL_LEAD = re.compile(r"\bdau moi\b")


def task_columns(header: list[str], *, need_lead: bool = True) -> dict[str, int] | None:
    columns = _header_columns(header)
    if "content" not in columns or ("lead" not in columns and need_lead):
        return None
    keys = [fold_key(" ".join(cell.split())) for cell in header]
    if not screen_columns(keys, columns):
        return None
    if "lead" not in columns:
        return columns
    if _FOCAL_LEAD.search(keys[columns["lead"]]) and not _WORK_CONTENT.search(
        keys[columns["content"]]
    ):
        return None  # "Tên báo cáo | Đơn vị đầu mối | Thời gian nhận": a register, not tasks
    return columns


def screen_columns(keys: list[str], columns: dict[str, int]) -> bool:
    """False for a list of who (a content column of places or units), a catalogue of procedures
    or a table of figures; a time column that dates what was done is dropped from `columns`."""
    if _WHO_CONTENT.match(keys[columns["content"]]) or any(_CATALOGUE.match(k) for k in keys):
        return False
    if "deadline" in columns and _PAST_TIME.search(keys[columns["deadline"]]):
        if _issue_due(keys, columns):
            return True
        del columns["deadline"]
        columns.pop("start", None)
    return "deadline" in columns or not any(_FIGURE_COLUMN.match(key) for key in keys)


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


def header_key(cell: str) -> str:
    return fold_key(" ".join(cell.replace(",", " ").replace("/", " ").split()))


def reports_done(rows: list[list[str]]) -> bool:
    """A column of how the work went, with what it says filled in (an empty "Kết quả thực
    hiện" column is one to fill in later, as a tracking table has it)."""
    for index, cell in enumerate(rows[0]):
        key = header_key(cell)
        values = [fold_key(cell_text(row, index)) for row in rows[1:] if cell_text(row, index)]
        if _STATUS_COLUMN.match(key) and values:
            return True
        if key == "ket qua" and any(_DONE_TEXT.match(value) for value in values):
            return True
    return False


def duty_header(rows: list[list[str]], columns: dict[str, int]) -> bool:
    """A header of duties: work and a time it is due, and no filled column of how it went."""
    keys = [header_key(cell) for cell in rows[0]]
    if reports_done(rows):
        return False
    content, due = keys[columns["content"]], keys[columns["deadline"]]
    if _DUTY_CONTENT.match(content):
        return True
    if _SCHEME_CONTENT.match(content) and _SUBMIT_TIME.search(due):
        return True  # a work programme's list of schemes to submit by a month
    return bool(_PLAIN_CONTENT.match(content)) and bool(_DUE_TIME.search(due))


# A column that names the unit of each row ("Đơn vị", "Phòng, đơn vị", "Cơ quan/đơn vị"): the
# row's lead when its cells name bodies ("Đơn vị" is also a measure's unit: "hộ", "%"). A bare
# unit word may name who is inspected, trained, heard or who sent a report (an inspection
# timetable "Đơn vị | Nội dung kiểm tra | Thời gian"): it leads only beside a column of duties
# (duty_header); a header that says the unit does the work ("Đơn vị phụ trách") leads anyway.
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
    content = header_key(rows[0][columns["content"]]) if columns["content"] < len(rows[0]) else ""
    if _DONE_TO_UNIT.match(content) or reports_done(rows):
        return False
    return duty_header(rows, columns) or bool(_GIVEN_CONTENT.match(content))


def unit_column(rows: list[list[str]], columns: dict[str, int]) -> int | None:
    """The column that names each row's unit: its header is a unit word, and its filled cells
    below, most of them, open with a body's name."""
    taken = set(columns.values())
    duties = _unit_gets_work(rows, columns)
    for index, header in enumerate(rows[0]):
        named = _UNIT_COLUMN.match(fold_key(" ".join(header.split())))
        if index in taken or not named or not (duties or named.group(1)):
            continue
        cells = [cell_text(row, index) for row in rows[1:] if cell_text(row, index)]
        bodies = sum(assignee_start(cell, cell.lower(), 0) in ("org", "group") for cell in cells)
        if cells and 2 * bodies > len(cells):
            return index
    return None


# Columns a task table may have besides its task columns ("Kết quả dự kiến", "Sản phẩm", "Nguồn
# kinh phí", "Dự toán kinh phí", "Ghi chú", a target: "Chỉ tiêu định lượng").
_OTHER_COLUMN = re.compile(
    r"^(?:ghi chu|san pham|ket qua|kinh phi|dia diem|chi tieu)"
    r"|^(?:nguon|du toan|du kien)\s(?:kinh phi|von)\b|^(?:nguon von|hinh thuc van ban)\b"
)


# A meeting's programme ("TT | Nội dung | Trình bày | Mời dự", an invitation's annex): a column of
# who presents each topic or of who is invited to it. A row names what is discussed and who speaks
# to it, not work anyone must do; a plan's "Cơ quan trình" (the body that drafts and submits) is
# no presenter.
_PROGRAMME_COLUMN = re.compile(
    r"^(?:nguoi |can bo |co quan |don vi |lanh dao )?trinh bay\b"
    r"|^(?:thanh phan |dai bieu |khach )?moi (?:du|tham du)\b|^thanh phan (?:moi|du|tham du)\b"
)


# A column that makes the table a plan after all: who leads each row ("Đơn vị chủ trì", "Cơ quan
# chủ trì chuẩn bị") or when its work is due ("Thời hạn hoàn thành", "Thời gian trình"); a
# programme's bare "Thời gian" (the hour of each topic) is no such column.
_PLAN_DEADLINE = re.compile(r"thoi han|han hoan thanh|tien do|^thoi gian \w")


# Weaker words that name a programme's columns only as a pair, a reporter beside the guests
# ("Đơn vị báo cáo | Thành phần", "Người báo cáo | Đại biểu mời", "Chủ trì trình bày | Khách mời").
_REPORTER_COLUMN = re.compile(
    r"^(?:nguoi |can bo |co quan |don vi |lanh dao )?(?:chu tri )?(?:trinh bay|bao cao)$"
)
_GUEST_COLUMN = re.compile(r"^(?:thanh phan|khach moi|dai bieu moi|thanh phan moi)$")


def _programme_columns(keys: list[str]) -> list[str]:
    """The header's presenter and guest columns."""
    found = [key for key in keys if _PROGRAMME_COLUMN.match(key)]
    reporters = [key for key in keys if _REPORTER_COLUMN.match(key)]
    guests = [key for key in keys if _GUEST_COLUMN.match(key)]
    return found + reporters + guests if reporters and guests else found


def meeting_programme(rows: list[list[str]]) -> bool:
    """A table whose header (its first row, or one below a title row or two) has a column of
    presenters or of guests beside a content column, and no lead or deadline column."""
    for row in rows[:3]:
        keys = [fold_key(" ".join(cell.split())) for cell in row]
        programme = _programme_columns(keys)
        if programme and any(COLUMNS["content"].search(key) for key in keys):
            others = [key for key in keys if key not in programme]  # "Cơ quan trình bày"
            return not any(
                COLUMNS["lead"].search(key) or _PLAN_DEADLINE.search(key) for key in others
            )
        if not title_row(row):
            return False
    return False


def is_task_header(row: list[str], *, need_lead: bool = True) -> bool:
    """Every cell names a column, none twice, and a content and a lead column are among them
    (without `need_lead`: a content and a time column, as a unit's table has)."""
    kinds: list[str] = []
    keys = [fold_key(cell) for cell in row]
    for cell, key in zip(row, keys, strict=True):
        if len(cell) > 60:
            return False
        if _reviewer_beside_doer(keys, key):
            continue
        kind = next((name for name, rx in COLUMNS.items() if rx.search(key)), None)
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


def spanned_content(rows: list[list[str]], columns: dict[str, int]) -> dict[str, int]:
    """The content column moved onto a second name column left of the lead when the first one
    only groups the rows ("Tên luật | Tên văn bản quy định chi tiết | Cơ quan chủ trì"): its cell
    is merged over several rows (empty below its first) while the second names each row's own
    work. A reader that repeats a merged cell on every row it spans shows the same text again."""
    first, lead = columns.get("content"), columns.get("lead")
    if first is None or lead is None:
        return columns
    if (specific := _specific_column(rows, first, lead, set(columns.values()))) is not None:
        return {**columns, "content": specific}
    if _WORK_FIRST.match(header_key(rows[0][first])):
        return columns  # "Nhiệm vụ", "Nội dung" name the work ("Bãi bỏ" over "Tên văn bản")
    taken = set(columns.values())
    later = [
        index
        for index in range(first + 1, lead)
        if index not in taken
        and COLUMNS["content"].search(key := header_key(rows[0][index]))
        and not _PRODUCT_COLUMN.search(key)
    ]
    if not later:
        return columns
    led = [row for row in rows[1:] if cell_text(row, lead)]
    second = later[-1]
    if not led or any(not cell_text(row, second) for row in led):
        return columns
    firsts = [cell_text(row, first) for row in led]
    if all(firsts) and len(set(firsts)) == len(firsts):
        return columns  # a name of its own on every row: the first column names the work
    return {**columns, "content": second}


# "Nội dung hành động | Hành động cụ thể | Bộ ngành chủ trì": the second column's header says
# it holds each row's own, specific work ("… cụ thể"), the first the action it belongs to, its
# cell merged over those rows (a scan's OCR may spread its lines over them, so it is not
# judged by its cells). The first must not say so itself.
_SPECIFIC = re.compile(
    r"^(?:cac )?(?:noi dung|nhiem vu|cong viec|hoat dong|hanh dong|giai phap|bien phap)\b"
    r"(?:\s+\w+){0,2}\s+cu the$"
)


def _specific_column(rows: list[list[str]], first: int, lead: int, taken: set[int]) -> int | None:
    """The column between the content and the lead column whose header names each row's
    specific work, when most rows with a lead fill it (see `_SPECIFIC`); else None."""
    if _SPECIFIC.match(header_key(rows[0][first])):
        return None
    found = [i for i in range(first + 1, lead) if i not in taken]
    found = [i for i in found if _SPECIFIC.match(header_key(rows[0][i]))]
    if not found:
        return None
    led = [row for row in rows[1:] if cell_text(row, lead)]
    filled = [row for row in led if cell_text(row, found[0])]
    return found[0] if led and 2 * len(filled) >= len(led) else None


# A first name column that names the work itself, never a grouping ("Tên luật", "Tên lĩnh vực"),
# and a later one that names what the work yields ("Tên sản phẩm", "Kết quả"), never the work.
_WORK_FIRST = re.compile(r"^(?:cac |ten )?(?:noi dung|nhiem vu|cong viec|hoat dong|giai phap)\b")
_PRODUCT_COLUMN = re.compile(r"\b(?:san pham|ket qua)\b")
