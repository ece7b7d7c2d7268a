"""Round 34 (functions): a functions statute's duty article read as no task.

A district's decision issues "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng
…": the attached rules give the office its position, then "Điều 2. Nhiệm vụ và quyền hạn" lists
what the office does ("Chủ trì, phối hợp với Phòng Nội vụ tham mưu …", "Thực hiện chế độ báo cáo
định kỳ …"). The parser read every article of such a statute as the body's standing mandate and
dropped them all; the corpus labels each duty of that article as a task of the office the
statute is about (its catch-all "Thực hiện nhiệm vụ khác do … giao" excepted). Counter-examples:
the statute's other articles (position, staffing), the mandate of a body the statute sets up (a
council, a steering board), and a statute of organisation and operation of such a board.
Documents invented for these tests.
"""

from __future__ import annotations

import pytest
from notice_fixtures import task_leads as _tasks

from notices import parse_notice
from notices.carry_out_only import other_duties_only
from notices.defined_acronyms import glosses
from notices.text import match_form

_HEAD = """ỦY BAN NHÂN DÂN
HUYỆN HÒA BÌNH
Số: 07/2024/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 12 tháng 3 năm 2024

QUYẾT ĐỊNH
Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {body} huyện Hòa Bình

ỦY BAN NHÂN DÂN HUYỆN HÒA BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ \
chức của {body}.

Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 3 năm 2024.

Điều 3. Chánh Văn phòng Ủy ban nhân dân huyện, Trưởng {short} và Thủ trưởng các cơ quan liên \
quan chịu trách nhiệm thi hành Quyết định này./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Nam

QUY ĐỊNH
Chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {body} huyện Hòa Bình

Chương I
VỊ TRÍ, CHỨC NĂNG, NHIỆM VỤ VÀ QUYỀN HẠN

Điều 1. Vị trí và chức năng

1. {body} là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, thực hiện chức năng tham mưu, giúp \
Ủy ban nhân dân huyện quản lý nhà nước về {field} theo quy định của pháp luật.

2. {body} có tư cách pháp nhân, có con dấu và tài khoản riêng theo quy định của pháp luật.

Điều 2. {duty_title}

{lead_in}

1. Chủ trì, phối hợp với Phòng Nội vụ tham mưu Ủy ban nhân dân huyện tổ chức tuyển dụng, bồi \
dưỡng công chức làm công tác {field} theo quy định của pháp luật.

2. Hướng dẫn chuyên môn, nghiệp vụ về {field} đối với công chức Ủy ban nhân dân các xã, thị trấn.

3. Thực hiện đầy đủ và kịp thời chế độ báo cáo định kỳ hằng năm về {field} với Ủy ban nhân dân \
huyện theo quy định.

4. Thực hiện nhiệm vụ khác do Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân huyện giao và theo quy \
định của pháp luật.

Chương II
CƠ CẤU TỔ CHỨC VÀ BIÊN CHẾ

Điều 3. Lãnh đạo {body}

1. {body} có Trưởng phòng và 02 Phó Trưởng phòng.

2. Việc bổ nhiệm, miễn nhiệm Trưởng phòng, Phó Trưởng phòng do Chủ tịch Ủy ban nhân dân huyện \
quyết định theo quy định của pháp luật.

Điều 4. Biên chế

Số lượng người làm việc của {body} được giao trên cơ sở vị trí việc làm gắn với chức năng, nhiệm \
vụ, phạm vi hoạt động theo quy định.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Nam
"""

_OFFICE = "Phòng Tài nguyên và Môi trường"
_LEAD_IN = (
    f"{_OFFICE} thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật và thực hiện các "
    "nhiệm vụ, quyền hạn sau:"
)


def _statute(
    *,
    body: str = _OFFICE,
    short: str = "phòng Tài nguyên và Môi trường",
    duty_title: str = "Nhiệm vụ và quyền hạn",
    lead_in: str = _LEAD_IN,
) -> str:
    return _HEAD.format(
        body=body, short=short, duty_title=duty_title, lead_in=lead_in, field="môi trường"
    )


