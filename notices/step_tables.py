"""A procedure's step table whose rows name the issuer's own units: one task per step.

A university's or an agency's Quy trình may set its steps out as a table: "Bước | Trình tự thực
hiện | Diễn giải | Thời gian | Trách nhiệm | Phối hợp | Biểu mẫu", or "Bước | Nội dung công việc |
Đơn vị/Người thực hiện | Thời gian | Biểu mẫu". When its doer column names the issuer's offices,
councils and staff ("P. ĐTĐH", "CBGD", "Phòng Đào tạo", "Khoa/Bộ môn"), each row is work of the
doer it names (fresh27's uit-35, as `notices.unit_steps` reads "Bước N:" lines). A table run for
an applicant ("Tổ chức, cá nhân", "Công dân", "Sinh viên" files, a "Bộ phận một cửa" receives)
is how every application is handled: no task (round 32's `notices.case_steps`), and so is a
table none of whose doers is a unit ("Người có thẩm quyền", empty cells).

`task_table_rows` reads every other table; this module only writes a step table's rows in its
sentence form, "N. Giao <doer> chủ trì, phối hợp với <partners>: <what the step does>."
"""

from __future__ import annotations

import re

from notices.step_doers import applicant_at, files, receives, unit_at
from notices.table_cells import body_list, cell_text
from notices.text import fold_key

# the step column first ("Bước", "Bước thực hiện", "TT bước")
_STEP_COLUMN = re.compile(r"^(?:tt\s+)?buoc(?:\s+thuc hien)?$")
# who does the step: "Trách nhiệm", "Người thực hiện", "Đơn vị/Người thực hiện", "Bộ phận thực
# hiện", "Đơn vị chủ trì" (header_key-like fold: "/" and "," are spaces)
_DOER_COLUMN = re.compile(
    r"^(?:trach nhiem(?: thuc hien| chinh)?|(?:(?:don vi|nguoi|bo phan|ca nhan|co quan)\s+)+"
    r"(?:thuc hien|chu tri|phu trach))$"
)
_PARTNER_COLUMN = re.compile(r"^(?:phoi hop|don vi phoi hop|bo phan phoi hop)$")
# what the step does, the fuller column first: "Diễn giải" / "Mô tả" / "Nội dung (công việc)"
# before the step's name ("Trình tự thực hiện", "Công việc", "Tên bước")
_CONTENT_COLUMNS = (
    re.compile(r"^(?:dien giai|mo ta|noi dung(?: cong viec| chi tiet| thuc hien)?)$"),
    re.compile(r"^(?:trinh tu thuc hien|cong viec|ten buoc|cac buoc)$"),
)
_MIN_UNIT_ROWS = 2


def _key(cell: str) -> str:
    return " ".join(fold_key(cell).replace("/", " ").replace(",", " ").split())


def step_columns(header: list[str]) -> dict[str, int] | None:
    """The columns of a step table's header (number, content, lead, support), or None."""
    keys = [_key(cell) for cell in header]
    if not keys or not _STEP_COLUMN.match(keys[0]):
        return None
    columns = {"number": 0}
    for index, key in enumerate(keys[1:], start=1):
        if "lead" not in columns and _DOER_COLUMN.match(key):
            columns["lead"] = index
        elif "support" not in columns and _PARTNER_COLUMN.match(key):
            columns["support"] = index
    for pattern in _CONTENT_COLUMNS:
        found = next((i for i, key in enumerate(keys) if i and pattern.match(key)), None)
        if found is not None:
            columns["content"] = found
            break
    return columns if {"lead", "content"} <= columns.keys() else None


def _unit(cell: str) -> bool:
    text = cell.strip()
    return bool(text) and unit_at(text)


def _files(row: list[str], columns: dict[str, int], lead: str) -> bool:
    """The row's doer files, or the row takes in or answers an application."""
    content = cell_text(row, columns["content"]).strip()
    first = content[:1].lower() + content[1:]
    return (
        files(lead)
        or receives(lead)
        or (applicant_at(lead) and files(f"{lead.strip()} {first}"))
        or files(first)
        or receives(first)
    )


def step_table_rows(rows: list[list[str]]) -> list[str] | None:
    """Sentences for a step table whose doers are the issuer's units; [] for one run for an
    applicant (its rows are no task, however its columns read); None for any other table (a
    step table naming no unit is read as before)."""
    if len(rows) < 2 or (columns := step_columns(rows[0])) is None:
        return None
    leads = [cell_text(row, columns["lead"]) for row in rows[1:]]
    # an applicant who files, or a row that takes the application in, as `notices.unit_steps`
    # reads a step ("Sinh viên | Nộp đơn …", "Bộ phận một cửa | Tiếp nhận hồ sơ"); an applicant
    # who only reads the outcome ("Sinh viên | Xem lịch thi …") is no unit and its row no task
    if any(_files(row, columns, lead) for row, lead in zip(rows[1:], leads, strict=True) if lead):
        return []
    if sum(_unit(lead) for lead in leads) < _MIN_UNIT_ROWS:
        return None
    out: list[str] = []
    for position, row in enumerate(rows[1:], start=1):
        content = cell_text(row, columns["content"]).strip()
        lead = body_list(row, columns["lead"])
        if not content or not lead or not _unit(lead):
            continue
        number = cell_text(row, 0).strip().rstrip(".") or str(position)
        sentence = f"{number}. Giao {lead} chủ trì"
        support = body_list(row, columns["support"]) if "support" in columns else ""
        sentence += f", phối hợp với {support.replace(';', ',')}" if support else ""
        out.append(f"{sentence}: {content.rstrip('.')}.")
    return out or None
