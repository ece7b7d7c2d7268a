"""Round 13 (F7): three lead rules of K14 held back, by class, in invented phrasing.

- a subject after a topic label leads only when it is asked to act, not when the line
  reports what it recorded, found or underwent;
- "bầu cử" is the noun of an election only after the body or the matter it belongs to;
- a committee named by its fields takes one or two field words after a comma, no open run.
"""

from __future__ import annotations

import pytest

from notices.assignees import analyze
from notices.names import split_assignees


@pytest.mark.parametrize(
    "clause",
    [
        # a report label
        "Tình hình cấp nước: Công ty Cấp nước huyện cung cấp đủ nước cho 12 xã.",
        "Kết quả thu ngân sách: Chi cục Thuế khu vực thu vượt dự toán 8%.",
        # what the subject recorded or found: a report verb after it
        "Dịch sởi: Trung tâm Kiểm soát bệnh tật tỉnh ghi nhận 14 trường hợp mắc mới.",
        "Buôn lậu: Cục Hải quan tỉnh phát hiện, bắt giữ 20 vụ vận chuyển hàng cấm.",
        "Cải cách hành chính: Sở Tư pháp tiếp nhận 1.200 hồ sơ trực tuyến.",
        "Xây dựng nông thôn mới: Ủy ban nhân dân huyện Đông Sơn đạt 19/19 tiêu chí.",
        "Chuyển đổi số: Sở Khoa học và Công nghệ đã triển khai nền tảng dùng chung.",
        # what the subject underwent or is
        "Văn hóa - thể thao: Nhà văn hóa huyện được Bộ Văn hóa công nhận đạt chuẩn.",
        "Môi trường: Công ty Môi trường đô thị bị xử phạt do xả thải quá quy chuẩn.",
        "Đầu mối: Văn phòng Ủy ban nhân dân tỉnh là cơ quan thường trực của Tổ công tác.",
    ],
)
def test_a_report_after_a_topic_label_has_no_lead(clause: str) -> None:
    assert analyze(clause).leads == []


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        ("Hạ tầng nông thôn: Sở Xây dựng chủ trì rà soát quy hoạch.", "Sở Xây dựng"),
        (
            "Nước sạch: Ủy ban nhân dân huyện Mường Lát khẩn trương sửa chữa đường ống.",
            "Ủy ban nhân dân huyện Mường Lát",
        ),
    ],
)
def test_an_ask_after_a_topic_label_still_leads(clause: str, lead: str) -> None:
    assert [a.name for a in analyze(clause).leads] == [lead]


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        # the verb: the lead ends before it
        ("Các chi bộ trực thuộc bầu cử đại biểu dự Đại hội Đảng bộ xã.", "Các chi bộ trực thuộc"),
        ("Đảng bộ phường bầu cử Ban Chấp hành nhiệm kỳ 2026 - 2031.", "Đảng bộ phường"),
        # the noun after the body or the matter it belongs to
        ("Tổ bầu cử số 3 niêm yết danh sách cử tri tại nhà văn hóa.", "Tổ bầu cử số 3"),
        ("Ủy ban bầu cử xã kiểm tra các khu vực bỏ phiếu.", "Ủy ban bầu cử xã"),
        (
            "Hội đồng bầu cử quốc gia hướng dẫn việc giới thiệu người ứng cử.",
            "Hội đồng bầu cử quốc gia",
        ),
    ],
)
def test_bau_cu_is_a_noun_only_after_its_body(clause: str, lead: str) -> None:
    assert [a.name for a in analyze(clause).leads] == [lead]


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        # a verb the subject scan kept after the fields ends the name
        ("Ủy ban Văn hóa, Giáo dục thẩm tra", ["Ủy ban Văn hóa, Giáo dục"]),
        ("Ủy ban Kinh tế, Tài chính", ["Ủy ban Kinh tế, Tài chính"]),
    ],
)
def test_committee_fields_are_one_or_two_words(phrase: str, names: list[str]) -> None:
    found = split_assignees(phrase)
    assert found is not None
    assert [a.name for a in found] == names


def test_a_body_after_a_committee_is_not_one_more_field() -> None:
    found = split_assignees("Ủy ban Đối ngoại, Trạm Kiểm soát Liên hợp Cầu Treo")
    merged = "Ủy ban Đối ngoại, Trạm Kiểm soát Liên hợp Cầu Treo"
    assert found is None or merged not in [a.name for a in found]


def test_a_committee_and_a_body_lead_apart() -> None:
    leads = analyze("Ủy ban Dân tộc, Đồn Kiểm soát Liên ngành Cửa khẩu rà soát các điểm nóng.")
    assert "Ủy ban Dân tộc, Đồn Kiểm soát Liên ngành Cửa khẩu" not in [a.name for a in leads.leads]


def test_committee_fields_before_an_unknown_verb() -> None:
    leads = analyze("Ủy ban Kinh tế, Ngân sách thẩm tra dự án luật sửa đổi.").leads
    assert [a.name for a in leads] == ["Ủy ban Kinh tế, Ngân sách"]
