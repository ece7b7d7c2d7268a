"""Round 30 (circ): a ministry circular's duty articles read whole.

A circular gives its work out in articles titled by the work ("Điều 4. Trách nhiệm xây dựng
quyết định công bố …", "Điều 8. Phạm vi và trách nhiệm niêm yết …") whose clauses name their
holders; one of them may open with its own lead-in ("… Cụ thể như sau:"), which is no intro of
the document. Its holders are staff bodies that help a superior ("Sở Tư pháp giúp Ủy ban nhân dân
cấp tỉnh tổng hợp …"), units "thuộc Tổ chức pháp chế Bộ", and its execution article gives a body
the oversight of the circular ("… có trách nhiệm giúp Bộ trưởng theo dõi, đôn đốc, kiểm tra việc
thực hiện Thông tư này"). The closing "Trong quá trình thực hiện, nếu có vướng mắc …" and the
"chịu trách nhiệm thi hành" formula stay no task. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice

_HEAD = """BỘ NỘI VỤ
Số: 07/2031/TT-BNV

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 4 năm 2031

THÔNG TƯ
HƯỚNG DẪN CÔNG KHAI DANH MỤC HỒ SƠ LƯU TRỮ VÀ BÁO CÁO CÔNG TÁC LƯU TRỮ

Căn cứ Nghị định số 45/2030/NĐ-CP ngày 10 tháng 3 năm 2030 của Chính phủ;

Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn công khai danh mục hồ sơ lưu trữ.

Chương I
CÔNG KHAI DANH MỤC HỒ SƠ

Điều 1. Phạm vi điều chỉnh

Thông tư này hướng dẫn việc công khai danh mục hồ sơ lưu trữ tại các cơ quan hành chính.

Điều 2. Đối tượng áp dụng

Thông tư này áp dụng đối với cơ quan hành chính nhà nước các cấp.
"""

_END = """
Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 20. Trách nhiệm thi hành

1. Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách \
nhiệm thi hành Thông tư này.

2. Cục Văn thư và Lưu trữ nhà nước có trách nhiệm giúp Bộ trưởng Bộ Nội vụ theo dõi, đôn đốc, \
kiểm tra việc thực hiện Thông tư này.

Điều 21. Hiệu lực thi hành

1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 6 năm 2031.

2. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan phản ánh kịp thời về Bộ \
Nội vụ để nghiên cứu, giải quyết./.

Nơi nhận:
- Như Điều 20;
- Lưu: VT.

BỘ TRƯỞNG
Nguyễn Văn An
"""

# Two work-titled duty articles, the second led in by its own "Cụ thể như sau:"
_WORK_TITLES = """
Điều 3. Trách nhiệm lập danh mục hồ sơ lưu trữ

1. Các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh có trách nhiệm lập danh mục hồ sơ \
lưu trữ ngay sau khi kết thúc năm công tác.

2. Văn phòng Ủy ban nhân dân cấp huyện có trách nhiệm lập danh mục hồ sơ lưu trữ của Ủy ban \
nhân dân cấp huyện.

Điều 4. Phạm vi và trách nhiệm công khai danh mục hồ sơ lưu trữ

Việc công khai danh mục hồ sơ lưu trữ được thực hiện tại trụ sở cơ quan và trên cổng thông tin \
điện tử. Cụ thể như sau:

1. Sở Nội vụ có trách nhiệm công khai danh mục hồ sơ lưu trữ của các cơ quan chuyên môn thuộc \
Ủy ban nhân dân cấp tỉnh.

2. Phòng Nội vụ thuộc Ủy ban nhân dân cấp huyện có trách nhiệm công khai danh mục hồ sơ lưu trữ \
trên địa bàn huyện.
"""

# A report article whose holders help their superiors, and units under a legal department
_HELPERS = """
Chương II
CHẾ ĐỘ BÁO CÁO CÔNG TÁC LƯU TRỮ

Điều 10. Trách nhiệm thực hiện báo cáo

1. Trách nhiệm thực hiện báo cáo tổng hợp

a) Sở Nội vụ giúp Ủy ban nhân dân cấp tỉnh tổng hợp báo cáo của các cơ quan chuyên môn thuộc \
Ủy ban nhân dân cấp tỉnh theo Biểu số 02;

