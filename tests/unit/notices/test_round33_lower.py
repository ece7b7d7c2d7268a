"""Round 33 (lower): "ủy ban nhân dân" written lower-case where a sentence or a point opens.

Texts typed in TCVN3's .VnTime font had no toned capitals (no "Ủ"), so a sentence opening with
the committee's name was written "ủy ban nhân dân cấp tỉnh quản lý … theo các nội dung sau
đây:", and the Unicode texts converted from them keep it. The name is a body's all the same:
the lead-in gives its points to that committee, and a point that opens with it names its lead.
Mid-sentence lower case ("Chủ tịch ủy ban nhân dân xã") was always read. Documents invented for
these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.notices.notice_fixtures import lead_of, task_leads

_HEAD = """CHÍNH PHỦ
Số: 77/2004/NĐ-CP
Hà Nội, ngày 5 tháng 3 năm 2004

NGHỊ ĐỊNH
Về cán bộ thôn, bản

CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
Theo đề nghị của Bộ trưởng Bộ Nội vụ,

NGHỊ ĐỊNH:

Chương III
QUẢN LÝ CÁN BỘ THÔN, BẢN

Điều 11. Nội dung quản lý cán bộ thôn, bản của Bộ Nội vụ

Bộ Nội vụ giúp Chính phủ quản lý cán bộ thôn, bản theo các nội dung sau đây:

1. Trình Chính phủ chế độ phụ cấp đối với cán bộ thôn, bản;

2. Thống kê, tổng hợp số lượng cán bộ thôn, bản.

Điều 12. Nội dung quản lý cán bộ thôn, bản của {name} cấp tỉnh

{opening} cấp tỉnh quản lý cán bộ thôn, bản theo các nội dung sau đây:

1. Quy định số lượng cán bộ thôn, bản trên địa bàn tỉnh;

2. Hướng dẫn việc bầu, công nhận và cho thôi việc cán bộ thôn, bản;

3. Kiểm tra việc thực hiện chế độ phụ cấp đối với cán bộ thôn, bản.

Chương IV
ĐIỀU KHOẢN THI HÀNH

Điều 13. Hiệu lực thi hành
Nghị định này có hiệu lực sau 15 ngày kể từ ngày đăng Công báo.
"""


@pytest.mark.parametrize("opening", ["ủy ban nhân dân", "uỷ ban nhân dân", "Ủy ban nhân dân"])
def test_a_lower_case_committee_opening_a_lead_in_leads_its_points(opening: str) -> None:
    tasks = task_leads(_HEAD.format(name="Ủy ban nhân dân", opening=opening))
    for start in ("Hướng dẫn việc bầu", "Kiểm tra việc thực hiện"):
        lead = lead_of(tasks, start)
        assert lead is not None, start
        assert lead[0].casefold().endswith("ban nhân dân cấp tỉnh"), lead


def test_a_point_opening_with_the_lower_case_committee_names_its_lead() -> None:
    text = """UỶ BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 31/2003/QĐ-UB
QUYẾT ĐỊNH
Về việc quản lý chợ nông thôn

Điều 4. Trách nhiệm thi hành

1. Sở Thương mại chủ trì hướng dẫn các huyện lập quy hoạch mạng lưới chợ nông thôn.

2. ủy ban nhân dân các huyện, thị xã có trách nhiệm cấp giấy chứng nhận đăng ký kinh doanh tại chợ.
"""
    lead = lead_of(task_leads(text), "ủy ban nhân dân các huyện") or lead_of(
        task_leads(text), "Ủy ban nhân dân các huyện"
    )
    assert lead is not None
    assert lead[0].casefold().startswith(("ủy ban nhân dân các huyện", "uỷ ban nhân dân các"))


def test_lower_case_words_that_are_no_committee_open_nothing() -> None:
    text = """UỶ BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 32/2003/QĐ-UB
QUYẾT ĐỊNH

Điều 4. Tổ chức thực hiện

Sở Tài chính hướng dẫn việc thu phí chợ trước ngày 30/6/2003.

ủy quyền cho các huyện thu phí được thực hiện theo quy định hiện hành.
"""
    tasks = task_leads(text)
    assert lead_of(tasks, "Sở Tài chính") == ("Sở Tài chính",)
    assert all(not text.casefold().startswith("ủy quyền") for text, _ in tasks)


def test_a_holder_that_sets_a_number_or_a_standard_has_that_duty() -> None:
    """ "Quy định số lượng …", "Quyết định cụ thể số lượng …": verbs under a holder's lead-in."""
    text = _HEAD.format(name="Ủy ban nhân dân", opening="Ủy ban nhân dân").replace(
        "2. Hướng dẫn việc bầu",
        "2. Quyết định cụ thể số lượng cán bộ thôn theo hướng dẫn; và\n\n4. Hướng dẫn việc bầu",
    )
    tasks = task_leads(text)
    assert lead_of(tasks, "Quy định số lượng cán bộ thôn") == ("Ủy ban nhân dân cấp tỉnh",)
    assert lead_of(tasks, "Quyết định cụ thể số lượng") == ("Ủy ban nhân dân cấp tỉnh",)


@pytest.mark.parametrize(
    "point",
    [
        "Quy định về quản lý cán bộ thôn, bản ban hành kèm theo Quyết định này.",
        "Quy định này áp dụng đối với cán bộ thôn, bản trên địa bàn tỉnh.",
        "Quyết định số 15/2003/QĐ-UB ngày 5/3/2003 của Ủy ban nhân dân tỉnh.",
    ],
)
def test_a_rulebook_or_a_decision_named_as_a_noun_is_no_duty(point: str) -> None:
    text = f"""UỶ BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 33/2003/QĐ-UB
QUYẾT ĐỊNH

Điều 3. Các văn bản liên quan

{point}
"""
    assert task_leads(text) == []
