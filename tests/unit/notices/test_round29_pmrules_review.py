"""Round 29 (pmrules) review: what a coordination rule's mandate articles do not cover.

The review of the pmrules branch found false tasks: a title whose "phối hợp" sits in a body's
name ("Tổ Kiểm tra liên ngành phối hợp chống …"), in a working rule's "tổ chức, hoạt động và
phối hợp" or a management rule's "quản lý và phối hợp"; a body's statute ("… và quan hệ phối
hợp của Thanh tra Sở …") whose articles are its posts' ("Chánh Thanh tra", "Phó Chánh Thanh
tra"); and, inside a board's mandate article, its composition ("… do Chủ tịch … làm Trưởng
ban"), its powers ("Quyền hạn:" and its points) and a member's right ("Thành viên có quyền …").
And a miss: the mandate titled "Chức năng, nhiệm vụ (, quyền hạn) của …" or "Nhiệm vụ và trách
nhiệm của …". Documents invented for these tests.
"""

from __future__ import annotations

from tests.unit.notices.test_round29_pmrules import RULES_HEAD, _lead, _rules, _tasks

_COORD = "Ban hành Quy chế phối hợp trong kiểm tra, kiểm soát hàng hóa qua cửa khẩu"

# two bodies of a coordination rule, each an article, then a team's posts
_BODIES = (
    RULES_HEAD
    + """Quy chế này quy định việc kiểm tra hàng hóa qua cửa khẩu.

Điều 2. Nguyên tắc

1. Bảo đảm thống nhất, không chồng chéo giữa các lực lượng.

Chương II
NHIỆM VỤ, QUYỀN HẠN

Điều 4. {kind} của {first}

1. Lập kế hoạch kiểm tra chuyên đề theo từng quý.

2. Tổng hợp kết quả kiểm tra gửi Ủy ban nhân dân tỉnh.

Điều 5. {kind} của {second}

1. Bố trí lực lượng tại các điểm kiểm soát trọng yếu.

Điều 6. Chế độ làm việc

1. {first} họp giao ban mỗi tháng một lần.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 8. Điều khoản thi hành

Quyết định này có hiệu lực kể từ ngày ký.
"""
)


def _bodies(
    title: str,
    first: str = "Tổ Kiểm soát liên ngành",
    second: str = "Ban Quản lý cửa khẩu",
    kind: str = "Nhiệm vụ, quyền hạn",
) -> dict[str, tuple[str, ...]]:
    text = _BODIES.format(title="{title}", kind=kind, first=first, second=second)
    return _tasks(_rules(title, text))


def test_two_bodies_of_a_coordination_rule_keep_their_points() -> None:
    """The counter-example the findings below must not undo."""
    tasks = _bodies(_COORD)
    assert _lead(tasks, "Lập kế hoạch kiểm tra chuyên đề") == ("Tổ Kiểm soát liên ngành",)
    assert _lead(tasks, "Bố trí lực lượng tại các điểm") == ("Ban Quản lý cửa khẩu",)
    assert _lead(tasks, "Bảo đảm thống nhất") is None


def test_phoi_hop_in_a_bodys_name_is_no_coordination_rule() -> None:
    """Finding 1: "… của Đoàn Kiểm tra liên ngành phối hợp chống buôn lậu" is the team's working
    rule; its leader's and members' articles stay rules."""
    title = "Ban hành Quy chế hoạt động của Đoàn Kiểm tra liên ngành phối hợp chống buôn lậu"
    tasks = _bodies(title, first="Trưởng đoàn", second="Thành viên Đoàn")
    assert _lead(tasks, "Lập kế hoạch kiểm tra chuyên đề") is None
    assert _lead(tasks, "Bố trí lực lượng tại các điểm") is None


def test_a_bodys_statute_with_its_coordination_relations_stays_its_posts_mandate() -> None:
    """Finding 2: "… tổ chức bộ máy và quan hệ phối hợp của Thanh tra Sở": the articles are its
    posts' ("Chánh Thanh tra", "Phó Chánh Thanh tra"), one body's standing mandate."""
    title = (
        "Ban hành Quy định nhiệm vụ, quyền hạn, tổ chức bộ máy và quan hệ phối hợp "
        "của Thanh tra Sở Giao thông"
    )
    tasks = _bodies(title, first="Chánh Thanh tra Sở", second="Phó Chánh Thanh tra")
    assert _lead(tasks, "Lập kế hoạch kiểm tra chuyên đề") is None
    assert _lead(tasks, "Bố trí lực lượng tại các điểm") is None


def test_a_boards_organisation_activity_and_coordination_rule_is_a_working_rule() -> None:
    """Finding 3: "Quy chế tổ chức, hoạt động và phối hợp của Ban Chỉ đạo …" and "Quy chế hoạt
    động và phối hợp công tác của …" are the board's working rule, as "làm việc và phối hợp"."""
    for title in (
        "Ban hành Quy chế tổ chức, hoạt động và phối hợp của Ban Chỉ đạo cửa khẩu số",
        "Ban hành Quy chế hoạt động và phối hợp công tác của Ban Chỉ đạo cửa khẩu số",
    ):
        tasks = _bodies(title, first="Trưởng Ban Chỉ đạo", second="Thành viên Ban Chỉ đạo")
        assert _lead(tasks, "Lập kế hoạch kiểm tra chuyên đề") is None, title
        assert _lead(tasks, "Bố trí lực lượng tại các điểm") is None, title


