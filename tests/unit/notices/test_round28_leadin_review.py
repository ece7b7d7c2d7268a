"""Round 28 (leadin), review: group lead-ins the branch missed or misread, and passes to keep.

Probes from the review of branch "leadin", each a body under the branch test's resolution head.
Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.group_lead_ins import group_lead_in
from tests.unit.notices.test_round28_leadin import _END, HEAD

_TAP_TRUNG = "Tập trung triển khai đồng bộ các giải pháp điều hành ngân sách nhà nước năm 2031."
_RA_SOAT = (
    "Rà soát, quản lý chặt chẽ các khoản chi ngân sách nhà nước, bảo đảm đúng dự toán được duyệt."
)
_XAY_DUNG = "b) Bộ Xây dựng chủ trì rà soát quy hoạch đô thị trong quý II năm 2031."


def _tasks(body: str) -> list[tuple[str, tuple[str, ...]]]:
    notice = parse_notice(HEAD + body + _END)
    return [(task.text, task.lead) for task in notice.tasks]


def _starting(body: str, start: str) -> list[tuple[str, ...]]:
    return [lead for text, lead in _tasks(body) if text.startswith(start)]


def _two_under(line: str) -> str:
    return f"{line}\n\n{_TAP_TRUNG}\n\n{_RA_SOAT}\n\n{_XAY_DUNG}\n"


def test_a_second_lead_in_in_the_same_item_starts_a_new_group() -> None:
    body = f"""Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan, địa phương:

{_TAP_TRUNG}

{_RA_SOAT}

Ngân hàng Nhà nước Việt Nam chủ trì, phối hợp với các Bộ, ngành:

Điều hành chính sách tiền tệ chủ động, linh hoạt, phối hợp chặt chẽ với chính sách tài khóa.

Kiểm soát tăng trưởng tín dụng phù hợp, hướng tín dụng vào các lĩnh vực ưu tiên.

2. Bảo đảm các cân đối lớn của nền kinh tế

Bộ Công Thương chủ trì, phối hợp với các địa phương bảo đảm cân đối cung cầu xăng dầu.
"""
    assert _starting(body, "Rà soát, quản lý") == [("Bộ Tài chính",)]
    state_bank = ("Ngân hàng Nhà nước Việt Nam",)
    assert _starting(body, "Điều hành chính sách") == [state_bank]
    assert _starting(body, "Kiểm soát tăng trưởng") == [state_bank]


def test_partners_then_remit() -> None:
    line = (
        "a) Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan theo chức năng, "
        "nhiệm vụ được giao:"
    )
    body = _two_under(line)
    assert _starting(body, "Tập trung triển khai") == [("Bộ Tài chính",)]
    assert _starting(body, "Rà soát, quản lý") == [("Bộ Tài chính",)]


def test_partners_then_the_frame_that_announces_the_tasks() -> None:
    line = (
        "a) Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan thực hiện các "
        "nhiệm vụ sau:"
    )
    body = _two_under(line)
    assert _starting(body, "Tập trung triển khai") == [("Bộ Tài chính",)]
    assert _starting(body, "Rà soát, quản lý") == [("Bộ Tài chính",)]
    # a concrete verb before the colon is still work of its own
    assert group_lead_in("Sở Y tế phối hợp với Sở Tài chính xây dựng các văn bản sau:") is None


def test_the_assigning_verb_giao() -> None:
    body = _two_under("a) Giao Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan, địa phương:")
    assert _starting(body, "Tập trung triển khai") == [("Bộ Tài chính",)]
    assert _starting(body, "Rà soát, quản lý") == [("Bộ Tài chính",)]


def test_the_request_verb_de_nghi() -> None:
    line = (
        "a) Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội:"
    )
    body = _two_under(line)
    want = ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "các tổ chức chính trị - xã hội")
    assert _starting(body, "Tập trung triển khai") == [want]
    assert _starting(body, "Rà soát, quản lý") == [want]


def test_a_bare_members_line() -> None:
    body = _two_under("a) Các Bộ: Kế hoạch và Đầu tư, Tài chính, Công Thương:")
    want = ("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Công Thương")
    assert _starting(body, "Tập trung triển khai") == [want]
    assert _starting(body, "Rà soát, quản lý") == [want]


def test_a_member_with_a_head_of_its_own_keeps_its_full_name() -> None:
    line = (
        "a) Các Bộ: Tài chính, Kế hoạch và Đầu tư, Ban Chỉ đạo Đổi mới và Phát triển doanh "
        "nghiệp theo chức năng, nhiệm vụ được giao:"
    )
    want = (
        "Bộ Tài chính",
        "Bộ Kế hoạch và Đầu tư",
        "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp",
    )
    body = _two_under(line)
    assert _starting(body, "Tập trung triển khai") == [want]
    assert _starting(body, "Rà soát, quản lý") == [want]


# Passes the review asked to keep


def test_a_duty_line_of_the_state_bank() -> None:
    body = f"""b) Ngân hàng Nhà nước Việt Nam có trách nhiệm:

Điều hành chính sách tiền tệ chủ động, linh hoạt, phối hợp chặt chẽ với chính sách tài khóa.

Kiểm soát tăng trưởng tín dụng phù hợp, hướng tín dụng vào các lĩnh vực ưu tiên.

{_XAY_DUNG}
"""
    state_bank = ("Ngân hàng Nhà nước Việt Nam",)
    assert _starting(body, "Điều hành chính sách") == [state_bank]
    assert _starting(body, "Kiểm soát tăng trưởng") == [state_bank]


def test_bare_name_lines_through_the_heading_path() -> None:
    body = f"""a) Các Bộ, cơ quan, địa phương:

{_TAP_TRUNG}

{_RA_SOAT}

b) Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:

Điều hành chính sách tiền tệ chủ động, linh hoạt, phối hợp chặt chẽ với chính sách tài khóa.

Kiểm soát tăng trưởng tín dụng phù hợp, hướng tín dụng vào các lĩnh vực ưu tiên.
"""
    assert _starting(body, "Rà soát, quản lý") == [("Các Bộ, cơ quan, địa phương",)]
    provinces = ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",)
    assert _starting(body, "Kiểm soát tăng trưởng") == [provinces]


def test_remit_then_chair_and_the_chair_alone() -> None:
    line = (
        "2. Bộ Kế hoạch và Đầu tư, Bộ Tài chính theo chức năng, nhiệm vụ được giao, chủ trì, "
        "phối hợp với các cơ quan liên quan:"
    )
    body = f"""{line}

{_TAP_TRUNG}

{_RA_SOAT}

3. Bộ Tài chính chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư, Ngân hàng Nhà nước Việt Nam:

Điều hành chính sách tiền tệ chủ động, linh hoạt, phối hợp chặt chẽ với chính sách tài khóa.

Kiểm soát tăng trưởng tín dụng phù hợp, hướng tín dụng vào các lĩnh vực ưu tiên.
"""
    assert _starting(body, "Rà soát, quản lý") == [("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính")]
    assert _starting(body, "Kiểm soát tăng trưởng") == [("Bộ Tài chính",)]


def test_a_deadline_paragraph_is_no_task_of_its_own() -> None:
    body = """a) Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan:

Xây dựng Nghị định sửa đổi, bổ sung Nghị định về quản lý nợ công, trình Chính phủ.

Thời gian hoàn thành: trong quý II năm 2031.
"""
    notice = parse_notice(HEAD + body + _END)
    assert [(t.lead, str(t.deadline)) for t in notice.tasks] == [(("Bộ Tài chính",), "2031-06-30")]
