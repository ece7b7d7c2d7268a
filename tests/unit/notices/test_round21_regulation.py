"""Round 21 (regulation): duties by holder in a Quy chế issued by a decision.

A Quy chế's duty article ("Điều 6. Ủy ban nhân dân cấp xã có nhiệm vụ") gives its body work in
numbered points. Four shapes went wrong:

- "Trên cơ sở đề nghị của Phòng A, Phòng B, Văn phòng … trình …": the bodies that propose are
  no doers; the one before the verb (after the last comma of the frame) leads.
- "Chỉ đạo cán bộ kế toán và thủ quỹ" over "- Thủ quỹ: …", "- Kế toán: …": the staff the body
  directs are its people, the duty stays the body's.
- "Hàng quý, năm lập báo cáo …", "Căn cứ dự toán được giao, đơn vị thực hiện rút dự toán …":
  a point under the body's article that opens with a cycle of two periods, or whose subject is the
  bare "đơn vị" (the unit the article names), is work.
Counter-examples: proposers with no doer after them, a division of duties ("Phân công: a) Thủ
quỹ: …") and a narrated report stay as they were. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import DeadlineKind, ParsedTask, Recurrence, parse_notice
from notices.assignees import analyze

_HEAD = """ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG
Số: 12/2020/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 05 tháng 3 năm 2020

QUYẾT ĐỊNH
Ban hành Quy chế quản lý kinh phí chi trả trợ cấp ưu đãi người có công

ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kinh phí chi trả trợ cấp ưu đãi người
có công.

Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An

QUY CHẾ
Quản lý kinh phí chi trả trợ cấp ưu đãi người có công
(Ban hành kèm theo Quyết định số 12/2020/QĐ-UBND ngày 05 tháng 3 năm 2020)

Chương II
TRÁCH NHIỆM CỦA CÁC CƠ QUAN

"""

_LABOUR = "Phòng Lao động - Thương binh và Xã hội cấp huyện"
_UNITS = "Các đơn vị thuộc Sở Lao động - Thương binh và Xã hội"
_COMMUNE = "Ủy ban nhân dân cấp xã"


def _tasks(body: str) -> list[tuple[tuple[str, ...], str]]:
    notice = parse_notice(_HEAD + body.strip() + "\n")
    return [(tuple(task.lead), task.text) for task in notice.tasks]


def _lead_of(tasks: list[tuple[tuple[str, ...], str]], start: str) -> tuple[str, ...]:
    found = [lead for lead, text in tasks if text.startswith(start)]
    assert found, f"no task opens with {start!r}: {tasks}"
    return found[0]


# --- the bodies that propose are no doers -------------------------------------------------------


def test_proposers_before_the_doer_are_dropped() -> None:
    roles = analyze(
        "Trên cơ sở đề nghị của Phòng Tài chính - Kế hoạch, Phòng Kinh tế và Hạ tầng, Văn phòng "
        "Hội đồng nhân dân và Ủy ban nhân dân huyện trình Chủ tịch Ủy ban nhân dân huyện ký "
        "quyết định phê duyệt"
    )
    assert [a.name for a in roles.leads] == [
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"
    ]


def test_proposal_frame_with_a_long_basis_keeps_the_last_body() -> None:
    roles = analyze(
        "Trên cơ sở đề nghị của đơn vị, xác nhận của Kho bạc Nhà nước về số dư dự toán được giao "
        "còn lại và khả năng sử dụng kinh phí của các Phòng Lao động - Thương binh và Xã hội cấp "
        "huyện, các đơn vị thuộc Sở Lao động - Thương binh và Xã hội, Giám đốc Sở Lao động - "
        "Thương binh và Xã hội điều chỉnh dự toán giữa các đơn vị"
    )
    assert [a.name for a in roles.leads] == ["Giám đốc Sở Lao động - Thương binh và Xã hội"]


def test_proposal_frame_names_the_doer_that_had_none() -> None:
    roles = analyze(
        "Theo đề nghị của Sở Nội vụ, Sở Tài chính, Ủy ban nhân dân huyện rà soát lại biên chế"
    )
    assert [a.name for a in roles.leads] == ["Ủy ban nhân dân huyện"]


def test_doer_whose_work_names_more_bodies_keeps_its_lead() -> None:
    roles = analyze(
        "Trên cơ sở đề nghị của các phòng chuyên môn, Văn phòng Ủy ban nhân dân huyện tổng hợp, "
        "trình Chủ tịch Ủy ban nhân dân huyện, Phó Chủ tịch phụ trách xem xét"
    )
    assert [a.name for a in roles.leads] == ["Văn phòng Ủy ban nhân dân huyện"]


def test_a_frame_with_no_subject_leaves_the_headings_body() -> None:
    # the work starts right after the frame; the bodies later in it are partners
    roles = analyze(
        "Trên cơ sở đề xuất kinh phí của các sở, ban, ngành, địa phương, chủ trì tổng hợp, trình "
        "cấp có thẩm quyền và phối hợp với các sở, ban, ngành, Ủy ban nhân dân xã, phường bố trí "
        "kinh phí chi thường xuyên"
    )
    assert roles.leads == []


def test_a_list_of_doers_without_a_proposal_frame_is_kept() -> None:
    roles = analyze(
        "Phòng Tài chính - Kế hoạch, Phòng Kinh tế và Hạ tầng, Văn phòng Ủy ban nhân dân huyện "
        "phối hợp rà soát danh mục công trình"
    )
    assert len(roles.leads) == 3


def test_a_citation_of_a_proposal_names_nobody() -> None:
    roles = analyze("Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 12/3/2020")
    assert roles.leads == []


def test_a_lead_in_after_a_proposal_names_no_doer() -> None:
    # the writer's own points follow: no lead taken from the frame's rest
    roles = analyze(
        "Xét đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 670/TTr-SGDĐT ngày 01/6/2026, "
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác hướng nghiệp, với nội dung "
        "cụ thể như sau:"
    )
    assert roles.leads == []


def test_proposal_in_a_regulation_point() -> None:
    tasks = _tasks(
        """Điều 4. Sở Lao động - Thương binh và Xã hội có nhiệm vụ

