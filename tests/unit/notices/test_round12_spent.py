"""Round 12 (K5): classes of the remaining mistakes on the spent splits, in invented phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.deadlines import find_deadlines
from notices.model import DeadlineKind
from notices.remarks import is_remark

_TELEGRAM = """THỦ TƯỚNG CHÍNH PHỦ
Số: 301/CĐ-TTg
Hà Nội, ngày 10 tháng 11 năm 2025

CÔNG ĐIỆN
Về việc khắc phục hậu quả bão số 15

THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ: Tài chính, Xây dựng;
- Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Ngãi, Gia Lai.

1. Bộ Tài chính khẩn trương bố trí kinh phí hỗ trợ các địa phương bị thiệt hại.
2. Giao Phó Thủ tướng Nguyễn Văn An và các Phó Thủ tướng theo lĩnh vực được phân công kiểm \
tra, đôn đốc các bộ, địa phương thực hiện Công điện này.
3. Phân công Phó Thủ tướng Chính phủ Lê Minh Tâm chỉ đạo việc hoàn thiện dự thảo Nghị định về \
quỹ phòng, chống thiên tai.
4. Giao các Phó Thủ tướng Chính phủ theo nhiệm vụ được phân công chỉ đạo các Bộ triển khai \
Công điện này.
5. Văn phòng Chính phủ theo dõi, đôn đốc thực hiện Công điện này.

THỦ TƯỚNG
Phạm Văn Bình
"""


def test_deputy_prime_ministers_given_the_directing_are_tasks_led_by_them() -> None:
    tasks = parse_notice(_TELEGRAM).tasks
    assert [t.ref for t in tasks] == ["1", "2", "3", "4", "5"]
    assert list(tasks[1].lead) == ["Phó Thủ tướng Nguyễn Văn An", "các Phó Thủ tướng"]
    assert list(tasks[2].lead) == ["Phó Thủ tướng Chính phủ Lê Minh Tâm"]
    assert list(tasks[3].lead) == ["các Phó Thủ tướng Chính phủ"]


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        # a titled person sent to inspect: named with the title as written
        (
            "Giao Phó Thủ tướng Chính phủ Trần Văn Khôi đi kiểm tra công tác cứu trợ tại tỉnh "
            "Quảng Trị",
            "Phó Thủ tướng Chính phủ Trần Văn Khôi",
        ),
        # directing a body "trong quá trình …" gives the body no work of its own
        (
            "Phân công Phó Thủ tướng Thường trực Chính phủ Đỗ Minh Hải chỉ đạo Bộ Tư pháp và các "
            "bộ liên quan trong quá trình hoàn thiện hồ sơ dự án Luật",
            "Phó Thủ tướng Thường trực Chính phủ Đỗ Minh Hải",
        ),
        (
            "Giao Thứ trưởng Bộ Nội vụ Vũ Thị Lan trực tiếp chỉ đạo việc tổng kết đợt thi đua",
            "Thứ trưởng Bộ Nội vụ Vũ Thị Lan",
        ),
    ],
)
def test_a_titled_person_who_alone_is_given_work_leads_it(clause: str, lead: str) -> None:
    assert [a.name for a in analyze(clause).leads] == [lead]


def test_a_person_directing_a_body_that_acts_leaves_the_body_the_lead() -> None:
    roles = analyze(
        "Giao Phó Chủ tịch UBND tỉnh Hoàng Văn Sơn chỉ đạo Sở Tài chính chủ trì rà soát nguồn vốn"
    )
    assert [a.name for a in roles.leads] == ["Sở Tài chính"]
    assert roles.directing == ["Hoàng Văn Sơn"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the issuer relays the whole document through the addressees' own units
        "Giám đốc Sở Nội vụ yêu cầu Trưởng các phòng; Chủ tịch UBND các phường tổ chức quán triệt "
        "và chỉ đạo các bộ phận trực thuộc thực hiện nghiêm túc Công văn này.",
        # the tasks listed above, with a purpose clause after them
        "Chủ tịch UBND tỉnh đề nghị các đồng chí Giám đốc Sở, Chủ tịch UBND các xã quan tâm, chỉ "
        "đạo quyết liệt hoàn thành các nhiệm vụ, giải pháp nêu trên, bảo đảm người dân được thụ "
        "hưởng lợi ích thiết thực.",
        # the solutions within each body's own field
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, UBND cấp xã khẩn trương thực hiện đồng bộ "
        "các giải pháp phòng, chống hạn hán thuộc phạm vi quản lý.",
        # the pace already set
        "Sở Giáo dục và Đào tạo yêu cầu Hiệu trưởng các trường được giao nhiệm vụ tập trung nhân "
        "lực, bảo đảm tiến độ được giao.",
    ],
)
def test_a_closing_ask_to_carry_the_document_out_is_no_task(sentence: str) -> None:
    assert is_remark(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # work of its own before the reference
        "Đề nghị Sở Y tế xây dựng kế hoạch tiêm chủng và thực hiện các nhiệm vụ nêu trên.",
        # a report with a date is a task (rule 6)
        "Đề nghị các sở, ngành triển khai thực hiện Kế hoạch này, báo cáo kết quả trước ngày "
        "15/12/2025.",
        # a named piece of work, not the document
        "Ủy ban nhân dân tỉnh yêu cầu Sở Tài chính hoàn thành việc quyết toán vốn đầu tư công.",
    ],
)
def test_an_ask_with_work_of_its_own_is_still_a_task(sentence: str) -> None:
    assert not is_remark(sentence)


@pytest.mark.parametrize(
    ("text", "kind", "due"),
    [
        # "ngay" between the completion verb and the day
        ("Sở Công Thương cấp phát nhu yếu phẩm cho các xã vùng lũ, xong ngay trong ngày 08 tháng "
         "12 năm 2025.", DeadlineKind.ON_DATE, date(2025, 12, 8)),
        ("Đội cứu hộ dọn bùn đất tại trường học, hoàn thành ngay trong ngày 03/12/2025.",
         DeadlineKind.ON_DATE, date(2025, 12, 3)),
        # "trước thời điểm <date>"
        ("Nhà thầu hoàn thiện hệ thống bơm, đưa vào vận hành trước thời điểm 15/5/2026 để chống "
         "ngập.", DeadlineKind.BEFORE_DATE, date(2026, 5, 15)),
    ],
)  # fmt: skip
def test_a_same_day_completion_or_a_time_point_is_a_deadline(
    text: str, kind: DeadlineKind, due: date
) -> None:
    hits = find_deadlines(text, year=2025, reference=date(2025, 12, 1))
    assert [(h.kind, h.deadline) for h in hits] == [(kind, due)]


_PLAN = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 88/KH-UBND
Bình Định, ngày 12 tháng 11 năm 2025

KẾ HOẠCH
Bảo đảm vệ sinh môi trường đô thị năm 2026

I. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng
- Tăng cường kiểm tra các công trình đang thi công, yêu cầu các nhà thầu che chắn vật liệu, \
rửa xe trước khi ra khỏi công trường.
- Rà soát các khu dân cư mới, kịp thời yêu cầu chủ đầu tư hoàn thiện hệ thống thu gom nước thải.
2. Ủy ban nhân dân các xã, phường
- Thực hiện Kế hoạch của tỉnh, Ủy ban nhân dân tỉnh yêu cầu các xã báo cáo kết quả hằng quý.

CHỦ TỊCH
Nguyễn Văn Hùng
"""


