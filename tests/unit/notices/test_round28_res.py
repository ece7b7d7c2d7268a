"""Round 28 (res): a decision that publishes administrative procedures ("Công bố danh mục thủ tục
hành chính …") carries the procedures in its appendix, field by field and step by step; those
steps ("Sở Xây dựng lập tờ trình …") say how the procedure runs, they hand out no work. Only the
decision's own articles can. The counter-examples keep their tasks: articles with no appendix,
an article point that only names a field's words, and notices that do not publish procedures."""

from __future__ import annotations

import pytest

import notices.parser as parser
from tests.unit.notices.test_round27_duties import _texts

_HEAD = """UBND TỈNH AN PHÚ
Số: 1234/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 20 tháng 11 năm 2030

QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính nội bộ trong lĩnh vực nhà ở

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN PHÚ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Xét đề nghị của Giám đốc Sở Xây dựng,

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính nội bộ trong lĩnh vực \
nhà ở.
"""

_OWN_DUTY = """
Điều 2. Sở Xây dựng có trách nhiệm cập nhật quy trình nội bộ giải quyết các thủ tục hành chính \
nêu tại Điều 1 trước ngày 15 tháng 12 năm 2030.
"""

_CLOSE = """
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Chánh Văn phòng UBND tỉnh, Giám đốc Sở Xây dựng và Thủ trưởng các cơ quan, đơn vị có liên quan \
chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""

_APPENDIX = """
PHỤ LỤC
THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG LĨNH VỰC NHÀ Ở

1. Thủ tục phê duyệt kế hoạch phát triển nhà ở cấp tỉnh

- Trình tự thực hiện:

Việc phê duyệt kế hoạch phát triển nhà ở cấp tỉnh được thực hiện như sau:

Bước 1: Sở Xây dựng lập tờ trình đề nghị phê duyệt kế hoạch phát triển nhà ở gửi Ủy ban nhân \
dân tỉnh.

Bước 2: Trong thời hạn 15 ngày kể từ ngày nhận được tờ trình, Ủy ban nhân dân tỉnh xem xét, \
phê duyệt kế hoạch phát triển nhà ở.

- Cách thức thực hiện: trực tiếp hoặc qua dịch vụ bưu chính.

- Thành phần, số lượng hồ sơ: tờ trình và dự thảo kế hoạch; 01 bộ.

- Cơ quan giải quyết: Ủy ban nhân dân tỉnh.

2. Thủ tục điều chỉnh kế hoạch phát triển nhà ở cấp tỉnh

- Trình tự thực hiện:

Sở Xây dựng rà soát, lập hồ sơ đề nghị điều chỉnh kế hoạch phát triển nhà ở.

Sau khi có ý kiến của các sở, ngành, Sở Xây dựng hoàn thiện hồ sơ trình Ủy ban nhân dân tỉnh.

- Thời hạn giải quyết: 20 ngày.

- Cơ quan giải quyết: Ủy ban nhân dân tỉnh.

- Kết quả thực hiện: quyết định phê duyệt điều chỉnh kế hoạch.

3. Thủ tục báo cáo kết quả thực hiện kế hoạch phát triển nhà ở

- Trình tự thực hiện:

Sở Xây dựng tổng hợp kết quả thực hiện kế hoạch, báo cáo Ủy ban nhân dân tỉnh.

- Thành phần hồ sơ: báo cáo kết quả thực hiện.

- Thời hạn giải quyết: 10 ngày.

- Cơ quan giải quyết: Ủy ban nhân dân tỉnh.

4. Thủ tục giao nhà ở công vụ

- Trình tự thực hiện:

Sở Xây dựng lập danh sách đối tượng được thuê nhà ở công vụ, trình Ủy ban nhân dân tỉnh.

- Thành phần hồ sơ: tờ trình và các tài liệu kèm theo.

- Thời hạn giải quyết: 15 ngày.

- Cơ quan giải quyết: Ủy ban nhân dân tỉnh.

5. Thủ tục thu hồi nhà ở công vụ

- Trình tự thực hiện:

Sở Xây dựng kiểm tra hiện trạng, lập hồ sơ đề nghị thu hồi nhà ở công vụ.

- Thành phần hồ sơ: tờ trình và các tài liệu kèm theo.

- Thời hạn giải quyết: 15 ngày.

- Cơ quan giải quyết: Ủy ban nhân dân tỉnh.
"""


# The appendix without its "PHỤ LỤC" line: the intro search still opens the body inside it (under
# a "PHỤ LỤC" heading it no longer does since round 28 recall: test_round28_recall).
_UNTITLED = _APPENDIX.replace("\nPHỤ LỤC\n", "\n")


def _without_rule(monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """The tasks the parser gave before this round's rule."""
    monkeypatch.setattr(parser, "without_procedures", lambda body, title: body)
    return _texts(text)


def test_published_procedure_steps_are_no_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _HEAD + _CLOSE + _UNTITLED
    tasks = _texts(text)
    assert not any("Sở Xây dựng" in task for task in tasks)
    assert any("Sở Xây dựng" in task for task in _without_rule(monkeypatch, text))


def test_published_steps_go_under_an_own_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """The intro search opens this long body inside the appendix, past the articles (left as it
    was: the own article is lost with the rule or without it); the steps read there still go."""
    text = _HEAD + _OWN_DUTY + _CLOSE + _UNTITLED
    assert not any("Sở Xây dựng" in task for task in _texts(text))
    assert any("hồ sơ" in task for task in _without_rule(monkeypatch, text))


def test_publishing_decision_without_appendix_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _HEAD + _OWN_DUTY + _CLOSE
    assert _texts(text) == _without_rule(monkeypatch, text)
    assert any(task.startswith("Sở Xây dựng có trách nhiệm") for task in _texts(text))


_FIELD_WORDS = """
Điều 2. Tổ chức thực hiện

1. Thời hạn giải quyết các thủ tục hành chính nêu tại Điều 1 được rút ngắn 05 ngày so với quy \
định.

2. Sở Tư pháp niêm yết công khai các thủ tục hành chính tại Trung tâm Phục vụ hành chính công \
tỉnh trước ngày 01 tháng 12 năm 2030.
"""


def test_article_point_with_field_words_is_no_field(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "1. Thời hạn giải quyết … được rút ngắn" has no label and colon: no cut before point 2."""
    text = _HEAD + _FIELD_WORDS + _CLOSE
    assert _texts(text) == _without_rule(monkeypatch, text)
    assert any(task.startswith("Sở Tư pháp niêm yết") for task in _texts(text))


_REFORM = """UBND TỈNH AN PHÚ
Số: 08/CT-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 20 tháng 11 năm 2030

CHỈ THỊ
Về đẩy mạnh cải cách thủ tục hành chính

Để nâng cao chất lượng giải quyết thủ tục hành chính, Chủ tịch UBND tỉnh yêu cầu:

1. Sở Tư pháp công bố thủ tục hành chính được sửa đổi, bổ sung chậm nhất 05 ngày sau khi văn \
bản quy phạm pháp luật có hiệu lực.

- Thời hạn giải quyết: không quá 05 ngày làm việc.

2. Các sở, ban, ngành rà soát quy trình nội bộ giải quyết thủ tục hành chính trước ngày 31 \
tháng 12 năm 2030.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""


def test_directive_on_procedures_is_no_publishing_decision(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A directive that asks bodies to publish procedures, a field-like line in it: unchanged."""
    assert _texts(_REFORM) == _without_rule(monkeypatch, _REFORM)
    assert any(task.startswith("Các sở, ban, ngành rà soát") for task in _texts(_REFORM))


def test_procedure_steps_outside_a_publishing_decision_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same appendix under a decision that issues a coordination rulebook: left as it was."""
    text = (_HEAD + _OWN_DUTY + _CLOSE + _APPENDIX).replace(
        "Về việc công bố danh mục thủ tục hành chính nội bộ trong lĩnh vực nhà ở",
        "Về việc giao nhiệm vụ giải quyết hồ sơ nhà ở",
    )
    assert _texts(text) == _without_rule(monkeypatch, text)
