"""Round 28 (duty2): duty articles the duty reader missed.

Three shapes of a regulation's duty articles: (a) a "Trách nhiệm của <holder> …" article of a
regulation whose own chapter "Tổ chức thực hiện" names that holder in an article of its own
("Điều 55. Cơ sở giáo dục"): the holder is a body the regulation gives work, not a person held
to conduct (notices.duty_articles.held_by); (b) a coordination regulation's article titled by
its content, "Nội dung <body> có trách nhiệm chủ trì" or "Đề nghị <body>"
(notices.content_duties); (c) a Markdown page's bold heading cut after "**Điều" or inside its
title, or its bold closed after the word or the number (notices.article_heads). Documents
invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.article_heads import rejoined_article_heads
from notices.content_duties import content_holder
from notices.duty_articles import held_by

_HEAD = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ
Số: 31/2030/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 12 tháng 4 năm 2030

QUY CHẾ
Phối hợp trong công tác quản lý nhà nước về du lịch trên địa bàn tỉnh

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định nội dung phối hợp trong công tác quản lý nhà nước về du lịch.

Điều 2. Nguyên tắc phối hợp

1. Bảo đảm sự thống nhất trong quản lý nhà nước.

2. Phát huy vai trò chủ động của các cơ quan.

Chương II
NỘI DUNG PHỐI HỢP

Điều 3. Nội dung phối hợp chung

1. Xây dựng chính sách phát triển du lịch của tỉnh.

2. Kiểm tra hoạt động kinh doanh dịch vụ du lịch.
"""

_CONTENT = """
Điều 4. Nội dung Sở Văn hóa, Thể thao và Du lịch có trách nhiệm chủ trì

1. Tham mưu xây dựng kế hoạch phát triển du lịch hằng năm của tỉnh.

2. Tổ chức thanh tra, kiểm tra hoạt động kinh doanh lữ hành trên địa bàn tỉnh.

Điều 5. Nội dung do Công an tỉnh chủ trì

1. Bảo đảm an ninh, trật tự tại các khu, điểm du lịch.

2. Hướng dẫn thủ tục lưu trú cho khách du lịch nước ngoài.

Điều 6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh

1. Tuyên truyền, vận động Nhân dân tham gia phát triển du lịch cộng đồng.

2. Giám sát việc thực hiện chính sách du lịch trên địa bàn tỉnh.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 7. Trách nhiệm thi hành

Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân cấp xã có trách nhiệm thực hiện Quy \
chế này.
"""


def _leads(text: str) -> dict[str, tuple[str, ...]]:
    return {task.text[:40]: task.lead for task in parse_notice(text).tasks}


def _lead_of(leads: dict[str, tuple[str, ...]], start: str) -> tuple[str, ...] | None:
    return next((lead for text, lead in leads.items() if text.startswith(start)), None)


def test_a_content_titled_article_gives_its_points_to_the_body_it_names() -> None:
    leads = _leads(_HEAD + _CONTENT)
    assert _lead_of(leads, "Tham mưu xây dựng kế hoạch phát triển") == (
        "Sở Văn hóa, Thể thao và Du lịch",
    )
    assert _lead_of(leads, "Tổ chức thanh tra, kiểm tra hoạt động") == (
        "Sở Văn hóa, Thể thao và Du lịch",
    )
    assert _lead_of(leads, "Bảo đảm an ninh, trật tự tại các khu") == ("Công an tỉnh",)
    assert _lead_of(leads, "Tuyên truyền, vận động Nhân dân tham gia") == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    )


def test_the_shared_content_and_the_principles_stay_rules() -> None:
    leads = _leads(_HEAD + _CONTENT)
    assert _lead_of(leads, "Xây dựng chính sách phát triển du lịch") is None
    assert _lead_of(leads, "Bảo đảm sự thống nhất trong quản lý") is None


def test_content_holder_reads_the_body_and_refuses_other_titles() -> None:
    assert content_holder("Nội dung Sở Xây dựng có trách nhiệm chủ trì") == "Sở Xây dựng"
    assert content_holder("Nội dung do Công an tỉnh chủ trì") == "Công an tỉnh"
    assert content_holder("Đề nghị Tòa án nhân dân tỉnh") == "Tòa án nhân dân tỉnh"
    assert content_holder("Nội dung phối hợp chung") is None
    assert content_holder("Nội dung quản lý nhà nước về du lịch") is None


