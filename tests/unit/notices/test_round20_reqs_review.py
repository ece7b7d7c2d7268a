"""Round 20 (reqs), review fixes: a requirements heading in capitals names nobody, "giao" asks
only as a verb (not "Giao thông"), and an ask inside a cited sentence ("Thực hiện Công văn … của
Bộ Nội vụ yêu cầu …, Văn phòng UBND tỉnh thông tin …") is not the intro's own ask. Documents
invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from tests.unit.notices.test_round20_reqs import _LETTER


def test_capital_requirements_heading_names_nobody() -> None:
    intro = "UBND tỉnh yêu cầu các sở, ngành thực hiện một số nội dung sau:"
    body = (
        "I. YÊU CẦU CHUNG\n\n1. Rà soát danh mục tài sản cần mua sắm trong năm.\n\n"
        "2. Công khai kế hoạch mua sắm."
    )
    tasks = parse_notice(_LETTER.format(intro=intro, body=body)).tasks
    review = next(t for t in tasks if t.text.startswith("Rà soát danh mục"))
    assert "CHUNG" not in review.lead
    assert any("các sở, ngành" in name for name in review.lead)


_GENERAL = """1. Yêu cầu chung:

- Rà soát toàn bộ hệ thống biển báo trên các tuyến đường tỉnh.

- Sửa chữa các biển báo hư hỏng trong tháng 12/2026."""


def test_giao_thong_in_the_issuer_name_asks_nobody() -> None:
    intro = "Sở Giao thông vận tải thông báo kết quả kiểm tra như sau:"
    texts = [t.text for t in parse_notice(_LETTER.format(intro=intro, body=_GENERAL)).tasks]
    assert not any(t.startswith("Rà soát toàn bộ hệ thống biển báo") for t in texts)


def test_ask_in_a_cited_sentence_is_not_the_intro_ask() -> None:
    intro = (
        "Thực hiện Công văn số 100/BNV ngày 1/3/2025 của Bộ Nội vụ yêu cầu báo cáo kết quả cải "
        "cách hành chính, Văn phòng UBND tỉnh thông tin đến các cơ quan nội dung như sau:"
    )
    texts = [t.text for t in parse_notice(_LETTER.format(intro=intro, body=_GENERAL)).tasks]
    assert not any(t.startswith("Rà soát toàn bộ hệ thống biển báo") for t in texts)


def test_main_clause_ask_after_a_citation_still_asks() -> None:
    intro = (
        "Thực hiện Công văn số 100/BNV ngày 1/3/2025 của Bộ Nội vụ, UBND tỉnh yêu cầu các sở, "
        "ngành thực hiện một số nội dung sau:"
    )
    texts = [t.text for t in parse_notice(_LETTER.format(intro=intro, body=_GENERAL)).tasks]
    assert any(t.startswith("Rà soát toàn bộ hệ thống biển báo") for t in texts)
