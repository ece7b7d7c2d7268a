"""A decision or resolution that issues an action programme: the programme's appendix table is
where its tasks are. Its header may carry columns besides the task columns ("Kết quả dự kiến",
"Nguồn kinh phí"); its rows are grouped under Roman headings with the numbering restarting; a
merged-cell row continues a numbered row without a number (and often without a time) cell; a
time cell may be a span of years. Examples written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.tables import task_table_rows

_WRAPPER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 77/QĐ-BNNMT
Hà Nội, ngày 03 tháng 3 năm 2027
QUYẾT ĐỊNH
Ban hành Chương trình hành động về phát triển rừng ven biển
BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động về phát triển rừng ven biển.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Bộ, Thủ trưởng các đơn vị chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
BỘ TRƯỞNG
Lê Văn Khải
CHƯƠNG TRÌNH HÀNH ĐỘNG
Về phát triển rừng ven biển
(Ban hành kèm theo Quyết định số 77/QĐ-BNNMT ngày 03/3/2027)
I. MỤC ĐÍCH, YÊU CẦU
Bảo vệ và phát triển bền vững rừng ven biển.
II. TỔ CHỨC THỰC HIỆN
Kinh phí thực hiện bảo đảm từ ngân sách nhà nước theo phân cấp.
PHỤ LỤC
DANH MỤC NHIỆM VỤ
"""


def _vertical(rows: list[list[str]]) -> str:
    """A scrape that writes each cell on its own line between "|" lines."""
    lines: list[str] = []
    for row in rows:
        lines.append("|")
        for cell in row:
            lines.extend([cell, "|"])
        lines.append("|")
    return "\n".join(lines)


_HEADER = ["**TT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**",
           "**Thời gian hoàn thành**", "**Kết quả dự kiến**", "**Nguồn kinh phí**"]  # fmt: skip


def test_a_header_with_result_and_funding_columns_still_gives_the_rows() -> None:
    table = _vertical(
        [
            _HEADER,
            ["1", "Điều tra hiện trạng rừng phòng hộ ven biển", "Cục Lâm nghiệp",
             "Các Viện nghiên cứu", "Quý III/2027", "Báo cáo", "Ngân sách trung ương"],
            ["2", "Xây dựng bản đồ số rừng ngập mặn", "Viện Điều tra quy hoạch rừng",
             "Cục Lâm nghiệp", "Quý IV/2027", "Bản đồ", "Ngân sách trung ương"],
        ]
    )  # fmt: skip
    notice = parse_notice(_WRAPPER + table)
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Cục Lâm nghiệp",), date(2027, 9, 30)),
        (("Viện Điều tra quy hoạch rừng",), date(2027, 12, 31)),
    ]


@pytest.mark.parametrize("other", ["Nguồn kinh phí", "Nguồn vốn", "Dự toán kinh phí"])
def test_columns_besides_the_task_columns_leave_the_header_a_task_header(other: str) -> None:
    table = _vertical(
        [
            ["**STT**", "**Nội dung**", "**Đơn vị chủ trì**", "**Thời hạn**", f"**{other}**"],
            ["1", "Trồng mới 50 ha rừng ngập mặn", "Ban Quản lý rừng phòng hộ", "Năm 2028", "-"],
        ]
    )
    notice = parse_notice(_WRAPPER + table)
    assert [t.lead for t in notice.tasks] == [("Ban Quản lý rừng phòng hộ",)]


_GROUPED = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    ["I", "Hoàn thiện cơ chế, chính sách"],
    ["1", "Sửa đổi quy chế quản lý rừng phòng hộ", "Cục Lâm nghiệp", "Vụ Pháp chế", "Quý II/2027"],
    ["Ban hành hướng dẫn kỹ thuật trồng rừng ngập mặn", "Vụ Khoa học và Công nghệ"],
    ["II", "Đầu tư hạ tầng"],
    ["1", "Nâng cấp trạm quan trắc ven biển", "Trung tâm Quan trắc", "Cục Lâm nghiệp", "Năm 2028"],
]  # fmt: skip


def test_a_row_without_its_spanned_number_cell_is_a_task_with_the_rows_time() -> None:
    sentences = task_table_rows(_GROUPED)
    assert sentences is not None
    assert [s.split(". ", 1)[1].split(":")[0] for s in sentences] == [
        "Giao Cục Lâm nghiệp chủ trì, phối hợp với Vụ Pháp chế",
        "Giao Vụ Khoa học và Công nghệ chủ trì",
        "Giao Trung tâm Quan trắc chủ trì, phối hợp với Cục Lâm nghiệp",
    ]
    assert sentences[1].endswith(
        "ban hành hướng dẫn kỹ thuật trồng rừng ngập mặn; thời hạn: Quý II/2027."
    )


