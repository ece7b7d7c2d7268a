"""Round 18 (reg), review fixes: which article titles of a regulation give a body its duties.

- A group title gives duties only when its noun after "các" is a body of government ("các sở,
  ban, ngành", "các cơ quan, đơn vị", "Ủy ban nhân dân các xã"): the public, firms, contractors,
  banks, members or staff ("các tổ chức, cá nhân kinh doanh …", "các doanh nghiệp", "các nhà
  thầu", "các thành viên Ban Chỉ đạo", "các cán bộ, công chức") stay rules.
- A statute of organisation or a working regulation ("Quy chế tổ chức và hoạt động của …", "Quy
  chế làm việc của Ban Chỉ đạo …") gives no tasks from its mandate articles, and no article that
  names the body the document's own title is about is a duty article.
- One heading form for duty titles: "Trách nhiệm của X", "Nhiệm vụ của X" lead X's points in a
  regulation as in a plan; "Nhiệm vụ, quyền hạn của X" is a statute's mandate, no duty title.
- A bare "Ban …" title naming a standing agency ("Ban Quản lý chợ …", "Ban Dân tộc", "Ban Chỉ
  huy Quân sự tỉnh") or "Tổ dân phố" gives duties; a body set up by the document (Hội đồng, Ban
  Chỉ đạo, Tổ thư ký / giúp việc / công tác) stays its set-up rules.
- A bare body title counts only in a regulation that shares duties out (two duty articles or
  more): one "Điều 3. Ủy ban nhân dân cấp xã" over procedure rules is the competent body's rules.

Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.regulation import is_duty
from notices.task_headings import heading_assignees
from tests.unit.notices.test_round18_reg import Q1

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

QUY CHẾ
{title}
(Ban hành kèm theo Quyết định số 21/2025/QĐ-UBND ngày 09/6/2025
của Ủy ban nhân dân tỉnh Quảng Ngãi)

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định {scope}.

Điều 2. Đối tượng áp dụng

Quy chế này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan.

Chương II

NỘI DUNG

"""


def _doc(title: str, articles: str) -> str:
    return _HEAD.format(title=title, scope=title[:1].lower() + title[1:]) + articles


def _texts(text: str) -> list[str]:
    return [task.text for task in parse_notice(text).tasks]


def _leads(text: str) -> dict[str, tuple[str, ...]]:
    return {task.text: task.lead for task in parse_notice(text).tasks}


# ---- HIGH 1: a group is a duty title only when its noun is a body of government ----


def test_groups_of_the_public_firms_or_staff_are_no_duty_titles() -> None:
    for title in (
        "Trách nhiệm của các tổ chức, cá nhân kinh doanh dịch vụ",
        "Trách nhiệm của các doanh nghiệp",
        "Trách nhiệm của các nhà thầu thi công",
        "Trách nhiệm của các chủ đầu tư",
        "Trách nhiệm của các cơ sở kinh doanh",
        "Trách nhiệm của các thành viên Ban Chỉ đạo",
        "Trách nhiệm của các cán bộ, công chức",
        "Trách nhiệm của các ngân hàng thương mại",
        "Trách nhiệm của các hợp tác xã",
        "Trách nhiệm của các đơn vị kinh doanh vận tải",
        "Các tổ chức, cá nhân hoạt động trong khu bảo tồn",
        "Trách nhiệm của các cơ quan, tổ chức, cá nhân có liên quan",
    ):
        assert not is_duty(title), title


def test_groups_of_government_bodies_stay_duty_titles() -> None:
    for title in (
        "Trách nhiệm của các sở, ban, ngành, địa phương",
        "Trách nhiệm của các sở, ngành trong quản lý hoạt động kinh doanh dịch vụ",
        "Trách nhiệm của các cơ quan, đơn vị có liên quan",
        "Trách nhiệm của các phòng chuyên môn thuộc Ủy ban nhân dân huyện",
        "Nhiệm vụ của các xã, phường, thị trấn",
        "Trách nhiệm của Ủy ban nhân dân các xã, phường",
        "Các Sở, ngành, địa phương",
    ):
        assert is_duty(title), title


