"""Round 22 (party): a Party or mass organisation's orientation and a congress's agenda.

A political report to a Party cell's congress, or a Youth Union's "Phương hướng, nhiệm vụ",
assesses the past term and then sets out the next one. Only a point of its orientation part whose
own sentence names its doer ("Ban Chấp hành Đoàn xã tổ chức …", "Đoàn viên có trách nhiệm …")
is a task; verb-first wording, targets ("phấn đấu", "chỉ tiêu") and slogans are not. A
congress's or conference's order of business gives no task. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.explain import UPWARD_REPORT

_YOUTH_REPORT = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ TÂN PHÚ
Số: 15-BC/ĐTN

Tân Phú, ngày 20 tháng 12 năm 2025

BÁO CÁO
Tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025,
phương hướng, nhiệm vụ năm 2026

PHẦN I
KẾT QUẢ CÔNG TÁC NĂM 2025

- Ban Chấp hành Đoàn xã đã tổ chức 12 buổi sinh hoạt chuyên đề cho đoàn viên.
- Các chi đoàn tích cực tham gia ra quân làm sạch môi trường.

PHẦN II
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

I. MỤC TIÊU, CHỈ TIÊU

1. Các chi đoàn tổ chức ít nhất 04 buổi sinh hoạt chủ điểm trong năm.
2. Phấn đấu 100% đoàn viên được học tập nghị quyết của Đoàn các cấp.

II. NHIỆM VỤ, GIẢI PHÁP

- Ban Chấp hành Đoàn xã tổ chức Hội trại tòng quân cho thanh niên trước ngày 15 tháng 02 năm 2026.
- Tăng cường công tác giáo dục lý tưởng cách mạng cho đoàn viên, thanh niên.
- Đoàn viên có trách nhiệm tham gia sinh hoạt chi đoàn đầy đủ, đóng đoàn phí đúng quy định.
- Các chi đoàn phấn đấu đạt danh hiệu vững mạnh xuất sắc.
- Chi đoàn ấp 3 duy trì mô hình thắp sáng đường quê hằng tháng.

Trên đây là báo cáo tổng kết công tác Đoàn năm 2025 và phương hướng nhiệm vụ năm 2026.

TM. BAN CHẤP HÀNH
BÍ THƯ
Lê Minh Khoa
"""

_COMMUNE_REPORT = """ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 210/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 05 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác năm 2025 và phương hướng, nhiệm vụ năm 2026

Kính gửi: Ủy ban nhân dân huyện Long Phú.

I. KẾT QUẢ THỰC HIỆN

Ủy ban nhân dân xã đã hoàn thành 18/19 chỉ tiêu kinh tế - xã hội.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

1. Đẩy mạnh chuyển đổi cơ cấu cây trồng, vật nuôi.
2. Công an xã tăng cường tuần tra, bảo đảm an ninh trật tự.

Trên đây là báo cáo của Ủy ban nhân dân xã An Bình./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Hậu
"""

_CONFERENCE_AGENDA = """CÔNG ĐOÀN NGÀNH Y TẾ TỈNH BÌNH ĐỊNH

CHƯƠNG TRÌNH
HỘI NGHỊ ĐẠI BIỂU CÔNG ĐOÀN NGÀNH LẦN THỨ III

I. PHIÊN TRÙ BỊ

1. Ban Tổ chức báo cáo công tác chuẩn bị Hội nghị.
2. Đoàn Chủ tịch giới thiệu Đoàn Thư ký.
3. Thư ký đọc dự thảo Nghị quyết Hội nghị.

II. PHIÊN CHÍNH THỨC

1. Chủ tịch Công đoàn ngành phát biểu bế mạc.
"""

_WORK_PROGRAMME = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN TRƯỜNG THPT NGUYỄN DU
Số: 03-CTr/ĐTN

Đắk Lắk, ngày 10 tháng 9 năm 2025

CHƯƠNG TRÌNH
Công tác Đoàn và phong trào thanh niên năm học 2025 - 2026

1. Ban Thường vụ Đoàn trường tổ chức Đại hội các chi đoàn trước ngày 30 tháng 9 năm 2025.
2. Các chi đoàn tổ chức sinh hoạt chủ điểm chào mừng ngày 20/11.

