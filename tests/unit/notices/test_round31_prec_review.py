"""Round 31 (prec) review: real tasks the programme, guest and receipt rules must not drop.

A plan's or a work programme's table with a presenter or attendees column beside a lead or a
deadline column is a task table ("Đơn vị chủ trì | Thành phần tham dự | Thời gian", "Cơ quan chủ
trì chuẩn bị | Người trình bày | Thời gian trình", "Đơn vị trình bày | Thời hạn hoàn thành"). A
guest or presenter line that goes on to ask work ("… được phân công trình bày báo cáo gửi tài liệu
về …", "… mời dự nội dung từ 1 đến 14; Giám đốc Sở Tài chính chuẩn bị báo cáo …") keeps its ask.
A receipt opening that itself transfers the petition for the addressee to settle is the task.
Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 412/{kind}-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 10 tháng 11 năm 2031

{title}

Kính gửi: {to}

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH

Trần Văn Bình
"""


def _doc(body: str, title: str = "KẾ HOẠCH", kind: str = "KH", to: str = "Các sở, ngành.") -> str:
    return _HEAD.format(title=title, kind=kind, to=to, body=body)


def _invitation(body: str) -> str:
    text = "Ủy ban nhân dân tỉnh tổ chức Hội nghị thường kỳ tháng 11 năm 2031.\n\n" + body
    text += "\n\nĐề nghị các đại biểu dự họp đầy đủ, đúng giờ./."
    return _doc(text, "GIẤY MỜI", "GM", "Các đồng chí Thành viên UBND tỉnh.")


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(task.text, str(task.deadline)) for task in parse_notice(text).tasks]


def test_plan_table_with_attendees_column_keeps_its_rows() -> None:
    body = """UBND tỉnh ban hành Kế hoạch tổ chức các hội nghị tập huấn năm 2032 như sau:

| TT | Nội dung | Đơn vị chủ trì | Thành phần tham dự | Thời gian |
|---|---|---|---|---|
| 1 | Tổ chức hội nghị tập huấn nghiệp vụ công tác văn thư, lưu trữ | Sở Nội vụ | Cán bộ văn \
thư các sở, ngành | Quý I/2032 |
| 2 | Tổ chức tập huấn kỹ năng chuyển đổi số cho cán bộ cấp xã | Sở Thông tin và Truyền \
thông | Cán bộ, công chức cấp xã | Quý II/2032 |
"""
    tasks = _tasks(_doc(body))
    assert any("văn thư, lưu trữ" in text and due == "2032-03-31" for text, due in tasks)
    assert any("chuyển đổi số" in text for text, _ in tasks)


def test_work_programme_with_presenter_column_keeps_its_rows() -> None:
    body = """UBND tỉnh ban hành Chương trình công tác năm 2032 như sau:

| TT | Nội dung | Cơ quan chủ trì chuẩn bị | Người trình bày | Thời gian trình |
|---|---|---|---|---|
| 1 | Đề án phát triển du lịch tỉnh giai đoạn 2032-2035 | Sở Văn hóa, Thể thao và Du lịch | \
Giám đốc Sở Văn hóa, Thể thao và Du lịch | Tháng 3/2032 |
| 2 | Quy định giá đất điều chỉnh năm 2032 | Sở Tài nguyên và Môi trường | Giám đốc Sở Tài \
nguyên và Môi trường | Tháng 6/2032 |
"""
    tasks = _tasks(_doc(body, "CHƯƠNG TRÌNH CÔNG TÁC", "CTr"))
    assert any("du lịch" in text and due == "2032-03-31" for text, due in tasks)
    assert any("giá đất" in text and due == "2032-06-30" for text, due in tasks)


