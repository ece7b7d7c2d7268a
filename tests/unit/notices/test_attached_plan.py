"""A decision that issues a plan prints the plan after its own signature; the plan's points are
the work. And "tự"/"cùng" before the work word end the names ("Các xã tự kiểm tra")."""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice

DECISION = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 45/QĐ-UBND
Hòa Bình, ngày 02 tháng 02 năm 2027
QUYẾT ĐỊNH
Ban hành Kế hoạch phòng, chống dịch bệnh trên gia súc năm 2027
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống dịch bệnh trên gia súc năm 2027.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Điều 3. Văn phòng HĐND và UBND xã, các thôn chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Phan Đình Trọng
ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
KẾ HOẠCH
Phòng, chống dịch bệnh trên gia súc năm 2027
(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 02/02/2027 của UBND xã)
I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng ngừa, không để dịch lây lan.
II. TỔ CHỨC THỰC HIỆN
1. Công chức Nông nghiệp xã tổ chức tiêm phòng đợt 1, hoàn thành trước ngày 31/3/2027.
2. Trưởng các thôn tự rà soát đàn gia súc, báo cáo UBND xã trước ngày 20/02/2027.
"""


def test_the_plan_after_the_decisions_signature_gives_the_tasks() -> None:
    notice = parse_notice(DECISION)
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Công chức Nông nghiệp xã",), date(2027, 3, 31)),
        (("Trưởng các thôn",), date(2027, 2, 20)),
    ]
    assert notice.doc_number == "45/QĐ-UBND"


def test_an_appendix_that_is_not_an_attached_plan_still_gives_only_its_rows() -> None:
    text = DECISION.replace("(Ban hành kèm theo Quyết định số 45/QĐ-UBND", "(Tham khảo số 45")
    assert parse_notice(text).tasks == ()


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "1. Các trường học tự đánh giá chất lượng, báo cáo trước ngày 5/5/2027.",
            "Các trường học",
        ),
        ("1. Hội Nông dân và Hội Phụ nữ cùng tổ chức ra quân làm đường.", "Hội Nông dân"),
        ("1. Ban Tự quản thôn kiểm tra vệ sinh môi trường.", "Ban Tự quản thôn"),
    ],
)
def test_tu_and_cung_before_the_work_end_the_names(sentence: str, lead: str) -> None:
    notice = parse_notice(f"THÔNG BÁO\nKết luận giao ban\n\n{sentence}")
    assert notice.tasks[0].lead[0] == lead


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("1. Thôn Đông Hòa hoàn thành họp dân trước ngày 10/12/2027.", "Thôn Đông Hòa"),
        ("1. Khu phố 3 rà soát hộ cận nghèo.", "Khu phố 3"),
        ("1. Ấp Tân Lập tổ chức ra quân dọn vệ sinh.", "Ấp Tân Lập"),
        ("1. UBND xã Tân Lập lập danh sách hộ nghèo.", "UBND xã Tân Lập"),
    ],
)
def test_a_village_or_a_place_whose_name_holds_a_verb_leads(sentence: str, lead: str) -> None:
    """A village ("Thôn 1", "Khu phố 3", "Ấp …") does the work in a commune's notice; a place
    name may hold a one-syllable verb ("Tân Lập") without ending there."""
    notice = parse_notice(f"THÔNG BÁO\nKết luận giao ban\n\n{sentence}")
    assert notice.tasks[0].lead == (lead,)


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("1. Trạm Y tế xã phun khử khuẩn các khu vực công cộng.", "Trạm Y tế xã"),
        ("1. Ban Văn hóa xã soạn diễn văn khai mạc.", "Ban Văn hóa xã"),
        ("1. Đài truyền thanh xã phát sóng chuyên mục chuyển đổi số.", "Đài truyền thanh xã"),
    ],
)
def test_a_commune_body_doing_everyday_work_is_a_task(sentence: str, lead: str) -> None:
    """Spraying, drafting a speech, broadcasting: work verbs the lexicon lacked, so the name ran
    on to the end of the sentence and no task came out."""
    notice = parse_notice(f"THÔNG BÁO\nKết luận giao ban\n\n{sentence}")
    assert notice.tasks[0].lead == (lead,)
