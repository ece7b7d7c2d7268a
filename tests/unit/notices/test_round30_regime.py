"""Round 30 (regime): a circular's reporting regime and its bodies' duty articles.

A circular guiding a reporting regime gives each body its duties in titled articles whose first
clause leads the points in ("Điều 22. Trách nhiệm của cơ quan chủ quản …" + "1. Đối với công tác
giám sát, cơ quan chủ quản có trách nhiệm chính sau đây:"), then states each report's term first
and its holder after it, in lower case ("Trong thời hạn 15 ngày sau khi kết thúc quý, chủ dự án
phải gửi Báo cáo quý …", "Chậm nhất vào ngày 31 tháng 01 của năm sau, …"). The first article's
clause is no intro of the document (its points keep their body), the holder after the term leads
the report (not the bodies it is sent to), and a day "… năm sau" is a yearly report's day:
`recurring`, no date. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.deadlines import find_deadlines
from notices.model import DeadlineKind, ParsedTask, Recurrence

HEAD = """BỘ XÂY DỰNG
Số: 07/2031/TT-BXD

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 3 năm 2031

THÔNG TƯ
HƯỚNG DẪN GIÁM SÁT VÀ BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ ÁN NHÀ Ở XÃ HỘI

Căn cứ Nghị định số 52/2030/NĐ-CP ngày 02 tháng 5 năm 2030 của Chính phủ;

Bộ trưởng Bộ Xây dựng ban hành Thông tư hướng dẫn giám sát và báo cáo dự án nhà ở xã hội.

"""

DUTIES = """Điều 4. Trách nhiệm của cơ quan quản lý dự án trong công tác giám sát

1. Đối với công tác giám sát, cơ quan quản lý dự án có trách nhiệm chính sau đây:

a) Rà soát tính đầy đủ của các thông tin về tiến độ do chủ đầu tư cung cấp;

b) Tổ chức kiểm tra ít nhất mỗi năm một lần tình hình thực hiện các dự án.

2. Đối với công tác đánh giá, cơ quan quản lý dự án có trách nhiệm chính sau đây:

a) Xem xét báo cáo đánh giá giữa kỳ của các dự án.

Điều 5. Trách nhiệm của chủ đầu tư trong công tác giám sát

1. Đối với công tác giám sát, chủ đầu tư có trách nhiệm chính sau đây:

a) Bố trí cán bộ theo dõi tiến độ thi công;

b) Cập nhật thông tin về dự án trên hệ thống giám sát.

"""

REGIME = """Điều 6. Chế độ báo cáo cấp chủ đầu tư

1. Đối với các dự án nhà ở xã hội:

a) Báo cáo quý

Báo cáo quý áp dụng đối với tất cả các dự án.

Trong thời hạn 15 ngày sau khi kết thúc quý, chủ đầu tư phải gửi Báo cáo quý về tình hình thực \
hiện dự án về cơ quan quản lý dự án, Sở Tài chính, Sở Xây dựng.

b) Báo cáo năm

Chậm nhất vào ngày 31 tháng 01 của năm sau, chủ đầu tư phải gửi Báo cáo năm về cơ quan quản lý \
dự án, Bộ Tài chính, Ủy ban nhân dân cấp tỉnh.

Điều 7. Chế độ báo cáo cấp cơ quan quản lý dự án

Trong thời hạn 20 ngày sau mỗi quý, cơ quan quản lý dự án phải lập và gửi Báo cáo tổng hợp về \
Bộ Xây dựng và Bộ Tài chính.

Điều 8. Chế độ báo cáo cấp quốc gia

1. Bộ Tài chính lập Báo cáo tổng hợp định kỳ 6 tháng và cả năm về tình hình giải ngân. Báo \
cáo 6 tháng đầu năm gửi trước ngày 31 tháng 7 hàng năm và báo cáo năm gửi trước ngày 31 tháng \
01 năm sau.

"""

END = """Điều 9. Tổ chức thực hiện

Các Bộ, ngành, địa phương có liên quan chịu trách nhiệm thi hành Thông tư này./.

