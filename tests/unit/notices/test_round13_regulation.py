"""Round 13 (K10): a regulation's standing rules are not tasks; only its execution articles are.

Invented phrasing: a decree and a circular on made-up subjects, a decision issuing a Quy chế, and
a resolution whose articles run on (kept whole).
"""

from __future__ import annotations

from notices import parse_notice
from notices.imperatives import asks_work
from notices.normalize import clean_lines
from notices.regulation import article_titles, drop_rules, is_execution

_DECREE = """CHÍNH PHỦ
Số: 412/2026/NĐ-CP
Hà Nội, ngày 10 tháng 3 năm 2026

NGHỊ ĐỊNH
Quy định về kiểm định chất lượng nước sinh hoạt nông thôn

Căn cứ Luật Tổ chức Chính phủ;
Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường;
Chính phủ ban hành Nghị định quy định về kiểm định chất lượng nước sinh hoạt nông thôn.

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định việc kiểm định chất lượng nước tại các công trình cấp nước nông thôn.

Điều 2. Giải thích từ ngữ
Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:
1. Công trình cấp nước tập trung là công trình phục vụ từ 50 hộ trở lên.
2. Đơn vị vận hành là tổ chức được giao quản lý công trình.

Chương II
KIỂM ĐỊNH CHẤT LƯỢNG NƯỚC

Điều 3. Thẩm quyền kiểm định
1. Sở Y tế tổ chức kiểm định định kỳ đối với công trình cấp nước tập trung.
2. Ủy ban nhân dân cấp xã kiểm tra đột xuất khi có phản ánh của người dân.

Điều 4. Trình tự kiểm định đối với công trình
có quy mô lớn
1. Đơn vị vận hành gửi hồ sơ đề nghị kiểm định trước ngày 15 tháng 1 hằng năm.
2. Người đứng đầu cơ quan kiểm định có trách nhiệm:
a) Lập kế hoạch lấy mẫu nước;
b) Công bố kết quả kiểm định trên cổng thông tin điện tử.

Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 5. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2026.

Điều 6. Tổ chức thực hiện
1. Bộ Nông nghiệp và Môi trường có trách nhiệm:
a) Ban hành bộ chỉ số theo dõi chất lượng nước, hoàn thành trước ngày 30 tháng 9 năm 2026.
b) Định kỳ hoặc đột xuất tổng hợp kết quả kiểm định, báo cáo Thủ tướng Chính phủ.
2. Bộ Tài chính hướng dẫn việc bố trí kinh phí kiểm định.

Điều 7. Trách nhiệm thi hành
Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị định này./.

Nơi nhận:
- Các bộ, cơ quan ngang bộ;
- Lưu: VT.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Văn Bình
"""


def test_a_decree_assigns_only_in_its_execution_article() -> None:
    tasks = parse_notice(_DECREE).tasks
    texts = [task.text for task in tasks]
    assert not any(
        "lấy mẫu" in t or "hồ sơ đề nghị" in t or "kiểm tra đột xuất" in t for t in texts
    )
    assert any(t.startswith("Ban hành bộ chỉ số") for t in texts)
    assert any("Bộ Tài chính" in task.lead for task in tasks)
    assert all(task.ref.startswith("Điều 6") for task in tasks)


def test_a_report_due_periodically_or_when_asked_is_work() -> None:
    tasks = parse_notice(_DECREE).tasks
    assert any(task.text.startswith("Định kỳ hoặc đột xuất tổng hợp") for task in tasks)
    assert asks_work("Định kỳ hoặc đột xuất báo cáo kết quả về Sở Nội vụ.")
    assert asks_work("Thường xuyên và khi có yêu cầu cung cấp số liệu cho Sở Tài chính.")


def test_titles_on_one_or_two_lines_not_run_on_articles() -> None:
    titles = dict(article_titles(clean_lines(_DECREE)))
    assert titles["4"] == "trình tự kiểm định đối với công trình có quy mô lớn"
    assert titles["6"] == "tổ chức thực hiện"
    run_on = clean_lines(
        "Điều 1. Hội đồng nhân dân\n"
        "tỉnh giao Ủy ban nhân dân tỉnh chỉ đạo các sở rà soát lại toàn bộ các dự án đầu tư\n"
        "công trên địa bàn.\n"
        "Điều 2. Giao Sở Tài chính chủ trì,\n"
        "phối hợp với các cơ quan liên quan hướng dẫn thực hiện.\n"
    )
    assert article_titles(run_on) == []


