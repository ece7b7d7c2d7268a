"""Round 32 (news): a news item that reports a document names its number, date and issuer.

Legal-news sites and provincial portals publish a document's operative part under a lead
sentence instead of its header block: "Ngày 5/12/2025, UBND tỉnh An Giang đã có Thông báo
200/TB-UBND năm 2025 về …", "Văn phòng Chính phủ vừa ban hành Thông báo số 285/TB-VPCP ngày
5/6/2025 …", "Theo Công văn 6131/UBND-XDCT năm 2025 của UBND tỉnh Gia Lai, …". That lead is the
only place the document's number, date and issuer are written. A document with a header keeps
its header's; a body sentence citing another document later on, a past event's date and a lead
that names no number give nothing. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice

_ITEMS = """Theo đó, UBND tỉnh yêu cầu:
- Sở Xây dựng chủ trì rà soát các dự án chậm tiến độ, báo cáo trước ngày 15/01/2026.
- UBND các xã, phường phối hợp giải phóng mặt bằng các công trình trọng điểm.
"""


@pytest.mark.parametrize(
    ("lead", "number", "doc_type", "issued", "issuer"),
    [
        (
            "Ngày 5/12/2025, UBND tỉnh Lâm Đồng đã có Thông báo 214/TB-UBND năm 2025 về việc "
            "đẩy nhanh tiến độ các dự án.",
            "214/TB-UBND",
            "TB",
            date(2025, 12, 5),
            "UBND tỉnh Lâm Đồng",
        ),
        (
            "Ngày 17/11/2025, UBND tỉnh Thái Nguyên ban hành Công văn 5120/UBND-KT về việc rà "
            "soát các dự án.",
            "5120/UBND-KT",
            "CV",
            date(2025, 11, 17),
            "UBND tỉnh Thái Nguyên",
        ),
        (
            "Văn phòng Chính phủ vừa ban hành Thông báo số 301/TB-VPCP ngày 9/7/2025 kết luận "
            "của Phó Thủ tướng về các dự án giao thông.",
            "301/TB-VPCP",
            "TB",
            date(2025, 7, 9),
            "Văn phòng Chính phủ",
        ),
        (
            "Ngày 02/3/2025, Thủ tướng Chính phủ đã có Công điện 27/CĐ-TTg năm 2025về việc rà "
            "soát các dự án tồn đọng.",
            "27/CĐ-TTg",
            "CĐ",
            date(2025, 3, 2),
            "Thủ tướng Chính phủ",
        ),
        (
            "Ngày 29/10/2018, Cục Cứu hộ - Cứu nạn đã có công điện số 41/TK gửi các quân khu "
            "với nội dung:",
            "41/TK",
            "CĐ",
            date(2018, 10, 29),
            "Cục Cứu hộ - Cứu nạn",
        ),
        (
            "Ngày 24/10/2025, UBND TP. Hồ Chí Minh ban hành Công văn 6011/UBND-NC năm 2025 về "
            "việc tiếp nhận hồ sơ trực tuyến.",
            "6011/UBND-NC",
            "CV",
            date(2025, 10, 24),
            "UBND thành phố Hồ Chí Minh",
        ),
        (
            "Theo Công văn 7013/UBND-XDCT năm 2025 của UBND tỉnh Đắk Lắk, Chủ tịch UBND tỉnh đã "
            "nêu một số ý kiến chỉ đạo.",
            "7013/UBND-XDCT",
            "CV",
            None,
            "UBND tỉnh Đắk Lắk",
        ),
        (
            "Ngày 25/11/2025, UBND tỉnh Cà Mau đã ban hành Kế hoạch 0207/KH-UBND triển khai lập "
            "quy hoạch.",
            "0207/KH-UBND",
            "KH",
            date(2025, 11, 25),
            "UBND tỉnh Cà Mau",
        ),
        (  # no diacritics, as typed on a phone
            "Ngay 3/4/2025, UBND tinh Ben Tre da ban hanh Cong van 1502/UBND-KT ve viec ra soat.",
            "1502/UBND-KT",
            "CV",
            date(2025, 4, 3),
            "UBND tinh Ben Tre",
        ),
    ],
)
def test_a_news_lead_gives_the_documents_metadata(
    lead: str, number: str, doc_type: str, issued: date | None, issuer: str
) -> None:
    notice = parse_notice(f"{lead}\n\n{_ITEMS}")
    assert notice.doc_number == number
    assert notice.doc_type == doc_type
    assert notice.issued_date == issued
    assert notice.issuer == issuer


def test_the_lead_may_follow_a_headline() -> None:
    text = (
        "Bắc Ninh đẩy nhanh giải phóng mặt bằng khu công nghiệp\n\n"
        "Ngày 17/11/2025, UBND tỉnh Bắc Ninh ban hành Công văn 4858/UBND-KTTH về việc đẩy nhanh "
        f"giải phóng mặt bằng.\n\n{_ITEMS}"
    )
    notice = parse_notice(text)
    assert notice.doc_number == "4858/UBND-KTTH"
    assert notice.issued_date == date(2025, 11, 17)


def test_a_header_number_stands() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH BẮC NINH\tĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 4900/UBND-KT\tBắc Ninh, ngày 20 tháng 11 năm 2025\n\n"
        "Ngày 17/11/2025, UBND tỉnh Bắc Ninh đã ban hành Công văn 4858/UBND-KTTH về việc đẩy "
        f"nhanh giải phóng mặt bằng.\n\n{_ITEMS}"
    )
    notice = parse_notice(text)
    assert notice.doc_number == "4900/UBND-KT"
    assert notice.issued_date == date(2025, 11, 20)


@pytest.mark.parametrize(
    "opening",
    [
        # a past event, no document
        "Ngày 12/11/2025, UBND tỉnh đã tổ chức hội nghị sơ kết công tác giải phóng mặt bằng.",
        # a document cited deep in a sentence, not the item's lead
        "Thực hiện chỉ đạo của Tỉnh ủy, các sở, ngành đã triển khai nhiều giải pháp theo Công văn "
        "số 812/UBND-KT ngày 02/3/2025 của UBND tỉnh.",
        # a lead that names the document but no number
        "Ngày 5/12/2025, UBND tỉnh An Giang đã có Thông báo về việc treo Quốc kỳ.",
    ],
)
def test_no_lead_no_metadata(opening: str) -> None:
    notice = parse_notice(f"{opening}\n\n{_ITEMS}")
    assert notice.doc_number is None


def test_the_lead_is_read_near_the_top_only() -> None:
    filler = "\n\n".join(
        f"Đoạn tin thứ {i} nói về tình hình giao thông trong tỉnh." for i in range(6)
    )
    text = (
        f"{filler}\n\nNgày 17/11/2025, UBND tỉnh Bắc Ninh ban hành Công văn 4858/UBND-KTTH về "
        f"việc đẩy nhanh giải phóng mặt bằng.\n\n{_ITEMS}"
    )
    assert parse_notice(text).doc_number is None
