"""Round 13: the corpus builder keeps bullet items apart when it lays a source text out as a
Word file (`tests/notice_corpus/make_derived.py`), so a built .doc or scan holds the items its
text holds."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

BUILDER = Path(__file__).resolve().parents[2] / "notice_corpus" / "make_derived.py"


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_derived_under_test", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_markdown_bullets_and_plus_items_open_their_own_paragraphs() -> None:
    block = (
        "**a) Sở Tư pháp**\n"
        "*   Rà soát các văn bản quy phạm pháp luật của tỉnh.\n"
        "*   Tổng hợp kiến nghị của các xã,\n"
        "phường gửi về trước quý III.\n"
        "- Theo dõi việc thi hành:\n"
        "+ Hướng dẫn nghiệp vụ cho cấp xã.\n"
        "+ Báo cáo kết quả hằng quý."
    )
    assert _builder()._body_paragraphs(block) == [
        "a) Sở Tư pháp",
        "- Rà soát các văn bản quy phạm pháp luật của tỉnh.",
        "- Tổng hợp kiến nghị của các xã, phường gửi về trước quý III.",
        "- Theo dõi việc thi hành:",
        "+ Hướng dẫn nghiệp vụ cho cấp xã.",
        "+ Báo cáo kết quả hằng quý.",
    ]


def test_a_wrapped_line_starting_with_a_dash_or_plus_mid_sentence_is_joined() -> None:
    block = "Mức tăng dự kiến từ 5 đến\n+ 7 % so với năm trước, tính theo giá\n- cố định."
    assert _builder()._body_paragraphs(block) == [
        "Mức tăng dự kiến từ 5 đến + 7 % so với năm trước, tính theo giá - cố định."
    ]
