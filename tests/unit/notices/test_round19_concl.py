"""Round 19 (concl): conclusion notices of a minister's or deputy minister's meeting.

A body that works with others' proposals ("Bộ Tài chính tổng hợp kiến nghị của tỉnh …") is no body
proposing upward; an agreement that goes on to assign ("Thống nhất với đề xuất của Cục …, giao Vụ
… rà soát …") is work; the ministry's own consent ("…, Bộ GTVT đồng ý về chủ trương cho gia hạn
…") is not; "(i) …; (ii) …" topics after "… về:" are parts of one task; a heading that only names
"Cục Quản lý đầu tư xây dựng" or "Nhà thầu thi công" keeps the whole name; "X rút kinh nghiệm …"
ends the name before the verb. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice

_HEAD = """BỘ XÂY DỰNG
Số: 88/TB-BXD

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 6 năm 2025

THÔNG BÁO
Kết luận của Thứ trưởng Trần Văn B tại cuộc họp về tiến độ dự án cầu Bến Lức

Ngày 05/6/2025, Thứ trưởng Trần Văn B chủ trì cuộc họp. Sau khi nghe báo cáo của các đơn vị,
Thứ trưởng kết luận như sau:

"""

_SIGN = """

Thừa lệnh Bộ trưởng, Văn phòng Bộ thông báo để các cơ quan, đơn vị biết, thực hiện./.

|
Nơi nhận:
- Như trên;
- Lưu: VT.
|
TL. BỘ TRƯỞNG
CHÁNH VĂN PHÒNG

Lê Thị C
"""


def _tasks(body: str) -> list[tuple[tuple[str, ...], str]]:
    notice = parse_notice(_HEAD + body.strip() + _SIGN)
    return [(task.lead, task.text) for task in notice.tasks]


def test_sums_up_proposals_is_work() -> None:
    tasks = _tasks(
        """1. Về cầu Bến Lức:

- Bộ Kế hoạch và Đầu tư hoàn thành báo cáo thẩm định trong tháng 6 năm 2025.

- Bộ Tài chính tổng hợp kiến nghị của Ủy ban nhân dân tỉnh Long An về nguồn vốn vào dự thảo
Nghị quyết trình Chính phủ."""
    )
    assert [lead for lead, _ in tasks] == [("Bộ Kế hoạch và Đầu tư",), ("Bộ Tài chính",)]


def test_body_proposing_upward_still_no_task() -> None:
    tasks = _tasks(
        """1. Bộ Tài chính hoàn thành báo cáo thẩm định.

2. Ủy ban nhân dân tỉnh Long An kiến nghị Bộ Tài chính xem xét bổ sung vốn cho dự án."""
    )
    assert [lead for lead, _ in tasks] == [("Bộ Tài chính",)]


def test_agreement_that_assigns_is_work() -> None:
    tasks = _tasks(
        """1. Đối với 40 trạm bơm đã được Cục Thủy lợi đề xuất tiếp tục sử dụng: Thống nhất với đề
xuất của Cục Thủy lợi, giao Vụ Kế hoạch tiếp tục rà soát việc quản lý các trạm bơm.

2. Thống nhất với báo cáo của Cục Thủy lợi về danh mục trạm bơm."""
    )
    assert [lead for lead, _ in tasks] == [("Vụ Kế hoạch",)]


def test_agreement_naming_a_road_authority_is_no_work() -> None:
    # "Sở Giao thông": "giao" of a name, no assignment
    tasks = _tasks(
        """1. Thống nhất với đề xuất của Sở Giao thông vận tải về phương án phân luồng.

2. Giao Sở Xây dựng hoàn thành hồ sơ."""
    )
    assert [lead for lead, _ in tasks] == [("Sở Xây dựng",)]


def test_ministry_own_consent_is_no_task() -> None:
    tasks = _tasks(
        """2. Công tác thi công:

- Đối với các gói thầu có tiến độ hoàn thành vào tháng 5, tháng 6/2025 đang bị chậm, Bộ Xây
dựng đồng ý về chủ trương cho gia hạn đến ngày 30/9/2025. Các Chủ đầu tư thực hiện thủ tục gia
hạn theo quy định."""
    )
    assert len(tasks) == 1
    lead, text = tasks[0]
    assert lead == ("Các Chủ đầu tư",)
    assert "thực hiện thủ tục gia hạn" in text


def test_consent_then_assignment_stays_work() -> None:
    tasks = _tasks(
        """1. Ủy ban nhân dân tỉnh đồng ý chủ trương cho Sở Xây dựng lập dự án, giao Sở Xây dựng
khẩn trương lập hồ sơ."""
    )
    assert [lead for lead, _ in tasks] == [("Sở Xây dựng",)]


def test_topics_after_ve_are_one_task() -> None:
    tasks = _tasks(
        """Yêu cầu Vụ Pháp chế phối hợp với Cục Kinh tế xây dựng:

- Rà soát, tiếp thu ý kiến góp ý của các Bộ, Hiệp hội tại cuộc họp về: (i) Thời điểm áp dụng
định mức mới đối với công trình chuyển tiếp; (ii) Điều khoản chuyển tiếp tại dự thảo Thông tư.

- Khẩn trương hoàn thiện hồ sơ dự thảo Thông tư gửi Bộ Tư pháp thẩm định."""
    )
    assert len(tasks) == 2
    assert all(lead == ("Vụ Pháp chế",) for lead, _ in tasks)
    assert tasks[0][1].startswith("Rà soát, tiếp thu ý kiến")
    assert "(ii) Điều khoản chuyển tiếp" in tasks[0][1]


def test_work_points_after_ve_stay_tasks() -> None:
    tasks = _tasks(
        """1. Giao Bộ Tài chính chủ trì, phối hợp với các bộ liên quan về: (i) Rà soát các khoản
chi thường xuyên; (ii) Đề xuất phương án tiết kiệm chi.

2. Giao Bộ Xây dựng hoàn thành báo cáo."""
    )
    assert len(tasks) == 3
    assert tasks[0][1].startswith("Rà soát các khoản chi")
    assert tasks[1][1].startswith("Đề xuất phương án")


def test_heading_names_whole_unit() -> None:
    tasks = _tasks(
        """1. Đối với Nhà thầu thi công

- Huy động đầy đủ nhân lực, máy móc thiết bị.

2. Giao Cục Quản lý đầu tư xây dựng

- Theo dõi, kiểm tra, đôn đốc chủ đầu tư thực hiện đúng tiến độ."""
    )
    assert [lead for lead, _ in tasks] == [
        ("Nhà thầu thi công",),
        ("Cục Quản lý đầu tư xây dựng",),
    ]


def test_heading_with_verb_still_cut() -> None:
    tasks = _tasks(
        """1. Giao Sở Tư pháp xây dựng

- Kế hoạch phổ biến pháp luật năm 2025.

2. Đề nghị Ủy ban nhân dân xã phối hợp

- Tuyên truyền cho nhân dân."""
    )
    leads = [lead for lead, _ in tasks]
    assert ("Sở Tư pháp xây dựng",) not in leads
    assert ("Ủy ban nhân dân xã",) in leads


def test_contractor_by_trade_before_its_verb() -> None:
    tasks = _tasks("""1. Nhà thầu thi công khẩn trương huy động thêm nhân lực, thiết bị.""")
    assert [lead for lead, _ in tasks] == [("Nhà thầu thi công",)]


def test_contractor_building_something_keeps_its_verb() -> None:
    tasks = _tasks("""1. Các nhà thầu thi công đúng tiến độ đã cam kết.""")
    assert [lead for lead, _ in tasks] == [("Các nhà thầu",)]


def test_learns_lessons_ends_the_name() -> None:
    tasks = _tasks(
        """1. Cục Đường bộ rút kinh nghiệm trong việc xây dựng, trình phân bổ dự toán chưa bảo đảm
thời hạn.

2. Sở Y tế rút kinh nghiệm sâu sắc về việc chậm báo cáo."""
    )
    assert [lead for lead, _ in tasks] == [("Cục Đường bộ",), ("Sở Y tế",)]
