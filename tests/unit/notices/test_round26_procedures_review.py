"""Round 26 (procedures), review: what the procedure rules must not reach, and the class's own
holders they must.

"Quyết định" is a verb only before what is decided ("vận hành", "việc", "xả", "phương án" …),
never as a document's name in a list or a sentence; a "Quy trình" that is an administrative
one-stop procedure is no operating procedure; a post's article is work only where the body it
heads is (not a company's director, not a generic "người đứng đầu các cơ quan, đơn vị") and only
for its duties, not a post's powers; the operating unit keeps its duties when the title adds
"quyền hạn", and its whole name leads them; a decision that amends such a procedure issues it."""

from __future__ import annotations

from notices.procedure_duties import post_of_body
from notices.regulation import is_duty
from tests.unit.notices.test_round25_attached import HEAD
from tests.unit.notices.test_round26_procedures import (
    ISSUES_PROCEDURE,
    NAME,
    OPERATORS,
    RULES,
    _lead_of,
    _tasks,
)

LETTER = """ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
SỞ TÀI CHÍNH
Số: 120/STC-QLG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 10 tháng 3 năm 2025

Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố

Ngày 05/3/2025, Ủy ban nhân dân tỉnh ban hành Quyết định số 45/QĐ-UBND về giá dịch vụ thu gom \
rác thải.

Quyết định nói trên có hiệu lực từ ngày 15/3/2025 và thay thế Quyết định số 02/QĐ-UBND.

Quyết định hành chính bị khiếu nại vẫn được thi hành trong thời gian giải quyết khiếu nại.

Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố triển khai thực hiện trước ngày 30/3/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

Nguyễn Văn A
"""

FILES = (
    "Quyết định chủ trương đầu tư dự án hồ chứa nước Ia Mơr.",
    "Quyết định đầu tư xây dựng công trình.",
    "Quyết định phân bổ vốn đầu tư công năm 2024.",
    "Quyết định điều chỉnh dự án đầu tư xây dựng.",
    "Quyết định thanh tra số liệu tài chính của Thanh tra tỉnh.",
    "Quyết định xử lý vi phạm hành chính đối với chủ đầu tư.",
    "Quyết định giải quyết khiếu nại lần hai.",
    "Quyết định bồi thường, hỗ trợ, tái định cư.",
    "Quyết định ngày 12/3/2024 của UBND tỉnh.",
)


def test_quyet_dinh_as_a_documents_name_in_a_letter_is_no_work() -> None:
    tasks = _tasks(LETTER)
    assert [text[:20] for text, _ in tasks] == ["Đề nghị Ủy ban nhân "]


def test_a_list_of_decisions_to_file_is_no_work() -> None:
    listed = "".join(f"{n}. {line}\n\n" for n, line in enumerate(FILES, 1))
    files = HEAD.format(
        title="Về việc giao nhiệm vụ lập hồ sơ công trình",
        article="Giao Sở Nông nghiệp và Phát triển nông thôn lưu trữ các hồ sơ sau:",
    ).replace("Điều 2. Quyết định này", listed + "Điều 2. Quyết định này")
    assert not any(text.startswith("Quyết định") for text, _ in _tasks(files))


ONE_STOP = HEAD.format(
    title="Ban hành Quy trình tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại Bộ phận một cửa",
    article="Ban hành kèm theo Quyết định này Quy trình tiếp nhận, giải quyết hồ sơ thủ tục hành "
    "chính tại Bộ phận một cửa.",
) + (
    "QUY TRÌNH\nTIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH TẠI BỘ PHẬN MỘT CỬA\n"
    "(Ban hành kèm theo Quyết định số 222/QĐ-TTg ngày 23 tháng 01 năm 2025)\n\n"
    "Điều 1. Phạm vi điều chỉnh\n\n"
    "Quy trình này quy định việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính.\n\n"
    "Điều 2. Trách nhiệm của tổ chức, cá nhân nộp hồ sơ\n\n"
    "1. Kê khai đầy đủ, trung thực thông tin trong hồ sơ.\n\n"
    "2. Nộp phí, lệ phí theo quy định.\n\n"
    "Điều 3. Trách nhiệm của công chức tiếp nhận hồ sơ\n\n"
    "1. Kiểm tra tính đầy đủ của hồ sơ.\n\n"
    "2. Hướng dẫn tổ chức, cá nhân bổ sung hồ sơ.\n\n"
    "Điều 4. Trách nhiệm của người đứng đầu cơ quan, đơn vị\n\n"
    "1. Phân công công chức làm việc tại Bộ phận một cửa.\n"
)