def test_the_merged_row_of_a_markdown_table_after_a_decision_is_read() -> None:
    table = (
        "\n".join("| " + " | ".join(row) + " |" for row in _GROUPED[:1])
        + "\n|---|---|---|---|---|\n"
    )
    table += "\n".join("| " + " | ".join(row) + " |" for row in _GROUPED[1:])
    notice = parse_notice(_WRAPPER + table)
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Cục Lâm nghiệp",), date(2027, 6, 30)),
        (("Vụ Khoa học và Công nghệ",), date(2027, 6, 30)),
        (("Trung tâm Quan trắc",), date(2028, 12, 31)),
    ]


def test_a_short_row_that_opens_with_a_number_is_not_shifted() -> None:
    rows = [_GROUPED[0], ["3", "Tổng kết chương trình", "Cục Lâm nghiệp"]]
    assert task_table_rows(rows) == ["3. Giao Cục Lâm nghiệp chủ trì: tổng kết chương trình."]


@pytest.mark.parametrize(
    ("cell", "when"),
    [
        ("Năm 2026 - 2027", date(2027, 12, 31)),
        ("2026-2030", date(2030, 12, 31)),
        ("Năm 2027 đến 2029", date(2029, 12, 31)),
        ("2028", date(2028, 12, 31)),
    ],
)
def test_a_span_of_years_is_due_at_its_last_year(cell: str, when: date) -> None:
    rows = [_GROUPED[0], ["1", "Trồng rừng thay thế", "Sở Nông nghiệp và Môi trường", "", cell]]
    table = "\n".join("| " + " | ".join(row) + " |" for row in rows)
    notice = parse_notice(_WRAPPER + table)
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Sở Nông nghiệp và Môi trường",), when)
    ]


def test_a_span_of_years_that_goes_on_is_not_a_date() -> None:
    rows = [
        _GROUPED[0],
        ["1", "Trồng rừng thay thế", "Sở Nông nghiệp và Môi trường", "",
         "2026-2030 và những năm tiếp theo"],
    ]  # fmt: skip
    table = "\n".join("| " + " | ".join(row) + " |" for row in rows)
    assert parse_notice(_WRAPPER + table).tasks[0].deadline is None


def test_a_row_with_an_empty_number_cell_under_a_numbered_row_shares_its_time() -> None:
    rows = [
        _GROUPED[0],
        ["1", "Kiểm kê rừng ngập mặn", "Cục Lâm nghiệp", "Các tỉnh ven biển", "Quý IV/2027"],
        ["", "Cập nhật cơ sở dữ liệu rừng", "Trung tâm Dữ liệu", "Cục Lâm nghiệp", ""],
    ]
    table = "\n".join("| " + " | ".join(row) + " |" for row in rows)
    notice = parse_notice(_WRAPPER + table)
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Cục Lâm nghiệp",), date(2027, 12, 31)),
        (("Trung tâm Dữ liệu",), date(2027, 12, 31)),
    ]


def test_a_table_that_numbers_no_row_shares_no_time() -> None:
    rows = [
        _GROUPED[0],
        ["", "Kiểm kê rừng ngập mặn", "Cục Lâm nghiệp", "", "Quý IV/2027"],
        ["", "Cập nhật cơ sở dữ liệu rừng", "Trung tâm Dữ liệu", "", ""],
    ]
    assert task_table_rows(rows) == [
        "1. Giao Cục Lâm nghiệp chủ trì: kiểm kê rừng ngập mặn; thời hạn: Quý IV/2027.",
        "2. Giao Trung tâm Dữ liệu chủ trì: cập nhật cơ sở dữ liệu rừng.",
    ]


def test_a_markdown_table_that_opens_with_a_title_row_is_still_read() -> None:
    rows = [
        ["DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2027", "", "", "", ""],
        *_GROUPED[:1],
        ["1", "Kiểm kê rừng ngập mặn", "Cục Lâm nghiệp", "Các tỉnh ven biển", "Quý IV/2027"],
    ]
    table = "\n".join("| " + " | ".join(row) + " |" for row in rows)
    notice = parse_notice(_WRAPPER + table)
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Cục Lâm nghiệp",), date(2027, 12, 31))
    ]


