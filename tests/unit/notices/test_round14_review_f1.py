"""Round 14 (F7): the review of F1 (R6), K18's rules narrowed further.

A fronted "Kết quả/Hồ sơ/Danh sách …," names its sender only when that subject sends or makes
the papers (not a finding: "Kết quả kiểm tra cho thấy, …", "… đánh giá …", "… sẽ thông báo");
papers "của các đơn vị" belong to a task whose own subject is that group; "quý 2, 3 năm X" ends
with the last quarter; "gửi … trong ngày X và ngày Y" is due on Y; "rà soát các dự án được giao
hoàn thành trong năm X" says which projects; short "N- " lines open items only as a list under
a directive ending with ":".
"""

from __future__ import annotations

from datetime import date

import pytest

from notices.deadlines import find_deadlines
from notices.markers import list_markers
from notices.model import ParsedTask
from notices.parser import parse_notice

_REF = date(2026, 3, 2)

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH AN LẠC
Số: 322/UBND-TH
V/v thực hiện một số nhiệm vụ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 02 tháng 3 năm 2026
Kính gửi: UBND các huyện, thị xã.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Đức
"""


def _tasks(body: str) -> list[ParsedTask]:
    return list(parse_notice(_LETTER.format(body=body)).tasks)


def _dates(text: str) -> list[date | None]:
    return [h.deadline for h in find_deadlines(text, year=2026, reference=_REF)]


# --- a fronted "Kết quả …," names its sender only when the subject sends or makes the papers


@pytest.mark.parametrize(
    "finding",
    [
        "Kết quả thanh tra, các phường thực hiện chưa đầy đủ việc công khai quy hoạch.",
        "Kết quả khảo sát cho thấy, UBND các phường cơ bản giải quyết hồ sơ đúng hạn.",
        "Kết quả rà soát, Tổ công tác phát hiện 12 hồ sơ chậm giải quyết.",
        "Kết quả giám sát, Ban Kinh tế - Ngân sách đánh giá các huyện thu ngân sách đạt khá.",
        "Danh sách các xã được chọn làm điểm, Sở Tư pháp sẽ thông báo sau.",
    ],
)
def test_fronted_finding_gives_no_task(finding: str) -> None:
    tasks = _tasks(f"{finding}\n\nĐề nghị UBND các huyện chấn chỉnh, khắc phục ngay.")
    assert [t.lead for t in tasks] == [("UBND các huyện",)]


def test_fronted_papers_with_a_sender_stay_its_task() -> None:
    tasks = _tasks(
        "Hồ sơ đề nghị công nhận, UBND các xã tổng hợp, gửi về Phòng Kinh tế huyện trước ngày "
        "20/4/2026."
    )
    assert [(t.lead, t.deadline) for t in tasks] == [(("UBND các xã",), date(2026, 4, 20))]


# --- papers of a generic group are the task's whose own subject is that group


@pytest.mark.parametrize(
    ("ask", "papers"),
    [
        (
            "Các đơn vị lập danh sách đề nghị tặng Bằng khen theo quy định.",
            "Danh sách của các đơn vị gửi về Sở Nội vụ trước ngày 12/5/2026.",
        ),
        (
            "Các cơ quan, đơn vị rà soát, đề xuất các chỉ tiêu cần điều chỉnh.",
            "Văn bản đề xuất của các cơ quan, đơn vị gửi về Sở Tài chính trước ngày 12/5/2026.",
        ),
    ],
)
def test_generic_owner_papers_date_the_group_task(ask: str, papers: str) -> None:
    tasks = _tasks(f"{ask}\n\n{papers}")
    assert [t.deadline for t in tasks] == [date(2026, 5, 12)]


def test_other_bodies_papers_still_date_nothing() -> None:
    tasks = _tasks(
        "Sở Nội vụ hướng dẫn các đơn vị lập hồ sơ đề nghị khen thưởng.\n\n"
        "Hồ sơ của các đơn vị gửi về Sở Nội vụ trước ngày 15/5/2026."
    )
    assert all(t.deadline is None for t in tasks if "Sở Nội vụ" in t.lead)


# --- quarters, days, relative clauses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tổ chức kiểm tra trong quý 2, 3 năm 2026.", date(2026, 9, 30)),
        ("hoàn thành việc cấp giấy chứng nhận trong quý 1, 2 năm 2026.", date(2026, 6, 30)),
        ("thực hiện trong quý 3, 4/2026.", date(2026, 12, 31)),
        ("tổ chức kiểm tra trong quý II, 3 đợt cao điểm năm 2026.", date(2026, 6, 30)),
        ("hoàn thành trong quý 2, 3 tháng còn lại dành cho nghiệm thu.", date(2026, 6, 30)),
    ],
)
def test_arabic_quarter_pairs(text: str, expected: date) -> None:
    assert _dates(text)[:1] == [expected]


def test_sending_on_two_days_is_due_the_last() -> None:
    text = "Các đơn vị nộp hồ sơ về Sở Tư pháp trong ngày 08/6 và ngày 09/6/2026 để thẩm định."
    assert _dates(text) == [date(2026, 6, 9)]
    assert _dates("báo cáo nhanh tình hình trong ngày 08/6 và ngày 09/6/2026") == []


def test_projects_due_in_a_year_after_a_verb_say_which() -> None:
    text = "Các sở rà soát, đánh giá các công trình được giao hoàn thành trong năm 2026, đề xuất."
    assert _dates(text) == []
    assert _dates("bảo đảm các công trình được giao hoàn thành trong năm 2026.") == [
        date(2026, 12, 31)
    ]


# --- short "N- " lines: a list decided at once, under a directive ending with ":"


def _labels(paragraphs: list[str]) -> list[str | None]:
    return [m.label if m else None for m in list_markers(paragraphs)]


def test_short_dash_lines_under_a_directive_are_items() -> None:
    lines = [
        "Phân công thực hiện như sau:",
        "1- Sở Tài chính cân đối kinh phí.",
        "2- Sở Xây dựng thẩm định thiết kế.",
    ]
    assert _labels(lines) == [None, "1", "2"]


@pytest.mark.parametrize(
    "parent",
    ["Thành phần tham gia gồm:", "Kết quả chấm điểm năm 2025:", "Danh sách đơn vị dự họp:"],
)
def test_short_dash_lines_under_a_label_are_no_items(parent: str) -> None:
    lines = [parent, "1- Sở Tài chính chủ trì.", "2- Sở Xây dựng hoàn thành tốt nhiệm vụ."]
    assert _labels(lines) == [None, None, None]


def test_short_dash_list_with_a_glued_name_is_no_items() -> None:
    lines = [
        "Giao nhiệm vụ như sau:",
        "1- Sở Tài chính chủ trì.",
        "2- Sở Xây dựng dự họp. 3- UBND các huyện. Đề nghị các đại biểu có mặt đúng giờ.",
    ]
    assert _labels(lines) == [None, None, None]


def test_attendance_list_gives_no_tasks() -> None:
    tasks = _tasks(
        "Thành phần làm việc:\n1- Giám đốc Sở Xây dựng chủ trì.\n2- Sở Tài chính dự họp.\n"
        "3- UBND các huyện dự họp.\n\nĐề nghị UBND các huyện chuẩn bị báo cáo theo đề cương."
    )
    assert [t.lead for t in tasks] == [("UBND các huyện",)]


def test_giao_cho_a_centre_managing_land_is_its_task() -> None:
    tasks = _tasks(
        "Giao cho Trung tâm Quỹ đất huyện quản lý diện tích đất đã thu hồi, không để lấn chiếm."
    )
    assert [t.lead for t in tasks] == [("Trung tâm Quỹ đất huyện",)]