b) Phòng Nội vụ thuộc Ủy ban nhân dân cấp huyện giúp Ủy ban nhân dân cấp huyện tổng hợp báo cáo \
của Ủy ban nhân dân cấp xã theo Biểu số 03;

c) Tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ giúp Bộ trưởng tổng hợp báo cáo của các đơn vị \
thuộc Bộ theo Biểu số 04;

d) Phòng Kiểm soát hồ sơ thuộc Tổ chức pháp chế Bộ có trách nhiệm báo cáo theo Biểu số 05.
"""


def _tasks(body: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(t.text, t.lead) for t in parse_notice(_HEAD + body + _END).tasks]


def _opening(tasks: list[tuple[str, tuple[str, ...]]], start: str) -> tuple[str, ...]:
    leads = [lead for text, lead in tasks if text.startswith(start)]
    assert leads, f"no task opens with {start!r}"
    return leads[0]


def test_a_work_titled_articles_own_lead_in_is_no_intro_of_the_circular() -> None:
    tasks = _tasks(_WORK_TITLES)
    assert _opening(tasks, "Các cơ quan chuyên môn thuộc Ủy ban") == (
        "Các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh",
    )
    assert _opening(tasks, "Văn phòng Ủy ban nhân dân cấp huyện") == (
        "Văn phòng Ủy ban nhân dân cấp huyện",
    )
    assert _opening(tasks, "Sở Nội vụ có trách nhiệm công khai") == ("Sở Nội vụ",)
    assert _opening(tasks, "Phòng Nội vụ thuộc") == (
        "Phòng Nội vụ thuộc Ủy ban nhân dân cấp huyện",
    )
    assert not any(text.startswith("Việc công khai") for text, _ in tasks)


def test_a_scope_article_with_its_own_lead_in_stays_rules() -> None:
    scope = """
Điều 3. Phạm vi và đối tượng công khai

Việc công khai được áp dụng đối với các loại hồ sơ sau đây:

1. Hồ sơ lưu trữ có thời hạn bảo quản vĩnh viễn.

2. Hồ sơ lưu trữ có thời hạn bảo quản từ 10 năm trở lên.
"""
    texts = [text for text, _ in _tasks(scope)]
    assert not any(text.startswith(("Hồ sơ lưu trữ", "Việc công khai")) for text in texts)


def test_a_body_that_helps_its_superior_leads_alone() -> None:
    tasks = _tasks(_HELPERS)
    assert _opening(tasks, "Sở Nội vụ giúp") == ("Sở Nội vụ",)
    assert _opening(tasks, "Phòng Nội vụ thuộc Ủy ban nhân dân cấp huyện giúp") == (
        "Phòng Nội vụ thuộc Ủy ban nhân dân cấp huyện",
    )


def test_a_ministrys_legal_department_is_a_body_not_the_verb_to_organise() -> None:
    tasks = _tasks(_HELPERS)
    assert _opening(tasks, "Tổ chức pháp chế thuộc Bộ") == (
        "Tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ",
    )
    assert _opening(tasks, "Phòng Kiểm soát hồ sơ") == (
        "Phòng Kiểm soát hồ sơ thuộc Tổ chức pháp chế Bộ",
    )


def test_an_advisory_body_and_the_verb_to_organise_keep_their_reading() -> None:
    plan = """
Điều 10. Trách nhiệm của Sở Nội vụ

1. Tổ chức hội nghị tập huấn công tác lưu trữ cho các cơ quan chuyên môn.

2. Văn phòng giúp việc Ban Chỉ đạo tổng hợp báo cáo công tác lưu trữ hằng năm.
"""
    tasks = _tasks(plan)
    assert _opening(tasks, "Tổ chức hội nghị tập huấn") == ("Sở Nội vụ",)
    assert _opening(tasks, "Văn phòng giúp việc") == ("Văn phòng giúp việc Ban Chỉ đạo",)


def test_the_oversight_of_the_circular_is_a_task_its_execution_formula_and_closing_are_not() -> (
    None
):
    tasks = _tasks(_WORK_TITLES)
    assert _opening(tasks, "Cục Văn thư và Lưu trữ nhà nước") == (
        "Cục Văn thư và Lưu trữ nhà nước",
    )
    texts = [text for text, _ in tasks]
    assert not any(text.startswith(("Bộ trưởng, Thủ trưởng", "Trong quá trình")) for text in texts)


def test_an_elected_bodys_supervision_of_its_resolution_stays_no_task() -> None:
    resolution = """HỘI ĐỒNG NHÂN DÂN TỈNH AN BÌNH
