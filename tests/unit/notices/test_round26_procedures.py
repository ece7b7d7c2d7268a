"""Round 26 (procedures): the duty chapter of an operating or maintenance procedure.

A decision issues a reservoir's (or a river basin's) operating procedure, or a maintenance
procedure, printed after its signature. The procedure's chapter on duties gives each holder an
article: "Điều 20. Trách nhiệm của Chủ tịch Ủy ban nhân dân tỉnh …", "… của Bộ trưởng Bộ Công
Thương", "… của Trưởng Ban Chỉ huy phòng, chống thiên tai …", "… của Chủ hồ", "… của Đơn vị được
giao khai thác", a bare "Giám đốc Đơn vị được giao khai thác". Each numbered, lettered or dash
point is a task of the holder the title names, as written — "Quyết định vận hành các hồ theo
thẩm quyền …" included. The "Quyền hạn" points, the prohibited acts and liability are no work;
a regulation that is no procedure keeps refusing the public's and a generic head's articles."""

from __future__ import annotations

from notices import parse_notice
from tests.unit.notices.test_round25_attached import HEAD

ISSUES_PROCEDURE = HEAD.format(
    title="Ban hành Quy trình vận hành liên hồ chứa trên lưu vực sông Kôn - Hà Thanh",
    article="Ban hành kèm theo Quyết định này Quy trình vận hành liên hồ chứa trên lưu vực "
    "sông Kôn - Hà Thanh.",
)

NAME = """QUY TRÌNH
VẬN HÀNH LIÊN HỒ CHỨA TRÊN LƯU VỰC SÔNG KÔN - HÀ THANH
(Ban hành kèm theo Quyết định số 222/QĐ-TTg ngày 23 tháng 01 năm 2025 của Thủ tướng Chính phủ)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy trình này quy định việc vận hành các hồ Định Bình, Vĩnh Sơn A và Núi Một.

Điều 2. Nguyên tắc vận hành

1. Bảo đảm an toàn tuyệt đối cho công trình đầu mối.

2. Hồ Định Bình vận hành giảm lũ khi mực nước hạ lưu vượt báo động I.

Chương IV
TRÁCH NHIỆM TỔ CHỨC VẬN HÀNH CÁC HỒ

"""

POSTS = """Điều 20. Trách nhiệm của Chủ tịch Ủy ban nhân dân tỉnh Bình Định

1. Tổ chức tuyên truyền, phổ biến Quy trình này trên các phương tiện thông tin đại chúng.

2. Quyết định vận hành các hồ theo thẩm quyền quy định tại Điều 8 của Quy trình này.

Điều 21. Trách nhiệm của Trưởng Ban Chỉ huy phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh \
Bình Định

1. Quyết định việc vận hành các hồ trong mùa lũ theo thẩm quyền.

2. Chỉ đạo thực hiện các biện pháp ứng phó với lũ ở hạ du khi các hồ xả nước.

Điều 22. Trách nhiệm của Bộ trưởng Bộ Công Thương

Chỉ đạo các chủ hồ thủy điện thực hiện chế độ quan trắc và cung cấp số liệu theo quy định.
"""

OPERATORS = """Điều 23. Trách nhiệm của Đơn vị được giao khai thác

1. Trách nhiệm

a) Tổ chức quan trắc khí tượng thủy văn và kiểm tra công trình trước mùa lũ;

b) Lập phương án ứng phó thiên tai của hồ, trình cấp có thẩm quyền phê duyệt.

2. Quyền hạn

a) Yêu cầu các địa phương trong vùng hưởng lợi thực hiện Quy trình này;

b) Lập biên bản các hành vi xâm hại công trình.

Điều 24. Giám đốc Đơn vị được giao khai thác

1. Quyết định xả lũ trong các trường hợp quy định tại Điều 9 của Quy trình này.

2. Lập kế hoạch bảo dưỡng, sửa chữa công trình trình cấp có thẩm quyền.

Điều 25. Trách nhiệm của Chủ hồ

1. Theo dõi tình hình khí tượng, thủy văn và cung cấp số liệu vận hành hồ.

2. Lắp đặt camera giám sát việc xả nước sau đập.

Điều 26. Trách nhiệm và quyền hạn của các hộ dùng nước và đơn vị thụ hưởng

1. Ký hợp đồng dùng nước với Đơn vị được giao khai thác.

2. Tham gia ứng cứu khi công trình có sự cố.

Điều 27. Các hành vi nghiêm cấm

1. Lấn chiếm lòng hồ để nuôi trồng thủy sản.

2. Nổ mìn trong phạm vi bảo vệ đập.
"""


