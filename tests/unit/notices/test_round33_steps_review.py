"""Review of round 33 (steps): the reviewer's probes, each a test.

1. "SV nộp đơn …": a student by the initials a school writes is an applicant, not an office.
2. "Doanh nghiệp gửi văn bản đề nghị …": an applicant files a letter, a form, a request too.
3. A step table whose student only reads the outcome keeps its units' rows (one applicant test
   for step lines and step tables: `notices.step_doers`).
4. "1. Phòng Đào tạo: Chủ trì …" restates the steps under each unit's name: each duty once.
5. A plan's "2. Yêu cầu:" heading is no one's request over a dash's points.
6. A scan's damaged step word or number ("Bươc 2:", "Bước l:") is still a step.
7. An office taking in the files the faculties sent is internal work, not an application.
Documents invented for these tests.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.step_doers import applicant_at, files, receives, unit_at
from notices.unit_steps import STEP
from tests.unit.notices.notice_fixtures import lead_of, task_leads

_HEAD = """TRƯỜNG ĐẠI HỌC SƯ PHẠM VÙNG CAO
Số: 77/QĐ-ĐHSP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn La, ngày 03 tháng 4 năm 2032

QUYẾT ĐỊNH
Về việc ban hành Quy trình {subject}

HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC SƯ PHẠM VÙNG CAO

Căn cứ Quyết định số 12/QĐ-TTg về việc thành lập Trường;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy trình {subject}.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
HIỆU TRƯỞNG
Trần Văn Sơn

QUY TRÌNH
{title}
(Ban hành kèm theo Quyết định số 77/QĐ-ĐHSP ngày 03 tháng 4 năm 2032)

"""


def _procedure(subject: str, body: str) -> str:
    return _HEAD.format(subject=subject, title=subject.upper()) + body


STUDENT_BY_INITIALS = _procedure(
    "nghỉ học tạm thời",
    """II. NỘI DUNG QUY TRÌNH
Bước 1: SV nộp đơn xin nghỉ học tạm thời tại P.CTSV.
Bước 2: P.CTSV kiểm tra đơn, lấy ý kiến của khoa quản lý SV.
Bước 3: P.CTSV trình Hiệu trưởng ký quyết định cho SV nghỉ học tạm thời.
""",
)

BUSINESS_LETTER = _procedure(
    "cấp giấy phép",
    """II. NỘI DUNG QUY TRÌNH
Bước 1: Doanh nghiệp gửi văn bản đề nghị kèm bản sao giấy chứng nhận đến Phòng Hành chính.
Bước 2: Phòng Hành chính kiểm tra văn bản và chuyển Phòng Quản trị.
Bước 3: Phòng Quản trị thẩm định và trình Hiệu trưởng ký giấy phép.
""",
)

_TABLE_HEADER = """1. QUY TRÌNH

| Bước | Nội dung công việc | Đơn vị/Người thực hiện | Thời gian |
| --- | --- | --- | --- |
"""

STUDENT_READS_TABLE = _procedure(
    "đổi lịch thi",
    _TABLE_HEADER
    + """| 1 | Lập lịch thi dự kiến | Phòng Khảo thí | 5 ngày |
| 2 | Góp ý lịch thi | Các khoa | 3 ngày |
| 3 | Xem lịch thi chính thức trên cổng thông tin | Sinh viên | |
""",
)

STUDENT_FILES_TABLE = _procedure(
    "đổi lịch thi",
    _TABLE_HEADER
    + """| 1 | Nộp đơn đề nghị đổi lịch thi | Sinh viên | 5 ngày |
| 2 | Kiểm tra đơn, lập danh sách | Phòng Khảo thí | 3 ngày |
| 3 | Xếp lịch thi bổ sung | Phòng Đào tạo | 3 ngày |
""",
)

RESTATED_BY_LABEL = _procedure(
    "xét cảnh báo học vụ",
    """I. NỘI DUNG QUY TRÌNH
Bước 1: Phòng Đào tạo lập danh sách sinh viên thuộc diện cảnh báo học vụ.
Bước 2: Các khoa rà soát danh sách và gửi ý kiến về Phòng Đào tạo.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Đào tạo: Chủ trì lập danh sách sinh viên thuộc diện cảnh báo học vụ mỗi học kỳ.
2. Các khoa: Rà soát danh sách sinh viên của khoa và gửi ý kiến về Phòng Đào tạo.
""",
)

PLAN_REQUIREMENTS = """ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
Số: 45/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 05 tháng 5 năm 2032

KẾ HOẠCH
Triển khai chuyển đổi số năm 2032

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích: Nâng cao hiệu quả quản lý nhà nước.
2. Yêu cầu:
- Các sở, ngành bảo đảm tiến độ, cụ thể như sau:
+ Hoàn thành số hóa hồ sơ trước ngày 30/9/2032.
II. NHIỆM VỤ
1. Sở Thông tin và Truyền thông chủ trì xây dựng nền tảng dữ liệu dùng chung, hoàn thành trong \
quý III năm 2032.
2. Sở Nội vụ rà soát thủ tục hành chính, báo cáo UBND tỉnh trước ngày 15/10/2032.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Mừng
"""

DAMAGED_STEPS = _procedure(
    "chấm phúc khảo",
    """II. NỘI DUNG QUY TRÌNH
Bước l: Phòng Khảo thí tổng hợp danh sách bài thi cần chấm lại.
Bươc 2: Các khoa phân công cán bộ chấm lại bài thi.
Bước 3: Phòng Đào tạo cập nhật điểm lên cổng thông tin.
""",
)

INTERNAL_FILES = _procedure(
    "thi đua khen thưởng",
    """II. NỘI DUNG QUY TRÌNH
