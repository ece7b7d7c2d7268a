"""Round 22 (party), review fixes: the orientation rule narrowed to Party and mass organisations'
papers, its part ended at the signature and at "TỔ CHỨC THỰC HIỆN", the report-upward flag kept
unless the paper is a congress's, the agenda rule kept off real work programmes, and a
programme's meeting-month cells. Documents invented for these tests from the review's inputs.
"""

from __future__ import annotations

from notices import parse_notice
from notices.explain import UPWARD_REPORT
from notices.table_times import due_cell
from tests.unit.notices.test_round22_party import _LAW_PROGRAMME

_POLITICAL_REPORT = """ĐẢNG BỘ HUYỆN LONG PHÚ
ĐẢNG ỦY XÃ TÂN HƯNG
Số: 25-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hưng, ngày 10 tháng 6 năm 2025

BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ xã khóa XV tại Đại hội Đảng bộ xã lần thứ XVI, nhiệm kỳ 2025 - 2030

PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XV

Đảng bộ đã lãnh đạo hoàn thành 20/22 chỉ tiêu nghị quyết.

PHẦN THỨ HAI
PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030

- Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề hằng quý.
- Tăng cường công tác kiểm tra, giám sát.

Ban Chấp hành Đảng bộ xã khóa XV kính trình Đại hội xem xét, thảo luận, quyết định.

T/M ĐẢNG ỦY
BÍ THƯ
Nguyễn Văn Tâm

Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c);
- Đảng ủy viên;
- Các chi bộ trực thuộc;
- Lưu Văn phòng Đảng ủy.
"""


def test_orientation_part_ends_at_the_signature() -> None:
    tasks = parse_notice(_POLITICAL_REPORT).tasks
    assert [t.lead for t in tasks] == [("Các chi bộ trực thuộc",)]


_COMMUNE_REPORT = """ỦY BAN NHÂN DÂN
XÃ TÂN HƯNG
Số: 118/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Tân Hưng, ngày 05 tháng 6 năm 2026

BÁO CÁO
Kết quả công tác 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026

Kính gửi: UBND huyện Long Phú.

I. KẾT QUẢ THỰC HIỆN

Ủy ban nhân dân xã đã hoàn thành các chỉ tiêu 6 tháng đầu năm.

II. CÔNG TÁC PHỐI HỢP VỚI MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ

Ủy ban nhân dân xã phối hợp tốt với Mặt trận và các đoàn thể trong các phong trào.

III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026

1. Tăng cường chỉ đạo sản xuất vụ Hè Thu.
2. Công an xã bảo đảm an ninh trật tự.
3. Đoàn thanh niên xã tổ chức ra quân làm sạch môi trường trước ngày 30/6/2026.
4. Hội viên hội nông dân tham gia chuyển đổi cơ cấu cây trồng.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Hậu

Nơi nhận:
- Đảng ủy xã (b/c);
- Lưu: VT.
"""


def test_commune_report_is_no_party_paper_whatever_its_sections_name() -> None:
    notice = parse_notice(_COMMUNE_REPORT)
    assert notice.tasks == ()
    assert UPWARD_REPORT in notice.notes
    # its uppercase section naming the Front is no letterhead, addressed or not
    assert (
        parse_notice(_COMMUNE_REPORT.replace("Kính gửi: UBND huyện Long Phú.\n", "")).tasks == ()
    )


_ANNEXED_ORIENTATION = """PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2026
(Kèm theo Kế hoạch số 35/KH-UBND ngày 10/01/2026 của UBND huyện)

1. Giao Phòng Nông nghiệp và Môi trường chủ trì rà soát diện tích lúa trước ngày 30/6/2026.
2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí trước ngày 31/3/2026.
3. Đoàn Thanh niên huyện ưu tiên hỗ trợ thanh niên khởi nghiệp.
"""


def test_orientation_annexed_to_a_council_plan_is_read_as_usual() -> None:
    tasks = parse_notice(_ANNEXED_ORIENTATION).tasks
    assert [str(t.deadline) for t in tasks[:2]] == ["2026-06-30", "2026-03-31"]
    assert not any(t.lead == ("Đoàn Thanh niên huyện ưu",) for t in tasks)


_YOUTH_ORIENTATION = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ TÂN PHÚ
Số: 15-BC/ĐTN

BÁO CÁO
Tổng kết công tác Đoàn năm 2025

PHẦN II
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

- {point}
"""


def _lead(point: str) -> tuple[str, ...]:
    tasks = parse_notice(_YOUTH_ORIENTATION.format(point=point)).tasks
    return tasks[0].lead if tasks else ()


def test_a_lowercase_word_after_the_name_is_no_part_of_it() -> None:
    assert _lead("Chi đoàn ủng hộ quỹ khuyến học trước ngày 30/3/2026.") == ("Chi đoàn",)
    assert _lead("Các chi đoàn ứng dụng công nghệ số.") == ("Các chi đoàn",)
    assert _lead("Đoàn viên ở các ấp tham gia ra quân.") == ("Đoàn viên",)
    assert _lead("Chi bộ ưu tiên phát triển đảng viên.") == ("Chi bộ",)


def test_a_capitalised_point_leads_with_the_name_only() -> None:
    assert _lead("CHI BỘ TỔ CHỨC SINH HOẠT CHUYÊN ĐỀ HẰNG QUÝ.") == ("CHI BỘ",)


def test_statements_are_no_duties() -> None:
    for point in (
        "Chi bộ nhận thấy còn một số hạn chế trong sinh hoạt.",
        "Chi bộ thống nhất cao với dự thảo báo cáo.",
        "Hội viên chiếm tỷ lệ 85% dân số.",
        "Ban Chấp hành Đoàn trường nhiệm kỳ 2025 - 2027 gồm 15 đồng chí.",
        "Chi bộ trực thuộc Đảng ủy Khối các cơ quan.",
        "Chi bộ không có đảng viên vi phạm kỷ luật.",
    ):
        assert _lead(point) == (), point


def test_duties_of_state_bodies_in_a_party_orientation_are_kept() -> None:
    assert _lead("Ủy ban nhân dân xã tập trung chỉ đạo trước ngày 31/12/2027.") == (
        "Ủy ban nhân dân xã",
    )
    assert _lead("Công an xã chủ trì bảo đảm an ninh trật tự.") == ("Công an xã",)
    assert _lead("Mặt trận Tổ quốc và các đoàn thể vận động nhân dân.") == (
        "Mặt trận Tổ quốc và các đoàn thể",
    )


_CELL_RESOLUTION = """ĐẢNG BỘ XÃ TÂN HƯNG
CHI BỘ THÔN ĐÔNG
Số: 12-NQ/CB

ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hưng, ngày 30 tháng 11 năm 2025

