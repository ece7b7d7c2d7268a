"""Round 22 (leadspan): where a lead's name ends, and who leads a law-making programme's rows.

A verb of heeding or giving ("chú ý", "dành thời gian", "nêu cao", "nắm vững", the adverb "đều")
between a name and its work ends the name; a qualifier after a generic group noun ("các cơ quan
trình đề án", "các cơ sở tổ chức thi") says which ones and stays; the deputies of an elected body
are one more lead; one "Thường trực" heads every parliamentary committee listed after it. In a
programme table the body that submits ("Cơ quan trình") leads, not the committee that reviews
("Cơ quan chủ trì thẩm tra"), and "Kỳ họp tháng 7/2026" is due in that month. Documents
invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.names import split_assignees
from notices.subjects import scan_subject
from notices.table_times import due_cell
from notices.tables import task_table_rows
from notices.text import match_form


def _subject(sentence: str) -> str:
    span = scan_subject(sentence, match_form(sentence), 0)
    assert span is not None
    return sentence[: span.end].strip()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Các trường mầm non chú ý kiểm tra bếp ăn bán trú hằng ngày.", "Các trường mầm non"),
        (
            "Ủy ban nhân dân các xã nêu cao tinh thần trách nhiệm trong phòng, chống thiên tai.",
            "Ủy ban nhân dân các xã",
        ),
        ("Các hộ gia đình đều nắm vững lịch tiêm chủng của con em.", "Các hộ gia đình"),
        (
            "Các chi hội phụ nữ dành thời gian sinh hoạt chuyên đề về an toàn giao thông.",
            "Các chi hội phụ nữ",
        ),
        (
            "Các trạm y tế đặc biệt lưu ý theo dõi sức khỏe người cao tuổi.",
            "Các trạm y tế",
        ),
        (
            "Các Trường Cao đẳng cấp văn bằng gửi báo cáo về Sở trước ngày 15/8/2026.",
            "Các Trường Cao đẳng",
        ),
    ],
)
def test_heed_verb_ends_the_name(sentence: str, name: str) -> None:
    assert _subject(sentence) == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Ủy ban nhân dân tỉnh, các cơ quan trình đề án tiếp tục rà soát hồ sơ.",
            "Ủy ban nhân dân tỉnh, các cơ quan trình đề án",
        ),
        (
            "Các cơ sở tổ chức thi sát hạch chịu trách nhiệm về kết quả thi.",
            "Các cơ sở tổ chức thi sát hạch",
        ),
        # counter-examples: the verb right after the group is its work
        ("Các cơ quan trình Ủy ban nhân dân tỉnh phê duyệt dự toán.", "Các cơ quan"),
        ("Các đơn vị tổ chức tuyên truyền sâu rộng đến nhân dân.", "Các đơn vị"),
        ("Các đơn vị tổ chức thực hiện nghiêm túc Kế hoạch này.", "Các đơn vị"),
        ("Các cơ sở tổ chức diễn tập và báo cáo kết quả về Sở Y tế.", "Các cơ sở"),
        # counter-examples: names that hold verbs stay whole
        (
            "Ban Quản lý dự án đầu tư xây dựng huyện chủ trì lập hồ sơ mời thầu.",
            "Ban Quản lý dự án đầu tư xây dựng huyện",
        ),
        (
            "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ trực tuyến.",
            "Trung tâm Phục vụ hành chính công tỉnh",
        ),
        (
            "Các cơ quan cấp văn bằng rà soát sổ gốc trước ngày 30/9/2026.",
            "Các cơ quan cấp văn bằng",
        ),
    ],
)
def test_qualifier_of_a_group_stays_in_the_name(sentence: str, name: str) -> None:
    assert _subject(sentence) == name


def _names(span: str) -> list[str]:
    names = split_assignees(span)
    assert names is not None
    return [n.name for n in names]


def test_deputies_are_one_more_lead() -> None:
    assert _names("Đoàn đại biểu Quốc hội tỉnh và đại biểu Quốc hội") == [
        "Đoàn đại biểu Quốc hội tỉnh",
        "đại biểu Quốc hội",
    ]
    assert _names("Thường trực HĐND huyện và đại biểu HĐND huyện") == [
        "Thường trực HĐND huyện",
        "đại biểu HĐND huyện",
    ]


def test_standing_body_heads_every_committee_listed() -> None:
    assert _names("Thường trực Ủy ban Kinh tế, Ủy ban Quốc phòng và An ninh") == [
        "Thường trực Ủy ban Kinh tế",
        "Thường trực Ủy ban Quốc phòng và An ninh",
    ]
    # counter-examples: a council's standing body, then councils or its own boards
    assert _names("Thường trực HĐND, UBND huyện") == ["Thường trực HĐND, UBND huyện"]
    assert _names("Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh") == [
        "Thường trực Hội đồng nhân dân tỉnh",
        "các Ban của Hội đồng nhân dân tỉnh",
    ]
    assert _names("Thường trực Ủy ban Văn hóa, Ủy ban nhân dân tỉnh") == [
        "Thường trực Ủy ban Văn hóa",
        "Ủy ban nhân dân tỉnh",
    ]


@pytest.mark.parametrize(
    ("cell", "due"),
    [
        ("Phiên họp tháng 3/2026", "Tháng 3/2026"),
        ("Kỳ họp thường lệ tháng 12/2026", "Tháng 12/2026"),
        ("Hội nghị tháng 10/2025", "Tháng 10/2025"),
        ("Phiên họp thứ 45", "Phiên họp thứ 45"),  # counter-example: no month named
    ],
)
def test_meeting_named_by_its_month_is_due_in_it(cell: str, due: str) -> None:
    assert due_cell(cell) == due


_PROGRAMME = [
    [
        "STT",
        "Tên dự thảo nghị quyết",
        "Cơ quan trình",
        "Cơ quan chủ trì thẩm tra",
        "Cơ quan tham gia thẩm tra",
        "Tiến độ trình",
    ],
    [
        "1",
        "Nghị quyết quy định mức thu học phí",
        "Ủy ban nhân dân tỉnh",
        "Ban Văn hóa - Xã hội",
        "Các Ban của Hội đồng nhân dân tỉnh",
        "Kỳ họp tháng 7/2026",
    ],
    [
        "2",
        "Nghị quyết về chính sách hỗ trợ giáo viên",
        "Ủy ban nhân dân tỉnh",
        "Ban Văn hóa - Xã hội",
        "Các Ban của Hội đồng nhân dân tỉnh",
        "Kỳ họp tháng 12/2026",
    ],
]


def test_programme_row_led_by_the_submitting_body() -> None:
    rows = task_table_rows(_PROGRAMME)
    assert rows == [
        "1. Giao Ủy ban nhân dân tỉnh chủ trì: nghị quyết quy định mức thu học phí; thời hạn: "
        "Tháng 7/2026.",
        "2. Giao Ủy ban nhân dân tỉnh chủ trì: nghị quyết về chính sách hỗ trợ giáo viên; "
        "thời hạn: Tháng 12/2026.",
    ]


def test_reviewer_leads_when_no_column_names_the_doer() -> None:
    # counter-example: the appraising body is the only body column, so it does the work
    rows = task_table_rows(
        [
            ["STT", "Nội dung", "Cơ quan chủ trì thẩm định", "Thời gian hoàn thành"],
            ["1", "Thẩm định dự thảo quy hoạch", "Sở Tài chính", "Tháng 5/2026"],
        ]
    )
    assert rows == [
        "1. Giao Sở Tài chính chủ trì: thẩm định dự thảo quy hoạch; thời hạn: Tháng 5/2026."
    ]


_PLAN = """HỘI ĐỒNG NHÂN DÂN TỈNH BẮC KẠN
Số: 45/KH-HĐND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Kạn, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Chuẩn bị các nghị quyết trình Hội đồng nhân dân tỉnh năm 2026