@pytest.mark.parametrize(
    "duty_title",
    [
        "Nhiệm vụ và quyền hạn",
        "Nhiệm vụ, quyền hạn",
        f"Nhiệm vụ, quyền hạn của {_OFFICE}",
        "Chức năng, nhiệm vụ và quyền hạn",
    ],
)
def test_the_office_duties_are_its_tasks(duty_title: str) -> None:
    tasks = _tasks(_statute(duty_title=duty_title))
    openings = ("Chủ trì, phối hợp với", "Hướng dẫn chuyên môn", "Thực hiện đầy đủ và kịp thời")
    assert len(tasks) == len(openings)
    assert all(text.startswith(start) for (text, _), start in zip(tasks, openings, strict=True))
    assert all(lead == (_OFFICE,) for _, lead in tasks)


def test_the_yearly_report_duty_recurs() -> None:
    notice = parse_notice(_statute())
    report = next(t for t in notice.tasks if t.text.startswith("Thực hiện đầy đủ"))
    assert report.deadline_kind.value == "recurring"


def test_the_catch_all_to_do_what_is_assigned_is_no_task() -> None:
    texts = [text for text, _ in _tasks(_statute())]
    assert not any(text.startswith("Thực hiện nhiệm vụ khác") for text in texts)


@pytest.mark.parametrize(
    ("point", "catch_all"),
    [
        (
            "Thực hiện nhiệm vụ khác do Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân huyện giao và "
            "theo quy định của pháp luật.",
            True,
        ),
        (
            "Thực hiện các nhiệm vụ khác do Chủ tịch Ủy ban nhân dân huyện giao và theo quy định.",
            True,
        ),
        # a named piece of work after the catch-all's words is work to track
        (
            "Thực hiện nhiệm vụ khác do Chủ tịch Ủy ban nhân dân huyện giao và báo cáo kết quả "
            "trước ngày 30 tháng 6 năm 2024.",
            False,
        ),
    ],
)
def test_the_catch_all_may_end_on_the_law(point: str, catch_all: bool) -> None:
    assert other_duties_only(match_form(point)) is catch_all


def test_position_leadership_and_staffing_articles_stay_rules() -> None:
    texts = " ".join(text for text, _ in _tasks(_statute()))
    assert "cơ quan chuyên môn" not in texts
    assert "tư cách pháp nhân" not in texts
    assert "Trưởng phòng và 02 Phó" not in texts
    assert "vị trí việc làm" not in texts


@pytest.mark.parametrize(
    ("body", "short"),
    [
        # a council or steering board the statute sets up: its mandate is its make-up's rule
        ("Hội đồng Thi đua - Khen thưởng", "ban Thi đua"),
        ("Ban Chỉ đạo phòng chống thiên tai", "ban Chỉ đạo"),
    ],
)
def test_a_set_up_body_mandate_stays_a_rule(body: str, short: str) -> None:
    lead_in = f"{body} có nhiệm vụ, quyền hạn sau:"
    assert _tasks(_statute(body=body, short=short, lead_in=lead_in)) == []


def test_an_operation_statute_of_a_board_stays_a_rule() -> None:
    text = _statute().replace(
        "Chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của", "Tổ chức và hoạt động của"
    )
    text = text.replace(
        "Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của",
        "Ban hành Quy chế tổ chức và hoạt động của",
    )
    assert _tasks(text) == []


# A Word rendition may run the decision's subject on after its type line in one paragraph.
_RUN_ON = """ỦY BAN NHÂN DÂN
HUYỆN HÒA BÌNH
Số: 07/2024/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 12 tháng 3 năm 2024

QUYẾT ĐỊNH {subject}

ỦY BAN NHÂN DÂN HUYỆN HÒA BÌNH

QUYẾT ĐỊNH:

Điều 1. Giao Phòng Nội vụ chủ trì rà soát biên chế các phòng chuyên môn, báo cáo Ủy ban nhân \
dân huyện trước ngày 30 tháng 4 năm 2024.
"""


@pytest.mark.parametrize(
    "subject",
    [
        "Ban hành Quy định chức năng, nhiệm vụ, quyền hạn của Phòng Nội vụ huyện Hòa Bình",
        "Phê duyệt Kế hoạch rà soát biên chế năm 2024",
    ],
)
def test_a_decision_subject_run_on_after_its_type_is_its_title(subject: str) -> None:
    notice = parse_notice(_RUN_ON.format(subject=subject))
    assert notice.title == subject
    assert notice.doc_type == "QĐ"


