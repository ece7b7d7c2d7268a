"""Round 33 (ongoing): a programme's groups of standing points, carried by the bodies a line names.

A Party committee's or a province's programme lists its standing work in numbered groups of dash
points that name nobody ("3.1. Đẩy mạnh công tác tuyên truyền" over "- Đổi mới …", "- Nhân rộng
…") and closes each group with the line saying who carries it ("Trách nhiệm chỉ đạo thực hiện:
Đảng ủy Ủy ban nhân dân tỉnh; các cấp ủy, tổ chức đảng."), or opens it with that line under the
group's title. Each point is a task of those bodies (split at ";"), and a section titled "Nhiệm vụ
thường xuyên" makes its points `ongoing`. "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" is one
body. Counter-examples: a line naming no body, points that each name their own carrier, the
programme's assessment and its targets. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.carrier_lines import carrier_bodies
from notices.model import DeadlineKind
from notices.names import split_assignees
from tests.unit.notices.notice_fixtures import lead_of, task_leads

PROGRAMME = """HUYỆN ỦY NAM SƠN
Số 12-CTr/HU

ĐẢNG CỘNG SẢN VIỆT NAM

Nam Sơn, ngày 14 tháng 5 năm 2031

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết của Tỉnh ủy về phát triển du lịch cộng đồng

I. TÌNH HÌNH

1. Kết quả đạt được

- Lượng khách đến các bản du lịch tăng bình quân 12% mỗi năm.

- Nhiều hộ dân đã chuyển sang làm dịch vụ lưu trú, ẩm thực.

2. Hạn chế

- Sản phẩm du lịch còn đơn điệu, chưa có thương hiệu riêng.

II. CHỈ TIÊU ĐẾN NĂM 2035

- 80% số bản có điểm du lịch cộng đồng được công nhận.

- Doanh thu du lịch chiếm 15% tổng giá trị sản xuất.

III. NHIỆM VỤ VÀ GIẢI PHÁP

1. Nhiệm vụ thường xuyên

1.1. Nâng cao nhận thức về du lịch cộng đồng

- Tuyên truyền sâu rộng lợi ích của du lịch cộng đồng đến từng hộ gia đình trong các bản.

- Hỗ trợ các hộ làm du lịch giỏi chia sẻ kinh nghiệm, giữ gìn bản sắc văn hóa dân tộc.

Trách nhiệm chỉ đạo thực hiện: Đảng ủy Mặt trận Tổ quốc, các đoàn thể huyện; các cấp ủy, \
tổ chức đảng.

1.2. Phát triển hạ tầng và sản phẩm du lịch

Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân huyện.

- Nâng cấp đường vào các bản du lịch trọng điểm, bố trí bãi đỗ xe và nhà vệ sinh công cộng.

- Xây dựng bộ sản phẩm du lịch đặc trưng gắn với lễ hội truyền thống của đồng bào.

- Phòng Văn hóa và Thông tin huyện biên soạn tài liệu giới thiệu các bản du lịch.

1.3. Bảo vệ cảnh quan và môi trường

- Giữ gìn cảnh quan ruộng bậc thang, rừng đầu nguồn quanh các bản.

- Thu gom, xử lý rác thải tại các điểm du lịch.

Trách nhiệm thực hiện: theo chức năng, nhiệm vụ được giao.

IV. TỔ CHỨC THỰC HIỆN

Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Chương trình này, báo cáo Ban Thường vụ \
Huyện ủy.

T/M HUYỆN ỦY
BÍ THƯ

Lò Văn Khánh
"""

DECISION_ROWS = """ỦY BAN NHÂN DÂN TỈNH NAM SƠN
Số: 45/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nam Sơn, ngày 02 tháng 6 năm 2031

QUYẾT ĐỊNH
Ban hành Kế hoạch chuyển đổi số năm 2031

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2031 với các nhiệm vụ sau:

1. Hoàn thiện thể chế

a) Ban hành quy chế quản lý dữ liệu dùng chung của tỉnh.

Cơ quan thực hiện: Sở Khoa học và Công nghệ chủ trì; các sở, ngành phối hợp.

b) Rà soát thủ tục hành chính để cung cấp dịch vụ công trực tuyến toàn trình.

