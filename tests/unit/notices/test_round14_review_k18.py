"""Round 14 (F1): the review of K18's rules, narrowed to the shapes they were meant for.

A delivery paragraph joins the request before it only when it names no body of its own, says
nothing else, sends what the previous body makes and the request has no date yet; a data span is
only the figures' own span ("Số liệu báo cáo tính từ … đến …"); "được giao hoàn thành trong năm"
dates nothing only after "nhất là"/"đặc biệt là"; a purpose frame dates nothing only ahead of an
ask that opens points; "trong ngày …" needs a sending verb (not "chương trình", "nghe báo cáo",
"nơi gửi xe"); a quarter without "quý" after another is a Roman numeral; a measured quarter is
still due after "hoàn thành"; "Chỉ đạo Giám đốc …:" over points that name their bodies keeps
them as tasks; "Giao cho X sử dụng … đất" hands over land; members are "từng/mỗi …" only.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices.deadlines import find_deadlines
from notices.markers import MarkerKind, find_marker
from notices.model import ParsedTask
from notices.parser import parse_notice

_REF = date(2026, 3, 2)

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH AN LẠC
Số: 321/UBND-TH
V/v thực hiện một số nhiệm vụ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 02 tháng 3 năm 2026
Kính gửi:
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Đức
"""


def _tasks(body: str) -> list[ParsedTask]:
    return list(parse_notice(_LETTER.format(body=body)).tasks)


def _dates(text: str) -> list[date | None]:
    return [h.deadline for h in find_deadlines(text, year=2026, reference=_REF)]


def _led(tasks: list[ParsedTask], name: str) -> list[ParsedTask]:
    return [t for t in tasks if name in t.lead]


# --- a delivery paragraph joins the request before it only when it is no request of its own


def test_a_delivery_paragraph_with_its_own_subject_is_its_own_task() -> None:
    tasks = _tasks(
        "Giao Sở Công Thương chủ trì kiểm tra việc niêm yết giá tại các chợ đầu mối.\n\n"
        "Kết quả rà soát, UBND các huyện, thị xã tổng hợp gửi về Sở Công Thương trước ngày "
        "25/5/2026 để báo cáo UBND tỉnh."
    )
    first = _led(tasks, "Sở Công Thương")
    assert first and all(t.deadline is None for t in first)
    own = _led(tasks, "UBND các huyện, thị xã")
    assert [t.deadline for t in own] == [date(2026, 5, 25)]


def test_a_delivery_paragraph_with_a_further_request_is_no_delivery() -> None:
    tasks = _tasks(
        "Đề nghị các sở, ngành đề xuất danh mục nhiệm vụ chuyển đổi số năm 2027.\n\n"
        "Danh sách biểu mẫu gửi kèm theo văn bản này. Sở Tài chính thẩm định, cân đối kinh phí "
        "trước ngày 20/6/2026."
    )
    assert all(t.deadline is None for t in _led(tasks, "các sở, ngành"))
    assert [t.deadline for t in _led(tasks, "Sở Tài chính")] == [date(2026, 6, 20)]


def test_a_delivery_then_an_ask_keeps_the_ask() -> None:
    tasks = _tasks(
        "Sở Xây dựng hướng dẫn các huyện kiểm đếm nhà ở bị hư hỏng.\n\n"
        "Kết quả kiểm đếm gửi về Sở Xây dựng. Đề nghị UBND các huyện hỗ trợ các hộ sửa chữa nhà "
        "ở, hoàn thành trước ngày 15/10/2026."
    )
    assert all(t.deadline is None for t in _led(tasks, "Sở Xây dựng"))
    assert [t.deadline for t in _led(tasks, "UBND các huyện")] == [date(2026, 10, 15)]


def test_what_other_bodies_send_does_not_date_the_guidance_before_it() -> None:
    tasks = _tasks(
        "Sở Nội vụ hướng dẫn các đơn vị đăng ký danh hiệu thi đua năm 2026.\n\n"
        "Bản đăng ký thi đua của các đơn vị gửi về Hội đồng Thi đua - Khen thưởng tỉnh trước "
        "ngày 30/4/2026."
    )
    assert all(t.deadline is None for t in _led(tasks, "Sở Nội vụ"))


def test_a_dated_request_keeps_its_date_and_the_report_date_stays() -> None:
    tasks = _tasks(
        "Đề nghị các đơn vị hoàn thành việc kiểm kê tài sản trước ngày 31/3/2026.\n\n"
        "Báo cáo kiểm kê gửi về Sở Tài chính trước ngày 10/4/2026."
    )
    dates = {t.deadline for t in tasks}
    assert date(2026, 3, 31) in dates and date(2026, 4, 10) in dates


