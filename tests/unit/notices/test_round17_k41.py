"""Round 17 (K41): deadlines and metadata.

A numbered section heading or a title line is no issuer; a Prime Minister's signature and a
Party committee's "… chỉ đạo như sau:" name the issuer of a text without a header; numbers with
a unit after a space, co-issuers' codes joined by commas and a bulletin's serial are read whole;
a timetable step's span ("Từ … đến …:") and a plan step opening with its year are dated, a
step's time dates every clause of the step; a ceremony the clause holds is dated however long
its name; the year of targets set for it is no deadline."""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.deadlines import find_deadlines, pick_deadline
from notices.metadata import find_number

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HẢI ĐĂNG\nSố: 455/KH-UBND\nHải Đăng, ngày 04 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nTriển khai số hóa hồ sơ hộ tịch\n"
)
SIGN = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nTrần Minh Quang\n"


def _due(text: str, year: int = 2026) -> tuple[str, date | None] | None:
    hit = pick_deadline(find_deadlines(text, year=year, reference=date(year, 3, 4)))
    return None if hit is None else (hit.kind.value, hit.deadline)


def _dates(body: str) -> list[tuple[str, date | None]]:
    plan = "I. MỤC ĐÍCH\nBảo đảm dữ liệu đầy đủ, chính xác.\nII. TIẾN ĐỘ THỰC HIỆN\n"
    notice = parse_notice(HEAD + plan + body + SIGN)
    return [(t.text[:30], t.deadline) for t in notice.tasks]


# --- the issuer ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["III. TỔ CHỨC THỰC HIỆN", "IV- NHIỆM VỤ VÀ GIẢI PHÁP", "II) THỜI GIAN THỰC HIỆN",
     "HI- TỔ CHỨC THỰC HIỆN", "2. KINH PHÍ THỰC HIỆN"],
)  # fmt: skip
def test_an_extract_opening_with_a_section_heading_has_no_issuer(heading: str) -> None:
    text = (
        f"{heading}\n1. Sở Tư pháp\n- Chủ trì hướng dẫn các xã số hóa sổ hộ tịch, hoàn thành "
        "trước ngày 30/6/2026.\n2. Sở Tài chính\n- Bố trí kinh phí thực hiện Kế hoạch.\n"
    )
    assert parse_notice(text).issuer is None


def test_a_title_after_the_place_date_is_no_issuer() -> None:
    text = (
        "SỞ Y TẾ\nPHÒNG NGHIỆP VỤ DƯỢC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
        "Hạnh phúc\nHải Đăng, ngày 12 tháng 5 năm 2026\nPHÂN CÔNG NHIỆM VỤ\nCÁC CÔNG CHỨC "
        "PHÒNG NGHIỆP VỤ DƯỢC\n1. Đồng chí Lê Văn An: phụ trách chung.\n" + SIGN
    )
    issuer = parse_notice(text).issuer or ""
    assert issuer.startswith("Phòng Nghiệp vụ")
    assert "công chức" not in issuer.lower()


def test_the_header_lines_before_the_place_date_keep_their_body() -> None:
    text = (
        "UBND TỈNH HẢI ĐĂNG\nSỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
        "Hạnh phúc\nSố: 12/TB-SNV\nHải Đăng, ngày 12 tháng 5 năm 2026\nTHÔNG BÁO\nVề lịch "
        "tiếp công dân\nCác phòng bố trí lịch trực.\n" + SIGN
    )
    assert parse_notice(text).issuer == "Sở Nội vụ tỉnh Hải Đăng"


@pytest.mark.parametrize("title", ["KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG", "THỦ TƯỚNG"])
def test_a_prime_ministers_signature_names_the_issuer(title: str) -> None:
    text = (
        "V. TỔ CHỨC THỰC HIỆN\n1. Bộ Nội vụ\na) Chủ trì hướng dẫn triển khai Đề án.\n"
        f"Nơi nhận:\n- Các Bộ;\n- Lưu: VT.\n{title}\nNguyễn Văn Bình\n"
    )
    assert parse_notice(text).issuer == "Thủ tướng Chính phủ"


