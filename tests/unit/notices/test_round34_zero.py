"""Round 34 (zero): documents whose text is read but whose tasks were found few or none.

Three ways of writing lost them. A Sở's report sends its forward section ("Phương hướng, nhiệm
vụ …") down to its own departments with the recipients' short form "Các phòng CM thuộc Sở" (CM
for chuyên môn), which the parser did not know, so the report read as sent only upward. A
decision approving a plan opens its body with "Điều 1. Phê duyệt Kế hoạch … với các nội dung chủ
yếu sau:", which the parser did not take for the body's intro, so a "… như sau:" deep inside the
plan was taken instead and everything above it was front matter. A news article retells a
directive body by body in prose paragraphs: the paragraph naming a body is followed by
paragraphs that open on a bare verb ("Kịp thời tháo gỡ …", "Bên cạnh đó, chủ trì …"), the same
body's further work, which named nobody and so gave no task. Counter-examples: a superior's
departments among the recipients, the approved plan's aims, a bare paragraph after one that
gave no task, after the headline, or one that narrates. Documents invented for these tests.
"""

from __future__ import annotations

from notice_fixtures import lead_of
from notice_fixtures import task_leads as _tasks

from notices import parse_notice

_REPORT = """UBND TỈNH BÌNH PHƯỚC                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ XÂY DỰNG                            Độc lập - Tự do - Hạnh phúc

Số: 318/BC-SXD                     Bình Phước, ngày 12 tháng 11 năm 2025

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2025

I. Kết quả thực hiện
Sở đã rà soát 35 thủ tục hành chính và công bố 12 thủ tục mới trong năm.
II. Phương hướng, nhiệm vụ năm 2026:
1. Tiếp tục rà soát, đơn giản hóa các thủ tục hành chính thuộc lĩnh vực xây dựng và
nhà ở trên địa bàn tỉnh.
2. Nâng cao chất lượng tiếp nhận và trả kết quả hồ sơ tại Trung tâm Phục vụ hành chính
công tỉnh.
III. Kiến nghị, đề xuất
Đề nghị UBND tỉnh bố trí kinh phí nâng cấp phần mềm một cửa điện tử.
Trên đây là báo cáo kết quả công tác cải cách hành chính năm 2025 của Sở Xây dựng./.
Nơi nhận:                                            GIÁM ĐỐC
- UBND tỉnh (b/c);
- Ban Giám đốc;
{units}
- Lưu: VT.                                      Lê Văn Hùng
"""


def test_a_report_sent_to_the_departments_cm_of_the_so_gives_its_programme() -> None:
    tasks = _tasks(_REPORT.format(units="- Các phòng CM thuộc Sở;"))
    assert [(text[:30], lead) for text, lead in tasks] == [
        ("Tiếp tục rà soát, đơn giản hóa", ("Sở Xây dựng",)),
        ("Nâng cao chất lượng tiếp nhận ", ("Sở Xây dựng",)),
    ]


def test_a_superiors_departments_cm_still_mean_the_report_goes_up() -> None:
    notice = parse_notice(_REPORT.format(units="- Các phòng CM thuộc UBND tỉnh;"))
    assert notice.tasks == ()


_NEWS = """# Thủ tướng chỉ đạo đẩy nhanh tiến độ các dự án giao thông trọng điểm

Công văn nêu rõ, Thủ tướng Chính phủ yêu cầu Bộ Xây dựng tập trung chỉ đạo hoàn thành các
dự án đường cao tốc đúng tiến độ, bảo đảm chất lượng công trình.

Bên cạnh đó, chủ trì, phối hợp với các địa phương tháo gỡ vướng mắc về giải phóng mặt bằng tại
các dự án trọng điểm.

Kịp thời hướng dẫn các nhà thầu điều chỉnh giá vật liệu xây dựng theo quy định của pháp luật.

Bộ Tài chính chủ trì bố trí đủ vốn cho các dự án đã được phê duyệt chủ trương đầu tư.

Khẩn trương thanh toán khối lượng hoàn thành cho các nhà thầu thi công.

Năm 2025, tỷ lệ giải ngân vốn đầu tư công của cả nước đạt hơn 80% kế hoạch được giao.

Tiếp tục theo dõi sát tình hình thực hiện các dự án trên địa bàn cả nước.
"""


def test_a_bare_paragraph_of_a_news_article_is_the_work_of_the_body_before() -> None:
    tasks = _tasks(_NEWS)
    assert lead_of(tasks, "Công văn nêu rõ, Thủ tướng") == ("Bộ Xây dựng",)
    assert lead_of(tasks, "Bên cạnh đó, chủ trì, phối") == ("Bộ Xây dựng",)
    assert lead_of(tasks, "Kịp thời hướng dẫn các nhà") == ("Bộ Xây dựng",)
    assert lead_of(tasks, "Bộ Tài chính chủ trì bố trí") == ("Bộ Tài chính",)
    assert lead_of(tasks, "Khẩn trương thanh toán khối") == ("Bộ Tài chính",)


