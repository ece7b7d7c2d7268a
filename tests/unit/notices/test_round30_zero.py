"""Round 30 (zero): documents read as no task at all although their renditions hold many.

Three shapes made whole documents come out empty:

- a Word file whose centred blocks were written one paragraph each: the type line, the subject,
  the rule under it and the issuing authority run together ("QUYẾT ĐỊNH Về việc phê duyệt Đề án
  … ------------- BỘ TRƯỞNG BỘ …"), and the attached Đề án's name, note and rule too ("ĐỀ ÁN …
  (Ban hành theo Quyết định số …) -----"): the rule is a line of its own again, the type line
  keeps its subject as the title, and the attached document after the signature is read;
- an article heading cut after its word into a paragraph of its own ("Điều" then "10. Trách
  nhiệm của …"): one heading again, as the text rendition reads it;
- a rulebook's procedure article whose steps each name a body and a yearly date ("Các cơ quan
  … gửi hồ sơ … trước ngày 10/10 hằng năm"): those steps are the bodies' work every year, kept
  as tasks while the article's other clauses stay rules.

Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.model import DeadlineKind

# The decision of a ministry, its header as the text rendition lines it up.
DECISION_HEAD = """BỘ Y TẾ
Số: 15/QĐ-BYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2031
"""

# … its title block one line a line (the text rendition) …
TITLE_LINES = """
QUYẾT ĐỊNH
Về việc phê duyệt Đề án nâng cao chất lượng khám bệnh từ xa
-------------
BỘ TRƯỞNG BỘ Y TẾ
"""

# … and the same block as one Word paragraph.
TITLE_GLUED = (
    "\nQUYẾT ĐỊNH Về việc phê duyệt Đề án nâng cao chất lượng khám bệnh từ xa"
    " ------------- BỘ TRƯỞNG BỘ Y TẾ\n"
)

DECISION_BODY = """
Căn cứ Nghị định số 95/2030/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ của Bộ Y tế;

Xét đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh,

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án nâng cao chất lượng khám bệnh từ xa kèm theo Quyết định này.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý Khám, chữa bệnh chịu trách nhiệm thi hành
Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn Nam
"""

ANNEX_LINES = """
ĐỀ ÁN
NÂNG CAO CHẤT LƯỢNG KHÁM BỆNH TỪ XA
(Ban hành theo Quyết định số 15/QĐ-BYT ngày 10 tháng 3 năm 2031
của Bộ trưởng Bộ Y tế)
-----------------------
"""

ANNEX_GLUED = (
    "\nĐỀ ÁN NÂNG CAO CHẤT LƯỢNG KHÁM BỆNH TỪ XA (Ban hành theo Quyết định số 15/QĐ-BYT"
    " ngày 10 tháng 3 năm 2031 của Bộ trưởng Bộ Y tế) -----------------------\n"
)

ANNEX_BODY = """
III. TỔ CHỨC THỰC HIỆN

1. Cục Quản lý Khám, chữa bệnh

- Xây dựng quy trình khám bệnh từ xa áp dụng thống nhất trên toàn quốc;

- Tổ chức tập huấn cho cán bộ y tế tuyến huyện về khám bệnh từ xa.

2. Sở Y tế các tỉnh, thành phố trực thuộc Trung ương

- Triển khai khám bệnh từ xa tại các bệnh viện tuyến huyện trên địa bàn.
"""

LINED = DECISION_HEAD + TITLE_LINES + DECISION_BODY + ANNEX_LINES + ANNEX_BODY
GLUED = DECISION_HEAD + TITLE_GLUED + DECISION_BODY + ANNEX_GLUED + ANNEX_BODY


def _texts(text: str) -> list[str]:
    return [task.text for task in parse_notice(text).tasks]


def test_glued_title_block_keeps_its_type_and_subject() -> None:
    notice = parse_notice(GLUED)
    assert notice.doc_type == "QĐ"
    assert notice.title == "phê duyệt Đề án nâng cao chất lượng khám bệnh từ xa"


def test_glued_annex_note_and_rule_open_the_attached_document() -> None:
    tasks = parse_notice(GLUED).tasks
    assert [t.lead for t in tasks] == [
        ("Cục Quản lý Khám, chữa bệnh",),
        ("Cục Quản lý Khám, chữa bệnh",),
        ("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương",),
    ]
    assert tasks[0].text.startswith("Xây dựng quy trình khám bệnh từ xa")


def test_glued_and_lined_renditions_agree() -> None:
    assert _texts(GLUED) == _texts(LINED)
    assert parse_notice(GLUED).title == parse_notice(LINED).title


# A dash run inside a sentence, lower-case words after it, is no rule: the sentence stays whole.
SENTENCE_DASHES = (
    DECISION_HEAD
    + TITLE_LINES
    + """