def _tasks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(task.text, task.lead) for task in parse_notice(text).tasks]


def _lead_of(tasks: list[tuple[str, tuple[str, ...]]], opening: str) -> tuple[str, ...] | None:
    return next((lead for text, lead in tasks if text.startswith(opening)), None)


def test_a_post_of_a_named_body_leads_its_article_points() -> None:
    tasks = _tasks(ISSUES_PROCEDURE + NAME + POSTS)
    chairman = ("Chủ tịch Ủy ban nhân dân tỉnh Bình Định",)
    assert _lead_of(tasks, "Tổ chức tuyên truyền, phổ biến Quy trình") == chairman
    # "Quyết định vận hành …" opens the point as its verb: what the holder decides
    assert _lead_of(tasks, "Quyết định vận hành các hồ theo thẩm quyền") == chairman
    board = ("Trưởng Ban Chỉ huy phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Bình Định",)
    assert _lead_of(tasks, "Quyết định việc vận hành các hồ trong mùa lũ") == board
    assert _lead_of(tasks, "Chỉ đạo thực hiện các biện pháp ứng phó") == board
    assert _lead_of(tasks, "Chỉ đạo các chủ hồ thủy điện") == ("Bộ trưởng Bộ Công Thương",)
    # the procedure's general rules are still no work
    assert not any(text.startswith(("Bảo đảm an toàn", "Hồ Định Bình")) for text, _ in tasks)


def test_a_procedures_parties_lead_their_duties_as_the_title_writes_them() -> None:
    tasks = _tasks(ISSUES_PROCEDURE + NAME + OPERATORS)
    operator = ("Đơn vị được giao khai thác",)
    assert _lead_of(tasks, "Tổ chức quan trắc khí tượng thủy văn") == operator
    assert _lead_of(tasks, "Lập phương án ứng phó thiên tai") == operator
    director = ("Giám đốc Đơn vị được giao khai thác",)
    assert _lead_of(tasks, "Quyết định xả lũ trong các trường hợp") == director
    assert _lead_of(tasks, "Lập kế hoạch bảo dưỡng, sửa chữa") == director
    assert _lead_of(tasks, "Lắp đặt camera giám sát") == ("Chủ hồ",)
    users = ("các hộ dùng nước", "đơn vị thụ hưởng")
    assert _lead_of(tasks, "Ký hợp đồng dùng nước") == users
    assert _lead_of(tasks, "Tham gia ứng cứu khi công trình có sự cố") == users


def test_powers_and_prohibitions_of_a_procedure_are_no_tasks() -> None:
    texts = [text for text, _ in _tasks(ISSUES_PROCEDURE + NAME + OPERATORS)]
    assert not any(text.startswith(("Yêu cầu các địa phương", "Lập biên bản")) for text in texts)
    assert not any(text.startswith(("Lấn chiếm", "Nổ mìn")) for text in texts)


