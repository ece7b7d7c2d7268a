"""Issue 11, round 5: sentences that cite, narrate or only ask to carry out the document assign
no work; and scrape line breaks that cut a sentence or a heading in two. Examples are phrased
for this test, not copied from a corpus document.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.normalize import build_paragraphs, clean_lines
from notices.statements import states_only

ISSUED = date(2026, 3, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        # the citation of a provision: point, clause, article of a law or decree
        "Căn cứ tại Điều 12 Luật Đất đai số 31/2024/QH15 quy định về quyền của người sử dụng đất;",
        "Căn cứ khoản 3 Điều 7 Nghị định số 45/2026/NĐ-CP quy định về hồ sơ cấp phép;",
        "Căn cứ điểm b khoản 1 Điều 20 Thông tư số 08/2025/TT-BXD của Bộ Xây dựng;",
        "Tại khoản 2 Điều 9 Nghị định 12/2026/NĐ-CP quy định Ủy ban nhân dân cấp tỉnh có trách "
        "nhiệm công bố danh mục.",
        "Theo quy định tại Điều 5 Quyết định số 17/2025/QĐ-UBND, hồ sơ nộp trực tuyến.",
        # the rule applied to the case (advice is left out by the parser's imperative default:
        # test_imperative_default.py)
        "Căn cứ quy định nêu trên, về nguyên tắc, hộ đã nộp đủ hồ sơ thì được hoàn thuế.",
        # a case with nobody named to act
        "Trường hợp hồ sơ chưa đầy đủ thì không thuộc đối tượng được xem xét.",
        # a past event, dated before the notice
        "Ngày 15/01/2026, Bộ Tài chính ban hành Thông tư số 05/2026/TT-BTC hướng dẫn thu phí.",
        "Ngày 02 tháng 02 năm 2026, Sở Nội vụ có công văn số 210/SNV-CCVC về việc tuyển dụng.",
        # only carrying out or watching over the document itself
        "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.",
        "Giao Thường trực Hội đồng nhân dân, các Ban và đại biểu Hội đồng nhân dân tỉnh giám sát "
        "việc thực hiện Nghị quyết này.",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội phối hợp "
        "tuyên truyền và giám sát việc thực hiện Nghị quyết.",
        "Trong phạm vi chức năng, nhiệm vụ của mình, tham gia phối hợp triển khai thực hiện Kế "
        "hoạch này.",
        "Trong phạm vi quản lý của mình, chủ động phối hợp với các phòng, ban thực hiện các nhiệm "
        "vụ được giao tại Kế hoạch này.",
        "Phối hợp với Ban Quản lý dự án tổ chức thực hiện kế hoạch theo đúng quy định.",
        "Ủy ban nhân dân huyện yêu cầu các xã triển khai, báo cáo kết quả thực hiện./. |",
    ],
)
def test_a_sentence_that_assigns_no_work(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        # work follows the citation, or the citation is of a plan, not a provision
        "Căn cứ quy định nêu trên, đề nghị Sở Tài chính rà soát hồ sơ hoàn thuế của doanh nghiệp.",
        "Căn cứ Kế hoạch này, các xã xây dựng kế hoạch chi tiết trước ngày 30/4/2026.",
        # a date after the notice's own is a deadline, not a past event
        "Ngày 20/3/2026, các đơn vị gửi báo cáo về Sở Nội vụ.",
        # the work is more than carrying out the document
        "Giao Sở Y tế chủ trì, hướng dẫn và tổ chức thực hiện Kế hoạch này.",
        "Phối hợp với các sở, ngành hướng dẫn các xã triển khai Kế hoạch.",
        "Tổ chức triển khai thực hiện Chiến lược phát triển du lịch của tỉnh.",
        "Ủy ban nhân dân các xã tổ chức thực hiện Kế hoạch này và báo cáo kết quả về Ủy ban nhân "
        "dân huyện trước ngày 15/12/2026.",
        # a case that names who acts in it
        "Trường hợp mưa lớn kéo dài, các trường học chủ động cho học sinh nghỉ học.",
    ],
)
def test_a_sentence_that_still_assigns_work(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


def test_a_guidance_letter_yields_only_its_request() -> None:
    notice = parse_notice(
        "Số: 120/STC-QLG\nLạng Sơn, ngày 10 tháng 3 năm 2026\n\n"
        "Kính gửi: Ủy ban nhân dân các xã, phường.\n\n"
        "Ngày 15/01/2026, Bộ Tài chính ban hành Thông tư số 05/2026/TT-BTC hướng dẫn thu phí.\n\n"
        "Căn cứ khoản 3 Điều 7 Nghị định số 45/2026/NĐ-CP quy định về hồ sơ cấp phép;\n\n"
        "Trường hợp hồ sơ chưa đầy đủ thì không thuộc đối tượng được xem xét.\n\n"
        "Đề nghị Ủy ban nhân dân các xã, phường rà soát hồ sơ và báo cáo về Sở Tài chính trước "
        "ngày 31/3/2026.\n"
    )
    assert [t.text[:40] for t in notice.tasks] == ["Đề nghị Ủy ban nhân dân các xã, phường r"]
    assert notice.tasks[0].deadline == date(2026, 3, 31)


def _paragraphs(text: str) -> list[str]:
    return build_paragraphs(clean_lines(text))


def test_a_line_ending_in_a_comma_goes_on() -> None:
    paragraphs = _paragraphs(
        "(1) Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan hoàn thiện hồ sơ, "
        "trình Ủy ban nhân dân tỉnh trong tháng 4 năm 2026 để kịp thời báo cáo.\n"
        "(2) Đề nghị Ban Kinh tế - Ngân sách,\n"
        "Ban Pháp chế phối hợp thẩm tra hồ sơ trình kỳ họp.\n"
    )
    assert paragraphs[-1].startswith("(2) Đề nghị Ban Kinh tế")
    assert paragraphs[-1].endswith("trình kỳ họp.")


def test_a_document_number_starts_no_paragraph() -> None:
    paragraphs = _paragraphs(
        "Việc cấp phép thực hiện theo quy định.\n"
        "Tại khoản 1 Điều 4 Thông tư\n"
        "12/2025/TT-BNV quy định hồ sơ gồm các giấy tờ sau.\n"
    )
    assert paragraphs[-1] == (
        "Tại khoản 1 Điều 4 Thông tư 12/2025/TT-BNV quy định hồ sơ gồm các giấy tờ sau."
    )


# Past the header lines, where a scrape's body starts (the header's lines are split apart).
_BODY = "\n" * 50


def test_a_bold_heading_reopened_on_the_next_line_is_one_heading() -> None:
    paragraphs = _paragraphs(
        _BODY + "- Phổ biến kế hoạch đến cán bộ, hội viên và nhân dân trên địa bàn các xã.\n"
        "**2. Đề nghị Liên đoàn Lao động tỉnh, Hội Cựu**\n"
        "**Chiến binh tỉnh và các hội đặc thù**\n"
        "- Tuyên truyền đến hội viên.\n"
    )
    assert paragraphs[1] == (
        "2. Đề nghị Liên đoàn Lao động tỉnh, Hội Cựu Chiến binh tỉnh và các hội đặc thù"
    )
    # a bold heading that ends with its punctuation, or a new bold item, stays apart
    apart = _paragraphs(_BODY + "**1. Mục đích:**\n**Bảo đảm**\n**2. Yêu cầu**\n- Kịp thời.\n")
    assert apart[:3] == ["1. Mục đích:", "Bảo đảm", "2. Yêu cầu"]


def test_a_bold_heading_reopened_after_a_blank_line_is_one_heading() -> None:
    paragraphs = _paragraphs(
        _BODY + "- Phổ biến kế hoạch đến cán bộ, hội viên và nhân dân trên địa bàn các xã.\n\n"
        "**3. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Hội Nông**\n\n"
        "**dân tỉnh và các tổ chức thành viên**\n\n"
        "- Vận động hội viên tham gia.\n"
    )
    assert paragraphs[1] == (
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Hội Nông dân tỉnh và các tổ chức thành viên"
    )


def test_an_open_parenthesis_holds_the_next_line() -> None:
    paragraphs = _paragraphs(
        "Việc cấp phép thực hiện theo quy định hiện hành của pháp luật về xây dựng, đất đai, "
        "bảo vệ môi trường, phòng cháy và chữa cháy cùng các quy định có liên quan khác.\n"
        "Hồ sơ nộp trực tiếp tại Trung tâm Phục vụ hành chính công hoặc qua Cổng Dịch vụ công "
        "quốc gia, bảo đảm đúng thời hạn giải quyết theo quy định của pháp luật hiện hành.\n"
        "Tại điểm a khoản 2 Điều 3 Thông tư 10/2024/TT-BXD (được sửa đổi bởi Điều 1\n"
        "Thông tư 05/2026/TT-BXD) quy định hồ sơ gồm bản vẽ thiết kế.\n"
    )
    assert paragraphs[-1].startswith("Tại điểm a khoản 2")
    assert paragraphs[-1].endswith("bản vẽ thiết kế.")


def test_a_short_first_line_after_a_heading_goes_on_in_a_narrow_scrape() -> None:
    # a scrape whose paragraphs' first lines stop short (an indented first line)
    narrow = "".join(
        f"- Rà soát, cập nhật\nhồ sơ của đơn vị số {n} theo quy định của pháp luật hiện hành.\n"
        for n in range(4)
    )
    paragraphs = _paragraphs(
        narrow + "\nVII. CHẾ ĐỘ BÁO CÁO\n\nCác sở, ban, ngành, đoàn thể\n"
        "Thành phố, Ủy ban nhân dân các xã gửi báo cáo về Sở Nội vụ trước ngày 16/12/2026.\n"
    )
    assert paragraphs[-1].startswith("Các sở, ban, ngành, đoàn thể Thành phố, Ủy ban")


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # the verb after "cơ quan" names the kind of agency
        ("Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ nghiên cứu đề xuất",
         ["Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ"]),
        ("Các cơ quan tham mưu, giúp việc Tỉnh ủy rà soát quy chế làm việc",
         ["Các cơ quan tham mưu, giúp việc Tỉnh ủy"]),
        # a field name with a comma stays one body
        ("Vụ Kế hoạch, Tài chính tổng hợp nhu cầu kinh phí", ["Vụ Kế hoạch, Tài chính"]),
        ("Các cơ quan quản lý nhà nước rà soát điều kiện kinh doanh",
         ["Các cơ quan quản lý nhà nước"]),
        # a provider is a body of its own kind ("nhà cung cấp dịch vụ …"), not the verb
        ("Các nhà cung cấp dịch vụ viễn thông, nhà đầu tư hạ tầng bảo đảm kinh phí",
         ["Các nhà cung cấp dịch vụ viễn thông, nhà đầu tư hạ tầng"]),
        # a clause of time before the subject ("Sau khi …, X …") is not part of the name
        ("Sau khi được phê duyệt, các sở, ngành, địa phương tổ chức triển khai Đề án",
         ["các sở, ngành, địa phương"]),
    ],
)  # fmt: skip
def test_names_that_hold_a_verb(clause: str, leads: list[str]) -> None:
    from notices.assignees import analyze

    assert [a.name for a in analyze(clause).leads] == leads


@pytest.mark.parametrize(
    "point",
    [
        "Kiên quyết cắt giảm các thủ tục hành chính không cần thiết.",
        "Đơn giản hóa hồ sơ cấp phép xây dựng nhà ở riêng lẻ.",
        "Bãi bỏ các quy định chồng chéo về điều kiện kinh doanh.",
        "Siết chặt kỷ luật, kỷ cương hành chính trong thực thi công vụ.",
        "Lan tỏa các mô hình hay, cách làm sáng tạo ở cơ sở.",
    ],
)
def test_a_point_opening_with_a_verb_of_reform_is_work(point: str) -> None:
    notice = parse_notice(
        "Số: 45/SNV-VP\nHòa Bình, ngày 10 tháng 3 năm 2026\n\n"
        "Kính gửi: Ủy ban nhân dân các xã, phường.\n\n"
        "Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường thực hiện các nội dung sau:\n"
        f"1. {point}\n"
        "2. Báo cáo kết quả về Sở Nội vụ trước ngày 30/6/2026.\n"
    )
    assert notice.tasks[0].text == point
    assert notice.tasks[0].lead == ("Ủy ban nhân dân các xã, phường",)


_PLAN = "\n\n".join(
    [
        "Số: 88/KH-UBND",
        "Thái Bình, ngày 02 tháng 3 năm 2026",
        "KẾ HOẠCH",
        "Tuần lễ Học tập suốt đời năm 2026",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Tuần lễ như sau:",
        "I. MỤC ĐÍCH, MỤC TIÊU",
        "1. Mục đích",
        "- Nâng cao nhận thức của người dân về học tập suốt đời.",
        "- Khuyến khích các thư viện mở cửa phục vụ miễn phí.",
        "2. Tuần lễ hưởng ứng",
        "a) Chủ đề: Học tập để thích ứng.",
        "b) Thời gian: Từ ngày 01/10/2026 đến ngày 07/10/2026.",
        "c) Các hoạt động chính",
        "{lead_in}",
        "- Tổ chức lễ khai mạc tuần lễ tại các trường học.",
        "- Tổ chức trưng bày sách, báo tại thư viện và nhà văn hóa.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Sở Giáo dục và Đào tạo chủ trì tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.",
    ]
)


def test_points_a_purpose_section_assigns_by_name_are_work_dated_by_its_time_field() -> None:
    notice = parse_notice(
        _PLAN.format(lead_in="Ủy ban nhân dân các xã, phường tổ chức các hoạt động sau:")
    )
    points = [t for t in notice.tasks if t.text.startswith(("Tổ chức lễ", "Tổ chức trưng bày"))]
    assert [t.lead for t in points] == [("Ủy ban nhân dân các xã, phường",)] * 2
    assert {t.deadline for t in points} == {date(2026, 10, 7)}
    # the purposes stay out
    assert not any(t.text.startswith(("Nâng cao", "Khuyến khích")) for t in notice.tasks)


def test_points_of_a_purpose_section_that_names_no_one_stay_out() -> None:
    notice = parse_notice(_PLAN.format(lead_in="Các hoạt động gồm:"))
    assert [t.text[:25] for t in notice.tasks] == ["Sở Giáo dục và Đào tạo ch"]


def test_a_body_told_to_see_that_others_do_the_points_owns_one_task() -> None:
    notice = parse_notice(
        "Số: 31/CT-UBND\nHải Dương, ngày 02 tháng 3 năm 2026\n\nCHỈ THỊ\nVề an toàn điện\n\n"
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
        "1. Giao Sở Công Thương chỉ đạo các doanh nghiệp phân phối điện có trách nhiệm:\n\n"
        "- Kiểm tra hành lang an toàn lưới điện trước mùa mưa bão.\n\n"
        "- Đối với các trạm biến áp xuống cấp, khẩn trương sửa chữa, thay thế.\n\n"
        "2. Công an tỉnh tăng cường tuần tra, xử lý vi phạm hành lang lưới điện.\n"
    )
    assert [(t.ref, t.lead) for t in notice.tasks] == [
        ("1", ("Sở Công Thương",)),
        ("2", ("Công an tỉnh",)),
    ]
    assert "trạm biến áp" in notice.tasks[0].text


def test_a_heading_that_names_an_agency_by_its_kind_is_no_task() -> None:
    notice = parse_notice(
        "Kính gửi: Các cơ quan, đơn vị thuộc Bộ\n\n"
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ trưởng giao:\n\n"
        "1. Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ\n\n"
        "- Rà soát quy chế làm việc của đơn vị.\n\n"
        "- Kiểm tra việc thực hiện kỷ luật, kỷ cương hành chính.\n\n"
        "2. Vụ Pháp chế tổng hợp kết quả, báo cáo Bộ trưởng trước ngày 30/6/2026.\n"
    )
    assert [t.lead for t in notice.tasks] == [
        ("Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ",),
        ("Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ",),
        ("Vụ Pháp chế",),
    ]


def test_what_a_meeting_agreed_on_is_no_task_before_the_clause_that_assigns() -> None:
    from notices.agreements import agrees_only

    assert agrees_only("Các sở, ngành thống nhất chỉ có một đơn vị đầu mối")
    assert agrees_only("Hội nghị cơ bản nhất trí là cần tăng thời lượng tuyên truyền")
    assert not agrees_only("Sở Nội vụ thống nhất với Sở Tài chính trình phương án")
    assert not agrees_only("Thống nhất chủ trương, giao Sở Xây dựng lập quy hoạch")
    notice = parse_notice(
        "Kết luận như sau:\n\n"
        "1. Về đầu mối: Các sở, ngành thống nhất chỉ có một đơn vị đầu mối; giao Sở Nội vụ "
        "làm chủ Đề án, chịu trách nhiệm trình phê duyệt trong tháng 6/2026.\n"
    )
    assert [t.lead for t in notice.tasks] == [("Sở Nội vụ",)]


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        # after the colon comes what the bodies are or do, not their names
        ("Các sở, ban, ngành, địa phương: Là các đơn vị được lấy ý kiến thẩm định",
         ["Các sở, ban, ngành, địa phương"]),
        ("Các phòng, ban: có trách nhiệm phối hợp cung cấp thông tin",
         ["Các phòng, ban"]),
        # an enumeration stays one
        ("Các Sở: Tài chính, Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
    ],
)  # fmt: skip
def test_a_colon_after_a_group_is_not_always_a_list(phrase: str, names: list[str]) -> None:
    from notices.names import split_assignees

    assert [a.name for a in split_assignees(phrase) or []] == names
