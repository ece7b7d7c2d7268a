"""Round 18 (reg): regulations whose articles give each body its duties.

A Quy định / Quy chế issued by a decision is read as standing rules: only its execution articles
give work. Its duty articles that name a body of government ("Điều 6. Trách nhiệm của Phòng Văn
hóa và Thông tin", "Điều 11. Sở Du lịch", "Điều 15. Trách nhiệm của các Sở, ban, ngành, địa
phương:") assign work too: each numbered point is one task led by the article's body. The duties
of the public, operators and tourists ("Trách nhiệm của tổ chức, cá nhân kinh doanh dịch vụ",
"Trách nhiệm của khách du lịch"), a post's ("Trách nhiệm của người đứng đầu cơ quan") and the
set-up of a council ("Điều 8. Hội đồng thẩm định") stay rules. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.regulation import is_duty

_HEAD = """ỦY BAN NHÂN DÂN
THÀNH PHỐ {city}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

{kind}
{title}
(Ban hành kèm theo Quyết định số {so} ngày 14/5/2025
của Ủy ban nhân dân thành phố {city_name})

"""

# Rules chapters, then duty articles by body under a chapter heading standing before its
# "Chương" line (as scraped), a colon after one article's number, a body's name wrapped by a blank
# line after its comma.
Q1 = (
    _HEAD.format(
        city="ĐÀ LẠT",
        kind="QUY ĐỊNH",
        title="Quản lý hoạt động kinh doanh dịch vụ tại khu du lịch hồ Tuyền Lâm",
        so="212/QĐ-UBND",
        city_name="Đà Lạt",
    )
    + """Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy định này quy định việc quản lý hoạt động kinh doanh dịch vụ tại khu du lịch hồ Tuyền Lâm.

Điều 2. Giải thích từ ngữ

1. Đơn vị kinh doanh là tổ chức, cá nhân được cấp phép kinh doanh dịch vụ tại khu du lịch.

2. Khách du lịch là người đi du lịch hoặc kết hợp đi du lịch.

Chương II

HOẠT ĐỘNG KINH DOANH

Điều 3. Trách nhiệm của tổ chức, cá nhân kinh doanh dịch vụ

1. Niêm yết giá dịch vụ công khai tại nơi kinh doanh.

2. Định kỳ ngày 15 hằng tháng, báo cáo số lượt khách phục vụ về Ban Quản lý khu du lịch.

Điều 4. Trách nhiệm của khách du lịch

1. Chấp hành nội quy của khu du lịch.

2. Giữ gìn vệ sinh môi trường, không xả rác bừa bãi.

TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ

Chương III

Điều 5: Phòng Văn hóa và Thông tin

1. Chủ trì kiểm tra hoạt động kinh doanh dịch vụ du lịch trong khu du lịch.

2. Tham mưu Ủy ban nhân dân thành phố xử lý các hành vi vi phạm trong lĩnh vực du lịch.

Điều 6. Trách nhiệm của Công an thành phố

1. Bảo đảm an ninh, trật tự tại các điểm tham quan trong khu du lịch.

2. Phối hợp với Phòng Văn hóa và Thông tin kiểm tra, xử lý vi phạm về lưu trú.

Điều 7. Trách nhiệm của Ủy ban nhân dân các phường Xuân Trường,

Xuân Thọ và Xuân Hương

1. Tổ chức tuyên truyền, vận động Nhân dân tham gia giữ gìn cảnh quan khu du lịch.

2. Kiểm tra, xử lý các trường hợp lấn chiếm đất công trên địa bàn.

Chương IV

TỔ CHỨC THỰC HIỆN

Điều 8. Tổ chức thực hiện

Các cơ quan, đơn vị có trách nhiệm thực hiện nghiêm Quy định này./.
"""
)

# A Quy chế: rules of a council set up by it, a post's duties, then one duty article whose
# numbered points open with their own bodies.
Q2 = (
    _HEAD.format(
        city="VŨNG TÀU",
        kind="QUY CHẾ",
        title="Quản lý Khu bảo tồn biển Hòn Cau",
        so="77/2024/QĐ-UBND",
        city_name="Vũng Tàu",
    )
    + """Chương I

NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý, bảo vệ Khu bảo tồn biển Hòn Cau.

Điều 2. Đối tượng áp dụng

Quy chế này áp dụng đối với cơ quan, tổ chức, cá nhân có hoạt động trong Khu bảo tồn biển.

