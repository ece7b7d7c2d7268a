"""Round 33 (left): weaknesses earlier rounds left as xfail tests, read for real.

A body's point that opens on the period it is done in ("Trong quý III, Sở … có trách nhiệm …");
a generic body named by the work it does or was given and then charged ("Đơn vị chủ trì thẩm
định có trách nhiệm …", `notices.charged_bodies`), whose point may go on with another body's
sentence; a head of "cơ quan, tổ chức" read whole; a "Trách nhiệm về công tác …" article read
point by point; a visitor as the object of a work title; a permission ("Các xã được sử dụng …;")
that ends its clause. Counter-examples: a past year's account, a competent or defined body, a
case, liability, a visitor's own article, a name qualified by the work it was given. Documents
invented for these tests.
"""

from __future__ import annotations

import pytest
from notice_fixtures import lead_of as _lead
from notice_fixtures import task_leads as _tasks

from notices.assignees import analyze
from notices.duty_articles import any_holder_duty

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÒA NAM
Số: 418/UBND-KT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Nam, ngày 04 tháng 2 năm 2031

V/v triển khai kiểm kê rừng năm 2031

Kính gửi: Các sở, ban, ngành; Ủy ban nhân dân các xã, phường.

Để thực hiện kiểm kê rừng năm 2031, Ủy ban nhân dân tỉnh yêu cầu:

