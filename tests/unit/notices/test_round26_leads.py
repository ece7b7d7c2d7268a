"""Round 26 (leads): the last shaping of a task's lead names.

A plan's table joins the bodies that share a row with a slash ("Bộ Giao thông vận tải/ Địa
phương"): each is a lead, while a slash inside one name stays ("Các Khoa/Bộ môn", "UBND các
xã/phường", "HIV/AIDS", "22/QĐ-UBND"). A school's doer cell names a teacher by an initial
("T.Thọ"): the lead is the name, not "đồng chí Thọ". A qualifier listing fields by acronym ("…
liên quan đến VLNCN, TCTN") is no list of bodies. Short invented documents in the corpus's shape.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.lead_forms import shaped_leads, split_slashed
from tests.unit.notices.test_round25_attached import HEAD as DECISION_HEAD

_PLAN_TABLE = """Điều 1. Ban hành kèm theo Quyết định này Danh mục dự án.

Phụ lục
DANH MỤC DỰ ÁN ĐẦU TƯ DO CÁC BỘ, NGÀNH VÀ ĐỊA PHƯƠNG THỰC HIỆN

| TT | NHIỆM VỤ | CƠ QUAN CHỦ TRÌ THỰC HIỆN | DỰ KIẾN NGUỒN VỐN | DỰ KIẾN THỜI GIAN THỰC HIỆN |
|---|---|---|---|---|
| 1 | Nâng cấp quốc lộ nối cảng biển | {first} | Ngân sách nhà nước | Trước năm 2030 |
| 2 | Xây dựng đường ven biển | {second} | Ngân sách nhà nước | Trước năm 2030 |
"""


def _table_leads(first: str, second: str) -> list[list[str]]:
    article = _PLAN_TABLE.format(first=first, second=second)
    text = DECISION_HEAD.format(title="Ban hành Danh mục dự án hạ tầng", article=article)
    return [list(task.lead) for task in parse_notice(text).tasks]


def test_plan_table_row_with_slashed_bodies_gives_each_a_lead() -> None:
    leads = _table_leads(
        "Bộ Xây dựng/ Địa phương",
        "Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh",
    )
    assert ["Bộ Xây dựng", "Địa phương"] in leads
    assert ["Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ huy Bộ đội Biên phòng tỉnh"] in leads


@pytest.mark.parametrize(
    ("name", "pieces"),
    [
        ("Sở Văn hóa và Thể thao/Sở Du lịch", ["Sở Văn hóa và Thể thao", "Sở Du lịch"]),
        ("UBND các địa phương/DNDL", ["UBND các địa phương", "DNDL"]),
        (
            "Bộ Công Thương/Địa phương/Ủy ban Quản lý vốn nhà nước",
            ["Bộ Công Thương", "Địa phương", "Ủy ban Quản lý vốn nhà nước"],
        ),
    ],
)
def test_slash_between_whole_names_splits(name: str, pieces: list[str]) -> None:
    assert split_slashed(name) == pieces


@pytest.mark.parametrize(
    "name",
    [
        "Các Khoa/Bộ môn",
        "Trưởng các Khoa/Bộ môn",
        "Khoa/Viện đào tạo",
        "các Phòng/Ban",
        "UBND các xã/phường",
        "Các Trung tâm Y tế huyện/thị/TP trong tỉnh",
        "Trưởng/Phó trưởng đơn vị",
        "Giám đốc/Thủ trưởng các cơ sở khám, chữa bệnh",
        "Trung tâm Phòng, chống HIV/AIDS",
        "Hội đồng tự đánh giá theo quyết định số 21/QĐ-ĐHVN",
        "Các sở, ngành thành viên trong BCĐ 389/TP",
        "đ/c Lan",
        "Văn phòng HĐND/UBND tỉnh",
        "Phòng Kinh tế/Phòng Kinh tế - Hạ tầng",
    ],
)
def test_slash_inside_one_name_stays(name: str) -> None:
    assert split_slashed(name) == [name]


def test_plan_table_keeps_a_name_with_an_inner_slash() -> None:
    leads = _table_leads("Bộ Y tế", "UBND các xã/phường")
    assert leads == [["Bộ Y tế"], ["UBND các xã/phường"]]


_SCHOOL = """BỘ CÔNG THƯƠNG
TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP THỰC PHẨM
KHOA ĐIỆN - ĐIỆN TỬ
Số: 12/KH-KĐĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
TP. Hồ Chí Minh, ngày 02 tháng 10 năm 2018

