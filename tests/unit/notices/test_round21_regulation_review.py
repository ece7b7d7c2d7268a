"""Round 21 (regulation) review: the proposal frame read too much, and a few neighbours.

- A basis with no "của" ("Căn cứ báo cáo tình hình, Sở Y tế …") is no proposal frame: the
  stretch before "của" holds no comma.
- "Theo đề nghị của Sở …, UBND tỉnh chấp thuận …": the writer approving is no task; a doer whose
  verb is an approval or a conclusion is not adopted.
- "Căn cứ tờ trình của Sở Y tế, Văn phòng UBND tỉnh, Sở Tài chính thẩm định …": one proposer,
  then the doers; a body after the comma of the proposer's kind continues the proposers.
- "Theo báo cáo của …" narrates; "trong tháng này" is the issue month, not each cycle's month.
- The bare "đơn vị" subject counts only after a basis ("Căn cứ …,"); "Hướng dẫn" gives staff
  their own duties. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.assignees import analyze
from notices.imperatives import asks_work
from tests.unit.notices.test_round21_regulation import _HEAD, _LABOUR, _tasks

_CONCLUSION = """ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG
Số: 45/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 10 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về các dự án giao thông

Ngày 05/3/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp về các dự án giao thông. Sau khi nghe báo
cáo và ý kiến của các đại biểu, Chủ tịch UBND tỉnh kết luận như sau:

1. {point}

2. Sở Xây dựng chủ trì rà soát hồ sơ dự án, hoàn thành trước ngày 30/4/2026.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Trần Văn Bình
"""


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


def _conclusion_tasks(point: str) -> list[tuple[tuple[str, ...], str]]:
    notice = parse_notice(_CONCLUSION.format(point=point))
    return [(tuple(task.lead), task.text) for task in notice.tasks]


# --- HIGH 1: a basis with no "của" ------------------------------------------------------------


def test_a_basis_without_of_is_no_proposal_frame() -> None:
    assert _leads(
        "Căn cứ báo cáo tình hình, Sở Y tế chủ trì kiểm tra việc thực hiện của các đơn vị, UBND "
        "các huyện phối hợp thực hiện, hoàn thành trước ngày 30/4/2026."
    ) == ["Sở Y tế"]
    assert _leads(
        "Trên cơ sở báo cáo kết quả, Sở Nội vụ tổng hợp ý kiến của các sở, Văn phòng UBND tỉnh "
        "theo dõi"
    ) == ["Sở Nội vụ"]


# --- HIGH 2: the writer's approvals -----------------------------------------------------------


def test_an_approval_after_a_proposal_is_no_doer() -> None:
    assert _leads("Xét đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh kết luận như sau") == []
    assert (
        _leads(
            "Theo đề nghị của Sở Tài chính, UBND tỉnh chấp thuận chủ trương đầu tư dự án đường "
            "ĐT 741."
        )
        == []
    )


def test_the_writers_approvals_are_no_tasks() -> None:
    for point in (
        "Theo đề nghị của Sở Tài chính, UBND tỉnh chấp thuận chủ trương đầu tư dự án đường "
        "ĐT 741.",
        "Theo đề nghị của Sở Tài chính, UBND tỉnh đồng ý bổ sung 50 tỷ đồng cho dự án.",
        "Theo đề nghị của Sở Giao thông vận tải, Chủ tịch UBND tỉnh chấp thuận điều chỉnh thời "
        "gian thực hiện dự án đến hết năm 2026.",
    ):
        tasks = _conclusion_tasks(point)
        assert not [t for t in tasks if t[1].startswith("Theo đề nghị")], tasks
        assert ("Sở Xây dựng",) in [lead for lead, _ in tasks]


# --- MEDIUM 3: one proposer, then co-leads ----------------------------------------------------


def test_one_proposer_then_two_doers() -> None:
    assert _leads(
        "Căn cứ tờ trình của Sở Y tế, Văn phòng UBND tỉnh, Sở Tài chính thẩm định trình UBND tỉnh"
    ) == ["Văn phòng UBND tỉnh", "Sở Tài chính"]
    assert _leads(
        "Căn cứ đề nghị của các đơn vị, Phòng Kế toán, Phòng Tổ chức thẩm định, trình Giám đốc "
        "phê duyệt"
    ) == ["Phòng Kế toán", "Phòng Tổ chức"]


# --- MEDIUM 4: a report narrated --------------------------------------------------------------


def test_a_narrated_report_is_no_task() -> None:
    tasks = _conclusion_tasks(
        "Theo báo cáo của Sở Y tế, Sở Tài chính, Sở Nội vụ phối hợp kiểm tra 15 cơ sở trong quý "
        "I/2026."
    )
    assert not [t for t in tasks if t[1].startswith("Theo báo cáo")], tasks


# --- MEDIUM 5: "trong tháng này" is the issue month -------------------------------------------


def test_this_month_beside_a_cycle_keeps_the_issue_month() -> None:
    notice = parse_notice(
        _HEAD
        + f"""Điều 4. {_LABOUR} có nhiệm vụ

1. Hàng tháng báo cáo kết quả chi trả; trong tháng này hoàn thành rà soát đối tượng.
"""
    )
    assert date(2020, 3, 31) in {task.deadline for task in notice.tasks}


# --- LOW 6, 7 ---------------------------------------------------------------------------------


def test_bare_unit_after_a_narrated_year_is_no_work() -> None:
    assert not asks_work("Trong năm 2025, đơn vị thực hiện tốt công tác chi trả trợ cấp.")


def test_guidance_gives_staff_their_own_duties() -> None:
    tasks = _tasks(
        """Điều 6. Ủy ban nhân dân cấp xã có nhiệm vụ

1. Hướng dẫn nhiệm vụ cụ thể của kế toán và thủ quỹ như sau

- Thủ quỹ: rút tiền mặt về nhập quỹ kịp thời và đầy đủ.

- Kế toán: mở sổ sách theo dõi đầy đủ nguồn kinh phí chi trả trợ cấp."""
    )
    leads = dict((text.split(":")[0], lead) for lead, text in tasks)
    assert leads["Thủ quỹ"] == ("Thủ quỹ",)
    assert leads["Kế toán"] == ("Kế toán",)


def test_a_class_in_lower_case_continues_the_proposers() -> None:
    assert _leads(
        "Trên cơ sở đề xuất của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân "
        "dân các tỉnh, thành phố trực thuộc Trung ương, Bộ Tài chính tổng hợp, trình cấp có thẩm "
        "quyền bố trí dự toán"
    ) == ["Bộ Tài chính"]
