"""Round 29 (laws): a law's duty articles give each body its points as tasks.

A law (Luật, or a Văn bản hợp nhất of one) has a chapter on state management whose articles
give each body its duties. Three shapes were lost: (1) an article that leads its clauses in
("Điều 21. Trách nhiệm của Ngân hàng …" + "Ngân hàng … có các nhiệm vụ, quyền hạn sau đây:") was
taken for the document's intro, so the body opened inside it, the articles before were lost and
those after nested under its last clause (notices.law_articles); (2) titles that name the body
after the field of state management ("Trách nhiệm quản lý nhà nước về … của Bộ Y tế") or with
its competence ("Thẩm quyền và trách nhiệm của Chính phủ") were no duty titles; (3) an older
law's points typed in capitals ("A) …", "B) …") ran into one paragraph
(notices.capital_points). The rights and obligations of a class of subjects, a competence
article ("Thẩm quyền của Hội đồng nhân dân cấp tỉnh") and a lone "A)" stay as they were.
Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.capital_points import lower_capital_points
from notices.law_articles import opened_bare_articles
from tests.unit.notices.test_round24_articles import _lead, _openings

# an excerpt of a law as a gazette prints it: no scope article, the duty chapter only
_EXCERPT = """QUỐC HỘI

Luật số: 31/2030/QH16

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

LUẬT

PHÒNG, CHỐNG GIAN LẬN THƯƠNG MẠI

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Luật Phòng, chống gian lận thương mại.

...

Chương IV
TRÁCH NHIỆM CỦA CÁC CƠ QUAN NHÀ NƯỚC

Điều 40. Trách nhiệm của Chính phủ, Thủ tướng Chính phủ

1. Chính phủ thống nhất quản lý nhà nước về phòng, chống gian lận thương mại.

2. Thủ tướng Chính phủ chỉ đạo các Bộ phối hợp trong công tác phòng, chống gian lận thương mại.

Điều 41. Trách nhiệm của Ngân hàng Nhà nước Việt Nam

Ngân hàng Nhà nước Việt Nam chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà nước về \
phòng, chống gian lận thương mại và có các nhiệm vụ, quyền hạn sau đây:

1. Xây dựng cơ sở dữ liệu về giao dịch đáng ngờ trong lĩnh vực thanh toán;

2. Thanh tra, giám sát việc thực hiện quy định về thanh toán của các tổ chức tín dụng;

3. Tổng hợp thông tin, hằng năm báo cáo Chính phủ về kết quả phòng, chống gian lận.

Điều 42. Trách nhiệm của Bộ Công Thương

1. Chủ trì kiểm tra hoạt động thương mại điện tử trên phạm vi cả nước.

2. Phối hợp với Ngân hàng Nhà nước Việt Nam trao đổi thông tin về giao dịch đáng ngờ.

Điều 43. Trách nhiệm của Ủy ban nhân dân các cấp

1. Tuyên truyền, phổ biến pháp luật về phòng, chống gian lận thương mại tại địa phương.

2. Phát hiện, xử lý kịp thời các hành vi vi phạm theo thẩm quyền.

Chương V
ĐIỀU KHOẢN THI HÀNH

Điều 44. Hiệu lực thi hành

Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2031.

Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XVI, kỳ họp thứ 2 thông \
qua ngày 20 tháng 11 năm 2030.

CHỦ TỊCH QUỐC HỘI

Trần Văn An
"""


def test_an_articles_own_lead_in_is_no_intro_of_the_law() -> None:
    # the articles before and after the one that leads its clauses in keep their bodies
    assert _lead(_EXCERPT, "Thủ tướng Chính phủ chỉ đạo") == ("Thủ tướng Chính phủ",)
    assert _lead(_EXCERPT, "Xây dựng cơ sở dữ liệu") == ("Ngân hàng Nhà nước Việt Nam",)
    assert _lead(_EXCERPT, "Tổng hợp thông tin, hằng năm") == ("Ngân hàng Nhà nước Việt Nam",)
    assert _lead(_EXCERPT, "Chủ trì kiểm tra hoạt động") == ("Bộ Công Thương",)
    assert _lead(_EXCERPT, "Phối hợp với Ngân hàng Nhà") == ("Bộ Công Thương",)
    assert _lead(_EXCERPT, "Tuyên truyền, phổ biến pháp") == ("Ủy ban nhân dân các cấp",)
    assert _lead(_EXCERPT, "Phát hiện, xử lý kịp thời") == ("Ủy ban nhân dân các cấp",)


def test_a_letters_intro_after_its_greeting_still_opens_its_body() -> None:
    letter = """ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH NAM