{points}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Tâm
"""


def _letter(*points: str) -> list[tuple[str, tuple[str, ...]]]:
    return _tasks(_LETTER.format(points="\n\n".join(points)))


# --- a period opener, then the body -------------------------------------------------------------


@pytest.mark.parametrize(
    ("point", "lead"),
    [
        (
            "1. Trong quý III, Sở Nông nghiệp và Môi trường có trách nhiệm kiểm tra số liệu "
            "kiểm kê của các xã.",
            "Sở Nông nghiệp và Môi trường",
        ),
        (
            "1. Trong năm 2031, Ủy ban nhân dân các xã, phường chủ trì rà soát diện tích rừng "
            "trồng trên địa bàn.",
            "Ủy ban nhân dân các xã, phường",
        ),
        ("1. Trong tháng 9, Sở Tài chính bố trí kinh phí kiểm kê cho các xã.", "Sở Tài chính"),
    ],
)
def test_a_period_opener_before_the_body_keeps_its_lead(point: str, lead: str) -> None:
    tasks = _letter(point, "2. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc thực hiện.")
    found = _lead(tasks, point[3:30])
    assert found is not None and found[0] == lead


@pytest.mark.parametrize(
    "clause",
    [
        "Trong năm 2030, Sở Nông nghiệp và Môi trường đã tổ chức 12 lớp tập huấn.",
        "Trong năm 2030, tỷ lệ che phủ rừng toàn tỉnh đạt 41%.",
        "Trong năm đầu hoạt động, nhà đầu tư được miễn tiền thuê đất.",
    ],
)
def test_a_past_years_account_after_the_period_gives_no_lead(clause: str) -> None:
    assert analyze(clause).leads == []


# --- a generic body named by its work, then charged ------------------------------------------


@pytest.mark.parametrize(
    ("point", "lead"),
    [
        (
            "1. Đơn vị chủ trì thẩm định có trách nhiệm gửi kết quả thẩm định về Sở Tài chính.",
            "Đơn vị chủ trì thẩm định",
        ),
        (
            "1. Cơ quan, tổ chức tiếp nhận hồ sơ kiểm kê phải thông báo cho Ủy ban nhân dân "
            "các xã kết quả rà soát.",
            "Cơ quan, tổ chức tiếp nhận hồ sơ kiểm kê",
        ),
        (
            "1. Cơ quan, đơn vị được Sở Nông nghiệp và Môi trường giao lập bản đồ hiện trạng "
            "rừng phải phối hợp với Ủy ban nhân dân các xã đối chiếu ranh giới.",
            "Cơ quan, đơn vị được Sở Nông nghiệp và Môi trường giao lập bản đồ hiện trạng rừng",
        ),
    ],
)
def test_a_generic_body_named_by_its_work_and_charged_leads(point: str, lead: str) -> None:
    found = _lead(_letter(point), point[3:25])
    assert found == (lead,)


def test_a_charged_bodys_point_splits_off_another_bodys_sentence() -> None:
    point = (
        "1. Đơn vị tư vấn lập bản đồ có trách nhiệm gửi dự thảo bản đồ về Sở Nông nghiệp và Môi "
        "trường. Sở Nông nghiệp và Môi trường có trách nhiệm cho ý kiến trong 10 ngày."
    )
    tasks = _letter(point)
    assert _lead(tasks, "Đơn vị tư vấn lập bản đồ") == ("Đơn vị tư vấn lập bản đồ",)
    assert _lead(tasks, "Sở Nông nghiệp và Môi trường có trách") == (
        "Sở Nông nghiệp và Môi trường",
    )


@pytest.mark.parametrize(
    "clause",
    [
        # a competent or defined body, a case, liability, what the body must be
        "Cơ quan, đơn vị có thẩm quyền phải là cơ quan quản lý nhà nước về lâm nghiệp.",
        "Cơ quan, đơn vị nào để chậm trễ phải chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân.",
        "Cơ quan chủ trì chịu trách nhiệm về tính chính xác của số liệu kiểm kê.",
        "Đơn vị thực hiện kiểm kê phải có đủ năng lực chuyên môn.",
        "Cơ quan Thường trực Ban Chỉ đạo có trách nhiệm tổng hợp báo cáo.",  # a proper name
        # a scope alone names no work (qh-55 Điều 60)
        "Cơ quan, tổ chức, đơn vị trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm "
        "phối hợp kiểm tra an toàn thực phẩm.",
    ],
)
def test_no_charged_generic_body_is_read_where_none_is(clause: str) -> None:
    leads = [lead.name for lead in analyze(clause).leads]
    assert not any(
        name.startswith(("Cơ quan, đơn vị", "Cơ quan, tổ chức", "Cơ quan chủ trì", "Đơn vị"))
        for name in leads
    )


# --- a head of "cơ quan, tổ chức" read whole ------------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "Người đứng đầu cơ quan, tổ chức chỉ đạo việc lập hồ sơ điện tử.",
        "Người đứng đầu cơ quan, tổ chức căn cứ quy định tại Điều 4 ban hành danh mục hồ sơ.",
        "Người đứng đầu cơ quan, tổ chức trong phạm vi quyền hạn của mình bố trí kinh phí.",
    ],
)
def test_a_head_of_the_pair_leads_with_the_whole_pair(clause: str) -> None:
    assert [lead.name for lead in analyze(clause).leads] == ["Người đứng đầu cơ quan, tổ chức"]


def test_a_body_that_presides_then_organises_keeps_its_own_name() -> None:
    leads = analyze("Sở Nội vụ chủ trì, tổ chức chỉ đạo việc kiểm tra công tác lưu trữ.").leads
    assert [lead.name for lead in leads] == ["Sở Nội vụ"]


# --- duty titles ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "duty"),
    [
        ("Trách nhiệm về công tác kiểm kê rừng", True),
        ("Trách nhiệm về quản lý nhà nước đối với rừng phòng hộ", True),
        ("Trách nhiệm hướng dẫn khách tham quan khu bảo tồn", True),
        ("Trách nhiệm về an toàn công trình lâm sinh", False),  # liability
        ("Trách nhiệm của khách tham quan", False),  # the visitor's own conduct
        ("Trách nhiệm khách du lịch khi vào rừng", False),
    ],
)
def test_a_duty_title_about_a_field_or_guiding_visitors(title: str, duty: bool) -> None:
    assert any_holder_duty(title) is duty


# --- a permission ends its clause ------------------------------------------------------------


def test_a_permission_clause_gives_no_lead_to_the_next_bodys_work() -> None:
    tasks = _letter(
        "1. Các xã được sử dụng kinh phí sự nghiệp lâm nghiệp; Sở Tài chính hướng dẫn việc "
        "thanh quyết toán."
    )
    assert [lead for _, lead in tasks] == [("Sở Tài chính",)]


def test_work_given_to_a_group_is_no_permission() -> None:
    # "được giao nhiệm vụ …" says which units; their work stays a task of its own
    tasks = _letter(
        "1. Các đơn vị được giao nhiệm vụ kiểm kê chủ động bố trí nhân lực; Sở Tài chính "
        "hướng dẫn việc thanh quyết toán."
    )
    assert len(tasks) == 2
    assert tasks[1][1] == ("Sở Tài chính",)