def test_a_group_of_operators_acts_are_tasks_end_to_end() -> None:
    """Round 27 review, finding 3: the corpus labels the acts of a "Trách nhiệm của X"
    article whoever X is (expected byt-12 Đ3–6, cp-133 Đ25–26, cp-101 Đ43, qh-29 Đ25,
    bacgiang-41 Đ8) and none of its conduct (hue-29 Đ10, hn-qd Đ14)."""
    text = Q1.replace(
        "Điều 3. Trách nhiệm của tổ chức, cá nhân kinh doanh dịch vụ",
        "Điều 3. Trách nhiệm của các tổ chức, cá nhân kinh doanh dịch vụ",
    )
    assert text != Q1
    texts = " | ".join(_texts(text))
    assert "Niêm yết giá" in texts
    assert "báo cáo số lượt khách" in texts
    assert "Chủ trì kiểm tra hoạt động" in texts  # the bodies' duty articles still give tasks


# ---- MEDIUM 2: statutes of organisation and working regulations ----

_STATUTE = _doc(
    "Tổ chức và hoạt động của Trung tâm Khuyến nông tỉnh",
    """Điều 3. Vị trí và chức năng

Trung tâm Khuyến nông là đơn vị sự nghiệp công lập trực thuộc Sở Nông nghiệp và Môi trường.

Điều 4. Nhiệm vụ của Trung tâm Khuyến nông tỉnh

1. Tổ chức chuyển giao kỹ thuật canh tác lúa cho nông dân trên địa bàn tỉnh.

2. Xây dựng kế hoạch khuyến nông hằng năm, trình Sở phê duyệt trước ngày 30 tháng 11.

Điều 5. Trách nhiệm của Phòng Kỹ thuật

1. Biên soạn tài liệu tập huấn kỹ thuật cho nông dân.

Điều 6. Cơ cấu tổ chức

Trung tâm có Giám đốc và không quá 02 Phó Giám đốc./.
""",
)

_WORKING = _doc(
    "Làm việc của Ban Chỉ đạo phát triển du lịch tỉnh",
    """Điều 3. Trách nhiệm của Trưởng ban

1. Chỉ đạo, điều hành chung hoạt động của Ban Chỉ đạo.

Điều 4. Nhiệm vụ của Ban Chỉ đạo

1. Chỉ đạo triển khai các chương trình phát triển du lịch trên địa bàn tỉnh.

2. Đôn đốc các sở, ngành thực hiện nhiệm vụ được giao.

Điều 5. Trách nhiệm của Tổ giúp việc

1. Giúp Ban Chỉ đạo chuẩn bị nội dung các cuộc họp.

2. Tổng hợp báo cáo định kỳ 6 tháng gửi Ban Chỉ đạo.

Điều 6. Chế độ họp

Ban Chỉ đạo họp định kỳ 6 tháng một lần./.
""",
)


def test_a_statute_of_organisation_gives_no_tasks_from_its_mandate() -> None:
    assert _texts(_STATUTE) == []


def test_a_working_regulation_gives_no_tasks_from_its_mandate() -> None:
    assert _texts(_WORKING) == []


def test_a_working_regulation_in_decision_form_keeps_its_execution_article() -> None:
    text = _WORKING.replace(
        "Ban Chỉ đạo họp định kỳ 6 tháng một lần./.",
        "Ban Chỉ đạo họp định kỳ 6 tháng một lần.\n\nĐiều 7. Tổ chức thực hiện\n\n"
        "Sở Văn hóa, Thể thao và Du lịch hướng dẫn, kiểm tra việc thực hiện Quy chế này./.",
    )
    (task,) = _texts(text)
    assert task.startswith("Sở Văn hóa, Thể thao và Du lịch hướng dẫn, kiểm tra việc thực hiện")


def test_an_article_on_the_body_the_title_is_about_is_no_duty_article() -> None:
    text = _doc(
        "Quản lý tài sản công của Trung tâm Y tế huyện Sơn Tịnh",
        """Điều 3. Trách nhiệm của Trung tâm Y tế huyện Sơn Tịnh

1. Mở sổ theo dõi tài sản công được giao quản lý.

Điều 4. Trách nhiệm của Phòng Tài chính - Kế hoạch huyện

1. Kiểm tra việc quản lý, sử dụng tài sản công của Trung tâm hằng năm.

Điều 5. Trách nhiệm của Kho bạc Nhà nước khu vực

1. Kiểm soát chi mua sắm tài sản công theo quy định./.
""",
    )
    leads = _leads(text)
    assert not any(text.startswith("Mở sổ theo dõi") for text in leads)
    assert [lead for text, lead in leads.items() if text.startswith("Kiểm tra việc quản lý")] == [
        ("Phòng Tài chính - Kế hoạch huyện",)
    ]


# ---- MEDIUM 3: one duty heading form ----