def test_a_further_sentence_for_a_case_stays_in_the_task() -> None:
    text = (
        "THÔNG BÁO\nKết luận về triển khai Đề án\n\n"
        "1. Cục Lâm nghiệp chủ trì triển khai Đề án, tổng hợp kết quả thực hiện. Trong trường"
        " hợp cần thay đổi danh mục dự án, giao Cục trưởng Cục Lâm nghiệp quyết định sau khi"
        " thống nhất với các đơn vị.\n"
        "2. Vụ Tài chính bố trí kinh phí thực hiện Đề án.\n"
    )
    notice = parse_notice(text)
    assert [t.lead for t in notice.tasks] == [("Cục Lâm nghiệp",), ("Vụ Tài chính",)]


def test_bodies_one_a_paragraph_in_a_word_cell_are_each_a_lead() -> None:
    rows = [
        _GROUPED[0],
        ["1", "Rà soát diện tích rừng", "Cục Lâm nghiệp\nVụ Kế hoạch", "Các tỉnh\nven biển",
         "Quý IV/2027"],
    ]  # fmt: skip
    sentences = task_table_rows(rows)
    assert sentences == [
        "1. Giao Cục Lâm nghiệp, Vụ Kế hoạch chủ trì, phối hợp với Các tỉnh ven biển: rà soát"
        " diện tích rừng; thời hạn: Quý IV/2027."
    ]
    notice = parse_notice(_WRAPPER.replace("PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n", "") + sentences[0])
    assert notice.tasks[-1].lead == ("Cục Lâm nghiệp", "Vụ Kế hoạch")


# --- review fixes: wrapped names, row numbers, headers, merged times, dates of issue, cases ---

_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]


def _markdown(rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Ban Quản lý\nKhu công nghệ cao", "Ban Quản lý Khu công nghệ cao"),
        ("Ủy ban nhân dân\nThành phố Cà Mau", "Ủy ban nhân dân Thành phố Cà Mau"),
        ("Sở Khoa học và\nCông nghệ", "Sở Khoa học và Công nghệ"),
        ("Trung tâm Ứng dụng\nĐổi mới sáng tạo", "Trung tâm Ứng dụng Đổi mới sáng tạo"),
        ("Cục Kiểm lâm\nSở Tài chính", "Cục Kiểm lâm, Sở Tài chính"),
        ("Cục Kiểm lâm\ncác tỉnh ven biển", "Cục Kiểm lâm, các tỉnh ven biển"),
    ],
)
def test_a_name_wrapped_over_two_paragraphs_of_a_word_cell_stays_one(
    cell: str, expected: str
) -> None:
    rows = [_HEADER, ["1", "Trồng rừng phòng hộ", cell, "", "Năm 2028"]]
    assert task_table_rows(rows) == [
        f"1. Giao {expected} chủ trì: trồng rừng phòng hộ; thời hạn: Năm 2028."
    ]


@pytest.mark.parametrize("number", ["1)", "(1)", "1a", "A", "B."])
def test_a_row_numbered_otherwise_than_with_digits_is_not_shifted(number: str) -> None:
    # the scrape drops the row's empty time cell: four cells under a five-column header
    rows = [_HEADER, [number, "Đo đạc diện tích rừng", "Cục Lâm nghiệp", "Các tỉnh ven biển"]]
    sentences = task_table_rows(rows)
    assert sentences is not None and len(sentences) == 1
    assert "Giao Cục Lâm nghiệp chủ trì, phối hợp với Các tỉnh ven biển: đo đạc" in sentences[0]


def test_a_data_row_that_says_chu_tri_is_not_taken_for_the_header() -> None:
    rows = [
        ["TT", "Thời điểm", "Nội dung buổi làm việc", "Thành phần"],
        [
            "1",
            "9h00 ngày 12/3/2027",
            "Làm việc về nhiệm vụ trồng rừng",
            "Thứ trưởng chủ trì; các Cục",
        ],
        ["2", "15h00 ngày 14/3/2027", "Làm việc với các tỉnh", "Cục Lâm nghiệp"],
    ]
    assert task_table_rows(rows) is None


@pytest.mark.parametrize(
    "header",
    [
        ["STT", "Tên xã", "Số hộ trồng rừng", "Đơn vị thực hiện kiểm đếm"],
        ["TT", "Nội dung chi", "Đơn vị thực hiện", "Dự toán kinh phí (triệu đồng)", "Năm"],
    ],
)
def test_a_table_of_places_or_of_money_under_a_title_row_gives_no_task(header: list[str]) -> None:
    width = len(header)
    rows = [
        ["BẢNG SỐ LIỆU KÈM THEO", *[""] * (width - 1)],
        header,
        ["1", "Xã Tân Hải", "45", "Cục Lâm nghiệp", "2028"][:width],
    ]
    assert task_table_rows(rows) is None


