"""Round 17 (K40): letters whose one request was missed, and sentences read as tasks that assign
nothing (an upward report, an answer reading the rules, a letter's citation, minutes, the
issuer's own announced step, a closing that restates the letter's subject)."""

from __future__ import annotations

import datetime as dt

from notices import parse_notice
from notices.statements import states_only

SIGN = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Minh Quang\n"


def _head(issuer: str = "SỞ Y TẾ", number: str = "Số: 215/SYT-NV", subject: str = "") -> str:
    return (
        f"UBND TỈNH HẢI ĐĂNG\n{issuer}\n{number}\n"
        f"{subject or 'V/v báo cáo số liệu'}\nHải Đăng, ngày 04 tháng 3 năm 2026\n"
    )


def _tasks(body: str, **head: str) -> list[tuple[str, tuple[str, ...], dt.date | None]]:
    notice = parse_notice(_head(**head) + body + SIGN)
    return [(t.text, t.lead, t.deadline) for t in notice.tasks]


# --- a request whose numbered points are its particulars -----------------------------------


def test_request_over_time_and_content_fields_is_the_task() -> None:
    body = (
        "Kính gửi: Cổng thông tin điện tử tỉnh.\n"
        "Sở Y tế đề nghị Cổng thông tin điện tử tỉnh đăng tải thông báo tuyển dụng viên chức "
        "với nội dung như sau:\n"
        "1. Thời gian đăng tải: từ ngày 10/3/2026 đến ngày 20/3/2026\n"
        "2. Nội dung: (theo phụ lục đính kèm)\n"
    )
    tasks = _tasks(body)
    assert len(tasks) == 1
    text, _, deadline = tasks[0]
    assert text.startswith("Sở Y tế đề nghị Cổng thông tin điện tử tỉnh đăng tải")
    assert deadline == dt.date(2026, 3, 20)


def test_request_over_form_period_and_due_day_is_one_dated_task() -> None:
    body = (
        "Kính gửi: Các bệnh viện trực thuộc.\n"
        "Căn cứ Thông tư số 11/2016/TT-BYT của Bộ Y tế. Sở Y tế đề nghị các bệnh viện báo cáo "
        "tình hình sử dụng vắc xin cụ thể như sau:\n"
        "1. Biểu mẫu báo cáo đính kèm công văn này.\n"
        "2. Thời gian báo cáo kể từ ngày 01/01/2026 đến hết ngày 28/02/2026.\n"
        "3. Báo cáo được gửi trước ngày 15/3/2026 về Sở Y tế qua Phòng Nghiệp vụ.\n"
    )
    tasks = _tasks(body)
    assert [t[0][:40] for t in tasks] == ["Sở Y tế đề nghị các bệnh viện báo cáo tì"]
    assert tasks[0][1] == ("các bệnh viện",)
    assert tasks[0][2] == dt.date(2026, 3, 15)


def test_request_over_topics_to_comment_on_then_a_further_request() -> None:
    body = (
        "Kính gửi: Công đoàn cơ sở các trường.\n"
        "Công đoàn ngành Giáo dục đề nghị Công đoàn cơ sở các trường tổ chức lấy ý kiến góp ý "
        "của giáo viên về dự thảo Quy chế. Nội dung góp ý tập trung vào các vấn đề sau đây:\n"
        "1. Bố cục tổng thể của dự thảo Quy chế.\n"
        "2. Quyền và nghĩa vụ của người lao động.\n"
        "3. Ý kiến khác.\n"
    )
    tasks = _tasks(body, issuer="CÔNG ĐOÀN NGÀNH GIÁO DỤC", number="Số: 12/CĐN")
    assert [t[1] for t in tasks] == [("Công đoàn cơ sở các trường",)]
    assert tasks[0][0].startswith("Công đoàn ngành Giáo dục đề nghị")


