"""Round 16 (K37): short letters and notices whose single request was missed, or which gave a
task where there is none. A radio and television station ("Đài Phát thanh và Truyền hình …") is
a body; a school's people ("sinh viên", "giám thị", "toàn bộ CB-GV-NV") are a group; a
university office by its initials ("P.ĐTĐH") is a body; a timetable ("STT | Ngày | Công việc")
whose rows name their doers gives one dated task a row. A comment letter's opinion on a draft, a
citation standing as its own sentence and the enclosures a writer sends for reference are not
tasks."""

from __future__ import annotations

from datetime import date

import pytest

from notices.assignees import analyze
from notices.name_kinds import assignee_start
from notices.parser import parse_notice
from notices.statements import states_only
from notices.tables import timetable_rows
from notices.text import match_form

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 812/UBND-KGVX
V/v {subject}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 05 tháng 4 năm 2024

Kính gửi:
{to}

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Dũng
"""


def _tasks(body: str, to: str = "- Sở Văn hóa, Thể thao và Du lịch.", subject: str = "phát sóng"):
    return parse_notice(_LETTER.format(subject=subject, to=to, body=body)).tasks


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


# --- the radio and television station is a body ---------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Đài Phát thanh và Truyền hình Quảng Nam",
        "Đài Phát thanh - Truyền hình tỉnh",
        "Đài Phát thanh huyện Duy Xuyên",
    ],
)
def test_station_is_a_body(name: str) -> None:
    assert assignee_start(name, match_form(name), 0) == "org"


def test_given_station_leads_its_item() -> None:
    body = (
        "Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n"
        "1. Thống nhất chủ trương phát sóng chương trình học tập trên truyền hình.\n\n"
        "2. Giao Đài Phát thanh - Truyền hình Quảng Nam chủ trì, phối hợp với Sở Giáo dục và "
        "Đào tạo xây dựng lịch phát sóng các bài giảng cho học sinh lớp 12."
    )
    tasks = _tasks(body, to="- Sở Giáo dục và Đào tạo;\n- Đài Phát thanh - Truyền hình Quảng Nam.")
    assert [t.lead for t in tasks] == [("Đài Phát thanh - Truyền hình Quảng Nam",)]


def test_lower_case_loudspeaker_is_no_body() -> None:
    text = "hệ thống đài phát thanh cơ sở hoạt động tốt"
    assert assignee_start(text, match_form(text), 0) is None


# --- a school's people are a group -----------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        ("Đề nghị học viên hoàn thành học phí trước ngày 15/5/2024.", "học viên"),
        (
            "Nhà trường yêu cầu toàn thể giáo viên thực hiện nghiêm lịch dạy bù.",
            "toàn thể giáo viên",
        ),
        ("Yêu cầu cán bộ coi thi thực hiện đúng quy chế thi.", "cán bộ coi thi"),
        ("Ban Giám hiệu yêu cầu toàn bộ CB-GV-NV tham gia tập huấn.", "toàn bộ CB-GV-NV"),
    ],
)
def test_school_people_lead(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


def test_staff_opening_a_clause_stay_a_role() -> None:
    """Under a unit's heading, "Giảng viên nộp …" is the unit's staff at work (round 15): the
    people are a group only where the notice asks them."""
    assert _leads("Giảng viên nộp bảng điểm về Phòng Đào tạo.") == []
    assert _leads("Khi phát hiện hoạt động lôi kéo học sinh, sinh viên cần báo cáo ngay.") == []


def test_students_object_is_no_lead() -> None:
    """Students named as whom a body serves do not take the body's place."""
    assert _leads("Phòng Đào tạo hướng dẫn sinh viên đăng ký học phần.") == ["Phòng Đào tạo"]


