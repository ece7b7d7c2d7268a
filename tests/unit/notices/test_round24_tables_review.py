"""Round 24 (tables), the review's findings: inputs a first version of the rules read wrong.

A meeting's running order and a standing procedure's steps (no time column) are no share-out of
work; a later "… hoàn thành" column that is no time column keeps the deadline at "Thời gian triển
khai"; a product column ("Tên sản phẩm") never takes the content from a "Nhiệm vụ" column;
initials after one named body ("Sở Lao động, TBXH") finish its name, they are no second body; a
catalogue of projects that also "hands out" promotion stays a catalogue. Documents invented by
the reviewer.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.names import split_assignees

_RUNNING_ORDER = """UBND XÃ TÂN PHÚ
Số: 15/KH-UBND
Tân Phú, ngày 05 tháng 01 năm 2025

KẾ HOẠCH
Tổ chức Hội nghị tổng kết năm 2024

II. CHƯƠNG TRÌNH HỘI NGHỊ

| STT | Nội dung | {doer} |
|---|---|---|
| 1 | Khai mạc hội nghị | Chủ tịch UBND xã |
| 2 | Báo cáo tổng kết công tác năm 2024 | Phó Chủ tịch UBND xã |
| 3 | Bế mạc | Chủ tịch UBND xã |
"""

_CEREMONY = """TRƯỜNG THCS AN BÌNH
Số: 20/KH-THCS
An Bình, ngày 05 tháng 11 năm 2025

KẾ HOẠCH
Tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11

III. NỘI DUNG

| STT | Nội dung | Người thực hiện |
|---|---|---|
| 1 | Văn nghệ chào mừng | Đội văn nghệ Liên đội |
| 2 | Diễn văn kỷ niệm | Hiệu trưởng |
| 3 | Bế mạc | Ban tổ chức |
"""

_PROCEDURE = """SỞ TƯ PHÁP TỈNH VĨNH LONG
Số: 05/QĐ-STP
Vĩnh Long, ngày 08 tháng 01 năm 2025

QUYẾT ĐỊNH
Ban hành Quy trình xử lý văn bản đến

Điều 1. Ban hành kèm theo Quyết định này Quy trình xử lý văn bản đến.

| Bước | Nội dung | Bộ phận thực hiện |
|---|---|---|
| 1 | Tiếp nhận, đăng ký văn bản đến | Văn thư cơ quan |
| 2 | Trình lãnh đạo xem xét, phân phối | Chánh Văn phòng |
| 3 | Giải quyết văn bản đến | Phòng chuyên môn |
"""


def test_running_order_of_a_meeting_gives_no_tasks() -> None:
    for doer in ("Người phụ trách", "Người thực hiện"):
        assert parse_notice(_RUNNING_ORDER.format(doer=doer)).tasks == ()


def test_running_order_of_a_ceremony_gives_no_tasks() -> None:
    assert parse_notice(_CEREMONY).tasks == ()


def test_steps_of_a_standing_procedure_give_no_tasks() -> None:
    assert parse_notice(_PROCEDURE).tasks == ()


_TRANSFORM = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LONG AN
Số: 56/KH-STTTT
Long An, ngày 15 tháng 01 năm 2025

KẾ HOẠCH
Chuyển đổi số năm 2025

| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian triển khai | {end} |
|---|---|---|---|---|
| 1 | Xây dựng kho dữ liệu dùng chung | Trung tâm Công nghệ thông tin | Tháng 6/2025 | {one} |
| 2 | Nâng cấp Cổng dịch vụ công | Phòng Bưu chính, Viễn thông | Quý III/2025 | {two} |
"""


def _deadlines(text: str) -> list[date | None]:
    return [task.deadline for task in parse_notice(text).tasks]


def test_a_product_or_tracking_column_never_takes_the_deadline() -> None:
    for end, one, two in (
        ("Sản phẩm hoàn thành", "Kho dữ liệu được vận hành", "Cổng được nâng cấp"),
        ("Mức độ hoàn thành", "", ""),
        ("Tỷ lệ hoàn thành", "100%", "100%"),
    ):
        text = _TRANSFORM.format(end=end, one=one, two=two)
        assert _deadlines(text) == [date(2025, 6, 30), date(2025, 9, 30)], end
        assert not any("Kho dữ liệu được vận hành" in t.text for t in parse_notice(text).tasks)


def test_an_empty_end_cell_falls_back_to_the_start_cell() -> None:
    text = _TRANSFORM.format(end="Thời gian hoàn thành", one="12/2025", two="")
    assert _deadlines(text) == [date(2025, 12, 31), date(2025, 9, 30)]


_PRODUCTS = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Số: 77/KH-UBND
Đồng Tháp, ngày 20 tháng 02 năm 2025

KẾ HOẠCH
Triển khai thi hành Luật Đất đai năm 2024

