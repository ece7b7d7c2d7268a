"""Round 16 (K35): Party and commune letters.

A commune Party committee's PDFs (and DOCX/TXT made from them) lose the space after a syllable that
ends on a toned vowel ("Đảng uỷchủtrì", "vụĐảng", "uỷtrước ngày"): the words are spaced apart again
by the shape of a Vietnamese syllable, so leads stop at the verb and deadlines are read."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.glued_words import unglue_words
from notices.remarks import asks_someone


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        ("Ban Thường vụĐảng uỷKế hoạch", "Ban Thường vụ Đảng uỷ Kế hoạch"),
        ("Sở Nội vụchủtrì, phối hợp", "Sở Nội vụ chủ trì, phối hợp"),
        ("hoàn thành trước ngày 15/9; báo cáo Thường trực Huyện uỷtrước", None),
        ("gửi vềBan Tổ chức trước ngày", "gửi về Ban Tổ chức trước ngày"),
        ("củathị trấn vàcácxã", "của thị trấn và các xã"),
        ("hệthống, sựcốvà trảlời cửtri", "hệ thống, sự cố và trả lời cử tri"),
        ("Thường trực Đảng uỷyêu cầu", "Thường trực Đảng uỷ yêu cầu"),
    ],
)
def test_glued_syllables_are_spaced(glued: str, spaced: str | None) -> None:
    want = spaced if spaced is not None else glued.replace("uỷtrước", "uỷ trước")
    assert unglue_words(glued) == want


@pytest.mark.parametrize(
    "word",
    [
        "Đảng",
        "người",
        "nghiệp",
        "chuyển",
        "được",
        "thuỷ",
        "khuyến",
        "Nguyễn",
        "trường",
        "Đắk Lắk",
        "Srêpốk",
        "quẫn",
        "giữa",
        "hoà",
        "triểt",  # an OCR slip, not a glued pair: nothing opens a syllable after it
        "hộị",  # a speck after a toned vowel
    ],
)
def test_real_words_stay_whole(word: str) -> None:
    assert unglue_words(word) == word


def test_upper_case_and_plain_text_untouched() -> None:
    line = "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN, số 12/UBND-VP"
    assert unglue_words(line) == line
    assert unglue_words("Ban Tổ chức Huyện uỷ") == "Ban Tổ chức Huyện uỷ"


GLUED_LETTER = (
    "ĐẢNG BỘ TỈNH HOÀ BÌNH\nĐẢNG UỶ XÃ SƠN THUỶ\n*\nSố 41-CV/ĐU\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\nSơn Thuỷ, ngày 05 tháng 9 năm 2026\n"
    "Kính gửi:\n- Uỷban nhân dân xã,\n- Văn phòng Đảng uỷ.\n"
    "Thường trực Đảng uỷcó ý kiến như sau:\n"
    "1. Giao Văn phòng Đảng uỷchủtrì, phối hợp với các cơ quan liên quan tham mưu Ban "
    "Thường vụĐảng uỷKế hoạch tổng kết công tác dân vận; trình Thường trực Đảng uỷtrước "
    "ngày 20/9/2026.\n"
    "2. Uỷban nhân dân xã rà soát hồsơ đất đai, báo cáo Thường trực Đảng uỷ.\n"
    "Nơi nhận:\n- Như trên,\n- Lưu VPĐU.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nLò Văn Minh\n"
)


def test_glued_letter_reads_leads_and_deadline() -> None:
    tasks = parse_notice(GLUED_LETTER).tasks
    assert [t.lead for t in tasks] == [("Văn phòng Đảng ủy",), ("Ủy ban nhân dân xã",)]
    assert str(tasks[0].deadline) == "2026-09-20"


# A commune Party standing committee's conclusion: a heading that names the committee only as the
# one that agreed, points that name nobody, and a closing that asks "the bodies concerned".
CONCLUSION = (
    "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG UỶ XÃ HƯNG LỘC\n*\nSố 17-TB/ĐU\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\nHưng Lộc, ngày 12 tháng 9 năm 2026\n"
    "THÔNG BÁO\nKết luận của Thường trực Đảng uỷ tại cuộc họp ngày 10/9/2026\n"
    "Ngày 10/9/2026, Thường trực Đảng uỷ họp nghe báo cáo tình hình. Sau khi nghe báo cáo, "
    "Thường trực Đảng uỷ kết luận như sau:\n"
    "1. Về kết quả tháng 8 và nhiệm vụ tháng 9: Thường trực Đảng uỷ thống nhất với báo cáo của "
    "Văn phòng Đảng uỷ; đồng thời lưu ý một số nội dung sau:\n"
    "- Khẩn trương rà soát, hoàn thiện hồ sơ đề nghị kết nạp đảng viên mới.\n"
    "- Ban Tuyên giáo và Dân vận chủ trì tổ chức hội nghị học tập nghị quyết.\n"
    "- Tăng cường công tác phòng, chống thiên tai mùa mưa bão.\n"
    "Căn cứ ý kiến kết luận của Thường trực Đảng uỷ, đề nghị các cơ quan, đơn vị liên quan "
    "nghiêm túc triển khai thực hiện./.\n"
    "Nơi nhận:\n- Các chi bộ,\n- Lưu VPĐU.\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nHồ Văn Nam\n"
)


def test_agreeing_committee_is_no_lead_and_closing_names_the_doers() -> None:
    tasks = parse_notice(CONCLUSION).tasks
    assert [t.text[:20] for t in tasks] == [
        "Khẩn trương rà soát,",
        "Ban Tuyên giáo và Dâ",
        "Tăng cường công tác ",
    ]
    assert [t.lead for t in tasks] == [
        ("các cơ quan, đơn vị liên quan",),
        ("Ban Tuyên giáo và Dân vận",),
        ("các cơ quan, đơn vị liên quan",),
    ]


def test_heading_body_that_does_work_still_leads_its_points() -> None:
    # negative: a heading whose body does the work (no assent) passes it to the points
    text = CONCLUSION.replace(
        "Thường trực Đảng uỷ thống nhất với báo cáo của Văn phòng Đảng uỷ; đồng thời lưu ý "
        "một số nội dung sau:",
        "Văn phòng Đảng uỷ chủ trì thực hiện các nội dung sau:",
    )
    leads = [t.lead for t in parse_notice(text).tasks]
    assert ("Văn phòng Đảng ủy",) in leads
    assert ("các cơ quan, đơn vị liên quan",) not in leads


def test_submission_date_after_the_items_dates_them() -> None:
    letter = GLUED_LETTER.replace("; trình Thường trực Đảng uỷtrước ngày 20/9/2026.", ".").replace(
        "Nơi nhận:",
        "Các nội dung trên gửi về Văn phòng Đảng uỷ trước ngày 25/9/2026.\n"
        "Đề nghị các cơ quan, đơn vị khẩn trương, nghiêm túc triển khai thực hiện./.\nNơi nhận:",
    )
    tasks = parse_notice(letter).tasks
    assert [str(t.deadline) for t in tasks] == ["2026-09-25", "2026-09-25"]
    assert len(tasks) == 2  # the exhortation is no task


def test_closing_report_with_its_own_date_is_still_a_task() -> None:
    # negative: "Đề nghị các đơn vị … báo cáo kết quả … trước ngày …" asks for work by a date
    letter = GLUED_LETTER.replace(
        "Nơi nhận:",
        "Đề nghị các cơ quan, đơn vị thực hiện và báo cáo kết quả về Văn phòng Đảng uỷ trước "
        "ngày 30/9/2026./.\nNơi nhận:",
    )
    texts = [t.text for t in parse_notice(letter).tasks]
    assert any(text.startswith("Đề nghị các cơ quan, đơn vị thực hiện") for text in texts)


# A Party guidance (Hướng dẫn): procedure sections say how a thing is done and by whom in general;
# the work it assigns is in "Tổ chức thực hiện" or says "Giao …".
GUIDANCE = (
    "HUYỆN UỶ LONG PHÚ\nBAN TỔ CHỨC\n*\nSố 05-HD/BTCHU\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\nLong Phú, ngày 02 tháng 3 năm 2026\n"
    "HƯỚNG DẪN\nxét công nhận đảng viên hoàn thành nhiệm vụ\n"
    "I. VỀ TRÌNH TỰ XÉT CÔNG NHẬN\n"
    "1. Chi bộ\n"
    "- Chi bộ tổ chức họp, xét và lập danh sách đề nghị gửi đảng uỷ cơ sở.\n"
    "2. Đảng uỷ cơ sở\n"
    "- Đảng uỷ cơ sở thẩm định, tổng hợp danh sách gửi Ban Tổ chức Huyện uỷ.\n"
    "- Giao Ban Tổ chức Huyện uỷ tổng hợp, lưu trữ hồ sơ sau mỗi đợt xét.\n"
    "II. VỀ HỒ SƠ ĐỀ NGHỊ\n"
    "1. Hồ sơ gồm bản tự kiểm điểm của đảng viên và biên bản họp chi bộ.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Các chi, đảng bộ cơ sở triển khai thực hiện hướng dẫn này, gửi hồ sơ về Ban Tổ chức "
    "Huyện uỷ trước ngày 15/12/2026.\n"
    "2. Ban Tổ chức Huyện uỷ theo dõi, tổng hợp kết quả báo cáo Ban Thường vụ Huyện uỷ.\n"
    "Nơi nhận:\n- Các chi, đảng bộ cơ sở,\n- Lưu BTC.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n"
    "Trần Văn Bình\n"
)


def test_guidance_procedure_is_no_task_but_its_assignments_are() -> None:
    tasks = parse_notice(GUIDANCE).tasks
    assert [t.text[:28] for t in tasks] == [
        "Giao Ban Tổ chức Huyện uỷ tổ",
        "Các chi, đảng bộ cơ sở triển",
        "Ban Tổ chức Huyện uỷ theo dõ",
    ]
    assert str(tasks[1].deadline) == "2026-12-15"


def test_procedure_heading_naming_a_body_is_still_work() -> None:
    # negative: "Đối với Sở …" or "Về thời gian thực hiện" headings are not procedure
    text = GUIDANCE.replace("I. VỀ TRÌNH TỰ XÉT CÔNG NHẬN", "I. NHIỆM VỤ CỤ THỂ")
    texts = [t.text[:22] for t in parse_notice(text).tasks]
    assert "Chi bộ tổ chức họp, xé" in texts


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("giao ban tổ chức huyện uỷ lưu trữ hồ sơ.", True),
        ("giao ban quản lý dự án chủ trì thực hiện.", True),
        ("tổ chức họp giao ban tuần để đánh giá kết quả.", False),
        ("duy trì chế độ giao ban định kỳ hằng tháng.", False),
        # a submission asks a superior to decide, no body is given work
        ("hồ sơ trình, đề nghị chủ tịch ubnd tỉnh xem xét tặng bằng khen.", False),
        ("sở nội vụ tổng hợp, đề nghị ubnd các huyện rà soát.", True),
    ],
)
def test_giao_ban_meeting_is_no_assignment(sentence: str, asks: bool) -> None:
    assert asks_someone(sentence) is asks


# Review R35 (fixer F35): the rules above must not reach past their class.

TB_HEAD = (
    "UỶ BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 212/TB-UBND\n"
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Quảng Trị, ngày 14 tháng 8 năm 2026\n"
    "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với UBND huyện Gio Linh\n"
    "Kính gửi: UBND huyện Gio Linh.\n"
    "Ngày 12/8/2026, Chủ tịch UBND tỉnh làm việc với UBND huyện Gio Linh. Chủ tịch UBND tỉnh "
    "kết luận như sau:\n"
)
TB_TAIL = (
    "Văn phòng UBND tỉnh thông báo để UBND huyện Gio Linh biết, thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Văn Tâm\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "1. Về hồ sơ đề nghị công nhận xã nông thôn mới nâng cao",
        "1. Hồ sơ dự án cầu Cửa Tùng",
        "II. VỀ THỦ TỤC GIAO ĐẤT TÁI ĐỊNH CƯ",
        "III. VỀ QUY TRÌNH TIẾP NHẬN HỒ SƠ MỘT CỬA",
    ],
)
def test_conclusion_procedure_topic_keeps_its_points(heading: str) -> None:
    # a conclusion's topic in procedure words, its colon lost, heads the addressee's work
    text = (
        TB_HEAD
        + (
            f"{heading}\n"
            "- Khẩn trương hoàn thiện hồ sơ, gửi Sở Nội vụ thẩm định trước ngày 05/9/2026.\n"
            "- Bổ sung báo cáo các tiêu chí còn thiếu.\n"
        )
        + TB_TAIL
    )
    tasks = parse_notice(text).tasks
    assert [t.text[:20] for t in tasks] == ["Khẩn trương hoàn thi", "Bổ sung báo cáo các "]
    assert all(t.lead == ("UBND huyện Gio Linh",) for t in tasks)
    assert str(tasks[0].deadline) == "2026-09-05"


def test_guidance_procedure_section_of_other_wording_describes() -> None:
    text = GUIDANCE.replace("I. VỀ TRÌNH TỰ XÉT CÔNG NHẬN", "I. QUY TRÌNH XÉT CÔNG NHẬN")
    texts = [t.text[:22] for t in parse_notice(text).tasks]
    assert "Chi bộ tổ chức họp, xé" not in texts


AGREE_HEAD = (
    "ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG UỶ XÃ THẠCH KIM\n*\nSố 23-TB/ĐU\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\nThạch Kim, ngày 02 tháng 10 năm 2026\n"
    "THÔNG BÁO\nKết luận của Ban Thường vụ Đảng uỷ tại cuộc họp ngày 30/9/2026\n"
    "Ngày 30/9/2026, Ban Thường vụ Đảng uỷ họp. Ban Thường vụ Đảng uỷ kết luận như sau:\n"
)
AGREE_TAIL = "Nơi nhận:\n- Các chi bộ,\n- Lưu VPĐU.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nPhan Văn Hải\n"


@pytest.mark.parametrize(
    ("item", "lead", "deadline"),
    [
        (
            "1. Các chi bộ thôn thống nhất với nhân sự do Đảng uỷ giới thiệu, tổ chức đại hội "
            "chi bộ trước ngày 20/10/2026.",
            ("Các chi bộ thôn",),
            "2026-10-20",
        ),
        (
            "1. Về nhiệm vụ quý IV: Uỷ ban nhân dân xã thống nhất với nhiệm vụ được giao, khẩn "
            "trương đôn đốc thu nộp thuế đất.",
            ("Ủy ban nhân dân xã",),
            "None",
        ),
        (
            "1. Về chủ trương xây dựng nhà văn hoá: Uỷ ban nhân dân xã thống nhất chủ trương, "
            "hoàn thành hồ sơ trước ngày 15/11/2026.",
            ("Ủy ban nhân dân xã",),
            "2026-11-15",
        ),
    ],
)
def test_agreement_that_goes_on_with_work_is_a_task(
    item: str, lead: tuple[str], deadline: str
) -> None:
    tasks = parse_notice(AGREE_HEAD + item + "\n" + AGREE_TAIL).tasks
    assert [(t.lead, str(t.deadline)) for t in tasks] == [(lead, deadline)]


@pytest.mark.parametrize(
    "item",
    [
        "1. Về công tác nhân sự: Ban Thường vụ Đảng uỷ thống nhất với nhân sự do Ban Tổ chức "
        "giới thiệu.",
        "1. Ban Thường vụ Đảng uỷ cơ bản nhất trí với nhiệm vụ quý IV, trong đó có thu ngân sách, "
        "chuyển đổi số.",
    ],
)
def test_agreement_alone_is_no_task(item: str) -> None:
    assert parse_notice(AGREE_HEAD + item + "\n" + AGREE_TAIL).tasks == ()


PARTY_LETTER = (
    "ĐẢNG BỘ TỈNH HÀ TĨNH\nHUYỆN UỶ CAN LỘC\n*\nSố 88-CV/HU\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\nCan Lộc, ngày 06 tháng 10 năm 2026\n"
    "Kính gửi:\n- Uỷ ban nhân dân huyện,\n- Ban Tổ chức Huyện uỷ.\n"
    "Ban Thường vụ Huyện uỷ có ý kiến như sau:\n"
    "1. Ban Tổ chức Huyện uỷ rà soát quy hoạch cán bộ nhiệm kỳ 2025 - 2030.\n"
    "2. Uỷ ban nhân dân huyện xây dựng dự thảo Kế hoạch chuyển đổi số năm 2027.\n"
)
PARTY_TAIL = "Nơi nhận:\n- Như trên,\n- Lưu VPHU.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nTrần Văn Hoà\n"


def test_duty_after_the_submission_date_is_not_dated_by_it() -> None:
    text = (
        PARTY_LETTER
        + (
            "Các nội dung trên gửi về Văn phòng Huyện uỷ trước ngày 25/10/2026.\n"
            "Giao Văn phòng Huyện uỷ theo dõi, đôn đốc, báo cáo Thường trực Huyện uỷ.\n"
        )
        + PARTY_TAIL
    )
    tasks = parse_notice(text).tasks
    follow = [t for t in tasks if t.text.startswith("Giao Văn phòng")]
    assert len(follow) == 1 and follow[0].deadline is None


def test_drafts_date_only_the_items_that_make_one() -> None:
    text = (
        PARTY_LETTER
        + (
            "Các dự thảo trình Thường trực Huyện uỷ trước ngày 30/10/2026.\n"
            "Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./.\n"
        )
        + PARTY_TAIL
    )
    tasks = parse_notice(text).tasks
    assert [str(t.deadline) for t in tasks] == ["None", "2026-10-30"]


def test_enclosed_papers_are_no_submission_date() -> None:
    text = (
        PARTY_LETTER
        + (
            "Các văn bản gửi kèm theo Công văn này trước ngày 20/10/2026 đề nghị các cơ quan "
            "nghiên cứu.\n"
            "Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./.\n"
        )
        + PARTY_TAIL
    )
    tasks = parse_notice(text).tasks
    assert [str(t.deadline) for t in tasks[:2]] == ["None", "None"]


def test_exhortation_with_a_periodic_report_is_a_task() -> None:
    text = (
        PARTY_LETTER
        + (
            "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện và báo cáo kết quả "
            "định kỳ hằng tháng về Văn phòng Huyện uỷ./.\n"
        )
        + PARTY_TAIL
    )
    tasks = parse_notice(text).tasks
    assert len(tasks) == 3
    assert tasks[2].deadline_kind.value == "recurring"


def test_numbered_exhortation_is_a_point() -> None:
    text = (
        PARTY_LETTER
        + (
            "3. Đề nghị các cơ quan, đơn vị liên quan khẩn trương triển khai thực hiện và báo cáo "
            "kết quả cho Thường trực Huyện uỷ.\n"
        )
        + PARTY_TAIL
    )
    assert len(parse_notice(text).tasks) == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "cuộc họp giao ban tổ chức vào sáng thứ hai hằng tuần.",
        "duy trì họp giao ban điều hành hằng tuần.",
        "buổi giao ban kinh tế diễn ra tại hội trường.",
    ],
)
def test_briefing_before_a_board_word_is_no_assignment(sentence: str) -> None:
    assert asks_someone(sentence) is False


@pytest.mark.parametrize("word", ["Sénégal", "Zürich", "Bangkok"])
def test_foreign_words_stay_whole(word: str) -> None:
    assert unglue_words(word) == word


def test_numbered_point_citing_the_conclusion_names_no_closing_doers() -> None:
    # "2. …: căn cứ kết luận …, đề nghị Văn phòng … chủ trì …" is a point, not the closing
    text = (
        AGREE_HEAD
        + (
            "1. Về hồ sơ đất đai: Uỷ ban nhân dân xã rà soát hồ sơ cấp giấy chứng nhận.\n"
            "2. Về chuyển đổi số: căn cứ kết luận của Ban Thường vụ Đảng uỷ tại hội nghị "
            "tháng 9, đề nghị Văn phòng Đảng uỷ chủ trì, phối hợp với Uỷ ban nhân dân xã "
            "triển khai thực hiện.\n"
            "3. Đề nghị các cơ quan, đơn vị liên quan khẩn trương triển khai thực hiện và báo "
            "cáo kết quả cho Ban Thường vụ Đảng uỷ.\n"
        )
        + AGREE_TAIL
    )
    last = parse_notice(text).tasks[-1]
    assert last.text.startswith("Đề nghị các cơ quan")
    assert last.lead == ("các cơ quan, đơn vị liên quan",)
