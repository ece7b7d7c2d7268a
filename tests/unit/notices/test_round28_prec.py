"""Round 28 (prec): a rulebook's topic articles whose titles run over several lines.

A provincial "Quy chế quản lý …" (lc-16) types long article titles over two or three lines:
"Điều 3. Xây dựng, ban hành và tổ chức thực hiện pháp luật, cơ chế," + "chính sách về cụm công
nghiệp", "Điều 7. Công tác phối hợp … chủ đầu tư xây" + "dựng hạ tầng … mở rộng cụm công nghiệp".
Unread, such an article looked like a run-on one ("Điều 2. Giao Sở Y tế chủ trì," + "phối hợp
…") and its contents, conditions and procedure steps came out as tasks beside the duty articles
of Chương III. The article's first clause ("1." or "a)") under the lines tells a title
(`notices.marked_titles`). A transitional clause of such a rules article that sets a completion
date ("Thời hạn … hoàn thành trước ngày 31 tháng 12 năm 2032") stays as work
(`notices.dated_clauses`). Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from tests.unit.notices.test_round25_duties_review import _decision

_TITLE = "Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Lào Cai"

_RULES = """QUY CHẾ
Quản lý cụm công nghiệp trên địa bàn tỉnh Lào Cai
(Ban hành kèm theo Quyết định số 16/2032/QĐ-UBND ngày 25/02/2032 của UBND tỉnh Lào Cai)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng

Quy chế này quy định việc quản lý nhà nước đối với cụm công nghiệp trên địa bàn tỉnh.

Điều 2. Nguyên tắc quản lý

1. Bảo đảm thống nhất, công khai, minh bạch.

2. Phân định rõ trách nhiệm của các cơ quan.

Chương II
NỘI DUNG QUẢN LÝ CỤM CÔNG NGHIỆP
{topics}
Chương III
TRÁCH NHIỆM CỦA CÁC CƠ QUAN

Điều 16. Trách nhiệm Sở Công Thương

1. Chủ trì giúp Ủy ban nhân dân tỉnh quản lý nhà nước về cụm công nghiệp.

2. Báo cáo định kỳ với Bộ Công Thương về tình hình hoạt động của các cụm công nghiệp.

Điều 17. Trách nhiệm Sở Tài chính

1. Tổng hợp phương án ngân sách hỗ trợ đầu tư xây dựng hạ tầng cụm công nghiệp.

Điều 30. Tổ chức thực hiện

