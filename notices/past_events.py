"""Sentences that narrate a past event or a document received: they assign no work."""

from __future__ import annotations

import re
from datetime import date

from notices.deadlines import names_due_date
from notices.statement_words import DOC, WORK_VERB

# "Ngày 30/6/2025, Chính phủ ban hành …", "Sáng ngày 18 tháng 11 năm 2025, …".
_DATED_OPENING = re.compile(
    r"^(?:(?:sáng|chiều|tối|trưa)\s+)?ngày\s+(\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(\d{1,2})"
    r"\s*(?:/|-|\.|\s+năm\s+)\s*(\d{4})\s*,"
)

# "… tổ chức hội nghị sơ kết vào ngày 10/10/2025 …": an event on a day ("vào ngày", not "trước
# ngày" or "chậm nhất ngày", which set a deadline).
_EVENT_DAY = re.compile(
    r"\bvào\s+(?:(?:sáng|chiều|tối|trưa)\s+)?ngày\s+(\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*"
    r"(\d{1,2})\s*(?:/|-|\.|\s+năm\s+)\s*(\d{4})\b"
)
# "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 123/KH-UBND …": a document that has its number is
# issued already; its issuing is told, not asked ("… ban hành kèm theo Quyết định số …" cites).
_ISSUED_NUMBERED = re.compile(
    rf"^(?P<subject>[^;:]{{2,160}}?)\s+(?:đã\s+)?ban hành\s+(?!kèm)(?:các\s+)?{DOC}\b"
    r"[^;]{0,40}?\bsố\s+\d"
)


# "UBND tỉnh nhận được Văn bản số 4705/HD-BQP ngày … của Bộ Quốc phòng hướng dẫn …", "Văn phòng
# Trung ương Đảng có văn bản số 15000-CV/VPTW … gửi Đảng ủy Chính phủ đề nghị cho ý kiến …": a
# numbered document received or sent, told (what it asks is its own); "…, UBND tỉnh giao Sở …"
# or "…, đề nghị …" after a comma asks in this letter, and stays.
# "Đồng thời, Sở Tư pháp nhận được Phiếu chuyển số …": a second document received, told the same
# way; a transmittal slip ("Phiếu chuyển", "Phiếu trình") is a numbered document too.
_ALSO = r"(?:(?:đồng thời|ngoài ra|bên cạnh đó|mặt khác|trước đó|tiếp đó)\s*,\s*)?"
_RECEIVED = re.compile(
    rf"^{_ALSO}(?:(?P<subject>[^,;:]{{2,120}}?)\s+)?(?:đã\s+)?(?:nhận được|có)\s+"
    rf"(?:{DOC}|tờ trình|báo cáo|giấy mời|hướng dẫn|phiếu (?:chuyển|trình))\s+số\s*\d"
    r"(?![^;]*,\s*(?:[^,;]{0,120}?\s)?(?:đề nghị|yêu cầu|giao|chỉ đạo|sẽ|phải|cần)(?![^\W_]))"
    r"[^;]*$"
)

# "Ngày 07/6/2019, Ban Tiếp công dân huyện tiếp nhận đơn của ông …", "Ngày 11/6/2019, Ban Tiếp
# công dân huyện tiếp nhận Công văn số 1027/… về việc chuyển đơn …": a petition or a document
# received on a day, told at a letter's opening (a receipt is past even on the letter's own day,
# or when a scan's date line is lost); an ask after a comma ("…, đề nghị …") stays.
_RECEIVED_ON_DAY = re.compile(
    # ("Vào ngày …", a day without its year, "02 đơn", "đơn đề nghị", "đơn thư" read so too)
    r"^(?:vào\s+)?ngày\s+\d{1,2}\s*(?:/|-|\.|\s+tháng\s+)\s*\d{1,2}"
    r"(?:\s*(?:/|-|\.|\s+năm\s+)\s*\d{4})?\s*,\s*"
    r"(?P<subject>[^,;:]{2,120}?)\s+(?:đã\s+)?(?:tiếp nhận|nhận được)\s+(?:\d{1,3}\s+)?"
    r"(?:(?:nội dung\s+)?(?:đơn(?:\s+thư|\s+(?:đề nghị|kiến nghị|khiếu nại|tố cáo|phản ánh))?"
    r"|kiến nghị|phản ánh|khiếu nại|tố cáo)\s+(?:của|đề ngày)\s"
    rf"|{DOC}\s+số\s*\d)"
    r"(?![^;]*,\s*(?:[^,;]{0,120}?\s)?(?:đề nghị|yêu cầu|giao|chỉ đạo|sẽ|phải|cần)(?![^\W_]))"
    # (the receipt's own transfer: "… và chuyển đơn đến Chủ tịch UBND huyện … xem xét, giải
    # quyết", "… để xem xét, giải quyết": the addressee's work is in this sentence)
    r"(?![^;]*(?:\svà|,)\s*(?:đã\s+)?chuyển\s[^;]*?\s(?:đến|tới)\s)"
    r"(?![^;]*\sđể\s+(?:xem xét|giải quyết)(?![^\W_]))"
)

