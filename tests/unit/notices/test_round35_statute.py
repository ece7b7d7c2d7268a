"""Round 35 (statute): a decision that defines a body gives it its duties, not its descriptions.

A decision that is itself a functions statute ("Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu
tổ chức của Cục …", no rules attached) lists the body's duties under "Điều 2. Nhiệm vụ và quyền
hạn" after "Cục … thực hiện các nhiệm vụ, quyền hạn sau đây:"; that lead-in is the article's, not
the document's intro, and the other articles (position, structure, leaders) stay rules. Its
"Trình Bộ trưởng … xem xét, quyết định:" lists the drafts the body submits, each a duty. A
founding decision's "Học viện … là cơ sở giáo dục …; có chức năng và nhiệm vụ chính sau đây:"
gives the founded body its duties; "… hoạt động theo Quy chế …" is none. A restructuring scheme's
"Cơ cấu Tập đoàn …:" describes the group and lists its member firms: no task; its execution
article's "Quyết định chuyển giao quyền và nghĩa vụ …" is one. Counter-examples: a legislative
programme's "Trình Quốc hội xem xét, thông qua … đối với 03 dự án luật sau đây:", a procedure's
"Trình tự, thủ tục:", a body's status sentence with no duties after it, a title that ends before a
blank line, "Quyết định số …" as a document's noun. Documents invented for these tests.
"""

from __future__ import annotations

import pytest
from notice_fixtures import lead_of
from notice_fixtures import task_leads as _tasks

from notices import parse_notice
from notices.make_up_lists import lists_make_up
from notices.statute_mandates import status_holder, statute_body
from notices.submitted_drafts import submits_drafts

_HEADER = """BỘ NỘI VỤ
Số: 15/2021/QĐ-BNV

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 08 tháng 4 năm 2021

QUYẾT ĐỊNH
"""

_STATUTE = """
Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cục Lưu trữ tài liệu

BỘ TRƯỞNG BỘ NỘI VỤ

Căn cứ Nghị định số 34/2017/NĐ-CP ngày 03 tháng 4 năm 2017;

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

1. Cục Lưu trữ tài liệu là cơ quan trực thuộc Bộ Nội vụ, giúp Bộ trưởng quản lý nhà nước về lưu \
trữ.

2. Cục Lưu trữ tài liệu có tư cách pháp nhân, con dấu riêng và trụ sở tại thành phố Hà Nội.

Điều 2. Nhiệm vụ và quyền hạn

Cục Lưu trữ tài liệu thực hiện các nhiệm vụ, quyền hạn sau đây:

1. Trình Bộ trưởng Bộ Nội vụ xem xét, quyết định:

a) Dự thảo thông tư về nghiệp vụ lưu trữ;

b) Kế hoạch công tác hằng năm của ngành lưu trữ.

2. Hướng dẫn nghiệp vụ lưu trữ cho các bộ, ngành, địa phương.

3. Tổ chức bồi dưỡng nghiệp vụ cho người làm công tác lưu trữ.

Điều 3. Cơ cấu tổ chức

1. Văn phòng;

2. Phòng Nghiệp vụ lưu trữ;

3. Trung tâm Bảo quản tài liệu.

Điều 4. Lãnh đạo

1. Cục Lưu trữ tài liệu có Cục trưởng và không quá 03 Phó Cục trưởng.

2. Cục trưởng chịu trách nhiệm trước Bộ trưởng về toàn bộ hoạt động của Cục.

Điều 5. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày ký.

BỘ TRƯỞNG
Trần Văn Bình
"""

_DUTIES = [
    "Dự thảo thông tư về nghiệp vụ lưu trữ;",
    "Kế hoạch công tác hằng năm của ngành lưu trữ.",
    "Hướng dẫn nghiệp vụ lưu trữ cho các bộ, ngành, địa phương.",
    "Tổ chức bồi dưỡng nghiệp vụ cho người làm công tác lưu trữ.",
]


