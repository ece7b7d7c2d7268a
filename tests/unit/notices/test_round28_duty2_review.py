"""Round 28 (duty2), review: findings of the branch's review taken as tests.

Section lines with their title on the line ("Mục 2. PHỐI HỢP KIỂM TRA") are no text of the
article before them; a single body whose name holds a comma ("cơ sở khám bệnh, chữa bệnh") is a
holder the carry-out chapter names, a firm is not; content titles of the cooperating body ("Nội
dung Sở Tư pháp có trách nhiệm phối hợp", "Nội dung phối hợp của Sở Y tế", "Những nội dung do
…"), "Trách nhiệm chủ trì của <body>"; a bold line opening with the word "Điều chỉnh" is no
article heading. Documents invented for these tests (the reviewer's probes).
"""

from __future__ import annotations

from notices import parse_notice
from tests.unit.notices.test_round28_duty2 import _HEAD, _MARKDOWN

# the regulation's front matter through "Chương II" that the branch tests share
_RULES_HEAD = _HEAD.split("Chương II\nNỘI DUNG PHỐI HỢP\n")[0]
# the Markdown regulation's header through its first chapter line
_MARKDOWN_HEAD = _MARKDOWN[: _MARKDOWN.index("**Chương I**\n") + len("**Chương I**\n")]

_SECTIONS = (
    _RULES_HEAD
    + """Chương II
NỘI DUNG PHỐI HỢP

Mục 1. PHỐI HỢP QUẢN LÝ

Điều 3. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch

1. Chủ trì xây dựng kế hoạch phát triển du lịch hằng năm.

2. Tổng hợp báo cáo kết quả phối hợp gửi Ủy ban nhân dân tỉnh.

Mục 2. PHỐI HỢP KIỂM TRA

Điều 4. Trách nhiệm của Công an tỉnh

1. Bảo đảm an ninh, trật tự tại các khu, điểm du lịch.

MỤC 3
PHỐI HỢP THÔNG TIN, BÁO CÁO

Điều 5. Trách nhiệm của Sở Tài chính

1. Bố trí kinh phí quảng bá du lịch hằng năm.

Mục 4: Khen thưởng, xử lý vi phạm

Điều 6. Trách nhiệm của Sở Nội vụ

1. Hướng dẫn khen thưởng tập thể, cá nhân có thành tích.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 9. Trách nhiệm thi hành

Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân cấp xã có trách nhiệm thực hiện \
Quy chế này.
"""
)


_COMMA_BODY = """BỘ Y TẾ
Số: 40/2030/TT-BYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 02 tháng 6 năm 2030

THÔNG TƯ
Quy định về kiểm soát nhiễm khuẩn trong cơ sở khám bệnh, chữa bệnh

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Thông tư này quy định về kiểm soát nhiễm khuẩn.

Điều 2. Đối tượng áp dụng

Thông tư này áp dụng đối với cơ sở khám bệnh, chữa bệnh.

Chương II
KIỂM SOÁT NHIỄM KHUẨN

Điều 3. Trách nhiệm của cơ sở khám bệnh, chữa bệnh trong kiểm soát nhiễm khuẩn

1. Thành lập khoa kiểm soát nhiễm khuẩn trong thời hạn 06 tháng.

2. Bố trí kinh phí mua sắm trang thiết bị kiểm soát nhiễm khuẩn.

Điều 4. Trách nhiệm của người bệnh và người nhà người bệnh

1. Tuân thủ hướng dẫn vệ sinh tay của nhân viên y tế.

Mục 2. GIÁM SÁT NHIỄM KHUẨN

Điều 5. Trách nhiệm của cơ sở đào tạo nhân lực y tế

1. Đưa nội dung kiểm soát nhiễm khuẩn vào chương trình đào tạo.

2. Tổ chức bồi dưỡng giảng viên về kiểm soát nhiễm khuẩn.

Mục 3
GIÁM SÁT VÀ BÁO CÁO

Điều 6. Giám sát định kỳ

Việc giám sát được thực hiện hằng quý.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 7. Cục Quản lý khám, chữa bệnh

1. Hướng dẫn, kiểm tra việc thực hiện Thông tư này.

Điều 8. Cơ sở khám bệnh, chữa bệnh

Cơ sở khám bệnh, chữa bệnh tổ chức thực hiện Thông tư này.

Điều 9. Cơ sở đào tạo

Cơ sở đào tạo nhân lực y tế tổ chức thực hiện Thông tư này.
"""


