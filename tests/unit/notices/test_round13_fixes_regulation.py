"""Round 13 (F6): fixes to K10's regulation and closing rules, after review.

Invented phrasing: only a text that IS a regulation (an article on its scope, subjects or
terms, a normative number, the "Ban hành kèm theo" note) loses its standing-rules articles; a
decision or resolution with titled articles keeps its tasks. A body asked to inform, a closing
that goes on to ask, a finding or a benefit rule followed by work are tasks.
"""

from __future__ import annotations

from notices import parse_notice
from notices.normalize import clean_lines
from notices.regulation import article_titles, drop_rules, is_execution
from notices.statements import states_only

_TITLED_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM SƠN
Số: 905/QĐ-UBND
Hà Nam Sơn, ngày 02 tháng 3 năm 2027

QUYẾT ĐỊNH
Về việc cải tạo hệ thống chiếu sáng công cộng năm 2027

QUYẾT ĐỊNH:

Điều 1. Mục tiêu
Thay thế toàn bộ đèn chiếu sáng cũ bằng đèn tiết kiệm điện.

Điều 2. Phân công thực hiện
Sở Xây dựng lập danh mục tuyến đường cần thay đèn, xong trước ngày 30/4/2027.

Điều 3. Trách nhiệm của Sở Tài chính
Sở Tài chính thẩm định dự toán kinh phí thay đèn trước ngày 15/5/2027.

Điều 4. Nhiệm vụ của UBND các phường
UBND các phường khảo sát hiện trạng đèn trên địa bàn, gửi Sở Xây dựng trước ngày 10/4/2027.

Điều 5. Chế độ báo cáo
Sở Xây dựng báo cáo tiến độ thay đèn về UBND tỉnh hằng tháng.

Điều 6. Quyết định này có hiệu lực kể từ ngày ký.

