"""Round 14 (K18): tasks missed or split, and deadlines put on the wrong task.

A letter's paragraph that only says where and when to send the result belongs to the request
before it and dates it; a reporting span "(Số liệu … tính từ … đến hết ngày …)" is no deadline;
"có văn bản gửi … trong ngày 30/4" is one; "Quý II, III/2026" ends with the last quarter named;
a bare "|" cell between "Kính gửi:" and its list does not end the list; "1- …" numbers items;
"Giao cho X …", "Thi hành …", "Trong quá trình thực hiện X …" are read as assignments;
"Chỉ đạo Giám đốc A và Giám đốc B:" over points is one task of the point's body.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices.assignees import analyze
from notices.clauses import split_label
from notices.deadlines import find_deadlines
from notices.imperatives import asks_work
from notices.markers import MarkerKind, find_marker
from notices.parser import parse_notice

_REF = date(2026, 3, 2)


def _dates(text: str) -> list[date | None]:
    return [h.deadline for h in find_deadlines(text, year=2026, reference=_REF)]


_LETTER = """SỞ TÀI CHÍNH TỈNH AN PHÚ
Số: 77/STC-NS
V/v báo cáo tình hình thu ngân sách quý I năm 2026
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 02 tháng 3 năm 2026
|
|
Kính gửi:
|
- Các phòng chuyên môn thuộc Sở;
- Ủy ban nhân dân các xã, phường.
|

Để có cơ sở tổng hợp tình hình thu ngân sách, Sở Tài chính đề nghị Ủy ban nhân dân các xã, phường
báo cáo kết quả thu ngân sách trên địa bàn và đề xuất giải pháp cho các tháng tiếp theo{span}.

{delivery}

