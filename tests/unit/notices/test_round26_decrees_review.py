"""Round 26 (decrees), review: the delegation rule's false readings and its misses.

A passive "do X quản lý ban hành …" names a manager; "ban hành quyết định thu hồi đất" or
"hướng dẫn người dân kê khai" is a step of a procedure; a document already issued under a
condition, a negation or with its own predicate is no commission; the issuer is not told to
issue its own rules. The usual wordings ("Bộ trưởng Bộ Tài chính hướng dẫn …", "… có trách
nhiệm ban hành …", "Hằng năm, …", "Trường hợp … thì <body> quy định …") are read; delegations
are dated, in document order, with unique refs. Documents invented for these tests.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.delegations import delegated_body
from tests.unit.notices.test_round24_articles import HEAD
from tests.unit.notices.test_round26_decrees import _INVESTMENT, YEN_BAI_HEAD, _lead, _tasks

_END = """
Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 6. Hiệu lực thi hành

Nghị định này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2030.
"""


def test_a_body_that_manages_or_licenses_is_no_issuer() -> None:
    text = """
Điều 4. Giá dịch vụ khám bệnh

1. Đơn vị sự nghiệp công lập do Bộ Y tế quản lý ban hành giá dịch vụ khám bệnh trong khung giá.

2. Cơ sở khám bệnh do Sở Y tế cấp phép hướng dẫn người bệnh thanh toán.
"""
    assert parse_notice(HEAD + text + _END).tasks == ()


def test_one_act_or_guidance_to_a_party_is_procedure() -> None:
    text = """
Điều 4. Thu hồi đất và bồi thường

1. Ủy ban nhân dân cấp huyện ban hành quyết định thu hồi đất trong thời hạn 05 ngày làm việc kể \
từ ngày nhận được hồ sơ.

2. Ủy ban nhân dân cấp xã hướng dẫn người dân kê khai, lập hồ sơ đề nghị bồi thường.

Điều 5. Hồ sơ

2. Sở Tài nguyên và Môi trường hướng dẫn chủ đầu tư lập phương án bồi thường trong thời hạn 10 \
ngày.
"""
    assert parse_notice(HEAD + text + _END).tasks == ()
    assert delegated_body("Sở Tài chính ban hành thông báo nộp tiền gửi người thuê đất.") is None
    sentence = "Ban quản lý khu kinh tế ban hành quyết định cho thuê đất đối với từng dự án."
    assert delegated_body(sentence) is None


def test_a_document_issued_under_a_condition_a_negation_or_as_a_subject_is_no_commission() -> None:
    text = """
Điều 4. Bảng giá đất

3. Bảng giá đất do Ủy ban nhân dân cấp tỉnh ban hành được công bố công khai tại trụ sở Ủy ban \
nhân dân cấp xã.

4. Trong trường hợp chưa có bảng giá do Ủy ban nhân dân cấp tỉnh ban hành thì áp dụng giá đất \
của năm trước.

5. Không áp dụng hệ số do Ủy ban nhân dân cấp tỉnh ban hành đối với đất quốc phòng.

Điều 5. Hồ sơ

1. Hồ sơ gồm tờ khai do Bộ Tài chính quy định và bản sao giấy chứng nhận.
"""
    assert parse_notice(HEAD + text + _END).tasks == ()


def test_refs_stay_unique_across_the_decision_and_its_rulebook() -> None:
    notice = parse_notice(_RULEBOOK)
    refs = [task.ref for task in notice.tasks]
    assert len(refs) == len(set(refs))
    assert all("#" not in ref for ref in refs)
    assert any(task.text.startswith("Sở Tài chính bố trí kinh phí") for task in notice.tasks)


def test_delegations_are_dated_in_order_and_name_their_article() -> None:
    text = """
Điều 4. Xác định tiền thuê đất

1. Bộ Tài chính hướng dẫn cụ thể Điều này.

Điều 5. Miễn, giảm tiền thuê đất

1. Người thuê đất nộp hồ sơ miễn, giảm tại cơ quan thuế.

2. Bộ Tài chính hướng dẫn cụ thể khoản 1 Điều này trước ngày 01 tháng 7 năm 2030.

Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 6. Trách nhiệm thi hành