Số: 15/UBND-KT
Hòa Bình Nam, ngày 10 tháng 5 năm 2030

Kính gửi: Các sở, ban, ngành tỉnh.

Thực hiện Luật Phòng, chống gian lận thương mại, Ủy ban nhân dân tỉnh yêu cầu các cơ quan \
thực hiện các nội dung sau đây:

1. Sở Công Thương chủ trì kiểm tra hoạt động thương mại điện tử trên địa bàn tỉnh.

2. Công an tỉnh phối hợp trao đổi thông tin về giao dịch đáng ngờ.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
"""
    assert _lead(letter, "Sở Công Thương chủ trì kiểm tra") == ("Sở Công Thương",)
    assert _lead(letter, "Công an tỉnh phối hợp") == ("Công an tỉnh",)


def test_a_decisions_run_on_article_still_opens_its_body() -> None:
    decision = """ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH NAM
Số: 16/QĐ-UBND
Hòa Bình Nam, ngày 10 tháng 5 năm 2030

QUYẾT ĐỊNH
Về việc giao nhiệm vụ phòng, chống gian lận thương mại

QUYẾT ĐỊNH:

Điều 1. Giao các cơ quan thực hiện các nhiệm vụ như sau:

1. Sở Công Thương chủ trì kiểm tra hoạt động thương mại điện tử trên địa bàn tỉnh.

2. Công an tỉnh phối hợp trao đổi thông tin về giao dịch đáng ngờ.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
"""
    assert _lead(decision, "Sở Công Thương chủ trì kiểm tra") == ("Sở Công Thương",)
    assert _lead(decision, "Công an tỉnh phối hợp") == ("Công an tỉnh",)


def test_a_definitions_articles_lead_in_may_still_open_an_attached_regulation() -> None:
    # only a duty article's "… sau đây:" is its own: "Điều 3. Giải thích từ ngữ" + "… được hiểu
    # như sau:" is where a circular's attached regulation was opened (bgddt-23 before the fix)
    from notices.law_articles import article_lead_in

    paragraphs = [
        "Điều 2. Phạm vi điều chỉnh",
        "Quy định này áp dụng đối với các cơ sở giáo dục.",
        "Điều 3. Giải thích từ ngữ",
        "Trong văn bản này, các từ ngữ dưới đây được hiểu như sau:",
    ]
    assert not article_lead_in(paragraphs, 3)
    duty = [*paragraphs[:2], "Điều 3. Trách nhiệm của Sở Giáo dục", "Sở có nhiệm vụ sau đây:"]
    assert article_lead_in(duty, 3)


# a whole law: its scope article makes it a regulation whose rules articles are dropped
_LAW = """QUỐC HỘI

Luật số: 32/2030/QH16

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

LUẬT
AN TOÀN SẢN PHẨM TIÊU DÙNG

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Luật An toàn sản phẩm tiêu dùng.

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Luật này quy định về bảo đảm an toàn sản phẩm tiêu dùng.

Điều 2. Quyền và nghĩa vụ của tổ chức, cá nhân kinh doanh sản phẩm

Tổ chức, cá nhân kinh doanh sản phẩm có các nghĩa vụ sau đây:

1. Tuân thủ quy chuẩn kỹ thuật đối với sản phẩm kinh doanh.

2. Thu hồi sản phẩm không bảo đảm an toàn theo yêu cầu của cơ quan có thẩm quyền.

