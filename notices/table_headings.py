"""The body a heading names: a short paragraph above a unit's table ("2. Thanh tra Sở (5 nhiệm
vụ):"), a lead label ("Đơn vị chủ trì: …"), or a group heading row inside a table ("| PHÒNG
KINH TẾ |")."""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.name_kinds import assignee_start
from notices.table_cells import STRONG
from notices.text import fold_key

# A heading over a unit's table: an optional marker ("1.", "II.", "a)"), the unit's name, an
# optional note in brackets ("(6 nhiệm vụ trọng tâm)"), an optional colon.
_HEADING_MARKER = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)]\s+")
_HEADING_NOTE = re.compile(r"\s*\([^()]*\)\s*")
# A note whose closing bracket a scan lost, with what OCR made of the rest of the line ("2. Phòng
# Bưu chính, Viễn thông (6 NV trọng lâm: —"): the body ends where the note opens.
_OPEN_NOTE = re.compile(r"\s*\([^()]*$")
# "Nhiệm vụ trọng tâm của Phòng …", "Đối với Thanh tra Sở": the body follows.
_HEADING_DUTIES = re.compile(
    r"^(?:(?:(?:các\s+)?(?:nhiệm vụ|công việc)(?:\s+trọng tâm)?(?:\s+năm\s+\d{4})?"
    r"\s+(?:của|giao cho|giao)|đối với|giao)\s+)(?=[A-ZĐ])",
    re.IGNORECASE,
)


def heading_body(paragraph: str) -> str | None:
    """The body a short heading paragraph names and nothing more ("2. Thanh tra Sở (5 nhiệm
    vụ):", "PHÒNG KẾ HOẠCH – TÀI CHÍNH", "Biểu 2: Nhiệm vụ của Thanh tra Sở"), else None (a
    sentence, a topic heading "Văn phòng điện tử", a label and its value "Kính gửi: Sở Y tế",
    "Đơn vị báo cáo: UBND huyện …", "Thành phần: …": who is addressed, reports or attends)."""
    text = STRONG.sub("", " ".join(paragraph.split()))
    text = _HEADING_MARKER.sub("", text)
    text = _OPEN_NOTE.sub("", _HEADING_NOTE.sub(" ", text))
    # "1. Văn phòng Sở: 5 nhiệm vụ", or a caption "Biểu 2: Nhiệm vụ của Thanh tra Sở"
    parts = text.split(":", 1)
    lead_label = len(parts) == 2 and bool(_LEAD_LABEL.match(fold_key(parts[0].strip())))
    for after, part in enumerate(parts):
        part = part.strip().rstrip(" .")
        duties = _HEADING_DUTIES.sub("", part)
        if after and duties == part and not lead_label:
            continue  # after a label, only the duties of a body name it ("Phụ lục II: Sở …")
        part = duties
        if not part or "." in part or ";" in part or analyze(part).leads:
            continue  # "Sở Tư pháp chủ trì …": a body that does something, a sentence
        body = group_body([part])
        if body is not None and _names_unit(body):
            return body
    return None


# A name after its head word: a capital ("Văn phòng Sở", "Phòng Tài chính - Kế hoạch") or a
# level of government at its end ("Công an tỉnh"). A head word in a common noun ("Văn phòng
# điện tử", "Sở hữu trí tuệ", "Ban hành …") names a topic.
_LEVEL_END = re.compile(r"\b(?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran|trung uong)$")


# A label that names who leads the work below ("Đơn vị chủ trì: Phòng Tư pháp"); who reports
# or attends ("Đơn vị báo cáo: …", "Thành phần: …") is none.
_LEAD_LABEL = re.compile(
    r"^(?:don vi|co quan|bo phan)\s+(?:chu tri|thuc hien|phu trach|duoc giao)$|^chu tri$"
)
# A head noun that names a unit with its name in small letters as well ("Phòng tài chính - kế
# hoạch", "Trung tâm y tế"); "Văn phòng điện tử", "Sở hữu trí tuệ" are topics.
_UNIT_HEAD = re.compile(r"^(?:phong|trung tam|chi cuc|benh vien|hat kiem lam|ban quan ly)\s+\w")


def lead_label(paragraph: str) -> bool:
    """A label line that names the lead of the table below ("Đơn vị chủ trì: Phòng Tư pháp"):
    once the rows name it ("- Giao Phòng Tư pháp chủ trì: …") the line says nothing more."""
    text = STRONG.sub("", " ".join(paragraph.split()))
    label, colon, _ = _HEADING_MARKER.sub("", text).partition(":")
    return bool(colon) and bool(_LEAD_LABEL.match(fold_key(label.strip())))


def _names_unit(body: str) -> bool:
    if body.isupper() or _UNIT_HEAD.match(fold_key(body)):
        return True
    if any(word[:1].isupper() or word[:1].isdigit() for word in body.split()[1:]):
        return True
    return bool(_LEVEL_END.search(fold_key(body)))


def group_body(row: list[str]) -> str | None:
    """The body a group heading row names: one text across the row (in its first cell, or
    repeated in every cell of a merged row) that opens with a body's name ("PHÒNG KINH TẾ",
    "UBND PHƯỜNG …", "Ban Quản lý chợ"); the rows below it are that body's. A heading that
    names a topic ("I. NHIỆM VỤ CHUNG") is None, as is any row with two texts."""
    texts = {" ".join(cell.split()) for cell in row} - {""}
    if len(texts) != 1 or not " ".join(row[0].split()):
        return None
    text = texts.pop().rstrip(" .…:")
    if not text or len(text.split()) > 12 or not _BODY_HEAD.match(text.lower()):
        return None
    return text if assignee_start(text, text.lower(), 0) == "org" else None


# The head of a body a group heading names, with a name after it ("PHÒNG NỘI VỤ", "UBND XÃ …",
# "BAN QUẢN LÝ CHỢ …"): a topic heading may open with a place or a kind of actor ("THÀNH PHỐ
# THÔNG MINH", "DOANH NGHIỆP NHỎ VÀ VỪA", "PHÒNG, CHỐNG DỊCH", "THANH TRA, GIẢI QUYẾT KHIẾU NẠI").
_BODY_HEAD = re.compile(
    r"(?:phòng(?! (?:chống|ngừa|cháy|tránh|dịch|bệnh)\b)|ubnd|ủy ban|uỷ ban|ubmttq|mặt trận"
    r"|ban(?! hành\b)|bql|bcđ|bch|sở|trung tâm|chi cục|tổng cục|cục|văn phòng|công an"
    r"|thanh tra|kho bạc|chi nhánh|bệnh viện|hội đồng|hội liên hiệp|hội nông dân"
    r"|hội cựu chiến binh|hội phụ nữ|hội chữ thập đỏ|liên đoàn lao động|đoàn thanh niên"
    r"|huyện đoàn|tỉnh đoàn|thành đoàn"
    r"|bộ chỉ huy|hạt kiểm lâm|đài (?:phát thanh|truyền thanh)|viện|trạm|đảng ủy|đảng uỷ|chi bộ"
    r"|bảo hiểm xã hội|ngân hàng|công ty|điện lực|đội(?! ngũ)"
    r"|trường (?:thpt|thcs|tiểu học|mầm non|đại học|cao đẳng|trung cấp|chính trị))"
    r"\s+[^\W\d_]"
)
