"""Round 23 (r23leads) review: the reviewer's inputs where the branch's rules fired wrongly.

A body written with its address ("xã A, huyện B") is one body; initials after an ask are the body
asked only when a work verb or a "có …" qualifier follows them, never a thing ("ĐTM phải được
phê duyệt") or a name cut short ("TTYT huyện …"); a campaign's range dates its activities only
when it stands in the listing sentence, spans at most a month and is no event's agenda; a
qualifier's "có trách nhiệm" is the clause's verb only when no work verb stands between; a
reminder's date joins only the same report; after ";" a body then "trong việc …" is glued only
when no verb of its own follows. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.place_pairs import place_names
from notices.subjects import scan_subject
from notices.text import match_form


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


# 1. a comma then a higher level is the body's address
@pytest.mark.parametrize(
    ("name", "names"),
    [
        (
            "Ủy ban nhân dân xã Đa Phước, huyện An Phú",
            ("Ủy ban nhân dân xã Đa Phước, huyện An Phú",),
        ),
        (
            "Công an xã Vĩnh Hòa, huyện Tân Châu, tỉnh An Giang",
            ("Công an xã Vĩnh Hòa, huyện Tân Châu, tỉnh An Giang",),
        ),
        ("UBND phường 1, quận 3", ("UBND phường 1, quận 3",)),
        # same level: still one body per place
        (
            "Ủy ban nhân dân xã Đa Phước và xã Vĩnh Trường",
            ("Ủy ban nhân dân xã Đa Phước", "Ủy ban nhân dân xã Vĩnh Trường"),
        ),
    ],
)
def test_address_is_one_body(name: str, names: tuple[str, ...]) -> None:
    assert place_names(name) == names


def test_address_in_a_notice_and_a_letter() -> None:
    for clause in (
        "Ủy ban nhân dân xã Đa Phước, huyện An Phú có trách nhiệm niêm yết thông báo trước ngày "
        "20/3/2019.",
        "Đề nghị Ủy ban nhân dân xã Đa Phước, huyện An Phú báo cáo kết quả trước ngày 20/3/2019.",
    ):
        tasks = parse_notice(clause).tasks
        assert [t.lead for t in tasks] == [("Ủy ban nhân dân xã Đa Phước, huyện An Phú",)]


# 2. initials after an ask: a thing, a name cut short
@pytest.mark.parametrize(
    "clause",
    [
        "Bộ yêu cầu ĐTM phải được phê duyệt trước khi khởi công.",
        "Bộ yêu cầu HSMT phải ghi rõ tiêu chuẩn đánh giá.",
        "Trường yêu cầu CTĐT phải đáp ứng chuẩn đầu ra.",
        "Bộ đề nghị TTHC này phải được công khai.",
        "Bộ yêu cầu PCCC tại các ký túc xá được kiểm tra định kỳ.",
        "Sở Y tế yêu cầu KCB phải được thực hiện đúng quy trình.",
        "Sở Y tế đề nghị TTYT huyện Châu Thành báo cáo kết quả.",
        "Sở Y tế yêu cầu BVĐK tỉnh cử cán bộ tham dự.",
        "Sở đề nghị THCS và THPT tổ chức ôn tập.",
        # the passive qualifier guard: "được" right after the initials
        "Sở Y tế đề nghị các TTYT được nhận TTB từ Dự án cử cán bộ tiếp nhận.",
    ],
)
def test_initials_not_a_body_asked(clause: str) -> None:
    names = _leads(clause)
    assert not any(n.isupper() and " " not in n for n in names), names


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        (
            "Bộ Giáo dục và Đào tạo đề nghị CSGDĐH có đề tài được chọn thông báo cho sinh viên.",
            ["CSGDĐH"],
        ),
        ("Bộ đề nghị CSGDĐH rà soát danh sách sinh viên.", ["CSGDĐH"]),
        ("Đề nghị các CSGDĐH rà soát danh sách sinh viên.", ["các CSGDĐH"]),
    ],
)
def test_initials_still_read(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


_CAMPAIGN = """UBND TỈNH HẬU GIANG
SỞ Y TẾ
Số: 845/SYT-NVY
V/v {subject}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hậu Giang, ngày 10 tháng 9 năm 2017

Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố.

{lead_in}

- Gửi danh sách thí sinh dự thi về Sở Y tế.

- Cử cán bộ tham gia ban tổ chức.

