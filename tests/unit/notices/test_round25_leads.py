"""Round 25 (leads): a letter's point that names its own group leads with that group.

A department's letter to its schools: "Các đơn vị chủ động …", "Nhà trường duy trì …", "Sau kỳ
nghỉ Tết, các đơn vị phải …" name who does the point, as written (not the "Kính gửi" list); the
points that name nobody are the lead-in's ("… (sau đây gọi chung là các nhà trường) thực hiện …
như sau:" gives the list one name; "… hướng dẫn các đơn vị, trường học nghỉ Tết … như sau:" names
the group guided). Under a heading's body ("1. Sở Y tế:") "Các đơn vị …" still means that body.
Short documents in the shape of the corpus's Hà Nội education letters.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

HEAD = (
    "UBND THÀNH PHỐ HÀ NỘI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 557/SGDĐT-CTTT\n"
    "V/v chuẩn bị các điều kiện khi học sinh trở lại trường\n"
    "Hà Nội, ngày 26 tháng 02 năm 2021\n\n"
    "Kính gửi:\n- Phòng Giáo dục và Đào tạo các quận, huyện, thị xã;\n"
    "- Các đơn vị trực thuộc Sở.\n\n"
)
SIGN = "\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nPhạm Văn Đại\n"
_ASKS = (
    "Sở GDĐT đề nghị phòng GDĐT các quận, huyện, thị xã; các cơ sở giáo dục mầm non trên địa "
    "bàn; các trường trực thuộc Sở{alias} thực hiện các nội dung sau:"
)


def _tasks(lead_in: str, *points: str, head: str = HEAD) -> list[tuple[str, list[str]]]:
    body = "\n\n".join(f"{n}. {p}" for n, p in enumerate(points, 1))
    notice = parse_notice(f"{head}{lead_in}\n\n{body}{SIGN}")
    return [(task.text, list(task.lead)) for task in notice.tasks]


def _leads(lead_in: str, *points: str, head: str = HEAD) -> list[list[str]]:
    return [lead for _, lead in _tasks(lead_in, *points, head=head)]


@pytest.mark.parametrize(
    ("point", "lead"),
    [
        ("Các đơn vị chủ động phối hợp với cơ quan y tế địa phương.", "Các đơn vị"),
        ("Các đơn vị khẩn trương ổn định nền nếp dạy và học.", "Các đơn vị"),
        ("Nhà trường duy trì thực hiện vệ sinh trường, lớp.", "Nhà trường"),
        ("Các nhà trường thông báo cụ thể lịch nghỉ Tết đến học sinh.", "Các nhà trường"),
        ("Sau kỳ nghỉ Tết, các đơn vị phải khẩn trương ổn định nền nếp.", "các đơn vị"),
    ],
)
def test_point_naming_its_own_group_leads_with_it(point: str, lead: str) -> None:
    leads = _leads(_ASKS.format(alias=""), point, "Rà soát các điều kiện tổ chức hoạt động.")
    assert leads[0] == [lead]
    # counter-example: the point that names nobody keeps the lead-in's list
    assert leads[1] == [
        "Phòng GDĐT các quận, huyện, thị xã",
        "các cơ sở giáo dục mầm non trên địa bàn",
        "các trường trực thuộc Sở",
    ]


def test_lead_in_alias_names_the_doers_of_points_naming_nobody() -> None:
    lead_in = _ASKS.format(alias=" (sau đây gọi chung là các nhà trường)")
    leads = _leads(
        lead_in,
        "Tập trung tuyên truyền các biện pháp phòng, chống dịch cho học sinh.",
        "Các đơn vị khẩn trương ổn định nền nếp dạy và học.",
    )
    assert leads == [["các nhà trường"], ["Các đơn vị"]]


def test_alias_with_guided_bodies() -> None:
    lead_in = (
        "Bảo hiểm xã hội Việt Nam hướng dẫn BHXH các tỉnh, thành phố trực thuộc Trung ương, "
        "BHXH Bộ Quốc phòng (sau đây gọi chung là BHXH các tỉnh) bổ sung, điều chỉnh định dạng "
        "file dữ liệu như sau:"
    )
    head = (
        "BẢO HIỂM XÃ HỘI VIỆT NAM\nSố: 3360/BHXH-CSYT\nV/v định dạng dữ liệu\n"
        "Hà Nội, ngày 20 tháng 8 năm 2015\n\n"
        "Kính gửi:\n- Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương;\n"
        "- Bảo hiểm xã hội Bộ Quốc phòng.\n\n"
    )
    leads = _leads(
        lead_in, "Điều chỉnh, bổ sung các chỉ tiêu và định dạng file dữ liệu.", head=head
    )
    assert leads == [["BHXH các tỉnh"]]


@pytest.mark.parametrize(
    "alias",
    [
        # a document's short name, a thing's, the people's: no doer named
        " (sau đây gọi tắt là Chỉ thị 79)",
        " (sau đây gọi chung là hồ sơ điện tử)",
        " (gọi chung là công chức, viên chức)",
    ],
)
def test_alias_of_no_body_leaves_the_list(alias: str) -> None:
    leads = _leads(_ASKS.format(alias=alias), "Rà soát các điều kiện tổ chức hoạt động.")
    assert leads[0][0] == "Phòng GDĐT các quận, huyện, thị xã"


def test_alias_in_the_grounds_names_no_doer() -> None:
    # counter-example: the parenthesis comes before the request, in what the letter cites
    lead_in = (
        "Thực hiện Chỉ thị số 79/CT-BGDĐT của các cơ sở giáo dục (sau đây gọi chung là các nhà "
        "trường) về phòng dịch, Sở GDĐT đề nghị các trường trực thuộc Sở thực hiện như sau:"
    )
    leads = _leads(lead_in, "Rà soát các điều kiện tổ chức hoạt động.")
    assert leads == [["các trường trực thuộc Sở"]]


def test_guided_group_leads_points_naming_nobody() -> None:
    lead_in = (
        "Thực hiện Thông báo số 585/TB-VP của UBND Thành phố, Sở GDĐT Hà Nội hướng dẫn các đơn "
        "vị, trường học nghỉ Tết Nguyên đán Tân Sửu năm 2021, như sau:"
    )
    leads = _leads(
        lead_in,
        "Thực hiện nghiêm túc Chỉ thị số 44/CT-TTg ngày 21/12/2020 của Thủ tướng Chính phủ.",
        "Các nhà trường thông báo cụ thể lịch nghỉ Tết đến học sinh.",
    )
    assert leads == [["các đơn vị, trường học"], ["Các nhà trường"]]


def test_guided_what_names_no_group() -> None:
    # counter-example: "hướng dẫn các đơn vị nội dung …" says what, the addressees do the points
    lead_in = "Sở GDĐT hướng dẫn các đơn vị nội dung nghỉ Tết như sau:"
    leads = _leads(lead_in, "Thực hiện nghiêm túc Chỉ thị số 44/CT-TTg của Thủ tướng Chính phủ.")
    assert leads == [
        ["Phòng Giáo dục và Đào tạo các quận, huyện, thị xã", "Các đơn vị trực thuộc Sở"]
    ]


def test_generic_group_under_a_body_heading_means_that_body() -> None:
    # counter-example: under "1. Sở Y tế:" the points' "Các đơn vị" is the heading's body
    text = (
        "ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhòng chống dịch\n\n"
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế:\n\n"
        "- Các đơn vị chủ động phối hợp với cơ quan y tế địa phương.\n\n"
        "2. Sở Giáo dục và Đào tạo:\n\n- Rà soát các điều kiện tổ chức hoạt động.\n"
        "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn B\n"
    )
    leads = [list(task.lead) for task in parse_notice(text).tasks]
    assert leads[0] == ["Sở Y tế"]


def test_school_writer_speaks_of_itself() -> None:
    # counter-example: a school's own notice; "Nhà trường …" is the writer, not a doer asked
    head = (
        "TRƯỜNG ĐẠI HỌC ĐIỆN LỰC\nSố: 275/TB-ĐHĐL\nTHÔNG BÁO\nVề kế hoạch giảng dạy\n\n"
        "Kính gửi: Các khoa, phòng.\n\n"
    )
    tasks = _tasks(
        "Nhà trường thông báo kế hoạch giảng dạy như sau:",
        "Nhà trường tổ chức kiểm tra việc giảng dạy của các khoa.",
        "Các khoa rà soát lịch giảng dạy.",
        head=head,
    )
    assert all(lead != ["Nhà trường"] for _, lead in tasks)


@pytest.mark.parametrize(
    "point",
    [
        "Nhà trường sẽ đăng tải các thông báo trên cổng thông tin.",
        "Nhà trường đã hoàn thành việc khử khuẩn trường, lớp.",
        # a permission (sgd-2703): no work asked
        "Nhà trường có thể cung cấp mẫu đồng phục cho phụ huynh tham khảo.",
    ],
)
def test_school_narrated_is_no_subject(point: str) -> None:
    # counter-example: a future or a past narrates; no group leads with it
    leads = _leads(_ASKS.format(alias=""), point)
    assert all(lead != ["Nhà trường"] for lead in leads)


def test_generic_group_asked_by_a_bare_request_is_the_addressees() -> None:
    # counter-example: "Sở GDĐT đề nghị:" names nobody; the points are what it asks of the
    # addressees, and "Các đơn vị …" in them means those ("Mỗi đơn vị …" too: each of them)
    leads = _leads(
        "Để chuẩn bị cho học sinh trở lại trường, Sở GDĐT đề nghị:",
        "Các đơn vị chủ động phối hợp với cơ quan y tế địa phương.",
        "Mỗi đơn vị rà soát các điều kiện tổ chức hoạt động.",
    )
    addressees = ["Phòng Giáo dục và Đào tạo các quận, huyện, thị xã", "Các đơn vị trực thuộc Sở"]
    assert leads == [addressees, addressees]
