"""Round 23 (r23licence), review: the licence rules fire on a licence's own articles only.

The rights article is no work only when the holder itself "được hưởng các quyền …" (a plan's
point that secures someone's rights is work); only a lead-in of duties ("Chủ giấy phép có trách
nhiệm", "… có các nghĩa vụ sau") names the holder, never one of prohibitions or rights; the
holder's name runs to the comma ("Công ty cổ phần khai thác khoáng sản Trà Bồng, địa chỉ …");
"Theo yêu cầu của Ban Tổ chức:" names the asker, not a holder. Documents invented for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from notices import parse_notice
from notices.duty_sections import keep_duty_sections
from notices.licences import licence_holder, name_holder, requirements_holder, states_rights

_HOLDER = "Công ty TNHH Xây dựng Sơn Tịnh"
_GRANT = (
    f"Điều 1. Cho phép {_HOLDER}, địa chỉ: xã Tịnh Hà, huyện Sơn Tịnh, tỉnh Quảng Ngãi được "
    "khai thác cát làm vật liệu xây dựng thông thường tại mỏ cát Tịnh Hà với các nội dung sau:"
)
_LICENCE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 25/GP-UBND
Quảng Ngãi, ngày 12 tháng 4 năm 2024

GIẤY PHÉP KHAI THÁC KHOÁNG SẢN

ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

Căn cứ Luật Khoáng sản ngày 17/11/2010;

Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường,

QUYẾT ĐỊNH:

{GRANT}

1. Diện tích khu vực khai thác: 5,2 ha.

2. Công suất khai thác: 20.000 m3/năm.

3. Thời hạn khai thác: 05 năm.

{ARTICLE}

a) Khai thác ngoài ranh giới khu vực được cấp phép.

b) Sử dụng phương tiện không bảo đảm an toàn.

c) Chuyển nhượng giấy phép trái quy định.

Điều 3. Giao Sở Tài nguyên và Môi trường kiểm tra, giám sát việc thực hiện Giấy phép này.

Điều 4. Giấy phép này có hiệu lực thi hành kể từ ngày ký./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Nam
"""


def _licence(article: str, grant: str = _GRANT) -> str:
    return _LICENCE.replace("{GRANT}", grant).replace("{ARTICLE}", article)


_PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND
Quảng Ngãi, ngày 10 tháng 01 năm 2025

KẾ HOẠCH
Thực hiện chính sách đối với cán bộ, công chức dôi dư

I. MỤC ĐÍCH, YÊU CẦU

Bảo đảm chế độ, chính sách kịp thời, đúng quy định.

II. NHIỆM VỤ

1. {POINT}

