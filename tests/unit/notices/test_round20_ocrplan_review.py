"""Round 20 (ocrplan) review: a TCVN3 line with one word typed in Unicode is still a TCVN3 line,
and the heading-word repair leaves words that are other words ("PHƯỜNG AN PHÚ", "PHAN CÔNG
MINH", "MỨC TIÊU THỤ") and the lines that are no section headings (issuer, signature) alone."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from notices import parse_notice
from notices.heading_words import repair_headings
from notices.readers import decode_document
from notices.readers.legacy import repair_text

BUILDER = Path(__file__).resolve().parents[2] / "notice_corpus" / "make_derived.py"


def _to_tcvn3(text: str) -> str:
    """`text` as a TCVN3 file's characters (the corpus builder's converter)."""
    spec = importlib.util.spec_from_file_location("make_derived_for_review", BUILDER)
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data: bytes = module.to_tcvn3(text)
    return data.decode("cp1252")


_HEAD = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Số: 15/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 10 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc
"""
_ITEMS = [
    "1. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát kinh phí, báo cáo trước ngày "
    "15/4/2026.",
    None,  # the line with a word typed in Unicode
    "3. Sở Nội vụ tổng hợp, báo cáo trước ngày 20/4/2026.",
    "4. Sở Y tế kiểm tra an toàn thực phẩm tại các trường học, báo cáo trước ngày 25/4/2026.",
    "5. Sở Giáo dục và Đào tạo chỉ đạo các trường tổ chức tuyên truyền, báo cáo trước ngày "
    "28/4/2026.",
    "6. Công an tỉnh bảo đảm an ninh trật tự trong dịp lễ, báo cáo trước ngày 30/4/2026.",
    "7. Sở Công Thương kiểm tra thị trường, giá cả hàng hóa trong dịp lễ, báo cáo trước ngày "
    "5/5/2026.",
]
_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
_MIXED = (
    _to_tcvn3("2. UBND huyện ")
    + "Mường Khương"
    + _to_tcvn3(" hoàn thành giải phóng mặt bằng, báo cáo trước ngày 30/4/2026.")
)


def _mixed_file(items: int) -> bytes:
    lines = [_to_tcvn3(line) for line in _HEAD.split("\n")]
    lines += [_MIXED if item is None else _to_tcvn3(item) for item in _ITEMS[:items]]
    lines += [_to_tcvn3(line) for line in _TAIL.split("\n")]
    return "\n".join(lines).encode("utf-8")


@pytest.mark.parametrize("items", [7, 3])
def test_tcvn3_line_with_a_unicode_word_is_converted(items: int) -> None:
    notice = parse_notice(decode_document(_mixed_file(items), "thong-bao.txt"))
    found = [t for t in notice.tasks if "Mường Khương" in t.text]
    assert len(notice.tasks) == items
    assert len(found) == 1
    assert found[0].text.startswith("UBND huyện Mường Khương hoàn thành giải phóng mặt bằng")
    assert found[0].deadline is not None and found[0].deadline.isoformat() == "2026-04-30"


def test_the_mixed_line_alone_is_converted() -> None:
    assert repair_text(_MIXED) == (
        "2. UBND huyện Mường Khương hoàn thành giải phóng mặt bằng, báo cáo trước ngày 30/4/2026."
    )


def test_unicode_line_with_one_odd_letter_stays_unicode() -> None:
    line = (
        "ø) Phối hợp triển khai các chương trình, dự á án trên địa bàn đảm bảo phù hợp với "
        "phương án phân bỗ và khoanh vùng đất đai trong Quy hoạch tinh."
    )
    assert repair_text(line) == line


# --- words that are other words ------------------------------------------------------------------

_NOTICE = """ỦY BAN NHÂN DÂN QUẬN 2
Số: 15/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quận 2, ngày 10 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND quận tại cuộc họp giao ban

{body}
Nơi nhận:
- Như trên;
- Lưu: VT.
{signature}"""


def _leads(body: str) -> list[tuple[str, ...]]:
    return [t.lead for t in parse_notice(_NOTICE.format(body=body, signature="")).tasks]


def test_ward_an_phu_is_no_plan() -> None:
    body = (
        "1. UBND PHƯỜNG AN PHÚ: khẩn trương hoàn thành bồi thường, giải phóng mặt bằng trước "
        "ngày 30/4/2026.\n"
        "2. UBND PHƯỜNG AN KHÁNH: rà soát các hộ dân chưa nhận tiền bồi thường, báo cáo trước "
        "ngày 15/4/2026.\n"
    )
    assert _leads(body) == [("UBND phường An Phú",), ("UBND phường An Khánh",)]


def test_ward_an_lac_in_a_dash_item_is_no_plan() -> None:
    body = (
        "- UBND PHƯỜNG AN PHÚ khẩn trương hoàn thành bồi thường trước ngày 30/4/2026.\n"
        "- UBND PHƯỜNG AN LẠC rà soát các hộ dân, báo cáo trước ngày 15/4/2026.\n"
    )
    assert _leads(body) == [("UBND phường An Phú",), ("UBND phường An Lạc",)]


@pytest.mark.parametrize(
    ("signature", "signer"),
    [
        (
            "TM. ỦY BAN NHÂN DÂN PHƯỜNG AN PHÚ\nCHỦ TỊCH\n\nNGUYỄN THỊ PHƯƠNG AN",
            "Nguyễn Thị Phương An",
        ),
        ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPHAN CÔNG MINH", "Phan Công Minh"),
    ],
)
def test_signer_names_are_left_as_typed(signature: str, signer: str) -> None:
    body = "1. Công an phường rà soát, báo cáo trước ngày 15/4/2026.\n"
    notice = parse_notice(_NOTICE.format(body=body, signature=f"\n{signature}\n"))
    assert notice.signer == signer


@pytest.mark.parametrize(
    "line",
    [
        "TM. ỦY BAN NHÂN DÂN PHƯỜNG AN PHÚ",
        "NGUYỄN THỊ PHƯƠNG AN",
        "PHAN CÔNG MINH",
        "UBND PHƯỜNG AN PHÚ",
        "1. UBND PHƯỜNG AN PHÚ: khẩn trương hoàn thành bồi thường.",
        "- UBND PHƯỜNG AN LẠC rà soát các hộ dân.",
        "II. PHẦN CÔNG VIỆC ĐÃ HOÀN THÀNH",
        "1. MỨC TIÊU THỤ ĐIỆN: Công ty Điện lực quận theo dõi, báo cáo.",
        "KT. GIÁM ĐỐC SỞ KE HOACH VA ĐẦU TƯ",
        "SỞ KÊ HOẠCH VÀ ĐẦU TƯ",
    ],
)
def test_other_words_and_non_headings_unchanged(line: str) -> None:
    assert repair_headings([line]) == [line]


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("KE HOẠCH", "KẾ HOẠCH"),
        ("KE HOẠCH Thực hiện Quy hoạch", "KẾ HOẠCH Thực hiện Quy hoạch"),
        ("MUC ĐICH, YEU CAU", "MỤC ĐÍCH, YÊU CẦU"),
        ("I. MỤC TIỂU, YEU CAU", "I. MỤC TIÊU, YÊU CẦU"),
        ("III. NỘI DUNG KE HOẠCH", "III. NỘI DUNG KẾ HOẠCH"),
        ("- Tô chức thực hiện:", "- Tổ chức thực hiện:"),
    ],
)
def test_section_headings_still_repaired(line: str, repaired: str) -> None:
    assert repair_headings([line]) == [repaired]
