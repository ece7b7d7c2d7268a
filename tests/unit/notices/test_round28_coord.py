"""Round 28 (coord): a provincial "Quy chế phối hợp …" shares the work out among bodies.

A decision that issues a "Quy chế phối hợp thực hiện chức năng, nhiệm vụ, quyền hạn giữa A, B
và C" names the bodies' "chức năng, nhiệm vụ, quyền hạn" in its title, which read it as a
statute of organisation (`regulation._STATUTE`) whose articles are standing rules. A coordination
rule is no statute of one body: its "Trách nhiệm của <body>" articles give each body its share
of the work (na-95, lc-88 label every point). A statute ("Quy chế tổ chức và hoạt động của …",
"Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của …") and a coordination rule's
principles and procedure articles stay rules. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from tests.unit.notices.test_round25_duties_review import _decision

_COORD_TITLE = (
    "Ban hành Quy chế phối hợp thực hiện chức năng, nhiệm vụ, quyền hạn giữa Trung tâm Lưu trữ "
    "lịch sử, Văn phòng đăng ký đất đai và Ủy ban nhân dân cấp xã trên địa bàn tỉnh Bắc Ninh"
)

_RULES = """QUY CHẾ
{title}
(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 12/5/2031 của UBND tỉnh Bắc Ninh)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc phối hợp giữa các cơ quan trong quản lý hồ sơ địa chính.

Điều 2. Nguyên tắc phối hợp

1. Tuân thủ quy định của pháp luật về đất đai và lưu trữ.

2. Bảo đảm kịp thời, công khai, minh bạch trong trao đổi thông tin.

Điều 3. Phương thức phối hợp

1. Trao đổi ý kiến bằng văn bản hoặc qua hệ thống thông tin đất đai.

Chương II
QUY ĐỊNH CỤ THỂ

Điều 4. Trách nhiệm của Văn phòng đăng ký đất đai

1. Cập nhật, chỉnh lý hồ sơ địa chính trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ.

2. Cung cấp bản sao hồ sơ địa chính cho Trung tâm Lưu trữ lịch sử theo yêu cầu.

Điều 5. Trách nhiệm của Trung tâm Lưu trữ lịch sử

1. Tiếp nhận hồ sơ địa chính hết hạn bảo quản tại cơ quan.

2. Hướng dẫn Văn phòng đăng ký đất đai chỉnh lý tài liệu trước khi nộp lưu.

Điều 6. Trách nhiệm của Ủy ban nhân dân cấp xã

1. Niêm yết công khai kết quả kiểm tra hồ sơ tại trụ sở.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 7. Tổ chức thực hiện

Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Quy chế này.
"""


def _coord(title: str) -> str:
    return _decision(title, _RULES.format(title=title.removeprefix("Ban hành ")))


def _tasks(text: str) -> dict[str, tuple[str, ...]]:
    return {task.text[:40]: tuple(task.lead) for task in parse_notice(text).tasks}


def _lead(tasks: dict[str, tuple[str, ...]], start: str) -> tuple[str, ...] | None:
    return next((lead for text, lead in tasks.items() if text.startswith(start)), None)


def test_a_coordination_rules_articles_give_each_body_its_points() -> None:
    tasks = _tasks(_coord(_COORD_TITLE))
    assert _lead(tasks, "Cập nhật, chỉnh lý hồ sơ địa chính") == ("Văn phòng đăng ký đất đai",)
    assert _lead(tasks, "Cung cấp bản sao hồ sơ địa chính") == ("Văn phòng đăng ký đất đai",)
    assert _lead(tasks, "Tiếp nhận hồ sơ địa chính hết hạn") == ("Trung tâm Lưu trữ lịch sử",)
    assert _lead(tasks, "Hướng dẫn Văn phòng đăng ký") == ("Trung tâm Lưu trữ lịch sử",)


def test_a_coordination_rules_principles_and_ways_stay_rules() -> None:
    tasks = _tasks(_coord(_COORD_TITLE))
    assert _lead(tasks, "Tuân thủ quy định của pháp luật") is None
    assert _lead(tasks, "Bảo đảm kịp thời, công khai") is None
    assert _lead(tasks, "Trao đổi ý kiến bằng văn bản") is None


def test_a_statute_of_one_body_stays_its_standing_mandate() -> None:
    for title in (
        "Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Lưu "
        "trữ lịch sử tỉnh Bắc Ninh",
        "Ban hành Quy chế tổ chức và hoạt động của Văn phòng đăng ký đất đai tỉnh Bắc Ninh",
    ):
        tasks = _tasks(_coord(title))
        assert _lead(tasks, "Cập nhật, chỉnh lý hồ sơ địa chính") is None, title
        assert _lead(tasks, "Tiếp nhận hồ sơ địa chính hết hạn") is None, title


def test_a_working_rule_that_also_coordinates_stays_a_statute() -> None:
    """ "Quy chế làm việc và phối hợp của Ban Chỉ đạo …" is a body's working rule (`_STATUTE`):
    only "Quy chế (Quy định) phối hợp" opens a coordination rule."""
    title = "Ban hành Quy chế làm việc và phối hợp của Ban Chỉ đạo chuyển đổi số tỉnh Bắc Ninh"
    tasks = _tasks(_coord(title))
    assert _lead(tasks, "Cập nhật, chỉnh lý hồ sơ địa chính") is None
    assert _lead(tasks, "Niêm yết công khai kết quả") is None


def test_an_article_number_alone_on_its_line_heads_the_title_below() -> None:
    """ "**Điều 5." over "Trách nhiệm của Trung tâm …**" (lc-88, dt-143): the title on the next
    line is the article's, so its body leads the points, not the article before."""
    text = _coord(_COORD_TITLE).replace(
        "Điều 5. Trách nhiệm của Trung tâm Lưu trữ lịch sử\n",
        "**Điều 5.\nTrách nhiệm của Trung tâm Lưu trữ lịch sử**\n",
    )
    tasks = _tasks(text)
    assert _lead(tasks, "Tiếp nhận hồ sơ địa chính hết hạn") == ("Trung tâm Lưu trữ lịch sử",)
    assert _lead(tasks, "Cập nhật, chỉnh lý hồ sơ địa chính") == ("Văn phòng đăng ký đất đai",)


def test_an_article_number_alone_over_a_sentence_stays_as_it_was() -> None:
    """A bare "Điều 5." over a sentence (a run-on article, no title) joins nothing."""
    text = _coord(_COORD_TITLE).replace(
        "Điều 5. Trách nhiệm của Trung tâm Lưu trữ lịch sử\n",
        "**Điều 5.\nTrung tâm Lưu trữ lịch sử tiếp nhận hồ sơ địa chính theo quy định.\n",
    )
    assert _lead(_tasks(text), "Hướng dẫn Văn phòng đăng ký") != ("Trung tâm Lưu trữ lịch sử",)