Điều 3. Hội đồng thẩm định

1. Hội đồng thẩm định gồm Chủ tịch Hội đồng và các thành viên.

2. Hội đồng họp khi có ít nhất hai phần ba số thành viên tham dự.

Điều 4. Trách nhiệm của người đứng đầu cơ quan

Người đứng đầu cơ quan chịu trách nhiệm về kết quả bảo vệ Khu bảo tồn biển trong phạm vi quản lý.

Chương II

TRÁCH NHIỆM CỦA CÁC CƠ QUAN

Điều 5. Trách nhiệm của các Sở, ban, ngành, địa phương:

1. Sở Nông nghiệp và Môi trường: Chủ trì hướng dẫn quản lý nhà nước về thủy sản trong Khu \
bảo tồn biển.

2. Sở Du lịch: Kiểm tra hoạt động kinh doanh dịch vụ du lịch trong Khu bảo tồn biển.

Điều 6. Khen thưởng

Tổ chức, cá nhân có thành tích bảo vệ Khu bảo tồn biển được khen thưởng theo quy định./.
"""
)


def _tasks(text: str) -> dict[str, tuple[str, ...]]:
    return {task.text: task.lead for task in parse_notice(text).tasks}


def _lead(tasks: dict[str, tuple[str, ...]], start: str) -> tuple[str, ...]:
    (lead,) = [lead for text, lead in tasks.items() if text.startswith(start)]
    return lead


def test_duty_articles_by_body_give_their_points() -> None:
    tasks = _tasks(Q1)
    assert _lead(tasks, "Chủ trì kiểm tra hoạt động") == ("Phòng Văn hóa và Thông tin",)
    assert _lead(tasks, "Tham mưu Ủy ban nhân dân") == ("Phòng Văn hóa và Thông tin",)
    assert _lead(tasks, "Bảo đảm an ninh, trật tự") == ("Công an thành phố",)
    assert _lead(tasks, "Phối hợp với Phòng Văn hóa") == ("Công an thành phố",)


def test_a_wrapped_body_name_leads_as_its_members() -> None:
    leads = _lead(_tasks(Q1), "Tổ chức tuyên truyền, vận động")
    assert leads == (
        "Ủy ban nhân dân phường Xuân Trường",
        "Ủy ban nhân dân phường Xuân Thọ",
        "Ủy ban nhân dân phường Xuân Hương",
    )


def test_operators_acts_are_tasks_and_tourists_conduct_stays_rules() -> None:
    """Round 27 review, finding 3: the corpus labels the acts of a "Trách nhiệm của X"
    article whoever X is (expected byt-12 Đ3–6, cp-133 Đ25–26, cp-101 Đ43, qh-29 Đ25,
    bacgiang-41 Đ8) and none of its conduct (hue-29 Đ10, hn-qd Đ14)."""
    texts = " | ".join(_tasks(Q1))
    for act in ("Niêm yết giá", "Định kỳ ngày 15"):
        assert act in texts
    for rule in ("Chấp hành nội quy", "Giữ gìn vệ sinh"):
        assert rule not in texts
    assert "Kiểm tra, xử lý các trường hợp lấn chiếm" in texts


def test_a_group_article_gives_each_point_to_the_body_it_opens_with() -> None:
    tasks = _tasks(Q2)
    assert len(tasks) == 2  # the council's set-up and the head's duty stay rules
    assert _lead(tasks, "Sở Nông nghiệp và Môi trường:") == ("Sở Nông nghiệp và Môi trường",)
    assert _lead(tasks, "Sở Du lịch: Kiểm tra") == ("Sở Du lịch",)


def test_which_titles_give_a_body_its_duties() -> None:
    assert is_duty("Trách nhiệm của Phòng Kinh tế")
    assert is_duty("Nhiệm vụ của Trung tâm Văn hóa - Thể thao")  # the mandate form: review
    assert is_duty("Sở Y tế")
    assert is_duty("Ủy ban nhân dân các phường, xã")
    assert is_duty("Trách nhiệm của các cơ quan, đơn vị")
    assert not is_duty("Trách nhiệm của tổ chức, cá nhân kinh doanh dịch vụ")
    assert not is_duty("Trách nhiệm của khách du lịch khi sử dụng dịch vụ")
    assert not is_duty("Trách nhiệm của người đứng đầu cơ quan")
    assert not is_duty("Hội đồng thẩm định")
    assert not is_duty("Điều kiện về cơ sở hạ tầng")
