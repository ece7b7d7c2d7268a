"""Round 33 (appendix): an appendix task table whose rows were not read as tasks.

A decision's or plan's appendix gives each body its work in a table (STT | Cơ quan chủ trì | Cơ
quan phối hợp | Thuộc nhóm nhiệm vụ | Nội dung nhiệm vụ | Chỉ tiêu | Thời hạn hoàn thành),
grouped under heading rows ("A. SỞ XÂY DỰNG"), one body's further work on rows under its
numbered row. Two things lost those rows: the group column ("Thuộc nhóm nhiệm vụ") was taken
for the work; a time cell saying a period and what goes on after it ("Giai đoạn 2026 - 2027.
Thực hiện rà soát (nếu có)", "Trước năm 2030") gave no date. Counter-examples: a table of
targets, of money or of documents, a time that says when work starts or that it goes on.
Documents invented for these tests.
"""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from notice_fixtures import task_leads as _tasks

from notices import parse_notice
from notices.model import DeadlineKind
from notices.readers import decode_document
from notices.tables import task_table_rows

_HEADER = [
    "STT",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thuộc nhóm nhiệm vụ, giải pháp",
    "Nội dung nhiệm vụ",
    "Chỉ tiêu cần đạt",
    "Thời hạn hoàn thành",
]
_ROW = [
    "1",
    "Sở Xây dựng",
    "Công an tỉnh; UBND các xã",
    "Quản lý bụi từ công trình xây dựng",
    "Ban hành quy định che chắn công trường xây dựng",
    "Quy định được ban hành",
    "Năm 2033",
]


def test_the_work_column_is_read_beside_a_group_column() -> None:
    sentences = task_table_rows([_HEADER, _ROW])
    assert sentences is not None
    assert sentences[0].startswith("1. Giao Sở Xây dựng chủ trì")
    assert ": ban hành quy định che chắn công trường xây dựng; thời hạn: Năm 2033." in sentences[0]


