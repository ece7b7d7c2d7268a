"""Round 32 (points2): duty points of bodies and named licensees that were still missed.

A regulation's topic-article point that gives a body of government a duty is its task
(`notices.duty_points`, round 31). Round 32 widens what reads as such a point: an opening
"Trước ngày …, " or "Trong năm …, " before the body; "báo cáo" or "phối hợp" as the body's verb;
"Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh", "Thanh tra tỉnh", "Bộ Chỉ huy Quân sự tỉnh" as
bodies; "Giao Sở … chủ trì …" inside a point; "Cơ quan, đơn vị (được … giao) tổ chức lập …" as a
body charged; a further sentence of a point naming another body given a duty; and the "Quy chế"
title check anchored on a title that issues one. A licence's "Các yêu cầu cụ thể đối với <holder>:"
article lists the holder's tasks like "Các yêu cầu đối với …". Counter-examples: points of the
regulated public, of an investor or a notary office, a definition, a report's make-up. Documents
invented for these tests.
"""

from __future__ import annotations

import pytest
from notice_fixtures import lead_of as _lead
from notice_fixtures import task_leads as _tasks

HEAD = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH
Số: 27/2032/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 12 tháng 3 năm 2032

QUYẾT ĐỊNH
{title}

ỦY BAN NHÂN DÂN TỈNH AN BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.

QUYẾT ĐỊNH:

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quyết định này quy định việc quản lý hoạt động khai thác cát, sỏi lòng sông trên địa bàn tỉnh.

Điều 2. Giải thích từ ngữ

1. Bãi tập kết là nơi chứa cát, sỏi sau khi khai thác.

Chương II
QUẢN LÝ KHAI THÁC
"""

BODY = """
Điều 3. Kế hoạch và báo cáo

1. Trước ngày 15 tháng 11 hằng năm, Sở Nông nghiệp và Môi trường tổng hợp nhu cầu cát, sỏi \
của các địa phương trình Ủy ban nhân dân tỉnh.

2. Trong năm 2032, Ủy ban nhân dân cấp xã có trách nhiệm rà soát các bãi tập kết trên địa bàn.

3. Sở Xây dựng báo cáo Ủy ban nhân dân tỉnh tình hình cung ứng vật liệu xây dựng.

4. Sở Tài chính phối hợp với Sở Xây dựng xác định giá khởi điểm đấu giá quyền khai thác.

5. Trước ngày 20 tháng 12 hằng năm, tổ chức, cá nhân khai thác cát gửi báo cáo về Sở Nông \
nghiệp và Môi trường.

6. Trong năm đầu hoạt động, nhà đầu tư được miễn phí thuê bãi tập kết.

7. Báo cáo của Sở Xây dựng gồm sản lượng và giá bán vật liệu xây dựng.

Điều 4. Kiểm tra và xử lý vi phạm

1. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc xử lý kiến nghị của cử tri về khai \
thác cát.

2. Công an tỉnh chủ trì phát hiện, ngăn chặn hành vi khai thác cát trái phép.

3. Thanh tra tỉnh tổ chức thanh tra việc cấp phép khai thác cát.

4. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân cấp xã kiểm tra các \
bãi tập kết.

5. Văn phòng công chứng có trách nhiệm lưu trữ hồ sơ giao dịch cát, sỏi.

6. Công an nhân dân là lực lượng nòng cốt bảo vệ an ninh trật tự.

7. Giao thông đường thủy nội địa trên các sông thực hiện theo quy định của pháp luật.

Điều 5. Lập quy hoạch bãi tập kết

1. Cơ quan, đơn vị được Ủy ban nhân dân tỉnh giao tổ chức lập quy hoạch bãi tập kết phải phối \
hợp với Ủy ban nhân dân cấp xã rà soát quỹ đất để lập quy hoạch.

2. Cơ quan, đơn vị tổ chức lập quy hoạch bãi tập kết có trách nhiệm lấy ý kiến của Sở Xây dựng \
về nhiệm vụ quy hoạch trước khi phê duyệt. Sở Xây dựng có trách nhiệm gửi ý kiến trong vòng 07 \
ngày kể từ ngày nhận được đề nghị.

3. Cơ quan, đơn vị có thẩm quyền cấp phép là Ủy ban nhân dân tỉnh.

4. Chủ đầu tư có trách nhiệm lập quy hoạch chi tiết bãi tập kết.
"""

TAIL = """
Chương III
TỔ CHỨC THỰC HIỆN

Điều 6. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2032.

Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ngành chịu trách nhiệm thi hành Quyết \
định này./.