Bước 1: Các khoa, phòng lập danh sách đề nghị khen thưởng và gửi Phòng Tổ chức cán bộ.
Bước 2: Phòng Tổ chức cán bộ tiếp nhận hồ sơ đề nghị, tổng hợp và trình Hội đồng Thi đua.
Bước 3: Hội đồng Thi đua họp xét và đề nghị Hiệu trưởng quyết định.
""",
)

PUBLIC_FILES_RECEIVED = _procedure(
    "cấp bản sao văn bằng",
    """II. NỘI DUNG QUY TRÌNH
Bước 1: Phòng Hành chính tiếp nhận hồ sơ đề nghị cấp bản sao văn bằng.
Bước 2: Phòng Đào tạo kiểm tra hồ sơ và in bản sao.
Bước 3: Phòng Hành chính trình Hiệu trưởng ký bản sao.
""",
)


def test_a_student_by_initials_files_so_no_step_is_a_task() -> None:
    assert not parse_notice(STUDENT_BY_INITIALS).tasks


def test_applicant_initials_are_no_office() -> None:
    assert not unit_at("SV nộp đơn xin nghỉ học tạm thời tại P.CTSV.")
    assert applicant_at("SV nộp đơn xin nghỉ học tạm thời tại P.CTSV.")
    assert unit_at("P.CTSV kiểm tra đơn")
    assert unit_at("ĐVCM thu thập thông tin")


def test_an_applicants_letter_of_request_is_a_filing() -> None:
    assert not parse_notice(BUSINESS_LETTER).tasks


@pytest.mark.parametrize(
    "step",
    [
        "Doanh nghiệp gửi văn bản đề nghị kèm bản sao giấy chứng nhận đến Phòng Hành chính.",
        "Tổ chức, cá nhân nộp phiếu đăng ký tại Bộ phận tiếp nhận.",
        "Sinh viên gửi giấy đề nghị về Phòng Đào tạo.",
        "HV nộp đơn đề nghị bảo vệ luận văn.",
    ],
)
def test_what_an_applicant_files(step: str) -> None:
    assert files(step)


@pytest.mark.parametrize(
    "step",
    [
        "Phòng Đào tạo gửi văn bản đề nghị các khoa rà soát.",
        "Sinh viên xem lịch thi chính thức trên cổng thông tin.",
        "Các khoa rà soát danh sách và gửi ý kiến về Phòng Đào tạo.",
    ],
)
def test_what_is_no_filing(step: str) -> None:
    assert not files(step)


def test_a_step_table_keeps_its_unit_rows_when_the_student_only_reads() -> None:
    tasks = task_leads(STUDENT_READS_TABLE)
    assert lead_of(tasks, "Giao Phòng Khảo thí chủ trì") == ("Phòng Khảo thí",)
    assert lead_of(tasks, "Giao Các khoa chủ trì") == ("Các khoa",)
    assert all("Sinh viên" not in lead for _, lead in tasks)
    assert len(tasks) == 2


def test_a_step_table_where_the_student_files_gives_no_row_task() -> None:
    assert not parse_notice(STUDENT_FILES_TABLE).tasks


def test_a_duty_section_labelled_by_unit_restates_the_steps_once() -> None:
    tasks = task_leads(RESTATED_BY_LABEL)
    assert not any(text.startswith("Bước") for text, _ in tasks)
    assert sorted(lead for _, lead in tasks) == [("Các khoa",), ("Phòng Đào tạo",)]


def test_a_plans_requirements_heading_is_no_request() -> None:
    tasks = task_leads(PLAN_REQUIREMENTS)
    assert all(lead != ("Các sở, ngành",) for _, lead in tasks)
    assert [lead for _, lead in tasks] == [("Sở Thông tin và Truyền thông",), ("Sở Nội vụ",)]


def test_damaged_step_labels_are_still_steps() -> None:
    tasks = task_leads(DAMAGED_STEPS)
    assert lead_of(tasks, "Bước l: Phòng Khảo thí") == ("Phòng Khảo thí",)
    assert lead_of(tasks, "Bước 2: Các khoa phân công") == ("Các khoa",)
    assert lead_of(tasks, "Bước 3: Phòng Đào tạo") == ("Phòng Đào tạo",)
    assert len(tasks) == 3


@pytest.mark.parametrize("label", ["Bước l: Phòng", "Bước Z: Phòng", "Buoc 1: Phong", "Bước 12."])
def test_a_step_label_read_from_a_scan(label: str) -> None:
    assert STEP.match(label.lower())


@pytest.mark.parametrize("text", ["Bước đầu: thử", "Bước tiếp theo là", "bước 1 của quy trình"])
def test_no_step_label(text: str) -> None:
    assert not STEP.match(text.lower())


def test_an_office_taking_in_the_units_files_is_internal_work() -> None:
    tasks = task_leads(INTERNAL_FILES)
    assert lead_of(tasks, "Bước 1: Các khoa, phòng") == ("Các khoa, phòng",)
    assert lead_of(tasks, "Bước 2: Phòng Tổ chức cán bộ") == ("Phòng Tổ chức cán bộ",)
    assert lead_of(tasks, "Bước 3: Hội đồng Thi đua") == ("Hội đồng Thi đua",)


def test_an_office_taking_in_the_publics_files_stays_a_rule() -> None:
    assert receives("Phòng Hành chính tiếp nhận hồ sơ đề nghị cấp bản sao văn bằng.")
    assert not any(text.startswith("Bước") for text, _ in task_leads(PUBLIC_FILES_RECEIVED))
