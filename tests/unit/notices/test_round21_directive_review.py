"""Round 21 (directive), review: the findings on the field join, the date line and the councils.

A body's head written once for several bodies ("Sở Nội vụ, Tư pháp và Tài chính") is not one
body of a three-part field; "Đảm bảo hoàn thành trong …" dates the duty above only when the
line ends with its time; a Party or youth body ("Tỉnh đoàn Lâm Đồng", "Huyện ủy Thủy Nguyên")
in a council's list is not a council; "Ủy ban nhân dân tỉnh, huyện:" or a duty after the colon
lists no place. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.names import split_assignees
from tests.unit.notices.test_round21_directive import _HEAD, _SIGN


def _names(span: str) -> list[str] | None:
    names = split_assignees(span)
    return None if names is None else [n.name for n in names]


def test_bodies_sharing_one_head_are_not_one_name() -> None:
    for span in (
        "Sở Nội vụ, Tư pháp và Tài chính",
        "Bộ Công an, Quốc phòng và Ngoại giao",
        "Sở Xây dựng, Công thương và Tài chính",
    ):
        got = _names(span)
        assert got is None or span not in got, span


def test_three_part_fields_stay_one_name() -> None:
    assert _names("Cục Mỹ thuật, Nhiếp ảnh và Triển lãm") == [
        "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm"
    ]
    assert _names("Phòng Đấu thầu, Thẩm định và Giám sát") == [
        "Phòng Đấu thầu, Thẩm định và Giám sát"
    ]
    assert _names("Sở Văn hoá, Thẻ thao và Du lịch") == ["Sở Văn hóa, Thẻ thao và Du lịch"]


def test_duty_given_to_bodies_sharing_one_head_has_no_joined_lead() -> None:
    body = (
        "2. Giao Sở Nội vụ, Tư pháp và Tài chính phối hợp rà soát quy định về tổ chức bộ máy "
        "của các đơn vị sự nghiệp.\n"
    )
    notice = parse_notice(_HEAD + body + _SIGN)
    for task in notice.tasks:
        assert "Sở Nội vụ, Tư pháp và Tài chính" not in task.lead


_TITLED = "**2. Cục\nMỹ thuật, Nhiếp ảnh và Triển lãm**\n"


def test_line_that_goes_on_after_its_time_is_a_duty_of_its_own() -> None:
    body = (
        _TITLED + "Khẩn trương hoàn thiện sửa đổi,\nbổ sung Nghị định về hoạt động mỹ thuật để"
        " thực thi các phương án cắt giảm.\n"
        "Đảm bảo hoàn thành trong năm 2026 việc số hóa toàn bộ hồ sơ cấp phép triển lãm, phối"
        " hợp với Cục Chuyển đổi số thực hiện.\n"
    )
    notice = parse_notice(_HEAD + body + _SIGN)
    own = [t for t in notice.tasks if "Tổng cục Du lịch" not in t.lead]
    assert len(own) == 2
    assert own[1].text.startswith("Đảm bảo hoàn thành trong năm 2026 việc số hóa")


def test_line_naming_another_body_after_its_date_is_a_duty_of_its_own() -> None:
    body = (
        _TITLED + "Khẩn trương hoàn thiện sửa đổi,\nbổ sung Nghị định về hoạt động mỹ thuật để"
        " thực thi các phương án cắt giảm.\n"
        "Bảo đảm hoàn thành trước ngày 30/6/2026, Văn phòng Bộ tổng hợp kết quả báo cáo Bộ"
        " trưởng.\n"
    )
    notice = parse_notice(_HEAD + body + _SIGN)
    assert any(t.text.startswith("Bảo đảm hoàn thành trước ngày 30/6/2026") for t in notice.tasks)
    art = next(t for t in notice.tasks if "mỹ thuật để thực thi" in t.text)
    assert "Văn phòng Bộ" not in art.text


def test_party_and_youth_bodies_in_a_council_list_are_not_councils() -> None:
    assert _names("Ủy ban nhân dân các tỉnh: Lâm Đồng, Đắk Lắk và Tỉnh đoàn Lâm Đồng") == [
        "Ủy ban nhân dân tỉnh Lâm Đồng",
        "Ủy ban nhân dân tỉnh Đắk Lắk",
        "Tỉnh đoàn Lâm Đồng",
    ]
    assert _names("Ủy ban nhân dân các huyện: Kiến Thụy, An Lão và Huyện ủy Thủy Nguyên") == [
        "Ủy ban nhân dân huyện Kiến Thụy",
        "Ủy ban nhân dân huyện An Lão",
        "Huyện ủy Thủy Nguyên",
    ]


def test_council_of_two_levels_before_a_duty_lists_no_place() -> None:
    for span in (
        "UBND tỉnh, huyện: Bố trí ngân sách hỗ trợ",
        "Ủy ban nhân dân tỉnh, thành phố: Chủ động bố trí kinh phí",
    ):
        got = _names(span) or []
        assert not any(
            n.startswith(("UBND tỉnh Bố trí", "Ủy ban nhân dân tỉnh Chủ động")) for n in got
        ), got


def test_city_written_tp_under_the_council() -> None:
    assert _names("Ủy ban nhân dân các tỉnh, thành phố: Lâm Đồng, Cần Thơ, TP. Hồ Chí Minh") == [
        "Ủy ban nhân dân tỉnh Lâm Đồng",
        "Ủy ban nhân dân thành phố Cần Thơ",
        "Ủy ban nhân dân Thành phố Hồ Chí Minh",
    ]
    assert _names("Ủy ban nhân dân tỉnh/thành phố: Hà Nội, TP Hồ Chí Minh") == [
        "Ủy ban nhân dân thành phố Hà Nội",
        "Ủy ban nhân dân Thành phố Hồ Chí Minh",
    ]
