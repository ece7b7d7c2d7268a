"""Round 17 (K39): where a lead's name ends, and which names a lead span holds.

Invented sentences in several phrasings, with near misses that must keep today's reading.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze, scan_subject
from notices.names import split_assignees
from notices.task_headings import heading_assignees
from notices.text import match_form


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


# -- "lãnh đạo" after a whole body's name and before the body it leads is the verb ------------


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        (
            "Giao Ban Thường vụ Đảng ủy Khối lãnh đạo Ủy ban nhân dân tỉnh hoàn thành sắp xếp.",
            "Ban Thường vụ Đảng ủy Khối",
        ),
        (
            "Đảng ủy Sở Nội vụ lãnh đạo các chi bộ trực thuộc tổ chức hội nghị quán triệt.",
            "Đảng ủy Sở Nội vụ",
        ),
        ("Huyện ủy lãnh đạo UBND huyện triển khai kế hoạch này.", "Huyện ủy"),
        (
            "Giao Ban cán sự đảng Bộ Tư pháp lãnh đạo Bộ Tư pháp rà soát các văn bản liên quan.",
            "Ban cán sự đảng Bộ Tư pháp",
        ),
    ],
)
def test_leading_a_body_ends_the_name(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        # the leadership of a body, a noun: the name goes on
        ("Giao Ban lãnh đạo Sở xây dựng kế hoạch chi tiết.", "Ban lãnh đạo Sở"),
        ("Thủ trưởng, lãnh đạo các phòng thực hiện nghiêm túc.", "Thủ trưởng, lãnh đạo các phòng"),
        # the verb pair, as before
        ("Đảng ủy Sở Y tế lãnh đạo, chỉ đạo các chi bộ triển khai.", "Đảng ủy Sở Y tế"),
    ],
)
def test_leadership_nouns_stay_in_the_name(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


def test_giam_doc_and_leaders_of_units_stay_two_names() -> None:
    assert _leads("Ban Giám đốc và lãnh đạo các khoa triển khai ngay.") == [
        "Ban Giám đốc",
        "lãnh đạo các khoa",
    ]


# -- "tùy theo …" after the subject is an adverbial: the name ends before it ---------------------


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        ("Các đơn vị tùy theo điều kiện thực tế để tổ chức lấy ý kiến giáo viên.", "Các đơn vị"),
        ("Các trường tuỳ vào tình hình thực tế bố trí giáo viên trực.", "Các trường"),
        ("Ủy ban nhân dân các xã tùy điều kiện cụ thể tổ chức ra quân.", "Ủy ban nhân dân các xã"),
    ],
)
def test_depending_on_ends_the_name(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


# -- a group noun with its members in brackets: the members lead --------------------------------


def test_members_in_brackets_replace_the_group_before_an_unknown_verb() -> None:
    clause = (
        "Các cơ quan chuyên trách bảo vệ rừng (Hạt Kiểm lâm, Công an huyện, Ban Chỉ huy Quân sự "
        "huyện) chia sẻ thông tin về điểm cháy cho các xã."
    )
    assert _leads(clause) == ["Hạt Kiểm lâm", "Công an huyện", "Ban Chỉ huy Quân sự huyện"]


def test_members_in_brackets_then_a_known_verb() -> None:
    clause = "Các cơ quan báo chí (Báo Lào Cai, Đài Phát thanh tỉnh) đưa tin về hội nghị."
    assert _leads(clause) == ["Báo Lào Cai", "Đài Phát thanh tỉnh"]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # brackets that name no bodies, and another name after the brackets: as before
        ("Các đơn vị (trừ các trường mầm non) tổng hợp danh sách gửi về Phòng.", ["Các đơn vị"]),
        (
            "Các cơ quan thường trực (Sở Y tế, Sở Tài chính) và Ủy ban nhân dân huyện thực hiện.",
            ["Các cơ quan thường trực", "Ủy ban nhân dân huyện"],
        ),
        (
            "Các cơ quan (Sở Y tế, Sở Tài chính) có liên quan chủ động thực hiện.",
            ["Các cơ quan có liên quan"],
        ),
    ],
)
def test_brackets_near_misses(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


# -- a capitalised verb right after the dash of a name is its second field ---------------------


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        ("Phòng Hành chính - Tổng hợp kiểm tra thể thức văn bản.", "Phòng Hành chính - Tổng hợp"),
        ("Giao Phòng Tổ chức - Kiểm tra rà soát hồ sơ thi đua.", "Phòng Tổ chức - Kiểm tra"),
        (
            "Phòng Đào tạo - Quản lý khoa học tổng hợp danh sách đề tài.",
            "Phòng Đào tạo - Quản lý khoa học",
        ),
        # near misses: a verb with its object, or a role, after the dash is the work
        ("Sở Y tế - Tổng hợp kết quả, báo cáo UBND tỉnh.", "Sở Y tế"),
        ("Sở Y tế - Chủ trì thực hiện.", "Sở Y tế"),
        ("Phòng Tài chính - Kế hoạch cân đối nguồn vốn.", "Phòng Tài chính - Kế hoạch"),
        (
            "Phòng Lao động - Thương binh và Xã hội chủ trì thực hiện.",
            "Phòng Lao động - Thương binh và Xã hội",
        ),
    ],
)
def test_dashed_second_field(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


def test_dashed_second_field_in_a_heading() -> None:
    assert heading_assignees("Phòng Hành chính - Tổng hợp:") == ["Phòng Hành chính - Tổng hợp"]


# -- a second head title over a plural group after a titled name is one more name ---------------


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        (
            "Người đứng đầu cấp ủy, chính quyền các cấp, thủ trưởng các cơ quan, đơn vị",
            ["Người đứng đầu cấp ủy, chính quyền các cấp", "thủ trưởng các cơ quan, đơn vị"],
        ),
        (
            "Thủ trưởng cơ quan, đơn vị, người đứng đầu các địa phương",
            ["Thủ trưởng cơ quan, đơn vị", "người đứng đầu các địa phương"],
        ),
        (
            "Chủ tịch Ủy ban nhân dân xã, thủ trưởng các ban, ngành đoàn thể xã",
            ["Chủ tịch Ủy ban nhân dân xã", "thủ trưởng các ban, ngành đoàn thể xã"],
        ),
        # near misses: one title over two plural groups, a bare title joined to the next
        (
            "người đứng đầu các cơ quan chuyên môn, các đơn vị sự nghiệp",
            ["người đứng đầu các cơ quan chuyên môn, các đơn vị sự nghiệp"],
        ),
        ("Giám đốc, Thủ trưởng các sở, ban ngành", ["Giám đốc, Thủ trưởng các sở, ban ngành"]),
        ("Lãnh đạo các phòng, cán bộ các bộ phận", ["Lãnh đạo các phòng, cán bộ các bộ phận"]),
    ],
)
def test_second_titled_group(phrase: str, names: list[str]) -> None:
    found = split_assignees(phrase)
    assert found is not None
    assert [n.name for n in found] == names


# -- a heading that asks a body ("Giao X <verb> …:") names X only --------------------------------

_PARTY_DIRECTIVE = """TỈNH ỦY QUẢNG TRỊ
Số: 12-CT/TU
Quảng Trị, ngày 10 tháng 3 năm 2026

