"""Round 25 (attached), review: the reviewer's findings on the attached-plan rules.

Each test holds the reviewer's input (/tmp/h/review-attached.txt, probes by name) and a
counter-example that must keep working. HIGH 1: the cover document's own articles keep their
tasks beside the attached plan's. HIGH 2: only a due date for work ("Thời hạn chuyển đổi",
"… hoàn thành", "(trước ngày)") makes a units table one of tasks. MEDIUM 3: a decision issuing
rules or guidance issues no plan. MEDIUM 4/5: a bracket naming who chairs a meeting names no
doer; more bracket forms name one. MEDIUM 6: a kept page may start mid-sentence, a section may
read "Phần VII". MEDIUM 7: "… báo cáo … tháng 4/2025 trình …" is the month reported on. MEDIUM
8: "in và phát" ends a name. LOW 9/10: a contractor-selection plan and a curriculum are no plan
of work."""

from __future__ import annotations

from notices import parse_notice
from notices.markers import find_marker
from notices.paren_doers import paren_doers
from notices.structure import Item
from tests.unit.notices.test_round25_attached import HEAD

# The signature and the attached plan both cover documents (P6, C1) end with.
_SIGNED_PLAN = """KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Anh Dũng

ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH

KẾ HOẠCH
Chuyển đổi số tỉnh Nam Định năm 2025
(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 14/3/2025 của UBND tỉnh)

Thực hiện Nghị quyết số 06-NQ/TU ngày 10/01/2025 của Tỉnh ủy, Ủy ban nhân dân tỉnh ban \
hành Kế hoạch chuyển đổi số năm 2025 như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao hiệu quả chuyển đổi số trong các cơ quan nhà nước.

II. NHIỆM VỤ

1. Sở Thông tin và Truyền thông hoàn thành xây dựng kho dữ liệu dùng chung trước ngày \
30/9/2025.

2. Sở Nội vụ số hóa hồ sơ cán bộ, công chức, hoàn thành trong tháng 10/2025.

3. Các huyện, thành phố triển khai dịch vụ công trực tuyến toàn trình.

4. Sở Y tế triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh.

5. Sở Giáo dục và Đào tạo triển khai học bạ số.

6. Sở Tài chính bảo đảm kinh phí.

7. Công an tỉnh triển khai Đề án 06.

8. Sở Tư pháp số hóa sổ hộ tịch.
"""

P6 = (
    """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 512/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 14 tháng 3 năm 2025

QUYẾT ĐỊNH
Ban hành Kế hoạch chuyển đổi số tỉnh Nam Định năm 2025

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 45/TTr-SKHĐT ngày \
10/3/2025.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số tỉnh Nam Định năm 2025.

Điều 2. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành theo dõi, đôn đốc \
việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày \
15/12/2025.

Điều 3. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2025.

Điều 4. Quyết định này có hiệu lực kể từ ngày ký.

Điều 5. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành và Chủ tịch UBND các huyện, \
thành phố chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

"""
    + _SIGNED_PLAN
)

C1 = (
    """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 301/UBND-VP5

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 14 tháng 3 năm 2025

V/v triển khai Kế hoạch chuyển đổi số năm 2025

Kính gửi: Các sở, ban, ngành; UBND các huyện, thành phố.

Ủy ban nhân dân tỉnh gửi kèm Kế hoạch chuyển đổi số tỉnh Nam Định năm 2025 và yêu cầu:

1. Sở Thông tin và Truyền thông tổ chức hội nghị quán triệt Kế hoạch trước ngày 25/3/2025.

2. Các sở, ngành, UBND các huyện báo cáo kết quả thực hiện về Sở Thông tin và Truyền \
thông trước ngày 10/12/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

"""
    + _SIGNED_PLAN
)

T2 = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG
TỈNH NAM ĐỊNH
Số: 215/STTTT-BCVT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 14 tháng 3 năm 2025

V/v rà soát, chấn chỉnh công tác cấp phép và giải quyết hồ sơ

