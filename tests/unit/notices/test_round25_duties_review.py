"""Round 25 (duties) review: the findings' inputs, each with a counter-example that keeps working.

A topic sub-heading under a named body and a dash naming its own doer keep their lead; a decision
issuing a rulebook whose attached text keeps its name is read as before; a form after the
signature, a working or board rulebook, minutes and an applicant's steps give no duties; a long
recipient line or a page cut mid-article still lets the lost rulebook's articles be read."""

from __future__ import annotations

from notice_fixtures import lead_of as _lead
from notice_fixtures import task_leads as _tasks

from tests.unit.notices.test_round25_duties import GUIDE, ISSUES, RULEBOOK_DUTIES

HEAD = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 512/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 12 tháng 5 năm 2031

QUYẾT ĐỊNH
{title}

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;

Theo đề nghị của Giám đốc Sở Nội vụ,

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này {short}.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, ngành và các đơn vị có liên quan chịu \
trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
{recipients}- Lưu: VT, NC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Phong

"""


def _decision(title: str, tail: str, *, short: str = "Quy chế", recipients: str = "") -> str:
    return HEAD.format(title=title, short=short, recipients=recipients) + tail


# HIGH 1 — a topic sub-heading under a named body keeps that body's lead
PLAN = """UBND HUYỆN GIA LÂM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 312/KH-PGDĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lâm, ngày 20 tháng 6 năm 2031

KẾ HOẠCH
Kiểm tra công tác y tế trường học năm học 2031-2032

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao chất lượng công tác y tế trường học.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Giáo dục và Đào tạo

a) Đối với nhà trường

- Kiểm tra hồ sơ y tế trường học tại các trường mầm non, tiểu học, THCS trên địa bàn.

- Hướng dẫn các trường xây dựng kế hoạch y tế trường học.

b) Đối với phụ huynh học sinh

- Tuyên truyền cho phụ huynh học sinh về chăm sóc sức khỏe học sinh.

2. Trung tâm Y tế huyện

- Phối hợp kiểm tra công tác y tế trường học.

Nơi nhận:
- Các trường MN, TH, THCS;
- Lưu: VT.

TRƯỞNG PHÒNG

Nguyễn Văn Nam
"""


def test_school_sub_heading_under_a_named_body_keeps_the_body() -> None:
    tasks = _tasks(PLAN)
    pgd = ("Phòng Giáo dục và Đào tạo",)
    assert _lead(tasks, "Kiểm tra hồ sơ y tế trường học") == pgd
    assert _lead(tasks, "Hướng dẫn các trường xây dựng") == pgd
    assert _lead(tasks, "Tuyên truyền cho phụ huynh học") == pgd


def test_school_heading_under_an_unnamed_section_still_leads() -> None:
    tasks = _tasks(GUIDE.format(extra=""))
    assert _lead(tasks, "Thường xuyên cập nhật thông ti") == ("nhà trường",)
    assert _lead(tasks, "Phối hợp chặt chẽ với nhà trườ") == ("phụ huynh học sinh",)


# HIGH 2 — a dash that names its own person-doer keeps it
def _under(heading: str, dash: str) -> tuple[str, ...] | None:
    return _lead(_tasks(GUIDE.format(extra=f"{heading}\n\n{dash}\n\n")), dash[2:32])


def test_dash_naming_its_own_person_doer_keeps_it() -> None:
    dash = "- Giáo viên bộ môn nhắc nhở học sinh đeo khẩu trang trong giờ học."
    assert _under("5. Đối với phụ huynh học sinh", dash) == ("Giáo viên bộ môn",)
    assert _under("5. Đối với nhà trường", dash) == ("Giáo viên bộ môn",)
    dash = "- Giáo viên chủ nhiệm lập nhóm liên lạc để thông tin kịp thời cho phụ huynh."
    assert _under("5. Đối với phụ huynh học sinh", dash) == ("Giáo viên chủ nhiệm",)


def test_dash_naming_nobody_takes_the_heading_holder() -> None:
    dash = "- Theo dõi sức khỏe của con hằng ngày, báo ngay cho nhà trường khi con bị sốt."
    assert _under("5. Đối với phụ huynh học sinh", dash) == ("phụ huynh học sinh",)


# HIGH 3 — a decision issuing a rulebook whose text keeps its name stays a decision's reading
KEM = """QUY CHẾ
Phối hợp giữa Sở Tài nguyên và Môi trường và Công an tỉnh
(Kèm theo Quyết định số 512/QĐ-UBND ngày 12/5/2031 của Chủ tịch UBND tỉnh)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi và đối tượng áp dụng