Điều 3. Thẩm quyền của Hội đồng nhân dân cấp tỉnh

1. Quyết định mức hỗ trợ kiểm nghiệm sản phẩm thuộc thẩm quyền.

2. Xem xét, cho ý kiến về danh mục sản phẩm cần kiểm soát tại địa phương.

Chương II
QUẢN LÝ NHÀ NƯỚC VỀ AN TOÀN SẢN PHẨM TIÊU DÙNG

Điều 4. Trách nhiệm quản lý nhà nước về an toàn sản phẩm tiêu dùng

1. Chính phủ thống nhất quản lý nhà nước về an toàn sản phẩm tiêu dùng.

2. Bộ Công Thương là cơ quan đầu mối giúp Chính phủ thực hiện quản lý nhà nước về an toàn sản \
phẩm tiêu dùng.

3. Ủy ban nhân dân các cấp thực hiện quản lý nhà nước trong phạm vi địa phương.

Điều 5. Trách nhiệm quản lý nhà nước về an toàn sản phẩm tiêu dùng của Bộ Y tế

1. Trách nhiệm chung:

a) Chủ trì xây dựng chiến lược quốc gia về an toàn sản phẩm tiêu dùng;

b) Ban hành quy chuẩn kỹ thuật quốc gia về giới hạn an toàn đối với sản phẩm.

2. Trách nhiệm trong quản lý ngành:

a) Thanh tra, kiểm tra việc kinh doanh sản phẩm thuộc lĩnh vực được phân công.

Điều 6. Thẩm quyền và trách nhiệm của Chính phủ

1. Hướng dẫn thực hiện thống nhất danh mục sản phẩm cần kiểm soát.

2. Trình Ủy ban Thường vụ Quốc hội sửa đổi danh mục sản phẩm cần kiểm soát.

Điều 7. Trách nhiệm quản lý nhà nước của Ủy ban nhân dân các cấp

1. Tổ chức tuyên truyền, giáo dục về an toàn sản phẩm tiêu dùng.

2. Thanh tra, kiểm tra, xử lý vi phạm trên địa bàn quản lý.

Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 8. Hiệu lực thi hành

Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2031.

CHỦ TỊCH QUỐC HỘI

Trần Văn An
"""


def test_a_state_management_title_names_its_body() -> None:
    assert _lead(_LAW, "Chủ trì xây dựng chiến lược quốc") == ("Bộ Y tế",)
    assert _lead(_LAW, "Ban hành quy chuẩn kỹ thuật quốc") == ("Bộ Y tế",)
    assert _lead(_LAW, "Thanh tra, kiểm tra việc kinh") == ("Bộ Y tế",)
    assert _lead(_LAW, "Tổ chức tuyên truyền, giáo dục") == ("Ủy ban nhân dân các cấp",)


def test_competence_with_duties_is_a_duty_article() -> None:
    assert _lead(_LAW, "Hướng dẫn thực hiện thống nhất") == ("Chính phủ",)
    assert _lead(_LAW, "Trình Ủy ban Thường vụ Quốc hội") == ("Chính phủ",)


def test_obligations_of_traders_and_a_councils_competence_stay_rules() -> None:
    openings = _openings(_LAW)
    assert not any(o.startswith(("Tuân thủ quy chuẩn", "Thu hồi sản phẩm")) for o in openings)
    assert not any(
        o.startswith(("Quyết định mức hỗ trợ", "Xem xét, cho ý kiến")) for o in openings
    )
    # the subheadings of the body's article are no tasks of their own
    assert not any(o.startswith(("Trách nhiệm chung", "Trách nhiệm trong quản")) for o in openings)


def test_an_allocation_of_state_management_is_no_task() -> None:
    # "Chính phủ thống nhất quản lý nhà nước về …." under a title naming no body says who answers
    # for the field (qh-55, qh-73, qh-120 label none); under the body's own title it is its duty
    assert _lead(_LAW, "Chính phủ thống nhất quản lý") is None
    assert _lead(_EXCERPT, "Chính phủ thống nhất quản lý") == ("Chính phủ",)
    decision = _LAW.replace(
        "1. Chính phủ thống nhất quản lý nhà nước về an toàn sản phẩm tiêu dùng.",
        "1. Chính phủ thống nhất quản lý nhà nước về an toàn sản phẩm tiêu dùng; phân công "
        "trách nhiệm cho các bộ, ngành trong tháng 12 năm 2030.",
    )
    # a clause that goes on to ask work stays (cp-32's "…; phân công trách nhiệm …")
    assert _lead(decision, "Chính phủ thống nhất quản lý") == ("Chính phủ",)
    assert _lead(_LAW, "Bộ Công Thương là cơ quan đầu mối") is None
    scoped = _LAW.replace(
        "1. Chính phủ thống nhất",
        "1. Chính phủ trong phạm vi nhiệm vụ, quyền hạn của mình thống nhất",
    )
    # cp-80's wording, labelled a task there: stays
    assert _lead(scoped, "Chính phủ trong phạm vi nhiệm vụ") == ("Chính phủ",)
    # the focal body's lead-in over its own points stays theirs (qh-09's "… và có nhiệm vụ,
    # quyền hạn sau đây:")
    focal = _LAW.replace(
        "quản lý nhà nước về an toàn sản phẩm tiêu dùng.\n\n3.",
        "quản lý nhà nước về an toàn sản phẩm tiêu dùng và có nhiệm vụ sau đây:\n\n"
        "a) Chủ trì xây dựng cơ sở dữ liệu về sản phẩm không an toàn;\n\n"
        "b) Tổng hợp, báo cáo Chính phủ hằng năm.\n\n3.",
    )
    assert focal != _LAW
    assert _lead(focal, "Chủ trì xây dựng cơ sở dữ liệu") == ("Bộ Công Thương",)


_EXCERPT_RULES = """QUỐC HỘI