def test_a_firms_content_article_stays_a_rule() -> None:
    firm = """
Điều 4. Nội dung doanh nghiệp lữ hành có trách nhiệm chủ trì

1. Đón tiếp khách du lịch tại cửa khẩu theo hợp đồng.

2. Bố trí hướng dẫn viên cho mỗi đoàn khách.
"""
    leads = _leads(_HEAD + firm + _CONTENT)
    assert _lead_of(leads, "Đón tiếp khách du lịch tại cửa khẩu") is None
    assert _lead_of(leads, "Bảo đảm an ninh, trật tự tại các khu") == ("Công an tỉnh",)


_CIRCULAR = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 40/2030/TT-BGDĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 02 tháng 6 năm 2030

QUY ĐỊNH
Về kiểm định chất lượng cơ sở giáo dục nghề nghiệp

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy định này quy định về kiểm định chất lượng cơ sở giáo dục nghề nghiệp.

Điều 2. Đối tượng áp dụng

Quy định này áp dụng đối với cơ sở giáo dục nghề nghiệp và tổ chức kiểm định.

Chương II
ĐÁNH GIÁ NGOÀI

Điều 3. Thành lập đoàn đánh giá ngoài

1. Đoàn đánh giá ngoài có ít nhất 05 thành viên.

2. Trưởng đoàn là người có kinh nghiệm kiểm định.

Điều 4. Trách nhiệm của cơ sở giáo dục đối với hoạt động đánh giá ngoài

1. Chuẩn bị đầy đủ hồ sơ, dữ liệu phục vụ công tác đánh giá ngoài.

2. Cung cấp minh chứng theo yêu cầu của đoàn đánh giá ngoài.

Điều 5. Trách nhiệm của tổ chức kiểm định chất lượng giáo dục

1. Công bố công khai kết quả đánh giá ngoài trên trang thông tin điện tử.

2. Thực hiện rà soát giữa chu kỳ đối với cơ sở giáo dục.

Điều 6. Trách nhiệm của thành viên đoàn đánh giá ngoài

1. Nghiên cứu hồ sơ tự đánh giá trước khi khảo sát.

2. Giữ bí mật thông tin về kết quả đánh giá.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 7. Cục Quản lý chất lượng

1. Hướng dẫn nghiệp vụ kiểm định cho các cơ sở giáo dục.

2. Tổng hợp kết quả kiểm định báo cáo Bộ trưởng.

Điều 8. Cơ sở giáo dục

Cơ sở giáo dục triển khai hoạt động tự đánh giá theo Quy định này.

Điều 9. Tổ chức kiểm định chất lượng giáo dục

