"""Round 15 (K32): a lead-in "X hướng dẫn Y thực hiện … như sau:" gives Y the points naming nobody.

The issuer guides the units it names; "Kính gửi" may list their superiors too. A lead-in naming
only the issuer ("Sở … hướng dẫn như sau:") or what is guided keeps the addressees."""

from __future__ import annotations

from notices import parse_notice
from notices.lead_ins import guided_assignees

HEAD = (
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH HÀ LAM\nSố: 377/SNNMT-TL\n"
    "Hà Lam, ngày 12 tháng 10 năm 2026\nV/v hướng dẫn vận hành cống tiêu úng\n"
    "Kính gửi:\n- Ủy ban nhân dân các huyện, thị xã;\n- Các công ty khai thác thủy lợi.\n"
)
POINTS = (
    "1. Kiểm tra, bảo dưỡng cửa cống, máy bơm trước ngày 20/10/2026.\n"
    "2. Lập sổ theo dõi vận hành và báo cáo về Sở hằng tuần.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Bình\n"
)


def _leads(intro: str) -> list[tuple[str, ...]]:
    return [tuple(t.lead) for t in parse_notice(HEAD + intro + "\n" + POINTS).tasks]


def test_guided_units_lead_the_points() -> None:
    intro = (
        "Để chủ động tiêu úng mùa mưa lũ, Sở Nông nghiệp và Môi trường hướng dẫn các trạm "
        "quản lý thủy nông tổ chức vận hành cống tiêu như sau:"
    )
    leads = _leads(intro)
    assert len(leads) == 2
    assert all(lead == ("các trạm quản lý thủy nông",) for lead in leads)


def test_guided_helper_reads_units_and_names() -> None:
    assert guided_assignees("Sở Y tế hướng dẫn các phòng khám tư nhân triển khai như sau:") == [
        "các phòng khám tư nhân"
    ]
    intro = "Sở hướng dẫn Trường Cao đẳng Nghề thực hiện một số nội dung sau:"
    assert guided_assignees(intro) == ["Trường Cao đẳng Nghề"]


def test_guidance_without_units_keeps_addressees() -> None:
    assert guided_assignees("Sở Nông nghiệp và Môi trường hướng dẫn như sau:") is None
    leads = _leads("Sở Nông nghiệp và Môi trường hướng dẫn như sau:")
    assert leads and all("các trạm" not in " ".join(lead) for lead in leads)
    assert all("Sở Nông nghiệp và Môi trường" not in lead for lead in leads)


def test_guided_object_is_no_unit() -> None:
    # what is guided, not who: "hướng dẫn việc kê khai …", "hướng dẫn các đơn vị nội dung …"
    assert guided_assignees("Sở hướng dẫn việc kê khai thực hiện như sau:") is None
    assert guided_assignees("Sở hướng dẫn các đơn vị nội dung thực hiện như sau:") is None
    # an issuer that issues its own guidance names only itself
    assert guided_assignees("Sở ban hành Hướng dẫn thực hiện như sau:") is None
