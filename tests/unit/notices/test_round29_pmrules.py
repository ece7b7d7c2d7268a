"""Round 29 (pmrules): a coordination rule's mandate articles, one per body it coordinates.

A Prime Minister's "Quy chế phối hợp trong …" or a decree on the "tổ chức, nhiệm vụ, quyền hạn
và quan hệ phối hợp của Ban Chỉ đạo … các cấp" gives each body an article "Nhiệm vụ, quyền hạn
của <body>" (ttg-04, cp-07): each article's points are that body's share of the work, also when
the body is one the rule defines or sets up ("Cơ quan chủ trì", "Ban Chỉ đạo …", "Tổ Công tác
…"). A statute of one body, a working rule and a management rule stay as they were; the
definitions, principles and procedures stay rules; a board's catch-all last point ("Thực hiện
nhiệm vụ, quyền hạn khác do … giao") is no task. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from tests.unit.notices.test_round25_duties_review import _decision

_COORD_TITLE = (
    "Ban hành Quy chế phối hợp trong giải quyết tranh chấp về đất đai có yếu tố nước ngoài"
)

# a Prime Minister's rulebook up to its scope article's text ("{title}" left to fill)
RULES_HEAD = """QUY CHẾ
{title}
(Ban hành kèm theo Quyết định số 17/2031/QĐ-TTg ngày 12/5/2031 của Thủ tướng Chính phủ)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

"""

_RULES = (
    RULES_HEAD
    + """Quy chế này quy định việc phối hợp giữa các cơ quan trong giải quyết tranh chấp.

Điều 2. Giải thích từ ngữ

1. Cơ quan đầu mối là cơ quan được giao chủ trì giải quyết một vụ tranh chấp cụ thể.

2. Tổ Tư vấn liên ngành là nhóm tư vấn cho Cơ quan đầu mối trong quá trình giải quyết.

Điều 3. Nguyên tắc phối hợp

1. Bảo đảm chủ động, kịp thời, thống nhất trong trao đổi thông tin.

2. Giữ bí mật thông tin trong quá trình giải quyết tranh chấp.

Điều 4. Nhiệm vụ, quyền hạn của Cơ quan đầu mối

Cơ quan đầu mối có nhiệm vụ, quyền hạn sau đây:

1. Tiếp nhận hồ sơ khiếu nại của bên nước ngoài.

2. Xây dựng phương án giải quyết vụ tranh chấp.

Điều 5. Nhiệm vụ, quyền hạn của Bộ Ngoại vụ

Bộ Ngoại vụ có nhiệm vụ, quyền hạn sau đây:

1. Hỗ trợ Cơ quan đầu mối liên hệ với cơ quan lãnh sự nước ngoài.

2. Cử đại diện tham gia Tổ Tư vấn liên ngành.

3. Thực hiện nhiệm vụ, quyền hạn khác do Thủ tướng Chính phủ giao.

Điều 6. Nhiệm vụ của Tổ Tư vấn liên ngành

1. Tổ Tư vấn liên ngành có nhiệm vụ tư vấn cho Cơ quan đầu mối các vấn đề pháp lý.

2. Tổ Tư vấn liên ngành có trách nhiệm thực hiện theo phương án đã được phê duyệt.

Điều 7. Trình tự tiếp nhận hồ sơ

1. Hồ sơ khiếu nại được gửi đến Cơ quan đầu mối trong thời hạn 05 ngày làm việc.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 8. Điều khoản thi hành

Quyết định này có hiệu lực kể từ ngày ký.
"""
)


def _rules(title: str, rules: str = _RULES) -> str:
    return _decision(title, rules.format(title=title.removeprefix("Ban hành ")))


def _tasks(text: str) -> dict[str, tuple[str, ...]]:
    return {task.text[:40]: tuple(task.lead) for task in parse_notice(text).tasks}


def _lead(tasks: dict[str, tuple[str, ...]], start: str) -> tuple[str, ...] | None:
    return next((lead for text, lead in tasks.items() if text.startswith(start)), None)


def test_a_coordination_rules_mandate_articles_give_their_points() -> None:
    tasks = _tasks(_rules(_COORD_TITLE))
    assert _lead(tasks, "Tiếp nhận hồ sơ khiếu nại") is not None
    assert _lead(tasks, "Xây dựng phương án giải quyết") is not None
    assert _lead(tasks, "Hỗ trợ Cơ quan đầu mối liên hệ") == ("Bộ Ngoại vụ",)
    assert _lead(tasks, "Cử đại diện tham gia Tổ") == ("Bộ Ngoại vụ",)
    assert _lead(tasks, "Tổ Tư vấn liên ngành có nhiệm vụ") is not None


def test_definitions_principles_and_procedures_stay_rules() -> None:
    tasks = _tasks(_rules(_COORD_TITLE))
    assert _lead(tasks, "Cơ quan đầu mối là cơ quan") is None
    assert _lead(tasks, "Bảo đảm chủ động, kịp thời") is None
    assert _lead(tasks, "Giữ bí mật thông tin") is None
    assert _lead(tasks, "Hồ sơ khiếu nại được gửi") is None


def test_a_boards_catch_all_point_is_no_task() -> None:
    tasks = _tasks(_rules(_COORD_TITLE))
    assert _lead(tasks, "Thực hiện nhiệm vụ, quyền hạn khác") is None


_BOARDS = """NGHỊ ĐỊNH
QUY ĐỊNH TỔ CHỨC, NHIỆM VỤ, QUYỀN HẠN VÀ QUAN HỆ PHỐI HỢP CỦA BAN CHỈ ĐẠO THIÊN TAI CÁC CẤP

