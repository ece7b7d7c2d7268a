"""Round 20 (proc): a decision that issues a procedure or rules, duties by unit in its rulebook.

A Quyết định "Ban hành Quy trình / Quy chế / Quy định …" prints the rulebook after its signature
("QUY TRÌNH" / its title / "(Theo Quyết định số …)"), in Roman sections: purposes and scope, the
detailed procedure ("Bước 1. Phòng Đào tạo lập danh sách …"), then "TỔ CHỨC THỰC HIỆN" with a
heading for each unit ("1. Phòng Công tác sinh viên", "2. Các Khoa") over its duties as dashes.
The steps are the procedure's rules (they run every time, and the unit section restates them);
the unit duties are the work. A plan's sections stay work; a regulation's articles are read by
`drop_rules` as before. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.regulation import is_duty
from notices.statements import states_only

_DECISION = """ĐẠI HỌC VÙNG TÂY BẮC
TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN NÚI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 318/QĐ-ĐHKTMN
Sơn La, ngày 12 tháng 3 năm 2025

QUYẾT ĐỊNH
{title}

HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN NÚI

Căn cứ Quy chế tổ chức và hoạt động của Trường Đại học Kỹ thuật Miền núi;

Theo đề nghị của Trưởng phòng Công tác sinh viên,

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này {kind} của Trường.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Trưởng phòng Công tác sinh viên, Trưởng các Khoa và sinh viên chịu trách nhiệm thi hành
Quyết định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, CTSV.

HIỆU TRƯỞNG

Lò Văn Minh

"""

PROCEDURE = (
    _DECISION.format(
        title="Ban hành Quy trình xét miễn, giảm học phí cho sinh viên",
        kind="Quy trình xét miễn, giảm học phí",
    )
    + """QUY TRÌNH
Xét miễn, giảm học phí cho sinh viên
(Theo Quyết định số 318/QĐ-ĐHKTMN ngày 12/3/2025)

I/ Mục đích, phạm vi

1. Mục đích

- Thống nhất cách làm trong việc xét miễn, giảm học phí, bảo đảm đúng đối tượng.

2. Trách nhiệm thực hiện

- Phòng Công tác sinh viên, Phòng Kế hoạch Tài chính.
- Các Khoa.

II/ QUY TRÌNH CHI TIẾT

1. Đối tượng được xét

Sinh viên thuộc hộ nghèo, hộ cận nghèo hoặc có hoàn cảnh đặc biệt khó khăn.

2. Các bước thực hiện

Bước 1. Phòng Công tác sinh viên thông báo thời gian nộp hồ sơ đến các Khoa.

Bước 2. Các Khoa thu hồ sơ của sinh viên, kiểm tra và gửi về Phòng Công tác sinh viên.

Bước 3. Phòng Công tác sinh viên tổng hợp, trình Hội đồng xét duyệt.

III. TỔ CHỨC THỰC HIỆN

1. Phòng Công tác sinh viên

- Thông báo kế hoạch xét miễn, giảm học phí mỗi học kỳ.

- Nhận hồ sơ do các Khoa gửi về, kiểm tra và tổng hợp danh sách toàn trường.

- Soạn thảo quyết định miễn, giảm học phí trình Hiệu trưởng ký.

2. Phòng Kế hoạch Tài chính

- Phối hợp với Phòng Công tác sinh viên tính mức học phí được miễn, giảm của từng sinh viên.

3. Các Khoa

- Hướng dẫn sinh viên làm hồ sơ và thu hồ sơ đúng thời hạn.

- Trưởng các Khoa có trách nhiệm phổ biến Quy trình này tới toàn thể giảng viên và sinh viên
trong khoa biết, thực hiện.

IV. ĐIỀU KHOẢN THI HÀNH

