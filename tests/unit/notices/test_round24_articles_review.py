"""Round 24 (articles), review: the reviewer's inputs as failing-first tests.

HIGH 1: a mandate ("Nhiệm vụ, quyền hạn của …") counts as a body's share of work only for a
standing body of government (Bộ, Sở, Ủy ban nhân dân, a level of government), never for a body
the regulation sets up or governs (Hội đồng tuyển dụng, Ban kiểm tra, Ban Quản lý chợ, Tổ bảo
vệ). HIGH 2: a document whose title is itself a mandate ("Nhiệm vụ, quyền hạn và mối quan hệ
công tác của các phòng …") is a statute. HIGH 3: "Phân công …" and "Chế độ báo cáo" articles
share nothing out in a working regulation, nor in a division of competence ("Phân công, phân
cấp"). HIGH 4: a lower-case holder the name reader does not cover is kept whole ("đơn vị được
kiểm tra"); employers and every state agency give no duties. MEDIUM 5: a standing body's lone
mandate beside "Trách nhiệm của …" articles is its share. MEDIUM 6: a list of "nhiệm vụ" under
"Giao cho <đơn vị> thực hiện các nhiệm vụ sau:" is no list of objects (never merged into its
lead-in); its noun items ("Nhiệm vụ điều tra …") as one task each is left (xfail)."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.regulation import is_duty
from notices.task_headings import heading_assignees
from tests.unit.notices.test_round24_articles import DUTIES, HEAD, _lead, _openings

EXAM = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ
Số: 12/2030/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 05 tháng 3 năm 2030

QUY CHẾ
Tuyển dụng viên chức ngành giáo dục tỉnh An Phú
(Ban hành kèm theo Quyết định số 12/2030/QĐ-UBND ngày 05 tháng 3 năm 2030)

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc tuyển dụng viên chức ngành giáo dục.

Điều 2. Đối tượng áp dụng

Các đơn vị sự nghiệp công lập thuộc ngành giáo dục.

Điều 3. Nhiệm vụ, quyền hạn của Hội đồng tuyển dụng

1. Thành lập các bộ phận giúp việc gồm Ban kiểm tra phiếu, Ban phỏng vấn.

2. Tổ chức xét tuyển theo đúng quy định.

3. Giải quyết khiếu nại, tố cáo trong quá trình tổ chức xét tuyển.

Điều 4. Nhiệm vụ, quyền hạn của Ban kiểm tra phiếu

1. Kiểm tra phiếu đăng ký dự tuyển của thí sinh.

2. Báo cáo kết quả kiểm tra với Chủ tịch Hội đồng tuyển dụng.

Điều 5. Nhiệm vụ, quyền hạn của Ban phỏng vấn

1. Xây dựng đề phỏng vấn.

2. Chấm điểm phỏng vấn theo thang điểm 100.

Điều 6. Điều kiện đăng ký dự tuyển

Người đăng ký dự tuyển phải có đủ tiêu chuẩn theo quy định.
"""


WORKREG = """ỦY BAN NHÂN DÂN HUYỆN AN LẠC
Số: 05/2030/QĐ-UBND

QUY CHẾ
Làm việc của Ủy ban nhân dân huyện An Lạc nhiệm kỳ 2026 - 2031
(Ban hành kèm theo Quyết định số 05/2030/QĐ-UBND ngày 10 tháng 1 năm 2030)

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định về nguyên tắc, chế độ trách nhiệm, lề lối làm việc của Ủy ban nhân \
dân huyện.

Điều 2. Nguyên tắc làm việc

Ủy ban nhân dân huyện làm việc theo chế độ tập thể.

Điều 3. Phân công nhiệm vụ của Chủ tịch và các Phó Chủ tịch

1. Chủ tịch Ủy ban nhân dân huyện lãnh đạo, điều hành mọi hoạt động của Ủy ban nhân dân huyện.

2. Phó Chủ tịch thường trực phụ trách lĩnh vực kinh tế, tài chính, ngân sách.

3. Phó Chủ tịch phụ trách lĩnh vực văn hóa - xã hội chỉ đạo các phòng chuyên môn thuộc \
lĩnh vực.

Điều 4. Chế độ báo cáo

1. Các phòng chuyên môn báo cáo tình hình thực hiện nhiệm vụ hằng tháng trước ngày 20.

2. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện tổng hợp báo cáo Ủy ban nhân dân \
tỉnh hằng quý.

Điều 5. Chế độ họp

Ủy ban nhân dân huyện họp thường kỳ mỗi tháng một lần.
"""


LOWER_AGENCIES = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ
Số: 20/2030/QĐ-UBND

