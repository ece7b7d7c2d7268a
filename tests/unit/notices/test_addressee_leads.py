"""Letters whose lead is their addressee: "Kính gửi: A; B" and a body that asks "các đơn vị",
"Quý cơ quan" or the points under "… có ý kiến như sau:" to act. The points are the addressees'
work, never the issuer's (who only gives its view) nor the body a report is sent to."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze

SIGNATURE = """
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn Sinh
"""


def letter(head: str, addressees: str, body: str) -> list[list[str]]:
    notice = parse_notice(f"{head}\n{addressees}\n\n{body}\n\nTrân trọng./.\n{SIGNATURE}")
    return [list(t.lead) for t in notice.tasks]


# Pasted as plain text, the motto's two lines may come out as one paragraph.
GLUED_HEAD = """|
**BỘ GIÁO DỤC VÀ ĐÀO TẠO**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 5120/BGDĐT-GDPT
*V/v tổ chức kiểm tra cuối học kỳ I*
|
*Hà Nội, ngày 18 tháng 11 năm 2025*
|
"""


@pytest.mark.parametrize(
    "body",
    [
        "Để chuẩn bị tổ chức kiểm tra cuối học kỳ I năm học 2025-2026, Bộ Giáo dục và Đào tạo"
        " đề nghị các đơn vị khẩn trương rà soát kế hoạch kiểm tra và gửi báo cáo về Bộ trước"
        " ngày 15/12/2025.",
        "Bộ Giáo dục và Đào tạo đề nghị Quý cơ quan chỉ đạo rà soát kế hoạch kiểm tra, bảo đảm"
        " an toàn, nghiêm túc và báo cáo kết quả trước ngày 15/12/2025.",
        "Thực hiện Chỉ thị số 15/CT-TTg, Bộ Giáo dục và Đào tạo yêu cầu các cơ quan, đơn vị tổ"
        " chức kiểm tra cuối học kỳ I đúng kế hoạch, bảo đảm an toàn, nghiêm túc.",
    ],
)
def test_every_addressee_line_leads_when_the_motto_is_one_paragraph(body: str) -> None:
    addressees = (
        "Kính gửi:\n- Sở Giáo dục và Đào tạo các tỉnh, thành phố;\n- Các đại học, trường đại học."
    )
    assert letter(GLUED_HEAD, addressees, body) == [
        ["Sở Giáo dục và Đào tạo các tỉnh, thành phố", "Các đại học, trường đại học"]
    ]


HEAD = """BỘ XÂY DỰNG
Số: 8123/BXD-KHTC
V/v kiến nghị của tỉnh Cao Bằng
Hà Nội, ngày 20 tháng 11 năm 2025
"""


@pytest.mark.parametrize(
    "intro",
    [
        "Về vấn đề này, Bộ Xây dựng có ý kiến như sau:",
        "Sau khi nghiên cứu, Bộ Xây dựng trả lời như sau:",
        "Bộ Xây dựng xin có ý kiến như sau:",
        "Về nội dung trên, Bộ Xây dựng có một số ý kiến:",
        "Bộ trưởng Bộ Xây dựng có ý kiến chỉ đạo như sau:",
    ],
)
def test_points_under_the_issuers_view_are_the_addressees(intro: str) -> None:
    body = (
        "Bộ Xây dựng nhận được Công văn số 1234/UBND-KT ngày 10/11/2025 của Ủy ban nhân dân tỉnh"
        f" Cao Bằng về việc đề nghị hỗ trợ đầu tư. {intro}\n\n"
        "1. Hoàn thiện hồ sơ đề xuất, gửi Bộ Xây dựng trước ngày 20/12/2025 để tổng hợp.\n\n"
        "2. Chủ động bố trí ngân sách địa phương để thực hiện dự án."
    )
    leads = letter(HEAD, "Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng", body)
    assert leads == [["Ủy ban nhân dân tỉnh Cao Bằng"], ["Ủy ban nhân dân tỉnh Cao Bằng"]]


def test_an_issuer_that_asks_under_its_view_still_names_the_lead() -> None:
    body = (
        "Về vấn đề này, Bộ Xây dựng có ý kiến và đề nghị Sở Xây dựng tỉnh Cao Bằng thực hiện"
        " như sau:\n\n1. Rà soát hồ sơ thiết kế của dự án.\n\n2. Báo cáo kết quả trước ngày"
        " 20/12/2025."
    )
    leads = letter(HEAD, "Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng", body)
    assert leads == [["Sở Xây dựng tỉnh Cao Bằng"], ["Sở Xây dựng tỉnh Cao Bằng"]]


@pytest.mark.parametrize("edge", [" |", "|", " | "])
def test_an_addressee_cell_keeps_no_table_edge(edge: str) -> None:
    addressees = (
        "Kính gửi:\n|\n- Sở Giáo dục và Đào tạo tỉnh Lào Cai;\n"
        f"- Sở Giáo dục và Đào tạo tỉnh Yên Bái.{edge}"
    )
    body = "1. Về công tác tuyển sinh\n\nRà soát chỉ tiêu tuyển sinh, báo cáo Bộ trước ngày 31/12."
    assert letter(HEAD, addressees, body) == [
        ["Sở Giáo dục và Đào tạo tỉnh Lào Cai", "Sở Giáo dục và Đào tạo tỉnh Yên Bái"]
    ]


BODY_OPENING = (
    "Ngày 10/11/2025, Bộ Giáo dục và Đào tạo đã ban hành Công văn số 100/BGDĐT-KHTC hướng dẫn"
    " xây dựng kế hoạch năm 2026.\n\n"
)


@pytest.mark.parametrize(
    "request_",
    [
        "Đề nghị Quý cơ quan khẩn trương rà soát, gửi ý kiến về Bộ trước ngày 15/12/2025.",
        "Đề nghị Quý Ủy ban chỉ đạo rà soát, phản hồi về Bộ trước ngày 15/12/2025.",
        "Bộ Giáo dục và Đào tạo đề nghị Quý Bộ, Quý Ủy ban có ý kiến bằng văn bản trước ngày"
        " 15/12/2025.",
        "Trong quá trình thực hiện, đề nghị Quý đơn vị phản hồi kết quả về Bộ trước ngày"
        " 15/12/2025.",
    ],
)
def test_quy_co_quan_is_the_letters_addressees(request_: str) -> None:
    addressees = "Kính gửi:\n- Bộ Tài chính;\n- Ủy ban nhân dân tỉnh Lào Cai."
    assert letter(HEAD, addressees, BODY_OPENING + request_) == [
        ["Bộ Tài chính", "Ủy ban nhân dân tỉnh Lào Cai"]
    ]


def test_points_under_a_request_to_quy_co_quan_are_the_addressees() -> None:
    body = (
        "Bộ Xây dựng đề nghị Quý cơ quan quan tâm, chỉ đạo thực hiện một số nội dung sau:\n\n"
        "1. Rà soát tình hình giải ngân vốn đầu tư công các dự án giao thông.\n\n"
        "2. Gửi báo cáo kết quả về Bộ Xây dựng trước ngày 05/12/2025."
    )
    addressees = "Kính gửi:\n- Bộ Tài chính;\n- Ủy ban nhân dân tỉnh Tuyên Quang."
    assert letter(HEAD, addressees, body) == [
        ["Bộ Tài chính", "Ủy ban nhân dân tỉnh Tuyên Quang"],
        ["Bộ Tài chính", "Ủy ban nhân dân tỉnh Tuyên Quang"],
    ]


def test_quy_co_quan_without_kinh_gui_stays_as_written() -> None:
    body = BODY_OPENING + "Đề nghị Quý cơ quan phản hồi về Bộ trước ngày 15/12/2025."
    notice = parse_notice(f"{HEAD}\n{body}\n{SIGNATURE}")
    assert [list(t.lead) for t in notice.tasks] == [["Quý cơ quan"]]


@pytest.mark.parametrize(
    ("sentence", "leads"),
    [
        (
            "UBND thành phố Hà Nội đề nghị các Đại sứ quán, các tỉnh, thành phố, yêu cầu các Sở,"
            " ngành, địa phương cử đầu mối phối hợp triển khai Kế hoạch.",
            ["các Đại sứ quán", "các tỉnh, thành phố", "các Sở, ngành, địa phương"],
        ),
        (
            "Đề nghị các Đại sứ quán các nước: Trung Quốc, Ấn Độ, Cộng hòa Liên bang Nga lựa chọn"
            " tiết mục nghệ thuật và cử đoàn tham gia.",
            ["Đại sứ quán Trung Quốc", "Đại sứ quán Ấn Độ", "Đại sứ quán Cộng hòa Liên bang Nga"],
        ),
        (
            "Đề nghị Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh phối hợp tổ chức"
            " chương trình giao lưu văn hóa.",
            ["Tổng Lãnh sự quán Nhật Bản"],
        ),
    ],
)
def test_embassies_lead(sentence: str, leads: list[str]) -> None:
    assert [a.name for a in analyze(sentence).leads] == leads
