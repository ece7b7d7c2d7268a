"""Round 33 (appendix), review: the reviewer's probes of the appendix task-table rules.

A real Word appendix merges a body's number, lead, partner and group cells DOWN over its further
rows (vMerge; python-docx repeats the top cell): each row is that body's work with its own time,
its dash dropped. A row across the table under a numbered row (a note, a sub-heading, a total)
is no one's work. A time cell that names a part of a year ("Đầu năm 2034") or a year in a later
clause ("Sơ kết năm 2033, tổng kết năm 2035") gets no date from its first clause's year.
Documents invented for these tests.
"""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from notices import parse_notice
from notices.readers import decode_document
from notices.tables import task_table_rows
from tests.unit.notices.test_round33_appendix import _DECISION, _PLAN

_HEADER = [
    "STT",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thuộc nhóm nhiệm vụ",
    "Nội dung nhiệm vụ",
    "Chỉ tiêu",
    "Thời hạn hoàn thành",
]


_LEFT = ["", "", "", ""]  # the number, lead, partner and group cells, merged down from above


def _merged_down_docx() -> bytes:
    """The decision, its appendix table's four left cells merged down over a body's three rows."""
    document = docx.Document()
    for line in _DECISION:
        document.add_paragraph(line)
    rows = [
        _HEADER,
        [
            "1",
            "Sở Xây dựng",
            "Công an tỉnh",
            "Quản lý bụi công trình",
            "- Ban hành quy định che chắn công trường.",
            "- Quy định được ban hành.",
            "Năm 2033",
        ],
        [*_LEFT, "- Kiểm tra định kỳ các trạm trộn bê tông.", "- Biên bản được lập.", "Năm 2034"],
        [*_LEFT, "- Lắp camera tại các bãi tập kết vật liệu.", "- Camera hoạt động.", "Năm 2035"],
    ]
    table = document.add_table(rows=len(rows), cols=len(_HEADER))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    for c in range(4):
        table.cell(1, c).merge(table.cell(3, c))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_table_merged_down_gives_each_row_to_its_body_with_its_time() -> None:
    tasks = parse_notice(decode_document(_merged_down_docx(), "pl.docx")).tasks
    assert [(tuple(t.lead), t.deadline) for t in tasks] == [
        (("Sở Xây dựng",), date(2033, 12, 31)),
        (("Sở Xây dựng",), date(2034, 12, 31)),
        (("Sở Xây dựng",), date(2035, 12, 31)),
    ]
    assert "phối hợp với Công an tỉnh: kiểm tra định kỳ các trạm trộn bê tông;" in tasks[1].text
    assert not any("Quản lý bụi công trình" in t.text for t in tasks)  # the group, no work


def test_a_content_cell_of_one_dash_item_loses_its_dash() -> None:
    row = ["1", "Sở Xây dựng", "Công an tỉnh", "Quản lý bụi", "- Ban hành quy định che chắn."]
    sentences = task_table_rows([_HEADER, [*row, "- Quy định được ban hành.", "Năm 2033"]])
    assert sentences == [
        "1. Giao Sở Xây dựng chủ trì, phối hợp với Công an tỉnh: ban hành quy định che chắn; "
        "thời hạn: Năm 2033."
    ]


def test_a_content_cell_of_several_dash_items_keeps_them() -> None:
    work = "- Rà soát các điểm tập kết vật liệu; - Kiểm tra các trạm trộn"
    row = ["1", "Sở Xây dựng", "", "Quản lý bụi", work, "", "Năm 2033"]
    sentences = task_table_rows([_HEADER, row])
    assert sentences is not None
    assert f": {work[:1].lower()}{work[1:]}; thời hạn" in sentences[0]


_HEALTH = ["STT", "Cơ quan chủ trì", "Cơ quan phối hợp", "Nội dung nhiệm vụ", "Sản phẩm"]
_HEALTH_ROW = ["1", "Sở Y tế", "Sở Tài chính", "Xây dựng kế hoạch tiêm chủng mở rộng"]


@pytest.mark.parametrize(
    "text",
    [
        "- Ghi chú: Sở Tài chính bố trí kinh phí thực hiện. Năm 2033",
        "- Nhóm giải pháp về truyền thông",
        "- Tổng cộng: 12 nhiệm vụ",
    ],
)
def test_a_dash_note_across_the_table_under_a_numbered_row_is_no_task(text: str) -> None:
    header = [*_HEALTH, "Thời hạn hoàn thành"]
    row = [*_HEALTH_ROW, "Kế hoạch được ban hành", "Quý II/2033"]
    sentences = task_table_rows([header, row, [text] * len(header)], repeats_spans=True)
    assert sentences is not None and len(sentences) == 1
    assert sentences[0].startswith("1. Giao Sở Y tế chủ trì")


@pytest.mark.parametrize(
    "time",
    [
        "Đầu năm 2034",  # early in the year, not by its end
        "Giữa năm 2034",
        "Sơ kết năm 2033, tổng kết năm 2035",  # the work ends in 2035, not 2033
        "Báo cáo năm 2033 và 2034",
    ],
)
def test_a_part_of_a_year_or_a_later_clause_s_year_gives_no_first_year_end(time: str) -> None:
    tasks = parse_notice(_PLAN.format(time=time)).tasks
    assert len(tasks) == 1
    assert tasks[0].deadline not in (date(2033, 12, 31), date(2034, 12, 31))
