"""Round 25 (rest), review: probes of the allocation, content-point and bracket rules.

Each test holds the reviewer's input and a counter-example that must keep working. Documents
invented in the shape of a decision ("QUYẾT ĐỊNH: Điều 1." over numbered points).
"""

from __future__ import annotations

from notices import parse_notice
from notices.allocation_lists import allocates
from notices.inline_breaks import _split_body_dash
from notices.structure import Item

_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nSố: 12/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc hỗ trợ các địa phương\n\n"
    "QUYẾT ĐỊNH:\n\n**Điều 1.**\n\n"
)
_TAIL = "\n\n2. Các sở, ngành tổ chức thực hiện."
_SIGN = "\n\n**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.\n\nCHỦ TỊCH\nNguyễn Văn An\n"

_RICE = "\n\n- Tỉnh Hà Giang: 3.000 tấn gạo;\n\n- Tỉnh Cao Bằng: 2.000 tấn gạo."


def _tasks(points: str, tail: str = _TAIL):
    return parse_notice(f"{_HEAD}{points}{tail}{_SIGN}").tasks


def _texts(points: str, tail: str = _TAIL) -> list[str]:
    return [task.text for task in _tasks(points, tail)]


# HIGH 1: the plain wording "… cho các tỉnh, cụ thể:" keeps its point as the task
def test_plain_allocation_keeps_its_task() -> None:
    for opening in (
        "1. Bộ Quốc phòng xuất cấp 5.000 tấn gạo cho các tỉnh, cụ thể:",
        "1. Bộ Quốc phòng xuất cấp 5.000 tấn gạo cho các tỉnh:",
        "1. Bộ Quốc phòng xuất 5.000 tấn gạo hỗ trợ các tỉnh, cụ thể:",
    ):
        tasks = _tasks(opening + _RICE)
        texts = [t.text for t in tasks]
        assert not any(t.startswith(("Tỉnh Hà Giang", "Tỉnh Cao Bằng")) for t in texts), opening
        mine = [t for t in tasks if t.text.startswith("Bộ Quốc phòng xuất")]
        assert len(mine) == 1, (opening, texts)


def test_purpose_allocation_still_one_task() -> None:  # counter-example: the seed's wording
    texts = _texts(
        "1. Bộ Quốc phòng xuất cấp 5.000 tấn gạo cho các tỉnh để cứu đói, cụ thể:" + _RICE
    )
    assert sum(t.startswith("Bộ Quốc phòng xuất cấp") for t in texts) == 1
    assert not any(t.startswith("Tỉnh Hà Giang") for t in texts)


# HIGH 2: deadlines and field lines are no quantities
def test_deadline_lines_are_assignments() -> None:
    points = (
        "1. Các đơn vị hoàn thành việc rà soát thủ tục hành chính, cụ thể:\n\n"
        "- Sở Tư pháp: 30 ngày kể từ ngày ký;\n\n- Sở Nội vụ: 45 ngày kể từ ngày ký."
    )
    texts = _texts(points)
    assert any(t.startswith("Sở Tư pháp") for t in texts), texts
    assert any(t.startswith("Sở Nội vụ") for t in texts), texts


def _lines_allocate(opening: str, lines: list[str]) -> bool:
    point = Item(ref="1", marker=None, paragraphs=[opening])
    point.children = [
        Item(ref="-", marker=None, paragraphs=[line], parent=point) for line in lines
    ]
    return allocates(point)


def test_field_and_dated_lines_are_no_allocation() -> None:
    # the lines keep main's reading (their dates and bodies), not the allocation rule's
    opening = "1. Sở Nội vụ tổ chức lớp bồi dưỡng kỹ năng cho cán bộ cấp xã, cụ thể:"
    fields = [
        "Thời gian: 05 ngày, từ ngày 10/3/2024 đến ngày 15/3/2024;",
        "Số lượng: 50 học viên.",
    ]
    assert not _lines_allocate(opening, fields)
    dated = [
        "Huyện Văn Yên: 12 nhà văn hóa hoàn thành trước ngày 30/6/2024;",
        "Huyện Lục Yên: 8 nhà văn hóa hoàn thành trước ngày 31/12/2024.",
    ]
    assert not _lines_allocate("1. Giao các huyện xây dựng nhà văn hóa thôn, cụ thể:", dated)
    rice = ["Tỉnh Hà Giang: 3.000 tấn gạo;", "Tỉnh Cao Bằng: 2.000 tấn gạo."]
    assert _lines_allocate("1. Bộ Quốc phòng xuất cấp 5.000 tấn gạo cho các tỉnh, cụ thể:", rice)


# MEDIUM 3: the list closing the article
def test_allocation_closing_the_article() -> None:
    texts = _texts(
        "1. Bộ Quốc phòng xuất cấp 5.000 tấn gạo cho các tỉnh để cứu đói, cụ thể:" + _RICE, ""
    )
    assert not any(t.startswith(("Tỉnh Hà Giang", "Tỉnh Cao Bằng")) for t in texts), texts
    assert any(t.startswith("Bộ Quốc phòng xuất cấp") for t in texts), texts


# MEDIUM 4: "… như sau:"
def test_allocation_as_follows() -> None:
    # a later point: a first point ending "như sau:" is read as the document's intro (body.py)
    points = (
        "1. Ủy ban nhân dân các tỉnh rà soát nhu cầu hỗ trợ của người dân.\n\n"
        "2. Bộ Quốc phòng xuất cấp 5.000 tấn gạo cho các tỉnh để cứu đói như sau:" + _RICE
    )
    texts = _texts(points, "\n\n3. Các sở, ngành tổ chức thực hiện.")
    assert not any(t.startswith(("Tỉnh Hà Giang", "Tỉnh Cao Bằng")) for t in texts), texts
    assert any(t.startswith("Bộ Quốc phòng xuất cấp") for t in texts), texts