def test_points_that_are_work_stay_the_tasks() -> None:
    body = (
        "Kính gửi: Ủy ban nhân dân các xã.\n"
        "Sở Y tế đề nghị Ủy ban nhân dân các xã thực hiện các nội dung sau:\n"
        "1. Rà soát danh sách người cao tuổi trên địa bàn.\n"
        "2. Phối hợp với Trạm Y tế tổ chức khám sàng lọc.\n"
    )
    texts = [t[0] for t in _tasks(body)]
    assert texts == [
        "Rà soát danh sách người cao tuổi trên địa bàn.",
        "Phối hợp với Trạm Y tế tổ chức khám sàng lọc.",
    ]


def test_a_lead_in_that_asks_nobody_gives_no_task_of_its_own() -> None:
    body = (
        "Sở Y tế thông báo kết quả kiểm tra như sau:\n"
        "1. Thời gian kiểm tra: từ ngày 10/3/2026 đến ngày 20/3/2026\n"
        "2. Nội dung: công tác phòng chống dịch\n"
    )
    assert _tasks(body) == []


# --- a rule inside a point's work ----------------------------------------------------------


def test_cases_to_avoid_are_the_object_of_the_work() -> None:
    for sentence in (
        "Khẩn trương rà soát danh sách hộ nghèo, tránh trường hợp một hộ thì được hưởng hai "
        "chế độ.",
        "Rà soát hồ sơ, không để xảy ra trường hợp đối tượng đã hưởng thì được hưởng lại.",
        "Lập danh sách đối tượng (đối tượng có hai chế độ thì chỉ được hưởng một chế độ cao "
        "nhất).",
    ):
        assert not states_only(sentence, None), sentence


def test_a_rule_for_a_case_still_states_only() -> None:
    assert states_only("Khoản chi nếu đủ hóa đơn thì được tính vào chi phí được trừ.", None)


# --- citation, then what the writer has done -------------------------------------------------


def test_citation_then_the_writers_past_act_is_no_task() -> None:
    for sentence in (
        "Thực hiện Kế hoạch số 02/KH-ĐTN ngày 04/2/2026 của Ban Thường vụ Đoàn Khối, ngày "
        "19/02/2026, Ban Thường vụ Đoàn Khối đã ban hành Kế hoạch số 50/KH-ĐTN về hội thi.",
        "Thực hiện Công văn số 15/SYT của Sở Y tế, Trung tâm Y tế huyện đã tổ chức tập huấn "
        "cho cán bộ các trạm.",
        "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về việc quyết toán kinh phí dự án cầu "
        "Sông Đà, địa điểm: huyện Ba Hồ.",
    ):
        assert states_only(sentence, None), sentence


def test_citation_then_a_request_or_a_duty_stays_work() -> None:
    for sentence in (
        "Thực hiện Kế hoạch số 02/KH-UBND, các đơn vị đã được phân công khẩn trương hoàn thành "
        "hồ sơ trước ngày 30/3/2026.",
        "Thực hiện Kế hoạch số 02/KH-UBND, Sở đã xây dựng dự thảo; đề nghị các phòng góp ý.",
    ):
        assert not states_only(sentence, None), sentence


# --- an answer letter that reads the rules -------------------------------------------------


def test_an_answer_reading_the_rules_above_is_no_task() -> None:
    for sentence in (
        "Căn cứ hướng dẫn nêu trên, Công ty có nghĩa vụ nộp hồ sơ vào thời điểm quyết toán thuế.",
        "Theo căn cứ hướng dẫn nêu trên, nếu Công ty không có thay đổi thì không cần phải nộp "
        "lại hồ sơ.",
        "Căn cứ quy định nêu trên, khoản chi của Công ty được tính vào chi phí được trừ.",
    ):
        assert states_only(sentence, None), sentence


def test_reading_the_rules_then_asking_is_work() -> None:
    sentence = "Căn cứ quy định nêu trên, đề nghị Công ty nộp hồ sơ trước ngày 30/6/2026."
    assert not states_only(sentence, None)


