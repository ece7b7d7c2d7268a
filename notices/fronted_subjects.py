"""The subject after a sentence's opener ("Trên cơ sở …, các sở chủ động …") or after a short
topic label ("Tiêu chuẩn - đo lường: UBND huyện chủ động …")."""

from __future__ import annotations

import re

from notices.clause_cues import CUE_RX, DURING, SUPPORT, WORD_END
from notices.clause_roles import Roles, span_names, subject_role
from notices.names import assignee_start, split_assignees
from notices.subjects import scan_subject

# "Riêng Trường X …", "Riêng đối với Phòng Y …": one body singled out of those named before
_SINGLED_OUT = re.compile(r"riêng\s+(?:đối với\s+|với\s+)?")
# "Riêng Trường X không tổ chức …", "… chưa phải …", "… được miễn …": the one body exempted
_EXEMPTED = re.compile(r"(?<![^\W_])(?:không|chưa|được\s+miễn)(?![^\W_])")


_COMMA = re.compile(r"[,:]\s*")
_SUBJECT_AFTER = re.compile(r"[,:]\s*|(?<![^\W_])thì\s+")
_PEOPLE_TOPIC = re.compile(r"đối với\s+(?:những|các)\s+người(?![^\W_])")


def from_inner_subject(text: str, low: str, start: int, roles: Roles) -> None:
    """ "Trên cơ sở …, các sở, ngành, địa phương chủ động xây dựng …": subject after an opener."""
    # "Đối với những người … chưa kê khai thì Bộ trưởng, Thủ trưởng … phải tổ chức …": a group of
    # people, then "thì" and the subject, as after a comma (a case's "Trường hợp … thì …" stays)
    after = _SUBJECT_AFTER if _PEOPLE_TOPIC.match(low, start) else _COMMA
    starts = [c.end() for c in after.finditer(low[: min(len(low), 600)])]
    during = DURING.match(low, start)
    if during and during.end() < len(text) and text[during.end()].isupper():
        starts.insert(0, during.end())  # "Trong quá trình thực hiện Thủ trưởng các …" (no comma)
    alone = _SINGLED_OUT.match(low, start)
    if alone and alone.end() < len(text) and text[alone.end()].isupper():
        starts.insert(0, alone.end())  # "Riêng Trường Tiểu học X chuẩn bị …" (no comma)
    for pos in starts:
        if pos <= start or not _strong_start(text, low, pos) or _in_partners(text, low, pos):
            continue
        cond = _IF.search(low, start + 1, pos)
        if cond and (
            _DIFFICULTY.match(low, cond.end()) or low.startswith("trong quá trình", start)
        ):
            # "Trong quá trình thực hiện, nếu có vướng mắc, các sở …", "…, nếu thấy cần sửa
            # đổi, bổ sung, các bộ …": what to do if something arises while the work is done;
            # another condition ("Căn cứ …, nếu đủ điều kiện, UBND huyện cấp …") still asks the
            # body after it
            return
        if _in_objects(text, low, start, pos):
            continue
        span = scan_subject(text, low, pos)
        if span is None or not span.term or span.term in (":", ")"):
            continue
        if alone and pos == alone.end() and _EXEMPTED.search(low, pos, span.term_end):
            return
        names = span_names(text, pos, span)
        if names and subject_role(text, low, names, span, roles):
            return


# A condition ("…, nếu có vướng mắc, …", "… thực hiện nếu có …"); "(nếu có)" only qualifies a
# noun.
_IF = re.compile(
    r"(?:(?:^|[,;]\s*)trường hợp|(?<![(])(?<![^\W_])nếu)(?![^\W_])"
)  # "trường hợp" inside a clause is a noun ("mở rộng trường hợp thu hồi đất")
_DIFFICULTY = re.compile(
    r"\s+(?:có\s+)?(?:phát sinh\s+)?(?:những\s+|các\s+)?(?:khó khăn|vướng mắc|vấn đề phát sinh)"
)


