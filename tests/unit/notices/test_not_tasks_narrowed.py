"""Round 14 review of the sentences that are not tasks: each rule narrowed to its class. A
permission is the main clause with no other work, a citation is followed by a body at any comma,
a finding's subject is a body, counted points that name bodies stay tasks, carrying out the plan
keeps a dated report, liability keeps the work after it, a name paragraph ends with the name.
Examples are phrased for this test, not copied from a corpus document.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.name_lines import only_names
from notices.statements import states_only

ISSUED = date(2026, 3, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        # "được <verb>" qualifies the subject (a relative clause): the main verb is the work
        "Các hợp tác xã được cấp giấy chứng nhận thực hiện công khai giá dịch vụ theo quy định.",
        "Các thôn được công nhận đạt chuẩn văn hóa tiếp tục giữ vững danh hiệu.",
        "Các trường được nêu tại Phụ lục kèm theo khẩn trương bổ sung hồ sơ.",
        "Các phường được chọn làm điểm tổ chức hội nghị tập huấn cho cán bộ.",
        # a passive with an agent: the body is assigned
        "Sở Nông nghiệp được Ủy ban nhân dân tỉnh phân công làm đầu mối tiếp nhận hồ sơ.",
        # a permission, then work in the same clause or after ";"
        "Các trạm y tế được cấp bổ sung thuốc, tổng hợp báo cáo số lượng về Trung tâm Y tế.",
        "Các xã được chủ động sắp xếp lịch tiếp dân; Phòng Nội vụ chủ trì kiểm tra, đôn đốc.",
        # a citation, then a body doing work (any verb), at any comma
        "Căn cứ quy định tại Điều 12 Luật Thủy lợi, Ủy ban nhân dân các xã chuẩn bị vật tư dự "
        "phòng.",
        "Căn cứ quy định tại Điều 9 Thông tư số 02/2026/TT-BTC, các trường lập kế hoạch chi.",
        "Căn cứ quy định tại Điều 3 Luật Trồng trọt, chăn nuôi, thú y, các xã thống kê đàn vật "
        "nuôi.",
        # a review, then a condition ("nếu thấy"), or work after a comma or ";"
        "Qua kiểm tra hồ sơ, nếu thấy còn thiếu, Ủy ban nhân dân phường hướng dẫn người dân bổ "
        "sung.",
        "Qua kiểm tra thực tế, Sở Xây dựng thấy cần điều chỉnh, Phòng Quản lý đô thị tham mưu "
        "phương án.",
        "Qua rà soát, Ban Chỉ đạo thấy còn chậm; Ban Dân vận Tỉnh ủy chủ trì vận động nhân dân.",
        "Qua rà soát, Sở Nội vụ thấy còn thiếu hồ sơ; các phường tiếp tục rà soát, lập danh sách.",
        # leading the plan is work of its own
        "Sở Nội vụ chủ trì và phối hợp với các sở, ngành tổ chức thực hiện Kế hoạch này.",
        "Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch này "
        "theo các nội dung nêu tại Mục II.",
        # helping carry out the plan, then a dated report
        "Các đơn vị có trách nhiệm chủ trì hoặc phối hợp cùng Sở Tư pháp để triển khai Kế hoạch "
        "này theo các nội dung đã phân công, báo cáo kết quả trước ngày 20/11/2026.",
        # work to be done on a thing, told in the passive
        "Các cống tiêu được kiểm tra, nạo vét, chuẩn bị đủ vật tư trước mùa mưa.",
        # a body told to inform and carry out is an obligation, not an answer's closing
        "Phòng Giáo dục có trách nhiệm thông báo để các trường biết và tổ chức thực hiện.",
    ],
)
def test_work_stays(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        # the permission of a special mechanism, as before
        "Bệnh viện huyện A và Bệnh viện huyện B được ký hợp đồng khám bệnh với cơ quan bảo hiểm "
        "xã hội tỉnh.",
        "Các trường được sử dụng chung phòng thí nghiệm mà không phải ký hợp đồng.",
        # the writer's finding, as before
        "Qua kiểm tra hồ sơ, Sở Nội vụ nhận thấy đơn vị đã thực hiện đúng quy trình.",
        # helping carry out the plan, nothing dated
        "Các xã có trách nhiệm chủ trì hoặc phối hợp cùng Sở Y tế để triển khai Kế hoạch này theo "
        "các nội dung đã được quy định.",
        # a citation with nobody acting
        "Căn cứ quy định tại Điều 3 Luật Trồng trọt, chăn nuôi, thú y, hộ chăn nuôi nhỏ không "
        "phải kê khai.",
    ],
)
def test_no_work_as_before(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sở Công Thương kiểm soát thị trường.",
        "Sở Giao thông vận tải cắm biển cảnh báo.",
        "Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng.",
        "Sở Y tế trực cấp cứu.",
    ],
)
def test_a_short_task_is_no_name(paragraph: str) -> None:
    assert not only_names(paragraph)


def test_a_name_alone_is_still_a_name() -> None:
    assert only_names("Sở Giao thông vận tải")
    assert only_names("Bộ Chỉ huy Quân sự tỉnh")


HEAD = "ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/UBND-TH\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n"


def test_counted_points_that_name_bodies_stay_tasks() -> None:
    notice = parse_notice(
        HEAD + "Ủy ban nhân dân tỉnh chỉ đạo thực hiện theo 03 nhóm nội dung sau: (1) Sở Tài "
        "chính bố trí vốn trước ngày 30/6/2026; (2) Sở Xây dựng thẩm định hồ sơ trước ngày "
        "15/7/2026; (3) Ủy ban nhân dân các huyện bàn giao mặt bằng trước ngày 31/8/2026.\n"
    )
    leads = [t.lead for t in notice.tasks]
    assert ("Sở Tài chính",) in leads and ("Sở Xây dựng",) in leads
    notice = parse_notice(
        HEAD + "Chủ tịch Ủy ban nhân dân tỉnh giao nhiệm vụ trong 02 lĩnh vực sau: (1) Sở Y tế "
        "kiểm tra an toàn thực phẩm; (2) Công an tỉnh bảo đảm trật tự giao thông.\n"
    )
    leads = [t.lead for t in notice.tasks]
    assert ("Sở Y tế",) in leads and ("Công an tỉnh",) in leads


def test_counted_giao_points_keep_their_refs() -> None:
    from notices.inline_breaks import split_inline_items

    text = (
        "Ủy ban nhân dân tỉnh có ý kiến về 02 vấn đề như sau: (1) Giao Sở Nội vụ rà soát biên "
        "chế; (2) Giao Sở Tư pháp thẩm định dự thảo."
    )
    assert len(split_inline_items([text])) == 3
    # counted projects, each given to a body
    given = (
        "Ủy ban nhân dân tỉnh bố trí vốn cho 02 dự án: (1) Dự án cầu A, giao Sở Xây dựng làm chủ "
        "đầu tư; (2) Dự án kè B, giao Ban Quản lý dự án thực hiện."
    )
    assert len(split_inline_items([given])) == 3


def test_liability_then_work_stays() -> None:
    from notices.remarks import is_remark

    assert not is_remark(
        "Thủ trưởng các phòng chịu trách nhiệm về việc để xảy ra sai sót và phải khắc phục, báo "
        "cáo kết quả về Ủy ban nhân dân huyện."
    )
    assert not is_remark(
        "Giám đốc các trung tâm chịu trách nhiệm về việc để xảy ra chậm trễ, khẩn trương khắc "
        "phục, hoàn thành trong tháng 6/2026."
    )
    # the failures answered for, listed with commas, are no work
    assert is_remark(
        "Chịu trách nhiệm trước cấp trên về việc để xảy ra chậm giải quyết, giải quyết không "
        "đúng hồ sơ của người dân tại cơ quan, tổ chức do mình quản lý."
    )