# "Sở Tư pháp kính chuyển Quyết định số 81/QĐ-TTg … đến Quý Cơ quan, đơn vị để nghiên cứu, tham
# khảo …": the writer passes a numbered document on for reading; its own sending is no work of the
# addressee's (an ask or a date after it, "… để triển khai, báo cáo trước ngày …", is).
_READ = r"(?:nghiên cứu|tham khảo|biết|nắm(?:\s+được)?|vận dụng|áp dụng)"
_FORWARDED = re.compile(
    r"^(?P<subject>[^,;:]{2,120}?)\s+(?:(?:kính|trân trọng|xin)\s+)?(?:sao\s+)?"
    # ("kính chuyên Quyết định số …": a scan's OCR lost the hook, no word reads so before a number)
    rf"(?:chuyển|gửi|chuyên(?=\s+{DOC}\s+số))(?:\s+kèm(?:\s+theo)?)?\s+(?:các\s+)?{DOC}\s+số\s*\d"
    rf"[^;]*?\s(?:đến|tới|cho)\s[^;]*?\sđể\s+{_READ}(?:\s*(?:,|và)\s*(?:{_READ}|thực hiện))*"
    # (only reading words, then at most when or how: "… để biết, chỉ đạo các trường …" and "… để
    # nắm, phổ biến tới …" give the addressee work of its own)
    r"(?:\s+(?:trong quá trình|trong khi|khi|phù hợp)\s[^;]*)?\s*[.;/]*$"
)

# "Các xã khi nhận được Văn bản số … khẩn trương rà soát …", "Ngay sau khi nhận được Văn bản số
# …, các xã …", "… nhận được văn bản số … thì tham mưu …": what to do on receipt, an instruction.
_ON_RECEIPT = re.compile(r"(?<![^\W_])khi\s+(?:đã\s+)?(?:nhận được|có)\s|(?<![^\W_])thì(?![^\W_])")


def narrates_past(low: str, reference: date | None) -> bool:
    """A sentence opening with a day before the notice's, an event held on such a day, or a
    numbered document being issued, received or passed on for reading: what was done."""
    issued = _ISSUED_NUMBERED.match(low)
    if issued is not None and not WORK_VERB.search(issued["subject"]):
        return True
    received = _RECEIVED.match(low)
    if (
        received is not None
        and not WORK_VERB.search(received["subject"] or "")
        and not _ON_RECEIPT.search(low)
        and not names_due_date(low, yearless=True)
    ):
        return True
    on_day = _RECEIVED_ON_DAY.match(low)
    if (
        on_day is not None
        and not WORK_VERB.search(on_day["subject"])
        and not names_due_date(low, yearless=True)
    ):
        return True
    forwarded = _FORWARDED.match(low)
    if (
        forwarded is not None
        and not WORK_VERB.search(forwarded["subject"])
        and not names_due_date(low, yearless=True)
    ):
        return True
    if reference is None:
        return False
    for m in (_DATED_OPENING.match(low), *_EVENT_DAY.finditer(low)):
        if m is None:
            continue
        try:
            when = date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            continue
        if when < reference:
            return True
    return False