def _statute_tasks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return _tasks(text)


def test_statute_decision_gives_its_body_the_duties_of_its_duty_article() -> None:
    tasks = _statute_tasks(_HEADER + _STATUTE)
    assert [text for text, _ in tasks] == _DUTIES
    assert {lead for _, lead in tasks} == {("Cục Lưu trữ tài liệu",)}


def test_statute_decision_position_structure_and_leaders_are_no_tasks() -> None:
    texts = [text for text, _ in _statute_tasks(_HEADER + _STATUTE)]
    assert not any(
        t.startswith(("Cục Lưu trữ tài liệu", "Văn phòng", "Cục trưởng")) for t in texts
    )


def test_statute_decision_read_from_a_gazette_copy() -> None:
    # a Công báo copy: the number and date in the title's first line, no header block
    title = "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cục Lưu trữ tài liệu"
    gazette = _STATUTE.replace(
        f"\n{title}",
        f"CỦA BỘ TRƯỞNG BỘ NỘI VỤ SỐ 15/2021/QĐ-BNV NGÀY 08 THÁNG 4 NĂM 2021\n{title.upper()}",
        1,
    )
    tasks = _tasks("QUYẾT ĐỊNH\n" + gazette)
    assert [text for text, _ in tasks] == _DUTIES
    assert lead_of(tasks, "Hướng dẫn nghiệp vụ") == ("Cục Lưu trữ tài liệu",)


def test_statute_title_over_a_blank_line() -> None:
    # a Word file's title in two paragraphs: "… cơ cấu tổ chức" + "" + "của Cục …"
    parted = _STATUTE.replace(
        "cơ cấu tổ chức của Cục Lưu trữ tài liệu\n",
        "cơ cấu tổ chức\n\ncủa Cục Lưu trữ tài liệu\n",
        1,
    )
    notice = parse_notice(_HEADER + parted)
    assert notice.title.endswith("cơ cấu tổ chức của Cục Lưu trữ tài liệu")
    assert [task.text for task in notice.tasks] == _DUTIES


def test_gazette_title_line_over_a_blank_line() -> None:
    lines = "QUYẾT ĐỊNH\n\nCỦA BỘ TRƯỞNG BỘ NỘI VỤ SỐ 15/2021/QĐ-BNV NGÀY 08 THÁNG 4 NĂM 2021\n\n"
    title = "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cục Lưu trữ tài liệu"
    text = lines + _STATUTE.replace(title, title.upper(), 1)
    notice = parse_notice(text)
    assert "CỦA CỤC LƯU TRỮ TÀI LIỆU" in notice.title
    assert len(notice.tasks) == len(_DUTIES)


def test_a_title_ends_at_a_blank_line_before_the_preamble() -> None:
    # counter-example: a capitalised line after the blank is no part of the title
    notice = parse_notice(_HEADER + _STATUTE)
    assert notice.title == (
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cục Lưu trữ tài liệu"
    )


@pytest.mark.parametrize(
    ("paragraph", "drafts"),
    [
        ("1. Trình Bộ trưởng Bộ Tài chính để trình Chính phủ xem xét, quyết định:", True),
        ("a) Trình Ủy ban nhân dân tỉnh ban hành:", True),
        ("2. Trình Bộ trưởng xem xét, phê duyệt:", True),
        # a legislative programme's bills, a procedure's heading, a duty with its own object
        (
            "1. Trình Quốc hội xem xét, thông qua tại Kỳ họp thứ nhất đối với 03 dự án luật "
            "sau đây:",
            False,
        ),
        ("2. Trình tự, thủ tục:", False),
        ("3. Trình Ủy ban nhân dân tỉnh kế hoạch năm 2026.", False),
    ],
)
def test_submits_drafts(paragraph: str, drafts: bool) -> None:
    assert submits_drafts(paragraph) is drafts


