"""Round 15 (K24, metadata): the issuer of a text without a header block (a decision's enacting
line, the sentence by which the body orders), a cited document's "Ngày …, X đã ban hành …" is no
meeting date, a year's ad hoc council named over two header lines."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.issuer import spoken_issuer

_BODY = (
    "Điều 1. Giao Phòng Kinh tế chủ trì kiểm tra các cơ sở kinh doanh.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)


@pytest.mark.parametrize(
    ("enacting", "issuer"),
    [
        ("Bộ trưởng bộ tài chính", "Bộ Tài chính"),
        ("Chủ tịch ubnd tỉnh quảng trị", "UBND tỉnh Quảng Trị"),
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CẨM KHÊ", "UBND huyện Cẩm Khê"),
        ("Ủy ban nhân dân thành phố cần thơ", "UBND thành phố Cần Thơ"),
        ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
    ],
)
def test_enacting_line_names_the_issuer(enacting: str, issuer: str) -> None:
    text = (
        "Quyết định về việc thành lập đoàn kiểm tra liên ngành\n\n"
        f"{enacting}\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
        "Quyết định:\n\n" + _BODY
    )
    assert parse_notice(text).issuer == issuer


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("Để chấn chỉnh tình trạng trên, Ủy ban nhân dân tỉnh chỉ thị:", "UBND tỉnh"),
        ("Để khắc phục tồn tại, UBND thành phố Đà Nẵng chỉ thị:", "UBND thành phố Đà Nẵng"),
        ("Uỷ ban nhân dân huyện yêu cầu các phòng, ban thực hiện:", "UBND huyện"),
        ("Để bảo đảm an toàn, Bộ trưởng Bộ Xây dựng chỉ thị:", "Bộ Xây dựng"),
        ("Để phòng chống dịch, Thủ tướng Chính phủ yêu cầu:", "Thủ tướng Chính phủ"),
    ],
)
def test_ordering_sentence_names_the_issuer(sentence: str, issuer: str) -> None:
    text = (
        "Chỉ thị về việc tăng cường công tác phòng cháy chữa cháy\n\n"
        "Thời gian qua, tình hình cháy nổ trên địa bàn diễn biến phức tạp.\n\n"
        f"{sentence}\n\n"
        "1. Sở Công Thương kiểm tra các cơ sở kinh doanh xăng dầu.\n\n"
        "2. Công an tỉnh tăng cường tuyên truyền trong khu dân cư.\n"
    )
    assert parse_notice(text).issuer == issuer


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a body cited or addressed, not speaking
        ["Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh yêu cầu của Bộ Y tế."],
        ["Đề nghị Chủ tịch UBND các huyện chỉ đạo thực hiện."],
        ["Thực hiện Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ về tăng cường kiểm tra."],
        # an authority line with no "Căn cứ" after it is a heading, not an enacting line
        ["Quyết định về việc khen thưởng", "Ủy ban nhân dân tỉnh hà giang", "Điều 1. Khen."],
    ],
)
def test_no_spoken_issuer(paragraphs: list[str]) -> None:
    assert spoken_issuer(paragraphs) is None


def test_header_issuer_wins_over_spoken() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN TAM NÔNG\n\nSố: 12/CT-UBND\n\n"
        "Tam Nông, ngày 3 tháng 4 năm 2026\n\n"
        "CHỈ THỊ\nVề tăng cường phòng chống dịch\n\n"
        "Để phòng chống dịch, Ủy ban nhân dân tỉnh yêu cầu các xã thực hiện:\n\n"
        "1. Phòng Y tế kiểm tra các cơ sở.\n"
    )
    assert parse_notice(text).issuer == "UBND huyện Tam Nông"


def test_cited_document_date_is_no_meeting_date() -> None:
    text = (
        "Chỉ thị về việc tăng cường kiểm tra kinh doanh khí dầu mỏ hóa lỏng\n\n"
        "Ngày 14/3/2025, UBND tỉnh đã ban hành Quyết định số 20/2025/QĐ-UBND quy định điều "
        "kiện kinh doanh khí dầu mỏ hóa lỏng trên địa bàn tỉnh.\n\n"
        "Để thực hiện nghiêm Quyết định trên, Ủy ban nhân dân tỉnh chỉ thị:\n\n"
        "1. Sở Công Thương kiểm tra các cửa hàng kinh doanh khí.\n"
    )
    assert parse_notice(text).issued_date is None


def test_meeting_date_still_read() -> None:
    text = (
        "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại cuộc họp giao ban\n\n"
        "Ngày 14/3/2025, Chủ tịch UBND huyện chủ trì họp giao ban với các phòng, ban chuyên "
        "môn để đánh giá tình hình.\n\n"
        "1. Phòng Kinh tế kiểm tra các cửa hàng kinh doanh khí.\n"
    )
    assert str(parse_notice(text).issued_date) == "2025-03-14"


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        (
            "SỞ NỘI VỤ TỈNH\nLAI CHÂU\nHỘI ĐỒNG TUYỂN DỤNG\nCÔNG CHỨC NĂM 2026",
            "Hội đồng tuyển dụng công chức năm 2026",
        ),
        # a line opening with a body's kind is a body of its own, even ending on a year
        ("UBND TỈNH LAI CHÂU\nBAN CHỈ ĐẠO NĂM 2026", "Ban Chỉ đạo năm 2026 tỉnh Lai Châu"),
    ],
)
def test_council_of_a_year_wraps(head: str, issuer: str) -> None:
    text = (
        f"{head}\n\nSố: 15/TB-HĐTD\n\nLai Châu, ngày 3 tháng 4 năm 2026\n\n"
        "THÔNG BÁO\nVề lịch thi tuyển\n\n1. Thí sinh có mặt đúng giờ tại hội trường.\n"
    )
    assert parse_notice(text).issuer == issuer


# --- scans -------------------------------------------------------------------------------------


def _scan(head: str, tail: str = "") -> str:
    return (
        f"{head}\n\nTHÔNG BÁO\nVề lịch kiểm tra\n\n1. Các đơn vị chuẩn bị hồ sơ kiểm tra.\n\n"
        f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n{tail}"
    )


def test_ocr_eight_read_as_s_caron() -> None:
    head = "SỞ Y TẾ\n\nSố: 14/SYT-NV\tKiên Giang, ngày 2Š tháng 0Š năm 2024"
    assert str(parse_notice(_scan(head)).issued_date) == "2024-08-28"


def test_ocr_unreadable_day_stays_blank() -> None:
    head = "SỞ Y TẾ\n\nSố: 14/SYT-NV\tKiên Giang, ngày Ê tháng 08 năm 2024"
    assert parse_notice(_scan(head)).issued_date is None


def test_speck_before_number_label() -> None:
    head = "CÔNG AN TỈNH\nPHÒNG AN NINH\n\nk) Số: 27 /CV-PA01\tVinh, ngày 3 tháng 5 năm 2024"
    assert parse_notice(_scan(head)).doc_number == "27/CV-PA01"


def test_speck_rule_needs_a_label_and_digits() -> None:
    head = "CÔNG AN TỈNH\nPHÒNG AN NINH\n\nVề số: lượng hồ sơ\tVinh, ngày 3 tháng 5 năm 2024"
    assert parse_notice(_scan(head)).doc_number is None


@pytest.mark.parametrize(
    ("tail", "signer"),
    [
        ("TRƯỞNG PHÒNG\n\nThượng tá Trần Văn Bình\n", "Trần Văn Bình"),
        ("TRƯỞNG PHÒNG\n\nĐại úy Lê Thị Hoa\n", "Lê Thị Hoa"),
        # a name opening with a rank's word is kept whole
        ("TRƯỞNG PHÒNG\n\nTrung Văn Đại\n", "Trung Văn Đại"),
    ],
)
def test_rank_before_signer(tail: str, signer: str) -> None:
    head = "CÔNG AN TỈNH\nPHÒNG AN NINH\n\nSố: 27 /CV-PA01\tVinh, ngày 3 tháng 5 năm 2024"
    assert parse_notice(_scan(head, tail)).signer == signer


@pytest.mark.parametrize("noise", ["4 SG AI", "S& 27J4/YTDP-SR"])
def test_header_noise_is_no_issuer(noise: str) -> None:
    head = (
        f"SỞ Y TẾ\nTRUNG TÂM Y TẾ DỰ PHÒNG\n{noise}\n\n"
        "Số: 14/TTYT\tHà Nội, ngày 5 tháng 8 năm 2024"
    )
    assert parse_notice(_scan(head)).issuer == "Trung tâm Y tế dự phòng"


@pytest.mark.parametrize(
    ("line", "issued"),
    [
        ("kết nối với Hệ thống dữ liệu Đà Nẵng, ngày 12 tháng 10 năm 2025", "2025-10-12"),
        # a place attached to a body or a citation is no place-date line
        ("Công văn của UBND tỉnh Lạng Sơn, ngày 12 tháng 10 năm 2025", "None"),
        ("Hội nghị tổ chức tại Đà Nẵng, ngày 12 tháng 10 năm 2025", "None"),
    ],
)
def test_place_date_merged_with_subject(line: str, issued: str) -> None:
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 61 /BGDĐT-CNTT\n\nV/v hướng dẫn kết nối dữ liệu\n"
        f"{line}\n\nKính gửi: Các sở giáo dục và đào tạo\n\n"
        "Đề nghị các sở hoàn thành kết nối dữ liệu trước ngày 30/11/2025.\n"
    )
    assert str(parse_notice(text).issued_date) == issued


# --- F24: review R24's findings -------------------------------------------------------------

_TM_UBND = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Hùng"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Thực hiện Chỉ thị số 05/CT-TTg ngày 01/3/2026, Thủ tướng Chính phủ yêu cầu các bộ, "
            "ngành, địa phương tăng cường phòng cháy, chữa cháy.\nĐể triển khai thực hiện, Ủy ban "
            "nhân dân tỉnh yêu cầu các sở, ngành, UBND các huyện thực hiện:\n1. Công an tỉnh kiểm "
            "tra an toàn phòng cháy, hoàn thành trước ngày 30/4/2026.\n2. Sở Xây dựng rà soát các "
            "công trình." + _TM_UBND,
            "UBND tỉnh",
        ),
        (
            "Thực hiện Công văn số 900/UBND-NN ngày 01/3/2026, UBND tỉnh yêu cầu các địa phương "
            "chủ động phòng chống hạn hán.\nUBND huyện đề nghị các xã, thị trấn thực hiện:\n1. "
            "UBND các xã kiểm tra hồ đập, hoàn thành trước ngày 30/4/2026." + _TM_UBND,
            "UBND huyện",
        ),
        (
            "Thực hiện Công văn số 300/UBND-KGVX ngày 10/3/2026, UBND tỉnh yêu cầu các sở, ngành "
            "chủ động phòng chống dịch. Sở Y tế đề nghị các đơn vị trực thuộc thực hiện các nội "
            "dung sau:\n1. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức giám sát dịch, báo cáo trước "
            "ngày 20/3/2026.\n2. Các bệnh viện chuẩn bị thuốc, vật tư.\nKT. GIÁM ĐỐC\nPHÓ GIÁM "
            "ĐỐC\nLê Thị Mai",
            None,
        ),
        (
            "Thực hiện Kết luận số 15-KL/TU, Ban Thường vụ Huyện ủy đã chỉ đạo; theo đó, UBND "
            "huyện yêu cầu các xã rà soát.\n1. Đảng ủy các xã lãnh đạo rà soát, hoàn thành trước "
            "ngày 30/4/2026.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nHoàng Văn Nam",
            None,
        ),
    ],
)
def test_quoted_superior_is_no_issuer(text: str, issuer: str | None) -> None:
    assert parse_notice(text).issuer == issuer


def test_orders_after_own_citation_still_speak() -> None:
    # negative: the clause after a citation is skipped, the body's own sentence still counts
    paragraphs = ["Để triển khai thực hiện, Ủy ban nhân dân huyện yêu cầu các xã thực hiện:"]
    assert spoken_issuer(paragraphs) == "UBND huyện"
    assert spoken_issuer(paragraphs, signed_for="ỦY BAN NHÂN DÂN") == "UBND huyện"
    assert spoken_issuer(paragraphs, signed_for="BAN THƯỜNG VỤ") is None
    # an unnamed instruction is no cited document
    told = ["Thực hiện ý kiến chỉ đạo, Bộ trưởng Bộ Nội vụ yêu cầu các đơn vị thực hiện:"]
    assert spoken_issuer(told) == "Bộ Nội vụ"


def test_task_items_name_no_issuer() -> None:
    text = (
        "Triển khai Kế hoạch số 20/KH-UBND, đề nghị các phòng, ban thực hiện:\n1. Phòng Văn hóa "
        "tổ chức tuyên truyền; UBND xã đề nghị hỗ trợ kinh phí, hoàn thành trước 30/4/2026.\n2. "
        "Phòng Tài chính bố trí kinh phí."
    )
    assert parse_notice(text).issuer is None


@pytest.mark.parametrize(
    "opening",
    [
        "Ngày 05/3/2026, UBND huyện tổ chức hội nghị đánh giá kết quả thực hiện các chính sách đã "
        "ban hành năm 2025. Chủ tịch UBND huyện kết luận:",
        "Ngày 05/3/2026, Thường trực HĐND huyện họp rà soát các nghị quyết đã ban hành. Thường "
        "trực HĐND huyện kết luận:",
    ],
)
def test_meeting_on_issued_documents_keeps_its_date(opening: str) -> None:
    text = opening + "\n1. Phòng Nội vụ tổng hợp, hoàn thành trước ngày 30/4/2026."
    assert str(parse_notice(text).issued_date) == "2026-03-05"


@pytest.mark.parametrize("code", ["389/ĐP", "138/CP"])
def test_committee_named_with_a_code(code: str) -> None:
    text = (
        f"UBND TỈNH LẠNG SƠN\nBAN CHỈ ĐẠO {code}\nSố: 12/TB-BCĐ\nLạng Sơn, ngày 12 tháng 3 năm "
        "2026\nTHÔNG BÁO\nKết luận của Trưởng Ban Chỉ đạo\n1. Cục Quản lý thị trường tăng cường "
        "kiểm tra, báo cáo trước ngày 30/4/2026."
    )
    issuer = parse_notice(text).issuer
    assert issuer is not None and issuer.casefold().startswith(f"ban chỉ đạo {code}".casefold())


def test_sentence_date_is_no_place_date() -> None:
    text = (
        "THÔNG BÁO\nVề việc tổ chức Giải chạy vì sức khỏe cộng đồng\nGiải chạy được tổ chức trên "
        "địa bàn Hà Nội, ngày 15 tháng 9 năm 2026 với sự tham gia của các đơn vị.\nBan Tổ chức "
        "đề nghị:\n1. Các đơn vị đăng ký danh sách vận động viên trước ngày 30/8/2026."
    )
    assert parse_notice(text).issued_date is None


@pytest.mark.parametrize(
    ("name", "signer"),
    [("Trung Tá Minh", "Trung Tá Minh"), ("Đại Tá Minh Châu", "Đại Tá Minh Châu")],
)
def test_rank_like_capitalised_name_kept(name: str, signer: str) -> None:
    text = "Về việc kiểm tra\n1. Phòng A kiểm tra.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n" + name
    assert parse_notice(text).signer == signer
