"""Round 31 (council): a regulation that divides work among bodies, read article by article.

A province's "Quy định phân công nhiệm vụ để thực hiện quản lý nhà nước về …" titles its articles
by topic ("Điều 3. Bình ổn giá", "Điều 8. Tổng hợp, phân tích, dự báo giá thị trường") and shares
each one out among the bodies it names ("a) Sở Y tế chủ trì đối với …", "1. Sở Tài chính:" over
lettered points): those articles assign work, while its scope and subjects stay rules. A
regulation that only regulates ("Quy định quản lý …"), divides competence ("phân công, phân cấp")
or divides work among persons keeps its topic articles as rules. The page scraped into Markdown
splits its bold headings over lines ("**Chương" + "I**", "**Điều" + "3. Bình ổn giá**"), and
wraps "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp" + "Thành phố phối hợp …" mid-name.
Documents invented for these tests.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = """|
**ỦY BAN NHÂN
DÂN**
**TỈNH AN BÌNH**
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số:
41/2031/QĐ-UBND
|
*An Bình, ngày
12 tháng 3 năm 2031*
|

**QUYẾT ĐỊNH**

{title}

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

*Ủy ban nhân dân tỉnh ban hành Quyết định {title_lower}.*

**Chương
I**

**QUY ĐỊNH CHUNG**

**Điều 1.
Phạm vi điều chỉnh**

Quyết định này quy định về phân công nhiệm vụ quản lý nhà nước về an toàn thực phẩm trên
địa bàn tỉnh An Bình.

**Điều 2.
Đối tượng áp dụng**

1. Các cơ quan nhà nước được phân công thực hiện nhiệm vụ quản lý nhà nước về an toàn thực
phẩm trên địa bàn tỉnh.

2. Các tổ chức, cá nhân có liên quan đến hoạt động sản xuất, kinh doanh thực phẩm.

**Chương
II**

**QUY ĐỊNH CỤ THỂ**

**Điều 3.
Kiểm soát thực phẩm lưu thông**

1. Sở quản lý ngành, lĩnh vực có trách nhiệm chủ trì kiểm soát thực phẩm lưu thông trên
địa bàn, cụ thể như sau:

a) Sở Nông nghiệp và Môi trường chủ trì đối với các mặt hàng rau, quả, thịt và sản phẩm từ
thịt;

b) Sở Y tế chủ trì đối với các mặt hàng thực phẩm chức năng, nước uống đóng chai;

c) Sở Công thương chủ trì đối với các mặt hàng bánh, mứt, kẹo và đồ uống có cồn.

2. Ủy ban nhân dân cấp xã có trách nhiệm tổ chức kiểm soát thực phẩm lưu thông tại các chợ
trên địa bàn theo sự phân công của Ủy ban nhân dân tỉnh.

**Điều
4. Thông tin về an toàn thực phẩm**

1. Sở Y tế:

a) Tổng hợp thông tin về sự cố an toàn thực phẩm trên địa bàn tỉnh, báo cáo Ủy ban nhân dân
tỉnh;

b) Công bố danh sách cơ sở vi phạm trên cổng thông tin điện tử của Sở.

2. Ủy ban nhân dân các xã, phường:

a) Tiếp nhận phản ánh của người dân về an toàn thực phẩm trên địa bàn;

b) Báo cáo Sở Y tế kết quả xử lý phản ánh trong tháng.

**Chương
III**

**TỔ CHỨC THỰC HIỆN**

**Điều 5.
Điều khoản thi hành**

Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2031.

**Điều 6: Trách nhiệm thi hành**

Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở và Chủ tịch Ủy ban nhân dân các xã,
phường chịu trách nhiệm thi hành Quyết định này./.