def test_previously_issued_guidance_with_its_quoted_words_is_no_task() -> None:
    body = (
        "Kính gửi: Công ty TNHH Hải Minh.\n"
        "Cục Thuế nhận được công văn số 15/CV của Công ty. Về vấn đề này, Cục Thuế có ý kiến "
        "như sau:\n"
        "1. Về thời điểm nộp hồ sơ:\n"
        "- Trước đây Cục Thuế đã có Công văn số 455/CT-KK ngày 11/10/2024 hướng dẫn Thuế tỉnh "
        "Hải Đăng về việc kê khai, miễn, giảm thuế như sau:\n"
        "“…2. Nộp hồ sơ đề nghị miễn thuế:\n"
        "Trường hợp hãng vận tải thuộc diện miễn thuế thì Đại lý nộp cho cơ quan thuế hồ sơ "
        "đề nghị miễn thuế…”\n"
        "Căn cứ hướng dẫn nêu trên, Công ty có nghĩa vụ nộp hồ sơ vào thời điểm quyết toán.\n"
        "Cục Thuế thông báo để Công ty biết và thực hiện./.\n"
    )
    assert _tasks(body, issuer="CỤC THUẾ", number="Số: 23/CT-CS") == []


# --- upward reports, rules of scope, requests only for difficulties ---------------------------


def test_report_that_encloses_a_decision_is_upward() -> None:
    body = (
        "Kính gửi: Ủy ban nhân dân tỉnh.\n"
        "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về việc quyết toán kinh phí dự án.\n"
        "Đến nay, việc quyết toán đã hoàn thành và được phê duyệt tại Quyết định số 32/QĐ-UBND.\n"
        "Ủy ban nhân dân huyện Ba Hồ trân trọng báo cáo và gửi kèm văn bản này Quyết định số "
        "32/QĐ-UBND ngày 27/02/2026./.\n"
    )
    head = {"issuer": "UBND HUYỆN BA HỒ", "number": "Số: 57/UBND-TCKH"}
    assert _tasks(body, **head) == []


def test_scope_exclusion_is_a_rule_not_work() -> None:
    assert states_only("Không kiểm tra, đánh giá đối với những nội dung đã tinh giản.", None)
    assert states_only("Không thu học phí đối với học sinh vùng khó khăn.", None)
    assert not states_only("Không để xảy ra tình trạng ùn tắc đối với các tuyến đường.", None)


def test_comments_or_difficulties_request_is_conditional() -> None:
    sentence = (
        "Trong quá trình thực hiện nếu có góp ý thêm hoặc có vướng mắc, đề nghị Sở báo cáo về "
        "Bộ để kịp thời giải quyết."
    )
    assert states_only(sentence, None)


# --- minutes ---------------------------------------------------------------------------------


def test_minutes_record_speakers_and_agreement() -> None:
    from notices.minutes import narrates_meeting

    for text in (
        "Đồng chí Lê Văn An, Giám đốc Sở, Chủ tịch Hội đồng phổ biến nội dung cuộc họp.",
        "Đ/c Trần Thị Bình - Chánh Văn phòng báo cáo thành tích của các tập thể.",
        "Trên cơ sở xem xét hồ sơ, Hội đồng Thi đua thống nhất đề nghị Hội đồng Thi đua tỉnh "
        "xét tặng Bằng khen cho 05 tập thể.",
        "Hội nghị đã nhất trí thông qua dự thảo Quy chế.",
    ):
        assert narrates_meeting(text), text


def test_minutes_conclusions_that_assign_stay() -> None:
    from notices.minutes import narrates_meeting

    for text in (
        "Hội nghị thống nhất giao Phòng Kế hoạch hoàn thiện hồ sơ.",
        "Đồng chí Lê Văn An báo cáo kết quả trước ngày 15/3/2026.",
        "Đồng chí Lê Văn An đề nghị Phòng Tài chính bố trí kinh phí.",
    ):
        assert not narrates_meeting(text), text


