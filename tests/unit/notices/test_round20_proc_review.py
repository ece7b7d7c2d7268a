"""Round 20 (proc) review: a rulebook's sections of work beside its unit duties, its appendix, a
procedure's steps wherever it is printed, "quy trình" as a plain noun, and headings that only
look like units. Documents invented for these tests, modelled on the reviewer's probes."""

from __future__ import annotations

from notices import parse_notice
from notices.duty_sections import keep_duty_sections
from tests.unit.notices.test_round20_proc import _DECISION


def _rulebook(title: str, kind: str, rulebook: str) -> str:
    return _DECISION.format(title=title, kind=kind) + rulebook


def _tasks(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [
        (task.text, task.lead, task.deadline and task.deadline.isoformat())
        for task in parse_notice(text).tasks
    ]


def _texts(text: str) -> list[str]:
    return [task.text for task in parse_notice(text).tasks]


# HIGH 1: a section that lists the units taking part, no duties under their names, beside the
# section that gives them their dated work.
TAKING_PART = _rulebook(
    "Ban hành Quy trình phúc khảo bài thi",
    "Quy trình phúc khảo bài thi",
    """QUY TRÌNH
Phúc khảo bài thi
(Theo Quyết định số 318/QĐ-ĐHKTMN ngày 12/3/2025)

I. MỤC ĐÍCH

Bảo đảm quyền lợi của sinh viên.

II. ĐƠN VỊ THAM GIA

1. Phòng Khảo thí
2. Phòng Đào tạo
3. Các Khoa

III. NỘI DUNG PHỐI HỢP

1. Phòng Khảo thí tổng hợp đơn phúc khảo, gửi các Khoa trước ngày 20/3/2025.

2. Các Khoa phân công giảng viên chấm phúc khảo, gửi kết quả về Phòng Khảo thí chậm nhất
ngày 30/3/2025.

3. Phòng Đào tạo cập nhật điểm phúc khảo vào hệ thống trước ngày 05/4/2025.
""",
)


def test_units_listed_without_duties_keep_the_work_beside_them() -> None:
    assert [(lead, due) for _, lead, due in _tasks(TAKING_PART)] == [
        (("Phòng Khảo thí",), "2025-03-20"),
        (("Các Khoa",), "2025-03-30"),
        (("Phòng Đào tạo",), "2025-04-05"),
    ]


# HIGH 2: criteria scored per unit are no unit headings.
CRITERIA = _rulebook(
    "Ban hành Quy định chấm điểm thi đua các đơn vị năm 2025",
    "Quy định chấm điểm thi đua",
    """QUY ĐỊNH
Chấm điểm thi đua các đơn vị năm 2025
(Ban hành kèm theo Quyết định số 318/QĐ-ĐHKTMN ngày 12/3/2025)

I. MỤC ĐÍCH, YÊU CẦU

Đánh giá đúng kết quả công tác của các đơn vị.

II. TIÊU CHÍ CHẤM ĐIỂM

1. Phòng Đào tạo: 20 điểm
2. Phòng Kế hoạch - Tài chính: 20 điểm
3. Các Khoa: 60 điểm

III. THỜI GIAN THỰC HIỆN

1. Phòng Tổ chức - Hành chính tổng hợp bảng điểm, trình Hội đồng Thi đua trước ngày
30/11/2025.

2. Phòng Đào tạo gửi bảng tự chấm điểm về Phòng Tổ chức - Hành chính trước ngày 15/11/2025.
""",
)


def test_criteria_scored_by_unit_keep_the_timetable() -> None:
    assert [due for _, _, due in _tasks(CRITERIA)] == ["2025-11-30", "2025-11-15"]


# HIGH 3: a reporting section beside the section by unit.
REPORTING = _rulebook(
    "Ban hành Quy định tổ chức kỳ thi Olympic Tin học năm 2025",
    "Quy định tổ chức kỳ thi Olympic Tin học",
    """QUY ĐỊNH
Tổ chức kỳ thi Olympic Tin học năm 2025
(Ban hành kèm theo Quyết định số 318/QĐ-ĐHKTMN ngày 12/3/2025)

I. MỤC ĐÍCH

Phát hiện, bồi dưỡng sinh viên giỏi.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Đào tạo
- Xây dựng đề thi, bố trí phòng thi trước ngày 20/4/2025.
2. Các Khoa
- Thông báo tới sinh viên, vận động sinh viên tham gia.

III. CHẾ ĐỘ BÁO CÁO

Phòng Đào tạo báo cáo kết quả kỳ thi về Ban Giám hiệu trước ngày 10/5/2025.
""",
)


def test_a_reporting_section_stays_beside_the_unit_duties() -> None:
    assert [(lead, due) for _, lead, due in _tasks(REPORTING)] == [
        (("Phòng Đào tạo",), "2025-04-20"),
        (("Các Khoa",), None),
        (("Phòng Đào tạo",), "2025-05-10"),
    ]


# HIGH 4: a standalone Quy chế phối hợp, its shared work dated beside each body's duties.
JOINT = """UBND HUYỆN AN PHÚ
CÔNG AN HUYỆN - VIỆN KIỂM SÁT NHÂN DÂN HUYỆN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 01/QC-CA-VKS
An Phú, ngày 10 tháng 3 năm 2025

QUY CHẾ
Phối hợp giữa Công an huyện và Viện kiểm sát nhân dân huyện trong giải quyết tin báo về tội phạm

I. MỤC ĐÍCH

Tăng cường phối hợp giữa hai cơ quan.

II. NỘI DUNG PHỐI HỢP

1. Công an huyện chủ trì rà soát toàn bộ tin báo tồn đọng, hoàn thành trước ngày 30/6/2025.

2. Viện kiểm sát nhân dân huyện tổ chức 02 phiên kiểm sát trực tiếp trong quý III/2025.

III. TRÁCH NHIỆM CỦA CÁC BÊN

1. Công an huyện
- Phân công cán bộ đầu mối phối hợp.
2. Viện kiểm sát nhân dân huyện
- Phân công kiểm sát viên theo dõi việc giải quyết tin báo.

TRƯỞNG CÔNG AN HUYỆN

Nguyễn Văn An
"""


def test_a_joint_rulebooks_shared_work_stays() -> None:
    texts = _texts(JOINT)
    assert any(t.startswith("Công an huyện chủ trì rà soát") for t in texts), texts
    assert any(t.startswith("Viện kiểm sát nhân dân huyện tổ chức 02") for t in texts), texts
    assert "Phân công cán bộ đầu mối phối hợp." in texts


# HIGH 5: an appendix of tasks after the last section.
APPENDIX = _rulebook(
    "Ban hành Quy trình xét học bổng khuyến khích học tập",
    "Quy trình xét học bổng",
    """QUY TRÌNH
Xét học bổng khuyến khích học tập
(Theo Quyết định số 318/QĐ-ĐHKTMN ngày 12/3/2025)

I. TRÁCH NHIỆM CỦA CÁC ĐƠN VỊ

1. Phòng Công tác sinh viên
- Lập danh sách sinh viên đủ điều kiện trước ngày 15/9/2025.
2. Các Khoa
- Rà soát danh sách, gửi về Phòng Công tác sinh viên trước ngày 25/9/2025.

II. PHẠM VI ÁP DỤNG

Áp dụng cho sinh viên đại học chính quy.

PHỤ LỤC
Lịch thực hiện
| STT | Nội dung | Đơn vị thực hiện | Thời gian |
| 1 | Công bố danh sách dự kiến | Phòng Công tác sinh viên | Trước ngày 01/10/2025 |
| 2 | Nhận đơn phản hồi của sinh viên | Các Khoa | Trước ngày 05/10/2025 |
""",
)


def test_the_appendix_after_a_rules_section_stays() -> None:
    dates = [due for _, _, due in _tasks(APPENDIX)]
    assert dates == ["2025-09-15", "2025-09-25", "2025-10-01", "2025-10-05"]


def test_sections_end_at_the_appendix() -> None:
    body = [
        "I. PHẠM VI",
        "Áp dụng cho sinh viên.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Đào tạo",
        "- Lập danh sách.",
        "2. Các Khoa",
        "- Rà soát danh sách.",
        "III. ĐỐI TƯỢNG",
        "Sinh viên chính quy.",
        "PHỤ LỤC",
        "1. Giao Các Khoa chủ trì: nhận đơn; thời hạn: Trước ngày 05/10/2025.",
    ]
    kept = keep_duty_sections(body, title="Ban hành Quy trình xét học bổng", type_codes=("QĐ",))
    assert kept == [*body[2:7], *body[9:]]


# MEDIUM 6: a procedure's steps, approved by a decision or attached to a letter.
APPROVED = _rulebook(
    "Phê duyệt Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực giáo dục",
    "Quy trình nội bộ giải quyết thủ tục hành chính",
    """QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
(Kèm theo Quyết định số 318/QĐ-ĐHKTMN ngày 12/3/2025)

1. Thủ tục xét tuyển sinh vào trung học cơ sở

Bước 1. Bộ phận Một cửa nhận hồ sơ, kiểm tra tính đầy đủ của hồ sơ: 0,5 ngày.
Bước 2. Phòng Giáo dục và Đào tạo thẩm định hồ sơ, trình lãnh đạo: 02 ngày.
Bước 3. Bộ phận Một cửa trả kết quả cho công dân.
""",
)


def test_the_steps_of_an_approved_procedure_are_no_tasks() -> None:
    assert _tasks(APPROVED) == []


LETTER = """UBND HUYỆN AN PHÚ
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/PGDĐT-TCCB
An Phú, ngày 10 tháng 5 năm 2025

V/v triển khai Quy trình tiếp nhận hồ sơ tuyển sinh lớp 6

Kính gửi: Hiệu trưởng các trường THCS trên địa bàn huyện.

Phòng Giáo dục và Đào tạo đề nghị các trường thực hiện như sau:

1. Các trường rà soát, gửi danh sách về Phòng trước ngày 20/5/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG

Nguyễn Văn An


PHỤ LỤC
QUY TRÌNH TIẾP NHẬN HỒ SƠ TUYỂN SINH
(Kèm theo Công văn số 215/PGDĐT-TCCB ngày 10/5/2025)

| STT | Nội dung công việc | Đơn vị thực hiện | Thời gian |
| 1 | Tổ chức tập huấn quy trình cho cán bộ tuyển sinh | Phòng GDĐT | Trước ngày 20/5/2025 |

Bước 1. Bộ phận một cửa nhận hồ sơ của phụ huynh, kiểm tra tính hợp lệ.
Bước 2. Hội đồng tuyển sinh xét duyệt hồ sơ trong thời hạn 03 ngày làm việc.
"""


def test_the_steps_of_a_procedure_attached_to_a_letter_are_no_tasks() -> None:
    assert [due for _, _, due in _tasks(LETTER)] == ["2025-05-20", "2025-05-20"]
    assert not any("Bước" in text or "một cửa" in text for text in _texts(LETTER))


# Counter-example: a plan's dated steps stay its tasks.
PLAN_STEPS = _rulebook(
    "Ban hành Kế hoạch khảo sát ý kiến sinh viên năm 2025",
    "Kế hoạch khảo sát ý kiến sinh viên",
    """KẾ HOẠCH
Khảo sát ý kiến sinh viên năm 2025
(Kèm theo Quyết định số 318/QĐ-ĐHKTMN ngày 12/3/2025)

Bước 1: Phòng Đào tạo cung cấp danh sách sinh viên trước ngày 20/3/2025.

Bước 2: Các Khoa thông báo tới sinh viên trước ngày 25/3/2025.
""",
)


def test_a_plans_steps_stay_tasks() -> None:
    assert [due for _, _, due in _tasks(PLAN_STEPS)] == ["2025-03-20", "2025-03-25"]


# MEDIUM 7: "quy trình" as a plain noun is no citation of a document.
PLAIN_NOUN = """UBND HUYỆN AN PHÚ
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 216/PGDĐT-TCCB
An Phú, ngày 10 tháng 5 năm 2025

V/v tuyển sinh lớp 6 trực tuyến

Kính gửi: Hiệu trưởng các trường THCS trên địa bàn huyện.

Phòng Giáo dục và Đào tạo đề nghị các trường thực hiện như sau:

1. Rà soát danh sách học sinh hoàn thành chương trình tiểu học;

2. Triển khai quy trình tiếp nhận hồ sơ tuyển sinh trực tuyến, bảo đảm đúng thời gian quy định;

3. Các trường triển khai thực hiện Quy trình này.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG

Nguyễn Văn An
"""


def test_a_procedure_named_as_a_plain_noun_is_work() -> None:
    texts = _texts(PLAIN_NOUN)
    assert any(t.startswith("Triển khai quy trình tiếp nhận hồ sơ") for t in texts), texts
    assert not any("Quy trình này" in t for t in texts), texts


# MEDIUM 8: a room, fire prevention, a conference hall, stationery are no units.
NOT_UNITS = _rulebook(
    "Ban hành Quy định sử dụng tài sản của Trường",
    "Quy định sử dụng tài sản",
    """QUY ĐỊNH
Sử dụng tài sản của Trường
(Ban hành kèm theo Quyết định số 318/QĐ-ĐHKTMN ngày 12/3/2025)

I. PHẠM VI ÁP DỤNG

Áp dụng với mọi đơn vị.

II. DANH MỤC TÀI SẢN

1. Phòng học
- Bàn ghế, máy chiếu.
2. Phòng cháy chữa cháy
- Bình chữa cháy, vòi nước.
3. Trung tâm hội nghị
- Âm thanh, ánh sáng.
4. Văn phòng phẩm
- Giấy, bút.

III. KIỂM KÊ

1. Phòng Quản trị thiết bị kiểm kê toàn bộ tài sản trước ngày 30/6/2025.
""",
)


def test_rooms_and_supplies_are_no_unit_headings() -> None:
    body = NOT_UNITS.split("(Ban hành kèm theo Quyết định số 318/QĐ-ĐHKTMN ngày 12/3/2025)\n", 1)
    paragraphs = [p for p in body[1].splitlines() if p.strip()]
    kept = keep_duty_sections(
        paragraphs, title="Ban hành Quy định sử dụng tài sản của Trường", type_codes=("QĐ",)
    )
    assert kept == paragraphs
