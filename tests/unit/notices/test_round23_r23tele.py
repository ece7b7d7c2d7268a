"""Round 23 (r23tele): telegrams' numbered requests and founding decisions' standing lists.

A telegram quoted in a news item asks "các đơn vị" with no "Kính gửi": the points that name nobody
are that group's as written, a military command abbreviated "BTL" is a body. A decision that sets
up a body gives it a standing mandate ("có nhiệm vụ và quyền hạn sau đây:"), members and standing
agencies: no tasks, except a point naming another doer. A team's duties ("có nhiệm vụ:") and a
regulation's "Nhiệm vụ, quyền hạn của Phòng …" stay tasks."""

from __future__ import annotations

from notices import parse_notice
from notices.founding_lists import drop_founding_lists, founds_body

NEWS_TELEGRAM = """Bộ Chỉ huy Quân sự tỉnh điện các đơn vị ứng phó áp thấp nhiệt đới

Ngày 12/9/2024, Bộ Chỉ huy Quân sự tỉnh đã có công điện số 15/CĐ-BCH gửi: BTL Quân khu 1; \
các Ban Chỉ huy Quân sự huyện với nội dung:

Theo tin từ Đài Khí tượng thủy văn tỉnh, hồi 07 giờ ngày 12/9/2024, vị trí tâm áp thấp nhiệt \
đới ở vào khoảng 21,5 độ Vĩ Bắc; sức gió mạnh nhất cấp 7, giật cấp 9.

Thực hiện chỉ đạo của Ban Chỉ huy Phòng thủ dân sự tỉnh, Bộ Chỉ huy Quân sự tỉnh đề nghị các \
đơn vị:

1. Duy trì nghiêm chế độ trực ban, trực chỉ huy, theo dõi chặt chẽ diễn biến của áp thấp nhiệt \
đới, sẵn sàng lực lượng, phương tiện ứng cứu.

2. BTL Quân khu 1 chỉ đạo lực lượng đóng quân trên địa bàn phối hợp với chính quyền địa \
phương sơ tán người dân khỏi khu vực nguy hiểm.
"""


def test_a_news_items_telegram_gives_its_points_to_the_group_it_asks() -> None:
    notice = parse_notice(NEWS_TELEGRAM)
    leads = [task.lead for task in notice.tasks]
    assert len(notice.tasks) == 2
    assert notice.tasks[0].text.startswith("Duy trì nghiêm chế độ trực ban")
    assert leads == [("các đơn vị",), ("BTL Quân khu 1",)]


def test_a_telegram_with_addressees_keeps_them_as_the_doers() -> None:
    text = """ỦY BAN NHÂN DÂN
HUYỆN ĐÔNG HẢI
Số: 07/CĐ-UBND

CÔNG ĐIỆN
Về việc chủ động ứng phó với mưa lũ

Kính gửi:
- Phòng Nông nghiệp và Môi trường;
- Ủy ban nhân dân các xã.

Chủ tịch Ủy ban nhân dân huyện đề nghị các đơn vị:

1. Theo dõi chặt chẽ diễn biến mưa lũ, thông tin kịp thời cho người dân.

2. Kiểm tra an toàn các hồ chứa, đê bao trước ngày 20/10/2025.
"""
    notice = parse_notice(text)
    assert len(notice.tasks) == 2
    for task in notice.tasks:
        assert task.lead == ("Phòng Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã")


FOUNDING = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 215/QĐ-UBND

QUYẾT ĐỊNH
Về việc thành lập Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;

QUYẾT ĐỊNH:

Điều 1. Thành lập Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh (sau đây gọi tắt là Hội \
đồng).

Điều 2. Hội đồng có nhiệm vụ và quyền hạn sau đây:

1. Tư vấn cho Ủy ban nhân dân tỉnh về công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh.

2. Được quyền yêu cầu các sở, ngành cung cấp thông tin về công tác phổ biến pháp luật.

3. Chủ tịch Hội đồng trình Ủy ban nhân dân tỉnh ban hành Quy chế hoạt động của Hội đồng trước \
ngày 30/6/2026.

Điều 3. Thành viên Hội đồng gồm có:

Phó Chủ tịch Ủy ban nhân dân tỉnh, Chủ tịch Hội đồng,

Giám đốc Sở Tư pháp, Phó Chủ tịch Thường trực,

Giám đốc Sở Giáo dục và Đào tạo, Ủy viên.

Điều 4. Cơ quan thường trực của Hội đồng gồm:

Sở Tư pháp là cơ quan thường trực của Hội đồng, có bộ phận giúp việc đặt tại Phòng Phổ biến, \
giáo dục pháp luật.

Điều 5. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám \
đốc Sở Tư pháp và các thành viên Hội đồng chịu trách nhiệm thi hành Quyết định này./.
"""


def test_a_founded_bodys_mandate_members_and_agencies_are_no_tasks() -> None:
    notice = parse_notice(FOUNDING)
    assert [task.text[:40] for task in notice.tasks] == [
        "Chủ tịch Hội đồng trình Ủy ban nhân dân "
    ]
    assert notice.tasks[0].lead == ("Chủ tịch Hội đồng",)
    assert str(notice.tasks[0].deadline) == "2026-06-30"


def test_a_titled_mandate_article_is_no_task_list_either() -> None:
    text = FOUNDING.replace(
        "Điều 2. Hội đồng có nhiệm vụ và quyền hạn sau đây:",
        "Điều 2. Nhiệm vụ, quyền hạn của Hội đồng",
    )
    notice = parse_notice(text)
    assert [task.lead for task in notice.tasks] == [("Chủ tịch Hội đồng",)]


def test_a_teams_duties_in_its_founding_decision_stay_tasks() -> None:
    text = """ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
Số: 12/QĐ-UBND

QUYẾT ĐỊNH
Về việc thành lập Tổ kiểm tra an toàn thực phẩm dịp Tết Nguyên đán

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ kiểm tra an toàn thực phẩm dịp Tết Nguyên đán.

Điều 2. Tổ kiểm tra có nhiệm vụ:

1. Kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn xã trước ngày 25/01/2026.

2. Báo cáo kết quả kiểm tra về Ủy ban nhân dân xã trước ngày 30/01/2026.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
"""
    notice = parse_notice(text)
    assert [str(task.deadline) for task in notice.tasks] == ["2026-01-25", "2026-01-30"]
    assert all(task.lead == ("Tổ kiểm tra",) for task in notice.tasks)


def test_a_regulations_duties_and_powers_of_a_department_stay_tasks() -> None:
    body = [
        "Điều 8. Nhiệm vụ, quyền hạn của Phòng Văn hóa và Thông tin",
        "1. Hướng dẫn các xã thực hiện chế độ báo cáo về thiết chế văn hóa cơ sở.",
    ]
    title = "Ban hành Quy chế phối hợp quản lý thiết chế văn hóa cơ sở"
    assert drop_founding_lists(body, title=title, type_codes=("QĐ",)) == body
    assert not founds_body(title, ("QĐ",))
    assert founds_body("Về việc kiện toàn Ban Chỉ đạo phòng, chống thiên tai", ("QĐ",))
    assert not founds_body("Về việc kiện toàn Ban Chỉ đạo phòng, chống thiên tai", ("KH",))
