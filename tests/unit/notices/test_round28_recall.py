"""Round 28 (recall): documents where almost nothing was found though they plainly assign work.

1. A circular's or decree's own articles come before its signature; the appendix after it
   ("PHỤ LỤC I" + "(Ban hành kèm theo Thông tư …)") prints forms whose notes say "… như sau:".
   Such a note is no intro of the document: the body still starts at its articles (bgtvt-57).
   A decision whose attached plan follows the signature keeps its plan.
2. A plan's "Tổ chức thực hiện" names a body on a line of its own, too long for a title ("3. Sở
   Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương"),
   then the body's own lead-in naming no one ("Chủ trì, phối hợp … tham mưu cho …:") over its
   points: the points are that body's work, even when one of them names another doer as well
   (bvhttdl-4385). A topic line over a lead-in stays a topic.
3. A khoản's lead-in names its holders, then the work they were given ("Người có thẩm quyền
   thực hiện chứng thực, công chức tham mưu làm công tác chứng thực được phân công cập nhật …
   có trách nhiệm:"): the participle clause qualifies them; each role is a lead (hp-211).

Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from tests.unit.notices.test_round24_articles import HEAD

_CIRCULAR = """BỘ GIAO THÔNG VẬN TẢI
Số: 12/2030/TT-BGTVT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2030

THÔNG TƯ
QUY ĐỊNH VỀ BẢO ĐẢM AN NINH TẠI BẾN THỦY NỘI ĐỊA

Căn cứ Luật Giao thông đường thủy nội địa ngày 15 tháng 6 năm 2004;

Bộ trưởng Bộ Giao thông vận tải ban hành Thông tư quy định về bảo đảm an ninh tại bến thủy nội \
địa.

Chương 1.
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Thông tư này quy định các hoạt động bảo đảm an ninh tại bến thủy nội địa.

Chương 2.
TỔ CHỨC THỰC HIỆN

Điều 2. Trách nhiệm tổ chức thực hiện an ninh bến thủy nội địa

1. Trách nhiệm của Cục Đường thủy nội địa Việt Nam

a) Tổ chức hướng dẫn các doanh nghiệp khai thác bến thực hiện Thông tư này;

b) Phối hợp với các cơ quan hữu quan trong việc bảo đảm an ninh bến thủy nội địa.

2. Trách nhiệm của Sở Giao thông vận tải

a) Kiểm tra việc thực hiện công tác bảo đảm an ninh bến thủy nội địa trên địa bàn;

b) Phối hợp với Cảng vụ trong việc trao đổi thông tin an ninh.

Điều 3. Hiệu lực thi hành

Thông tư này có hiệu lực kể từ ngày 01 tháng 5 năm 2030.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
BỘ TRƯỞNG
Nguyễn Văn A

PHỤ LỤC I
(Ban hành kèm theo Thông tư số 12/2030/TT-BGTVT ngày 10 tháng 3 năm 2030 của Bộ trưởng Bộ Giao \
thông vận tải)

ĐÁNH GIÁ AN NINH BẾN THỦY NỘI ĐỊA

Tên cơ quan thực hiện: ……………………

Giải thích các Ghi chú:

- Ghi chú (1): Doanh nghiệp tập hợp, thu thập thông tin về bến thủy nội địa như sau:
a) Vị trí địa lý, diện tích và ranh giới tiếp giáp;
b) Vai trò của bến đối với sự phát triển kinh tế của tỉnh;
c) Số lượng và chủng loại hàng thông qua bến;
d) Số lượt tàu đến bến trong năm;
đ) Loại công trình bến;
e) Các kết cấu hạ tầng của bến;
- Ghi chú (2): Nêu rõ việc thực hiện các quy định của Thông tư này.
- Ghi chú (3): Nêu thành phần tham gia đánh giá.
- Ghi chú (4): Xác định các mối đe dọa đối với bến.
- Ghi chú (5): Nêu hậu quả của các tình huống giả định.
- Ghi chú (6): Nêu các khuyến nghị.
- Ghi chú (7): Nêu các phụ lục.
- Ghi chú (8): Nêu sơ đồ bến.
- Ghi chú (9): Nêu danh mục cầu bến.
- Ghi chú (10): Nêu kết quả phân tích rủi ro.
- Ghi chú (11): Nêu kết quả đánh giá.
- Ghi chú (12): Nêu biện pháp bảo vệ.
- Ghi chú (13): Nêu biện pháp bổ sung.
- Ghi chú (14): Nêu biện pháp đặc biệt.
- Ghi chú (15): Nêu ý kiến của cơ quan phê duyệt.
""" + "".join(
    f"\nCâu hỏi {i}: Lực lượng bảo vệ có mặt tại vị trí {i} không? □ Có □ Không\n"
    for i in range(80)
)

_DECISION = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 45/QĐ-BVHTTDL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2030

QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện Quy hoạch mạng lưới cơ sở văn hóa

BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Quy hoạch mạng lưới cơ sở văn hóa.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
BỘ TRƯỞNG
Nguyễn Văn B

KẾ HOẠCH
Thực hiện Quy hoạch mạng lưới cơ sở văn hóa
(Kèm theo Quyết định số 45/QĐ-BVHTTDL ngày 10 tháng 3 năm 2030 của Bộ trưởng Bộ Văn hóa, Thể \
thao và Du lịch)

I. MỤC ĐÍCH, YÊU CẦU

Triển khai thực hiện có hiệu quả Quy hoạch mạng lưới cơ sở văn hóa.

II. TỔ CHỨC THỰC HIỆN

"""

