"""Round 25 (duties): standing duties under a heading that names their holder, no deadline.

Two shapes. (1) A decision "Ban hành Quy chế …" whose copy keeps only some pages: after its
signature the rulebook's last articles follow at once, its name and "(Ban hành kèm theo …)" note
lost ("Điều 17. Quyền hạn của …", "Chương V" / "TỔ CHỨC THỰC HIỆN", "Điều 18. Trách nhiệm của
Tổng cục …"). The duty articles' clauses are their holder's tasks; rights, sanctions and funding
give none. (2) A joint guide of a Sở Giáo dục and a Sở Y tế (or a school's guide) sharing
measures out under "1. Đối với nhà trường", "4. Đối với phụ huynh học sinh", "Trách nhiệm của
cha mẹ học sinh": each dash is work of the institution or the people the heading names; "Quyền
của cha mẹ học sinh" and a case heading ("Đối với học sinh thuộc hộ nghèo") give none."""

from __future__ import annotations

from notice_fixtures import lead_of as _lead
from notice_fixtures import task_leads as _tasks

DECISION = """BỘ NÔNG NGHIỆP
VÀ PHÁT TRIỂN NÔNG THÔN
Số: 2040/QĐ-BNN-TCTL

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 5 năm 2031

QUYẾT ĐỊNH
{title}

BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN

Căn cứ Nghị định số 15/2030/NĐ-CP ngày 10/01/2030 của Chính phủ;

Theo đề nghị của Tổng cục trưởng Tổng cục Thủy lợi,

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cơ sở dữ liệu thủy lợi.

Điều 2. Giao Tổng cục Thủy lợi chủ trì, hàng năm rà soát, đánh giá việc thực hiện Quy chế.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Bộ, Tổng cục trưởng Tổng cục \
Thủy lợi và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, TCTL.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Nguyễn Văn Hùng

"""

RULEBOOK_DUTIES = """Điều 15. Quyền của các tổ chức, cá nhân khai thác dữ liệu

1. Được cung cấp dữ liệu thủy lợi theo quy định.

2. Kiến nghị với cơ quan quản lý dữ liệu khi không được đáp ứng nhu cầu.

Chương IV
TỔ CHỨC THỰC HIỆN

Điều 16. Trách nhiệm của Tổng cục Thủy lợi

1. Ban hành tài liệu hướng dẫn sử dụng cơ sở dữ liệu thủy lợi.

2. Chủ trì kiểm tra, giám sát việc cập nhật dữ liệu của các đơn vị.

Điều 17. Trách nhiệm của Sở Nông nghiệp và Phát triển nông thôn

Tổng hợp dữ liệu thủy lợi trên địa bàn tỉnh gửi Tổng cục Thủy lợi để tích hợp vào cơ sở dữ liệu.

Điều 18. Xử lý vi phạm

Tổ chức, cá nhân làm sai lệch dữ liệu thì tùy theo mức độ vi phạm sẽ bị xử lý theo quy định.

Điều 19. Kinh phí

Kinh phí duy trì cơ sở dữ liệu được bố trí từ nguồn ngân sách nhà nước.
"""

RULEBOOK_RULES = """Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý cơ sở dữ liệu thủy lợi.

Điều 2. Giải thích từ ngữ

1. Cơ sở dữ liệu thủy lợi là tập hợp dữ liệu về công trình thủy lợi.

2. Đơn vị quản lý dữ liệu là đơn vị được giao quản lý cơ sở dữ liệu.

Điều 3. Nguyên tắc quản lý

1. Dữ liệu được cập nhật đầy đủ, kịp thời.

2. Các đơn vị quản lý dữ liệu bảo đảm an toàn thông tin.

Điều 4. Quyền của các tổ chức, cá nhân

1. Được khai thác dữ liệu theo quy định.
"""

ISSUES = "Ban hành Quy chế quản lý cơ sở dữ liệu thủy lợi"


def test_lost_rulebook_duty_articles_give_their_holders_tasks() -> None:
    tasks = _tasks(DECISION.format(title=ISSUES) + RULEBOOK_DUTIES)
    assert _lead(tasks, "Ban hành tài liệu hướng dẫn sử") == ("Tổng cục Thủy lợi",)
    assert _lead(tasks, "Chủ trì kiểm tra, giám sát việc") == ("Tổng cục Thủy lợi",)
    assert _lead(tasks, "Tổng hợp dữ liệu thủy lợi trên ") == (
        "Sở Nông nghiệp và Phát triển nông thôn",
    )


