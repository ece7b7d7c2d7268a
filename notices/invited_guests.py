"""An invitation's list of who attends and who speaks: no work of the invited.

A meeting invitation ("GIẤY MỜI", "MỜI HỌP") names its guests item by item, "Thành phần: - Các
đồng chí Thành viên UBND tỉnh mời dự nội dung từ 1 đến 14;", and tells the heads who present a
topic of its programme how to speak ("Giám đốc Sở, thủ trưởng cơ quan được phân công trình bày
báo cáo, đề án, trình bày tóm tắt, …"). Both say who comes to the meeting and how it runs, not
what anyone must do by it: the labels read no task there. An invitation's own ask stays ("Giao
Sở Nội vụ chuẩn bị các điều kiện tổ chức Hội nghị", "Đề nghị … lập danh sách … trước ngày …").
"""

from __future__ import annotations

import re

from notices.deadlines import names_due_date

# "<guests> mời dự nội dung từ 1 đến 13", "… được mời tham dự hội nghị": the guests, then the verb
# of being invited to a part of the meeting.
_INVITED = re.compile(
    r"\s(?:được\s+)?mời\s+(?:tham\s+)?dự(?:,\s*đưa tin)?\s+(?:các\s+)?"
    r"(?:nội dung|hội nghị|cuộc họp|phiên họp|kỳ họp|buổi)(?![^\W_])"
)
# Work said before the guests' verb: an ask, or a task verb ("Bố trí nhân lực hỗ trợ … khách mời
# dự kỳ họp", "Đề nghị Sở … cử người mời dự …").
_ASKED = re.compile(
    r"(?<![^\W_])(?:đề nghị|yêu cầu|giao|chuẩn bị|bố trí|cử|triệu tập|phục vụ|hỗ trợ|khách"
    r"|thông báo|gửi|lập|tổ chức|mời\s+(?!dự))(?![^\W_])"
)
# Work asked after the guests' or presenters' verb ("… được phân công trình bày báo cáo gửi tài
# liệu về …", "… mời dự phiên họp nghiên cứu tài liệu, chuẩn bị ý kiến …", "… mời dự nội dung từ
# 1 đến 14; Giám đốc Sở Tài chính chuẩn bị báo cáo …"): the line asks, it does not only invite.
_ASKED_AFTER = re.compile(
    r"(?<![^\W_])(?:gửi|chuẩn bị|chủ trì|chịu trách nhiệm|hoàn thiện|nghiên cứu|góp ý|xây dựng"
    r"|tổng hợp|cung cấp|nộp|đăng ký|có trách nhiệm)(?![^\W_])"
)
# Persons right after the meeting: the subject invites them ("Chủ tịch UBND các huyện mời dự hội
# nghị Chủ tịch UBND các xã …", "Sở Y tế mời dự cuộc họp đại diện lãnh đạo các bệnh viện …").
_INVITES_OTHERS = re.compile(
    r"\s+(?:các\s+)?(?:đồng chí|đại diện|lãnh đạo|chủ tịch|phó chủ tịch|giám đốc|trưởng|thủ trưởng"
    r"|cán bộ|công chức)(?![^\W_])"
)
# The heads the programme assigns to present a topic, and how they present it.
_PRESENTERS = re.compile(r"^[^;:]{0,120}?\sđược phân công\s+trình bày(?![^\W_])")


def invites_only(low: str) -> bool:
    """True for an invitation's line of guests ("… mời dự nội dung từ 1 đến 13; …") or its word
    to the presenters ("… được phân công trình bày báo cáo, …"), when no date is named."""
    if names_due_date(low, yearless=True):
        return False
    invited = _INVITED.search(low)
    if (
        invited is not None
        and not _ASKED.search(low, 0, invited.start())
        and not _ASKED_AFTER.search(low, invited.end())
        and not _INVITES_OTHERS.match(low, invited.end())
    ):
        return True
    presenters = _PRESENTERS.match(low)
    return (
        presenters is not None
        and not _ASKED.search(low, 0, low.find("được"))
        and not _ASKED_AFTER.search(low, presenters.end())
    )