Kính gửi: Các cơ quan, đơn vị trên địa bàn tỉnh.

Qua rà soát, Sở Thông tin và Truyền thông thông tin kết quả như sau:

1. Danh sách giấy phép đã cấp trong quý:

| STT | Cơ quan, đơn vị | Số giấy phép | Thời hạn giấy phép | Ghi chú |
|---|---|---|---|---|
| 1 | Báo Nam Định | 12/GP-STTTT | 31/12/2029 | Cấp mới |
| 2 | Đài Phát thanh và Truyền hình tỉnh | 13/GP-STTTT | 31/12/2030 | Gia hạn |
| 3 | Tạp chí Văn nghệ Nam Định | 14/GP-STTTT | 30/6/2028 | Cấp lại |

2. Các hồ sơ giải quyết quá hạn:

| STT | Đơn vị | Số hồ sơ | Thời hạn giải quyết | Ngày trả kết quả |
|---|---|---|---|---|
| 1 | UBND huyện Vụ Bản | 03 | 15/01/2025 | 22/01/2025 |
| 2 | UBND huyện Hải Hậu | 02 | 20/02/2025 | 27/02/2025 |
| 3 | UBND huyện Ý Yên | 01 | 05/3/2025 | 10/3/2025 |

3. Đề nghị các cơ quan, đơn vị nêu trên rà soát, chấn chỉnh, báo cáo kết quả về Sở trước \
ngày 30/4/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

Nguyễn Văn Hải
"""

G2 = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 512/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 14 tháng 3 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế phối hợp quản lý cụm công nghiệp

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 45/TTr-SKHĐT ngày \
10/3/2025.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp. Giao \
Sở Công Thương ban hành kế hoạch triển khai kèm theo Quy chế trong tháng 4/2025.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành và Chủ tịch UBND các huyện, \
thành phố chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Anh Dũng

III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN

1. Sở Công Thương là cơ quan đầu mối giúp UBND tỉnh quản lý nhà nước về cụm công nghiệp.

2. Sở Xây dựng thẩm định thiết kế cơ sở các dự án đầu tư hạ tầng cụm công nghiệp.
"""

G1 = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 512/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 14 tháng 3 năm 2025

QUYẾT ĐỊNH
Ban hành Hướng dẫn tiêu chuẩn công nhận danh hiệu văn hóa

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 45/TTr-SKHĐT ngày \
10/3/2025.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn tiêu chuẩn công nhận danh hiệu Gia \
đình văn hóa, Thôn văn hóa.

Điều 2. Các sở, ngành, UBND các huyện căn cứ Hướng dẫn này xây dựng, ban hành kế hoạch \
thực hiện phù hợp với Hướng dẫn kèm theo Quyết định này.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành và Chủ tịch UBND các huyện, \
thành phố chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Anh Dũng

III. ĐIỀU KIỆN CÔNG NHẬN DANH HIỆU

1. Gia đình văn hóa phải đạt đủ các tiêu chuẩn sau: gương mẫu chấp hành chủ trương của \
Đảng, chính sách, pháp luật của Nhà nước.

2. Thôn, tổ dân phố văn hóa được công nhận khi có ít nhất 80% hộ gia đình đạt danh hiệu \
Gia đình văn hóa.

IV. TỔ CHỨC THỰC HIỆN

1. Sở Văn hóa, Thể thao và Du lịch hướng dẫn, kiểm tra việc thực hiện.
"""

S1 = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 30/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 14 tháng 3 năm 2025

THÔNG BÁO
Lịch công tác tuần của lãnh đạo UBND tỉnh (từ ngày 17/3 đến ngày 21/3/2025)

Văn phòng UBND tỉnh thông báo lịch công tác tuần của lãnh đạo UBND tỉnh như sau:

1. Sáng thứ Hai (17/3/2025): Họp giao ban lãnh đạo UBND tỉnh (Chủ tịch UBND tỉnh chủ trì).

2. Chiều thứ Ba (18/3/2025): Làm việc với Sở Xây dựng về tiến độ dự án nhà ở xã hội (Phó \
Chủ tịch Trần Anh Dũng chủ trì).

3. Sáng thứ Tư (19/3/2025): Hội nghị triển khai công tác phòng chống thiên tai (Ban Chỉ \
huy Phòng chống thiên tai tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông \
thôn chuẩn bị nội dung).

4. Chiều thứ Năm (20/3/2025): Tiếp công dân định kỳ (Ban Tiếp công dân tỉnh chủ trì).

Nơi nhận:
- Lãnh đạo UBND tỉnh;
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Nguyễn Văn Tuấn
"""

