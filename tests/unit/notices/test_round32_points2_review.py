"""Round 32 (points2) review: duty points' title anchor, charged bodies, verbs, openers, bodies
and a licence's headings, with their counter-examples. Documents invented for these tests."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.duty_points import gives_duty, reads_points
from tests.unit.notices.test_round32_points2 import LICENCE


@pytest.mark.parametrize(
    "title",
    [
        "Về ban hành Quy chế quản lý khai thác cát, sỏi lòng sông trên địa bàn tỉnh",
        "Quyết định ban hành Quy chế quản lý khai thác cát, sỏi lòng sông",
        "Sửa đổi, bổ sung một số điều của Quy chế quản lý khai thác cát ban hành kèm theo Quyết "
        "định số 10/2030/QĐ-UBND",
        "Ban hành Quy định phân cấp và Quy chế quản lý khai thác cát, sỏi lòng sông",
    ],
)
def test_a_title_issuing_or_amending_a_quy_che_keeps_its_articles_rules(title: str) -> None:
    assert not reads_points(title, 0)


@pytest.mark.parametrize(
    "title",
    [
        "Về việc quản lý hoạt động khai thác cát, sỏi lòng sông trên địa bàn tỉnh",
        "Về phân cấp thực hiện Quy chế quản lý khai thác cát, sỏi",
        "Ban hành Quy chế phối hợp quản lý khai thác cát, sỏi",
    ],
)
def test_a_title_citing_a_quy_che_still_reads_points(title: str) -> None:
    assert reads_points(title, 0)


@pytest.mark.parametrize(
    "point",
    [
        # a charged body with no assigner named (hn-71's own wording)
        "Cơ quan, đơn vị được giao chủ trì lập quy hoạch bãi tập kết có trách nhiệm công bố quy "
        "hoạch trong thời hạn 15 ngày.",
        "Cơ quan được giao tổ chức lập quy hoạch bãi tập kết có trách nhiệm công bố công khai quy "
        "hoạch.",
        # "phối hợp" with work of its own, "hướng dẫn" no issuing of rules
        "Sở Tài chính phối hợp với Sở Xây dựng kiểm tra, hướng dẫn các địa phương sử dụng kinh "
        "phí đấu giá.",
        # openers
        "Truớc ngày 15 tháng 11 hằng năm, Sở Công Thương tổng hợp tình hình khai thác cát.",
        "Trước 15 tháng 11 hằng năm, Sở Công Thương tổng hợp tình hình khai thác cát.",
        "Đến ngày 30 tháng 6 năm 2033, Sở Công Thương tổng hợp kết quả rà soát các bãi tập kết.",
        # "Giao …" inside a point
        "Giao cho Sở Xây dựng chủ trì kiểm tra chất lượng cát, sỏi tại các bãi tập kết.",
        "Giao nhiệm vụ cho Ủy ban nhân dân cấp xã chủ trì kiểm tra các bãi tập kết.",
        "Giao Sở Tài chính rà soát, đề xuất giá khởi điểm đấu giá quyền khai thác khoáng sản.",
        # bodies
        "Công an các huyện, thị xã, thành phố phối hợp kiểm tra bến bãi.",
        "Văn phòng đăng ký đất đai có trách nhiệm cập nhật biến động bãi tập kết vào hồ sơ địa "
        "chính.",
        "Thanh tra xây dựng chủ trì kiểm tra việc chấp hành quy định về vật liệu xây dựng.",
        "Văn phòng UBND TP. An Bình theo dõi, đôn đốc việc xử lý kiến nghị của cử tri.",
    ],
)
def test_a_point_giving_a_body_a_duty(point: str) -> None:
    assert gives_duty("8. " + point)


@pytest.mark.parametrize(
    "point",
    [
        # a charged body's standing requirement, definition, duty on request
        "Cơ quan, đơn vị tổ chức lập quy hoạch bãi tập kết phải có đủ năng lực theo quy định của "
        "pháp luật về quy hoạch.",
        "Cơ quan chủ trì thẩm định phải là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.",
        "Cơ quan tổ chức lập quy hoạch bãi tập kết có trách nhiệm cung cấp hồ sơ quy hoạch khi có "
        "yêu cầu của tổ chức, cá nhân.",
        # "phối hợp" with no work of its own
        "Các sở, ban, ngành phối hợp thực hiện theo chức năng, nhiệm vụ được giao.",
        "Các sở, ngành liên quan phối hợp với Sở Nông nghiệp và Môi trường theo chức năng, nhiệm "
        "vụ.",
        # "báo cáo" as another verb's object
        "Sở Xây dựng nhận báo cáo của tổ chức, cá nhân khai thác cát.",
        # a delegation shared by the bodies
        "Sở Tài chính phối hợp với Sở Xây dựng hướng dẫn thực hiện Quyết định này.",
        # regulated parties and a land allocation
        "Chậm nhất ngày 31 tháng 12 hằng năm, doanh nghiệp khai thác cát báo cáo Sở Xây dựng.",
        "Trước ngày 15 tháng 11 hằng năm, chủ đầu tư có trách nhiệm báo cáo Sở Xây dựng.",
        "Đến ngày 30 tháng 6 năm 2033, tổ chức, cá nhân khai thác cát hoàn thành việc đóng cửa "
        "mỏ.",
        "Giao đất cho Ủy ban nhân dân cấp xã quản lý theo quy định.",
        # a procedure's step in the point's second sentence
        "Ủy ban nhân dân cấp xã có trách nhiệm tiếp nhận hồ sơ đề nghị tập kết cát. Trong thời "
        "hạn 05 ngày kể từ ngày nhận đủ hồ sơ, Ủy ban nhân dân cấp xã gửi ý kiến về Sở Xây dựng.",
    ],
)
def test_what_gives_no_body_work_stays_no_duty(point: str) -> None:
    assert not gives_duty("8. " + point)


@pytest.mark.parametrize(
    "heading",
    [
        "Điều 2. Các yêu cầu cụ thế đối với",
        "Điều 2. Các yêu cầu cụ thể đôi với",
        "Điều 2. Cac yeu cau cu the doi voi",
        "Điều 2. Yêu cầu cụ thể của Giấy phép đối với",
    ],
)
def test_a_licences_heading_variants_label_the_holders_tasks(heading: str) -> None:
    doc = LICENCE.replace("Điều 2. Các yêu cầu cụ thể đối với", heading)
    tasks = [(task.text, tuple(task.lead)) for task in parse_notice(doc).tasks]
    lead = next(
        (lead for text, lead in tasks if text.startswith("Thực hiện việc quan trắc")), None
    )
    assert lead == ("Công ty TNHH Nước sạch Hòa Phú",)
