"""Whole invented notices for the extraction mistakes of issue 11, and the sentences that are
never tasks: assessments, past events, sanctions, opinions in minutes, thanks and closings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from notices import parse_notice
from notices.assignees import is_remark
from notices.model import Recurrence
from notices.structure import is_closing

INVENTED = Path(__file__).resolve().parent / "invented"


def test_district_notice_with_lead_ins_investors_and_sanctions() -> None:
    text = (INVENTED / "ubnd-huyen-2025-lead-ins-sanctions.txt").read_text(encoding="utf-8")
    notice = parse_notice(text)
    rows = [
        (
            t.ref,
            list(t.lead),
            t.deadline_kind.value,
            t.deadline,
            t.recurrence,
        )
        for t in notice.tasks
    ]
    assert rows == [
        # "2. Các nhiệm vụ sau hoàn thành trước ngày 31/10/2025:" dates its items; the date of
        # "Kế hoạch số 45/KH-UBND ngày 10/3/2025" is a reference, "ngân sách hằng năm" no cycle
        ("2.a", ["Phòng Kinh tế và Hạ tầng"], "before_date", date(2025, 10, 31), None),
        ("2.b", ["Ban Quản lý dự án đầu tư xây dựng huyện"], "before_date", date(2025, 10, 31),
         None),
        ("2.c", ["Phòng Tài chính - Kế hoạch"], "before_date", date(2025, 10, 31), None),
        # an investor; "chậm nhất ngày 15/" + "11/2025" across a line break
        ("3", ["Nhà đầu tư dự án Khu dân cư Nam Hoàng Đồng"], "on_date", date(2025, 11, 15),
         None),
        # a company; per-bullet deadlines, the year from the notice, a date split after "tháng"
        ("4.-1", ["Công ty cổ phần Xây dựng Lạng Sơn"], "before_date", date(2025, 11, 30), None),
        ("4.-2", ["Công ty cổ phần Xây dựng Lạng Sơn"], "before_date", date(2025, 12, 20), None),
        # one deadline for three communes; "trước 17h00 ngày …"; the sanction is no task
        ("5", ["UBND xã Gia Cát", "UBND xã Hợp Thành", "UBND xã Tân Liên"], "before_date",
         date(2025, 10, 15), None),
        # forest owners; "trước 14 giờ ngày 08 tháng 12 năm 2025"
        ("6", ["Các chủ rừng là tổ chức"], "before_date", date(2025, 12, 8), None),
        # "kế hoạch đào tạo 5 năm và hằng năm" is no yearly task; no deadline is invented
        ("7", ["Phòng Nội vụ"], "none", None, None),
        # a monthly report and the dated year-end report of the same lead
        ("8", ["Văn phòng HĐND và UBND huyện"], "recurring", None, Recurrence.MONTHLY),
        ("8/2", ["Văn phòng HĐND và UBND huyện"], "period_end", date(2025, 12, 31), None),
    ]  # fmt: skip
    assert all("Nhìn chung" not in t.text and "thông báo để" not in t.text for t in notice.tasks)


@pytest.mark.parametrize(
    "sentence",
    [
        "Các đơn vị chậm trễ sẽ bị xử lý theo quy định.",
        "Đơn vị nào không báo cáo đúng hạn sẽ bị phê bình trước toàn tỉnh.",
        "Nếu chậm trễ, Giám đốc Sở sẽ chịu trách nhiệm trước Chủ tịch UBND tỉnh.",
        "Trường hợp để xảy ra sai phạm, người đứng đầu phải chịu trách nhiệm trước Chủ tịch UBND "
        "huyện.",
        "Đồng chí Nguyễn Văn An, Giám đốc Sở Tài chính phát biểu: đề nghị các sở tăng cường.",
        "Bà Lê Thị Hoa, Trưởng phòng Nội vụ có ý kiến: cần bổ sung biên chế cho xã.",
        "Ý kiến thảo luận tại hội nghị đều thống nhất cao với dự thảo.",
        "Các ý kiến cho rằng cần sớm hoàn thiện thể chế.",
        "Xin cảm ơn các cơ quan đã phối hợp.",
    ],
)
def test_remarks_are_not_tasks(sentence: str) -> None:
    assert is_remark(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Nội vụ chịu trách nhiệm trước UBND tỉnh về việc tham mưu sắp xếp bộ máy.",
        "Sở Y tế khẩn trương rà soát danh mục thuốc.",
        "Kiểm tra, xử lý nghiêm các vi phạm về trật tự xây dựng.",
        "Thanh tra tỉnh đề xuất xử lý trách nhiệm tập thể, cá nhân vi phạm.",
    ],
)
def test_assignments_are_not_remarks(sentence: str) -> None:
    assert not is_remark(sentence)


@pytest.mark.parametrize(
    ("paragraph", "closing"),
    [
        ("Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.", True),
        ("Ủy ban nhân dân huyện thông báo để các xã, thị trấn biết và thực hiện./.", True),
        ("Văn phòng Chính phủ thông báo ý kiến kết luận của Phó Thủ tướng để các cơ quan "
         "liên quan biết, thực hiện.", True),
        ("Trân trọng cảm ơn!", True),
        ("Xin chân thành cảm ơn!", True),
        ("Sở Y tế khẩn trương rà soát và thông báo để các bệnh viện biết.", False),
        ("Sở Y tế thông báo cho các bệnh viện biết lịch tiêm chủng.", False),
    ],
)  # fmt: skip
def test_closings(paragraph: str, closing: bool) -> None:
    assert is_closing(paragraph) is closing


def test_minutes_opinions_and_assessments_give_no_task() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN ĐOÀN\nSố: 21/TB-UBND\nTân Đoàn, ngày 10 tháng 9 năm 2025\n\n"
        "THÔNG BÁO\nKết luận cuộc họp giao ban tháng 9\n\n"
        "Ngày 08/9/2025, đồng chí Chủ tịch UBND xã chủ trì cuộc họp giao ban. Đồng chí Hoàng "
        "Văn Bình, Phó Chủ tịch UBND xã phát biểu: đề nghị Công an xã tăng cường tuần tra. "
        "Nhìn chung, các bộ phận đã hoàn thành nhiệm vụ được giao. "
        "Tuy nhiên, vẫn còn một số hồ sơ trễ hạn. "
        "Chủ tịch UBND xã kết luận như sau:\n"
        "1. Công chức Tư pháp - Hộ tịch rà soát sổ hộ tịch, hoàn thành trước ngày 30/9/2025.\n"
        "2. Kế toán lập báo cáo quyết toán gửi Phòng Tài chính - Kế hoạch chậm nhất ngày 5/10.\n"
        "3. Văn thư cập nhật sổ theo dõi văn bản đến hằng tuần.\n\n"
        "UBND xã thông báo để các bộ phận biết, thực hiện.\nTrân trọng cảm ơn!\n"
    )
    notice = parse_notice(text)
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Công chức Tư pháp - Hộ tịch",), date(2025, 9, 30)),
        (("Kế toán",), date(2025, 10, 5)),
        (("Văn thư",), None),
    ]


def test_assessments_proposals_and_a_city_as_lead() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 700/TB-VPCP\nHà Nội, ngày 20 tháng 11 năm 2025\n\nTHÔNG BÁO\n"
        "Kết luận của Phó Thủ tướng tại buổi làm việc với tỉnh Quảng Ngãi\n\n"
        "Phó Thủ tướng kết luận như sau:\n"
        "I. ĐÁNH GIÁ CHUNG\n"
        "Ghi nhận, biểu dương tinh thần đoàn kết của Tỉnh; việc sắp xếp đơn vị hành chính được "
        "triển khai nhanh chóng; chính quyền cấp xã cơ bản vận hành thông suốt; giao thông được "
        "khôi phục sau bão.\n"
        "Để vận hành hiệu quả bộ máy mới, tỉnh Quảng Ngãi cần tập trung các nhiệm vụ sau đây:\n"
        "1. Tăng cường tập huấn cho công chức cấp xã.\n"
        "2. Rà soát trụ sở dôi dư, hoàn thành trước ngày 31/12/2025.\n"
        "II. VỀ KIẾN NGHỊ CỦA TỈNH\n"
        "1. Về đề nghị Bộ Tài chính bổ sung vốn cho tỉnh: Ủy ban nhân dân tỉnh Quảng Ngãi rà soát "
        "nhu cầu vốn, báo cáo Thủ tướng Chính phủ.\n"
    )
    notice = parse_notice(text)
    assert [(t.ref, t.lead, t.deadline) for t in notice.tasks] == [
        ("I.1", ("Tỉnh Quảng Ngãi",), None),
        ("I.2", ("Tỉnh Quảng Ngãi",), date(2025, 12, 31)),
        ("II.1", ("Ủy ban nhân dân tỉnh Quảng Ngãi",), None),
    ]


def test_letter_glued_to_its_addressee_and_closed_in_the_same_paragraph() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 9001/VPCP-KTTH\nV/v kiến nghị của Hiệp hội Thủy sản\n"
        "Hà Nội, ngày 12 tháng 11 năm 2025\n\n"
        "Kính gửi: Bộ Tài chính. Ngày 3 tháng 11 năm 2025, Văn phòng Chính phủ nhận văn bản của "
        "Hiệp hội Thủy sản kiến nghị gia hạn nộp thuế. Về việc này, Phó Thủ tướng có ý kiến như "
        "sau:\n\n"
        "Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan nghiên cứu kiến nghị của Hiệp "
        "hội, xử lý theo thẩm quyền trước ngày 30/11/2025. Văn phòng Chính phủ thông báo để Bộ "
        "Tài chính và các cơ quan liên quan biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n"
    )
    notice = parse_notice(text)
    [task] = notice.tasks
    assert task.lead == ("Bộ Tài chính",)
    assert task.support == ("các cơ quan liên quan",)
    assert task.deadline == date(2025, 11, 30)
    assert "thông báo để" not in task.text
