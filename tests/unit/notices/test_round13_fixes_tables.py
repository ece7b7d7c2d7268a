"""Round 13 fixes to tracking tables and circumstance frames.

A register of papers received ("Tên văn bản | Cơ quan đầu mối | Ngày nhận") is no task table; a
heading row names the lead of the rows under it only when it names who does them (a schedule of
inspections grouped by the commune inspected does not); a topic heading or a total ends the
body's rows; a topic heading that opens with a place or a kind of actor names no body. "Cuối
cùng, …" is no circumstance, and a list of subjects after a circumstance is not work."""

from __future__ import annotations

from notices import parse_notice
from notices.imperatives import asks_work
from notices.tables import task_table_rows

HEAD = """ỦY BAN NHÂN DÂN HUYỆN PHÚ TÂN
VĂN PHÒNG
Số: 77/TB-VP
Phú Tân, ngày 09 tháng 4 năm 2026

THÔNG BÁO
Tình hình thực hiện nhiệm vụ quý I năm 2026

"""


def _leads(body: str) -> list[list[str]]:
    return [list(t.lead) for t in parse_notice(HEAD + body).tasks]


def _rows(text: str) -> list[list[str]]:
    return [[c.strip() for c in line.strip().strip("|").split("|")] for line in text.splitlines()]


def test_a_register_of_papers_received_by_a_focal_unit_gives_no_task() -> None:
    body = (
        "Văn phòng tổng hợp các tờ trình đã tiếp nhận trong quý I:\n\n"
        "| TT | Tên tờ trình | Cơ quan đầu mối | Ngày nhận | Ghi chú |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Tờ trình phê duyệt quy hoạch chợ nông thôn | Phòng Kinh tế | 03/01/2026 | |\n"
        "| 2 | Tờ trình điều chỉnh giá đất năm 2026 | Phòng Tài nguyên | 15/02/2026 | |\n"
    )
    assert parse_notice(HEAD + body).tasks == ()


def test_a_time_received_column_is_no_deadline() -> None:
    rows = _rows(
        "| STT | Nội dung công việc | Đơn vị đầu mối | Thời gian gửi |\n"
        "|---|---|---|---|\n"
        "| 1 | Rà soát hồ sơ đất công | Phòng Tài nguyên | 12/3/2026 |"
    )
    assert task_table_rows([rows[0], rows[2]]) == [
        "1. Giao Phòng Tài nguyên chủ trì: rà soát hồ sơ đất công."
    ]


def test_a_staff_focal_point_column_is_no_lead_column() -> None:
    rows = _rows(
        "| STT | Nội dung công việc | Cán bộ đầu mối | Thời hạn |\n"
        "| 1 | Theo dõi hồ sơ một cửa | Phòng Nội vụ | Tháng 5/2026 |"
    )
    assert task_table_rows(rows) is None


def test_a_heading_over_an_inspection_schedule_names_no_lead() -> None:
    body = (
        "Lịch giám sát việc chi trả chế độ chính sách năm 2026:\n\n"
        "| STT | Nội dung giám sát | Đơn vị chủ trì | Thời gian |\n"
        "|---|---|---|---|\n"
        "| UBND THỊ TRẤN PHÚ MỸ | | | |\n"
        "| 1 | Giám sát việc chi trả trợ cấp người có công | Phòng Lao động | 14/4/2026 |\n"
        "| 2 | Giám sát việc cấp thẻ bảo hiểm y tế | | 14/4/2026 |\n"
        "| UBND XÃ PHÚ THỌ | | | |\n"
        "| 3 | Giám sát việc chi trả trợ cấp người có công | | 16/4/2026 |\n"
    )
    leads = _leads(body)
    assert leads == [["Phòng Lao động"]]


