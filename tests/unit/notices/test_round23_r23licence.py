"""Round 23 (r23licence): a licence's duty articles give one task per point to its holder.

"Điều 2. Các yêu cầu đối với <holder>:" (or ending in a stop), "Nghĩa vụ của <holder>:", "<holder>
có các nghĩa vụ sau:", and "Chủ giấy phép có trách nhiệm:" (the holder the first article grants
the licence to) name who does the points; the article granting the holder its rights ("… được
hưởng các quyền hợp pháp theo quy định …", with its duties under the law cited) and the
execution article ("… chịu trách nhiệm thi hành Giấy phép này") are no work; the licence's terms
are not either. Requirements on whoever qualifies ("Yêu cầu đối với sinh viên", "Nghĩa vụ của tổ
chức, cá nhân") name no body. Documents invented for these tests.
"""

from __future__ import annotations

import pytest

from notices import DeadlineKind, parse_notice
from notices.licences import licence_holder, requirements_holder, states_rights

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/GP-UBND
Bình Định, ngày 05 tháng 3 năm 2021

GIẤY PHÉP XẢ NƯỚC THẢI VÀO NGUỒN NƯỚC

ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH

Căn cứ Luật Tài nguyên nước ngày 21/6/2012;

Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường,

QUYẾT ĐỊNH:

Điều 1. Cho phép Nhà máy chế biến thủy sản Tam Quan thuộc Công ty TNHH Hải sản Hoài Nhơn, tại \
thị xã Hoài Nhơn, tỉnh Bình Định được xả nước thải vào nguồn nước với các nội dung sau:

1. Nguồn nước tiếp nhận nước thải: sông Lại Giang.

2. Lưu lượng xả nước thải lớn nhất: 150 m3/ngày đêm.

3. Thời hạn của giấy phép: 05 năm.

{DUTIES}

1. Vận hành hệ thống xử lý nước thải bảo đảm nước thải đạt quy chuẩn trước khi xả.

2. Lắp đặt thiết bị đo lưu lượng nước thải tại cửa xả.

3. Hằng năm (trước ngày 15 tháng 12), báo cáo Ủy ban nhân dân tỉnh về tình hình xả nước thải.

Điều 3. {HOLDER} được hưởng các quyền hợp pháp theo quy định tại Khoản 1 Điều 38 của Luật \
Tài nguyên nước và các quyền lợi hợp pháp khác theo quy định của pháp luật.

Điều 4. Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp Ủy ban nhân dân thị xã Hoài Nhơn \
kiểm tra, giám sát việc thực hiện Giấy phép này.

Điều 5. Giấy phép này có hiệu lực thi hành kể từ ngày ký.

Điều 6. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài nguyên và Môi trường; Chủ tịch UBND thị xã \
Hoài Nhơn và Giám đốc {HOLDER} chịu trách nhiệm thi hành Giấy phép này./.