|
**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**Trần Văn Bình**
|
"""

_DIVIDES = "QUY ĐỊNH PHÂN CÔNG NHIỆM VỤ QUẢN LÝ NHÀ NƯỚC VỀ AN TOÀN THỰC PHẨM TRÊN ĐỊA BÀN TỈNH"


def _tasks(title: str) -> list[tuple[str, tuple[str, ...]]]:
    text = _HEAD.format(title=title, title_lower=title.lower())
    return [(t.text, t.lead) for t in parse_notice(text).tasks]


def _opening(tasks: list[tuple[str, tuple[str, ...]]], start: str) -> tuple[str, ...]:
    leads = [lead for text, lead in tasks if text.startswith(start)]
    assert leads, f"no task opens with {start!r}"
    return leads[0]


def test_a_division_of_work_shares_its_topic_articles_out_per_body() -> None:
    tasks = _tasks(_DIVIDES)
    assert _opening(tasks, "Sở Nông nghiệp và Môi trường chủ trì đối với") == (
        "Sở Nông nghiệp và Môi trường",
    )
    assert _opening(tasks, "Sở Y tế chủ trì đối với") == ("Sở Y tế",)
    assert _opening(tasks, "Sở Công thương chủ trì đối với") == ("Sở Công thương",)
    assert _opening(tasks, "Ủy ban nhân dân cấp xã có trách nhiệm") == ("Ủy ban nhân dân cấp xã",)


def test_a_division_of_works_body_headings_give_their_points_a_lead() -> None:
    tasks = _tasks(_DIVIDES)
    assert _opening(tasks, "Tổng hợp thông tin về sự cố") == ("Sở Y tế",)
    assert _opening(tasks, "Tiếp nhận phản ánh của người dân") == (
        "Ủy ban nhân dân các xã, phường",
    )


def test_a_division_of_works_scope_subjects_and_execution_formula_stay_no_task() -> None:
    texts = [text for text, _ in _tasks(_DIVIDES)]
    assert not any(
        text.startswith(("Quyết định này", "Các cơ quan nhà nước", "Các tổ chức, cá nhân"))
        for text in texts
    )
    assert not any(text.startswith("Chánh Văn phòng") for text in texts)


@pytest.mark.parametrize(
    "title",
    [
        # a regulation that only regulates: its topic articles are rules, but a point that gives a
        # named body a duty ("Sở Y tế chủ trì đối với …") is a task by the labels (bn-84, hn-74;
        # round 31's points class, notices.duty_points)
        "QUY ĐỊNH QUẢN LÝ NHÀ NƯỚC VỀ AN TOÀN THỰC PHẨM TRÊN ĐỊA BÀN TỈNH",
        # "phân công, phân cấp": the same, by the same labels
        "QUY ĐỊNH PHÂN CÔNG, PHÂN CẤP TRÁCH NHIỆM QUẢN LÝ NHÀ NƯỚC VỀ AN TOÀN THỰC PHẨM",
    ],
)
def test_another_regulations_body_duty_points_are_tasks(title: str) -> None:
    tasks = _tasks(title)
    assert _opening(tasks, "Sở Công thương chủ trì đối với") == ("Sở Công thương",)
    # "Sở Y tế", "Sở Giáo dục và Đào tạo": departments, not "cơ sở y tế" (a facility)
    assert _opening(tasks, "Sở Y tế chủ trì đối với") == ("Sở Y tế",)
    texts = [text for text, _ in tasks]
    assert not any(text.startswith(("Quyết định này", "Các tổ chức, cá nhân")) for text in texts)


def test_a_division_among_persons_stays_a_rule() -> None:
    title = "QUY CHẾ PHÂN CÔNG NHIỆM VỤ CỦA CHỦ TỊCH VÀ CÁC PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"
    texts = [text for text, _ in _tasks(title)]
    assert not any(text.startswith(("Sở Nông nghiệp", "Sở Y tế chủ trì")) for text in texts)


def test_a_level_wrapped_before_its_place_stays_one_paragraph() -> None:
    text = _HEAD.format(title=_DIVIDES, title_lower=_DIVIDES.lower()).replace(
        "**Chương\nIII**",
        "**Điều 4a.\nTuyên truyền**\n\n"
        "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp\n"
        "tỉnh phối hợp tuyên truyền, vận động và giám sát việc thực hiện Quyết định.\n\n"
        "**Chương\nIII**",
    )
    tasks = [(t.text, t.lead) for t in parse_notice(text).tasks]
    assert _opening(tasks, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp tỉnh phối hợp")
    assert not any(text.startswith("tỉnh phối hợp") for text, _ in tasks)


# A rules article of a regulation that only regulates: a standing body charged with work by "có
# trách nhiệm" is kept (the README's call: a named body in a rules article is kept); a procedure's
# step with a relative term, a class of bodies and the traders stay rules.
_RULES_ARTICLE = """**Điều
4. Lập danh sách và cấp kinh phí hỗ trợ**

1. Ủy ban nhân dân cấp xã có trách nhiệm lập danh sách cơ sở được hỗ trợ, niêm yết công khai tại
trụ sở và gửi Phòng Kinh tế.

2. Sở Y tế trong thời gian 10 ngày kể từ ngày nhận đủ hồ sơ có trách nhiệm thẩm định danh sách.

3. Các cơ quan, tổ chức có trách nhiệm trả lời bằng văn bản khi được đề nghị góp ý.

4. Tổ chức, cá nhân kinh doanh thực phẩm có trách nhiệm chấp hành các biện pháp kiểm soát.

5. Kho bạc Nhà nước có trách nhiệm kiểm soát thanh toán kinh phí hỗ trợ theo quy định.
"""


def _rules_tasks() -> list[tuple[str, tuple[str, ...]]]:
    title = "QUY ĐỊNH QUẢN LÝ NHÀ NƯỚC VỀ AN TOÀN THỰC PHẨM TRÊN ĐỊA BÀN TỈNH"
    text = _HEAD.format(title=title, title_lower=title.lower())
    start, end = text.index("**Điều\n4."), text.index("**Chương\nIII**")
    text = text[:start] + _RULES_ARTICLE + "\n" + text[end:]
    return [(t.text, t.lead) for t in parse_notice(text).tasks]


def test_a_standing_body_charged_in_a_rules_article_is_a_task() -> None:
    tasks = _rules_tasks()
    assert _opening(tasks, "Ủy ban nhân dân cấp xã có trách nhiệm lập danh sách") == (
        "Ủy ban nhân dân cấp xã",
    )
    assert _opening(tasks, "Kho bạc Nhà nước có trách nhiệm kiểm soát") == ("Kho bạc Nhà nước",)


def test_a_procedure_step_a_class_of_bodies_and_traders_stay_rules() -> None:
    texts = [text for text, _ in _rules_tasks()]
    assert not any(
        text.startswith(("Sở Y tế trong thời gian", "Các cơ quan, tổ chức", "Tổ chức, cá nhân"))
        for text in texts
    )
