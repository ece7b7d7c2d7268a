"""Round 14: sentences that are not tasks though they read like ones — a rule cited by "Căn cứ
quy định tại …", an answer's closing "… để X được biết và hướng dẫn … thực hiện đúng quy định",
the writer's finding after a review ("Sau khi rà soát …, X thấy …") and a paragraph that is only
a body's name (a unit in a table). Examples are phrased for this test, not copied from a corpus
document; each has a real task of the same shape that stays.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.name_lines import only_names
from notices.statements import states_only

ISSUED = date(2026, 3, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        # the rule named by "quy định tại", several provisions of one law
        "Căn cứ quy định tại khoản 2 Điều 8 và khoản 3 Điều 11 Luật Phí và lệ phí số "
        "97/2015/QH13 thì hộ kinh doanh được miễn lệ phí môn bài.",
        "Căn cứ các quy định tại điểm a khoản 1 Điều 4 Nghị định 15/2026/NĐ-CP, về thời hạn nộp "
        "hồ sơ, hợp tác xã không được gia hạn nộp thuế.",
        # an answer's closing: the answer is for knowing and the rules for carrying out
        "Sở Tài chính trả lời để Ủy ban nhân dân huyện được biết và hướng dẫn các hộ dân thực "
        "hiện đúng quy định./.",
        "Chi cục Thuế khu vực II có ý kiến để các phường biết và thực hiện./.",
        "Cục Hải quan thông báo để Công ty được rõ và thực hiện theo quy định của pháp luật./.",
        "Ủy ban nhân dân xã thông báo để các hộ gia đình, cá nhân (có tên trong danh sách) được "
        "biết, phối hợp thực hiện./.",
        # a scan's seal read after the end mark
        "Chi cục Thuế trả lời để Đội Thuế được biết và hướng dẫn hộ kinh doanh thực hiện./.7_",
        # the writer's finding after a review
        "Sau khi rà soát, đối chiếu với kế hoạch công tác năm 2027, Trung tâm Y tế huyện thấy "
        "không có đề xuất cần trình cấp có thẩm quyền.",
        "Qua kiểm tra hồ sơ, Sở Nội vụ nhận thấy đơn vị đã thực hiện đúng quy trình.",
        # a special mechanism: what a body may do
        "Trung tâm Y tế huyện A và Trung tâm Y tế huyện B được ký hợp đồng khám bệnh với cơ quan "
        "bảo hiểm xã hội tỉnh để khám bệnh cho cả hai cơ sở.",
        "Trường Cao đẳng Y tế, Bệnh viện Đa khoa tỉnh được chuyển trực tiếp hồ sơ giữa hai cơ sở; "
        "được sử dụng chung phòng thí nghiệm mà không phải ký hợp đồng.",
        # carrying out the plan, leading or helping, with no object of its own
        "Các sở, ban, ngành; tổ chức đại diện doanh nghiệp; Ủy ban nhân dân các huyện có trách "
        "nhiệm chủ trì hoặc phối hợp cùng Sở Công Thương để triển khai Kế hoạch này theo các nội "
        "dung đã được quy định.",
    ],
)
def test_states_no_work(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        # a citation then dated work, or a request, stays
        "Căn cứ quy định tại khoản 2 Điều 8 Luật Đất đai, Ủy ban nhân dân xã rà soát, báo cáo "
        "trước ngày 20/4/2026.",
        "Căn cứ quy định tại Điều 5 Thông tư số 12/2026/TT-BTC, đề nghị Sở Tài chính hướng dẫn "
        "các đơn vị lập dự toán.",
        "Căn cứ quy định tại Điều 4 của Quyết định số 88/QĐ-TTg, theo chức năng, nhiệm vụ, các "
        "sở, ngành, Hội Nông dân tỉnh xây dựng kế hoạch tổ chức thực hiện.",
        # the closing that asks for more than the rules
        "Sở Tài chính trả lời để Ủy ban nhân dân huyện được biết và chỉ đạo Phòng Kinh tế hoàn "
        "thiện hồ sơ trước ngày 30/4/2026./.",
        "Ủy ban nhân dân xã thông báo để các thôn biết, phối hợp thực hiện việc kiểm kê đất trước "
        "ngày 20/5/2026./.",
        "Sở Nội vụ thông báo để các xã biết và thực hiện việc rà soát biên chế, báo cáo kết quả "
        "về Sở trước ngày 15/5/2026./.",
        # a finding that goes on to ask, or work after a review
        "Sau khi rà soát, Sở Xây dựng thấy hồ sơ còn thiếu; đề nghị Ủy ban nhân dân huyện hoàn "
        "thiện hồ sơ trước ngày 15/5/2026.",
        "Sau khi kiểm tra, các đơn vị khắc phục các tồn tại trước ngày 30/6/2026.",
        # assigned, delegated or owed is work, and a permission with a date or a duty after it
        "Sở Y tế được giao chủ trì xây dựng kế hoạch tiêm chủng năm 2027.",
        "Ủy ban nhân dân huyện được ủy quyền phê duyệt dự toán các công trình nhỏ.",
        "Trung tâm Y tế huyện được sử dụng nguồn thu để chi thường xuyên, phải báo cáo Sở Y tế "
        "trước ngày 15/7/2026.",
        "Giám đốc Trung tâm được phân công nhân sự giữa hai cơ sở.",
        # a verb's "được" (managed to) is no grant
        "Văn phòng Sở tiếp tục khẳng định được vai trò đầu mối tổng hợp thông tin.",
        "Các phòng phối hợp theo dõi, đôn đốc học viên được chọn hoàn thành phiếu khảo sát.",
        # leading or helping with an object of its own
        "Các phòng, ban có trách nhiệm chủ trì hoặc phối hợp với Phòng Nội vụ để xây dựng quy chế "
        "làm việc.",
        "Các hội, tổ chức đại diện doanh nghiệp tuyên truyền, phổ biến chính sách đến hội viên.",
    ],
)
def test_work_of_the_same_shape_stays(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sở Xây dựng",
        "Thanh tra tỉnh",
        "Ban quản lý các khu công nghiệp tỉnh",
        "Sở Giáo dục và Đào tạo.",
        "| Sở Kế hoạch và Đầu tư |",
    ],
)
def test_a_body_name_alone(paragraph: str) -> None:
    assert only_names(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Thanh tra việc thực hiện chính sách bảo hiểm xã hội",
        "Sở Xây dựng thẩm định hồ sơ",
        "Xây dựng kế hoạch tuyển dụng",
        "Đào tạo nghề cho lao động nông thôn",
        "Sở Xây dựng: hoàn thành trước ngày 30/6/2026",
    ],
)
def test_work_is_no_name(paragraph: str) -> None:
    assert not only_names(paragraph)


def test_a_letter_naming_units_assigns_nothing_but_its_work() -> None:
    notice = parse_notice(
        "ỦY BAN NHÂN DÂN TỈNH X\nVĂN PHÒNG\nSố: 12/VP-TH\n\n"
        "Kính gửi: Các sở, ban, ngành tỉnh.\n\n"
        "Văn phòng thông báo các đơn vị chưa gửi báo cáo tháng 3/2026:\n\n"
        "Sở Xây dựng\n\n"
        "Thanh tra tỉnh\n\n"
        "Ban quản lý các khu công nghiệp tỉnh\n\n"
        "Đề nghị các đơn vị trên gửi báo cáo về Văn phòng trước ngày 20/4/2026.\n"
    )
    texts = [t.text for t in notice.tasks]
    assert not any(text in ("Sở Xây dựng", "Thanh tra tỉnh") for text in texts)
    assert any(text.startswith("Đề nghị các đơn vị trên gửi báo cáo") for text in texts)


def test_counted_names_after_a_colon_stay_in_their_task() -> None:
    from notices.inline_breaks import split_inline_items

    named = (
        "b) Hoàn thành rà soát đối tượng thụ hưởng thuộc 02 Dự án: (1) Hỗ trợ sinh kế cho hộ "
        "nghèo; (2) Cải thiện nhà vệ sinh cho hộ khó khăn. Không để trùng lắp đối tượng."
    )
    assert split_inline_items([named]) == [named]
    # points after a lead-in that asks ("như sau:") are tasks of their own
    asked = (
        "1. Giao các cơ quan thực hiện như sau: (1) Sở Y tế rà soát danh sách. (2) Sở Tài chính "
        "bố trí kinh phí."
    )
    assert len(split_inline_items([asked])) == 3


def test_a_seal_read_after_the_end_mark_keeps_the_closing_article() -> None:
    from notices.remarks import is_remark

    assert is_remark(
        "Giám đốc Sở Tài chính, Giám đốc Kho bạc và các ông, bà có tên tại Điều 1 căn cứ Quyết "
        "định thi hành./. -x⁄7-"
    )
    assert not is_remark("Sở Y tế tổ chức kiểm tra các cơ sở trước ngày 30/6/2026./. -x⁄7-")


def test_answering_for_a_failure_let_happen_is_no_task() -> None:
    from notices.remarks import is_remark

    assert is_remark(
        "Chịu trách nhiệm theo quy định của pháp luật và trước Chủ tịch Ủy ban nhân dân huyện về "
        "việc để xảy ra chậm giải quyết hồ sơ tại đơn vị do mình quản lý."
    )
    # answering for a piece of work names the work
    assert not is_remark(
        "Chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc tổ chức kiểm tra, xử lý vi phạm."
    )