def test_an_administrative_procedures_duty_articles_give_their_acts() -> None:
    """Round 27 review, finding 3: the corpus labels the acts of a "Trách nhiệm của X"
    article whoever X is (expected byt-12 Đ3–6, cp-133 Đ25–26, cp-101 Đ43, qh-29 Đ25,
    bacgiang-41 Đ8) and none of its conduct (hue-29 Đ10, hn-qd Đ14)."""
    texts = [text for text, _ in _tasks(ONE_STOP)]
    assert any(text.startswith("Nộp phí, lệ phí") for text in texts)
    assert any(text.startswith("Kiểm tra tính đầy đủ") for text in texts)


def _rulebook(title: str, body: str) -> str:
    """A decision issuing a rulebook, then the rulebook's articles."""
    return HEAD.format(title=title, article=f"Ban hành kèm theo Quyết định này {title[9:]}.") + (
        f"{title[9:].upper()}\n"
        "(Ban hành kèm theo Quyết định số 222/QĐ-UBND ngày 23 tháng 01 năm 2025)\n\n"
        "Điều 1. Phạm vi điều chỉnh\n\nQuy định này quy định phạm vi.\n\n" + body
    )


KARAOKE = _rulebook(
    "Ban hành Quy chế quản lý hoạt động kinh doanh karaoke trên địa bàn tỉnh",
    "Điều 2. Trách nhiệm của Giám đốc các doanh nghiệp kinh doanh karaoke\n\n"
    "1. Niêm yết giờ hoạt động tại cơ sở kinh doanh.\n\n"
    "Điều 3. Trách nhiệm của Chủ tịch Hội đồng quản trị công ty\n\n"
    "1. Bố trí kinh phí bảo đảm an toàn phòng cháy.\n\n"
    "Điều 4. Trách nhiệm của Thủ trưởng các tổ chức, cá nhân kinh doanh\n\n"
    "1. Bảo đảm cách âm theo quy chuẩn kỹ thuật.\n\n"
    "Điều 5. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch\n\n"
    "1. Hướng dẫn, kiểm tra việc thực hiện Quy chế này.\n",
)


def test_the_head_of_a_business_or_the_public_gives_its_acts() -> None:
    """Round 27 review, finding 3: the corpus labels the acts of a "Trách nhiệm của X"
    article whoever X is (expected byt-12 Đ3–6, cp-133 Đ25–26, cp-101 Đ43, qh-29 Đ25,
    bacgiang-41 Đ8) and none of its conduct (hue-29 Đ10, hn-qd Đ14)."""
    tasks = _tasks(KARAOKE)
    assert len(tasks) == 4
    assert tasks[-1][1] == ("Sở Văn hóa, Thể thao và Du lịch",)


def test_the_generic_head_of_the_bodies_gives_its_acts_with_cac() -> None:
    """Round 27 review, finding 3: the corpus labels the acts of a "Trách nhiệm của X"
    article whoever X is (expected byt-12 Đ3–6, cp-133 Đ25–26, cp-101 Đ43, qh-29 Đ25,
    bacgiang-41 Đ8) and none of its conduct (hue-29 Đ10, hn-qd Đ14)."""
    for post in ("người đứng đầu", "lãnh đạo", "Thủ trưởng"):
        rules = RULES.replace(
            "Trách nhiệm của người đứng đầu cơ quan, đơn vị",
            f"Trách nhiệm của {post} các cơ quan, đơn vị",
        )
        texts = [text for text, _ in _tasks(rules)]
        assert any(text.startswith("Phổ biến Quy chế") for text in texts), post


