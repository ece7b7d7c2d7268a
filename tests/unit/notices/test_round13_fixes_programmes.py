"""Round 13 fixes to the action-programme rules.

- A numbered line over lettered points is a theme heading only when it names no body and sets
  no date: "1. Sở Công Thương chủ trì …, trình UBND tỉnh trước ngày …" over "a) …" "b) …" is a
  task of its own whose points detail it, even without a full stop.
- "… phối hợp để:" over dash points that each name their own body and ask it for work: the
  points are separate assignments, not the purpose of one task.
- A "(Kèm theo Nghị quyết …" note glued to the title may wrap its end onto a paragraph of its own.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice

TOP = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với các sở\n\n"


def _rows(text: str) -> list[tuple[str, tuple[str, ...], date | None]]:
    return [(t.text[:24], t.lead, t.deadline) for t in parse_notice(TOP + text).tasks]


def test_an_unpunctuated_line_naming_its_body_and_date_over_points_is_a_task() -> None:
    rows = _rows(
        "1. Sở Công Thương chủ trì khảo sát các chợ truyền thống xuống cấp, trình UBND tỉnh "
        "phương án cải tạo trước ngày 15/8/2027\n"
        "a) Đánh giá hiện trạng mái che và hệ thống thoát nước.\n"
        "b) Đề xuất nguồn vốn xã hội hóa.\n"
        "2. Sở Xây dựng hướng dẫn thiết kế mẫu.\n"
    )
    assert rows[0] == ("Sở Công Thương chủ trì k", ("Sở Công Thương",), date(2027, 8, 15))
    assert [row[1] for row in rows[1:3]] == [("Sở Công Thương",)] * 2
    assert rows[3][1] == ("Sở Xây dựng",)


def test_an_unpunctuated_line_naming_its_body_alone_is_still_a_task() -> None:
    """No date, only the body and its work: the line is kept, its points stay under it."""
    rows = _rows(
        "1. UBND các xã ven sông khẩn trương hoàn thành việc di dời các hộ dân ra khỏi vùng "
        "sạt lở bờ sông, bố trí tái định cư ổn định lâu dài cho người dân\n"
        "a) Xã Tân An di dời 12 hộ ở khu vực bến đò cũ.\n"
        "b) Xã Bình Hòa di dời 8 hộ ở đầu cầu.\n"
    )
    assert rows[0][0] == "UBND các xã ven sông khẩ"
    assert rows[0][1] == ("UBND các xã ven sông",)


def test_a_dated_target_naming_nobody_over_points_is_no_theme_heading() -> None:
    """ "1. Hoàn thành … trong quý III năm 2027" over points: the date reaches the points."""
    rows = _rows(
        "Sở Giao thông vận tải thực hiện các nội dung sau:\n"
        "1. Hoàn thành việc nâng cấp toàn bộ các tuyến đường tỉnh xuống cấp nghiêm trọng sau "
        "mùa mưa lũ trong quý III năm 2027\n"
        "a) Khảo sát, lập danh mục các tuyến cần nâng cấp.\n"
        "b) Lựa chọn nhà thầu thi công theo quy định.\n"
    )
    points = [row for row in rows if row[0].startswith(("Khảo sát", "Lựa chọn"))]
    assert len(points) == 2
    assert all(row[2] == date(2027, 9, 30) for row in points)


def test_a_nameless_undated_theme_over_points_is_still_a_heading() -> None:
    rows = _rows(
        "Ủy ban nhân dân tỉnh yêu cầu Sở Văn hóa, Thể thao và Du lịch thực hiện các nội dung "
        "sau:\n"
        "1. Phát huy giá trị di sản văn hóa phi vật thể gắn với phát triển du lịch; khơi dậy "
        "niềm tự hào của cộng đồng về bản sắc dân tộc\n"
        "a) Kiểm kê các di sản văn hóa phi vật thể trên địa bàn.\n"
        "b) Mở lớp truyền dạy hát dân ca cho thanh thiếu niên.\n"
    )
    assert [row[0][:8] for row in rows] == ["Kiểm kê ", "Mở lớp t"]
    assert all(row[1] == ("Sở Văn hóa, Thể thao và Du lịch",) for row in rows)


def test_points_under_de_that_name_their_own_bodies_are_tasks_apart() -> None:
    rows = _rows(
        "1. Đề nghị các cơ quan liên quan phối hợp chặt chẽ để:\n"
        "- Sở Tài chính thẩm định dự toán mua sắm thiết bị trước ngày 20/5/2027;\n"
        "- Sở Khoa học và Công nghệ nghiệm thu phần mềm trong tháng 7/2027.\n"
        "2. Sở Y tế kiểm tra an toàn thực phẩm.\n"
    )
    assert rows[:2] == [
        ("Sở Tài chính thẩm định d", ("Sở Tài chính",), date(2027, 5, 20)),
        ("Sở Khoa học và Công nghệ", ("Sở Khoa học và Công nghệ",), date(2027, 7, 31)),
    ]
    assert rows[2][1] == ("Sở Y tế",)


def test_purpose_points_naming_nobody_still_belong_to_one_task() -> None:
    rows = _rows(
        "1. Sở Nội vụ rà soát quy trình tiếp nhận hồ sơ tuyển dụng để:\n"
        "- Công khai các bước xét tuyển\n"
        "- Rút ngắn thời gian trả kết quả\n"
        "2. Sở Tài chính bố trí kinh phí.\n"
    )
    assert [row[1] for row in rows] == [("Sở Nội vụ",), ("Sở Tài chính",)]


HEAD = """CHÍNH PHỦ
Số: 41/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 6 năm 2027
NGHỊ QUYẾT
Ban hành Chương trình hành động về phát triển kinh tế biển xanh
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ;
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động về kinh tế biển xanh.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký.
Điều 3. Các Bộ trưởng, Chủ tịch UBND các tỉnh ven biển chịu trách nhiệm thi hành Nghị quyết này./.
Nơi nhận:
- Các bộ, cơ quan ngang bộ;
- Lưu: VT.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Lê Minh Quân

"""

PROGRAMME = (
    "I. MỤC TIÊU\n"
    "Kinh tế biển xanh đóng góp lớn vào tăng trưởng của các tỉnh ven biển.\n"
    "II. NHIỆM VỤ CHỦ YẾU\n"
    "Để thực hiện mục tiêu trên, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh ven biển "
    "cần cụ thể hóa và tổ chức triển khai các nhiệm vụ sau đây:\n"
    "1. Hoàn thiện thể chế\n"
    + "".join(
        f"{letter}) Rà soát quy định về khai thác bền vững vùng biển số {n}.\n"
        for n, letter in enumerate("abcdeghiklmnopqrstuvxy", start=1)
    )
    + "III. TỔ CHỨC THỰC HIỆN\n"
    "Bộ Nông nghiệp và Môi trường theo dõi, báo cáo Chính phủ trước ngày 15/12/2027.\n"
)


def test_a_glued_note_whose_end_wraps_onto_its_own_paragraph_opens_the_programme() -> None:
    title = (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG về phát triển kinh tế biển xanh (Kèm theo Nghị quyết số "
        "41/NQ-CP ngày 12 tháng 6 năm 2027 của Chính phủ\n\n)\n\n"
    )
    tasks = parse_notice(HEAD + title + PROGRAMME).tasks
    assert len(tasks) == 23
    assert tasks[0].lead == ("các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh ven biển")
