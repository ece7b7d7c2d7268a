"""Round 23 (r23leads): which body leads a point of a regulation, a land notice or a letter.

A lower-case "quản lý nhà nước" right after a body's proper name is its work ("Ban Quản lý Khu
kinh tế quản lý nhà nước về …"), not the kind of agency "cơ quan quản lý nhà nước" names; a verb
inside a qualifier of what a body is for or where it is ("Phòng có chức năng quản lý xây dựng
…", "… cá nhân trong khu vực thu hồi") stays in the name up to its "có trách nhiệm"; one head
over places each written with its level ("Ủy ban nhân dân xã A và xã B") is one lead per place;
after ";" a body followed by "trong việc …" is one more object of the imperative point's verb,
not its lead. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.place_pairs import place_names
from notices.subjects import scan_subject
from notices.text import match_form


def _subject(sentence: str) -> str:
    span = scan_subject(sentence, match_form(sentence), 0)
    assert span is not None
    return sentence[: span.end].strip()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Ban Quản lý các khu công nghiệp quản lý nhà nước về an toàn lao động trong khu "
            "công nghiệp.",
            "Ban Quản lý các khu công nghiệp",
        ),
        (
            "Sở Tài nguyên và Môi trường quản lý nhà nước về đất đai trên địa bàn tỉnh.",
            "Sở Tài nguyên và Môi trường",
        ),
        (
            "Các Sở Y tế, Sở Nông nghiệp và Phát triển nông thôn quản lý nhà nước về an toàn "
            "thực phẩm theo phân công.",
            "Các Sở Y tế, Sở Nông nghiệp và Phát triển nông thôn",
        ),
        (
            "Phòng có chức năng thẩm định giá thuộc Ủy ban nhân dân cấp huyện có trách nhiệm "
            "kiểm tra hồ sơ.",
            "Phòng có chức năng thẩm định giá thuộc Ủy ban nhân dân cấp huyện",
        ),
        (
            "Các hộ gia đình, cá nhân trong khu vực giải phóng mặt bằng có trách nhiệm phối hợp "
            "kê khai tài sản.",
            "Các hộ gia đình, cá nhân trong khu vực giải phóng mặt bằng",
        ),
        (
            "Đoàn đánh giá ngoài khảo sát chính thức tại cơ sở giáo dục.",
            "Đoàn đánh giá ngoài",
        ),
    ],
)
def test_name_ends_before_its_own_work(sentence: str, name: str) -> None:
    assert _subject(sentence) == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the kind of agency: "quản lý nhà nước" is part of the name
        (
            "Cơ quan quản lý nhà nước kiểm tra các cơ sở karaoke.",
            "Cơ quan quản lý nhà nước",
        ),
        # a doer then its work then an object with "có trách nhiệm": no qualifier, no change
        ("Sở Y tế hướng dẫn các cơ sở có trách nhiệm báo cáo.", "Sở Y tế"),
        # the qualifier's verb is followed by a comma: the clause goes on, no "có trách nhiệm"
        (
            "Phòng có chức năng quản lý xây dựng, Phòng Tài chính - Kế hoạch kiểm tra hồ sơ.",
            "Phòng có chức năng quản lý",
        ),
    ],
)
def test_name_rule_does_not_fire(sentence: str, name: str) -> None:
    assert _subject(sentence) == name


@pytest.mark.parametrize(
    ("name", "names"),
    [
        (
            "Ủy ban nhân dân phường Tân An và phường Tân Hòa",
            ("Ủy ban nhân dân phường Tân An", "Ủy ban nhân dân phường Tân Hòa"),
        ),
        (
            "UBND xã Phú Lộc, xã Phú Thạnh và thị trấn Phú Mỹ",
            ("UBND xã Phú Lộc", "UBND xã Phú Thạnh", "UBND thị trấn Phú Mỹ"),
        ),
        (
            "Chủ tịch Ủy ban nhân dân huyện Châu Thành và thành phố Long Xuyên",
            (
                "Chủ tịch Ủy ban nhân dân huyện Châu Thành",
                "Chủ tịch Ủy ban nhân dân thành phố Long Xuyên",
            ),
        ),
        # a group phrase stays one name (README rule 4)
        (
            "Ủy ban nhân dân các huyện, thị xã Tân Châu và thành phố Châu Đốc",
            ("Ủy ban nhân dân các huyện, thị xã Tân Châu và thành phố Châu Đốc",),
        ),
        # the second place has no level word of its own: not split here
        (
            "Ủy ban nhân dân xã Tân An và Tân Hòa",
            ("Ủy ban nhân dân xã Tân An và Tân Hòa",),
        ),
        # no body head before the level: a department of one place, not one per place
        (
            "Trung tâm Phát triển quỹ đất tỉnh An Giang và thành phố Long Xuyên",
            ("Trung tâm Phát triển quỹ đất tỉnh An Giang và thành phố Long Xuyên",),
        ),
    ],
)
def test_place_names(name: str, names: tuple[str, ...]) -> None:
    assert place_names(name) == names


_LAND_NOTICE = """ỦY BAN NHÂN DÂN
HUYỆN CHÂU THÀNH
Số: 12/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Châu Thành, ngày 03 tháng 4 năm 2024