_PROGRAMME = """QUỐC HỘI
Số: 05/2025/NQ-QH15

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Nội, ngày 10 tháng 6 năm 2025

NGHỊ QUYẾT
Về Chương trình xây dựng luật năm 2026

QUỐC HỘI

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

QUYẾT NGHỊ:

Điều 1. Chương trình xây dựng luật năm 2026

1. Trình Quốc hội xem xét, thông qua tại Kỳ họp thứ nhất đối với 02 dự án luật sau đây:

a) Luật Hộ tịch (sửa đổi);

b) Luật Lưu trữ (sửa đổi).

Điều 2. Tổ chức thực hiện

Chính phủ chỉ đạo các cơ quan soạn thảo hoàn thành hồ sơ trước ngày 15 tháng 12 năm 2025.

TM. QUỐC HỘI
CHỦ TỊCH
Trần Văn C
"""


def test_a_programmes_bills_are_no_tasks() -> None:
    texts = [text for text, _ in _tasks(_PROGRAMME)]
    assert not any(t.startswith("Luật ") for t in texts)


_FOUNDING = """THỦ TƯỚNG CHÍNH PHỦ
Số: 41/QĐ-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 02 năm 2011

QUYẾT ĐỊNH
Về việc thành lập Học viện Nông nghiệp miền Trung

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2005;

QUYẾT ĐỊNH:

Điều 1. Thành lập Học viện Nông nghiệp miền Trung thuộc Bộ Nông nghiệp.

Điều 2. Học viện Nông nghiệp miền Trung là cơ sở giáo dục công lập trực thuộc Bộ Nông nghiệp; \
có tư cách pháp nhân, con dấu và tài khoản riêng; có chức năng và nhiệm vụ chính sau đây:

- Đào tạo trình độ thạc sĩ về nông học theo quy định của pháp luật;

- Nghiên cứu khoa học và chuyển giao công nghệ nông nghiệp;

- Tư vấn về phát triển nông thôn.

Điều 3. Học viện Nông nghiệp miền Trung hoạt động theo Quy chế tổ chức và hoạt động do Bộ \
trưởng Bộ Nông nghiệp ban hành.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.

THỦ TƯỚNG
Nguyễn Văn D
"""


def test_founded_body_does_the_duties_its_status_article_lists() -> None:
    tasks = _tasks(_FOUNDING)
    assert [text for text, _ in tasks] == [
        "Đào tạo trình độ thạc sĩ về nông học theo quy định của pháp luật;",
        "Nghiên cứu khoa học và chuyển giao công nghệ nông nghiệp;",
        "Tư vấn về phát triển nông thôn.",
    ]
    assert {lead for _, lead in tasks} == {("Học viện Nông nghiệp miền Trung",)}


@pytest.mark.parametrize(
    ("paragraph", "holder"),
    [
        (
            "Điều 2. Học viện A là cơ sở giáo dục trực thuộc Bộ B; có tư cách pháp nhân; có chức "
            "năng và nhiệm vụ chính sau đây:",
            "Học viện A",
        ),
        ("Trung tâm C là đơn vị sự nghiệp công lập; có nhiệm vụ, quyền hạn sau:", "Trung tâm C"),
        # a status with no duties after it, a duty lead-in with no status, a lower-case subject
        ("Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.", None),
        ("Trung tâm C có nhiệm vụ, quyền hạn sau:", None),
        ("mỗi trường là cơ sở giáo dục; có nhiệm vụ sau đây:", None),
    ],
)
def test_status_holder(paragraph: str, holder: str | None) -> None:
    assert status_holder(paragraph) == holder


def test_gazette_line_before_a_statute_title() -> None:
    title = (
        "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 02/2010/QĐ-TTg NGÀY 15 THÁNG 01 NĂM 2010 QUY ĐỊNH CHỨC NĂNG, "
        "NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA TỔNG CỤC THUẾ"
    )
    assert statute_body(title) == "tổng cục thuế"
    # a letter about a statute names none
    assert statute_body("V/v góp ý Quy định chức năng, nhiệm vụ, quyền hạn của Sở A") is None


