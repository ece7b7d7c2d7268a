"""Round 32 (proc): a circular's per-case procedure is no task; its bodies' standing work is.

A circular or guidance text walks through a procedure that runs once per case: which body
verifies a declarant "nếu người được xác minh là cán bộ thuộc diện …", who "là cơ quan có thẩm
quyền ra quyết định …" for each kind of election, a heading "Trong trường hợp người được xác minh
… thì cơ quan tiến hành xác minh được xác định như sau:" over its points, a term's definition
("Kê khai lần đầu là việc …"). The README's labelling calls make a procedure's per-case steps no
task; the work it gives a named body to do (its "Tổ chức thực hiện", a yearly report) stays a
task. Counter-examples: a rulebook's standing body ("… là cơ quan thường trực, có trách nhiệm
…"), a case that opens a named body's duty ("Trường hợp phát hiện sai phạm …, Thanh tra tỉnh chủ
trì …") and a duty towards a group of people ("Đối với những người có nghĩa vụ báo cáo …, Giám
đốc Sở Tài chính tổ chức rà soát …") stay tasks. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice

CIRCULAR = """BỘ NỘI VỤ
Số: 17/2031/TT-BNV

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 04 tháng 3 năm 2031

THÔNG TƯ
Hướng dẫn việc thẩm tra lý lịch người được đề nghị khen thưởng

Căn cứ Nghị định số 12/2030/NĐ-CP ngày 10 tháng 01 năm 2030 của Chính phủ;

Bộ Nội vụ hướng dẫn việc thẩm tra lý lịch như sau:

Phần 1
QUY ĐỊNH CHUNG

I. GIẢI THÍCH TỪ NGỮ

1. Thẩm tra lần đầu là việc cơ quan có thẩm quyền xem xét lý lịch của người được đề nghị \
khen thưởng lần đầu tiên theo Mẫu ban hành kèm theo Thông tư này.

Phần 2
THẨM TRA LÝ LỊCH

I. CƠ QUAN TIẾN HÀNH THẨM TRA

1. Trong trường hợp người được thẩm tra thuộc diện Ban Thường vụ Tỉnh ủy quản lý thì cơ \
quan tiến hành thẩm tra được xác định như sau:

a) Ban Tổ chức Tỉnh ủy tiến hành thẩm tra nếu người được thẩm tra là cán bộ đang công tác \
tại cơ quan Đảng cấp tỉnh;

b) Ủy ban Kiểm tra Huyện ủy tiến hành thẩm tra nếu người được thẩm tra là cán bộ đang công \
tác tại cấp huyện.

2. Sở Nội vụ tiến hành thẩm tra nếu người được thẩm tra đang công tác tại cơ quan, đơn vị \
thuộc tỉnh; trường hợp cần thiết thì huy động cán bộ của Thanh tra tỉnh tham gia.

3. Đối với việc thẩm tra tại cấp xã thì thực hiện như sau:

a) Chủ tịch Ủy ban nhân dân cấp huyện là người có thẩm quyền ra quyết định thẩm tra;

b) Phòng Nội vụ là cơ quan tiến hành thẩm tra.

Phần 3
TỔ CHỨC THỰC HIỆN

I. Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương chủ trì, phối hợp với Ban Tổ chức \
Tỉnh ủy hướng dẫn, đôn đốc, kiểm tra việc thẩm tra lý lịch trên địa bàn.

II. Hằng năm, Ủy ban nhân dân các tỉnh tổng hợp tình hình thẩm tra lý lịch, báo cáo về Bộ \
Nội vụ. Việc báo cáo phải hoàn thành trong Quý I.

III. Thông tư này có hiệu lực thi hành sau mười lăm ngày kể từ ngày đăng công báo.

Nơi nhận:
- Như trên;
- Lưu: VT.

BỘ TRƯỞNG
Nguyễn Văn An
"""

RULEBOOK = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 25/2031/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 12 tháng 5 năm 2031

QUYẾT ĐỊNH
Ban hành Quy chế phối hợp tiếp nhận, xử lý kiến nghị của cử tri

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp tiếp nhận, xử lý kiến nghị của \
cử tri trên địa bàn tỉnh.

Điều 2. Tổ chức thực hiện

1. Sở Nội vụ là cơ quan thường trực, có trách nhiệm tham mưu Ủy ban nhân dân tỉnh theo \
dõi, đôn đốc việc thực hiện Quy chế này.

2. Trong 03 ngày làm việc kể từ ngày nhận được kiến nghị, Văn phòng Ủy ban nhân dân tỉnh \
chuyển kiến nghị đến sở, ngành có liên quan.

3. Trường hợp phát hiện sai phạm trong quá trình giải quyết kiến nghị, Thanh tra tỉnh chủ \
trì kiểm tra, xử lý theo quy định.

4. Đối với những người có nghĩa vụ báo cáo chưa thực hiện, Giám đốc Sở Tài chính tổ chức \
rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2031.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình
"""