Quy chế này quy định việc phối hợp giữa Sở Tài nguyên và Môi trường và Công an tỉnh trong \
phòng, chống tội phạm về môi trường.

Điều 2. Nguyên tắc phối hợp

Việc phối hợp được thực hiện trên cơ sở chức năng, nhiệm vụ của mỗi cơ quan.

Chương II
NỘI DUNG PHỐI HỢP

Điều 3. Phối hợp trao đổi thông tin

1. Sở Tài nguyên và Môi trường cung cấp cho Công an tỉnh danh sách cơ sở gây ô nhiễm môi \
trường nghiêm trọng.

2. Công an tỉnh thông báo cho Sở Tài nguyên và Môi trường kết quả điều tra các vụ vi phạm.

Điều 4. Phối hợp kiểm tra, thanh tra

Hằng năm, Sở Tài nguyên và Môi trường chủ trì, phối hợp với Công an tỉnh xây dựng kế hoạch \
kiểm tra liên ngành.

Điều 5. Chế độ sơ kết, tổng kết

Định kỳ hằng năm, hai cơ quan tổ chức sơ kết đánh giá kết quả phối hợp.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 6. Trách nhiệm thi hành

Giám đốc Sở Tài nguyên và Môi trường, Giám đốc Công an tỉnh chịu trách nhiệm tổ chức thực hiện \
Quy chế này.
"""
KEM_TITLE = "Ban hành Quy chế phối hợp giữa Sở Tài nguyên và Môi trường và Công an tỉnh"


def test_rulebook_with_its_kem_theo_note_keeps_its_coordination_tasks() -> None:
    tasks = _tasks(_decision(KEM_TITLE, KEM))
    assert _lead(tasks, "Sở Tài nguyên và Môi trường cu") == ("Sở Tài nguyên và Môi trường",)
    assert _lead(tasks, "Công an tỉnh thông báo cho Sở") == ("Công an tỉnh",)
    assert _lead(tasks, "Hằng năm, Sở Tài nguyên và Môi") == ("Sở Tài nguyên và Môi trường",)


# HIGH 4 — a contract form after the signature is no lost rulebook
FORM = """Mẫu số 01

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

HỢP ĐỒNG ĐẶT HÀNG
Số: …/HĐĐH

Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;

Hôm nay, tại trụ sở Bên A, chúng tôi gồm:

Bên đặt hàng (Bên A): ……

Bên nhận đặt hàng (Bên B): ……

Hai bên thỏa thuận ký hợp đồng với các điều khoản sau:

Điều 1. Nội dung đặt hàng

Bên A đặt hàng Bên B cung cấp dịch vụ sự nghiệp công theo danh mục kèm theo.

Điều 2. Trách nhiệm của cơ quan đặt hàng

1. Thanh toán cho Bên B đúng thời hạn quy định tại Hợp đồng.

2. Cung cấp tài liệu cần thiết cho Bên B thực hiện hợp đồng.

Điều 3. Trách nhiệm của đơn vị sự nghiệp công lập nhận đặt hàng

1. Cung cấp dịch vụ đúng chất lượng, số lượng đã thỏa thuận.

2. Báo cáo Bên A kết quả thực hiện trước ngày 30 tháng 11 hằng năm.

Điều 4. Điều khoản chung

Hợp đồng có hiệu lực kể từ ngày ký.
"""

LOST = """Chương IV
TỔ CHỨC THỰC HIỆN

Điều 15. Trách nhiệm của Sở Thông tin và Truyền thông

1. Hướng dẫn các cơ quan, đơn vị triển khai Quy chế này.

2. Kiểm tra việc thực hiện Quy chế tại các cơ quan, đơn vị.

Điều 16. Chế độ báo cáo

Định kỳ 6 tháng, các cơ quan, đơn vị báo cáo kết quả thực hiện Quy chế về Sở Thông tin và \
Truyền thông.

Điều 17. Sơ kết, tổng kết

