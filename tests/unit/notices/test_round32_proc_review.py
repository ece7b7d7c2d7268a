"""Round 32 (proc), review: a named body's dated duty stays a task next to a procedure's cases.

The per-case rules of `notices.case_steps` dropped more than a procedure's steps: every point
under any heading "… được xác định cụ thể như sau:", a body's duty towards a group of people
("Đối với những người được cử đi đào tạo …, các sở, ngành báo cáo …"), a standing body that
receives and is given further work ("X là cơ quan tiếp nhận, tổng hợp …, báo cáo …"), a body's
dated duty whose sentence mentions a person's case ("… bổ sung nếu người được hỗ trợ chưa có tên
…, báo cáo … trước ngày …"), and the first of two duties after a term's definition. Documents
invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice

HEAD = """BỘ TÀI CHÍNH
Số: 21/2031/TT-BTC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 04 tháng 3 năm 2031

THÔNG TƯ
Hướng dẫn việc thẩm định hồ sơ đề nghị hỗ trợ

Căn cứ Nghị định số 12/2030/NĐ-CP ngày 10 tháng 01 năm 2030 của Chính phủ;

Bộ Tài chính hướng dẫn như sau:

Phần 1
QUY ĐỊNH CỤ THỂ

"""
TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.

BỘ TRƯỞNG
Nguyễn Văn An
"""


def _tasks(body: str) -> list[tuple[str, str, date | None]]:
    notice = parse_notice(HEAD + body + TAIL)
    return [(task.ref, ", ".join(task.lead), task.deadline) for task in notice.tasks]


def test_duties_under_a_heading_that_sorts_out_no_case_stay() -> None:
    body = (
        "1. Trách nhiệm của các cơ quan được xác định cụ thể như sau:\n\n"
        "a) Sở Tài chính chủ trì thẩm định dự toán, trình Ủy ban nhân dân tỉnh trước ngày 30 "
        "tháng 11 năm 2031;\n\n"
        "b) Sở Kế hoạch và Đầu tư tổng hợp kế hoạch vốn, báo cáo Ủy ban nhân dân tỉnh trước "
        "ngày 15 tháng 12 năm 2031.\n"
    )
    assert _tasks(body) == [
        ("1.a", "Sở Tài chính", date(2031, 11, 30)),
        ("1.b", "Sở Kế hoạch và Đầu tư", date(2031, 12, 15)),
    ]


def test_the_bodies_of_a_case_heading_stay_dropped() -> None:
    body = (
        "1. Trong trường hợp người được xác minh thuộc diện Ban Thường vụ Tỉnh ủy quản lý thì "
        "cơ quan tiến hành xác minh được xác định như sau:\n\n"
        "a) Ban Tổ chức Tỉnh ủy tiến hành xác minh đối với cán bộ cấp tỉnh;\n\n"
        "b) Sở Nội vụ tiến hành xác minh đối với công chức cấp tỉnh.\n\n"
        "2. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2031.\n"
    )
    assert _tasks(body) == [("2", "Sở Nội vụ", date(2031, 12, 15))]


def test_a_bodys_duty_towards_a_group_of_people_stays() -> None:
    body = (
        "1. Đối với những người được cử đi đào tạo năm 2031, các sở, ngành báo cáo kết quả học "
        "tập về Sở Nội vụ trước ngày 30 tháng 11 năm 2031.\n\n"
        "2. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2031.\n"
    )
    assert _tasks(body) == [
        ("1", "các sở, ngành", date(2031, 11, 30)),
        ("2", "Sở Nội vụ", date(2031, 12, 15)),
    ]


def test_a_persons_case_still_opens_no_task() -> None:
    body = (
        "1. Nếu người được xác minh là cán bộ cấp huyện, Ủy ban Kiểm tra Huyện ủy tiến hành "
        "xác minh.\n\n"
        "2. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2031.\n"
    )
    assert _tasks(body) == [("2", "Sở Nội vụ", date(2031, 12, 15))]


