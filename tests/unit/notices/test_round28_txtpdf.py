"""Round 28 (txtpdf): an issued regulation's articles whose numbered clauses head bodies.

A Quy định issued by a decision titles some articles by the situation ("Điều 11. Đối với sự cố
tràn dầu") and shares the work out clause by clause: "1. Sở Tài nguyên và Môi trường:", "2. Ủy
ban nhân dân các quận - huyện:", each with lettered duties. Its text was read as nothing (every
titled article dropped as a standing rule) while its PDF, whose title the reader missed, kept
them all. Such an article, titled by a situation ("Đối với …", "Trường hợp …"), is a duty
article (notices.body_clauses) when two of its clause headings name a body. Headings naming no
body, a lone body heading, a subject-titled article's body clauses (a Quy chế's standing mandate)
and the other rules articles stay rules. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH NAM
Số: 77/QĐ-UBND
Hòa Bình Nam, ngày 10 tháng 5 năm 2030

QUYẾT ĐỊNH
Ban hành Quy định công tác trực ban phòng, chống thiên tai trên địa bàn tỉnh

ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH NAM

Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;

QUYẾT ĐỊNH:

Điều 1. Nay ban hành kèm theo Quyết định này Quy định công tác trực ban phòng, chống thiên tai \
trên địa bàn tỉnh.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ngành chịu trách nhiệm thi \
hành Quyết định này./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A

QUY ĐỊNH
Công tác trực ban phòng, chống thiên tai trên địa bàn tỉnh
(Ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 10 tháng 5 năm 2030)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Thời gian trực ban

1. Thời gian trực ban:

a) Từ ngày 01 tháng 6 đến hết ngày 30 tháng 11: trực ban 24/24 giờ.

2. Hồ sơ trực ban gồm:

a) Sổ ghi chép tình hình trực ban hằng ngày.

Điều 2. Chế độ trực ban

1. Người làm nhiệm vụ trực ban được hưởng chế độ làm thêm giờ theo quy định.

Chương II
TỔ CHỨC TRỰC BAN
"""

_SHARED = """
Điều 5. Đối với sự cố sạt lở đất

1. Sở Nông nghiệp và Môi trường:

a) Tổ chức trực ban theo quy định, triển khai phương án ứng phó sự cố sạt lở đất.

b) Tổng hợp tình hình thiệt hại báo cáo Ủy ban nhân dân tỉnh.

2. Ủy ban nhân dân các huyện (nơi xảy ra sự cố):

a) Tổ chức sơ tán người dân ra khỏi khu vực nguy hiểm.

b) Báo cáo nhanh tình hình thiệt hại về Sở Nông nghiệp và Môi trường.
"""

_SHARED_PAREN = """
Điều 6. Trường hợp xảy ra tai nạn đường thủy

1. Công an tỉnh:

a) Tổ chức tìm kiếm cứu nạn người bị nạn trên sông.

2. Các đơn vị lực lượng vũ trang:

a) Triển khai lực lượng phân luồng giao thông đường thủy tại khu vực xảy ra tai nạn.
"""

_SUBJECT = """
Điều 5. Xây dựng, ban hành cơ chế, chính sách về trực ban

1. Sở Nông nghiệp và Môi trường:

a) Tổ chức trực ban theo quy định, triển khai phương án ứng phó sự cố sạt lở đất.

2. Ủy ban nhân dân các huyện:

a) Tổ chức sơ tán người dân ra khỏi khu vực nguy hiểm.
"""

_LONE = """
Điều 5. Đối với sự cố sạt lở đất

1. Sở Nông nghiệp và Môi trường:

a) Tổ chức trực ban theo quy định, triển khai phương án ứng phó sự cố sạt lở đất.

2. Mức độ sạt lở:

a) Sạt lở nhỏ được xử lý tại chỗ theo phương án của địa phương.
"""

_TAIL = """
Điều 9. Kinh phí trực ban

Kinh phí trực ban được bố trí từ ngân sách địa phương theo quy định./.
"""


def _tasks(text: str) -> list[tuple[str, list[str]]]:
    return [(task.text, list(task.lead)) for task in parse_notice(text).tasks]


def _has(tasks: list[tuple[str, list[str]]], start: str) -> bool:
    return any(text.startswith(start) for text, _ in tasks)


def test_body_headed_clauses_are_duties() -> None:
    tasks = _tasks(_HEAD + _SHARED + _TAIL)
    assert _has(tasks, "Tổ chức trực ban theo quy định")
    assert _has(tasks, "Tổng hợp tình hình thiệt hại")
    assert _has(tasks, "Tổ chức sơ tán người dân")
    assert _has(tasks, "Báo cáo nhanh tình hình thiệt hại")


def test_body_heading_leads_its_items() -> None:
    tasks = dict(_tasks(_HEAD + _SHARED + _TAIL))
    lead = next(v for k, v in tasks.items() if k.startswith("Tổ chức trực ban theo quy định"))
    assert any("Sở Nông nghiệp và Môi trường" in name for name in lead)


def test_group_heading_counts_as_a_body() -> None:
    tasks = _tasks(_HEAD + _SHARED_PAREN + _TAIL)
    assert _has(tasks, "Tổ chức tìm kiếm cứu nạn")
    assert _has(tasks, "Triển khai lực lượng phân luồng")


def test_lone_body_heading_stays_a_rule() -> None:
    tasks = _tasks(_HEAD + _LONE + _TAIL)
    assert not _has(tasks, "Tổ chức trực ban theo quy định")
    assert not _has(tasks, "Sạt lở nhỏ")


def test_headings_naming_no_body_stay_rules() -> None:
    tasks = _tasks(_HEAD + _SHARED + _TAIL)
    assert not _has(tasks, "Từ ngày 01 tháng 6")
    assert not _has(tasks, "Sổ ghi chép")
    assert not _has(tasks, "Người làm nhiệm vụ trực ban")
    assert not _has(tasks, "Kinh phí trực ban")


def test_subject_article_with_body_clauses_stays_a_rule() -> None:
    tasks = _tasks(_HEAD + _SUBJECT + _TAIL)
    assert not _has(tasks, "Tổ chức trực ban theo quy định")
    assert not _has(tasks, "Tổ chức sơ tán người dân")
