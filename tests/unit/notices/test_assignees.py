"""Who leads, supports and directs a clause; each row names the phrasing it covers."""

from __future__ import annotations

import pytest

from notices.assignees import analyze
from notices.names import split_assignees


@pytest.mark.parametrize(
    ("clause", "leads", "support", "directing"),
    [
        # "Giao X chủ trì, phối hợp với Y": lead and support
        ("Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tổ chức các lớp bồi dưỡng",
         ["Sở Nội vụ"], ["Sở Tư pháp"], []),
        # several supports, "và" inside a known field name
        ("Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Kho bạc Nhà nước tỉnh "
         "rà soát nguồn vốn", ["Sở Tài chính"], ["Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh"],
         []),
        # "X là cơ quan chủ trì tham mưu" (hiep-hoa)
        ("Phòng Tài chính – Kế hoạch là cơ quan chủ trì tham mưu.", ["Phòng Tài chính – Kế hoạch"],
         [], []),
        # "đồng chí A - Phó Chủ tịch … chỉ đạo, giao Phòng B là cơ quan chủ trì" (hiep-hoa)
        ("Giao đồng chí Phạm Văn Nghị - Phó Chủ tịch UBND huyện chỉ đạo, giao Phòng Nội vụ là cơ "
         "quan chủ trì tham mưu thực hiện", ["Phòng Nội vụ"], [], ["Phạm Văn Nghị"]),
        # title before the name: "Phó Chủ tịch UBND tỉnh Nguyễn Văn An trực tiếp chỉ đạo"; with
        # no body named, the titled person is who the work is given to (round 12, K5)
        ("Giao Phó Chủ tịch UBND tỉnh Nguyễn Văn An trực tiếp chỉ đạo",
         ["Phó Chủ tịch UBND tỉnh Nguyễn Văn An"], [], ["Nguyễn Văn An"]),
        # "<ORG> chỉ đạo <ORG> chủ trì" (btv-huyen-uy): the first directs, the second leads
        ("UBND huyện chỉ đạo phòng Nội vụ huyện chủ trì phối hợp với các cơ quan, đơn vị có liên "
         "quan thường xuyên theo dõi", ["Phòng Nội vụ huyện"],
         ["các cơ quan, đơn vị có liên quan"], ["UBND huyện"]),
        # enumeration with a colon; "và" both inside a name and between names (ubnd-tinh)
        ("Các Sở, ngành: Nội vụ, Tư pháp, Kế hoạch và Đầu tư và Văn phòng UBND tỉnh được giao "
         "tham mưu", ["Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Văn phòng UBND tỉnh"],
         [], []),
        # enumeration without a colon: "các Sở Tài chính, Xây dựng và Y tế"
        ("Đề nghị các Sở Tài chính, Xây dựng và Y tế khẩn trương rà soát",
         ["Sở Tài chính", "Sở Xây dựng", "Sở Y tế"], [], []),
        # enumeration of communes: "UBND các xã: A, B và C"
        ("UBND các xã: Đoan Bái, Lương Phong và Thường Thắng hoàn thành kiểm tra",
         ["UBND xã Đoan Bái", "UBND xã Lương Phong", "UBND xã Thường Thắng"], [], []),
        # a comma inside a field name: "Văn hóa, Thể thao và Du lịch"
        ("Giao các Sở: Nội vụ, Văn hóa, Thể thao và Du lịch thực hiện",
         ["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"], [], []),
        # "(gồm các Phòng: …)" replaces the group before it (bac-son)
        ("yêu cầu các cơ quan trong Ban Chỉ đạo (gồm các Phòng: Nội vụ, Tư pháp) mỗi đơn vị xây "
         "dựng một sáng kiến gửi về Phòng Kinh tế và Hạ tầng", ["Phòng Nội vụ", "Phòng Tư pháp"],
         [], []),
        # groups keep their commas: "UBND các huyện, thành phố", "các cơ quan, đơn vị"
        ("UBND các huyện, thành phố có trách nhiệm sắp xếp", ["UBND các huyện, thành phố"], [],
         []),
        # ";" inside the subject and several leads in one sentence (hiep-hoa)
        ("Các đồng chí Phó Chủ tịch UBND huyện, Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND các "
         "xã, thị trấn tập trung chỉ đạo", ["Các đồng chí Phó Chủ tịch UBND huyện",
         "Thủ trưởng các cơ quan, đơn vị", "Chủ tịch UBND các xã, thị trấn"], [], []),
        # "Giao X chỉ đạo Y rà soát": Y has no lead role, so X stays the lead
        ("Giao UBND các huyện, thị xã, thành phố chỉ đạo UBND cấp xã rà soát hồ sơ",
         ["UBND các huyện, thị xã, thành phố"], [], []),
        # a subject after an opener clause: "Để …, giao X …", "Trên cơ sở …, các sở … chủ động"
        ("Để đạt chỉ tiêu đề ra, giao Phòng Tài chính - Kế hoạch tăng cường tuyên truyền",
         ["Phòng Tài chính - Kế hoạch"], [], []),
        ("Trên cơ sở Kế hoạch số 12/KH-UBND ngày 03/02/2026, các sở, ngành, địa phương chủ động "
         "xây dựng kế hoạch", ["các sở, ngành, địa phương"], [], []),
        # the issuer asks: "UBND tỉnh yêu cầu các cơ quan …" (the subject is not a lead)
        ("UBND tỉnh yêu cầu các cơ quan, đơn vị, địa phương trong thời gian tới tập trung triển "
         "khai", ["các cơ quan, đơn vị, địa phương"], [], []),
        # a colon after the body (Government Office style): "Bộ Nội vụ: chủ trì …"
        ("Bộ Nội vụ: chủ trì, phối hợp với các bộ, cơ quan liên quan hướng dẫn",
         ["Bộ Nội vụ"], ["các bộ, cơ quan liên quan"], []),
        # recipients are never leads: "gửi về X", "báo cáo X", "tham mưu UBND huyện chỉ đạo"
        ("tham mưu UBND huyện chỉ đạo thực hiện, báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ)",
         [], [], []),
        # the qualifier of a body is not part of it (bac-giang)
        ("Tổ công tác thành lập theo Quyết định số 1118/QĐ-UBND ngày 03/6/2020 của Chủ tịch UBND "
         "tỉnh khẩn trương hoàn thành", ["Tổ công tác"], [], []),
        # "phối hợp với" a lower-case body
        ("Chủ động phối hợp với bưu điện huyện về thời gian khảo sát", [], ["Bưu điện huyện"], []),
        # Party bodies and "lãnh đạo, chỉ đạo" as the verb
        ("Đảng ủy các xã, thị trấn lãnh đạo, chỉ đạo hoàn thành việc cập nhật",
         ["Đảng ủy các xã, thị trấn"], [], []),
        # titles as a group: "Giám đốc các Sở, Thủ trưởng …, Chủ tịch UBND các huyện, thành phố"
        ("Giám đốc các Sở, Thủ trưởng các cơ quan thuộc UBND tỉnh, Chủ tịch UBND các huyện, thành "
         "phố lựa chọn, đăng ký", ["Giám đốc các Sở", "Thủ trưởng các cơ quan thuộc UBND tỉnh",
         "Chủ tịch UBND các huyện, thành phố"], [], []),
    ],
)  # fmt: skip
def test_roles(clause: str, leads: list[str], support: list[str], directing: list[str]) -> None:
    roles = analyze(clause)
    assert [a.name for a in roles.leads] == leads
    assert roles.support == support
    assert roles.directing == directing


