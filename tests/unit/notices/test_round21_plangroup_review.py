"""Round 21 (plangroup) review: a heading's content points with fields of their own, an
overseer line with no lead beside it, a dash's own month under the group's year.
Documents invented for these tests."""

from __future__ import annotations

from datetime import date

from tests.unit.notices.test_round21_plangroup import _task, _tasks

_EACH_POINT_FIELDS = """1. Xây dựng cơ sở dữ liệu ngành Công Thương, gồm:

- Dữ liệu về các cụm công nghiệp, doanh nghiệp trong cụm;

Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Thời gian thực hiện: Quý II/2026.

- Dữ liệu về nguồn điện, lưới điện và tiêu thụ điện.

Đơn vị chủ trì: Phòng Quản lý Năng lượng; Thời gian thực hiện: Quý III/2026.
"""


def test_content_points_with_fields_of_their_own_are_tasks_each() -> None:
    tasks = [t for t in _tasks(_EACH_POINT_FIELDS) if t.ref.startswith("II.")]
    assert [(t.lead, t.deadline) for t in tasks] == [
        (("Phòng Quản lý Công nghiệp",), date(2026, 6, 30)),
        (("Phòng Quản lý Năng lượng",), date(2026, 9, 30)),
    ]


_OVERSEER_ONLY = """1. {heading}

- Tham mưu UBND tỉnh xây dựng chính sách thu hút các dự án chế biến sâu gỗ rừng trồng, hoàn
thành trước ngày 30/6/2026.

- Đôn đốc, hướng dẫn doanh nghiệp đổi mới thiết bị, giảm tiêu hao năng lượng.
{overseer}"""


def _rows(body: str) -> list[tuple[str, tuple[str, ...], date | None, str]]:
    return [(t.ref, t.lead, t.deadline, t.text) for t in _tasks(body) if t.ref.startswith("II.")]


def test_an_overseer_line_alone_is_no_lead() -> None:
    for heading in ("Phát triển công nghiệp chế biến nông, lâm sản", "Phòng Quản lý Công nghiệp:"):
        without = _rows(_OVERSEER_ONLY.format(heading=heading, overseer=""))
        for overseer in ("Lãnh đạo phụ trách", "Lãnh đạo Sở phụ trách"):
            line = f"\n{overseer}: đồng chí Phó Giám đốc.\n"
            assert _rows(_OVERSEER_ONLY.format(heading=heading, overseer=line)) == without
    named = _rows(_OVERSEER_ONLY.format(heading="Phòng Quản lý Công nghiệp:", overseer=""))
    assert [lead for _, lead, _, _ in named] == [("Phòng Quản lý Công nghiệp",)] * 2


_OVERSEER_WITH_LEAD = """1. Phát triển công nghiệp chế biến nông, lâm sản

- Tham mưu UBND tỉnh xây dựng chính sách thu hút các dự án chế biến sâu gỗ rừng trồng.

- Đôn đốc, hướng dẫn doanh nghiệp đổi mới thiết bị, giảm tiêu hao năng lượng.

Lãnh đạo phụ trách: Phó giám đốc Hoàng Văn Bình.

Đơn vị chủ trì: Phòng Quản lý Công nghiệp.
"""


def test_an_overseer_line_beside_a_lead_is_not_the_last_dashs_text() -> None:
    tasks = [t for t in _tasks(_OVERSEER_WITH_LEAD) if t.ref.startswith("II.")]
    assert len(tasks) == 2
    for task in tasks:
        assert task.lead == ("Phòng Quản lý Công nghiệp",)
        assert "phụ trách" not in task.text


_OWN_MONTH = """1. Xúc tiến thương mại

- Tổ chức Hội chợ nông sản tại TP HCM, tháng 9/2026.

- Hỗ trợ doanh nghiệp tham gia các hội chợ trong nước.

Đơn vị chủ trì: Phòng Quản lý Thương mại; Thời gian thực hiện: Năm 2026.
"""


def test_a_dash_with_its_own_month_keeps_it_over_the_groups_year() -> None:
    tasks = _tasks(_OWN_MONTH)
    assert _task(tasks, "Tổ chức Hội chợ nông sản").deadline == date(2026, 9, 30)
    assert _task(tasks, "Hỗ trợ doanh nghiệp").deadline == date(2026, 12, 31)
    for start in ("Tổ chức Hội chợ", "Hỗ trợ doanh nghiệp"):
        assert _task(tasks, start).lead == ("Phòng Quản lý Thương mại",)