def test_minutes_document_gives_no_task_for_its_record() -> None:
    body = (
        "BIÊN BẢN\nHọp Hội đồng Thi đua - Khen thưởng Sở Y tế\n"
        "Vào lúc 14h00 ngày 26/02/2026, Hội đồng Thi đua - Khen thưởng Sở Y tế họp xét khen "
        "thưởng.\n"
        "NỘI DUNG:\n"
        "1. Đồng chí Lê Văn An, Giám đốc Sở, Chủ tịch Hội đồng phổ biến nội dung cuộc họp.\n"
        "2. Đồng chí Trần Thị Bình - Chánh Văn phòng báo cáo thành tích của các tập thể.\n"
        "3. Trên cơ sở xem xét hồ sơ, Hội đồng thống nhất đề nghị Hội đồng Thi đua tỉnh xét "
        "tặng Bằng khen cho 05 tập thể.\n"
        "Cuộc họp kết thúc vào hồi 16h30 cùng ngày.\n"
    )
    assert _tasks(body, number="Số: 02/BB-SYT") == []


# --- the issuer's own step and a closing that restates the subject ----------------------------


def test_issuer_announces_its_own_step() -> None:
    from notices.writer_steps import writer_will

    header = ["UBND TỈNH HẢI ĐĂNG", "SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI"]
    assert writer_will(
        "Trong quá trình thực hiện, Sở Lao động - Thương binh và Xã hội sẽ tổ chức kiểm tra.",
        header,
    )
    assert writer_will("Sở Lao động – Thương binh và Xã hội sẽ tổng hợp kết quả.", header)
    assert not writer_will("Phòng Lao động các huyện sẽ tổng hợp kết quả.", header)
    assert not writer_will("Sở Lao động - Thương binh và Xã hội tổ chức kiểm tra.", header)
    # what the issuer commits to do on a matter is work ("… sẽ phối hợp … giải quyết …")
    assert not writer_will(
        "Sở Lao động - Thương binh và Xã hội sẽ phối hợp với các cơ quan liên quan giải quyết "
        "những kiến nghị của các huyện.",
        header,
    )


def test_closing_restating_the_subject() -> None:
    from notices.writer_steps import restates_subject

    title = "V/v hướng dẫn thu thập, phân tích, dự báo thị trường lao động năm 2026"
    closing = (
        "Đề nghị Ủy ban nhân dân các huyện triển khai thực hiện thu thập, phân tích, dự báo thị "
        "trường lao động năm 2026 trên địa bàn tỉnh đảm bảo chất lượng, đúng tiến độ./."
    )
    assert restates_subject(closing, title, last=True)
    dated = closing.replace("đúng tiến độ./.", "hoàn thành trước ngày 30/6/2026./.")
    assert not restates_subject(dated, title, last=True)
    other = "Đề nghị Ủy ban nhân dân các huyện thực hiện rà soát hộ nghèo trên địa bàn./."
    assert not restates_subject(other, title, last=True)


def test_letter_without_the_issuers_step_and_restated_closing() -> None:
    subject = "V/v thu thập, phân tích thông tin thị trường lao động năm 2026"
    body = (
        "Kính gửi: Ủy ban nhân dân các huyện.\n"
        "1. Đề nghị Ủy ban nhân dân các huyện xây dựng kế hoạch thu thập thông tin.\n"
        "2. Giao Trung tâm Dịch vụ việc làm hướng dẫn các huyện.\n"
        "Trong quá trình thực hiện, Sở Lao động - Thương binh và Xã hội sẽ tổ chức kiểm tra, "
        "giám sát.\n"
        "Đề nghị Ủy ban nhân dân các huyện triển khai thực hiện thu thập, phân tích thông tin "
        "thị trường lao động năm 2026 đảm bảo chất lượng./.\n"
    )
    head = {
        "issuer": "SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI",
        "number": "Số: 14/SLĐTBXH-VL",
        "subject": subject,
    }
    texts = [t[0][:30] for t in _tasks(body, **head)]
    assert texts == ["Đề nghị Ủy ban nhân dân các hu", "Giao Trung tâm Dịch vụ việc là"]


# --- points under a body's heading, a follow-up closing, a start date, a doer as topic ---------

CONCLUSION_HEAD = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI ĐĂNG\nSố: 45/TB-UBND\nHải Đăng, ngày 04 tháng 3 năm 2026\n"
    "THÔNG BÁO\nKết luận của Trưởng Ban Chỉ đạo phòng chống dịch\n"
)


