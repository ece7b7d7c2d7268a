"""Round 11 precision (classes read from the spent fresh5 split): text a careful reader does not
track as a task."""

from __future__ import annotations

from datetime import date

import pytest

from notices.descriptive_sections import is_descriptive
from notices.parser import parse_notice
from notices.statements import states_only

ISSUED = date(2026, 3, 2)


@pytest.mark.parametrize(
    "sentence",
    [
        # a contact list: a body and only its telephone number(s)
        "Ban Quản lý chợ Đông Hà: 0233.3852.417",
        "Công ty Cổ phần Môi trường đô thị Vĩnh Yên: 0211.386.25.90 – 0211.386.44.12.",
        "Đội phản ứng nhanh số 2: (0236) 3.650.118;",
        # a catch-all for whatever a superior may ask later
        "Thực hiện các nhiệm vụ khác theo yêu cầu của Thường trực Hội đồng nhân dân phường.",
        "Thực hiện nhiệm vụ khác do Chủ tịch Ủy ban nhân dân xã giao.",
        "Phối hợp với các phòng chuyên môn thực hiện tốt các nhiệm vụ khác thuộc Đề án.",
        "Làm các công việc khác có liên quan khi được Tổ trưởng phân công.",
        "Các tổ viên còn lại căn cứ chức năng, chủ động phối hợp với nhau triển khai, thực hiện "
        "các nhiệm vụ có liên quan khi được Tổ trưởng, Tổ phó giao.",
        # carrying out the plan's own duties and reporting back is the plan itself
        "Giao đồng chí Lê Thị Hoa – Phó Chủ tịch Hội Nông dân xã thực hiện nhiệm vụ theo kế "
        "hoạch, báo cáo kết quả theo quy định.",
    ],
)
def test_contacts_catch_alls_and_carrying_out_the_plan_are_no_task(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        # a number inside a real request, or a count, is not a contact line
        "Sở Y tế: tổ chức tiêm chủng cho 12.500.000 trẻ em trước ngày 30/6/2026.",
        "Ban Quản lý chợ Đông Hà: bố trí đường dây nóng 0233.3852.417 để tiếp nhận phản ánh.",
        # real work before the catch-all keeps the sentence a task
        "Tham dự các phiên họp của Ban Chỉ đạo và thực hiện các nhiệm vụ khác theo sự phân công.",
        "Phòng Văn hóa rà soát các di tích và thực hiện các nhiệm vụ khác theo yêu cầu.",
        "Cử cán bộ tham gia các tổ kiểm tra theo phân công của Ủy ban nhân dân xã.",
        # a plan other than this one is work of its own
        "Trung tâm Y tế thực hiện nhiệm vụ theo kế hoạch tiêm chủng mở rộng của tỉnh.",
    ],
)
def test_work_beside_those_words_stays_a_task(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


_HOTLINES = """ỦY BAN NHÂN DÂN
THÀNH PHỐ VĨNH YÊN
Số: 41/KH-UBND
Vĩnh Yên, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Bảo đảm vệ sinh môi trường mùa mưa năm 2026

1. Thiết lập đường dây nóng để tiếp nhận phản ánh của người dân về điểm ngập úng, rác thải:
- Phòng Quản lý đô thị thành phố: 0211.386.20.15
- Công ty Cổ phần Môi trường đô thị Vĩnh Yên: 0211.386.25.90 – 0211.386.44.12.
2. Phòng Quản lý đô thị chủ trì kiểm tra hệ thống cống thoát nước trước ngày 30/4/2026.
3. Tổ công tác môi trường:
- Thực hiện các nhiệm vụ khác do Chủ tịch Ủy ban nhân dân thành phố giao.
- Thu gom rác thải tại các điểm tập kết hằng ngày.
"""


def test_a_plan_keeps_its_work_without_its_hotlines_or_catch_alls() -> None:
    texts = [task.text for task in parse_notice(_HOTLINES).tasks]
    assert not any("0211" in text for text in texts)
    assert not any("nhiệm vụ khác" in text for text in texts)
    assert any(text.startswith("Phòng Quản lý đô thị chủ trì kiểm tra") for text in texts)
    assert any(text.startswith("Thu gom rác thải") for text in texts)


_INSPECTION = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM
XÃ HOÀ BÌNH
Số: 12/KH-MTTQ
Hoà Bình, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Giám sát việc niêm yết danh sách cử tri

Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã ban hành Kế hoạch giám sát như sau:

I. HÌNH THỨC GIÁM SÁT
Căn cứ tình hình thực tế, Ban Thường trực Ủy ban Mặt trận xã giám sát theo các hình thức sau:
1. Đoàn giám sát: Ban Thường trực Ủy ban Mặt trận xã lập Đoàn giám sát tại các khu dân cư.
- Thành phần đoàn: Trưởng đoàn là một Phó Chủ tịch Ủy ban; thành viên gồm đại diện Hội Cựu
chiến binh, Hội Liên hiệp Phụ nữ và cán bộ nắm vững nghiệp vụ.
- Địa bàn:
+ Tập trung giám sát tại các khu dân cư có nhiều ý kiến phản ánh của cử tri.
+ Giám sát trực tiếp tại các điểm niêm yết danh sách cử tri.
- Phương pháp: Kết hợp làm việc trực tiếp với Ban Công tác Mặt trận và xem xét hồ sơ, biểu mẫu.
Đề nghị Ủy ban nhân dân xã bố trí phương tiện cho Đoàn giám sát trước ngày 10/3/2026.
II. TỔ CHỨC THỰC HIỆN
1. Ban Thường trực Ủy ban Mặt trận xã ban hành quyết định thành lập Đoàn giám sát.
2. Ban Công tác Mặt trận các khu dân cư:
- Nội dung: Rà soát danh sách cử tri tại khu dân cư, báo cáo Ban Thường trực trước ngày 15/3/2026.
- Phối hợp với Trưởng khu dân cư vận động cử tri kiểm tra thông tin của mình.
"""


def test_the_fields_describing_an_inspection_are_no_tasks() -> None:
    tasks = parse_notice(_INSPECTION).tasks
    texts = [task.text for task in tasks]
    for field in ("Thành phần đoàn", "Phương pháp", "Tập trung giám sát", "Giám sát trực tiếp"):
        assert not any(text.startswith(field) for text in texts), field
    # the request written after the fields is still work
    asked = [task for task in tasks if task.text.startswith("Đề nghị Ủy ban nhân dân xã bố trí")]
    assert len(asked) == 1 and asked[0].lead == ("Ủy ban nhân dân xã",)
    # one "Nội dung:" point among ordinary points is the body's work, not an event's field
    assert any(text.startswith("Nội dung: Rà soát danh sách cử tri") for text in texts)
    assert any(text.startswith("Ban Thường trực Ủy ban Mặt trận xã ban hành") for text in texts)


_TOPIC_SENTENCES = """ỦY BAN NHÂN DÂN
HUYỆN TÂN PHÚ
Số: 77/KH-UBND
Tân Phú, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Quản lý khoáng sản năm 2026

Ủy ban nhân dân huyện ban hành Kế hoạch quản lý khoáng sản năm 2026 như sau:

1. Phòng Tài nguyên phối hợp với Phòng Kinh tế trong công tác quản lý khoáng sản.
- Rà soát các điểm mỏ đã hết hạn giấy phép khai thác trên địa bàn.
- Kiểm tra việc đóng cửa mỏ và phục hồi môi trường sau khai thác.
2. Phòng Văn hóa nâng cao hiệu quả tuyên truyền pháp luật về khoáng sản
- Biên soạn tài liệu hỏi đáp về Luật Địa chất và khoáng sản.
- Tổ chức hội nghị phổ biến pháp luật cho các doanh nghiệp khai thác.
3. Công an huyện tăng cường tuần tra các tuyến sông. Phối hợp với Ủy ban nhân dân các xã lập
chốt kiểm soát phương tiện khai thác cát trái phép.
- Xử lý nghiêm các phương tiện vi phạm.
- Báo cáo kết quả hằng tháng về Ủy ban nhân dân huyện.
4. Phòng Kinh tế chủ trì thẩm định phương án cải tạo môi trường các mỏ đá.
- Lấy ý kiến các cơ quan liên quan trước khi trình phê duyệt.
"""


def test_a_short_sentence_over_its_task_points_is_their_heading() -> None:
    texts = [task.text for task in parse_notice(_TOPIC_SENTENCES).tasks]
    # the topic sentences over two or more points are no tasks of their own
    assert not any(text.startswith("Phòng Tài nguyên phối hợp") for text in texts)
    assert not any(text.startswith("Phòng Văn hóa nâng cao") for text in texts)
    for point in ("Rà soát các điểm mỏ", "Kiểm tra việc đóng cửa", "Biên soạn tài liệu"):
        assert any(text.startswith(point) for text in texts), point
    # two sentences of work, or one point under the sentence, keep the item's own task
    assert any(text.startswith("Công an huyện tăng cường tuần tra") for text in texts)
    assert any(text.startswith("Phòng Kinh tế chủ trì thẩm định") for text in texts)


_TWO_DATES = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 230/TB-UBND
Hà Giang, ngày 02 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh

1. Sở Tư pháp rà soát các văn bản quy phạm pháp luật của tỉnh, hoàn thành trước ngày 15/4/2026;
hoàn thiện cơ sở dữ liệu văn bản, hoàn thành trước ngày 30/6/2026.
2. Sở Nội vụ trình phương án sắp xếp các đơn vị sự nghiệp trước ngày 20/4/2026. Sở Tài chính
bố trí kinh phí thực hiện trước ngày 30/4/2026.
"""


def test_a_clause_cut_off_mid_sentence_goes_back_to_its_task() -> None:
    tasks = parse_notice(_TWO_DATES).tasks
    # no task opens in the middle of a sentence
    assert all(not task.text[:1].islower() for task in tasks)
    first = [task for task in tasks if task.text.startswith("Sở Tư pháp rà soát")]
    assert len(first) == 1 and "hoàn thiện cơ sở dữ liệu văn bản" in first[0].text
    # a further sentence for another body is still a task of its own
    assert [task.lead for task in tasks if task.ref.startswith("2")] == [
        ("Sở Nội vụ",),
        ("Sở Tài chính",),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Khuyến khích các địa phương có điều kiện trích ngân sách của mình hỗ trợ các xã vùng lũ.",
        "Khuyến khích các doanh nghiệp chủ động đầu tư hệ thống quan trắc tự động.",
        "Khuyến khích các trường tham gia mạng lưới đào tạo nghề trong khu vực.",
    ],
)
def test_inviting_bodies_to_act_is_no_task(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        # encouraging the public, or a practice, is the encouraging body's own work
        "Khuyến khích tổ chức, cá nhân ứng dụng công nghệ tưới tiết kiệm nước.",
        "Khuyến khích sử dụng nước máy thay cho nước giếng khoan trong sinh hoạt.",
        "Sở Công Thương khuyến khích các doanh nghiệp tham gia hội chợ, lập danh sách gửi về Sở.",
    ],
)
def test_encouraging_as_work_stays_a_task(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


def test_studying_and_carrying_out_the_plan_itself_is_no_task() -> None:
    assert states_only(
        "Căn cứ Kế hoạch này, các phòng chuyên môn, Ủy ban nhân dân các xã nghiên cứu, triển "
        "khai thực hiện, bảo đảm phù hợp với nhiệm vụ của đơn vị mình.",
        ISSUED,
    )
    # studying something of its own is work
    assert not states_only(
        "Căn cứ Kế hoạch này, Sở Y tế nghiên cứu xây dựng quy trình khám sàng lọc cho học sinh.",
        ISSUED,
    )


@pytest.mark.parametrize(
    "heading", ["VỀ KẾT QUẢ ĐẠT ĐƯỢC", "VỀ TÌNH HÌNH TRIỂN KHAI", "Về kết quả đạt được"]
)
def test_a_results_heading_describes_even_in_capitals(heading: str) -> None:
    assert is_descriptive(heading)


def test_a_heading_about_a_body_is_not_descriptive() -> None:
    assert not is_descriptive("Về Sở Y tế")
