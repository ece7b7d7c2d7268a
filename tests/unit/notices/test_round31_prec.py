"""Round 31 (prec): a meeting's programme, guests and presenters; a petition received on a day.

fresh25's extras, read by class. An invitation ("GIẤY MỜI", "MỜI HỌP") often ends with the
meeting's programme: a table "TT | Nội dung | Trình bày | Mời dự" whose rows name a topic, the
head who presents it and the heads invited to it. A row says what is discussed and who speaks,
not what anyone must do: the labels read no task in it. A plan's table with a lead column
("Đơn vị chủ trì") still gives one task a row, and the invitation's own asks in its text stay.
The invitation's "Thành phần:" lines ("… mời dự nội dung từ 1 đến 13") and its word to the
presenters ("… được phân công trình bày báo cáo, …") say who attends and who speaks: no task.
A transfer letter opens on what was received: "Ngày 07/6/2031, Ban Tiếp công dân huyện tiếp nhận
đơn của ông …" (even on the letter's own day): told, not asked; the transfer after it is the task.
Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice

_INVITATION = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 412/GM-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 10 tháng 11 năm 2031

MỜI HỌP UBND TỈNH

Kính gửi: Các đồng chí Thành viên UBND tỉnh.

Ủy ban nhân dân tỉnh tổ chức Hội nghị thường kỳ tháng 11 năm 2031.

Thời gian: Ngày 18/11/2031, bắt đầu từ 7 giờ 30 phút.

Địa điểm: Phòng họp số 1, trụ sở Văn phòng UBND tỉnh.

{asks}Đề nghị các đại biểu thu xếp công việc về dự họp đầy đủ, đúng giờ./.

Nơi nhận:
- Như trên;
- Lưu: VT, TH.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Trần Văn Bình

Chương trình Hội nghị UBND tỉnh thường kỳ tháng 11 năm 2031

{table}
"""

_PROGRAMME = """| TT | Nội dung | {presenter} | {invited} |
|---|---|---|---|
| 1. | Báo cáo tình hình kinh tế - xã hội tháng 11 năm 2031; nhiệm vụ trọng tâm tháng 12 năm \
2031 | Giám đốc Sở Kế hoạch và Đầu tư | Giám đốc các Sở: Tài chính, Công Thương, Xây dựng, Y \
tế, Nội vụ, Tư pháp |
| 2. | Báo cáo quyết toán ngân sách địa phương năm 2030 | Giám đốc Sở Tài chính | Như nội \
dung 1 |
| 3. | Quy định quản lý tài nguyên khoáng sản trên địa bàn tỉnh | Giám đốc Sở Tài nguyên và \
Môi trường | Giám đốc các Sở: Công Thương, Xây dựng, Tư pháp. |
| 4. | Đề án đặt tên đường, phố thị trấn Kiện Khê | Chủ tịch UBND huyện Thanh Liêm | Giám \
đốc Sở Văn hóa, Thể thao và Du lịch |"""

_PLAN_TABLE = """| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Rà soát danh mục dự án đầu tư công năm 2032 | Sở Kế hoạch và Đầu tư | Trước ngày \
30/11/2031 |
| 2 | Lập dự toán ngân sách địa phương năm 2032 | Sở Tài chính | Trước ngày 05/12/2031 |"""

_ROW_OPENINGS = ("Báo cáo tình hình", "Báo cáo quyết toán", "Quy định quản lý", "Đề án đặt tên")


def _texts(text: str) -> list[str]:
    return [task.text for task in parse_notice(text).tasks]


def _has(texts: list[str], start: str) -> bool:
    return any(text.startswith(start) for text in texts)


def _from_rows(texts: list[str]) -> list[str]:
    """The tasks read from the programme's rows: a topic, its presenter or its guests."""
    words = ("giám đốc", "chủ tịch ubnd", *(opening.lower() for opening in _ROW_OPENINGS))
    return [text for text in texts if any(word in text.lower() for word in words)]


def test_programme_table_of_an_invitation_gives_no_task() -> None:
    table = _PROGRAMME.format(presenter="Trình bày", invited="Mời dự")
    texts = _texts(_INVITATION.format(asks="", table=table))
    assert _from_rows(texts) == []


def test_programme_with_presenting_unit_and_guests_gives_no_task() -> None:
    table = _PROGRAMME.format(presenter="Cơ quan trình bày", invited="Thành phần mời dự")
    texts = _texts(_INVITATION.format(asks="", table=table))
    assert _from_rows(texts) == []


def test_invitation_own_ask_stays_beside_its_programme() -> None:
    # counter-example: the invitation's text asks a body to prepare: that is a task
    asks = (
        "Giao Sở Kế hoạch và Đầu tư chuẩn bị tài liệu hội nghị, gửi Văn phòng UBND tỉnh trước "
        "ngày 15/11/2031.\n\n"
    )
    table = _PROGRAMME.format(presenter="Trình bày", invited="Mời dự")
    texts = _texts(_INVITATION.format(asks=asks, table=table))
    assert _has(texts, "Giao Sở Kế hoạch và Đầu tư chuẩn bị tài liệu")
    assert [text for text in _from_rows(texts) if not text.startswith("Giao Sở")] == []


