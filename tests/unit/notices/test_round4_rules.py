"""Issue 11, round 4: classes of mistakes seen on dev documents, each checked on examples written
for this test (phrased differently from any corpus document).
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.assignees import analyze, is_assessment, is_remark
from notices.names import split_assignees
from notices.normalize import build_paragraphs, clean_lines
from notices.signature import find_signature


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # a title naming no body of its own shares the bodies of the title after it
        ("Giám đốc, Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện rà soát thủ tục",
         ["Giám đốc, Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện"]),
        ("Giám đốc Sở, Thủ trưởng các ban, ngành tỉnh chủ động bố trí kinh phí",
         ["Giám đốc Sở, Thủ trưởng các ban, ngành tỉnh"]),
        ("Yêu cầu các đồng chí Chủ tịch, Phó Chủ tịch UBND các xã trực tiếp kiểm tra",
         ["các đồng chí Chủ tịch, Phó Chủ tịch UBND các xã"]),
        # titles that do name their bodies stay separate leads
        ("Giám đốc Sở Y tế, Chủ tịch UBND các phường tăng cường kiểm tra",
         ["Giám đốc Sở Y tế", "Chủ tịch UBND các phường"]),
    ],
)  # fmt: skip
def test_a_bare_title_joins_the_next_title(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # "tổ chức, cá nhân" is the noun pair, not the verb "tổ chức"
        ("Các doanh nghiệp, tổ chức, cá nhân sản xuất phân bón có trách nhiệm kê khai",
         ["Các doanh nghiệp, tổ chức, cá nhân sản xuất phân bón"]),
        ("Đề nghị các cơ quan, tổ chức và cá nhân liên quan nghiêm túc chấp hành quy định",
         ["các cơ quan, tổ chức và cá nhân liên quan"]),
        # the verb "tổ chức" still ends a subject
        ("Sở Nội vụ tổ chức tập huấn cho công chức xã", ["Sở Nội vụ"]),
    ],
)  # fmt: skip
def test_to_chuc_ca_nhan_is_a_noun_pair(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # a generic group is known only by what it was assigned: the clause stays in the name
        ("Các đơn vị được giao chủ trì xây dựng đề án có trách nhiệm báo cáo tiến độ hằng quý",
         ["Các đơn vị được giao chủ trì xây dựng đề án"]),
        ("Các cơ quan được phân công thực hiện nhiệm vụ theo Chương trình này chịu trách nhiệm "
         "bảo đảm tiến độ",
         ["Các cơ quan được phân công thực hiện nhiệm vụ theo Chương trình này"]),
        # a named body keeps its name; what it was assigned is not part of it
        ("UBND các phường được giao chủ trì nhiệm vụ tại Kế hoạch này có trách nhiệm bố trí "
         "nhân lực", ["UBND các phường"]),
        # no main verb after the clause: the span ends where it did
        ("Các đơn vị được giao nhiệm vụ", ["Các đơn vị"]),
    ],
)  # fmt: skip
def test_assigned_relative_clause_ends_at_the_main_verb(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


_LETTER_WITH_CITATIONS = (
    "UBND HUYỆN MƯỜNG TÈ\nPHÒNG Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 57/PYT\nMường Tè, ngày 2 tháng 12 năm 2025\n"
    "V/v rà soát trạm y tế xã\nKính gửi: Ủy ban nhân dân các xã.\n"
    "Căn cứ Nghị định số 117/2014/NĐ-CP ngày 08 tháng 12 năm 2014 của Chính phủ quy định về y tế "
    "xã, phường, thị trấn; Căn cứ Quyết định số 1300/QĐ-UBND ngày 15 tháng 5 năm 2025 của Ủy ban "
    "nhân dân huyện về việc ban hành quy chế phối hợp; Căn cứ Công văn số 210/SYT-KHTC ngày 20 "
    "tháng 11 năm 2025 của Sở Y tế về rà soát cơ sở vật chất; Phòng Y tế đề nghị Ủy ban nhân dân "
    "các xã rà soát cơ sở vật chất, trang thiết bị của trạm y tế và gửi báo cáo về Phòng Y tế "
    "trước ngày 20/12/2025.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def test_citations_before_the_request_are_not_the_task() -> None:
    notice = parse_notice(_LETTER_WITH_CITATIONS)
    assert len(notice.tasks) == 1
    task = notice.tasks[0]
    assert task.text.startswith("Phòng Y tế đề nghị Ủy ban nhân dân các xã rà soát")
    assert task.lead == ("Ủy ban nhân dân các xã",)
    assert task.deadline == date(2025, 12, 20)


def test_a_basis_that_is_an_instruction_stays() -> None:
    # "Căn cứ các tiêu chí … để …" tells the body what to do on that basis: still a task
    text = (
        "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 90/TB-UBND\nLai Châu, ngày 3 tháng 12 năm 2025\n"
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n"
        "Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ thực hiện các nội dung sau:\n\n"
        "1. Căn cứ các tiêu chí về quy mô dân số và diện tích để đề xuất phân cấp, ủy quyền "
        "phù hợp cho cấp xã.\n"
        "2. Tham mưu kiện toàn tổ chức bộ máy các phòng chuyên môn trong tháng 12 năm 2025.\n"
    )
    tasks = parse_notice(text).tasks
    assert [t.text[:30] for t in tasks] == [
        "Căn cứ các tiêu chí về quy mô ",
        "Tham mưu kiện toàn tổ chức bộ ",
    ]
    assert all(t.lead == ("Sở Nội vụ",) for t in tasks)


def test_a_heading_on_a_first_page_photo_is_no_signer() -> None:
    # page 1 only: the title names a Deputy PM in capitals, a Roman-numbered heading follows
    lines = [
        "THÔNG BÁO",
        "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC",
        "VỚI LÃNH ĐẠO TỈNH HÀ TĨNH",
        "Ngày 10 tháng 11 năm 2025, Phó Thủ tướng đã làm việc với lãnh đạo tỉnh.",
        "II. NHIỆM VỤ TRỌNG TÂM",
        "Tỉnh cần tập trung thực hiện các nhiệm vụ sau:",
    ]
    assert find_signature(lines)[0] is None


def test_a_seal_read_as_capitals_is_skipped_for_the_name_under_it() -> None:
    lines = [
        "Nơi nhận:",
        "- Như trên;",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "",
        "S NHÂN DÂN Vặn",  # the round seal, read as text
        "Lê Văn Bình",
    ]
    assert find_signature(lines)[0] == "Lê Văn Bình"


def test_lost_line_breaks_around_a_plans_structure_are_restored() -> None:
    paragraphs = build_paragraphs(
        clean_lines(
            "UBND huyện ban hành Kế hoạch tổ chức Hội chợ nông sản như sau: I. MỤC TIÊU, "
            "YÊU CẦU CHUNG\n\n"
            "Quảng bá sản phẩm OCOP của huyện.\n\n"
            "Kinh phí do ngân sách huyện bảo đảm. II. PHÂN CÔNG NHIỆM VỤ CỤ THỂ\n\n"
            "1. Phòng Kinh tế - Chủ trì xây dựng phương án bố trí gian hàng.\n\n"
            "2. Phòng Văn hóa - Thông tin tuyên truyền trên cổng thông tin của huyện.\n\n"
            "3. Hội chợ chính - Thời gian dự kiến: ngày 05/3/2026.\n\n"
            "- Địa điểm: sân vận động huyện - Đơn vị chủ trì: Phòng Kinh tế.\n"
        )
    )
    assert paragraphs == [
        "UBND huyện ban hành Kế hoạch tổ chức Hội chợ nông sản như sau:",
        "I. MỤC TIÊU, YÊU CẦU CHUNG",
        "Quảng bá sản phẩm OCOP của huyện.",
        "Kinh phí do ngân sách huyện bảo đảm.",
        "II. PHÂN CÔNG NHIỆM VỤ CỤ THỂ",
        "1. Phòng Kinh tế",
        "- Chủ trì xây dựng phương án bố trí gian hàng.",
        # "Văn hóa - Thông tin" is one name: what follows the dash is no verb
        "2. Phòng Văn hóa - Thông tin tuyên truyền trên cổng thông tin của huyện.",
        "3. Hội chợ chính",
        "- Thời gian dự kiến: ngày 05/3/2026.",
        "- Địa điểm: sân vận động huyện",
        "- Đơn vị chủ trì: Phòng Kinh tế.",
    ]


def test_a_roman_numeral_out_of_order_is_not_a_heading() -> None:
    # "V. " after a sentence end is no section when no section IV is open
    paragraphs = build_paragraphs(
        clean_lines("Tổ chức đoàn kiểm tra tại các điểm. V. TỔ CHỨC THỰC HIỆN CHUNG ngay\n")
    )
    assert len(paragraphs) == 1


_EVENT_PLAN = (
    "ỦY BAN NHÂN DÂN\nHUYỆN SA PA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 41/KH-UBND\nSa Pa, ngày 10 tháng 1 năm 2026\n\n"
    "KẾ HOẠCH\nTổ chức Tuần Văn hóa - Du lịch năm 2026\n\n"
    "I. BAN CHỈ ĐẠO VÀ ĐƠN VỊ TỔ CHỨC\n\n"
    "1. Cơ quan chỉ đạo: Ủy ban nhân dân huyện.\n\n"
    "2. Đơn vị chủ trì thực hiện: Phòng Văn hóa và Thông tin.\n\n"
    "II. CÁC HOẠT ĐỘNG\n\n"
    "1. Lễ khai mạc Tuần Văn hóa\n\n"
    "- Thời gian dự kiến: ngày 14/3/2026 (thứ Bảy).\n\n"
    "- Đơn vị chủ trì: Phòng Văn hóa và Thông tin.\n\n"
    "- Đơn vị thực hiện: Trung tâm Văn hóa huyện.\n\n"
    "2. Triển lãm ảnh di sản\n\n"
    "- Thời gian dự kiến: từ ngày 14/3/2026 đến ngày 21/3/2026.\n\n"
    "- Đơn vị thực hiện: Thư viện huyện.\n\n"
    "3. Chợ phiên vùng cao\n\n"
    "- Thời gian dự kiến: từ ngày 15/3/2026.\n\n"
    "- Đơn vị chủ trì: Ủy ban nhân dân thị trấn Sa Pa.\n"
)


def test_event_rows_take_the_day_of_their_time_field_and_their_chu_tri() -> None:
    tasks = parse_notice(_EVENT_PLAN).tasks
    rows = [(t.text[:12], t.lead, t.deadline, t.deadline_kind.value) for t in tasks]
    assert rows == [
        # the executor field is not the lead when a "chủ trì" field names one
        ("Lễ khai mạc ", ("Phòng Văn hóa và Thông tin",), date(2026, 3, 14), "on_date"),
        # a range ends on its last day; the executor leads when no one chủ trì
        ("Triển lãm ản", ("Thư viện huyện",), date(2026, 3, 21), "on_date"),
        # a start alone is no deadline; section I (who organises) is no task
        ("Chợ phiên vù", ("Ủy ban nhân dân thị trấn Sa Pa",), None, "none"),
    ]
    assert tasks[0].text.startswith("Lễ khai mạc Tuần Văn hóa Thời gian dự kiến: ngày 14/3")


_INSPECTION_NOTICE = (
    "VĂN PHÒNG UBND TỈNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 77/TB-VP\nCao Bằng, ngày 5 tháng 12 năm 2025\n\n"
    "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại buổi kiểm tra công trình trường học\n\n"
    "1. Biểu dương Sở Giáo dục và Đào tạo, các nhà thầu đã nỗ lực thi công.\n\n"
    "2. Để kịp đưa các trường vào sử dụng, phấn đấu hoàn thành xây dựng trước ngày 31 tháng "
    "12 năm 2025, yêu cầu Sở Giáo dục và Đào tạo, Sở Xây dựng và các nhà thầu thực hiện tốt "
    "các nội dung sau: (1) Sở Giáo dục và Đào tạo chỉ đạo các chủ đầu tư đẩy nhanh tiến độ thi "
    "công các hạng mục còn lại.\n\n"
    "- Chỉ đạo các trường chuẩn bị phương án tiếp nhận học sinh.\n\n"
    "- Rà soát nhu cầu thiết bị dạy học. (2) Sở Xây dựng hướng dẫn nghiệm thu các hạng mục "
    "theo quy định. (3) Sở Tài chính bố trí kinh phí mua sắm thiết bị trước ngày 20/12/2025.\n\n"
    "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n"
)


def test_inline_numbered_points_in_parentheses_are_points() -> None:
    tasks = parse_notice(_INSPECTION_NOTICE).tasks
    rows = [(t.text[:24], t.lead, t.deadline) for t in tasks]
    assert rows == [
        # the purpose clause's "phấn đấu hoàn thành trước ngày 31/12" is a goal, not a deadline
        ("Sở Giáo dục và Đào tạo c", ("Sở Giáo dục và Đào tạo",), None),
        # points under "(1) Sở Giáo dục và Đào tạo …" are that body's, not the intro's list
        ("Chỉ đạo các trường chuẩn", ("Sở Giáo dục và Đào tạo",), None),
        ("Rà soát nhu cầu thiết bị", ("Sở Giáo dục và Đào tạo",), None),
        ("Sở Xây dựng hướng dẫn ng", ("Sở Xây dựng",), None),
        ("Sở Tài chính bố trí kinh", ("Sở Tài chính",), date(2025, 12, 20)),
    ]


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        # a title before "UBND các tỉnh: …" is each body's title; the council as written
        ("Chủ tịch Ủy ban nhân dân các tỉnh: Sơn La, Điện Biên",
         ["Chủ tịch Ủy ban nhân dân tỉnh Sơn La", "Chủ tịch Ủy ban nhân dân tỉnh Điện Biên"]),
        # "các tỉnh, thành phố trực thuộc Trung ương": a centrally-run city is a thành phố
        ("Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương: Cần Thơ, An Giang",
         ["Chủ tịch UBND thành phố Cần Thơ", "Chủ tịch UBND tỉnh An Giang"]),
        # two titles share the places; the party secretary's committee is Tỉnh/Thành ủy
        ("Đồng chí Bí thư tỉnh ủy và Chủ tịch UBND các tỉnh: Cà Mau, Hải Phòng và lãnh đạo "
         "các cơ quan liên quan",
         ["Bí thư Tỉnh ủy Cà Mau", "Bí thư Thành ủy Hải Phòng", "Chủ tịch UBND tỉnh Cà Mau",
          "Chủ tịch UBND tỉnh Hải Phòng", "lãnh đạo các cơ quan liên quan"]),
        # a lower-case member ends the list of places
        ("Ủy ban nhân dân các xã: Tả Van, Bản Hồ và các đơn vị liên quan",
         ["Ủy ban nhân dân xã Tả Van", "Ủy ban nhân dân xã Bản Hồ", "các đơn vị liên quan"]),
    ],
)  # fmt: skip
def test_titles_and_places_of_a_council_enumeration(phrase: str, names: list[str]) -> None:
    got = split_assignees(phrase)
    assert got is not None
    assert [a.name for a in got] == names


def test_ocr_specks_between_words_and_in_the_margin_are_dropped() -> None:
    lines = clean_lines(
        "Giao Sở Tài chính, Sở Công Thương và ._. Sở Xây dựng hướng dẫn các xã thực hiện\n"
        "-\tthủ tục thanh toán vốn trước ngày 15/01/2026.\n"
        "- Rà soát hồ sơ tồn đọng./.\n"
        "Chờ ý kiến ... của Sở.\n"
    )
    assert lines == [
        "Giao Sở Tài chính, Sở Công Thương và Sở Xây dựng hướng dẫn các xã thực hiện",
        # the margin speck's dash is gone: the sentence above goes on
        "thủ tục thanh toán vốn trước ngày 15/01/2026.",
        # a real bullet after a finished sentence, the closing mark and an ellipsis stay
        "- Rà soát hồ sơ tồn đọng./.",
        "Chờ ý kiến ... của Sở.",
        "",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, Chủ tịch UBND các huyện chịu trách "
        "nhiệm thi hành Quyết định này./.",
        "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ và các tổ chức có liên quan có trách "
        "nhiệm tổ chức thực hiện Nghị quyết này.",
    ],
)
def test_the_execution_article_of_a_decision_is_no_task(sentence: str) -> None:
    assert is_remark(sentence)


def test_a_task_to_carry_out_a_named_plan_still_is_one() -> None:
    assert not is_remark("Sở Y tế chịu trách nhiệm thực hiện Kế hoạch tiêm chủng năm 2026.")


def test_lettered_row_fields_with_chu_tri_and_phoi_hop_in_one_field() -> None:
    text = (
        "Số: 19/KH-UBND\nYên Bái, ngày 9 tháng 2 năm 2026\n\nKẾ HOẠCH\nCải cách hành chính\n\n"
        "1. Rà soát thủ tục hành chính nội bộ\n\n"
        "a) Nhiệm vụ: Rà soát, đơn giản hóa thủ tục hành chính nội bộ.\n\n"
        "b) Cơ quan thực hiện: Văn phòng UBND tỉnh chủ trì; Sở Tư pháp phối hợp.\n\n"
        "c) Thời gian thực hiện: Tháng 6 năm 2026.\n"
    )
    (task,) = parse_notice(text).tasks
    assert (task.lead, task.support) == (("Văn phòng UBND tỉnh",), ("Sở Tư pháp",))
    assert task.deadline == date(2026, 6, 30)


_VISIT_NOTICE = (
    "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 702/TB-VPCP\nHà Nội, ngày 1 tháng 12 năm 2025\n\n"
    "THÔNG BÁO\nKết luận của Phó Thủ tướng tại buổi làm việc với lãnh đạo tỉnh Lai Châu\n\n"
    "Kính gửi: Ủy ban nhân dân tỉnh Lai Châu.\n\n"
    "Ngày 20 tháng 11 năm 2025, Phó Thủ tướng đã làm việc với lãnh đạo tỉnh Lai Châu. Sau khi "
    "nghe báo cáo, Phó Thủ tướng kết luận như sau:\n\n"
    "I. ĐÁNH GIÁ CHUNG Biểu dương Đảng bộ, chính quyền và nhân dân tỉnh Lai Châu đã đạt nhiều "
    "kết quả. Tỉnh đã hoàn thành xóa nhà tạm. Trong thời gian tới, Tỉnh tập trung xây dựng "
    "kế hoạch phát triển du lịch cho những tháng cuối năm 2025 và năm 2026; Tỉnh rà soát các "
    "dự án chậm tiến độ.\n\n"
    "II. VỀ CÁC KIẾN NGHỊ\n\n"
    "1. Về kinh phí sửa chữa đường tỉnh: Giao Bộ Tài chính xem xét, xử lý theo quy định.\n\n"
    "2. Về xe cứu thương: Tỉnh chủ động bố trí ngân sách địa phương để mua sắm.\n"
)


def test_an_assessment_section_keeps_its_turn_to_the_work_ahead() -> None:
    tasks = parse_notice(_VISIT_NOTICE).tasks
    rows = [(t.text[:27], t.lead, t.deadline) for t in tasks]
    assert rows == [
        # "I. ĐÁNH GIÁ CHUNG" glued to its text is a heading; only "Trong thời gian tới, …" is
        # work; "Tỉnh" is the province the notice is addressed to; "cho những tháng cuối năm
        # 2025" is what the plan covers, not a deadline
        ("Trong thời gian tới, Tỉnh t", ("tỉnh Lai Châu",), None),
        ("Về kinh phí sửa chữa đường ", ("Bộ Tài chính",), None),
        ("Về xe cứu thương: Tỉnh chủ ", ("tỉnh Lai Châu",), None),
    ]


def test_a_body_praising_others_assigns_nothing() -> None:
    assert is_assessment(
        "Ban Thường vụ Tỉnh ủy ghi nhận và biểu dương các huyện ủy, đảng ủy xã đã chủ động "
        "triển khai, kịp thời tháo gỡ vướng mắc."
    )
    # a body asked to do something after praise still is a task
    assert not is_assessment(
        "Ban Thường vụ Tỉnh ủy biểu dương các xã và yêu cầu Ủy ban nhân dân các xã tiếp tục rà "
        "soát hồ sơ."
    )


_DIRECTIVE = (
    "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 21/CT-UBND\nGia Lai, ngày 8 tháng 12 năm 2025\n"
    "CHỈ THỊ\nVỀ VIỆC TĂNG CƯỜNG PHỐI HỢP GIẢI QUYẾT THỦ TỤC\nĐẤT ĐAI TRÊN ĐỊA BÀN TỈNH\n"
    "Thời gian qua, việc giải quyết thủ tục đất đai còn chậm. Chủ tịch UBND tỉnh yêu cầu "
    "Thủ trưởng các sở, ngành thực hiện các nội dung sau:\n"
    "I. Trách nhiệm phối hợp trong công tác giải quyết thủ tục đất đai của người dân và doanh "
    "nghiệp\n"
    "1. Các cơ quan tiếp nhận hồ sơ (Văn phòng Đăng ký đất đai tỉnh, Trung tâm Phục vụ hành "
    "chính công tỉnh):\n"
    "a) Là đầu mối tiếp nhận, kiểm tra hồ sơ.\n"
    "b) Giải quyết hồ sơ đúng hạn cho người dân.\n"
)


def test_a_caps_title_ends_where_the_body_starts_and_parenthesised_members_lead() -> None:
    notice = parse_notice(_DIRECTIVE)
    assert notice.title == "TĂNG CƯỜNG PHỐI HỢP GIẢI QUYẾT THỦ TỤC ĐẤT ĐAI TRÊN ĐỊA BÀN TỈNH"
    members = ("Văn phòng Đăng ký đất đai tỉnh", "Trung tâm Phục vụ hành chính công tỉnh")
    # section I's long title is a heading, not a task; its points are the members' work
    assert [(t.text[:20], t.lead) for t in notice.tasks] == [
        ("Là đầu mối tiếp nhận", members),
        ("Giải quyết hồ sơ đún", members),
    ]


@pytest.mark.parametrize(
    ("ocr", "clean"),
    [
        ("— Bước Š: Trung tâm Y tế tổng hợp số liệu", "— Bước 5: Trung tâm Y tế tổng hợp số liệu"),
        ("Điều $. Quyết định này có hiệu lực", "Điều 5. Quyết định này có hiệu lực"),
        ("l. Sở Tư pháp chủ trì thẩm định", "1. Sở Tư pháp chủ trì thẩm định"),
        # real words and Roman headings stay
        ("I. NHIỆM VỤ TRỌNG TÂM", "I. NHIỆM VỤ TRỌNG TÂM"),
        ("Bước Sang năm mới, các đơn vị", "Bước Sang năm mới, các đơn vị"),
    ],
)
def test_ocr_digits_read_as_letters_in_numbering(ocr: str, clean: str) -> None:
    assert clean_lines(ocr) == [clean]


def test_a_topic_phrase_with_its_own_semicolons_is_not_a_clause_of_the_work() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 710/TB-VPCP\nHà Nội, ngày 2 tháng 12 năm 2025\n\nTHÔNG BÁO\n"
        "Kết luận của Phó Thủ tướng với lãnh đạo thành phố Hải Phòng\n\n"
        "Phó Thủ tướng kết luận như sau:\n\n"
        "1. Thành phố Hải Phòng tập trung rà soát quy hoạch. Trên cơ sở đó, Thành phố chủ "
        "động bố trí vốn.\n\n"
        "2. Về đề nghị các bộ sớm ban hành hướng dẫn; hoàn thiện quy trình về đất đai, tài sản "
        "công: Bộ Tài chính nghiên cứu, hướng dẫn trong tháng 12 năm 2025.\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.ref, t.lead) for t in tasks] == [
        # "Thành phố" alone is the city the item names, so the same task goes on
        ("1", ("Thành phố Hải Phòng",)),
        ("2", ("Bộ Tài chính",)),
    ]
    assert tasks[1].deadline == date(2025, 12, 31)


@pytest.mark.parametrize(
    "sentence",
    [
        "Đề nghị các phòng, ban và UBND các xã khẩn trương thực hiện đúng chức năng được giao; "
        "kịp thời báo cáo UBND huyện những khó khăn, vướng mắc để xem xét, chỉ đạo./.",
        "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện theo chức năng, nhiệm vụ.",
    ],
)
def test_a_closing_ask_to_carry_out_ones_duties_is_no_task(sentence: str) -> None:
    assert is_remark(sentence)


def test_a_closing_ask_with_a_piece_of_work_still_is_one() -> None:
    assert not is_remark(
        "Đề nghị UBND các xã khẩn trương thực hiện việc rà soát hộ nghèo; báo cáo kết quả về "
        "Phòng Nội vụ trước ngày 20/12/2025."
    )


def test_documents_listed_after_gom_are_not_tasks() -> None:
    text = (
        "BỘ Y TẾ\nSố: 901/BYT-KHTC\nHà Nội, ngày 3 tháng 12 năm 2025\n"
        "V/v triển khai tài liệu hướng dẫn\n\nKính gửi: Sở Y tế các tỉnh, thành phố.\n\n"
        "1. Tổ chức tập huấn tài liệu hướng dẫn cho các trạm y tế xã.\n\n"
        "2. Báo cáo kết quả triển khai về Bộ Y tế trước ngày 31/12/2025.\n\n"
        "Bộ Y tế gửi kèm bộ tài liệu gồm:\n\n"
        "- Tài liệu hướng dẫn chuyên môn;\n\n"
        "- Slide tập huấn, hướng dẫn sử dụng phần mềm;\n\n"
        "- Video hướng dẫn thực hành.\n"
    )
    tasks = parse_notice(text).tasks
    assert [t.text[:20] for t in tasks] == ["Tổ chức tập huấn tài", "Báo cáo kết quả triể"]


def test_a_heading_naming_a_group_by_what_it_does_is_the_lead_of_its_points() -> None:
    text = (
        "Số: 33/KH-UBND\nLong An, ngày 4 tháng 12 năm 2025\n\nKẾ HOẠCH\nGiám sát đầu tư\n\n"
        "1. Các đơn vị quản lý, vận hành công trình thủy lợi trên địa bàn tỉnh\n\n"
        "- Kiểm tra an toàn đập trước mùa mưa.\n\n"
        "- Báo cáo sự cố về Sở Nông nghiệp và Môi trường.\n\n"
        "2. Các đơn vị cấp nước trên địa bàn có trách nhiệm\n\n"
        "- Bảo đảm chất lượng nước sạch.\n"
    )
    rows = [(t.text[:16], t.lead) for t in parse_notice(text).tasks]
    whole = ("Các đơn vị quản lý, vận hành công trình thủy lợi trên địa bàn tỉnh",)
    assert rows == [
        ("Kiểm tra an toàn", whole),  # the heading itself is no task
        ("Báo cáo sự cố về", whole),
        # "… có trách nhiệm" leads in: the names end before it
        ("Bảo đảm chất lượ", ("Các đơn vị cấp nước trên địa bàn",)),
    ]


def test_a_body_heading_with_a_full_stop_still_leads_its_points() -> None:
    text = (
        "Số: 40/KH-UBND\nHuế, ngày 4 tháng 12 năm 2025\n\nKẾ HOẠCH\nLễ hội mùa xuân\n\n"
        "1. Trung tâm Bảo tồn di tích Cố đô Huế.\n\n"
        "- Chủ trì dàn dựng chương trình nghệ thuật tại Đại Nội.\n\n"
        "2. Liên hiệp các Hội Văn học nghệ thuật tỉnh Phối hợp quảng bá lễ hội với các tổ "
        "chức quốc tế và cơ quan ngoại giao và các hãng lữ hành.\n\n"
        "3. UBND các phường: Phú Xuân, Thuận Hóa.\n\n"
        "- Căn cứ Kế hoạch, các văn bản chỉ đạo của tỉnh, xây dựng phương án bảo đảm an ninh.\n"
    )
    rows = [(t.text[:12], t.lead) for t in parse_notice(text).tasks]
    assert rows == [
        ("Chủ trì dàn ", ("Trung tâm Bảo tồn di tích Cố đô Huế",)),
        # "Liên hiệp …" is a body; "ngoại giao" is no "giao" (assign) before "các hãng lữ hành"
        ("Liên hiệp cá", ("Liên hiệp các Hội Văn học nghệ thuật tỉnh",)),
        # "Căn cứ Kế hoạch, …" names no document number or date: an instruction, not a citation
        ("Căn cứ Kế ho", ("UBND phường Phú Xuân", "UBND phường Thuận Hóa")),
    ]


def test_a_heading_asking_a_body_the_lexicon_does_not_know_names_it_as_written() -> None:
    text = (
        "Số: 41/KH-UBND\nĐà Nẵng, ngày 4 tháng 12 năm 2025\n\nKẾ HOẠCH\nLễ hội pháo hoa\n\n"
        "1. Đề nghị Cơ quan Thường trú Thông tấn xã Việt Nam khu vực miền Trung\n\n"
        "- Đưa tin về các hoạt động của lễ hội.\n\n"
        "- Phối hợp với Sở Văn hóa và Thể thao cung cấp hình ảnh.\n"
    )
    leads = {t.lead for t in parse_notice(text).tasks}
    assert leads == {("Cơ quan Thường trú Thông tấn xã Việt Nam khu vực miền Trung",)}


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        # "Đồng chí" before titles only: the titles are the leads, each its own
        ("Đồng chí Giám đốc Sở Xây dựng, Phó Giám đốc Sở Xây dựng phụ trách quy hoạch",
         ["Giám đốc Sở Xây dựng", "Phó Giám đốc Sở Xây dựng phụ trách quy hoạch"]),
        # a person's name still wins, and the title after it is that person's
        ("đồng chí Trần Văn Minh, Phó Giám đốc Sở Xây dựng", ["Trần Văn Minh"]),
    ],
)  # fmt: skip
def test_dong_chi_before_titles(phrase: str, names: list[str]) -> None:
    got = split_assignees(phrase)
    assert got is not None
    assert [a.name for a in got] == names


@pytest.mark.parametrize(
    "point",
    [
        "Chú trọng giáo dục đạo đức cho thanh niên.",
        "Chăm lo người có công và gia đình chính sách.",
        "Coi trọng an sinh xã hội ở vùng sâu, vùng xa.",
        "Thúc đẩy kinh tế số và xã hội số.",
        "Củng cố quốc phòng, an ninh vùng biên giới.",
        "Khuyến khích khởi nghiệp sáng tạo.",
        "Huy động nguồn lực xã hội cho giáo dục.",
    ],
)
def test_directive_verbs_open_a_point(point: str) -> None:
    assert analyze(point).actionable


def test_a_type_line_subject_and_body_glued_in_one_paragraph() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 88/TB-UBND\n\n"
        "Ninh Bình, ngày 2 tháng 12 năm 2025\n\n"
        "THÔNG BÁO Về việc nghỉ Tết Dương lịch Nhân dịp Tết Dương lịch năm 2026. Ủy ban nhân "
        "dân tỉnh đề nghị các cơ quan, đơn vị và các hộ gia đình trên địa bàn tỉnh treo cờ Tổ "
        "quốc từ ngày 31/12/2025 đến hết ngày 01/01/2026./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    notice = parse_notice(text)
    (task,) = notice.tasks
    assert task.lead == ("các cơ quan, đơn vị", "các hộ gia đình trên địa bàn tỉnh")


def test_a_role_heading_over_points_is_their_lead() -> None:
    text = (
        "Số: 51/CT-UBND\nKon Tum, ngày 4 tháng 12 năm 2025\n\nCHỈ THỊ\nVề cấp phép xây dựng\n\n"
        "1. Đơn vị tiếp nhận hồ sơ cấp phép xây dựng\n\n"
        "a) Hướng dẫn người dân hoàn thiện hồ sơ trong một lần.\n\n"
        "b) Chuyển hồ sơ đến cơ quan thẩm định trong ngày.\n\n"
        "2. Các phòng chuyên môn và UBND các xã\n\n"
        "a) Phối hợp kiểm tra công trình sau cấp phép.\n"
    )
    rows = [(t.text[:10], t.lead) for t in parse_notice(text).tasks]
    role = ("Đơn vị tiếp nhận hồ sơ cấp phép xây dựng",)
    assert rows == [
        ("Hướng dẫn ", role),
        ("Chuyển hồ ", role),
        # a heading that lists bodies still gives each its own name
        ("Phối hợp k", ("Các phòng chuyên môn", "UBND các xã")),
    ]


def test_can_tho_is_a_city_not_the_modal_can() -> None:
    assert _leads("Giao Sở Xây dựng thành phố Cần Thơ chủ trì rà soát quy hoạch") == [
        "Sở Xây dựng thành phố Cần Thơ"
    ]
    assert _leads("Ban Quản lý dự án Cần Thơ cần khẩn trương bàn giao mặt bằng") == [
        "Ban Quản lý dự án Cần Thơ"
    ]


def test_a_head_title_spans_the_groups_listed_after_it() -> None:
    got = split_assignees(
        "Thủ trưởng các phòng chuyên môn, các đơn vị sự nghiệp thuộc UBND huyện và Chủ tịch "
        "UBND các xã"
    )
    assert got is not None
    assert [a.name for a in got] == [
        "Thủ trưởng các phòng chuyên môn, các đơn vị sự nghiệp thuộc UBND huyện",
        "Chủ tịch UBND các xã",
    ]


def test_an_approval_with_no_work_attached_is_no_task() -> None:
    assert is_remark(
        "Chấp thuận đề nghị của Sở Tài chính tại Tờ trình số 45/TTr-STC về danh mục dự án "
        "kêu gọi đầu tư năm 2026."
    )
    assert not is_remark(
        "Đồng ý chủ trương sửa chữa trụ sở và giao Sở Xây dựng hướng dẫn thủ tục đầu tư."
    )


def test_a_signer_name_broken_after_the_family_name() -> None:
    lines = ["Nơi nhận:", "- Như trên;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đặng", "Thị Thu Hà"]
    assert find_signature(lines)[0] == "Đặng Thị Thu Hà"


def test_the_standing_office_of_several_committees_is_a_group() -> None:
    assert _leads("Đề nghị thường trực các huyện ủy, thị ủy quan tâm chỉ đạo công tác cán bộ") == [
        "thường trực các huyện ủy, thị ủy"
    ]


@pytest.mark.parametrize(
    ("sentence", "remark"),
    [
        ("Chịu trách nhiệm về tính chính xác của số liệu báo cáo; không chịu trách nhiệm về số "
         "liệu do đơn vị khác cung cấp.", True),
        ("Chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thẩm định.", True),
        # answering for carrying something out, or a duty to do it, is work
        ("Chịu trách nhiệm về thực hiện bảo mật dữ liệu cán bộ.", False),
        ("Chịu trách nhiệm tiếp nhận hồ sơ và trả kết quả đúng hạn.", False),
    ],
)  # fmt: skip
def test_a_point_that_only_states_liability_is_no_task(sentence: str, remark: bool) -> None:
    assert is_remark(sentence) is remark