TM. BAN CHẤP HÀNH
BÍ THƯ
Phạm Thu Hà
"""


def test_orientation_keeps_only_points_that_name_their_doer() -> None:
    tasks = parse_notice(_YOUTH_REPORT).tasks
    assert [t.text[:40] for t in tasks] == [
        "Ban Chấp hành Đoàn xã tổ chức Hội trại t",
        "Đoàn viên có trách nhiệm tham gia sinh h",
        "Chi đoàn ấp 3 duy trì mô hình thắp sáng ",
    ]
    assert [t.lead for t in tasks] == [
        ("Ban Chấp hành Đoàn xã",),
        ("Đoàn viên",),
        ("Chi đoàn ấp 3",),
    ]
    assert str(tasks[0].deadline) == "2026-02-15"


def test_orientation_reads_ocr_tone_on_chi_bo() -> None:
    text = _YOUTH_REPORT.replace(
        "- Chi đoàn ấp 3 duy trì", "- Chỉ bộ ấp 3 lãnh đạo đoàn viên duy trì"
    )
    assert parse_notice(text).tasks[-1].lead == ("Chỉ bộ ấp 3",)


def test_council_report_orientation_is_left_as_it_was() -> None:
    # a People's Committee's report upward: no Party or mass organisation paper ("Công an xã
    # tăng cường …" would be a duty of its orientation)
    notice = parse_notice(_COMMUNE_REPORT)
    assert notice.tasks == ()
    assert UPWARD_REPORT in notice.notes
    unaddressed = _COMMUNE_REPORT.replace("Kính gửi: Ủy ban nhân dân huyện Long Phú.\n", "")
    assert parse_notice(unaddressed).tasks == ()


def test_conference_agenda_gives_no_task() -> None:
    assert parse_notice(_CONFERENCE_AGENDA).tasks == ()


def test_work_programme_keeps_its_tasks() -> None:
    tasks = parse_notice(_WORK_PROGRAMME).tasks
    assert [t.text[:30] for t in tasks] == [
        "Ban Thường vụ Đoàn trường tổ c",
        "Các chi đoàn tổ chức sinh hoạt",
    ]


_LAW_PROGRAMME = """ỦY BAN THƯỜNG VỤ QUỐC HỘI
Nghị quyết số: 88/2027/UBTVQH16

NGHỊ QUYẾT
Điều chỉnh Chương trình lập pháp năm 2027

Điều 1. Bổ sung dự án Luật Lưu trữ (sửa đổi) vào Chương trình lập pháp năm 2027.

Điều 2. Tổ chức thực hiện

Phân công cơ quan trình, cơ quan chủ trì thẩm tra và tiến độ trình như sau:

{table}

Điều 3. Nghị quyết này có hiệu lực thi hành từ ngày thông qua./.
""".format(
    table="\n".join(
        [
            "| STT | Tên dự án | Cơ quan trình | Cơ quan chủ trì thẩm tra"
            " | Cơ quan tham gia thẩm tra | Tiến độ trình UBTVQH |",
            "|---|---|---|---|---|---|",
            "| 1. | Luật Lưu trữ (sửa đổi) | Bộ Nội vụ | Ủy ban Pháp luật và Tư pháp"
            " | Hội đồng Dân tộc | Phiên họp tháng 4/2027 |",
            "| 2. | Luật Thi hành án hình sự (sửa đổi) | Viện kiểm sát nhân dân tối cao"
            " | Ủy ban Quốc phòng, An ninh và Đối ngoại | Hội đồng Dân tộc"
            " | Kỳ họp tháng 10/2027 |",
        ]
    )
)


def test_law_programme_row_is_due_from_its_submitter() -> None:
    rows = [t for t in parse_notice(_LAW_PROGRAMME).tasks if "chủ trì: luật" in t.text]
    assert [t.lead for t in rows] == [("Bộ Nội vụ",), ("Viện kiểm sát nhân dân tối cao",)]
    assert [str(t.deadline) for t in rows] == ["2027-04-30", "2027-10-31"]


_NAMED_LETTER = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 812/UBND-XD

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Nam Định, ngày 12 tháng 9 năm 2024

Kính gửi:
- Sở Xây dựng;
- UBND huyện Hải Hậu.

Về việc này, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:

{point}

Nơi nhận:
- Như trên;
- Lưu: VT.
""".format(
    point="Giao Sở Xây dựng hướng dẫn UBND huyện Hải Hậu lập quy hoạch chi tiết theo nội dung"
    " tại Thông báo số 415-TB/TU ngày 20/8/2024 nêu trên; trình UBND tỉnh phê duyệt trong"
    " tháng 10/2024./."
)


def test_one_paragraph_letter_citing_a_notice_is_no_closing() -> None:
    tasks = parse_notice(_NAMED_LETTER).tasks
    assert tasks and tasks[0].lead == ("Sở Xây dựng",)
    assert str(tasks[0].deadline) == "2024-10-31"
