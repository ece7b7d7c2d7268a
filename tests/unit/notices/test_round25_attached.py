"""Round 25 (attached): the plan a decision issues, read after its signature.

A decision (Quyết định) that issues or approves a plan or programme "kèm theo Quyết định này"
prints the plan after its own articles, addressee list and signature; the work is there. When
only some of its pages are kept, the plan starts at a late section ("VII. CHẾ ĐỘ BÁO CÁO",
"VIII. TỔ CHỨC THỰC HIỆN") with no name and note above it; and its note may say "(Phê duyệt
kèm theo Quyết định số …)" as well as "(Ban hành kèm theo …)". A decision that issues nothing
attached, or rules ("Quy chế"), or whose tail opens with a sentence gives no task from it."""

from __future__ import annotations

from notice_fixtures import task_leads as _tasks

from notices import parse_notice

HEAD = """THỦ TƯỚNG CHÍNH PHỦ
Số: 222/QĐ-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 23 tháng 01 năm 2025

QUYẾT ĐỊNH
{title}

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

Theo đề nghị của Bộ trưởng Bộ Tài nguyên và Môi trường.

QUYẾT ĐỊNH:

Điều 1. {article}

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, \
thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Thủ tướng, các Phó Thủ tướng Chính phủ;
- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
- Lưu: VT, NN (2b).

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Hồng Hà

"""

ISSUES_PLAN = HEAD.format(
    title="Ban hành Kế hoạch hành động quốc gia thực hiện kinh tế tuần hoàn đến năm 2035",
    article="Ban hành kèm theo Quyết định này Kế hoạch hành động quốc gia thực hiện kinh tế "
    "tuần hoàn đến năm 2035.",
)

LATE_SECTIONS = """VII. CHẾ ĐỘ BÁO CÁO

1. Các bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh báo cáo tình hình thực hiện các mục \
tiêu, nhiệm vụ được giao tại Kế hoạch hành động quốc gia này, gửi Bộ Tài nguyên và Môi trường \
để tổng hợp, báo cáo Thủ tướng Chính phủ.

VIII. TỔ CHỨC THỰC HIỆN

1. Bộ Tài nguyên và Môi trường:

- Chủ trì, phối hợp với các bộ, cơ quan ngang bộ triển khai Kế hoạch hành động quốc gia.

- Xây dựng, ban hành khung hướng dẫn áp dụng, đánh giá việc thực hiện kinh tế tuần hoàn.

2. Bộ Tài chính:

- Tổng hợp, trình cấp có thẩm quyền bố trí kinh phí chi thường xuyên để thực hiện các nhiệm \
vụ thuộc Kế hoạch hành động quốc gia.
"""


def test_plan_kept_from_a_late_section_after_the_signature() -> None:
    tasks = _tasks(ISSUES_PLAN + LATE_SECTIONS)
    assert [lead for _, lead in tasks] == [
        ("Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân cấp tỉnh"),
        ("Bộ Tài nguyên và Môi trường",),
        ("Bộ Tài nguyên và Môi trường",),
        ("Bộ Tài chính",),
    ]
    assert tasks[1][0].startswith("Chủ trì, phối hợp với các bộ")
    assert tasks[3][0].startswith("Tổng hợp, trình cấp có thẩm quyền")


def test_approved_programme_with_its_note_after_the_signature() -> None:
    text = (
        HEAD.format(
            title="Phê duyệt Chương trình hành động thực hiện Nghị quyết số 05-NQ/BCSĐ",
            article="Phê duyệt kèm theo Quyết định này Chương trình hành động thực hiện Nghị "
            "quyết số 05-NQ/BCSĐ ngày 06/01/2010.",
        )
        + """BỘ GIÁO DỤC VÀ ĐÀO TẠO

CHƯƠNG TRÌNH HÀNH ĐỘNG

Triển khai thực hiện Nghị quyết số 05-NQ/BCSĐ ngày 06/01/2010

(Phê duyệt kèm theo Quyết định số 179/QĐ-BGDĐT ngày 11 tháng 01 năm 2010 của Bộ trưởng Bộ \
Giáo dục và Đào tạo)

I. Tổ chức nghiên cứu, thảo luận trong toàn ngành

1. Bộ Tài chính bố trí kinh phí in và phát hành 30.000 cuốn tài liệu tới các trường đại học.

2. Bộ Kế hoạch và Đầu tư tổ chức hội nghị trực tuyến giới thiệu nội dung tài liệu.
"""
    )
    tasks = _tasks(text)
    assert [lead for _, lead in tasks] == [("Bộ Tài chính",), ("Bộ Kế hoạch và Đầu tư",)]
    assert tasks[0][0].startswith("Bộ Tài chính bố trí kinh phí")


