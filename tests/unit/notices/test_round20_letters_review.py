"""Round 20 (letters), review fixes: a statement line is no body's name line; particulars with a
body's point among them keep the lead-in's request; a PDF line ending inside a body's name goes
on; a telegram's "điện" is read only in a telegram; "Căn cứ … <adjective> của …" asks nothing."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.imperatives import asks_work
from notices.paragraphs import build_paragraphs
from notices.telegrams import as_request
from notices.title_duties import is_body_name_line
from tests.unit.notices.test_round20_letters import FULL, HEAD, SIGN, TELEGRAM_HEAD, _tasks

# --- HIGH 1: a statement closed by a full stop names no body ---------------------------------


def test_a_statement_line_heads_no_paragraphs() -> None:
    body = (
        "1. Phòng Nội vụ huyện.\n"
        "Rà soát biên chế của các đơn vị sự nghiệp trực thuộc.\n\n"
        "Hướng dẫn các xã kiện toàn bộ máy.\n\n"
        "2. Trường THCS Nguyễn Du đạt chuẩn quốc gia.\n"
        "Đề nghị Phòng Giáo dục và Đào tạo hoàn thiện hồ sơ đề nghị công nhận.\n\n"
        "Trình UBND huyện trước ngày 15/12/2026.\n"
    )
    tasks = _tasks(body)
    assert not any("đạt chuẩn" in " ".join(t.lead) for t in tasks)
    asked = [t for t in tasks if t.lead == ("Phòng Giáo dục và Đào tạo",)]
    assert len(asked) == 1
    assert str(asked[0].deadline) == "2026-12-15"


@pytest.mark.parametrize(
    "line",
    [
        "Phòng Y tế kiểm soát chặt an toàn thực phẩm.",
        "Chi cục Thuế vào cuộc.",
        "Các xã còn chậm.",
        "Trường THCS Nguyễn Du đạt chuẩn quốc gia.",
        "Công an huyện nắm tình hình địa bàn.",
        "Trung tâm Y tế huyện ứng trực 24/24.",
    ],
)
def test_no_body_name_line(line: str) -> None:
    assert not is_body_name_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Phòng Tài chính – Kế hoạch huyện.",
        "Trung tâm Phát triển quỹ đất.",
        "Phòng Giáo dục và Đào tạo",
        "UBND các xã, thị trấn.",
        "Phòng Văn hóa, Khoa học và Thông tin; Trung tâm Văn hóa, Thông tin và Thể thao",
        "Ban Quản lý dự án đầu tư xây dựng huyện.",
        "Các phòng, ban chuyên môn thuộc huyện.",
        "Đảng ủy - UBND các xã, thị trấn, Công an huyện",
        "Chi cục Thuế khu vực Đông Sơn - Nông Cống.",
    ],
)
def test_a_body_name_line(line: str) -> None:
    assert is_body_name_line(line)


@pytest.mark.parametrize(
    "statement",
    ["Phòng Y tế kiểm soát chặt an toàn thực phẩm.", "Chi cục Thuế vào cuộc.", "Các xã còn chậm."],
)
def test_a_statement_over_duties_lends_them_no_lead(statement: str) -> None:
    body = (
        f"1. {statement}\n"
        "Kiểm tra các cơ sở kinh doanh trên địa bàn.\n\n"
        "Xử lý nghiêm các vi phạm theo quy định.\n"
    )
    tasks = _tasks(body)
    assert not any(statement.rstrip(".") in t.lead for t in tasks)


# --- HIGH 2: a body's point among the particulars keeps the lead-in's request ----------------

REQUEST_HEAD = HEAD.replace(
    "Để khắc phục các tồn tại sau thanh tra, UBND huyện yêu cầu các cơ quan, đơn vị thực hiện "
    "các nội dung sau:",
    "UBND huyện đề nghị Phòng Giáo dục và Đào tạo chuẩn bị báo cáo và tham dự cuộc họp, cụ "
    "thể như sau:",
)


@pytest.mark.parametrize(
    "first",
    ["1. Thời gian: 08 giờ 00 ngày 10/7/2026.", "1. Thời gian hoàn thành: trước ngày 30/9/2026."],
)
def test_a_body_point_among_particulars_keeps_the_request(first: str) -> None:
    body = (
        f"{first}\n\n"
        "2. Địa điểm: Hội trường UBND huyện.\n\n"
        "3. Phòng Tài chính – Kế hoạch.\n"
        "Chuẩn bị số liệu về kinh phí sự nghiệp giáo dục năm 2026.\n\n"
        "Cử đại diện lãnh đạo tham dự.\n"
    )
    tasks = parse_notice(REQUEST_HEAD + body + SIGN).tasks
    asked = [t for t in tasks if t.text.startswith("UBND huyện đề nghị Phòng Giáo dục")]
    assert len(asked) == 1
    assert asked[0].lead == ("Phòng Giáo dục và Đào tạo",)
    if "30/9" in first:
        assert str(asked[0].deadline) == "2026-09-30"
    duties = [t for t in tasks if t.text.startswith(("Chuẩn bị số liệu", "Cử đại diện"))]
    assert duties and all(t.lead == ("Phòng Tài chính – Kế hoạch",) for t in duties)


# --- HIGH 3: a PDF line ending inside a body's name goes on -----------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "3. Sở Xây dựng, Sở Giao thông vận tải tỉnh và Ban",
            "Quản lý dự án đầu tư xây dựng các công trình giao thông kịp thời báo cáo.",
        ),
        (
            "2. Đề nghị các sở, ngành phối hợp với Trung tâm",
            "Phát triển quỹ đất tỉnh hoàn thành việc bồi thường trước ngày 30/9/2026.",
        ),
        (
            "3. Đề nghị UBND tỉnh chỉ đạo Sở Công Thương, Cục",
            "Quản lý thị trường tỉnh tăng cường kiểm tra, kiểm soát thị trường.",
        ),
        (
            "4. Giao Bộ Quốc phòng chủ trì, phối hợp Ủy ban",
            "Kiểm tra Trung ương rà soát các vụ việc theo quy định hiện hành.",
        ),
    ],
)
def test_a_line_ending_inside_a_name_goes_on(first: str, second: str) -> None:
    lines = [
        FULL,
        "trường học, phân công nhiệm vụ cụ thể cho từng thành viên trong đơn vị mình.",
        first,
        second,
        FULL,
        "trường học theo đúng quy định của Bộ Giáo dục và Đào tạo về hồ sơ điện tử.",
    ]
    paragraphs = build_paragraphs(lines)
    assert any(first in p and second in p for p in paragraphs)


# --- MEDIUM 4: "điện" outside a telegram -------------------------------------------------------


def test_an_electricity_letter_wires_nobody() -> None:
    text = (
        "Để tiếp nhận lưới điện UBND các xã đang quản lý, UBND huyện đề nghị Công ty Điện lực "
        "thực hiện các nội dung sau:"
    )
    assert as_request(text) == text


def test_an_electricity_letter_leads_with_its_addressee() -> None:
    head = HEAD.replace(
        "Để khắc phục các tồn tại sau thanh tra, UBND huyện yêu cầu các cơ quan, đơn vị thực hiện "
        "các nội dung sau:",
        "Để tiếp nhận lưới điện UBND các xã đang quản lý, UBND huyện đề nghị Công ty Điện lực "
        "thực hiện các nội dung sau:",
    )
    body = (
        "1. Rà soát lưới điện trên địa bàn.\n\n"
        "2. Tổ chức cắt điện luân phiên hợp lý trước ngày 25/5/2024.\n"
    )
    tasks = parse_notice(head + body + SIGN).tasks
    assert tasks and all(t.lead == ("Công ty Điện lực",) for t in tasks)


# --- MEDIUM 5: "ĐIỆN KHẨN" in capitals, "điện khẩn:" with a colon ----------------------------

_DOERS = ("Thủ trưởng các phòng, ban, đơn vị", "Chủ tịch UBND các xã, thị trấn")


@pytest.mark.parametrize(
    "wires", ["CHỦ TỊCH UBND HUYỆN ĐIỆN KHẨN", "Chủ tịch UBND huyện điện khẩn:"]
)
def test_a_telegram_in_capitals_or_with_a_colon_names_its_doers(wires: str) -> None:
    lead_in = (
        f"Trước tình hình trên, {wires} Thủ trưởng các phòng, ban, đơn vị; Chủ tịch UBND các xã, "
        "thị trấn tập trung thực hiện các nhiệm vụ sau:\n\n"
    )
    body = (
        "1. Chủ động túc trực 24/24 giờ, nắm bắt diễn biến dịch bệnh trên địa bàn.\n\n"
        "2. Tổ chức tiêu hủy lợn bệnh trước ngày 25/5/2024.\n"
    )
    tasks = parse_notice(TELEGRAM_HEAD + lead_in + body + SIGN).tasks
    assert len(tasks) == 2
    assert all(t.lead == _DOERS for t in tasks)


# --- MEDIUM 6: "Căn cứ … <adjective> của …" asks for nothing ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Căn cứ kết quả kiểm tra nghiêm túc của Đoàn kiểm tra liên ngành.",
        "Căn cứ tinh thần chủ động của các đơn vị trong thời gian qua.",
        "Căn cứ sự tham gia tích cực của Nhân dân trên địa bàn.",
        "Căn cứ ý kiến chỉ đạo khẩn trương của Thường trực Tỉnh ủy.",
        "Tập hợp được 500 hội viên tham gia sinh hoạt.",
    ],
)
def test_a_basis_with_an_adjective_asks_for_nothing(line: str) -> None:
    assert not asks_work(line)