def test_an_empty_time_cell_of_a_word_table_shares_nothing() -> None:
    # python-docx repeats a merged cell's text in each row: an empty cell there is empty
    rows = [
        _HEADER,
        ["1", "Kiểm kê rừng ngập mặn", "Cục Lâm nghiệp", "", "Quý IV/2027"],
        ["", "Cập nhật bản đồ rừng", "Trung tâm Dữ liệu", "", ""],
    ]
    assert task_table_rows(rows, repeats_spans=True) == [
        "1. Giao Cục Lâm nghiệp chủ trì: kiểm kê rừng ngập mặn; thời hạn: Quý IV/2027.",
        "2. Giao Trung tâm Dữ liệu chủ trì: cập nhật bản đồ rừng.",
    ]


def test_a_group_heading_row_ends_the_shared_time() -> None:
    rows = [
        _HEADER,
        ["1", "Kiểm kê rừng ngập mặn", "Cục Lâm nghiệp", "", "Quý IV/2027"],
        ["", "Nhóm nhiệm vụ về dữ liệu rừng", "", "", ""],
        ["", "Cập nhật bản đồ rừng", "Trung tâm Dữ liệu", "", ""],
    ]
    sentences = task_table_rows(rows)
    assert sentences is not None
    assert sentences[-1] == "3. Giao Trung tâm Dữ liệu chủ trì: cập nhật bản đồ rừng."


def test_a_column_of_dates_of_issue_gives_no_deadline() -> None:
    rows = [
        ["STT", "Tên văn bản cần rà soát", "Cơ quan chủ trì", "Thời gian ban hành"],
        ["1", "Thông tư về quản lý rừng phòng hộ", "Cục Lâm nghiệp", "2025-2028"],
    ]
    notice = parse_notice(_WRAPPER + _markdown(rows))
    assert [(t.lead, t.deadline) for t in notice.tasks] == [(("Cục Lâm nghiệp",), None)]


_CASES = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 78/BNNMT-LN
Hà Nội, ngày 03 tháng 3 năm 2027
V/v phòng cháy rừng mùa khô
Kính gửi: Các đơn vị thuộc Bộ.
1. Giao Cục Lâm nghiệp theo dõi cảnh báo cháy rừng, báo cáo Bộ trước ngày 15/3/2027. Trong \
trường hợp đó, giao Vụ Tài chính bảo đảm kinh phí chữa cháy trước ngày 20/3/2027.
2. Giao Cục Kiểm lâm chủ trì tuần tra các khu rừng trọng điểm. Trong trường hợp nắng nóng kéo dài \
như hiện nay, giao Trung tâm Dữ liệu cập nhật bản đồ cảnh báo trong tháng 4/2027.
3. Giao Cục Quản lý đê điều rà soát các công trình. Trong trường hợp phát hiện sự cố trước \
ngày 30/4/2027, Cục trưởng Cục Quản lý đê điều quyết định xử lý.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn Khải
"""


def test_a_sentence_for_a_present_case_or_another_body_is_its_own_task() -> None:
    notice = parse_notice(_CASES)
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Cục Lâm nghiệp",), date(2027, 3, 15)),
        (("Vụ Tài chính",), date(2027, 3, 20)),
        (("Cục Kiểm lâm",), None),
        (("Trung tâm Dữ liệu",), date(2027, 4, 30)),
        (("Cục Quản lý đê điều",), None),  # the case's date is not the task's
    ]


_UNSIGNED = """SỞ NỘI VỤ
Số: 12/SNV-VP
V/v kết quả khảo sát mức độ hài lòng năm 2026
Sở Nội vụ thông tin kết quả khảo sát năm 2026: 15 đơn vị đạt mức tốt, 4 đơn vị đạt mức khá."""


@pytest.mark.parametrize(
    "ending",
    [
        "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n(Đã ký)",
        "\nChi tiết tại Phụ lục kèm theo./.",
        "\nSở Nội vụ thông báo để các đơn vị biết.",
    ],
)
def test_a_complete_text_without_a_signer_name_is_not_said_to_be_a_first_page(
    ending: str,
) -> None:
    from notices.explain import no_task_reason

    text = _UNSIGNED + ending
    notice = parse_notice(text)
    assert not notice.tasks and notice.signer is None
    assert "trang đầu" not in no_task_reason(notice, text)
    cut = _UNSIGNED + "\nCác đơn vị cần tiếp tục rà soát, cải thiện các chỉ số thành phần về"
    assert "trang đầu" in no_task_reason(parse_notice(cut), cut)
