"""Round 12 (K7): classes of the remaining mistakes on the dev split, in invented phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.assignees import analyze

_HEADER = """ỦY BAN NHÂN DÂN
TỈNH HẢI MINH
Số: 45/TB-UBND
Hải Minh, ngày 02 tháng 12 năm 2025

THÔNG BÁO
Về việc thu hồi giấy phép hoạt động của một số cơ sở

Xét đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 88/TTr-SCT, Ủy ban nhân dân tỉnh thông \
báo như sau:
"""
_CLOSING = """
Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Tường
"""


def _tasks(body: str) -> list:
    return list(parse_notice(_HEADER + body + _CLOSING).tasks)


# --- a project's stages say when the work happens, not who is given it ----------------------

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HẢI MINH
Số: 210/KH-UBND
Hải Minh, ngày 05 tháng 11 năm 2025

KẾ HOẠCH
Xây dựng kho dữ liệu dùng chung của tỉnh

Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung như sau:
I. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu dùng chung, hoàn thành trong năm 2026.
2. Sở Tài chính bố trí kinh phí thực hiện theo phân cấp ngân sách hiện hành.

II. {stages}
Việc xây dựng kho dữ liệu được chia thành 2 giai đoạn như sau:
1. Giai đoạn 1 (năm 2026): Hình thành kho dữ liệu
a) Hạ tầng kỹ thuật
- Trung tâm Chuyển đổi số tỉnh lắp đặt máy chủ và thiết bị lưu trữ tại phòng máy chính.
- Các sở, ngành, địa phương: rà soát, làm sạch dữ liệu chuyên ngành trước khi kết nối.
b) Dịch vụ
- Trung tâm Chuyển đổi số tỉnh bắt đầu cung cấp dịch vụ lưu trữ cho các cơ quan có nhu cầu.
2. Giai đoạn 2 (năm 2027): Mở rộng
- Các sở, ngành, địa phương tiếp tục đồng bộ dữ liệu về kho dùng chung.
- Trung tâm Chuyển đổi số tỉnh mở rộng dịch vụ khai thác dữ liệu cho người dân.

III. TỔ CHỨC THỰC HIỆN
Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày \
15/12/2027.

CHỦ TỊCH
Phan Minh Hòa
"""


@pytest.mark.parametrize(
    "stages", ["CÁC GIAI ĐOẠN THỰC HIỆN", "LỘ TRÌNH TRIỂN KHAI", "Lộ trình thực hiện Đề án"]
)
def test_points_of_a_stages_section_are_no_tasks(stages: str) -> None:
    tasks = parse_notice(_PLAN.format(stages=stages)).tasks
    assert [t.text[:20] for t in tasks] == [
        "Sở Khoa học và Công ",
        "Sở Tài chính bố trí ",
        "Sở Nội vụ theo dõi, ",
    ]
    assert tasks[2].deadline == date(2027, 12, 15)


def test_a_section_that_only_mentions_stages_is_still_read() -> None:
    # "Nhiệm vụ từng giai đoạn" assigns: only a heading that is the stages themselves describes
    tasks = parse_notice(_PLAN.format(stages="NHIỆM VỤ TỪNG GIAI ĐOẠN")).tasks
    assert len(tasks) > 3


# --- lettered reasons under "Lý do: …" are the grounds of a decision -------------------------

_REVOKE = """1. Thống nhất việc thu hồi giấy phép của 02 cơ sở gồm: Công ty TNHH Minh An, Hợp tác \
xã Phú Lộc.
{grounds}
a) Công ty TNHH Minh An: Không duy trì đủ nhân sự chuyên môn trong 12 tháng liên tục.
b) Hợp tác xã Phú Lộc: Không báo cáo tình hình hoạt động hai năm liền.
2. Giao Sở Công Thương theo dõi, đôn đốc việc nộp lại giấy phép.
"""


@pytest.mark.parametrize(
    "grounds",
    [
        "Lý do: Không còn đủ điều kiện hoạt động theo quy định, cụ thể như sau:",
        "Nguyên nhân thu hồi: các cơ sở vi phạm điều kiện cấp phép, cụ thể:",
        "Việc thu hồi được thực hiện vì các lý do sau đây:",
    ],
)
def test_reasons_listed_under_a_grounds_lead_in_are_no_tasks(grounds: str) -> None:
    tasks = _tasks(_REVOKE.format(grounds=grounds))
    assert [t.ref for t in tasks] == ["2"]
    assert list(tasks[0].lead) == ["Sở Công Thương"]


