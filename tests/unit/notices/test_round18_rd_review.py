from pathlib import Path

from notices import parse_notice
from notices.readers.pdf_reader import read_pdf
from notices.readers.pdf_tables import join_pages
from tests.unit.notices.test_round18_rd import _HEADER, _WIDTHS, _table_pdf

_HEAD = "| TT | Nội dung | Chủ trì | Thời hạn |"


def test_an_unnumbered_sub_row_after_the_break_stays_its_own() -> None:
    # STT 3 merged over two sub-rows; Word leaves the merged cell empty on the next page
    before = (
        _HEAD + "\n| 3 | Rà soát chương trình đào tạo | Khoa Công nghệ thông tin | 30/6/2026 |"
    )
    after = (
        _HEAD + "\n|  | Cập nhật đề cương học phần | Khoa Kinh tế | 31/7/2026 |"
        "\n| 4 | Tổng kết năm học | Văn phòng | 31/7/2026 |"
    )
    (joined,) = join_pages([before, after])
    assert "|  | Cập nhật đề cương học phần | Khoa Kinh tế | 31/7/2026 |" in joined


def test_a_section_row_after_the_break_is_not_glued_to_the_row_above() -> None:
    before = _HEAD + "\n| 2 | Tổ chức hội thảo khoa học | Phòng Khoa học | 30/6/2026 |"
    after = "|  | CÔNG TÁC SINH VIÊN |  |  |\n| 3 | Tổ chức tuần sinh hoạt công dân | Phòng Công tác sinh viên | 15/9/2026 |"
    (joined,) = join_pages([before, after])
    assert "| 2 | Tổ chức hội thảo khoa học | Phòng Khoa học | 30/6/2026 |" in joined


def test_the_rest_of_a_last_row_alone_on_the_next_page_is_joined(font_path: Path) -> None:
    first = [
        _HEADER,
        ("1", "Xây dựng kế hoạch tuyển sinh", "Phòng Đào tạo", "31/3/2026"),
        ("2", "Xây dựng và ban hành hướng dẫn đánh giá", "Phòng Thanh tra", "30/4/2026"),
    ]
    second = [("", "mức độ hài lòng của người học", "", "")]
    text = read_pdf(_table_pdf(font_path, [first, second], _WIDTHS))
    assert "hướng dẫn đánh giá mức độ hài lòng của người học | Phòng Thanh tra |" in text


def test_a_bordered_header_table_keeps_the_issuer(font_path: Path) -> None:
    header = [
        (
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC THỦY LỢI",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        ),
        ("Số: 125/TB-ĐHTL", "Hà Nội, ngày 05 tháng 3 năm 2026"),
    ]
    text = read_pdf(_table_pdf(font_path, [header], (80.0, 100.0)))
    body = (
        "\n\nTHÔNG BÁO\nVề việc nộp báo cáo tổng kết năm học 2025-2026\n\n"
        "Nhà trường đề nghị các đơn vị nộp báo cáo về Phòng Đào tạo trước ngày 15/5/2026."
    )
    assert parse_notice(text + body).issuer == "Trường Đại học thủy lợi"
