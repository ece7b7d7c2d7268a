"""Round 13: assignment tracking tables and grouped duties.

A tracking table ("bảng theo dõi") lists what each unit was given: its lead column may say
"Cơ quan chủ công" rather than "chủ trì", its time column "TG hoàn thành", and rows are grouped
under a heading row that names the unit ("| PHÒNG Y TẾ |  |  |"). A row whose lead cell is empty
belongs to the unit of its heading. Abbreviated bodies ("BQL …", "BCĐ …") and a university named
without "Trường" lead as well."""

from __future__ import annotations

from notices import parse_notice

HEAD = """ỦY BAN NHÂN DÂN HUYỆN AN PHÚ
VĂN PHÒNG
Số: 45/TB-VP
An Phú, ngày 02 tháng 3 năm 2026

THÔNG BÁO
Danh mục việc được giao chưa hoàn thành

"""


def _tasks(body: str) -> list[tuple[str, list[str]]]:
    notice = parse_notice(HEAD + body)
    return [(t.text, list(t.lead)) for t in notice.tasks]


def test_a_tracking_table_with_a_chu_cong_column_gives_one_task_a_row() -> None:
    body = (
        "| TT | Văn bản giao | Việc được giao | Đơn vị chủ công | TG hoàn thành |"
        " Tình hình thực hiện |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Thông báo 12/TB | Rà soát danh sách hộ nghèo năm 2026 | Phòng Lao động |"
        " Trước ngày 20/3/2026 | Đang thực hiện |\n"
        "| 2 | Công văn 30/UBND | Lập phương án sửa chữa trường mầm non | Phòng Giáo dục |"
        " | Chưa thực hiện |\n"
    )
    tasks = _tasks(body)
    assert [lead for _, lead in tasks] == [["Phòng Lao động"], ["Phòng Giáo dục"]]
    assert "rà soát danh sách hộ nghèo" in tasks[0][0]


def test_a_tg_column_is_the_rows_time() -> None:
    body = (
        "| STT | Nội dung công việc | Cơ quan chủ trì | TG hoàn thành |\n"
        "|---|---|---|---|\n"
        "| 1 | Tổng hợp số liệu tiêm chủng | Trung tâm Y tế | Trước ngày 15/4/2026 |\n"
    )
    notice = parse_notice(HEAD + body)
    assert len(notice.tasks) == 1
    assert str(notice.tasks[0].deadline) == "2026-04-15"


def test_a_heading_row_names_the_lead_of_rows_that_leave_it_empty() -> None:
    body = (
        "| STT | Nội dung giao | Cơ quan chủ trì | Thời hạn | Ghi chú |\n"
        "|---|---|---|---|---|\n"
        "| PHÒNG VĂN HÓA |  |  |  |\n"
        "| 1 | Kiểm tra các điểm kinh doanh karaoke | Phòng Văn hóa | Tháng 4/2026 | |\n"
        "| UBND XÃ ĐA PHƯỚC |  |  |  |\n"
        "| 1 | Hoàn thiện hồ sơ đất công ích |  | Tháng 5/2026 | |\n"
    )
    tasks = _tasks(body)
    assert len(tasks) == 2
    assert tasks[1][1] and tasks[1][1][0].upper().startswith("UBND XÃ ĐA PHƯỚC")


def test_a_topic_heading_row_gives_no_lead() -> None:
    body = (
        "| STT | Nội dung giao | Cơ quan chủ trì | Thời hạn |\n"
        "|---|---|---|---|\n"
        "| LĨNH VỰC ĐẤT ĐAI |  |  |  |\n"
        "| 1 | Thống kê đất chưa sử dụng |  | Tháng 4/2026 |\n"
        "| 2 | Đo đạc lại thửa đất số 12 | Phòng Tài nguyên | Tháng 4/2026 |\n"
    )
    assert [lead for _, lead in _tasks(body)] == [["Phòng Tài nguyên"]]


def test_an_abbreviated_management_board_leads_a_row() -> None:
    body = (
        "| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n"
        "|---|---|---|---|\n"
        "| 1 | Di dời các sạp hàng ra chợ tạm | BQL chợ Long Hòa | Tháng 6/2026 |\n"
    )
    assert [lead for _, lead in _tasks(body)] == [["BQL chợ Long Hòa"]]


def test_a_focal_point_column_is_the_lead_column() -> None:
    body = (
        "| TT | Tên nhiệm vụ | Đơn vị đầu mối | Thời hạn HT | Trạng thái |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Soạn thảo quy chế quản lý hồ sơ điện tử | Văn phòng | 15/5/2026 |"
        " Đang thực hiện (trong hạn) |\n"
        "| 2 | Tổng hợp số liệu tuyển sinh | Phòng Đào tạo; Phòng Công tác sinh viên | |"
        " Đã hoàn thành (đúng hạn) |\n"
    )
    notice = parse_notice(HEAD + body)
    assert [list(t.lead) for t in notice.tasks] == [
        ["Văn phòng"],
        ["Phòng Đào tạo", "Phòng Công tác sinh viên"],
    ]
    assert str(notice.tasks[0].deadline) == "2026-05-15"


def test_a_university_named_without_truong_leads() -> None:
    body = "1. Đại học Cần Thơ khẩn trương hoàn thiện đề án tuyển sinh năm 2026.\n"
    assert [lead for _, lead in _tasks(body)] == [["Đại học Cần Thơ"]]
