"""Issue 11, round 9 (spent splits fresh and fresh2): what one report or review covers.

A request whose lead-in already names the work ("… tổng hợp báo cáo về một số nội dung sau:",
"… hoàn thiện các báo cáo:", "… làm rõ các nội dung còn vướng mắc, cụ thể:") and then lists
"(1) …; (2) …" or "(i) …; (ii) …" in the same paragraph asks for one piece of work: the points are
its parts, not tasks apart. Points after a lead-in that only asks ("… yêu cầu: (1) Sở Y tế …")
stay tasks. Examples are phrased for this test, not copied from a corpus document.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: 77/UBND-KT\nV/v báo cáo thiệt hại do bão\n"
    "Hòa Minh, ngày 10 tháng 3 năm 2026\n\nKính gửi: Các sở, ban, ngành tỉnh\n\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Sở Nông nghiệp và Môi trường khẩn trương thống kê, tổng hợp báo cáo cụ thể về một số "
        "nội dung sau: (1) Diện tích lúa bị ngập úng cần gieo cấy lại. (2) Số lồng bè nuôi trồng "
        "thủy sản bị cuốn trôi. (3) Nhu cầu giống cây trồng để khôi phục sản xuất.",
        "1. Sở Tài chính rà soát, hoàn thiện các báo cáo: (i) Báo cáo tình hình giải ngân vốn "
        "đầu tư công năm 2025; (ii) Báo cáo các khoản chi chuyển nguồn sang năm 2026; (iii) Báo "
        "cáo kết quả tiết kiệm chi thường xuyên.",
        "1. Sở Công Thương chủ trì làm rõ các nội dung còn vướng mắc của đề án chợ đầu mối, cụ "
        "thể: (i) Đánh giá nhu cầu hàng hóa qua chợ; (ii) Xác định nguồn vốn đầu tư; (iii) Đề "
        "xuất phương án di dời các hộ kinh doanh.",
    ],
)
def test_points_of_one_report_are_its_parts(paragraph: str) -> None:
    notice = parse_notice(HEAD + paragraph + "\n\n2. Sở Nội vụ theo dõi, đôn đốc thực hiện.\n")
    assert len(notice.tasks) == 2, [t.text for t in notice.tasks]
    assert "(2)" in notice.tasks[0].text or "(ii)" in notice.tasks[0].text


def test_points_after_a_bare_request_stay_tasks() -> None:
    paragraph = (
        "Ủy ban nhân dân tỉnh yêu cầu: (1) Sở Y tế kiểm tra an toàn thực phẩm tại các chợ. (2) "
        "Sở Công Thương kiểm tra giá các mặt hàng thiết yếu. (3) Công an tỉnh bảo đảm trật tự tại "
        "các điểm sơ tán."
    )
    notice = parse_notice(HEAD + paragraph + "\n")
    assert [t.lead for t in notice.tasks] == [("Sở Y tế",), ("Sở Công Thương",), ("Công an tỉnh",)]
