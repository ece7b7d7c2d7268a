"""Round 26 (scanmeta): metadata a scan or a legacy file holds but the header and signature
readers dropped.

1. A signer's post whose tones OCR damaged ("BỘ TRƯỜNG", "CHU TỊCH", "CHANH VAN PHONG",
   "HIEU TRƯỜNG"): the block had no title line, so its name was never looked for. A school's
   seal ("TRƯỜNG ĐẠI HỌC …") or "MÔI TRƯỜNG" is no post.
2. A web page's header and signature tables pasted as one Markdown row each, their cells' lines
   broken by "<br>": the number, date and signer sat inside one long line. A task table with
   <br> in its cells keeps its row.
Documents invented, in the shape of the spent splits' scans and legacy .txt files.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.br_cells import unbroken_rows
from tests.unit.notices.test_round25_scans import _HEAD

_LETTER_HEAD = (
    "| SỞ Y TẾ TỈNH LONG AN<br><br>Số: 812 /SYT-NVY<br>V/v tăng cường phòng chống sốt xuất "
    "huyết | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br><br>"
    "Long An, ngày 09 tháng 3 năm 2022 |\n|---|---|\n\n"
    "Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố.\n\n"
    "Sở Y tế đề nghị Trung tâm Y tế các huyện tổ chức phun hóa chất diệt muỗi tại các ổ dịch, "
    "hoàn thành trước ngày 30/3/2022.\n\n"
)
_LETTER_SIGNATURE = (
    "| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT, NVY. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM "
    "ĐỐC**<br><br><br>**Trương Văn Lộc** |\n|---|---|\n"
)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("BỘ TRƯỜNG", "Vũ Huy Hoàng"),  # TRƯỞNG read with the grave tone
        ("CHU TỊCH", "Lê Văn Bình"),  # the hook above lost
        ("CHANH VAN PHONG", "Đỗ Thị Hạnh"),  # every tone lost
        ("HIEU TRƯỜNG", "Phạm Minh Tâm"),
        ("CỤC TRƯỜNG :", "Ngô Quang Vinh"),  # with a speck after it
    ],
)
def test_a_post_with_damaged_tones_still_heads_the_signature(title: str, name: str) -> None:
    closing = (
        f"Nơi nhận:\t{title}\n- Như trên;\t/ bội `\n- Lưu: VT, PC.\tLà tự\n"
        f"- Vụ Pháp chế;\t{name}\n"
    )
    assert parse_notice(_HEAD + closing).signer == name


def test_a_schools_seal_is_no_post() -> None:
    closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỜNG ĐẠI HỌC TÂY ĐÔ\n\nTrần Văn Hòa\n"
    assert parse_notice(_HEAD + closing).signer_title is None


def test_a_well_read_title_is_unchanged() -> None:
    closing = "Nơi nhận:\tKT. BỘ TRƯỞNG\n- Như trên;\tTHỨ TRƯỞNG\n- Lưu: VT.\n\nLê Minh Hoan\n"
    notice = parse_notice(_HEAD + closing)
    assert (notice.signer, notice.signer_title) == ("Lê Minh Hoan", "KT. BỘ TRƯỞNG THỨ TRƯỞNG")


def test_a_header_row_broken_by_br_gives_number_and_date() -> None:
    notice = parse_notice(_LETTER_HEAD + _LETTER_SIGNATURE)
    assert notice.doc_number == "812/SYT-NVY"
    assert str(notice.issued_date) == "2022-03-09"
    assert notice.signer == "Trương Văn Lộc"
    assert len(notice.tasks) == 1


def test_a_task_table_with_br_keeps_its_row() -> None:
    table = (
        "| Nội dung<br>công việc | Thời gian<br>hoàn thành |\n|---|---|\n"
        "| Rà soát<br>hồ sơ | Tháng 4/2022 |\n\n"
    )
    rows = table.splitlines()
    assert unbroken_rows(rows) == rows
    notice = parse_notice(_LETTER_HEAD + table + _LETTER_SIGNATURE)
    assert notice.doc_number == "812/SYT-NVY"
