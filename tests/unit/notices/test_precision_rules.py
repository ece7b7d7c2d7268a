"""Issue 11, precision on unseen plans and letters: sentences and sections that only point at
rules, state who may award or decide, ask to obey rules, state a role, ask only for the case of
difficulties, close an answer, or describe an event assign no work. Examples are phrased for this
test, not copied from a corpus document.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.statements import states_only

ISSUED = date(2026, 3, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        # carrying out the document's own contents, or carrying it out after naming it
        "Sở Giáo dục và Đào tạo yêu cầu các trường nghiêm túc thực hiện những nội dung trên.",
        "Đề nghị các phòng, ban chuyên môn triển khai thực hiện các nhiệm vụ nêu trên./.",
        "Ủy ban nhân dân huyện giao Thủ trưởng các phòng, ban theo nhiệm vụ được giao tại Kế "
        "hoạch này triển khai thực hiện bảo đảm hiệu quả, đúng quy định./.",
        "Các phòng, ban căn cứ nhiệm vụ được giao khẩn trương triển khai thực hiện Kế hoạch "
        "này; kịp thời báo cáo Ủy ban nhân dân huyện (qua Phòng Nội vụ) để xem xét, chỉ đạo "
        "giải quyết./.",
        # guidance that only says which rules apply
        "Thực hiện theo Mục II Kế hoạch số 05-KH/HU và Mục III Hướng dẫn số 02-HD/BTCHU.",
        "thực hiện tương tự như nội dung khoản 3 Mục II Hướng dẫn số 07-HD/BTCTU.",
        "Áp dụng theo Điều 4 Quyết định số 12/2025/QĐ-UBND của Ủy ban nhân dân tỉnh.",
        # who awards or grades within its own authority
        "Chủ tịch Ủy ban nhân dân tỉnh xem xét tặng Bằng khen cho các tập thể có thành tích xuất "
        "sắc theo quy định.",
        "Trên cơ sở kết quả bình xét, Ủy ban nhân dân cấp xã quyết định khen thưởng các cá nhân "
        "theo thẩm quyền.",
        "Hiệu trưởng các trường xem xét, quyết định đánh giá, xếp loại viên chức thuộc thẩm quyền "
        "quản lý.",
        # obeying rules
        "Các đội xung kích phải tuân thủ nghiêm quy trình an toàn lao động; không để xảy ra tai "
        "nạn đáng tiếc.",
        "Tuân thủ đầy đủ các quy định pháp luật về bảo vệ dữ liệu cá nhân.",
        "Mọi phương tiện tham gia thực hiện Phương án này phải chấp hành nghiêm các quy định về "
        "an toàn giao thông.",
        # a role
        "Là cầu nối giữa hợp tác xã với các cơ quan nhà nước trong việc đề xuất chính sách hỗ "
        "trợ.",
        "Là đơn vị đại diện cho tiếng nói của hội viên tại địa phương.",
        # a request only for the case of difficulties
        "Trong quá trình triển khai, nếu có khó khăn, vướng mắc đề nghị các đơn vị phản ánh về Sở "
        "Nội vụ để tổng hợp; trường hợp vượt thẩm quyền, Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh.",
        "Nếu phát sinh vướng mắc, các xã kịp thời báo cáo về Phòng Kinh tế để được hướng dẫn.",
        "Trường hợp có khó khăn, đề nghị liên hệ Văn phòng Sở để được hỗ trợ.",
        # an answer's closing
        "Sở Tài chính có ý kiến để Ủy ban nhân dân xã Tân Phú được biết.",
        "Vụ Pháp chế trả lời để Sở Tư pháp tỉnh Hòa Bình được biết./.",
    ],
)
def test_a_sentence_that_assigns_no_work(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        # work beside the rule it follows
        "Thực hiện theo khoản 2 Điều 5 Quyết định số 10/2026/QĐ-UBND, báo cáo kết quả về Sở Nội "
        "vụ trước ngày 30/6/2026.",
        # deciding a matter that is not an award or a grade
        "Bộ Xây dựng xem xét, quyết định việc điều chỉnh dự án theo thẩm quyền.",
        # preparing an award for someone else to decide
        "Phối hợp Sở Nội vụ thẩm định, lập thủ tục trình Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng "
        "khen.",
        # a role that names its work
        "Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc "
        "thực hiện.",
        # making others obey is work
        "Hướng dẫn các doanh nghiệp tuân thủ quy định về phòng cháy, chữa cháy.",
        # a case whose body acts, without difficulties
        "Trường hợp phát hiện vi phạm, Thanh tra tỉnh xử lý theo quy định.",
        # carrying out with a dated report
        "Ủy ban nhân dân tỉnh yêu cầu các sở triển khai thực hiện, báo cáo kết quả trước ngày "
        "15/12/2026.",
        # an answer's closing that asks for work
        "Cục Thuế có ý kiến để Thuế tỉnh Lào Cai thực hiện rà soát hồ sơ hoàn thuế.",
    ],
)
def test_a_sentence_that_still_assigns_work(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


_EVENT_LETTER = "\n".join(
    [
        "ỦY BAN NHÂN DÂN",
        "TỈNH HÒA BÌNH",
        "Số: 412/UBND-NV",
        "Hòa Bình, ngày 10 tháng 3 năm 2026",
        "V/v tổ chức hội nghị tập huấn công tác văn thư",
        "Kính gửi: Ủy ban nhân dân các xã, phường.",
        "Nhằm nâng cao kỹ năng cho công chức làm công tác văn thư, Ủy ban nhân dân tỉnh "
        "tổ chức hội nghị tập huấn với các thông tin như sau:",
        "1. Đối tượng:",
        "- Công chức văn phòng - thống kê các xã, phường;",
        "- Viên chức lưu trữ của các đơn vị sự nghiệp.",
        "2. Thời gian:",
        "- Lớp 1: Các xã khu vực phía Bắc, sáng ngày 24/3/2026.",
        "- Lớp 2: Các xã khu vực phía Nam, chiều ngày 24/3/2026.",
        "3. Nội dung: Hướng dẫn lập hồ sơ điện tử, số hóa tài liệu lưu trữ.",
        "4. Cách thức tổ chức:",
        "- Điểm cầu tỉnh: Sở Nội vụ trình bày các chuyên đề.",
        "- Điểm cầu xã: Tham dự trực tuyến qua hệ thống hội nghị truyền hình.",
        "Ủy ban nhân dân tỉnh đề nghị Ủy ban nhân dân các xã, phường cử công chức tham "
        "dự và gửi danh sách về Sở Nội vụ trước ngày 20/3/2026.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Văn Bình",
        "",
    ]
)


def test_an_event_letter_gives_only_its_request() -> None:
    notice = parse_notice(_EVENT_LETTER)
    assert [task.text[:40] for task in notice.tasks] == [
        "Ủy ban nhân dân tỉnh đề nghị Ủy ban nhân"
    ]
    (task,) = notice.tasks
    assert task.lead == ("Ủy ban nhân dân các xã, phường",)
    assert task.deadline == date(2026, 3, 20)
