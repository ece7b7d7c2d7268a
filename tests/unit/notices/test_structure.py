"""Body boundaries and the item tree: refs, headings, continuation paragraphs, closing text."""

from __future__ import annotations

import pytest

from notices.body import split_body
from notices.markers import MarkerKind, find_marker
from notices.structure import build_items, is_closing, walk


@pytest.mark.parametrize(
    ("paragraph", "kind", "label"),
    [
        ("I. ĐÁNH GIÁ CHUNG", MarkerKind.SECTION, "I"),
        ("IV. Tổ chức thực hiện", MarkerKind.SECTION, "IV"),
        ("1. Giao Sở Nội vụ", MarkerKind.NUMBER, "1"),
        ("2.1. Đối với các cơ quan", MarkerKind.NUMBER, "2.1"),
        ("1.2 Phòng Tài chính", MarkerKind.NUMBER, "1.2"),
        ("a) Tiêu chí 3.2", MarkerKind.LETTER, "a"),
        ("đ) Tiêu chí 7.6", MarkerKind.LETTER, "đ"),
        ("(3) Công tác kiểm soát", MarkerKind.PAREN, "(3)"),
        ("3) Công tác kiểm soát", MarkerKind.PAREN, "3)"),
        ("- Các cơ quan chuyên môn", MarkerKind.BULLET, "-"),
        ("+ Rà soát", MarkerKind.BULLET, "+"),
        ("• Rà soát", MarkerKind.BULLET, "•"),
    ],
)
def test_markers(paragraph: str, kind: MarkerKind, label: str) -> None:
    marker = find_marker(paragraph)
    assert marker is not None and (marker.kind, marker.label) == (kind, label)


@pytest.mark.parametrize(
    "paragraph", ["2024 là năm bản lề", "1.5 tỷ đồng", "Trên đây là", "(Gửi kèm phụ lục)"]
)
def test_not_markers(paragraph: str) -> None:
    assert find_marker(paragraph) is None


def test_tree_refs_follow_the_numbering() -> None:
    body = [
        "Mở đầu không đánh số.",
        "I. ĐÁNH GIÁ",
        "1. Nhận xét.",
        "II. NHIỆM VỤ",
        "1. Sở Y tế",
        "a) Rà soát.",
        "- Ý thứ nhất.",
        "- Ý thứ hai.",
        "Đoạn tiếp theo của ý thứ hai.",
        "b) Kiểm tra.",
        "1.1. Tiểu mục.",
        "(1) Điểm một.",
        "2. Sở Tài chính.",
        "Trên đây là Thông báo kết luận./.",
    ]
    preamble, items = build_items(body)
    assert preamble == ["Mở đầu không đánh số."]
    refs = [item.ref for item in walk(items)]
    assert refs == [
        "I", "I.1", "II", "II.1", "II.1.a", "II.1.a.-1", "II.1.a.-2", "II.1.b", "II.1.1",
        "II.1.1.(1)", "II.2",
    ]  # fmt: skip
    second_bullet = walk(items)[6]
    assert second_bullet.paragraphs == ["Ý thứ hai.", "Đoạn tiếp theo của ý thứ hai."]
    assert walk(items)[3].is_heading  # "1. Sở Y tế" with sub-items
    assert not walk(items)[-1].is_heading


def test_body_runs_from_the_intro_to_the_receivers() -> None:
    paragraphs = [
        "THÔNG BÁO",
        "Ngày 07/3/2024, Chủ tịch UBND huyện kết luận như sau: 1. Giao Phòng Nội vụ thực hiện.",
        "2. Giao Phòng Tư pháp thực hiện.",
        "Nơi nhận:",
        "- Lưu: VT.",
    ]
    front, body = split_body(paragraphs)
    assert front[-1].endswith("như sau:")
    assert body == ["1. Giao Phòng Nội vụ thực hiện.", "2. Giao Phòng Tư pháp thực hiện."]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Trên đây là Thông báo kết luận của Chủ tịch UBND huyện./.",
        "Thừa lệnh Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh thông báo để các cơ quan biết./.",
        "(Gửi kèm trên Hệ thống iOffice Phụ lục đánh giá chỉ số CCHC).",
        "UBND huyện thông báo và yêu cầu Thủ trưởng các cơ quan nghiêm túc thực hiện./.",
        "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
    ],
)
def test_closing_boilerplate(paragraph: str) -> None:
    assert is_closing(paragraph)


def test_a_numbered_last_item_is_not_closing() -> None:
    assert not is_closing("5. Sở Nội vụ định kỳ báo cáo Ban Chỉ đạo./.")


def test_plus_bullets_nest_under_dash_bullets() -> None:
    lines = ["1. Sở Y tế:", "- Rà soát:", "+ cơ sở công lập;", "+ cơ sở tư nhân.", "- Báo cáo."]
    _, items = build_items(lines)
    assert [item.ref for item in walk(items)] == ["1", "1.-1", "1.-1.+1", "1.-1.+2", "1.-2"]
