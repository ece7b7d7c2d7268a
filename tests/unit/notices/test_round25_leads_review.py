"""Round 25 (leads), review: the reviewer's inputs, each with a counter-example that keeps working.

H1 a school subject stating a fact or a finding ("Nhà trường có 25 lớp …", "Nhà trường chưa thực
hiện …") is no task; H2 an alias naming others than the bodies asked (partners, bodies guided by
the one asked) is no lead; H3 an alias in the cited grounds is no lead; H4 an alias followed by
"và <more bodies>" does not cut the list; M1 any request naming nobody ("UBND tỉnh yêu cầu như
sau:", "Chủ tịch UBND tỉnh chỉ thị:") asks the addressees; M3 an opener before "các nhà trường";
L1 "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" is no school.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.letter_groups import asks_addressees, lead_in_alias, school_subject
from tests.unit.notices.test_round25_leads import HEAD, SIGN

_PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 120/UBND-KT\nV/v triển khai nhiệm vụ\n"
    "Bắc Ninh, ngày 02 tháng 4 năm 2021\n\n"
    "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố.\n\n"
)


def _tasks(lead_in: str, *points: str, head: str = HEAD) -> list[tuple[str, list[str]]]:
    body = "\n\n".join(f"{n}. {p}" for n, p in enumerate(points, 1))
    notice = parse_notice(f"{head}{lead_in}\n\n{body}{SIGN}")
    return [(task.text, list(task.lead)) for task in notice.tasks]


_DEPT = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO",)
_NOBODY = "Rà soát các điều kiện tổ chức hoạt động."
_ASKS = (
    "Sở GDĐT đề nghị phòng GDĐT các quận, huyện, thị xã; các cơ sở giáo dục mầm non trên địa "
    "bàn; các trường trực thuộc Sở thực hiện các nội dung sau:"
)


@pytest.mark.parametrize(
    "point",
    [
        "Nhà trường có 25 lớp với 1.000 học sinh, 60 cán bộ, giáo viên.",
        "Nhà trường chưa thực hiện việc công khai tài chính theo quy định.",
        "Nhà trường thực hiện tốt công tác phòng chống dịch.",
        "Nhà trường còn một số tồn tại trong công tác quản lý.",
        "Các nhà trường chưa cập nhật dữ liệu học sinh lên hệ thống: THPT Sóc Sơn, THPT Đa Phúc.",
        "Nhà trường vẫn còn để xảy ra tình trạng lạm thu.",
    ],
)
def test_h1_a_school_stating_a_fact_is_no_task(point: str) -> None:
    assert school_subject(point, _DEPT) is None


def test_h1_a_school_doing_work_still_leads() -> None:
    assert school_subject("Nhà trường có phương án phân luồng học sinh.", _DEPT) == "Nhà trường"
    tasks = _tasks(
        _ASKS, "Nhà trường duy trì việc kiểm tra thân nhiệt học sinh hằng ngày.", _NOBODY
    )
    assert tasks[0][1] == ["Nhà trường"]


def test_h1_findings_of_an_inspection_are_no_tasks() -> None:
    points = (
        "Nhà trường bố trí đủ phòng học cho học sinh.",
        "Nhà trường tổ chức dạy thêm chưa đúng quy định tại Thông tư 17.",
    )
    assert _tasks("Sở GDĐT thông báo kết quả kiểm tra như sau:", *points) == []
    minutes = (
        "UBND THÀNH PHỐ HÀ NỘI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nBIÊN BẢN KIỂM TRA\n"
        "Công tác chuẩn bị năm học tại Trường THPT Sóc Sơn\n\n"
        "Hôm nay, ngày 20/8/2021, Đoàn kiểm tra của Sở GDĐT đã kiểm tra tại nhà trường.\n\n"
        "I. KẾT QUẢ KIỂM TRA\n\n1. Nhà trường bố trí đủ phòng học cho học sinh.\n\n"
        "2. Nhà trường có 3 phòng học xuống cấp cần sửa chữa.\n\nTRƯỞNG ĐOÀN\nNguyễn Văn A\n"
    )
    assert list(parse_notice(minutes).tasks) == []
    # counter-example: the same points asked for are the schools' work
    assert _tasks(_ASKS, points[0], _NOBODY)[0][1] == ["Nhà trường"]


@pytest.mark.parametrize(
    ("sentence", "alias"),
    [
        (
            "UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành, địa phương (sau "
            "đây gọi chung là các đơn vị) thực hiện các nội dung sau:",
            None,
        ),
        (
            "UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với UBND các huyện, thành "
            "phố (sau đây gọi tắt là UBND cấp huyện) triển khai các nội dung sau:",
            None,
        ),
        (
            "UBND tỉnh yêu cầu Sở Công Thương hướng dẫn các doanh nghiệp, hộ kinh doanh (sau "
            "đây gọi chung là các cơ sở) thực hiện các nội dung sau:",
            None,
        ),
        (
            "UBND tỉnh đề nghị Sở Y tế chỉ đạo các bệnh viện, trung tâm y tế (sau đây gọi chung "
            "là các cơ sở y tế) thực hiện các nội dung sau:",
            None,
        ),
        (
            "Thực hiện Công văn số 12/BGDĐT-GDTrH của Bộ GDĐT hướng dẫn các sở GDĐT (sau đây "
            "gọi tắt là các sở) triển khai công tác phòng dịch, Sở GDĐT đề nghị Phòng GDĐT các "
            "quận, huyện thực hiện như sau:",
            None,
        ),
        (
            "Sở GDĐT đề nghị các trường THPT (sau đây gọi chung là các nhà trường) và các trung "
            "tâm GDNN-GDTX thực hiện các nội dung sau:",
            None,
        ),
        (
            "Sở GDĐT đề nghị phòng GDĐT các quận, huyện; các trường trực thuộc Sở (sau đây gọi "
            "chung là các nhà trường) thực hiện các nội dung sau:",
            "các nhà trường",
        ),
        (
            "Bảo hiểm xã hội Việt Nam hướng dẫn BHXH tỉnh A, BHXH tỉnh B (sau đây gọi chung là "
            "BHXH các tỉnh) bổ sung, điều chỉnh như sau:",
            "BHXH các tỉnh",
        ),
    ],
)
def test_h2_h3_h4_an_alias_names_the_bodies_asked(sentence: str, alias: str | None) -> None:
    assert lead_in_alias(sentence) == alias


def test_h2_the_one_asked_leads_not_its_partners() -> None:
    tasks = _tasks(
        "UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành, địa phương (sau đây "
        "gọi chung là các đơn vị) thực hiện các nội dung sau:",
        "Rà soát các khoản chi thường xuyên, báo cáo trước ngày 15/4/2021.",
        head=_PROVINCE,
    )
    assert [lead for _, lead in tasks] == [["Sở Tài chính"]]


@pytest.mark.parametrize(
    "intro",
    [
        "UBND tỉnh yêu cầu:",
        "UBND tỉnh yêu cầu như sau:",
        "UBND tỉnh yêu cầu thực hiện các nội dung sau:",
        "Chủ tịch UBND tỉnh chỉ đạo như sau:",
        "Chủ tịch UBND tỉnh chỉ thị:",
        "UBND tỉnh đề nghị Quý cơ quan:",
    ],
)
def test_m1_a_request_naming_nobody_asks_the_addressees(intro: str) -> None:
    assert asks_addressees(intro)


@pytest.mark.parametrize(
    "intro",
    [
        "UBND tỉnh yêu cầu các sở, ngành thực hiện như sau:",
        "Sở GDĐT hướng dẫn các đơn vị thực hiện như sau:",
        "UBND tỉnh thông báo như sau:",
    ],
)
def test_m1_a_request_naming_someone_does_not(intro: str) -> None:
    assert not asks_addressees(intro)


@pytest.mark.parametrize(
    "point",
    [
        "Ngay sau kỳ nghỉ Tết, các nhà trường tổ chức kiểm tra sĩ số.",
        "Trong thời gian nghỉ Tết, các nhà trường phân công cán bộ trực.",
        "Trong kỳ nghỉ hè, các nhà trường tổ chức các hoạt động hè cho học sinh.",
    ],
)
def test_m3_an_opener_before_the_schools(point: str) -> None:
    assert school_subject(point, ("SỞ GIÁO DỤC VÀ ĐÀO TẠO",)) == "các nhà trường"


def test_m3_an_opener_before_a_narration_stays_none() -> None:
    point = "Trong kỳ nghỉ hè, các nhà trường đã tổ chức các hoạt động hè."
    assert school_subject(point, ("SỞ GIÁO DỤC VÀ ĐÀO TẠO",)) is None


def test_l1_an_environment_department_is_no_school() -> None:
    point = "Nhà trường phối hợp với cơ quan môi trường tổ chức thu gom rác thải."
    assert school_subject(point, ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",)) == "Nhà trường"
    assert school_subject(point, ("TRƯỜNG THPT CHU VĂN AN",)) is None


def test_m2_a_group_the_lead_in_names_more_fully_keeps_that_name() -> None:
    lead_in = "Sở GDĐT hướng dẫn các đơn vị đào tạo đại học, sau đại học thực hiện như sau:"
    leads = [
        lead
        for _, lead in _tasks(
            lead_in,
            "Các đơn vị đào tạo quản lý sinh viên có trách nhiệm thông báo kế hoạch học tập.",
            "Các đơn vị chủ động phối hợp với cơ quan y tế địa phương.",
        )
    ]
    assert leads[0] == ["các đơn vị đào tạo đại học, sau đại học"]
    # counter-example: a group written no further is the point's own, as written
    assert leads[1] == ["Các đơn vị"]


def test_l2_a_lone_group_concerned_leads_as_written() -> None:
    leads = [
        lead for _, lead in _tasks(_ASKS, "Các đơn vị liên quan phối hợp thực hiện.", _NOBODY)
    ]
    assert leads[0] == ["Các đơn vị liên quan"]