def test_lost_rulebook_rights_sanctions_and_funding_give_nothing() -> None:
    texts = [text for text, _ in _tasks(DECISION.format(title=ISSUES) + RULEBOOK_DUTIES)]
    assert not any(t.startswith(("Được cung cấp", "Kiến nghị với")) for t in texts)
    assert not any("xử lý theo quy định" in t or t.startswith("Kinh phí") for t in texts)
    assert len(texts) == 4  # Điều 2 and the three duties


def test_lost_rulebook_of_rules_only_gives_nothing_more() -> None:
    tasks = _tasks(DECISION.format(title=ISSUES) + RULEBOOK_RULES)
    assert [text[:20] for text, _ in tasks] == ["Giao Tổng cục Thủy l"]


def test_articles_after_a_decision_issuing_no_rulebook_stay_unread() -> None:
    title = "Về việc giao nhiệm vụ rà soát cơ sở dữ liệu thủy lợi"
    tasks = _tasks(DECISION.format(title=title) + RULEBOOK_DUTIES)
    assert [text[:20] for text, _ in tasks] == ["Giao Tổng cục Thủy l"]


GUIDE = """UBND THÀNH PHỐ HÀ NỘI
SỞ GIÁO DỤC VÀ ĐÀO TẠO - SỞ Y TẾ
Số: 3120/HDLN:GDĐT-YT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 8 năm 2031

HƯỚNG DẪN LIÊN NGÀNH
Về việc phòng chống dịch bệnh trong trường học năm học 2031-2032

Liên ngành Sở GDĐT - Sở Y tế hướng dẫn công tác phòng chống dịch bệnh trong các cơ sở giáo dục \
như sau:

I. Khi học sinh đi học

1. Đối với nhà trường

- Thường xuyên cập nhật thông tin về tình hình dịch bệnh để tuyên truyền cho cán bộ, giáo viên, \
học sinh.

- Đảm bảo các phòng học được thông thoáng; kiểm tra, bổ sung kịp thời xà phòng, nước sát khuẩn.

2. Đối với phụ huynh học sinh

- Phối hợp chặt chẽ với nhà trường trong việc theo dõi sức khỏe của con.

3. Trách nhiệm của cha mẹ học sinh

- Chuẩn bị khẩu trang, bình nước uống cá nhân cho con khi đến trường.

{extra}II. Chế độ báo cáo

- Phòng GDĐT tổng hợp báo cáo từ các trường trên địa bàn.

Liên ngành Sở GDĐT - Sở Y tế yêu cầu các đơn vị nghiêm túc thực hiện./.

Nơi nhận:
- Các cơ sở giáo dục;
- Lưu: VT.

KT. GIÁM ĐỐC SỞ Y TẾ
PHÓ GIÁM ĐỐC
Hoàng Văn Bình
"""


def test_guide_school_and_parents_headings_lead_their_dashes() -> None:
    tasks = _tasks(GUIDE.format(extra=""))
    assert _lead(tasks, "Thường xuyên cập nhật thông ti") == ("nhà trường",)
    assert _lead(tasks, "Đảm bảo các phòng học được thô") == ("nhà trường",)
    assert _lead(tasks, "Phối hợp chặt chẽ với nhà trườ") == ("phụ huynh học sinh",)
    assert _lead(tasks, "Chuẩn bị khẩu trang, bình nước") == ("cha mẹ học sinh",)
    assert _lead(tasks, "Phòng GDĐT tổng hợp báo cáo từ") == ("Phòng GDĐT",)


def test_guide_rights_and_case_headings_give_nothing() -> None:
    extra = """4. Quyền của cha mẹ học sinh

- Được nhà trường thông báo kết quả học tập của con.

5. Đối với học sinh thuộc hộ nghèo

- Được miễn học phí theo quy định.

"""
    texts = [text for text, _ in _tasks(GUIDE.format(extra=extra))]
    assert not any(t.startswith("Được") for t in texts)
    assert len(texts) == 5