def _openings(text: str) -> list[str]:
    return [task.text[:30] for task in parse_notice(text).tasks]


def test_a_circulars_per_case_steps_are_no_tasks() -> None:
    texts = [task.text for task in parse_notice(CIRCULAR).tasks]
    assert not any("nếu người được thẩm tra" in text for text in texts)
    assert not any(" là cơ quan tiến hành " in text for text in texts)
    assert not any(text.startswith("Thẩm tra lần đầu là việc") for text in texts)


def test_a_circulars_standing_work_stays() -> None:
    tasks = parse_notice(CIRCULAR).tasks
    openings = [task.text[:30] for task in tasks]
    assert "Sở Nội vụ các tỉnh, thành phố " in openings
    assert "Hằng năm, Ủy ban nhân dân các " in openings
    assert len(tasks) == 2


def test_a_rulebooks_standing_body_case_and_duty_towards_people_stay() -> None:
    openings = _openings(RULEBOOK)
    assert openings == [
        "Sở Nội vụ là cơ quan thường tr",
        "Trường hợp phát hiện sai phạm ",
        "Đối với những người có nghĩa v",
    ]


YEARLY = """BỘ NỘI VỤ
Số: 18/2031/TT-BNV

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 04 tháng 3 năm 2031

THÔNG TƯ
Hướng dẫn việc thẩm tra lý lịch hằng năm

Bộ Nội vụ hướng dẫn việc thẩm tra lý lịch như sau:

Phần 1
QUY ĐỊNH CHUNG

I. THẨM TRA LẦN ĐẦU

1. Thẩm tra lần đầu là việc cơ quan có thẩm quyền xem xét lý lịch hằng năm lần đầu tiên \
theo Mẫu ban hành kèm theo Thông tư này.

Đối với những người thuộc diện thẩm tra mà chưa được thẩm tra trong năm 2031 thì Giám đốc \
Sở Nội vụ phải tổ chức thẩm tra ngay sau khi danh sách được phê duyệt.

Phần 2
TRÌNH TỰ THẨM TRA HẰNG NĂM

I. LẬP DANH SÁCH

1. Để bảo đảm việc thẩm tra đúng thời hạn, tháng 10 hằng năm, căn cứ quy định tại Điều 5 \
Nghị định số 12/2030/NĐ-CP, đơn vị phụ trách công tác tổ chức, cán bộ của cơ quan, đơn vị \
lập danh sách người thuộc diện thẩm tra trình người đứng đầu cơ quan phê duyệt.

2. Tháng 12 hằng năm, Sở Y tế tổng hợp kết quả thẩm tra, báo cáo Bộ Nội vụ.

Phần 3
TỔ CHỨC THỰC HIỆN

I. Trong phạm vi chức năng, nhiệm vụ của mình, các cơ quan thanh tra nhà nước chủ trì, phối \
hợp với cơ quan nội vụ cùng cấp hướng dẫn, kiểm tra việc thẩm tra lý lịch.

Hằng năm, các cơ quan thanh tra nhà nước, ủy ban kiểm tra Đảng, cơ quan nội vụ tổng hợp \
tình hình thẩm tra, báo cáo về Bộ Nội vụ.

II. Ủy ban nhân dân huyện kiểm tra, đôn đốc việc thẩm tra lý lịch trên địa bàn.

Nơi nhận:
- Như trên;
- Lưu: VT.

BỘ TRƯỞNG
Nguyễn Văn An
"""


def test_a_yearly_cycles_steps_name_their_unit_after_the_month() -> None:
    tasks = {task.text[:30]: task for task in parse_notice(YEARLY).tasks}
    listing = tasks["Để bảo đảm việc thẩm tra đúng "]
    assert listing.lead[0].startswith("Đơn vị phụ trách công tác tổ chức, cán bộ")
    assert listing.deadline_kind == "recurring"
    assert tasks["Tháng 12 hằng năm, Sở Y tế tổn"].lead == ("Sở Y tế",)


def test_a_duty_after_a_definition_is_its_items_task() -> None:
    tasks = {task.text[:30]: task for task in parse_notice(YEARLY).tasks}
    assert "Thẩm tra lần đầu là việc cơ qu" not in tasks
    assert tasks["Đối với những người thuộc diện"].lead == ("Giám đốc Sở Nội vụ",)


def test_the_state_inspectorates_and_the_party_inspection_committee_are_bodies() -> None:
    tasks = {task.text[:30]: task for task in parse_notice(YEARLY).tasks}
    assert tasks["Trong phạm vi chức năng, nhiệm"].lead == ("các cơ quan thanh tra nhà nước",)
    yearly = tasks["Hằng năm, các cơ quan thanh tr"]
    assert "ủy ban kiểm tra Đảng" in " ".join(yearly.lead)
    # counter-example: a people's committee that checks stays the body it was
    assert tasks["Ủy ban nhân dân huyện kiểm tra"].lead == ("Ủy ban nhân dân huyện",)
