"""Round 20 (leads), review fixes: a numbered sentence whose verb the lexicon does not know is no
name line; "Đảng ủy, UBND các xã" shares its places with the council only, not with the doers
after them; a name with a dash ("Phòng Kinh tế - Hạ tầng:") is not a heading glued to a point;
sub-numbers take their item's body only when the item directs them and they name no doer."""

from __future__ import annotations

from notices import parse_notice
from tests.unit.notices.test_round20_leads import HEAD, SIGN, _lead_of, _names, _tasks

# --- a numbered sentence with a full stop, its verb unknown to the lexicon --------------------


def test_a_short_sentence_is_no_name_line() -> None:
    body = (
        "Để đảm bảo an toàn thực phẩm dịp Tết, UBND huyện yêu cầu:\n"
        "1. Phòng Y tế kiểm soát chặt an toàn thực phẩm.\n"
        "Kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn.\n"
        "Xử lý nghiêm các vi phạm theo quy định.\n"
        "3. Chi cục Thuế vào cuộc.\n"
        "Đôn đốc thu nợ đọng thuế.\n"
        "Báo cáo kết quả trước ngày 25/01/2027.\n"
    )
    leads = [lead for _, lead in _tasks(body)]
    assert ["Phòng Y tế kiểm soát chặt an toàn thực phẩm"] not in leads
    assert ["Chi cục Thuế vào cuộc"] not in leads


def test_a_finding_in_a_conclusion_is_no_name_line() -> None:
    body = (
        "Chủ tịch UBND huyện kết luận như sau:\n"
        "1. Các xã còn chậm.\n"
        "UBND xã Hòa Bình, xã An Lạc chưa hoàn thành kế hoạch giải ngân.\n"
        "Yêu cầu khẩn trương hoàn thành trước ngày 30/11/2026.\n"
        "2. Trường THCS Nguyễn Du đạt chuẩn quốc gia.\n"
        "Đề nghị Phòng Giáo dục và Đào tạo hoàn thiện hồ sơ đề nghị công nhận.\n"
        "Trình UBND huyện trước ngày 15/12/2026.\n"
    )
    notice = parse_notice(HEAD + body + SIGN)
    leads = [list(t.lead) for t in notice.tasks]
    assert ["Các xã còn chậm"] not in leads
    assert ["Trường THCS Nguyễn Du đạt chuẩn quốc gia"] not in leads
    asked = [t for t in notice.tasks if t.text.startswith("Đề nghị Phòng Giáo dục")]
    assert asked and list(asked[0].lead) == ["Phòng Giáo dục và Đào tạo"]
    assert str(asked[0].deadline) == "2026-12-15"


def test_name_lines_with_lower_case_fields_still_head() -> None:
    # counter-example: bodies whose names run on in lower case stay name lines
    body = (
        "Để thực hiện các kiến nghị của Thanh tra tỉnh, UBND huyện yêu cầu như sau:\n"
        "1. Kho bạc nhà nước huyện.\n"
        "Rà soát các khoản chi chưa đúng quy định.\n"
        "2. Chi cục thuế, các xã, thị trấn, các cơ quan đơn vị.\n"
        "Thu hồi các khoản chi sai về ngân sách.\n"
    )
    tasks = _tasks(body)
    assert _lead_of(tasks, "Rà soát các khoản chi") == ["Kho bạc nhà nước huyện"]
    assert _lead_of(tasks, "Thu hồi các khoản") == [
        "Chi cục thuế",
        "các xã, thị trấn",
        "các cơ quan đơn vị",
    ]


# --- "Đảng ủy, UBND các <places>" followed by other doers --------------------------------------


def test_the_party_committee_shares_only_the_councils_places() -> None:
    assert _names("Đảng ủy, UBND các xã, thị trấn và Ban Chỉ huy Quân sự huyện") == [
        "Đảng ủy các xã, thị trấn",
        "UBND các xã, thị trấn",
        "Ban Chỉ huy Quân sự huyện",
    ]
    assert _names("Đảng ủy - UBND các xã, thị trấn, Công an huyện") == [
        "Đảng ủy các xã, thị trấn",
        "UBND các xã, thị trấn",
        "Công an huyện",
    ]
    assert _names("Đảng ủy, UBND các xã và các phòng, ban chuyên môn huyện") == [
        "Đảng ủy các xã",
        "UBND các xã",
        "các phòng, ban chuyên môn huyện",
    ]