THÔNG BÁO
Về việc thu hồi đất để thực hiện dự án Đường nối Tân An - Tân Hòa

1. Lý do thu hồi đất: Xây dựng đường nối Tân An - Tân Hòa.

2. Tổ chức thực hiện:

a) Ủy ban nhân dân phường Tân An và phường Tân Hòa có trách nhiệm:

- Niêm yết công khai thông báo này tại trụ sở và nơi sinh hoạt chung của khu dân cư.

- Gửi thông báo này đến từng người sử dụng đất trong khu vực dự án.

b) Các hộ gia đình, cá nhân trong khu vực thu hồi có trách nhiệm phối hợp kê khai, kiểm đếm \
đất đai, tài sản gắn liền với đất.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
"""


def test_land_notice_leads() -> None:
    tasks = parse_notice(_LAND_NOTICE).tasks
    leads = {task.text[:20]: task.lead for task in tasks}
    pair = ("Ủy ban nhân dân phường Tân An", "Ủy ban nhân dân phường Tân Hòa")
    assert leads["Niêm yết công khai t"] == pair
    assert leads["Gửi thông báo này đế"] == pair
    assert leads["Các hộ gia đình, cá "] == ("Các hộ gia đình, cá nhân trong khu vực thu hồi",)


_REGULATION = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
Số: 15/2023/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Đồng Tháp, ngày 10 tháng 5 năm 2023

QUY ĐỊNH
Phân cấp quản lý an toàn thực phẩm

Điều 4. Sở Y tế

1. Sở Y tế quản lý nhà nước về an toàn thực phẩm đối với các cơ sở thuộc ngành y tế.

2. Hướng dẫn, kiểm tra các bệnh viện; Ủy ban nhân dân cấp huyện trong việc thực hiện các \
nội dung được phân cấp tại Quy định này.

3. Tổng hợp các cơ sở vi phạm; Trung tâm Kiểm soát bệnh tật chủ trì xét nghiệm mẫu thực phẩm.

Điều 5. Ban Quản lý Khu kinh tế

1. Ban Quản lý Khu kinh tế quản lý nhà nước về an toàn thực phẩm trong khu công nghiệp.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Bình
"""


def test_regulation_leads() -> None:
    tasks = parse_notice(_REGULATION).tasks
    leads = {task.text[:20]: task.lead for task in tasks}
    assert leads["Sở Y tế quản lý nhà "] == ("Sở Y tế",)
    # the body after ";" is whom the article's body guides, not the lead
    assert leads["Hướng dẫn, kiểm tra "] == ("Sở Y tế",)
    assert leads["Ban Quản lý Khu kinh"] == ("Ban Quản lý Khu kinh tế",)
    # a clause after ";" with a verb of its own still names its own doer
    assert any(task.lead == ("Trung tâm Kiểm soát bệnh tật",) for task in tasks)


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # a letter's short form of its addressees, right after the ask: the initials lead
        (
            "Sở Giáo dục và Đào tạo đề nghị CSGDPT có học sinh đạt giải gửi hồ sơ khen thưởng.",
            ["CSGDPT"],
        ),
        ("Đề nghị các ĐVSN rà soát danh mục vị trí việc làm.", ["các ĐVSN"]),
        # a standard and its grade after "yêu cầu": no body
        ("Sinh viên chương trình này yêu cầu CĐR bậc 3 phải tích lũy học phần Tiếng Anh.", []),
        # a name the readers already know keeps its whole form
        ("Bộ Y tế đề nghị BHXH các tỉnh phối hợp rà soát danh mục thuốc.", ["BHXH các tỉnh"]),
    ],
)
def test_initials_after_an_ask(clause: str, leads: list[str]) -> None:
    assert [a.name for a in analyze(clause).leads] == leads


