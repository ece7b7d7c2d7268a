"""Round 20 (provgroup), review fixes: a bare kind is the addressee group only when it cannot be
the writer's own body. A group name the addressee reader ran on into the next line ("… trực thuộc
Trung ương Ủy ban nhân dân tỉnh … trao đổi như sau") or a group of some provinces ("các tỉnh lân
cận") is no group of all; a writer of that kind ("SỞ TÀI CHÍNH TỈNH …"), or a "Kính gửi" that also
names one body of it ("Sở Tài chính tỉnh Nam Định"), keeps its bare name. Documents invented for
these tests."""

from __future__ import annotations

from notices import parse_notice
from notices.model import ParsedTask
from notices.place_groups import resolve_place_groups


def _task(lead: str) -> ParsedTask:
    return ParsedTask(ref="1", text="Chủ trì tổng hợp số liệu.", lead=(lead,))


def test_a_run_on_addressee_is_no_group() -> None:
    run_on = (
        "Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương Ủy ban nhân dân tỉnh Nam Định"
        " trao đổi như sau"
    )
    [task] = resolve_place_groups([_task("Sở Tài chính")], [run_on])
    assert task.lead == ("Sở Tài chính",)


def test_a_group_of_some_provinces_is_no_group_of_all() -> None:
    [task] = resolve_place_groups([_task("Sở Tài chính")], ["Sở Tài chính các tỉnh lân cận"])
    assert task.lead == ("Sở Tài chính",)


def test_the_writers_own_kind_keeps_its_bare_name() -> None:
    [task] = resolve_place_groups(
        [_task("Sở Tài chính")],
        ["Sở Tài chính các tỉnh, thành phố"],
        ["UBND TỈNH BẮC NINH", "SỞ TÀI CHÍNH"],
    )
    assert task.lead == ("Sở Tài chính",)


def test_an_addressee_list_naming_one_body_of_the_kind_keeps_the_bare_name() -> None:
    [task] = resolve_place_groups(
        [_task("Sở Tài chính")],
        ["Sở Tài chính các tỉnh, thành phố", "Sở Tài chính tỉnh Nam Định"],
    )
    assert task.lead == ("Sở Tài chính",)


def test_a_ministry_department_writing_to_the_group_still_maps_it() -> None:
    # "TỔNG CỤC THUẾ" is no "Cục Thuế": the writer's kind must open its header line
    [task] = resolve_place_groups(
        [_task("các Cục Thuế")],
        ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"],
        ["BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ"],
    )
    assert task.lead == ("Cục Thuế các tỉnh, thành phố trực thuộc Trung ương",)


def test_a_province_letter_to_the_group_keeps_its_own_department() -> None:
    notice = parse_notice(
        "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSố: 12/UBND-KT\n"
        "Kính gửi:\n- Sở Tài chính các tỉnh, thành phố;\n- Sở Tài chính tỉnh Nam Định.\n\n"
        "1. Giao Sở Tài chính chủ trì tổng hợp số liệu, báo cáo trước ngày 15/12/2026.\n"
    )
    assert [task.lead for task in notice.tasks] == [("Sở Tài chính",)]


def test_a_group_written_without_its_comma_is_still_the_group() -> None:
    # an OCR'd "Cục Thuế các tỉnh thành phố trực thuộc Trung ương" (the letter's own lead)
    [task] = resolve_place_groups(
        [_task("Cục Thuế")], ["Cục Thuế các tỉnh thành phố trực thuộc Trung ương."]
    )
    assert task.lead == ("Cục Thuế các tỉnh thành phố trực thuộc Trung ương.",)