_SCHEME = """THỦ TƯỚNG CHÍNH PHỦ
Số: 60/QĐ-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 15 tháng 01 năm 2010

QUYẾT ĐỊNH
Phê duyệt Đề án thí điểm thành lập Tập đoàn Cơ khí Việt Nam

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Doanh nghiệp nhà nước ngày 26 tháng 11 năm 2003;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án thí điểm thành lập Tập đoàn Cơ khí Việt Nam với các nội dung chủ yếu sau:

1. Thành lập Tập đoàn Cơ khí Việt Nam do Tổng công ty Cơ khí làm nòng cốt.

2. Cơ cấu Tập đoàn Cơ khí Việt Nam:

a) Công ty mẹ - Tập đoàn Cơ khí là doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ, trực tiếp \
tổ chức sản xuất, kinh doanh và thi công lắp đặt các công trình công nghiệp.

Công ty mẹ được hình thành trên cơ sở tổ chức lại bộ máy quản lý của Tổng công ty Cơ khí.

b) Các công ty con do Tập đoàn Cơ khí nắm giữ 100% vốn điều lệ:

- Tổng công ty Máy động lực - VEAM;

- Công ty trách nhiệm hữu hạn một thành viên Cơ khí Hà Nội.

3. Tập đoàn Cơ khí và các đơn vị thành viên tổ chức hoạt động theo quy định của pháp luật.

Điều 2. Tổ chức thực hiện

1. Bộ trưởng Bộ Công Thương:

a) Quyết định chuyển giao quyền và nghĩa vụ của đại diện chủ sở hữu nhà nước tại Tổng công ty \
Máy động lực cho Hội đồng quản trị Tập đoàn Cơ khí trong quý I năm 2010;

b) Chỉ đạo và theo dõi việc thực hiện Quyết định này.

2. Hội đồng quản trị Tập đoàn Cơ khí quyết định chuyển Công ty mẹ - Tổng công ty Máy động lực \
thành công ty trách nhiệm hữu hạn một thành viên.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

THỦ TƯỚNG
Nguyễn Văn E
"""


def test_restructuring_scheme_describes_the_group_and_its_members() -> None:
    texts = [text for text, _ in _tasks(_SCHEME)]
    assert not any(t.startswith(("Công ty", "Tổng công ty", "Tập đoàn Cơ khí và")) for t in texts)


def test_restructuring_scheme_execution_article_is_work() -> None:
    tasks = _tasks(_SCHEME)
    assert lead_of(tasks, "Quyết định chuyển giao quyền") == ("Bộ trưởng Bộ Công Thương",)
    assert lead_of(tasks, "Chỉ đạo và theo dõi") == ("Bộ trưởng Bộ Công Thương",)


@pytest.mark.parametrize(
    ("paragraph", "make_up"),
    [
        ("2. Cơ cấu Tập đoàn Cơ khí Việt Nam:", True),
        ("2. Cơ cấu tổ chức của Trung tâm A gồm:", True),
        # a heading that gives the work, a structure sentence that is no heading
        ("2. Giao Sở Nội vụ kiện toàn cơ cấu tổ chức các phòng, gồm:", False),
        ("2. Cơ cấu lại các khoản chi, tiết kiệm chi thường xuyên.", False),
    ],
)
def test_lists_make_up(paragraph: str, make_up: bool) -> None:
    assert lists_make_up(paragraph) is make_up


def test_a_decision_named_by_its_number_is_no_verb() -> None:
    # counter-example: "Quyết định số …" under a body's heading is a document, no work
    text = _SCHEME.replace(
        "b) Chỉ đạo và theo dõi việc thực hiện Quyết định này.",
        "b) Quyết định số 12/QĐ-BCT ngày 05 tháng 01 năm 2010 về kế hoạch sản xuất.",
    )
    texts = [t for t, _ in _tasks(text)]
    assert not any(t.startswith("Quyết định số") for t in texts)
