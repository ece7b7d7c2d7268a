"""Issue 11, precision round 7: extra tasks left in dev — a request to a list of bodies split at
its ";", a topic heading with a bracketed scope, appeals to the public, work only "if wished", a
document taking effect, a plan's issuing sentence, requirement points of one assignment, a
resolution's articles and a compound's hyphen wrapped to a line's start. Examples are phrased for
this test, not copied from a corpus document.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.markers import MarkerKind, find_marker
from notices.normalize import build_paragraphs
from notices.statements import states_only

ISSUED = date(2026, 3, 10)
HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: {n}\nHòa Minh, ngày 10 tháng 3 năm 2026\n\n"


def _tasks(kind_line: str, body: str, number: str = "12/UBND-VX") -> list[tuple[str, list[str]]]:
    text = HEAD.format(n=number) + f"{kind_line}\n\n{body}"
    return [(t.text[:20], list(t.lead)) for t in parse_notice(text).tasks]


@pytest.mark.parametrize(
    "request_text",
    [
        (
            "Đề nghị các đơn vị sự nghiệp công lập; Sở Y tế; Ủy ban nhân dân các xã: rà soát "
            "danh sách viên chức và báo cáo trước ngày 30/4/2026."
        ),
        (
            "Yêu cầu Sở Tài chính; các trường công lập trực thuộc Sở Giáo dục và Đào tạo; Công an "
            "tỉnh: tổ chức kiểm kê tài sản công trong quý II/2026."
        ),
        (
            "Giao Sở Nội vụ; các hội được Nhà nước giao nhiệm vụ; Ủy ban nhân dân các phường: "
            "triển khai đánh giá xếp loại công chức năm 2026."
        ),
    ],
)
def test_a_request_to_a_list_of_bodies_is_one_task(request_text: str) -> None:
    tasks = _tasks("V/v đánh giá", f"1. Về đánh giá năm 2026\n\n{request_text}\n")
    assert len(tasks) == 1, tasks  # not split at the ";" between the bodies asked
    assert tasks[0][0] == request_text[:20]


@pytest.mark.parametrize(
    "heading",
    [
        "2. Về kiểm điểm tập thể lãnh đạo (cơ quan thuộc Hội đồng nhân dân tỉnh; tập thể các "
        "sở, ban, ngành; Ban Thường vụ (hoặc Ban Chủ nhiệm) các hội)",
        "2. Về đánh giá, xếp loại chất lượng (các đơn vị sự nghiệp công lập; doanh nghiệp nhà "
        "nước trực thuộc Ủy ban nhân dân tỉnh; Ủy ban nhân dân các xã, phường, đặc khu)",
        "2. Đối với công tác khen thưởng cuối năm (tập thể, cá nhân thuộc các sở; tập thể, cá "
        "nhân thuộc Ủy ban nhân dân các xã (kể cả đặc khu))",
    ],
)
def test_a_topic_heading_with_a_bracketed_scope_is_no_task(heading: str) -> None:
    body = (
        "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n\n"
        "1. Sở Nội vụ tổng hợp kết quả đánh giá năm 2026.\n\n"
        f"{heading}\n\n"
        "2.1. Sở Tài chính bố trí kinh phí khen thưởng.\n\n"
        "2.2. Sở Tư pháp thẩm định hồ sơ trước ngày 15/12/2026.\n"
    )
    tasks = _tasks("V/v đánh giá cán bộ", body)
    assert [lead for _, lead in tasks] == [["Sở Nội vụ"], ["Sở Tài chính"], ["Sở Tư pháp"]]


@pytest.mark.parametrize(
    "sentence",
    [
        # an appeal to the public
        "Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm, đăng ký hỗ trợ lương thực cho "
        "người dân vùng lũ thông qua Ủy ban Mặt trận Tổ quốc tỉnh.",
        "Các tổ chức, cá nhân, nhà hảo tâm trong và ngoài tỉnh tích cực hưởng ứng, ủng hộ Quỹ "
        "phòng, chống thiên tai.",
        "Kêu gọi người dân, doanh nghiệp trên địa bàn tỉnh chung tay đóng góp xây nhà cho hộ "
        "nghèo.",
        # work only if the body wishes it
        "Sở Công Thương đề xuất danh sách doanh nghiệp tiêu biểu để xét khen thưởng (nếu có nhu "
        "cầu).",
        "Trường hợp có nhu cầu, các xã đăng ký tham gia lớp tập huấn với Sở Nội vụ.",
        "Các đơn vị gửi đề xuất bổ sung kinh phí về Sở Tài chính khi có nhu cầu.",
        # only the difficulties that may arise, and whom to call
        "Nắm bắt, xử lý kịp thời các vướng mắc phát sinh (nếu có), trường hợp cần thiết báo cáo "
        "Sở Tài chính để được hướng dẫn.",
        "Kịp thời giải quyết những khó khăn, vướng mắc phát sinh.",
        "Đầu mối hỗ trợ kỹ thuật: số điện thoại 0236.3822.111; thư điện tử hotro@hoaminh.gov.vn",
        "Bộ phận tiếp nhận phản ánh: hotline 1900.1234 (trong giờ hành chính).",
    ],
)
def test_appeals_optional_work_and_entry_into_force_state_only(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Công Thương đề xuất danh sách doanh nghiệp tiêu biểu để xét khen thưởng.",
        "Các doanh nghiệp vận tải: đăng ký lộ trình với Sở Xây dựng trước ngày 30/4/2026.",
        "Ủy ban Mặt trận Tổ quốc tỉnh vận động cá nhân, tổ chức ủng hộ người dân vùng lũ.",
        "Sở Y tế báo cáo khó khăn, vướng mắc (nếu có) trước ngày 15/4/2026.",
        "Giải quyết các khó khăn của hợp tác xã về mặt bằng sản xuất.",
        "Tổng hợp các vướng mắc phát sinh, báo cáo Bộ Tài chính trước ngày 30/6/2026.",
        "Sở Tài chính: số hóa hồ sơ thuế của doanh nghiệp.",
    ],
)
def test_work_named_beside_those_classes_stays(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "issuing",
    [
        "Ủy ban nhân dân tỉnh Hòa Minh ban hành Kế hoạch chuyển đổi số ngành giao thông, như sau:",
        "Sở Xây dựng tỉnh Hòa Minh ban hành Chương trình hành động năm 2026 với các nội dung sau:",
        "Ủy ban nhân dân thành phố Bình An ban hành Phương án ứng phó mưa lũ như sau:",
    ],
)
def test_a_plan_issuing_sentence_naming_the_issuer_leads_no_nameless_point(issuing: str) -> None:
    body = (
        f"{issuing}\n\n"
        "I. NHIỆM VỤ VÀ GIẢI PHÁP\n\n"
        "1. Hoàn thiện thể chế\n\n"
        "- Hoàn thiện hệ thống văn bản về dữ liệu số.\n\n"
        "- Nâng cấp trung tâm dữ liệu dùng chung.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu.\n"
    )
    tasks = _tasks("KẾ HOẠCH\nChuyển đổi số", body, number="30/KH-UBND")
    assert [lead for _, lead in tasks] == [["Sở Khoa học và Công nghệ"]]


@pytest.mark.parametrize(
    "intro",
    [
        "Giao Bộ Tư pháp chủ trì hoàn thiện hồ sơ dự án Luật, bảo đảm một số yêu cầu sau:",
        "Giao Sở Tài chính hoàn thiện dự thảo Đề án, đảm bảo các yêu cầu như sau:",
        "Bộ Y tế tiếp thu ý kiến, chỉnh lý dự thảo Nghị định đáp ứng những yêu cầu sau đây:",
    ],
)
def test_requirement_points_are_part_of_one_assignment(intro: str) -> None:
    body = (
        f"Điều 1. {intro}\n"
        "1. Quán triệt đầy đủ chủ trương của Đảng.\n"
        "2. Rà soát kỹ nội dung dự thảo, bảo đảm thống nhất.\n"
        "3. Tiếp tục lấy ý kiến chuyên gia.\n"
        "Điều 2. Giao Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện.\n"
    )
    tasks = _tasks("NGHỊ QUYẾT\nVề dự án Luật", body, number="40/NQ-CP")
    assert len(tasks) == 2, tasks
    assert tasks[1][1] == ["Văn phòng Chính phủ"]


def test_a_resolution_article_opens_an_item() -> None:
    for line, label in [("Điều 2. Giao Bộ Nội vụ …", "Điều 2"), ("ĐIỀU 13. Hiệu lực", "Điều 13")]:
        marker = find_marker(line)
        assert marker is not None and marker.kind is MarkerKind.SECTION
        assert marker.label == label
    assert find_marker("Điều 17 Luật Thuế thu nhập cá nhân quy định …") is None


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("phối hợp Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị", "- xã hội tại địa phương"),
        ("bảo đảm hài hòa giữa tăng trưởng và phát triển kinh tế", "- xã hội bền vững của tỉnh"),
        ("đẩy mạnh ứng dụng các thành tựu mới của khoa học", "- công nghệ trong sản xuất"),
    ],
)
def test_a_compound_hyphen_wrapped_to_a_line_start_is_no_dash_point(
    before: str, after: str
) -> None:
    lines = [
        "b) Tổ chức tuyên truyền, vận động người dân trên địa bàn trong thời gian thực hiện:",
        f"Chỉ đạo các phòng, ban chuyên môn, {before}",
        f"{after} thực hiện công tác tuyên truyền, vận động người dân tham gia.",
        "",
        "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.",
    ]
    paragraphs = build_paragraphs(lines)
    assert not any(p.startswith(after) for p in paragraphs), paragraphs
    assert any(f"{before} {after}" in p for p in paragraphs), paragraphs
    assert paragraphs[-1].startswith("- Tổng hợp")  # a real dash point still opens one


@pytest.mark.parametrize(
    ("ending", "opening"),
    [
        ("Căn cứ quy định tại khoản", "7 Điều 17 Luật Quản lý thuế, đề nghị các đơn vị rà soát."),
        ("Theo hướng dẫn tại điểm", "b khoản 2 Điều 5 Thông tư số 80/2021/TT-BTC, Sở Tài chính"),
        ("Thực hiện theo quy định tại Điều", "12 Nghị định số 126/2020/NĐ-CP, các xã báo cáo."),
    ],
)
def test_a_line_ending_on_a_provision_word_goes_on(ending: str, opening: str) -> None:
    paragraphs = build_paragraphs([ending, opening])
    assert paragraphs == [f"{ending} {opening}"]
