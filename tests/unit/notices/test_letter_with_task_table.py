"""A ministry's letter of direction (công văn) with its tasks in a table, from a real .docx."""

from __future__ import annotations

import io
from datetime import date

import docx

from notices import DeadlineKind, Recurrence, parse_notice
from notices.readers import decode_document


def letter() -> bytes:
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "BỘ NỘI VỤ\nSố: 1234/BNV-CCHC"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 03 tháng 4 năm 2025"
    document.add_paragraph("V/v triển khai nhiệm vụ cải cách hành chính năm 2025")
    document.add_paragraph("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.")
    document.add_paragraph(
        "Để triển khai có hiệu quả nhiệm vụ CCHC năm 2025, Bộ Nội vụ đề nghị Ủy ban nhân dân "
        "các tỉnh, thành phố thực hiện các nhiệm vụ sau:"
    )
    rows = [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Xây dựng kế hoạch CCHC năm 2026", "Sở Nội vụ", "Các sở, ngành", "Tháng 11/2025"],
        [
            "2",
            "Tự đánh giá chỉ số CCHC năm 2025",
            "Sở Nội vụ",
            "Văn phòng UBND tỉnh",
            "Trước ngày 15/01/2026",
        ],
        ["3", "Báo cáo CCHC định kỳ", "Sở Nội vụ", "", "Hằng quý"],
    ]
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Trân trọng./.")
    document.add_paragraph("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG")
    document.add_paragraph("Nguyễn Văn C")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_task_table_rows_become_tasks_and_the_closing_is_not_one() -> None:
    notice = parse_notice(decode_document(letter(), "cv.docx"))
    assert (notice.doc_number, notice.issued_date) == ("1234/BNV-CCHC", date(2025, 4, 3))
    assert notice.signer == "Nguyễn Văn C"
    first, second, third = notice.tasks
    assert first.lead == ("Sở Nội vụ",) and first.support == ("Các sở, ngành",)
    assert (first.deadline, first.deadline_kind) == (date(2025, 11, 30), DeadlineKind.PERIOD_END)
    assert (second.deadline, second.deadline_kind) == (date(2026, 1, 15), DeadlineKind.BEFORE_DATE)
    assert second.support == ("Văn phòng UBND tỉnh",)
    assert (third.deadline, third.recurrence) == (None, Recurrence.QUARTERLY)
    assert "Trân trọng" not in third.text
