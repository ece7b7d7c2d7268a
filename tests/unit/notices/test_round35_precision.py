"""Round 35 (precision): sentences read as tasks that assign nothing, and a lead carried wrong.

A cover letter that forwards material for the public ("TÀI LIỆU TUYÊN TRUYỀN" after its
signature) asks its addressee in one paragraph to spread it; the leaflet's numbered conditions
are rules of conduct for the public, not work. A report request lists its reports, each with
the form to fill in ("- Thực hiện theo đường dẫn: https://…") and its due date: the link line
tells how to send the report, it is no task of its own. A body whose field is written "A, B và
C" with a longer first part ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch") is one body.
Counter-examples: a cover letter over an attached plan, a letter whose own numbered points ask
work, a link line that names work besides the link, a body list that stays two bodies.
Documents invented for these tests.
"""

from __future__ import annotations

from notice_fixtures import lead_of
from notice_fixtures import task_leads as _tasks

_LEAFLET = """BỘ Y TẾ                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC Y TẾ DỰ PHÒNG                    Độc lập - Tự do - Hạnh phúc

Số: 215/DP-TT                        Hà Nội, ngày 12 tháng 3 năm 2027
V/v cung cấp tài liệu tuyên truyền phòng bệnh sốt xuất huyết

Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương

Để chủ động phòng, chống bệnh sốt xuất huyết trong mùa mưa, Cục Y tế dự phòng cung cấp tài
liệu tuyên truyền về các biện pháp phòng bệnh tại hộ gia đình.

Đề nghị Sở Y tế các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các trung tâm y tế tuyên
truyền trên hệ thống loa truyền thanh cấp xã và bảng tin của khu dân cư.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, TT.
KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG

Trần Văn Bình

TÀI LIỆU TUYÊN TRUYỀN
Phòng bệnh sốt xuất huyết tại hộ gia đình
(kèm theo Công văn số 215/DP-TT ngày 12/3/2027 của Cục Y tế dự phòng)

I. DIỆT BỌ GẬY, LOĂNG QUĂNG

1. Hộ gia đình đậy kín các dụng cụ chứa nước sinh hoạt sau mỗi lần sử dụng.

2. Thả cá vào bể nước lớn để diệt bọ gậy; thay nước bình hoa hằng tuần.

II. PHÒNG MUỖI ĐỐT

1. Người dân phải ngủ màn cả ban ngày và ban đêm.

2. Cơ sở lưu trú bảo đảm phát quang bụi rậm quanh khu nhà ở.
"""

_COVER_PLAN = """ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂN AN                         Độc lập - Tự do - Hạnh phúc

Số: 88/UBND-VX                       Tân An, ngày 05 tháng 4 năm 2027
V/v triển khai tuyên truyền phòng bệnh sốt xuất huyết

Kính gửi: Ủy ban nhân dân các xã, thị trấn

Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn thực hiện các nội dung sau:

1. Tổ chức tuyên truyền phòng bệnh sốt xuất huyết trên loa truyền thanh xã trước ngày
30/4/2027.

2. Báo cáo kết quả về Phòng Y tế huyện trước ngày 15/5/2027.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Nam

TÀI LIỆU TUYÊN TRUYỀN
Phòng bệnh sốt xuất huyết
(kèm theo Công văn số 88/UBND-VX)

1. Hộ gia đình đậy kín các dụng cụ chứa nước sau mỗi lần dùng.
"""


def test_leaflet_after_the_signature_gives_no_task() -> None:
    tasks = _tasks(_LEAFLET)
    assert lead_of(tasks, "Đề nghị Sở Y tế") == (
        "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương",
    )
    assert not any("đậy kín" in text or "ngủ màn" in text for text, _ in tasks)


def test_cover_letter_with_its_own_points_keeps_them() -> None:
    tasks = _tasks(_COVER_PLAN)
    assert lead_of(tasks, "Tổ chức tuyên truyền") == ("Ủy ban nhân dân các xã, thị trấn",)
    assert lead_of(tasks, "Báo cáo kết quả") == ("Ủy ban nhân dân các xã, thị trấn",)
    assert not any("đậy kín" in text for text, _ in tasks)