def test_a_deputy_pm_signing_for_a_steering_committee_names_no_pm() -> None:
    text = (
        "Kính gửi: Các Bộ, cơ quan ngang Bộ.\nĐề nghị các Bộ rà soát, báo cáo Ban Chỉ đạo trước "
        "ngày 15/12/2026.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN"
        "\nPHÓ THỦ TƯỚNG\nNguyễn Văn Bình\n"
    )
    assert parse_notice(text).issuer != "Thủ tướng Chính phủ"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Để khắc phục những hạn chế trên, Ban Thường vụ Tỉnh ủy chỉ đạo như sau:",
         "Ban Thường vụ Tỉnh ủy"),
        ("Nhằm thực hiện tốt nhiệm vụ năm 2026, Thường trực Huyện ủy yêu cầu:",
         "Thường trực Huyện ủy"),
        ("Trước tình hình trên, Ban Thường vụ Thành ủy chỉ đạo:", "Ban Thường vụ Thành ủy"),
    ],
)  # fmt: skip
def test_a_party_committee_giving_its_orders_is_the_issuer(sentence: str, body: str) -> None:
    text = (
        "Thời gian qua, việc cải cách hành chính còn chậm.\n"
        f"{sentence}\n1. Các cấp ủy đảng tăng cường lãnh đạo công tác cải cách hành chính.\n"
    )
    assert parse_notice(text).issuer == body


def test_a_party_committee_cited_is_not_the_issuer() -> None:
    text = (
        "Thực hiện Chỉ thị số 12-CT/TU, Ban Thường vụ Tỉnh ủy chỉ đạo như sau: (trích)\n"
        "1. Các cấp ủy đảng tăng cường lãnh đạo công tác cải cách hành chính.\n"
    )
    assert parse_notice(text).issuer is None


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Số 15-CV/ĐTN KCQ", "15-CV/ĐTN KCQ"),
        ("Số: 27-TB/HU VP", "27-TB/HU VP"),
        ("Số: 88/CTPH-LĐLĐ-SYT,GD", "88/CTPH-LĐLĐ-SYT,GD"),
        ("Số: 31/KHPH-UBND-MTTQ,CA", "31/KHPH-UBND-MTTQ,CA"),
        ("Số: TBLQ- 57/14h00/HDG", "TBLQ- 57/14h00/HDG"),
    ],
)
def test_number_read_whole(line: str, number: str) -> None:
    assert find_number([line]).number == number


@pytest.mark.parametrize(
    ("line", "number"),
    [("Số: 12/UBND-VX, ngày 3/4/2026", "12/UBND-VX"), ("Số 45-TB/HU", "45-TB/HU"),
     ("Số: 45-TB/HU", "45-TB/HU")],
)  # fmt: skip
def test_number_without_a_unit_keeps_its_reading(line: str, number: str) -> None:
    assert find_number([line]).number == number


# --- deadlines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Từ 05/4/2026 đến 20/5/2026: UBND các xã tổ chức rà soát hồ sơ.", date(2026, 5, 20)),
        ("- Từ ngày 01/6 đến hết ngày 15/7/2026: các phòng nhập dữ liệu.", date(2026, 7, 15)),
        ("Từ 21/5 - 30/6/2026: Sở Tư pháp kiểm tra, nghiệm thu.", date(2026, 6, 30)),
    ],
)
def test_a_timetable_step_is_due_at_its_spans_end(text: str, day: date) -> None:
    assert _due(text) == ("on_date", day)


