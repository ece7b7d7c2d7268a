"""Round 27 (duties) review: the reviewer's findings on the duty-article rule.

Documents invented for these tests (the round-24 decree header + one article), modelled on the
corpus articles each test names.
"""

from __future__ import annotations

from tests.unit.notices.test_round24_articles import HEAD
from tests.unit.notices.test_round27_duties import _END, _leads

# ttg-911 Điều 26 / ttg-1605 Điều 31: the lead-in opens with its scope and names no subject
_MINISTERS = """
Điều 26. Trách nhiệm của Bộ trưởng các Bộ, ngành liên quan

Trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm:

1. Chỉ đạo đảm bảo an toàn công trình, kết cấu hạ tầng thuộc phạm vi quản lý.

2. Chỉ đạo các tổ chức trực thuộc thực hiện các quy định của Nghị định này.
"""


def test_a_scope_lead_in_names_no_holder_and_keeps_the_headings_body() -> None:
    """Finding 1: "Trong phạm vi …, quyền hạn của mình có trách nhiệm:" has no subject; the
    points stay the heading's body's (ttg-911/ttg-1605 labels: "Bộ trưởng các Bộ, ngành liên
    quan")."""
    leads = _leads(HEAD + _MINISTERS + _END)
    chi_dao = [v for k, v in leads.items() if k.startswith("Chỉ đạo")]
    assert len(chi_dao) == 2
    assert all(v == ("Bộ trưởng các Bộ, ngành liên quan",) for v in chi_dao)