Hằng năm, Sở Thông tin và Truyền thông chủ trì tổ chức sơ kết việc thực hiện Quy chế.
"""
LOST_TITLE = "Ban hành Quy chế quản lý cơ sở dữ liệu dùng chung tỉnh Bắc Ninh"


def test_lost_rulebook_when_article_one_sets_its_words_on_a_line_of_their_own() -> None:
    text = _decision(ISSUES, RULEBOOK_DUTIES).replace("Điều 1. Ban hành", "Điều 1.\nBan hành")
    tasks = _tasks(text)
    assert _lead(tasks, "Ban hành tài liệu hướng dẫn sử") == ("Tổng cục Thủy lợi",)
    assert not any(t.startswith(("Được cung cấp", "Kiến nghị với")) for t, _ in tasks)


def test_contract_form_after_the_signature_gives_nothing() -> None:
    title = "Ban hành Quy định đặt hàng cung cấp dịch vụ sự nghiệp công sử dụng ngân sách tỉnh"
    assert _tasks(_decision(title, FORM, short="Quy định đặt hàng")) == []


def test_lost_rulebook_right_after_the_signature_still_read() -> None:
    tasks = _tasks(_decision(LOST_TITLE, LOST))
    tttt = ("Sở Thông tin và Truyền thông",)
    assert _lead(tasks, "Hướng dẫn các cơ quan, đơn vị t") == tttt
    assert _lead(tasks, "Kiểm tra việc thực hiện Quy ch") == tttt


# MEDIUM 5 — a working rulebook's staff duties and a board's rulebook give nothing when lost
STAFF = """Điều 18. Trách nhiệm của cán bộ, công chức, viên chức

1. Chấp hành nghiêm giờ làm việc theo quy định.

2. Không uống rượu, bia trong giờ làm việc.

3. Sử dụng tiết kiệm điện, nước, văn phòng phẩm của cơ quan.

Điều 19. Trách nhiệm của Văn phòng

1. Theo dõi, kiểm tra việc thực hiện Quy chế này.

2. Hằng năm, trước ngày 15 tháng 12, tổng hợp kết quả thực hiện báo cáo Chủ tịch UBND tỉnh.

Điều 20. Khen thưởng và xử lý vi phạm

Cá nhân có thành tích được khen thưởng; vi phạm thì bị xử lý kỷ luật theo quy định.
"""

BOARD = """Điều 5. Nhiệm vụ, quyền hạn của Trưởng Ban Chỉ đạo

1. Lãnh đạo, chỉ đạo toàn bộ hoạt động của Ban Chỉ đạo.

2. Phân công nhiệm vụ cho các thành viên Ban Chỉ đạo.

Điều 6. Nhiệm vụ của các thành viên Ban Chỉ đạo

1. Tham dự đầy đủ các cuộc họp của Ban Chỉ đạo.

2. Thực hiện nhiệm vụ do Trưởng Ban Chỉ đạo phân công.

Điều 7. Chế độ họp

Ban Chỉ đạo họp định kỳ 6 tháng một lần.
"""


def test_lost_working_rulebook_gives_no_staff_duties() -> None:
    title = "Ban hành Quy chế làm việc của cơ quan Văn phòng UBND tỉnh"
    texts = [text for text, _ in _tasks(_decision(title, STAFF))]
    assert not any(t.startswith(("Chấp hành nghiêm", "Sử dụng tiết kiệm")) for t in texts)


def test_lost_board_rulebook_gives_nothing() -> None:
    title = "Ban hành Quy chế hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Bắc Ninh"
    assert _tasks(_decision(title, BOARD)) == []


# MEDIUM 6 — a long recipient line, a page cut mid-article
CUT = """3. Phối hợp với các sở, ngành liên quan kiểm tra việc cập nhật dữ liệu của các đơn vị \
trên địa bàn tỉnh.

4. Hằng năm tổng hợp, báo cáo Chủ tịch UBND tỉnh tình hình khai thác cơ sở dữ liệu.

Điều 16. Trách nhiệm của Sở Tài chính

Bố trí kinh phí duy trì cơ sở dữ liệu trong dự toán ngân sách hằng năm của Sở Thông tin và \
Truyền thông.

Điều 17. Trách nhiệm của Ủy ban nhân dân cấp huyện

