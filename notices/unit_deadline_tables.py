"""A plan's table of units and their due dates, with no column of work: "Stt | Cơ quan, đơn vị |
Địa điểm | Kênh tần số đang được cấp phép sử dụng | Kênh tần số chuyển đổi | Thời hạn chuyển
đổi (trước ngày) | Ghi chú" (a channel-switch plan). The row is what its unit must do by the
date: the other cells say where and what ("Nam Định | 47 (VTV3) | 50 | 01/5/2014 | Giải phóng
kênh 47 …"). A schedule ("STT | Đơn vị | Thời gian": when a unit is visited or surveyed) names
no due date and is left alone: only a "Thời hạn …" column is one."""

from __future__ import annotations

import re

from notices.table_cells import cell_text
from notices.table_columns import COLUMNS, header_key

# the unit column: the body itself, no role ("chủ trì", "phối hợp") and no "được kiểm tra"
_UNIT = re.compile(r"^(?:co quan don vi|co quan|don vi|don vi thuc hien chuyen doi)$")
# "Thời hạn chuyển đổi (trước ngày)", "Thời hạn hoàn thành": a due date, not a time; a
# licence's "Thời hạn giấy phép", a file's "Thời hạn giải quyết" or a term of office is no work
_DUE = re.compile(r"^thoi han (?:chuyen doi|hoan thanh|thuc hien)\b|^thoi han\b.*\btruoc ngay\b")
_BEFORE = re.compile(r"\btruoc\b")
_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])")
_ASIDE = re.compile(r"^(?:ghi chu)$")
_MIN_ROWS = 2


def unit_deadline_rows(rows: list[list[str]]) -> list[str] | None:
    """ "N. Giao <đơn vị> chủ trì: <ô> | <ô> | …; thời hạn: trước ngày <ngày>." for each row of
    such a table (a merged unit cell read empty goes on the unit above); None when the header
    has no unit and due-date column, has a column of work or of leads, or a row has no date."""
    if len(rows) <= _MIN_ROWS:
        return None
    keys = [header_key(cell) for cell in rows[0]]
    unit_at = next((i for i, key in enumerate(keys) if _UNIT.match(key)), None)
    due_at = next((i for i, key in enumerate(keys) if _DUE.match(key)), None)
    if unit_at is None or due_at is None:
        return None
    if any(COLUMNS[kind].search(key) for key in keys for kind in ("content", "lead", "support")):
        return None
    number_at = next((i for i, key in enumerate(keys) if COLUMNS["number"].match(key)), None)
    own = [i for i in range(len(keys)) if i not in (unit_at, number_at)]
    if len([i for i in own if i != due_at and not _ASIDE.match(keys[i])]) < 1:
        return None  # the unit and its date only: a list of dates, not what to do
    before = "trước " if _BEFORE.search(keys[due_at]) else ""
    out: list[str] = []
    unit = ""
    for position, row in enumerate(rows[1:], start=1):
        unit = cell_text(row, unit_at) or unit
        dates = _DATE.findall(cell_text(row, due_at))
        if not unit or not dates:
            return None
        content = " | ".join(cell for i in own if (cell := cell_text(row, i)))
        number = cell_text(row, number_at) if number_at is not None else ""
        marker = f"{number}." if number.isdigit() else f"{position}."
        out.append(f"{marker} Giao {unit} chủ trì: {content}; thời hạn: {before}ngày {dates[-1]}.")
    return out
