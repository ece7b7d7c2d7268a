"""Round 19 (nongov): duties a directive or notice gives to the public, trades and households,
and a one-request letter whose content is quoted."""

from __future__ import annotations

from notices import parse_notice
from notices.names import split_assignees
from notices.remarks import is_remark

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: {so}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 10 tháng 3 năm 2026

{kind}
{title}

"""
_SIGN = """
Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình
"""

_DIRECTIVE = """Để phòng, chống dịch tả lợn châu Phi, Ủy ban nhân dân tỉnh chỉ thị:

1. Giám đốc Sở Nông nghiệp và Môi trường chủ trì kiểm tra, giám sát các ổ dịch trên địa bàn.

2. Các tổ chức, hộ gia đình, cá nhân chăn nuôi, buôn bán lợn phải thực hiện đúng các quy định về \
chăn nuôi an toàn; cụ thể như sau:

a) Không thả rông lợn và không nuôi lợn trong khu dân cư tập trung.

b) Thực hiện khai báo số lượng đàn lợn với chính quyền địa phương, như sau:

- Nuôi từ 100 con trở lên, khai báo với Trạm Chăn nuôi huyện.

- Nuôi dưới 100 con, khai báo với trưởng thôn.

c) Những tổ chức, cá nhân không thực hiện đúng các quy định tại điểm a, b nêu trên sẽ không được \
hỗ trợ khi lợn bị tiêu hủy.

d) Cơ sở giết mổ, kinh doanh và vận chuyển lợn phải có giấy chứng nhận kiểm dịch của cơ quan thú y.

e) Tuyệt đối không vứt xác lợn chết ra môi trường.

3. Chủ tịch Ủy ban nhân dân các huyện chỉ đạo cấp xã thống kê đàn lợn trên địa bàn.
"""


def _directive() -> str:
    return (
        _HEAD.format(so="05/CT-UBND", kind="CHỈ THỊ", title="Về phòng, chống dịch tả lợn")
        + _DIRECTIVE
        + _SIGN
    )


def _starting(notice, start: str):
    found = [t for t in notice.tasks if t.text.startswith(start)]
    assert len(found) == 1, [t.text[:60] for t in notice.tasks]
    return found[0]


def test_an_item_that_opens_its_points_as_follows_is_no_document_intro():
    """ "2. … ; cụ thể như sau:" after "1. …" is the item's own lead-in: item 1 is still read."""
    notice = parse_notice(_directive())
    task = _starting(notice, "Giám đốc Sở Nông nghiệp và Môi trường chủ trì")
    assert list(task.lead) == ["Giám đốc Sở Nông nghiệp và Môi trường"]
    assert _starting(notice, "Chủ tịch Ủy ban nhân dân các huyện chỉ đạo")


def test_prohibitions_are_duties_of_the_public_the_heading_obliges():
    notice = parse_notice(_directive())
    public = "Các tổ chức, hộ gia đình, cá nhân chăn nuôi, buôn bán lợn"
    assert list(_starting(notice, "Không thả rông lợn").lead) == [public]
    assert list(_starting(notice, "Tuyệt đối không vứt xác lợn").lead) == [public]


def test_a_request_over_its_cases_is_one_task():
    notice = parse_notice(_directive())
    task = _starting(notice, "Thực hiện khai báo số lượng đàn lợn")
    assert "Trạm Chăn nuôi huyện" in task.text
    assert not [t for t in notice.tasks if t.text.startswith("Nuôi ")]


def test_a_trade_named_under_the_public_leads_its_own_point():
    notice = parse_notice(_directive())
    task = _starting(notice, "Cơ sở giết mổ, kinh doanh và vận chuyển lợn phải")
    assert list(task.lead) == ["Cơ sở giết mổ, kinh doanh và vận chuyển lợn"]


def test_what_a_non_complier_forfeits_is_no_task():
    notice = parse_notice(_directive())
    assert not [t for t in notice.tasks if t.text.startswith("Những tổ chức, cá nhân")]
    assert is_remark(
        "Những doanh nghiệp không chấp hành đúng quy định nêu trên sẽ không được xét hỗ trợ."
    )
    # a duty followed by its consequence for others is still a duty
    assert not is_remark("Các đơn vị không thực hiện báo cáo phải giải trình với Sở Nội vụ.")


def test_prohibition_without_an_obliging_heading_stays_as_before():
    """A "Không …" point under a body of government's heading is no new task."""
    body = """Để bảo vệ môi trường, Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Xây dựng kiểm tra các công trình xây dựng trên địa bàn.

2. Ủy ban nhân dân các huyện:

a) Tăng cường kiểm tra các cơ sở sản xuất gây ô nhiễm.

b) Không cấp phép thi công vào ban đêm tại khu dân cư.
"""
    notice = parse_notice(
        _HEAD.format(so="12/UBND-KT", kind="", title="V/v bảo vệ môi trường") + body + _SIGN
    )
    assert not [t for t in notice.tasks if t.text.startswith("Không cấp phép")]
    assert _starting(notice, "Tăng cường kiểm tra các cơ sở sản xuất")