def test_request_to_students_after_points_is_a_task() -> None:
    body = (
        "Phòng Đào tạo thông báo kế hoạch thi bổ sung như sau:\n\n"
        "1. Thời gian đăng ký: từ 02/4/2024 đến 08/4/2024.\n\n"
        "2. Lệ phí thi: 50.000 đồng/học phần.\n\n"
        "Đề nghị sinh viên có nhu cầu nộp đơn và lệ phí tại Phòng Kế hoạch - Tài chính trước "
        "ngày 08/4/2024 để được xếp lịch thi."
    )
    tasks = _tasks(body, subject="thi bổ sung")
    assert len(tasks) == 1
    assert tasks[0].deadline == date(2024, 4, 8)


# --- a university office by its initials --------------------------------------------------------


@pytest.mark.parametrize("name", ["P.ĐTĐH gửi danh sách", "P. KHTC thu lệ phí"])
def test_office_initials_are_a_body(name: str) -> None:
    assert assignee_start(name, match_form(name), 0) == "org"


@pytest.mark.parametrize(
    "text", ["P.5 quận 3", "P. Hòa Thuận Tây", "P.CT UBND tỉnh Nguyễn Văn A", "P.GĐ Sở Y tế"]
)
def test_ward_abbreviation_is_no_office(text: str) -> None:
    assert assignee_start(text, match_form(text), 0) is None


# --- a timetable whose rows name their doers ---------------------------------------------------


def test_timetable_rows_are_dated_tasks() -> None:
    rows = [
        ["TT", "Thời gian", "Công việc"],
        ["1", "15/5/2024", "Các khoa gửi danh sách giảng viên coi thi về Phòng Khảo thí."],
        ["2", "20/5/2024 - 24/5/2024", "Phòng Khảo thí tổ chức in sao đề thi."],
    ]
    assert timetable_rows(rows) == [
        "1. Các khoa gửi danh sách giảng viên coi thi về Phòng Khảo thí; thời hạn: ngày "
        "15/5/2024.",
        "2. Phòng Khảo thí tổ chức in sao đề thi; thời hạn: ngày 24/5/2024.",
    ]


def test_agenda_is_no_timetable_of_tasks() -> None:
    """An agenda's rows say what happens, not who does it: no tasks."""
    rows = [
        ["STT", "Thời gian", "Nội dung"],
        ["1", "08/5/2024", "Khai mạc hội nghị"],
        ["2", "09/5/2024", "Tham quan mô hình điểm"],
    ]
    assert timetable_rows(rows) is None


def test_timetable_without_dates_is_none() -> None:
    rows = [
        ["STT", "Thời gian", "Công việc"],
        ["1", "Buổi sáng", "Phòng Đào tạo nhận hồ sơ."],
        ["2", "Buổi chiều", "Các khoa gửi danh sách."],
    ]
    assert timetable_rows(rows) is None


# --- statements that assign nothing -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a comment letter's opinion on the draft it was sent
        "Sau khi nghiên cứu dự thảo Quyết định, Sở Tư pháp cơ bản thống nhất với nội dung dự "
        "thảo.",
        "Qua xem xét hồ sơ, Sở Công Thương hoàn toàn nhất trí với phương án đề xuất.",
        # a citation standing as a sentence of its own
        "Thực hiện Công văn số 1520/BYT-KCB ngày 12/3/2024 của Bộ Y tế về việc đề nghị góp ý "
        "dự thảo Thông tư.",
        # what the writer encloses for reference
        "Sở Tài chính xin gửi kèm theo danh mục tài sản để Quý cơ quan theo dõi.",
        "Bộ Nội vụ gửi kèm mẫu báo cáo để các địa phương tham khảo.",
        "Bộ Xây dựng gửi kèm Đề cương Quy hoạch để Quý Ủy ban tham khảo trong quá trình xây "
        "dựng, phê duyệt Quy hoạch.",
    ],
)
def test_states_only(sentence: str) -> None:
    assert states_only(sentence, None)