def test_a_bare_paragraph_after_a_narrating_one_stays_no_task() -> None:
    texts = [text for text, _ in _tasks(_NEWS)]
    assert not any(text.startswith(("Năm 2025, tỷ lệ", "Tiếp tục theo dõi")) for text in texts)


def test_a_subheading_takes_no_doer() -> None:
    news = _NEWS.replace(
        "Bộ Tài chính chủ trì", "## Bảo đảm nguồn vốn cho các dự án\n\nBộ Tài chính chủ trì"
    )
    assert lead_of(_tasks(news), "Bảo đảm nguồn vốn") is None


def test_the_headline_passes_no_doer_on() -> None:
    news = """# Hà Nội đẩy nhanh tiến độ tiêm vaccine cho trẻ em

Tổ chức tiêm vaccine tại nhà cho những trẻ khó khăn trong việc di chuyển đến điểm tiêm.
"""
    assert not any(text.startswith("Tổ chức tiêm vaccine") for text, _ in _tasks(news))


def test_a_letter_with_addressees_keeps_them_for_its_bare_paragraphs() -> None:
    letter = """UBND TỈNH LONG AN
SỞ Y TẾ
Số: 45/SYT-NVY                     Long An, ngày 10 tháng 3 năm 2025
Kính gửi: Các bệnh viện trực thuộc.

Sở Y tế đề nghị Trung tâm Kiểm soát bệnh tật tỉnh tổ chức giám sát dịch bệnh tại các xã.

Tăng cường công tác tuyên truyền phòng chống sốt xuất huyết trong mùa mưa.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    assert lead_of(_tasks(letter), "Tăng cường công tác tuyên") == ("Các bệnh viện trực thuộc",)


_APPROVAL = """THỦ TƯỚNG CHÍNH PHỦ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                  Độc lập - Tự do - Hạnh phúc
Số: 1402/QĐ-TTg                     Hà Nội, ngày 05 tháng 9 năm 2025

QUYẾT ĐỊNH
Phê duyệt Kế hoạch hành động quốc gia về quản lý chất thải rắn giai đoạn 2026 - 2030

THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch hành động quốc gia về quản lý chất thải rắn giai đoạn 2026 -
2030 với các nội dung chủ yếu sau:
I. MỤC TIÊU
Giảm thiểu lượng chất thải rắn chôn lấp trực tiếp, nâng tỷ lệ tái chế tại các đô thị lớn.
II. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương, cụ thể:
- Bố trí quỹ đất xây dựng các cơ sở xử lý chất thải rắn tập trung.
- Ủy ban nhân dân thành phố Hà Nội tập trung một số nhiệm vụ như sau:
+ Đầu tư hệ thống thu gom chất thải rắn tại các khu dân cư.
2. Bộ Nông nghiệp và Môi trường chủ trì, hướng dẫn các địa phương phân loại chất thải rắn
sinh hoạt tại nguồn.
3. Bộ Xây dựng rà soát quy hoạch các khu xử lý chất thải rắn liên tỉnh.
4. Bộ Tài chính bố trí kinh phí thực hiện Kế hoạch theo quy định của pháp luật.
5. Bộ Y tế hướng dẫn quản lý chất thải y tế tại các cơ sở khám bệnh, chữa bệnh.
6. Bộ Công an xử lý các hành vi đổ trộm chất thải rắn không đúng nơi quy định.
III. KINH PHÍ THỰC HIỆN
1. Ngân sách nhà nước theo phân cấp hiện hành.
2. Vốn xã hội hóa và các nguồn vốn hợp pháp khác.
3. Nguồn hỗ trợ quốc tế, vốn vay ưu đãi.
IV. CHẾ ĐỘ BÁO CÁO
Định kỳ hằng năm, các bộ, ngành, địa phương báo cáo kết quả thực hiện Kế hoạch.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Quyết định
này./.
Nơi nhận:                                            THỦ TƯỚNG
- Như Điều 3;
- Lưu: VT, NN.                                        Nguyễn Văn An
"""


def test_an_approved_plans_article_opens_the_body() -> None:
    tasks = _tasks(_APPROVAL)
    assert lead_of(tasks, "Bộ Nông nghiệp và Môi trường chủ trì") == (
        "Bộ Nông nghiệp và Môi trường",
    )
    assert lead_of(tasks, "Bộ Xây dựng rà soát quy hoạch") == ("Bộ Xây dựng",)
    assert lead_of(tasks, "Bố trí quỹ đất") is not None


def test_the_approved_plans_aims_stay_no_task() -> None:
    assert lead_of(_tasks(_APPROVAL), "Giảm thiểu lượng chất thải") is None