def test_decision_issuing_nothing_attached_reads_no_late_section() -> None:
    text = HEAD.format(
        title="Về việc thành lập Tổ công tác kinh tế tuần hoàn",
        article="Thành lập Tổ công tác kinh tế tuần hoàn do Phó Thủ tướng làm Tổ trưởng.",
    )
    assert _tasks(text + LATE_SECTIONS) == []


def test_decision_issuing_rules_reads_no_late_section() -> None:
    text = HEAD.format(
        title="Ban hành Quy chế làm việc của Tổ công tác",
        article="Ban hành kèm theo Quyết định này Quy chế làm việc của Tổ công tác.",
    )
    assert _tasks(text + LATE_SECTIONS) == []


def test_tail_opening_with_a_sentence_is_no_late_section() -> None:
    prose = (
        "Trong những năm qua, kinh tế tuần hoàn đã được các bộ, ngành, địa phương quan tâm "
        "triển khai và đạt được một số kết quả bước đầu đáng ghi nhận.\n\n"
    )
    assert _tasks(ISSUES_PLAN + prose + LATE_SECTIONS) == []


PROGRAMME = (
    HEAD.format(
        title="Phê duyệt Chương trình hành động thực hiện Nghị quyết số 05-NQ/BCSĐ",
        article="Phê duyệt kèm theo Quyết định này Chương trình hành động thực hiện Nghị quyết số "
        "05-NQ/BCSĐ ngày 06/01/2010.",
    )
    + """CHƯƠNG TRÌNH HÀNH ĐỘNG

Triển khai thực hiện Nghị quyết số 05-NQ/BCSĐ ngày 06/01/2010

(Phê duyệt kèm theo Quyết định số 179/QĐ-BGDĐT ngày 11 tháng 01 năm 2010)

Để triển khai thực hiện Nghị quyết, Bộ Giáo dục và Đào tạo triển khai Chương trình hành động \
với những nhiệm vụ cụ thể sau đây:

I. Hoàn thiện hệ thống văn bản quy phạm pháp luật về giáo dục đại học

1) Nghị định của Chính phủ quy định trách nhiệm quản lý nhà nước về giáo dục: tháng 3/2025 \
trình Chính phủ (Vụ Tổ chức cán bộ chủ trì);

2) Điều lệ trường đại học: tháng 02/2025 trình Thủ tướng Chính phủ (Vụ Giáo dục Đại học chủ \
trì, phối hợp với Vụ Pháp chế);

3) Tổng kết cuộc thảo luận trong ngành, báo cáo kết quả tháng 5/2025 trình bày tại hội nghị \
(chịu trách nhiệm chỉ đạo triển khai: Thứ trưởng Nguyễn Thị Nghĩa).
"""
)


def test_trailing_bracket_names_the_points_doer_and_month_of_submission_dates_it() -> None:
    tasks = parse_notice(PROGRAMME).tasks
    assert [task.text[:20] for task in tasks] == ["Nghị định của Chính ", "Điều lệ trường đại h"]
    assert [tuple(task.lead) for task in tasks] == [
        ("Vụ Tổ chức cán bộ",),
        ("Vụ Giáo dục Đại học",),
    ]
    assert [str(task.deadline) for task in tasks] == ["2025-03-31", "2025-02-28"]
    # the programme's own intro ("… với những nhiệm vụ cụ thể sau đây:") is no task
    assert not any(task.text.startswith("Để triển khai") for task in tasks)


