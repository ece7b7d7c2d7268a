"""Round 34 (functions), review fixes.

A glossary line is a term and the name it stands for, nothing more: a numbered unit's duty written
"ABBR: Full name <verb> … trước ngày …" is no glossary line, so it stays a task (and a unit-by-unit
restatement of a procedure's steps). A functions statute's duties are read only when the
document's own title is that statute, not a letter about its draft; and "Tổ chức phát triển quỹ
đất" is a standing unit, not a team the statute sets up. Documents invented for these tests.
"""

from __future__ import annotations

import pytest
from notice_fixtures import task_leads as _tasks
from test_round34_functions import _GLOSSARY, _PROCEDURE, _statute

from notices.defined_acronyms import glosses
from notices.statute_mandates import statute_body


@pytest.mark.parametrize(
    ("line", "gloss"),
    [
        # a unit's duty after initials its first words happen to fit
        ("SV: Soạn đơn xin gia hạn và gửi về Văn phòng khoa trước ngày 15/10/2024.", False),
        ("SV: Soạn đơn xin gia hạn và gửi về Văn phòng khoa.", False),
        ("CVHT: Cập nhật danh sách và hướng dẫn sinh viên hoàn tất thủ tục.", False),
        ("CVHT: Cố vấn học tập rà soát danh sách sinh viên", False),
        ("SV: Sinh viên nộp đơn tại Phòng Đào tạo Đại học.", False),
        # a unit's capitalised name, then its duty
        ("Khoa: Khoa CNPM rà soát danh sách sinh viên bị cảnh báo.", False),
        ("Phòng: Phòng Đào tạo chủ trì lập kế hoạch.", False),
        ("Phòng: Phòng Đào tạo gửi danh sách cho Khoa.", False),
        ("P.ĐTĐH: Phòng Đào tạo Đại học gửi danh sách cho Khoa", False),
        ("P.ĐTĐH: Phòng Đào tạo Đại học gửi danh sách.", False),
        ("BCĐ: Ban Chỉ đạo họp định kỳ hằng tháng", False),
        ("UBND: Ủy ban nhân dân các xã báo cáo kết quả trước ngày 30/6/2024", False),
        ("TTYT: Tổ chức tiêm vắc xin cho trẻ em trong tháng 5/2024", False),
        # glossary lines: a name that skips a word or two, a place after it, a verb in a name
        ("- VPĐB: Văn phòng các Chương trình đặc biệt", True),
        ("– HTQLĐT: Hệ thống phần mềm quản lý đào tạo.", True),
        ("– XLHV: Xử lý học vụ.", True),
        ("- GVHD: Giảng viên hướng dẫn", True),  # a verb the initials spell is the name's
        ("TC: Tổ chức hội nghị tổng kết.", False),
        ("- P.CT&CTHSSV: Phòng Chính trị và Công tác học sinh sinh viên", True),
        ("- SGDĐT: Sở Giáo dục và Đào tạo tỉnh An Giang;", True),
        ("- BCĐ: Ban Chỉ đạo.", True),
        ("Trường: Trường Đại học Việt Nhật, ĐHQGHN", True),
    ],
)
def test_a_glossary_name_is_only_a_name(line: str, gloss: bool) -> None:
    assert glosses(line) is gloss


_NUMBERED = """TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TÂY
PHÒNG ĐÀO TẠO
Số: 45/TB-ĐHKT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cần Thơ, ngày 01 tháng 10 năm 2031

THÔNG BÁO
Về việc tiêm vắc xin cho trẻ em năm 2031

Phòng Đào tạo thông báo đến các đơn vị kế hoạch tiêm vắc xin như sau:

1. TTYT: Trung tâm Y tế huyện tổ chức tiêm vắc xin sởi cho trẻ em trước ngày 15/10/2031.
2. PGD: Phòng Giáo dục và Đào tạo phối hợp lập danh sách trẻ trước ngày 20/10/2031.
3. Khoa: Khoa CNPM tổng hợp danh sách gửi Phòng Đào tạo trước ngày 25/10/2031.
4. Phòng: Phòng Công tác Sinh viên rà soát hồ sơ trước ngày 30/10/2031.

Đề nghị các đơn vị thực hiện đúng thời hạn.

TRƯỞNG PHÒNG
Nguyễn Văn An
"""