# MEDIUM 7: a dash inside brackets under a ")" marker
def test_bracketed_dash_under_a_paren_marker() -> None:
    for marker in ("b)", "2)", "2."):
        text = (
            f"{marker} Các đơn vị phải duy trì chế độ báo cáo hàng tháng (theo mẫu - Tại Phụ lục "
            "số 4) về Bộ phận thường trực trước ngày 20 hàng tháng."
        )
        assert _split_body_dash(text) == [text], marker


def test_body_dash_still_splits() -> None:  # counter-example
    text = "1. Sở Văn hóa và Thể thao - Chủ trì tổ chức các hoạt động tuyên truyền trên địa bàn."
    assert len(_split_body_dash(text)) == 2


# LOW 9: receivers with a dot or a digit
def test_receivers_with_dot_or_digit() -> None:
    points = (
        "1. Bộ Quốc phòng xuất cấp 800 tấn gạo cho các địa phương để cứu đói, cụ thể:\n\n"
        "- TP. Hồ Chí Minh: 500 tấn gạo;\n\n- Quân khu 7: 300 tấn gạo."
    )
    texts = _texts(points)
    assert not any(t.startswith(("TP. Hồ Chí Minh", "Quân khu 7")) for t in texts), texts
    assert any(t.startswith("Bộ Quốc phòng xuất cấp") for t in texts), texts


_RUN_HEAD = (
    "BỘ TƯ PHÁP\nSố: 418/QĐ-BTP\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 1408/CT-TTg\n\n"
    "II. CÁC NHIỆM VỤ CỤ THỂ\n\n"
    "1. Tổ chức tìm hiểu, quán triệt Chỉ thị số 1408/CT-TTg của Thủ tướng Chính phủ:\n\n"
    "a) Tổ chức hội nghị quán triệt Chỉ thị số 1408/CT-TTg.\n\n"
)
_RUN_FIELDS = (
    "c) Mở chuyên mục giải đáp pháp luật trên Trang tin điện tử.\n\n"
    "Thời gian thực hiện: năm 2010.\n\n"
    "Đơn vị chủ trì: Vụ Phổ biến, giáo dục pháp luật.\n\n"
    "2. Tổng kết việc thực hiện Kế hoạch.\n\nBỘ TRƯỞNG\nHà Hùng Cường\n"
)


def _run(points: str):
    return parse_notice(f"{_RUN_HEAD}{points}{_RUN_FIELDS}").tasks


# MEDIUM 6: a content point's points must be neither work nor a roster
def test_a_roster_is_no_content() -> None:
    tasks = _run(
        "b) Phân công thực hiện như sau:\n\n- Đồng chí Vụ trưởng phụ trách chung;\n\n"
        "- Đồng chí Phó Vụ trưởng trực tiếp chỉ đạo.\n\n"
    )
    assert not any(t.text.startswith("Phân công thực hiện") for t in tasks)


def test_work_points_are_no_content() -> None:
    tasks = _run(
        "b) Triển khai các hoạt động sau:\n\n- Tổ chức tập huấn cho cán bộ cấp xã;\n\n"
        "- Kiểm tra, giám sát việc thực hiện tại các địa phương.\n\n"
    )
    # the points are not swallowed as the lead-in's content (main's reading stays)
    assert not any(t.text.startswith("Triển khai các hoạt động sau") for t in tasks)


def test_content_points_still_join_the_run() -> None:  # counter-example: the seed's shape
    tasks = _run(
        "b) Biên soạn tài liệu tuyên truyền, phổ biến pháp luật về bảo vệ trẻ em, bao gồm:\n\n"
        "- Đặc san chuyên đề về công tác bảo vệ, chăm sóc trẻ em;\n\n"
        "- Sách pháp luật bỏ túi về quyền, lợi ích của trẻ em.\n\n"
    )
    (task,) = [t for t in tasks if t.text.startswith("Biên soạn tài liệu")]
    assert task.lead == ("Vụ Phổ biến, giáo dục pháp luật",)


# MEDIUM 5: a content point's text and dates include its points
def test_content_points_text_and_dates() -> None:
    tasks = _run(
        "b) Tổ chức các lớp tập huấn sau:\n\n- Lớp tập huấn tại Hà Nội, Quý I/2010;\n\n"
        "- Lớp tập huấn tại TP. Hồ Chí Minh, Quý III/2010.\n\n"
    )
    (task,) = [t for t in tasks if t.text.startswith("Tổ chức các lớp tập huấn")]
    assert "Lớp tập huấn tại Hà Nội" in task.text
    assert str(task.deadline) != "2010-12-31"


def test_content_points_under_a_scans_bao_gom() -> None:  # "bao gôm:" as the seed's scan reads it
    tasks = _run(
        "b) Biên soạn tài liệu tuyên truyền, phổ biến pháp luật về bảo vệ trẻ em, bao gôm:\n\n"
        "- Đặc san chuyên đề về công tác bảo vệ, chăm sóc trẻ em;\n\n"
        "- Biên soạn sách pháp luật bỏ túi về quyền, lợi ích của trẻ em.\n\n"
    )
    (task,) = [t for t in tasks if t.text.startswith("Biên soạn tài liệu")]
    assert task.lead == ("Vụ Phổ biến, giáo dục pháp luật",)