CHỈ THỊ
Về tăng cường chuyển đổi số trong cơ quan đảng

1. Giao Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo thực hiện có hiệu quả các nhiệm \
vụ, giải pháp của Đề án, tập trung vào:
1.1. Hoàn thiện cơ sở dữ liệu dân cư của tỉnh trong năm 2026.
1.2. Rà soát thủ tục hành chính để cung cấp dịch vụ công trực tuyến toàn trình.
2. Đề nghị Đảng ủy Công an tỉnh chỉ đạo lực lượng công an các cấp thực hiện các việc sau:
2.1. Làm sạch dữ liệu căn cước của người dân.
2.2. Hướng dẫn người dân cài đặt ứng dụng định danh điện tử.

T/M BAN THƯỜNG VỤ
BÍ THƯ
Nguyễn Văn Bình
"""


def test_an_asking_heading_names_only_its_body() -> None:
    notice = parse_notice(_PARTY_DIRECTIVE)
    leads = {task.ref: task.lead for task in notice.tasks}
    assert leads["1.1"] == ("Ban cán sự đảng Ủy ban nhân dân tỉnh",)
    assert leads["1.2"] == ("Ban cán sự đảng Ủy ban nhân dân tỉnh",)
    assert leads["2.1"] == ("Đảng ủy Công an tỉnh",)


@pytest.mark.parametrize(
    ("heading", "names"),
    [
        (
            "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các hoạt động sau:",
            ["Sở Văn hóa, Thể thao và Du lịch"],
        ),
        (
            "Đề nghị Ban Chỉ đạo chuyển đổi số tỉnh quan tâm chỉ đạo:",
            ["Ban Chỉ đạo chuyển đổi số tỉnh"],
        ),
        ("Giao Ủy ban nhân dân các huyện, thành phố:", ["Ủy ban nhân dân các huyện, thành phố"]),
    ],
)
def test_asking_headings_near_misses(heading: str, names: list[str]) -> None:
    assert heading_assignees(heading) == names


# -- "là <role> <object>" after a body written with its proper name describes it -----------------


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        (
            "Các Ban Quản lý Dự án trên địa bàn huyện là chủ đầu tư các công trình thủy lợi rà "
            "soát hồ sơ.",
            "Các Ban Quản lý Dự án trên địa bàn huyện",
        ),
        (
            "Ban Quản lý Khu Công nghệ cao là chủ đầu tư dự án hạ tầng phải hoàn thành thủ tục.",
            "Ban Quản lý Khu Công nghệ cao",
        ),
        # a bare kind needs its qualifier; a qualifier with no object stays: as before
        ("Các chủ rừng là tổ chức thực hiện trồng rừng thay thế.", "Các chủ rừng là tổ chức"),
        (
            "Các Ban Quản lý dự án là chủ đầu tư chủ động bố trí kinh phí.",
            "Các Ban Quản lý dự án là chủ đầu tư",
        ),
    ],
)
def test_relative_clause_after_a_named_body(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


# -- a field verb closing a proper name before the clause's role ---------------------------------


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        (
            "Cục Kết cấu hạ tầng xây dựng tham mưu việc chỉ đạo ứng phó.",
            "Cục Kết cấu hạ tầng xây dựng",
        ),
        (
            "Hiệp hội Nhà thầu xây dựng hoàn thành đại hội trong quý IV.",
            "Hiệp hội Nhà thầu xây dựng",
        ),
        # near misses: the verb with its object, serial verbs
        ("Sở Y tế xây dựng kế hoạch tiêm chủng.", "Sở Y tế"),
        ("UBND tỉnh đầu tư xây dựng trường học.", "UBND tỉnh"),
        ("Ủy ban nhân dân huyện xây dựng hoàn thành kế hoạch.", "Ủy ban nhân dân huyện"),
    ],
)
def test_field_verb_in_a_proper_name(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


# -- a writer that guides its readers names no doer of the points --------------------------------

_GUIDANCE_LETTER = """BỘ Y TẾ
Số: 215/BYT-KCB
V/v hướng dẫn khám sức khỏe học sinh
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 4 tháng 3 năm 2026