# "Tiêu chuẩn - đo lường - chất lượng: UBND huyện chủ động …": a short topic, its colon, then
# the subject of the work.
TOPIC_LABEL = re.compile(r"[^:;,.()\d]{3,60}:\s*")
# "Nhiệm vụ: …", "Cơ quan thực hiện: …", "Thời gian: …": a field of a plan's row or an event,
# read with its siblings, not a topic.
_FIELD_LABEL = re.compile(
    r"(?:nhiệm vụ|nội dung|thời gian|thời hạn|địa điểm|thành phần|đối tượng|hình thức"
    r"|cách thức|phương thức|phương pháp|cơ quan|đơn vị|kết quả|sản phẩm|kinh phí|nguồn"
    r"|giải pháp|mục tiêu|mục đích|yêu cầu|ghi chú|lưu ý|lý do|căn cứ|trách nhiệm|phân công"
    r"|tổ chức|chủ trì|phối hợp|tiến độ|dự kiến|hoạt động|công việc)" + WORD_END
)


_WILL = re.compile(r"(?<![^\W_])sẽ\s*$")
# A label of a report ("Tình hình dịch bệnh:", "Kết quả thực hiện:") heads what happened.
_REPORT_LABEL = re.compile(r"(?:tình hình|kết quả)" + WORD_END)
# What a subject after a topic label underwent or reported (the scan may keep it in the name:
# "Công an tỉnh phát hiện, xử lý …"): no work asked of it.
_REPORTED = re.compile(r"(?<![^\W_])(?:được|là|bị|ghi nhận|phát hiện|tiếp nhận|đạt|đã)(?![^\W_])")


def from_topic(text: str, low: str, pos: int, roles: Roles) -> None:
    """The subject right after a topic label, when the label itself names no work."""
    if CUE_RX.search(low, 0, pos) or assignee_start(text, low, 0) is not None:
        return
    if _FIELD_LABEL.match(low, 0) or _REPORT_LABEL.match(low, 0):
        return
    if not _strong_start(text, low, pos):
        return
    span = scan_subject(text, low, pos)
    if span is None or not span.term or span.term in (":", ")"):
        return
    if not CUE_RX.search(low, span.end):
        return  # "Đô thị: Cơ sở giáo dục tại các phường": a table's category, no work at all
    if _REPORTED.search(low, pos, span.term_end):
        return  # "Dịch bệnh: Trung tâm Y tế huyện ghi nhận 35 ca": a report, not an ask
    if span.term == "sẽ" or _WILL.search(low, pos, span.end):
        return  # "Hạ tầng mạng …: Bộ Công an sẽ phối hợp …": how an option will work, no ask
    names = span_names(text, pos, span)
    if names:
        subject_role(text, low, names, span, roles)


def _in_partners(text: str, low: str, pos: int) -> bool:
    """ "… phối hợp với các sở, ban, ngành, Ủy ban nhân dân xã, phường bố trí kinh phí": a name
    after a comma of a partner list is one more partner, not the subject of what follows."""
    found = list(SUPPORT.finditer(low[:pos]))
    if not found:
        return False
    partners = found[-1]
    between = text[partners.end() : pos].strip(" ,")
    return bool(between) and split_assignees(between, strict=True) is not None


_DIRECTS_OBJECTS = re.compile(r"(?<![^\W_])(?:chỉ đạo|đôn đốc|hướng dẫn)\s+")


def _in_objects(text: str, low: str, start: int, pos: int) -> bool:
    """ "Căn cứ …, chỉ đạo các trường phổ thông, các trường nghề lồng ghép …", "… theo dõi, đôn
    đốc các sở, ngành, UBND các xã triển khai …": a name after a comma of the bodies a verb of
    directing governs is one more of them, not the subject of what follows."""
    found = list(_DIRECTS_OBJECTS.finditer(low, start, pos))
    if not found:
        return False
    between = text[found[-1].end() : pos].strip(" ,")
    return bool(between) and split_assignees(between, strict=True) is not None


_STRONG_ROLE = re.compile(
    r"(?:thủ trưởng|giám đốc|chủ tịch|phó chủ tịch|người đứng đầu|bí thư|trưởng ban|bộ trưởng)"
    + WORD_END
)


def _strong_start(text: str, low: str, pos: int) -> bool:
    """A subject after an opener clause must open clearly: a body, a group, a person or a title
    ("cán bộ, công chức" inside a list of objects is not a subject)."""
    kind = assignee_start(text, low, pos)
    if kind in ("org", "group", "person"):
        return True
    # "Đối với các hoạt động trải nghiệm, Hiệu trưởng tổ chức …": a title written with its
    # capital after the opener's comma opens the sentence's own subject
    return kind == "role" and (bool(_STRONG_ROLE.match(low, pos)) or text[pos].isupper())