Quy trình này có hiệu lực kể từ ngày ký. Việc sửa đổi, bổ sung do Hiệu trưởng xem xét, quyết
định.
"""
)


def _tasks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(task.text, task.lead) for task in parse_notice(text).tasks]


def test_the_unit_duties_of_an_issued_procedure_are_its_tasks() -> None:
    assert _tasks(PROCEDURE) == [
        (
            "Thông báo kế hoạch xét miễn, giảm học phí mỗi học kỳ.",
            ("Phòng Công tác sinh viên",),
        ),
        (
            "Nhận hồ sơ do các Khoa gửi về, kiểm tra và tổng hợp danh sách toàn trường.",
            ("Phòng Công tác sinh viên",),
        ),
        (
            "Soạn thảo quyết định miễn, giảm học phí trình Hiệu trưởng ký.",
            ("Phòng Công tác sinh viên",),
        ),
        (
            "Phối hợp với Phòng Công tác sinh viên tính mức học phí được miễn, giảm của từng sinh"
            " viên.",
            ("Phòng Kế hoạch Tài chính",),
        ),
        ("Hướng dẫn sinh viên làm hồ sơ và thu hồ sơ đúng thời hạn.", ("Các Khoa",)),
        (
            "Trưởng các Khoa có trách nhiệm phổ biến Quy trình này tới toàn thể giảng viên và sinh"
            " viên trong khoa biết, thực hiện.",
            ("Trưởng các Khoa",),
        ),
    ]


def test_the_procedure_steps_give_no_task() -> None:
    texts = [text for text, _ in _tasks(PROCEDURE)]
    assert not any("Bước" in text or "thu hồ sơ của sinh viên, kiểm tra" in text for text in texts)


# A Quy chế whose duty section is titled by whom it binds ("Trách nhiệm của các đơn vị"), its note
# glued to the title's last line, its sections numbered "I." and its units' headings with colons.
RULES = (
    _DECISION.format(
        title="Ban hành Quy chế quản lý ký túc xá",
        kind="Quy chế quản lý ký túc xá",
    )
    + """QUY CHẾ
Quản lý ký túc xá (Kèm theo Quyết định số 318/QĐ-ĐHKTMN ngày 12/3/2025)

I. QUY ĐỊNH CHUNG

1. Sinh viên ở ký túc xá phải đăng ký tạm trú theo quy định.

2. Ban Quản lý ký túc xá kiểm tra phòng ở mỗi tháng một lần.

II. TRÁCH NHIỆM CỦA CÁC ĐƠN VỊ

1. Trung tâm Dịch vụ sinh viên:

- Bố trí chỗ ở cho sinh viên theo danh sách được duyệt.

2. Các Khoa/Bộ môn:

- Phối hợp kiểm tra nề nếp của sinh viên ở ký túc xá.
"""
)


def test_a_rules_section_titled_by_duties_keeps_only_the_unit_duties() -> None:
    assert _tasks(RULES) == [
        (
            "Bố trí chỗ ở cho sinh viên theo danh sách được duyệt.",
            ("Trung tâm Dịch vụ sinh viên",),
        ),
        ("Phối hợp kiểm tra nề nếp của sinh viên ở ký túc xá.", ("Các Khoa/Bộ môn",)),
    ]


# Counter-example: a plan issued by a decision. Its content section is work, beside the same
# "TỔ CHỨC THỰC HIỆN" with units' headings.
PLAN = (
    _DECISION.format(
        title="Ban hành Kế hoạch tiếp sức mùa thi năm 2025",
        kind="Kế hoạch tiếp sức mùa thi năm 2025",
    )
    + """KẾ HOẠCH
Tiếp sức mùa thi năm 2025
(Kèm theo Quyết định số 318/QĐ-ĐHKTMN ngày 12/3/2025)

I. NỘI DUNG

1. Đoàn Thanh niên trường tổ chức 05 điểm hỗ trợ thí sinh tại các điểm thi trong thành phố.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Công tác sinh viên

- Lập danh sách tình nguyện viên.

2. Các Khoa

- Cử sinh viên tham gia tình nguyện.
"""
)


def test_a_plan_keeps_its_content_beside_its_unit_duties() -> None:
    texts = [text for text, _ in _tasks(PLAN)]
    assert texts[0].startswith("Đoàn Thanh niên trường tổ chức 05 điểm hỗ trợ thí sinh")
    assert "Lập danh sách tình nguyện viên." in texts
    assert "Cử sinh viên tham gia tình nguyện." in texts


def test_a_decision_issuing_rules_without_sections_is_read_as_before() -> None:
    only_decision = PROCEDURE.split("QUY TRÌNH\n", 1)[0]
    assert _tasks(only_decision) == []


def test_a_schools_units_are_bodies_given_duties() -> None:
    assert is_duty("Các Khoa/Bộ môn")
    assert is_duty("Trách nhiệm của các trường")
    assert not is_duty("Các trường hợp")
    assert not is_duty("Trách nhiệm của các doanh nghiệp")


def test_spreading_the_document_is_work_but_carrying_it_out_is_not() -> None:
    assert not states_only(
        "Trưởng các Khoa có trách nhiệm phổ biến Quy trình này tới sinh viên biết, thực hiện.",
        None,
    )
    assert states_only("Các phòng, ban có trách nhiệm triển khai thực hiện Quy trình này.", None)