def test_a_sentence_opening_with_the_type_name_is_no_type_line() -> None:
    text = _RUN_ON.format(subject="").replace(
        "QUYẾT ĐỊNH \n", "Quyết định ban hành quy định này thay thế các quy định trước.\n"
    )
    assert parse_notice(text).title == ""


# A university's procedure whose glossary spells the offices' initials out ("– P.ĐTĐH: Phòng Đào
# tạo Đại học."): the "P." of an office's initials is no point letter, so the glossary is no
# unit-by-unit restatement of the steps, and none of its lines is a task.
_PROCEDURE = """TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TÂY
Số: 318/QĐ-ĐHKT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cần Thơ, ngày 12 tháng 9 năm 2031

QUYẾT ĐỊNH
Về việc ban hành Quy trình xét cảnh báo học tập

HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TÂY

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy trình xét cảnh báo học tập.
Điều 2. Trưởng các phòng, khoa và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết \
định này./.

HIỆU TRƯỞNG
Lê Minh Khoa

QUY TRÌNH
Xét cảnh báo học tập

1. Mục đích
Quy trình này giúp sinh viên điều chỉnh kế hoạch học tập.
2. Giải thích từ ngữ
{glossary}
3. Các bước của quy trình
Bước 1: P.ĐTĐH thông báo kế hoạch xét cảnh báo
Thời điểm t: P.ĐTĐH gửi email thông báo kế hoạch cho Khoa và CVHT.
Bước 2: CVHT rà soát danh sách sinh viên bị cảnh báo
Từ ngày t + 1 đến ngày t + 5: CVHT kiểm tra danh sách và liên hệ sinh viên.
Bước 3: Khoa xác nhận kết quả cảnh báo trên hệ thống
Ngày t + 6: Khoa xác nhận hoặc thay đổi kết quả cảnh báo.
"""

_GLOSSARY = """– P.ĐTĐH: Phòng Đào tạo Đại học.
– P.CTSV: Phòng Công tác Sinh viên.
– CVHT: Cố vấn học tập.
– SV: Sinh viên."""


def test_a_glossary_of_office_initials_does_not_hide_the_steps() -> None:
    tasks = _tasks(_PROCEDURE.format(glossary=_GLOSSARY))
    assert tasks, "the glossary was read as the units' duties restated: every step dropped"
    assert tasks[0][0].startswith("Bước 1: P.ĐTĐH thông báo kế hoạch")
    assert tasks[0][1] == ("P.ĐTĐH",)
    assert not any(text.startswith(("P.ĐTĐH:", "P.CTSV:", "CVHT:", "SV:")) for text, _ in tasks)


@pytest.mark.parametrize(
    ("line", "gloss"),
    [
        ("– P.ĐTĐH: Phòng Đào tạo Đại học.", True),
        ("P.CTSV: Phòng Công tác Sinh viên.", True),
        ("- CVHT: Cố vấn học tập;", True),
        ("VPCCTĐB: Văn phòng Các chương trình đặc biệt.", True),
        ("Trường: Trường Đại học Công nghệ Thông tin - ĐHQG-HCM.", True),
        # a unit's duty after its initials or its name
        ("P.ĐTĐH: Tư vấn, nhận đơn cứu xét, ghi ý kiến đề nghị.", False),
        ("P.ĐTĐH, VPCCTĐB, Khoa, CVHT: Tư vấn, nhận đơn cứu xét.", False),
        ("Khoa: Khoa rà soát danh sách sinh viên.", False),
        ("a. Phòng Đào tạo Đại học: chủ trì lập kế hoạch.", False),
        ("Thời điểm t: P.ĐTĐH gửi email thông báo kế hoạch.", False),
    ],
)
def test_a_glossary_line_spells_its_term_out(line: str, gloss: bool) -> None:
    assert glosses(line) is gloss


def test_units_given_duties_by_name_still_restate_the_steps() -> None:
    duties = """a. Phòng Đào tạo Đại học: chủ trì lập kế hoạch và thông báo cho các khoa.
b. Phòng Công tác Sinh viên: phối hợp rà soát danh sách sinh viên bị cảnh báo."""
    texts = [text for text, _ in _tasks(_PROCEDURE.format(glossary=duties))]
    assert not any(text.startswith("Bước") for text in texts)
