"""Round 13 fixes to the TCVN3 capital restoration: text converted by a named .VnTime font gets
its capitals back too, an abbreviation's full stop ends no sentence, and the work is linear in
a line's length."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import reader_documents as docs

from notices.readers import decode_document, legacy


def test_a_docx_run_in_vntime_gets_its_lost_capitals() -> None:
    """.VnTime stores "Ủ" on the code of "ủ": the run is converted by its font before the
    document is repaired, and still opens an item and a sentence with a capital."""
    lines = [
        "3. ủy ban nhân dân các phường rà soát hồ sơ đất đai. ấp trưởng báo cáo kết quả.",
        "ổn định tổ chức bộ máy trước quý III.",
    ]
    data = docs.docx_bytes([[(legacy.to_tcvn3(line), ".VnTime")] for line in lines])
    text = decode_document(data, "giao-viec.docx")
    assert "3. Ủy ban nhân dân các phường rà soát hồ sơ đất đai. Ấp trưởng báo cáo" in text
    assert "Ổn định tổ chức bộ máy" in text


def test_a_unicode_run_keeps_its_small_letters() -> None:
    data = docs.docx_bytes([[("ấp Tân Hòa báo cáo. ủy quyền cho tổ trưởng.", "Times New Roman")]])
    text = decode_document(data, "giao-viec.docx")
    assert "ấp Tân Hòa báo cáo. ủy quyền cho tổ trưởng." in text


def _font_named(font: Path, name: str, folder: Path) -> Path:
    from fontTools.ttLib import TTFont

    renamed = TTFont(str(font))
    for record in renamed["name"].names:
        if record.nameID in (1, 4, 6, 16):
            record.string = name
    path = folder / f"{name}.ttf"
    renamed.save(str(path))
    return path


def test_a_pdf_word_in_vntime_gets_its_lost_capitals(font_path: Path, tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font(".VnTime", fname=str(_font_named(font_path, ".VnTime", tmp_path)))
    pdf.set_font(".VnTime", size=12)
    for line in (
        "Kết luận giao ban như sau:",
        "4. ủy ban nhân dân các thị trấn kiểm tra việc",
        "ứng phó với mưa bão trong tháng 9/2026.",
    ):
        pdf.cell(0, 7, legacy.to_tcvn3(line), new_x="LMARGIN", new_y="NEXT")
    text = decode_document(bytes(pdf.output()), "ket-luan.pdf")
    assert "4. Ủy ban nhân dân các thị trấn kiểm tra việc" in text
    assert "\nứng phó với mưa bão" in text  # a wrapped line goes on in lower case


def test_an_abbreviation_full_stop_ends_no_sentence() -> None:
    typed = (
        "Làm việc với UBND TP. ở phía nam, các xã v.v. ở vùng sâu; xem Phụ lục 2. ở cuối. "
        "ở đây giao Q. ủy viên theo dõi."
    )
    text = legacy.repair_text(legacy.to_tcvn3(typed))
    assert "UBND TP. ở phía nam" in text
    assert "v.v. ở vùng sâu" in text
    assert "Phụ lục 2. ở cuối. Ở đây" in text


def _opcodes(call: Any) -> int:
    """Python operations executed by `call()`: a measure of work that no machine speed sways."""
    count = 0

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        frame.f_trace_opcodes = True
        if event == "opcode":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


_SENTENCE = "ấp trưởng ở địa phương ủy quyền cho tổ ổn định tình hình, ý kiến ứng phó. "


def test_repairing_one_long_line_is_linear_work() -> None:
    """A TCVN3 file may be one line of tens of kilobytes: twice the line, twice the work."""
    small = legacy.to_tcvn3(_SENTENCE * 15)
    large = legacy.to_tcvn3(_SENTENCE * 30)
    work_small = _opcodes(lambda: legacy.repair_text(small))
    work_large = _opcodes(lambda: legacy.repair_text(large))
    assert work_large < 2.4 * work_small


class _Counting:
    """A pattern that adds up the length of every text it is matched against."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.chars = 0

    def fullmatch(self, text: str) -> re.Match[str] | None:
        self.chars += len(text)
        return self.pattern.fullmatch(text)

    def search(self, text: str) -> re.Match[str] | None:
        self.chars += len(text)
        return self.pattern.search(text)


def test_restoring_initials_looks_at_a_bounded_stretch_per_word(monkeypatch: Any) -> None:
    """Each word is judged on the few characters before it, not the whole line so far: a 40 KB
    line is matched against a bounded number of characters per word."""
    typed = legacy.to_tcvn3(_SENTENCE * 520)  # about 40 KB on one line
    patterns = {
        name: _Counting(getattr(legacy, name))
        for name in ("_ITEM_MARKER", "_OPENING", "_SENTENCE_END", "_ABBREVIATION_END")
    }
    for name, counting in patterns.items():
        monkeypatch.setattr(legacy, name, counting)
    text = legacy.repair_text(typed)
    assert text.startswith("Ấp trưởng ở địa phương ủy quyền")  # the opening capital
    assert "phó. Ấp trưởng" in text
    assert sum(p.chars for p in patterns.values()) < 100 * len(typed.split())