1. Thẩm tra dự toán kinh phí hằng năm của các Phòng Lao động - Thương binh và Xã hội cấp huyện.

2. Trên cơ sở đề nghị của các Phòng Lao động - Thương binh và Xã hội cấp huyện, các đơn vị
thuộc Sở, Giám đốc Sở Lao động - Thương binh và Xã hội quyết định điều chỉnh dự toán."""
    )
    assert _lead_of(tasks, "Trên cơ sở đề nghị") == (
        "Giám đốc Sở Lao động - Thương binh và Xã hội",
    )


# --- staff the body directs ----------------------------------------------------------------------

_DIRECTS_STAFF = """Điều 6. Ủy ban nhân dân cấp xã có nhiệm vụ

1. Chỉ đạo cán bộ kế toán và thủ quỹ

- Thủ quỹ: rút tiền mặt về nhập quỹ kịp thời và đầy đủ, theo dõi tiền mặt xuất cho cán bộ chi trả.

- Kế toán: phải mở sổ sách theo dõi đầy đủ nguồn kinh phí chi trả trợ cấp.

2. Trực tiếp quản lý đối tượng, tiền mặt và các khoản chi trợ cấp trên địa bàn."""


def test_staff_the_body_directs_are_the_bodys_duty() -> None:
    tasks = _tasks(_DIRECTS_STAFF)
    assert _lead_of(tasks, "Thủ quỹ:") == (_COMMUNE,)
    assert _lead_of(tasks, "Kế toán:") == (_COMMUNE,)


def test_staff_given_their_own_duties_keep_them() -> None:
    tasks = _tasks(
        """Điều 6. Ủy ban nhân dân cấp xã có nhiệm vụ

1. Phân công nhiệm vụ cụ thể như sau:

a) Thủ quỹ: rút tiền mặt về nhập quỹ kịp thời và đầy đủ.

b) Kế toán: mở sổ sách theo dõi đầy đủ nguồn kinh phí chi trả trợ cấp."""
    )
    assert _lead_of(tasks, "Thủ quỹ:") == ("Thủ quỹ",)
    assert _lead_of(tasks, "Kế toán:") == ("Kế toán",)


# --- points that open with a cycle or with the bare "đơn vị" ------------------------------------


def test_point_opening_with_two_periods_is_work() -> None:
    tasks = _tasks(
        f"""Điều 4. {_LABOUR} có nhiệm vụ

1. Quản lý đối tượng, quản lý kinh phí thực hiện chính sách trên địa bàn.

