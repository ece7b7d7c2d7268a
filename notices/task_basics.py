"""What every task builder shares: the notice context, analysed clauses, lead comparison and the
one place a notice is addressed to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from notices.assignees import Roles, analyze
from notices.clause_objects import lists_one_more_object
from notices.clauses import split_clauses
from notices.text import fold_key


@dataclass(frozen=True, slots=True)
class Context:
    year: int | None  # the notice's year, for dates written without one
    reference: date | None  # the notice (or meeting) date: earlier dates are not deadlines
    # the header's lines naming the issuer ("ỦY BAN NHÂN DÂN", "HUYỆN THANH SƠN"): who "writes"
    writer: tuple[str, ...] = ()
    # a letter's lead-in asks and names nobody ("UBND tỉnh yêu cầu:"): its points are what it asks
    # of the addressees, and "Các cơ quan, đơn vị …" in them means those (letter_groups.own_group)
    asks_addressees: bool = False
    # the notice reports findings (a biên bản, "… thông báo kết quả kiểm tra như sau:"): its
    # "Nhà trường bố trí …" states what the inspectors found (letter_groups.reports_findings)
    findings: bool = False


def glued_clauses(sentence: str) -> list[tuple[str, Roles]]:
    """Analysed clauses; a subject-only clause is glued to the next ("A, B; C tập trung …")."""
    clauses = _request_to_a_list(split_clauses(sentence))
    out: list[tuple[str, Roles]] = []
    carry = ""
    for index, clause in enumerate(clauses):
        joined = f"{carry}; {clause}" if carry else clause
        if not carry and out and lists_one_more_object(clause, out[-1][1]):
            out[-1] = (f"{out[-1][0]}; {clause}", out[-1][1])  # "…; UBND cấp huyện trong việc …"
            continue
        roles = analyze(joined)
        if roles.subject_only and index < len(clauses) - 1:
            carry = joined
            continue
        out.append((joined, roles))
        carry = ""
    return out


# "Đề nghị A; B; C: tổ chức …": one request to a list of bodies, its work after the colon.
_ASKS_LIST = re.compile(r"^(?:đề nghị|yêu cầu|giao)\s", re.IGNORECASE)
_NAMES_WORDS = 25  # a piece of the list longer than this is a clause with work of its own


def _request_to_a_list(clauses: list[str]) -> list[str]:
    """Clauses of "Đề nghị A; B; C: tổ chức …" joined back into one: the ";" only separates the
    bodies asked (a name such as "các đơn vị sự nghiệp công lập" may look like work)."""
    if len(clauses) < 2 or not _ASKS_LIST.match(clauses[0]):
        return clauses
    for index, clause in enumerate(clauses):
        head, colon, _ = clause.partition(":")
        if len(head.split()) > _NAMES_WORDS or "(" in head:
            return clauses
        if colon:
            return ["; ".join(clauses[: index + 1]), *clauses[index + 1 :]] if index else clauses
    return clauses


def same_leads(a: list[str] | None, b: list[str]) -> bool:
    return a is not None and {fold_key(x) for x in a} == {fold_key(x) for x in b}


_SHORT_FORM_WORDS = 3  # "các cơ sở đào tạo", not "Bộ" or "các sở"


def same_body(a: list[str] | None, b: list[str]) -> bool:
    """The same leads, or the one lead again by a shorter form of its name: "các cơ sở đào tạo"
    after "các cơ sở đào tạo trực thuộc Bộ" (a notice's "sau đây gọi là cơ sở đào tạo")."""
    if same_leads(a, b):
        return True
    if a is None or len(a) != 1 or len(b) != 1:
        return False
    full, short = fold_key(a[0]), fold_key(b[0])
    return len(short.split()) >= _SHORT_FORM_WORDS and full.startswith(short + " ")


_LOCAL = re.compile(r"(?:^|\s)((?:[Tt]ỉnh|[Tt]hành phố)\s+[A-ZĐÀ-Ỹ][^,;()]*)$")


def local_name(names: list[str] | None) -> str | None:
    """The one province or city the notice is addressed to ("Ủy ban nhân dân tỉnh Điện Biên" →
    "tỉnh Điện Biên"), None when it names none or several."""
    found = {m.group(1).strip() for n in names or [] if (m := _LOCAL.search(n))}
    return found.pop() if len(found) == 1 else None