def test_execution_titles() -> None:
    for title in (
        "Tổ chức thực hiện",
        "Trách nhiệm thi hành",
        "Trách nhiệm tổ chức thực hiện",
        "Điều khoản thi hành",
        "TỔ CHỨC THỰC HIỆN",
    ):
        assert is_execution(title), title
    for title in ("Thẩm quyền kiểm định", "Hiệu lực thi hành", "Trách nhiệm của người đứng đầu"):
        assert not is_execution(title), title


_CIRCULAR_BODY = [
    "Chương I",
    "QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh",
    "Thông tư này hướng dẫn việc cấp thẻ thư viện điện tử.",
    "Điều 2. Đối tượng áp dụng",
    "Thông tư này áp dụng đối với thư viện công lập.",
    "Điều 3. Hồ sơ cấp thẻ",
    "Thư viện tiếp nhận hồ sơ và cấp thẻ trong 03 ngày làm việc.",
    "Chương II",
    "TỔ CHỨC THỰC HIỆN",
    "Điều 4. Trách nhiệm của Cục Thư viện",
    "Cục Thư viện xây dựng phần mềm cấp thẻ trước ngày 01 tháng 7 năm 2026.",
    "Điều 5. Trách nhiệm của Sở Văn hóa",
    "Sở Văn hóa kiểm tra việc cấp thẻ tại địa phương.",
    "Điều 6. Hiệu lực thi hành",
    "Thông tư này có hiệu lực từ ngày 01 tháng 6 năm 2026.",
]


def test_a_chapter_on_carrying_out_keeps_its_responsibility_articles() -> None:
    lines = clean_lines("\n".join(_CIRCULAR_BODY))
    kept = drop_rules(lines, [], _CIRCULAR_BODY)
    assert kept == [
        "Điều 4. Trách nhiệm của Cục Thư viện",
        "Cục Thư viện xây dựng phần mềm cấp thẻ trước ngày 01 tháng 7 năm 2026.",
        "Điều 5. Trách nhiệm của Sở Văn hóa",
        "Sở Văn hóa kiểm tra việc cấp thẻ tại địa phương.",
    ]


def test_the_body_may_open_inside_a_rules_article() -> None:
    front = ["Điều 1. Giải thích từ ngữ", "Các từ ngữ dưới đây được hiểu như sau:"]
    body = [
        "1. Thẻ là giấy tờ do thư viện cấp.",
        "Điều 2. Đối tượng áp dụng",
        "Thư viện công lập.",
        "Điều 3. Hồ sơ",
        "Người đọc nộp hồ sơ.",
        "Điều 4. Tổ chức thực hiện",
        "Sở Văn hóa hướng dẫn thực hiện.",
    ]
    lines = clean_lines("\n".join([*front, *body]))
    assert drop_rules(lines, front, body) == body[-2:]


_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH HẢI MINH
Số: 21/NQ-HĐND
Hải Minh, ngày 12 tháng 12 năm 2025

NGHỊ QUYẾT
Về kết quả giám sát việc sử dụng đất công

Điều 1. Hội đồng nhân dân tỉnh tán thành Báo cáo kết quả giám sát của Thường trực Hội đồng \
nhân dân tỉnh.
Điều 2. Giao Ủy ban nhân dân tỉnh chỉ đạo các sở rà soát, thu hồi các khu đất sử dụng sai \
mục đích, hoàn thành trong năm 2026.
Điều 3. Giao Ban Kinh tế - Ngân sách tổ chức khảo sát các khu đất đã thu hồi trong quý II \
năm 2026.
Điều 4. Nghị quyết này có hiệu lực từ ngày ký.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH
Nguyễn Văn Hòa
"""


def test_a_resolution_of_run_on_articles_keeps_them() -> None:
    texts = [task.text for task in parse_notice(_RESOLUTION).tasks]
    assert any("thu hồi các khu đất" in t for t in texts)
    assert any("khảo sát các khu đất" in t for t in texts)


# --- an answer's closing and its finding on the law are no tasks ----------------------------

_ANSWER = """BỘ NỘI VỤ
Số: 5120/BNV-CCVC
V/v chế độ đối với viên chức nghỉ hưu trước tuổi
Hà Nội, ngày 14 tháng 10 năm 2025

Kính gửi: Ủy ban nhân dân tỉnh Hải Minh

Bộ Nội vụ nhận được Công văn số 77/UBND-NC của Ủy ban nhân dân tỉnh Hải Minh hỏi về chế độ \
đối với viên chức nghỉ hưu trước tuổi, Bộ Nội vụ có ý kiến như sau:

Theo quy định hiện hành về tinh giản biên chế, viên chức nghỉ hưu trước tuổi do sắp xếp tổ \
chức bộ máy, sáp nhập đơn vị sự nghiệp không thuộc đối tượng được hưởng trợ cấp thêm.

Do đó, không có cơ sở xem xét, giải quyết trợ cấp thêm đối với các trường hợp nêu trên.

Bộ Giáo dục và Đào tạo trả lời để Ủy ban nhân dân tỉnh Hải Minh được rõ./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Phạm Văn Hùng
"""


def test_an_answer_on_the_law_assigns_nothing() -> None:
    assert not parse_notice(_ANSWER).tasks


def test_a_finding_that_still_asks_for_work_stays() -> None:
    from notices.statements import states_only

    assert states_only("Theo đó, không có cơ sở xem xét trợ cấp đối với viên chức.", None)
    assert states_only("Chi cục Thuế và Hải quan thông báo để bà Lê Thị B được biết./.", None)
    assert not states_only(
        "Theo quy định, các xã chưa đủ điều kiện phải hoàn thiện hồ sơ trước ngày 15/11.", None
    )
    assert not states_only(
        "Sở Tài chính thông báo để các xã biết, báo cáo kết quả trước ngày 10/12/2025.", None
    )


# --- a decision's closing: a body's term ends, and "căn cứ Quyết định thi hành" ------------

_DECISION = """ỦY BAN NHÂN DÂN
XÃ TÂN HÒA
Số: 88/QĐ-UBND
Tân Hòa, ngày 03 tháng 02 năm 2026

QUYẾT ĐỊNH
Về việc thành lập Tổ kiểm kê rừng xã Tân Hòa

Điều 1. Thành lập Tổ kiểm kê rừng xã Tân Hòa gồm các ông, bà có tên sau đây.
Điều 2. Tổ kiểm kê rừng có nhiệm vụ kiểm kê diện tích rừng trên địa bàn xã, hoàn thành trước \
ngày 30 tháng 6 năm 2026.
Tổ kiểm kê rừng hết nhiệm vụ sau khi Ủy ban nhân dân xã công bố kết quả kiểm kê.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Điều 4. Chánh Văn phòng Ủy ban nhân dân xã, Trưởng Công an xã, Chủ tịch Hội Nông dân xã và các \
ông, bà có tên tại Điều 1 căn cứ Quyết định thi hành./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT.

CHỦ TỊCH
Đỗ Văn Nam
"""


def test_a_decision_keeps_its_work_not_its_term_or_closing() -> None:
    texts = [task.text for task in parse_notice(_DECISION).tasks]
    assert any("kiểm kê diện tích rừng" in t for t in texts)
    assert not any(t.startswith("Tổ kiểm kê rừng hết nhiệm vụ") for t in texts)
    assert not any("căn cứ Quyết định thi hành" in t for t in texts)


def test_a_body_whose_term_ends_has_no_work() -> None:
    from notices.statements import states_only

    assert states_only("Hội đồng thẩm định hết nhiệm vụ sau khi báo cáo kết quả thẩm định.", None)
    assert states_only("Tổ công tác kết thúc nhiệm vụ khi hoàn thành việc kiểm kê.", None)
    assert not states_only(
        "Tổ công tác hết nhiệm vụ sau khi hoàn thành, bàn giao hồ sơ cho Sở Nội vụ trước ngày "
        "30/12/2025.",
        None,
    )


def test_the_older_execution_closing_is_a_remark() -> None:
    from notices.remarks import is_remark

    assert is_remark(
        "Chánh Văn phòng Ủy ban nhân dân xã, Trưởng Công an xã và các ông, bà có tên tại Điều 1 "
        "căn cứ Quyết định thi hành./."
    )
    assert not is_remark("Trưởng Công an xã căn cứ Quyết định tổ chức tuần tra trước ngày 10/3.")


def test_what_an_insurance_fund_pays_is_a_benefit_rule() -> None:
    from notices.statements import states_only

    assert states_only("Quỹ BHXH chi trả trợ cấp ốm đau theo mức quy định tại Điều 28 Luật.", None)
    assert states_only(
        "Trường hợp người bệnh chuyển tuyến: Quỹ bảo hiểm y tế không thanh toán tiền giường.", None
    )
    # a fund that is a body with work, or a fund told to pay, stays
    assert not states_only(
        "Quỹ Đầu tư phát triển tỉnh chi trả vốn vay trước ngày 30/6/2026.", None
    )
    assert not states_only("Quỹ bảo hiểm y tế phải thanh toán kịp thời cho các bệnh viện.", None)
