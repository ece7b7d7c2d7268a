"""Round 19 (prec): documents and parts that assign nothing.

A decision that lists what a body is made of ("Cơ cấu tổ chức … gồm:" over its units), how a board
works and when it ends ("làm việc theo chế độ kiêm nhiệm", "tự giải thể sau khi …"), a notice that
announces the issuer's own service rules ("Sở … thông báo:" over nameless points), a letter's own
acts (a document received, an enclosure handed over, a courteous ask for help), a closing that only
asks to carry the document out, and an execution article a scan bent: none is a task. Documents
and sentences invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.remarks import is_remark
from notices.statements import states_only

_SIGN = """
|
Nơi nhận:
- Như trên;
- Lưu: VT.
|
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Khánh
|
"""


def _decision(title: str, body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSố: 215/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nPhú Thọ, ngày 14 tháng 4 năm 2026\n\nQUYẾT ĐỊNH\n"
        f"{title}\nỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
        f"QUYẾT ĐỊNH:\n\n{body}" + _SIGN
    )


def _letter(subject: str, body: str, *, to: str = "Sở Nội vụ tỉnh Phú Thọ") -> str:
    return (
        "ỦY BAN NHÂN DÂN\nHUYỆN THANH SƠN\nSố: 318/UBND-VP\n"
        f"V/v {subject}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Thanh Sơn, ngày 09 tháng 4 năm 2026\n\nKính gửi: {to}.\n\n{body}" + _SIGN
    )


_MAKE_UP = """Điều 1. Kiện toàn cơ cấu tổ chức Sở Nông nghiệp và Môi trường như sau:

1. Cơ cấu tổ chức của Sở sau khi kiện toàn, gồm:

a) Lãnh đạo Sở: Giám đốc, các Phó Giám đốc theo quy định.

b) Các phòng chuyên môn, nghiệp vụ: 05 phòng

- Văn phòng sở;

- Thanh tra sở;

- Phòng Quản lý đất đai;

- Phòng Quản lý tài nguyên nước và khoáng sản;

- Phòng Kế hoạch - Tài chính.

2. Tổ chức bộ máy của Chi cục Kiểm lâm sau khi sắp xếp, gồm:

- Hạt Kiểm lâm khu vực phía Bắc;

- Đội kiểm lâm cơ động và phòng cháy, chữa cháy rừng.

Điều 2. Giám đốc Sở Nông nghiệp và Môi trường triển khai sắp xếp tổ chức bộ máy, nhân sự \
của Sở theo quy định, xong trước ngày 30/6/2026.

Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, \
Giám đốc Sở Nông nghiệp và Môi trường căn cứ Quyết định thi hành./.
"""


def test_an_organisations_make_up_lists_units_not_tasks() -> None:
    notice = parse_notice(
        _decision("Về việc kiện toàn cơ cấu tổ chức Sở Nông nghiệp và Môi trường", _MAKE_UP)
    )
    assert [t.ref for t in notice.tasks] == ["Điều 2"]
    assert notice.tasks[0].lead == ("Giám đốc Sở Nông nghiệp và Môi trường",)


def test_a_point_under_a_make_up_that_asks_stays() -> None:
    body = _MAKE_UP.replace(
        "- Hạt Kiểm lâm khu vực phía Bắc;",
        "- Giao Sở Nội vụ hướng dẫn Chi cục Kiểm lâm bố trí công chức trước ngày 15/6/2026;",
    )
    notice = parse_notice(_decision("Về việc kiện toàn cơ cấu tổ chức Sở", body))
    assert any(t.lead == ("Sở Nội vụ",) for t in notice.tasks)
    assert "Điều 2" in [t.ref for t in notice.tasks]


_BOARD = """Điều 1. Thành lập Ban Biên tập Trang thông tin điện tử huyện Thanh Sơn gồm các \
thành viên sau:

1. Ông Hà Văn Long, Phó Chủ tịch UBND huyện - Trưởng ban;