2. Hàng quý, năm lập báo cáo quyết toán kinh phí chi trả trợ cấp trên địa bàn đúng biểu mẫu
theo quy định."""
    )
    assert _lead_of(tasks, "Hàng quý, năm lập báo cáo") == (_LABOUR,)


def test_bare_unit_subject_after_a_basis_is_the_articles_body() -> None:
    tasks = _tasks(
        f"""Điều 5. {_UNITS} có nhiệm vụ

1. Quản lý kinh phí thực hiện chính sách; mở tài khoản dự toán tại Kho bạc Nhà nước.

2. Căn cứ dự toán được Sở Lao động - Thương binh và Xã hội giao, đơn vị thực hiện rút dự toán
tại Kho bạc Nhà nước để triển khai nhiệm vụ."""
    )
    assert _lead_of(tasks, "Căn cứ dự toán") == (_UNITS,)


def test_narrated_periods_stay_statements() -> None:
    tasks = _tasks(
        f"""Điều 4. {_LABOUR} có nhiệm vụ

1. Quản lý đối tượng, quản lý kinh phí thực hiện chính sách trên địa bàn.

2. Hàng quý, năm qua đơn vị đã lập báo cáo quyết toán đúng hạn."""
    )
    assert not any(text.startswith("Hàng quý, năm qua") for _, text in tasks)


# --- a cycle written without its comma before the subject --------------------------------------


def test_cycle_without_comma_then_one_of_the_articles_bodies() -> None:
    tasks = _tasks(
        """Điều 5. Kho bạc Nhà nước tỉnh, Kho bạc Nhà nước cấp huyện có nhiệm vụ

1. Hướng dẫn mở tài khoản rút dự toán; kiểm soát chi nguồn kinh phí theo đúng quy định.

2. Hàng tháng Kho bạc Nhà nước cấp huyện căn cứ Giấy rút dự toán của Phòng Lao động - Thương
binh và Xã hội cấp huyện, thực hiện chuyển khoản kinh phí vào tài khoản của Ủy ban nhân dân cấp
xã."""
    )
    assert _lead_of(tasks, "Hàng tháng Kho bạc") == ("Kho bạc Nhà nước cấp huyện",)


def test_cycle_without_comma_and_no_subject_stays_the_articles() -> None:
    tasks = _tasks(
        f"""Điều 4. {_LABOUR} có nhiệm vụ

1. Quản lý đối tượng, quản lý kinh phí thực hiện chính sách trên địa bàn.

2. Hằng năm báo cáo Sở Lao động - Thương binh và Xã hội kết quả chi trả trợ cấp."""
    )
    assert _lead_of(tasks, "Hằng năm báo cáo") == (_LABOUR,)


# --- a bare period inside a monthly cycle -------------------------------------------------------


def _task_of(body: str, start: str) -> ParsedTask:
    notice = parse_notice(_HEAD + body.strip() + "\n")
    found = [task for task in notice.tasks if task.text.startswith(start)]
    assert found, f"no task opens with {start!r}: {[t.text for t in notice.tasks]}"
    return found[0]


def test_bare_month_end_after_a_monthly_cycle_gives_no_date() -> None:
    task = _task_of(
        f"""Điều 4. {_LABOUR} có nhiệm vụ

1. Hàng tháng rút dự toán chuyển kinh phí cho Ủy ban nhân dân cấp xã chậm nhất là ngày 10 hàng
tháng. Cuối tháng thanh toán với Ủy ban nhân dân cấp xã số tiền đã chi trả.""",
        "Hàng tháng rút dự toán",
    )
    assert task.deadline is None
    assert task.deadline_kind is DeadlineKind.RECURRING


def test_within_the_month_beside_a_monthly_due_day_gives_no_date() -> None:
    task = _task_of(
        f"""Điều 6. {_COMMUNE} có nhiệm vụ

1. Kinh phí chi trợ cấp cấp trong tháng phải thanh toán với Phòng Lao động - Thương binh và Xã
hội cấp huyện chậm nhất là ngày 18 hàng tháng.""",
        "Kinh phí chi trợ cấp",
    )
    assert task.deadline is None
    assert task.recurrence is Recurrence.MONTHLY


def test_a_named_month_beside_a_cycle_keeps_its_date() -> None:
    notice = parse_notice(
        _HEAD
        + f"""Điều 4. {_LABOUR} có nhiệm vụ

1. Hàng tháng báo cáo kết quả chi trả; trong tháng 12 năm 2020 hoàn thành rà soát đối tượng.
"""
    )
    assert date(2020, 12, 31) in {task.deadline for task in notice.tasks}
