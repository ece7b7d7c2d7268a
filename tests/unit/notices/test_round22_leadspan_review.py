"""Round 22 (leadspan) review: what the first cut of where a lead's name ends got wrong.

"dành cho" inside a body's name is not a verb of giving; "tổ chức" qualifies a group only when
it holds exams or events; "đều đã" is still a report of work done; "Thường trực" heads only the
National Assembly's committees; only a body column of reviewers steps aside ("Thời gian trình
thẩm định" is a time, "Cơ quan phối hợp thẩm định" a partner). Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.model import ParsedTask
from notices.table_times import due_cell

_HEAD = """ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 45/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Kạn, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Triển khai công tác năm 2026

"""
_TAIL = """

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Dũng
"""


def _tasks(body: str) -> list[ParsedTask]:
    return list(parse_notice(_HEAD + body + _TAIL).tasks)


def _lead(body: str) -> tuple[str, ...]:
    tasks = _tasks(body)
    assert len(tasks) == 1
    return tasks[0].lead


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        (
            "1. Giao Trung tâm Bảo trợ xã hội dành cho người tâm thần tỉnh chủ trì rà soát hồ sơ, "
            "hoàn thành trước ngày 30/5/2026.",
            ("Trung tâm Bảo trợ xã hội dành cho người tâm thần tỉnh",),
        ),
        (
            "1. Trường Phổ thông chuyên biệt dành cho trẻ khuyết tật tỉnh báo cáo kết quả về Sở "
            "Giáo dục và Đào tạo trước ngày 30/5/2026.",
            ("Trường Phổ thông chuyên biệt dành cho trẻ khuyết tật tỉnh",),
        ),
        (
            "1. Trung tâm Công tác xã hội dành cho trẻ em tỉnh rà soát hồ sơ trước ngày "
            "30/5/2026.",
            ("Trung tâm Công tác xã hội dành cho trẻ em tỉnh",),
        ),
        # counter-example: giving time is still a verb that ends the name
        (
            "1. Các chi hội phụ nữ dành thời gian sinh hoạt chuyên đề trước ngày 30/5/2026.",
            ("Các chi hội phụ nữ",),
        ),
    ],
)
def test_danh_cho_stays_in_a_name(body: str, lead: tuple[str, ...]) -> None:
    assert _lead(body) == lead


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        (
            "1. Các đơn vị tổ chức hội nghị triển khai thực hiện Kế hoạch này trước ngày "
            "30/4/2026.",
            ("Các đơn vị",),
        ),
        (
            "1. Các cơ sở tổ chức đợt kiểm tra an toàn thực phẩm trước ngày 30/4/2026.",
            ("Các cơ sở",),
        ),
        (
            "1. Các doanh nghiệp tổ chức 02 buổi diễn tập phương án chữa cháy báo cáo kết quả về "
            "Công an tỉnh trước ngày 30/4/2026.",
            ("Các doanh nghiệp",),
        ),
        # counter-example: the units that hold exams are a kind of unit
        (
            "1. Các cơ sở tổ chức thi sát hạch báo cáo kết quả về Sở Xây dựng trước ngày "
            "30/4/2026.",
            ("Các cơ sở tổ chức thi sát hạch",),
        ),
    ],
)
def test_organising_work_is_the_groups_work(body: str, lead: tuple[str, ...]) -> None:
    assert _lead(body) == lead


def test_all_have_already_done_is_a_report() -> None:
    body = (
        "I. KẾT QUẢ THỰC HIỆN NĂM 2025\nNăm 2025, các xã đều đã hoàn thành chỉ tiêu giao. "
        "Các trường đều đã tổ chức khai giảng đúng thời gian quy định."
    )
    assert _tasks(body) == []


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        (
            "1. Thường trực Ủy ban Tài chính, Ngân sách, Ủy ban Chứng khoán Nhà nước hoàn thiện "
            "dự thảo trước ngày 30/4/2026.",
            ("Thường trực Ủy ban Tài chính, Ngân sách", "Ủy ban Chứng khoán Nhà nước"),
        ),
        (
            "1. Đề nghị Thường trực Ủy ban Pháp luật, Ủy ban Bầu cử tỉnh rà soát hồ sơ trước "
            "ngày 30/4/2026.",
            ("Thường trực Ủy ban Pháp luật", "Ủy ban Bầu cử tỉnh"),
        ),
        (
            "1. Thường trực Hội đồng Dân tộc, Ủy ban Dân tộc rà soát hồ sơ trước ngày 30/4/2026.",
            ("Thường trực Hội đồng Dân tộc", "Ủy ban Dân tộc"),
        ),
        (
            "1. Thường trực Ủy ban Kinh tế, Ủy ban Quản lý vốn nhà nước rà soát hồ sơ trước "
            "ngày 30/4/2026.",
            ("Thường trực Ủy ban Kinh tế", "Ủy ban Quản lý vốn nhà nước"),
        ),
        # counter-example: a parliamentary committee after the comma shares the standing body
        (
            "1. Thường trực Hội đồng Dân tộc, Ủy ban Pháp luật rà soát hồ sơ trước ngày "
            "30/4/2026.",
            ("Thường trực Hội đồng Dân tộc", "Thường trực Ủy ban Pháp luật"),
        ),
    ],
)
def test_standing_body_heads_only_parliamentary_committees(
    body: str, lead: tuple[str, ...]
) -> None:
    assert _lead(body) == lead


def test_qualifier_with_a_list_of_papers_stays() -> None:
    body = (
        "1. Các cơ sở giáo dục cấp văn bằng, chứng chỉ thực hiện rà soát sổ gốc trước ngày "
        "30/9/2026."
    )
    assert _lead(body) == ("Các cơ sở giáo dục cấp văn bằng, chứng chỉ",)


def test_unaccented_heed_verb_ends_the_name() -> None:
    body = "1. Các xã, phường luu y thực hiện rà soát hồ sơ trước ngày 30/9/2026."
    assert _lead(body) == ("Các xã, phường",)


def _table(header: str, *rows: str) -> str:
    cells = header.count("|") - 1
    return "1. Danh mục:\n\n" + "\n".join([header, "|" + "---|" * cells, *rows])


def test_appraisal_time_column_still_dates_the_row() -> None:
    (task,) = _tasks(
        _table(
            "| STT | Tên văn bản | Đơn vị chủ trì soạn thảo | Cơ quan thẩm định "
            "| Thời gian trình thẩm định |",
            "| 1 | Quyết định quy định giá dịch vụ thoát nước | Sở Xây dựng | Sở Tư pháp "
            "| Tháng 5/2026 |",
        )
    )
    assert task.lead == ("Sở Xây dựng",)
    assert task.deadline == date(2026, 5, 31)


def test_appraisal_partner_column_still_supports() -> None:
    (task,) = _tasks(
        _table(
            "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp thẩm định | Thời hạn |",
            "| 1 | Đề án phát triển du lịch | Sở Văn hóa, Thể thao và Du lịch | Sở Tài chính "
            "| Tháng 6/2026 |",
        )
    )
    assert task.lead == ("Sở Văn hóa, Thể thao và Du lịch",)
    assert task.support == ("Sở Tài chính",)
    assert task.deadline == date(2026, 6, 30)


@pytest.mark.parametrize(
    ("cell", "due"),
    [
        ("Kỳ họp thứ 12 (tháng 12/2026)", "Tháng 12/2026"),
        ("Kỳ họp thứ 12 (Tháng 12/2026)", "Tháng 12/2026"),
        ("Trước Kỳ họp tháng 7/2026", "Trước tháng 7/2026"),
    ],
)
def test_numbered_or_before_meeting_month(cell: str, due: str) -> None:
    assert due_cell(cell) == due


def test_programme_rows_dated_by_their_meeting() -> None:
    tasks = _tasks(
        _table(
            "| STT | Nội dung | Cơ quan trình | Thời gian |",
            "| 1 | Nghị quyết về học phí | Sở Giáo dục và Đào tạo "
            "| Kỳ họp thứ 12 (tháng 12/2026) |",
            "| 2 | Nghị quyết về phí | Sở Tài chính | Trước Kỳ họp tháng 7/2026 |",
        )
    )
    assert [task.deadline for task in tasks] == [date(2026, 12, 31), date(2026, 7, 1)]