QUY ĐỊNH
Về thực hiện cơ chế một cửa trong giải quyết thủ tục hành chính
(Ban hành kèm theo Quyết định số 20/2030/QĐ-UBND ngày 12 tháng 4 năm 2030)

Điều 1. Phạm vi điều chỉnh

Quy định này quy định việc thực hiện cơ chế một cửa.

Điều 2. Giải thích từ ngữ

Bộ phận một cửa là nơi tiếp nhận hồ sơ.

Điều 3. Trách nhiệm của cơ quan tiếp nhận hồ sơ

1. Kiểm tra tính đầy đủ của hồ sơ trong thời hạn 01 ngày làm việc.

2. Trả kết quả cho tổ chức, cá nhân đúng hẹn.

Điều 4. Trách nhiệm của đơn vị sử dụng lao động

1. Đóng bảo hiểm xã hội cho người lao động đầy đủ.

2. Báo cáo tình hình sử dụng lao động định kỳ 06 tháng.

Điều 5. Trách nhiệm của cơ quan nhà nước

1. Công khai thủ tục hành chính tại trụ sở.

Điều 6. Trách nhiệm của đơn vị được kiểm tra

1. Cung cấp đầy đủ hồ sơ, tài liệu theo yêu cầu của đoàn kiểm tra.

2. Chấp hành kết luận kiểm tra.

Điều 7. Xử lý vi phạm

Cán bộ vi phạm bị xử lý kỷ luật.
"""


OBJECTS = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ
Số: 45/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 10 tháng 01 năm 2030

KẾ HOẠCH
Cải cách hành chính năm 2030

I. NHIỆM VỤ

1. Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh ban hành các văn bản sau:

a) Kế hoạch cải cách hành chính giai đoạn 2030 - 2035, hoàn thành trước ngày 31/3/2030;

b) Kế hoạch kiểm tra công tác cải cách hành chính năm 2030, hoàn thành trước ngày 30/4/2030;

c) Đề án nâng cao chỉ số cải cách hành chính năm 2029, hoàn thành trước ngày 15/5/2030.

2. Sở Tư pháp chủ trì tổ chức các hội nghị sau:

a) Hội nghị tập huấn công tác kiểm soát thủ tục hành chính (quý II/2030);

b) Hội nghị sơ kết 6 tháng đầu năm (tháng 7/2030).
"""


DIVISION = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ
Số: 30/2030/QĐ-UBND

QUY ĐỊNH
Phân cấp quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh
(Ban hành kèm theo Quyết định số 30/2030/QĐ-UBND ngày 02 tháng 5 năm 2030)

Điều 1. Phạm vi điều chỉnh

Quy định này quy định việc phân cấp quản lý nhà nước về an toàn thực phẩm.

Điều 2. Nguyên tắc phân công, phân cấp

Bảo đảm không chồng chéo, bỏ sót.

Điều 3. Phân công, phân cấp quản lý cơ sở sản xuất, kinh doanh

1. Sở Y tế quản lý cơ sở sản xuất thực phẩm chức năng.

2. Sở Nông nghiệp và Môi trường quản lý cơ sở sản xuất nông sản.

3. Ủy ban nhân dân cấp xã quản lý cơ sở kinh doanh thực phẩm nhỏ lẻ.

Điều 4. Trách nhiệm của Sở Y tế

1. Chủ trì kiểm tra an toàn thực phẩm trong dịp Tết Nguyên đán.

Điều 5. Chế độ báo cáo

1. Báo cáo định kỳ 6 tháng gửi trước ngày 15 tháng 6; báo cáo năm gửi trước ngày 15 tháng 12.

2. Báo cáo đột xuất theo yêu cầu của cơ quan có thẩm quyền.

3. Mẫu báo cáo thực hiện theo Phụ lục kèm theo Quy định này.

Điều 6. Xử lý vi phạm

Tổ chức vi phạm bị xử lý theo quy định.
"""


PLAN = """SỞ NỘI VỤ TỈNH AN PHÚ
Số: 88/KH-SNV

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 10 tháng 02 năm 2030

KẾ HOẠCH
Kiểm tra công tác văn thư, lưu trữ năm 2030

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao chất lượng công tác văn thư, lưu trữ.

II. NỘI DUNG KIỂM TRA

1. Việc ban hành văn bản chỉ đạo.

2. Việc lập hồ sơ và nộp lưu hồ sơ.

III. TỔ CHỨC THỰC HIỆN

1. Trách nhiệm của đơn vị được kiểm tra:

- Chuẩn bị báo cáo theo đề cương gửi Đoàn kiểm tra trước ngày 15/3/2030.

- Bố trí lãnh đạo và công chức làm việc với Đoàn kiểm tra.

