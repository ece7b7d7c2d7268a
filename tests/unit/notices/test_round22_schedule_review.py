"""Round 22 (schedule), review: the month schedule narrowed to the seed's layout.

The lead a row's own sentence gives (a body before its verb at the row's start) wins over a cell
at the row's end; a date the row states is kept; a month's rows end at the next section, "Tổ chức
thực hiện", the closing or the signature; an object of the work (after "cho", "phối hợp", "đến",
an event such as "Đại hội", "Ngày thành lập", "Hội khỏe") is no doer. Documents invented for
these tests, from the reviewer's inputs.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.model import DeadlineKind
from notices.schedule_doers import row_doers

_HEAD = """ỦY BAN NHÂN DÂN XÃ AN HÒA

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Hòa, ngày 12 tháng 2 năm 2026

KẾ HOẠCH
Triển khai nhiệm vụ năm 2026

I. MỤC ĐÍCH

Hoàn thành nhiệm vụ được giao.

II. TIẾN ĐỘ THỰC HIỆN

"""
_TAIL = """
III. TỔ CHỨC THỰC HIỆN

Các đơn vị thực hiện nghiêm túc kế hoạch này.

CHỦ TỊCH

Phạm Văn Hùng
"""


def _plan(*months: tuple[str, list[str]]) -> str:
    body = ""
    for heading, rows in months:
        body += heading + "\n\n" + "".join(f"- {row}\n\n" for row in rows)
    return _HEAD + body + _TAIL


def _tasks(text: str) -> dict[str, tuple[tuple[str, ...], date | None, DeadlineKind]]:
    return {t.text: (t.lead, t.deadline, t.deadline_kind) for t in parse_notice(text).tasks}


def _leads(text: str) -> list[tuple[str, ...]]:
    return [t.lead for t in parse_notice(text).tasks]


def test_a_body_before_its_verb_keeps_its_row() -> None:
    leads = _leads(
        _plan(
            (
                "Tháng 4/2026",
                [
                    "Trạm Y tế xã phối hợp Hội Phụ nữ xã tuyên truyền tiêm chủng.",
                    "Văn phòng UBND xã tham mưu UBND xã ban hành kế hoạch kiểm tra.",
                ],
            ),
            ("Tháng 5/2026", ["Tổ chức giải bóng chuyền nữ Hội Liên hiệp Phụ nữ xã"]),
        )
    )
    assert ("Trạm Y tế xã",) in leads
    assert ("Văn phòng UBND xã",) in leads
    assert not any("tuyên truyền" in " ".join(lead) for lead in leads)
    assert not any("ban hành" in " ".join(lead) for lead in leads)


def test_a_date_the_row_states_is_kept() -> None:
    text = _plan(
        (
            "Tháng 3/2026",
            [
                "Rà soát TTHC, báo cáo UBND huyện trước ngày 10/4/2026 Văn phòng HĐND - UBND xã",
                "Tổ chức ngày hội đọc sách từ ngày 25/3 đến ngày 05/4/2026 Đoàn Thanh niên xã",
            ],
        ),
        (
            "Tháng 5/2026",
            [
                "Phòng GD&ĐT tổ chức thi cấp huyện.",
                "Hiệu trưởng các trường gửi báo cáo tổng kết về Phòng GD&ĐT trước ngày 10/6/2026.",
            ],
        ),
    )
    tasks = parse_notice(text).tasks
    by_start = {t.text[:12]: t for t in tasks}
    assert by_start["Rà soát TTHC"].deadline == date(2026, 4, 10)
    # a row running past its month ("đến ngày 05/4/2026") is not due by the month's end
    assert by_start["Tổ chức ngày"].deadline != date(2026, 3, 31)
    head = by_start["Hiệu trưởng "]
    assert head.lead == ("Hiệu trưởng các trường",)
    assert (head.deadline, head.deadline_kind) == (date(2026, 6, 10), DeadlineKind.BEFORE_DATE)


_NO_SECTIONS = """TRƯỜNG THCS AN HÒA

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Hòa, ngày 20 tháng 8 năm 2025

KẾ HOẠCH
Hoạt động năm học 2025 - 2026

- Căn cứ Kế hoạch số 12/KH-PGD ngày 10/8/2025 của Phòng GD&ĐT.

Tháng 9/2025

- Khai giảng năm học mới Toàn trường

Tháng 10/2025

- Hội thi giáo viên giỏi Cả tổ

