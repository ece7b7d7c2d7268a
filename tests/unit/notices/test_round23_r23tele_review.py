"""Round 23 (r23tele) review: a founding decision's lists narrowed.

A one-off team's duties stay tasks even with "quyền hạn"; a list of other agencies' duties is no
member list; only a decision (QĐ) whose title sets a named body up is a founding decision; work
handed out inside a mandate ("Giao Sở Y tế …") or dated stays; near variants of the mandate
heading and of the title are read; a point's own generic doer stays its lead; "BTL" of a course
("bài tập lớn") is no body."""

from __future__ import annotations

from notices import parse_notice
from notices.founding_lists import drop_founding_lists, founds_body

_HEAD = """ỦY BAN NHÂN DÂN
HUYỆN THANH SƠN
Số: {number}

{kind}
{title}

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

"""


def _decision(
    title: str, body: str, *, number: str = "45/QĐ-UBND", kind: str = "QUYẾT ĐỊNH"
) -> str:
    return _HEAD.format(number=number, kind=kind, title=title) + body


INSPECTION = _decision(
    "Về việc thành lập Đoàn kiểm tra công tác phòng cháy, chữa cháy năm 2026",
    """Điều 1. Thành lập Đoàn kiểm tra công tác phòng cháy, chữa cháy năm 2026 trên địa bàn huyện.

Điều 2. Đoàn kiểm tra có nhiệm vụ và quyền hạn sau:

1. Kiểm tra công tác phòng cháy, chữa cháy tại các cơ quan, đơn vị từ ngày 02/3/2026 đến ngày \
20/3/2026.

2. Lập biên bản kiểm tra, kiến nghị xử lý các vi phạm.

3. Báo cáo kết quả kiểm tra về Ủy ban nhân dân huyện trước ngày 31/3/2026.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
""",
)


def test_a_one_off_teams_duties_and_powers_stay_tasks() -> None:
    notice = parse_notice(INSPECTION)
    assert len(notice.tasks) == 3
    assert str(notice.tasks[2].deadline) == "2026-03-31"
    assert all(task.lead == ("Đoàn kiểm tra",) for task in notice.tasks)


EPIDEMIC = _decision(
    "Về việc kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh huyện",
    """Điều 1. Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh huyện.

Điều 2. Thành viên Ban Chỉ đạo gồm có:

Phó Chủ tịch Ủy ban nhân dân huyện, Trưởng ban;

Trưởng phòng Y tế huyện, Phó Trưởng ban thường trực.

Điều 3. Trách nhiệm của các cơ quan, đơn vị liên quan gồm:

1. Sở Y tế hướng dẫn chuyên môn về phòng, chống dịch bệnh trước ngày 15/5/2026.

2. Sở Thông tin và Truyền thông tuyên truyền về phòng, chống dịch bệnh.

Điều 4. Quyết định này có hiệu lực kể từ ngày ký./.
""",
)


def test_other_agencies_duties_are_no_member_list() -> None:
    notice = parse_notice(EPIDEMIC)
    assert [task.lead for task in notice.tasks] == [
        ("Sở Y tế",),
        ("Sở Thông tin và Truyền thông",),
    ]


MERGER_PLAN = """ỦY BAN NHÂN DÂN
HUYỆN THANH SƠN
Số: 30/KH-UBND

KẾ HOẠCH
Sáp nhập các thôn, tổ dân phố trên địa bàn huyện năm 2026

I. TỔ CHỨC THỰC HIỆN

1. Các cơ quan, đơn vị thực hiện gồm:

- Phòng Nội vụ chủ trì, hướng dẫn các xã xây dựng đề án sáp nhập thôn trước ngày 30/4/2026.

- Ủy ban nhân dân các xã lấy ý kiến cử tri về việc sáp nhập thôn trước ngày 31/5/2026.

- Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện sáp nhập thôn.
"""


def test_a_plan_that_merges_villages_is_no_founding_decision() -> None:
    assert len(parse_notice(MERGER_PLAN).tasks) == 3
    assert not founds_body("Sáp nhập các thôn, tổ dân phố trên địa bàn huyện năm 2026", ("KH",))
    assert not founds_body("Củng cố, nâng cao chất lượng hoạt động của tổ hòa giải", ("QĐ",))
    assert not founds_body("Tổ chức lại hoạt động của chợ đêm", ("QĐ",))
    assert founds_body("V/v thành lập Hội đồng thi đua, khen thưởng", ("QĐ",))
    assert founds_body("Ve viec thanh lap Ban Chi dao phong chong thien tai", ("QĐ",))
    assert founds_body("Về việc kiện toàn thành viên Ban Chỉ đạo", ("QĐ",))