DECENTRALISATION = _rulebook(
    "Ban hành Quy định phân cấp quản lý cán bộ, công chức, viên chức tỉnh Quảng Ngãi",
    "Điều 6. Nhiệm vụ, quyền hạn của Chủ tịch Ủy ban nhân dân cấp huyện\n\n"
    "1. Quyết định nâng bậc lương thường xuyên đối với công chức thuộc thẩm quyền quản lý.\n\n"
    "2. Quyết định cử công chức đi đào tạo, bồi dưỡng trong nước.\n\n"
    "Điều 7. Nhiệm vụ, quyền hạn của Giám đốc Sở Nội vụ\n\n"
    "1. Quyết định tuyển dụng viên chức các đơn vị sự nghiệp thuộc Sở.\n\n"
    "2. Thẩm định hồ sơ đề nghị bổ nhiệm của các cơ quan, đơn vị.\n",
)


def test_a_posts_powers_in_a_decentralisation_rule_are_no_tasks() -> None:
    texts = [text for text, _ in _tasks(DECENTRALISATION)]
    assert not any(text.startswith("Quyết định") for text in texts)
    # the post's powers are no duty article of the body it heads (is_duty's mandate gate)
    assert not post_of_body("Nhiệm vụ, quyền hạn của Chủ tịch Ủy ban nhân dân cấp huyện", is_duty)
    assert post_of_body("Trách nhiệm của Chủ tịch Ủy ban nhân dân cấp huyện", is_duty)


OPERATING_UNIT = """Điều 23. Trách nhiệm và quyền hạn của đơn vị quản lý vận hành

1. Tổ chức quan trắc mực nước hồ và lưu lượng xả theo quy định.

2. Lập phương án ứng phó thiên tai của hồ, trình cấp có thẩm quyền phê duyệt.

Điều 24. Trách nhiệm của đơn vị quản lý vận hành

1. Kiểm tra công trình trước mùa lũ hằng năm.

Điều 25. Nhiệm vụ, quyền hạn của chủ quản lý sử dụng công trình

1. Bố trí kinh phí bảo trì công trình hằng năm.
"""


def test_the_operating_unit_keeps_its_duties_beside_its_powers() -> None:
    tasks = _tasks(ISSUES_PROCEDURE + NAME + OPERATING_UNIT)
    unit = ("đơn vị quản lý vận hành",)
    assert _lead_of(tasks, "Tổ chức quan trắc mực nước hồ") == unit
    assert _lead_of(tasks, "Lập phương án ứng phó thiên tai") == unit
    assert _lead_of(tasks, "Kiểm tra công trình trước mùa lũ") == unit
    assert _lead_of(tasks, "Bố trí kinh phí bảo trì") == ("chủ quản lý sử dụng công trình",)


def test_the_operating_units_whole_name_leads() -> None:
    text = (
        ISSUES_PROCEDURE
        + NAME
        + OPERATING_UNIT.replace("Trách nhiệm và quyền hạn của đơn vị", "Trách nhiệm của Đơn vị")
    )
    tasks = _tasks(text)
    assert _lead_of(tasks, "Tổ chức quan trắc mực nước hồ") == ("Đơn vị quản lý vận hành",)


def test_a_decision_that_amends_a_procedure_issues_one() -> None:
    body = NAME + OPERATORS.split("Điều 27.")[0]
    for title in (
        "Phê duyệt điều chỉnh Quy trình vận hành liên hồ chứa trên lưu vực sông Kôn - Hà Thanh",
        "Sửa đổi, bổ sung Quy trình vận hành liên hồ chứa trên lưu vực sông Kôn - Hà Thanh",
    ):
        head = ISSUES_PROCEDURE.replace(
            "Ban hành Quy trình vận hành liên hồ chứa trên lưu vực sông Kôn - Hà Thanh", title
        )
        tasks = _tasks(head + body)
        assert _lead_of(tasks, "Lắp đặt camera giám sát") == ("Chủ hồ",), title