Nơi nhận:
- Như Điều 6;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Nam
"""
_HOLDER = "Công ty TNHH Hải sản Hoài Nhơn"


def _licence(duties: str) -> str:
    return _HEAD.replace("{DUTIES}", duties).replace("{HOLDER}", _HOLDER)


@pytest.mark.parametrize(
    "duties",
    [
        f"Điều 2. Các yêu cầu đối với {_HOLDER}:",
        f"Điều 2. Các yêu cầu đối với {_HOLDER}.",
        f"Điều 2. Yêu cầu đối với {_HOLDER}",
        f"Điều 2. Nghĩa vụ của {_HOLDER}:",
        f"Điều 2. {_HOLDER} có các nghĩa vụ sau đây:",
        "Điều 2. Chủ giấy phép có trách nhiệm:",
        "Điều 2. Các yêu cầu đối với chủ giấy phép:",
    ],
)
def test_duty_article_points_are_the_holders_tasks(duties: str) -> None:
    notice = parse_notice(_licence(duties))
    assert [t.text[:30] for t in notice.tasks] == [
        "Vận hành hệ thống xử lý nước t",
        "Lắp đặt thiết bị đo lưu lượng ",
        "Hằng năm (trước ngày 15 tháng ",
        "Giao Sở Tài nguyên và Môi trườ",
    ]
    assert [t.lead for t in notice.tasks] == [
        (_HOLDER,),
        (_HOLDER,),
        (_HOLDER,),
        ("Sở Tài nguyên và Môi trường",),
    ]
    assert notice.tasks[2].deadline_kind is DeadlineKind.RECURRING
    assert notice.tasks[2].deadline is None


@pytest.mark.parametrize(
    ("heading", "holder"),
    [
        (
            "Các yêu cầu đối với Công ty Cổ phần Thủy điện Sông Ba:",
            ["Công ty Cổ phần Thủy điện Sông Ba"],
        ),
        (
            "Các yêu cầu đối với Bệnh viện Đa khoa huyện Tuy Phước.",
            ["Bệnh viện Đa khoa huyện Tuy Phước"],
        ),
        ("Nghĩa vụ của Hợp tác xã Nông nghiệp Phước Hưng:", ["Hợp tác xã Nông nghiệp Phước Hưng"]),
        # a scan's garbled "Các"
        (
            "Cáè'yêu cầu đối với Công ty Cổ phần Đường Quảng Ngãi:",
            ["Công ty Cổ phần Đường Quảng Ngãi"],
        ),
        # requirements on whoever qualifies, or on a thing: no body named
        ("Yêu cầu đối với sinh viên", None),
        ("Yêu cầu đối với cơ sở thực tập", None),
        ("Yêu cầu đối với việc quản lý hồ sơ điện tử", None),
        ("Nghĩa vụ của tổ chức, cá nhân", None),
        ("Yêu cầu đối với hồ sơ đề nghị cấp phép", None),
    ],
)
def test_requirements_heading_names_one_body(heading: str, holder: list[str] | None) -> None:
    assert requirements_holder(heading) == holder


@pytest.mark.parametrize(
    ("sentence", "rights"),
    [
        (
            "Công ty Cổ phần Cấp thoát nước Phú Yên được hưởng các quyền hợp pháp theo quy "
            "định tại Khoản 1 Điều 43 của Luật Tài nguyên nước và các quyền lợi hợp pháp khác "
            "theo quy định của pháp luật.",
            True,
        ),
        (
            "Công ty TNHH Thủy điện Ea Krông Rou được hưởng các quyền hợp pháp theo quy định tại "
            "Điều 17 và có trách nhiệm thực hiện các nghĩa vụ của chủ giấy phép theo quy định tại "
            "Điều 18 Nghị định số 149/2004/NĐ-CP ngày 27 tháng 7 năm 2004 của Chính phủ.",
            True,
        ),
        # work after the rights is still work
        (
            "Thực hiện các nghĩa vụ theo quy định tại Khoản 2 Điều 38 của Luật Tài nguyên nước.",
            False,
        ),
        (
            "Sở Lao động - Thương binh và Xã hội rà soát các đối tượng được hưởng chính sách trợ "
            "giúp xã hội, báo cáo UBND tỉnh trước ngày 30/6/2026.",
            False,
        ),
    ],
)
def test_rights_article_is_no_work(sentence: str, rights: bool) -> None:
    holder = sentence.split(" được hưởng", 1)[0]
    assert states_rights(sentence, holder) is rights


@pytest.mark.parametrize(
    ("body", "holder"),
    [
        (
            [
                "Điều 1. Cho phép Công ty cổ phần thủy điện Đắk Mi, địa chỉ: xã Phước Xuân, huyện "
                "Phước Sơn, tỉnh Quảng Nam được khai thác, sử dụng nước mặt với các nội dung sau:"
            ],
            "Công ty cổ phần thủy điện Đắk Mi",
        ),
        (
            [
                "Điều 1. Cho phép Nhà máy nước Bồng Sơn thuộc Công ty Cổ phần Cấp thoát nước Bình "
                "Định, tại thị xã Hoài Nhơn được khai thác nước dưới đất."
            ],
            "Công ty Cổ phần Cấp thoát nước Bình Định",
        ),
        # a decision that allows a change: no holder
        (["Điều 1. Cho phép điều chỉnh thời gian tổ chức Hội thi đến ngày 20/12/2026."], None),
    ],
)
def test_licence_holder_from_the_grant(body: list[str], holder: str | None) -> None:
    assert licence_holder(body) == holder


def test_rights_and_execution_articles_give_no_task() -> None:
    notice = parse_notice(_licence(f"Điều 2. Các yêu cầu đối với {_HOLDER}:"))
    texts = [t.text for t in notice.tasks]
    assert not any("được hưởng" in t for t in texts)
    assert not any("thi hành Giấy phép này" in t for t in texts)
    assert not any(t.startswith(("Nguồn nước", "Lưu lượng", "Thời hạn")) for t in texts)


def test_holder_role_elsewhere_is_left_as_written() -> None:
    # "chủ giấy phép" outside a lead-in over points (a rights article's points) is not renamed,
    # and those points are no tasks
    text = _licence(f"Điều 2. Các yêu cầu đối với {_HOLDER}:").replace(
        "Điều 5. Giấy phép này có hiệu lực thi hành kể từ ngày ký.",
        "Điều 5. Quyền, nghĩa vụ của chủ giấy phép:\n\n"
        "1. Chủ giấy phép có các quyền theo quy định tại khoản 1 Điều 43 của Luật Tài nguyên "
        "nước.\n\n"
        "2. Chủ giấy phép có nghĩa vụ theo quy định tại khoản 2 Điều 43 của Luật Tài nguyên "
        "nước.",
    )
    notice = parse_notice(text)
    assert len(notice.tasks) == 4


def test_execution_article_of_a_scanned_licence_is_no_work() -> None:
    text = _licence(f"Điều 2. Các yêu cầu đối với {_HOLDER}:").replace(
        "chịu trách nhiệm thi hành Giấy phép này./.", "chịu trách nhiệm thi hành Giây phép này./."
    )
    assert not any("thi hành" in t.text for t in parse_notice(text).tasks)
