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