1. Phân công cơ quan trình, cơ quan thẩm tra các dự thảo nghị quyết như sau:

| STT | Tên dự thảo nghị quyết | Cơ quan trình | Cơ quan chủ trì thẩm tra | Cơ quan tham gia thẩm tra | Tiến độ trình |
|---|---|---|---|---|---|
| 1 | Nghị quyết quy định mức thu học phí | Ủy ban nhân dân tỉnh | Ban Văn hóa - Xã hội | Các Ban của Hội đồng nhân dân tỉnh | Kỳ họp tháng 7/2026 |

2. Các Ban của Hội đồng nhân dân tỉnh chú ý phối hợp chặt chẽ với cơ quan trình trong quá trình thẩm tra.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. THƯỜNG TRỰC HĐND
CHỦ TỊCH

Nguyễn Văn Dũng
"""  # noqa: E501


def test_programme_plan_end_to_end() -> None:
    tasks = parse_notice(_PLAN).tasks
    fee = next(task for task in tasks if "học phí" in task.text)
    assert fee.lead == ("Ủy ban nhân dân tỉnh",)
    assert fee.deadline == date(2026, 7, 31)
    boards = next(task for task in tasks if "phối hợp chặt chẽ" in task.text)
    assert boards.lead == ("Các Ban của Hội đồng nhân dân tỉnh",)