def test_a_management_rule_that_also_says_phoi_hop_stays_as_it_was() -> None:
    """Finding 4: "Quy chế quản lý và phối hợp trong hoạt động của …" is lc-16's kind."""
    title = "Ban hành Quy chế quản lý và phối hợp trong hoạt động của khu kinh tế cửa khẩu"
    tasks = _bodies(title)
    assert _lead(tasks, "Lập kế hoạch kiểm tra chuyên đề") is None
    assert _lead(tasks, "Bố trí lực lượng tại các điểm") is None


_BOARD = """QUY CHẾ
{title}
(Ban hành kèm theo Quyết định số 17/2031/QĐ-TTg ngày 12/5/2031 của Thủ tướng Chính phủ)

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc phối hợp phòng, chống cháy rừng.

Điều 4. Nhiệm vụ, quyền hạn của Ban Chỉ đạo phòng cháy rừng cấp tỉnh

1. Ban Chỉ đạo cấp tỉnh do Phó Chủ tịch Ủy ban nhân dân tỉnh làm Trưởng ban.

2. Chỉ đạo xây dựng phương án chữa cháy rừng trên địa bàn tỉnh.

3. Quyền hạn:

a) Yêu cầu các huyện, thị xã báo cáo tình hình khi cần thiết;

b) Huy động lực lượng, phương tiện của các sở, ngành khi có cháy lớn.

4. Sơ kết, tổng kết công tác phòng cháy rừng hằng năm.

Điều 5. Nhiệm vụ, quyền hạn của Tổ Tuần tra liên ngành

1. Tuần tra các khu rừng có nguy cơ cháy cao trong mùa khô.

2. Thành viên có quyền đề xuất tạm dừng hoạt động đốt nương rẫy.

3. Tổ Tuần tra có quyền yêu cầu chủ rừng cung cấp thông tin.

Điều 6. Chế độ họp

Ban Chỉ đạo họp định kỳ mỗi quý một lần.

Điều 8. Điều khoản thi hành

Quyết định này có hiệu lực kể từ ngày ký.
"""

_BOARD_TITLE = "Ban hành Quy chế phối hợp trong phòng, chống cháy rừng"


def test_a_boards_composition_in_its_mandate_article_is_no_task() -> None:
    """Finding 5a: "Ban Chỉ đạo … do Phó Chủ tịch … làm Trưởng ban" says who heads it."""
    tasks = _tasks(_rules(_BOARD_TITLE, _BOARD))
    assert _lead(tasks, "Ban Chỉ đạo cấp tỉnh do") is None
    assert _lead(tasks, "Chỉ đạo xây dựng phương án") == ("Ban Chỉ đạo phòng cháy rừng cấp tỉnh",)


def test_a_boards_powers_are_no_tasks() -> None:
    """Finding 5b: the points under "Quyền hạn:" are the board's powers; the next clause is
    work again."""
    tasks = _tasks(_rules(_BOARD_TITLE, _BOARD))
    assert _lead(tasks, "Yêu cầu các huyện") is None
    assert _lead(tasks, "Huy động lực lượng") is None
    assert _lead(tasks, "Sơ kết, tổng kết công tác") == ("Ban Chỉ đạo phòng cháy rừng cấp tỉnh",)


def test_a_members_or_bodys_right_is_no_task() -> None:
    """Finding 6: "Thành viên có quyền …", "Tổ Tuần tra có quyền …" are rights."""
    tasks = _tasks(_rules(_BOARD_TITLE, _BOARD))
    assert _lead(tasks, "Thành viên có quyền") is None
    assert _lead(tasks, "Tổ Tuần tra có quyền") is None
    assert _lead(tasks, "Tuần tra các khu rừng") == ("Tổ Tuần tra liên ngành",)


def test_other_mandate_title_wordings_are_mandates() -> None:
    """Finding 7: "Chức năng, nhiệm vụ của …", "Chức năng, nhiệm vụ, quyền hạn của …", "Nhiệm vụ
    và trách nhiệm của …" head a body's points as "Nhiệm vụ, quyền hạn của …" does."""
    for kind in (
        "Chức năng, nhiệm vụ",
        "Chức năng, nhiệm vụ, quyền hạn",
        "Nhiệm vụ và trách nhiệm",
    ):
        tasks = _bodies(_COORD, kind=kind)
        assert _lead(tasks, "Lập kế hoạch kiểm tra chuyên đề") == ("Tổ Kiểm soát liên ngành",), (
            kind
        )
        assert _lead(tasks, "Bố trí lực lượng tại các điểm") == ("Ban Quản lý cửa khẩu",), kind