def test_bracket_of_who_directs_is_no_doer() -> None:
    from notices.paren_doers import paren_doers
    from notices.structure import build_items

    _, items = build_items(
        [
            "1. Tổ chức hội nghị trực tuyến. Thời gian hoàn thành trước 31/01/2010 (chịu trách "
            "nhiệm chỉ đạo triển khai: Thứ trưởng Nguyễn Thị Nghĩa).",
            "2. Dịch tài liệu sang tiếng Anh (chịu trách nhiệm thực hiện: Vụ trưởng Vụ Hợp tác "
            "quốc tế Trần Bá Việt Dũng).",
            "3. Bộ Tài chính (cơ quan chủ trì) bố trí kinh phí.",
        ]
    )
    assert [paren_doers(item, item.paragraphs) for item in items] == [
        None,
        ["Vụ trưởng Vụ Hợp tác quốc tế"],
        None,
    ]


def test_scan_misread_numeral_still_opens_the_late_section() -> None:
    text = ISSUES_PLAN + LATE_SECTIONS.replace("VII. CHẾ ĐỘ BÁO CÁO", "VIIL. CHẾ ĐỘ BÁO CÁO")
    tasks = _tasks(text)
    assert ("Bộ Tài chính",) in [lead for _, lead in tasks]
    assert tasks[0][0].startswith("Các bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh báo cáo")


CHANNELS = (
    HEAD.format(
        title="Phê duyệt Kế hoạch chuyển đổi kênh tần số truyền hình mặt đất",
        article="Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi kênh tần số truyền hình mặt "
        "đất giai đoạn 2025-2027.",
    )
    + """Kế hoạch chuyển đổi kênh tần số truyền hình mặt đất giai đoạn 2025-2027
Ban hành kèm theo Quyết định số 222/QĐ-TTg ngày 23 tháng 01 năm 2025 của Thủ tướng Chính phủ

{table}
"""
)

CHANNEL_TABLE = "\n".join(
    [
        "| Stt | Cơ quan, đơn vị | Địa điểm | Kênh tần số chuyển đổi "
        "| Thời hạn chuyển đổi (trước ngày) | Ghi chú |",
        "|---|---|---|---|---|---|",
        "| 1. | Đài Truyền hình Việt Nam | Nam Định | 50 | 01/5/2025 | Giải phóng kênh 47. |",
        "| 2. | Đài Truyền hình Việt Nam | Quảng Ninh | 36 | 01/6/2025 | Giải phóng kênh 31. |",
        "| 3. | Đài Phát thanh truyền hình tỉnh Long An | Long An | 32 | 01/7/2026 "
        "| Giải phóng kênh 34. |",
    ]
)


def test_units_table_with_due_dates_gives_each_row_to_its_unit() -> None:
    tasks = parse_notice(CHANNELS.format(table=CHANNEL_TABLE)).tasks
    assert [tuple(task.lead) for task in tasks] == [
        ("Đài Truyền hình Việt Nam",),
        ("Đài Truyền hình Việt Nam",),
        ("Đài Phát thanh truyền hình tỉnh Long An",),
    ]
    assert "Nam Định | 50 | 01/5/2025 | Giải phóng kênh 47" in tasks[0].text
    assert [str(task.deadline) for task in tasks] == ["2025-05-01", "2025-06-01", "2026-07-01"]
    assert {task.deadline_kind.value for task in tasks} == {"before_date"}


def test_units_table_of_times_is_a_schedule_not_work() -> None:
    table = """| STT | Đơn vị | Thời gian |
|---|---|---|
| 1 | Sở Giáo dục và Đào tạo Đồng Tháp | 17/4/2025 |
| 2 | Sở Giáo dục và Đào tạo Lào Cai | 20/4/2025 |
| 3 | Sở Giáo dục và Đào tạo Hà Giang | 25/4/2025 |"""
    assert parse_notice(CHANNELS.format(table=table)).tasks == ()