2. Bà Đinh Thị Hoa, Chánh Văn phòng HĐND và UBND huyện - Phó Trưởng ban.

Điều 2. Ban Biên tập Trang thông tin điện tử huyện làm việc theo chế độ kiêm nhiệm, được \
hưởng chế độ theo quy định và được sử dụng con dấu của UBND huyện để giao dịch.

Ban Biên tập tự giải thể sau khi hoàn thành nhiệm vụ.

Điều 3. Chánh Văn phòng HĐND và UBND huyện và các ông, bà có tên tại Điều 1 chịu trách nhiệm \
thi hành Quyết định này./.
"""


def test_how_a_board_works_and_when_it_ends_are_no_tasks() -> None:
    notice = parse_notice(_decision("Về việc thành lập Ban Biên tập Trang thông tin", _BOARD))
    assert notice.tasks == ()


def test_a_board_that_must_report_before_it_ends_keeps_the_report() -> None:
    body = _BOARD.replace(
        "Ban Biên tập tự giải thể sau khi hoàn thành nhiệm vụ.",
        "Ban Biên tập tự giải thể sau khi báo cáo Chủ tịch UBND huyện kết quả hoạt động trước "
        "ngày 20/12/2026.",
    )
    notice = parse_notice(_decision("Về việc thành lập Ban Biên tập", body))
    assert [t.text.split(" tự ")[0] for t in notice.tasks] == ["Ban Biên tập"]
    assert notice.tasks[0].deadline == date(2026, 12, 20)


_ANNOUNCES = """THÔNG BÁO
Về việc tạm dừng cấp phù hiệu xe kinh doanh vận tải

Căn cứ Công văn số 210/SNV ngày 02/4/2026 của Sở Nội vụ về bàn giao nhiệm vụ.

Sở Giao thông vận tải thông báo:

1. Tạm dừng tiếp nhận hồ sơ cấp phù hiệu xe kinh doanh vận tải kể từ ngày 20 tháng 4 năm 2026 để \
bàn giao nhiệm vụ theo quy định.