Số: 12/2031/NQ-HĐND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 10 tháng 7 năm 2031

NGHỊ QUYẾT
Quy định mức hỗ trợ cán bộ lưu trữ

HỘI ĐỒNG NHÂN DÂN TỈNH AN BÌNH

QUYẾT NGHỊ:

Điều 1. Quy định mức hỗ trợ hằng tháng cho cán bộ làm công tác lưu trữ cấp xã.

Điều 2. Tổ chức thực hiện

1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.

2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh và các đại biểu Hội \
đồng nhân dân tỉnh kiểm tra, giám sát việc thực hiện Nghị quyết này.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

CHỦ TỊCH
Trần Văn Bình
"""
    texts = [t.text for t in parse_notice(resolution).tasks]
    assert not any(text.startswith("Thường trực Hội đồng nhân dân") for text in texts)


# A duty article written as plain lines, the first closing its list with ";"
_PLAIN_LINES = """
Điều 10. Trách nhiệm của các cơ quan, đơn vị

Kiện toàn Hội đồng lưu trữ của đơn vị; phân công lãnh đạo phụ trách công tác lưu trữ;

{second}
"""


def test_a_duty_articles_plain_lines_are_each_a_task_after_a_semicolon() -> None:
    second = "Thành lập Tổ kiểm tra hồ sơ theo thẩm quyền quy định tại Điều 5 của Thông tư này."
    tasks = _tasks(_PLAIN_LINES.format(second=second))
    assert _opening(tasks, "Kiện toàn Hội đồng") == ("các cơ quan, đơn vị",)
    assert _opening(tasks, "Thành lập Tổ kiểm tra") == ("các cơ quan, đơn vị",)


def test_a_date_line_after_a_semicolon_still_dates_the_duty_above() -> None:
    second = "Thời gian hoàn thành: trước ngày 30 tháng 6 năm 2031."
    notice = parse_notice(_HEAD + _PLAIN_LINES.format(second=second) + _END)
    duties = [t for t in notice.tasks if t.text.startswith("Kiện toàn")]
    assert len(duties) == 1 and str(duties[0].deadline) == "2031-06-30"
    assert not any(t.text.startswith("Thời gian") for t in notice.tasks)


_GAZETTE = """THÔNG TƯ
CỦA BỘ NỘI VỤ SỐ 07/2031/TT-BNV NGÀY 12 THÁNG 4 NĂM 2031
HƯỚNG DẪN CÔNG KHAI DANH MỤC HỒ SƠ LƯU TRỮ

Căn cứ Nghị định số 45/2030/NĐ-CP ngày 10 tháng 3 năm 2030 của Chính phủ;

Bộ Nội vụ hướng dẫn công khai danh mục hồ sơ lưu trữ như sau:

1. Sở Nội vụ công khai danh mục hồ sơ lưu trữ trước ngày 30 tháng 6 hằng năm.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An
"""


def test_a_gazette_title_line_gives_the_number_date_and_issuer() -> None:
    notice = parse_notice(_GAZETTE)
    assert notice.doc_number == "07/2031/TT-BNV"
    assert notice.doc_type == "TT"
    assert str(notice.issued_date) == "2031-04-12"
    assert notice.issuer == "Bộ Nội vụ"


def test_a_title_citing_another_texts_number_gives_no_metadata() -> None:
    amending = _GAZETTE.replace(
        "CỦA BỘ NỘI VỤ SỐ 07/2031/TT-BNV NGÀY 12 THÁNG 4 NĂM 2031",
        "SỬA ĐỔI MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 05/2030/TT-BNV NGÀY 02 THÁNG 3 NĂM 2030",
    )
    notice = parse_notice(amending)
    assert notice.doc_number is None
    assert notice.issued_date is None


def test_a_focal_bodys_role_over_the_circular_stays_no_task() -> None:
    role = _END.replace(
        "Cục Văn thư và Lưu trữ nhà nước có trách nhiệm giúp Bộ trưởng Bộ Nội vụ theo dõi",
        "Cục Văn thư và Lưu trữ nhà nước là cơ quan đầu mối theo dõi",
    )
    texts = [t.text for t in parse_notice(_HEAD + _WORK_TITLES + role).tasks]
    assert not any(text.startswith("Cục Văn thư") for text in texts)