def test_a_group_column_alone_is_still_the_content() -> None:
    header = ["STT", "Nhóm nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]
    sentences = task_table_rows([header, ["1", "Cải tạo chợ Đông", "Sở Công Thương", "2034"]])
    assert sentences == ["1. Giao Sở Công Thương chủ trì: cải tạo chợ Đông; thời hạn: Năm 2034."]


_PLAN = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH
Số: 88/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 05 tháng 01 năm 2032

KẾ HOẠCH
Giảm bụi mịn trên địa bàn tỉnh

| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn hoàn thành |
|---|---|---|---|
| 1 | Lập bản đồ các điểm nóng bụi mịn | Sở Nông nghiệp và Môi trường | {time} |

CHỦ TỊCH
Trần Văn Bình
"""


@pytest.mark.parametrize(
    ("time", "due", "kind"),
    [
        ("Giai đoạn 2032 - 2035", date(2035, 12, 31), DeadlineKind.PERIOD_END),
        (
            "Ban hành trong năm 2033. Thực hiện rà soát, điều chỉnh (nếu có)",
            date(2033, 12, 31),
            DeadlineKind.PERIOD_END,
        ),
        (
            "Hoàn thành trong giai đoạn 2032 - 2033 và vận hành thường xuyên, liên tục",
            date(2033, 12, 31),
            DeadlineKind.PERIOD_END,
        ),
        (
            "Thí điểm trong giai đoạn 2032 - 2034 và mở rộng sau năm 2035",
            date(2034, 12, 31),
            DeadlineKind.PERIOD_END,
        ),
        ("Trước năm 2035", date(2034, 12, 31), DeadlineKind.BEFORE_DATE),
        # a quarter stays the quarter, whatever follows it
        (
            "Ban hành trong quý II năm 2033. Thực hiện rà soát, điều chỉnh (nếu có)",
            date(2033, 6, 30),
            DeadlineKind.PERIOD_END,
        ),
    ],
)
def test_a_time_cell_naming_a_period_then_what_goes_on_is_due_at_the_period_s_end(
    time: str, due: date, kind: DeadlineKind
) -> None:
    tasks = parse_notice(_PLAN.format(time=time)).tasks
    assert [(t.deadline, t.deadline_kind) for t in tasks] == [(due, kind)]


@pytest.mark.parametrize(
    ("time", "kind"),
    [
        ("Triển khai từ năm 2032 và thực hiện thường xuyên, liên tục", DeadlineKind.ONGOING),
        ("Thực hiện thường xuyên, liên tục", DeadlineKind.ONGOING),
        ("Hằng năm", DeadlineKind.RECURRING),
    ],
)
def test_a_time_cell_saying_when_work_starts_or_that_it_goes_on_has_no_date(
    time: str, kind: DeadlineKind
) -> None:
    tasks = parse_notice(_PLAN.format(time=time)).tasks
    assert [(t.deadline, t.deadline_kind) for t in tasks] == [(None, kind)]


def test_a_year_that_goes_on_with_the_years_after_it_has_no_date() -> None:
    tasks = parse_notice(_PLAN.format(time="Năm 2032 và các năm tiếp theo")).tasks
    assert [t.deadline for t in tasks] == [None]


_DECISION = (
    "ỦY BAN NHÂN DÂN TỈNH AN BÌNH",
    "Số: 15/QĐ-UBND",
    "An Bình, ngày 20 tháng 02 năm 2032",
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch giảm ô nhiễm không khí",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch giảm ô nhiễm không khí.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.",
    "CHỦ TỊCH",
    "Trần Văn Bình",
    "PHỤ LỤC",
    "PHÂN CÔNG NHIỆM VỤ (Kèm theo Quyết định số 15/QĐ-UBND ngày 20/02/2032)",
)


def _lead(tasks: list[tuple[str, tuple[str, ...]]], work: str) -> tuple[str, ...] | None:
    """The lead of the task whose text holds `work` (a table row reads "Giao … chủ trì: …")."""
    return next((lead for text, lead in tasks if work.lower() in text.lower()), None)


def _appendix_docx(rows: list[list[str]]) -> bytes:
    """A decision whose appendix table writes each heading row as one cell across the table."""
    document = docx.Document()
    for line in _DECISION:
        document.add_paragraph(line)
    width = len(rows[0])
    table = document.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        if len(row) == 1:
            table.cell(r, 0).merge(table.cell(r, width - 1)).text = row[0]
            continue
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_an_appendix_word_table_gives_each_row_of_work_to_its_body() -> None:
    rows = [
        _HEADER,
        ["A. SỞ XÂY DỰNG"],
        _ROW,
        ["B. CÔNG AN TỈNH"],
        [
            "1",
            "Công an tỉnh",
            "Sở Xây dựng",
            "Xử lý vi phạm",
            "Xử lý xe chở vật liệu rơi vãi trên đường",
            "Các vụ vi phạm được xử lý",
            "Thực hiện thường xuyên, liên tục",
        ],
    ]
    tasks = _tasks(decode_document(_appendix_docx(rows), "pl.docx"))
    assert _lead(tasks, "Ban hành quy định che chắn") == ("Sở Xây dựng",)
    assert _lead(tasks, "Xử lý xe chở vật liệu") == ("Công an tỉnh",)
    assert len(tasks) == 2  # the group cells ("Quản lý bụi …", "Xử lý vi phạm") are no work


@pytest.mark.parametrize(
    "rows",
    [
        [  # targets, no body
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2032", "Năm 2035"],
            ["1", "Tỷ lệ ngày có chỉ số chất lượng không khí tốt", "%", "70", "80"],
        ],
        [  # money
            ["STT", "Nội dung", "Kinh phí (triệu đồng)", "Nguồn vốn"],
            ["1", "Mua sắm trạm quan trắc tự động", "12.000", "Ngân sách tỉnh"],
        ],
        [  # documents already issued
            ["STT", "Tên văn bản", "Cơ quan ban hành", "Ngày ban hành"],
            ["1", "Quyết định về quy định che chắn công trường", "UBND tỉnh", "12/3/2031"],
        ],
    ],
)
def test_an_appendix_of_targets_money_or_documents_gives_no_task(rows: list[list[str]]) -> None:
    assert _tasks(decode_document(_appendix_docx(rows), "pl.docx")) == []