_FORMS = """UBND TỈNH ĐỒNG THÁP                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ                            Độc lập - Tự do - Hạnh phúc

Số: 712/SNV-LĐ                       Đồng Tháp, ngày 03 tháng 11 năm 2027
V/v báo cáo định kỳ về lao động năm 2027

Kính gửi: Các doanh nghiệp trên địa bàn tỉnh

Sở Nội vụ đề nghị các doanh nghiệp trên địa bàn tỉnh thực hiện báo cáo định kỳ năm 2027 như sau:

1. Báo cáo tình hình sử dụng lao động năm 2027
- Thực hiện theo đường dẫn: https://forms.example.vn/lao-dong-2027
- Hạn nộp báo cáo: trước ngày 25/11/2027.

2. Báo cáo công tác an toàn, vệ sinh lao động năm 2027
- Thực hiện theo đường dẫn: https://forms.example.vn/atvsld-2027
- Hạn nộp báo cáo: trước ngày 20/12/2027.

3. Cập nhật thông tin doanh nghiệp
- Rà soát danh sách người lao động và cập nhật tại địa chỉ https://forms.example.vn/dn-2027
trước ngày 30/12/2027.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Thị Hoa
"""


def test_form_link_line_is_no_task() -> None:
    tasks = _tasks(_FORMS)
    assert not any(text.startswith("Thực hiện theo đường dẫn") for text, _ in tasks)


def test_work_beside_a_link_stays_a_task() -> None:
    tasks = _tasks(_FORMS)
    assert any(text.startswith("Rà soát danh sách người lao động") for text, _ in tasks)


_CENTRE = """ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KHÁNH HÒA                       Độc lập - Tự do - Hạnh phúc

Số: 41/TB-UBND                       Khánh Hòa, ngày 10 tháng 5 năm 2027

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc về xúc tiến đầu tư

Sau khi nghe báo cáo, đồng chí chủ trì kết luận như sau:

1. Về Hội nghị gặp mặt nhà đầu tư năm 2027, giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du
lịch tỉnh:
- Chuẩn bị nội dung, thành phần Hội nghị, báo cáo UBND tỉnh trong tháng 6/2027.
- Tổng hợp kiến nghị của doanh nghiệp gửi các sở, ngành trả lời.

2. Về thủ tục đầu tư, giao các Sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường:
- Rà soát quy trình lựa chọn nhà đầu tư đối với dự án ngoài ngân sách.

UBND tỉnh thông báo để các cơ quan, đơn vị và Công ty Cổ phần Du lịch Biển Xanh biết, thực
hiện./.
"""


def test_centre_with_a_three_part_field_leads_its_points() -> None:
    tasks = _tasks(_CENTRE)
    centre = ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh",)
    assert lead_of(tasks, "Chuẩn bị nội dung, thành phần") == centre
    assert lead_of(tasks, "Tổng hợp kiến nghị") == centre


def test_department_list_stays_three_bodies() -> None:
    tasks = _tasks(_CENTRE)
    lead = lead_of(tasks, "Rà soát quy trình")
    assert lead is not None and len(lead) == 3


_DIRECTIVE = """ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ YÊN                         Độc lập - Tự do - Hạnh phúc

Số: 09/CT-UBND                       Phú Yên, ngày 14 tháng 6 năm 2027

CHỈ THỊ
Về việc đẩy mạnh thanh toán không dùng tiền mặt

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Tài chính chủ trì tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 15/12/2027.

2. Kho bạc Nhà nước tỉnh chỉ đạo và hướng dẫn các phòng giao dịch trực thuộc thực hiện các nội
dung sau:
- Rà soát quy trình thu ngân sách qua ngân hàng.
- Niêm yết hướng dẫn thanh toán điện tử tại nơi giao dịch.
"""

_GUIDANCE = """SỞ Y TẾ TỈNH PHÚ YÊN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                     Độc lập - Tự do - Hạnh phúc

Số: 1520/SYT-NV                      Phú Yên, ngày 20 tháng 6 năm 2027
V/v thanh toán viện phí không dùng tiền mặt

Kính gửi: Các bệnh viện trực thuộc Sở

Sở Y tế hướng dẫn các bệnh viện trực thuộc thực hiện một số nội dung sau:

1. Rà soát quy trình thu viện phí qua tài khoản ngân hàng.

2. Niêm yết hướng dẫn thanh toán điện tử tại khu vực thu viện phí.
"""


def test_body_that_directs_and_guides_leads_the_points() -> None:
    tasks = _tasks(_DIRECTIVE)
    assert lead_of(tasks, "Rà soát quy trình thu ngân sách") == ("Kho bạc Nhà nước tỉnh",)
    assert lead_of(tasks, "Niêm yết hướng dẫn") == ("Kho bạc Nhà nước tỉnh",)


def test_issuer_that_only_guides_gives_the_points_to_the_guided() -> None:
    tasks = _tasks(_GUIDANCE)
    assert lead_of(tasks, "Rà soát quy trình thu viện phí") == ("các bệnh viện trực thuộc",)
