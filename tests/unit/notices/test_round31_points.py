"""Round 31 (points): a regulation's points that give a named body of government a duty or a power.

A decision that shares out powers ("phân cấp") or sets up a support mechanism, or a decree, writes
much of its work into titled rules articles, one point per body: "1. Bộ Công Thương tổ chức lập
quy hoạch … trình Thủ tướng Chính phủ phê duyệt", "2. UBND cấp xã cấp giấy phép xây dựng …", "a)
Bộ Tài chính có trách nhiệm:" + its dashes, "1. Ủy ban nhân dân xã: Khi nhận được hồ sơ …" + its
points. Each is a task of its body (`notices.duty_points`). A definition ("Cơ quan có thẩm quyền
… là …"), a rule for the public or an investor, a case ("Trường hợp … thì …"), a procedure's step
timed from a filing ("… trong thời gian 05 ngày kể từ ngày tiếp nhận đủ hồ sơ …"), a room ("Phòng
y tế: …") and the topic articles of a "Quy chế quản lý …" stay rules. Documents invented for these
tests.
"""

from __future__ import annotations

import pytest
from notice_fixtures import lead_of as _lead
from notice_fixtures import task_leads as _tasks

HEAD = """THỦ TƯỚNG CHÍNH PHỦ
Số: 41/2031/QĐ-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 09 tháng 6 năm 2031

QUYẾT ĐỊNH
{title}

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

Theo đề nghị của Bộ trưởng Bộ Công Thương,

Thủ tướng Chính phủ ban hành Quyết định {short}.

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quyết định này quy định cơ chế hỗ trợ phát triển các dự án điện sinh khối.

Điều 2. Giải thích từ ngữ

1. Bên mua điện là Tập đoàn Điện lực Việt Nam hoặc đơn vị thành viên được ủy quyền.

2. Dự án điện sinh khối là dự án sử dụng sinh khối để sản xuất điện.

Chương II
QUY HOẠCH VÀ ĐẦU TƯ
"""

TAIL = """
Điều 9. Hiệu lực thi hành

Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2031.

Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách \
nhiệm thi hành Quyết định này./.

Nơi nhận:
- Các Bộ, cơ quan ngang Bộ;
- Lưu: VT, KTN.

THỦ TƯỚNG

Nguyễn Văn An
"""

MECHANISM = """
Điều 3. Lập, phê duyệt và công bố quy hoạch

1. Bộ Công Thương tổ chức lập quy hoạch phát triển điện sinh khối quốc gia trình Thủ tướng \
Chính phủ phê duyệt.

2. Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương (sau đây gọi chung là Ủy ban nhân dân \
cấp tỉnh) nơi có tiềm năng sinh khối tổ chức lập quy hoạch điện sinh khối cấp tỉnh.

3. Việc công bố và điều chỉnh quy hoạch thực hiện theo quy định hiện hành.

Điều 4. Kinh phí lập quy hoạch

1. Ngân sách trung ương cấp kinh phí lập quy hoạch điện sinh khối quốc gia.

2. Khuyến khích huy động các nguồn kinh phí hợp pháp khác.

Điều 5. Cấp phép và giao đất

1. Sở Công Thương cấp giấy phép hoạt động điện lực đối với nhà máy có công suất dưới 3 MW.

2. Căn cứ vào quy hoạch được duyệt, Ủy ban nhân dân cấp tỉnh có trách nhiệm giao đất để chủ \
đầu tư thực hiện dự án.

3. Cơ quan có thẩm quyền cấp giấy phép là cơ quan điều chỉnh, thu hồi giấy phép do mình cấp.

4. Trường hợp dự án chậm tiến độ thì Ủy ban nhân dân cấp tỉnh xem xét thu hồi đất.

5. Nhà đầu tư được huy động vốn dưới các hình thức pháp luật cho phép.

Điều 6. Trách nhiệm về cơ sở dữ liệu

1. Nội dung cơ sở dữ liệu gồm giá điện và sản lượng điện.

2. Trách nhiệm của các bộ, địa phương:

a) Bộ Tài chính có trách nhiệm:

- Hướng dẫn việc thu thập, cập nhật thông tin về giá điện sinh khối;

- Phối hợp với các bộ, ngành kết nối, chia sẻ thông tin.

b) Ủy ban nhân dân tỉnh có trách nhiệm chỉ đạo Sở Tài chính cập nhật thông tin về giá điện.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 7. Trách nhiệm của các Bộ, địa phương

1. Bộ Công Thương

a) Ban hành Hợp đồng mua bán điện mẫu cho các dự án điện sinh khối.

2. Bộ Tài chính

Chủ trì quy định cơ chế tài chính hỗ trợ các dự án điện sinh khối.

Điều 8. Kiểm tra

Bộ Công Thương kiểm tra việc thực hiện Quyết định này.
"""

_MECHANISM = (
    HEAD.format(
        title="Về cơ chế hỗ trợ phát triển các dự án điện sinh khối tại Việt Nam",
        short="về cơ chế hỗ trợ phát triển các dự án điện sinh khối",
    )
    + MECHANISM
    + TAIL
)


@pytest.mark.parametrize(
    ("start", "lead"),
    [
        ("Bộ Công Thương tổ chức lập quy hoạch", "Bộ Công Thương"),
        ("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương (sau đây", "Ủy ban nhân dân"),
        ("Sở Công Thương cấp giấy phép hoạt động điện lực", "Sở Công Thương"),
        ("Căn cứ vào quy hoạch được duyệt, Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân cấp tỉnh"),
        ("Hướng dẫn việc thu thập, cập nhật thông tin", "Bộ Tài chính"),
        ("Phối hợp với các bộ, ngành kết nối", "Bộ Tài chính"),
        ("Ủy ban nhân dân tỉnh có trách nhiệm chỉ đạo Sở Tài chính", "Ủy ban nhân dân tỉnh"),
    ],
)
def test_a_point_giving_a_body_a_duty_or_a_power_is_its_task(start: str, lead: str) -> None:
    lead_of = _lead(_tasks(_MECHANISM), start)
    assert lead_of is not None, start
    assert lead_of[0].startswith(lead)