def test_a_body_asked_inside_a_point_that_opens_with_work_is_not_its_lead() -> None:
    tasks = parse_notice(_PLAN).tasks
    assert [list(t.lead) for t in tasks[:2]] == [["Sở Xây dựng"], ["Sở Xây dựng"]]


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        # a subject of its own before "yêu cầu" still asks
        ("Thực hiện chỉ đạo của Bộ, Sở Y tế yêu cầu các bệnh viện rà soát thuốc tồn kho",
         "các bệnh viện"),
        ("Yêu cầu các nhà thầu hoàn thành thi công trước mùa mưa", "các nhà thầu"),
    ],
)  # fmt: skip
def test_yeu_cau_with_its_own_subject_or_opening_still_names_the_lead(
    clause: str, lead: str
) -> None:
    assert [a.name for a in analyze(clause).leads] == [lead]


@pytest.mark.parametrize(
    "clause",
    [
        # the second object after a comma is still an object of "chỉ đạo"
        "Căn cứ nhiệm vụ được giao, chỉ đạo các trường trung học, các trung tâm giáo dục thường "
        "xuyên trực thuộc tổ chức ngoại khóa về an toàn giao thông",
        # after "đôn đốc": a list of bodies, then the work they are urged to do
        "Là cơ quan thường trực, theo dõi, đôn đốc các sở, ngành, UBND các xã, phường triển khai "
        "các nội dung của Kế hoạch",
    ],
)
def test_bodies_governed_by_a_directing_verb_are_not_the_lead(clause: str) -> None:
    assert analyze(clause).leads == []


def test_a_subject_after_an_opener_still_leads() -> None:
    clause = "Căn cứ Kế hoạch này, các sở, ngành, UBND các xã xây dựng kế hoạch chi tiết"
    assert [a.name for a in analyze(clause).leads] == ["các sở, ngành", "UBND các xã"]
