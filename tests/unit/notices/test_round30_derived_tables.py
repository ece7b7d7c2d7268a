"""Round 30 (derived tables): the corpus builder lays a Markdown task table out as a Word table
whose rows keep their empty cells in place (`tests/notice_corpus/make_derived.py`). A task row
with no partner or no fund used to be merged across the table as if it were a section heading,
so the built .docx lost the row's lead and time (hue-275, bnn-113) while its text kept them."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from tests.unit.notices.test_round13_corpus_build import _builder

_TABLE = (
    "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Kinh phí | Thời gian |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
    "| I | Xây dựng cơ chế, chính sách | | | | |\n"
    "| 1 | Rà soát chính sách hỗ trợ du lịch | Sở Du lịch | | | 2025 |\n"
    "| 2 | Cho thuê tài sản công | Sở Tài chính | Sở Xây dựng | | 2025-2026 |\n"
    "| 3 | Quảng bá điểm đến | Sở Du lịch | UBND các xã | Ngân sách | Hằng năm |\n"
)


def _rows(tmp_path: Path, text: str) -> list[list[str]]:
    source = tmp_path / "plan.md"
    source.write_text(text, encoding="utf-8")
    built = docx.Document(io.BytesIO(_builder().build_docx(source)))
    (table,) = built.tables
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_a_task_row_with_empty_cells_keeps_its_columns(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _TABLE)
    assert rows[2] == ["1", "Rà soát chính sách hỗ trợ du lịch", "Sở Du lịch", "", "", "2025"]
    assert rows[3][2] == "Sở Tài chính" and rows[3][5] == "2025-2026"
    assert rows[4] == [
        "3",
        "Quảng bá điểm đến",
        "Sở Du lịch",
        "UBND các xã",
        "Ngân sách",
        "Hằng năm",
    ]


def test_a_section_heading_row_still_spans_the_table(tmp_path: Path) -> None:
    # counter-example: a row with two cells filled is a heading, merged across the width
    # (python-docx repeats a merged cell's text in every grid cell)
    heading = _rows(tmp_path, _TABLE)[1]
    assert len(set(heading)) == 1
    assert heading[0] == "I Xây dựng cơ chế, chính sách"
