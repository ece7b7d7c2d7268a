"""Standing statements a decision or an emulation plan makes: quotas, a body's status, its powers.

They name bodies and carry numbers or verbs, yet give no work to track:
- a quota of awards or places ("Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;", "Ban bầu cử
  đại biểu Quốc hội: 01 cá nhân/01 ban;", "Đối với Sở Y tế; Công an tỉnh mỗi đơn vị đề nghị không
  quá 01 tập thể, 03 cá nhân;");
- what a body is ("Ban Quản lý Khu kinh tế … (sau đây gọi tắt là Ban Quản lý) là cơ quan hành chính
  thuộc Ủy ban nhân dân thành phố, thực hiện chức năng quản lý nhà nước …");
- that a body exercises its powers as the law says ("Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo
  quy định của pháp luật hiện hành.");
- where the money comes from ("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà
  nước …") and which rules a matter follows ("Việc quản lý, sử dụng và quyết toán kinh phí thực
  hiện theo quy định của pháp luật về ngân sách nhà nước.").
"""

from __future__ import annotations

import re

_UNIT = (
    r"(?:cá nhân|tập thể|người|trường hợp|đại biểu|học viên|suất|lượt|sáng kiến|công trình"
    r"|tác phẩm|gương|điển hình|hồ sơ)"
)
_NUMBER = r"(?:0?\d{1,3}|một|hai|ba|bốn|năm)"
# "không quá 05 cá nhân", "01 cá nhân/01 ban", "tối đa 03 học viên", "02 trường hợp (tập thể hoặc
# cá nhân)"; the bracket may list exceptions ("tối đa 05 người (riêng A, B, C: mỗi đơn vị tối đa
# 07 người; D: tối đa 10 người)").
_COUNT = (
    rf"(?:(?:không quá|tối đa|tối thiểu|ít nhất|từ)\s+)?{_NUMBER}\s+{_UNIT}"
    rf"(?:\s*/\s*(?:{_NUMBER}\s+)?[^\s,;.()/]+)?(?:\s*\([^()]{{0,240}}\))?"
)
_PICKS = r"(?:(?:được\s+)?(?:chọn cử|xét chọn|lựa chọn|chọn|cử|đề nghị|giới thiệu)\s+)?"
# The quota closes the sentence, after a "Body:" label or a "mỗi đơn vị/xã, phường …" subject;
# "…, đảm bảo đủ điều kiện tiêu chuẩn theo quy định" may follow it.
_QUOTA = re.compile(
    rf"(?P<at>:\s*|(?:^|\s)mỗi\s+[^;:.]{{1,40}}?\s+(?=[^;:.]*\d)|^){_PICKS}{_COUNT}"
    rf"(?:\s*(?:,|và|hoặc)\s*{_COUNT})*"
    r"(?:\s*,\s*(?:đảm bảo|bảo đảm)\s[^.;:]{0,100})?\s*[.;]?\s*$"
)
# Work before a per-body count makes the count the work's size, not a quota: "cử cán bộ tham gia
# lớp tập huấn, mỗi đơn vị 02 người", "đăng ký tham dự hội nghị, mỗi xã tối đa 03 người".
_WORK_BEFORE = re.compile(
    r"\b(?:báo cáo|tổng hợp|trình|tham mưu|chủ trì|hướng dẫn|thẩm định|gửi|lập|rà soát"
    r"|(?<!bầu )cử|tham gia|tham dự|đăng ký|bố trí|phân công)\b"
)

_POWERS = r"(?:chức năng|nhiệm vụ|quyền hạn|cơ cấu tổ chức)"
# "Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật hiện hành.", "Trung tâm
# có chức năng, nhiệm vụ, quyền hạn theo quy định tại Nghị định số 118/2025/NĐ-CP."
_POWERS_BY_LAW = re.compile(
    rf"^(?P<subject>[^.;:]{{2,160}}?)\s+(?:thực hiện|có|được giao)\s+(?:các\s+)?{_POWERS}"
    rf"(?:\s*(?:,|và)\s*{_POWERS})*\s+theo\s+(?:đúng\s+)?quy định"
    r"(?:\s+(?:của|tại)\s[^.;]{0,160}?)?(?:\s+hiện hành)?\s*[.;]?\s*$"
)
# "X (sau đây gọi tắt là Y) là cơ quan hành chính thuộc …", "X là đơn vị sự nghiệp công lập …".
_STATUS = re.compile(
    r"^(?P<subject>[^;:]{2,200}?)\s+là\s+(?:một\s+)?(?:cơ quan|đơn vị|tổ chức|quỹ|ban|bộ phận)"
    r"\s+(?:hành chính|sự nghiệp|chuyên môn|trực thuộc|thuộc|tài chính|ngoài công lập|nhà nước"
    r"|giúp việc|công lập)\b"
)
_ASKS = re.compile(r"\b(?:giao|đề nghị|yêu cầu)\s")
# what a status sentence may say it does without naming a piece of work
_FUNCTIONS = re.compile(r"(?:tổ chức\s+)?thực hiện\s+(?:các\s+)?chức năng(?:,\s*nhiệm vụ)?")
_DOES_WORK = re.compile(
    r"\b(?:đầu mối|thường trực|chủ trì|phối hợp|tham mưu|chịu trách nhiệm|có trách nhiệm|báo cáo"
    r"|hướng dẫn|kiểm tra|giám sát|triển khai|rà soát|tổng hợp|trình|đề nghị|yêu cầu)\b"
)

