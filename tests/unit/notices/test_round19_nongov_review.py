"""Round 19 (nongov) review: a passed-on directive's quotation, a conclusion notice's report, a
regulation's rules, a warning after a comma and "Chủ tịch" as no holder of the public."""

from __future__ import annotations

from notices import parse_notice
from notices.remarks import is_remark
from tests.unit.notices.test_round19_nongov import _HEAD, _SIGN


def _notice(so: str, kind: str, title: str, body: str):
    return parse_notice(_HEAD.format(so=so, kind=kind, title=title) + body + _SIGN)


def _starting(notice, start: str):
    found = [t for t in notice.tasks if t.text.startswith(start)]
    assert len(found) == 1, [t.text[:60] for t in notice.tasks]
    return found[0]


_OFFICE = """VĂN PHÒNG UBND TỈNH AN GIANG
Số: 88/VP-KGVX
V/v nhu cầu vắc xin

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 10 tháng 3 năm 2026

Kính gửi: Sở Y tế

Xét đề nghị của Sở Y tế tại Tờ trình số 15/TTr-SYT ngày 02/3/2026, Chủ tịch Ủy ban nhân dân \
tỉnh có ý kiến chỉ đạo với nội dung{how}:

“Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát nhu cầu vắc xin tiêm chủng mở rộng, \
báo cáo Ủy ban nhân dân tỉnh trước ngày 30/4/2026.”

Văn phòng Ủy ban nhân dân tỉnh thông báo để Sở Y tế biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHÁNH VĂN PHÒNG

Lê Văn Dũng
"""


def test_a_chief_s_directive_passed_on_in_quotes_is_the_task():
    for how in (" như sau", ""):
        notice = parse_notice(_OFFICE.format(how=how))
        tasks = [t for t in notice.tasks if "rà soát nhu cầu vắc xin" in t.text]
        assert len(tasks) == 1, [t.text[:60] for t in notice.tasks]
        assert list(tasks[0].lead) == ["Sở Y tế"]
        assert tasks[0].deadline is not None and tasks[0].deadline.day == 30


_CONCLUSION = """Ngày 05/3/2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về công tác \
phòng, chống dịch bệnh. Tham dự có lãnh đạo các sở, ngành liên quan.

1. Sở Y tế báo cáo tình hình dịch bệnh trên địa bàn tỉnh; Sở Tài chính báo cáo kinh phí \
phòng, chống dịch.

2. Sau khi nghe báo cáo và ý kiến các đại biểu, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:

a) Sở Y tế chủ trì, phối hợp với các địa phương tổ chức tiêm chủng, hoàn thành trước ngày \
30/4/2026.

b) Sở Tài chính tham mưu bố trí kinh phí phòng, chống dịch trước ngày 15/4/2026.
"""


def test_a_conclusion_notice_s_report_item_is_no_task():
    notice = _notice("20/TB-UBND", "THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh", _CONCLUSION)
    assert not [t for t in notice.tasks if "báo cáo tình hình dịch bệnh" in t.text]
    assert not [t for t in notice.tasks if "báo cáo kinh phí" in t.text]
    assert list(_starting(notice, "Sở Y tế chủ trì").lead) == ["Sở Y tế"]
    assert list(_starting(notice, "Sở Tài chính tham mưu").lead) == ["Sở Tài chính"]


def test_an_item_s_own_duties_as_follows_keep_the_item_before():
    body = """Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Nội vụ tổng hợp báo cáo trước ngày 15/3/2026.

2. Thực hiện báo cáo định kỳ như sau:

a) Báo cáo quý gửi trước ngày 20 của tháng cuối quý.

b) Báo cáo năm gửi trước ngày 15/12/2026.
"""
    notice = _notice("51/UBND-TH", "", "V/v báo cáo", body)
    assert list(_starting(notice, "Sở Nội vụ tổng hợp báo cáo").lead) == ["Sở Nội vụ"]


_RULES = """Điều 1. Phạm vi điều chỉnh

Quy định này quy định về quản lý hoạt động chăn nuôi trên địa bàn tỉnh.

Điều 2. Trách nhiệm của tổ chức, cá nhân chăn nuôi

1. Chăn nuôi theo đúng quy hoạch được phê duyệt.

2. Các tổ chức, hộ gia đình, cá nhân chăn nuôi phải thực hiện đúng các quy định sau:

a) Không nuôi gia súc trong khu dân cư tập trung.

b) Nghiêm cấm vứt xác động vật chết ra môi trường.

c) Cơ sở giết mổ, kinh doanh gia súc phải có giấy chứng nhận kiểm dịch.
"""


def test_a_regulation_s_rules_for_the_public_are_no_tasks():
    title = (
        "Quản lý hoạt động chăn nuôi trên địa bàn tỉnh\n(Ban hành kèm theo Quyết định số "
        "15/2026/QĐ-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh)"
    )
    notice = _notice("15/2026/QĐ-UBND", "QUY ĐỊNH", title, _RULES)
    for start in ("Không nuôi gia súc", "Nghiêm cấm vứt xác", "Cơ sở giết mổ, kinh doanh gia súc"):
        assert not [t for t in notice.tasks if t.text.startswith(start)], start


def test_a_task_with_a_warning_after_a_comma_stays_a_task():
    body = """Để tổng hợp kết quả thi đua năm 2026, Ủy ban nhân dân tỉnh đề nghị:

Các đơn vị gửi báo cáo về Sở Nội vụ trước ngày 15/4/2026, đơn vị nào không thực hiện sẽ không \
được xét thi đua cuối năm.
"""
    notice = _notice("70/UBND-NV", "", "V/v báo cáo thi đua", body)
    task = _starting(notice, "Các đơn vị gửi báo cáo về Sở Nội vụ")
    assert task.deadline is not None and task.deadline.day == 15
    assert not is_remark(
        "Các đơn vị gửi báo cáo về Sở Nội vụ trước ngày 15/4/2026, đơn vị nào không thực hiện "
        "sẽ không được xét thi đua cuối năm."
    )
    # the non-complier as the sentence's subject is still a warning
    assert is_remark("Những đơn vị không thực hiện đúng quy định sẽ không được xét thi đua.")


def test_a_chairman_is_no_holder_of_the_public():
    body = """Để phòng, chống dịch bệnh trên đàn lợn, Ủy ban nhân dân huyện chỉ thị:

1. Phòng Kinh tế tổng hợp tình hình dịch bệnh trước ngày 30/3/2026.

2. Chủ tịch Ủy ban nhân dân các xã phải thực hiện nghiêm các nội dung sau:

a) Rà soát các hộ nuôi lợn trên địa bàn.

b) Không để dịch bệnh lây lan ra diện rộng.

c) Cơ sở giết mổ lợn phải vệ sinh chuồng trại hằng tuần.
"""
    notice = _notice("07/CT-UBND", "CHỈ THỊ", "Về phòng, chống dịch bệnh", body)
    task = _starting(notice, "Cơ sở giết mổ lợn phải")
    assert list(task.lead) == ["Chủ tịch Ủy ban nhân dân các xã"]
