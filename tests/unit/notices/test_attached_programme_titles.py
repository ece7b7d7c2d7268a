"""A Government resolution that issues an action programme is signed before the programme; the
programme's items are the work. Its name may be set in sentence case, or its title may run
over several short lines before "(Kèm theo Nghị quyết …)"; either way the programme is read."""

from __future__ import annotations

from datetime import date

from notices import parse_notice

RESOLUTION = """CHÍNH PHỦ
Số: 48/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 5 năm 2027
NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ về an ninh nguồn nước
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ;
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động về an ninh nguồn nước.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký.
Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị quyết này.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Lê Văn Bình

CHÍNH PHỦ
{title}
I. MỤC TIÊU
Bảo đảm nước sạch cho người dân vùng khô hạn.
II. NHIỆM VỤ, GIẢI PHÁP
Các bộ, ngành, địa phương tập trung thực hiện các nhiệm vụ sau:
1. Kiểm kê các nguồn nước mặt trên địa bàn, xong trong quý III năm 2027.
2. Xây dựng hồ chứa nước ngọt dự phòng cho mùa khô.
III. TỔ CHỨC THỰC HIỆN
Bộ Nông nghiệp và Môi trường theo dõi, báo cáo Chính phủ trước ngày 15/12/2027.
"""

NOTE = "(Kèm theo Nghị quyết số 48/NQ-CP ngày 14 tháng 5 năm 2027 của Chính phủ)"


def _tasks(title: str) -> list[tuple[tuple[str, ...], date | None]]:
    notice = parse_notice(RESOLUTION.format(title=title))
    return [(t.lead, t.deadline) for t in notice.tasks]


EXPECTED = [
    (("Các bộ, ngành, địa phương",), date(2027, 9, 30)),
    (("Các bộ, ngành, địa phương",), None),
    (("Bộ Nông nghiệp và Môi trường",), date(2027, 12, 15)),
]


def test_a_programme_named_in_sentence_case_is_read() -> None:
    title = f"Chương trình hành động của Chính phủ về an ninh nguồn nước\n{NOTE}"
    assert _tasks(title) == EXPECTED


def test_a_programme_whose_title_runs_over_many_short_lines_is_read() -> None:
    title = "\n\n".join(
        [
            "CHƯƠNG TRÌNH HÀNH ĐỘNG",
            "CỦA CHÍNH PHỦ VỀ BẢO ĐẢM AN NINH NGUỒN NƯỚC",
            "VÀ AN TOÀN ĐẬP, HỒ CHỨA NƯỚC",
            "GIAI ĐOẠN 2027 - 2030",
            "TẦM NHÌN ĐẾN NĂM 2045",
            NOTE,
        ]
    )
    assert _tasks(title) == EXPECTED


def test_the_short_title_still_reads_as_before() -> None:
    title = f"CHƯƠNG TRÌNH HÀNH ĐỘNG\nVề an ninh nguồn nước\n{NOTE}"
    assert _tasks(title) == EXPECTED


def test_a_note_far_below_sentences_is_not_the_programmes() -> None:
    """The sentences after the name are content: the name opens no attached document."""
    title = "\n".join(
        [
            "Kế hoạch năm trước đã được tổng kết.",
            "Các địa phương đã báo cáo kết quả.",
            "Nhiều công trình đã hoàn thành.",
            "Một số hồ chứa còn chậm tiến độ.",
            "Nguồn vốn còn thiếu.",
            NOTE,
        ]
    )
    assert _tasks(title) == []


def test_the_signer_above_a_long_attached_programme_is_found() -> None:
    """No "Nơi nhận" (a gazette's text): the resolution's own signature, above the programme,
    is the signature even when the programme is most of the text."""
    points = "\n".join(
        f"{n}. Rà soát danh mục công trình thủy lợi nhóm {n}." for n in range(3, 60)
    )
    text = RESOLUTION.format(title=f"CHƯƠNG TRÌNH HÀNH ĐỘNG\n{NOTE}").replace(
        "III. TỔ CHỨC THỰC HIỆN", f"{points}\nIII. TỔ CHỨC THỰC HIỆN"
    )
    notice = parse_notice(text)
    assert notice.signer == "Lê Văn Bình"
    assert len(notice.tasks) == 60
