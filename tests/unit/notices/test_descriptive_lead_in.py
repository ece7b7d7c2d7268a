"""A purpose or requirement section whose own point leads into assigned work: the points under
that lead-in are tasks, and the section's heading passes down what it inherited (the parser
once raised KeyError when such a lead-in sat directly under the section heading)."""

from __future__ import annotations

from notices import parse_notice

PLAN = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 12/KH-UBND
Hòa Bình, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra việc niêm yết thủ tục hành chính năm 2026

Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND huyện về cải cách hành chính năm 2026.

I. MỤC ĐÍCH, YÊU CẦU
1. Nắm tình hình niêm yết công khai thủ tục hành chính tại bộ phận một cửa.
Để bảo đảm tiến độ, Văn phòng HĐND và UBND xã phối hợp với Công an xã thực hiện các việc sau:
- Lập danh sách các thủ tục chưa niêm yết tại bộ phận một cửa.
- Tổng hợp kết quả kiểm tra, báo cáo Chủ tịch UBND xã trước ngày 31/3/2026.
2. Việc kiểm tra bảo đảm khách quan, không gây phiền hà cho tổ chức, cá nhân.

II. TỔ CHỨC THỰC HIỆN
Giao Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc việc thực hiện Kế hoạch này.
"""


def test_a_lead_in_directly_under_a_purpose_heading_gives_its_points() -> None:
    notice = parse_notice(PLAN, year_hint=2026)
    starts = [task.text[:40] for task in notice.tasks]
    listed = [t for t in notice.tasks if t.text.startswith(("Lập danh sách", "Tổng hợp kết quả"))]
    assert len(listed) == 2, starts
    assert all("Văn phòng HĐND và UBND xã" in t.lead for t in listed), [t.lead for t in listed]
    dated = next(t for t in listed if t.text.startswith("Tổng hợp"))
    assert dated.deadline is not None and dated.deadline.isoformat() == "2026-03-31"
    # the purpose statements themselves are no work
    assert not any(t.text.startswith(("Nắm tình hình", "Việc kiểm tra")) for t in notice.tasks)