def test_dated_table_with_presenting_unit_keeps_its_rows() -> None:
    body = """Để chuẩn bị Hội nghị, UBND tỉnh phân công nhiệm vụ như sau:

| TT | Nội dung công việc | Đơn vị trình bày | Thời hạn hoàn thành |
|---|---|---|---|
| 1 | Xây dựng báo cáo tình hình thu chi ngân sách năm 2031 | Sở Tài chính | Trước ngày \
20/11/2031 |
| 2 | Xây dựng báo cáo tình hình giải ngân vốn đầu tư công | Sở Kế hoạch và Đầu tư | Trước \
ngày 20/11/2031 |
"""
    tasks = _tasks(_doc(body, "THÔNG BÁO", "TB"))
    assert any("thu chi ngân sách" in text and due == "2031-11-20" for text, due in tasks)
    assert any("giải ngân vốn" in text and due == "2031-11-20" for text, due in tasks)


def test_session_table_with_drafting_lead_and_presenter_keeps_its_rows() -> None:
    body = """UBND tỉnh phân công chuẩn bị nội dung Kỳ họp thứ 12 HĐND tỉnh như sau:

| TT | Nội dung | Cơ quan chủ trì soạn thảo | Trình bày tại kỳ họp | Thời hạn gửi hồ sơ |
|---|---|---|---|---|
| 1 | Tờ trình về dự toán ngân sách năm 2032 | Sở Tài chính | Giám đốc Sở Tài chính | Trước \
ngày 25/11/2031 |
| 2 | Tờ trình về kế hoạch đầu tư công năm 2032 | Sở Kế hoạch và Đầu tư | Giám đốc Sở Kế \
hoạch và Đầu tư | Trước ngày 25/11/2031 |
"""
    tasks = _tasks(_doc(body, "THÔNG BÁO", "TB"))
    assert any("dự toán ngân sách" in text and due == "2031-11-25" for text, due in tasks)
    assert any("đầu tư công" in text and due == "2031-11-25" for text, due in tasks)


def test_presenters_asked_to_send_documents_keep_the_ask() -> None:
    body = (
        "Các sở, ngành được phân công trình bày báo cáo gửi tài liệu về Văn phòng UBND tỉnh "
        "trước 02 ngày làm việc để tổng hợp."
    )
    assert any("gửi tài liệu" in text for text, _ in _tasks(_invitation(body)))


def test_presenter_who_also_leads_keeps_the_task() -> None:
    body = (
        "Sở Tài chính được phân công trình bày báo cáo quyết toán ngân sách, đồng thời chủ trì "
        "chuẩn bị tài liệu hội nghị."
    )
    assert any("chuẩn bị tài liệu" in text for text, _ in _tasks(_invitation(body)))


def test_assigned_presenter_in_a_letter_keeps_the_duty() -> None:
    body = """Để chuẩn bị Kỳ họp thứ 12 HĐND tỉnh, UBND tỉnh yêu cầu:

Sở Tư pháp được phân công trình bày dự thảo Nghị quyết tại Kỳ họp, chịu trách nhiệm hoàn thiện \
hồ sơ trình HĐND tỉnh.

Văn phòng UBND tỉnh theo dõi, đôn đốc."""
    tasks = _tasks(_doc(body, "CÔNG VĂN", "UBND", "Sở Tư pháp; Văn phòng UBND tỉnh."))
    assert any("hoàn thiện hồ sơ" in text for text, _ in tasks)


def test_invited_members_asked_to_comment_keep_the_ask() -> None:
    body = (
        "Thành viên Ban Chỉ đạo được mời dự phiên họp nghiên cứu tài liệu, chuẩn bị ý kiến góp ý "
        "bằng văn bản gửi về Sở Kế hoạch và Đầu tư."
    )
    assert any("góp ý" in text for text, _ in _tasks(_invitation(body)))


def test_guest_clause_then_a_preparing_head_keeps_the_ask() -> None:
    body = (
        "Thành phần: Các đồng chí Thành viên UBND tỉnh mời dự nội dung từ 1 đến 14; Giám đốc Sở "
        "Tài chính chuẩn bị báo cáo nội dung 2."
    )
    assert any("chuẩn bị báo cáo nội dung 2" in text for text, _ in _tasks(_invitation(body)))