- Giám sát dịch bệnh thường xuyên tại các xã, phường.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn Hải
"""


# 3. and 7. a range elsewhere in the lead-in, a year-long plan, a conference's agenda
@pytest.mark.parametrize(
    "lead_in",
    [
        "Hội thi được tổ chức vào ngày 01-03/12/2017. Để chuẩn bị, các đơn vị thực hiện các nội "
        "dung công việc sau:",
        "Kế hoạch được thực hiện từ ngày 01/01/2018 đến ngày 31/12/2018 với các nhiệm vụ cụ thể "
        "như sau:",
        "Hội nghị được tổ chức từ ngày 10 - 12/12/2017 tại Hội trường Sở Y tế, nội dung cụ thể "
        "như sau:",
    ],
)
def test_range_not_a_campaign(lead_in: str) -> None:
    tasks = parse_notice(_CAMPAIGN.format(subject="tổ chức hoạt động", lead_in=lead_in)).tasks
    assert tasks
    assert all(t.deadline_kind.value != "on_date" for t in tasks), [
        (t.text[:20], t.deadline) for t in tasks
    ]
    ongoing = [t for t in tasks if t.text.startswith("Giám sát")]
    assert [t.deadline_kind.value for t in ongoing] == ["ongoing"]


def test_campaign_still_dates_its_activities() -> None:
    lead_in = (
        "Chiến dịch được triển khai vào ngày 01-15/10/2017 trên phạm vi toàn tỉnh với các hoạt "
        "động cụ thể như sau:"
    )
    tasks = parse_notice(_CAMPAIGN.format(subject="chiến dịch", lead_in=lead_in)).tasks
    dated = {t.text[:8]: t.deadline for t in tasks}
    assert dated["Gửi danh"] == date(2017, 10, 15)


# 4. "có trách nhiệm" past the clause's own verb
def test_duty_after_another_verb_is_not_the_clause_verb() -> None:
    clause = (
        "Ủy ban nhân dân xã nơi có đất thu hồi thông báo cho người sử dụng đất có trách nhiệm "
        "phối hợp kiểm đếm."
    )
    names = _leads(clause)
    assert len(names) == 1
    assert "thông báo" not in names[0]
    clause = (
        "Các hộ gia đình trong khu vực dự án phối hợp với Tổ công tác để người dân có trách nhiệm "
        "kê khai."
    )
    assert _leads(clause) == ["Các hộ gia đình trong khu vực dự án"]


def test_qualifier_duty_still_read() -> None:
    sentence = "Các tổ chức, cá nhân trong khu vực thu hồi có trách nhiệm kê khai tài sản."
    span = scan_subject(sentence, match_form(sentence), 0)
    assert span is not None
    assert sentence[: span.end].strip() == "Các tổ chức, cá nhân trong khu vực thu hồi"


_LETTER = """UBND TỈNH KIÊN GIANG
SỞ Y TẾ
Số: 112/SYT-NVY
V/v tuyên truyền phòng chống dịch
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Kiên Giang, ngày 04 tháng 12 năm 2017

Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố (sau đây gọi chung là các đơn vị).

{first}

{second}

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Văn Sơn
"""


# 5. another report, or a cited report
@pytest.mark.parametrize(
    "first",
    [
        "Các đơn vị tổ chức tuyên truyền phòng chống dịch trên địa bàn và báo cáo kết quả.",
        "Các đơn vị tổ chức tuyên truyền phòng chống dịch theo hướng dẫn tại Báo cáo số "
        "55/BC-SYT.",
    ],
)
def test_another_report_stays_a_task(first: str) -> None:
    second = (
        "Đề nghị các đơn vị gửi báo cáo tổng kết công tác năm 2017 trước ngày 10/01/2018."
        if "kết quả" in first
        else "Đề nghị các đơn vị hoàn chỉnh báo cáo trước ngày 10/01/2018."
    )
    tasks = parse_notice(_LETTER.format(first=first, second=second)).tasks
    assert len(tasks) == 2
    assert tasks[0].deadline is None
    assert tasks[1].deadline == date(2018, 1, 10)


def test_same_report_still_dated() -> None:
    first = "Các đơn vị tổ chức tuyên truyền phòng chống dịch trên địa bàn và báo cáo kết quả."
    second = "Đề nghị các đơn vị hoàn chỉnh báo cáo trước ngày 10/01/2018."
    tasks = parse_notice(_LETTER.format(first=first, second=second)).tasks
    assert [t.deadline for t in tasks] == [date(2018, 1, 10)]


# 6. a glued clause with a verb of its own; a support list
_ARTICLE = """ỦY BAN NHÂN DÂN TỈNH AN GIANG
Số: 06/2022/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
An Giang, ngày 10 tháng 3 năm 2022

QUYẾT ĐỊNH
Ban hành Quy định phân cấp

Điều 4. Sở Xây dựng
{point}

Điều 5. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2022.
"""


@pytest.mark.parametrize(
    ("point", "lead"),
    [
        (
            "3. Tổng hợp báo cáo định kỳ; Phòng Kinh tế và Hạ tầng về việc cấp giấy phép xây dựng "
            "chủ trì thẩm định hồ sơ.",
            ("Phòng Kinh tế và Hạ tầng",),
        ),
        (
            "3. Tổng hợp báo cáo định kỳ; Sở Tài chính trong việc bố trí kinh phí phối hợp thực "
            "hiện.",
            ("Sở Tài chính",),
        ),
    ],
)
def test_glued_clause_with_its_own_verb(point: str, lead: tuple[str, ...]) -> None:
    tasks = parse_notice(_ARTICLE.format(point=point)).tasks
    assert lead in [t.lead for t in tasks]


def test_glued_body_joins_the_support() -> None:
    point = "3. Phối hợp với Sở Tài chính; Sở Kế hoạch và Đầu tư trong việc bố trí vốn."
    tasks = [t for t in parse_notice(_ARTICLE.format(point=point)).tasks if "bố trí" in t.text]
    assert tasks
    assert any(
        "Sở Kế hoạch và Đầu tư" in t.support or "Sở Kế hoạch và Đầu tư" in t.lead for t in tasks
    )


# LOW: the proper-name check of manages_state
def test_no_proper_name_before_state_management() -> None:
    sentence = "Cơ quan chuyên môn quản lý nhà nước về xây dựng hướng dẫn thủ tục."
    span = scan_subject(sentence, match_form(sentence), 0)
    assert span is None or span.term != "quản lý"


# LOW: a lower-case "các" before the doer after a procedure's step
def test_plural_doer_after_a_step() -> None:
    clause = "Trong bước tự đánh giá, các cơ sở giáo dục tăng cường sử dụng phần mềm."
    assert _leads(clause) == ["Cơ sở giáo dục"]
