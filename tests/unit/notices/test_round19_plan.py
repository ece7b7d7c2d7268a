"""Round 19 (plan): provincial and department plans (Kế hoạch …/KH-UBND) — a time inside a cited
document's quoted title, a "Hình thức và biện pháp" heading, a reward sentence, "tạo sự thống
nhất", a draft submitted "trình UBND tỉnh trong năm …" and "Giao nhiệm vụ cho …" points."""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.deadlines import find_deadlines
from notices.model import DeadlineKind

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 77/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Phát triển văn hóa đọc năm 2026

"""
_SIGN = """
Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
"""


def _plan(body: str):
    return parse_notice(_HEAD + body + _SIGN)


def _one(notice, start: str):
    found = [t for t in notice.tasks if t.text.startswith(start)]
    assert len(found) == 1, [t.text[:60] for t in notice.tasks]
    return found[0]


def _texts(notice) -> list[str]:
    return [t.text for t in notice.tasks]


# --- a time inside a cited document's quoted title ---------------------------------------------

_CITED_INTRO = (
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 07/10/2024 của UBND tỉnh về việc “Phát triển văn hóa "
    "đọc trong cộng đồng từ nay đến năm 2030”, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện "
    "như sau:\n\n"
)


def test_quoted_title_of_a_cited_plan_dates_no_item() -> None:
    notice = _plan(
        _CITED_INTRO + "I. NHIỆM VỤ\n\n"
        "1. Sở Văn hóa, Thể thao và Du lịch tổ chức tuyên truyền về văn hóa đọc.\n\n"
        "2. Sở Giáo dục và Đào tạo chỉ đạo các trường xây dựng tủ sách lớp học.\n"
    )
    assert len(notice.tasks) == 2
    assert all(t.deadline is None for t in notice.tasks)


def test_quoted_programme_title_inside_a_task_is_no_deadline() -> None:
    hits = find_deadlines(
        "Triển khai Đề án “Xây dựng xã hội học tập từ nay đến năm 2030” trên địa bàn tỉnh.",
        year=2026,
        reference=date(2026, 3, 10),
    )
    assert hits == []


def test_intro_deadline_outside_the_quotes_still_dates_the_items() -> None:
    notice = _plan(
        "Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh về việc “Phát triển văn hóa đọc đến năm "
        "2030”, Ủy ban nhân dân tỉnh yêu cầu các cơ quan sau hoàn thành trước ngày 30/6/2026:\n\n"
        "1. Sở Văn hóa, Thể thao và Du lịch tổ chức tuyên truyền về văn hóa đọc.\n"
    )
    task = _one(notice, "Sở Văn hóa")
    assert task.deadline == date(2026, 6, 30)


def test_quoted_slogan_without_a_cited_document_keeps_its_date() -> None:
    # a quoted phrase that cites no document is not a title: "hoàn thành trong tháng 6" is work
    hits = find_deadlines(
        "Sở Nội vụ ghi rõ “hoàn thành trong tháng 6/2026” trên phiếu giao việc.",
        year=2026,
        reference=date(2026, 3, 10),
    )
    assert [h.deadline for h in hits] == [date(2026, 6, 30)]


# --- "Hình thức và biện pháp thực hiện" is the measures, not an event's field ------------------

_DOER = "- Cơ sở giáo dục phổ thông chủ trì tổ chức tư vấn đọc sách cho học sinh.\n\n"
_NO_DOER = "- Thực hiện lồng ghép nội dung đọc sách trong các môn học.\n\n"
_CLOSE = (
    "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Văn hóa, Thể thao và Du lịch\n\n"
    "Chủ trì hướng dẫn các thư viện tổ chức ngày hội đọc sách.\n"
)


def test_measures_heading_keeps_its_doer_points() -> None:
    notice = _plan(
        "I. NỘI DUNG\n\n1. Phát triển văn hóa đọc\n\na) Nội dung đọc sách\n\n"
        + _NO_DOER
        + "b) Hình thức và biện pháp thực hiện\n\n"
        + _NO_DOER
        + _DOER
        + _CLOSE
    )
    task = _one(notice, "Cơ sở giáo dục phổ thông chủ trì")
    assert task.lead == ("Cơ sở giáo dục phổ thông",)
    assert not any(t.text.startswith("Thực hiện lồng ghép") for t in notice.tasks)


def test_form_heading_alone_still_describes() -> None:
    notice = _plan(
        "I. NỘI DUNG\n\n1. Hội thi đọc sách\n\na) Hình thức tổ chức\n\n"
        + _DOER
        + "b) Thời gian: tháng 4/2026.\n\n"
        + _CLOSE
    )
    assert not any(t.text.startswith("Cơ sở giáo dục phổ thông") for t in notice.tasks)


# --- who is rewarded is given no work --------------------------------------------------------

_GROUP = (
    "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Văn hóa, Thể thao và Du lịch\n\n"
    "Chủ trì hướng dẫn các thư viện tổ chức ngày hội đọc sách.\n\n"
    "2. Các tổ chức, cá nhân tham gia hoạt động khuyến đọc\n\n"
    "- Doanh nghiệp, hiệp hội xuất bản phối hợp cung cấp sách cho thư viện trường học.\n\n"
)


def test_reward_sentence_is_no_task() -> None:
    notice = _plan(
        _GROUP + "- Các tổ chức, cá nhân có đóng góp tích cực cho hoạt động giáo dục hướng nghiệp "
        "và phân luồng được ghi nhận và khen thưởng theo quy định của pháp luật về thi đua, khen "
        "thưởng.\n"
    )
    assert not any("khen thưởng theo quy định" in t for t in _texts(notice))
    assert any(t.startswith("Doanh nghiệp, hiệp hội") for t in _texts(notice))


def test_rewarded_units_that_go_on_with_work_keep_it() -> None:
    notice = _plan(
        _GROUP + "- Các đơn vị được khen thưởng có trách nhiệm chia sẻ kinh nghiệm tổ chức ngày "
        "hội đọc sách cho các trường.\n"
    )
    assert any(t.startswith("Các đơn vị được khen thưởng") for t in _texts(notice))


# --- "tạo sự thống nhất cao" is the aim of the work, no agreement ---------------------------


def test_unity_as_aim_keeps_the_dissemination_point() -> None:
    notice = _plan(
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ban, ngành của tỉnh\n\n"
        "- Tổ chức phổ biến, quán triệt Chỉ thị số 30/CT-TTg cho cán bộ, đảng viên tạo sự thống "
        "nhất cao trong nhận thức và hành động.\n\n"
        "- Tổ chức tuyên truyền về văn hóa đọc bằng các hình thức phù hợp.\n"
    )
    task = _one(notice, "Tổ chức phổ biến, quán triệt")
    assert task.lead == ("Các sở, ban, ngành của tỉnh",)


def test_agreement_stays_no_task() -> None:
    from notices.agreements import agrees_only

    assert agrees_only("Các đại biểu thống nhất cao với dự thảo kế hoạch.")
    assert not agrees_only("Quán triệt Chỉ thị, tạo sự thống nhất cao trong nhận thức.")


# --- a draft submitted to the adopting authority in a year ----------------------------------


def test_draft_submitted_in_a_year_is_due_at_its_end() -> None:
    hits = find_deadlines(
        "Xây dựng, hoàn thiện Đề án phát triển công nghiệp văn hóa giai đoạn 2026 - 2030 trình "
        "UBND tỉnh trong năm 2026.",
        year=2026,
        reference=date(2026, 3, 10),
    )
    assert [(h.kind, h.deadline) for h in hits] == [(DeadlineKind.PERIOD_END, date(2026, 12, 31))]


def test_programme_of_the_year_is_still_no_deadline() -> None:
    for text in (
        "Xây dựng chương trình UBND tỉnh trong năm 2026 về văn hóa đọc.",
        "Tổ chức các hoạt động văn hóa trong năm 2026.",
    ):
        assert find_deadlines(text, year=2026, reference=date(2026, 3, 10)) == []


# --- "Giao nhiệm vụ cho …" opening a point ------------------------------------------------


def test_handing_work_to_own_units_is_the_heading_body_task() -> None:
    notice = _plan(
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở, ban, ngành Thành phố\n\n"
        "- Triển khai các hoạt động tuyên truyền tới cán bộ, công chức trong đơn vị.\n\n"
        "- Giao nhiệm vụ cho các phòng, ban chuyên môn tham gia 1-2 giải pháp thuộc lĩnh vực "
        "chuyên môn của đơn vị\n"
    )
    task = _one(notice, "Giao nhiệm vụ cho các phòng")
    assert task.lead == ("Sở, ban, ngành Thành phố",)


def test_handing_work_to_a_named_body_leads_it() -> None:
    notice = _plan(
        "II. NHIỆM VỤ\n\n"
        "1. Giao nhiệm vụ cho Sở Y tế chủ trì kiểm tra an toàn thực phẩm trước ngày 30/6/2026.\n\n"
        "2. Giao Sở Tài chính bố trí kinh phí thực hiện.\n"
    )
    task = _one(notice, "Giao nhiệm vụ cho Sở Y tế")
    assert task.lead == ("Sở Y tế",)
    assert task.deadline == date(2026, 6, 30)