Nơi nhận:
- Như Điều 6;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Bình
"""


def _doc(title: str) -> str:
    return HEAD.format(title=title) + BODY + TAIL


_DECISION = _doc("Về việc quản lý hoạt động khai thác cát, sỏi lòng sông trên địa bàn tỉnh")


@pytest.mark.parametrize(
    ("start", "lead"),
    [
        ("Trước ngày 15 tháng 11 hằng năm, Sở Nông nghiệp", "Sở Nông nghiệp và Môi trường"),
        ("Sở Xây dựng báo cáo Ủy ban nhân dân tỉnh", "Sở Xây dựng"),
        ("Sở Tài chính phối hợp với Sở Xây dựng", "Sở Tài chính"),
        ("Văn phòng Ủy ban nhân dân tỉnh theo dõi", "Văn phòng Ủy ban nhân dân tỉnh"),
        ("Công an tỉnh chủ trì phát hiện", "Công an tỉnh"),
        ("Thanh tra tỉnh tổ chức thanh tra", "Thanh tra tỉnh"),
        ("Giao Sở Nông nghiệp và Môi trường chủ trì", "Sở Nông nghiệp và Môi trường"),
    ],
)
def test_a_point_giving_a_body_a_duty_is_its_task(start: str, lead: str) -> None:
    lead_of = _lead(_tasks(_DECISION), start)
    assert lead_of is not None, start
    assert lead_of[0].startswith(lead)


def test_a_body_named_by_the_work_it_was_given_and_charged_is_a_task() -> None:
    # kept by `duty_points`; its lead is the charged body's whole name since round 33 (left)
    start = "Cơ quan, đơn vị tổ chức lập quy hoạch bãi tập kết có trách nhiệm"
    assert _lead(_tasks(_DECISION), start) is not None


@pytest.mark.parametrize(
    ("start", "lead"),
    [
        # a "Trong <period>, " opener before the body (read since round 33 (left))
        ("Trong năm 2032, Ủy ban nhân dân cấp xã", "Ủy ban nhân dân cấp xã"),
        # "Cơ quan, đơn vị …" named by its work and charged (`notices.charged_bodies`)
        ("Cơ quan, đơn vị được Ủy ban nhân dân tỉnh giao tổ chức lập", "Cơ quan, đơn vị"),
        ("Cơ quan, đơn vị tổ chức lập quy hoạch bãi tập kết có trách nhiệm", "Cơ quan, đơn vị"),
        # a point's further sentence naming another body is a task of its own
        ("Sở Xây dựng có trách nhiệm gửi ý kiến", "Sở Xây dựng"),
    ],
)
def test_left_a_point_read_whole_with_its_own_lead(start: str, lead: str) -> None:
    lead_of = _lead(_tasks(_DECISION), start)
    assert lead_of is not None, start
    assert lead_of[0].startswith(lead)


@pytest.mark.parametrize(
    "start",
    [
        "Trước ngày 20 tháng 12 hằng năm, tổ chức, cá nhân",  # the regulated public
        "Trong năm đầu hoạt động, nhà đầu tư",  # an investor's permission
        "Báo cáo của Sở Xây dựng gồm",  # a make-up, no body first
        "Văn phòng công chứng có trách nhiệm lưu trữ",  # a notary office's standing duty
        "Công an nhân dân là lực lượng",  # a definition
        "Giao thông đường thủy nội địa",  # "Giao thông" names no assignment
        "Cơ quan, đơn vị có thẩm quyền cấp phép là",  # a definition
        "Chủ đầu tư có trách nhiệm lập quy hoạch",  # an investor's duty stays a rule
        "Quyết định này quy định",  # the scope
    ],
)
def test_what_gives_no_body_work_stays_a_rule(start: str) -> None:
    assert _lead(_tasks(_DECISION), start) is None


def test_a_title_citing_a_quy_che_still_reads_its_points() -> None:
    tasks = _tasks(_doc("Về phân cấp thực hiện Quy chế quản lý khai thác cát, sỏi lòng sông"))
    assert _lead(tasks, "Công an tỉnh chủ trì phát hiện") is not None


def test_a_title_issuing_a_quy_che_keeps_its_topic_articles_rules() -> None:
    tasks = _tasks(_doc("Ban hành Quy chế quản lý khai thác cát, sỏi lòng sông trên địa bàn tỉnh"))
    assert _lead(tasks, "Công an tỉnh chủ trì phát hiện") is None


LICENCE = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH
Số: 61/GP-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 05 tháng 5 năm 2032

GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC DƯỚI ĐẤT

ỦY BAN NHÂN DÂN TỈNH AN BÌNH

Căn cứ Luật Tài nguyên nước ngày 27 tháng 11 năm 2023;

Xét hồ sơ đề nghị cấp giấy phép của Công ty TNHH Nước sạch Hòa Phú,

QUYẾT ĐỊNH:

Điều 1. Cho phép Công ty TNHH Nước sạch Hòa Phú khai thác, sử dụng nước dưới đất với các nội \
dung sau:

1. Mục đích khai thác: cấp nước sinh hoạt.

2. Lưu lượng khai thác: 500 m3/ngày đêm.

Điều 2. Các yêu cầu cụ thể đối với Công ty TNHH Nước sạch Hòa Phú:

1. Tuân thủ các nội dung quy định tại Điều 1 của Giấy phép này.

2. Thực hiện việc quan trắc mực nước, lưu lượng nước trong quá trình khai thác.

3. Hằng năm (trước ngày 15 tháng 12), tổng hợp báo cáo Ủy ban nhân dân tỉnh về tình hình \
khai thác nước.

Điều 3. Công ty TNHH Nước sạch Hòa Phú được hưởng các quyền hợp pháp theo quy định tại Luật Tài \
nguyên nước.

Điều 4. Giấy phép này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Cường
"""


@pytest.mark.parametrize(
    "start",
    [
        "Tuân thủ các nội dung quy định tại Điều 1",
        "Thực hiện việc quan trắc mực nước",
        "Hằng năm (trước ngày 15 tháng 12), tổng hợp báo cáo",
    ],
)
def test_a_licences_specific_requirements_are_its_holders_tasks(start: str) -> None:
    assert _lead(_tasks(LICENCE), start) == ("Công ty TNHH Nước sạch Hòa Phú",)


def test_a_licences_permit_and_rights_stay_no_tasks() -> None:
    tasks = _tasks(LICENCE)
    assert _lead(tasks, "Mục đích khai thác") is None
    assert _lead(tasks, "Công ty TNHH Nước sạch Hòa Phú được hưởng") is None