def test_party_committee_and_council_doers_lead_their_sentence() -> None:
    body = (
        "UBND huyện yêu cầu các đơn vị thực hiện như sau:\n"
        "1. Đảng ủy, UBND các xã, thị trấn và Ban Chỉ huy Quân sự huyện tổ chức rà soát thanh "
        "niên trong độ tuổi nhập ngũ, hoàn thành trước ngày 30/10/2026.\n"
    )
    assert _lead_of(_tasks(body), "Đảng ủy, UBND") == [
        "Đảng ủy các xã, thị trấn",
        "UBND các xã, thị trấn",
        "Ban Chỉ huy Quân sự huyện",
    ]


# --- "Đối với <name with a dash>: <work>" on one line ------------------------------------------


def test_a_dash_inside_a_name_is_no_glued_heading() -> None:
    body = (
        "UBND huyện yêu cầu các đơn vị thực hiện như sau:\n"
        "1. Đối với Phòng Kinh tế - Hạ tầng: Chủ trì thẩm định hồ sơ thiết kế các công trình "
        "trước ngày 15/9/2026.\n"
        "2. Đối với Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí thực hiện.\n"
        "3. Đối với Phòng Lao động - Thương binh và Xã hội: Rà soát hộ nghèo, hộ cận nghèo.\n"
        "4. Đối với Trung tâm Văn hóa - Thể thao: Tổ chức giải bóng đá thanh niên.\n"
        "5. Đối với Phòng Văn hóa - Thông tin: Xây dựng kế hoạch tuyên truyền.\n"
    )
    tasks = _tasks(body)
    texts = [text for text, _ in tasks]
    assert not any(t.startswith(("Hạ tầng", "Kế hoạch", "Thương binh", "Thể thao")) for t in texts)
    assert not any(t.startswith("Thông tin") for t in texts)
    assert [lead for _, lead in tasks if lead == ["Phòng Kinh tế"]] == []
    assert any("Chủ trì thẩm định hồ sơ" in t for t in texts)


# --- sub-numbers under an item that names a body -----------------------------------------------


def test_sub_numbers_beside_a_sibling_naming_its_doer_keep_the_lead_in() -> None:
    body = (
        "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, các chi bộ trực thuộc thực hiện tốt các nhiệm "
        "vụ sau:\n"
        "1. Tăng cường tuyên truyền trong cán bộ, đảng viên về sản xuất vụ Đông.\n"
        "2. Ban Thường vụ Huyện ủy sẽ kiểm tra việc thực hiện tại các chi bộ trong quý IV năm "
        "2026.\n"
        "2.1. Các chi bộ chuẩn bị báo cáo tự kiểm tra.\n"
        "2.2. Lập danh sách đảng viên, gửi về Văn phòng Huyện ủy trước ngày 10/10/2026.\n"
    )
    assert _lead_of(_tasks(body), "Lập danh sách đảng viên") == [
        "các cấp ủy",
        "các chi bộ trực thuộc",
    ]


def test_sub_numbers_under_the_issuer_keep_the_lead_in() -> None:
    body = (
        "UBND huyện đề nghị các xã, thị trấn thực hiện các nội dung sau:\n"
        "1. Tự đánh giá kết quả cải cách hành chính năm 2026.\n"
        "2. UBND huyện chỉ đạo kiểm tra công tác cải cách hành chính trong tháng 10/2026.\n"
        "2.1. Chuẩn bị hồ sơ, tài liệu phục vụ đoàn kiểm tra.\n"
        "2.2. Bố trí lãnh đạo, công chức làm việc với đoàn.\n"
    )
    tasks = _tasks(body)
    assert _lead_of(tasks, "Chuẩn bị hồ sơ") == ["các xã, thị trấn"]


def test_sub_numbers_under_a_bodys_own_act_keep_the_lead_in() -> None:
    for item in (
        "2. Phòng Nội vụ chủ trì kiểm tra tại các xã trong tháng 10/2026.\n",
        "2. Đoàn kiểm tra của UBND huyện sẽ làm việc tại các xã trong tháng 10/2026.\n",
    ):
        body = (
            "Để chuẩn bị kiểm tra công tác cải cách hành chính, UBND huyện đề nghị các xã, thị "
            "trấn thực hiện:\n"
            "1. Tự đánh giá kết quả cải cách hành chính năm 2026.\n"
            + item
            + "2.1. Chuẩn bị hồ sơ, tài liệu phục vụ đoàn kiểm tra.\n"
            "2.2. Bố trí lãnh đạo, công chức làm việc với đoàn.\n"
            "3. Văn phòng HĐND và UBND huyện theo dõi.\n"
        )
        tasks = _tasks(body)
        assert _lead_of(tasks, "Chuẩn bị hồ sơ") == ["các xã, thị trấn"]
        assert _lead_of(tasks, "Bố trí lãnh đạo") == ["các xã, thị trấn"]