K1 = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 77/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 14 tháng 3 năm 2025

KẾ HOẠCH
Triển khai Tháng hành động vì an toàn thực phẩm năm 2025

Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung cụ thể như sau:

1. Công tác tuyên truyền (Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan \
báo chí):

- Xây dựng chuyên mục về an toàn thực phẩm trên Cổng thông tin điện tử tỉnh.

- Tổ chức tuyên truyền trên hệ thống truyền thanh cơ sở, hoàn thành trước ngày 30/4/2025.

2. Hội nghị sơ kết công tác bảo đảm an toàn thực phẩm năm 2024 (Sở Y tế chủ trì) đã được \
tổ chức ngày 20/01/2025 với sự tham gia của 150 đại biểu.

3. Kiểm tra liên ngành an toàn thực phẩm tại các chợ đầu mối (Chi cục An toàn vệ sinh \
thực phẩm chủ trì), hoàn thành trước ngày 31/5/2025.

4. Tổng kết Tháng hành động (Đoàn kiểm tra liên ngành của tỉnh do đồng chí Phó Chủ tịch \
UBND tỉnh chủ trì, phối hợp với các sở) trước ngày 30/6/2025.

Nơi nhận:
- Các sở, ngành;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Anh Dũng
"""

# The programme's opening and its first point, which Q1–Q3 share; each adds its second point.
_PROGRAMME = (
    HEAD.format(
        title=("Phê duyệt Chương trình hành động thực hiện Nghị quyết số 05-NQ/BCSĐ"),
        article=(
            "Phê duyệt kèm theo Quyết định này Chương trình hành động thực hiện Nghị quyết số"
            " 05-NQ/BCSĐ ngày 06/01/2010."
        ),
    )
    + """CHƯƠNG TRÌNH HÀNH ĐỘNG

Triển khai thực hiện Nghị quyết số 05-NQ/BCSĐ ngày 06/01/2010

(Phê duyệt kèm theo Quyết định số 179/QĐ-BGDĐT ngày 11 tháng 01 năm 2010)

Để triển khai thực hiện Nghị quyết, Bộ Giáo dục và Đào tạo triển khai Chương trình hành \
động với những nhiệm vụ cụ thể sau đây:

I. Hoàn thiện hệ thống văn bản quy phạm pháp luật về giáo dục đại học

1) Điều lệ trường cao đẳng: tháng 01/2025 trình Thủ tướng Chính phủ (Vụ Pháp chế chủ trì);

"""
)

Q1 = (
    _PROGRAMME
    + """2) Nghị định quy định trách nhiệm quản lý nhà nước về giáo dục: tháng 3/2025 trình Chính \
phủ (do Vụ Tổ chức cán bộ chủ trì);
"""
)

Q2 = (
    _PROGRAMME
    + """2) Điều lệ trường đại học: tháng 02/2025 trình Thủ tướng Chính phủ (Vụ Giáo dục Đại học \
chủ trì, Vụ Pháp chế phối hợp);
"""
)

Q3 = (
    _PROGRAMME
    + """2) Thông tư quy định chuẩn giảng viên: tháng 6/2025 trình Bộ trưởng (Vụ Giáo dục Đại học \
chủ trì thực hiện);
"""
)

L1 = (
    HEAD.format(
        title=("Ban hành Kế hoạch hành động quốc gia thực hiện kinh tế tuần hoàn đến năm 2035"),
        article=(
            "Ban hành kèm theo Quyết định này Kế hoạch hành động quốc gia thực hiện kinh tế "
            "tuần hoàn đến năm 2035."
        ),
    )
    + """tế tuần hoàn; tổ chức kiểm tra, giám sát việc thực hiện các nhiệm vụ, giải pháp đã đề ra \