@pytest.mark.parametrize(
    "sentence",
    [
        # the opinion comes with a request to the addressee
        "Sau khi nghiên cứu dự thảo, Sở Tư pháp nhất trí với dự thảo, đề nghị Sở Nội vụ hoàn "
        "thiện trước ngày 20/4/2024.",
        # the citation goes on to ask
        "Thực hiện Công văn số 1520/BYT-KCB của Bộ Y tế, đề nghị các bệnh viện báo cáo trước "
        "ngày 20/4/2024.",
        # a body must send something with its report by a date
        "Các xã gửi kèm hồ sơ về Phòng Nội vụ trước ngày 20/4/2024.",
        "Ủy ban nhân dân tỉnh gửi kèm danh sách, đề nghị các sở rà soát.",
    ],
)
def test_not_states_only(sentence: str) -> None:
    assert not states_only(sentence, None)


def test_comment_letter_has_no_task() -> None:
    body = (
        "Căn cứ Công văn số 455/SNV-TCBC ngày 28/3/2024 của Sở Nội vụ về việc đề nghị góp ý dự "
        "thảo Quy chế.\n\n"
        "Sau khi nghiên cứu dự thảo Quy chế, Sở Văn hóa, Thể thao và Du lịch thống nhất với nội "
        "dung dự thảo.\n\n"
        "Trên đây là ý kiến của Sở Văn hóa, Thể thao và Du lịch, gửi Sở Nội vụ tổng hợp./."
    )
    assert _tasks(body, to="- Sở Nội vụ.", subject="góp ý dự thảo Quy chế") == ()


# --- an hour written "16g00" before the day ---------------------------------------------------


@pytest.mark.parametrize("hour", ["16g00", "9g30"])
def test_hour_with_g_before_day(hour: str) -> None:
    from notices.deadlines import find_deadlines

    hits = find_deadlines(
        f"Sinh viên nộp lệ phí trước {hour} ngày 07/01/2022.", year=2022, reference=None
    )
    assert [h.deadline for h in hits] == [date(2022, 1, 7)]


def test_grams_are_no_hour() -> None:
    from notices.deadlines import find_deadlines

    hits = find_deadlines("Mỗi suất ăn 500g ngày 07/01/2022 được phát.", year=2022, reference=None)
    assert all(h.phrase.startswith("ngày") or "500g" not in h.phrase for h in hits)


# --- review R37: what the rules above must leave alone -----------------------------------------


def test_task_table_with_lead_column_keeps_its_lead() -> None:
    """A task table naming a lead column reads through that column, never as a timetable."""
    from notices.tables import task_table_rows

    rows = [
        ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
        [
            "1",
            "UBND tỉnh ban hành Kế hoạch",
            "Sở Nội vụ",
            "Sở Tư pháp",
            "30/6/2024",
        ],
        ["2", "UBND tỉnh ban hành Quy chế phối hợp", "Sở Tư pháp", "Sở Nội vụ", "30/9/2024"],
        [
            "3",
            "HĐND tỉnh ban hành Nghị quyết",
            "Sở Tài chính",
            "Sở Nội vụ",
            "31/12/2024",
        ],
    ]
    assert timetable_rows(rows) is None
    out = task_table_rows(rows) or []
    assert out and "Sở Nội vụ" in out[0] and "chủ trì" in out[0]


@pytest.mark.parametrize(
    "rows",
    [
        [  # a conference programme
            ["STT", "Thời gian", "Nội dung"],
            ["1", "20/5/2024", "Sở Kế hoạch và Đầu tư báo cáo kết quả thu hút đầu tư."],
            ["2", "20/5/2024", "Sở Tài chính báo cáo tình hình giải ngân vốn đầu tư công."],
            ["3", "21/5/2024", "Chủ tịch UBND tỉnh phát biểu kết luận Hội nghị."],
        ],
        [  # a leaders' weekly schedule
            ["Ngày", "Nội dung công việc", "Thành phần", "Địa điểm"],
            [
                "13/5/2024",
                "Chủ tịch UBND tỉnh làm việc với Sở Xây dựng",
                "Lãnh đạo Sở",
                "Phòng họp",
            ],
            ["14/5/2024", "Phó Chủ tịch UBND tỉnh tiếp công dân", "Thanh tra tỉnh", "Trụ sở"],
        ],
    ],
)
def test_schedule_is_no_timetable_of_tasks(rows: list[list[str]]) -> None:
    assert timetable_rows(rows) is None