def test_a_receiving_body_given_further_work_stays() -> None:
    body = (
        "1. Sở Kế hoạch và Đầu tư là cơ quan tiếp nhận, tổng hợp đề xuất của các huyện, báo cáo "
        "Ủy ban nhân dân tỉnh trước ngày 30 tháng 6 năm 2031.\n\n"
        "2. Văn phòng Ủy ban nhân dân tỉnh là đơn vị tiếp nhận phản ánh, kiến nghị và có trách "
        "nhiệm tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh hằng tháng.\n\n"
        "3. Chủ tịch Ủy ban nhân dân cấp huyện là người có thẩm quyền ra quyết định xác minh.\n"
    )
    assert _tasks(body) == [
        ("1", "Sở Kế hoạch và Đầu tư", date(2031, 6, 30)),
        ("2", "Văn phòng Ủy ban nhân dân tỉnh", None),
    ]


def test_a_dated_duty_mentioning_a_persons_case_stays() -> None:
    body = (
        "1. Ủy ban nhân dân các huyện rà soát danh sách hộ nghèo, bổ sung nếu người được hỗ trợ "
        "chưa có tên trong danh sách, báo cáo Sở Lao động - Thương binh và Xã hội trước ngày 20 "
        "tháng 11 năm 2031.\n\n"
        "2. Sở Nội vụ tổ chức bồi dưỡng đối với người được tuyển dụng là công chức mới trong năm "
        "2031, hoàn thành trước ngày 30 tháng 11 năm 2031.\n\n"
        "3. Ủy ban Kiểm tra Tỉnh ủy tiến hành xác minh nếu người được xác minh là cán bộ thuộc "
        "diện Ban Thường vụ Tỉnh ủy quản lý.\n"
    )
    assert _tasks(body) == [
        ("1", "Ủy ban nhân dân các huyện", date(2031, 11, 20)),
        ("2", "Sở Nội vụ", date(2031, 11, 30)),
    ]


def test_both_duties_after_a_definition_stay() -> None:
    body = (
        "1. Kê khai bổ sung là việc người có nghĩa vụ kê khai kê khai khi có biến động "
        "tài sản.\n\n"
        "Thủ trưởng các sở, ngành phải tổ chức kê khai bổ sung xong trước ngày 31 tháng 12 năm "
        "2031.\n\n"
        "Chủ tịch Ủy ban nhân dân các huyện phải tổ chức kê khai bổ sung xong trước ngày 31 "
        "tháng 12 năm 2031.\n"
    )
    tasks = parse_notice(HEAD + body + TAIL).tasks
    assert [(t.ref, ", ".join(t.lead), t.deadline) for t in tasks] == [
        ("1", "Thủ trưởng các sở, ngành", date(2031, 12, 31)),
        ("1/2", "Chủ tịch Ủy ban nhân dân các huyện", date(2031, 12, 31)),
    ]
    assert tasks[0].text.startswith("Thủ trưởng các sở, ngành")


def test_a_yearly_month_or_quarter_opens_a_units_list() -> None:
    work = "lập danh sách người có nghĩa vụ kê khai, trình Thủ trưởng cơ quan phê duyệt.\n"
    for opener, unit in (
        ("Trong tháng 12 hằng năm", "đơn vị phụ trách công tác tổ chức, cán bộ"),
        ("Trước tháng 11 hằng năm", "đơn vị phụ trách công tác tổ chức, cán bộ"),
        ("Quý IV hằng năm", "đơn vị phụ trách công tác tổ chức, cán bộ"),
        ("Tháng 11 hàng năm", "phòng phụ trách công tác tổ chức, cán bộ"),
    ):
        tasks = _tasks(f"1. {opener}, {unit} {work}")
        assert [(ref, lead.lower()) for ref, lead, _ in tasks] == [("1", unit)], opener