Nơi nhận:
- Như trên;
- Lưu: VT, NS.
GIÁM ĐỐC
Phạm Văn Khoa
"""


def test_a_delivery_paragraph_dates_the_request_before_it() -> None:
    notice = parse_notice(
        _LETTER.format(
            span=" (Số liệu báo cáo tính từ ngày 01/01/2026 đến hết ngày 31/3/2026)",
            delivery="Báo cáo gửi về Sở Tài chính (qua Phòng Ngân sách) trước ngày 10/4/2026, "
            "đồng thời gửi bản điện tử vào hộp thư: phongns@anphu.gov.vn để tổng hợp.",
        )
    )
    assert len(notice.tasks) == 1
    task = notice.tasks[0]
    assert task.lead == ("Ủy ban nhân dân các xã, phường",)
    assert task.deadline == date(2026, 4, 10)
    assert "Báo cáo gửi về Sở Tài chính" in task.text


def test_a_delivery_with_an_address_label_is_no_task_of_its_own() -> None:
    notice = parse_notice(
        _LETTER.format(
            span="",
            delivery="Nội dung báo cáo của các xã, phường đề nghị gửi về Sở Tài chính theo địa "
            "chỉ: Phòng Ngân sách, Sở Tài chính, số 5 đường Lê Lợi. Thời gian trước ngày 10 tháng"
            " 4 năm 2026 để tổng hợp.",
        )
    )
    assert len(notice.tasks) == 1
    assert notice.tasks[0].deadline == date(2026, 4, 10)


def test_a_paragraph_with_its_own_request_stays_a_task() -> None:
    notice = parse_notice(
        _LETTER.format(
            span="",
            delivery="Các phòng chuyên môn thuộc Sở rà soát số liệu dự toán, hoàn thành trước "
            "ngày 15/4/2026.",
        )
    )
    assert len(notice.tasks) == 2


def test_the_recipient_list_after_a_bare_cell_mark_is_no_task() -> None:
    notice = parse_notice(_LETTER.format(span="", delivery=""))
    assert all(not t.text.startswith("Các phòng chuyên môn") for t in notice.tasks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("có văn bản gửi Bộ Tài chính trong ngày 30 tháng 4 năm 2026.", [date(2026, 4, 30)]),
        ("nộp hồ sơ về Sở Nội vụ trong ngày 15/5/2026", [date(2026, 5, 15)]),
        ("Thời gian thực hiện: Quý II, III/2026.", [date(2026, 9, 30)]),
        ("hoàn thành trong quý III, IV năm 2026", [date(2026, 12, 31)]),
        ("rà soát, hoàn thành đến hết ngày 30/6/2026", [date(2026, 6, 30)]),
        ("Thời gian thực hiện tính từ ngày ký đến hết ngày 31/12/2026", [date(2026, 12, 31)]),
    ],
)
def test_deadline_phrases(text: str, expected: list[date]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "trong ngày 19/5/2026 tổ chức lễ dâng hương tại khu di tích",  # an event's day
        "(Số liệu báo cáo tính từ ngày 01/01/2026 đến hết ngày 30/6/2026)",  # a data span
        "số liệu tính từ đầu năm đến hết ngày 31/5/2026",
        "Sở đã gửi báo cáo. Trong ngày 19/5/2026, tổ chức lễ dâng hương",  # another sentence
    ],
)
def test_not_deadlines(text: str) -> None:
    assert _dates(text) == []


def test_an_address_colon_is_no_label() -> None:
    text = "Nội dung đăng ký gửi về Sở Y tế theo địa chỉ: Phòng Kế hoạch, số 12 đường Trần Phú."
    assert split_label(text) == ("", text)
    assert split_label("Nội dung: Sở Y tế rà soát danh mục.")[0] == "Nội dung"


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        (
            "1- Các phòng, ban chuyên môn của huyện tập trung rà soát hồ sơ đất đai còn tồn đọng.",
            "1",
        ),
        ("2 - Đề nghị Ủy ban nhân dân các xã:", "2"),
    ],
)
def test_hyphen_numbers_open_items(paragraph: str, label: str) -> None:
    marker = find_marker(paragraph)
    assert marker is not None and marker.kind is MarkerKind.NUMBER and marker.label == label


@pytest.mark.parametrize("paragraph", ["17 – UBND huyện Tân Lập", "3- Sở Y tế", "2026 - Năm mới"])
def test_a_numbered_list_of_names_opens_no_item(paragraph: str) -> None:
    marker = find_marker(paragraph)
    assert marker is None or marker.kind is not MarkerKind.NUMBER


def test_giao_cho_names_its_body() -> None:
    roles = analyze("Giao cho Sở Tư pháp có trách nhiệm theo dõi, đôn đốc việc thực hiện.")
    assert [a.name for a in roles.leads] == ["Sở Tư pháp"]
    assert not analyze("Diện tích rừng giao cho các hộ dân quản lý.").leads


def test_a_time_frame_before_the_subject() -> None:
    roles = analyze("Trong quá trình thực hiện Thủ trưởng các đơn vị chủ động báo cáo kết quả.")
    assert [a.name for a in roles.leads] == ["Thủ trưởng các đơn vị"]
    # a case after the frame: no subject, a conditional request
    assert not analyze("Trong quá trình thực hiện, nếu có vướng mắc, các sở báo cáo.").leads


def test_thi_hanh_is_work() -> None:
    assert asks_work("Thi hành nghiêm chỉnh các quyết định đã có hiệu lực pháp luật.")


_RESOLUTION = """CHÍNH PHỦ
Số: 12/NQ-CP
Hà Nội, ngày 02 tháng 3 năm 2026

NGHỊ QUYẾT
Về cơ chế hoạt động của cơ sở 2 các bệnh viện

Điều 1. Tổ chức thực hiện
1. Bộ Y tế có trách nhiệm:
a) Hướng dẫn các bệnh viện lập dự toán các khoản chi đặc thù hằng năm theo quy định.
b) Chỉ đạo Giám đốc Bệnh viện Trung ương A và Giám đốc Bệnh viện Trung ương B:
- Bảo đảm nhân lực cho hai cơ sở theo định mức quy định.
- Thực hiện quản lý tài chính, mua sắm chung giữa hai cơ sở.
c) {third}:
- Rà soát các dự án đầu tư công trên địa bàn.
- Báo cáo kết quả thực hiện trước ngày 30/6/2026.

