"""Round 21 (directive): sections of a directive or scheme that assign work body by body.

A ministry's scheme asks "Ủy ban nhân dân tỉnh/thành phố: Hà Nội, Quảng Ninh, …, Thành phố Hồ
Chí Minh:" and its lettered points below: the lead is each council by place, a centrally run
city as "thành phố", a province as "tỉnh", a member already written "Thành phố Hồ Chí Minh"
under the council. A council of one place ("Ủy ban nhân dân tỉnh Quảng Ninh:") or a bare level
with no list stays as written. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.names import split_assignees

_HEAD = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 1234/QĐ-BVHTTDL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 5 năm 2025

QUYẾT ĐỊNH
Phê duyệt Đề án phát triển du lịch cộng đồng

Điều 1. Phê duyệt Đề án với các nội dung sau:

I. TỔ CHỨC THỰC HIỆN

1. Tổng cục Du lịch chủ trì, phối hợp với các đơn vị liên quan tổ chức triển khai Đề án.

"""

_SIGN = """

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

BỘ TRƯỞNG

Nguyễn Văn Hùng
"""


def _names(span: str) -> list[str]:
    names = split_assignees(span)
    assert names is not None
    return [n.name for n in names]


def test_council_of_province_or_city_list_by_place() -> None:
    got = _names(
        "Ủy ban nhân dân tỉnh/thành phố: Hà Nội, Quảng Ninh, Đà Nẵng, Khánh Hòa, "
        "Thành phố Hồ Chí Minh"
    )
    assert got == [
        "Ủy ban nhân dân thành phố Hà Nội",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
        "Ủy ban nhân dân thành phố Đà Nẵng",
        "Ủy ban nhân dân tỉnh Khánh Hòa",
        "Ủy ban nhân dân Thành phố Hồ Chí Minh",
    ]


def test_council_plural_list_keeps_a_written_city_under_the_council() -> None:
    got = _names("Ủy ban nhân dân các tỉnh, thành phố: Lâm Đồng, Cần Thơ, Thành phố Hồ Chí Minh")
    assert got == [
        "Ủy ban nhân dân tỉnh Lâm Đồng",
        "Ủy ban nhân dân thành phố Cần Thơ",
        "Ủy ban nhân dân Thành phố Hồ Chí Minh",
    ]


def test_council_of_one_place_stays() -> None:
    assert _names("Ủy ban nhân dân tỉnh Quảng Ninh") == ["Ủy ban nhân dân tỉnh Quảng Ninh"]
    assert _names("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:") == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    ]


def test_section_of_councils_by_place_leads_its_points() -> None:
    body = (
        "2. Đề nghị Ủy ban nhân dân tỉnh/thành phố: Hà Nội, Quảng Ninh, Hải Phòng, Kiên Giang:\n\n"
        "a) Chỉ đạo các đơn vị liên quan xây dựng kế hoạch triển khai Đề án tại địa phương.\n\n"
        "b) Bố trí nguồn kinh phí phù hợp của địa phương để triển khai Đề án.\n"
    )
    notice = parse_notice(_HEAD + body + _SIGN)
    points = [t for t in notice.tasks if "địa phương" in t.text]
    assert len(points) == 2
    for task in points:
        assert list(task.lead) == [
            "Ủy ban nhân dân thành phố Hà Nội",
            "Ủy ban nhân dân tỉnh Quảng Ninh",
            "Ủy ban nhân dân thành phố Hải Phòng",
            "Ủy ban nhân dân tỉnh Kiên Giang",
        ]


def test_council_of_either_level_before_lower_case_words_lists_no_place() -> None:
    got = split_assignees(
        "Ủy ban nhân dân tỉnh, thành phố: các giải pháp, biện pháp để đảm bảo thực hiện"
    )
    # no list after the colon: the span stays as written, one name (review: pinned)
    assert got is not None
    assert [n.name for n in got] == [
        "Ủy ban nhân dân tỉnh, thành phố: các giải pháp, biện pháp để đảm bảo thực hiện"
    ]


def test_body_with_a_three_part_field_is_one_name() -> None:
    assert _names("Cục Mỹ thuật, Nhiếp ảnh và Triển lãm") == [
        "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm"
    ]
    assert _names("Cục Điện ảnh, Phòng Đấu thầu, Thẩm định và Giám sát") == [
        "Cục Điện ảnh",
        "Phòng Đấu thầu, Thẩm định và Giám sát",
    ]


def test_second_body_of_a_known_field_or_acronyms_stay_apart() -> None:
    # "Giáo dục và Đào tạo", "Nông nghiệp và Môi trường": bodies of their own; "TVGS": a party
    assert split_assignees("Sở Y tế, Giáo dục và Đào tạo") is None
    assert split_assignees("Bộ Tài chính, Nông nghiệp và Môi trường") is None
    assert split_assignees("Ban QLDA, TVGS và Nhà thầu") is None


def test_point_named_by_a_body_with_a_three_part_field_leads_itself() -> None:
    body = (
        "2. Các đơn vị thuộc Bộ\n\n"
        "a) Cục Điện ảnh: Xây dựng chương trình liên hoan phim phục vụ khách du lịch.\n\n"
        "b) Cục Mỹ thuật, Nhiếp ảnh và Triển lãm: Tổ chức các cuộc thi, triển lãm nghệ thuật "
        "phục vụ khách du lịch.\n"
    )
    notice = parse_notice(_HEAD + body + _SIGN)
    task = next(t for t in notice.tasks if "triển lãm nghệ thuật" in t.text)
    assert list(task.lead) == ["Cục Mỹ thuật, Nhiếp ảnh và Triển lãm"]


def test_date_line_after_a_titled_body_duty_dates_it() -> None:
    body = (
        "**2. Cục\nMỹ thuật, Nhiếp ảnh và Triển lãm**\n"
        "Khẩn trương hoàn thiện sửa đổi,\nbổ sung Nghị định về hoạt động mỹ thuật để thực thi"
        " các phương án cắt giảm.\n"
        "Đảm bảo **hoàn thành trong quý I/2026.**\n"
        "**3. Cục\nBáo chí**\n"
        "- Rà soát thủ tục hành chính trong lĩnh vực báo chí.\n"
    )
    notice = parse_notice(_HEAD + body + _SIGN)
    assert not any(t.text.startswith("Đảm bảo hoàn thành") for t in notice.tasks)
    task = next(t for t in notice.tasks if "mỹ thuật" in t.text)
    assert task.deadline is not None and task.deadline.isoformat() == "2026-03-31"