def test_an_undated_request_is_still_dated_by_its_delivery() -> None:
    tasks = _tasks(
        "Đề nghị UBND các huyện, thị xã báo cáo tình hình giải ngân vốn đầu tư công.\n\n"
        "Báo cáo gửi về Sở Tài chính trước ngày 10/4/2026."
    )
    assert len(tasks) == 1 and tasks[0].deadline == date(2026, 4, 10)


# --- deadlines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sending deadline, not the span the figures cover
        ("Các đơn vị gửi số liệu về Sở Tài chính đến hết ngày 15/12/2026.", date(2026, 12, 15)),
        ("rà soát số liệu, cập nhật phần mềm đến hết ngày 30/6/2026", date(2026, 6, 30)),
        ("thu thập số liệu khảo sát hộ gia đình tới hết ngày 31/5/2026", date(2026, 5, 31)),
        (
            "bảo đảm tỷ lệ giải ngân tính từ đầu năm đến hết ngày 30/9/2026 đạt 85%",
            date(2026, 9, 30),
        ),
        # the work done in the year
        ("bảo đảm các công trình được giao phải hoàn thành trong năm 2026.", date(2026, 12, 31)),
        (
            "chỉ đạo nhà thầu bảo đảm dự án được giao hoàn thành trong năm 2026.",
            date(2026, 12, 31),
        ),
        ("tập trung để các chỉ tiêu đề ra phải hoàn thành trong năm 2026.", date(2026, 12, 31)),
        # a purpose frame before an ask with its own work (no points after it)
        (
            "Để hoàn thành việc số hóa hồ sơ hộ tịch trong năm 2026, đề nghị UBND các huyện "
            "khẩn trương bố trí nhân lực.",
            date(2026, 12, 31),
        ),
        # completing the targets of a quarter
        ("Các sở, ngành hoàn thành chỉ tiêu Quý II/2026 theo kế hoạch.", date(2026, 6, 30)),
        # a count after a quarter, not a second quarter
        ("triển khai trong quý II, 3 đợt kiểm tra liên ngành", date(2026, 6, 30)),
        ("hoàn thành trong quý II - 3 tháng tiếp theo triển khai bước sau", date(2026, 6, 30)),
        # a sending verb before "trong ngày"
        ("có văn bản gửi Sở Tư pháp trong ngày 30/4/2026.", date(2026, 4, 30)),
        ("tổng hợp, trình UBND tỉnh trong ngày 20/5/2026.", date(2026, 5, 20)),
        ("báo cáo UBND tỉnh trong ngày 20/5/2026.", date(2026, 5, 20)),
    ],
)
def test_deadlines_kept(text: str, expected: date) -> None:
    assert _dates(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "(Số liệu báo cáo tính từ ngày 01/01/2026 đến hết ngày 30/6/2026)",
        "Số liệu tính đến hết ngày 31/5/2026.",
        "kỳ báo cáo từ ngày 15/12/2025 đến hết ngày 14/3/2026",
        "nhất là các nhiệm vụ được giao hoàn thành trong năm 2026.",
        "Để đạt mục tiêu hoàn thành xây dựng nông thôn mới trong năm 2026, UBND tỉnh yêu cầu:",
        # event days, not sending days
        "tổ chức chương trình văn nghệ chào mừng trong ngày 02/9/2026",
        "tổ chức khánh thành công trình trong ngày 19/5/2026",
        "kiểm tra trình độ ngoại ngữ của giáo viên trong ngày 20/6/2026",
        "chủ trì hội nghị nghe báo cáo tình hình thị trường trong ngày 15/4/2026",
        "bố trí nơi gửi xe cho đại biểu dự lễ trong ngày 02/9/2026",
        "báo cáo nhanh tình hình trong ngày 30/4 và ngày 01/5/2026",
    ],
)
def test_not_deadlines(text: str) -> None:
    assert _dates(text) == []


def test_roman_quarters_without_their_word_still_span() -> None:
    assert _dates("Thời gian thực hiện: Quý III, IV/2026.") == [date(2026, 12, 31)]


# --- points under "Chỉ đạo Giám đốc …:" that name their own bodies


