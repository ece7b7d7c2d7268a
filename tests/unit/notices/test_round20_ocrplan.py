"""Round 20 (ocrplan): a decision that issues a plan, read from OCR text — the attached plan's name
with lost or wrong marks ("KE HOẠCH"), its section headings likewise ("II. TO CHỨC THỰC HIEN",
"I. MUC ĐICH, YEU CAU"), point letters OCR bent ("_d)", "ø)") and the closing article's "Quyết
định nàý./."."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.heading_words import repair_headings
from notices.markers import MarkerKind, find_marker
from notices.readers.legacy import repair_text

_DECISION = """THỦ TƯỚNG CHÍNH PHỦ
Số: 91/QĐ-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện Quy hoạch mạng lưới thư viện

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Quy hoạch mạng lưới thư viện.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh và các đơn vị liên quan chịu trách \
nhiệm thi hành Quyết định {this}./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KGVX.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Văn Bình

{name}
{title}
(Kèm theo Quyết định số 91/QĐ-TTg ngày 12 tháng 3 năm 2026 của Thủ tướng Chính phủ)

{aims}

1. {aim}

a) Bộ Văn hóa, Thể thao và Du lịch tổ chức quán triệt nội dung quy hoạch tới các địa phương.

{tasks}

1. Bộ Văn hóa, Thể thao và Du lịch

a) Hướng dẫn các địa phương rà soát mạng lưới thư viện công cộng.

b) Tổng hợp kết quả thực hiện, báo cáo Thủ tướng Chính phủ.

2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

a) Bố trí kinh phí duy trì thư viện cấp tỉnh.

{d}) Chỉ đạo thư viện cấp tỉnh số hóa tài liệu địa chí.