Tổ chức thực hiện:

- Kế toán chuẩn bị kinh phí cho các hoạt động.

- Giáo viên chủ nhiệm báo cáo kết quả về nhà trường trước ngày 30/5/2026.

- Đề nghị Hội Cha mẹ học sinh phối hợp.

HIỆU TRƯỞNG

Trần Văn C
"""


def test_a_month_ends_at_tổ_chức_thực_hiện_without_sections() -> None:
    tasks = parse_notice(_NO_SECTIONS).tasks
    october = [t for t in tasks if t.deadline == date(2025, 10, 31)]
    assert [t.text for t in october] == ["Hội thi giáo viên giỏi Cả tổ"]
    report = next(t for t in tasks if t.text.startswith("Giáo viên chủ nhiệm báo cáo"))
    assert report.deadline == date(2026, 5, 30)
    assert not any("HIỆU TRƯỞNG" in " ".join(t.lead) for t in tasks)


def test_two_sentences_naming_two_bodies_stay_two_tasks() -> None:
    row = (
        "Công an xã rà soát, cập nhật dữ liệu dân cư. Hội Phụ nữ xã vận động hội viên "
        "cài đặt VNeID Cả thôn 2"
    )
    leads = _leads(_plan(("Tháng 4/2026", [row]), ("Tháng 5/2026", ["Tổng kết Cả xã"])))
    assert ("Công an xã",) in leads
    assert ("Hội Phụ nữ xã",) in leads
    assert ("Cả thôn 2",) not in leads


def test_a_date_does_not_leak_into_another_sentence() -> None:
    row = (
        "Công an xã rà soát, cập nhật dữ liệu dân cư. Đoàn Thanh niên xã hỗ trợ người dân "
        "cài đặt ứng dụng trước ngày 20/4/2026."
    )
    tasks = parse_notice(_plan(("Tháng 4/2026", [row]), ("Tháng 5/2026", ["Tổng kết Cả xã"])))
    police = next(t for t in tasks.tasks if t.lead == ("Công an xã",))
    assert police.deadline != date(2026, 4, 20)


def test_an_object_of_the_work_is_no_doer() -> None:
    assert row_doers("Tập huấn kỹ năng cho cán bộ Hội Nông dân xã") is None
    assert row_doers("Tổ chức Đại hội Chi đoàn") is None
    assert row_doers("Kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh") is None
    assert row_doers("Tham gia Hội khỏe Phù Đổng cấp huyện") is None
    assert row_doers("Công an xã chủ trì, phối hợp Đoàn Thanh niên xã") is None
    assert row_doers("Tuyên truyền đến đoàn viên Chi đoàn thôn 3") is None


def test_a_long_row_is_read_only_at_its_end() -> None:
    # the doer cell is the row's last: a 38k-character row is read in its last characters
    row = " ".join(["kiểm tra Hồ sơ lớp"] * 2000) + " Cả tổ"
    assert row_doers(row) == ["Cả tổ"]


def test_roles_are_read_whole() -> None:
    assert row_doers("Tổ chức sinh hoạt dưới cờ Tổng phụ trách Đội") == ["Tổng phụ trách Đội"]
    assert row_doers("Dự giờ thăm lớp Giáo viên trong tổ") == ["Giáo viên trong tổ"]
    assert row_doers("Kiểm tra hồ sơ chuyên môn Tổ trưởng, Tổ phó") == ["Tổ trưởng", "Tổ phó"]


def test_a_first_month_line_before_the_first_row_counts() -> None:
    text = _NO_SECTIONS.replace(
        "- Căn cứ Kế hoạch số 12/KH-PGD ngày 10/8/2025 của Phòng GD&ĐT.\n\n", ""
    )
    tasks = parse_notice(text).tasks
    assert [(t.text, t.deadline) for t in tasks if t.deadline_kind is DeadlineKind.PERIOD_END] == [
        ("Khai giảng năm học mới Toàn trường", date(2025, 9, 30)),
        ("Hội thi giáo viên giỏi Cả tổ", date(2025, 10, 31)),
    ]


def test_month_lines_with_a_dash_or_a_dot() -> None:
    from notices.month_schedule import _heading

    assert _heading("Tháng 09-2025") == (9, 2025)
    assert _heading("Tháng 9.2025") == (9, 2025)
    assert _heading("Tháng 9 - 2025") == (9, 2025)
    assert _heading("Tháng 9-10/2025") == (10, 2025)
