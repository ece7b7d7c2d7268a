"""Round 19 (ocr) review: osd on a small copy of the page, bullets kept in the margin, quote
marks kept before a quoted clause, comma item numbers only inside a list, dots not a dash,
capital section labels kept, an osd tool that fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from notices.readers import ocr, ocr_restore, photo
from notices.readers.ocr_repair import repair_lines
from tests.unit.notices.test_round19_ocr import _last_lines, _page, _row, _words


def test_osd_reads_a_small_copy_of_a_full_size_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    seen: list[tuple[int, int]] = []

    def fake_orientation(image: Any, tesseract: str) -> tuple[int, float]:
        seen.append(image.size)
        return 0, 5.0

    monkeypatch.setattr(photo, "marks_above", lambda ink: 0.9)  # no clear marks: osd is asked
    monkeypatch.setattr(photo, "orientation", fake_orientation)
    page = Image.new("L", (2480, 3508), 255)  # A4 at 300 dpi
    assert ocr.upright_scan(page, tesseract="tesseract") is page
    assert seen and max(seen[0]) <= 1600


def test_a_failing_osd_tool_leaves_the_page_as_it_is(tmp_path: Path) -> None:
    from PIL import Image

    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    page = Image.new("L", (600, 800), 255)
    assert ocr.upright_scan(page, tesseract=str(fake)) is page


def test_an_unsavable_page_asks_no_osd(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    def broken_save(*args: Any, **kwargs: Any) -> None:
        raise OSError("disk full")

    page = Image.new("L", (600, 800), 255)
    monkeypatch.setattr(Image.Image, "save", broken_save)
    assert photo.orientation(page, "tesseract") is None


@pytest.mark.parametrize("bullet", ["*", "▪", "○", "•", "+"])
def test_a_speck_like_bullet_before_a_tab_is_kept(bullet: str) -> None:
    tsv = _page([_row(4, 200, 12, 13, bullet, top=5), *_words(4, 290, "Nhiệm vụ")])
    (line,) = _last_lines(tsv, 1)
    assert line.startswith(bullet)
    assert line.endswith("Nhiệm vụ")


def test_a_dot_leader_is_not_a_dash() -> None:
    tsv = _page([_row(4, 320, 14, 4, "...", top=30), *_words(4, 340, "Sở Tài chính")])
    (line,) = _last_lines(tsv, 1)
    assert not line.startswith("-")


@pytest.mark.parametrize("label", ["A.", "B.", "Đ."])
def test_a_capital_section_label_in_the_margin_is_kept(label: str) -> None:
    tsv = _page([_row(4, 60, 30, 40, label), *_words(4, 200, "Nhiệm vụ trọng tâm")])
    assert _last_lines(tsv, 1) == [f"{label}\tNhiệm vụ trọng tâm"]


@pytest.mark.parametrize(
    "quoted",
    [
        '"1. Chủ tịch UBND tỉnh chịu trách nhiệm chỉ đạo"',
        "'a) Thời hạn hoàn thành là ngày 30'",
        '"2, Sở Nội vụ',
    ],
)
def test_quote_marks_before_a_quoted_clause_stay(quoted: str) -> None:
    assert ocr_restore.repair_opening(quoted) == quoted


@pytest.mark.parametrize(
    "read",
    [
        "Căn cứ quy định tại khoản 1 Điều 5;\n1, Khoản 2 Điều 6 được sửa đổi.",
        "Địa điểm:\n12, Lê Lợi, TP. Huế",
        "Số lượng:\n12, Trong đó nữ 5 người.",
        "Các điểm 1, 2 và 3.\n4, Đà Nẵng tham dự.",
        "1. Rà soát hồ sơ.\n2, Điều 4 được bãi bỏ.",
    ],
)
def test_a_comma_number_outside_a_list_stays(read: str) -> None:
    assert repair_lines(read) == read


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (
            "4. Sở Tài chính bố trí kinh phí.\n5, Giám đốc Sở Y tế chịu",
            "4. Sở Tài chính bố trí kinh phí.\n5. Giám đốc Sở Y tế chịu",
        ),
        (
            "I. MỤC ĐÍCH\n1,Phát huy kết quả đạt được;\n2. Bảo đảm tiến độ.",
            "I. MỤC ĐÍCH\n1. Phát huy kết quả đạt được;\n2. Bảo đảm tiến độ.",
        ),
        (
            "3, Thường xuyên theo dõi;\n4, Báo cáo kết quả.",
            "3. Thường xuyên theo dõi;\n4. Báo cáo kết quả.",
        ),
    ],
)
def test_a_comma_number_inside_a_list_is_an_item(read: str, meant: str) -> None:
    assert repair_lines(read) == meant


def test_a_comma_number_whose_list_goes_on_over_the_page() -> None:
    from notices.readers.ocr_repair import comma_items

    pages = ["7. Sở Y tế chủ trì.\nthực hiện.", "8, Sở Nội vụ phối hợp.\nbáo cáo."]
    assert comma_items(pages) == [pages[0], "8. Sở Nội vụ phối hợp.\nbáo cáo."]