tại Kế hoạch hành động quốc gia này.

VII. CHẾ ĐỘ BÁO CÁO

1. Các bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh báo cáo tình hình thực hiện các \
mục tiêu, nhiệm vụ được giao tại Kế hoạch hành động quốc gia này, gửi Bộ Tài nguyên và \
Môi trường để tổng hợp, báo cáo Thủ tướng Chính phủ.

VIII. TỔ CHỨC THỰC HIỆN

1. Bộ Tài nguyên và Môi trường:

- Chủ trì, phối hợp với các bộ, cơ quan ngang bộ triển khai Kế hoạch hành động quốc gia.

- Xây dựng, ban hành khung hướng dẫn áp dụng, đánh giá việc thực hiện kinh tế tuần hoàn.

2. Bộ Tài chính:

- Tổng hợp, trình cấp có thẩm quyền bố trí kinh phí chi thường xuyên để thực hiện các \
nhiệm vụ thuộc Kế hoạch hành động quốc gia.
"""
)

L3 = (
    HEAD.format(
        title=("Ban hành Kế hoạch hành động quốc gia thực hiện kinh tế tuần hoàn đến năm 2035"),
        article=(
            "Ban hành kèm theo Quyết định này Kế hoạch hành động quốc gia thực hiện kinh tế "
            "tuần hoàn đến năm 2035."
        ),
    )
    + """Phần VII
CHẾ ĐỘ BÁO CÁO

1. Các bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh báo cáo tình hình thực hiện các \
mục tiêu, nhiệm vụ được giao tại Kế hoạch hành động quốc gia này, gửi Bộ Tài nguyên và \
Môi trường để tổng hợp, báo cáo Thủ tướng Chính phủ.

Phần VIII
TỔ CHỨC THỰC HIỆN

1. Bộ Tài nguyên và Môi trường:

- Chủ trì, phối hợp với các bộ, cơ quan ngang bộ triển khai Kế hoạch hành động quốc gia.

- Xây dựng, ban hành khung hướng dẫn áp dụng, đánh giá việc thực hiện kinh tế tuần hoàn.

2. Bộ Tài chính:

- Tổng hợp, trình cấp có thẩm quyền bố trí kinh phí chi thường xuyên để thực hiện các \
nhiệm vụ thuộc Kế hoạch hành động quốc gia.
"""
)

D1 = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 145/UBND-VP3

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 14 tháng 3 năm 2025

V/v triển khai các nhiệm vụ trọng tâm quý II năm 2025

Kính gửi: Các sở, ban, ngành của tỉnh.

Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:

1. Sở Nội vụ hoàn thiện hồ sơ đề án sắp xếp đơn vị hành chính cấp xã trước ngày \
15/4/2025, tháng 6/2025 trình Hội đồng nhân dân tỉnh.

2. Sở Tài chính tổng hợp báo cáo tình hình thu chi ngân sách tháng 4/2025 trình UBND tỉnh.

3. Sở Kế hoạch và Đầu tư hoàn thiện dự thảo Nghị quyết về kế hoạch đầu tư công (dự thảo \
đã được xây dựng từ tháng 12/2024 trình Thường trực Tỉnh ủy cho ý kiến), trình UBND tỉnh \
trong quý II/2025.

4. Sở Xây dựng tham mưu xây dựng quy hoạch chung đô thị, thời gian trình UBND tỉnh phê \
duyệt vào tháng 9/2025 hoặc chậm nhất trước ngày 15/8/2025 nếu đủ điều kiện.

5. Sở Y tế rà soát quy trình khám chữa bệnh, bảo đảm tháng 5/2025 trình độ chuyên môn \
của nhân viên y tế được nâng cao.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Anh Dũng
"""

P1 = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 512/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 14 tháng 3 năm 2025

