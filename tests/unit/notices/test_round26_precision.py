"""Round 26 (precision): what a letter, a plan or a decision says that gives nobody work.

Official letters and plans carry sentences that read like work and are not: the closing ask to
carry the document out ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở … nghiêm túc thực hiện.",
"… chịu trách nhiệm tổ chức triển khai thực hiện nghiêm túc các nội dung nêu trên; trong quá
trình thực hiện nếu phát sinh khó khăn …", "Điều 3: … căn cứ Quyết định thi hành"); a document
received or passed on for reading ("Sở Tư pháp nhận được Phiếu chuyển số …", "… kính chuyển
Quyết định số … đến Quý Cơ quan để nghiên cứu, tham khảo"); reporting difficulties "trong quá
trình triển khai"; the causes under "- Nguyên nhân:"; a "Căn cứ …" sentence of its own before the
request; an appraisal notice's record ("I. THÔNG TIN CHUNG", "V. KẾT QUẢ THẨM ĐỊNH"); a post's
mandate and "các nhiệm vụ khác theo quy định"; an answer's reading of what the law leaves
unsaid. Short invented documents in the shape of the corpus's (Lào Cai, Hà Nội, Hồ Chí Minh City
letters, a Bà Rịa-Vũng Tàu town's division of duties), each with counter-examples that stay
tasks.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.statements import states_only
from tests.unit.notices.test_round20_letters import PLAN_HEAD
from tests.unit.notices.test_round25_attached import HEAD as DECISION_HEAD
from tests.unit.notices.test_round25_leads import HEAD, SIGN

_ASKS = "Sở GDĐT đề nghị các đơn vị thực hiện các nội dung sau:"


def _texts(body: str, head: str = HEAD) -> list[str]:
    return [task.text for task in parse_notice(f"{head}{body}{SIGN}").tasks]


def _points(*points: str, lead_in: str = _ASKS, end: str = "") -> list[str]:
    body = "\n\n".join(f"{n}. {p}" for n, p in enumerate(points, 1))
    return _texts(f"{lead_in}\n\n{body}{end}")


def _starts(texts: list[str]) -> list[str]:
    return [text[:30] for text in texts]


# --- the closing ask to carry the document out ----------------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "Chủ tịch UBND Thành phố yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, "
        "phường và các tổ chức, cá nhân có liên quan đến hoạt động giáo dục trên địa bàn nghiêm "
        "túc thực hiện. Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các đơn vị kịp "
        "thời báo cáo Sở để xem xét, giải quyết.",
        "Chủ tịch UBND Thành phố yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND xã, "
        "phường và các đơn vị liên quan nghiêm túc tổ chức triển khai, thực hiện đầy đủ, hiệu "
        "quả các nội dung của Chỉ thị này./.",
        "Thủ trưởng các đơn vị; Hiệu trưởng các trường; người đứng đầu các cơ sở giáo dục chịu "
        "trách nhiệm tổ chức triển khai thực hiện nghiêm túc các nội dung nêu trên; trong quá "
        "trình thực hiện nếu phát sinh khó khăn, vướng mắc vượt thẩm quyền, kịp thời báo cáo Sở "
        "để tổng hợp, tham mưu Ủy ban nhân dân Thành phố xem xét, chỉ đạo theo quy định./.",
    ],
)
def test_the_closing_ask_to_carry_the_letter_out_is_no_task(closing: str) -> None:
    # as the last numbered point, with the letter's own closing line after it
    end = "\n\nCăn cứ văn bản này, các cơ quan, đơn vị liên quan triển khai thực hiện./."
    texts = _points("Rà soát các điều kiện phòng dịch tại trường học.", closing, end=end)
    assert _starts(texts) == ["Rà soát các điều kiện phòng dị"]


@pytest.mark.parametrize(
    "point",
    [
        # carrying out another plan, named by its number, is work
        "Giám đốc Sở yêu cầu Thủ trưởng các đơn vị nghiêm túc thực hiện Kế hoạch số 12/KH-UBND "
        "của Ủy ban nhân dân Thành phố về phòng, chống dịch.",
        # a report with its date after the carrying out is work
        "Các đơn vị tổ chức thực hiện các nội dung của Công văn này, báo cáo kết quả về Sở "
        "trước ngày 15/3/2021.",
    ],
)
def test_work_beside_the_carrying_out_stays(point: str) -> None:
    texts = _points("Rà soát các điều kiện phòng dịch tại trường học.", point)
    assert len(texts) == 2


def test_a_clause_giving_work_after_the_carrying_out_stays() -> None:
    texts = _points(
        "Thủ trưởng các đơn vị chịu trách nhiệm tổ chức thực hiện nghiêm túc các nội dung nêu "
        "trên; Phòng Kế hoạch - Tài chính bố trí kinh phí thực hiện."
    )
    assert "Phòng Kế hoạch - Tài chính bố trí kinh phí thực hiện." in texts


def test_an_article_putting_the_decision_into_force_is_no_task() -> None:
    head = DECISION_HEAD.replace(
        "chịu trách nhiệm thi hành Quyết định này.", "căn cứ Quyết định thi hành kể từ ngày ký./."
    ).format(
        title="Về việc giao nhiệm vụ chuẩn bị mùa mưa bão năm 2025",
        article="Giao Bộ Nông nghiệp và Môi trường rà soát phương án phòng, chống thiên tai "
        "trước ngày 30/6/2025.",
    )
    texts = [task.text for task in parse_notice(head).tasks]
    assert _starts(texts) == ["Giao Bộ Nông nghiệp và Môi trư"]


# --- a document received or passed on --------------------------------------------------------

_RECEIVED = (
    "Sở Giáo dục và Đào tạo nhận được Phiếu chuyển số 3578/PC-VP ngày 09/02/2021 của Văn phòng "
    "Ủy ban nhân dân Thành phố về việc chuyển Quyết định số 81/QĐ-TTg của Thủ tướng Chính phủ."
    "\n\nĐồng thời, Sở Giáo dục và Đào tạo nhận được Phiếu chuyển số 9180/PC-VP ngày 20/02/2021 "
    "của Văn phòng Ủy ban nhân dân Thành phố về việc chuyển Quyết định số 222/QĐ-BTP."
)


def test_a_letter_passing_documents_on_for_reading_gives_no_task() -> None:
    body = (
        f"{_RECEIVED}\n\nSở Giáo dục và Đào tạo kính chuyển Quyết định số 81/QĐ-TTg và Quyết "
        "định số 222/QĐ-BTP nêu trên đến Quý Cơ quan, đơn vị để nghiên cứu, tham khảo trong quá "
        "trình tổ chức thực hiện.\n\nTrân trọng./."
    )
    assert _texts(body) == []


def test_a_forwarded_document_with_a_report_due_stays() -> None:
    body = (
        f"{_RECEIVED}\n\nSở Giáo dục và Đào tạo kính chuyển Quyết định số 81/QĐ-TTg đến các "
        "đơn vị để nghiên cứu, báo cáo kết quả thực hiện về Sở trước ngày 15/3/2021.\n\n"
        "Đồng thời, đề nghị các trường rà soát đội ngũ giáo viên tin học.\n\nTrân trọng./."
    )
    assert _starts(_texts(body)) == [
        "Sở Giáo dục và Đào tạo kính ch",
        "Đồng thời, đề nghị các trường ",
    ]


# --- difficulties reported while carrying out -------------------------------------------------


def test_reporting_difficulties_met_in_the_carrying_out_is_no_task() -> None:
    texts = _points(
        "Rà soát các văn bản quy phạm pháp luật do Sở tham mưu ban hành.\n\nTrong quá trình "
        "triển khai thực hiện, các phòng, ban, đơn vị thuộc Sở kịp thời báo cáo các vướng mắc, "
        "khó khăn về Sở (thông qua Văn phòng Sở) để kịp thời hướng dẫn.",
        # a point of its own that reports disputes is work
        "Kịp thời báo cáo các vướng mắc, tranh chấp trong quá trình triển khai về Sở.",
    )
    assert _starts(texts) == [
        "Rà soát các văn bản quy phạm p",
        "Kịp thời báo cáo các vướng mắc",
    ]


# --- a plan that remedies findings: causes and grounds ----------------------------------------

_REMEDIES = """II. NỘI DUNG KHẮC PHỤC