Cơ quan thực hiện: Văn phòng Ủy ban nhân dân tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình
"""


def _tasks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return task_leads(text)


def test_a_closing_carrier_line_leads_every_point_of_its_group() -> None:
    tasks = _tasks(PROGRAMME)
    bodies = ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể huyện", "các cấp ủy, tổ chức đảng")
    assert lead_of(tasks, "Tuyên truyền sâu rộng lợi ích") == bodies
    assert lead_of(tasks, "Hỗ trợ các hộ làm du lịch") == bodies


def test_the_carrier_line_is_no_part_of_the_last_point() -> None:
    notice = parse_notice(PROGRAMME)
    last = next(t for t in notice.tasks if t.text.startswith("Hỗ trợ các hộ làm du lịch"))
    assert "Trách nhiệm chỉ đạo" not in last.text


def test_an_opening_carrier_line_leads_the_points_under_the_title() -> None:
    tasks = _tasks(PROGRAMME)
    assert lead_of(tasks, "Nâng cấp đường vào các bản") == ("Đảng ủy Ủy ban nhân dân huyện",)
    assert lead_of(tasks, "Xây dựng bộ sản phẩm du lịch") == ("Đảng ủy Ủy ban nhân dân huyện",)


def test_a_point_naming_its_own_body_keeps_it() -> None:
    tasks = _tasks(PROGRAMME)
    assert lead_of(tasks, "Phòng Văn hóa và Thông tin huyện biên soạn") == (
        "Phòng Văn hóa và Thông tin huyện",
    )


def test_points_of_a_standing_tasks_section_are_ongoing() -> None:
    notice = parse_notice(PROGRAMME)
    point = next(t for t in notice.tasks if t.text.startswith("Nâng cấp đường vào các bản"))
    assert point.deadline_kind is DeadlineKind.ONGOING
    assert point.deadline is None


def test_a_line_naming_no_body_gives_the_points_to_no_one() -> None:
    tasks = _tasks(PROGRAMME)
    assert carrier_bodies("Trách nhiệm thực hiện: theo chức năng, nhiệm vụ được giao.") is None
    assert all("chức năng" not in " ".join(lead) for _, lead in tasks)
    assert lead_of(tasks, "Giữ gìn cảnh quan ruộng bậc thang") is None


def test_the_assessment_and_the_targets_are_no_tasks() -> None:
    tasks = _tasks(PROGRAMME)
    for start in ("Lượng khách đến", "Nhiều hộ dân", "Sản phẩm du lịch còn", "80% số bản"):
        assert lead_of(tasks, start) is None


def test_points_each_with_its_own_carrier_keep_their_own() -> None:
    tasks = _tasks(DECISION_ROWS)
    assert lead_of(tasks, "Ban hành quy chế quản lý dữ liệu") == ("Sở Khoa học và Công nghệ",)
    assert lead_of(tasks, "Rà soát thủ tục hành chính") == ("Văn phòng Ủy ban nhân dân tỉnh",)


def test_the_front_party_committee_is_one_body() -> None:
    named = split_assignees("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh")
    assert named is not None and [a.name for a in named] == [
        "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"
    ]
    # the Front and the mass organisations themselves are two doers
    two = split_assignees("Mặt trận Tổ quốc, các đoàn thể tỉnh")
    assert two is not None and len(two) == 2


def test_carrier_bodies_split_at_semicolons_and_drop_partners() -> None:
    assert carrier_bodies("Cơ quan thực hiện: Sở Tài chính chủ trì; các sở, ngành phối hợp.") == [
        "Sở Tài chính"
    ]
    assert carrier_bodies("Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.") == [
        "Đảng ủy Ủy ban nhân dân tỉnh"
    ]
    assert carrier_bodies("Thời gian thực hiện: thường xuyên.") is None


# A rulebook whose management article charges two departments with duties listed under "…, bao
# gồm:", and whose execution article names its last group of bodies with a full stop.
RULEBOOK = """ỦY BAN NHÂN DÂN TỈNH NAM SƠN
Số: 31/2031/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nam Sơn, ngày 09 tháng 9 năm 2031

QUYẾT ĐỊNH
Ban hành Quy chế quản lý Cổng dữ liệu mở tỉnh Nam Sơn

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý Cổng dữ liệu mở tỉnh Nam Sơn.

Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 9 năm 2031.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình

QUY CHẾ
Quản lý Cổng dữ liệu mở tỉnh Nam Sơn

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý, vận hành Cổng dữ liệu mở tỉnh Nam Sơn (sau đây gọi là Cổng).

Điều 2. Đối tượng áp dụng