def test_plan_table_with_lead_column_keeps_its_rows() -> None:
    # counter-example: a table naming who leads each row and when it is due gives tasks
    text = _INVITATION.replace("Số: 412/GM-UBND", "Số: 412/KH-UBND").replace(
        "MỜI HỌP UBND TỈNH", "KẾ HOẠCH"
    )
    texts = _texts(text.format(asks="", table=_PLAN_TABLE))
    assert any("rà soát danh mục dự án đầu tư công" in text.lower() for text in texts)
    assert any("lập dự toán ngân sách địa phương" in text.lower() for text in texts)


# --- the invitation's guests and presenters --------------------------------------------------

_GUESTS = """Thành phần:

- Các đồng chí Thường trực HĐND tỉnh, đồng chí Phó Trưởng Đoàn ĐBQH tỉnh mời dự nội dung từ 1 \
đến 3;

- Các đồng chí Thành viên UBND tỉnh mời dự nội dung từ 1 đến 4; tham gia ý kiến trực tiếp vào \
văn bản đối với nội dung 4;

- Tổng Biên tập, phóng viên Báo Hà Nam; Giám đốc, phóng viên Đài Phát thanh - Truyền hình tỉnh \
mời dự, đưa tin nội dung từ 1 đến 3;

Giám đốc Sở, thủ trưởng cơ quan được phân công trình bày báo cáo, đề án, trình bày tóm tắt, nêu \
bật những nội dung chính (thời gian trình bày không quá 15 phút).

"""


def test_invitation_guests_and_presenters_give_no_task() -> None:
    table = _PROGRAMME.format(presenter="Trình bày", invited="Mời dự")
    texts = _texts(_INVITATION.format(asks=_GUESTS, table=table))
    assert texts == []


def test_invitation_guests_beside_an_ask_keep_the_ask() -> None:
    # counter-example: the ask to prepare, dated, stays among the guests' lines
    asks = _GUESTS + (
        "Giao Văn phòng UBND tỉnh chuẩn bị hội trường, tài liệu phục vụ hội nghị trước ngày "
        "17/11/2031.\n\n"
    )
    table = _PROGRAMME.format(presenter="Trình bày", invited="Mời dự")
    texts = _texts(_INVITATION.format(asks=asks, table=table))
    assert _has(texts, "Giao Văn phòng UBND tỉnh chuẩn bị hội trường")
    assert len(texts) == 1


def test_work_for_guests_of_a_session_stays() -> None:
    # counter-example: serving the guests of a session is work ("khách mời dự kỳ họp")
    text = _INVITATION.replace("Số: 412/GM-UBND", "Số: 412/KH-UBND").replace(
        "MỜI HỌP UBND TỈNH", "KẾ HOẠCH"
    )
    asks = (
        "1. Văn phòng HĐND tỉnh:\n\n"
        "- Bố trí nhân lực hỗ trợ hoạt động của đại biểu HĐND tỉnh và đại biểu khách mời dự kỳ "
        "họp;\n\n"
        "- Chuẩn bị hội trường, âm thanh, ánh sáng phục vụ kỳ họp.\n\n"
    )
    texts = _texts(text.format(asks=asks, table=""))
    assert _has(texts, "Bố trí nhân lực hỗ trợ hoạt động")


# --- a petition or a document received on a day ---------------------------------------------

_TRANSFER = """ỦY BAN NHÂN DÂN HUYỆN KRÔNG NÔ
BAN TIẾP CÔNG DÂN
Số: 131/BTCD

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Krông Nô, ngày 11 tháng 6 năm 2031

Kính gửi: Phòng Tài nguyên và Môi trường huyện.

{opening}

Tóm tắt nội dung: Kiến nghị cơ quan chức năng xem xét cấp đổi giấy chứng nhận quyền sử dụng đất.

Sau khi xem xét, Ban Tiếp công dân huyện chuyển đơn nêu trên đến Phòng Tài nguyên và Môi trường \
huyện xem xét, giải quyết theo quy định của pháp luật.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG BAN
Cao Văn Tính
"""


def test_petition_received_on_the_letters_day_is_no_task() -> None:
    opening = (
        "Ngày 11/6/2031, Ban Tiếp công dân huyện tiếp nhận đơn của ông Lê Văn Liêm, cư trú tại "
        "TDP 4, thị trấn Đăk Mâm, huyện Krông Nô."
    )
    texts = _texts(_TRANSFER.format(opening=opening))
    assert _has(texts, "Sau khi xem xét, Ban Tiếp công dân huyện chuyển")
    assert not _has(texts, "Ngày 11/6/2031")


def test_numbered_letter_received_on_the_letters_day_is_no_task() -> None:
    opening = (
        "Ngày 11/6/2031, Ban Tiếp công dân huyện tiếp nhận Công văn số 1027/STNMT-TTr ngày "
        "03/6/2031 của Sở Tài nguyên và Môi trường về việc chuyển đơn của ông Hoàng Minh Mận, cư "
        "trú tại thôn Tân Lập, xã Nâm Nung."
    )
    texts = _texts(_TRANSFER.format(opening=opening))
    assert not _has(texts, "Ngày 11/6/2031")


def test_received_petition_then_an_ask_stays() -> None:
    # counter-example: the opening goes on to ask a body in this letter
    opening = (
        "Ngày 11/6/2031, Ban Tiếp công dân huyện tiếp nhận đơn của ông Lê Văn Liêm, đề nghị Phòng "
        "Tài nguyên và Môi trường huyện kiểm tra, xác minh và báo cáo kết quả trước ngày "
        "30/6/2031."
    )
    assert _has(_texts(_TRANSFER.format(opening=opening)), "Ngày 11/6/2031")
