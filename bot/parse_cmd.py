"""`nhacviec parse FILE [--json] [--year-hint Y]`: read one notice and print what was found."""

from __future__ import annotations

import json
import logging
import sys
import textwrap
from typing import TextIO

from notices import ClassifiedNoticeError, NoticeError, ParsedNotice, notice_to_json, parse_notice
from notices.explain import no_task_reason
from notices.readers import read_document

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_UNREADABLE = 1
EXIT_CLASSIFIED = 3
EXIT_INTERNAL = 70

_KIND_LABELS = {
    "on_date": "chậm nhất",
    "before_date": "trước ngày",
    "period_end": "hết kỳ",
    "recurring": "định kỳ",
    "ongoing": "thường xuyên",
    "none": "—",
}


def run_parse(path: str, *, as_json: bool, year_hint: int | None) -> int:
    """Parse the notice at `path`, print JSON or a table to stdout; errors: one line on stderr."""
    try:
        text = read_document(path)
        notice = parse_notice(text, year_hint=year_hint)
    except ClassifiedNoticeError as exc:
        log.info("refused a classified notice")  # never log its text (state-secret law)
        _write(sys.stderr, f"Từ chối: {exc.message}\n")
        return EXIT_CLASSIFIED
    except NoticeError as exc:
        _write(sys.stderr, f"Lỗi: {exc.message}\n")
        return EXIT_UNREADABLE
    except Exception:  # a parser bug must not print a traceback at the user
        log.debug("parse failed", exc_info=True)
        _write(sys.stderr, "Lỗi: không phân tích được văn bản này (lỗi nội bộ của bộ đọc).\n")
        return EXIT_INTERNAL
    if as_json:
        _write(sys.stdout, json.dumps(notice_to_json(notice), ensure_ascii=False, indent=2) + "\n")
    else:
        _write(sys.stdout, render_table(notice))
    if not notice.tasks:  # the JSON contract stays as it is; the reason goes to stderr
        _write(sys.stderr, f"Không tìm thấy việc nào được giao: {no_task_reason(notice, text)}.\n")
    return EXIT_OK


def render_table(notice: ParsedNotice) -> str:
    """A readable summary: metadata lines, then one block per task."""
    issued = notice.issued_date.strftime("%d/%m/%Y") if notice.issued_date else "không rõ"
    leads = {name for task in notice.tasks for name in task.lead}
    if notice.issued_date_is_meeting:
        issued += " (ngày họp)"
    lines = [
        f"Số, ký hiệu : {notice.doc_number or '(để trống)'}    Loại: {notice.doc_type or '—'}",
        f"Cơ quan     : {notice.issuer or '—'}    Nơi ban hành: {notice.place or '—'}",
        f"Ngày        : {issued}",
        f"Trích yếu   : {notice.title or '—'}",
        f"Người ký    : {notice.signer or '—'} ({notice.signer_title or '—'})",
        *(f"Ghi chú     : {note}" for note in notice.notes),
        "",
        f"{len(notice.tasks)} nhiệm vụ, {len(leads)} đơn vị chủ trì",
        "",
    ]
    header = f"{'Mục':<10} {'Hạn':<12} {'Loại':<12} Chủ trì"
    lines += [header, "-" * 78]
    for task in notice.tasks:
        due = task.deadline.strftime("%d/%m/%Y") if task.deadline else "—"
        kind = _KIND_LABELS[task.deadline_kind.value]
        if task.recurrence:
            kind = f"{kind} ({task.recurrence.value})"
        lines.append(f"{task.ref:<10} {due:<12} {kind:<12} {'; '.join(task.lead)}")
        details = [
            ("Phối hợp", "; ".join(task.support)),
            ("Chỉ đạo", "; ".join(task.directing)),
            ("Tiêu chí", ", ".join(task.criteria)),
            ("Cụm hạn", task.deadline_phrase or ""),
        ]
        for label, value in details:
            if value:
                lines.append(f"{'':<10} {label}: {value}")
        summary = textwrap.shorten(task.text, width=150, placeholder=" …")
        lines.extend(f"{'':<10} {row}" for row in textwrap.wrap(summary, width=66))
        lines.append("")
    return "\n".join(lines) + "\n"


def _write(stream: TextIO, text: str) -> None:
    """Write Vietnamese even to a terminal whose encoding cannot hold it."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            stream.write(text.encode("ascii", "replace").decode("ascii"))
        else:
            buffer.write(text.encode("utf-8"))
    stream.flush()