Nơi nhận:
- Lưu: VT.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Lê Văn Minh
"""


def test_directing_heads_of_units_over_points_is_one_task() -> None:
    notice = parse_notice(_RESOLUTION.format(third="Chỉ đạo Sở Kế hoạch và Đầu tư tỉnh C"))
    directing = [t for t in notice.tasks if t.text.startswith("Chỉ đạo Giám đốc")]
    assert len(directing) == 1
    assert directing[0].lead == ("Bộ Y tế",)
    assert not any(t.text.startswith("Bảo đảm nhân lực") for t in notice.tasks)
    # a directed organisation keeps its points as tasks of their own
    assert any(t.text.startswith("Rà soát các dự án") for t in notice.tasks)


@pytest.mark.parametrize(
    "text",
    [
        # which tasks are meant, not when this one is due
        "Tập trung chỉ đạo các nhiệm vụ trọng tâm, nhất là các nhiệm vụ được giao hoàn thành "
        "trong năm 2026.",
        # the purpose of the whole letter, ahead of its ask
        "Để phấn đấu đạt mục tiêu hoàn thành cứng hóa đường giao thông nông thôn, kênh mương "
        "trong năm 2026, Chủ tịch Ủy ban nhân dân huyện yêu cầu:",
        # the quarters of the figures directed
        "phục vụ điều hành tăng trưởng Quý III, Quý IV/2026 của các ngành",
    ],
)
def test_years_and_quarters_that_are_no_deadline(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phấn đấu hoàn thành cứng hóa kênh mương trong năm 2026.", [date(2026, 12, 31)]),
        ("Để bảo đảm tiến độ, hoàn thành dự án trong năm 2026.", [date(2026, 12, 31)]),
        ("Hoàn thành các nhiệm vụ được giao trong năm 2026.", [date(2026, 12, 31)]),
        ("Thời gian: Quý III, Quý IV/2026", [date(2026, 12, 31)]),
    ],
)
def test_years_and_quarters_that_stay_deadlines(text: str, expected: list[date]) -> None:
    assert _dates(text) == expected


_MEMBERS_NOTICE = """HUYỆN ỦY AN LẠC
Số: 45-CV/HU
An Lạc, ngày 02 tháng 3 năm 2026

Kính gửi: Các chi bộ, đảng bộ cơ sở.

1. Các chi bộ, đảng bộ cơ sở tổ chức kiểm điểm tập thể nghiêm túc, đúng quy trình; {clause}
nghiêm túc tự kiểm điểm, tiếp thu ý kiến góp ý của tổ chức và cá nhân.

2. Văn phòng Huyện ủy theo dõi, tổng hợp kết quả.

Nơi nhận:
- Lưu: VP.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Hoàng Văn Sơn
"""


def test_each_member_of_the_body_goes_on_with_its_task() -> None:
    notice = parse_notice(_MEMBERS_NOTICE.format(clause="từng đồng chí"))
    first = [t for t in notice.tasks if t.ref.startswith("1")]
    assert len(first) == 1 and "từng đồng chí" in first[0].text


def test_another_body_in_the_item_is_a_task_of_its_own() -> None:
    notice = parse_notice(_MEMBERS_NOTICE.format(clause="Ủy ban Kiểm tra Huyện ủy"))
    first = [t for t in notice.tasks if t.ref.startswith("1")]
    assert len(first) == 2


_DISPATCH = """THỦ TƯỚNG CHÍNH PHỦ
Số: 88/CĐ-TTg
Hà Nội, ngày 02 tháng 3 năm 2026

CÔNG ĐIỆN
Về xử lý các công trình chậm tiến độ

Thủ tướng Chính phủ yêu cầu:
1. Bộ trưởng Bộ Xây dựng chủ trì rà soát danh mục công trình chậm tiến độ trên cả nước. Ủy ban
nhân dân thành phố Cần Thơ khẩn trương hoàn thành việc bàn giao mặt bằng các công trình.
{field}
2. Văn phòng Chính phủ theo dõi, đôn đốc.

Nơi nhận:
- Lưu: VT.
THỦ TƯỚNG
Nguyễn Văn An
"""


def test_a_time_field_under_an_item_dates_each_of_its_tasks() -> None:
    notice = parse_notice(_DISPATCH.format(field="- Thời hạn hoàn thành: trước ngày 31/3/2026."))
    first = [t for t in notice.tasks if t.ref.startswith("1")]
    assert len(first) == 2
    assert all(t.deadline == date(2026, 3, 31) for t in first)


def test_a_point_with_work_under_an_item_is_no_time_field() -> None:
    notice = parse_notice(
        _DISPATCH.format(field="- Bộ Tài chính bố trí kinh phí, hoàn thành trước ngày 31/3/2026.")
    )
    first = [t for t in notice.tasks if t.ref.startswith("1")]
    assert not any(t.deadline == date(2026, 3, 31) for t in first if "Cần Thơ" in t.text)