2. Trách nhiệm của cơ quan thường trực Đoàn kiểm tra:

- Phòng Văn thư - Lưu trữ xây dựng đề cương báo cáo, hoàn thành trước ngày 01/3/2030.

3. Trách nhiệm của sở, ngành, Ủy ban nhân dân cấp huyện:

- Phối hợp cung cấp thông tin khi Đoàn kiểm tra đề nghị.
"""


MARKET = """ỦY BAN NHÂN DÂN THỊ XÃ SA HUỲNH
Số: 03/2030/QĐ-UBND

NỘI QUY
Quản lý chợ trung tâm thị xã
(Ban hành kèm theo Quyết định số 03/2030/QĐ-UBND ngày 02 tháng 4 năm 2030)

Điều 1. Phạm vi điều chỉnh

Nội quy này áp dụng đối với chợ trung tâm thị xã.

Điều 2. Giải thích từ ngữ

Hộ kinh doanh là người kinh doanh tại chợ.

Điều 3. Nhiệm vụ, quyền hạn của Ban Quản lý chợ

1. Bố trí, sắp xếp ngành hàng kinh doanh trong chợ.

2. Thu tiền thuê điểm kinh doanh theo hợp đồng.

Điều 4. Nhiệm vụ, quyền hạn của Trưởng Ban Quản lý chợ

1. Điều hành hoạt động của Ban Quản lý chợ.

2. Ký hợp đồng thuê điểm kinh doanh.

Điều 5. Nhiệm vụ, quyền hạn của Tổ bảo vệ chợ

1. Giữ gìn an ninh trật tự trong chợ.

2. Kiểm tra phòng cháy, chữa cháy hằng ngày.

Điều 6. Quyền và nghĩa vụ của hộ kinh doanh

1. Kinh doanh đúng ngành hàng đăng ký.
"""


UNITS = """SỞ Y TẾ TỈNH AN PHÚ
Số: 150/QĐ-SYT

QUY ĐỊNH
Nhiệm vụ, quyền hạn và mối quan hệ công tác của các phòng chuyên môn thuộc Sở Y tế
(Ban hành kèm theo Quyết định số 150/QĐ-SYT ngày 10 tháng 6 năm 2030)

Điều 1. Phạm vi điều chỉnh

Quy định này quy định nhiệm vụ, quyền hạn của các phòng chuyên môn thuộc Sở Y tế.

Điều 2. Nguyên tắc làm việc

Các phòng làm việc theo chế độ thủ trưởng.

Điều 3. Nhiệm vụ, quyền hạn của Văn phòng Sở

1. Tham mưu Giám đốc Sở công tác tổ chức, cán bộ.

2. Quản lý công tác văn thư, lưu trữ của Sở.

Điều 4. Nhiệm vụ, quyền hạn của Phòng Nghiệp vụ Y

1. Tham mưu quản lý nhà nước về khám bệnh, chữa bệnh.

2. Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh.

Điều 5. Nhiệm vụ, quyền hạn của Phòng Kế hoạch - Tài chính

1. Xây dựng dự toán ngân sách hằng năm của Sở.

Điều 6. Mối quan hệ công tác

