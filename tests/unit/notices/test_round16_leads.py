"""Round 16 (K36): who leads a matched task.

Broadcasters and portals in a list of bodies, a heading's partner tail ("… chủ trì, cùng các cơ
quan liên quan:"), a union's addressee line, a capitalised title after an opener's comma, "Cơ sở
giáo dục" as a body, "Thanh tra, kiểm tra" as a verb, a pair of kind nouns in a group, an aside
set off by commas between the names and the verb, "tổ chức" as a noun before "khi", a long
"Giao …" title over its paragraphs and a council named by what it judges."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.recipients import letter_recipients as _recipients
from notices.task_headings import heading_assignees

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HẢI ĐĂNG\nSố: 455/UBND-VX\nHải Đăng, ngày 04 tháng 3 năm 2026\n"
    "V/v tăng cường tuyên truyền phòng chống dịch\n"
)
SIGN = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nTrần Minh Quang\n"


def _leads(text: str) -> list[str]:
    return [a.name for a in analyze(text).leads]


def _tasks(body: str) -> list[tuple[str, tuple[str, ...]]]:
    notice = parse_notice(HEAD + body + SIGN)
    return [(t.text, t.lead) for t in notice.tasks]


# --- broadcasters and portals -------------------------------------------------------------


def test_broadcaster_and_portal_in_a_list_of_bodies() -> None:
    text = (
        "Giao Sở Văn hóa, Đài Phát thanh và Truyền hình tỉnh, Báo Hải Đăng, Cổng Thông tin "
        "điện tử tỉnh tăng cường tuyên truyền."
    )
    assert _leads(text) == [
        "Sở Văn hóa",
        "Đài Phát thanh và Truyền hình tỉnh",
        "Báo Hải Đăng",
        "Cổng Thông tin điện tử tỉnh",
    ]


def test_broadcaster_alone_as_subject() -> None:
    assert _leads("Đài phát thanh các huyện đưa tin kịp thời.") == ["Đài phát thanh các huyện"]


def test_loudspeakers_and_a_portal_as_places_stay_places() -> None:
    assert _leads("Giao Văn phòng đăng tải trên Cổng Thông tin điện tử tỉnh.") == ["Văn phòng"]
    assert _leads("Ủy ban nhân dân xã tuyên truyền trên đài phát thanh xã.") == [
        "Ủy ban nhân dân xã"
    ]


def test_lead_in_listing_broadcasters_is_carried_to_its_points() -> None:
    body = (
        "Kính gửi:\n- Các sở, ngành;\n- UBND các huyện.\n"
        "UBND tỉnh có ý kiến như sau:\n"
        "1. Giao Sở Y tế, Đài Phát thanh và Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh:\n"
        "- Tăng cường tuyên truyền các biện pháp phòng bệnh.\n"
        "- Đưa tin kịp thời về tình hình dịch bệnh.\n"
    )
    tasks = _tasks(body)
    assert len(tasks) == 2
    for _, lead in tasks:
        assert lead == (
            "Sở Y tế",
            "Đài Phát thanh và Truyền hình tỉnh",
            "Cổng Thông tin điện tử tỉnh",
        )


# --- a heading's partner tail ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "names"),
    [
        (
            "Giao Sở Y tế, Sở Công Thương chủ trì, cùng các cơ quan liên quan:",
            ["Sở Y tế", "Sở Công Thương"],
        ),
        (
            "Giao Sở Nội vụ chủ trì, phối hợp với các đơn vị có liên quan:",
            ["Sở Nội vụ"],
        ),
    ],
)
def test_unnamed_partners_end_the_heading_name(heading: str, names: list[str]) -> None:
    assert heading_assignees(heading) == names


def test_named_partner_or_an_object_is_not_cut_as_partners() -> None:
    # the verb's own object keeps the heading a sentence, not a name list; since round 17 (K39)
    # an asking heading ("Giao …") names its body up to the verb either way, so the sentence's
    # subject alone is read (it was the whole sentence taken as one name)
    assert heading_assignees("Giao Sở Y tế chủ trì, cùng các cơ quan liên quan kiểm tra:") == [
        "Sở Y tế"
    ]


# --- a union's addressee line ---------------------------------------------------------------


def test_union_line_with_the_units_it_belongs_to_is_one_addressee() -> None:
    front = [
        "Kính gửi:",
        "- Công đoàn Giáo dục các tỉnh;",
        "- Công đoàn cơ sở Trường Đại học A, các học viện, trường cao đẳng;",
        "- Đảng ủy các xã và các cơ quan, đơn vị trực thuộc.",
    ]
    assert _recipients(front) == [
        "Công đoàn Giáo dục các tỉnh",
        "Công đoàn cơ sở Trường Đại học A, các học viện, trường cao đẳng",
        "Đảng ủy các xã và các cơ quan, đơn vị trực thuộc",
    ]


def test_body_and_a_group_stay_two_addressees() -> None:
    front = [
        "Kính gửi:",
        "- Sở Công Thương, các doanh nghiệp kinh doanh xăng dầu;",
        "- UBND các huyện.",
    ]
    assert _recipients(front) == [
        "Sở Công Thương",
        "các doanh nghiệp kinh doanh xăng dầu",
        "UBND các huyện",
    ]


# --- a subject after an opener --------------------------------------------------------------


def test_capitalised_title_after_an_opener_is_the_subject() -> None:
    assert _leads(
        "Đối với các hoạt động ngoại khóa, tham quan, trải nghiệm, Hiệu trưởng chủ động xây "
        "dựng kế hoạch phù hợp."
    ) == ["Hiệu trưởng"]
    assert _leads("Trên cơ sở kết quả kiểm tra, Trưởng phòng Nội vụ đề xuất khen thưởng.") == [
        "Trưởng phòng Nội vụ"
    ]


def test_lower_case_role_after_an_opener_is_no_subject() -> None:
    # "cán bộ, công chức" inside a list of objects is no subject; nor a bare lower-case title
    assert _leads("Căn cứ đề nghị của các đơn vị, hiệu trưởng quyết định.") == []


def test_school_as_a_body() -> None:
    assert _leads("Cơ sở giáo dục mầm non rà soát kế hoạch năm học.") == ["Cơ sở giáo dục mầm non"]
    assert _leads("Hỗ trợ cơ sở giáo dục tư thục.") == []


# --- name boundaries ------------------------------------------------------------------------


def test_inspecting_verb_is_no_inspectorate() -> None:
    assert heading_assignees("5. Thanh tra, kiểm tra, giám sát việc thực hiện") is None
    assert _leads("Thanh tra tỉnh kiểm tra việc chấp hành.") == ["Thanh tra tỉnh"]
    assert _leads("Giao Thanh tra Sở chủ trì, kiểm tra việc thực hiện.") == ["Thanh tra Sở"]


def test_pair_of_kind_nouns_stays_in_the_group() -> None:
    assert _leads("Các Trung tâm, Phòng ban nhắc nhở học viên giữ gìn tài sản.") == [
        "Các Trung tâm, Phòng ban"
    ]
    assert _leads("Các Khoa, Phòng Đào tạo nhắc nhở sinh viên.") == ["Các Khoa", "Phòng Đào tạo"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Giao Sở Tài chính, trong báo cáo quý gửi Bộ, bổ sung kiến nghị.", ["Sở Tài chính"]),
        ("Sở Y tế, theo chức năng nhiệm vụ, chủ động kiểm tra.", ["Sở Y tế"]),
        ("Các sở, trong phạm vi quản lý, rà soát thủ tục.", ["Các sở"]),
    ],
)
def test_aside_between_names_and_verb(text: str, names: list[str]) -> None:
    assert _leads(text) == names


def test_organisation_noun_before_a_condition() -> None:
    assert _leads(
        "Các doanh nghiệp, tổ chức khi có nhu cầu sử dụng chữ ký số phải đăng ký với Sở."
    ) == ["Các doanh nghiệp, tổ chức"]
    assert _leads("Các đơn vị, tổ chức hội nghị trước ngày 05/5.") == ["Các đơn vị"]


def test_orienting_verb_ends_the_name() -> None:
    assert _leads("Ban Tuyên giáo Huyện ủy định hướng cho Báo Hải Đăng tuyên truyền.") == [
        "Ban Tuyên giáo Huyện ủy"
    ]


def test_council_named_by_what_it_judges() -> None:
    assert heading_assignees("Hội đồng xét duyệt sáng kiến cấp huyện") == [
        "Hội đồng xét duyệt sáng kiến cấp huyện"
    ]
    # a later verb makes the judging word the council's own work
    assert _leads("Hội đồng đánh giá kết quả thực hiện.") == ["Hội đồng"]


def test_long_assigning_title_over_its_paragraphs() -> None:
    body = (
        "Kính gửi:\n- Các bộ phận chuyên môn.\n"
        "UBND phường đề nghị thực hiện các nội dung sau:\n"
        "\n1. Giao công chức Tư pháp - Hộ tịch phụ trách chứng thực, cải cách hành chính\n\n"
        "Chủ trì hướng dẫn người dân thực hiện chứng thực điện tử.\n\n"
    )
    (task,) = _tasks(body)
    assert task[1] == ("công chức Tư pháp - Hộ tịch phụ trách chứng thực, cải cách hành chính",)
    assert task[0].startswith("Chủ trì hướng dẫn")


def test_category_label_over_a_body_without_work_names_nobody() -> None:
    # a fee table's area rows ("Đô thị: Cơ sở giáo dục tại các phường") ask nothing
    assert _leads("Nông thôn: Cơ sở giáo dục tại các xã đồng bằng") == []
    assert _leads("Tiêu chuẩn - đo lường: UBND huyện chủ động kiểm tra.") == ["UBND huyện"]


# --- review R36: what the rules above must not take -----------------------------------------

VILLAGE_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 45/UBND-VP\nTân Lập, ngày 04 tháng 3 năm 2026\n"
    "V/v phân công nhiệm vụ\n\nKính gửi: Các bộ phận chuyên môn thuộc UBND xã.\n\n"
    "UBND xã đề nghị thực hiện các nội dung sau:\n\n"
)


def _village_tasks(body: str) -> list[tuple[str, tuple[str, ...]]]:
    notice = parse_notice(VILLAGE_HEAD + body + SIGN)
    return [(t.text, t.lead) for t in notice.tasks]


def test_request_without_a_final_stop_is_no_title() -> None:
    # a subjectless request, and one whose verb the lexicon does not know, each written
    # without its full stop above the paragraph that dates it: both are tasks
    body = (
        "1. Đề nghị khẩn trương rà soát, hoàn thiện hồ sơ đất đai còn tồn đọng\n\n"
        "Việc này hoàn thành trước ngày 30/4/2026, báo cáo kết quả về UBND xã.\n\n"
        "2. Yêu cầu các thôn nêu cao tinh thần trách nhiệm trong công tác phòng cháy\n\n"
        "Việc này hoàn thành trước ngày 30/4/2026, báo cáo kết quả về UBND xã.\n\n"
        "3. Giao Trung tâm Văn hóa xã làm đầu mối tổ chức Hội thi văn nghệ mừng Xuân\n\n"
        "Thời gian tổ chức trước ngày 20/4/2026.\n\n"
    )
    texts = [text for text, _ in _village_tasks(body)]
    assert len(texts) == 3
    assert texts[0].startswith("Đề nghị khẩn trương rà soát")
    assert texts[1].startswith("Yêu cầu các thôn nêu cao")
    assert texts[2].startswith("Giao Trung tâm Văn hóa xã")


def test_assigned_officer_title_over_paragraphs_other_wording() -> None:
    body = (
        "1. Giao cán bộ Văn hóa - Xã hội phụ trách lĩnh vực giáo dục, y tế\n\n"
        "Theo dõi công tác phòng chống dịch bệnh trong trường học.\n\n"
    )
    (task,) = _village_tasks(body)
    assert task[0].startswith("Theo dõi công tác")
    assert task[1] == ("cán bộ Văn hóa - Xã hội phụ trách lĩnh vực giáo dục, y tế",)


@pytest.mark.parametrize(
    "line",
    [
        "- Công đoàn Viên chức tỉnh, các công đoàn cơ sở trực thuộc;",
        "- Đảng ủy xã, các chi bộ;",
        "- Chi bộ các thôn, các đoàn thể;",
        "- Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh, các huyện đoàn, thành đoàn;",
        "- Ban Chấp hành Công đoàn cơ sở, các tổ công đoàn;",
    ],
)
def test_union_line_with_bodies_of_its_own_kind_is_two_addressees(line: str) -> None:
    assert len(_recipients(["Kính gửi:", line, "- UBND các huyện."])) > 2


@pytest.mark.parametrize(
    "text",
    [
        "Cổng thông tin điện tử của huyện phải được cập nhật thường xuyên, đầy đủ.",
        "Đài phát thanh các xã phải được kiểm tra, sửa chữa kịp thời.",
        "Trường THCS Tân Lập phải được kiểm tra trước năm học mới.",
        "Các thôn sẽ được hỗ trợ kinh phí sửa chữa nhà văn hóa.",
        "Cơ sở giáo dục đào tạo chịu sự quản lý của Sở.",
    ],
)
def test_body_acted_on_is_no_doer(text: str) -> None:
    assert _leads(text) == []


def test_body_given_work_is_still_the_doer() -> None:
    assert _leads("Sở Y tế được giao chủ trì tổ chức hội nghị sơ kết.") == ["Sở Y tế"]
    assert _leads("Phòng Văn hóa phải kiểm tra các điểm kinh doanh.") == ["Phòng Văn hóa"]


def test_passive_lines_stay_in_their_point() -> None:
    body = (
        "Kính gửi: Các phòng, ban chuyên môn thuộc UBND huyện.\n"
        "UBND huyện yêu cầu thực hiện các nội dung sau:\n"
        "1. Văn phòng HĐND và UBND huyện rà soát hạ tầng công nghệ thông tin trước ngày "
        "30/4/2026.\n\n"
        "Cổng thông tin điện tử của huyện phải được cập nhật thường xuyên, đầy đủ.\n\n"
        "Đài phát thanh các xã phải được kiểm tra, sửa chữa kịp thời trước mùa mưa bão.\n\n"
        "2. Phòng Văn hóa và Thông tin hướng dẫn các xã thực hiện.\n"
    )
    assert [lead for _, lead in _tasks(body)] == [
        ("Văn phòng HĐND và UBND huyện",),
        ("Phòng Văn hóa và Thông tin",),
    ]


def test_inspecting_heading_over_subjectless_bullets() -> None:
    # "Thanh tra, kiểm tra, …" is the heading's work: no bullet below is led by it
    body = (
        "Kính gửi:\n- Các sở, ngành;\n- UBND các huyện.\n"
        "UBND tỉnh có ý kiến như sau:\n"
        "1. Thanh tra, kiểm tra, đôn đốc việc triển khai thực hiện\n"
        "- Sở Y tế tổ chức thanh tra việc thực hiện các quy định về an toàn thực phẩm;\n"
        "- Hàng năm tổ chức giao ban đánh giá rút kinh nghiệm, báo cáo UBND tỉnh.\n"
    )
    for _, lead in _tasks(body):
        assert not any(name.startswith("Thanh tra") for name in lead)


def test_council_named_by_what_it_judges_in_a_sentence() -> None:
    assert _leads("Hội đồng đánh giá tiếp cận pháp luật phường.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Giao Sở Tài chính, trong tháng 6, làm rõ khó khăn.", ["Sở Tài chính"]),
        ("Giao Sở Tài chính, trong báo cáo quý, nêu rõ khó khăn.", ["Sở Tài chính"]),
    ],
)
def test_aside_before_a_verb_the_lexicon_does_not_know(text: str, names: list[str]) -> None:
    assert _leads(text) == names


def test_assigning_line_naming_bodies_only_is_their_heading() -> None:
    body = (
        "1. Đề nghị Hội Liên hiệp Phụ nữ huyện và các đoàn thể chính trị - xã hội Huyện\n\n"
        "Vận động hội viên tham gia phong trào giữ gìn vệ sinh môi trường.\n\n"
    )
    (task,) = _village_tasks(body)
    assert task[0].startswith("Vận động hội viên")
