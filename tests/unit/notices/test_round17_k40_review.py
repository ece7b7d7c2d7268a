"""R40 review of h_k40: failing-first tests (fail on b796a27)."""

from __future__ import annotations

import datetime as dt

from notices import parse_notice
from notices.minutes import is_minutes, narrates_meeting

SIGN = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Minh Quang\n"


def _parse(body: str, issuer: str, number: str, subject: str, top: str):
    head = f"{top}\n{issuer}\n{number}\n{subject}\nHải Đăng, ngày 04 tháng 3 năm 2026\n"
    return parse_notice(head + body + SIGN)


def _leads(notice) -> list[tuple[str, ...]]:
    return [tuple(t.lead) for t in notice.tasks]


# HIGH 1: minutes: a speaker who asks a body ("đề nghị X thông báo/báo cáo …") is no narration
def test_minutes_speaker_asking_a_body_keeps_the_task() -> None:
    body = (
        "BIÊN BẢN\nHọp giao ban tháng 3 năm 2026\n"
        "1. Đồng chí Lê Thị Hoa, Phó Chủ tịch UBND xã đề nghị Ban Chỉ huy Quân sự xã thông báo "
        "lịch khám tuyển nghĩa vụ quân sự đến các thôn.\n"
        "2. Đ/c Trần Văn Bình - Phó Chủ tịch UBND xã đề nghị công chức Văn phòng - Thống kê tổng "
        "hợp hồ sơ, báo cáo kết quả bình xét lên UBND huyện.\n"
    )
    n = _parse(body, "UBND XÃ AN BÌNH", "Số: 03/BB-UBND", "", "HUYỆN THANH BÌNH")
    assert ("Ban Chỉ huy Quân sự xã",) in _leads(n)
    assert len(n.tasks) == 2


# HIGH 2: minutes: the meeting agreeing to ask one of its own bodies for work is a task
def test_minutes_agreement_that_asks_a_body_for_work_is_a_task() -> None:
    assert not narrates_meeting(
        "Hội đồng thống nhất đề nghị Phòng Nội vụ hoàn thiện hồ sơ các sáng kiến, trình Chủ tịch "
        "UBND huyện xem xét, quyết định công nhận."
    )
    assert not narrates_meeting(
        "Hội nghị thống nhất thông qua Kế hoạch và đề nghị các xã triển khai ngay."
    )
    # the helper's own case stays narration
    assert narrates_meeting("Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh xét tặng Bằng khen.")


# HIGH 3: a closing that restates the subject is the letter's ONLY request: keep it
def test_only_request_restating_the_subject_stays() -> None:
    body = (
        "Kính gửi: UBND các xã, thị trấn.\n"
        "Ngày 20/02/2026, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về rà soát hộ nghèo, hộ cận "
        "nghèo năm 2026.\n"
        "Đề nghị UBND các xã, thị trấn khẩn trương triển khai thực hiện việc rà soát hộ nghèo, hộ "
        "cận nghèo năm 2026 trên địa bàn đảm bảo đúng quy trình./.\n"
    )
    n = _parse(
        body,
        "UBND HUYỆN THANH BÌNH",
        "Số: 215/UBND-LĐTBXH",
        "V/v rà soát hộ nghèo, hộ cận nghèo năm 2026",
        "TỈNH HẢI ĐĂNG",
    )
    assert _leads(n) == [("UBND các xã, thị trấn",)]


# MEDIUM 4: "Trước đó," in a plan is "before that (event)", not "formerly"
def test_truoc_do_before_an_event_is_still_work() -> None:
    body = (
        "Kính gửi: Các phòng, ban.\n"
        "UBND huyện tổ chức Hội nghị tổng kết công tác năm 2025 vào ngày 15/4/2026.\n"
        "Trước đó, các phòng, ban gửi báo cáo tham luận về Văn phòng HĐND và UBND huyện.\n"
    )
    n = _parse(
        body,
        "UBND HUYỆN THANH BÌNH",
        "Số: 30/UBND-VP",
        "V/v chuẩn bị Hội nghị tổng kết",
        "TỈNH HẢI ĐĂNG",
    )
    assert any(t.text.startswith("Trước đó, các phòng, ban gửi") for t in n.tasks)


# MEDIUM 5: "Không … cho các …; kiểm tra, xử lý …": a prohibition followed by work
def test_prohibition_then_work_is_not_a_scope_rule() -> None:
    body = (
        "Kính gửi: Các cơ sở giáo dục.\n"
        "Sở Giáo dục và Đào tạo hướng dẫn như sau:\n"
        "1. Các trường trung học phổ thông:\n"
        "- Không tổ chức dạy thêm cho các học sinh lớp 12 thu tiền trái quy định; kiểm tra, xử lý "
        "nghiêm vi phạm.\n"
        "- Tổ chức kiểm tra cuối kỳ II trước ngày 20/5/2026.\n"
    )
    n = _parse(
        body,
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "Số: 215/SGDĐT-GDTrH",
        "V/v kiểm tra cuối kỳ II",
        "UBND TỈNH HẢI ĐĂNG",
    )
    assert len(n.tasks) == 2


# MEDIUM 6: "Căn cứ quy định nêu trên, … không phải … mà chỉ cần bổ sung … gửi về …" asks work
def test_rule_applied_with_work_after_mà_stays() -> None:
    body = (
        "Kính gửi: Các cơ sở giáo dục.\n"
        "Ngày 10/01/2026, Bộ Giáo dục và Đào tạo ban hành Thông tư số 02/2026/TT-BGDĐT.\n"
        "Căn cứ quy định nêu trên, các đơn vị không phải nộp lại hồ sơ mà chỉ cần bổ sung bản sao "
        "quyết định gửi về Sở Tài chính.\n"
    )
    n = _parse(
        body,
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "Số: 216/SGDĐT-KHTC",
        "V/v hướng dẫn thu học phí",
        "UBND TỈNH HẢI ĐĂNG",
    )
    assert len(n.tasks) == 1


# MEDIUM 7: points with due days of their own are separate work, not one request's particulars
def test_points_with_their_own_due_days_are_not_collapsed() -> None:
    body = (
        "Kính gửi: UBND các huyện, thị xã.\n"
        "Sở Y tế đề nghị UBND các huyện, thị xã chỉ đạo thực hiện các nội dung sau:\n"
        "1. Công tác tiêm chủng mở rộng cho trẻ em dưới 1 tuổi, đảm bảo tỷ lệ trên 95% trước "
        "ngày 30/6/2026.\n"
        "2. Việc kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, hoàn thành trước ngày "
        "30/9/2026.\n"
    )
    n = _parse(
        body, "SỞ Y TẾ", "Số: 215/SYT-NV", "V/v triển khai nhiệm vụ y tế", "UBND TỈNH HẢI ĐĂNG"
    )
    assert sorted(t.deadline for t in n.tasks) == [dt.date(2026, 6, 30), dt.date(2026, 9, 30)]


# MEDIUM 8: a letter's subject that mentions a biên bản is no biên bản
def test_letter_about_a_bien_ban_is_not_minutes() -> None:
    assert not is_minutes(None, "V/v khắc phục tồn tại theo Biên bản kiểm tra")
    assert is_minutes(None, "BIÊN BẢN Họp Hội đồng thi đua")
