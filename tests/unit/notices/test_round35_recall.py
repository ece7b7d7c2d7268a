"""Round 35 (recall): readable documents whose assignments were not seen at all.

Four ways of writing lost them. A groundwater licence granted to a household ("Hộ dân …", "Hộ
gia đình ông …") or to a plant of a company ("Xí nghiệp … (Cơ sở 2) - Công ty …") puts its duties
under "Các yêu cầu (cụ thể) đối với <holder>:"; the holder was read as a body only when its name
opened on an organisation's head noun (Công ty, Bệnh viện …), so the points had no holder and were
dropped with the licence's terms. A letter's assigning paragraph that ends with a second clause
sending the result up for information ("…; đồng thời, gửi Ủy ban nhân dân tỉnh biết, theo
dõi./.") was read as the closing formula ("… để biết …./.") and dropped. Counter-examples: a
lower-case holder ("hộ dân trong vùng"), a household name running on into a verb, the closing
formula itself, and a closing whose first clause already informs. An acceptance notice sent to
one company lists "Yêu cầu đối với chủ đầu tư" (the role written in lower case) over the points
the company must keep: the heading named no holder, so the points were dropped; the role is the
company the notice is sent to (a government body addressed keeps the role; "chủ đầu tư xây dựng
hạ tầng …" qualifies whoever it is and names no holder). A news report of a customs plan names
its doer "Hải quan Việt Nam" (no head noun the parser knew: "Cục Hải quan …" was read) after
"Song song với các nhiệm vụ (trên)," (an opening the parser did not skip). Documents invented for
these tests.
"""

from __future__ import annotations

from notice_fixtures import lead_of
from notice_fixtures import task_leads as _tasks

from notices import parse_notice
from notices.licences import requirements_holder
from notices.structure import is_closing

_LICENCE = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ YÊN                          Độc lập - Tự do - Hạnh phúc

Số: 17/GP-UBND                        Phú Yên, ngày 05 tháng 3 năm 2019

GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC DƯỚI ĐẤT

ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN

Căn cứ Luật Tài nguyên nước ngày 21/6/2012;

QUYẾT ĐỊNH:

Điều 1. Cho phép {holder}, địa chỉ: thôn Phú Lộc, xã An Ninh, huyện Tuy An được khai thác, sử
dụng nước dưới đất với các nội dung chủ yếu sau đây:

1. Mục đích khai thác, sử dụng nước: cấp nước sinh hoạt.

2. Thời hạn của giấy phép là 03 năm.

Điều 2. Các yêu cầu cụ thể đối với {holder}:

1. Chấp hành đúng các nội dung quy định tại Điều 1 của Giấy phép này;

2. Lắp đặt thiết bị đo lưu lượng nước khai thác tại giếng khoan theo quy định;

3. Hằng năm (trước ngày 15 tháng 12), gửi báo cáo tình hình khai thác nước về Sở Tài nguyên và
Môi trường.

Điều 3. Giao Sở Tài nguyên và Môi trường kiểm tra, giám sát việc khai thác nước của {holder}.

Điều 4. Giấy phép này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình
"""

_DUTIES = ("Chấp hành đúng", "Lắp đặt thiết bị", "Hằng năm (trước ngày 15 tháng 12)")


def _licence_duties(holder: str) -> list[tuple[str, ...] | None]:
    tasks = _tasks(_LICENCE.format(holder=holder))
    return [lead_of(tasks, start) for start in _DUTIES]


def test_household_holder_takes_the_licence_duties() -> None:
    assert _licence_duties("Hộ gia đình ông Võ Văn Tâm") == [("Hộ gia đình ông Võ Văn Tâm",)] * 3


def test_household_by_its_short_name() -> None:
    assert _licence_duties("Hộ dân Nguyễn Thị Hoa") == [("Hộ dân Nguyễn Thị Hoa",)] * 3


def test_plant_of_a_company_takes_the_licence_duties() -> None:
    holder = "Xí nghiệp Gạch Tuy An (Cơ sở 1) - Công ty Cổ phần Vật liệu Xây dựng Phú Yên"
    assert _licence_duties(holder) == [(holder,)] * 3


def test_yearly_report_of_a_household_is_recurring() -> None:
    notice = parse_notice(_LICENCE.format(holder="Hộ dân Nguyễn Thị Hoa"))
    yearly = next(t for t in notice.tasks if t.text.startswith("Hằng năm"))
    assert yearly.deadline_kind.value == "recurring"


def test_company_holder_still_read() -> None:
    holder = "Công ty TNHH Nước sạch Phú Yên"
    assert _licence_duties(holder) == [(holder,)] * 3


def test_holder_heading_needs_a_proper_name() -> None:
    assert requirements_holder("Các yêu cầu đối với Hộ dân Lê Thị Mai") == ["Hộ dân Lê Thị Mai"]
    # counter-examples: whoever qualifies, written lower-case; a name running on into a verb
    assert requirements_holder("Các yêu cầu đối với hộ dân trong vùng dự án:") is None
    assert requirements_holder("Yêu cầu đối với Hộ dân tự khai thác nước:") is None
    assert requirements_holder("Yêu cầu đối với Xí nghiệp -") is None


_LETTER = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH TRÀ VINH                         Độc lập - Tự do - Hạnh phúc

Số: 812/UBND-KT                       Trà Vinh, ngày 10 tháng 3 năm 2025
V/v báo cáo tình hình sử dụng tài sản công

Kính gửi: Sở Tài chính.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Hùng
"""


