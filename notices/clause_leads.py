"""Whom a clause of an item names as its lead: generic groups and members that mean the
heading's body, cases and conditions that stay in its task, holders that are bodies apart."""

from __future__ import annotations

import re

from notices.assignees import Roles
from notices.letter_groups import default_names_group, own_group
from notices.name_kinds import is_polite_addressee
from notices.task_basics import same_body
from notices.text import match_form

GENERIC = re.compile(
    r"^(?:(?:các|mỗi|những|từng|tất cả các)\s+)?(?:cơ quan|đơn vị|cơ quan, đơn vị|đơn vị, cơ quan|"
    r"cơ quan được giao|đơn vị được giao)(?:\s+(?:được giao(?:\s+\S+)?|liên quan|có liên quan))?$"
)
# Each member of the body a task is for: "từng đồng chí", "mỗi cán bộ, đảng viên", "từng cá nhân"
# ("các cán bộ, đảng viên tham gia cuộc thi …" is a group of its own, with its own task)
MEMBERS = re.compile(
    r"^(?:từng|mỗi)\s+(?:đồng chí|cá nhân|cán bộ|đảng viên|người|thành viên)"
    r"(?:\s*,\s*(?:cán bộ|đảng viên|công chức|viên chức))*$"
)
CONDITIONAL = re.compile(r"(?:nếu|trường hợp)\s")
# Under a body's heading ("1. UBND các quận, huyện:"), "- Tất cả các trường hợp có biểu hiện ho,
# sốt … đều phải đến bệnh viện …", "- Các tòa nhà, khu chung cư phải bố trí dung dịch rửa tay …":
# an obligation put on the people or places in the body's charge is the body's work to see to
# (a passive "… phải được …" or "… phải là …" states a standard).
OBLIGED = re.compile(
    r"^(?:tất cả\s+)?(?:các|những|mọi)\s+[^.;:]{2,120}?\s(?:đều\s+|cũng\s+)?(?:bắt buộc\s+)?"
    r"phải\s+(?!(?:được|là|có|bị|chịu)(?![^\W_]))"
)
# A further sentence of an item that opens with its case ("Trong trường hợp cần …, giao …").
FURTHER_CASE = re.compile(r"trong\s+trường hợp\s")
# "Trong trường hợp này/đó/như vậy/nêu trên", "… như hiện nay": the case the item is in already,
# no case of its own; the sentence's work is a task as any other.
PRESENT_CASE = re.compile(
    r"trong\s+trường hợp\s+(?:này|đó|như vậy|như thế|như trên|nêu trên|trên)(?![^\w])"
    r"|trong\s+trường hợp\s[^,;.]*\snhư\s+(?:hiện nay|hiện tại|vậy)(?![^\w])"
)


def own_people(current: list[str], leads: list[str]) -> bool:
    """The new leads are the current ones, or their heads ("Cục trưởng Cục Lâm nghiệp" in a task
    of "Cục Lâm nghiệp")."""
    if same_body(current, leads):
        return True
    names = [match_form(name) for name in current]
    return all(any(name in match_form(lead) for name in names) for lead in leads)


def is_generic(name: str) -> bool:
    """ "các cơ quan, đơn vị (sau)": a group that names no one in particular."""
    low = re.sub(r"\s+(?:sau|sau đây|nêu trên|trên)$", "", match_form(name))
    return GENERIC.match(low) is not None


PROPER_HOLDER = re.compile(r"Lực lượng\s+[A-ZĐ]")


def and_units(name: str) -> list[str]:
    """ "Lực lượng Cảnh sát kinh tế và Đội Quản lý thị trường 12 B": two bodies when the part
    after "và" starts capitalised; one name otherwise."""
    parts = re.split(r"\s+và\s+(?=[^\W\d_])", name)
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return parts
    return [name]


# A point that opens by asking someone ("Đề nghị xã sớm nâng cấp …", "Kiến nghị …") gives the
# work to whom it asks, even under a person's heading.
ASKS_OTHERS = re.compile(r"^(?:đề nghị|kiến nghị|yêu cầu|giao|đề xuất)(?![^\W_])")


def resolve_leads(
    roles: Roles,
    *,
    local: str | None,
    default: list[str] | None,
    headed: bool = True,
    clause: str = "",
) -> list[str]:
    """The names a clause's leads stand for: "Tỉnh" is the notice's province, a generic group or
    a polite address the heading's or the letter's bodies. In a letter's point (no heading's
    body, `headed` False) "Các đơn vị chủ động …" opening the `clause` names its own group, as
    written; "… đề nghị các đơn vị …" the addressees."""
    names: list[str] = []
    # a group no more particular ("các đơn vị" a telegram asks) leaves "Các cơ quan, đơn vị" be
    vague = default is not None and all(is_generic(name) for name in default)
    for assignee in roles.leads:
        if local and assignee.name in ("Tỉnh", "Thành phố"):
            names.append(local)  # "Tỉnh xem xét …" in a notice to tỉnh Điện Biên
        elif default and (
            (
                not vague
                and (
                    headed
                    or not own_group(clause, assignee.name)
                    or default_names_group(default, clause, assignee.name)
                )
                and (generic := GENERIC.match(match_form(assignee.name)))
                and (len(roles.leads) == 1 or not generic.group().endswith("liên quan"))
            )
            or is_polite_addressee(assignee.name)
        ):
            # "các cơ quan" under a heading means that heading; "Quý cơ quan", "Quý Bộ" in
            # a letter mean the addressees "Kính gửi" names ("Các cơ quan, đơn vị và UBND
            # các huyện" too). Beside other names, "(các) cơ quan liên quan" ("Báo Nam Hải
            # và cơ quan liên quan") is the others concerned, as written.
            names.extend(default)
        else:
            names.append(assignee.name)
    return list(dict.fromkeys(names))
