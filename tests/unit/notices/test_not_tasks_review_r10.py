"""Round 14 second review of the sentences that are not tasks: a permission is judged by the
verb it grants (not by a purpose clause or a noun after it), counted points are tasks only when
a body acts in them, a citation is followed by a body that acts (not a body's state), and work
after a liability keeps its task. Examples are phrased for this test, not copied from a corpus
document.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.inline_breaks import split_inline_items
from notices.remarks import is_remark
from notices.statements import states_only

ISSUED = date(2026, 3, 10)
HEAD = "ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/UBND-TH\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # a permission with its purpose ("để …") or its time ("trong thời gian …")
        "Trung tâm Y tế huyện được ký hợp đồng với bác sĩ nghỉ hưu để thực hiện khám chữa bệnh.",
        "Trường Cao đẳng nghề được tuyển thêm giảng viên thỉnh giảng để triển khai ngành mới.",
        "Hội Nông dân được hỗ trợ kinh phí để tổ chức tập huấn kỹ thuật cho hội viên.",
        "Nhà đầu tư được miễn tiền thuê mặt nước trong thời gian xây dựng cơ bản, tối đa 02 năm.",
        "Công ty được giảm 30% phí trong thời gian kiểm tra, nghiệm thu công trình.",
        # the money granted for a work
        "Các thôn được hỗ trợ kinh phí xây dựng nhà văn hóa theo định mức.",
        # a finding that names a body's past or missing act
        "Qua kiểm tra, Sở Công Thương nhận thấy sự việc là do Ban Quản lý chợ chưa phối hợp với "
        "Ủy ban nhân dân phường.",
        "Qua rà soát, Sở Nội vụ nhận thấy hồ sơ đã đầy đủ, Phòng Nội vụ huyện đã thực hiện đúng "
        "trình tự.",
        # a citation, then a body's state (not work)
        "Căn cứ quy định tại Điều 12 Luật Khoáng sản, Công ty TNHH Hòa Bình không đủ điều kiện "
        "được cấp phép khai thác.",
        "Căn cứ quy định tại Điều 8 Nghị định số 10/2025/NĐ-CP, Sở Tài chính không có cơ sở "
        "xem xét đề nghị của Hợp tác xã.",
        "Căn cứ quy định tại Điều 3 Thông tư số 05/2024/TT-BXD, Ban Quản lý dự án chưa đủ căn "
        "cứ thẩm định hồ sơ.",
    ],
)
def test_no_work(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        # the granted verb itself is work done on the thing (a passive)
        "Các hồ chứa được kiểm tra, gia cố trước mùa mưa bão.",
        # a permit qualifying the subject, its own verb after it
        "Các hợp tác xã được cấp giấy chứng nhận thực hiện công khai giá dịch vụ theo quy định.",
        # a citation, then a body that acts
        "Căn cứ quy định tại Điều 12 Luật Khoáng sản, Sở Công Thương kiểm tra hồ sơ của Công ty.",
        "Căn cứ quy định tại Điều 4 Luật Đất đai, Ủy ban nhân dân các xã được giao rà soát quỹ "
        "đất công.",
    ],
)
def test_work_stays(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


def test_counted_procedures_opening_with_giao_stay_one_task() -> None:
    text = (
        "Sở Nông nghiệp hướng dẫn hồ sơ thuộc 03 lĩnh vực: (1) Giao rừng, cho thuê rừng; (2) "
        "Chuyển loại rừng; (3) Thu hồi rừng."
    )
    assert split_inline_items([text]) == [text]
    notice = parse_notice(HEAD + text + "\n")
    assert [t.lead for t in notice.tasks] == [("Sở Nông nghiệp",)]


def test_counted_bodies_as_targets_keep_the_task() -> None:
    text = (
        "Phòng Nội vụ hướng dẫn việc bình xét cho 02 nhóm: (1) Ủy ban nhân dân các phường đạt "
        "chuẩn; (2) Trường học đạt chuẩn an toàn."
    )
    assert split_inline_items([text]) == [text]
    notice = parse_notice(HEAD + text + "\n")
    assert [t.lead for t in notice.tasks] == [("Phòng Nội vụ",)]


def test_counted_points_where_bodies_act_still_split() -> None:
    text = (
        "Ủy ban nhân dân tỉnh có ý kiến về 02 vấn đề như sau: (1) Giao Sở Nội vụ rà soát biên "
        "chế; (2) Sở Tư pháp thẩm định dự thảo."
    )
    assert len(split_inline_items([text])) == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Giám đốc các trung tâm chịu trách nhiệm về việc để xảy ra thất thoát, tổ chức thu hồi "
        "ngay.",
        "Trưởng các phòng chịu trách nhiệm về việc để xảy ra chậm trễ, kiểm điểm làm rõ trách "
        "nhiệm của cá nhân.",
        "Chủ tịch Ủy ban nhân dân các phường chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân "
        "thành phố nếu để xảy ra ngập úng, đồng thời báo cáo ngay khi có sự cố.",
    ],
)
def test_liability_then_work_is_no_remark(sentence: str) -> None:
    assert not is_remark(sentence)


def test_liability_for_a_body_is_still_a_remark() -> None:
    # "cơ quan, tổ chức" names bodies, not work
    assert is_remark(
        "Thủ trưởng các cơ quan chịu trách nhiệm về việc để xảy ra vi phạm tại cơ quan, tổ chức "
        "do mình quản lý."
    )
    assert is_remark(
        "Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân huyện "
        "nếu để xảy ra cháy rừng trên địa bàn."
    )


def test_a_permission_clause_gives_no_lead() -> None:
    notice = parse_notice(
        HEAD + "Các phường được sử dụng nguồn cải cách tiền lương; Phòng Tài chính hướng dẫn "
        "việc quyết toán.\n"
    )
    assert [t.lead for t in notice.tasks] == [("Phòng Tài chính",)]


def test_failures_listed_after_a_condition_are_no_work() -> None:
    assert is_remark(
        "Giám đốc các ban quản lý rừng chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu "
        "để xảy ra phá rừng trái phép, buông lỏng quản lý, chậm phát hiện và xử lý vi phạm."
    )