Các phòng phối hợp trong thực hiện nhiệm vụ.
"""


ORDER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 1234/QĐ-BNNMT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 15 tháng 3 năm 2030

QUYẾT ĐỊNH
Về việc giao nhiệm vụ chuyên môn năm 2030 cho Trung tâm Quy hoạch và Điều tra tài nguyên \
nước quốc gia

BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

Căn cứ Nghị định số 35/2025/NĐ-CP;

QUYẾT ĐỊNH:

Điều 1. Giao cho Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia thực hiện các \
nhiệm vụ sau:

1. Nhiệm vụ điều tra, đánh giá tài nguyên nước vùng Tây Nguyên, thời gian hoàn thành \
tháng 11/2030;

2. Nhiệm vụ quan trắc tài nguyên nước dưới đất quốc gia, thời gian hoàn thành tháng 12/2030;

3. Nhiệm vụ cảnh báo, dự báo tài nguyên nước, thời gian hoàn thành tháng 12/2030.

Điều 2. Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia có trách nhiệm tổ chức \
thực hiện các nhiệm vụ được giao bảo đảm chất lượng, tiến độ.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""


# A lone mandate article ("Nhiệm vụ, quyền hạn của Bộ Nội vụ") beside "Trách nhiệm của …" ones.
MIXED = HEAD + DUTIES.replace(
    "Điều 5. Nhiệm vụ và quyền hạn của bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, tổ chức "
    "chính trị - xã hội ở trung ương",
    "Điều 5. Trách nhiệm của các bộ, cơ quan ngang bộ",
)


# ---- HIGH 1: bodies the regulation sets up or governs ----


def test_mandates_of_set_up_bodies_give_no_task() -> None:
    assert _openings(EXAM) == []


def test_mandates_of_a_market_board_and_its_guards_give_no_task() -> None:
    assert _openings(MARKET) == []


# ---- HIGH 2: a statute whose title is a mandate ----


def test_a_statute_titled_by_its_units_mandates_gives_no_task() -> None:
    assert _openings(UNITS) == []


# ---- HIGH 3: sharing articles in a statute or a division of competence ----


def test_a_working_regulations_division_and_reports_give_no_task() -> None:
    assert _openings(WORKREG) == []


def test_a_division_of_competence_gives_no_task() -> None:
    openings = _openings(DIVISION)
    assert not any(o.startswith(("Ủy ban nhân dân cấp xã", "Sở Y tế quản lý")) for o in openings)
    assert _lead(DIVISION, "Chủ trì kiểm tra an toàn thực phẩm") == ("Sở Y tế",)


# ---- HIGH 4: lower-case holders ----


def test_a_holder_the_names_do_not_cover_is_kept_whole() -> None:
    assert _lead(LOWER_AGENCIES, "Cung cấp đầy đủ hồ sơ") == ("đơn vị được kiểm tra",)
    assert _lead(PLAN, "Chuẩn bị báo cáo theo đề cương") == ("đơn vị được kiểm tra",)
    assert heading_assignees("Trách nhiệm của đơn vị bị thanh tra") == ["đơn vị bị thanh tra"]
    assert heading_assignees("Trách nhiệm của ngành hàng không") == ["ngành hàng không"]


def test_employers_and_every_state_agency_give_their_acts() -> None:
    """Round 27 review, finding 3: the corpus labels the acts of a "Trách nhiệm của X"
    article whoever X is (expected byt-12 Đ3–6, cp-133 Đ25–26, cp-101 Đ43, qh-29 Đ25,
    bacgiang-41 Đ8) and none of its conduct (hue-29 Đ10, hn-qd Đ14).
    cp-101 Điều 43 ("đơn vị sử dụng cán bộ") labels 3/3."""
    openings = _openings(LOWER_AGENCIES)
    assert any(o.startswith("Báo cáo tình hình sử dụng") for o in openings)
    assert any(o.startswith("Công khai thủ tục hành chính") for o in openings)
    assert _lead(LOWER_AGENCIES, "Kiểm tra tính đầy đủ") == ("cơ quan tiếp nhận hồ sơ",)


# ---- MEDIUM 5: a standing body's lone mandate beside duty articles ----


def test_a_ministrys_lone_mandate_beside_duty_articles_is_its_share() -> None:
    assert _lead(MIXED, "Xây dựng, trình cấp có thẩm") == ("Bộ Nội vụ",)
    assert _lead(MIXED, "Hướng dẫn, kiểm tra việc") == ("Bộ Nội vụ",)
    assert _lead(MIXED, "Ban hành kế hoạch số hóa") == ("Ủy ban nhân dân cấp tỉnh",)


# ---- MEDIUM 6: an assignment list of tasks ----

UNIT = ("Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia",)


def _items(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [
        (t.text[:30], t.lead, t.deadline.isoformat() if t.deadline else None)
        for t in parse_notice(text).tasks
        if "Nhiệm vụ" in t.text[:40]
    ]


def test_a_list_of_tasks_is_never_merged_into_its_lead_in() -> None:
    for text in (ORDER, ORDER.replace("các nhiệm vụ sau:", "các nhiệm vụ chuyên môn sau:")):
        for task in parse_notice(text).tasks:
            assert task.text.count("Nhiệm vụ") <= 1, task.text
            assert not (task.text.startswith("Giao cho") and "Nhiệm vụ" in task.text), task.text


@pytest.mark.xfail(strict=True, reason="noun items ('Nhiệm vụ điều tra …') ask no work: left")
def test_an_ordering_decisions_list_of_tasks_gives_one_task_each() -> None:
    items = _items(ORDER)
    assert [(lead, dl) for _, lead, dl in items] == [
        (UNIT, "2030-11-30"),
        (UNIT, "2030-12-31"),
        (UNIT, "2030-12-31"),
    ]


# ---- LOW ----


def test_compounds_and_governed_units_are_no_lower_case_levels() -> None:
    assert not is_duty("Trách nhiệm của bộ đội biên phòng")
    assert not is_duty("Trách nhiệm của sở hữu chủ")
    assert heading_assignees("Nhiệm vụ, quyền hạn của đơn vị quản lý khu du lịch") is None