# The decision's page and the procedure's last pages only: the table row that holds the whole
# "Nơi nhận" list and the one-line signing block stand before the duty chapter
CUT_PROCEDURE = """| ỦY BAN NHÂN DÂN TỈNH GIA LAI | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| Số: 415/QĐ-UBND | Gia Lai, ngày 09 tháng 5 năm 2023 |

QUYẾT ĐỊNH
Phê duyệt Quy trình vận hành điều tiết hồ chứa nước Ia Mơr, tỉnh Gia Lai

ỦY BAN NHÂN DÂN TỈNH GIA LAI

Căn cứ Luật Thủy lợi ngày 19/6/2017;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Quy trình vận hành điều tiết hồ chứa nước Ia Mơr (có Quy trình chi tiết kèm \
theo).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và PTNT chịu trách nhiệm thi hành \
Quyết định này./.
| Nơi nhận: - Chủ tịch UBND tỉnh (b/c); - Như điều 3; - Lưu: VT, KT. | TM. ỦY BAN NHÂN DÂN \
KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hải |
|---|---|

Chương VI
TRÁCH NHIỆM VÀ QUYỀN HẠN
Điều 23. Trách nhiệm của Đơn vị được giao khai thác
1. Tổ chức quan trắc mực nước hồ và lưu lượng xả theo quy định.
2. Lập phương án phòng, chống lụt, bão của hồ trình cấp có thẩm quyền phê duyệt.
Điều 24. Trách nhiệm của Ủy ban nhân dân huyện Chư Prông
1. Tuyên truyền, vận động nhân dân bảo vệ công trình hồ chứa nước Ia Mơr.
"""


def test_a_cut_procedure_after_a_one_row_signature_is_read() -> None:
    tasks = _tasks(CUT_PROCEDURE)
    assert _lead_of(tasks, "Tổ chức quan trắc mực nước hồ") == ("Đơn vị được giao khai thác",)
    assert _lead_of(tasks, "Tuyên truyền, vận động nhân dân") == (
        "Ủy ban nhân dân huyện Chư Prông",
    )


# Counter-examples: a rulebook that is no procedure gives the public's and a generic head's
# articles no task, and "Quyết định" as the noun of a document is no verb.
RULES = (
    HEAD.format(
        title="Ban hành Quy chế quản lý chợ trên địa bàn tỉnh",
        article="Ban hành kèm theo Quyết định này Quy chế quản lý chợ trên địa bàn tỉnh.",
    )
    + """QUY CHẾ
QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH
(Ban hành kèm theo Quyết định số 222/QĐ-TTg ngày 23 tháng 01 năm 2025)

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý chợ.

Điều 2. Trách nhiệm của tổ chức, cá nhân kinh doanh tại chợ

1. Niêm yết giá hàng hóa, dịch vụ theo quy định.

Điều 3. Trách nhiệm của người đứng đầu cơ quan, đơn vị

1. Phổ biến Quy chế này đến cán bộ, công chức.

Điều 4. Trách nhiệm của Sở Công Thương

1. Hướng dẫn, kiểm tra việc thực hiện Quy chế này.

Điều 5. Trách nhiệm của Ủy ban nhân dân cấp huyện

1. Tổ chức quản lý chợ trên địa bàn.
"""
)


def test_a_rulebook_gives_the_publics_and_a_generic_heads_acts() -> None:
    """Round 27 review, finding 3: the corpus labels the acts of a "Trách nhiệm của X"
    article whoever X is (expected byt-12 Đ3–6, cp-133 Đ25–26, cp-101 Đ43, qh-29 Đ25,
    bacgiang-41 Đ8) and none of its conduct (hue-29 Đ10, hn-qd Đ14)."""
    tasks = _tasks(RULES)
    texts = [text for text, _ in tasks]
    assert any(text.startswith("Niêm yết giá") for text in texts)
    assert any(text.startswith("Phổ biến Quy chế") for text in texts)
    assert _lead_of(tasks, "Hướng dẫn, kiểm tra việc thực hiện") == ("Sở Công Thương",)


def test_quyet_dinh_as_a_documents_name_is_no_verb() -> None:
    files = HEAD.format(
        title="Về việc giao nhiệm vụ lập hồ sơ công trình",
        article="Giao Sở Nông nghiệp và Phát triển nông thôn lưu trữ các hồ sơ sau:",
    ).replace(
        "Điều 2. Quyết định này",
        "1. Quyết định phê duyệt Báo cáo kinh tế - kỹ thuật đầu tư xây dựng.\n\n"
        "2. Quyết định số 15/QĐ-UBND ngày 02/01/2025 của Ủy ban nhân dân tỉnh.\n\n"
        "3. Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền.\n\n"
        "Điều 2. Quyết định này",
    )
    texts = [text for text, _ in _tasks(files)]
    assert not any(text.startswith("Quyết định") for text in texts)