_REMINDER = """UBND TỈNH CÀ MAU
SỞ Y TẾ
Số: 112/SYT-NVY
V/v nhắc báo cáo công tác tiêm chủng mở rộng
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cà Mau, ngày 04 tháng 3 năm 2019

Kính gửi:
- Trung tâm Y tế các huyện, thành phố;
- Bệnh viện Đa khoa tỉnh.
(sau đây gọi chung là các đơn vị)

Thực hiện Công văn số 310/BYT-DP của Bộ Y tế, Giám đốc Sở Y tế yêu cầu các đơn vị rà soát, nếu \
chưa báo cáo kết quả tiêm chủng mở rộng năm 2018 thì khẩn trương báo cáo theo mẫu đính kèm.

Đề nghị các đơn vị hoàn chỉnh báo cáo trước ngày 15/3/2019 để Sở Y tế tổng hợp báo cáo Bộ Y tế.

{third}

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Văn Sơn
"""


def test_reminder_date_goes_to_the_report() -> None:
    tasks = parse_notice(_REMINDER.format(third="")).tasks
    assert [(t.text[:22], t.deadline) for t in tasks] == [
        ("Thực hiện Công văn số ", date(2019, 3, 15))
    ]


def test_another_body_asked_for_its_report_stays_a_task() -> None:
    text = _REMINDER.replace(
        "Đề nghị các đơn vị hoàn chỉnh báo cáo", "Đề nghị Phòng Nghiệp vụ Y gửi báo cáo"
    ).format(third="")
    tasks = parse_notice(text).tasks
    assert len(tasks) == 2
    assert tasks[0].deadline is None
    assert tasks[1].deadline == date(2019, 3, 15)


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # a procedure's step, then its doer in lower case: the doer as a name
        (
            "Trong bước thẩm định hồ sơ, hội đồng thẩm định tổ chức họp trực tuyến.",
            ["Hội đồng thẩm định"],
        ),
        (
            "Ở bước khảo sát sơ bộ, đoàn đánh giá ngoài có thể làm việc trực tuyến với trường.",
            ["Đoàn đánh giá ngoài"],
        ),
        # a step with no body after it names no one
        ("Trong giai đoạn đầu, cần tăng cường tuyên truyền trên loa phát thanh.", []),
    ],
)
def test_doer_after_a_procedure_step(clause: str, leads: list[str]) -> None:
    assert [a.name for a in analyze(clause).leads] == leads


_CAMPAIGN = """UBND TỈNH HẬU GIANG
SỞ Y TẾ
Số: 845/SYT-NVY
V/v tổ chức chiến dịch tiêm bổ sung vắc xin sởi
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hậu Giang, ngày 10 tháng 9 năm 2019

Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố.

Sở Y tế tổ chức chiến dịch tiêm bổ sung vắc xin sởi cho trẻ em, năm nay được triển khai vào \
ngày {days} trên phạm vi toàn tỉnh với các hoạt động cụ thể như sau:

- Rà soát, lập danh sách trẻ trong độ tuổi tiêm chủng tại các xã, phường.

- Tổ chức tiêm vắc xin tại trạm y tế và các điểm tiêm lưu động.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn Hải
"""


def test_campaign_days_date_its_activities() -> None:
    tasks = parse_notice(_CAMPAIGN.format(days="01-15/10/2019")).tasks
    assert [t.text[:14] for t in tasks] == ["Rà soát, lập d", "Tổ chức tiêm v"]
    assert [(t.deadline, t.deadline_kind.value) for t in tasks] == [
        (date(2019, 10, 15), "on_date"),
        (date(2019, 10, 15), "on_date"),
    ]


def test_campaign_range_from_to() -> None:
    text = _CAMPAIGN.replace(
        "được triển khai vào ngày {days}", "được triển khai từ ngày 01/10 đến ngày 20/10/2019"
    )
    tasks = parse_notice(text).tasks
    assert [t.deadline for t in tasks] == [date(2019, 10, 20), date(2019, 10, 20)]


def test_event_range_in_an_item_is_no_deadline() -> None:
    text = _CAMPAIGN.format(days="01-15/10/2019").replace("với các hoạt động cụ thể như sau:", ".")
    assert all(t.deadline is None for t in parse_notice(text).tasks)
