"""The ReportRenderer the conversation and the CLI use: ReportData → .docx or .xlsx bytes."""

from __future__ import annotations

from pathlib import Path

from handlers.report_data import ReportData

MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class FileRenderer:
    """Draws with python-docx/openpyxl (imported on first use: they are slow to load)."""

    def __init__(self, template: Path | None = None) -> None:
        self._template = template

    def __call__(self, data: ReportData, fmt: str) -> bytes:
        if fmt == "docx":
            from bot.reports.docx_report import render_docx

            return render_docx(data, template=self._template)
        if fmt == "xlsx":
            from bot.reports.xlsx_report import render_xlsx

            return render_xlsx(data)
        raise ValueError(f"unknown report format: {fmt}")