NGHỊ QUYẾT
Về phương hướng nhiệm vụ tháng 12 năm 2025

I. ĐÁNH GIÁ KẾT QUẢ THÁNG 11

Chi bộ đã lãnh đạo hoàn thành thu hoạch lúa mùa.

II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 12

1. Chi bộ lãnh đạo tổ chức tốt ngày hội đại đoàn kết.
2. Tăng cường công tác dân vận.

III. TỔ CHỨC THỰC HIỆN

1. Giao đồng chí Trưởng thôn chỉ đạo thu quỹ quốc phòng an ninh, hoàn thành trước ngày 25/12/2025.
2. Giao đồng chí Chi hội trưởng Chi hội Nông dân vận động hội viên tham gia làm đường giao thông.

T/M CHI BỘ
BÍ THƯ
Lê Văn Ba

Nơi nhận:
- Đảng ủy xã (b/c);
- Lưu chi bộ.
"""


def test_assignments_after_the_orientation_are_read_as_usual() -> None:
    tasks = parse_notice(_CELL_RESOLUTION).tasks
    dated = [t for t in tasks if str(t.deadline) == "2025-12-25"]
    assert dated and "Trưởng thôn" in dated[0].text
    assert not any("b/c" in t.text for t in tasks)


_CELL_MONTHLY_REPORT = """ĐẢNG BỘ XÃ TÂN HƯNG
CHI BỘ THÔN ĐÔNG
Số: 11-BC/CB

ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hưng, ngày 28 tháng 11 năm 2025

BÁO CÁO
Kết quả lãnh đạo tháng 11, phương hướng nhiệm vụ tháng 12 năm 2025

Kính gửi: Đảng ủy xã Tân Hưng.

I. KẾT QUẢ THÁNG 11

Chi bộ đã lãnh đạo hoàn thành thu hoạch lúa mùa.

II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 12

1. Chi bộ lãnh đạo tổ chức tốt ngày hội đại đoàn kết.
2. Đảng viên tham gia đóng góp quỹ vì người nghèo.

T/M CHI BỘ
BÍ THƯ
Lê Văn Ba
"""


def test_cell_monthly_report_upward_keeps_its_note() -> None:
    notice = parse_notice(_CELL_MONTHLY_REPORT)
    assert notice.tasks == ()
    assert UPWARD_REPORT in notice.notes


_SPORTS_PROGRAMME = """ỦY BAN NHÂN DÂN
HUYỆN LONG PHÚ
Số: 05/CTr-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Long Phú, ngày 10 tháng 01 năm 2026

CHƯƠNG TRÌNH
Đại hội Thể dục thể thao huyện Long Phú lần thứ X năm 2026

| STT | Nội dung | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Ban hành điều lệ các môn thi đấu | Phòng Văn hóa và Thông tin | Trước ngày 15/02/2026 |
| 2 | Tổ chức giải bóng đá | Trung tâm Văn hóa - Thể thao | Trước ngày 30/4/2026 |

Giao Phòng Tài chính - Kế hoạch bố trí kinh phí tổ chức Đại hội trước ngày 28/02/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_a_work_programme_named_after_a_congress_keeps_its_tasks() -> None:
    tasks = parse_notice(_SPORTS_PROGRAMME).tasks
    assert "2026-02-28" in [str(t.deadline) for t in tasks]
    festival = _SPORTS_PROGRAMME.replace(
        "Đại hội Thể dục thể thao huyện Long Phú lần thứ X", "Lễ hội Văn hóa - Du lịch huyện"
    )
    assert "2026-02-28" in [str(t.deadline) for t in parse_notice(festival).tasks]


def test_meeting_month_cells() -> None:
    assert due_cell("Kỳ họp thứ 11 (tháng 5/2026)") == due_cell("Tháng 5/2026")
    assert due_cell("Phiên họp thường kỳ tháng 6/2026") == due_cell("Tháng 6/2026")
    assert due_cell("Tại Phiên họp tháng 9/2026") == due_cell("Tháng 9/2026")
    assert due_cell("Phiên họp tháng 3 và tháng 4/2026") == due_cell("Tháng 4/2026")
    both = "Phiên họp tháng 3/2026 (cho ý kiến), Phiên họp tháng 4/2026 (thông qua)"
    assert due_cell(both) == due_cell("Tháng 4/2026")


def test_submitter_column_with_more_words_leads() -> None:
    text = _LAW_PROGRAMME.replace("| Cơ quan trình |", "| Cơ quan trình dự án |")
    rows = [t for t in parse_notice(text).tasks if "chủ trì: luật" in t.text]
    assert [t.lead for t in rows] == [("Bộ Nội vụ",), ("Viện kiểm sát nhân dân tối cao",)]