@pytest.mark.parametrize(
    "start",
    [
        "Việc công bố và điều chỉnh quy hoạch",  # names no body
        "Ngân sách trung ương cấp kinh phí",  # a funding source
        "Khuyến khích huy động",
        "Cơ quan có thẩm quyền cấp giấy phép là",  # a definition
        "Trường hợp dự án chậm tiến độ",  # a case
        "Nhà đầu tư được huy động vốn",  # a permission of the public
        "Nội dung cơ sở dữ liệu gồm",  # a make-up
        "Bên mua điện là",  # a definition article
        "Quyết định này quy định",  # the scope
    ],
)
def test_what_names_no_body_given_work_stays_a_rule(start: str) -> None:
    assert _lead(_tasks(_MECHANISM), start) is None


def test_the_organisation_articles_keep_their_tasks() -> None:
    tasks = _tasks(_MECHANISM)
    assert _lead(tasks, "Ban hành Hợp đồng mua bán điện mẫu") == ("Bộ Công Thương",)
    assert _lead(tasks, "Chủ trì quy định cơ chế tài chính") == ("Bộ Tài chính",)


PROCEDURE = """
Điều 3. Nguyên tắc chung

Việc miễn, giảm tiền sử dụng đất thực hiện công khai, đúng đối tượng.

Điều 4. Hồ sơ đề nghị

Hồ sơ gồm đơn đề nghị và bản sao giấy chứng nhận.

Điều 5. Đối với các cơ quan nhà nước

1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ xin miễn, giảm tiền sử dụng đất, \
trong thời hạn không quá 10 ngày làm việc thực hiện:

a) Tiến hành bình xét, lấy ý kiến công khai của các tổ chức, đoàn thể.

b) Lập văn bản đề nghị gửi Ủy ban nhân dân huyện.

2. Ủy ban nhân dân huyện trong thời gian 05 ngày kể từ ngày tiếp nhận đủ hồ sơ hợp lệ, có trách \
nhiệm kiểm tra, xác nhận bản khai.

3. Phòng y tế: diện tích tối thiểu 12 m2, có tủ thuốc.

Điều 6. Thời hạn giải quyết

Thời hạn giải quyết không quá 30 ngày làm việc.

Điều 7. Tổ chức thực hiện

Sở Tài chính theo dõi, hướng dẫn thực hiện Quy định này.
"""

_PROCEDURE = (
    HEAD.format(
        title="Về trình tự miễn, giảm tiền sử dụng đất cho người có công với cách mạng",
        short="về trình tự miễn, giảm tiền sử dụng đất",
    )
    + PROCEDURE.replace("Điều 7. Tổ chức", "Điều 8. Tổ chức")
    + TAIL
)


def test_a_clause_naming_a_body_over_its_points_gives_it_each_point() -> None:
    tasks = _tasks(_PROCEDURE)
    lead = _lead(tasks, "Tiến hành bình xét")
    assert lead is not None and lead[0].startswith("Ủy ban nhân dân xã")
    lead = _lead(tasks, "Lập văn bản đề nghị gửi")
    assert lead is not None and lead[0].startswith("Ủy ban nhân dân xã")


def test_a_step_timed_from_a_filing_and_a_room_stay_rules() -> None:
    tasks = _tasks(_PROCEDURE)
    assert _lead(tasks, "Ủy ban nhân dân huyện trong thời gian 05 ngày") is None
    assert _lead(tasks, "Phòng y tế") is None
    assert _lead(tasks, "Hồ sơ gồm") is None


RULEBOOK = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 17/2031/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 02 tháng 3 năm 2031

QUYẾT ĐỊNH
Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Lào Cai

ỦY BAN NHÂN DÂN TỈNH LÀO CAI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Bình

QUY CHẾ
Quản lý cụm công nghiệp trên địa bàn tỉnh Lào Cai

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý nhà nước đối với cụm công nghiệp trên địa bàn tỉnh.

Điều 2. Nguyên tắc quản lý

1. Bảo đảm thống nhất, công khai, minh bạch.

Chương II
NỘI DUNG QUẢN LÝ

Điều 3. Thẩm định dự án

1. Sở Xây dựng chủ trì thẩm định dự án đầu tư xây dựng hạ tầng cụm công nghiệp.

2. Sở Tài chính thẩm định phương án hỗ trợ từ ngân sách.

Chương III
TRÁCH NHIỆM CỦA CÁC CƠ QUAN

Điều 4. Trách nhiệm Sở Công Thương

1. Chủ trì giúp Ủy ban nhân dân tỉnh quản lý nhà nước về cụm công nghiệp.

Điều 5. Trách nhiệm Sở Xây dựng

1. Hướng dẫn chủ đầu tư hoàn thiện thủ tục đầu tư xây dựng.

Điều 6. Tổ chức thực hiện

Sở Công Thương là cơ quan đầu mối theo dõi việc thực hiện Quy chế này.
"""


def test_a_management_rules_topic_articles_stay_rules() -> None:
    tasks = _tasks(RULEBOOK)
    assert _lead(tasks, "Sở Xây dựng chủ trì thẩm định dự án") is None
    assert _lead(tasks, "Sở Tài chính thẩm định phương án") is None
    assert _lead(tasks, "Chủ trì giúp Ủy ban nhân dân tỉnh") is not None