Căn cứ Nghị định số 95/2030/NĐ-CP của Chính phủ;

QUYẾT ĐỊNH:

Điều 1. Giao Sở Y tế tổng hợp số ca khám từ xa theo mẫu ----- ghi rõ từng tháng, báo cáo Bộ Y
tế trước ngày 30/6/2031.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.
"""
)


def test_dash_run_inside_a_sentence_keeps_the_sentence_whole() -> None:
    tasks = parse_notice(SENTENCE_DASHES).tasks
    assert len(tasks) == 1
    assert "ghi rõ từng tháng" in tasks[0].text
    assert tasks[0].lead == ("Sở Y tế",)


# A province's rulebook: its decision, then the attached Quy định with titled articles.
RULEBOOK_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 41/2031/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 05 tháng 3 năm 2031

QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH VỀ CÔNG TÁC BÌNH CHỌN SÁNG KIẾN TỈNH HÀ NAM

ỦY BAN NHÂN DÂN TỈNH HÀ NAM

Căn cứ Luật Tổ chức chính quyền địa phương;

Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định về công tác bình chọn sáng kiến tỉnh Hà Nam.

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2031.

Điều 3. Thủ trưởng các sở, ban, ngành thuộc tỉnh và các tổ chức, cá nhân có liên quan chịu
trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình

QUY ĐỊNH
VỀ CÔNG TÁC BÌNH CHỌN SÁNG KIẾN TỈNH HÀ NAM
(Ban hành kèm theo Quyết định số 41/2031/QĐ-UBND)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy định này quy định về việc bình chọn sáng kiến cấp tỉnh.

Điều 2. Nguyên tắc bình chọn

1. Việc bình chọn bảo đảm công khai, dân chủ, khách quan.

2. Mỗi sáng kiến chỉ được bình chọn một lần.

Chương II
TRÌNH TỰ BÌNH CHỌN

Điều 3. Hồ sơ đề nghị

1. Hồ sơ đề nghị gồm tờ trình và báo cáo mô tả sáng kiến.

2. Hồ sơ nộp trước ngày 15/9 hằng năm.
"""

STEPS_ARTICLE = """
Điều 4. Thời gian đề nghị bình chọn

1. Đối với sáng kiến cấp cơ sở: Các cơ quan, đơn vị, địa phương tổ chức bình xét; gửi hồ sơ đề
nghị về Sở Khoa học và Công nghệ trước ngày 10/10 hằng năm.

2. Hội đồng sáng kiến tỉnh họp xét chọn, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 30/11
hằng năm.

3. Trường hợp hồ sơ chưa đầy đủ thì cơ quan đề nghị bổ sung trước ngày 20/10 hằng năm.
"""

RULEBOOK_TAIL = """
Điều 5. Tiêu chuẩn sáng kiến

Sáng kiến được bình chọn phải có phạm vi ảnh hưởng cấp tỉnh.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 6. Trách nhiệm thi hành

Sở Khoa học và Công nghệ có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy định này.
"""


def test_rulebook_yearly_steps_naming_their_body_are_tasks() -> None:
    tasks = parse_notice(RULEBOOK_HEAD + STEPS_ARTICLE + RULEBOOK_TAIL).tasks
    steps = [t for t in tasks if "hằng năm" in t.text]
    assert [t.lead for t in steps] == [
        ("Các cơ quan, đơn vị, địa phương",),
        ("Hội đồng sáng kiến tỉnh",),
    ]
    assert steps[0].text.startswith("Đối với sáng kiến cấp cơ sở: Các cơ quan")
    assert all(t.deadline_kind is DeadlineKind.RECURRING for t in steps)


def test_rulebook_rules_without_a_body_or_as_a_case_stay_rules() -> None:
    texts = _texts(RULEBOOK_HEAD + STEPS_ARTICLE + RULEBOOK_TAIL)
    assert not any(t.startswith("Hồ sơ nộp trước ngày 15/9") for t in texts)
    assert not any(t.startswith("Trường hợp hồ sơ chưa đầy đủ") for t in texts)
    assert not any("công khai, dân chủ" in t for t in texts)
    assert any(t.startswith("Sở Khoa học và Công nghệ có trách nhiệm") for t in texts)