Các cơ quan nhà nước thuộc tỉnh Nam Sơn và tổ chức, cá nhân khai thác dữ liệu trên Cổng.

Chương II
QUY ĐỊNH CỤ THỂ

Điều 3. Tài khoản trên Cổng

Mỗi cơ quan được cấp một tài khoản để đăng tải dữ liệu lên Cổng.

Điều 4. Quản lý Cổng

1. Sở Khoa học và Công nghệ có trách nhiệm quản lý về kỹ thuật, bao gồm:

a) Bảo đảm máy chủ và đường truyền để Cổng vận hành liên tục.

b) Giám sát an toàn thông tin của Cổng, xử lý các sự cố kỹ thuật.

2. Sở Tài chính có trách nhiệm quản lý về nghiệp vụ, bao gồm:

a) Hướng dẫn các cơ quan chuẩn hóa dữ liệu trước khi đăng tải.

b) Đôn đốc các cơ quan cập nhật dữ liệu đúng thời hạn.

Điều 5. Hồ sơ đề nghị cấp tài khoản bao gồm:

a) Văn bản đề nghị của cơ quan;

b) Danh sách cán bộ được giao quản lý tài khoản.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 6. Trách nhiệm thực hiện

1. Sở Khoa học và Công nghệ

a) Theo dõi việc thực hiện Quy chế này, tổng hợp vướng mắc báo cáo Ủy ban nhân dân tỉnh.

2. Các cơ quan, tổ chức, đơn vị còn lại.

a) Cập nhật kịp thời dữ liệu thuộc phạm vi quản lý lên Cổng.

b) Rà soát, sửa lỗi dữ liệu đã đăng tải khi phát hiện sai sót.
"""


def test_a_rulebook_body_charged_with_listed_duties_gives_each_point() -> None:
    tasks = _tasks(RULEBOOK)
    assert lead_of(tasks, "Bảo đảm máy chủ và đường truyền") == ("Sở Khoa học và Công nghệ",)
    assert lead_of(tasks, "Giám sát an toàn thông tin của Cổng") == ("Sở Khoa học và Công nghệ",)
    assert lead_of(tasks, "Hướng dẫn các cơ quan chuẩn hóa") == ("Sở Tài chính",)
    assert lead_of(tasks, "Đôn đốc các cơ quan cập nhật") == ("Sở Tài chính",)
    # the charging line itself only leads into them
    assert lead_of(tasks, "Sở Tài chính có trách nhiệm quản lý") is None


def test_a_files_list_stays_out() -> None:
    tasks = _tasks(RULEBOOK)
    assert lead_of(tasks, "Văn bản đề nghị của cơ quan") is None
    assert lead_of(tasks, "Danh sách cán bộ được giao") is None


def test_a_group_named_with_a_full_stop_heads_its_points() -> None:
    tasks = _tasks(RULEBOOK)
    group = ("Các cơ quan, tổ chức, đơn vị còn lại",)
    assert lead_of(tasks, "Cập nhật kịp thời dữ liệu thuộc phạm vi") == group
    assert lead_of(tasks, "Rà soát, sửa lỗi dữ liệu") == group
    assert lead_of(tasks, "Theo dõi việc thực hiện Quy chế") == ("Sở Khoa học và Công nghệ",)


def test_things_listed_after_gom_are_still_no_work() -> None:
    letter = """ỦY BAN NHÂN DÂN HUYỆN NAM SƠN
Số: 210/UBND-VP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nam Sơn, ngày 03 tháng 3 năm 2031

Kính gửi: Ủy ban nhân dân các xã

Ủy ban nhân dân huyện gửi kèm bộ tài liệu tuyên truyền gồm:

1. Sổ tay hỏi đáp về chuyển đổi số;

2. Tờ gấp hướng dẫn cài đặt ứng dụng.

Đề nghị Ủy ban nhân dân các xã phát hành tài liệu đến các thôn trước ngày 20/3/2031.

CHỦ TỊCH

Lê Văn Nam
"""
    tasks = _tasks(letter)
    assert lead_of(tasks, "Sổ tay hỏi đáp") is None
    assert lead_of(tasks, "Tờ gấp hướng dẫn") is None
    # the request after the list stays a task (the counter-example alone asserted nothing)
    assert lead_of(tasks, "Đề nghị Ủy ban nhân dân các xã phát hành") == (
        "Ủy ban nhân dân các xã",
    )