# "Các Sở, ban, ngành … quy định số lượng khen thưởng theo thẩm quyền.": who sets a quota.
_SETS_QUOTA = re.compile(
    r"\b(?:quy định|quyết định|phân bổ)\s+số lượng\s[^.;]{0,60}?\btheo\s+thẩm quyền\s*[.;]?\s*$"
)


def is_quota(low: str) -> bool:
    """A quota of awards or places closing the (match-form) sentence, with no work before it,
    or a body setting such quotas within its authority."""
    if _SETS_QUOTA.search(low):
        return True
    m = _QUOTA.search(low)
    if m is None:
        return False
    before = low[: m.start()] if not m["at"].startswith(":") else ""
    return not _WORK_BEFORE.search(before)


# "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách …", "Kinh phí tổ chức các hoạt động
# do ngân sách tỉnh bảo đảm", "Nguồn kinh phí: được bố trí trong dự toán …": the source only.
_FUNDING = re.compile(
    r"^(?:nguồn\s+)?kinh phí\b[^.;]{0,120}?(?:\s|:\s*)(?:được\s+|sẽ được\s+)?(?:bố trí|đảm bảo"
    r"|bảo đảm|cân đối|sử dụng|lồng ghép|trích|chi|huy động)\s+(?:từ|trong|bằng|theo)\b"
    r"|^(?:nguồn\s+)?kinh phí\b[^.;]{0,120}?\sdo\s+(?:nguồn\s+)?ngân sách\s[^.;]{0,60}?"
    r"(?:bảo đảm|đảm bảo|bố trí|cấp)\b"
)
# "Việc đăng ký xây dựng quyết định của UBND thực hiện theo Quy chế làm việc của UBND.": the rule
# a matter follows.
_MATTER_FOLLOWS = re.compile(
    r"^việc\s[^.;:]{2,160}?\s(?:được\s+)?(?:thực hiện|áp dụng)\s+theo\s+(?:đúng\s+)?(?:các\s+)?"
    r"(?:quy định|quy chế|hướng dẫn|luật|nghị định|thông tư)\b[^;]*$"
)


# "Ban Biên tập … làm việc theo chế độ kiêm nhiệm, được hưởng chế độ theo quy định và được sử
# dụng con dấu của Sở …", "Tổ công tác … tự giải thể sau khi hoàn thành nhiệm vụ": how a board a
# decision forms works, what it may use, when it ends; "Học viện … hoạt động theo Quy chế tổ chức
# và hoạt động do … ban hành", "Tập đoàn … và các đơn vị thành viên tổ chức hoạt động theo quy
# định của pháp luật …": the rules a founded body runs under.
_REGIME = re.compile(
    r"^(?P<subject>[^.;:]{2,200}?)\s+(?:(?:làm việc|hoạt động)\s+theo\s+(?:chế độ\s+"
    r"(?:kiêm nhiệm|chuyên trách)|(?:quy chế|điều lệ)(?![^\W_]))"
    r"|(?:tự\s+)?(?:giải thể|chấm dứt hoạt động)\s+(?:sau khi|khi)\s"
    r"|tổ chức\s+hoạt động\s+theo\s+quy định của pháp luật(?![^\W_]))"
)

# ("… con dấu của UBND huyện để giao dịch" asks nobody)
_REGIME_ASKS = re.compile(r"\b(?:giao(?!\s+(?:dịch|ban|thông|lưu|tiếp))|đề nghị|yêu cầu)\s")


def board_regime(low: str) -> bool | None:
    """How a board works or when it ends, nothing more (None: the sentence speaks of no regime;
    False: it does, with work beside it). A second clause is read on its own: "Tổ công tác làm
    việc theo chế độ kiêm nhiệm; Tổ trưởng phân công nhiệm vụ cho các thành viên." gives the
    Tổ trưởng work (the caller drops the regime's clause)."""
    regime = _REGIME.match(low)
    if regime is None:
        return None
    if re.search(r"[;.]\s*\S", low[regime.end() :].rstrip("./ ")):
        return False
    # (the board's name may hold work words: "Tổ công tác rà soát …")
    return not _REGIME_ASKS.search(low) and not _DOES_WORK.search(low, regime.end())


def is_standing(low: str) -> bool:
    """What a body is, how a board works and when it ends, that it exercises its powers as the
    law provides, where the money comes from, which rules a matter follows: no task."""
    regime = board_regime(low)
    if regime is not None:
        return regime
    if _FUNDING.match(low) or _MATTER_FOLLOWS.match(low):
        return not _ASKS.search(low)
    powers = _POWERS_BY_LAW.match(low)
    if powers is not None and not _DOES_WORK.search(powers["subject"]):
        return True
    status = _STATUS.match(low)
    if status is None or _DOES_WORK.search(status["subject"]):
        return False
    rest = _FUNCTIONS.sub(" ", low[status.end() :])
    return not _DOES_WORK.search(rest)