Nơi nhận:
- Như Điều 9;
- Lưu: VT.

BỘ TRƯỞNG
Trần Văn Minh
"""


def _task(tasks: list[ParsedTask], opening: str) -> ParsedTask:
    found = [t for t in tasks if opening in t.text]
    assert len(found) == 1, [t.text[:60] for t in tasks]
    return found[0]


def test_the_first_duty_articles_clause_is_no_intro() -> None:
    tasks = list(parse_notice(HEAD + DUTIES + END).tasks)
    first = _task(tasks, "Rà soát tính đầy đủ")
    assert first.lead == ("cơ quan quản lý dự án",)
    assert _task(tasks, "Tổ chức kiểm tra ít nhất").lead == ("cơ quan quản lý dự án",)
    assert _task(tasks, "Bố trí cán bộ theo dõi").lead == ("Chủ đầu tư",)


def test_a_regimes_holder_after_its_term_leads_the_report() -> None:
    tasks = list(parse_notice(HEAD + DUTIES + REGIME + END).tasks)
    quarterly = _task(tasks, "Trong thời hạn 15 ngày sau khi kết thúc quý")
    assert quarterly.lead == ("Chủ đầu tư",)
    yearly = _task(tasks, "Chậm nhất vào ngày 31 tháng 01 của năm sau")
    assert yearly.lead == ("Chủ đầu tư",)
    summary = _task(tasks, "Trong thời hạn 20 ngày sau mỗi quý")
    assert summary.lead == ("Cơ quan quản lý dự án",)


def test_a_day_of_the_next_year_is_a_yearly_report() -> None:
    tasks = list(parse_notice(HEAD + DUTIES + REGIME + END).tasks)
    yearly = _task(tasks, "Chậm nhất vào ngày 31 tháng 01 của năm sau")
    assert (yearly.deadline, yearly.deadline_kind) == (None, DeadlineKind.RECURRING)
    assert yearly.recurrence is Recurrence.YEARLY
    national = _task(tasks, "Bộ Tài chính lập Báo cáo tổng hợp")
    assert (national.deadline, national.deadline_kind) == (None, DeadlineKind.RECURRING)


# Counter-examples: the rules must leave these as they were.


def test_a_day_with_its_year_or_a_span_after_a_start_keeps_its_date() -> None:
    dated = find_deadlines(
        "gửi báo cáo trước ngày 15 tháng 01 năm 2032.", year=2031, reference=None
    )
    assert [h.kind for h in dated] == [DeadlineKind.BEFORE_DATE]
    span = find_deadlines(
        "xếp loại từ ngày 26 tháng 11 của năm trước đến ngày 25 tháng 5 của năm sau đó",
        year=2031,
        reference=None,
    )
    assert all(h.kind is not DeadlineKind.RECURRING for h in span)


def test_a_term_with_no_reporting_holder_gives_no_lower_case_lead() -> None:
    text = (
        HEAD
        + DUTIES
        + """Điều 6. Thủ tục tiếp nhận hồ sơ

Trong thời hạn 10 ngày, hồ sơ được chuyển về cơ quan quản lý dự án, Sở Tài chính để xem xét.

Trong thời hạn 02 ngày làm việc, gửi kết quả đến Văn phòng Ủy ban nhân dân tỉnh, Sở Tư pháp.

"""
        + END
    )
    tasks = list(parse_notice(text).tasks)
    assert not [t for t in tasks if "hồ sơ được chuyển" in t.text]
    # the places a result is sent to are no subject of the term's sentence
    assert all("Sở Tư pháp" not in t.lead for t in tasks)


def test_a_capitalised_body_after_a_term_still_leads() -> None:
    text = (
        HEAD
        + DUTIES
        + """Điều 6. Chế độ báo cáo cấp tỉnh

Sau mỗi quý, Sở Xây dựng gửi Báo cáo tổng hợp về Ủy ban nhân dân tỉnh.

"""
        + END
    )
    assert _task(list(parse_notice(text).tasks), "Sau mỗi quý").lead == ("Sở Xây dựng",)
