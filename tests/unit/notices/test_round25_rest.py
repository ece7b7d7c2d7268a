"""Round 25 (rest): an allocation list under a point is its quantities, not tasks.

"1. Bộ Y tế xuất cấp … cho các tỉnh …, cụ thể:" over "- Tỉnh Lào Cai: 1.000.000 viên …;": each
dash line names a receiver and a quantity; the work is the point above them. A dash line that
gives work after the colon ("- Tỉnh Lào Cai: tổ chức tiếp nhận …") stays a task. Documents
invented for these tests in the shape of a Prime Minister's release decision.
"""

from __future__ import annotations

from notices import parse_notice

_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/QĐ-TTg\n\nQUYẾT ĐỊNH\nVề việc xuất hàng dự trữ quốc gia\n\n"
    "QUYẾT ĐỊNH:\n\n**Điều 1.**\n\n"
)
_SIGN = "\n\n**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.\n\nTHỦ TƯỚNG\nNguyễn Văn An\n"


def _texts(points: str) -> list[str]:
    return [task.text for task in parse_notice(f"{_HEAD}{points}{_SIGN}").tasks]


_ALLOCATION = (
    "1. Bộ Nông nghiệp xuất cấp không thu tiền 500 tấn hạt giống lúa từ nguồn dự trữ quốc gia "
    "cho các tỉnh: Yên Bái, Tuyên Quang để khôi phục sản xuất, cụ thể:\n\n"
    "- Tỉnh Yên Bái: 300 tấn hạt giống lúa;\n\n"
    "- Tỉnh Tuyên Quang: 150 tấn hạt giống lúa;\n\n"
    "- Thành phố Hà Nội: 50 tấn hạt giống lúa.\n\n"
    "2. Ủy ban nhân dân các tỉnh: Yên Bái, Tuyên Quang tổ chức tiếp nhận và phân phối kịp thời "
    "cho người dân."
)


def test_allocation_lines_are_not_tasks() -> None:
    texts = _texts(_ALLOCATION)
    receivers = ("Tỉnh Yên Bái", "Tỉnh Tuyên Quang", "Thành phố Hà")
    assert not any(t.startswith(receivers) for t in texts)
    assert any(t.startswith("Bộ Nông nghiệp xuất cấp") for t in texts)
    assert any(t.startswith("Ủy ban nhân dân các tỉnh") for t in texts)


def test_allocation_with_about_and_units() -> None:
    points = (
        "1. Bộ Tài chính xuất cấp 2.000 tấn gạo cho các tỉnh sau:\n\n"
        "- Tỉnh Hà Giang: khoảng 1.200 tấn gạo;\n\n"
        "- Tỉnh Lai Châu: 800 tấn gạo.\n\n"
        "2. Ủy ban nhân dân các tỉnh tổ chức tiếp nhận, phân phối gạo cho người dân."
    )
    texts = _texts(points)
    assert not any(t.startswith(("Tỉnh Hà Giang", "Tỉnh Lai Châu")) for t in texts)
    assert any(t.startswith("Bộ Tài chính xuất cấp") for t in texts)


def test_dash_lines_giving_work_stay_tasks() -> None:
    points = (
        "1. Phân công nhiệm vụ cụ thể như sau:\n\n"
        "- Tỉnh Yên Bái: tổ chức tiếp nhận 300 tấn hạt giống lúa;\n\n"
        "- Tỉnh Tuyên Quang: phân phối 150 tấn hạt giống lúa cho người dân."
    )
    texts = _texts(points)
    assert any("tiếp nhận 300 tấn" in t for t in texts)
    assert any("phân phối 150 tấn" in t for t in texts)


def test_one_quantity_line_among_work_stays() -> None:
    points = (
        "1. Các địa phương thực hiện:\n\n"
        "- Tỉnh Yên Bái: 300 tấn hạt giống lúa;\n\n"
        "- Tỉnh Tuyên Quang tổ chức phân phối hạt giống cho người dân trước ngày 30/9/2024."
    )
    texts = _texts(points)
    assert any(t.startswith("Tỉnh Tuyên Quang tổ chức phân phối") for t in texts)


_PLAN_HEAD = (
    "TỔNG CỤC HẢI QUAN\nSố: 77/QĐ-TCHQ\n\n"
    "QUYẾT ĐỊNH\nVề việc ban hành kế hoạch đào tạo năm 2014\n\n"
    "TỔNG CỤC TRƯỞNG TỔNG CỤC HẢI QUAN\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch đào tạo, bồi dưỡng năm 2014.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
    "KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nNguyễn Văn Bình\n\nKẾ HOẠCH\n\n"
)