1. Các nội dung yêu cầu thực hiện:

Căn cứ vào các nội dung kiến nghị sau kiểm tra của Đoàn Kiểm tra 215, Sở Nội vụ tại UBND \
tỉnh. Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành thực hiện nghiêm túc các nội dung sau:

- Các sở, ban, ngành khẩn trương xây dựng kế hoạch khắc phục những hạn chế đã được chỉ ra.

2. Nội dung hạn chế và biện pháp khắc phục:

2.1. Việc lập hồ sơ công việc còn tình trạng chưa đầy đủ theo quy định.

- Nguyên nhân:

+ Các chuyên viên trực tiếp được giao lập hồ sơ chưa thực hiện nghiêm quy trình.

+ Bộ phận văn thư còn chưa thực hiện tốt việc kiểm tra hồ sơ.

- Giải pháp thực hiện: Giao Văn phòng UBND tỉnh chủ trì, thực hiện:

+ Hướng dẫn các sở, ban, ngành lập hồ sơ theo đúng mẫu quy định.
"""


def test_the_grounds_and_causes_of_a_remedy_plan_are_no_tasks() -> None:
    texts = _texts(_REMEDIES, head=PLAN_HEAD.split("II. TỔ CHỨC")[0])
    assert _starts(texts) == [
        "Các sở, ban, ngành khẩn trương",
        "Hướng dẫn các sở, ban, ngành l",
    ]


def test_a_basis_naming_work_after_its_comma_stays() -> None:
    texts = _points(
        "Căn cứ kết quả kiểm tra của Đoàn Kiểm tra, Ủy ban nhân dân các xã chuẩn bị vật tư dự "
        "phòng."
    )
    assert _starts(texts) == ["Căn cứ kết quả kiểm tra của Đo"]


def test_a_basis_followed_by_work_before_its_comma_stays() -> None:
    texts = _points(
        "Căn cứ Kế hoạch của Ban Thường vụ Đoàn xã chủ động xây dựng Kế hoạch chăm lo cho các "
        "gia đình chính sách, đoàn viên có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán."
    )
    assert _starts(texts) == ["Căn cứ Kế hoạch của Ban Thường"]


# --- an appraisal notice's record -------------------------------------------------------------

_APPRAISAL = """Căn cứ hồ sơ trình thẩm định kèm theo Tờ trình số 3181/TTr-KS ngày 16/11/2025 \
của Tổng công ty Khoáng sản, Sở Công Thương thông báo kết quả thẩm định như sau:

I. THÔNG TIN CHUNG VỀ CÔNG TRÌNH

1. Tên công trình: Đường ô tô lên bãi thải số 2.

2. Nhà thầu lập thiết kế xây dựng: Viện Khoa học và Công nghệ Mỏ.

II. HỒ SƠ TRÌNH THẨM ĐỊNH THIẾT KẾ XÂY DỰNG

- Thông báo số 1213/TB-SCT ngày 29/8/2025 của Sở Công Thương về kết quả thẩm định.

III. KẾT QUẢ THẨM ĐỊNH THIẾT KẾ XÂY DỰNG

1. Về lập thiết kế xây dựng: Hồ sơ thiết kế do Chủ đầu tư tổ chức lập, có thẩm tra.

- Tổ chức, cá nhân tham gia thiết kế, thẩm tra: Xem xét chứng chỉ năng lực của tổ chức tư vấn.

IV. KẾT LUẬN VÀ KIẾN NGHỊ

1. Yêu cầu đối với Tổng công ty Khoáng sản

- Tổ chức thực hiện đúng thiết kế xây dựng đã được thẩm định tại văn bản này.

- Lưu trữ hồ sơ theo quy định của pháp luật về lưu trữ.
"""


def test_an_appraisal_notices_record_gives_no_task() -> None:
    head = HEAD.replace("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ CÔNG THƯƠNG")
    texts = _texts(_APPRAISAL, head=head)
    assert _starts(texts) == [
        "Tổ chức thực hiện đúng thiết k",
        "Lưu trữ hồ sơ theo quy định củ",
    ]


# --- a division of duties: the post, then the person ------------------------------------------

_DUTIES = """Điều 1: Phân công nhiệm vụ cụ thể đối với Công chức Văn phòng - Thống kê:

1. Công chức Văn phòng - Thống kê, Ông Trần Văn Bình.

a) Tham mưu, giúp Ủy ban nhân dân xã tổ chức thực hiện nhiệm vụ, quyền hạn của Ủy ban nhân \
dân xã trong lĩnh vực: văn phòng, thống kê, tổng hợp.

b) Trực tiếp thực hiện các nhiệm vụ sau:

- Tổng hợp, theo dõi, báo cáo việc thực hiện Quy chế làm việc của Ủy ban nhân dân xã.

- Thực hiện công tác lưu trữ.

c) Thực hiện các nhiệm vụ khác theo quy định của pháp luật chuyên ngành và do Chủ tịch Ủy \
ban nhân dân xã phụ trách.

Điều 2: Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_a_post_then_its_holder_leads_the_duties_and_the_mandate_is_no_task() -> None:
    head = (
        "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 142/QĐ-UBND\nHòa Bình, ngày 02 tháng 3 năm 2024\n\n"
        "QUYẾT ĐỊNH\nVề việc phân công nhiệm vụ công chức Văn phòng - Thống kê\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ\n\nQUYẾT ĐỊNH:\n\n"
    )
    tasks = parse_notice(f"{head}{_DUTIES}{SIGN}").tasks
    assert [(t.text[:40], list(t.lead)) for t in tasks] == [
        ("Tổng hợp, theo dõi, báo cáo việc thực hi", ["Trần Văn Bình"]),
        ("Thực hiện công tác lưu trữ.", ["Trần Văn Bình"]),
    ]


# --- an answer's reading of the law -------------------------------------------------------------


def test_what_the_law_leaves_unsaid_is_no_task() -> None:
    texts = _points(
        "Về sản phẩm gia dụng\n\nĐối với cụm từ “Các sản phẩm sử dụng trong lĩnh vực gia dụng” "
        "tại điểm d khoản 6 Điều 21 Nghị định số 26/2026/NĐ-CP, Luật Hóa chất và các văn bản "
        "quy định chi tiết, hướng dẫn thi hành không giải thích từ ngữ về “lĩnh vực gia dụng” "
        "do đây là từ ngữ được sử dụng với nghĩa thông thường.",
        "Về tra cứu thông tin\n\nĐối với việc truy cập tài khoản khai báo, đề nghị các đơn vị "
        "liên hệ với Cục Thương mại điện tử để biết thêm thông tin.",
        lead_in="Về các vướng mắc nêu tại Công văn số 138/CHQ-GSQL, Sở có ý kiến như sau:",
    )
    assert _starts(texts) == ["Đối với việc truy cập tài khoả"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the document's contents named with the document ("các nội dung của Chỉ thị này")
        "Chủ tịch UBND Thành phố yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND xã, phường "
        "và các đơn vị liên quan nghiêm túc tổ chức triển khai, thực hiện đầy đủ, hiệu quả các "
        "nội dung của Chỉ thị này./.",
        # a strict ask with no object
        "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, ban, ngành của tỉnh và các tổ chức, cá "
        "nhân có liên quan đến hoạt động khoáng sản trên địa bàn tỉnh nghiêm túc thực hiện.",
    ],
)
def test_a_closing_carrying_out_sentence_states_only(sentence: str) -> None:
    assert states_only(sentence, date(2025, 7, 24))


def test_an_ask_with_no_object_and_no_strictness_is_still_read_as_work() -> None:
    # "Đề nghị Sở Tài chính thực hiện." may take its object from its item's topic
    assert not states_only("Về kinh phí, đề nghị Sở Tài chính thực hiện.", date(2025, 7, 24))