def test_public_under_a_government_heading_is_that_body_s_work():
    """ "- Cơ sở giết mổ … phải …" under "1. UBND các xã:" stays the heading body's task: what
    it sees to in its place."""
    body = """Ủy ban nhân dân huyện yêu cầu:

1. Ủy ban nhân dân các xã:

- Rà soát các hộ nuôi lợn trên địa bàn.

- Cơ sở giết mổ lợn phải vệ sinh chuồng trại hằng tuần.

2. Phòng Kinh tế tổng hợp báo cáo trước ngày 30/3/2026.
"""
    notice = parse_notice(
        _HEAD.format(so="40/UBND-KT", kind="", title="V/v vệ sinh chuồng trại") + body + _SIGN
    )
    task = _starting(notice, "Cơ sở giết mổ lợn phải")
    assert list(task.lead) == ["Ủy ban nhân dân các xã"]


_FLAGS = """Nhân dịp Tết Nguyên đán, Ủy ban nhân dân tỉnh thông báo:

1. Về treo cờ:

- Các công sở, trụ sở các cơ quan, đơn vị và các hộ nhân dân treo cờ Tổ quốc từ ngày 15/02/2026 \
đến hết ngày 20/02/2026.

2. Trực bảo vệ:

Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố, lãnh đạo \
các doanh nghiệp phải bố trí lực lượng trực bảo vệ cơ quan trong các ngày Tết.
"""


def test_households_and_offices_hang_the_flag():
    notice = parse_notice(
        _HEAD.format(so="06/TB-UBND", kind="THÔNG BÁO", title="Về nghỉ Tết Nguyên đán")
        + _FLAGS
        + _SIGN
    )
    task = _starting(notice, "Các công sở, trụ sở các cơ quan")
    assert task.lead


def test_the_leaders_of_firms_are_an_assignee_of_their_own():
    names = split_assignees(
        "Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố, "
        "lãnh đạo các doanh nghiệp"
    )
    assert [a.name for a in names or []] == [
        "Thủ trưởng các cơ quan, đơn vị",
        "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố",
        "lãnh đạo các doanh nghiệp",
    ]
    # a lower-case title after a comma with no group of its own still goes on the name
    names = split_assignees("Chủ tịch Ủy ban nhân dân xã, lãnh đạo thôn")
    assert len(names or []) == 1


_LETTER = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI
Số: 210/VPĐK-ĐK
V/v đăng thông tin mất Giấy chứng nhận

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 10 tháng 3 năm 2026

Kính gửi: Văn phòng UBND tỉnh An Giang

Để có cơ sở giải quyết hồ sơ cấp lại Giấy chứng nhận theo quy định. Văn phòng Đăng ký đất đai \
kính đề nghị Văn phòng UBND tỉnh An Giang đăng thông tin về việc mất Giấy chứng nhận lên Cổng \
thông tin điện tử tỉnh với nội dung như sau:

“Hộ ông Nguyễn Văn Cường đang sử dụng thửa đất số 12, tờ bản đồ số 5, xã Mỹ Hòa.

Hộ ông Nguyễn Văn Cường làm mất Giấy chứng nhận số AB 123456 và đã đăng tin trên Báo An Giang \
ba lần.”

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

Lê Văn Dũng
"""


def test_a_request_with_quoted_content_is_the_letter_s_task():
    notice = parse_notice(_LETTER)
    assert len(notice.tasks) == 1, [t.text[:60] for t in notice.tasks]
    task = notice.tasks[0]
    assert "Văn phòng Đăng ký đất đai kính đề nghị" in task.text
    assert "Hộ ông Nguyễn Văn Cường" not in task.text
    assert list(task.lead) == ["Văn phòng UBND tỉnh An Giang"]


def test_a_numbered_intro_before_any_item_still_opens_the_body():
    """ "1. … như sau:" with no numbered item before it keeps opening the body as before."""
    body = """Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện như sau:

1. Sở Tài chính tổng hợp dự toán trước ngày 15/4/2026.

2. Sở Nội vụ rà soát biên chế trước ngày 20/4/2026.
"""
    notice = parse_notice(
        _HEAD.format(so="50/UBND-TH", kind="", title="V/v dự toán") + body + _SIGN
    )
    assert [t.lead[0] for t in notice.tasks] == ["Sở Tài chính", "Sở Nội vụ"]


def test_a_named_body_s_forecast_over_scenarios_stays_as_before():
    """ "Sở Xây dựng tổng hợp, dự báo … như sau:" over scenario dashes: no task from the cases."""
    body = """Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Kế hoạch rà soát danh mục công trình trước ngày 30/4/2026.

2. Sở Xây dựng tổng hợp, dự báo tình hình úng ngập theo các kịch bản như sau:

- Với lượng mưa dưới 50mm: không xảy ra úng ngập.

- Với lượng mưa trên 100mm: úng ngập tại các tuyến phố trũng.
"""
    notice = parse_notice(
        _HEAD.format(so="60/UBND-XD", kind="", title="V/v mùa mưa") + body + _SIGN
    )
    assert not [t for t in notice.tasks if "dự báo tình hình úng ngập" in t.text]
