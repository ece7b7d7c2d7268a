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
    after = (
        "|  | CÔNG TÁC SINH VIÊN |  |  |\n"
        "| 3 | Tổ chức tuần sinh hoạt công dân | Phòng Công tác sinh viên | 15/9/2026 |"
    )
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


def test_the_rest_of_a_row_in_one_cell_opening_in_capitals_is_joined() -> None:
    # the cut falls inside the task's text before an abbreviation; the other cells ended above
    before = (
        _HEAD + "\n| 8 | Ban hành hướng dẫn đo lường mức độ đạt chuẩn đầu ra của "
        "| Phòng Khảo thí | 31/5/2026 |"
    )
    after = (
        "|  | CTĐT ở thời điểm tốt nghiệp |  |  |\n"
        "| 9 | Tổng kết năm học | Văn phòng | 31/7/2026 |"
    )
    (joined,) = join_pages([before, after])
    assert "chuẩn đầu ra của CTĐT ở thời điểm tốt nghiệp | Phòng Khảo thí | 31/5/2026 |" in joined


def test_the_rest_of_a_row_in_every_cell_is_joined_when_one_opens_in_lower_case() -> None:
    before = (
        _HEAD + "\n| 3 | Xây dựng kế hoạch tự đánh giá chương trình cử nhân Khoa học "
        "| Phòng Khảo thí và Đảm bảo | Hoàn thành trước |"
    )
    after = "|  | và Kỹ thuật máy tính | Chất lượng | 31/1/2026 |"
    (joined,) = join_pages([before, after])
    assert joined.endswith(
        "| 3 | Xây dựng kế hoạch tự đánh giá chương trình cử nhân Khoa học và Kỹ thuật máy tính "
        "| Phòng Khảo thí và Đảm bảo Chất lượng | Hoàn thành trước 31/1/2026 |"
    )


def test_a_numbered_row_alone_on_the_next_page_goes_on_in_the_table(font_path: Path) -> None:
    # no header repeated; the first page's number stands below its table
    first = [
        _HEADER,
        ("1", "Hoàn thiện hồ sơ kiểm định chất lượng", "Trung tâm Khảo thí", "30/5/2026"),
    ]
    second = [("2", "Báo cáo tự đánh giá chương trình đào tạo", "Các khoa", "30/6/2026")]
    text = read_pdf(_table_pdf(font_path, [first, second], _WIDTHS, page_numbers=True))
    assert (
        "| 1 | Hoàn thiện hồ sơ kiểm định chất lượng | Trung tâm Khảo thí | 30/5/2026 |\n"
        "| 2 | Báo cáo tự đánh giá chương trình đào tạo | Các khoa | 30/6/2026 |" in text
    )
    leads = [task.lead for task in parse_notice(text).tasks]
    assert leads == [("Trung tâm Khảo thí",), ("Các khoa",)]


def test_a_row_alone_in_other_columns_is_no_part_of_the_table_above(font_path: Path) -> None:
    first = [_HEADER, ("1", "Hoàn thiện hồ sơ kiểm định", "Trung tâm Khảo thí", "30/5/2026")]
    second = [("Kính gửi:", "Các khoa, phòng, trung tâm", "", "")]
    text = read_pdf(
        _table_pdf(font_path, [first, second], _WIDTHS, later_widths=(30.0, 80.0, 40.0, 27.0))
    )
    assert text.count("|") == 2 * 5
    assert "Kính gửi:" in text and "| Kính gửi:" not in text


def test_a_bordered_signature_block_reads_as_lines(font_path: Path) -> None:
    rows = [
        ("Nơi nhận:", "KT. GIÁM ĐỐC"),
        ("- Như trên;\n- Lưu: VT, KHTC.", "PHÓ GIÁM ĐỐC\n\nTrần Thị Hoa"),
    ]
    text = read_pdf(_table_pdf(font_path, [rows], (80.0, 100.0)))
    assert "|" not in text
    assert text.startswith("Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n")


def test_a_numbered_two_column_table_stays_a_table(font_path: Path) -> None:
    rows = [("TT", "Nội dung"), ("1", "Nộp báo cáo tổng kết"), ("2", "Nộp kế hoạch năm học")]
    text = read_pdf(_table_pdf(font_path, [rows], (12.0, 120.0)))
    assert "| 1 | Nộp báo cáo tổng kết |\n| 2 | Nộp kế hoạch năm học |" in text


def test_a_table_inside_a_cell_or_without_words_adds_no_rows(font_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(font_path))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()

    def box(x: float, y: float, w: float, h: float, text: str = "") -> None:
        pdf.rect(x, y, w, h)
        if text:
            pdf.set_xy(x + 1, y + 0.5)
            pdf.multi_cell(w - 2, 5, text)

    for x, w, text in ((15, 12, "TT"), (27, 80, "Nội dung"), (107, 50, "Đơn vị")):
        box(x, 20, w, 7, text)
    for x, w, text in ((15, 12, "1"), (27, 80, "Chấm thi theo lịch:"), (107, 50, "Các khoa")):
        box(x, 27, w, 24, text)
    for y, left, right in ((34, "Đợt 1", "Khoa Toán"), (41, "Đợt 2", "Khoa Vật lý")):
        box(29, y, 30, 7, left)  # a table drawn inside the content cell
        box(59, y, 36, 7, right)
    for y in (70, 77):  # an empty grid below
        box(15, y, 60, 7)
        box(75, y, 60, 7)
    text = read_pdf(bytes(pdf.output()))
    assert text == (
        "| TT | Nội dung | Đơn vị |\n"
        "| 1 | Chấm thi theo lịch: Đợt 1 Khoa Toán Đợt 2 Khoa Vật lý | Các khoa |"
    )