def _conclusion(body: str) -> list[tuple[str, tuple[str, ...]]]:
    notice = parse_notice(CONCLUSION_HEAD + body + SIGN)
    return [(t.text, t.lead) for t in notice.tasks]


def test_obligation_on_people_in_a_bodys_charge_is_its_task() -> None:
    body = (
        "Ban Chỉ đạo Thành phố giao:\n"
        "1. UBND các quận, huyện\n"
        "- Rà soát người từ vùng dịch trở về địa bàn.\n"
        "- Tất cả các trường hợp có biểu hiện sốt, ho đều phải đến cơ sở y tế để được khám.\n"
        "- Các chợ, siêu thị phải bố trí nước sát khuẩn tại lối vào.\n"
        "- Mọi người dân khi ra đường bắt buộc phải đeo khẩu trang.\n"
    )
    tasks = _conclusion(body)
    assert [t[0][:20] for t in tasks] == [
        "Rà soát người từ vùn",
        "Tất cả các trường hợ",
        "Các chợ, siêu thị ph",
        "Mọi người dân khi ra",
    ]
    assert all(t[1] == ("UBND các quận, huyện",) for t in tasks)


def test_a_definition_with_phai_la_is_no_task() -> None:
    body = (
        "Ban Chỉ đạo Thành phố giao:\n"
        "1. Sở Y tế\n"
        "- Xây dựng kịch bản phòng chống dịch.\n"
        "- Các trường hợp F1 phải là người tiếp xúc gần với ca bệnh.\n"
    )
    assert [t[0][:20] for t in _conclusion(body)] == ["Xây dựng kịch bản ph"]


def test_a_case_inside_what_people_are_told_does_not_make_a_rule() -> None:
    sentence = (
        "Phối hợp với các cơ quan báo chí tuyên truyền để người dân nếu có đi đến vùng dịch thì "
        "phải tự giác khai báo y tế."
    )
    assert not states_only(sentence, None)


def test_giving_the_follow_up_in_the_last_paragraph_is_a_task() -> None:
    body = (
        "1. Sở Y tế\n"
        "- Xây dựng kịch bản phòng chống dịch.\n"
        "2. Sở Công Thương\n"
        "- Bảo đảm nguồn hàng thiết yếu.\n"
        "Giao Văn phòng UBND Thành phố theo dõi, đôn đốc, báo cáo kết quả thực hiện các nội dung "
        "kết luận trên./.\n"
    )
    tasks = _conclusion(body)
    assert tasks[-1][0].startswith("Giao Văn phòng UBND Thành phố theo dõi")
    assert tasks[-1][1] == ("Văn phòng UBND Thành phố",)


def test_the_closing_formula_stays_no_task() -> None:
    body = (
        "1. Sở Y tế\n"
        "- Xây dựng kịch bản phòng chống dịch.\n"
        "Văn phòng UBND Thành phố thông báo để các cơ quan, đơn vị biết, thực hiện./.\n"
    )
    assert [t[0][:20] for t in _conclusion(body)] == ["Xây dựng kịch bản ph"]


def test_start_date_then_the_body() -> None:
    from notices.assignees import analyze

    leads = analyze("Kể từ ngày 05/3/2026, Phòng Đào tạo tổ chức đăng ký đề tài.").leads
    assert [a.name for a in leads] == ["Phòng Đào tạo"]