Chỉ đạo các phòng chuyên môn cập nhật dữ liệu của huyện vào cơ sở dữ liệu.
"""


def test_lost_rulebook_after_a_long_recipient_line() -> None:
    long = "- Sở Nông nghiệp và Phát triển nông thôn các tỉnh, thành phố trực thuộc Trung ương;\n"
    tasks = _tasks(_decision(LOST_TITLE, LOST, recipients=long))
    assert _lead(tasks, "Hướng dẫn các cơ quan, đơn vị t") == ("Sở Thông tin và Truyền thông",)


def test_lost_rulebook_cut_mid_article() -> None:
    tasks = _tasks(_decision(LOST_TITLE, CUT))
    assert _lead(tasks, "Bố trí kinh phí duy trì cơ sở") == ("Sở Tài chính",)
    assert _lead(tasks, "Chỉ đạo các phòng chuyên môn c") == ("Ủy ban nhân dân cấp huyện",)


def test_sentences_after_the_signature_stay_unread() -> None:
    tail = (
        "Nội dung này được gửi kèm để các cơ quan, đơn vị tham khảo khi triển khai thực hiện.\n\n"
    )
    assert [t[:20] for t, _ in _tasks(_decision(LOST_TITLE, tail + LOST))] == []


# MEDIUM 7 — minutes and an applicant's steps under parents' headings
MINUTES = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN CẦU GIẤY
TRƯỜNG THCS NGHĨA TÂN
Số: 45/BB-THCSNT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cầu Giấy, ngày 25 tháng 8 năm 2031

BIÊN BẢN
Họp cha mẹ học sinh đầu năm học 2031-2032

Thời gian: 8 giờ 00 ngày 24/8/2031.

Địa điểm: Phòng họp nhà trường.

Thành phần: Ban giám hiệu, giáo viên chủ nhiệm, đại diện cha mẹ học sinh các lớp.

NỘI DUNG

1. Ý kiến của cha mẹ học sinh

- Đề nghị nhà trường tăng cường quản lý học sinh giờ ra chơi.

2. Thống nhất

a) Đối với nhà trường

- Bố trí thêm giáo viên trực giờ ra chơi từ tuần đầu năm học.

b) Đối với cha mẹ học sinh

- Đưa đón con đúng giờ quy định.

- Mức đóng góp quỹ hội: 200.000 đồng/năm.

Cuộc họp kết thúc lúc 10 giờ 30 cùng ngày.

THƯ KÝ                CHỦ TỌA
Trần Văn Hải          Nguyễn Thị Lan
"""

ENROL = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN CẦU GIẤY
TRƯỜNG THCS NGHĨA TÂN
Số: 45/TB-THCSNT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cầu Giấy, ngày 25 tháng 6 năm 2031

THÔNG BÁO
Về việc tuyển sinh vào lớp 6 năm học 2031-2032

Nhà trường thông báo kế hoạch tuyển sinh vào lớp 6 năm học 2031-2032 như sau:

1. Hồ sơ tuyển sinh

a) Đối với học sinh

- Bản sao giấy khai sinh hợp lệ.

- Học bạ cấp tiểu học.

b) Đối với cha mẹ học sinh

- Đơn xin nhập học (theo mẫu của nhà trường).

- Bản sao sổ hộ khẩu hoặc giấy xác nhận cư trú.

- Nộp hồ sơ trực tiếp tại văn phòng nhà trường từ ngày 01/7/2031 đến ngày 10/7/2031.

2. Đối với Trạm Y tế phường Nghĩa Tân

- Phối hợp với nhà trường khám sức khỏe cho học sinh đầu năm học.

Nơi nhận:
- Phòng GDĐT;
- Lưu: VT.

HIỆU TRƯỞNG

Nguyễn Thị Lan
"""


def test_minutes_give_no_figure_as_parents_work() -> None:
    texts = [text for text, _ in _tasks(MINUTES)]
    assert not any("Mức đóng góp" in t or "THƯ KÝ" in t for t in texts)


def test_applicant_steps_under_a_file_topic_are_no_parents_duty() -> None:
    tasks = _tasks(ENROL)
    assert _lead(tasks, "Nộp hồ sơ trực tiếp") is None
    assert _lead(tasks, "Phối hợp với nhà trường khám s") == ("Trạm Y tế phường Nghĩa Tân",)


# LOW 8, 9 — joined holders, "cha mẹ trẻ em"
def test_joined_holders_are_one_lead_each() -> None:
    dash = "- Phối hợp quản lý học sinh trong thời gian hè."
    lead = ("nhà trường", "phụ huynh học sinh")
    assert _under("5. Đối với nhà trường, phụ huynh học sinh", dash) == lead
    assert _under("5. Đối với nhà trường và phụ huynh học sinh", dash) == lead


def test_preschool_parents_heading_leads() -> None:
    dash = "- Phối hợp với nhà trường theo dõi sức khỏe của trẻ hằng ngày."
    assert _under("5. Đối với cha mẹ trẻ em", dash) == ("cha mẹ trẻ em",)
