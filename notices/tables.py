"""A table of tasks (Nội dung | Đơn vị chủ trì | Phối hợp | Thời gian) rewritten as sentences.

Notices sometimes list their tasks in a table; the parser reads sentences, so each row becomes
"N. Giao <chủ trì> chủ trì, phối hợp với <phối hợp>: <nội dung>; thời hạn: <thời gian>."
"""

from __future__ import annotations

import re

from notices.text import fold_key

_COLUMNS = {
    "number": re.compile(r"^(?:stt|tt|so tt|so thu tu)$"),
    "content": re.compile(r"noi dung|nhiem vu|cong viec|ten"),
    "lead": re.compile(r"chu tri|don vi thuc hien|co quan thuc hien|don vi chiu trach nhiem"),
    "support": re.compile(r"phoi hop"),
    "deadline": re.compile(r"thoi gian|thoi han|tien do|han hoan thanh"),
}


def _cell(row: list[str], index: int) -> str:
    value = row[index] if index < len(row) else ""
    return " ".join(value.split()).strip(" .;")


def task_table_rows(rows: list[list[str]]) -> list[str] | None:
    """Sentences for a table whose header names at least a content and a lead column."""
    if len(rows) < 2:
        return None
    columns: dict[str, int] = {}
    for index, header in enumerate(rows[0]):
        key = fold_key(header)
        for name, pattern in _COLUMNS.items():
            if name not in columns and pattern.search(key):
                columns[name] = index
                break
    if "content" not in columns or "lead" not in columns:
        return None
    out: list[str] = []
    for position, row in enumerate(rows[1:], start=1):
        values = {name: _cell(row, index) for name, index in columns.items()}
        content, lead = values["content"], values["lead"]
        if not content or not lead:
            continue
        number = values.get("number", "")
        marker = f"{number}." if number.isdigit() else f"{position}."
        support = values.get("support", "")
        sentence = f"{marker} Giao {lead} chủ trì"
        sentence += f", phối hợp với {support}" if support else ""
        sentence += f": {content[:1].lower()}{content[1:]}"
        deadline = values.get("deadline", "")
        sentence += f"; thời hạn: {deadline}." if deadline else "."
        out.append(sentence)
    return out or None