def test_a_heading_still_leads_when_no_row_of_its_group_was_led_by_another() -> None:
    body = (
        "| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n"
        "|---|---|---|---|\n"
        "| PHÒNG Y TẾ | | | |\n"
        "| 1 | Kiểm tra an toàn thực phẩm bếp ăn tập thể | Phòng Y tế | Tháng 5/2026 |\n"
        "| TRUNG TÂM VĂN HÓA HUYỆN | | | |\n"
        "| 1 | Tổ chức giải bóng đá thanh niên | | Tháng 6/2026 |\n"
    )
    leads = _leads(body)
    assert len(leads) == 2
    assert leads[1][0].upper() == "TRUNG TÂM VĂN HÓA HUYỆN"


def test_a_topic_heading_after_a_body_heading_ends_its_rows() -> None:
    body = (
        "| STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn |\n"
        "|---|---|---|---|\n"
        "| PHÒNG NỘI VỤ | | | |\n"
        "| 1 | Trình phương án sắp xếp thôn, tổ dân phố | | Tháng 5/2026 |\n"
        "| CÁC NHIỆM VỤ DÙNG CHUNG | | | |\n"
        "| 2 | Cập nhật dữ liệu lên hệ thống quản lý văn bản | | Hằng tháng |\n"
    )
    leads = _leads(body)
    assert len(leads) == 1
    assert leads[0][0].lower() == "phòng nội vụ"


def test_a_total_row_ends_the_body_heading() -> None:
    rows = _rows(
        "| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n"
        "| BAN QUẢN LÝ DỰ ÁN HUYỆN | | | |\n"
        "| 1 | Khởi công đường trục xã | | Quý II/2026 |\n"
        "| Tổng cộng | 1 việc | | |\n"
        "| 2 | Nghiệm thu cầu dân sinh | | Quý III/2026 |"
    )
    out = task_table_rows(rows)
    assert out == [
        "1. Giao BAN QUẢN LÝ DỰ ÁN HUYỆN chủ trì: khởi công đường trục xã; thời hạn: Quý II/2026."
    ]


def test_a_topic_heading_opening_with_a_place_word_names_no_body() -> None:
    rows = _rows(
        "| STT | Nội dung | Cơ quan chủ trì | Thời gian |\n"
        "| TỈNH XANH - SẠCH - ĐẸP | | | |\n"
        "| 1 | Trồng cây xanh dọc tuyến tỉnh lộ | | Tháng 7/2026 |\n"
        "| DOANH NGHIỆP KHỞI NGHIỆP | | | |\n"
        "| 2 | Hỗ trợ thủ tục thành lập doanh nghiệp | | Tháng 8/2026 |\n"
        "| PHÒNG, CHỐNG THIÊN TAI | | | |\n"
        "| 3 | Rà soát phương án sơ tán dân | | Tháng 6/2026 |"
    )
    assert task_table_rows(rows) is None


def test_a_body_heading_with_a_known_head_still_leads() -> None:
    rows = _rows(
        "| STT | Nội dung | Cơ quan chủ trì | Thời gian |\n"
        "| CHI CỤC THUẾ KHU VỰC | | | |\n"
        "| 1 | Đôn đốc thu nợ thuế đất | | Tháng 7/2026 |"
    )
    out = task_table_rows(rows)
    assert out is not None and out[0].startswith("1. Giao CHI CỤC THUẾ KHU VỰC chủ trì")


def test_finally_is_no_circumstance_frame() -> None:
    assert not asks_work("Cuối cùng, tổ chức trao giải cho các tập thể xuất sắc.")
    assert asks_work("Cuối quý, tổ chức sơ kết việc thực hiện kế hoạch.")


def test_a_list_of_subjects_after_a_circumstance_is_no_work() -> None:
    assert not asks_work(
        "Tùy theo tính chất vụ việc, cá nhân, tổ chức sẽ bị xử lý theo quy định của pháp luật."
    )
    assert not asks_work("Tùy theo mức độ, hộ gia đình, tổ chức đã được hỗ trợ một phần.")
    assert asks_work("Tùy theo mức độ thiệt hại, tổ chức hỗ trợ kịp thời cho các hộ dân.")
