"""Round 30 (kgscan), review: what the Công điện rule and the OCR date repair must not touch.

A letter that quotes a Công điện's "CHỦ TỊCH … điện:" block is no Công điện: the quoted bodies
are the cable's addressees, not the letter's, so its points naming no doer do not go to them.
A bracket OCR read beside two digit-like strokes ("tháng l1]") is a stroke; after one character
("ngày 3}") it is a handwritten day OCR garbled, and better no date than a wrong one.
Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice

QUOTING_LETTER = """| SỞ Y TẾ HẬU GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| | Độc lập – Tự do – Hạnh phúc |
| Số: 120/SYT-NVY | Hậu Giang, ngày 12 tháng 10 năm 2030 |
| V/v triển khai Công điện số 88/CĐ-UBND | |

Sở Y tế nhận được Công điện số 88/CĐ-UBND ngày 10/10/2030 của Chủ tịch UBND tỉnh, trong đó:

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG điện:
- Thủ trưởng các sở, ban, ngành tỉnh;
- Chủ tịch UBND các huyện, thị xã, thành phố.

Để thực hiện, Giám đốc Sở Y tế yêu cầu:

1. Xây dựng phương án bảo đảm y tế trong mùa mưa bão.

2. Trung tâm Kiểm soát bệnh tật tỉnh chuẩn bị cơ số thuốc trước ngày 20/10/2030.

| Nơi nhận: | GIÁM ĐỐC |
| - Như trên; | |
| - Lưu: VT. | Lê Văn An |
"""

CABLE = (
    QUOTING_LETTER.replace("| Số: 120/SYT-NVY |", "| Số: 121/CĐ-UBND |")
    .replace(
        "| V/v triển khai Công điện số 88/CĐ-UBND | |",
        "\nCÔNG ĐIỆN\nVề việc ứng phó với bão số 5\n",
    )
    .replace(
        "Sở Y tế nhận được Công điện số 88/CĐ-UBND ngày 10/10/2030 của Chủ tịch UBND tỉnh, "
        "trong đó:\n",
        "",
    )
)

LETTER = """VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{number_line}
Kính gửi: Bộ Lao động - Thương binh và Xã hội
Văn phòng Chính phủ xin thông báo để Quý Bộ biết, thực hiện./.
"""


def _leads(text: str) -> dict[str, tuple[str, ...]]:
    return {task.text[:20]: task.lead for task in parse_notice(text).tasks}


def test_a_letter_quoting_a_cables_addressees_does_not_give_them_its_points() -> None:
    leads = _leads(QUOTING_LETTER)
    assert "Thủ trưởng các sở, ban, ngành tỉnh" not in leads.get("Xây dựng phương án b", ())


def test_the_cable_itself_still_gives_its_addressees_the_points() -> None:
    # the same block in a Công điện (its number "…/CĐ-…" and title): the rule still holds
    assert _leads(CABLE)["Xây dựng phương án b"] == (
        "Thủ trưởng các sở, ban, ngành tỉnh",
        "Chủ tịch UBND các huyện, thị xã, thành phố",
    )


def test_a_bracket_after_one_garbled_day_character_gives_no_date() -> None:
    line = "Số:A Q0>2 /UBND-VP\tKiên Giang, ngày 3} tháng 02 năm 2030"
    assert parse_notice(LETTER.format(number_line=line)).issued_date is None


def test_a_bracket_after_a_two_character_month_is_still_a_stroke() -> None:
    line = "Số: 2.42Ý /&H-SYT\tKiên Giang, ngày 14 tháng l1] năm 2030"
    assert parse_notice(LETTER.format(number_line=line)).issued_date == date(2030, 11, 14)


# A Công điện's sender line and addressee list as OCR leaves them, and its intro's wordings.
CABLE_HEAD = """| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| TỈNH HẬU GIANG | Độc lập – Tự do – Hạnh phúc |
| Số: 88/CĐ-UBND | Hậu Giang, ngày 10 tháng 10 năm 2030 |

