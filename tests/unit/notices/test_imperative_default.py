"""A sentence that names nobody is a task only in the imperative (issue 11, precision).

Under a letter's "Kính gửi" or a heading that names a body, a point that opens with a work verb
("Rà soát …", after a frame such as "Căn cứ chức năng, nhiệm vụ được giao, …") is that body's
work; one that opens otherwise states, assesses, narrates or defines, whatever verbs come later.
The phrasings are written for these tests, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.imperatives import asks_work

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 12/CV-UBND\nHà Giang, ngày 3 tháng 11 năm 2025\n"
    "V/v triển khai nhiệm vụ\n\nKính gửi: Sở Nội vụ\n\n"
)
_WORK = "Rà soát, cập nhật danh mục thủ tục hành chính trước ngày 30/11/2025."


def _tasks(*points: str) -> list[tuple[tuple[str, ...], str]]:
    body = "".join(f"{n}. {p}\n" for n, p in enumerate(points, start=1))
    return [(t.lead, t.text) for t in parse_notice(_HEAD + body).tasks]


@pytest.mark.parametrize(
    "statement",
    [
        # a status or an assessment, the work verb only in the predicate
        "Công tác tuyên truyền về chuyển đổi số ở một số xã chưa được triển khai thường xuyên.",
        "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại cấp xã còn chậm.",
        "Nhiều thủ tục hành chính vẫn phải nộp hồ sơ giấy, gây khó khăn cho người dân.",
        "Hạ tầng mạng tại các xã vùng cao chưa đáp ứng yêu cầu triển khai dịch vụ công.",
        "Tồn tại, hạn chế: một số đơn vị chưa cập nhật kịp thời hồ sơ lên hệ thống.",
        # an aim, a principle, a definition
        "Mục tiêu chung là nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
        "Dịch vụ công trực tuyến toàn trình là dịch vụ cho phép nộp hồ sơ trên môi trường mạng.",
        # narrative of what was done, after a time frame
        "Trong tháng 10, toàn tỉnh tổ chức 12 hội nghị tập huấn cho cán bộ cấp xã.",
        "Tại thời điểm rà soát, toàn tỉnh có 35 thủ tục chưa được cung cấp trực tuyến.",
        # the writer's proposal to a superior
        "Ủy ban nhân dân tỉnh kiến nghị Bộ Tài chính xem xét bố trí bổ sung kinh phí.",
        # a frame, then bodies in a statement; a past frame before a verb
        "Tại thời điểm báo cáo, các xã đang triển khai sắp xếp lại bộ phận một cửa.",
        "Trong thời gian qua, tổ chức được 15 lớp bồi dưỡng kỹ năng số cho công chức.",
        "Qua kiểm tra, phát hiện 12 cơ sở chưa niêm yết thủ tục hành chính.",
        # a verb that begins a noun
        "Tăng trưởng kinh tế của tỉnh năm 2025 ước đạt 8,2%.",
        "Trình độ tin học của một bộ phận công chức cấp xã còn hạn chế.",
        "Cử tri nhiều nơi phản ánh thủ tục cấp đổi giấy tờ còn rườm rà.",
        "Cấp xã là nơi tiếp nhận phần lớn hồ sơ của người dân và doanh nghiệp.",
        "Nhiều xã không cần phải nộp báo cáo giấy từ quý III.",
    ],
)
def test_a_sentence_that_asks_nobody_to_act_is_no_task(statement: str) -> None:
    assert _tasks(statement, _WORK) == [(("Sở Nội vụ",), _WORK)]


@pytest.mark.parametrize(
    "point",
    [
        "Căn cứ chức năng, nhiệm vụ được giao, chủ động hướng dẫn các xã triển khai.",
        "Căn cứ hướng dẫn của Bộ, các văn bản của tỉnh, căn cứ tình hình thực tế, xây dựng kế "
        "hoạch cụ thể.",
        "Định kỳ hằng quý (trước ngày 10 của tháng cuối quý) tổng hợp kết quả gửi Văn phòng.",
        "Trên cơ sở kết quả khảo sát, đề xuất phương án sắp xếp các điểm tiếp nhận hồ sơ.",
        "Đồng thời, khẩn trương bổ sung thiết bị cho bộ phận một cửa.",
        "Thứ hai, tăng cường kiểm tra việc tiếp nhận hồ sơ trực tuyến.",
        "Theo chức năng, nhiệm vụ hướng dẫn các xã cập nhật dữ liệu dân cư.",
        "Là đơn vị đầu mối, theo dõi việc cập nhật dữ liệu của các xã.",
        "Tuyến qua xã Tân Lập: hoàn thành giải phóng mặt bằng trước ngày 30/12/2025.",
        "Căn cứ các tiêu chí về dân số để đề xuất sắp xếp tổ dân phố.",
        "Chịu trách nhiệm về việc bảo đảm an toàn dữ liệu của hệ thống.",
        "Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản trong 05 ngày làm việc.",
        "Đối với các xã vùng cao, ưu tiên bố trí máy tính cho bộ phận một cửa.",
        "Tuyệt đối không để người dân phải đi lại nhiều lần.",
        "Đối với hồ sơ đã tiếp nhận trước ngày 01/7/2025, tiếp tục giải quyết theo quy trình cũ.",
        "Cấp thẻ bảo hiểm y tế cho người dân vùng lũ trước ngày 30/12/2025.",
        "Đa dạng hóa các kênh tiếp nhận phản ánh của người dân.",
        "Chủ động hơn nữa công tác thông tin về chính sách mới.",
        "Kích hoạt phương án ứng phó khi mực nước vượt báo động 2.",
        "Tạo thuận lợi cho người dân khi nộp hồ sơ trực tuyến.",
        # what must become of a thing is still an order
        "Công tác tuyên truyền về dịch vụ công cần được đẩy mạnh hơn nữa.",
        # tone marks lost by OCR
        "Tô chức tập huấn sử dụng phần mềm cho công chức cấp xã.",
    ],
)
def test_an_imperative_point_is_the_addressees_work(point: str) -> None:
    tasks = _tasks(point)
    assert [lead for lead, _ in tasks] == [("Sở Nội vụ",)]
    assert tasks[0][1].startswith(point[:30])


def test_a_task_text_starts_with_its_sentence() -> None:
    # the work verb only comes in the second clause: the task still opens where its sentence
    # does, also when a later sentence of the point is another body's task
    own = (
        "Nhận thức đầy đủ ý nghĩa của việc lưu trữ điện tử; tổ chức số hóa toàn bộ hồ sơ còn "
        "hiệu lực."
    )
    other = "Ủy ban nhân dân các xã phối hợp cung cấp hồ sơ gốc."
    assert _tasks(f"{own} {other}") == [
        (("Sở Nội vụ",), own),
        (("Ủy ban nhân dân các xã",), other),
    ]


def test_the_lead_in_of_a_quoted_provision_is_no_task() -> None:
    # a law's name broken off its "Luật" opens with a verb, but only leads into a quotation
    quoted = "Lưu trữ số 33/2024/QH15 ngày 21/6/2024 quy định:"
    assert _tasks(quoted, _WORK) == [(("Sở Nội vụ",), _WORK)]


@pytest.mark.parametrize(
    "sentence",
    [
        # once excluded one by one (entry into force, advice, who decides): the
        # default leaves them out, since none opens with work
        "Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.",
        "Quyết định này có hiệu lực kể từ ngày 01/4/2026.",
        "Ngoài ra, cần lưu ý các mốc thời gian chuyển tiếp của luật mới.",
        "Thẩm quyền quyết định xếp loại: Ban Thường vụ Huyện ủy.",
        "Thẩm quyền phê duyệt kết quả đánh giá: Chủ tịch Ủy ban nhân dân huyện.",
    ],
)
def test_the_default_leaves_out_what_single_rules_did(sentence: str) -> None:
    assert _tasks(sentence, _WORK) == [(("Sở Nội vụ",), _WORK)]


_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 45/KH-UBND\nHà Giang, ngày 3 tháng 11 năm 2025\n\n"
    "KẾ HOẠCH\nThi đua thực hiện chuyển đổi số năm 2026\n\n"
)


def _plan_tasks(body: str) -> list[tuple[tuple[str, ...], str]]:
    return [(t.lead, t.text) for t in parse_notice(_PLAN + body).tasks]


@pytest.mark.parametrize(
    "heading",
    [
        "2. Nguyên tắc",
        "2. Tiêu chuẩn xét tặng",
        "2. Điều kiện tham gia",
        "III. KIẾN NGHỊ, ĐỀ XUẤT",
    ],
)
def test_a_section_of_principles_criteria_or_proposals_hands_no_body_work(heading: str) -> None:
    body = (
        "1. Sở Nội vụ chủ trì tổng hợp kết quả thi đua trước ngày 15/12/2026.\n\n"
        f"{heading}\n\n"
        "- Các cơ quan, đơn vị bảo đảm công khai, minh bạch trong bình xét.\n\n"
        "- Hoàn thành xuất sắc nhiệm vụ được giao trong năm.\n\n"
        "- Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn chấm điểm.\n"
    )
    assert [lead for lead, _ in _plan_tasks(body)] == [("Sở Nội vụ",)]


def test_a_criteria_section_keeps_a_point_that_gives_a_body_work() -> None:
    body = (
        "1. Tiêu chí đánh giá\n\n"
        "a) Mức độ hoàn thành các chỉ tiêu của Kế hoạch.\n\n"
        "b) Trên cơ sở kết quả chấm điểm, giao Sở Nội vụ tổng hợp, đề xuất khen thưởng.\n"
    )
    assert [lead for lead, _ in _plan_tasks(body)] == [("Sở Nội vụ",)]


@pytest.mark.parametrize(
    ("clause", "work"),
    [
        ("• Rà soát hồ sơ tồn đọng tại bộ phận một cửa.", True),
        ("b) tổng hợp số liệu gửi Văn phòng trước ngày 05 hằng tháng.", True),
        ("– Công tác lưu trữ hồ sơ điện tử còn nhiều hạn chế.", False),
    ],
)
def test_a_bullet_left_in_the_text_does_not_hide_the_verb(clause: str, work: bool) -> None:
    assert asks_work(clause) is work


@pytest.mark.parametrize(
    ("point", "task"),
    [
        # what was done: a numbered document issued, an event held before the letter's date
        ("Ủy ban nhân dân tỉnh ban hành Kế hoạch số 123/KH-UBND ngày 05/3/2025 về chuyển đổi số.",
         False),
        ("Sở Tư pháp tổ chức hội nghị sơ kết vào ngày 10/10/2025 với 120 đại biểu.", False),
        # work still: a document cited, an event still to hold
        ("Sở Tư pháp tiếp tục thực hiện Kế hoạch số 123/KH-UBND ngày 05/3/2025 của tỉnh.", True),
        ("Sở Tư pháp thực hiện Quy chế ban hành kèm theo Quyết định số 12/2025/QĐ-UBND.", True),
        ("Sở Tư pháp tổ chức hội nghị tổng kết vào ngày 20/12/2025.", True),
    ],
)  # fmt: skip
def test_a_body_telling_what_it_did_is_no_task(point: str, task: bool) -> None:
    assert bool(_tasks(point)) is task