QUYẾT ĐỊNH
Phê duyệt kế hoạch lựa chọn nhà thầu gói thầu xây lắp trường THCS Hải Hậu

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 45/TTr-SKHĐT ngày \
10/3/2025.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kế hoạch lựa chọn nhà thầu gói thầu số 05 với các nội dung chi tiết \
kèm theo.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành và Chủ tịch UBND các huyện, \
thành phố chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Anh Dũng

I. PHẦN CÔNG VIỆC ĐÃ THỰC HIỆN

1. Lập báo cáo kinh tế - kỹ thuật: Công ty TNHH Tư vấn Nam Hà thực hiện, giá trị \
120.000.000 đồng, hoàn thành ngày 15/01/2025.

2. Thẩm định dự toán: Sở Xây dựng thực hiện ngày 20/02/2025.

II. PHẦN CÔNG VIỆC THUỘC KẾ HOẠCH LỰA CHỌN NHÀ THẦU

1. Gói thầu số 05: Thi công xây dựng, giá gói thầu 8.500.000.000 đồng, đấu thầu rộng \
rãi, thời gian tổ chức lựa chọn nhà thầu quý II/2025, thời gian thực hiện hợp đồng 240 \
ngày.
"""

P2 = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 512/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 14 tháng 3 năm 2025

QUYẾT ĐỊNH
Ban hành Chương trình đào tạo trình độ trung cấp nghề Điện công nghiệp

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 45/TTr-SKHĐT ngày \
10/3/2025.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Chương trình đào tạo trình độ trung cấp nghề \
Điện công nghiệp.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành và Chủ tịch UBND các huyện, \
thành phố chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Anh Dũng

VI. HƯỚNG DẪN SỬ DỤNG CHƯƠNG TRÌNH

1. Các trường trung cấp căn cứ chương trình này xây dựng kế hoạch đào tạo chi tiết cho \
từng khóa học.

2. Thời gian thực tập tại doanh nghiệp tối thiểu 8 tuần; học sinh phải hoàn thành báo \
cáo thực tập trước khi thi tốt nghiệp.

VII. ĐÁNH GIÁ KẾT QUẢ HỌC TẬP

1. Học sinh được đánh giá theo thang điểm 10.
"""


def _tasks(text: str) -> list[tuple[list[str], str | None, str]]:
    return [
        (list(t.lead), t.deadline.isoformat() if t.deadline else None, t.text)
        for t in parse_notice(text).tasks
    ]


def _leads(text: str) -> list[str]:
    return ["; ".join(lead) for lead, _, _ in _tasks(text)]


# HIGH 1


def test_cover_decisions_own_articles_keep_their_tasks_beside_the_plan() -> None:
    tasks = _tasks(P6)
    assert (["Sở Kế hoạch và Đầu tư"], "2025-12-15") in [(lead, due) for lead, due, _ in tasks]
    assert any(lead == ["Sở Tài chính"] and "dự toán" in text for lead, _, text in tasks)
    assert (["Sở Thông tin và Truyền thông"], "2025-09-30") in [
        (lead, due) for lead, due, _ in tasks
    ]
    assert not any(text.startswith("Thực hiện Nghị quyết") for _, _, text in tasks)


def test_cover_letters_points_keep_their_tasks_beside_the_plan() -> None:
    tasks = _tasks(C1)
    assert (["Sở Thông tin và Truyền thông"], "2025-03-25") in [
        (lead, due) for lead, due, _ in tasks
    ]
    assert any(due == "2025-12-10" for _, due, _ in tasks)
    assert any(due == "2025-09-30" for _, due, _ in tasks)  # the plan's own work stays


# HIGH 2


def test_licence_and_late_files_tables_are_no_work() -> None:
    assert not any(text.startswith("Giao ") for _, _, text in _tasks(T2))
    assert not any(lead == ["Báo Nam Định"] for lead, _, _ in _tasks(T2))


def test_channel_switch_table_still_gives_each_row_to_its_unit() -> None:
    from tests.unit.notices.test_round25_attached import CHANNEL_TABLE

    assert len(parse_notice(CHANNEL_TABLE).tasks) >= 2