Kính gửi:
- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;
- Cục Y tế, Bộ Công an.

Trước diễn biến phức tạp của dịch sởi, thực hiện chỉ đạo của Thủ tướng Chính phủ, ngày \
10/01/2026, Bộ Y tế đã ban hành Thông tư số 02/2026/TT-BYT quy định khám sức khỏe định kỳ cho học \
sinh. Để bảo đảm sức khỏe học sinh trong năm học mới, Bộ Y tế hướng dẫn thực hiện khám sức khỏe \
định kỳ cho học sinh. Cụ thể như sau:

1. Rà soát danh sách các cơ sở khám bệnh đủ điều kiện trước ngày 30/4/2026.

2. Tổng hợp kết quả khám, báo cáo Bộ Y tế trước ngày 31/5/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Thuấn
"""


def test_a_writer_guiding_its_readers_leaves_the_points_to_the_addressees() -> None:
    notice = parse_notice(_GUIDANCE_LETTER)
    addressees = ("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "Cục Y tế", "Bộ Công an")
    assert [task.lead for task in notice.tasks] == [addressees, addressees]


def test_a_writer_guiding_named_units_still_names_them() -> None:
    text = _GUIDANCE_LETTER.replace(
        "Bộ Y tế hướng dẫn thực hiện khám sức khỏe định kỳ cho học sinh. Cụ thể như sau:",
        "Bộ Y tế hướng dẫn các bệnh viện tỉnh thực hiện khám sức khỏe định kỳ như sau:",
    )
    assert parse_notice(text).tasks[0].lead == ("các bệnh viện tỉnh",)


def test_a_department_named_by_three_fields_is_one_name() -> None:
    found = split_assignees("Sở Giáo dục, Khoa học và Công nghệ tỉnh Bạc Liêu")
    assert found is not None
    assert [n.name for n in found] == ["Sở Giáo dục, Khoa học và Công nghệ tỉnh Bạc Liêu"]


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        (
            "Báo Nhân dân, Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí",
            ["Báo Nhân dân", "Thông tấn xã Việt Nam", "hệ thống các cơ quan báo chí"],
        ),
        (
            "Đài Phát thanh tỉnh và hệ thống truyền thanh cơ sở",
            ["Đài Phát thanh tỉnh", "hệ thống truyền thanh cơ sở"],
        ),
        # a capitalised field of a name, and a plural group before it: as before
        (
            "Trung tâm Thông tin và Hệ thống dữ liệu tỉnh",
            ["Trung tâm Thông tin và Hệ thống dữ liệu tỉnh"],
        ),
        ("các đơn vị và hệ thống truyền thanh", ["các đơn vị và hệ thống truyền thanh"]),
    ],
)
def test_a_network_after_a_named_body_is_one_more_name(phrase: str, names: list[str]) -> None:
    found = split_assignees(phrase)
    assert found is not None
    assert [n.name for n in found] == names


@pytest.mark.parametrize(
    ("heading", "names"),
    [
        # names only: a kind named by its work, a public unit ("công lập" is no verb "lập")
        (
            "Đề nghị các tổ chức cung cấp dịch vụ chi trả",
            ["các tổ chức cung cấp dịch vụ chi trả"],
        ),
        (
            "Giao người đứng đầu các đơn vị sự nghiệp công lập trực thuộc Sở; Chủ tịch Ủy ban "
            "nhân dân các xã, phường",
            [
                "người đứng đầu các đơn vị sự nghiệp công lập trực thuộc Sở",
                "Chủ tịch Ủy ban nhân dân các xã, phường",
            ],
        ),
    ],
)
def test_names_only_asking_headings_keep_their_names(heading: str, names: list[str]) -> None:
    assert heading_assignees(heading) == names


def test_a_long_list_asked_before_its_colon_is_read_to_its_colon() -> None:
    # each name of a ";" list is bounded, not the whole list; "được Đảng, Nhà nước giao nhiệm
    # vụ" qualifies a group; "công lập" is no verb "lập"
    names = (
        "các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân tỉnh; "
        "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh; các đơn vị sự nghiệp công "
        "lập, các doanh nghiệp nhà nước trực thuộc Ủy ban nhân dân tỉnh; các Hội được Đảng, Nhà "
        "nước giao nhiệm vụ trên địa bàn tỉnh; Hội đồng nhân dân, Ủy ban nhân dân các xã, phường "
        "và thị trấn"
    )
    text = f"{names}: tổ chức đánh giá, xếp loại chất lượng cán bộ năm 2026."
    span = scan_subject(text, match_form(text), 0)
    assert span is not None
    assert (span.term, text[: span.end]) == (":", names)


def test_assigned_by_an_agent_then_the_work_is_no_qualifier() -> None:
    # "được Bộ Y tế giao thực hiện …": the passive is the clause's own verb, as before
    assert _leads("Sở Y tế được Bộ Y tế giao thực hiện thí điểm mô hình.") == []
