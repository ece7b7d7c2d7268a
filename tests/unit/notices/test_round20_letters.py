"""Round 20 (letters): duties a district letter, a conclusion notice or a plan gives a body on
paragraphs of their own, and the ones it lost.

A numbered line that only names a body, closed by a full stop ("5. Trung tâm Phát triển quỹ
đất.") heads every paragraph under it, one duty a paragraph; a paragraph that gives the same
body work again ("Giao Trung tâm … phối hợp …", "Đối với việc …: Giao Trung tâm …") is a duty of
its own. "UBND các xã: Hải Tiến, Giao Minh, …" only names bodies. "Phân giao …" and "Căn cứ Kế
hoạch của X chủ động xây dựng …" ask for work. A telegram's "điện khẩn A; B thực hiện các nhiệm
vụ sau:" asks A and B. A PDF line that stops well short of the text's width is no wrapped
line ("3. Trách nhiệm của các thành viên Ban Quản trị" then "Hỗ trợ …")."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.imperatives import asks_work
from notices.model import ParsedTask
from notices.paragraphs import build_paragraphs
from notices.task_basics import glued_clauses
from notices.telegrams import as_request

HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: 120/UBND-NC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nAn Phú, ngày 02 tháng 7 năm 2024\n\n"
    "Kính gửi:\n- Các phòng, ban chuyên môn thuộc huyện;\n- UBND các xã, thị trấn.\n\n"
    "Để khắc phục các tồn tại sau thanh tra, UBND huyện yêu cầu các cơ quan, đơn vị thực hiện "
    "các nội dung sau:\n\n"
)
SIGN = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"


# a last item of the list, so the item under test is one of several
LAST = "\n2. Phòng Nội vụ huyện\nRà soát biên chế của các đơn vị sự nghiệp trực thuộc.\n"


def _tasks(body: str, head: str = HEAD) -> list[ParsedTask]:
    tasks = parse_notice(head + body + LAST + SIGN).tasks
    return [t for t in tasks if t.lead != ("Phòng Nội vụ huyện",)]


def _starting(tasks: list[ParsedTask], opening: str) -> ParsedTask:
    found = [t for t in tasks if t.text.startswith(opening)]
    assert len(found) == 1, [t.text[:50] for t in tasks]
    return found[0]


# --- a body's name closed by a full stop over several paragraphs -----------------------------

NAME_LINE_BODY = (
    "1. Phòng Tài chính – Kế hoạch huyện.\n"
    "Rà soát, điều chỉnh dự toán chi thường xuyên của các đơn vị theo đúng quy định.\n\n"
    "Hướng dẫn các đơn vị xây dựng quy chế chi tiêu nội bộ chặt chẽ, đúng quy định.\n\n"
    "2. Trung tâm Phát triển quỹ đất.\n"
    "Tập hợp, xác định chi phí bồi thường của dự án hồ chứa nước còn dang dở và thực hiện "
    "quyết toán với Phòng Tài chính – Kế hoạch.\n\n"
    "Đối với việc truy thu số tiền đã đền bù cho các hộ dân theo Kết luận số 15/KL-STNMT ngày "
    "13/7/2023 của Sở Tài nguyên và Môi trường: Giao Trung tâm Phát triển quỹ đất làm việc với "
    "Sở Tài nguyên và Môi trường để thống nhất hướng giải quyết.\n\n"
    "Giao Trung tâm Phát triển quỹ đất phối hợp với UBND xã Bình Long làm việc với bà Lê Thị "
    "Hoa về việc nhận tiền bồi thường theo phương án đã phê duyệt.\n"
)


def test_a_name_line_closed_by_a_full_stop_heads_one_duty_a_paragraph() -> None:
    tasks = _tasks(NAME_LINE_BODY)
    assert [t.text[:20] for t in tasks] == [
        "Rà soát, điều chỉnh ",
        "Hướng dẫn các đơn vị",
        "Tập hợp, xác định ch",
        "Đối với việc truy th",
        "Giao Trung tâm Phát ",
    ]
    first, second = tasks[0], tasks[1]
    assert first.lead == second.lead == ("Phòng Tài chính – Kế hoạch huyện",)
    assert {t.lead for t in tasks[2:]} == {("Trung tâm Phát triển quỹ đất",)}


def test_a_paragraph_giving_the_same_body_work_again_is_its_own_duty() -> None:
    tasks = _tasks(NAME_LINE_BODY)
    assert _starting(tasks, "Giao Trung tâm").support == ("UBND xã Bình Long",)
    case = _starting(tasks, "Đối với việc truy thu")
    assert "Giao Trung tâm Phát triển quỹ đất làm việc" in case.text
    assert "phối hợp với UBND xã Bình Long" not in case.text


def test_a_name_line_without_its_full_stop_still_heads_its_paragraphs() -> None:
    name = "1. Phòng Tài chính – Kế hoạch huyện"
    body = NAME_LINE_BODY.replace(f"{name}.", name)
    tasks = _tasks(body)
    assert [t.lead for t in tasks[:2]] == [("Phòng Tài chính – Kế hoạch huyện",)] * 2


def test_the_title_body_as_plain_subject_goes_on_with_the_duty() -> None:
    # not "Giao …": the body named again as the subject explains the duty above, one task
    body = (
        "1. Trung tâm Y tế huyện.\n"
        "Tổ chức tiêm vắc xin cho trẻ em trong độ tuổi tại các trạm y tế xã.\n\n"
        "Trung tâm Y tế huyện chịu trách nhiệm về chất lượng vắc xin và an toàn tiêm chủng.\n"
    )
    tasks = _tasks(body)
    assert len(tasks) == 1
    assert tasks[0].lead == ("Trung tâm Y tế huyện",)


def test_a_paragraph_giving_another_body_work_stays_that_bodys() -> None:
    body = (
        "1. Trung tâm Y tế huyện.\n"
        "Tổ chức tiêm vắc xin cho trẻ em trong độ tuổi tại các trạm y tế xã.\n\n"
        "Giao Phòng Y tế huyện kiểm tra, giám sát việc tiêm chủng tại các xã.\n"
    )
    tasks = _tasks(body)
    assert [t.lead for t in tasks] == [("Trung tâm Y tế huyện",), ("Phòng Y tế huyện",)]


def test_a_sentence_closed_by_a_full_stop_is_no_name_line() -> None:
    # a line that gives its body work is no title: the paragraph under it goes on with it
    body = (
        "1. Trung tâm Y tế huyện tổ chức trực cấp cứu 24/24 giờ.\n"
        "Bố trí đủ xe cứu thương và nhân lực trong các ngày nghỉ lễ.\n"
    )
    tasks = _tasks(body)
    assert len(tasks) == 1
    assert tasks[0].text.startswith("Trung tâm Y tế huyện tổ chức trực cấp cứu")
    assert tasks[0].lead == ("Trung tâm Y tế huyện",)


# --- "giao dự toán": a budget handed out, no body given work --------------------------------


def test_giving_out_a_budget_does_not_end_the_duty() -> None:
    clauses = glued_clauses(
        "Chấn chỉnh việc tham mưu giao dự toán chi thường xuyên; giao dự toán, quyết toán kinh "
        "phí sự nghiệp kinh tế; thực hiện thẩm định quyết toán ngân sách đúng thời gian."
    )
    assert not any(roles.elsewhere for _, roles in clauses)


def test_a_budget_clause_keeps_the_next_paragraph_a_duty() -> None:
    body = (
        "1. Phòng Tài chính – Kế hoạch huyện.\n"
        "Chấn chỉnh việc tham mưu giao dự toán chi thường xuyên; giao dự toán, quyết toán kinh "
        "phí sự nghiệp kinh tế trong lĩnh vực nông nghiệp đúng quy định.\n\n"
        "Hướng dẫn các đơn vị dự toán xây dựng quy chế chi tiêu nội bộ theo đúng quy định.\n"
    )
    tasks = _tasks(body)
    assert [t.text[:12] for t in tasks] == ["Chấn chỉnh v", "Hướng dẫn cá"]


def test_giving_a_body_work_still_reads_as_an_assignment() -> None:
    clauses = glued_clauses("Giao Phòng Tài chính – Kế hoạch tham mưu bố trí kinh phí.")
    assert [a.name for a in clauses[0][1].leads] == ["Phòng Tài chính – Kế hoạch"]


# --- "UBND các xã: Hải Tiến, Giao Minh, …" names bodies only ----------------------------------

PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NAM HẢI\nSố: 75/KH-UBND\nNam Hải, ngày 04 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nPhát triển du lịch biển giai đoạn 2026 - 2030\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\nPhát triển du lịch biển bền vững.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
)


COMMUNES = ("Hải Tiến", "Giao Minh", "Giao Hòa", "Hải Xuân", "Hải Thịnh", "Rạng Đông", "Kim Đông")


def test_a_kind_of_body_and_its_members_after_a_colon_heads_the_points() -> None:
    body = (
        "1. Sở Du lịch\n\n- Chủ trì triển khai thực hiện Kế hoạch.\n\n"
        f"2. UBND các xã: {', '.join(COMMUNES)}\n\n"
        "- Xây dựng kế hoạch phát triển du lịch biển trên địa bàn.\n\n"
        "- Quản lý chặt chẽ hoạt động du lịch biển; bảo đảm an toàn cho du khách.\n"
    )
    tasks = _tasks(body, head=PLAN_HEAD)
    communes = tuple(f"UBND xã {name}" for name in COMMUNES)
    assert [t.lead for t in tasks] == [("Sở Du lịch",), communes, communes]


def test_a_body_then_its_work_after_a_colon_is_no_member_list() -> None:
    body = (
        "1. Sở Du lịch: Chủ trì, phối hợp với các sở xây dựng chương trình quảng bá du lịch "
        "biển.\n"
    )
    tasks = _tasks(body, head=PLAN_HEAD)
    assert [t.lead for t in tasks] == [("Sở Du lịch",)]


# --- work verbs the points were dropped for ----------------------------------------------------


@pytest.mark.parametrize(
    "point",
    [
        "Phân giao rõ trách nhiệm tự quản đối với các tuyến đường, khu sinh hoạt cộng đồng.",
        "Căn cứ Kế hoạch của Ban Thường vụ Đoàn xã chủ động xây dựng Kế hoạch triển khai "
        "tổ chức tốt các hoạt động chăm lo Tết.",
        "Căn cứ hướng dẫn của Sở khẩn trương rà soát danh sách học sinh.",
    ],
)
def test_a_point_opening_with_these_asks_for_work(point: str) -> None:
    assert asks_work(point)


@pytest.mark.parametrize(
    "line",
    [
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh.",
        "Căn cứ tình hình thực tế của địa phương.",
    ],
)
def test_a_basis_alone_asks_for_nothing(line: str) -> None:
    assert not asks_work(line)


# --- a telegram's "điện khẩn" asks the bodies it wires ---------------------------------------

TELEGRAM_HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: 34/CĐ-UBND\nAn Phú, ngày 17 tháng 5 năm 2024\n"
    "CÔNG ĐIỆN KHẨN\nVề việc phòng, chống dịch bệnh trên đàn lợn\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN điện:\n- Thủ trưởng các phòng, ban, đơn vị;\n"
    "- Chủ tịch UBND các xã, thị trấn.\n\n"
    "Dịch bệnh có nguy cơ lây lan rộng trên địa bàn huyện.\n\n"
)


def test_a_telegram_lead_in_names_who_does_the_items_naming_nobody() -> None:
    lead_in = (
        "Trước tình hình trên, Chủ tịch Ủy ban nhân dân huyện điện khẩn Thủ trưởng các phòng, "
        "ban, đơn vị; Chủ tịch UBND các xã, thị trấn tập trung thực hiện các nhiệm vụ sau:\n\n"
    )
    body = (
        "1. Chủ động túc trực 24/24 giờ, nắm bắt diễn biến dịch bệnh trên địa bàn.\n\n"
        "2. Giao Phòng Nông nghiệp tham mưu thành lập Ban chỉ đạo phòng chống dịch.\n"
    )
    tasks = _tasks(lead_in + body, head=TELEGRAM_HEAD)
    assert [t.lead for t in tasks] == [
        ("Thủ trưởng các phòng, ban, đơn vị", "Chủ tịch UBND các xã, thị trấn"),
        ("Phòng Nông nghiệp",),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Công điện khẩn số 12/CĐ-UBND, Sở Y tế triển khai như sau:",
        "Dự án Nhà máy điện Nhơn Trạch 3 được triển khai như sau:",
        "Tiết kiệm điện các cơ quan, đơn vị thực hiện như sau:",
    ],
)
def test_no_telegram_verb_in_these(text: str) -> None:
    assert as_request(text) == text


# --- a PDF line that stops well short of the width is no wrapped line ------------------------

FULL = "Ban hành Quyết định thành lập Ban Quản trị hệ thống phần mềm, ứng dụng quản lý"


def test_a_short_numbered_title_line_is_not_joined_to_the_next_line() -> None:
    lines = [
        FULL,
        "trường học, phân công nhiệm vụ cụ thể cho từng thành viên trong đơn vị mình.",
        "3. Trách nhiệm của các thành viên Ban Quản trị",
        "Hỗ trợ Hiệu trưởng phân quyền sử dụng phần mềm cho các cá nhân, tổ, nhóm,",
        "bộ phận liên quan trong nhà trường theo đúng quy định hiện hành của ngành.",
        FULL,
        "trường học theo đúng quy định của Bộ Giáo dục và Đào tạo về hồ sơ điện tử.",
    ]
    paragraphs = build_paragraphs(lines)
    assert "3. Trách nhiệm của các thành viên Ban Quản trị" in paragraphs


def test_a_numbered_line_filling_the_width_still_wraps_onto_the_next() -> None:
    lines = [
        FULL,
        "trường học, phân công nhiệm vụ cụ thể cho từng thành viên trong đơn vị mình.",
        "(i) Tập đoàn Điện lực Việt Nam phối hợp với Tổng công ty Truyền tải điện Quốc",
        "Gia rà soát tiến độ các dự án lưới điện truyền tải trên địa bàn các tỉnh.",
        FULL,
        "trường học theo đúng quy định của Bộ Giáo dục và Đào tạo về hồ sơ điện tử.",
    ]
    paragraphs = build_paragraphs(lines)
    assert any(p.startswith("(i) Tập đoàn") and "Gia rà soát" in p for p in paragraphs)


def test_an_indented_first_line_set_short_goes_on_with_its_name() -> None:
    # an item's first line, short by its indent, broken inside a name: no duty opens the next
    lines = [
        FULL,
        "trường học, phân công nhiệm vụ cụ thể cho từng thành viên trong đơn vị mình.",
        "8. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt",
        "Nam, Thông tấn xã Việt Nam kịp thời thông tin về tình hình mưa lũ trên địa bàn.",
        FULL,
        "trường học theo đúng quy định của Bộ Giáo dục và Đào tạo về hồ sơ điện tử.",
    ]
    paragraphs = build_paragraphs(lines)
    assert any(p.startswith("8. Đài Truyền hình") and "Nam, Thông tấn xã" in p for p in paragraphs)