Căn cứ Luật phòng, chống thiên tai ngày 19 tháng 6 năm 2030;

Chính phủ ban hành Nghị định quy định tổ chức, nhiệm vụ, quyền hạn của Ban Chỉ đạo các cấp.

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Nghị định này quy định tổ chức, nhiệm vụ, quyền hạn của Ban Chỉ đạo các cấp.

Điều 2. Đối tượng áp dụng

Nghị định này áp dụng đối với Ban Chỉ đạo các cấp và cơ quan, tổ chức có liên quan.

Điều 3. Ban Chỉ đạo phòng, chống thiên tai quốc gia

1. Ban Chỉ đạo do Phó Thủ tướng Chính phủ làm Trưởng ban.

Chương II
NHIỆM VỤ, QUYỀN HẠN

Điều 4. Nhiệm vụ, quyền hạn của Ban Chỉ đạo phòng, chống thiên tai quốc gia

1. Kiểm tra, đôn đốc Ban Chỉ đạo các Bộ, ngành, địa phương thực hiện phương án ứng phó.

2. Thực hiện nhiệm vụ, quyền hạn khác do Thủ tướng Chính phủ giao.

Điều 5. Nhiệm vụ, quyền hạn của Ban Chỉ đạo phòng, chống thiên tai Bộ Giao thông

1. Tham mưu cho Bộ trưởng chỉ đạo bảo đảm giao thông khi có thiên tai.

Điều 6. Chế độ hoạt động của Ban Chỉ đạo

1. Ban Chỉ đạo họp định kỳ sáu tháng một lần.

Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 7. Hiệu lực thi hành

Nghị định này có hiệu lực kể từ ngày 01 tháng 3 năm 2031.
"""


def test_a_decree_on_boards_and_their_coordination_gives_each_board_its_points() -> None:
    tasks = _tasks(_BOARDS_DOC)
    assert _lead(tasks, "Kiểm tra, đôn đốc Ban Chỉ đạo") == (
        "Ban Chỉ đạo phòng, chống thiên tai quốc gia",
    )
    assert _lead(tasks, "Tham mưu cho Bộ trưởng chỉ đạo") == (
        "Ban Chỉ đạo phòng, chống thiên tai Bộ Giao thông",
    )
    assert _lead(tasks, "Thực hiện nhiệm vụ, quyền hạn khác") is None
    assert _lead(tasks, "Ban Chỉ đạo họp định kỳ") is None
    assert _lead(tasks, "Ban Chỉ đạo do Phó Thủ tướng") is None


_BOARDS_DOC = (
    "CHÍNH PHỦ\n-------\nSố: 21/2031/NĐ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nHà Nội, ngày 10 tháng 01 năm 2031\n\n"
    + _BOARDS
    + "\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nNguyễn Văn An\n"
)


def test_one_bodys_statute_stays_its_standing_mandate() -> None:
    """ "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của …" has no "phối hợp"."""
    title = (
        "Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Hòa giải"
    )
    tasks = _tasks(_rules(title))
    assert _lead(tasks, "Tiếp nhận hồ sơ khiếu nại") is None
    assert _lead(tasks, "Hỗ trợ Cơ quan đầu mối liên hệ") is None


def test_a_working_rule_that_also_coordinates_stays_as_it_was() -> None:
    title = "Ban hành Quy chế làm việc và phối hợp của Ban Chỉ đạo giải quyết tranh chấp"
    tasks = _tasks(_rules(title))
    assert _lead(tasks, "Tiếp nhận hồ sơ khiếu nại") is None
    assert _lead(tasks, "Tổ Tư vấn liên ngành có nhiệm vụ") is None


def test_a_management_rule_stays_as_it_was() -> None:
    """ "Quy chế quản lý …" (lc-16's kind): its set-up or defined bodies' mandates stay rules."""
    title = "Ban hành Quy chế quản lý hoạt động giải quyết tranh chấp đất đai"
    tasks = _tasks(_rules(title))
    assert _lead(tasks, "Tiếp nhận hồ sơ khiếu nại") is None
    assert _lead(tasks, "Xây dựng phương án giải quyết") is None


def test_one_mandate_article_alone_is_no_sharing() -> None:
    """A coordination rule with a single body's "Nhiệm vụ, quyền hạn" article: unchanged."""
    rules = _RULES.replace(
        "Điều 5. Nhiệm vụ, quyền hạn của Bộ Ngoại vụ", "Điều 5. Hỗ trợ"
    ).replace("Điều 6. Nhiệm vụ của Tổ Tư vấn liên ngành", "Điều 6. Tư vấn pháp lý")
    tasks = _tasks(_rules(_COORD_TITLE, rules))
    assert _lead(tasks, "Tiếp nhận hồ sơ khiếu nại") is None


def test_a_defined_role_named_by_a_kind_and_a_verb_heads_its_points_whole() -> None:
    """ "Nhiệm vụ, quyền hạn của Cơ quan chủ trì": "chủ trì" reads as a verb, but "Cơ quan"
    alone is no name — the party the rule defines is "Cơ quan chủ trì"."""
    text = _rules(_COORD_TITLE).replace("Cơ quan đầu mối", "Cơ quan chủ trì")
    tasks = _tasks(text)
    assert _lead(tasks, "Tiếp nhận hồ sơ khiếu nại") == ("Cơ quan chủ trì",)
    assert _lead(tasks, "Hỗ trợ Cơ quan chủ trì liên hệ") == ("Bộ Ngoại vụ",)
