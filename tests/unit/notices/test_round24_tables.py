"""Round 24 (tables): tables whose rows give work to the body or person of a lead column.

A decision's attached list "DANH MỤC VÀ PHÂN CÔNG CƠ QUAN CHỦ TRÌ …" hands its rows out; a
grouping name column ("Tên luật") merged over the rows leaves the content to the next name column
("Tên văn bản quy định chi tiết"); of two time columns ("Bắt đầu", "Hoàn thành") a row is due
when it ends; a lead cell may list bodies by their initials ("TCTL, BST, TBT"); a table of
parts and the people or units that write them ("Nội dung | Đơn vị/cá nhân thực hiện") with no
time column at all is a share-out of work. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.names import split_assignees

_DECISION = """BỘ CÔNG THƯƠNG
Số: 45/QĐ-BCT
Hà Nội, ngày 12 tháng 02 năm 2015

QUYẾT ĐỊNH
Về việc ban hành danh mục văn bản quy định chi tiết

Điều 1. Ban hành kèm theo Quyết định này Danh mục và phân công đơn vị chủ trì soạn thảo.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT, PC.
BỘ TRƯỞNG
Trần Văn Bình

{title}
(Ban hành kèm theo Quyết định số 45/QĐ-BCT ngày 12 tháng 02 năm 2015 của Bộ trưởng)

| STT | Tên luật | Tên văn bản quy định chi tiết | Đơn vị chủ trì soạn thảo | Thời hạn trình |
|---|---|---|---|---|
| 1. | Luật ngoại thương | Nghị định về xuất xứ hàng hóa | Vụ Xuất nhập khẩu | 15/5/2015 |
| 2. |  | Nghị định về quản lý thương mại biên giới | Vụ Biên mậu | 30/6/2015 |
| 3. | Luật hóa chất | Thông tư hướng dẫn về an toàn hóa chất | Cục Hóa chất | 9/2015 |
"""


def _texts(text: str) -> list[str]:
    return [task.text for task in parse_notice(text).tasks]


def test_attached_list_that_hands_out_drafting_gives_one_task_per_row() -> None:
    notice = parse_notice(_DECISION.format(title="DANH MỤC VÀ PHÂN CÔNG ĐƠN VỊ CHỦ TRÌ SOẠN THẢO"))
    rows = [task for task in notice.tasks if "chủ trì:" in task.text]
    assert [task.lead for task in rows] == [
        ("Vụ Xuất nhập khẩu",),
        ("Vụ Biên mậu",),
        ("Cục Hóa chất",),
    ]
    # the row's own text, not the law it groups under
    assert "xuất xứ hàng hóa" in rows[0].text
    assert "Luật ngoại thương" not in rows[0].text
    assert "thương mại biên giới" in rows[1].text
    assert [task.deadline for task in rows] == [
        date(2015, 5, 15),
        date(2015, 6, 30),
        date(2015, 9, 30),
    ]


def test_attached_catalogue_of_texts_stays_no_work() -> None:
    # "DANH MỤC VĂN BẢN …" without a word that hands work out is a catalogue: no rows read
    texts = _texts(_DECISION.format(title="DANH MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT THI HÀNH LUẬT"))
    assert not any("nghị định" in text.lower() for text in texts)


_GROUPED = """UBND TỈNH AN GIANG
SỞ TƯ PHÁP
Số: 88/KH-STP
An Giang, ngày 03 tháng 3 năm 2025

KẾ HOẠCH
Rà soát văn bản năm 2025

Sở Tư pháp ban hành kế hoạch như sau:

| STT | Tên lĩnh vực | Tên nhiệm vụ | Đơn vị chủ trì | Thời gian |
|---|---|---|---|---|
| 1 | Hộ tịch | Rà soát quy trình đăng ký hộ tịch | Phòng Hành chính tư pháp | 5/2025 |
| 2 | Hộ tịch | Rà soát thủ tục chứng thực bản sao | Phòng Hành chính tư pháp | 6/2025 |
| 3 | Bổ trợ tư pháp | Rà soát tổ chức hành nghề công chứng | Phòng Bổ trợ tư pháp | 7/2025 |
"""


def test_repeated_group_cell_leaves_content_to_the_next_name_column() -> None:
    # a reader that repeats a merged cell on every row: "Hộ tịch" twice
    texts = _texts(_GROUPED)
    assert any("đăng ký hộ tịch" in text for text in texts)
    assert any("chứng thực bản sao" in text for text in texts)


_TWO_NAMES = _GROUPED.replace("| Hộ tịch | Rà soát thủ tục", "| Chứng thực | Rà soát thủ tục")


def test_first_name_column_of_its_own_on_every_row_stays_the_content() -> None:
    # a distinct name on every row: the first name column keeps naming the row
    texts = _texts(_TWO_NAMES)
    assert any("chủ trì: hộ tịch" in text for text in texts)
    assert not any("chủ trì: rà soát" in text for text in texts)


_LAW_PLAN = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 210/QĐ-BNNMT
Hà Nội, ngày 05 tháng 01 năm 2026

QUYẾT ĐỊNH
Ban hành Kế hoạch xây dựng Luật Đê điều (sửa đổi)

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xây dựng luật, cụ thể như sau:

| STT | Công việc | Đơn vị chủ trì | Phối hợp | Thời gian: Bắt đầu | Thời gian: Hoàn thành |
|---|---|---|---|---|---|
| 1 | Xây dựng dự thảo đề cương chi tiết của Luật | CĐĐ, BST, TBT | Vụ Pháp chế | 1/2026 | 3/2026 |
| 2 | Lấy ý kiến các bộ, ngành về dự thảo Luật | CĐĐ | Các đơn vị liên quan | 4/2026 | 6/2026 |
| 3 | Họp Ban soạn thảo | CĐĐ, TBT | Vụ Pháp chế | 7/2026 | 7/2026 |
| 4 | Tỉnh Bà Rịa - Vũng Tàu | CĐĐ | Sở Nông nghiệp | 8/2026 | 9/2026 |
"""


def test_row_is_due_when_it_ends_and_initials_lead_it() -> None:
    tasks = parse_notice(_LAW_PLAN).tasks
    first = next(task for task in tasks if "đề cương chi tiết" in task.text)
    assert first.lead == ("CĐĐ", "BST", "TBT")
    assert first.deadline == date(2026, 3, 31)
    second = next(task for task in tasks if "Lấy ý kiến" in task.text or "lấy ý kiến" in task.text)
    assert second.deadline == date(2026, 6, 30)


def test_initials_count_as_bodies_only_in_a_list() -> None:
    names = split_assignees("Các cơ quan của Quốc hội, VPCP")
    assert names is not None
    assert [name.name for name in names] == ["Các cơ quan của Quốc hội", "VPCP"]
    assert split_assignees("VPCP") is None  # alone: read where the ask names it
    assert split_assignees("Sở Y tế, CNTT") is None  # a field, not a body


_BOOK = """TRƯỜNG ĐẠI HỌC BÌNH MINH
Số: 77/KH-ĐHBM
Cần Thơ, ngày 02 tháng 9 năm 2025

KẾ HOẠCH
Biên soạn sổ tay sinh viên năm 2025

I. NỘI DUNG SỔ TAY

| STT | Nội dung | Đơn vị/cá nhân thực hiện |
|---|---|---|
| 1. | Lời giới thiệu của Hiệu trưởng | Phòng Công tác sinh viên |
| 2. | Quy chế đào tạo tín chỉ | Thầy Lê Văn Hòa |
| 3. | Học bổng và học phí | Phòng Kế hoạch - Tài chính |
"""


def test_parts_shared_out_with_no_time_column_are_tasks() -> None:
    tasks = parse_notice(_BOOK).tasks
    leads = {task.lead for task in tasks}
    assert ("Phòng Công tác sinh viên",) in leads
    assert ("Phòng Kế hoạch - Tài chính",) in leads
    assert any(
        "Quy chế đào tạo tín chỉ" in task.text or "quy chế đào tạo" in task.text for task in tasks
    )


_STEPS = """TRƯỜNG ĐẠI HỌC BÌNH MINH
Số: 78/QĐ-ĐHBM
Cần Thơ, ngày 02 tháng 9 năm 2025

QUY ĐỊNH
Về thực tập tốt nghiệp

I. CÁC BƯỚC

| STT | Nội dung | Đơn vị/cá nhân thực hiện |
|---|---|---|
| 1. | Đăng ký nơi thực tập | Sinh viên |
| 2. | Nộp báo cáo thực tập | Sinh viên |
| 3. | Chấm báo cáo | Giảng viên hướng dẫn |
"""


def test_steps_done_by_no_named_body_stay_no_tasks() -> None:
    # a procedure's doers are "Sinh viên": no body nor person is handed a part
    assert not any(
        "Đăng ký nơi thực tập" in t or "đăng ký nơi thực tập" in t for t in _texts(_STEPS)
    )


def test_initials_in_a_title_field_stay_part_of_the_title() -> None:
    # "P. Trưởng phòng Vật tư, TBYT": a deputy head of the supplies and equipment department
    assert split_assignees("P. Trưởng phòng Vật tư, TBYT") is None