Luật số: 31/2030/QH16

LUẬT

PHÒNG, CHỐNG GIAN LẬN THƯƠNG MẠI

...

Chương III
QUYỀN VÀ NGHĨA VỤ CỦA THƯƠNG NHÂN

Điều 30. Nghĩa vụ của tổ chức, cá nhân kinh doanh

Tổ chức, cá nhân kinh doanh có các nghĩa vụ sau đây:

1. Lưu giữ chứng từ giao dịch trong thời hạn 05 năm;

2. Báo cáo giao dịch đáng ngờ cho Ngân hàng Nhà nước Việt Nam.

Điều 31. Các hành vi bị nghiêm cấm

1. Gian lận trong giao dịch thương mại.

2. Cản trở việc kiểm tra của cơ quan có thẩm quyền.

Chương IV
TRÁCH NHIỆM CỦA CÁC CƠ QUAN NHÀ NƯỚC

Điều 42. Trách nhiệm của Bộ Công Thương

1. Chủ trì kiểm tra hoạt động thương mại điện tử trên phạm vi cả nước.

2. Phối hợp với Ngân hàng Nhà nước Việt Nam trao đổi thông tin về giao dịch đáng ngờ.

CHỦ TỊCH QUỐC HỘI

Trần Văn An
"""


def test_an_excerpts_obligations_and_prohibitions_stay_rules_beside_its_duty_article() -> None:
    # the traders' "… có các nghĩa vụ sau đây:" is their article's lead-in, no intro either
    openings = _openings(_EXCERPT_RULES)
    assert not any(o.startswith(("Lưu giữ chứng từ", "Báo cáo giao dịch")) for o in openings)
    assert not any(o.startswith(("Gian lận trong", "Cản trở việc")) for o in openings)
    assert _lead(_EXCERPT_RULES, "Chủ trì kiểm tra hoạt động") == ("Bộ Công Thương",)


# the head of a 2001 law as a Công báo copy prints it, its chapter on state management opened
_SMUGGLING_LAW_HEAD = """QUỐC HỘI

Luật số: 33/2001/QH10

LUẬT
PHÒNG, CHỐNG BUÔN LẬU

...