def test_a_group_of_units_as_topic_does_the_work() -> None:
    from notices.assignees import analyze

    def leads(text: str) -> list[str]:
        return [a.name for a in analyze(text).leads]

    assert leads("Đối với các Khoa, phân công ít nhất 02 người làm công tác văn thư.") == [
        "các Khoa"
    ]
    assert leads("Đối với các trường ngoài công lập, chủ động liên hệ với doanh nghiệp.") == [
        "các trường ngoài công lập"
    ]
    # things or places as the topic leave the lead to the heading or the addressee
    assert leads("Đối với các dự án chậm tiến độ, rà soát và báo cáo.") == []
    assert leads("Đối với các xã biên giới, tăng cường tuần tra.") == []
    assert leads("Đối với các trạm biến áp xuống cấp, khẩn trương sửa chữa.") == []
    # a topic that is a clause of its own is no doer
    assert (
        leads(
            "Đối với những đơn vị ít biên chế không nhất thiết phải bố trí đủ 3 phó trưởng phòng, "
            "bố trí 1 phó trưởng phòng."
        )
        == []
    )
    # a subject of its own after the topic is the lead
    assert leads("Đối với các trường học, các Phòng Giáo dục chủ động kiểm tra.") == [
        "các Phòng Giáo dục"
    ]


# --- a joint programme: each body's name line over its duty paragraphs -------------------------

PROGRAMME_HEAD = (
    "SỞ Y TẾ\nSố: 45/CTPH-SYT\nHải Đăng, ngày 04 tháng 3 năm 2026\n"
    "CHƯƠNG TRÌNH PHỐI HỢP\nvề chăm sóc sức khỏe người lao động\n"
)


def _programme(body: str) -> list[tuple[str, tuple[str, ...]]]:
    notice = parse_notice(PROGRAMME_HEAD + body + SIGN)
    return [(t.text, t.lead) for t in notice.tasks]


def test_each_paragraph_under_a_bodys_name_line_is_a_duty() -> None:
    body = (
        "I. MỤC ĐÍCH\nNâng cao sức khỏe người lao động.\n"
        "II. PHÂN CÔNG TRÁCH NHIỆM\n"
        "1. Liên đoàn Lao động tỉnh:\n\n"
        "Chỉ đạo các cấp công đoàn triển khai Chương trình.\n\n"
        "Tổ chức giám sát việc thực hiện chế độ cho người lao động.\n\n"
        "Có kế hoạch bồi dưỡng cán bộ công đoàn.\n\n"
        "2. Sở Y tế:\n\n"
        "Chỉ đạo các bệnh viện khám sức khỏe định kỳ.\n\n"
        "Cung cấp tài liệu chuyên môn.\n\n"
        "- Hằng năm, bố trí kinh phí cho hoạt động phối hợp.\n"
    )
    assert _programme(body) == [
        ("Chỉ đạo các cấp công đoàn triển khai Chương trình.", ("Liên đoàn Lao động tỉnh",)),
        (
            "Tổ chức giám sát việc thực hiện chế độ cho người lao động.",
            ("Liên đoàn Lao động tỉnh",),
        ),
        ("Có kế hoạch bồi dưỡng cán bộ công đoàn.", ("Liên đoàn Lao động tỉnh",)),
        ("Chỉ đạo các bệnh viện khám sức khỏe định kỳ.", ("Sở Y tế",)),
        ("Cung cấp tài liệu chuyên môn.", ("Sở Y tế",)),
        ("Hằng năm, bố trí kinh phí cho hoạt động phối hợp.", ("Sở Y tế",)),
    ]


def test_a_body_line_with_one_paragraph_keeps_todays_reading() -> None:
    body = (
        "II. PHÂN CÔNG TRÁCH NHIỆM\n"
        "1. Liên đoàn Lao động tỉnh:\n\n"
        "Chỉ đạo các cấp công đoàn triển khai Chương trình.\n\n"
        "2. Sở Y tế:\n\n"
        "Chỉ đạo các bệnh viện khám sức khỏe định kỳ.\n"
    )
    assert [t[1] for t in _programme(body)] == [("Liên đoàn Lao động tỉnh",), ("Sở Y tế",)]


def test_who_sits_on_a_board_is_no_work() -> None:
    assert states_only("Cấp tỉnh: gồm đại diện lãnh đạo Sở Y tế, Liên đoàn Lao động tỉnh.", None)
    assert states_only("Thành phần gồm: lãnh đạo Sở, Trưởng các phòng chuyên môn.", None)
    assert not states_only("Cấp tỉnh: Sở Y tế tổng hợp kết quả, gồm cả số liệu quý IV.", None)
