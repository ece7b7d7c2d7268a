"""Round 29 (assign): a programme's numbered points given to bodies by number.

An Đề án or a Kế hoạch lists its work as numbered points naming no body ("II. NHIỆM VỤ VÀ GIẢI
PHÁP" … "1.1. …" "Thời gian thực hiện: 2031 – 2033"), then its "Tổ chức thực hiện" hands them
out by number ("Bộ Tư pháp chủ trì … thực hiện các giải pháp quy định tại điểm 1.1, 1.2 mục II",
"… các nhiệm vụ 1, 2 và 5"): each point is a task of the chairing body, dated by its time line,
and the allocating sentence is no task (notices.numbered_assignments). A single point named
beside a body's own duties, a supporting body's "phối hợp", a clause of an article ("khoản 2
Điều 5") or another paper's part ("Mục 7, Phần V Kế hoạch số 511/KH-UBND") stay as before.
Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.model import DeadlineKind, ParsedTask

HEAD = """THỦ TƯỚNG CHÍNH PHỦ
Số: 77/QĐ-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 02 năm 2031

QUYẾT ĐỊNH
PHÊ DUYỆT ĐỀ ÁN “NÂNG CAO NĂNG LỰC HÒA GIẢI THƯƠNG MẠI GIAI ĐOẠN 2031 – 2035”

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

Xét đề nghị của Bộ trưởng Bộ Tư pháp,

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án với các nội dung chủ yếu sau:

I. MỤC TIÊU

Nâng cao chất lượng đội ngũ hòa giải viên thương mại đáp ứng yêu cầu hội nhập.

II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Hoàn thiện thể chế về hòa giải thương mại

1.1. Rà soát các quy định của pháp luật về hòa giải thương mại, đề xuất sửa đổi, bổ sung.

Thời gian thực hiện: 2031 – 2032.

1.2. Xây dựng bộ tiêu chí đánh giá chất lượng hoạt động của các trung tâm hòa giải thương mại.

Thời gian thực hiện: 2031

2. Bồi dưỡng hòa giải viên

2.1. Xây dựng chương trình bồi dưỡng kỹ năng hòa giải:

a) Biên soạn tài liệu bồi dưỡng kỹ năng hòa giải thương mại cho hòa giải viên.

Thời gian thực hiện: 2032

b) Tổ chức các lớp bồi dưỡng tại các trung tâm hòa giải thương mại.

- Đối tượng: hòa giải viên đang hoạt động tại các trung tâm;

- Hình thức: tập trung hoặc trực tuyến.

Thời gian thực hiện: 2032 – 2035

2.2. Hằng năm, tổng hợp, đánh giá kết quả bồi dưỡng hòa giải viên.

2.3. Hỗ trợ kinh phí bồi dưỡng cho hòa giải viên tại các tỉnh miền núi.

Thời gian thực hiện: 2031 – 2035.

III. TỔ CHỨC THỰC HIỆN

"""

END = """
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Các Bộ, cơ quan ngang Bộ;
- Lưu: VT, PL.

THỦ TƯỚNG

