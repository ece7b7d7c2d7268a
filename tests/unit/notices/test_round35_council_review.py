"""Round 35 (council) review: a fee collector who also reports keeps the report; a period inside a
cited document's name dates nothing; a district council's lead that goes on with what it does
("Hội đồng nhân dân huyện thông qua …") is still the council. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import DeadlineKind, parse_notice

_HEAD = """HỘI ĐỒNG NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{unit}                            Độc lập - Tự do - Hạnh phúc

Số: 12/NQ-HĐND                     Gia Lai, ngày 14 tháng 7 năm 2017

NGHỊ QUYẾT
{title}

HỘI ĐỒNG NHÂN DÂN {unit}
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT NGHỊ:

"""


def _doc(unit: str, title: str, body: str) -> str:
    return _HEAD.format(unit=unit, title=title) + body


def test_a_fee_collector_who_also_reports_keeps_the_report() -> None:
    text = _doc(
        "TỈNH GIA LAI",
        "Quy định mức thu phí tham quan di tích trên địa bàn tỉnh",
        "Điều 1. Ban quản lý di tích thu phí tham quan và báo cáo Sở Tài chính trước ngày "
        "15/12/2017.\n",
    )
    tasks = parse_notice(text).tasks
    assert [t.deadline for t in tasks] == [date(2017, 12, 15)]


def test_a_fee_collector_alone_is_still_no_task() -> None:
    text = _doc(
        "TỈNH GIA LAI",
        "Quy định mức thu phí tham quan di tích trên địa bàn tỉnh",
        "Điều 1. Ban quản lý di tích thu phí tham quan đối với khách tham quan.\n",
    )
    assert not parse_notice(text).tasks


def test_a_period_inside_a_cited_documents_name_dates_nothing() -> None:
    text = _doc(
        "TỈNH GIA LAI",
        "Về nhiệm vụ phát triển kinh tế - xã hội",
        "Điều 1. Hội đồng nhân dân tỉnh thống nhất các nhiệm vụ theo Nghị quyết số 05/NQ-HĐND "
        "ngày 10/7/2016 về kế hoạch năm 2016 như sau:\n1. Tập trung rà soát các đề án.\n"
        "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n",
    )
    tasks = parse_notice(text).tasks
    assert tasks
    assert all(t.deadline_kind is not DeadlineKind.PERIOD_END for t in tasks)
    assert all(t.deadline != date(2016, 12, 31) for t in tasks)


def test_a_district_councils_lead_going_on_with_what_it_does_is_the_council() -> None:
    text = _doc(
        "HUYỆN CHƯ SÊ",
        "Về phương hướng, nhiệm vụ năm 2018",
        "Điều 1. Hội đồng nhân dân huyện thông qua phương hướng, nhiệm vụ năm 2018 như sau:\n"
        "1. Phát triển sản xuất nông nghiệp.\n"
        "Điều 2. Giao Ủy ban nhân dân huyện triển khai thực hiện Nghị quyết này.\n",
    )
    tasks = parse_notice(text).tasks
    assert [t.lead for t in tasks] == [("Ủy ban nhân dân huyện",)]
    assert tasks[0].deadline == date(2018, 12, 31)