def test_a_statutes_mandate_title_is_no_duty_title() -> None:
    assert not is_duty("Nhiệm vụ, quyền hạn của Trung tâm Văn hóa - Thể thao")
    assert not is_duty("Nhiệm vụ và quyền hạn của Sở Xây dựng")
    assert not is_duty("Chức năng, nhiệm vụ, quyền hạn của Văn phòng Sở")


def test_every_duty_title_with_its_words_names_the_body_its_heading_leads() -> None:
    for title, body in (
        ("Trách nhiệm của Phòng Kinh tế", "Phòng Kinh tế"),
        ("Nhiệm vụ của Phòng Kinh tế", "Phòng Kinh tế"),
        ("Trách nhiệm của Công an thành phố", "Công an thành phố"),
        ("Nhiệm vụ của Ban Quản lý dự án đầu tư xây dựng", "Ban Quản lý dự án đầu tư xây dựng"),
    ):
        assert is_duty(title), title
        assert heading_assignees(title) == [body], title


def test_nhiem_vu_and_trach_nhiem_titles_read_alike_end_to_end() -> None:
    articles = """Điều 3. Trách nhiệm của Phòng Kinh tế

1. Chủ trì kiểm tra giá dịch vụ tại các điểm du lịch.

Điều 4. Nhiệm vụ của Phòng Văn hóa và Thông tin

1. Tuyên truyền quảng bá điểm du lịch trên cổng thông tin của thành phố.

Điều 5. Nhiệm vụ, quyền hạn của Phòng Tư pháp

1. Thẩm định văn bản quy phạm pháp luật của thành phố.
"""
    leads = _leads(_doc("Quản lý điểm du lịch cộng đồng", articles))
    assert leads == {
        "Chủ trì kiểm tra giá dịch vụ tại các điểm du lịch.": ("Phòng Kinh tế",),
        "Tuyên truyền quảng bá điểm du lịch trên cổng thông tin của thành phố.": (
            "Phòng Văn hóa và Thông tin",
        ),
    }


# ---- MEDIUM 4: bare titles of standing agencies ----


def test_bare_titles_of_standing_agencies_are_duty_titles() -> None:
    for title in (
        "Ban Quản lý chợ Hội An",
        "Ban Quản lý khu du lịch",
        "Ban Dân tộc",
        "Ban Chỉ huy Quân sự tỉnh",
        "Tổ dân phố",
        "Trách nhiệm của Tổ dân phố",
    ):
        assert is_duty(title), title


def test_bare_titles_of_bodies_the_document_sets_up_stay_rules() -> None:
    for title in (
        "Hội đồng thi",
        "Ban Chỉ đạo",
        "Ban Chỉ đạo phát triển du lịch",
        "Tổ thư ký",
        "Tổ giúp việc",
        "Tổ công tác liên ngành",
    ):
        assert not is_duty(title), title


def test_a_bare_agency_article_gives_its_points_end_to_end() -> None:
    articles = """Điều 3. Ban Quản lý chợ Sa Huỳnh

1. Kiểm tra việc niêm yết giá của các hộ kinh doanh trong chợ.

2. Báo cáo Ủy ban nhân dân thị xã kết quả quản lý chợ trước ngày 15 hằng tháng.

Điều 4. Phòng Kinh tế thị xã

1. Hướng dẫn Ban Quản lý chợ xây dựng nội quy chợ.

Điều 5. Hiệu lực thi hành

Quy chế này có hiệu lực từ ngày ký./.
"""
    leads = _leads(_doc("Quản lý chợ trên địa bàn thị xã", articles))
    assert leads["Kiểm tra việc niêm yết giá của các hộ kinh doanh trong chợ."] == (
        "Ban Quản lý chợ Sa Huỳnh",
    )
    assert leads["Hướng dẫn Ban Quản lý chợ xây dựng nội quy chợ."] == ("Phòng Kinh tế thị xã",)


# ---- LOW 5: one bare body title over procedure rules ----


def test_one_bare_body_title_over_procedure_rules_gives_no_tasks() -> None:
    articles = """Điều 3. Ủy ban nhân dân cấp xã

1. Ủy ban nhân dân cấp xã cấp giấy phép khai thác trong thời hạn 05 ngày làm việc kể từ ngày \
nhận đủ hồ sơ.

2. Trường hợp từ chối, Ủy ban nhân dân cấp xã trả lời bằng văn bản và nêu rõ lý do.

Điều 4. Hiệu lực thi hành

Quy chế này có hiệu lực từ ngày ký./.
"""
    assert _texts(_doc("Cấp giấy phép khai thác thủy sản ven bờ", articles)) == []
