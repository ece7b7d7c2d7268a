"""Round 34 (reception), review: the rules that read more than reception rules.

The review of r34-reception found the branch's guard had 7 losses: a head of a body ("Chủ tịch
Ủy ban nhân dân cấp tỉnh phê duyệt …") read as given work where a decree says who approves what;
a dangling "được" trimmed from names a later main verb shows are whole ("Cán bộ được cử tham gia
đoàn kiểm tra phải …"); any short marked line read as a topic heading over a paragraph of its own
(a party's step, a competence, a wrapped line); any article first line ending "có trách nhiệm"
read as a holder's duty sentence (private parties' too); a post ("Thanh tra viên các cấp") read
as a body kept at every level; two words of one desk's procedure among the work verbs. Documents
invented for these tests.
"""

from __future__ import annotations

import pytest
from notice_fixtures import task_leads as _tasks

from notices.assignees import analyze
from notices.duty_points import gives_duty
from notices.lexicon import WORK_VERBS
from notices.regulation import article_titles, standing_mandate

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH
Số: 30/2031/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 09 tháng 5 năm 2031

QUYẾT ĐỊNH
Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh An Bình

ỦY BAN NHÂN DÂN TỈNH AN BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.

Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Khánh

QUY CHẾ
Quản lý cụm công nghiệp trên địa bàn tỉnh An Bình
(Ban hành kèm theo Quyết định số 30/2031/QĐ-UBND ngày 09/5/2031 của Ủy ban nhân dân tỉnh)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý cụm công nghiệp trên địa bàn tỉnh.

Điều 2. Hồ sơ và trình tự

1. Hồ sơ đề nghị thành lập

{step}

2. Thời hạn giải quyết

Trong thời hạn 15 ngày, Sở Công Thương thẩm định hồ sơ.

3. Kinh phí thực hiện

Ngân sách tỉnh bảo đảm theo quy định.

Điều 3. Tổ chức, cá nhân có trách nhiệm

1. Tổ chức, cá nhân đầu tư vào cụm công nghiệp phải tuân thủ quy hoạch.

2. Doanh nghiệp phải nộp phí hạ tầng đúng hạn.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 4. Trách nhiệm của Sở Công Thương

1. Chủ trì hướng dẫn thực hiện Quy chế này.
"""


# finding 2: a head's competence is a rule, as a minister's is; a head's work stays a duty
@pytest.mark.parametrize(
    ("point", "duty"),
    [
        (
            "b) Chủ tịch Ủy ban nhân dân cấp tỉnh phê duyệt hoặc phân cấp thẩm quyền phê duyệt Đề "
            "án cho thuê tài sản.",
            False,
        ),
        ("c) Chủ tịch Ủy ban nhân dân cấp xã quyết định công việc giao khoán, đơn giá.", False),
        ("h) Chủ tịch Ủy ban nhân dân tỉnh quyết định thành lập Hội đồng.", False),
        ("d) Thủ trưởng các sở chấp thuận việc sử dụng tài sản.", False),
        ("a) Bộ trưởng, Thủ trưởng cơ quan trung ương quyết định đối với tài sản.", False),
        ("a) Chủ tịch Ủy ban nhân dân huyện chủ trì tiếp công dân định kỳ mỗi tháng.", True),
        ("b) Thủ trưởng các sở phải trực tiếp chủ trì tiếp công dân.", True),
        # a body's competence is read as before (its own rule, not this review's)
        ("2. Ủy ban nhân dân cấp xã cấp giấy phép xây dựng đối với nhà ở riêng lẻ.", True),
    ],
)
def test_a_heads_competence_is_a_rule_its_work_a_duty(point: str, duty: bool) -> None:
    assert gives_duty(point) is duty


# finding 3: "được" stays in a name a later main verb shows is whole
@pytest.mark.parametrize(
    "clause",
    [
        "Cán bộ được cử tham gia đoàn kiểm tra phải bảo đảm thời gian.",
    ],
)
def test_a_posted_name_before_its_main_verb_keeps_its_passive(clause: str) -> None:
    first = clause.split(" được ")[0]
    assert [a.name for a in analyze(clause).leads] != [first]


def test_a_posted_name_with_no_main_verb_after_still_drops_it() -> None:
    clause = (
        "Công chức Văn phòng - Thống kê được cử làm nhiệm vụ phục vụ lãnh đạo xã tiếp công dân."
    )
    assert [a.name for a in analyze(clause).leads] == ["Công chức Văn phòng - Thống kê"]


# finding 4: a short marked line is a topic heading over a body's work only
@pytest.mark.parametrize(
    "step",
    [
        "Chủ đầu tư nộp 01 bộ hồ sơ tại Sở Công Thương.",  # a party's step
        "Sở Xây dựng cấp giấy phép trong 15 ngày.",  # a competence, a procedure's step
    ],
)
def test_a_paragraph_under_a_procedure_heading_stays_a_rule(step: str) -> None:
    tasks = _tasks(_HEAD.replace("{step}", step))
    assert not [text for text, _ in tasks if text.startswith(step[:12])]


def test_a_line_wrapped_from_a_marked_line_is_no_topic_heading() -> None:
    text = _HEAD.replace(
        "{step}",
        "Chủ đầu tư nộp hồ sơ.\n\n4. Đề nghị Ủy ban MTTQ Việt\n\nNam tỉnh phối hợp tuyên truyền.",
    )
    assert not [text for text, _ in _tasks(text) if text.startswith("Nam tỉnh")]


# finding 5: only a staff role's or a head's "… có trách nhiệm" opens an article as a sentence
def test_private_parties_duty_article_keeps_its_title() -> None:
    lines = [
        "Điều 3. Tổ chức, cá nhân có trách nhiệm",
        "",
        "Điều 4. Người sử dụng lao động có trách nhiệm",
        "",
        "Điều 5. Cán bộ thường trực tiếp công dân có nhiệm vụ",
        "",
        "Điều 6. Trưởng Công an xã có trách nhiệm:",
    ]
    assert [number for number, _ in article_titles(lines)] == ["3", "4"]


def test_private_parties_points_stay_rules() -> None:
    tasks = _tasks(_HEAD.replace("{step}", "Chủ đầu tư nộp 01 bộ hồ sơ tại Sở Công Thương."))
    assert not [text for text, _ in tasks if text.startswith(("Doanh nghiệp", "Tổ chức, cá"))]


# finding 7: a post's statutory mandate is a rule, a body's kept at every level its share
@pytest.mark.parametrize(
    ("title", "standing"),
    [
        ("Nhiệm vụ, quyền hạn của Thanh tra viên các cấp", False),
        ("Quyền và nghĩa vụ của người dân các cấp", False),
        ("Nhiệm vụ, quyền hạn của Ban Tiếp công dân các cấp", True),
    ],
)
def test_a_post_named_by_levels_is_no_standing_body(title: str, standing: bool) -> None:
    assert standing_mandate(title) is standing


# finding 10: one desk's procedure words are no work verbs
@pytest.mark.parametrize("word", ["gọi tên", "phát phiếu"])
def test_a_desks_procedure_words_are_no_work_verbs(word: str) -> None:
    assert word not in WORK_VERBS


# finding 11: "làm nhiệm vụ" inside a name gives no duty
@pytest.mark.parametrize(
    "point",
    [
        "a) Cán bộ làm nhiệm vụ tiếp công dân phải mặc trang phục chỉnh tề, đeo thẻ công chức.",
        "k) Người làm nhiệm vụ kiểm tra có quyền lập biên bản.",
    ],
)
def test_a_post_named_by_its_task_gives_no_duty(point: str) -> None:
    assert gives_duty(point) is False