def test_assignment_then_copy_for_information_is_a_task() -> None:
    body = (
        "Sau khi xem xét, Chủ tịch Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với "
        "các sở, ngành liên quan rà soát, tổng hợp báo cáo theo yêu cầu của Bộ Tài chính; đồng "
        "thời, gửi Ủy ban nhân dân tỉnh biết, theo dõi./."
    )
    tasks = _tasks(_LETTER.format(body=body))
    assert lead_of(tasks, "Sau khi xem xét, Chủ tịch") == ("Sở Tài chính",)


def test_the_closing_formula_stays_a_closing() -> None:
    assert is_closing("Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.")
    # the first clause already only informs: the later one does not make it work
    assert is_closing(
        "Văn phòng Ủy ban nhân dân tỉnh thông báo để các sở, ngành biết; giao Văn phòng lưu hồ "
        "sơ./."
    )
    # no "giao": a clause informing after a semicolon is still a closing
    assert is_closing("Các cơ quan, đơn vị biết, thực hiện; đồng thời báo cáo kết quả./.")


_ACCEPTANCE = """UBND TỈNH YÊN BÁI                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG                        Độc lập - Tự do - Hạnh phúc

Số: 415/SCT-KTAT                      Yên Bái, ngày 12 tháng 6 năm 2026

THÔNG BÁO
Kết quả kiểm tra công tác nghiệm thu hoàn thành công trình trạm biến áp

Kính gửi: {addressee}

Căn cứ kết quả kiểm tra ngày 05/6/2026, Sở Công Thương chấp thuận kết quả nghiệm thu hoàn thành
công trình trạm biến áp 110 kV Văn Chấn, như sau:
1. Thông tin về công trình
a) Tên công trình: Trạm biến áp 110 kV Văn Chấn.
b) Địa điểm xây dựng: xã Sơn Thịnh.
2. {heading}
a) Lưu trữ đầy đủ hồ sơ hoàn thành công trình theo quy định.
b) Bảo trì công trình theo quy trình bảo trì đã được phê duyệt.
Sở Công Thương thông báo để đơn vị biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Đỗ Văn Hải
"""
_KEPT = ("Lưu trữ đầy đủ", "Bảo trì công trình")


def _acceptance(addressee: str, heading: str = "Yêu cầu đối với chủ đầu tư") -> list:
    tasks = _tasks(_ACCEPTANCE.format(addressee=addressee, heading=heading))
    return [lead_of(tasks, start) for start in _KEPT]


def test_investor_role_is_the_company_addressed() -> None:
    company = "Công ty Cổ phần Điện lực Văn Chấn"
    assert _acceptance(company) == [(company,)] * 2


def test_investor_role_stays_when_a_government_body_is_addressed() -> None:
    assert _acceptance("Ủy ban nhân dân huyện Văn Chấn") == [("Chủ đầu tư",)] * 2


def test_qualified_role_names_no_holder() -> None:
    assert requirements_holder("Yêu cầu đối với chủ đầu tư") == ["Chủ đầu tư"]
    assert requirements_holder("Yêu cầu đối với chủ đầu tư xây dựng hạ tầng kỹ thuật") is None
    assert requirements_holder("Yêu cầu đối với cơ sở thực tập") is None


_NEWS = """# Ngành Hải quan triển khai kế hoạch thực hiện Hiệp định thương mại

{body}
"""


def test_customs_service_named_in_a_news_report() -> None:
    body = (
        "Song song với các nhiệm vụ trên, Hải quan Việt Nam sẽ triển khai thực hiện các quy định "
        "về xuất xứ hàng hóa nêu tại Hiệp định.\n\n"
        "Đặc biệt, Hải quan Việt Nam sẽ tăng cường kiểm soát hải quan đối với hàng hóa quá cảnh."
    )
    tasks = _tasks(_NEWS.format(body=body))
    assert lead_of(tasks, "Song song với các nhiệm vụ trên") == ("Hải quan Việt Nam",)
    assert lead_of(tasks, "Đặc biệt, Hải quan") == ("Hải quan Việt Nam",)


def test_customs_procedure_is_no_body() -> None:
    body = "Song song với đó là việc đơn giản hóa thủ tục hải quan tỉnh Lạng Sơn cho doanh nghiệp."
    assert _tasks(_NEWS.format(body=body)) == []