KẾ HOẠCH
Tổ chức lễ trao bằng tốt nghiệp năm 2018

1. Thời gian: 7 giờ 30 ngày 20/10/2018.

2. Phân công thực hiện

| TT | Công việc | Phụ trách | Ghi chú |
|---|---|---|---|
| 01 | Nhận lễ phục tại thư viện trường và phát cho sinh viên | T.Lâm | Nhận lúc 6h15 |
| 02 | Hướng dẫn phụ huynh ngồi đúng vị trí trong hội trường | C. Hạnh, T. Quý | Có mặt lúc 6h30 |
| 03 | Chuẩn bị hoa, nước uống cho đại biểu | Văn phòng khoa | Chuẩn bị 04 bó hoa |

TRƯỞNG KHOA

Trần Văn Minh
"""


def test_teacher_by_initial_leads_by_name() -> None:
    leads = [list(task.lead) for task in parse_notice(_SCHOOL).tasks]
    assert ["Lâm"] in leads
    assert ["Hạnh", "Quý"] in leads
    # counter-example: a unit in the same column keeps its name
    assert ["Văn phòng khoa"] in leads


@pytest.mark.parametrize(
    ("lead", "shaped"),
    [
        (["đồng chí Lâm"], ("Lâm",)),
        (["đồng chí Phó Chủ tịch"], ("đồng chí Phó Chủ tịch",)),  # a title, no name
        (["đ/c Tuấn", "đ/c Lan"], ("Tuấn", "Lan")),  # an author's marker goes too (review 3)
        (["các đồng chí Ủy viên Ban Thường vụ"], ("các đồng chí Ủy viên Ban Thường vụ",)),
        (
            ["các tổ chức, doanh nghiệp có liên quan đến ATTP", "VSMT"],
            ("các tổ chức, doanh nghiệp có liên quan đến ATTP, VSMT",),
        ),
        # counter-examples: a body's acronym after a body is a body of its own
        (["Sở TT&TT", "VNPT"], ("Sở TT&TT", "VNPT")),
        (["Văn phòng UBND", "HĐND"], ("Văn phòng UBND", "HĐND")),
    ],
)
def test_shaped_leads(lead: list[str], shaped: tuple[str, ...]) -> None:
    assert shaped_leads(lead) == shaped


_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 88/UBND-KT
V/v tăng cường quản lý VLNCN, TCTN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 12 tháng 3 năm 2025

Kính gửi:
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố.

Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung sau:

1. Sở Công Thương chủ trì kiểm tra việc sử dụng VLNCN, TCTN trên địa bàn tỉnh.

2. Đối với các tổ chức, doanh nghiệp hoạt động trong lĩnh vực có liên quan đến VLNCN, TCTN:

a) Chấp hành nghiêm các quy định pháp luật về vật liệu nổ công nghiệp.

b) Thực hiện nghiêm chế độ báo cáo định kỳ, đột xuất theo quy định.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Hùng
"""


def test_qualifier_acronyms_stay_in_one_lead() -> None:
    leads = [list(task.lead) for task in parse_notice(_LETTER).tasks]
    group = "các tổ chức, doanh nghiệp hoạt động trong lĩnh vực có liên quan đến VLNCN, TCTN"
    assert [group] in leads
    assert not any("TCTN" in lead for lead in leads)
    # counter-example: the body that leads by name keeps it
    assert ["Sở Công Thương"] in leads