| STT | Nhiệm vụ | Tên sản phẩm | Đơn vị chủ trì | Thời hạn hoàn thành |
|---|---|---|---|---|
| 1 | Tổ chức hội nghị quán triệt Luật Đất đai | Hội nghị | Sở Xây dựng | Tháng 3/2025 |
| 2 | Rà soát văn bản quy phạm pháp luật về đất đai | Báo cáo rà soát | Sở Tư pháp | Tháng 4/2025 |
|  |  | Danh mục văn bản cần sửa đổi | Sở Tư pháp | Tháng 5/2025 |
| 3 | Xây dựng bảng giá đất | Quyết định của UBND tỉnh | Sở Tài chính | Tháng 6/2025 |
"""


def test_a_product_column_never_takes_the_task_text() -> None:
    texts = [task.text for task in parse_notice(_PRODUCTS).tasks]
    assert any("tổ chức hội nghị quán triệt Luật Đất đai" in text for text in texts)
    assert any("rà soát văn bản quy phạm pháp luật về đất đai" in text for text in texts)
    assert any("xây dựng bảng giá đất" in text for text in texts)
    assert not any("chủ trì: hội nghị" in text for text in texts)
    assert not any("chủ trì: quyết định của UBND tỉnh" in text for text in texts)


_BOTH_NAMES = """BỘ TƯ PHÁP
Số: 12/KH-BTP
Hà Nội, ngày 10 tháng 01 năm 2025

KẾ HOẠCH
Xử lý văn bản sau rà soát năm 2025

| STT | Nội dung | Tên văn bản | Cơ quan chủ trì | Thời hạn trình |
|---|---|---|---|---|
| 1 | Sửa đổi | Thông tư số 02/2016/TT-BTP | Vụ Pháp luật hình sự - hành chính | Tháng 6/2025 |
| 2 |  | Thông tư số 04/2017/TT-BTP | Vụ Pháp luật hình sự - hành chính | Tháng 9/2025 |
| 3 | Bãi bỏ | Thông tư số 06/2015/TT-BTP | Vụ Pháp luật dân sự - kinh tế | Tháng 12/2025 |
"""


def test_a_working_first_column_keeps_its_verb() -> None:
    texts = [task.text for task in parse_notice(_BOTH_NAMES).tasks]
    assert any("chủ trì: bãi bỏ" in text for text in texts)
    assert not any("chủ trì: thông tư số 06/2015" in text for text in texts)


_WORKERS = """ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
Số: 112/KH-UBND
Hậu Giang, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
Hỗ trợ người lao động năm 2025

| STT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Rà soát danh sách người lao động mất việc làm | Sở Lao động, TBXH | Tháng 4/2025 |
| 2 | Ra quân tổng vệ sinh khu dân cư | UBND các xã, TT | Tháng 5/2025 |

III. TỔ CHỨC THỰC HIỆN
1. Giao Phòng Kế hoạch, TC chủ trì bố trí kinh phí trước ngày 30/7/2025.
"""


def test_initials_after_one_named_body_are_no_second_body() -> None:
    leads = [task.lead for task in parse_notice(_WORKERS).tasks]
    for split in (("Sở Lao động", "TBXH"), ("UBND các xã", "TT"), ("Phòng Kế hoạch", "TC")):
        assert split not in leads
    for span in (
        "Sở Lao động, TBXH",
        "Sở Văn hóa, TTDL",
        "Sở Tài nguyên, MT",
        "Phòng Giáo dục, ĐT",
        "Phòng Kinh tế, HT",
        "Tổng cục Thủy lợi, VPCP",
    ):
        names = split_assignees(span)
        assert names is None or len(names) == 1, span


def test_fields_numerals_and_two_letter_pieces_are_no_bodies() -> None:
    spans = ("Sở Y tế, HIV", "Sở Y tế, BHYT", "Sở Nội vụ, CCHC", "CĐS, ATTT", "II, III", "VT, PC")
    for span in spans:
        assert split_assignees(span) is None, span


def test_initials_in_a_list_of_initials_or_after_a_plural_group_are_bodies() -> None:
    names = split_assignees("TCTL, BST, TBT")
    assert names is not None and [n.name for n in names] == ["TCTL", "BST", "TBT"]
    names = split_assignees("Các cơ quan của Quốc hội, VPCP")
    assert names is not None and [n.name for n in names] == ["Các cơ quan của Quốc hội", "VPCP"]


_PROJECTS = """ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
Số: 15/QĐ-UBND
Trà Vinh, ngày 10 tháng 01 năm 2025

QUYẾT ĐỊNH
Ban hành Danh mục dự án kêu gọi đầu tư năm 2025

Điều 1. Ban hành kèm theo Quyết định này Danh mục dự án kêu gọi đầu tư.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Lê Văn Hẳn

DANH MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ VÀ PHÂN CÔNG CƠ QUAN CHỦ TRÌ XÚC TIẾN
(Kèm theo Quyết định số 15/QĐ-UBND ngày 10 tháng 01 năm 2025 của UBND tỉnh)

| STT | Tên dự án | Địa điểm | Cơ quan chủ trì | Thời gian thực hiện |
|---|---|---|---|---|
| 1 | Khu du lịch sinh thái Ba Động | Thị xã Duyên Hải | Sở Du lịch | 2025-2027 |
| 2 | Cảng cá Láng Chim | Thị xã Duyên Hải | Sở Nông nghiệp và Phát triển nông thôn | 2025-2028 |
"""


def test_catalogue_of_projects_that_hands_out_promotion_stays_a_catalogue() -> None:
    assert parse_notice(_PROJECTS).tasks == ()