# The same step written as a point whose topic closes its line, its body and date on the next.
TOPIC_ARTICLE = """
Điều 4. Thủ tục đề nghị bình chọn

1. Sáng kiến cấp tỉnh

a) Đối với sáng kiến của các cơ quan thuộc tỉnh:

Văn phòng Ủy ban nhân dân tỉnh tiếp nhận hồ sơ, tổng hợp danh sách, gửi về Sở Khoa học và Công
nghệ trước ngày 01/7 hằng năm.

b) Hồ sơ được lưu tại cơ quan đề nghị.
"""


def test_rulebook_step_under_a_topic_line_is_kept_with_its_body() -> None:
    tasks = parse_notice(RULEBOOK_HEAD + TOPIC_ARTICLE + RULEBOOK_TAIL).tasks
    steps = [t for t in tasks if "hằng năm" in t.text]
    assert len(steps) == 1
    assert steps[0].lead == ("Văn phòng Ủy ban nhân dân tỉnh",)
    assert steps[0].deadline_kind is DeadlineKind.RECURRING
    assert not any(t.text.startswith("Hồ sơ được lưu") for t in tasks)


# A Word file that cut an article heading after its word: "Điều" a paragraph, then "6. …".
DUTY_TAIL = """
Chương III
TRÁCH NHIỆM CỦA CÁC CƠ QUAN

Điều 6. Trách nhiệm của Sở Khoa học và Công nghệ

1. Hướng dẫn các cơ quan, đơn vị lập hồ sơ đề nghị bình chọn sáng kiến.

2. Tổng hợp danh sách sáng kiến được công nhận, công bố trên Cổng thông tin điện tử tỉnh.
"""
CUT_DUTY_TAIL = DUTY_TAIL.replace("Điều 6. Trách", "Điều\n\n6. Trách")


def test_heading_cut_after_its_word_reads_as_the_text_does() -> None:
    whole = parse_notice(RULEBOOK_HEAD + DUTY_TAIL).tasks
    cut = parse_notice(RULEBOOK_HEAD + CUT_DUTY_TAIL).tasks
    assert [(t.text, t.lead) for t in cut] == [(t.text, t.lead) for t in whole]
    assert [t.lead for t in cut] == [("Sở Khoa học và Công nghệ",)] * 2


def test_lone_article_word_before_no_number_is_left_alone() -> None:
    text = RULEBOOK_HEAD + RULEBOOK_TAIL.replace(
        "Sáng kiến được bình chọn", "Điều\n\nSáng kiến được bình chọn"
    )
    assert _texts(text) == _texts(RULEBOOK_HEAD + RULEBOOK_TAIL)


# A hard-wrapped text that puts a cited article at a line's start: "… tại Khoản 2" / "Điều 3: …".
WRAPPED_CITATION = """
Điều 4. Thủ tục đề nghị bình chọn

a) Đối với sáng kiến của cá nhân quy định tại Khoản 2
Điều 3: Văn phòng Ủy ban nhân dân tỉnh tiếp nhận hồ sơ, gửi về Sở Khoa học và Công nghệ
trước ngày 01/7 hằng năm.

b) Hồ sơ được lưu tại cơ quan đề nghị.
"""


def test_article_cited_at_a_line_start_goes_on_with_its_citation() -> None:
    tasks = parse_notice(RULEBOOK_HEAD + WRAPPED_CITATION + RULEBOOK_TAIL).tasks
    steps = [t for t in tasks if "hằng năm" in t.text]
    assert len(steps) == 1
    assert steps[0].text.startswith("Đối với sáng kiến của cá nhân quy định tại Khoản 2 Điều 3")
    assert not any(t.ref.startswith("Điều 3") for t in tasks)


def test_article_heading_after_a_finished_line_stays_a_heading() -> None:
    text = RULEBOOK_HEAD + WRAPPED_CITATION.replace("tại Khoản 2\n", "tại Khoản 2.\n")
    refs = [t.ref for t in parse_notice(text + RULEBOOK_TAIL).tasks]
    assert any(ref.startswith("Điều 3") for ref in refs)