Nguyễn Văn A
"""


def _doc(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


ALLOCATION = _doc(
    (
        "1. Bộ Tư pháp chủ trì, phối hợp với các bộ, ngành tổ chức thực hiện Đề "
        "án, thực hiện các giải pháp quy định tại điểm 1.1, 1.2, 2.1 mục II, Điều "
        "1 của Quyết định này."
    ),
    (
        "Chủ trì, phối hợp với các bộ, ngành hướng dẫn các trung tâm hòa giải "
        "thương mại tham gia thực hiện Đề án."
    ),
    (
        "2. Bộ Tài chính có trách nhiệm bảo đảm kinh phí thực hiện Đề án; chủ trì "
        "thực hiện các giải pháp quy định tại điểm 2.2, 2.3 mục II, Điều 1 của "
        "Quyết định này."
    ),
    (
        "3. Bộ Công Thương có trách nhiệm phối hợp với Bộ Tư pháp trong việc thực "
        "hiện giải pháp quy định tại điểm 1.1 mục II, Điều 1 của Quyết định này."
    ),
)


def _tasks(body: str) -> list[ParsedTask]:
    return list(parse_notice(HEAD + body + END).tasks)


def _by_start(tasks: list[ParsedTask], start: str) -> ParsedTask:
    found = [task for task in tasks if task.text.startswith(start)]
    assert len(found) == 1, [task.text[:60] for task in tasks]
    return found[0]


def test_each_point_given_by_number_is_a_task_of_the_chairing_body() -> None:
    tasks = _tasks(ALLOCATION)
    review = _by_start(tasks, "Rà soát các quy định")
    assert review.lead == ("Bộ Tư pháp",)
    assert (review.deadline, review.deadline_kind) == (date(2032, 12, 31), DeadlineKind.PERIOD_END)
    criteria = _by_start(tasks, "Xây dựng bộ tiêu chí")
    assert criteria.lead == ("Bộ Tư pháp",)
    assert criteria.deadline == date(2031, 12, 31)
    # a point with lettered sub-points gives one task per letter; its dashes only describe
    assert _by_start(tasks, "Biên soạn tài liệu").lead == ("Bộ Tư pháp",)
    classes = _by_start(tasks, "Tổ chức các lớp bồi dưỡng")
    assert classes.deadline == date(2035, 12, 31)
    assert not any(task.text.startswith(("Đối tượng", "Hình thức")) for task in tasks)
    assert not any(task.text.startswith("Xây dựng chương trình bồi dưỡng") for task in tasks)
    # the clause after a duty ("…; chủ trì thực hiện …") gives its points too
    yearly = _by_start(tasks, "Hằng năm, tổng hợp")
    assert yearly.lead == ("Bộ Tài chính",)
    assert yearly.deadline_kind is DeadlineKind.RECURRING
    assert _by_start(tasks, "Hỗ trợ kinh phí bồi dưỡng").lead == ("Bộ Tài chính",)


def test_the_allocating_sentence_is_no_task_but_the_duties_beside_it_are() -> None:
    tasks = _tasks(ALLOCATION)
    assert not any("quy định tại điểm 1.1, 1.2, 2.1" in task.text for task in tasks)
    guide = _by_start(tasks, "Chủ trì, phối hợp với các bộ, ngành hướng dẫn")
    assert guide.lead == ("Bộ Tư pháp",)
    assert _by_start(tasks, "Bộ Tài chính có trách nhiệm bảo đảm").lead == ("Bộ Tài chính",)
    # a supporting body's "phối hợp" takes no point: its sentence stays its task
    assert _by_start(tasks, "Bộ Công Thương có trách nhiệm phối hợp").lead == ("Bộ Công Thương",)
    review = _by_start(tasks, "Rà soát các quy định")
    assert review.lead == ("Bộ Tư pháp",)


def test_bare_task_numbers_name_the_points_of_the_earlier_section() -> None:
    body = _doc(
        ("1. Bộ Tư pháp chủ trì thực hiện các nhiệm vụ 1 và 2."),
        ("2. Bộ Tài chính bảo đảm kinh phí thực hiện Đề án."),
    )
    tasks = _tasks(body)
    assert _by_start(tasks, "Rà soát các quy định").lead == ("Bộ Tư pháp",)
    assert _by_start(tasks, "Biên soạn tài liệu").lead == ("Bộ Tư pháp",)
    assert _by_start(tasks, "Hỗ trợ kinh phí bồi dưỡng").lead == ("Bộ Tư pháp",)
    assert not any(
        task.text.startswith("Bộ Tư pháp chủ trì thực hiện các nhiệm vụ") for task in tasks
    )


def test_a_single_point_named_beside_the_bodies_own_duties_stays_as_it_was() -> None:
    body = _doc(
        ("1. Bộ Tư pháp tổ chức sơ kết việc thực hiện Đề án vào năm 2033."),
        (
            "2. Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp thực hiện nhiệm vụ quy "
            "định tại điểm 2.3 mục II Điều 1 Quyết định này."
        ),
    )
    tasks = _tasks(body)
    allocation = _by_start(tasks, "Bộ Tài chính chủ trì")
    assert allocation.lead == ("Bộ Tài chính",)
    assert not any(task.text.startswith("Hỗ trợ kinh phí bồi dưỡng") for task in tasks)


def test_an_articles_clause_or_another_papers_part_is_not_this_programmes_point() -> None:
    body = _doc(
        (
            "1. Bộ Tư pháp chủ trì thực hiện các nội dung quy định tại điểm a, b "
            "khoản 2 Điều 5 Quy chế này."
        ),
        (
            "2. Bộ Tài chính chủ trì thực hiện các nhiệm vụ tại mục 1, 2 Phần II Kế "
            "hoạch số 15/KH-BTP của Bộ Tư pháp."
        ),
    )
    tasks = _tasks(body)
    assert _by_start(tasks, "Bộ Tư pháp chủ trì").lead == ("Bộ Tư pháp",)
    assert _by_start(tasks, "Bộ Tài chính chủ trì").lead == ("Bộ Tài chính",)
    assert not any(task.text.startswith("Rà soát các quy định") for task in tasks)


def test_sở_giao_thông_is_no_charge_and_a_conditional_without_chủ_trì_gives_nothing() -> None:
    body = _doc(
        ("1. Sở Giao thông vận tải thực hiện các nội dung quy định tại điểm 1.1, 1.2 mục II."),
        (
            "2. Liên đoàn Luật sư thực hiện các giải pháp quy định tại điểm 2.1 mục "
            "II khi đáp ứng đầy đủ điều kiện."
        ),
    )
    tasks = _tasks(body)
    assert not any(
        task.text.startswith(("Rà soát các quy định", "Biên soạn tài liệu")) for task in tasks
    )


ROSTER_HEAD = """ỦY BAN NHÂN DÂN
THÀNH PHỐ AN BÌNH
Số: 4512/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 03 tháng 10 năm 2031