STEERING = _decision(
    "Về việc thành lập Ban Chỉ đạo phòng, chống dịch bệnh huyện",
    """Điều 1. Thành lập Ban Chỉ đạo phòng, chống dịch bệnh huyện.

Điều 2. Nhiệm vụ, quyền hạn của Ban Chỉ đạo

1. Chỉ đạo, điều phối các hoạt động phòng, chống dịch bệnh trên địa bàn huyện.

2. Giao Sở Y tế là cơ quan thường trực, tham mưu Trưởng ban ban hành Quy chế hoạt động trong \
thời hạn 15 ngày kể từ ngày ký Quyết định này.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
""",
)


def test_work_handed_out_inside_a_mandate_stays() -> None:
    notice = parse_notice(STEERING)
    assert [task.lead for task in notice.tasks] == [("Sở Y tế",)]


COUNCIL = _decision(
    "Về việc thành lập Hội đồng thẩm định giá đất huyện",
    """Điều 1. Thành lập Hội đồng thẩm định giá đất huyện.

Điều 2. Hội đồng có các nhiệm vụ, quyền hạn chủ yếu sau:

1. Thẩm định phương án giá đất trình Ủy ban nhân dân huyện.

2. Đề xuất điều chỉnh giá đất khi giá thị trường biến động.

3. Chủ tịch Hội đồng trình Ủy ban nhân dân huyện ban hành Quy chế hoạt động trước ngày 30/6/2026.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
""",
)


def test_near_variants_of_the_mandate_heading() -> None:
    leads = [("Chủ tịch Hội đồng",)]
    assert [task.lead for task in parse_notice(COUNCIL).tasks] == leads
    bare = COUNCIL.replace(
        "Hội đồng có các nhiệm vụ, quyền hạn chủ yếu sau:",
        "Hội đồng có nhiệm vụ và quyền hạn sau đây",
    )
    assert [task.lead for task in parse_notice(bare).tasks] == leads
    vv = COUNCIL.replace("Về việc thành lập", "V/v thành lập")
    assert [task.lead for task in parse_notice(vv).tasks] == leads


def test_a_make_up_list_keeps_only_its_work() -> None:
    body = [
        "Điều 3. Thành viên Hội đồng gồm có:",
        "Giám đốc Sở Tư pháp, Phó Chủ tịch Thường trực;",
        "Giao Sở Tư pháp tham mưu ban hành Quy chế hoạt động của Hội đồng.",
        "Các thành viên Hội đồng có trách nhiệm tham dự đầy đủ các phiên họp.",
        "Thường trực Hội đồng tổng hợp danh sách trước ngày 30/6/2026.",
        "Trưởng phòng Tư pháp, Ủy viên.",
    ]
    title = "Về việc thành lập Hội đồng phối hợp phổ biến, giáo dục pháp luật"
    assert drop_founding_lists(body, title=title, type_codes=("QĐ",)) == body[:1] + body[2:5]


TELEGRAM = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 12/CĐ-UBND

CÔNG ĐIỆN
Về việc ứng phó với bão số 4

Ngày 12/9/2024, Ủy ban nhân dân tỉnh đã có công điện gửi các đơn vị với nội dung:

Thực hiện chỉ đạo của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh đề nghị các đơn vị:

1. Theo dõi chặt chẽ diễn biến của bão, thông tin kịp thời cho người dân.

2. Sở Công Thương bảo đảm an toàn hệ thống điện.

3. Các cơ quan, đơn vị báo cáo kết quả thực hiện trước 17 giờ ngày 13/9/2024.
"""


def test_a_points_own_generic_doer_stays_its_lead() -> None:
    tasks = parse_notice(TELEGRAM).tasks
    assert tasks[-1].lead == ("Các cơ quan, đơn vị",)


COURSE = """TRƯỜNG ĐẠI HỌC XÂY DỰNG HÀ NỘI
KHOA CÔNG NGHỆ THÔNG TIN
Số: 88/TB-CNTT

THÔNG BÁO
Về việc nộp bài tập lớn học kỳ I năm học 2025-2026

Kính gửi: Sinh viên các lớp khóa K68.

Khoa Công nghệ thông tin thông báo như sau:

1. BTL các học phần chuyên ngành nộp bản mềm qua hệ thống LMS trước ngày 20/12/2025.
"""


def test_a_course_project_abbreviated_btl_is_no_body() -> None:
    leads = [name for task in parse_notice(COURSE).tasks for name in task.lead]
    assert not any(name.startswith("BTL") for name in leads)