CHỦ TỊCH
Đinh Văn Tuấn
"""


def test_a_decision_with_titled_articles_keeps_its_tasks() -> None:
    texts = [task.text for task in parse_notice(_TITLED_DECISION).tasks]
    assert any("lập danh mục tuyến đường" in t for t in texts)
    assert any("thẩm định dự toán" in t for t in texts)
    assert any("khảo sát hiện trạng đèn" in t for t in texts)
    assert any("báo cáo tiến độ thay đèn" in t for t in texts)


_RESOLUTION_BODY = [
    "Điều 1. Đánh giá kết quả năm 2026",
    "Thu ngân sách vượt dự toán.",
    "Điều 2. Chỉ tiêu chủ yếu năm 2027",
    "Tỷ lệ hộ nghèo giảm 1,5%.",
    "Điều 3. Nhiệm vụ, giải pháp chủ yếu",
    "Ủy ban nhân dân huyện hoàn thành cứng hóa đường trục xã trong quý III/2027.",
    "Điều 4. Triển khai thực hiện",
    "Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết.",
    "Điều 5. Hiệu lực thi hành",
    "Nghị quyết có hiệu lực từ ngày thông qua.",
]


def test_only_a_regulation_loses_its_titled_articles() -> None:
    lines = clean_lines("\n".join(["Số: 17/NQ-HĐND", *_RESOLUTION_BODY]))
    assert drop_rules(lines, [], _RESOLUTION_BODY) == _RESOLUTION_BODY
    # the same articles under a normative number, or with a scope article, are a regulation
    normative = clean_lines("\n".join(["Số: 17/2027/NQ-HĐND", *_RESOLUTION_BODY]))
    kept = drop_rules(normative, [], _RESOLUTION_BODY)
    assert "Tỷ lệ hộ nghèo giảm 1,5%." not in kept
    assert "Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết." in kept
    scoped = ["Điều 1. Đối tượng áp dụng", *_RESOLUTION_BODY[2:]]
    scoped_lines = clean_lines("\n".join(scoped))
    assert "Tỷ lệ hộ nghèo giảm 1,5%." not in drop_rules(scoped_lines, [], scoped)
    issued = ["(Ban hành kèm theo Quyết định số 9/QĐ-UBND ngày 01/02/2027)", *_RESOLUTION_BODY]
    assert "Thu ngân sách vượt dự toán." not in drop_rules(
        clean_lines("\n".join(issued)), [], issued
    )


def test_execution_titles_with_a_dash_or_garbled_by_ocr() -> None:
    assert is_execution("Triển khai thực hiện")
    assert is_execution("Tổ chưc thực hiên")
    assert is_execution("To chuc thuc hien")
    assert not is_execution("Hiệu lực thi hành")
    assert not is_execution("Chế độ báo cáo")
    titles = dict(article_titles(clean_lines("Điều 7 - Tổ chức thực hiện\nSở Y tế hướng dẫn.")))
    assert titles == {"7": "tổ chức thực hiện"}


def test_a_sentence_cut_by_the_line_end_is_no_title() -> None:
    lines = clean_lines(
        "Điều 1. Phê duyệt Đề án sắp xếp trường học giai đoạn 2027-2030 của\n"
        "Ủy ban nhân dân huyện (có Đề án kèm theo).\n"
        "Điều 2. Giao Phòng Giáo dục bố trí giáo viên cho\n"
        "các điểm trường sáp nhập trước ngày 15/8/2027.\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng\n"
        "Ủy ban nhân dân huyện chịu trách nhiệm thi hành Quyết định này.\n"
    )
    assert article_titles(lines) == []


def test_a_heading_that_is_no_article_ends_the_rules() -> None:
    body = [
        "Điều 1. Phạm vi điều chỉnh",
        "Quy định việc quản lý bến thuyền.",
        "Điều 2. Đối tượng áp dụng",
        "Chủ bến thuyền.",
        "Điều 3. Điều kiện hoạt động",
        "Bến phải có phao cứu sinh.",
        "Điều 4. Giấy phép",
        "Ủy ban nhân dân xã cấp giấy phép.",
        "Để triển khai Quy định, Sở Giao thông đề nghị:",
        "Ủy ban nhân dân các xã kiểm tra các bến thuyền trước ngày 30/5/2027.",
    ]
    kept = drop_rules(clean_lines("\n".join(body)), [], body)
    assert kept[-1] == body[-1]
    assert "Bến phải có phao cứu sinh." not in kept


def test_a_body_asked_to_inform_or_answer_has_work() -> None:
    assert not states_only(
        "Giao Trung tâm Y tế thông báo lịch tiêm chủng để các gia đình được biết.", None
    )
    assert not states_only(
        "Đề nghị Phòng Tư pháp trả lời bằng văn bản để bà Trần Thị K được rõ.", None
    )
    assert states_only("Sở Xây dựng trả lời để Ủy ban nhân dân xã Đông Hải được rõ./.", None)


def test_a_closing_that_goes_on_to_ask_is_work() -> None:
    assert not states_only(
        "Sở Nội vụ trả lời để Ủy ban nhân dân phường biết và đề nghị Ủy ban nhân dân phường bổ "
        "sung hồ sơ trước ngày 20/01/2027.",
        None,
    )
    assert states_only("Sở Nội vụ có ý kiến để Ủy ban nhân dân phường biết./.", None)


def test_a_finding_or_benefit_rule_followed_by_work_is_a_task() -> None:
    assert not states_only(
        "Theo quy định hiện hành, bà H không thuộc diện được hỗ trợ; Ủy ban nhân dân xã thu hồi "
        "khoản hỗ trợ đã cấp trước ngày 28/02/2027.",
        None,
    )
    assert not states_only(
        "Quỹ bảo hiểm y tế không thanh toán chi phí vượt trần, các bệnh viện tự rà soát trước "
        "ngày 31/01/2027.",
        None,
    )
    assert states_only("Theo đó, hồ sơ của ông T chưa đủ điều kiện để xét công nhận.", None)
    assert states_only("Quỹ bảo hiểm y tế không thanh toán chi phí vượt trần.", None)
