"""Round 30 (prec): closing carry-out asks and recounted past asks are no tasks.

fresh24's extras, read by class. Two groups recur across sources:
- a letter's or decision's closing ask to carry the document out, worded in ways the carry-out
  reader missed: an execution article whose bodies' names hold a work word ("Sở Xây dựng",
  "Sở Kế hoạch và Đầu tư") and end "… chịu trách nhiệm thi hành Quyết định này kể từ ngày ký",
  an urgent letter's "… triển khai thực hiện nghiêm chỉ đạo của Công điện này";
- a reminder letter's opening that recounts an earlier document's ask ("Tại Công văn số … ngày
  …, Phó Thủ tướng đã giao Bộ … báo cáo trước ngày …", "Ngày …, Văn phòng Chính phủ có văn bản
  số … yêu cầu …") whose due dates have passed when the letter is written: the live ask is the
  letter's own later sentence.
Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice

_LETTER_HEAD = """UBND TỈNH KHÁNH HÒA
SỞ Y TẾ
Số: 2101/SYT-NVY
V/v góp ý dự thảo Thông tư về khám bệnh từ xa

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 20 tháng 10 năm 2031

Kính gửi: Các cơ sở khám bệnh, chữa bệnh trong tỉnh.

"""

# the letter's end block: without it the reader takes the paragraphs as one run of text
_END = """
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn An
"""


_REMINDER_HEAD = """VĂN PHÒNG CHÍNH PHỦ
Số: 4417/VPCP-KGVX
V/v đôn đốc ban hành Thông tư hướng dẫn

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 6 năm 2031

Kính gửi: Bộ Y tế.

"""

_LIVE_ASK = (
    "Phó Thủ tướng yêu cầu Bộ Y tế khẩn trương hoàn thành việc ban hành Thông tư, báo cáo Thủ "
    "tướng Chính phủ trước ngày 30 tháng 7 năm 2031."
)

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
Số: 733/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Yên, ngày 15 tháng 3 năm 2031

QUYẾT ĐỊNH
Về việc phân bổ vốn sửa chữa trường học năm 2031

ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Phân bổ 12.000 triệu đồng vốn sửa chữa trường học năm 2031 cho các huyện.

Điều 2. Ủy ban nhân dân các huyện giải ngân hết số vốn được phân bổ trước ngày 31 tháng 12 \
năm 2031.

Điều 3. {closing}

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
"""

_EXECUTION = (
    "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Kế hoạch và Đầu tư, Tài chính, Xây dựng; Chủ "
    "tịch UBND các huyện, thị xã và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành "
    "Quyết định này kể từ ngày ký./."
)


def _texts(text: str) -> list[str]:
    return [task.text for task in parse_notice(text).tasks]


def _has(texts: list[str], start: str) -> bool:
    return any(text.startswith(start) for text in texts)


# --- closing carry-out asks ------------------------------------------------------------------


def test_execution_article_with_work_words_in_names_is_no_task() -> None:
    texts = _texts(_DECISION.format(closing=_EXECUTION))
    assert _has(texts, "Ủy ban nhân dân các huyện giải ngân")
    assert not _has(texts, "Chánh Văn phòng UBND tỉnh")


def test_execution_article_with_real_work_stays() -> None:
    # counter-example: a body told to guide and report before the execution clause has work
    closing = "Sở Xây dựng hướng dẫn các huyện lập hồ sơ sửa chữa trường học theo Quyết định này."
    texts = _texts(_DECISION.format(closing=closing))
    assert _has(texts, "Sở Xây dựng hướng dẫn")


def test_urgent_letter_carry_out_of_its_instructions_is_no_task() -> None:
    text = (
        _LETTER_HEAD
        + (
            "1. Các cơ sở khám bệnh, chữa bệnh bố trí đủ giường bệnh dự phòng trước ngày "
            "25/10/2031.\n\n"
            "2. Yêu cầu Thủ trưởng các sở, ban ngành; Chủ tịch UBND các huyện, thị xã tập trung "
            "triển khai thực hiện nghiêm chỉ đạo của Công điện này.\n"
        )
        + _END
    )
    texts = _texts(text)
    assert _has(texts, "Các cơ sở khám bệnh, chữa bệnh bố trí")
    assert not _has(texts, "Yêu cầu Thủ trưởng các sở")


# --- recounted past asks ---------------------------------------------------------------------


def test_recounted_past_assignment_is_no_task() -> None:
    text = (
        _REMINDER_HEAD
        + (
            "Tại Công văn số 1502/VPCP-KGVX ngày 09 tháng 10 năm 2030 của Văn phòng Chính phủ, "
            "Phó Thủ tướng đã giao Bộ Y tế xây dựng, ban hành Thông tư hướng dẫn khám bệnh từ "
            "xa; báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2030. Đến nay Bộ Y tế "
            "chưa ban hành "
            f"Thông tư.\n\n{_LIVE_ASK}\n"
        )
        + _END
    )
    texts = _texts(text)
    assert _has(texts, "Phó Thủ tướng yêu cầu Bộ Y tế")
    assert not _has(texts, "Tại Công văn số 1502")


def test_dated_letter_sent_earlier_with_its_ask_is_no_task() -> None:
    text = (
        _REMINDER_HEAD
        + (
            "Ngày 19 tháng 9 năm 2030, Văn phòng Chính phủ có văn bản số 349/TB-VPCP thông báo ý "
            "kiến chỉ đạo của Phó Thủ tướng yêu cầu quý Bộ chủ trì, phối hợp với Bộ Tài chính "
            "khẩn trương ban hành Thông tư liên tịch, báo cáo Phó Thủ tướng trước ngày 30 "
            "tháng 10 năm "
            f"2030.\n\n{_LIVE_ASK}\n"
        )
        + _END
    )
    texts = _texts(text)
    assert _has(texts, "Phó Thủ tướng yêu cầu Bộ Y tế")
    assert not _has(texts, "Ngày 19 tháng 9 năm 2030")


def test_recounted_ask_still_due_stays() -> None:
    # counter-example: the earlier document's date is still ahead when this letter is written
    text = (
        _REMINDER_HEAD
        + (
            "Tại Công văn số 1502/VPCP-KGVX ngày 02 tháng 6 năm 2031 của Văn phòng Chính phủ, Phó "
            "Thủ tướng đã giao Bộ Y tế xây dựng, ban hành Thông tư hướng dẫn khám bệnh từ xa; báo "
            "cáo Thủ tướng Chính phủ trước ngày 30 tháng 6 năm 2031.\n"
        )
        + _END
    )
    assert _has(_texts(text), "Tại Công văn số 1502")


def test_cited_document_then_present_ask_stays() -> None:
    # counter-example: "Thực hiện Công văn số …, đề nghị …" asks in this letter
    text = (
        _LETTER_HEAD
        + (
            "Thực hiện Công văn số 1502/BYT-KCB ngày 13/10/2031 của Bộ Y tế, Sở Y tế đề nghị các "
            "đơn vị rà soát, báo cáo số giường bệnh về Sở trước ngày 27/10/2031.\n"
        )
        + _END
    )
    assert _has(_texts(text), "Thực hiện Công văn số 1502")


def test_oversight_of_execution_stays() -> None:
    # counter-example: a lower-case oversight verb before "thi hành" is work of its own
    closing = "Sở Tư pháp có trách nhiệm theo dõi thi hành Quyết định này."
    assert _has(_texts(_DECISION.format(closing=closing)), "Sở Tư pháp có trách nhiệm")