_LONG_NAME = """3. Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố \
trực thuộc Trung ương

Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho Ủy ban nhân dân các tỉnh, thành phố \
trực thuộc Trung ương:

a) Tổ chức thực hiện quản lý nhà nước về văn hóa tại địa phương theo quy định của pháp luật.

b) Rà soát, điều chỉnh các quy hoạch, kế hoạch, các dự án trên địa bàn.

c) Trong quá trình lập các quy hoạch liên quan, bảo đảm khả năng tích hợp đồng bộ. Đồng thời, \
các địa phương chủ động bố trí quỹ đất phù hợp.

d) Chủ động cân đối, bố trí đủ nguồn vốn đối ứng từ ngân sách địa phương.
"""

_LONG_GROUP = """2. Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh và các Sở, ban, \
ngành có liên quan cấp tỉnh

Trong phạm vi chức năng, nhiệm vụ được giao, thực hiện các nhiệm vụ sau đây:

a) Ưu tiên bố trí nguồn lực thực hiện nội dung quy hoạch.

b) Đề xuất các cơ chế, chính sách để thực hiện quy hoạch.
"""

_TOPIC = """2. Công tác tuyên truyền, phổ biến nội dung quy hoạch trên các phương tiện \
thông tin đại chúng ở Trung ương và địa phương

Tập trung thực hiện các nội dung sau:

a) Đăng tải nội dung quy hoạch trên cổng thông tin điện tử.

b) Tổ chức hội nghị phổ biến quy hoạch.
"""


def _leads(text: str) -> dict[str, tuple[str, ...]]:
    return {task.text[:30]: task.lead for task in parse_notice(text).tasks}


def test_a_circulars_articles_stay_its_body_before_an_appendix_with_form_notes() -> None:
    leads = _leads(_CIRCULAR)
    cuc = ("Cục Đường thủy nội địa Việt Nam",)
    assert leads.get("Tổ chức hướng dẫn các doanh ng") == cuc
    assert leads.get("Phối hợp với các cơ quan hữu q") == cuc
    assert leads.get("Kiểm tra việc thực hiện công t") == ("Sở Giao thông vận tải",)
    assert not any(k.startswith(("Vị trí địa lý", "Số lượt tàu")) for k in leads)


def test_an_attached_plan_after_the_signature_is_still_read() -> None:
    leads = _leads(_DECISION + "1. Sở Tài chính\n\na) Bố trí kinh phí thực hiện Kế hoạch.\n")
    assert leads.get("Bố trí kinh phí thực hiện Kế h") == ("Sở Tài chính",)


def test_a_long_name_line_over_its_own_lead_in_heads_the_points() -> None:
    leads = _leads(_DECISION + _LONG_NAME)
    body = ("Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc "
            "Trung ương",)  # fmt: skip
    assert leads.get("Tổ chức thực hiện quản lý nhà ") == body
    assert leads.get("Rà soát, điều chỉnh các quy ho") == body
    assert leads.get("Chủ động cân đối, bố trí đủ ng") == body


def test_a_long_group_line_over_a_scoped_lead_in_heads_the_points() -> None:
    leads = _leads(_DECISION + _LONG_GROUP)
    group = ("Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh",
             "các Sở, ban, ngành có liên quan cấp tỉnh")  # fmt: skip
    assert [lead for key, lead in leads.items() if key.startswith("Ưu tiên bố trí")] == [group]
    assert [lead for key, lead in leads.items() if key.startswith("Đề xuất các cơ")] == [group]


def test_a_topic_line_over_a_lead_in_names_no_body() -> None:
    leads = _leads(_DECISION + _TOPIC)
    for lead in leads.values():
        assert not any(name.startswith("Công tác tuyên truyền") for name in lead)


_ROLES = """
Điều 5. Trách nhiệm của Ủy ban nhân dân cấp xã

1. Ủy ban nhân dân cấp xã có trách nhiệm cập nhật dữ liệu chứng thực vào Cơ sở dữ liệu.

2. Người có thẩm quyền thực hiện chứng thực, công chức tham mưu làm công tác chứng thực được \
phân công cập nhật, tra cứu, khai thác và sử dụng thông tin trong Cơ sở dữ liệu có trách nhiệm:

a) Cập nhật thông tin vào Cơ sở dữ liệu và tra cứu thông tin trong Cơ sở dữ liệu;

b) Tiến hành các biện pháp quản lý, kỹ thuật cần thiết để bảo mật tài khoản đã được cấp.

3. Công chức tư pháp - hộ tịch có trách nhiệm sau đây:

a) Lưu trữ hồ sơ chứng thực theo quy định.

Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 9. Hiệu lực thi hành

Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2030.
"""


def test_a_lead_in_naming_roles_and_the_work_they_were_given_leads_its_points() -> None:
    leads = _leads(HEAD + _ROLES)
    roles = (
        "Người có thẩm quyền thực hiện chứng thực",
        "công chức tham mưu làm công tác chứng thực",
    )
    assert leads.get("Cập nhật thông tin vào Cơ sở d") == roles
    assert leads.get("Tiến hành các biện pháp quản l") == roles


def test_a_lead_in_naming_one_role_keeps_it_whole() -> None:
    leads = _leads(HEAD + _ROLES)
    assert leads.get("Lưu trữ hồ sơ chứng thực theo ") == ("Công chức tư pháp - hộ tịch",)


def test_a_decisions_own_article_is_read_before_a_published_procedures_appendix() -> None:
    """test_round28_res's decision: the appendix's "… được thực hiện như sau:" no longer opens
    the body, so the decision's own article keeps its task and no step becomes one."""
    from tests.unit.notices.test_round28_res import _APPENDIX, _CLOSE, _HEAD, _OWN_DUTY

    texts = [task.text for task in parse_notice(_HEAD + _OWN_DUTY + _CLOSE + _APPENDIX).tasks]
    assert [t[:40] for t in texts] == ["Sở Xây dựng có trách nhiệm cập nhật quy "]