CHƯƠNG V QUẢN LÝ NHÀ NƯỚC VỀ PHÒNG, CHỐNG BUÔN LẬU

"""

_OLD_LAW = (
    _SMUGGLING_LAW_HEAD
    + """Điều 38
1. Bộ Công an có trách nhiệm:
A) Xây dựng và tổ chức thực hiện kế hoạch phòng, chống tội phạm buôn lậu;
B) Chủ trì phối hợp với các cơ quan hữu quan trong việc đấu tranh chống buôn lậu;
C) Thực hiện hợp tác quốc tế về phòng, chống buôn lậu.
2. Bộ trưởng Bộ Công an quy định việc trao đổi thông tin về buôn lậu.

CHỦ TỊCH QUỐC HỘI

Trần Văn Bình
"""
)


def test_capital_lettered_points_are_points() -> None:
    assert _lead(_OLD_LAW, "Xây dựng và tổ chức thực hiện") == ("Bộ Công an",)
    assert _lead(_OLD_LAW, "Chủ trì phối hợp với các cơ quan") == ("Bộ Công an",)
    assert _lead(_OLD_LAW, "Thực hiện hợp tác quốc tế") == ("Bộ Công an",)


_UNTITLED = (
    _SMUGGLING_LAW_HEAD
    + """Điều 37
1. Chính phủ thống nhất quản lý nhà nước về phòng, chống buôn lậu.
2. Bộ Công thương có trách nhiệm:
a) Kiểm tra hoạt động kinh doanh hàng nhập khẩu trên thị trường;
b) Thực hiện hợp tác quốc tế về phòng, chống buôn lậu.

Điều 38
Bộ Tài chính có trách nhiệm:
1. Chỉ đạo lực lượng hải quan kiểm soát hàng hóa qua biên giới;
2. Tổng hợp, báo cáo Chính phủ kết quả chống buôn lậu hằng năm.

Điều 39
Các cơ quan quy định tại Điều 37 và Điều 38 của Luật này có trách nhiệm:
1. Kiểm tra việc thực hiện các quy định về phòng, chống buôn lậu;
2. Xử lý các vi phạm hành chính theo quy định của pháp luật.

CHỦ TỊCH QUỐC HỘI

Trần Văn Bình
"""
)


def test_an_untitled_articles_lead_in_leads_its_clauses() -> None:
    # "Điều 38" + "Bộ Tài chính có trách nhiệm:": its clauses are no more the points of the
    # article before
    assert _lead(_UNTITLED, "Kiểm tra hoạt động kinh doanh") == ("Bộ Công thương",)
    assert _lead(_UNTITLED, "Chỉ đạo lực lượng hải quan") == ("Bộ Tài chính",)
    assert _lead(_UNTITLED, "Tổng hợp, báo cáo Chính phủ") == ("Bộ Tài chính",)
    assert _lead(_UNTITLED, "Chính phủ thống nhất quản lý") is None


def test_a_lone_bare_article_line_stays_as_written() -> None:
    lines = ["Thành tích quy định tại điểm c khoản 1", "Điều 4", "", "Các thí sinh đạt giải."]
    assert opened_bare_articles(lines) == lines


def test_a_capital_letter_out_of_a_run_stays_as_written() -> None:
    lines = [
        "Các phương án như sau:",
        "A) Phương án thứ nhất được chọn.",
        "Ghi chú: xem phụ lục.",
        "Điều 2. Nhóm A) Sở Tài chính",
        "Một lựa chọn khác:",
        "B) Không đổi.",
        "C) Không đổi.",
    ]
    # a lone "A)" and a run not starting at "A)" keep their capitals
    assert lower_capital_points(lines) == lines
    run = ["Bộ Y tế có trách nhiệm:", "", "A) Ban hành danh mục;", "B) Kiểm tra."]
    assert lower_capital_points(run) == [run[0], "", "a) Ban hành danh mục;", "b) Kiểm tra."]


def test_parse_keeps_the_law_metadata() -> None:
    notice = parse_notice(_EXCERPT)
    assert notice.signer == "Trần Văn An"
