"""Round 31 (rules), review: what the defined acronyms, the rights articles and the "… cần:"
clauses must not read.

A decree's, a programme's or a people's acronym defined by "(sau đây gọi tắt là …)" names no
body even when a body's name stands in the phrase ("Nghị định số … của Chính phủ", "Chương
trình … do Bộ … chủ trì", "giảng viên của Trường …"); a right to ask ("Yêu cầu ĐHVĐ cung cấp …")
is no task of the body asked; a foreign partner's article assigns the issuer no work; "cần:"
advice to businesses and a "không cần:" list are no body's work. Documents invented for these
tests.
"""

from __future__ import annotations

import pytest

from notices.defined_acronyms import find_acronyms
from notices.name_kinds import assignee_start
from tests.unit.notices.test_round31_rules import _RIGHTS_ARTICLES, _opening, _tasks

_EXECUTION = """
Điều 8. Tổ chức thực hiện

1. Ban Đào tạo chủ trì hướng dẫn việc thực hiện Quy định này.

2. {line}
"""


@pytest.mark.parametrize(
    ("definition", "line"),
    [
        (
            "Việc liên kết đào tạo thực hiện theo Nghị định số 15/2031/NĐ-CP của Chính phủ "
            "(sau đây gọi tắt là NĐ15).",
            "NĐ15 quy định mức học phí tối đa đối với các chương trình liên kết.",
        ),
        (
            "Kinh phí thực hiện từ Chương trình mục tiêu quốc gia do Bộ Giáo dục và Đào tạo chủ "
            "trì (sau đây gọi tắt là CTMTQG).",
            "CTMTQG hỗ trợ kinh phí xây dựng học liệu cho các chương trình liên kết.",
        ),
        (
            "Quy định này áp dụng đối với giảng viên của Trường Đại học Hải Phòng (sau đây gọi "
            "tắt là GV) tham gia liên kết.",
            "GV tham gia giảng dạy theo đúng đề cương học phần đã được phê duyệt.",
        ),
    ],
)
def test_an_acronym_called_for_what_a_bodys_name_only_qualifies_leads_nothing(
    definition: str, line: str
) -> None:
    body = f"\nĐiều 3. Căn cứ áp dụng\n\n{definition}\n" + _EXECUTION.format(line=line)
    texts = [text for text, _ in _tasks(body)]
    assert not any(text.startswith(line[:12]) for text in texts)
    assert _opening(_tasks(body), "Ban Đào tạo chủ trì") == ("Ban Đào tạo",)


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Ban Quản lý dự án đầu tư xây dựng tỉnh (sau đây gọi tắt là BQLDA) chủ trì", {"BQLDA"}),
        ("áp dụng đối với Trung tâm Phục vụ hành chính công (viết tắt là TTPV) và", {"TTPV"}),
        ("theo Nghị định số 15/2031/NĐ-CP của Chính phủ (sau đây gọi tắt là NĐ15).", set()),
        ("giảng viên thuộc Trường Đại học Hải Phòng (sau đây gọi tắt là GV)", set()),
    ],
)
def test_which_called_acronyms_name_bodies(text: str, bodies: set[str]) -> None:
    assert set(find_acronyms(text, assignee_start).bodies) == bodies


def test_a_right_to_ask_another_body_is_no_task_of_either() -> None:
    body = _RIGHTS_ARTICLES.replace(
        "1. Được ĐHVĐ hỗ trợ kinh phí xây dựng chương trình liên kết.",
        "1. Yêu cầu ĐHVĐ cung cấp thông tin về chương trình liên kết.\n\n"
        "4. Đề nghị ĐHVĐ điều chỉnh danh mục ngành liên kết.",
    )
    tasks = _tasks(body)
    texts = [text for text, _ in tasks]
    assert not any(text.startswith(("Yêu cầu ĐHVĐ", "Đề nghị ĐHVĐ")) for text in texts)
    assert _opening(tasks, "Chỉ đạo công tác liên kết") == ("ĐHVĐ",)
    assert [n.casefold() for n in _opening(tasks, "Xây dựng kế hoạch")] == [
        "các trường thành viên"
    ]


def test_a_foreign_partners_article_assigns_it_no_task() -> None:
    body = _RIGHTS_ARTICLES.replace(
        "Điều 7. Quyền và trách nhiệm của người học",
        "Điều 7. Quyền và trách nhiệm của cơ sở đào tạo nước ngoài\n\n"
        "1. Cử giảng viên tham gia giảng dạy theo hợp đồng.\n\n"
        "Điều 7a. Quyền và trách nhiệm của người học",
    )
    tasks = _tasks(body)
    assert not any(text.startswith("Cử giảng viên") for text, _ in tasks)
    assert _opening(tasks, "Phê duyệt danh mục ngành") == ("ĐHVĐ",)


