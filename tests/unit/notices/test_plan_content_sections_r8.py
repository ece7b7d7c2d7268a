"""Round 14 (F8): R8's findings on K20's plan-content rules.

- "xây dựng/lập kế hoạch" names the issuer only when one body is the subject; a plural or listed
  subject ("Ủy ban nhân dân các quận, huyện xây dựng kế hoạch, tập trung …:") is a duty whose
  points are its tasks;
- a grounds opening ends before a request to named bodies ("Căn cứ …, yêu cầu Sở A, Sở B …");
- a contingency section gives no task only over scenario rows ("Với …", "Khi …", "Trường hợp
  …"); named standing duties under a "Phương án ứng phó …" heading stay tasks;
- "các ngành, lĩnh vực" asked to report is a group of bodies ("mỗi ngành, lĩnh vực" is not).

Examples are phrased for this test, not copied from a corpus document or the review.
"""

from __future__ import annotations

from notices import parse_notice

TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Văn Bình\n"


def _doc(kind: str, *body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN TỈNH SƠN LAM\nSố: 31/" + kind + "-UBND\n"
        "Sơn Lam, ngày 12 tháng 2 năm 2026\n\n" + "\n\n".join(body) + TAIL
    )


def _leads(text: str) -> list[tuple[str, ...]]:
    return [t.lead for t in parse_notice(text).tasks]


def test_a_plural_subject_drawing_up_plans_is_a_duty_with_its_points() -> None:
    text = _doc(
        "CT",
        "CHỈ THỊ",
        "Về tăng cường quản lý chất thải rắn",
        "Để bảo vệ môi trường, Chủ tịch UBND tỉnh chỉ thị:",
        "1. Ủy ban nhân dân các quận, huyện lập kế hoạch, triển khai các nội dung sau:",
        "a) Kiểm tra các bãi rác tự phát, hoàn thành trước ngày 31/5/2026.",
        "b) Tổ chức phân loại rác tại nguồn.",
        "2. Sở Tài nguyên và Môi trường hướng dẫn phân loại chất thải.",
    )
    leads = _leads(text)
    assert leads.count(("Ủy ban nhân dân các quận, huyện",)) == 2, leads


def test_heads_of_bodies_drawing_up_plans_is_a_duty() -> None:
    text = _doc(
        "CT",
        "CHỈ THỊ",
        "Về phòng chống rét cho gia súc",
        "Chủ tịch UBND tỉnh yêu cầu:",
        "1. Thủ trưởng các sở, ban, ngành xây dựng kế hoạch, thực hiện các việc sau:",
        "a) Rà soát chuồng trại, xong trước ngày 15/12/2026.",
        "b) Dự trữ thức ăn cho gia súc.",
        "2. Đài Phát thanh và Truyền hình tỉnh tuyên truyền cách chống rét.",
    )
    tasks = [(t.lead, t.text) for t in parse_notice(text).tasks]
    assert any(t.startswith("Rà soát chuồng trại") and lead for lead, t in tasks), tasks


def test_one_body_drawing_up_its_plan_still_names_the_issuer() -> None:
    text = _doc(
        "KH",
        "KẾ HOẠCH",
        "Chăm sóc cây xanh đô thị",
        "Căn cứ tình hình thực tế, Ủy ban nhân dân tỉnh Sơn Lam lập kế hoạch như sau:",
        "1. Cắt tỉa cây xanh trước mùa mưa bão.",
        "2. Trồng bổ sung cây tại các tuyến phố.",
    )
    assert _leads(text) == [], _leads(text)


def test_grounds_then_a_request_to_listed_bodies_keeps_them() -> None:
    text = _doc(
        "KH",
        "KẾ HOẠCH",
        "Chuyển đổi số năm 2026",
        "I. MỤC ĐÍCH",
        "Nâng cao hiệu quả quản lý.",
        "II. TỔ CHỨC THỰC HIỆN",
        "Căn cứ Kế hoạch này, yêu cầu Sở Khoa học và Công nghệ, Sở Tài chính lập kế hoạch "
        "chi tiết như sau:",
        "1. Số hóa hồ sơ lưu trữ, xong trước ngày 30/9/2026.",
        "2. Báo cáo kết quả về UBND tỉnh trước ngày 20/12/2026.",
    )
    leads = _leads(text)
    assert leads == [("Sở Khoa học và Công nghệ", "Sở Tài chính")] * 2, leads


def test_named_standing_duties_under_a_response_heading_stay_tasks() -> None:
    text = _doc(
        "KH",
        "KẾ HOẠCH",
        "Phòng chống hạn hán năm 2026",
        "2. Phương án ứng phó khi có hạn hán kéo dài",
        "a) Công ty Thủy lợi tỉnh vận hành hồ chứa theo quy trình từ ngày 01/3/2026.",
        "b) Sở Công Thương bảo đảm điện cho các trạm bơm trước ngày 28/2/2026.",
    )
    leads = _leads(text)
    assert ("Công ty Thủy lợi tỉnh",) in leads, leads
    assert ("Sở Công Thương",) in leads, leads


def test_a_response_heading_that_asks_someone_is_no_contingency() -> None:
    text = _doc(
        "CV",
        "Kính gửi: UBND các phường",
        "1. Phương án xử lý sự cố rò rỉ khí gas đã được duyệt; đề nghị UBND các phường:",
        "a) Tổ chức diễn tập trước ngày 31/8/2026.",
        "b) Báo cáo kết quả trước ngày 15/9/2026.",
    )
    assert _leads(text) == [("UBND các phường",)] * 2, _leads(text)


def test_scenario_rows_under_a_response_heading_give_no_task() -> None:
    text = _doc(
        "KH",
        "KẾ HOẠCH",
        "Ứng phó ngập lụt năm 2026",
        "II. NỘI DUNG",
        "1. Phương án xử lý các tình huống ngập khi có mưa lớn",
        "1.1. Với mưa dưới 60 mm/giờ.",
        "Công ty Cấp thoát nước vận hành trạm bơm để hạ mực nước.",
        "1.2. Trường hợp mưa trên 100 mm/giờ.",
        "Ủy ban nhân dân các phường huy động lực lượng hỗ trợ người dân.",
    )
    assert _leads(text) == [], _leads(text)


def test_sectors_asked_to_report_are_a_group() -> None:
    text = _doc(
        "CV",
        "Kính gửi: Các sở, ban, ngành",
        "Đề nghị các ngành, lĩnh vực tổng hợp số liệu, gửi Sở Tài chính trước ngày 05/11/2026.",
    )
    tasks = parse_notice(text).tasks
    assert len(tasks) == 1, _leads(text)
    assert tasks[0].deadline is not None