_CONTENT_VARIANTS = (
    _RULES_HEAD
    + """Chương II
NỘI DUNG PHỐI HỢP

Điều 3. Nội dung Sở Tư pháp có trách nhiệm phối hợp

1. Thẩm định dự thảo văn bản quy phạm pháp luật về du lịch.

2. Kiểm tra văn bản quy phạm pháp luật về du lịch sau khi ban hành.

Điều 4. Nội dung Sở Tài chính chủ trì, phối hợp thực hiện

1. Bố trí kinh phí quảng bá du lịch hằng năm.

2. Hướng dẫn thanh quyết toán kinh phí xúc tiến du lịch.

Điều 5. Nội dung Công an tỉnh chủ trì thực hiện

1. Bảo đảm an ninh, trật tự tại các khu, điểm du lịch.

2. Hướng dẫn thủ tục lưu trú cho khách du lịch nước ngoài.

Điều 6. Nội dung phối hợp của Sở Y tế

1. Bảo đảm an toàn thực phẩm tại cơ sở lưu trú du lịch.

2. Tổ chức cấp cứu khách du lịch khi có sự cố.

Điều 7. Các nội dung Ủy ban nhân dân cấp xã có trách nhiệm chủ trì

1. Quản lý hoạt động du lịch cộng đồng trên địa bàn.

2. Tiếp nhận, xử lý phản ánh của khách du lịch.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 9. Trách nhiệm thi hành

Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân cấp xã có trách nhiệm thực hiện \
Quy chế này.
"""
)


_CONTENT_MORE = (
    _RULES_HEAD
    + """Chương II
NỘI DUNG PHỐI HỢP

Điều 3. Những nội dung do Sở Tài chính chủ trì

1. Bố trí kinh phí quảng bá du lịch hằng năm.

Điều 4. Trách nhiệm chủ trì của Sở Công Thương

1. Quản lý hoạt động thương mại tại các khu du lịch.

Điều 5. Nội dung Sở Nội vụ chủ trì tham mưu

1. Hướng dẫn khen thưởng tập thể, cá nhân có thành tích trong phát triển du lịch.

Điều 6. Nội dung do Sở Y tế và Công an tỉnh phối hợp chủ trì

1. Bảo đảm an toàn thực phẩm tại cơ sở lưu trú du lịch.

Điều 7. Nội dung các sở, ban, ngành có trách nhiệm chủ trì

1. Cung cấp thông tin về du lịch thuộc lĩnh vực quản lý.

Điều 8. Nội dung Ủy ban nhân dân cấp xã được giao chủ trì thực hiện

1. Quản lý hoạt động du lịch cộng đồng trên địa bàn.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 9. Trách nhiệm thi hành

Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân cấp xã có trách nhiệm thực hiện \
Quy chế này.
"""
)


_NOTICE_BOLD = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ
VĂN PHÒNG
Số: 120/TB-VP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 20 tháng 5 năm 2030

THÔNG BÁO
Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về du lịch

**Điều chỉnh kế hoạch
1. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức Lễ hội trước ngày 30/6/2030.**
2. Sở Tài chính bố trí kinh phí trước ngày 15/6/2030.
3. Công an tỉnh bảo đảm an ninh trật tự trong thời gian Lễ hội.
"""


_FIRM_HELD = (
    _COMMA_BODY.replace(
        "Điều 3. Trách nhiệm của cơ sở khám bệnh, chữa bệnh trong kiểm soát nhiễm khuẩn",
        "Điều 3. Trách nhiệm của doanh nghiệp kinh doanh trang thiết bị y tế",
    )
    .replace("Điều 9. Cơ sở đào tạo\n", "Điều 9. Doanh nghiệp kinh doanh trang thiết bị y tế\n")
    .replace(
        "Cơ sở đào tạo nhân lực y tế tổ chức thực hiện Thông tư này.",
        "1. Báo cáo số lượng trang thiết bị đã bán cho cơ sở khám bệnh, chữa bệnh.",
    )
)


_MD_VARIANTS = (
    _MARKDOWN_HEAD
    + """
**QUY ĐỊNH CHUNG**

**Điều 1. Phạm vi điều chỉnh**

Quy chế này quy định việc quản lý, sử dụng chữ ký số chuyên dùng.

**Điều 2. Đối tượng áp dụng**

Quy chế này áp dụng đối với các cơ quan hành chính nhà nước tỉnh.

**Điều 3. Nguyên tắc sử dụng**

1. Chữ ký số chỉ được dùng cho văn bản điện tử.

**Chương II**

**TỔ CHỨC THỰC HIỆN**

**Điều** 4. **Trách nhiệm của Sở Khoa học và Công nghệ**

1. Hướng dẫn các cơ quan làm hồ sơ đề nghị cấp chứng thư số.

**Điều 5.** **Trách nhiệm của Sở Nội vụ**

1. Hướng dẫn việc lưu trữ văn bản điện tử có chữ ký số.

**Điều 6:** Trách nhiệm của Sở Tài chính

1. Bố trí kinh phí mua thiết bị lưu khóa bí mật.

**Điều
7.** **Trách nhiệm của Sở Y tế**

1. Triển khai chữ ký số trong bệnh viện công lập.

**Điều 8. Trách nhiệm của Văn phòng Ủy ban nhân dân
tỉnh**

1. Kiểm tra việc sử dụng chữ ký số trên hệ thống quản lý văn bản.

*Điều 9. Trách nhiệm của Sở Xây dựng*

1. Sử dụng chữ ký số trong thủ tục cấp giấy phép xây dựng.
"""
)


_ASKED = (
    _RULES_HEAD
    + """Chương II