_ADVICE = """
Chương II
TRIỂN KHAI LIÊN KẾT ĐÀO TẠO

Điều 4. Phòng, chống dịch trong đào tạo

1. Để bảo đảm an toàn khi học tập trực tiếp, các doanh nghiệp cần:

a) Đeo khẩu trang khi đến trường thành viên.

b) Khai báo y tế trước khi vào lớp.

2. Khi đăng ký học phần liên kết, các trường thành viên không cần:

a) Nộp lại bản sao văn bằng đã nộp khi nhập học.

b) Xác nhận của địa phương nơi cư trú.

3. Để công nhận kết quả học tập các học phần liên kết, các trường thành viên cần:

a) Ban hành quy định công nhận kết quả học tập của học phần liên kết.

b) Công bố danh mục học phần liên kết đến người học.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 8. Tổ chức thực hiện

Ban Đào tạo chủ trì hướng dẫn việc thực hiện Quy định này.
"""


def test_advice_to_businesses_and_what_is_not_needed_stay_no_task() -> None:
    tasks = _tasks(_ADVICE)
    texts = [text for text, _ in tasks]
    assert not any(
        text.startswith(("Đeo khẩu trang", "Khai báo y tế", "Nộp lại bản sao", "Xác nhận của"))
        for text in texts
    )
    lead = _opening(tasks, "Ban hành quy định công nhận")
    assert [name.casefold() for name in lead] == ["các trường thành viên"]


def test_the_title_variants_of_a_rights_and_duties_article() -> None:
    body = _RIGHTS_ARTICLES.replace(
        "Điều 5. Quyền và trách nhiệm của ĐHVĐ", "Điều 5. Quyền hạn và trách nhiệm của ĐHVĐ"
    ).replace(
        "Điều 6. Quyền và trách nhiệm của các trường thành viên",
        "Điều 6. Trách nhiệm và quyền hạn của các trường thành viên",
    )
    tasks = _tasks(body)
    assert _opening(tasks, "Chỉ đạo công tác liên kết") == ("ĐHVĐ",)
    assert _opening(tasks, "Phê duyệt danh mục ngành") == ("ĐHVĐ",)
    assert [n.casefold() for n in _opening(tasks, "Xây dựng kế hoạch")] == [
        "các trường thành viên"
    ]
    assert not any(text.startswith("Được ĐHVĐ hỗ trợ") for text, _ in tasks)


_TIMED_NEEDS = """
Chương II
TRIỂN KHAI LIÊN KẾT ĐÀO TẠO

Điều 4. Triển khai học phần liên kết

1. Trước ngày 30 tháng 6 năm 2031, các trường thành viên cần:

a) Ban hành quy định công nhận kết quả học tập của học phần liên kết.

b) Công bố danh mục học phần liên kết đến người học.

2. Trong quá trình tổ chức đào tạo, Ban Đào tạo cần:

a) Kiểm tra việc tổ chức giảng dạy học phần liên kết.

b) Tổng hợp kết quả liên kết đào tạo hằng năm.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 8. Tổ chức thực hiện

Ban Đào tạo chủ trì hướng dẫn việc thực hiện Quy định này.
"""


def test_a_needed_points_clause_opening_on_its_time_keeps_its_body() -> None:
    tasks = _tasks(_TIMED_NEEDS)
    lead = _opening(tasks, "Ban hành quy định công nhận")
    assert [name.casefold() for name in lead] == ["các trường thành viên"]
    assert _opening(tasks, "Công bố danh mục học phần") == lead
    assert _opening(tasks, "Kiểm tra việc tổ chức") == ("Ban Đào tạo",)
    assert _opening(tasks, "Tổng hợp kết quả liên kết") == ("Ban Đào tạo",)


_LONE_RIGHTS = """
Chương II
QUYỀN VÀ TRÁCH NHIỆM

Điều 5. Quyền và trách nhiệm của ĐHVĐ

1. Chỉ đạo công tác liên kết đào tạo giữa các trường thành viên.

2. Phê duyệt danh mục ngành liên kết đào tạo.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 8. Tổ chức thực hiện

1. Ban Đào tạo chủ trì hướng dẫn việc thực hiện Quy định này.
"""


def test_a_lone_rights_and_duties_article_is_its_bodys_duty_article() -> None:
    tasks = _tasks(_LONE_RIGHTS)
    assert _opening(tasks, "Chỉ đạo công tác liên kết") == ("ĐHVĐ",)
    assert _opening(tasks, "Phê duyệt danh mục ngành") == ("ĐHVĐ",)
