"""Round 20 (leads): which heading or lead-in a point inherits, and where a lead's name ends.

A lettered "b) Đối với <doer>:" between the dashes of a numbered item opens its own dashes; a
holder ("chủ vật nuôi") so named leads them. A numbered line that is only a body's name closed by
a full stop ("5. Trung tâm Phát triển quỹ đất.") is a heading, each paragraph under it a duty. A
sub-number ("2.1.") that names nobody is the work of the body its item's sentence names. "các
Thôn, Xóm, Tổ dân phố" is one group; "Đảng ủy - UBND các xã, thị trấn" two doers of the same
places; "UB MTTQ" a body; "tạo điều kiện" ends the names."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.names import split_assignees

HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SƠN\nSố: 318/UBND-NN\nĐông Sơn, ngày 12 tháng 8 năm 2026\n"
    "Kính gửi:\n- UBND các xã, thị trấn;\n- Các phòng, ban chuyên môn huyện.\n"
)
SIGN = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Văn Tâm\n"


def _tasks(body: str) -> list[tuple[str, list[str]]]:
    notice = parse_notice(HEAD + body + SIGN)
    return [(t.text, list(t.lead)) for t in notice.tasks]


def _lead_of(tasks: list[tuple[str, list[str]]], start: str) -> list[str]:
    found = [lead for text, lead in tasks if text.startswith(start)]
    assert found, f"no task starts with {start!r}: {[t for t, _ in tasks]}"
    return found[0]


def _names(phrase: str) -> list[str]:
    return [a.name for a in split_assignees(phrase) or []]


# --- a lettered doer between the dashes of a numbered item ------------------------------------

LETTERED = (
    "Để phòng chống dịch cúm gia cầm, UBND huyện đề nghị các đơn vị thực hiện như sau:\n"
    "1. UBND các xã, thị trấn.\n"
    "- Rà soát tổng đàn gia cầm trên địa bàn, báo cáo về Phòng Nông nghiệp.\n"
    "- Khi có ổ dịch, thực hiện các biện pháp sau đây:\n"
    "a) Đối với chủ trang trại:\n"
    "- Thực hiện vệ sinh chuồng trại hằng tuần theo hướng dẫn;\n"
    "- Khai báo ngay gia cầm ốm, chết với chính quyền.\n"
    "b) Đối với cán bộ thú y cấp xã:\n"
    "- Hướng dẫn người chăn nuôi thực hiện các quy định trên;\n"
    "- Lấy mẫu gia cầm nghi mắc bệnh gửi đi xét nghiệm.\n"
    "2. Phòng Nông nghiệp và PTNT\n"
    "- Chuẩn bị đủ hóa chất khử trùng cho các xã.\n"
)


def test_dashes_after_a_lettered_doer_are_that_doers_points() -> None:
    tasks = _tasks(LETTERED)
    assert _lead_of(tasks, "Rà soát tổng đàn") == ["UBND các xã, thị trấn"]
    assert _lead_of(tasks, "Thực hiện vệ sinh chuồng") == ["chủ trang trại"]
    assert _lead_of(tasks, "Khai báo ngay") == ["chủ trang trại"]
    assert _lead_of(tasks, "Hướng dẫn người chăn nuôi") == ["cán bộ thú y cấp xã"]
    assert _lead_of(tasks, "Lấy mẫu gia cầm") == ["cán bộ thú y cấp xã"]
    assert _lead_of(tasks, "Chuẩn bị đủ hóa chất") == ["Phòng Nông nghiệp và PTNT"]


def test_letters_that_close_with_a_semicolon_stay_inside_their_dash() -> None:
    # counter-example: letters that are items of the dash above them, not lead-ins of their own
    body = (
        "Để phòng chống dịch cúm gia cầm, UBND huyện đề nghị các đơn vị thực hiện như sau:\n"
        "1. UBND các xã, thị trấn.\n"
        "- Rà soát tổng đàn gia cầm trên địa bàn, gồm:\n"
        "a) đàn gà;\n"
        "b) đàn vịt.\n"
        "- Chuẩn bị kinh phí phòng chống dịch trên địa bàn.\n"
    )
    tasks = _tasks(body)
    assert _lead_of(tasks, "Chuẩn bị kinh phí") == ["UBND các xã, thị trấn"]


# --- a numbered line that is only a name, closed by a full stop -------------------------------

NAME_LINES = (
    "Để thực hiện các kiến nghị của Thanh tra tỉnh, UBND huyện yêu cầu như sau:\n"
    "1. Trung tâm Phát triển quỹ đất.\n"
    "Hoàn thiện hồ sơ quyết toán kinh phí bồi thường dự án Hồ Đông.\n"
    "Giao Trung tâm Phát triển quỹ đất phối hợp với UBND xã An Lạc làm việc với các hộ dân.\n"
    "2. Phòng Tài chính – Kế hoạch huyện.\n"
    "Chấn chỉnh công tác thẩm định quyết toán ngân sách các cấp.\n"
    "Rà soát việc phân bổ kinh phí tiết kiệm theo đúng quy định.\n"
)


def test_a_name_line_with_a_full_stop_heads_its_paragraphs() -> None:
    tasks = _tasks(NAME_LINES)
    assert _lead_of(tasks, "Hoàn thiện hồ sơ") == ["Trung tâm Phát triển quỹ đất"]
    assert _lead_of(tasks, "Giao Trung tâm") == ["Trung tâm Phát triển quỹ đất"]
    assert _lead_of(tasks, "Chấn chỉnh công tác") == ["Phòng Tài chính – Kế hoạch huyện"]
    assert _lead_of(tasks, "Rà soát việc phân bổ") == ["Phòng Tài chính – Kế hoạch huyện"]
    assert len(tasks) == 4  # each paragraph a duty, the restating "Giao …" one too


def test_a_sentence_with_a_full_stop_is_no_name_line() -> None:
    # counter-example: a numbered sentence that gives work keeps its own text and lead
    body = (
        "Để thực hiện các kiến nghị của Thanh tra tỉnh, UBND huyện yêu cầu như sau:\n"
        "1. Phòng Tư pháp rà soát các văn bản hết hiệu lực.\n"
        "Báo cáo kết quả về UBND huyện.\n"
    )
    tasks = _tasks(body)
    assert tasks[0][0].startswith("Phòng Tư pháp rà soát")
    assert tasks[0][1] == ["Phòng Tư pháp"]


# --- sub-numbers under an item whose sentence names its body ----------------------------------

SUB_NUMBERS = (
    "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, các chi bộ trực thuộc thực hiện tốt các nhiệm vụ "
    "sau:\n"
    "1. Tăng cường tuyên truyền trong cán bộ, đảng viên về sản xuất vụ Đông.\n"
    "2. Đảng đoàn Hội Nông dân huyện chỉ đạo các cơ sở hội triển khai kế hoạch sản xuất năm "
    "2026.\n"
    "2.1. Tiếp tục hướng dẫn hội viên chuyển đổi cơ cấu cây trồng.\n"
    "2.2. Vận động hội viên tham gia tổ hợp tác sản xuất.\n"
    "3. Ban Tuyên giáo Huyện ủy chỉ đạo công tác thông tin tuyên truyền.\n"
)


def test_sub_numbers_take_the_body_their_item_names() -> None:
    tasks = _tasks(SUB_NUMBERS)
    assert _lead_of(tasks, "Tiếp tục hướng dẫn hội viên") == ["Đảng đoàn Hội Nông dân huyện"]
    assert _lead_of(tasks, "Vận động hội viên") == ["Đảng đoàn Hội Nông dân huyện"]
    # counter-example: an item that names nobody still goes to the lead-in's addressees
    assert _lead_of(tasks, "Tăng cường tuyên truyền") == ["các cấp ủy", "các chi bộ trực thuộc"]


def test_sub_numbers_under_a_heading_keep_the_heading() -> None:
    # counter-example: a title line over sub-numbers is read as before
    body = (
        "UBND huyện yêu cầu các đơn vị thực hiện như sau:\n"
        "1. Phòng Văn hóa và Thông tin\n"
        "1.1. Xây dựng kế hoạch tuyên truyền bầu cử.\n"
        "1.2. Hướng dẫn các xã treo băng rôn, khẩu hiệu.\n"
    )
    tasks = _tasks(body)
    assert _lead_of(tasks, "Xây dựng kế hoạch") == ["Phòng Văn hóa và Thông tin"]
    assert _lead_of(tasks, "Hướng dẫn các xã") == ["Phòng Văn hóa và Thông tin"]


# --- names: places of one level, a committee and a council, "UB MTTQ" -------------------------


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        ("các Thôn, Xóm, Tổ dân phố", ["các Thôn, Xóm, Tổ dân phố"]),
        ("Các thôn, bon và tổ dân phố", ["Các thôn, bon và tổ dân phố"]),
        (
            "Đảng ủy - UBND các xã, thị trấn",
            ["Đảng ủy các xã, thị trấn", "UBND các xã, thị trấn"],
        ),
        ("Đảng ủy, UBND các phường", ["Đảng ủy các phường", "UBND các phường"]),
        ("UB MTTQ và các đoàn thể xã", ["UB MTTQ", "các đoàn thể xã"]),
    ],
)
def test_names_of_one_phrase(phrase: str, names: list[str]) -> None:
    assert _names(phrase) == names


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        # counter-examples: a place unit beside a named body, and titles of place heads
        ("các thôn, Phòng Nội vụ", ["các thôn", "Phòng Nội vụ"]),
        ("Trưởng thôn, Tổ trưởng tổ dân phố", ["Trưởng thôn", "Tổ trưởng tổ dân phố"]),
        # a Party committee named with its own place stays itself
        ("Huyện ủy, UBND huyện Đông Sơn", ["Huyện ủy", "UBND huyện Đông Sơn"]),
    ],
)
def test_names_that_stay_apart(phrase: str, names: list[str]) -> None:
    assert _names(phrase) == names


def test_help_given_ends_the_names() -> None:
    leads = [a.name for a in analyze("Các địa phương tạo điều kiện hỗ trợ kinh phí.").leads]
    assert leads == ["Các địa phương"]


# --- a heading and its first dash written on one line -----------------------------------------

GLUED = (
    "Đồng chí Phó Chủ tịch UBND huyện kết luận và chỉ đạo một số nội dung sau:\n"
    "1. Đánh giá chung - Các cấp ủy, chính quyền địa phương đã quán triệt các văn bản chỉ đạo.\n"
    "- Tổ chức hội nghị triển khai ở cấp xã chặt chẽ, nghiêm túc.\n"
    "2. Một số nhiệm vụ thời gian tới\n"
    "2.1. Đối với Đảng ủy - UBND các xã, thị trấn - Đề nghị tăng cường chỉ đạo việc rà soát "
    "hồ sơ liệt sĩ.\n"
    "- Chỉ đạo Ban CHQS xã lập danh sách thân nhân liệt sĩ.\n"
    "2.2. Đối với các cơ quan của huyện - Ban CHQS huyện: Hướng dẫn, kiểm tra các xã thực hiện.\n"
    "- Phòng Nội vụ phối hợp tổng hợp kết quả.\n"
)


def test_a_heading_glued_to_its_first_dash_is_split() -> None:
    tasks = _tasks(GLUED)
    texts = [text for text, _ in tasks]
    assert not any(t.startswith(("Đánh giá chung", "Tổ chức hội nghị")) for t in texts)
    assert _lead_of(tasks, "Đề nghị tăng cường chỉ đạo") == [
        "Đảng ủy các xã, thị trấn",
        "UBND các xã, thị trấn",
    ]
    assert _lead_of(tasks, "Chỉ đạo Ban CHQS xã") == [
        "Đảng ủy các xã, thị trấn",
        "UBND các xã, thị trấn",
    ]
    assert _lead_of(tasks, "Ban CHQS huyện: Hướng dẫn") == ["Ban CHQS huyện"]


def test_a_body_with_a_dash_in_its_name_is_not_split() -> None:
    # counter-example: "Đối với Phòng Văn hóa - Thông tin" is a name; nothing after it asks work
    body = (
        "UBND huyện yêu cầu các đơn vị thực hiện như sau:\n"
        "1. Đối với Phòng Văn hóa - Thông tin huyện:\n"
        "- Xây dựng kế hoạch tuyên truyền kỷ niệm ngày Thương binh - Liệt sĩ.\n"
    )
    tasks = _tasks(body)
    assert _lead_of(tasks, "Xây dựng kế hoạch") == ["Phòng Văn hóa - Thông tin huyện"]
