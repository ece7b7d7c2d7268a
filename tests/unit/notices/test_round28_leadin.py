"""Round 28 (leadin): group lead-ins over plain paragraphs.

A Government resolution on running the economy and a Prime Minister's plan decision divide work
by a line that names one body or a group of bodies and a tail ("chủ trì, phối hợp với các Bộ, cơ
quan, địa phương:", "theo chức năng, nhiệm vụ được giao:", "có nhiệm vụ:"), then plain
paragraphs with no lead of their own: each paragraph is a task of the line's bodies
(notices.group_lead_ins). A line with work of its own before its colon, a partner list that is
work, or a paragraph naming its own lead stay as before. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.group_lead_ins import group_lead_in

HEAD = """CHÍNH PHỦ
Số: 01/NQ-CP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 01 năm 2031

NGHỊ QUYẾT
VỀ NHỮNG NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU CHỈ ĐẠO ĐIỀU HÀNH KẾ HOẠCH NĂM 2031

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

QUYẾT NGHỊ:

I. ỔN ĐỊNH KINH TẾ VĨ MÔ

1. Thực hiện chính sách tài khóa chặt chẽ

"""

_END = """
Nơi nhận:
- Các Bộ, cơ quan ngang Bộ;
- Lưu: VT.

TM. CHÍNH PHỦ
THỦ TƯỚNG

Nguyễn Văn A
"""

_LEADS_WITH_PARTNERS = """a) Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan, địa phương:

Tập trung triển khai đồng bộ các giải pháp điều hành ngân sách nhà nước năm 2031.

Rà soát, quản lý chặt chẽ các khoản chi ngân sách nhà nước, bảo đảm đúng dự toán được duyệt.

Phát hành trái phiếu Chính phủ phù hợp với tiến độ giải ngân các dự án.

b) Các Bộ: Kế hoạch và Đầu tư, Công Thương, các Bộ, cơ quan liên quan theo chức năng, nhiệm vụ:

Đẩy mạnh thực hiện các chương trình mục tiêu quốc gia theo hướng tập trung, có trọng tâm.

Tăng cường quản lý thị trường, giá cả, kiểm soát giá đối với các mặt hàng thiết yếu.
"""

_SUPPORTED = """- Đẩy mạnh cải cách hành chính

+ Bộ Nội vụ chủ trì, phối hợp với các Bộ, cơ quan, địa phương:

Đẩy mạnh triển khai Chương trình tổng thể cải cách hành chính nhà nước.

Công khai chỉ số cải cách hành chính của các Bộ, cơ quan, địa phương.

+ Các Bộ: Tài chính, Tư pháp theo chức năng nhiệm vụ, được giao chủ trì, phối hợp với các Bộ:

Hoàn thiện các dự thảo Luật đầu tư công, Luật ngân sách nhà nước (sửa đổi).

Rà soát, sửa đổi khung pháp lý về huy động các nguồn lực ngoài nhà nước.
"""


def _tasks(body: str) -> list[tuple[str, tuple[str, ...]]]:
    notice = parse_notice(HEAD + body + _END)
    return [(task.text, task.lead) for task in notice.tasks]


def _lead(body: str, start: str) -> tuple[str, ...] | None:
    for text, lead in _tasks(body):
        if text.startswith(start):
            return lead
    return None


def test_each_paragraph_under_a_chairing_body_is_its_task() -> None:
    tasks = _tasks(_LEADS_WITH_PARTNERS)
    starts = [text[:20] for text, _ in tasks]
    assert "Tập trung triển khai" in starts
    assert "Rà soát, quản lý chặ" in starts
    assert "Phát hành trái phiếu" in starts
    assert _lead(_LEADS_WITH_PARTNERS, "Rà soát, quản lý") == ("Bộ Tài chính",)
    assert _lead(_LEADS_WITH_PARTNERS, "Phát hành trái phiếu") == ("Bộ Tài chính",)


def test_each_paragraph_under_a_list_of_ministries_is_theirs_all() -> None:
    want = ("Bộ Kế hoạch và Đầu tư", "Bộ Công Thương", "các Bộ, cơ quan liên quan")
    assert _lead(_LEADS_WITH_PARTNERS, "Đẩy mạnh thực hiện các chương") == want
    assert _lead(_LEADS_WITH_PARTNERS, "Tăng cường quản lý thị trường") == want


def test_plus_items_with_paragraphs_under_a_dash_heading() -> None:
    assert _lead(_SUPPORTED, "Công khai chỉ số") == ("Bộ Nội vụ",)
    assert _lead(_SUPPORTED, "Rà soát, sửa đổi khung") == ("Bộ Tài chính", "Bộ Tư pháp")


def test_group_lead_in_shapes() -> None:
    assert group_lead_in("Ngân hàng Nhà nước Việt Nam chủ trì, phối hợp với các Bộ, ngành:") == [
        "Ngân hàng Nhà nước Việt Nam"
    ]
    assert group_lead_in(
        "Bộ Kế hoạch và Đầu tư, các Bộ, cơ quan, địa phương theo chức năng, nhiệm vụ được giao:"
    ) == ["Bộ Kế hoạch và Đầu tư", "các Bộ, cơ quan, địa phương"]
    assert group_lead_in(
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương có nhiệm vụ:"
    ) == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_lines_that_are_not_group_lead_ins() -> None:
    # work of its own before the colon: the points are the content of one task
    assert group_lead_in("Bộ Tài chính chủ trì xây dựng các đề án sau:") is None
    # the partners' part is work, not names
    assert group_lead_in("Sở Y tế phối hợp với Sở Tài chính xây dựng các văn bản sau:") is None
    # a bare name line is read as a heading's body elsewhere
    assert group_lead_in("Các Bộ, cơ quan, địa phương:") is None
    # no colon: a sentence of work
    assert group_lead_in("Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan.") is None


def test_a_paragraph_naming_its_own_lead_keeps_it() -> None:
    body = """a) Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan, địa phương:

Tập trung triển khai đồng bộ các giải pháp điều hành ngân sách nhà nước năm 2031.

Rà soát, quản lý chặt chẽ các khoản chi ngân sách nhà nước, bảo đảm đúng dự toán được duyệt.

Trên cơ sở khả năng cân đối ngân sách, Ủy ban nhân dân cấp tỉnh xem xét hỗ trợ lãi suất.
"""
    assert _lead(body, "Trên cơ sở khả năng") == ("Ủy ban nhân dân cấp tỉnh",)


def test_a_single_paragraph_after_the_line_stays_one_task() -> None:
    body = """a) Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan, địa phương:

Tập trung triển khai đồng bộ các giải pháp điều hành ngân sách nhà nước năm 2031.

b) Bộ Xây dựng chủ trì rà soát quy hoạch đô thị trong quý II năm 2031.
"""
    assert _lead(body, "Bộ Tài chính chủ trì") == ("Bộ Tài chính",)
    assert _lead(body, "Bộ Xây dựng chủ trì") == ("Bộ Xây dựng",)
