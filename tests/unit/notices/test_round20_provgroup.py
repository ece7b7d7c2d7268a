"""Round 20 (provgroup): a short form of an addressee group named by place leads as that group.

A letter to "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương" that asks "Cục Thuế …" or "các
Cục Thuế …" in its body gives the work to the addressee group as written (README rule 4), not to
the bare kind noun. Two bodies ("Cục Thuế, Cục Hải quan"), a specific body ("Cục Thuế tỉnh Nam
Định") and a place group with no kind ("các tỉnh, thành phố") change nothing. Documents invented
for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.place_groups import resolve_place_groups

_SIGN = """

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG

Trần Văn Bình
"""


def _letter(addressee: str, intro: str) -> str:
    return (
        f"""BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 1234/TCT-TTKT
V/v tăng cường quản lý thuế đối với kinh doanh trực tuyến

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 5 năm 2025

Kính gửi: {addressee}.

Để nâng cao hiệu quả quản lý thuế đối với hoạt động kinh doanh trực tuyến, {intro} như sau:

1. Rà soát danh sách người nộp thuế có doanh thu từ quảng cáo trực tuyến, báo cáo trước ngày \
30/6/2025.

2. Phối hợp với ngân hàng thương mại đối chiếu thông tin giao dịch của người nộp thuế.
"""
        + _SIGN
    )


def _leads(text: str) -> list[tuple[str, ...]]:
    return [tuple(task.lead) for task in parse_notice(text).tasks]


_TAX = "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"


def test_bare_kind_in_the_body_is_the_addressee_group() -> None:
    leads = _leads(_letter(_TAX, "Tổng cục Thuế đề nghị Cục Thuế thực hiện một số nội dung"))
    assert leads and all(lead == (_TAX,) for lead in leads)


def test_plural_kind_in_the_body_is_the_addressee_group() -> None:
    leads = _leads(_letter(_TAX, "Tổng cục Thuế yêu cầu các Cục Thuế triển khai một số nội dung"))
    assert leads and all(lead == (_TAX,) for lead in leads)


def test_other_kinds_of_place_group() -> None:
    group = "Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương"
    leads = _leads(_letter(group, "Bộ Tài chính đề nghị các Sở Tài chính thực hiện một số việc"))
    assert leads and all(lead == (group,) for lead in leads)
    police = "Công an các tỉnh, thành phố"
    leads = _leads(_letter(police, "Bộ Công an yêu cầu Công an thực hiện một số việc"))
    assert leads and all(lead == (police,) for lead in leads)


def test_the_full_name_in_the_body_serves_when_no_addressee_is_read() -> None:
    task = next(t for t in parse_notice(_letter(_TAX, "Tổng cục Thuế đề nghị")).tasks)
    early = task.__class__(ref="1", text="Rà soát hồ sơ.", lead=("Cục Thuế các tỉnh, thành phố",))
    later = task.__class__(ref="2", text="Báo cáo kết quả.", lead=("các Cục Thuế",))
    out = resolve_place_groups([early, later], None)
    assert [t.lead for t in out] == [("Cục Thuế các tỉnh, thành phố",)] * 2


def test_two_bodies_are_no_place_group() -> None:
    leads = _leads(
        _letter("Cục Thuế, Cục Hải quan", "Bộ Tài chính đề nghị Cục Thuế thực hiện một số việc")
    )
    assert leads and all(lead == ("Cục Thuế",) for lead in leads)


def test_a_place_group_without_kind_resolves_nothing() -> None:
    task = parse_notice(_letter(_TAX, "Tổng cục Thuế đề nghị Cục Thuế")).tasks[0]
    plain = task.__class__(ref="1", text="Rà soát hồ sơ.", lead=("Cục Thuế",))
    out = resolve_place_groups([plain], ["các tỉnh, thành phố trực thuộc Trung ương"])
    assert out[0].lead == ("Cục Thuế",)


def test_a_specific_body_keeps_its_own_name() -> None:
    task = parse_notice(_letter(_TAX, "Tổng cục Thuế đề nghị Cục Thuế")).tasks[0]
    own = task.__class__(ref="1", text="Rà soát hồ sơ.", lead=("Cục Thuế tỉnh Nam Định",))
    assert resolve_place_groups([own], [_TAX])[0].lead == ("Cục Thuế tỉnh Nam Định",)