{g}) Phối hợp với Bộ Văn hóa, Thể thao và Du lịch đào tạo người làm thư viện.
"""
_TYPED = {
    "this": "này",
    "name": "KẾ HOẠCH",
    "title": "Thực hiện Quy hoạch mạng lưới thư viện",
    "aims": "I. MỤC ĐÍCH, YÊU CẦU",
    "aim": "Mục đích",
    "tasks": "II. TỔ CHỨC THỰC HIỆN",
    "d": "b",
    "g": "c",
}
_SCANNED = {
    "this": "nàý",
    "name": "KE HOẠCH",
    "title": "Thực hiện Quy hoạch mạng lưới thư viện",
    "aims": "I. MUC ĐICH, YEU CAU",
    "aim": "Muc đich",
    "tasks": "II. TO CHỨC THỰC HIEN",
    "d": "_b",
    "g": "ø",
}
_TASKS = [
    ("Hướng dẫn các địa phương", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Tổng hợp kết quả thực hiện", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Bố trí kinh phí", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
    ("Chỉ đạo thư viện cấp tỉnh", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
    ("Phối hợp với Bộ Văn hóa", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
]


def _tasks(**changes: str) -> list[tuple[str, tuple[str, ...]]]:
    notice = parse_notice(_DECISION.format(**{**_SCANNED, **changes}))
    return [(t.text, t.lead) for t in notice.tasks]


def _assert_plan_read(found: list[tuple[str, tuple[str, ...]]]) -> None:
    assert len(found) == len(_TASKS), [text[:40] for text, _ in found]
    for (text, lead), (start, body) in zip(found, _TASKS, strict=True):
        assert text.startswith(start)
        assert lead == (body,)


def test_typed_decision_reads_its_attached_plan() -> None:
    _assert_plan_read(_tasks(**_TYPED))


def test_scanned_decision_reads_its_attached_plan_as_the_typed_one() -> None:
    # the attached name, its sections, two point letters and "này" all bent by the OCR
    _assert_plan_read(_tasks())


@pytest.mark.parametrize("name", ["KE HOẠCH", "KÉ HOẠCH", "KỂ HOẠCH", "KE HOACH"])
def test_attached_plan_name_with_any_marks(name: str) -> None:
    _assert_plan_read(_tasks(name=name))


def test_attached_plan_name_joined_to_its_title() -> None:
    # a PDF reader may set the name in capitals and the title's first line on one line
    _assert_plan_read(_tasks(name="KE HOẠCH Thực hiện Quy hoạch mạng lưới thư viện", title=""))


def test_descriptive_section_with_lost_marks_assigns_nothing() -> None:
    # "I. MUC ĐICH, YEU CAU" / "1. Muc đich": the plan's purpose, however the scan spelt it
    texts = [text for text, _ in _tasks(**{**_TYPED, "aims": _SCANNED["aims"], "aim": "Muc đich"})]
    assert not any(text.startswith("Bộ Văn hóa, Thể thao và Du lịch tổ chức") for text in texts)


def test_closing_article_with_a_bent_this_is_no_task() -> None:
    texts = [text for text, _ in _tasks(**{**_TYPED, "this": "nàý"})]
    assert not any("chịu trách nhiệm thi hành" in text for text in texts)


# --- the repair is for headings only -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("II. TO CHỨC THỰC HIEN", "II. TỔ CHỨC THỰC HIỆN"),
        ("I. MỤC TIỂU, YEU CAU", "I. MỤC TIÊU, YÊU CẦU"),
        ("III. NỘI DUNG KE HOẠCH", "III. NỘI DUNG KẾ HOẠCH"),
        ("1. Muc tiéu", "1. Mục tiêu"),
        ("2. Yêu cau:", "2. Yêu cầu:"),
        ("4. To chuc thuc hien", "4. Tổ chức thực hiện"),
        ("(Kém theo Quyết định số 12/QĐ-UBND)", "(Kèm theo Quyết định số 12/QĐ-UBND)"),
    ],
)
def test_heading_words_repaired(line: str, repaired: str) -> None:
    assert repair_headings([line]) == [repaired]


@pytest.mark.parametrize(
    "line",
    [
        # a heading word inside a sentence stays as read
        "Các sở, ngành to chuc thuc hien nhiệm vụ được giao.",
        "1. Muc tieu cua ke hoach la nâng cao chất lượng phục vụ.",
        "Sở Nội vụ xây dựng ke hoach cải cách hành chính năm 2026.",
        # a capitalised run of a sentence holds no heading word
        "UBND tỉnh giao Sở Tài chính bố trí kinh phí.",
        # a long paragraph in capitals is no heading
        "CÁC SỞ, BAN, NGÀNH VÀ ỦY BAN NHÂN DÂN CÁC HUYỆN KHẨN TRƯƠNG TO CHUC THUC HIEN "
        "CÁC NHIỆM VỤ ĐƯỢC GIAO TẠI VĂN BẢN NÀY VÀ BÁO CÁO KẾT QUẢ",
        # typed right already
        "III. TỔ CHỨC THỰC HIỆN",
    ],
)
def test_sentences_and_typed_headings_unchanged(line: str) -> None:
    assert repair_headings([line]) == [line]


# --- point letters OCR bent ----------------------------------------------------------------------


def test_bent_point_letters_open_points() -> None:
    speck = find_marker("_d) Căn cứ định hướng của quy hoạch, xây dựng kế hoạch.")
    odd = find_marker("ø) Phối hợp triển khai các dự án.")
    assert speck is not None and speck.kind is MarkerKind.LETTER and speck.label == "d"
    assert odd is not None and odd.kind is MarkerKind.LETTER


@pytest.mark.parametrize(
    "paragraph",
    [
        "ø) phối hợp triển khai",  # no capital after it
        "Ø) Phối hợp",  # a capital is no point letter
        "_ Phối hợp triển khai",
    ],
)
def test_other_marks_open_no_point(paragraph: str) -> None:
    found = find_marker(paragraph)
    assert found is None or found.kind is not MarkerKind.LETTER


def test_unicode_line_with_one_odd_letter_is_not_read_as_a_legacy_font() -> None:
    line = "ø) Phối hợp triển khai các chương trình, dự án trên địa bàn."
    assert repair_text(line) == line


def test_legacy_font_line_still_converted() -> None:
    # TCVN3 bytes read as Latin-1: "Sè" → "Số", "c¸c" → "các"
    assert repair_text("Sè 12, c¸c c¬ quan") != "Sè 12, c¸c c¬ quan"
