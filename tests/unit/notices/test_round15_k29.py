"""Round 15 (K29): lead names of matched tasks — lists of titled groups, shared qualifiers,
and "Riêng <body> …"."""

from notices.assignees import analyze
from notices.names import split_assignees


def _names(span: str) -> list[str]:
    return [a.name for a in split_assignees(span) or []]


def test_two_titles_each_over_its_own_group_split() -> None:
    assert _names("Hiệu trưởng các trường mầm non, giám đốc các trung tâm ngoại ngữ") == [
        "Hiệu trưởng các trường mầm non",
        "giám đốc các trung tâm ngoại ngữ",
    ]


def test_head_title_shared_by_the_next_group_stays_one() -> None:
    # "Thủ trưởng" / "người đứng đầu" is over both groups: one name
    assert _names("Thủ trưởng các cơ quan chuyên môn, các đơn vị sự nghiệp") == [
        "Thủ trưởng các cơ quan chuyên môn, các đơn vị sự nghiệp"
    ]


def test_plural_kind_and_bare_kind_with_shared_qualifier_is_one_group() -> None:
    assert _names("Các Phòng và Ban trực thuộc") == ["Các Phòng và Ban trực thuộc"]
    assert _names("Các Khoa và Bộ môn thuộc Viện") == ["Các Khoa và Bộ môn thuộc Viện"]


def test_plural_kind_and_a_body_of_its_own_split() -> None:
    assert _names("Các Sở và UBND các huyện") == ["Các Sở", "UBND các huyện"]
    assert _names("Các Phòng và Trung tâm Y tế huyện") == ["Các Phòng", "Trung tâm Y tế huyện"]


def test_bare_kinds_sharing_a_thuoc_qualifier_are_one_group() -> None:
    assert _names("Các Tổng công ty, Công ty thuộc Bộ Giao thông, các hợp tác xã vận tải") == [
        "Các Tổng công ty, Công ty thuộc Bộ Giao thông",
        "các hợp tác xã vận tải",
    ]


def test_named_bodies_without_shared_qualifier_still_split() -> None:
    assert _names("Sở Xây dựng, Công ty thuộc Tổng công ty Sông Đà") == [
        "Sở Xây dựng",
        "Công ty thuộc Tổng công ty Sông Đà",
    ]


def test_rieng_singles_out_a_body_as_lead() -> None:
    roles = analyze("Riêng Trường Tiểu học Hòa Bình bố trí phòng họp cho đoàn công tác.")
    assert [a.name for a in roles.leads] == ["Trường Tiểu học Hòa Bình"]
    roles = analyze("Riêng đối với Phòng Tài chính lập dự toán gửi Sở trước ngày 5.")
    assert [a.name for a in roles.leads] == ["Phòng Tài chính"]


def test_rieng_without_a_body_names_nobody() -> None:
    assert analyze("Riêng kinh phí tổ chức thực hiện theo quy định hiện hành.").leads == []


def _leads(sentence: str) -> list[str]:
    return [a.name for a in analyze(sentence).leads]


def test_ngoai_aside_ends_the_lead_name() -> None:
    # R29 M1: ", ngoài các nhiệm vụ trên," is an aside between the body and its verb
    assert _leads(
        "Riêng Sở Y tế, ngoài các nhiệm vụ trên, chủ trì kiểm tra an toàn thực phẩm trước ngày "
        "15/1/2026."
    ) == ["Sở Y tế"]
    assert _leads(
        "Riêng Phòng Tài chính - Kế hoạch, ngoài nhiệm vụ trên, tham mưu bố trí kinh phí trước "
        "ngày 20/12/2025."
    ) == ["Phòng Tài chính - Kế hoạch"]
    # negative: another aside still works, the body stays the lead
    assert _leads(
        "Riêng Phòng Y tế, căn cứ tình hình thực tế, chủ động kiểm tra các cơ sở trước ngày "
        "20/12/2025."
    ) == ["Phòng Y tế"]


def test_rieng_body_exempted_is_no_task() -> None:
    # R29 M2: "Riêng X không / chưa / được miễn …" exempts the body
    assert _leads("Riêng Trường THCS Lê Lợi không tổ chức kiểm tra trong đợt này.") == []
    assert _leads("Riêng Trường THCS Hòa Bình được miễn báo cáo trong đợt này.") == []
    assert _leads("Riêng Trường Tiểu học Kim Đồng chuẩn bị hồ sơ trước ngày 5/1/2026.") == [
        "Trường Tiểu học Kim Đồng"
    ]


def test_group_nouns_over_groups_stay_one_name() -> None:
    # R29 L3: only a head title heads a group of its own
    assert _names("cấp ủy các cấp, chính quyền các địa phương") == [
        "cấp ủy các cấp, chính quyền các địa phương"
    ]
    assert _names("Lãnh đạo các phòng, cán bộ các bộ phận chuyên môn") == [
        "Lãnh đạo các phòng, cán bộ các bộ phận chuyên môn"
    ]
    assert _names("Hiệu trưởng các trường mầm non, giám đốc các trung tâm ngoại ngữ") == [
        "Hiệu trưởng các trường mầm non",
        "giám đốc các trung tâm ngoại ngữ",
    ]


def test_one_of_body_does_not_join_a_shared_qualifier() -> None:
    # R29 L4: "Công an" is not a plural kind: it is a body of its own
    assert _names("Các Sở, Công an thuộc tỉnh") == ["Các Sở", "Công an thuộc tỉnh"]
    assert _names("Các sở, ngành và Công an thuộc tỉnh") == ["Các sở, ngành", "Công an thuộc tỉnh"]
    assert _names("Các sở, ban thuộc tỉnh") == ["Các sở, ban thuộc tỉnh"]