1. Bộ Tài chính hướng dẫn thi hành Nghị định này trước ngày 01 tháng 7 năm 2030.
"""
    tasks = parse_notice(HEAD + text).tasks
    assert [task.ref for task in tasks] == ["Điều 4.1", "Điều 5.2", "Điều 6.1"]
    assert str(tasks[1].deadline) == "2030-07-01"
    assert "Điều 4. Xác định tiền thuê đất" in tasks[0].text


def test_the_issuer_is_not_told_to_issue_its_own_rules() -> None:
    tasks = _tasks(_PROVINCE)
    assert _lead(tasks, "Hệ số điều chỉnh giá đất nông nghiệp") is None
    assert _lead(tasks, "Sở Tài chính hướng dẫn cụ thể") == ("Sở Tài chính",)


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("Bộ trưởng Bộ Tài chính hướng dẫn cụ thể Điều này.", "Bộ Tài chính"),
        ("Ủy ban nhân dân cấp tỉnh có trách nhiệm ban hành đơn giá thuê đất.", None),
        ("Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng hướng dẫn cụ thể Điều này.", None),
        ("Hằng năm, Ủy ban nhân dân cấp tỉnh ban hành hệ số điều chỉnh giá đất.", None),
        (
            "Chậm nhất ngày 31 tháng 01 hằng năm, Ủy ban nhân dân cấp tỉnh ban hành hệ số điều "
            "chỉnh giá đất.",
            None,
        ),
        (
            "Căn cứ quy hoạch, kế hoạch sử dụng đất, Ủy ban nhân dân cấp tỉnh quy định giá đất "
            "cụ thể.",
            None,
        ),
        ("Trường hợp cần thiết, Bộ Tài chính hướng dẫn cụ thể việc miễn tiền thuê đất.", None),
        (
            "Trường hợp dự án có nhiều mục đích thì Ủy ban nhân dân cấp tỉnh quy định cách xác "
            "định.",
            None,
        ),
        ("Bộ Tài chính quy định.", "Bộ Tài chính"),
    ],
)
def test_the_usual_wordings_of_a_delegation_are_read(sentence: str, lead: str | None) -> None:
    want = lead or ("Ủy ban nhân dân cấp tỉnh" if "Ủy ban" in sentence else "Bộ Tài chính")
    assert delegated_body(sentence) == (want,)


def test_the_holder_of_the_project_named_with_its_project_leads() -> None:
    tasks = _tasks(_INVESTMENT.format(holder="chủ đầu tư dự án"))
    assert _lead(tasks, "Tổ chức triển khai thực hiện") == ("Chủ đầu tư",)


def test_an_abbreviated_city_keeps_its_sentence() -> None:
    text = """
Điều 4. Giá thuê đất tại khu công nghệ cao

1. Hệ số điều chỉnh giá đất do Ủy ban nhân dân TP. Hồ Chí Minh ban hành hằng năm.

2. Ủy ban nhân dân TP. Hồ Chí Minh quy định mức thu cụ thể theo từng khu vực.
"""
    tasks = parse_notice(HEAD + text + _END).tasks
    assert [task.lead for task in tasks] == [("Ủy ban nhân dân TP. Hồ Chí Minh",)] * 2


_RULEBOOK = (
    YEN_BAI_HEAD
    + """QUYẾT ĐỊNH
Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh

ỦY BAN NHÂN DÂN TỈNH YÊN BÁI

Căn cứ Luật Tổ chức chính quyền địa phương;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh.

Điều 2. Tổ chức thực hiện

1. Sở Công Thương chủ trì tổ chức triển khai Quy chế.

2. Sở Tài chính bố trí kinh phí thực hiện trước ngày 30 tháng 6 năm 2030.

Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Chủ tịch UBND các huyện chịu trách nhiệm \
thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An

QUY CHẾ
Quản lý cụm công nghiệp trên địa bàn tỉnh
(Kèm theo Quyết định số 45/QĐ-UBND ngày 10 tháng 3 năm 2030 của UBND tỉnh Yên Bái)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý cụm công nghiệp.

Điều 2. Đối tượng áp dụng

1. Quy chế này áp dụng với các sở, ngành, Ủy ban nhân dân cấp huyện.

2. Sở Tài chính quy định mẫu báo cáo áp dụng thống nhất.
"""
)

_PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
Số: 15/2030/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 10 tháng 3 năm 2030

QUYẾT ĐỊNH
Quy định hệ số điều chỉnh giá đất năm 2030 trên địa bàn tỉnh Yên Bái

ỦY BAN NHÂN DÂN TỈNH YÊN BÁI

Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;

Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 12/TTr-STC ngày 01 tháng 3 năm 2030.

QUYẾT ĐỊNH:

Điều 1. Phạm vi điều chỉnh

Quyết định này quy định hệ số điều chỉnh giá đất năm 2030.

Điều 2. Đối tượng áp dụng

Cơ quan nhà nước, người sử dụng đất.

Điều 3. Hệ số điều chỉnh giá đất

1. Hệ số điều chỉnh giá đất ở là 1,2.

2. Hệ số điều chỉnh giá đất nông nghiệp do Ủy ban nhân dân tỉnh ban hành hằng năm.

3. Sở Tài chính hướng dẫn cụ thể cách xác định giá đất của từng thửa.

Điều 4. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2030.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""