@pytest.mark.parametrize(
    "text",
    [
        "Từ ngày 10/5 đến ngày 20/5/2026, Hội thi diễn ra tại Nhà văn hóa tỉnh.",
        "Hội chợ mở cửa từ 10/5/2026 đến 20/5/2026: mời các doanh nghiệp tham gia.",
    ],
)
def test_an_events_days_are_no_timetable_step(text: str) -> None:
    hit = _due(text)
    assert hit is None or hit[0] != "on_date"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Năm 2027 tổ chức sơ kết việc thực hiện Kế hoạch.", 2027),
        ("- Năm 2026, hoàn thành số hóa toàn bộ sổ hộ tịch.", 2026),
        ("Năm 2028 tổng kết, đánh giá kết quả thực hiện Đề án.", 2028),
    ],
)
def test_a_plan_step_opening_with_its_year_is_due_at_its_end(text: str, year: int) -> None:
    assert _due(text) == ("period_end", date(year, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2026 là năm tăng tốc thực hiện chuyển đổi số.",
        "Năm 2026, tỉnh đã tổ chức được 12 lớp tập huấn.",
        "Năm 2026 tổ chức được 12 lớp tập huấn cho cán bộ.",
        "Kết quả năm 2027 tổ chức sơ kết sẽ được báo cáo.",
    ],
)
def test_a_year_opening_a_statement_is_no_deadline(text: str) -> None:
    assert _due(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "nỗ lực cao nhất để hoàn thành các mục tiêu đề ra trong năm 2026 như tăng trưởng 8%.",
        "đối với các chỉ tiêu được giao trong năm 2026, các sở tiếp tục rà soát, đôn đốc.",
        "hoàn thành thắng lợi các nhiệm vụ đã đề ra trong năm 2026 như giảm nghèo, việc làm.",
    ],
)
def test_the_year_of_targets_set_for_it_is_no_deadline(text: str) -> None:
    assert _due(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "phấn đấu hoàn thành trong năm 2026 các mục tiêu đề ra.",
        "rà soát các mục tiêu đề ra, hoàn thành trong năm 2026.",
        "Hoàn thành các nhiệm vụ được giao trong năm 2026.",
    ],
)
def test_a_completion_in_the_year_stays_a_deadline(text: str) -> None:
    assert _due(text) == ("period_end", date(2026, 12, 31))


def test_a_ceremony_the_clause_holds_is_dated_however_long_its_name() -> None:
    text = (
        "(2) Tổ chức Lễ công bố các quyết định của tỉnh và huyện về việc thành lập, sắp xếp, "
        "kiện toàn các cơ quan chuyên môn, đơn vị sự nghiệp công lập, tổ chức hội đặc thù, "
        "ban quản lý dự án và các tổ chức phối hợp liên ngành trên địa bàn vào ngày 15/7/2026 "
        "bảo đảm trang trọng, tiết kiệm."
    )
    assert _due(text) == ("on_date", date(2026, 7, 15))


@pytest.mark.parametrize(
    "text",
    [
        "theo dõi, đôn đốc bảo đảm đúng tiến độ; sẵn sàng cho Lễ công bố các quyết định thành "
        "lập các cơ quan chuyên môn vào ngày 15/7/2026.",
        "bố trí xe phục vụ Lễ khánh thành nhà văn hóa vào ngày 15/7/2026.",
        "Hội nghị được tổ chức vào ngày 15/7/2026 tại hội trường tỉnh.",
    ],
)
def test_a_ceremony_the_work_serves_stays_undated(text: str) -> None:
    hit = _due(text)
    assert hit is None or hit[1] is None


def test_a_doubled_slash_before_the_year_still_dates() -> None:
    assert _due("gửi báo cáo về Sở trước 16 giờ 00 ngày 20/4//2026.") == (
        "before_date",
        date(2026, 4, 20),
    )


def test_a_steps_time_dates_every_bodys_clause() -> None:
    body = (
        "- Trước ngày 30/6/2026: Công an cấp xã hoàn thành việc nhập dữ liệu dân cư; công "
        "chức tư pháp - hộ tịch cấp xã hoàn thành việc cập nhật sổ hộ tịch lên phần mềm.\n"
        "- Từ 01/7 đến 31/8/2026: Phòng Tư pháp kiểm tra dữ liệu; Trung tâm Công nghệ thông "
        "tin tỉnh hoàn thành việc sao lưu dữ liệu.\n"
    )
    dated = [day for _, day in _dates(body)]
    assert dated == [date(2026, 6, 30)] * 2 + [date(2026, 8, 31)] * 2


def test_a_clause_with_its_own_date_keeps_it_in_a_dated_step() -> None:
    body = (
        "- Trước ngày 30/6/2026: Công an cấp xã hoàn thành việc nhập dữ liệu dân cư; Sở Tư "
        "pháp kiểm tra, nghiệm thu trước ngày 31/8/2026.\n"
    )
    dated = [day for _, day in _dates(body)]
    assert dated == [date(2026, 6, 30), date(2026, 8, 31)]