2. Chỉ tiếp nhận hồ sơ cấp lại phù hiệu bị mất hoặc hư hỏng./.
"""


def _notice(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSỞ GIAO THÔNG VẬN TẢI\nSố: 77/TB-SGTVT\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Phú Thọ, ngày 15 tháng 4 năm 2026\n\n" + body + _SIGN
    )


def test_a_notice_of_the_issuers_own_service_rules_assigns_nothing() -> None:
    assert parse_notice(_notice(_ANNOUNCES)).tasks == ()


def test_an_announced_point_that_names_its_doer_stays() -> None:
    body = _ANNOUNCES.replace(
        "2. Chỉ tiếp nhận",
        "2. Các hợp tác xã vận tải nộp danh sách xe đã được cấp phù hiệu về Sở trước ngày "
        "30/4/2026.\n\n"
        "3. Chỉ tiếp nhận",
    )
    tasks = parse_notice(_notice(body)).tasks
    assert [t.lead for t in tasks] == [("Các hợp tác xã vận tải",)]


@pytest.mark.parametrize(
    "body",
    [
        # a document received, told
        "UBND huyện nhận được Văn bản số 512/SNV-TCBC ngày 02/4/2026 của Sở Nội vụ hướng dẫn về "
        "việc rà soát vị trí việc làm năm 2026.",
        # a third party's document, with the request it carried
        "Văn phòng UBND tỉnh có văn bản số 1290/VP-TH ngày 01/4/2026 gửi các huyện đề nghị cho ý "
        "kiến đối với dự thảo Quy chế làm việc.",
        # the writer hands over its enclosure
        "UBND huyện Thanh Sơn cung cấp danh sách các thôn đã hoàn thành sáp nhập (danh sách kèm "
        "theo)./.",
        "UBND huyện Thanh Sơn trân trọng báo cáo và gửi kèm văn bản này Quyết định số 88/QĐ-UBND "
        "ngày 01/4/2026./.",
        "UBND huyện Thanh Sơn gửi ý kiến góp ý đến Quý Sở để tổng hợp./.",
        # a courteous ask for goodwill
        "Kính đề nghị Sở Nội vụ quan tâm, giúp đỡ./.",
    ],
)
def test_a_letters_own_acts_are_no_tasks(body: str) -> None:
    assert parse_notice(_letter("rà soát vị trí việc làm", body)).tasks == ()


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        (
            "UBND huyện nhận được Văn bản số 512/SNV-TCBC ngày 02/4/2026 của Sở Nội vụ, UBND "
            "huyện giao Phòng Nội vụ chủ trì rà soát, báo cáo trước ngày 20/4/2026.",
            "Phòng Nội vụ",
        ),
        (
            "Các trường gửi danh sách học sinh (theo mẫu kèm theo) về Phòng Giáo dục trước ngày "
            "20/4/2026.",
            "Các trường",
        ),
        (
            "Đề nghị Sở Nội vụ quan tâm, hỗ trợ kinh phí tập huấn cho cán bộ cấp xã.",
            "Sở Nội vụ",
        ),
    ],
)
def test_a_letters_request_beside_those_acts_stays(body: str, lead: str) -> None:
    tasks = parse_notice(_letter("rà soát vị trí việc làm", body)).tasks
    assert [t.lead for t in tasks] == [(lead,)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Yêu cầu Giám đốc các sở, Chủ tịch UBND các huyện căn cứ tình hình thực tế tổ chức triển "
        "khai thực hiện nghiêm túc, có hiệu quả những nội dung nêu trên.",
        "Yêu cầu Thủ trưởng các cơ quan, đơn vị triển khai thực hiện Chỉ thị này nghiêm túc, hiệu "
        "quả.",
        "Các phòng, ban liên quan tổ chức thực hiện trách nhiệm được giao trong Quy chế này.",
        "Thực hiện các nhiệm vụ có liên quan đã đề ra tại Kế hoạch này theo chức năng, nhiệm vụ "
        "được giao.",
        "Đề nghị Ban Chấp hành Công đoàn các cấp thực hiện nội dung trên đạt hiệu quả cao nhất.",
        "Đề nghị lãnh đạo các khoa triển khai thực hiện theo nội dung Thông báo này.",
        "Triển khai nhiệm vụ được giao chủ trì tại Phụ lục của Kế hoạch.",
        "Thực hiện nhiệm vụ theo phân công tại mục III Kế hoạch này.",
    ],
)
def test_a_closing_that_only_carries_the_document_out_states_only(sentence: str) -> None:
    assert states_only(sentence, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Triển khai kế hoạch tiêm chủng hiệu quả.",
        "Các xã thực hiện nội dung trên trước ngày 15/3/2026.",
        "Các xã thực hiện nhiệm vụ được giao tại mục II Kế hoạch này, báo cáo kết quả trước ngày "
        "15/3/2026.",
        "Sở Y tế triển khai thực hiện Kế hoạch tiêm chủng mở rộng năm 2026.",
    ],
)
def test_carrying_out_named_work_or_by_a_date_is_work(sentence: str) -> None:
    assert not states_only(sentence, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành "
        "Quyết định nảyếz⁄",
        "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nội vụ, Tài chính và các ông, bà có tên tại "
        "Điều 1 căn cứ Quyết định thi hành,",
        "Giám đốc Sở Tài chính và các tổ chức, cá nhân có liên quan chịu trách nhiệm thị hành "
        "Quyết định này./.",
    ],
)
def test_an_execution_article_a_scan_bent_is_a_remark(sentence: str) -> None:
    assert is_remark(sentence)


def test_an_execution_article_with_a_dated_report_is_not_a_remark() -> None:
    assert not is_remark(
        "Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này và báo cáo kết quả trước ngày "
        "10/5/2026."
    )
