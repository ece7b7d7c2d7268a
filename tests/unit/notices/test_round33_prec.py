"""Round 33 (prec): a class of persons' obligations, rights, bans and sanctions are no tasks.

An old decree printed with no "Số:" line and no scope article of today's wording is read as a
decision whose titled articles all assign work; its articles on what a class of persons must, may
or must not do ("Điều 8. Nghĩa vụ của cán bộ, công chức cấp xã", "Quyền lợi của …", "Những việc
… không được làm", "Kỷ luật và xử lý vi phạm", "Thôi việc, bỏ việc") then gave a task per point,
led by the class. The README's labelling makes rules of conduct, bans, entitlements and sanctions
no tasks (fresh27's cp-114). Counter-examples: the bodies' duty articles of the same decree, the
class's own "Trách nhiệm của …" article (labelled as tasks, cp-101), a dated report inside an
obligations article, a body's "Quyền và nghĩa vụ" article and a text with too few titled articles
stay as they were. Documents invented for these tests.
"""

from __future__ import annotations

from notices.persons_articles import persons_title
from tests.unit.notices.notice_fixtures import lead_of, task_leads

DECREE = """CHÍNH PHỦ

NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 45/2031/NĐ-CP NGÀY 12/5/2031 VỀ NHÂN VIÊN THÔN, TỔ DÂN PHỐ

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2025;

NGHỊ ĐỊNH:

Chương I

Những quy định chung

Điều 1. Phạm vi áp dụng

Nghị định này quy định về nhân viên thôn, tổ dân phố và việc quản lý họ.

Điều 2. Nghĩa vụ của nhân viên thôn, tổ dân phố

Nhân viên thôn, tổ dân phố có những nghĩa vụ sau đây:

1. Giữ gìn đoàn kết trong cộng đồng dân cư, tôn trọng ý kiến của người dân;

2. Chấp hành nghiêm chỉnh sự phân công của Trưởng thôn; thi hành nhiệm vụ theo đúng quy \
định của pháp luật;

3. Thực hiện nghiêm chỉnh nội quy của thôn; giữ gìn tài sản chung của cộng đồng;

4. Nhân viên thôn có trách nhiệm báo cáo số hộ gia đình của thôn cho Ủy ban nhân dân xã \
trước ngày 15 tháng 12 năm 2031.

Điều 3. Quyền lợi của nhân viên thôn, tổ dân phố

1. Nhân viên thôn được hưởng phụ cấp hằng tháng theo quy định của Ủy ban nhân dân tỉnh.

2. Nhân viên thôn bị thương khi làm nhiệm vụ được xem xét hỗ trợ chi phí chữa trị.

Điều 4. Những việc nhân viên thôn, tổ dân phố không được làm

1. Lợi dụng nhiệm vụ được giao để gây phiền hà cho người dân;

2. Nhận tiền, quà của người dân khi giải quyết công việc.

Điều 5. Kỷ luật và xử lý vi phạm

1. Nhân viên thôn vi phạm quy định tại Điều 4 thì bị cho thôi nhiệm vụ.

2. Nhân viên thôn vi phạm pháp luật có dấu hiệu tội phạm thì bị truy cứu trách nhiệm hình sự.

Điều 6. Trách nhiệm của nhân viên thôn, tổ dân phố

1. Cập nhật sổ theo dõi hộ gia đình của thôn, tổ dân phố.

2. Tuyên truyền chủ trương, chính sách đến các hộ gia đình.

Chương II

Quản lý nhân viên thôn

Điều 7. Nội dung quản lý của Ủy ban nhân dân cấp xã

Ủy ban nhân dân cấp xã quản lý nhân viên thôn theo các nội dung sau đây:

1. Bố trí nhân viên thôn theo số lượng được giao;

2. Thống kê số lượng nhân viên thôn trong phạm vi xã.

Điều 8. Trách nhiệm thi hành

Bộ trưởng Bộ Nội vụ hướng dẫn thi hành Nghị định này.
"""


def test_obligations_rights_bans_and_sanctions_of_the_class_are_no_tasks() -> None:
    tasks = task_leads(DECREE)
    for start in (
        "Giữ gìn đoàn kết",
        "Chấp hành nghiêm chỉnh",
        "Thực hiện nghiêm chỉnh nội quy",
        "Nhân viên thôn được hưởng",
        "Nhân viên thôn bị thương",
        "Lợi dụng nhiệm vụ",
        "Nhận tiền, quà",
        "Nhân viên thôn vi phạm quy định",
        "Nhân viên thôn vi phạm pháp luật",
    ):
        assert lead_of(tasks, start) is None, start


def test_the_decrees_duties_stay() -> None:
    tasks = task_leads(DECREE)
    # the class's own duty article (labelled as tasks, cp-101's "Trách nhiệm của cán bộ, …")
    assert lead_of(tasks, "Cập nhật sổ theo dõi") is not None
    assert lead_of(tasks, "Tuyên truyền chủ trương") is not None
    # a named body's duties in the same decree
    assert lead_of(tasks, "Bố trí nhân viên thôn") is not None
    assert lead_of(tasks, "Thống kê số lượng nhân viên thôn") is not None
    # a dated report inside the obligations article is work given now
    assert lead_of(tasks, "Nhân viên thôn có trách nhiệm báo cáo") is not None


def test_persons_titles() -> None:
    assert persons_title("Nghĩa vụ của cán bộ, công chức cấp xã")
    assert persons_title("Quyền và nghĩa vụ của viên chức")
    assert persons_title("Những việc cán bộ, công chức không được làm")
    assert persons_title("Kỷ luật và xử lý vi phạm")
    assert persons_title("Thôi việc, bỏ việc")
    # a body's rights and obligations, a class's duties, other articles
    assert not persons_title("Quyền và nghĩa vụ của Sở Tài chính")
    assert not persons_title("Trách nhiệm của cán bộ, công chức, viên chức")
    assert not persons_title("Khen thưởng")
    assert not persons_title("Nghĩa vụ của tổ chức tín dụng")
    assert not persons_title("Xử lý vi phạm của Sở Xây dựng")


LETTER = """ỦY BAN NHÂN DÂN XÃ AN PHÚ
Số: 88/UBND-VP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 03 tháng 4 năm 2031

Kính gửi: Các thôn trên địa bàn xã.

Để thực hiện Nghị định về nghĩa vụ của nhân viên thôn, Ủy ban nhân dân xã đề nghị:

1. Trưởng các thôn phổ biến Điều 2 (Nghĩa vụ của nhân viên thôn) đến nhân viên thôn.

2. Nhân viên thôn rà soát sổ theo dõi hộ gia đình, báo cáo Ủy ban nhân dân xã trước ngày \
20/4/2031.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH

Nguyễn Văn An
"""


def test_a_letter_citing_the_class_keeps_its_asks() -> None:
    tasks = task_leads(LETTER)
    assert lead_of(tasks, "Trưởng các thôn phổ biến") is not None
    assert lead_of(tasks, "Nhân viên thôn rà soát") is not None
