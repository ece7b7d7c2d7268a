"""The ReportRenderer the conversation and the CLI use: ReportData → .docx or .xlsx bytes.

`draw` does the drawing in the calling thread (the CLI: nothing else waits on it). A chat
request must not hold the event loop while python-docx/openpyxl draw a few thousand rows, nor
let one huge report take the bot's memory: `nhacviec run` uses `ProcessRenderer`
(bot/report_worker.py), a child process under a time and a memory limit; `FileRenderer`'s
awaitable form draws in a worker thread (tests, small embeddings)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from handlers.report_data import ReportData

MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def draw(data: ReportData, fmt: str, template: Path | None = None) -> bytes:
    """Draws with python-docx/openpyxl (imported on first use: they are slow to load)."""
    if fmt == "docx":
        from bot.reports.docx_report import render_docx

        return render_docx(data, template=template)
    if fmt == "xlsx":
        from bot.reports.xlsx_report import render_xlsx

        return render_xlsx(data)
    raise ValueError(f"unknown report format: {fmt}")


class FileRenderer:
    """A ReportRenderer drawing in a worker thread of this process (no limits)."""

    def __init__(self, template: Path | None = None) -> None:
        self._template = template

    async def __call__(self, data: ReportData, fmt: str) -> bytes:
        return await asyncio.to_thread(draw, data, fmt, self._template)
