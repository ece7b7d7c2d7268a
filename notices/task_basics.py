"""What every task builder shares: the notice context, analysed clauses, lead comparison and the
one place a notice is addressed to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from notices.assignees import Roles, analyze
from notices.clauses import split_clauses
from notices.text import fold_key


@dataclass(frozen=True, slots=True)
class Context:
    year: int | None  # the notice's year, for dates written without one
    reference: date | None  # the notice (or meeting) date: earlier dates are not deadlines


def glued_clauses(sentence: str) -> list[tuple[str, Roles]]:
    """Analysed clauses; a subject-only clause is glued to the next ("A, B; C tập trung …")."""
    clauses = split_clauses(sentence)
    out: list[tuple[str, Roles]] = []
    carry = ""
    for index, clause in enumerate(clauses):
        joined = f"{carry}; {clause}" if carry else clause
        roles = analyze(joined)
        if roles.subject_only and index < len(clauses) - 1:
            carry = joined
            continue
        out.append((joined, roles))
        carry = ""
    return out


def same_leads(a: list[str] | None, b: list[str]) -> bool:
    return a is not None and {fold_key(x) for x in a} == {fold_key(x) for x in b}


_LOCAL = re.compile(r"(?:^|\s)((?:[Tt]ỉnh|[Tt]hành phố)\s+[A-ZĐÀ-Ỹ][^,;()]*)$")


def local_name(names: list[str] | None) -> str | None:
    """The one province or city the notice is addressed to ("Ủy ban nhân dân tỉnh Điện Biên" →
    "tỉnh Điện Biên"), None when it names none or several."""
    found = {m.group(1).strip() for n in names or [] if (m := _LOCAL.search(n))}
    return found.pop() if len(found) == 1 else None
