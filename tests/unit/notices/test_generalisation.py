"""Whole notices written for these tests (not the samples): header blocks, sections, letters,
Party numbering, Government Office style, deadlines written every way, several leads a sentence.

Each case lists (ref, lead, support, directing, kind, deadline, phrase) as a reader would.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from notices import ParsedNotice, parse_notice

INVENTED = Path(__file__).resolve().parent / "invented"

Row = tuple[str, list[str], list[str], list[str], str, date | None, str | None]


def _rows(notice: ParsedNotice) -> list[Row]:
    return [
        (
            t.ref,
            list(t.lead),
            list(t.support),
            list(t.directing),
            t.deadline_kind.value,
            t.deadline,
            t.deadline_phrase,
        )
        for t in notice.tasks
    ]


def _parse(name: str) -> ParsedNotice:
    return parse_notice((INVENTED / name).read_text(encoding="utf-8"))


def test_province_notice_with_header_block_and_roman_sections() -> None:
    notice = _parse("tinh-bac-ninh-2026-header-sections.txt")
    assert (notice.doc_number, notice.doc_type, notice.issued_date, notice.place) == (
        "215/TB-UBND", "TB", date(2026, 8, 5), "Bắc Ninh",
    )  # fmt: skip
    assert (notice.issuer, notice.signer, notice.signer_title) == (
        "UBND tỉnh Bắc Ninh", "Lê Văn Cường", "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG",
    )  # fmt: skip
    assert _rows(notice) == [
        ("II.1", ["Sở Nội vụ"], ["Sở Tư pháp", "Văn phòng UBND tỉnh"], [], "before_date",
         date(2026, 8, 15), "trước ngày 15/8/2026"),
        ("II.2", ["Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường"], [], [],
         "on_date", date(2026, 9, 30), "chậm nhất đến ngày 30/9/2026"),
        ("II.3.a", ["UBND các xã, phường"], [], [], "ongoing", None, "Thường xuyên"),
        ("II.3.b", ["UBND các xã, phường"], [], [], "period_end", date(2026, 10, 31),
         "hoàn thành trong tháng 10 năm 2026"),
        ("II.3.c", ["UBND các xã, phường"], [], [], "recurring", None, "Định kỳ hằng quý"),
        ("II.4", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"], [], "none", None, None),
        ("II.4/2", ["Sở Tài chính"], [], [], "period_end", date(2026, 12, 31),
         "hoàn thành trong quý IV năm 2026"),
        ("II.5", ["Văn phòng UBND tỉnh"], [], [], "recurring", None,
         "trước ngày 31 tháng 12 hằng năm"),
        ("II.6", ["Phòng Cải cách hành chính thuộc Sở Nội vụ"], [], ["Trần Thị Bình"], "none",
         None, None),
    ]  # fmt: skip
    assert (
        notice.tasks[4].recurrence is not None and notice.tasks[4].recurrence.value == "quarterly"
    )


def test_letter_of_direction_with_merged_pdf_header_and_recipients() -> None:
    notice = _parse("cong-van-quang-ninh-2025-pdf-header.txt")
    assert (notice.doc_number, notice.doc_type, notice.issuer, notice.place) == (
        "4521/UBND-NC", "CV", "UBND tỉnh Quảng Ninh", "Quảng Ninh",
    )  # fmt: skip
    assert notice.title.startswith("V/v triển khai thực hiện Kế hoạch")
    assert notice.signer == "Nguyễn Văn Hùng"
    # "Yêu cầu các đơn vị …" means the recipients of "Kính gửi"; the closing exhortation is no task
    assert _rows(notice) == [
        ("đoạn 1", ["Các sở, ban, ngành thuộc UBND tỉnh", "UBND các huyện, thị xã, thành phố"], [],
         [], "before_date", date(2025, 3, 31), "trước ngày 31/3/2025"),
        ("đoạn 2", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"], [], "on_date", date(2025, 4, 15),
         "chậm nhất ngày 15/4/2025"),
        ("đoạn 3", ["Sở Thông tin và Truyền thông", "Sở Tư pháp"], [], [], "ongoing", None,
         "thường xuyên"),
    ]  # fmt: skip


def test_party_notice_with_party_number() -> None:
    notice = _parse("huyen-uy-2025-party-number.txt")
    assert (notice.doc_number, notice.doc_type, notice.issuer) == (
        "118-TB/HU", "TB", "Huyện ủy Thanh Miện",
    )  # fmt: skip
    assert _rows(notice) == [
        ("1", ["Đảng ủy các xã, thị trấn"], [], [], "before_date", date(2025, 6, 30),
         "trước ngày 30 tháng 6 năm 2025"),
        ("2", ["Văn phòng Huyện ủy"], ["Ban Tổ chức Huyện ủy", "Trung tâm Chính trị huyện"], [],
         "period_end", date(2025, 6, 30), "hoàn thành trong quý II/2025"),
        ("3", ["Ban Tuyên giáo Huyện ủy"], [], [], "recurring", None, "hằng tháng"),
        ("4", ["Ủy ban Mặt trận Tổ quốc", "các đoàn thể chính trị - xã hội huyện"], [], [], "none",
         None, None),
    ]  # fmt: skip


def test_government_office_notice_with_headed_lists() -> None:
    notice = _parse("vpcp-2025-sections-letters.txt")
    assert notice.issuer == "Văn phòng Chính phủ"
    rows = _rows(notice)
    assert [r[0] for r in rows] == [
        "II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.3", "II.4", "II.4/2",
    ]  # fmt: skip
    assert rows[0][1] == [
        "Các Bộ, cơ quan ngang Bộ",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    ]
    assert rows[2] == (
        "II.2.a", ["Bộ Công an"], ["Bộ Khoa học và Công nghệ"], [], "on_date",
        date(2025, 9, 30), "chậm nhất ngày 30/9/2025",
    )  # fmt: skip
    assert rows[3][4:6] == ("period_end", date(2025, 12, 31))
    assert rows[4][1] == ["Bộ Tài chính", "Bộ Tư pháp"] and rows[4][4] == "ongoing"
    # "Giao Phó Thủ tướng … trực tiếp chỉ đạo; Văn phòng Chính phủ theo dõi": the titled person
    # is given the directing, the Office its follow-up (round 12, K5)
    assert rows[5][1:4] == (["Phó Thủ tướng Chính phủ Nguyễn Hòa Bình"], [], ["Nguyễn Hòa Bình"])
    assert rows[6][1] == ["Văn phòng Chính phủ"]


def test_ministry_notice_with_departments_and_a_directing_deputy_minister() -> None:
    notice = _parse("bo-noi-vu-2024-ministry.txt")
    assert (notice.doc_number, notice.issuer, notice.signer) == (
        "2150/TB-BNV", "Bộ Nội vụ", "Vũ Đăng Minh",
    )  # fmt: skip
    assert _rows(notice) == [
        ("1", ["Vụ Cải cách hành chính"], ["Vụ Pháp chế", "Văn phòng Bộ"], [], "period_end",
         date(2024, 5, 31), "trong tháng 5/2024"),
        ("2", ["Cục Văn thư và Lưu trữ nhà nước"], [], [], "before_date", date(2024, 6, 30),
         "trước 30/6/2024"),
        ("3.-1", ["Thủ trưởng các cơ quan, đơn vị thuộc Bộ"], [], [], "none", None, None),
        ("3.-2", ["Thủ trưởng các cơ quan, đơn vị thuộc Bộ"], [], [], "recurring", None,
         "Định kỳ hằng tháng"),
        ("4", ["Vụ Tổ chức cán bộ"], ["Vụ Công chức - Viên chức"], ["Nguyễn Duy Thăng"],
         "period_end", date(2024, 9, 30), "hoàn thành trong quý III năm 2024"),
        ("5", ["Văn phòng Bộ", "Vụ Kế hoạch - Tài chính", "Trung tâm Thông tin"], [], [], "none",
         None, None),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an intro ending with ":" gives the default lead of the bullets (ubnd-tinh pattern)
        ("3. UBND tỉnh yêu cầu các Sở, ngành tập trung thực hiện các nhiệm vụ sau:\n\n"
         "- Rà soát thủ tục hành chính, hoàn thành trước ngày 30/9/2026.\n\n"
         "- Đẩy mạnh thanh toán trực tuyến.",
         [("3.-1", ["các Sở, ngành"], "before_date"), ("3.-2", ["các Sở, ngành"], "none")]),
        # a heading naming a body, then a) b) items (bac-son pattern); an explicit other lead
        ("1. Sở Y tế\n\na) Thường xuyên kiểm tra cơ sở khám bệnh.\n\n"
         "b) Đề nghị Sở Tài chính bố trí kinh phí trong tháng 9/2026.",
         [("1.a", ["Sở Y tế"], "ongoing"), ("1.b", ["Sở Tài chính"], "period_end")]),
        # an ALL-CAPS heading names the body in proper case
        ("1. SỞ Y TẾ\n\na) Kiểm tra cơ sở khám bệnh, hoàn thành trong quý III/2026.",
         [("1.a", ["Sở Y tế"], "period_end")]),
        # "+" bullets nest under "-" bullets and inherit the same default
        ("2. UBND các xã, phường\n\n- Rà soát dữ liệu:\n\n+ hộ tịch;\n\n+ đất đai.",
         [("2.-1", ["UBND các xã, phường"], "none")]),
        # "các cơ quan" under a heading means the heading's body
        ("2. Đối với Phòng Nội vụ\n\nĐề nghị các cơ quan được giao thực hiện tốt nhiệm vụ.",
         [("2", ["Phòng Nội vụ"], "none")]),
        # two dated deadlines for the same lead in two sentences: two tasks (bac-giang pattern)
        ("4. Sở Nội vụ tổng hợp đề xuất, gửi UBND tỉnh trước ngày 15/8/2026. Trên cơ sở đó, "
         "báo cáo kết quả trước ngày 15/11/2026.",
         [("4", ["Sở Nội vụ"], "before_date"), ("4/2", ["Sở Nội vụ"], "before_date")]),
        # a subjectless clause after ";" dates every lead of its sentence
        ("5. Giao Sở Xây dựng rà soát quy hoạch; Sở Giao thông vận tải chủ trì lập danh mục; "
         "thời gian hoàn thành trước ngày 31/10/2026.",
         [("5", ["Sở Xây dựng"], "before_date"),
          ("5/2", ["Sở Giao thông vận tải"], "before_date")]),
        # an assessment item produces no task
        ("1. Năm 2025, kết quả thực hiện còn nhiều hạn chế.\n\n2. Giao Công an tỉnh kiểm tra.",
         [("2", ["Công an tỉnh"], "none")]),
    ],
)  # fmt: skip
def test_item_patterns(body: str, expected: list[tuple[str, list[str], str]]) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: 10/TB-UBND\n\nHà Tĩnh, ngày 20 tháng 7 năm 2026\n\n"
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n"
        f"Ngày 18/7/2026, Chủ tịch UBND tỉnh kết luận như sau:\n\n{body}\n\n"
        "Nơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn Minh\n"
    )
    notice = parse_notice(text)
    assert [(t.ref, list(t.lead), t.deadline_kind.value) for t in notice.tasks] == expected


def test_notice_without_any_date_uses_the_year_hint() -> None:
    text = "THÔNG BÁO\nKết luận\n\n1. Giao Sở Nội vụ hoàn thành trong quý IV.\n"
    notice = parse_notice(text, year_hint=2027)
    assert notice.issued_date is None and not notice.issued_date_is_meeting
    assert notice.tasks[0].deadline == date(2027, 12, 31)


def test_blank_day_falls_back_to_the_meeting_date_and_says_so() -> None:
    text = (
        "Số: /TB-UBND\n\nNam Định, ngày    tháng 3 năm 2026\n\nTHÔNG BÁO\nKết luận\n\n"
        "Ngày 07/3/2026, Chủ tịch UBND tỉnh kết luận như sau:\n\n1. Giao Sở Y tế thực hiện.\n"
    )
    notice = parse_notice(text)
    assert notice.issued_date == date(2026, 3, 7) and notice.issued_date_is_meeting
    assert notice.notes and "07/03/2026" in notice.notes[0]
    assert notice.place == "Nam Định" and notice.doc_number is None


def test_markdown_table_of_tasks() -> None:
    text = (
        "THÔNG BÁO\nKết luận\n\nNgày 01/8/2026, Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Rà soát thủ tục hành chính | Sở Nội vụ | Sở Tư pháp | Trước ngày 15/8/2026 |\n"
        "| 2 | Số hóa hồ sơ | UBND các xã, phường | | Quý IV/2026 |\n"
        "| 3 | Kiểm tra việc thực hiện | Sở Y tế | | Thường xuyên |\n"
    )
    rows = [
        (t.ref, list(t.lead), list(t.support), t.deadline_kind.value, t.deadline)
        for t in parse_notice(text).tasks
    ]
    assert rows == [
        ("1", ["Sở Nội vụ"], ["Sở Tư pháp"], "before_date", date(2026, 8, 15)),
        ("2", ["UBND các xã, phường"], [], "period_end", date(2026, 12, 31)),
        ("3", ["Sở Y tế"], [], "ongoing", None),
    ]


def test_a_short_numbered_assignment_is_a_task_not_a_heading() -> None:
    text = (
        "THÔNG BÁO\nKết luận\n\nNgày 01/8/2026, Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "3. Giao Sở Y tế chủ trì thực hiện\n\n"
        "Nội dung cụ thể theo Kế hoạch số 12/KH-UBND ngày 02/02/2026.\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.ref, t.lead) for t in tasks] == [("3", ("Sở Y tế",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pasted excerpt: no header, no intro
        ("1. Giao Sở Nội vụ rà soát, hoàn thành trước ngày 30/9/2026.",
         [("1", ("Sở Nội vụ",), date(2026, 9, 30))]),
        ("Giao Sở Nội vụ rà soát thủ tục hành chính, hoàn thành trước ngày 30/9/2026.",
         [("đoạn 1", ("Sở Nội vụ",), date(2026, 9, 30))]),
        # a letter without "như sau:": "các đơn vị" are the recipients of "Kính gửi"
        ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 12/UBND-NC\nV/v rà soát thủ tục\n\nKính gửi:\n"
         "- Sở Y tế;\n- Sở Tài chính.\n\nThực hiện chỉ đạo của Chủ tịch UBND tỉnh, đề nghị các "
         "đơn "
         "vị rà soát thủ tục, gửi Sở Nội vụ trước ngày 15/8/2026.\n\nNơi nhận:\n- Như trên;\n\n"
         "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An",
         [("đoạn 1", ("Sở Y tế", "Sở Tài chính"), date(2026, 8, 15))]),
    ],
)  # fmt: skip
def test_short_texts(text: str, expected: list[tuple[str, tuple[str, ...], date]]) -> None:
    notice = parse_notice(text, year_hint=2026)
    assert [(t.ref, t.lead, t.deadline) for t in notice.tasks] == expected
