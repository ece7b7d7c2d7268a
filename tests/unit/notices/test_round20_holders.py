"""Round 20 (holders): a staff role as the subject of a sentence leads its own task.

"Người nhập dữ liệu phải …", "Giáo viên hoặc người được phân công cập nhật …", "…; tổ chuyên môn
cần …", "Trên cơ sở đó, giáo viên chủ động đề xuất …" in a letter give the work to the role, as
written, not to the letter's addressees, and do not run into the paragraph before. The role as
an object ("hướng dẫn giáo viên …"), in a purpose ("để giáo viên …") or in a statement ("Giáo
viên đã hoàn thành …") changes nothing. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.imperatives import holder_subject

_HEAD = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA BÌNH
Số: 215/SGDĐT-GDPT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 10 tháng 9 năm 2025

V/v hướng dẫn sử dụng sổ điểm điện tử

Kính gửi:
- Phòng Giáo dục và Đào tạo các huyện;
- Hiệu trưởng các trường trung học phổ thông.

Sở Giáo dục và Đào tạo hướng dẫn sử dụng sổ điểm điện tử như sau:

"""

_SIGN = """

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

Nguyễn Văn An
"""

_ADDRESSEES = ("Phòng Giáo dục và Đào tạo các huyện", "Hiệu trưởng các trường trung học phổ thông")


def _tasks(body: str) -> list[tuple[tuple[str, ...], str]]:
    notice = parse_notice(_HEAD + body.strip() + _SIGN)
    return [(tuple(task.lead), task.text) for task in notice.tasks]


def _lead_of(tasks: list[tuple[tuple[str, ...], str]], start: str) -> tuple[str, ...]:
    found = [lead for lead, text in tasks if text.startswith(start)]
    assert found, f"no task opens with {start!r}: {tasks}"
    return found[0]


_ENTRY = """1. Quản lý sổ điểm

Việc ghi điểm phải thực hiện đúng phân công của từng trường.

Người ghi điểm phải nhập đủ, đúng hạn các cột điểm; không tự ý sửa điểm sau khi đã khóa sổ.

Giáo viên bộ môn hoặc người được phân công nhập điểm trên phần mềm; người nhập phải đối chiếu với \
sổ giấy trước khi lưu.

2. Tổ chức thực hiện

Các đơn vị triển khai hướng dẫn này đến giáo viên; hướng dẫn giáo viên nhập điểm đúng quy định.
"""


def test_a_person_named_by_work_leads_the_paragraph() -> None:
    tasks = _tasks(_ENTRY)
    assert _lead_of(tasks, "Người ghi điểm phải nhập") == ("Người ghi điểm",)


def test_roles_joined_by_or_each_lead_and_keep_the_clause_after() -> None:
    tasks = _tasks(_ENTRY)
    text = next(t for _, t in tasks if t.startswith("Giáo viên bộ môn hoặc"))
    assert _lead_of(tasks, "Giáo viên bộ môn hoặc") == ("Giáo viên bộ môn", "người được phân công")
    # "…; người nhập phải …" points back at them: no task of its own
    assert "người nhập phải đối chiếu" in text


def test_the_paragraph_before_keeps_its_own_text_and_the_addressees() -> None:
    tasks = _tasks(_ENTRY)
    first = next(t for lead, t in tasks if t.startswith("Việc ghi điểm"))
    assert "Người ghi điểm" not in first
    assert _lead_of(tasks, "Việc ghi điểm") == _ADDRESSEES


def test_a_role_as_object_is_no_lead() -> None:
    tasks = _tasks(_ENTRY)
    # round 25: "Các đơn vị triển khai …" names its own group, as written (the letter only
    # guides, "… hướng dẫn sử dụng sổ điểm điện tử như sau:"); after a bare "… yêu cầu:" it
    # would mean the addressees (test_round19_leads)
    assert _lead_of(tasks, "Các đơn vị triển khai") == ("Các đơn vị",)
    assert not any(lead == ("Giáo viên",) for lead, _ in tasks)


_PLAN = """1. Kế hoạch dạy học

Hằng năm, Hiệu trưởng ban hành kế hoạch thời gian năm học của nhà trường; tổ chuyên môn cần căn \
cứ kế hoạch này để xây dựng kế hoạch dạy học các môn học. Trên cơ sở đó, giáo viên chủ động đề \
xuất nội dung cần điều chỉnh, bổ sung cho phù hợp với học sinh.
"""


def test_a_named_role_after_a_semicolon_leads_its_clause() -> None:
    tasks = _tasks(_PLAN)
    assert _lead_of(tasks, "Hằng năm, Hiệu trưởng") == ("Hiệu trưởng",)
    assert _lead_of(tasks, "tổ chuyên môn cần căn cứ") == ("Tổ chuyên môn",)


def test_a_role_after_a_connector_leads_without_its_adverb() -> None:
    tasks = _tasks(_PLAN)
    assert _lead_of(tasks, "Trên cơ sở đó, giáo viên") == ("Giáo viên",)


def test_statements_and_purposes_name_no_role() -> None:
    assert holder_subject("Giáo viên đã hoàn thành việc nhập điểm học kỳ I.") is None
    assert holder_subject("Để giáo viên nhập điểm kịp thời, nhà trường cấp tài khoản.") is None
    assert holder_subject("Giáo viên cần được bồi dưỡng kỹ năng sử dụng phần mềm.") is None
    assert holder_subject("Cán bộ, công chức phải chấp hành nội quy cơ quan.") is None


def test_a_statement_of_fact_stays_with_the_paragraph() -> None:
    body = """1. Tình hình chung

Các trường rà soát sổ điểm của năm học trước. Giáo viên đã hoàn thành việc nhập điểm học kỳ I.
"""
    tasks = _tasks(body)
    assert all(not lead or lead == _ADDRESSEES for lead, _ in tasks)
    assert not any(t.startswith("Giáo viên đã") for _, t in tasks)


def test_under_a_body_heading_the_role_is_one_of_its_people() -> None:
    body = """1. Trường THPT Lạc Sơn

a) Rà soát danh sách học sinh trước ngày 20/9/2025.

b) Giáo viên chủ nhiệm cập nhật sơ yếu lý lịch học sinh.
"""
    tasks = _tasks(body)
    assert _lead_of(tasks, "Giáo viên chủ nhiệm cập nhật") == ("Trường THPT Lạc Sơn",)
