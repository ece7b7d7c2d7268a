"""Issue 11, precision round 8: what guidance letters, decisions and emulation plans say that is
no task — provisions a letter copies out after "… quy định:", quotas of awards, what a body is and
that it exercises its powers as the law says, an approval "Thông qua …" with its liability
sentence, a rule stated of a thing ("Khoản chi … nếu … thì được …"), and an execution article
whose line the scrape's signature table follows ("… thi hành Quyết định này./. |"). Examples are
phrased for this test, not copied from a corpus document.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.remarks import is_remark
from notices.statements import states_only

ISSUED = date(2026, 3, 10)
HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: {n}\nHòa Minh, ngày 10 tháng 3 năm 2026\n\n"
TAX_HEAD = (
    "BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 812/CT-CS\nV/v chính sách thuế\n"
    "Hà Nội, ngày 10 tháng 3 năm 2026\n\nKính gửi: Thuế tỉnh Hòa Minh\n\n"
    "Cục Thuế nhận được công văn số 15/HMI-QLDN của Thuế tỉnh Hòa Minh. Về vấn đề này, Cục Thuế "
    "có ý kiến như sau:\n\n"
)


def _tasks(kind_line: str, body: str, number: str = "12/UBND-VX") -> list[tuple[str, list[str]]]:
    text = HEAD.format(n=number) + f"{kind_line}\n\n{body}"
    return [(t.text, list(t.lead)) for t in parse_notice(text).tasks]


REQUEST = (
    "Đề nghị Thuế tỉnh Hòa Minh căn cứ các quy định nêu trên và hồ sơ thực tế của doanh nghiệp "
    "để xử lý theo thẩm quyền.\n\nCục Thuế trả lời để Thuế tỉnh Hòa Minh được biết./.\n"
)


@pytest.mark.parametrize(
    "quoted",
    [
        # the quotation opens on its own line and closes several numbered clauses later
        "- Tại khoản 2 Điều 12 Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính quy "
        "định:\n\n“Điều 12. Trách nhiệm của cơ quan thuế\n\n1. Cơ quan thuế có trách nhiệm kiểm "
        "tra hồ sơ khai thuế và thông báo cho người nộp thuế.\n\n2. Thủ trưởng cơ quan thuế tổ "
        "chức thanh tra, kiểm tra việc khai thuế theo kế hoạch hằng năm.”\n\n",
        # the quotation opens on the lead-in's line and ends on a later point
        "- Công văn số 2210/TTg-KTN ngày 12/5/2019 của Thủ tướng Chính phủ có nêu: “a) Bộ Tài "
        "chính hướng dẫn việc miễn thuế đối với khoản lãi vay;\n\nb) Ủy ban nhân dân các tỉnh "
        "theo dõi, báo cáo việc thực hiện hằng năm.”\n\n",
        # no quotation marks: the copied article, clause and points follow the lead-in
        "- Tại điểm b khoản 1 Điều 40 Luật Quản lý thuế số 38/2019/QH14 quy định:\n\n"
        "Điều 40. Nhiệm vụ của người ra quyết định kiểm tra thuế\n\n"
        "1. Người ra quyết định kiểm tra thuế có các nhiệm vụ sau đây:\n\n"
        "b) Chỉ đạo, kiểm tra đoàn kiểm tra thực hiện đúng nội dung, thời hạn kiểm tra;\n\n",
    ],
)
def test_provisions_a_letter_copies_out_are_no_tasks(quoted: str) -> None:
    notice = parse_notice(TAX_HEAD + quoted + REQUEST)
    assert [t.lead for t in notice.tasks] == [("Thuế tỉnh Hòa Minh",)], notice.tasks
    assert "căn cứ các quy định nêu trên" in notice.tasks[0].text


@pytest.mark.parametrize(
    "sentence",
    [
        "Ban Chỉ huy phòng thủ dân sự tỉnh: Không quá 03 cá nhân;",
        "Tổ thư ký Hội đồng: 01 cá nhân/01 tổ;",
        "Đoàn kiểm tra liên ngành: Mỗi đoàn xét chọn 01 cá nhân/01 đoàn;",
        "Đối với Sở Y tế; Sở Giáo dục và Đào tạo mỗi đơn vị đề nghị không quá 02 tập thể, 04 cá "
        "nhân;",
        "Mỗi phường, xã chọn 01 trường hợp (tập thể hoặc cá nhân).",
        "Các cơ quan, đơn vị còn lại: chọn không quá 01 trường hợp, đảm bảo đủ tiêu chuẩn theo "
        "quy định.",
        "Mỗi trường chọn cử tối đa 03 học viên.",
        "Các sở, ban, ngành và Ủy ban nhân dân các xã quy định số lượng khen thưởng theo thẩm "
        "quyền.",
    ],
)
def test_quotas_of_awards_or_places_state_only(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        # what a body is
        "Ban Quản lý dự án đầu tư xây dựng khu vực Hòa Minh (sau đây gọi tắt là Ban Quản lý) là "
        "đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh, thực hiện chức năng chủ đầu "
        "tư các dự án do tỉnh giao.",
        "Văn phòng Điều phối nông thôn mới tỉnh là cơ quan chuyên môn giúp việc cho Ban Chỉ đạo, "
        "có con dấu và tài khoản riêng.",
        "Trung tâm Phục vụ hành chính công là tổ chức hành chính thuộc Văn phòng Ủy ban nhân dân "
        "tỉnh.",
        # that it exercises its powers as the law says
        "Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật hiện hành.",
        "Trung tâm thực hiện chức năng, nhiệm vụ, quyền hạn theo quy định tại Nghị định số "
        "118/2025/NĐ-CP.",
        "Quỹ có chức năng, nhiệm vụ theo quy định của pháp luật.",
    ],
)
def test_a_body_status_and_its_powers_by_law_state_only(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Nội vụ tổng hợp danh sách không quá 05 cá nhân, trình Chủ tịch Ủy ban nhân dân tỉnh "
        "trước ngày 15/4/2026.",
        "Mỗi xã chọn 02 cán bộ tham gia lớp tập huấn do Sở Nội vụ tổ chức.",
        "Sở Tư pháp là cơ quan đầu mối, chủ trì tham mưu Ủy ban nhân dân tỉnh tổng kết thi hành "
        "Luật.",
        "Sở Nội vụ thực hiện nhiệm vụ thường trực, tổng hợp báo cáo theo quy định.",
        "Trưởng ban Ban Quản lý trình Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ của Ban.",
    ],
)
def test_work_beside_quotas_and_status_stays(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


def test_a_quota_list_under_a_heading_gives_no_task() -> None:
    body = (
        "IV. SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG\n\n"
        "1. Các cơ quan, đơn vị cấp tỉnh:\n\n"
        # the lines wrap after the body's name, as a scrape of the plan does
        "- Ban Chỉ huy phòng thủ dân sự tỉnh:\nKhông quá 03 cá nhân;\n\n"
        "- Ban bầu cử đại biểu Hội đồng nhân dân tỉnh:\n01 cá nhân/01 ban;\n\n"
        "- Đối với Sở Y tế;\nSở Giáo dục và Đào tạo mỗi đơn vị đề nghị không quá 02 tập thể, 04 "
        "cá nhân;\n\n"
        "2. Sở Nội vụ hướng dẫn, tổng hợp hồ sơ khen thưởng trước ngày 31/3/2026.\n"
    )
    tasks = _tasks("KẾ HOẠCH\nThi đua", body, number="25/KH-UBND")
    assert [lead for _, lead in tasks] == [["Sở Nội vụ"]], tasks


@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố chịu "
        "trách nhiệm thi hành Nghị quyết này./. |",
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và các tổ chức, cá nhân có "
        "liên quan chịu trách nhiệm thi hành Quyết định này./. |",
        "Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này. |",
        # an approval and what the body answers for
        "Thông qua Báo cáo đánh giá tác động của chính sách theo đề nghị của Bộ Tư pháp tại Tờ "
        "trình số 12/TTr-BTP.",
        "Thông qua phương án đơn giản hóa 03 thủ tục hành chính thuộc thẩm quyền của Sở Xây dựng.",
        "Bộ Tư pháp chịu trách nhiệm về nội dung báo cáo.",
        "Sở Xây dựng chịu trách nhiệm toàn diện về tính chính xác của số liệu.",
    ],
)
def test_execution_articles_approvals_and_liability_are_remarks(sentence: str) -> None:
    assert is_remark(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thông qua dự thảo Nghị định và giao Bộ Tài chính hoàn thiện hồ sơ, trình Thủ tướng "
        "trước ngày 20/4/2026.",
        "Sở Xây dựng chủ trì, phối hợp chịu trách nhiệm về nội dung thẩm định hồ sơ.",
        "Thông qua các hoạt động truyền thông, Sở Văn hóa nâng cao nhận thức của người dân.",
    ],
)
def test_work_beside_approvals_and_liability_stays(sentence: str) -> None:
    assert not is_remark(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Khoản chi tiền thưởng nếu thỏa mãn điều kiện quy định tại Điều 4 Thông tư số "
        "96/2015/TT-BTC thì được tính vào chi phí được trừ.",
        "Hàng hóa nhập khẩu nếu đáp ứng điều kiện tại khoản 3 Điều 16 Luật thì được miễn thuế.",
        "Khoản lãi tiền vay trường hợp vượt mức khống chế thì không được trừ khi tính thuế.",
    ],
)
def test_a_rule_stated_of_a_thing_states_only(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


def test_a_case_naming_who_acts_stays() -> None:
    sentence = "Sở Tài chính nếu phát hiện sai phạm thì phải báo cáo Ủy ban nhân dân tỉnh."
    assert not states_only(sentence, ISSUED)


def test_a_topic_item_starts_its_task_at_the_request_paragraph() -> None:
    body = (
        "2. Về thuế thu nhập doanh nghiệp\n\n"
        "Khoản chi hỗ trợ nếu đáp ứng điều kiện tại Điều 4 Thông tư số 96/2015/TT-BTC thì được "
        "tính vào chi phí được trừ khi xác định thu nhập chịu thuế.\n\n"
        "Ngày 14/6/2025, Quốc hội ban hành Luật thuế thu nhập doanh nghiệp số 67/2025/QH15.\n\n"
        "Đề nghị Thuế tỉnh Hòa Minh căn cứ các quy định nêu trên để hướng dẫn doanh nghiệp.\n"
    )
    notice = parse_notice(TAX_HEAD + body)
    assert [t.lead for t in notice.tasks] == [("Thuế tỉnh Hòa Minh",)], notice.tasks
    assert notice.tasks[0].text.startswith("Đề nghị Thuế tỉnh Hòa Minh")


@pytest.mark.parametrize(
    "sentence",
    [
        # where the money comes from
        "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện "
        "hành.",
        "Kinh phí tổ chức các hoạt động do ngân sách tỉnh bảo đảm theo quy định.",
        "Nguồn kinh phí: được bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị.",
        # the rules a matter follows
        "Việc quản lý, sử dụng và quyết toán kinh phí thực hiện theo quy định của pháp luật về "
        "ngân sách nhà nước.",
        "Việc đăng ký xây dựng quyết định của Ủy ban nhân dân thực hiện theo Quy chế làm việc của "
        "Ủy ban nhân dân tỉnh.",
        "Việc khen thưởng được thực hiện theo quy định của Luật Thi đua, khen thưởng.",
    ],
)
def test_funding_sources_and_the_rules_a_matter_follows_state_only(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh.",
        "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách tỉnh; giao Sở Tài chính thẩm định "
        "dự toán trước ngày 30/4/2026.",
        "Việc rà soát văn bản do Sở Tư pháp chủ trì, hoàn thành trước ngày 30/6/2026.",
    ],
)
def test_work_beside_funding_and_rules_stays(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


def test_a_provision_quoted_without_a_colon_is_no_task() -> None:
    quoted = (
        "Tại khoản 2 Điều 43 Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ quy định "
        "“2. Cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh đăng ký xây dựng quyết định của Ủy "
        "ban nhân dân tỉnh.\n\nViệc đăng ký được gửi Sở Tư pháp để tổng hợp”.\n\n"
    )
    notice = parse_notice(TAX_HEAD + quoted + REQUEST)
    assert [t.lead for t in notice.tasks] == [("Thuế tỉnh Hòa Minh",)], notice.tasks


@pytest.mark.parametrize(
    "sentence",
    [
        "Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã căn cứ chức năng, "
        "nhiệm vụ được giao, có trách nhiệm triển khai thực hiện và tăng cường phối hợp đảm bảo "
        "thực hiện đồng bộ, hiệu quả; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp "
        "thời báo cáo Ủy ban nhân dân tỉnh để xem xét, giải quyết.",
        "Các sở, ngành, địa phương khẩn trương triển khai thực hiện nghiêm túc, hiệu quả.",
        "Các cơ quan, đơn vị có liên quan tổ chức triển khai thực hiện, phối hợp chặt chẽ để thực "
        "hiện đồng bộ, hiệu quả.",
    ],
)
def test_carrying_out_with_no_object_states_only(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Y tế triển khai thực hiện tiêm chủng mở rộng cho trẻ em dưới 5 tuổi.",
        "Sở Y tế tổ chức thực hiện; báo cáo kết quả trước ngày 30/6/2026.",
        "Ủy ban nhân dân các xã triển khai thực hiện trước ngày 15/4/2026.",
    ],
)
def test_carrying_out_named_work_or_with_a_date_stays(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chủ tịch Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị khẩn trương, nghiêm túc "
        "triển khai thực hiện đầy đủ các nội dung chỉ đạo nêu trên theo thẩm quyền và quy định "
        "pháp luật.",
        "Các đơn vị nghiêm túc triển khai thực hiện đầy đủ các yêu cầu chỉ đạo trên đây theo thẩm "
        "quyền.",
        "Các sở, ngành khẩn trương, tích cực tổ chức thực hiện các nhiệm vụ được giao nêu trên.",
    ],
)
def test_carrying_out_the_contents_above_states_only(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


def test_carrying_out_the_contents_above_with_a_dated_report_stays() -> None:
    sentence = (
        "Sở Y tế triển khai thực hiện các nội dung chỉ đạo nêu trên, báo cáo kết quả trước ngày "
        "30/4/2026."
    )
    assert not states_only(sentence, ISSUED)