def test_points_under_an_ordinary_lead_in_are_still_tasks() -> None:
    body = """1. Các cơ sở sau thực hiện ngay các việc cụ thể như sau:
a) Công ty TNHH Minh An: bổ sung nhân sự chuyên môn trước ngày 31/12/2025.
b) Hợp tác xã Phú Lộc: nộp báo cáo tình hình hoạt động trước ngày 31/12/2025.
"""
    assert [t.ref for t in _tasks(body)] == ["1.a", "1.b"]


# --- "Yêu cầu:" as a label over the bodies it asks --------------------------------------------


def test_an_ask_label_over_named_bodies_is_a_task_of_them() -> None:
    body = """1. Giao Sở Công Thương theo dõi, đôn đốc việc thực hiện.
2. Yêu cầu: Công ty TNHH Minh An và Hợp tác xã Phú Lộc nộp lại bản gốc giấy phép trước ngày \
20/01/2026.
3. Đề nghị: Ủy ban nhân dân xã Phú Lộc giám sát việc ngừng hoạt động của Hợp tác xã.
"""
    tasks = _tasks(body)
    assert [t.ref for t in tasks] == ["1", "2", "3"]
    assert list(tasks[1].lead) == ["Công ty TNHH Minh An", "Hợp tác xã Phú Lộc"]
    assert tasks[1].deadline == date(2026, 1, 20)
    assert list(tasks[2].lead) == ["Ủy ban nhân dân xã Phú Lộc"]


def test_a_requirements_section_is_still_no_task() -> None:
    body = """I. MỤC ĐÍCH, YÊU CẦU
1. Yêu cầu: Bảo đảm đúng quy định, công khai, minh bạch trong việc thu hồi giấy phép.
II. NHIỆM VỤ
1. Giao Sở Công Thương theo dõi, đôn đốc việc thực hiện.
"""
    assert [t.text[:12] for t in _tasks(body)] == ["Giao Sở Công"]


# --- publishing verbs: asking a newspaper to print or broadcast ------------------------------


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("Đề nghị Báo Hải Minh đăng Thông báo này trên 02 số báo liên tiếp.", "Báo Hải Minh"),
        ("Đề nghị Báo Hải Minh đưa tin về việc thu hồi trên hai số liên tiếp.", "Báo Hải Minh"),
        (
            "Sở Văn hóa và Thể thao đăng tin về việc thu hồi trên trang thông tin.",
            "Sở Văn hóa và Thể thao",
        ),
    ],
)
def test_asking_to_print_or_broadcast_is_work_of_the_newspaper(sentence: str, lead: str) -> None:
    roles = analyze(sentence)
    assert roles.actionable
    assert [a.name for a in roles.leads] == [lead]
    tasks = _tasks("1. Giao Sở Công Thương theo dõi việc thực hiện.\n2. " + sentence + "\n")
    assert [t.ref for t in tasks] == ["1", "2"]
    assert list(tasks[1].lead) == [lead]


# --- "quy định cụ thể / chi tiết" as the verb after a titled person ---------------------------


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "Giám đốc Sở Y tế quy định chi tiết quy trình tiếp nhận hồ sơ của Trung tâm.",
            "Giám đốc Sở Y tế",
        ),
        (
            "Chủ tịch Ủy ban nhân dân tỉnh quy định cụ thể nhiệm vụ của Tổ công tác liên ngành.",
            "Chủ tịch Ủy ban nhân dân tỉnh",
        ),
    ],
)
def test_stipulating_in_detail_ends_the_subject(sentence: str, lead: str) -> None:
    roles = analyze(sentence)
    assert roles.actionable
    assert [a.name for a in roles.leads] == [lead]


# --- an ask inside a purpose clause names whom the body turns to, not a lead ------------------


@pytest.mark.parametrize(
    ("sentence", "leads"),
    [
        (
            "Giao Sở Y tế theo dõi tình hình dịch bệnh, để tổng hợp đề nghị Bộ Y tế hỗ trợ kịp "
            "thời.",
            ["Sở Y tế"],
        ),
        (
            "Sở Giao thông vận tải theo dõi mực nước các tuyến sông để kịp thời đề nghị Bộ Xây "
            "dựng hỗ trợ.",
            ["Sở Giao thông vận tải"],
        ),
        # a purpose that opens the sentence does not hide the sentence's own ask
        ("Để bảo đảm tiến độ, đề nghị Sở Xây dựng chủ trì triển khai.", ["Sở Xây dựng"]),
        # an ask after the comma with no "để" still gives a further lead
        (
            "Giao Sở Y tế theo dõi tình hình dịch bệnh, đề nghị Bộ Y tế hỗ trợ kịp thời.",
            ["Sở Y tế", "Bộ Y tế"],
        ),
    ],
)
def test_an_ask_within_a_purpose_clause_adds_no_lead(sentence: str, leads: list[str]) -> None:
    assert [a.name for a in analyze(sentence).leads] == leads
