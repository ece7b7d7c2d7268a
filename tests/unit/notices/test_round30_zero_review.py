"""Round 30 (zero) review: an undated yearly flow step whose doer is only a kind of body
("Hằng năm, các cơ quan lập danh sách …") stays a rule; dated yearly steps and undated ones
that name their body stay tasks."""

from __future__ import annotations

from notices import parse_notice
from notices.yearly_steps import is_yearly_step
from tests.unit.notices.test_round28_duty2_review import _ASKED


def test_undated_yearly_step_of_a_kind_of_body_is_a_rule() -> None:
    assert not is_yearly_step("1. Hằng năm, các cơ quan lập danh sách đề nghị khen thưởng.")
    assert not is_yearly_step("2. Hằng năm, các đơn vị, địa phương gửi báo cáo về Sở Nội vụ.")


def test_undated_yearly_step_naming_its_body_is_a_task() -> None:
    assert is_yearly_step("1. Hằng năm, Sở Nội vụ lập danh sách đề nghị khen thưởng.")
    assert is_yearly_step("a) Định kỳ hàng năm, Bộ Nội vụ xét tặng Kỷ niệm chương.")


def test_qualified_kind_of_body_names_it() -> None:
    assert is_yearly_step("1. Hằng năm, các cơ quan thuộc tỉnh lập danh sách đề nghị khen thưởng.")
    assert is_yearly_step("2. Hằng năm, các cơ quan chuyên môn báo cáo kết quả về Sở Nội vụ.")


def test_dated_yearly_step_of_a_kind_of_body_stays_a_task() -> None:
    # the settled call of fresh24: a dated step of a yearly cycle is trackable work (bn-86's shape)
    assert is_yearly_step(
        "2. Đối với khen thưởng tổng kết năm: Các cơ quan, đơn vị, địa phương gửi hồ sơ về "
        "Sở Nội vụ trước ngày 10/12 hằng năm."
    )


def test_procedure_article_of_a_rulebook_keeps_its_old_reading() -> None:
    leads = [tuple(t.lead) for t in parse_notice(_ASKED).tasks]
    assert ("các cơ quan",) not in leads
    assert leads == [
        ("Tòa án nhân dân tỉnh",),
        ("Tòa án nhân dân tỉnh",),
        ("Viện kiểm sát nhân dân tỉnh",),
    ]


_CABLE = """THỦ TƯỚNG CHÍNH PHỦ
Số: 88/CĐ-TTg
Hà Nội, ngày 27 tháng 11 năm 2031
CÔNG ĐIỆN V/V KHẨN TRƯƠNG THỐNG KÊ, RÀ SOÁT, TỔNG HỢP
BÁO CÁO THIỆT HẠI VỀ NHÀ Ở DO MƯA LŨ
THỦ TƯỚNG CHÍNH PHỦ điện:
- Chủ tịch Ủy ban nhân dân tỉnh Gia Lai.
Thủ tướng Chính phủ yêu cầu:
1. Chủ tịch Ủy ban nhân dân tỉnh Gia Lai chỉ đạo rà soát, thống kê số hộ có nhà bị sập, đổ, gửi
báo cáo về Văn phòng Chính phủ trước 17 giờ ngày 28/11/2031.
2. Bộ Tài chính chủ trì đề xuất hỗ trợ kinh phí cho tỉnh, báo cáo Thủ tướng Chính phủ.
Nơi nhận:
- Như trên;
- Lưu: VT.
THỦ TƯỚNG
Nguyễn Văn A
"""


def test_an_all_caps_subject_wrapped_under_the_type_line_keeps_the_type_and_title() -> None:
    # ttg-232's scan (fresh2): "CÔNG ĐIỆN V/V …" in capitals wrapped onto a line opening "BÁO
    # CÁO …"; the mixed-case "QUYẾT ĐỊNH Về việc …" rule skipped the type line and the wrapped
    # line was taken for a report's type line, so the cable read as a report sent upward
    notice = parse_notice(_CABLE)
    assert notice.title.startswith("V/V KHẨN TRƯƠNG THỐNG KÊ")
    assert len(notice.tasks) == 2
