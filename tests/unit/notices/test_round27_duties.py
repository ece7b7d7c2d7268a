"""Round 27 (duties): a regulation's "Trách nhiệm <work>" articles and its khoản lead-ins.

A decree's, a circular's or a law's article "Điều N. Trách nhiệm <work> (của …)" ("Trách nhiệm
quản lý …", "Trách nhiệm lập hồ sơ …") is a duty article: each khoản and điểm under it is a task
of the holder its own sentence or lead-in names (notices.duty_articles); "Trách nhiệm của X"
stays with `regulation.is_duty` (the public's, operators' and a generic head's articles are
rules, rounds 18/24/26). Liability ("Trách nhiệm bồi
thường …"), a visitor's conduct, a "Quyền và nghĩa vụ …" article, the same heading as a khoản
inside a procedure article, and the conduct articles of a regulation whose own "Tổ chức thực
hiện" chapter hands the work to bodies by name stay rules. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from tests.unit.notices.test_round24_articles import HEAD

_END = """
Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 9. Hiệu lực thi hành

Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2030.
"""

_FIRM = """
Điều 4. Trách nhiệm bảo đảm hạ tầng lưu trữ điện tử

1. Cơ sở cung cấp dịch vụ lưu trữ điện tử có trách nhiệm sau đây:

a) Bảo đảm hạ tầng lưu trữ đáp ứng tiêu chuẩn kỹ thuật do cơ quan có thẩm quyền công bố.

b) Thông báo cho cơ quan quản lý khi thay đổi địa điểm đặt máy chủ.
"""

_WORK = """
Điều 5: Trách nhiệm quản lý hoạt động lưu trữ điện tử

1. Bộ Nội vụ chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà nước về lưu trữ điện tử.

2. Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các cấp trong phạm vi nhiệm vụ của mình có trách \
nhiệm:

a) Rà soát, cập nhật danh mục hồ sơ điện tử của cơ quan.

b) Bố trí kinh phí vận hành hệ thống lưu trữ điện tử.
"""

_HEADS = """
Điều 6. Trách nhiệm chỉ đạo số hóa tài liệu lưu trữ

1. Người đứng đầu cơ quan, tổ chức có trách nhiệm chỉ đạo việc số hóa tài liệu lưu trữ.
"""


def _texts(text: str) -> list[str]:
    return [task.text for task in parse_notice(text).tasks]


def _leads(text: str) -> dict[str, tuple[str, ...]]:
    return {task.text[:40]: task.lead for task in parse_notice(text).tasks}


def test_a_firms_duty_article_gives_its_points() -> None:
    texts = _texts(HEAD + _FIRM + _END)
    assert any(t.startswith("Bảo đảm hạ tầng lưu trữ") for t in texts)
    assert any(t.startswith("Thông báo cho cơ quan quản lý") for t in texts)


def test_a_duty_article_titled_by_its_work_gives_each_point_its_own_body() -> None:
    leads = _leads(HEAD + _WORK + _END)
    assert any(k.startswith("Bộ Nội vụ chịu trách nhiệm") for k in leads)
    assert leads[next(k for k in leads if k.startswith("Bộ Nội vụ"))] == ("Bộ Nội vụ",)
    assert any(k.startswith("Rà soát, cập nhật danh mục") for k in leads)
    assert any(k.startswith("Bố trí kinh phí vận hành") for k in leads)


def test_a_heads_duty_article_gives_its_point() -> None:
    texts = _texts(HEAD + _HEADS + _END)
    assert any(
        t.startswith("Người đứng đầu cơ quan, tổ chức có trách nhiệm chỉ đạo") for t in texts
    )


def test_rights_liability_and_visitors_stay_rules() -> None:
    rules = """
Điều 4. Trách nhiệm bồi thường thiệt hại

1. Cơ sở cung cấp dịch vụ làm mất dữ liệu phải bồi thường theo hợp đồng.

Điều 5. Trách nhiệm của khách tham quan kho lưu trữ

1. Xuất trình giấy tờ tùy thân khi vào kho.

Điều 6. Trình tự nộp lưu hồ sơ điện tử

1. Trách nhiệm của cơ quan nộp lưu