def test_annex_titles_are_not_tasks() -> None:
    text = (
        f"{_PLAN_HEAD}(Kèm theo Quyết định số 77/QĐ-TCHQ ngày 20 tháng 01 năm 2014)\n\n"
        "I. Kế hoạch đào tạo năm 2014 gồm:\n\n"
        "1. Phụ lục I: Kế hoạch tổ chức các lớp đào tạo, bồi dưỡng nghiệp vụ hải quan do Tổng "
        "cục tổ chức - Trường Hải quan Việt Nam thực hiện.\n\n"
        "2. Phụ lục II: Kế hoạch tổ chức các lớp đào tạo, bồi dưỡng nghiệp vụ hải quan do Tổng "
        "cục tổ chức - Cục Điều tra chống buôn lậu thực hiện.\n\n"
        "II. Tổ chức thực hiện:\n\n"
        "1. Các đơn vị gửi báo cáo về Vụ Tổ chức cán bộ trước ngày 15/7/2014.\n"
    )
    texts = [task.text for task in parse_notice(text).tasks]
    assert not any(t.startswith("Phụ lục") for t in texts)
    assert any(t.startswith("Các đơn vị gửi báo cáo") for t in texts)


def test_annex_lines_giving_work_stay() -> None:
    text = (
        f"{_PLAN_HEAD}(Kèm theo Quyết định số 77/QĐ-TCHQ ngày 20 tháng 01 năm 2014)\n\n"
        "I. Tổ chức thực hiện:\n\n"
        "1. Trường Hải quan Việt Nam tổ chức các lớp bồi dưỡng theo Phụ lục I trước ngày "
        "30/11/2014.\n\n"
        "2. Cục Điều tra chống buôn lậu tổ chức các lớp theo Phụ lục II trước ngày 30/11/2014.\n"
    )
    texts = [task.text for task in parse_notice(text).tasks]
    assert any(t.startswith("Trường Hải quan Việt Nam tổ chức") for t in texts)
    assert any(t.startswith("Cục Điều tra chống buôn lậu tổ chức") for t in texts)


_RUN_HEAD = (
    "BỘ TƯ PHÁP\nSố: 418/QĐ-BTP\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 1408/CT-TTg\n\n"
    "II. CÁC NHIỆM VỤ CỤ THỂ\n\n"
    "1. Tổ chức tìm hiểu, quán triệt Chỉ thị số 1408/CT-TTg của Thủ tướng Chính phủ:\n\n"
    "a) Tổ chức hội nghị quán triệt Chỉ thị số 1408/CT-TTg.\n\n"
    "b) Biên soạn tài liệu tuyên truyền, phổ biến pháp luật về bảo vệ trẻ em, bao gồm:\n\n"
)
_RUN_FIELDS = (
    "c) Mở chuyên mục giải đáp pháp luật trên Trang tin điện tử.\n\n"
    "Tiến độ thực hiện: Quý I/2010 (hoạt động a, b); năm 2010 (hoạt động c).\n\n"
    "Đơn vị chủ trì: Vụ Phổ biến, giáo dục pháp luật.\n\n"
    "2. Tổng kết việc thực hiện Kế hoạch.\n\nBỘ TRƯỞNG\nHà Hùng Cường\n"
)


def test_a_runs_point_with_content_points_takes_the_closing_fields() -> None:
    text = (
        f"{_RUN_HEAD}- Đặc san chuyên đề về công tác bảo vệ, chăm sóc trẻ em;\n\n"
        "- Sách pháp luật bỏ túi về quyền, lợi ích của trẻ em.\n\n"
        f"{_RUN_FIELDS}"
    )
    tasks = parse_notice(text).tasks
    for start in ("Tổ chức hội nghị quán triệt", "Biên soạn tài liệu", "Mở chuyên mục"):
        (task,) = [t for t in tasks if t.text.startswith(start)]
        assert task.lead == ("Vụ Phổ biến, giáo dục pháp luật",)
    assert not any(t.text.startswith(("Đặc san", "Sách pháp luật")) for t in tasks)


def test_points_naming_bodies_still_break_the_run() -> None:
    text = (
        f"{_RUN_HEAD}- Sở Tư pháp các tỉnh biên soạn tài liệu của địa phương;\n\n"
        "- Hội Luật gia Việt Nam phát hành tài liệu đến hội viên.\n\n"
        f"{_RUN_FIELDS}"
    )
    tasks = parse_notice(text).tasks
    assert any(t.text.startswith("Sở Tư pháp các tỉnh biên soạn") for t in tasks)


def test_a_dash_inside_brackets_does_not_split_the_point() -> None:
    text = (
        "BỘ CÔNG THƯƠNG\nSố: 02/CT-BCT\n\nCHỈ THỊ\nVề đơn giản hóa thủ tục hành chính\n\n"
        "1. Vụ Tài chính bảo đảm kinh phí cho Tổ công tác.\n\n"
        "2. Các đơn vị phải duy trì đầy đủ chế độ báo cáo định kỳ hàng tháng (theo mẫu - Tại "
        "Phụ lục số 4) về Bộ phận thường trực trước ngày 20 hàng tháng để tổng hợp.\n\n"
        "BỘ TRƯỞNG\nVũ Huy Hoàng\n"
    )
    texts = [task.text for task in parse_notice(text).tasks]
    assert any(t.startswith("Các đơn vị phải duy trì đầy đủ") and "Bộ phận" in t for t in texts)
    assert not any(t.startswith("Tại Phụ lục") for t in texts)
