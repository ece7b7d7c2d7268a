"""Plans and directives with many points under a body: a plan's task rows whose work is named
by the item and whose lead, support and time are "Cơ quan chủ trì / phối hợp / Thời gian thực
hiện" fields, a bold number set on a line of its own, and periods that run on into "các năm tiếp
theo".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from notices import parse_notice
from notices.deadlines import find_deadlines, pick_deadline
from notices.model import DeadlineKind
from notices.normalize import build_paragraphs

INVENTED = Path(__file__).resolve().parent / "invented"


def test_each_plan_row_with_fields_is_one_task_of_its_lead_field() -> None:
    text = (INVENTED / "ke-hoach-ubnd-tinh-2026-task-rows.txt").read_text(encoding="utf-8")
    tasks = parse_notice(text).tasks
    rows = [
        (t.ref, t.text[:24], list(t.lead), list(t.support), t.deadline_kind, t.deadline)
        for t in tasks
    ]
    assert rows == [
        (
            "II.1",
            "Tổ chức phổ biến, giới t",
            ["Sở Văn hóa, Thể thao và Du lịch"],
            ["Sở Tư pháp", "Ủy ban nhân dân các xã, phường"],
            DeadlineKind.ONGOING,
            None,
        ),
        (
            "II.2",
            "Rà soát văn bản quy phạm",
            ["Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp"],
            [],
            DeadlineKind.PERIOD_END,
            date(2026, 9, 30),
        ),
        (
            "II.3.a",
            "Xây dựng phần mềm quản l",
            ["Sở Khoa học và Công nghệ"],
            ["Thư viện tỉnh"],
            DeadlineKind.BEFORE_DATE,
            date(2026, 11, 30),
        ),
        (
            "II.3.b",
            "Số hóa tài liệu cổ của T",
            ["Thư viện tỉnh", "các bảo tàng trực thuộc Sở"],
            [],
            DeadlineKind.RECURRING,
            None,
        ),
        ("III.1", "Sở Tài chính chủ trì bố ", ["Sở Tài chính"], [], DeadlineKind.NONE, None),
    ]
    # The content field is the row's text; the fields themselves are not tasks of their own.
    assert "Rà soát các quyết định của Ủy ban nhân dân tỉnh" in tasks[1].text
    assert not any(t.text.startswith(("Cơ quan", "Đơn vị", "Thời")) for t in tasks)


def test_a_point_without_a_lead_field_is_not_a_row() -> None:
    text = (
        "Số: 12/KH-UBND\nHòa Minh, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nVề kiểm tra\n\n"
        "1. Sở Nội vụ kiểm tra công vụ tại các xã.\n\n- Thời gian thực hiện: Quý II năm 2026.\n\n"
        "- Sở Tư pháp kiểm tra việc ban hành văn bản.\n"
    )
    tasks = parse_notice(text).tasks
    assert [list(t.lead) for t in tasks] == [["Sở Nội vụ"], ["Sở Tư pháp"]]


def test_a_number_on_a_line_of_its_own_opens_the_text_after_it() -> None:
    lines = [
        "1.",
        "Trên cơ sở tài liệu, các cơ quan tổ chức tuyên truyền.",
        "",
        "b)",
        "",
        "Sở Y tế",
    ]
    assert build_paragraphs(lines) == [
        "1. Trên cơ sở tài liệu, các cơ quan tổ chức tuyên truyền.",
        "b) Sở Y tế",
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "Quý IV năm 2025 và các năm tiếp theo",
        "Năm 2026 và các năm tiếp theo",
        "giai đoạn 2026-2030 và những năm tiếp theo",
        "từ năm 2027 đến các năm tiếp theo",
    ],
)
def test_a_period_running_into_the_following_years_is_ongoing(phrase: str) -> None:
    hit = pick_deadline(find_deadlines(phrase, year=2026, reference=date(2026, 3, 1)))
    assert hit is not None
    assert (hit.kind, hit.deadline) == (DeadlineKind.ONGOING, None)


def test_a_period_alone_keeps_its_end() -> None:
    hit = pick_deadline(
        find_deadlines("hoàn thành trong quý IV năm 2026", year=2026, reference=None)
    )
    assert hit is not None
    assert (hit.kind, hit.deadline) == (DeadlineKind.PERIOD_END, date(2026, 12, 31))


def test_a_directive_gives_one_task_per_point_of_each_body() -> None:
    text = (INVENTED / "chi-thi-ubnd-tinh-2026-body-points.txt").read_text(encoding="utf-8")
    tasks = parse_notice(text).tasks
    addressees = ["Thủ trưởng các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các xã, phường"]
    rows = [(t.ref, t.text[:22], list(t.lead), t.deadline_kind, t.deadline) for t in tasks]
    assert rows == [
        # items that name nobody belong to those the lead-in closing the front matter asks
        ("1", "Quán triệt phương châm", addressees, DeadlineKind.NONE, None),
        ("2", "Rà soát, bổ sung phươn", addressees, DeadlineKind.BEFORE_DATE, date(2026, 3, 15)),
        (
            "3.a",
            "Chỉ đạo Chi cục Kiểm l",
            ["Sở Nông nghiệp và Môi trường"],
            DeadlineKind.NONE,
            None,
        ),
        (
            "3.b",
            "Tổng hợp tình hình chá",
            ["Sở Nông nghiệp và Môi trường"],
            DeadlineKind.RECURRING,
            None,
        ),
        ("4.a", "Điều tra, xử lý nghiêm", ["Công an tỉnh"], DeadlineKind.NONE, None),
        ("4.b", "Bố trí lực lượng, phươ", ["Công an tỉnh"], DeadlineKind.NONE, None),
        # "5. Các chủ rừng … có trách nhiệm" without a colon still leads into its points
        (
            "5.a",
            "Xây dựng đường băng cả",
            ["Các chủ rừng trên địa bàn tỉnh"],
            DeadlineKind.NONE,
            None,
        ),
        (
            "5.b",
            "Thường xuyên tuần tra,",
            ["Các chủ rừng trên địa bàn tỉnh"],
            DeadlineKind.ONGOING,
            None,
        ),
    ]


def test_a_plan_issuing_sentence_names_no_one_for_the_items() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: 30/KH-UBND\nHòa Minh, ngày 02 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nVề chuyển đổi số\n\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số với các nội dung sau:\n\n"
        "1. Xây dựng kho dữ liệu dùng chung.\n\n2. Sở Nội vụ số hóa hồ sơ cán bộ.\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.ref, list(t.lead)) for t in tasks] == [("2", ["Sở Nội vụ"])]


def test_a_long_line_of_bodies_over_points_leads_them_like_a_heading() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: 41/KH-UBND\nHòa Minh, ngày 10 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nThực hiện Chỉ thị số 05/CT-TTg về an toàn thông tin\n\n"
        "Thực hiện Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch "
        "với các nội dung sau:\n\n"
        "I. PHÂN CÔNG NHIỆM VỤ\n\n"
        "1. Báo và Phát thanh, Truyền hình tỉnh\n\n"
        "- Mở chuyên mục tuyên truyền về an toàn thông tin.\n\n"
        "2. Các sở, ban, ngành, đoàn thể cấp tỉnh, các hội nghề nghiệp và Ủy ban nhân dân "
        "các xã, phường, đặc khu\n\n"
        "- Rà soát hệ thống thông tin của cơ quan mình.\n\n"
        "- Cử cán bộ tham gia tập huấn.\n"
    )
    rows = [(t.ref, t.text[:12], list(t.lead)) for t in parse_notice(text).tasks]
    bodies = ["Các sở, ban, ngành, đoàn thể cấp tỉnh", "các hội nghề nghiệp"]
    communes = ["Ủy ban nhân dân các xã, phường, đặc khu"]
    assert rows == [
        ("I.1.-1", "Mở chuyên mụ", ["Báo và Phát thanh, Truyền hình tỉnh"]),
        ("I.2.-1", "Rà soát hệ t", [*bodies, *communes]),
        ("I.2.-2", "Cử cán bộ th", [*bodies, *communes]),
    ]


def test_the_inspectorate_is_a_body_and_a_case_clause_keeps_the_heading_body() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: 07/CT-UBND\nHòa Minh, ngày 12 tháng 3 năm 2026\n\n"
        "CHỈ THỊ\nVề an toàn thực phẩm\n\n"
        "1. Sở Y tế\n\n"
        "a) Thường xuyên kiểm tra cơ sở chế biến; nếu phát hiện vi phạm, yêu cầu các cơ sở "
        "khắc phục ngay.\n\n"
        "b) Giao Thanh tra tỉnh tổ chức thanh tra đột xuất các chợ đầu mối.\n\n"
        "c) Thanh tra, kiểm tra việc ghi nhãn hàng hóa.\n"
    )
    rows = [(t.ref, list(t.lead)) for t in parse_notice(text).tasks]
    assert rows == [("1.a", ["Sở Y tế"]), ("1.b", ["Thanh tra tỉnh"]), ("1.c", ["Sở Y tế"])]


def test_row_fields_written_as_plain_paragraphs_of_the_item() -> None:
    text = (
        "Số: 12/KH-UBND\nHòa Minh, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nVề cán bộ\n\n"
        "1. Xây dựng cơ sở dữ liệu cán bộ.\n\nĐơn vị chủ trì: Sở Nội vụ.\n\n"
        "Thời gian hoàn thành: Tháng 12/2026.\n\n"
        "2. Tập huấn nghiệp vụ.\n\nChủ trì thực hiện: Trường Chính trị tỉnh.\n\n"
        "Thời gian thực hiện: Thường xuyên.\n"
    )
    rows = [
        (t.ref, t.text, list(t.lead), t.deadline_kind, t.deadline)
        for t in parse_notice(text).tasks
    ]
    assert rows == [
        (
            "1",
            "Xây dựng cơ sở dữ liệu cán bộ. Thời gian hoàn thành: Tháng 12/2026.",
            ["Sở Nội vụ"],
            DeadlineKind.PERIOD_END,
            date(2026, 12, 31),
        ),
        (
            "2",
            "Tập huấn nghiệp vụ. Thời gian thực hiện: Thường xuyên.",
            ["Trường Chính trị tỉnh"],
            DeadlineKind.ONGOING,
            None,
        ),
    ]