a) Lập danh mục hồ sơ nộp lưu gửi Lưu trữ lịch sử.
"""
    texts = _texts(HEAD + rules + _FIRM + _END)
    assert not any(t.startswith(("Khai thác tài liệu", "Bảo quản tài liệu")) for t in texts)
    assert not any(t.startswith("Cơ sở cung cấp dịch vụ làm mất") for t in texts)
    assert not any(t.startswith("Xuất trình giấy tờ") for t in texts)
    assert not any(t.startswith("Lập danh mục hồ sơ nộp lưu") for t in texts)
    assert any(t.startswith("Bảo đảm hạ tầng lưu trữ") for t in texts)


_CONDUCT = """UBND TỈNH AN PHÚ
Số: 12/2030/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 05 tháng 3 năm 2030

QUY ĐỊNH
Về kỷ cương công vụ trong cơ quan hành chính tỉnh

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy định này quy định về kỷ cương công vụ trong cơ quan hành chính tỉnh.

Điều 2. Đối tượng áp dụng

Cán bộ, công chức, viên chức các cơ quan hành chính tỉnh.

Chương II
KỶ CƯƠNG CÔNG VỤ

Điều 3. Trách nhiệm chấp hành kỷ cương công vụ

1. Cán bộ, công chức, viên chức có trách nhiệm sau đây:

a) Chấp hành nghiêm giờ làm việc theo quy định.

b) Đeo thẻ công chức trong giờ làm việc.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 4. Sở Nội vụ

1. Kiểm tra việc chấp hành kỷ cương công vụ tại các cơ quan.

2. Tổng hợp kết quả kiểm tra báo cáo Ủy ban nhân dân tỉnh.

Điều 5. Hiệu lực thi hành

Quy định này có hiệu lực từ ngày 15 tháng 3 năm 2030.
"""


def test_conduct_articles_stay_rules_where_a_carry_out_chapter_names_bodies() -> None:
    texts = _texts(_CONDUCT)
    assert not any(t.startswith(("Chấp hành nghiêm giờ", "Đeo thẻ công chức")) for t in texts)
    assert any(t.startswith("Kiểm tra việc chấp hành kỷ cương") for t in texts)


def test_without_a_carry_out_chapter_the_same_article_gives_its_points() -> None:
    text = _CONDUCT.replace(
        "Chương III\nTỔ CHỨC THỰC HIỆN\n\nĐiều 4. Sở Nội vụ", "Điều 4. Kiểm tra"
    ).replace("b) Đeo thẻ công chức", "b) Báo cáo cấp trên việc đeo thẻ công chức")
    texts = _texts(text)
    assert any(t.startswith("Báo cáo cấp trên") for t in texts)
    assert not any(t.startswith("Chấp hành nghiêm giờ") for t in texts)  # conduct (review, 3)


def test_a_catch_all_or_cross_reference_point_is_no_task() -> None:
    firm = _FIRM.replace(
        "b) Thông báo",
        "c) Thực hiện các trách nhiệm khác theo quy định của pháp luật có liên quan.\n\n"
        "d) Thực hiện trách nhiệm quy định tại khoản 1 Điều này.\n\n"
        "đ) Phối hợp với cơ quan lưu trữ thực hiện các trách nhiệm quy định tại khoản 1 "
        "Điều này.\n\n"
        "b) Thông báo",
    )
    texts = _texts(HEAD + firm + _END)
    assert not any(t.startswith("Thực hiện các trách nhiệm khác") for t in texts)
    assert not any(t.startswith("Thực hiện trách nhiệm quy định tại") for t in texts)
    assert any(t.startswith("Phối hợp với cơ quan lưu trữ thực hiện") for t in texts)
    assert any(t.startswith("Bảo đảm hạ tầng lưu trữ") for t in texts)


_PERSONS = """
Điều 4. Trách nhiệm bảo vệ tài liệu lưu trữ của cơ quan, tổ chức, cá nhân

1. Người tiếp cận tài liệu lưu trữ có trách nhiệm sau đây:

a) Sử dụng tài liệu đúng mục đích.

2. Cơ sở cung cấp dịch vụ lưu trữ điện tử thực hiện các trách nhiệm quy định tại khoản 1 Điều \
này và các quy định sau:

a) Bảo đảm hạ tầng lưu trữ.

3. Sở Nội vụ có trách nhiệm:

a) Kiểm tra việc lưu trữ.
"""


def test_a_khoan_lead_in_names_the_holder_of_its_points() -> None:
    leads = _leads(HEAD + _PERSONS + _END)
    assert leads["Sử dụng tài liệu đúng mục đích."] == ("Người tiếp cận tài liệu lưu trữ",)
    assert leads["Bảo đảm hạ tầng lưu trữ."] == ("Cơ sở cung cấp dịch vụ lưu trữ điện tử",)
    assert leads["Kiểm tra việc lưu trữ."] == ("Sở Nội vụ",)
