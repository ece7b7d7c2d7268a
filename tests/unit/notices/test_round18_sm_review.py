"""Round 18 (sm) review: what a table of people with a duties column gives, flattened one cell a
line or as a Markdown table.

- A document that gives no work (GIẤY MỜI, LỊCH LÀM VIỆC, LỊCH CÔNG TÁC) gives none from such a
  table either (H1).
- A bare "Nội dung" column beside "Chức vụ" is a duty only when the document divides duties: a
  commendation's merits or a training list's subjects are none (M1).
- The duties column is found by its header wherever it stands: before "Ghi chú", before
  "Chức vụ" (M2).
- A point that opens with a body's name is that body's task, not the person's (rule 2); the
  person keeps their own points (M3).
- "Học viện đào tạo, bồi dưỡng …": the academy trains; "Học viện" is the lead (L1).
- A board roster whose "Nhiệm vụ" cells only name the members' roles gives nobody work (L2).

Documents invented for these tests, after the reviewer's probes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from notices import parse_notice

_HEAD = """UBND PHƯỜNG TÂN LẬP
{unit}Số: {number}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lập, ngày 8 tháng 6 năm 2026

"""
_SIGN = """Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
Đỗ Văn Hùng
"""
_PEOPLE = ("Hà Văn Long", "Đinh Thị Nga", "Cao Minh Sơn")
Table = Callable[[list[str], list[list[str]]], str]


def _head(number: str, unit: str = "") -> str:
    return _HEAD.format(number=number, unit=unit)


def _flat(header: list[str], rows: list[list[str]]) -> str:
    """A Word table flattened one cell a line: the header's cells, then each row's number, its
    cells and its points."""
    lines = list(header)
    for number, cells in enumerate(rows, start=1):
        lines.append(str(number))
        lines.extend(cells)
    return "\n".join(lines) + "\n"


def _markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for number, cells in enumerate(rows, start=1):
        lines.append(f"| {number} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n\n"


def _person_leads(text: str) -> list[tuple[str, ...]]:
    return [task.lead for task in parse_notice(text).tasks if set(task.lead) & set(_PEOPLE)]


# H1: a weekly schedule of the People's Committee's standing members and an invitation list,
# flattened, over "TT / Họ và tên / Chức vụ / … / Nội dung".
SCHEDULE = (
    _head("41/LLV-UBND")
    + "LỊCH LÀM VIỆC\nCủa Thường trực UBND phường tuần 25 (từ ngày 22/6 đến ngày 26/6/2026)\n"
    + _flat(
        ["TT", "Họ và tên", "Chức vụ", "Thời gian", "Nội dung"],
        [
            ["Ông Hà Văn Long", "Chủ tịch UBND phường", "Thứ Hai, 22/6", "- Họp giao ban."],
            [
                "Bà Đinh Thị Nga",
                "Phó Chủ tịch UBND phường",
                "Thứ Ba, 23/6",
                "- Tiếp công dân tại trụ sở.",
            ],
            [
                "Ông Cao Minh Sơn",
                "Phó Chủ tịch UBND phường",
                "Thứ Tư, 24/6",
                "- Kiểm tra công trình kè bờ sông.",
            ],
        ],
    )
    + "Văn phòng UBND phường thông báo để các đơn vị, cá nhân biết.\n"
    + _SIGN
)
INVITATION = (
    _head("44/GM-UBND")
    + "GIẤY MỜI\nDự hội nghị tổng kết công tác dân vận năm 2026\n"
    + "Ủy ban nhân dân phường trân trọng kính mời các đồng chí có tên sau:\n"
    + _flat(
        ["TT", "Họ và tên", "Chức vụ", "Nội dung"],
        [
            ["Ông Hà Văn Long", "Bí thư Chi bộ khu phố 1", "- Báo cáo tham luận về dân vận."],
            ["Bà Đinh Thị Nga", "Chi hội trưởng Cựu chiến binh", "- Báo cáo điển hình."],
            ["Ông Cao Minh Sơn", "Tổ trưởng Tổ dân phố 4", "- Dự hội nghị."],
        ],
    )
    + "Thời gian: 14 giờ ngày 30/6/2026, tại Hội trường UBND phường.\n"
    + _SIGN
)


@pytest.mark.parametrize("text", [SCHEDULE, INVITATION], ids=["schedule", "invitation"])
def test_a_document_that_gives_no_work_gives_none_from_a_flattened_person_table(
    text: str,
) -> None:
    assert list(parse_notice(text).tasks) == []


# M1: a commendation's merits and a training list's subjects in a bare "Nội dung" column.
_COMMENDATION_ROWS = [
    ["Ông Hà Văn Long", "Tổ trưởng Tổ dân phố 2", "- Hoàn thành xuất sắc nhiệm vụ năm 2025."],
    ["Bà Đinh Thị Nga", "Chi hội trưởng Phụ nữ", "- Vận động quyên góp ủng hộ đồng bào vùng lũ."],
    ["Ông Cao Minh Sơn", "Công an viên", "- Tổ chức tuần tra bảo đảm an ninh dịp Tết."],
]
_TRAINING_ROWS = [
    ["Ông Hà Văn Long", "Phó Chủ tịch UBND phường", "- Học tập kỹ năng quản lý nhà nước."],
    ["Bà Đinh Thị Nga", "Công chức Tư pháp - Hộ tịch", "- Học tập nghiệp vụ hộ tịch."],
    ["Ông Cao Minh Sơn", "Chỉ huy trưởng Quân sự", "- Học tập kỹ năng chỉ huy."],
]
_COMMENDATION = (
    "QUYẾT ĐỊNH\nVề việc tặng Giấy khen\n"
    "Điều 1. Tặng Giấy khen cho các cá nhân có thành tích sau:\n"
)
_TRAINING = (
    "QUYẾT ĐỊNH\nVề việc cử cán bộ đi bồi dưỡng\n"
    "Điều 1. Cử các ông, bà có tên sau tham gia lớp bồi dưỡng nghiệp vụ năm 2026:\n"
)
_ARTICLE_TWO = "Điều 2. Văn phòng UBND phường và các cá nhân có tên tại Điều 1 thi hành.\n"
_HEADER = ["TT", "Họ và tên", "Chức vụ", "Nội dung"]


@pytest.mark.parametrize("table", [_flat, _markdown], ids=["flat", "markdown"])
@pytest.mark.parametrize(
    ("lead_in", "rows"),
    [(_COMMENDATION, _COMMENDATION_ROWS), (_TRAINING, _TRAINING_ROWS)],
    ids=["commendation", "training"],
)
def test_a_bare_content_column_outside_a_division_of_duties_gives_nobody_work(
    table: Table, lead_in: str, rows: list[list[str]]
) -> None:
    text = _head("52/QĐ-UBND") + lead_in + table(_HEADER, rows) + _ARTICLE_TWO + _SIGN
    assert _person_leads(text) == []


@pytest.mark.parametrize("table", [_flat, _markdown], ids=["flat", "markdown"])
def test_a_bare_content_column_under_a_division_heading_is_duties(table: Table) -> None:
    text = (
        _head("53/KH-UBND")
        + "KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\nI. MỤC ĐÍCH\nỨng phó kịp thời.\n"
        + "II. PHÂN CÔNG NHIỆM VỤ\n"
        + table(
            _HEADER,
            [
                ["Ông Hà Văn Long", "Chủ tịch UBND phường", "- Phụ trách chung."],
                ["Bà Đinh Thị Nga", "Phó Chủ tịch UBND phường", "- Chỉ đạo sơ tán dân."],
                ["Ông Cao Minh Sơn", "Trưởng Công an phường", "- Bảo đảm an ninh trật tự."],
            ],
        )
        + "III. TỔ CHỨC THỰC HIỆN\nCác thành viên triển khai thực hiện.\n"
        + _SIGN
    )
    assert _person_leads(text) == [(name,) for name in _PEOPLE]


# M2: the duties column is not the last, or comes before the post.
_DIVISION = "KẾ HOẠCH\nPhân công nhiệm vụ thành viên Ban Chỉ huy\nII. PHÂN CÔNG NHIỆM VỤ\n"
_CLOSE = "III. TỔ CHỨC THỰC HIỆN\nKế hoạch này được phổ biến đến các thành viên.\n"


def test_a_flattened_duties_column_before_a_remarks_column() -> None:
    text = (
        _head("54/KH-BCH", "BAN CHỈ HUY PCTT VÀ TKCN\n")
        + _DIVISION
        + _flat(
            ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ được phân công", "Ghi chú"],
            [
                ["Ông Hà Văn Long", "Chủ tịch UBND phường", "- Phụ trách chung công tác."],
                ["Bà Đinh Thị Nga", "Phó Chủ tịch UBND phường", "- Chỉ đạo công tác sơ tán."],
                ["Ông Cao Minh Sơn", "Trưởng Công an phường", "- Bảo đảm an ninh trật tự."],
            ],
        )
        + _CLOSE
        + _SIGN
    )
    tasks = parse_notice(text).tasks
    assert [task.lead for task in tasks] == [(name,) for name in _PEOPLE]
    assert tasks[0].text.startswith("Phụ trách chung")


def test_a_flattened_duties_column_before_the_post() -> None:
    text = (
        _head("55/KH-BCH", "BAN CHỈ HUY PCTT VÀ TKCN\n")
        + _DIVISION
        + _flat(
            ["TT", "Họ và tên", "Nhiệm vụ được phân công", "Chức vụ"],
            [
                ["Ông Hà Văn Long", "- Phụ trách chung công tác.", "Chủ tịch UBND phường"],
                ["Bà Đinh Thị Nga", "- Chỉ đạo công tác sơ tán.", "Phó Chủ tịch UBND phường"],
                ["Ông Cao Minh Sơn", "- Bảo đảm an ninh trật tự.", "Trưởng Công an phường"],
            ],
        )
        + _CLOSE
        + _SIGN
    )
    tasks = parse_notice(text).tasks
    assert [task.lead for task in tasks] == [(name,) for name in _PEOPLE]
    assert tasks[2].text.startswith("Bảo đảm an ninh trật tự")


# M3: a point that opens with a body's name, inside a row or right after the last one.
def _division(rows: list[list[str]], table: Table = _flat) -> str:
    return (
        _head("56/KH-BCH", "BAN CHỈ HUY PCTT VÀ TKCN\n")
        + _DIVISION
        + table(["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ được phân công"], rows)
        + _CLOSE
        + _SIGN
    )


@pytest.mark.parametrize("table", [_flat, _markdown], ids=["flat", "markdown"])
def test_a_body_named_in_a_row_takes_its_own_point_only(table: Table) -> None:
    text = _division(
        [
            ["Ông Hà Văn Long", "Chủ tịch UBND phường", "- Phụ trách chung."],
            [
                "Bà Đinh Thị Nga",
                "Phó Chủ tịch UBND phường",
                "- Chỉ đạo công tác sơ tán dân. - Ủy ban nhân dân phường bố trí kinh phí sơ tán.",
            ],
            ["Ông Cao Minh Sơn", "Trưởng Công an phường", "- Bảo đảm an ninh trật tự."],
        ],
        table,
    )
    if table is _flat:
        text = text.replace(" - Ủy ban", "\n- Ủy ban")
    tasks = parse_notice(text).tasks
    leads = [task.lead for task in tasks]
    assert [lead for lead in leads if set(lead) & set(_PEOPLE)] == [(n,) for n in _PEOPLE], leads
    nga = next(task for task in tasks if task.lead == ("Đinh Thị Nga",))
    assert nga.text.startswith("Chỉ đạo công tác sơ tán") and "kinh phí" not in nga.text
    assert any(
        "kinh phí" in task.text and task.lead == ("Ủy ban nhân dân phường",) for task in tasks
    )


def test_points_of_bodies_after_the_last_row_leave_its_person_their_task() -> None:
    text = _division(
        [
            ["Ông Hà Văn Long", "Chủ tịch UBND phường", "- Phụ trách chung."],
            ["Bà Đinh Thị Nga", "Phó Chủ tịch UBND phường", "- Chỉ đạo công tác sơ tán."],
            [
                "Ông Cao Minh Sơn",
                "Trưởng Công an phường",
                "- Bảo đảm an ninh trật tự.",
                "- Các tổ dân phố chuẩn bị lực lượng tại chỗ trước ngày 15/6/2026.",
                "- Trạm Y tế phường bố trí cơ số thuốc dự phòng.",
            ],
        ]
    )
    tasks = parse_notice(text).tasks
    leads = [task.lead for task in tasks]
    assert ("Cao Minh Sơn",) in leads, leads
    son = next(task for task in tasks if task.lead == ("Cao Minh Sơn",))
    assert son.text.startswith("Bảo đảm an ninh trật tự") and "tổ dân phố" not in son.text
    assert any(task.lead == ("Các tổ dân phố",) for task in tasks), leads
    assert any(task.lead == ("Trạm Y tế phường",) for task in tasks), leads


# L1: "Học viện đào tạo, bồi dưỡng …": the academy, then what it does.
def test_an_academy_that_trains_is_the_academy() -> None:
    text = (
        "BỘ NỘI VỤ\nSố: 21/KH-BNV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 5 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nBồi dưỡng công chức năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n"
        "1. Học viện đào tạo, bồi dưỡng công chức theo chương trình được phê duyệt.\n"
        "2. Các Trường/Viện đào tạo lập danh sách học viên trước ngày 30/4/2026.\n\n"
        "Nơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Nam\n"
    )
    leads = [task.lead for task in parse_notice(text).tasks]
    assert ("Học viện",) in leads, leads
    assert ("Các Trường/Viện đào tạo",) in leads, leads  # round 18's school keeps its name


# L2: a board's roster whose "Nhiệm vụ" cells name only the members' roles.
@pytest.mark.parametrize("table", [_flat, _markdown], ids=["flat", "markdown"])
def test_a_roster_of_board_roles_gives_nobody_work(table: Table) -> None:
    text = (
        _head("57/QĐ-UBND")
        + "QUYẾT ĐỊNH\nVề việc thành lập Ban Tổ chức Hội thi\n"
        + "Điều 1. Thành lập Ban Tổ chức Hội thi gồm các ông, bà có tên sau:\n"
        + table(
            ["TT", "Họ và tên", "Nhiệm vụ"],
            [
                ["Ông Hà Văn Long", "- Trưởng ban"],
                ["Bà Đinh Thị Nga", "- Phó Trưởng ban"],
                ["Ông Cao Minh Sơn", "- Ủy viên, thư ký"],
            ],
        )
        + "Điều 2. Ban Tổ chức xây dựng kế hoạch tổ chức Hội thi.\n"
        + _SIGN
    )
    assert _person_leads(text) == []