2. Sở Tài chính bố trí kinh phí thực hiện chính sách, hoàn thành trước ngày 30/4/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Minh
"""

# --- HIGH 1: securing someone's rights is work; only the holder's own rights are not -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Nội vụ chủ trì hướng dẫn các cơ quan, đơn vị rà soát để cán bộ dôi dư được hưởng "
        "các quyền lợi theo quy định tại Nghị định số 178/2024/NĐ-CP, hoàn thành trước ngày "
        "31/3/2025.",
        "Sở Lao động - Thương binh và Xã hội kiểm tra, giám sát các doanh nghiệp, bảo đảm người "
        "lao động được hưởng các quyền lợi theo quy định của pháp luật.",
        "Công an tỉnh chủ trì bảo đảm phạm nhân được hưởng quyền theo quy định của pháp luật, báo "
        "cáo kết quả trước ngày 15/12/2024.",
    ],
)
def test_securing_someones_rights_is_work(sentence: str) -> None:
    assert states_rights(sentence) is False
    assert states_rights(sentence, sentence.split(" ", 3)[0]) is False


def test_plan_point_on_rights_keeps_its_task() -> None:
    point = (
        "Sở Nội vụ chủ trì hướng dẫn các cơ quan, đơn vị rà soát để cán bộ dôi dư được hưởng các "
        "quyền lợi theo quy định tại Nghị định số 178/2024/NĐ-CP, hoàn thành trước ngày 31/3/2025."
    )
    tasks = parse_notice(_PLAN.replace("{POINT}", point)).tasks
    first = [t for t in tasks if t.text.startswith("Sở Nội vụ") or "dôi dư" in t.text]
    assert len(first) == 1
    assert first[0].lead == ("Sở Nội vụ",)
    assert first[0].deadline == dt.date(2025, 3, 31)


@pytest.mark.parametrize(
    "sentence",
    [
        "Điều 3. Công ty TNHH Xây dựng Sơn Tịnh được hưởng các quyền hợp pháp theo quy định tại "
        "Điều 53 của Luật Khoáng sản.",
        "Chủ giấy phép được hưởng các quyền theo quy định của pháp luật.",
        "Nhà máy thủy điện Trà Khúc thuộc Công ty TNHH Xây dựng Sơn Tịnh được hưởng các quyền và "
        "có các nghĩa vụ theo quy định tại Điều 55 của Luật Khoáng sản.",
    ],
)
def test_holders_own_rights_are_no_work(sentence: str) -> None:
    assert states_rights(sentence, _HOLDER) is True


# --- HIGH 2: prohibitions and rights under "Chủ giấy phép" are not the holder's tasks ----------


@pytest.mark.parametrize(
    "article",
    [
        "Điều 2. Chủ giấy phép không được thực hiện các hành vi sau:",
        "Điều 2. Chủ giấy phép được thực hiện các quyền sau:",
        "Điều 2. Chủ giấy phép có các quyền sau:",
    ],
)
def test_prohibitions_and_rights_name_no_holder(article: str) -> None:
    body = [_GRANT, article, "a) Khai thác ngoài ranh giới khu vực được cấp phép."]
    assert name_holder(body) == body
    tasks = parse_notice(_licence(article)).tasks
    assert not any(_HOLDER in " ".join(t.lead) for t in tasks)
    assert not any(t.text.startswith(("Khai thác ngoài", "Chuyển nhượng")) for t in tasks)


# --- MEDIUM 3: the holder's name as written, to the comma ----------------------------------


@pytest.mark.parametrize(
    ("paragraph", "holder"),
    [
        (
            "Điều 1. Cho phép Công ty cổ phần khai thác khoáng sản Trà Bồng, địa chỉ: thôn 2, xã "
            "Trà Phú, huyện Trà Bồng được khai thác đá làm vật liệu xây dựng thông thường.",
            "Công ty cổ phần khai thác khoáng sản Trà Bồng",
        ),
        (
            "Điều 1. Cho phép Chi nhánh Công ty TNHH Hòa Phát tại Quảng Ngãi, địa chỉ: Khu kinh "
            "tế Dung Quất, được xả nước thải vào nguồn nước.",
            "Chi nhánh Công ty TNHH Hòa Phát tại Quảng Ngãi",
        ),
        # the name's own words stop it where no comma follows
        (
            "Điều 1. Cho phép Công ty TNHH Minh Long khai thác cát tại mỏ cát Bình Long.",
            "Công ty TNHH Minh Long",
        ),
    ],
)
def test_holder_name_runs_to_the_comma(paragraph: str, holder: str) -> None:
    assert licence_holder([paragraph]) == holder


# --- MEDIUM 4: "Theo yêu cầu của …", "Yêu cầu đối với Thí sinh" name no holder ---------------


@pytest.mark.parametrize(
    "heading",
    [
        "Theo yêu cầu của Ban Tổ chức:",
        "Có yêu cầu của Sở Tài chính",
        "Mọi yêu cầu của Đoàn kiểm tra",
        "Nêu yêu cầu đối với Sở Xây dựng",
        "Về yêu cầu đối với Sở Y tế",
        "Yêu cầu đối với Thí sinh:",
        "Yêu cầu đối với Học viên",
    ],
)
def test_asking_and_people_headings_name_no_holder(heading: str) -> None:
    assert requirements_holder(heading) is None


def test_contest_plan_point_is_not_the_askers() -> None:
    text = _PLAN.replace(
        "1. {POINT}",
        "1. Theo yêu cầu của Ban Tổ chức:\n\n"
        "a) Nộp hồ sơ dự thi về Sở Giáo dục và Đào tạo trước ngày 30/5/2025.",
    )
    tasks = parse_notice(text).tasks
    assert not any(t.lead == ("Ban Tổ chức",) for t in tasks)


# --- MEDIUM 5: a long rights sentence is answered (in linear time) ---------------------------


def test_long_rights_sentence_is_answered() -> None:
    sentence = (
        "Công ty TNHH Xây dựng Sơn Tịnh được hưởng các quyền hợp pháp theo quy định, "
        + 60
        * "chủ đầu tư có trách nhiệm thực hiện các nghĩa vụ về bảo vệ môi trường theo quy định, "
        + "xả nước thải với lưu lượng 1.500 m3/ngày đêm"
    )
    assert states_rights(sentence, _HOLDER) is False
    assert states_rights(
        sentence.replace(", xả nước thải với lưu lượng 1.500 m3/ngày đêm", "."), _HOLDER
    )


# --- LOW 6, 7: other lead-ins and grants -----------------------------------------------------


@pytest.mark.parametrize(
    "lead_in",
    [
        "Điều 2. Chủ giấy phép có trách nhiệm",
        "Điều 2. Tổ chức được cấp phép có trách nhiệm:",
        "Điều 2. Đơn vị được cấp phép có trách nhiệm:",
        "Điều 2. Chú giấy phép có trách nhiệm:",
        "Diều 2. Chủ giấy phẻp có trách nhiệm:",
    ],
)
def test_other_holder_lead_ins_name_the_holder(lead_in: str) -> None:
    body = name_holder([_GRANT, lead_in, "a) Lắp đặt thiết bị quan trắc tự động."])
    assert _HOLDER in body[1]


def test_renewal_names_its_holder() -> None:
    paragraph = (
        "Điều 1. Gia hạn Giấy phép khai thác khoáng sản số 12/GP-UBND ngày 05/3/2019 của UBND "
        f"tỉnh cấp cho {_HOLDER}, địa chỉ: xã Tịnh Hà, huyện Sơn Tịnh, với các nội dung sau:"
    )
    assert licence_holder([paragraph]) == _HOLDER


# --- LOW 8: only a licence's body is renamed ---------------------------------------------------


def test_holder_is_named_in_licences_only() -> None:
    body = [_GRANT, "Điều 2. Chủ giấy phép có trách nhiệm:", "a) Lắp đặt thiết bị quan trắc."]
    plan = keep_duty_sections(body, title="KẾ HOẠCH kiểm tra năm 2025", type_codes=("KH", "KH"))
    assert plan == body
    licence = keep_duty_sections(
        body, title="GIẤY PHÉP KHAI THÁC KHOÁNG SẢN", type_codes=(None, "GP")
    )
    assert _HOLDER in licence[1]
    # the licence calls itself "Giấy phép này" where its header is not read
    body = [*body, "Điều 3. Giấy phép này có hiệu lực kể từ ngày ký."]
    assert _HOLDER in keep_duty_sections(body, title="", type_codes=(None, "CV"))[1]