# MEDIUM 3


def test_rules_decision_reads_no_plan_after_the_signature() -> None:
    assert len(_tasks(G2)) == 1  # the Điều 1 task only
    assert len(_tasks(G1)) == 1  # the Điều 2 duty only


# MEDIUM 4


def test_schedule_slot_chaired_by_a_body_is_no_task() -> None:
    assert _tasks(S1) == []


def test_body_headed_by_a_person_keeps_only_the_body() -> None:
    assert "Đoàn kiểm tra liên ngành của tỉnh" in _leads(K1)
    assert not any(" do " in lead for lead in _leads(K1))


def _point(text: str) -> Item:
    return Item(ref="1", marker=find_marker(text), paragraphs=[text])


def test_chair_of_a_meeting_is_no_doer() -> None:
    text = (
        "3. Hội nghị tổng kết (đồng chí Chủ tịch UBND tỉnh chủ trì, phối hợp với Ủy ban MTTQ"
        " tỉnh)."
    )
    assert paren_doers(_point(text), [text]) is None


# MEDIUM 5


def test_bracket_variants_name_the_points_doer() -> None:
    assert "Vụ Tổ chức cán bộ" in _leads(Q1)  # "(do Vụ … chủ trì)"
    assert "Vụ Giáo dục Đại học" in _leads(Q2)  # "(Vụ … chủ trì, Vụ … phối hợp)"
    assert "Vụ Giáo dục Đại học" in _leads(Q3)  # "(Vụ … chủ trì thực hiện)"
    assert "Vụ Pháp chế" in _leads(Q1)  # the plain form still


def test_bracket_with_two_bodies_or_a_named_director() -> None:
    two = (
        "2. Rà soát quy hoạch (Phòng Tài nguyên và Môi trường huyện Vụ Bản, Phòng Kinh tế"
        " huyện Ý Yên chủ trì)."
    )
    assert paren_doers(_point(two), [two]) == [
        "Phòng Tài nguyên và Môi trường huyện Vụ Bản",
        "Phòng Kinh tế huyện Ý Yên",
    ]
    person = "3. Xây dựng đề án (chịu trách nhiệm thực hiện: Giám đốc Sở Y tế Nguyễn Văn An)."
    assert paren_doers(_point(person), [person]) == ["Giám đốc Sở Y tế"]


def test_heading_bracket_names_the_bodys_dashed_duties() -> None:
    tasks = _tasks(K1)
    own = [due for lead, due, _ in tasks if lead == ["Sở Thông tin và Truyền thông"]]
    assert own == [None, "2025-04-30"]


# MEDIUM 6


def test_kept_page_starting_mid_sentence_opens_the_late_section() -> None:
    assert "Bộ Tài chính" in _leads(L1)


def test_part_numeral_on_its_own_line_opens_the_late_section() -> None:
    assert "Bộ Tài chính" in _leads(L3)


# MEDIUM 7


def test_report_on_a_month_is_not_due_at_its_end() -> None:
    tasks = _tasks(D1)
    report = next(due for lead, due, _ in tasks if lead == ["Sở Tài chính"])
    assert report is None
    health = next(due for lead, due, _ in tasks if lead == ["Sở Y tế"])
    assert health is None
    assert "2025-01-31" in [due for _, due, _ in _tasks(Q1)]  # "…: tháng 01/2025 trình …"


# MEDIUM 8


def test_printing_verb_ends_the_name() -> None:
    from notices.assignees import analyze

    text = (
        "Bộ Giáo dục và Đào tạo in và phát 30.000 cuốn “Đổi mới quản lý hệ thống giáo dục đại"
        " học”."
    )
    assert [a.name for a in analyze(text).leads] == ["Bộ Giáo dục và Đào tạo"]


# LOW 9, 10


def test_contractor_selection_plan_and_curriculum_are_no_plan() -> None:
    assert _tasks(P1) == []
    assert _tasks(P2) == []