NỘI DUNG PHỐI HỢP

Điều 3. Đề nghị Tòa án nhân dân tỉnh phối hợp

1. Cung cấp bản án liên quan đến hoạt động kinh doanh du lịch.

2. Thông báo kết quả xét xử cho Sở Văn hóa, Thể thao và Du lịch.

Điều 4. Đề nghị cấp thẻ hướng dẫn viên du lịch

1. Hồ sơ gồm đơn đề nghị và bản sao chứng chỉ nghiệp vụ.

2. Hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính.

Điều 5. Đề nghị khen thưởng

1. Hằng năm, các cơ quan lập danh sách đề nghị khen thưởng tập thể, cá nhân.

2. Hồ sơ đề nghị khen thưởng gửi về Sở Nội vụ trước ngày 15 tháng 12.

Điều 6. Đề nghị của tổ chức, cá nhân kinh doanh du lịch

1. Tổ chức, cá nhân gửi kiến nghị bằng văn bản đến Sở Văn hóa, Thể thao và Du lịch.

2. Kiến nghị được trả lời trong thời hạn 15 ngày.

Điều 7. Đề nghị Viện kiểm sát nhân dân tỉnh

1. Phối hợp kiểm sát việc giải quyết tin báo về tội phạm trong lĩnh vực du lịch.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 9. Trách nhiệm thi hành

Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân cấp xã có trách nhiệm thực hiện \
Quy chế này.
"""
)


def _tasks(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(t.lead), t.text) for t in parse_notice(text).tasks]


def test_section_line_with_title_is_not_article_text() -> None:
    tasks = _tasks(_SECTIONS)
    assert not any("Mục" in text for _, text in tasks)
    assert (
        ("Sở Văn hóa, Thể thao và Du lịch",),
        "Tổng hợp báo cáo kết quả phối hợp gửi Ủy ban nhân dân tỉnh.",
    ) in tasks
    assert (("Sở Tài chính",), "Bố trí kinh phí quảng bá du lịch hằng năm.") in tasks
    assert len(tasks) == 5


def test_section_cited_mid_point_stays() -> None:
    text = _SECTIONS.replace(
        "1. Chủ trì xây dựng kế hoạch phát triển du lịch hằng năm.",
        "1. Chủ trì thực hiện Mục 2 Phần XI của kế hoạch phát triển du lịch.",
    )
    assert any("Mục 2 Phần XI" in t for _, t in _tasks(text))


def test_holder_with_comma_in_its_name() -> None:
    tasks = _tasks(_COMMA_BODY)
    lead = ("Cơ sở khám bệnh, chữa bệnh",)
    assert (lead, "Thành lập khoa kiểm soát nhiễm khuẩn trong thời hạn 06 tháng.") in tasks
    assert (lead, "Bố trí kinh phí mua sắm trang thiết bị kiểm soát nhiễm khuẩn.") in tasks


def test_firm_named_by_carry_out_chapter_keeps_rules_article_a_rule() -> None:
    tasks = _tasks(_FIRM_HELD)
    assert not any(text.startswith(("Thành lập khoa", "Bố trí kinh phí")) for _, text in tasks)
    firm = ("Doanh nghiệp kinh doanh trang thiết bị y tế",)
    assert any(lead == firm and text.startswith("Báo cáo số lượng") for lead, text in tasks)


def test_content_titles_of_cooperating_body() -> None:
    leads = {lead for lead, _ in _tasks(_CONTENT_VARIANTS)}
    for body in (
        "Sở Tư pháp",
        "Sở Tài chính",
        "Công an tỉnh",
        "Sở Y tế",
        "Ủy ban nhân dân cấp xã",
    ):
        assert (body,) in leads


def test_content_title_with_nhung_and_role_named() -> None:
    tasks = _tasks(_CONTENT_MORE)
    assert (("Sở Tài chính",), "Bố trí kinh phí quảng bá du lịch hằng năm.") in tasks
    assert (("Sở Công Thương",), "Quản lý hoạt động thương mại tại các khu du lịch.") in tasks


def test_bold_line_opening_with_dieu_chinh_is_no_heading() -> None:
    tasks = _tasks(_NOTICE_BOLD)
    assert len(tasks) == 3
    assert any("Lễ hội trước ngày 30/6/2030" in text for _, text in tasks)


def test_markdown_heading_variants_read() -> None:
    leads = [lead for lead, _ in _tasks(_MD_VARIANTS)]
    assert leads == [
        ("Sở Khoa học và Công nghệ",),
        ("Sở Nội vụ",),
        ("Sở Tài chính",),
        ("Sở Y tế",),
        ("Văn phòng Ủy ban nhân dân tỉnh",),
        ("Sở Xây dựng",),
    ]


def test_asked_body_read_procedure_titles_stay_rules() -> None:
    leads = [lead for lead, _ in _tasks(_ASKED)]
    assert leads == [
        ("Tòa án nhân dân tỉnh",),
        ("Tòa án nhân dân tỉnh",),
        ("Viện kiểm sát nhân dân tỉnh",),
    ]
