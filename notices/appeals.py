"""Appeals to the public, the issuer's call on everyone, invitations and work only if wished:
nobody is told to act."""

from __future__ import annotations

import re

from notices.assignees import asks_someone
from notices.later_work import has_work

# "Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm, đăng ký hỗ trợ nhu yếu phẩm …", "Kêu gọi
# các nhà hảo tâm, người dân chung tay ủng hộ …": an appeal to the public, whom no one tracks.
_PUBLIC = r"(?:cộng đồng|cá nhân|người dân|nhân dân|nhà hảo tâm|mạnh thường quân|toàn dân)"
_PUBLIC_WORDS = (
    rf"(?:{_PUBLIC}|các|mọi|toàn thể|kêu gọi|doanh nghiệp|tổ chức|hộ gia đình|và|trong và ngoài"
    r"\s+(?:tỉnh|thành phố|nước)|trên địa bàn(?:\s+(?:tỉnh|thành phố))?)"
)
_APPEAL = re.compile(
    rf"^(?P<who>(?:{_PUBLIC_WORDS}[\s,]*)+):?\s*(?:tích cực\s+|tiếp tục\s+)?"
    r"(?:quan tâm|hưởng ứng|chung tay|ủng hộ|tham gia ủng hộ|đăng ký (?:hỗ trợ|ủng hộ)|đóng góp)\b"
)
# "… để xét khen thưởng (nếu có nhu cầu).": work only if the body wishes it is not tracked.
_IF_WISHED = re.compile(
    r"(?:^(?:nếu|khi|trường hợp)\s+có nhu cầu\b|\(?\s*(?:nếu|khi)\s+có nhu cầu\s*\)?\s*[.;]?$)"
)


# "Khuyến khích các địa phương căn cứ khả năng … hỗ trợ …", "Khuyến khích các doanh nghiệp đầu
# tư …": the bodies are invited, not told, to act ("Khuyến khích tổ chức, cá nhân …" or
# "Khuyến khích sử dụng …" is the encouraging body's own work).
_ENCOURAGED = re.compile(
    r"^khuyến khích\s+(?:các|những|mọi)\s+(?:địa phương|doanh nghiệp|đơn vị|cơ quan|viện"
    r"|trường|cơ sở|bộ|sở|tỉnh|hội|hợp tác xã)"
)


# "Ban Chấp hành … kêu gọi toàn Đảng, toàn dân, toàn quân tiếp tục đoàn kết …", "Hội đồng nhân dân
# tỉnh kêu gọi đồng bào các dân tộc …": the issuer's own call on everyone assigns nobody (a body
# asked to make the call, "Đề nghị Mặt trận … kêu gọi nhân dân …", still has work).
_CALLS_ON_ALL = re.compile(
    r"^(?P<who>[^.;:]{0,120}?)\s*\bkêu gọi\s+(?:toàn\s+(?:thể\s+)?(?:đảng|dân|quân|xã hội)\b"
    r"|đồng bào\b|(?:các tầng lớp\s+|toàn thể\s+)?nhân dân\b|mọi người(?:\s+dân)?\b)"
)
_CALLER_WORKS = re.compile(
    r"\b(?:giao|đề nghị|yêu cầu|chủ trì|phối hợp|vận động|tham mưu|chỉ đạo|tiếp tục)\b"
)


def _calls_only(low: str) -> bool:
    """The issuer's call on everyone, judged by ';' clause: a later clause that gives work or
    sets a deadline ("Kêu gọi toàn dân …; giao Trạm Y tế xã …") keeps the sentence."""
    clauses = [clause.strip() for clause in low.split(";") if clause.strip()]
    call = _CALLS_ON_ALL.match(clauses[0]) if clauses else None
    if call is None or _CALLER_WORKS.search(call["who"]):
        return False
    return not any(has_work(part) or asks_someone(part) for part in clauses[1:])


def appeal_or_optional(low: str) -> bool:
    appeal = _APPEAL.match(low)
    if appeal is not None and re.search(_PUBLIC, appeal["who"]):
        return True
    if _calls_only(low):
        return True
    if _IF_WISHED.search(low) is not None:
        return True
    # every clause invites ("…; Phòng Nông nghiệp hỗ trợ …" is work)
    clauses = [clause.strip() for clause in low.split(";") if clause.strip()]
    return all(_ENCOURAGED.match(clause) for clause in clauses)