def test_receipt_that_transfers_the_petition_is_the_task() -> None:
    body = (
        "Ngày 10/11/2031, Ban Tiếp công dân tỉnh tiếp nhận đơn của ông Nguyễn Văn B (trú tại thôn "
        "3 xã Thanh Sơn) về việc tranh chấp đất đai và chuyển đơn đến Chủ tịch UBND huyện Kim "
        "Bảng xem xét, giải quyết theo thẩm quyền."
    )
    text = _doc(body, "V/v chuyển đơn", "BTCD", "Chủ tịch UBND huyện Kim Bảng.")
    assert any("giải quyết theo thẩm quyền" in text for text, _ in _tasks(text))


def test_body_told_to_invite_its_heads_keeps_the_task() -> None:
    body = (
        "UBND tỉnh tổ chức Hội nghị tổng kết công tác cải cách hành chính năm 2031.\n\n"
        "Chủ tịch UBND các huyện, thành phố mời dự hội nghị Chủ tịch UBND các xã, phường, thị "
        "trấn trên địa bàn."
    )
    tasks = _tasks(_doc(body, "THÔNG BÁO", "TB", "UBND các huyện, thành phố."))
    assert any(text.startswith("Chủ tịch UBND các huyện") for text, _ in tasks)


def test_numbered_duty_to_invite_keeps_the_task() -> None:
    body = """Thực hiện chỉ đạo của Bộ Y tế, UBND tỉnh yêu cầu:

1. Sở Y tế mời dự cuộc họp đại diện lãnh đạo các bệnh viện tuyến huyện để quán triệt công tác \
phòng chống dịch.

2. Sở Tài chính bố trí kinh phí thực hiện."""
    tasks = _tasks(_doc(body, "CÔNG VĂN", "UBND", "Sở Y tế; Sở Tài chính."))
    assert any("bệnh viện tuyến huyện" in text for text, _ in tasks)


_ROWS = """| 1. | Báo cáo tình hình kinh tế - xã hội tháng 11 năm 2031 | Sở Kế hoạch và Đầu tư | \
Giám đốc các Sở: Tài chính, Công Thương |
| 2. | Báo cáo quyết toán ngân sách địa phương năm 2030 | Sở Tài chính | Như nội dung 1 |"""


def test_programme_with_reporter_and_guest_columns_gives_no_task() -> None:
    for reporter, guests in (
        ("Đơn vị báo cáo", "Thành phần"),
        ("Người báo cáo", "Đại biểu mời"),
        ("Chủ trì trình bày", "Khách mời"),
    ):
        table = f"| TT | Nội dung | {reporter} | {guests} |\n|---|---|---|---|\n{_ROWS}"
        text = _invitation("Chương trình Hội nghị:\n\n" + table)
        assert not any("quyết toán ngân sách" in text for text, _ in _tasks(text)), reporter


def test_plain_variants_of_the_receipt_opening_give_no_task() -> None:
    transfer = (
        "Sau khi xem xét, Ban Tiếp công dân tỉnh chuyển đơn đến Chủ tịch UBND huyện Kim Bảng xem "
        "xét, giải quyết theo thẩm quyền."
    )
    for opening in (
        "Ngày 10/11/2031, Ban Tiếp công dân tỉnh tiếp nhận đơn đề nghị của ông Nguyễn Văn B",
        "Ngày 10/11/2031, Ban Tiếp công dân tỉnh nhận được đơn thư của ông Nguyễn Văn B",
        "Ngày 10/11/2031, Ban Tiếp công dân tỉnh tiếp nhận 02 đơn của ông Nguyễn Văn B",
        "Vào ngày 10/11/2031, Ban Tiếp công dân tỉnh tiếp nhận đơn của ông Nguyễn Văn B",
        "Ngày 10/11, Ban Tiếp công dân tỉnh tiếp nhận đơn của ông Nguyễn Văn B",
    ):
        body = f"{opening} về việc tranh chấp đất đai.\n\n{transfer}"
        text = _doc(body, "V/v chuyển đơn", "BTCD", "Chủ tịch UBND huyện Kim Bảng.")
        texts = [text for text, _ in _tasks(text)]
        assert texts and texts[0].startswith("Sau khi xem xét"), opening
        assert len(texts) == 1, opening