def test_numbered_duties_after_initials_stay_tasks() -> None:
    texts = [text for text, _ in _tasks(_NUMBERED)]
    for start in (
        "TTYT: Trung tâm Y tế",
        "PGD: Phòng Giáo dục",
        "Khoa: Khoa CNPM",
        "Phòng: Phòng",
    ):
        assert any(start in text for text in texts), start


def test_units_given_duties_after_their_initials_restate_the_steps() -> None:
    # "– P.CTSV: …" reads as point "P." of unit "CTSV" — its duty, not a glossary's name
    duties = """– P.ĐTĐH: Phòng Đào tạo Đại học chủ trì lập kế hoạch và thông báo cho các khoa.
– P.CTSV: Phòng Công tác Sinh viên rà soát danh sách sinh viên bị cảnh báo."""
    texts = [text for text, _ in _tasks(_PROCEDURE.format(glossary=duties))]
    assert not any(text.startswith("Bước") for text in texts)


def test_a_real_glossary_still_keeps_the_steps() -> None:
    tasks = _tasks(_PROCEDURE.format(glossary=_GLOSSARY))
    assert tasks[0][0].startswith("Bước 1: P.ĐTĐH thông báo kế hoạch")


_OFFICE = "Phòng Tài nguyên và Môi trường"


def test_a_letter_about_a_draft_statute_gives_no_duties() -> None:
    letter = _statute().replace(
        "QUYẾT ĐỊNH\nBan hành Quy định",
        "CÔNG VĂN\nV/v lấy ý kiến góp ý dự thảo Quyết định ban hành Quy định",
    )
    assert _tasks(letter) == []


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Kinh "
            "tế - Hạ tầng huyện An Phú",
            "phòng kinh tế - hạ tầng huyện an phú",
        ),
        (
            "VỀ CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA ĐỘI KIỂM TRA LIÊN NGÀNH 814",
            "đội kiểm tra liên ngành 814",
        ),
        # a table's residue after the title
        (
            "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Kinh tế - Hạ "
            "tầng |",
            "phòng kinh tế - hạ tầng",
        ),
        # a letter about the statute's draft, a submission for its appraisal: no statute
        (
            "V/v lấy ý kiến góp ý dự thảo Quyết định ban hành Quy định chức năng, nhiệm vụ, quyền "
            "hạn và cơ cấu tổ chức của Phòng Kinh tế - Hạ tầng huyện An Phú |",
            None,
        ),
        (
            "V/v thẩm định Quyết định ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu "
            "tổ chức của Phòng Kinh tế - Hạ tầng |",
            None,
        ),
        (
            "Ban hành dự thảo Quy định chức năng, nhiệm vụ, quyền hạn của Phòng Nội vụ",
            None,
        ),
    ],
)
def test_the_statute_is_the_document_own_title(title: str, body: str | None) -> None:
    assert statute_body(title) == body


@pytest.mark.parametrize(
    ("body", "standing"),
    [
        ("Tổ chức phát triển quỹ đất", True),  # a standing public unit, not a team
        ("Tổ dân phố số 3", True),
        ("Tổ công tác cải cách hành chính", False),
        ("Tổ giúp việc Ban Chỉ đạo", False),
    ],
)
def test_a_unit_named_to_chuc_is_no_team_the_statute_sets_up(body: str, standing: bool) -> None:
    title = f"Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {body}"
    assert (statute_body(title) is not None) is standing


@pytest.mark.parametrize("body", ["Trung tâm Văn hóa - Thể thao", "Tổ dân phố số 3"])
def test_a_standing_unit_keeps_its_duties(body: str) -> None:
    lead_in = f"{body} có nhiệm vụ, quyền hạn sau:"
    assert len(_tasks(_statute(body=body, short=body, lead_in=lead_in))) == 3


def test_a_team_the_statute_sets_up_stays_a_rule() -> None:
    body = "Tổ công tác cải cách hành chính"
    assert _tasks(_statute(body=body, short=body, lead_in=f"{body} có nhiệm vụ sau:")) == []