Các tổ chức kiểm định chất lượng giáo dục báo cáo kết quả kiểm định về Bộ.
"""


def test_a_holder_the_carry_out_chapter_names_keeps_its_duty_articles() -> None:
    leads = _leads(_CIRCULAR)
    assert _lead_of(leads, "Chuẩn bị đầy đủ hồ sơ, dữ liệu phục vụ") == ("Cơ sở giáo dục",)
    assert _lead_of(leads, "Cung cấp minh chứng theo yêu cầu") == ("Cơ sở giáo dục",)
    assert _lead_of(leads, "Công bố công khai kết quả đánh giá ngoài") == (
        "Tổ chức kiểm định chất lượng giáo dục",
    )
    assert _lead_of(leads, "Hướng dẫn nghiệp vụ kiểm định cho các") == ("Cục Quản lý chất lượng",)


def test_a_holder_the_chapter_does_not_name_stays_a_rule() -> None:
    leads = _leads(_CIRCULAR)
    assert _lead_of(leads, "Nghiên cứu hồ sơ tự đánh giá trước") is None
    assert _lead_of(leads, "Đoàn đánh giá ngoài có ít nhất") is None


_MARKDOWN = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ
Số: 44/2030/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 20 tháng 5 năm 2030

QUY CHẾ
Quản lý, sử dụng chữ ký số chuyên dùng trong cơ quan nhà nước tỉnh

**Chương I**

**QUY ĐỊNH CHUNG**

**Điều
1. Phạm vi điều chỉnh**

Quy chế này quy định việc quản lý, sử dụng chữ ký số chuyên dùng.

**Điều 2.
Đối tượng áp dụng**

Quy chế này áp dụng đối với các cơ quan hành chính nhà nước tỉnh.

**Điều** 3. **Nguyên tắc sử dụng**

1. Chữ ký số chỉ được dùng cho văn bản điện tử.

2. Thuê bao tự bảo quản thiết bị lưu khóa bí mật.

**Chương II**

**TỔ CHỨC THỰC HIỆN**

**Điều
4. Trách nhiệm của Sở Khoa học và Công nghệ**

1. Hướng dẫn các cơ quan làm hồ sơ đề nghị cấp chứng thư chữ
ký số.

2. Kiểm tra định kỳ việc quản lý, sử dụng chữ ký số.

**Điều 5**. Trách nhiệm của Sở Nội vụ

1. Hướng dẫn việc lưu trữ văn bản điện tử có chữ ký số.

**Điều
6. Trách nhiệm của các cơ quan, đơn vị sử dụng chữ
ký số chuyên dùng**

1. Phân công cán bộ tiếp nhận chứng thư chữ ký số.

2. Báo cáo định kỳ kết quả sử dụng chữ ký số.
"""


def test_split_bold_headings_open_their_duty_articles() -> None:
    leads = _leads(_MARKDOWN)
    assert _lead_of(leads, "Hướng dẫn các cơ quan làm hồ sơ đề nghị") == (
        "Sở Khoa học và Công nghệ",
    )
    assert _lead_of(leads, "Kiểm tra định kỳ việc quản lý") == ("Sở Khoa học và Công nghệ",)
    assert _lead_of(leads, "Hướng dẫn việc lưu trữ văn bản điện tử") == ("Sở Nội vụ",)
    assert _lead_of(leads, "Phân công cán bộ tiếp nhận chứng thư") is not None
    assert _lead_of(leads, "Chữ ký số chỉ được dùng cho văn bản") is None


def test_rejoined_article_heads_joins_only_bold_article_headings() -> None:
    text = "**Điều\n16. Trách nhiệm của Sở Tư pháp**\n\n1. Chủ trì …"
    assert rejoined_article_heads(text).split("\n")[0] == "**Điều 16. Trách nhiệm của Sở Tư pháp**"
    assert rejoined_article_heads("**Điều** 5. Trách nhiệm của Sở Y tế").startswith(
        "**Điều 5.** Trách nhiệm"
    )
    assert rejoined_article_heads("**Điều 5**. Trách nhiệm của Sở Y tế").startswith(
        "**Điều 5.** Trách nhiệm"
    )
    # a run-on article whose bold closes on its line, a bold heading that does not close soon
    # and plain text stay as they are
    kept = "**Điều 1. **Ban\nhành kèm theo Quyết định này Quy chế …"
    assert rejoined_article_heads(kept) == kept
    open_bold = "**Điều 2. Giao\nSở Y tế\n\nchủ trì**"
    assert rejoined_article_heads(open_bold) == open_bold
    plain = "Điều 3. Trách nhiệm của Sở Y tế\n1. Chủ trì …"
    assert rejoined_article_heads(plain) == plain


def test_held_by_takes_a_bare_body_title_not_a_group_of_kinds() -> None:
    bodies = ["Sở Nội vụ", "Các cơ quan, đơn vị", "Cơ sở giáo dục"]
    assert held_by("Trách nhiệm của cơ sở giáo dục đối với đánh giá ngoài", bodies) == (
        "Cơ sở giáo dục"
    )
    assert held_by("Trách nhiệm của cơ quan, đơn vị", bodies) is None
    assert held_by("Trách nhiệm của cán bộ, công chức, viên chức", bodies) is None
    assert held_by("Quy trình đánh giá cơ sở giáo dục", bodies) is None