QUYẾT ĐỊNH
Về việc phân công trực ban ứng phó sự cố ngập lụt

ỦY BAN NHÂN DÂN THÀNH PHỐ

QUYẾT ĐỊNH:

"""

ROSTER_END = """
Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn B
"""


def _roster(body: str) -> list[ParsedTask]:
    return list(parse_notice(ROSTER_HEAD + body + ROSTER_END).tasks)


def test_a_level_written_once_after_two_bodies_belongs_to_both() -> None:
    body = _doc(
        "1. Ủy ban nhân dân và Ban Chỉ huy Phòng chống thiên tai quận - huyện:",
        "a) Tổ chức trực ban theo quy định khi có tin ngập lụt.",
        "b) Tổng hợp tình hình thiệt hại báo cáo Ủy ban nhân dân thành phố.",
        (
            "2. Ủy ban nhân dân và Ban Chỉ huy Phòng chống thiên tai quận - huyện, "
            "phường - xã, thị trấn (nơi xảy ra sự cố):"
        ),
        "Sẵn sàng phối hợp với lực lượng cứu hộ để tìm kiếm cứu nạn.",
    )
    tasks = _roster(body)
    watch = _by_start(tasks, "Tổ chức trực ban")
    assert set(watch.lead) == {
        "Ủy ban nhân dân quận - huyện",
        "Ban Chỉ huy Phòng chống thiên tai quận - huyện",
    }
    both = next(task for task in tasks if "Sẵn sàng phối hợp" in task.text)
    assert set(both.lead) == {
        "Ủy ban nhân dân quận - huyện",
        "Ủy ban nhân dân phường - xã, thị trấn",
        "Ban Chỉ huy Phòng chống thiên tai quận - huyện",
        "Ban Chỉ huy Phòng chống thiên tai phường - xã, thị trấn",
    }


def test_a_group_after_the_bare_committee_or_a_place_keeps_the_names_as_they_are() -> None:
    body = _doc(
        "1. Ủy ban Mặt trận Tổ quốc, các đoàn thể cấp thành phố:",
        "a) Tuyên truyền, vận động nhân dân chủ động phòng tránh ngập lụt.",
        "b) Vận động ủng hộ nhân dân vùng bị thiệt hại.",
        "2. Sở Y tế:",
        "a) Tổ chức trực cấp cứu 24/24 giờ.",
        "b) Chuẩn bị thuốc và trang thiết bị y tế.",
    )
    tasks = _roster(body)
    assert "Ủy ban Mặt trận Tổ quốc" in _by_start(tasks, "Tuyên truyền").lead
    assert _by_start(tasks, "Tổ chức trực cấp cứu").lead == ("Sở Y tế",)


def test_one_bare_number_names_another_programmes_project() -> None:
    body = _doc(
        (
            "1. Bộ Y tế chủ trì, phối hợp với các đơn vị liên quan triển khai thực hiện "
            "Dự án 2: “Tăng cường hòa giải tại cơ sở y tế” khi có hướng dẫn."
        ),
        "2. Bộ Tài chính bảo đảm kinh phí thực hiện Đề án.",
    )
    tasks = _tasks(body)
    assert _by_start(tasks, "Bộ Y tế chủ trì").lead == ("Bộ Y tế",)
    assert not any(task.text.startswith("Hằng năm, tổng hợp") for task in tasks)