@pytest.mark.parametrize(
    "clause",
    [
        # addressed outside government: no task, whatever follows
        "Đề nghị cộng đồng doanh nghiệp, các nhà đầu tư và nhân dân trong tỉnh cùng chung tay",
    ],
)
def test_addressed_elsewhere(clause: str) -> None:
    assert analyze(clause).elsewhere


@pytest.mark.parametrize(
    "clause",
    [
        "Trong 9 tháng đầu năm, UBND huyện đã tập trung chỉ đạo triển khai",  # past tense
        "Kết quả thực hiện công tác cải cách hành chính là chỉ tiêu quan trọng",  # assessment
        "Thời gian qua, công tác cải cách hành chính có nhiều chuyển biến",
    ],
)
def test_descriptive_sentences_are_not_assignments(clause: str) -> None:
    roles = analyze(clause)
    assert roles.descriptive and not roles.leads


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        ("phòng Nội vụ huyện", ["Phòng Nội vụ huyện"]),  # a lower-case head is capitalised
        ("Phòng Văn hoá và Thông tin", ["Phòng Văn hóa và Thông tin"]),  # old-style tone
        ("Văn phòng HĐND và UBND huyện", ["Văn phòng HĐND và UBND huyện"]),  # "và" inside
        ("Sở Giáo dục và Đào tạo và Sở Y tế", ["Sở Giáo dục và Đào tạo", "Sở Y tế"]),
        ("Cấp ủy, chính quyền các cấp", ["Cấp ủy, chính quyền các cấp"]),  # one group
        ("cán bộ, công chức, viên chức", ["cán bộ, công chức, viên chức"]),
        ("các cấp, các ngành", ["các cấp", "các ngành"]),
        ("đồng chí Nguyễn Văn Khanh - Phó Chủ tịch UBND huyện", ["Nguyễn Văn Khanh"]),
        ("đ/c Lê Thị Hoa, Trưởng phòng Nội vụ", ["Lê Thị Hoa"]),
    ],
)
def test_split_names(phrase: str, names: list[str]) -> None:
    found = split_assignees(phrase)
    assert found is not None
    assert [a.name for a in found] == names


@pytest.mark.parametrize(
    "phrase",
    ["cộng đồng doanh nghiệp", "nhân dân trong tỉnh", "người dân", "công tác cải cách"],
)
def test_not_an_assignee(phrase: str) -> None:
    assert split_assignees(phrase) is None