HỎA TỐC

CÔNG ĐIỆN
Về việc chủ động ứng phó với bão số 5

{sender}
{addressees}

Bão số 5 đang di chuyển vào vùng biển phía Nam, gây mưa lớn trên diện rộng.

Để chủ động ứng phó, {intro}

1. Tổ chức trực ban 24/24, theo dõi sát diễn biến của bão.

2. Sở Nông nghiệp và Môi trường theo dõi sát diễn biến mưa lũ, báo cáo Chủ tịch UBND tỉnh.

| Nơi nhận: | CHỦ TỊCH |
| - Như trên; | |
| - Lưu: VT. | Trần Văn Bình |
"""
SENDER = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG điện:"
ADDRESSEES = "- Thủ trưởng các sở, ban, ngành tỉnh;\n- Chủ tịch UBND các huyện, thị xã, thành phố."
INTRO = "Chủ tịch UBND tỉnh yêu cầu:"
BOTH = ("Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các huyện, thị xã, thành phố")


def _first_lead(
    sender: str = SENDER, addressees: str = ADDRESSEES, intro: str = INTRO
) -> tuple[str, ...]:
    text = CABLE_HEAD.format(sender=sender, addressees=addressees, intro=intro)
    return _leads(text).get("Tổ chức trực ban 24/", ())


def test_addressee_lines_without_a_dash() -> None:
    lines = "Thủ trưởng các sở, ban, ngành tỉnh;\nChủ tịch UBND các huyện, thị xã, thành phố."
    assert _first_lead(addressees=lines) == BOTH


def test_addressee_lines_with_ocr_dashes() -> None:
    lines = "_ Thủ trưởng các sở, ban, ngành tỉnh;\n— Chủ tịch UBND các huyện, thị xã, thành phố."
    assert _first_lead(addressees=lines) == BOTH


def test_addressee_lines_glued_by_ocr() -> None:
    line = "- Thủ trưởng các sở, ban, ngành tỉnh; - Chủ tịch UBND các huyện, thị xã, thành phố."
    assert _first_lead(addressees=line) == BOTH


def test_a_dashed_body_paragraph_after_the_list_is_no_addressee() -> None:
    extra = ADDRESSEES + "\n- Bão số 5 đang di chuyển vào vùng biển phía Nam, gây mưa lớn."
    assert _first_lead(addressees=extra) == BOTH


def test_a_no_dash_paragraph_after_the_list_is_no_addressee() -> None:
    # counter-example: the list closes at its "." line
    lines = ADDRESSEES.replace("- ", "") + "\nBão số 5 mạnh."
    assert _first_lead(addressees=lines) == BOTH


def test_sender_line_variants() -> None:
    for sender in (
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG điện;",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG diện:",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG điện",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG điện khẩn:",
        "Chủ tịch Ủy ban nhân dân tỉnh Hậu Giang điện:",
    ):
        assert _first_lead(sender=sender) == BOTH, sender


def test_a_sentence_ending_in_power_is_no_sender_line() -> None:
    # counter-example: "điện" ending a sentence of the body is power, not the verb of a cable
    sender = "Công ty Điện lực tỉnh bảo đảm cung cấp điện"
    assert _first_lead(sender=sender) != BOTH


def test_intro_variants_naming_no_one() -> None:
    for intro in (
        "Chủ tịch UBND tỉnh yêu cầu như sau:",
        "Chủ tịch UBND tỉnh yêu cầu thực hiện nghiêm các nội dung sau:",
    ):
        assert _first_lead(intro=intro) == BOTH, intro


def test_an_intro_naming_its_bodies_keeps_them() -> None:
    # counter-example: a request naming its bodies leads with them, not the cable's list
    intro = "Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế thực hiện các nội dung sau:"
    assert _first_lead(intro=intro) == ("Giám đốc Sở Y tế",)
