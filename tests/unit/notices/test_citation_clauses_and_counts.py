"""Two limits of round 8's no-task rules (found by review): a letter that bases its own guidance
on a cited document ("Căn cứ Công văn …, UBND tỉnh hướng dẫn:") is not copying that document's
text, so its own points stay tasks; and a count after work ("cử cán bộ tham gia …, mỗi đơn vị 02
người") is the work's size, not an award quota."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.quotations import drop_quoted
from notices.standing import is_quota
from notices.text import match_form

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: 45/UBND-VX\nV/v triển khai nhiệm vụ\n"
    "Hòa Minh, ngày 10 tháng 3 năm 2026\n\nKính gửi:\n- Các Sở, ban, ngành tỉnh;\n"
    "- UBND các huyện, thị xã.\n\n"
)
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"

OWN_GUIDANCE = [
    "- Căn cứ Công văn số 812/BYT-DP ngày 05/3/2026 của Bộ Y tế, UBND tỉnh hướng dẫn:",
    "Căn cứ Kế hoạch số 17/KH-BCĐ của Ban Chỉ đạo tỉnh, Sở Nội vụ hướng dẫn như sau:",
    "- Căn cứ quy định tại khoản 2 Điều 9 Nghị định số 30/2020/NĐ-CP, Văn phòng UBND tỉnh "
    "hướng dẫn:",
]


@pytest.mark.parametrize("lead_in", OWN_GUIDANCE)
def test_the_letters_own_guidance_after_a_citation_keeps_its_points(lead_in: str) -> None:
    body = [
        lead_in,
        "a) Sở Y tế xây dựng kế hoạch bổ sung, trình UBND tỉnh trước ngày 25/3/2026.",
        "b) UBND các huyện, thị xã tổ chức thực hiện trên địa bàn.",
        "3. Sở Tài chính bố trí kinh phí thực hiện.",
    ]
    assert drop_quoted(body) == body
    first = "1. Sở Y tế chủ trì giám sát dịch bệnh, báo cáo UBND tỉnh trước ngày 20/3/2026."
    parts = ["UBND tỉnh có ý kiến chỉ đạo như sau:", first, "2. Về tiêm chủng:", *body]
    tasks = parse_notice(HEAD + "\n\n".join(parts) + TAIL).tasks
    assert len(tasks) == 4, [t.text for t in tasks]


@pytest.mark.parametrize(
    "lead_in",
    [
        "- Tại khoản 3 Điều 7 Thông tư số 103/2014/TT-BTC của Bộ Tài chính quy định:",
        "- Căn cứ khoản 1, khoản 2 Điều 5 Thông tư số 80/2021/TT-BTC quy định:",
        "Theo điểm b khoản 1 Điều 9 Nghị định số 126/2020/NĐ-CP quy định:",
    ],
)
def test_a_provision_copied_after_its_citation_is_still_dropped(lead_in: str) -> None:
    body = [lead_in, "a) Cơ quan thuế thực hiện kiểm tra hồ sơ.", "b) Người nộp thuế kê khai."]
    assert drop_quoted(body) == [lead_in]


@pytest.mark.parametrize(
    "sentence",
    [
        "Các Sở, ban, ngành cử cán bộ tham gia lớp tập huấn nghiệp vụ, mỗi đơn vị 02 người.",
        "UBND các huyện, thị xã cử công chức tham dự hội nghị trực tuyến, mỗi đơn vị tối đa 03 "
        "người.",
        "Các xã, phường đăng ký tham gia hội thi, mỗi xã không quá 05 người.",
        "Các đơn vị bố trí cán bộ tham gia đoàn kiểm tra, mỗi đơn vị 01 người.",
    ],
)
def test_a_count_after_work_is_the_works_size_not_a_quota(sentence: str) -> None:
    assert not is_quota(match_form(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;",
        "Đối với Sở Y tế; Công an tỉnh mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân;",
        "Ủy ban bầu cử các xã mỗi đơn vị 01 cá nhân.",
    ],
)
def test_award_quotas_are_still_quotas(sentence: str) -> None:
    assert is_quota(match_form(sentence))