def test_month_cell_is_no_day() -> None:
    rows = [
        ["STT", "Thời gian", "Công việc"],
        ["1", "Tháng 6/2024", "Sở Tài chính bố trí kinh phí."],
        ["2", "Tháng 7/2024", "Sở Nội vụ tổ chức kiểm tra."],
    ]
    assert not any("6/20." in row for row in timetable_rows(rows) or [])


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        (
            "Các trường THPT tăng cường quản lý, giáo dục đạo đức, yêu cầu học sinh cam kết không "
            "vi phạm pháp luật, hoàn thành trước ngày 30/4/2024.",
            "Các trường THPT",
        ),
        (
            "Hiệu trưởng các trường tổ chức tuyên truyền, yêu cầu học sinh không đốt pháo trong "
            "dịp Tết.",
            "Hiệu trưởng các trường",
        ),
        (
            "Công an các huyện phối hợp với nhà trường tuyên truyền, yêu cầu học sinh, sinh viên "
            "ký cam kết không tham gia đua xe trái phép.",
            "Công an các huyện",
        ),
        (
            "Trưởng các khoa chỉ đạo cố vấn học tập rà soát, đề nghị sinh viên nợ học phí hoàn "
            "thành nghĩa vụ trước ngày 30/4/2024.",
            "Trưởng các khoa",
        ),
        (
            "Ban Giám hiệu các trường quán triệt đến toàn thể giáo viên, yêu cầu giáo viên thực "
            "hiện nghiêm quy chế chuyên môn.",
            "Ban Giám hiệu các trường",
        ),
    ],
)
def test_people_asked_mid_sentence_leave_the_subject_lead(clause: str, lead: str) -> None:
    leads = _leads(clause)
    assert leads and leads[0].startswith(lead)
    assert not any(
        name.lower().startswith(("học sinh", "sinh viên", "giáo viên")) for name in leads
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Nội vụ gửi kèm dự thảo Quy chế để các đơn vị nghiên cứu, góp ý bằng văn bản gửi về Sở "
        "Nội vụ.",
        "Sở Tư pháp gửi kèm dự thảo Nghị quyết để các cơ quan nghiên cứu, tham gia ý kiến.",
        "Bộ Nội vụ gửi kèm mẫu báo cáo để các địa phương tham khảo, điền đầy đủ thông tin và gửi "
        "về Bộ.",
        "Hồ sơ gửi kèm gồm: Tờ trình, dự thảo Quyết định để Sở Tư pháp nghiên cứu, thẩm định.",
        "Sở Nội vụ xin gửi kèm dự thảo Quy chế để các đơn vị góp ý.",
    ],
)
def test_enclosure_asking_work_is_no_statement(sentence: str) -> None:
    assert not states_only(sentence, None)


def test_cited_plans_as_list_items_stay_tasks() -> None:
    body = (
        "Để triển khai chuyển đổi số, UBND tỉnh giao các nhiệm vụ sau:\n\n"
        "1. Triển khai Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND tỉnh về chuyển đổi số năm "
        "2024.\n\n"
        "2. Thực hiện Quyết định số 1234/QĐ-UBND ngày 10/01/2024 của UBND tỉnh.\n\n"
        "3. Sở Nội vụ tổ chức kiểm tra trước ngày 30/6/2024."
    )
    assert len(_tasks(body, to="- Sở Nội vụ.", subject="chuyển đổi số")) == 3


def test_lower_case_radio_in_passive_is_no_task() -> None:
    body = (
        "1. UBND các huyện rà soát hệ thống truyền thanh cơ sở trước ngày 30/4/2024.\n\n"
        "2. Đài phát thanh các xã phải được kiểm tra, sửa chữa kịp thời."
    )
    tasks = _tasks(body, to="- UBND các huyện.", subject="truyền thanh cơ sở")
    assert not any("Đài phát thanh" in name for task in tasks for name in task.lead)