Sở Công Thương là cơ quan đầu mối theo dõi, đôn đốc việc thực hiện Quy chế này.
"""

# the title's first line ends in a comma
_COMMA = """
Điều 3. Xây dựng, ban hành và tổ chức thực hiện pháp luật, cơ chế,
chính sách về cụm công nghiệp
1. Sở Công Thương:
a) Chủ trì xây dựng các quy định về cụm công nghiệp.
b) Hỗ trợ các doanh nghiệp trong cụm công nghiệp về khuyến công.
2. Sở Tài chính:
a) Hướng dẫn quản lý thực hiện dự án đầu tư xây dựng hạ tầng kỹ thuật.
"""
# a long second line
_LONG = """
Điều 7. Công tác phối hợp trong việc đánh giá lựa chọn chủ đầu tư xây
dựng hạ tầng kỹ thuật cụm công nghiệp, thành lập, mở rộng cụm công nghiệp
1. Sở Công Thương tham mưu Ủy ban nhân dân tỉnh quyết định thành lập Hội đồng
đánh giá lựa chọn chủ đầu tư.
2. Sở Công Thương hoàn thiện báo cáo thẩm định và hồ sơ, tài liệu liên quan.
"""
# three lines, the last closed by a full stop
_THREE = """
Điều 9. Lập, thẩm định báo cáo đánh giá tác động môi trường, cấp giấy
phép môi trường (cấp/cấp lại/cấp điều chỉnh) của dự án đầu tư xây
dựng hạ tầng kỹ thuật cụm công nghiệp.
1. Chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp tiến hành lập báo
cáo đánh giá tác động môi trường.
2. Trách nhiệm của Sở Nông nghiệp và Môi trường
a) Chủ trì tổ chức thẩm định báo cáo đánh giá tác động môi trường.
"""
# a transitional clause with a completion date
_DATED = """
Điều 6. Thành lập, mở rộng cụm công nghiệp; Điều chỉnh, bãi bỏ Quyết
định thành lập, mở rộng cụm công nghiệp.
1. Ủy ban nhân dân cấp xã chủ trì lập hồ sơ thành lập cụm công nghiệp gửi Sở
Công Thương thẩm định.
2. Xử lý thành lập cụm công nghiệp hình thành trước Quyết định số 105/2009/QĐ-TTg
ngày 19 tháng 8 năm 2009 của Thủ tướng Chính phủ.
a) Ủy ban nhân dân cấp xã rà soát, xây dựng kế hoạch, lộ trình đầu tư xây dựng
hạ tầng kỹ thuật các cụm công nghiệp.
Thời hạn xử lý thành lập cụm công nghiệp hoàn thành trước ngày 31 tháng
12 năm 2032.
"""


def _texts(topics: str) -> list[str]:
    text = _decision(_TITLE, _RULES.format(topics=topics))
    return [task.text for task in parse_notice(text).tasks]


def _has(texts: list[str], start: str) -> bool:
    return any(text.startswith(start) for text in texts)


def test_a_title_whose_first_line_ends_in_a_comma_is_a_rules_article() -> None:
    texts = _texts(_COMMA)
    assert not _has(texts, "Chủ trì xây dựng các quy định")
    assert not _has(texts, "Hướng dẫn quản lý thực hiện dự án")
    assert _has(texts, "Chủ trì giúp Ủy ban nhân dân tỉnh")  # the duty articles stay


def test_a_title_with_a_long_second_line_is_a_rules_article() -> None:
    texts = _texts(_LONG)
    assert not _has(texts, "Sở Công Thương tham mưu")
    assert not _has(texts, "Sở Công Thương hoàn thiện báo cáo")
    assert _has(texts, "Tổng hợp phương án ngân sách")


def test_a_title_over_three_lines_is_a_rules_article() -> None:
    texts = _texts(_THREE)
    assert not _has(texts, "Chủ đầu tư xây dựng hạ tầng kỹ thuật")
    assert not _has(texts, "Chủ trì tổ chức thẩm định báo cáo")


def test_a_dated_transitional_clause_of_a_rules_article_stays() -> None:
    texts = _texts(_DATED)
    assert _has(texts, "Ủy ban nhân dân cấp xã rà soát, xây dựng kế hoạch")
    assert not _has(texts, "Ủy ban nhân dân cấp xã chủ trì lập hồ sơ")


def test_all_topic_articles_together_leave_the_duty_articles_only() -> None:
    texts = _texts(_COMMA + _LONG + _THREE)
    assert [text[:20] for text in texts] == [
        "Chủ trì giúp Ủy ban ",
        "Báo cáo định kỳ với ",
        "Tổng hợp phương án n",
    ]


# counter-examples: run-on articles stay as they were


def test_a_run_on_article_that_assigns_keeps_its_clauses() -> None:
    for lead_in in (
        "phối hợp với Sở Tài chính thực hiện các nội dung sau:",
        "phối hợp với Sở Tài chính và các đơn vị liên quan",
    ):
        run_on = f"""
Điều 4. Giao Sở Công Thương chủ trì,
{lead_in}
1. Tổ chức triển khai phương án phát triển cụm công nghiệp.
2. Tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh.
"""
        texts = _texts(run_on)
        assert _has(texts, "Tổ chức triển khai phương án"), lead_in
        assert _has(texts, "Tổng hợp, báo cáo kết quả"), lead_in


def test_a_rules_clause_that_only_refers_to_a_date_stays_a_rule() -> None:
    clause = """
Điều 8. Quy hoạch chi tiết xây dựng cụm công nghiệp,
điều chỉnh quy hoạch chi tiết
1. Ủy ban nhân dân cấp xã phê duyệt quy hoạch chi tiết đối với dự án được phê duyệt trước
ngày 01 tháng 7 năm 2014 theo quy định.
"""
    texts = _texts(clause)
    assert not _has(texts, "Ủy ban nhân dân cấp xã phê duyệt quy hoạch")