@pytest.mark.parametrize(
    "text",
    [
        "lấy kết quả làm tiêu chí đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của tập thể, cá "
        "nhân trong năm 2026.",
        "báo cáo tỷ lệ hoàn thành chỉ tiêu của từng xã trong năm 2026.",
    ],
)
def test_a_completion_named_as_a_measure_is_no_deadline(text: str) -> None:
    assert _due(text) is None


def test_a_completion_after_a_measure_word_elsewhere_stays_a_deadline() -> None:
    assert _due("đẩy nhanh tiến độ, hoàn thành dự án trong năm 2026.") == (
        "period_end",
        date(2026, 12, 31),
    )


# --- a text without its header block -------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "number"),
    [("CHỈ THỊ", "05/2026/CT-BYT"), ("QUYẾT ĐỊNH", "118/QĐ-BNV"), ("CHỈ THỊ", "12-CT/TU")],
)
def test_a_database_title_names_the_acts_number(kind: str, number: str) -> None:
    assert find_number([kind, f"CỦA BỘ Y TẾ SỐ {number}"]).number == number


def test_a_title_citing_an_act_gives_no_number() -> None:
    lines = ["KẾ HOẠCH THỰC HIỆN CHỈ THỊ", "CỦA BAN BÍ THƯ SỐ 30-CT/TW"]
    assert find_number(lines).number is None


@pytest.mark.parametrize("term", ["KHÓA XVIII, KỲ HỌP THỨ BẢY", "KHOÁ X - KỲ HỌP THỨ 12"])
def test_a_council_enacting_under_its_term_is_the_issuer(term: str) -> None:
    text = (
        "NGHỊ QUYẾT\nVề chất vấn tại kỳ họp\nHỘI ĐỒNG NHÂN DÂN TỈNH HẢI ĐĂNG\n"
        f"{term}\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT NGHỊ:\nĐiều 1. Giao Ủy "
        "ban nhân dân tỉnh chỉ đạo các sở hoàn thành rà soát trước ngày 30/9/2026.\n"
    )
    assert parse_notice(text).issuer == "HĐND tỉnh Hải Đăng"


@pytest.mark.parametrize(
    "title",
    [
        "GIẢI TRÌNH BỔ SUNG THEO CHỈ ĐẠO\nCỦA PHÓ CHỦ TỊCH UBND TỈNH - NGUYỄN VĂN AN",
        "Ý KIẾN KẾT LUẬN\nCỦA CHỦ TỊCH UBND TỈNH TẠI BUỔI LÀM VIỆC",
    ],
)
def test_a_title_with_its_of_whom_line_is_no_issuer(title: str) -> None:
    text = f"{title}\nVề đề xuất của Hiệp hội, Sở Nội vụ làm việc với Ban Chấp hành Hiệp hội.\n"
    assert parse_notice(text).issuer is None


@pytest.mark.parametrize(
    "text",
    [
        "Các sở khẩn trương chuẩn bị trụ sở, nhân sự, bảo đảm để các xã mới chính thức hoạt động "
        "từ ngày 01 tháng 7 năm 2026.",
        "Hoàn tất bàn giao hồ sơ để Trung tâm chính thức đi vào vận hành từ ngày 01/7/2026.",
    ],
)
def test_preparing_a_go_live_is_due_before_it(text: str) -> None:
    assert _due(text) == ("before_date", date(2026, 7, 1))


def test_a_go_live_stated_as_fact_is_no_deadline() -> None:
    text = "Trung tâm Phục vụ hành chính công chính thức hoạt động từ ngày 01/7/2026, xã niêm yết."
    assert _due(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "đẩy nhanh tiến độ thi công để bảo đảm thông xe tuyến chính trong năm 2026, an toàn.",
        "Chủ đầu tư bảo đảm đưa vào sử dụng nhà văn hóa trong năm 2026.",
    ],
)
def test_opening_a_work_in_the_year_is_due_at_its_end(text: str) -> None:
    assert _due(text) == ("period_end", date(2026, 12, 31))


def test_a_work_already_opened_in_the_year_is_no_deadline() -> None:
    assert _due("Các tuyến đường đã thông xe trong năm 2026 cần được bảo trì.") is None
