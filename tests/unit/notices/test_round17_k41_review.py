"""Round 17 K41 review (R41): dates and metadata findings F1-F8."""

from __future__ import annotations

from datetime import date

from notices import parse_notice

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HẢI ĐĂNG\nSố: 455/KH-UBND\nHải Đăng, ngày 04 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nTriển khai công tác năm 2026\n"
)
SIGN = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nTrần Minh Quang\n"
BODY = "I. NHIỆM VỤ\n1. Các phòng chủ trì triển khai, hoàn thành trước ngày 30/6/2026.\n"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def _deadlines(body: str) -> dict[str, date | None]:
    notice = parse_notice(HEAD + body + SIGN)
    return {t.text[:40]: t.deadline for t in notice.tasks}


# F1 (MEDIUM) "chính thức hoạt động từ ngày D" in a statement of fact: "Để" opening the
# sentence is a purpose ("để thuận tiện cho người dân"), not the clause preparing the go-live.
def test_a_go_live_announced_is_no_deadline() -> None:
    got = _deadlines(
        "II. NỘI DUNG\nĐể thuận tiện cho người dân, Trung tâm Phục vụ hành chính công tỉnh chính "
        "thức hoạt động từ ngày 01/7/2026 tại số 5 đường Lê Lợi. Sở Nội vụ thông báo rộng rãi "
        "cho người dân biết.\n"
    )
    assert date(2026, 7, 1) not in got.values()


# F2 (MEDIUM) "các công trình đưa vào sử dụng trong năm 2026", "các tuyến đường thông xe trong
# năm 2026": the completion qualifies the works the task is about, it is not the task's own.
def test_works_put_into_use_in_a_year_name_the_works_not_the_deadline() -> None:
    got = _deadlines(
        "II. NHIỆM VỤ\nSở Tài chính rà soát, quyết toán vốn các công trình đưa vào sử dụng "
        "trong năm 2026 theo quy định.\n"
    )
    assert list(got.values()) == [None]


def test_roads_opened_in_a_year_name_the_roads_not_the_deadline() -> None:
    got = _deadlines(
        "II. NHIỆM VỤ\nSở Xây dựng theo dõi, đánh giá hiệu quả các tuyến đường thông xe trong "
        "năm 2026 và báo cáo UBND tỉnh.\n"
    )
    assert list(got.values()) == [None]


# F3 (MEDIUM) a campaign month opening a step ("Từ ngày 01/6 đến ngày 30/6/2026: Tháng hành
# động …") is the event's period; the work done throughout it is not "on" its last day.
def test_a_campaign_months_span_does_not_date_its_activities_on_the_last_day() -> None:
    notice = parse_notice(
        HEAD + "II. NỘI DUNG\n- Từ ngày 01/6 đến ngày 30/6/2026: Tháng hành động vì trẻ em; Hội "
        "Liên hiệp Phụ nữ tỉnh tuyên truyền rộng rãi; Đoàn Thanh niên tổ chức các hoạt động "
        "vui chơi.\n" + SIGN
    )
    assert all(t.deadline_kind.value != "on_date" for t in notice.tasks)


# F4 (MEDIUM) a UBND letter (signed KT. CHỦ TỊCH) relaying "Tỉnh ủy chỉ đạo như sau:" is not
# issued by the Tỉnh ủy.
def test_a_party_order_relayed_by_a_committee_letter_is_no_issuer() -> None:
    text = (
        "Thực hiện Kết luận số 15-KL/TU, UBND tỉnh triển khai như sau. Tại cuộc họp ngày "
        "02/3/2026, Tỉnh ủy chỉ đạo như sau: các sở khẩn trương rà soát.\n1. Sở Tài chính hoàn "
        "thành trước ngày 30/4/2026.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần An\n"
    )
    assert parse_notice(text).issuer != "Tỉnh ủy"


# F5 (MEDIUM) a header read with the place-date first (a PDF's right column extracted first):
# the unit's own line after its parent is dropped when it opens with no word of _BODY_HEADS.
def _issuer(parent: str, unit: str, number: str) -> str | None:
    text = (
        MOTTO + "Hải Đăng, ngày 04 tháng 3 năm 2026\n" + f"{parent}\n{unit}\nSố: {number}\n"
        "V/v triển khai nhiệm vụ\n" + BODY + SIGN
    )
    return parse_notice(text).issuer


def test_date_first_header_keeps_the_power_company_unit() -> None:
    issuer = _issuer("TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", "ĐIỆN LỰC HẢI ĐĂNG", "12/ĐLHĐ-KT")
    assert issuer is not None and "hải đăng" in issuer.lower()


def test_date_first_header_keeps_the_district_labour_union() -> None:
    issuer = _issuer("LIÊN ĐOÀN LAO ĐỘNG TỈNH HẢI ĐĂNG", "LĐLĐ HUYỆN AN PHÚ", "12/LĐLĐ")
    assert issuer is not None and "an phú" in issuer.lower()


def test_date_first_header_keeps_the_brigade() -> None:
    assert "454" in (_issuer("QUÂN KHU 3", "LỮ ĐOÀN 454", "12/KH-LĐ") or "")


# F6 (LOW) "Năm 2026 bảo đảm an ninh trật tự …": an aim held all year, not work due at its end.
def test_a_years_aim_to_keep_order_is_no_deadline() -> None:
    got = _deadlines(
        "II. MỤC TIÊU\n- Năm 2026 bảo đảm an ninh trật tự trên địa bàn; Công an tỉnh chủ trì.\n"
    )
    assert list(got.values()) == [None]


# F7 (LOW) a number coded for the Government Office is not the Prime Minister's own.
def test_a_vpcp_code_is_not_the_prime_minister() -> None:
    text = (
        "Số: 1234/VPCP-KTTH\nV/v triển khai Đề án\n" + BODY + "Nơi nhận:\n- Như trên;\n- Lưu: "
        "VT.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn Bình\n"
    )
    assert parse_notice(text).issuer != "Thủ tướng Chính phủ"


# F8 (LOW) "Số: 12-TB/VPTU HN": the unit word swallows any 2-6 ASCII capitals at the line's end.
def test_a_party_number_does_not_swallow_a_trailing_abbreviation() -> None:
    from notices.metadata import find_number

    assert find_number(["Số: 45-BC/ĐU BCH"]).number == "45-BC/ĐU"


def test_party_style_header_keeps_the_youth_union_unit_after_the_date_row() -> None:
    # left column "ĐOÀN TNCS HỒ CHÍ MINH / TỈNH ĐOÀN … / BCH ĐOÀN KHỐI …", right column
    # "ĐOÀN TNCS HỒ CHÍ MINH / place, date": read row by row the date comes before the unit
    text = (
        "ĐOÀN TNCS HỒ CHÍ MINH\nĐOÀN TNCS HỒ CHÍ MINH\nTỈNH ĐOÀN HẢI ĐĂNG\nHải Đăng, ngày 04 "
        "tháng 3 năm 2026\nBCH ĐOÀN KHỐI CƠ QUAN\nSố 12-KH/ĐTN\nKẾ HOẠCH\nTháng thanh niên\n"
        "1. Các chi đoàn triển khai, hoàn thành trước ngày 30/6/2026.\nNơi nhận:\n- Lưu: VT.\n"
        "T/M BAN CHẤP HÀNH\nBÍ THƯ\nTrần An\n"
    )
    assert "khối cơ quan" in (parse_notice(text).issuer or "").lower()