def test_directing_heads_over_points_that_name_bodies_keeps_the_points() -> None:
    tasks = _tasks(
        "1. Sở Y tế chủ trì tổ chức khám sức khỏe định kỳ cho người cao tuổi.\n\n"
        "2. Chỉ đạo Giám đốc các sở, ngành và Chủ tịch UBND các huyện:\n"
        "- Sở Tài chính bố trí kinh phí thực hiện trước ngày 30/4/2026.\n"
        "- Sở Văn hóa, Thể thao và Du lịch tuyên truyền về chương trình.\n"
        "- UBND các huyện huy động lực lượng y tế cơ sở trước ngày 15/5/2026."
    )
    second = [t for t in tasks if t.ref.startswith("2")]
    assert [(t.lead, t.deadline) for t in second] == [
        (("Sở Tài chính",), date(2026, 4, 30)),
        (("Sở Văn hóa, Thể thao và Du lịch",), None),
        (("UBND các huyện",), date(2026, 5, 15)),
    ]
    assert not any(t.text.startswith("Chỉ đạo Giám đốc") for t in second)


# --- "Giao cho X …"


@pytest.mark.parametrize(
    "body",
    [
        "Giao cho UBND xã Hòa Bình quản lý diện tích đất sau khi thu hồi.",
        "Giao cho Công ty Cổ phần Hưng Thịnh thuê 3,2 ha đất tại xã Hòa Bình để xây dựng nhà "
        "xưởng.",
    ],
)
def test_giao_cho_handing_over_land_reads_no_verb_into_a_lead(body: str) -> None:
    for task in _tasks(body):
        assert all(len(name.split()) <= 6 for name in task.lead), task.lead
        assert not any(w in n for n in task.lead for w in ("quản lý", "thuê", "đất"))


def test_giao_cho_land_in_a_decision_article() -> None:
    notice = parse_notice(
        """ỦY BAN NHÂN DÂN
TỈNH AN LẠC
Số: 58/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 02 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc giao đất cho Trường Tiểu học Hòa Bình
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Giao cho Trường Tiểu học Hòa Bình sử dụng 4.000 m2 đất tại xã Hòa Bình để mở rộng trường.
Điều 2. Sở Nông nghiệp và Môi trường bàn giao đất trên thực địa trước ngày 30/4/2026.
Điều 3. Giám đốc Sở Nông nghiệp và Môi trường chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Trần Minh Đức
"""
    )
    for task in notice.tasks:
        assert not any("sử dụng" in n or "m2" in n for n in task.lead), task.lead
    assert any(t.deadline == date(2026, 4, 30) for t in notice.tasks)


def test_giao_cho_a_body_with_its_work_still_names_it() -> None:
    tasks = _tasks("Giao cho Sở Tư pháp có trách nhiệm theo dõi, đôn đốc việc thực hiện.")
    assert [t.lead for t in tasks] == [("Sở Tư pháp",)]


# --- members of a body


def test_a_plural_group_after_another_body_is_a_task_of_its_own() -> None:
    tasks = _tasks(
        "1. Ban Dân vận Huyện ủy hướng dẫn tổ chức tuyên truyền ngày thành lập Mặt trận; các "
        "cán bộ, công chức tham gia cuộc thi trực tuyến trước ngày 30/4/2026.\n\n"
        "2. Văn phòng UBND tỉnh theo dõi."
    )
    assert all(t.deadline is None for t in _led(tasks, "Ban Dân vận Huyện ủy"))
    assert [t.deadline for t in _led(tasks, "các cán bộ, công chức")] == [date(2026, 4, 30)]


# --- hyphen numbers


def test_a_short_hyphen_numbered_item_with_its_work_opens_an_item() -> None:
    marker = find_marker("3- Sở Xây dựng kiểm tra hiện trường.")
    assert marker is not None and marker.kind is MarkerKind.NUMBER and marker.label == "3"


@pytest.mark.parametrize("paragraph", ["3- Sở Xây dựng.", "12 – UBND huyện Hòa Bình;"])
def test_a_short_hyphen_numbered_name_opens_no_item(paragraph: str) -> None:
    marker = find_marker(paragraph)
    assert marker is None or marker.kind is not MarkerKind.NUMBER


def test_a_short_last_hyphen_item_is_a_task_of_its_own() -> None:
    tasks = _tasks(
        "UBND tỉnh yêu cầu:\n\n"
        "1- Sở Y tế chủ trì, phối hợp với các địa phương giám sát dịch sốt xuất huyết, báo cáo "
        "trước ngày 20/4/2026.\n\n"
        "2- UBND các huyện chỉ đạo các xã tổ chức phun hóa chất diệt muỗi.\n\n"
        "3- Sở Tài chính bố trí kinh phí."
    )
    assert [t.lead for t in tasks] == [("Sở Y tế",), ("UBND các huyện",), ("Sở Tài chính",)]
