"""Issue 11, round 9 (spent splits fresh and fresh2): a heading with a bracketed scope.

A heading that names a body and then says in brackets which ones it means ("5. Các chủ rừng là
tổ chức (các Ban quản lý rừng đặc dụng, các Công ty lâm nghiệp…)") is still a heading: its dash
points are that body's tasks, not lost. Examples are phrased for this test, not copied from a
corpus document.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: 12/CT-UBND\nHòa Minh, ngày 10 tháng 3 năm 2026\n\n"
    "CHỈ THỊ\nVề tăng cường bảo vệ rừng\n\n"
    "Để tăng cường bảo vệ rừng, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
    "1. Sở Nông nghiệp và Môi trường\n\n- Kiểm tra công tác bảo vệ rừng tại các xã.\n\n"
)
POINTS = (
    "- Tiếp tục kiểm tra, rà soát diện tích rừng bị lấn chiếm trong lâm phận.\n\n"
    "- Xây dựng nhu cầu kinh phí cắm mốc ranh giới lâm phận.\n"
)


@pytest.mark.parametrize(
    ("heading", "lead"),
    [
        (
            "Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty "
            "lâm nghiệp…)",
            "Các chủ rừng là tổ chức",
        ),
        (
            "Các nhà đầu tư dự án du lịch sinh thái (các công ty, hợp tác xã thuê môi trường "
            "rừng để kinh doanh)",
            "Các nhà đầu tư dự án du lịch sinh thái",
        ),
    ],
)
def test_a_heading_with_a_bracketed_scope_leads_its_points(heading: str, lead: str) -> None:
    tasks = parse_notice(HEAD + f"2. {heading}\n\n" + POINTS).tasks
    assert [t.lead for t in tasks] == [("Sở Nông nghiệp và Môi trường",), (lead,), (lead,)], [
        (t.lead, t.text) for t in tasks
    ]
