"""A short form of an addressee group named by place.

A ministry-level body writes to "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương" and its body
asks "Cục Thuế …" or "các Cục Thuế …": the short form is that same addressee group, and the lead
is the group as written (README rule 4), not the bare kind noun. The group's full name comes from
"Kính gửi"; failing that, from the notice's own leads ("đề nghị Cục Thuế các tỉnh, thành phố …
nghiêm túc chấn chỉnh …" earlier in the body). A specific body ("Cục Thuế tỉnh Nam Định"), two
bodies ("Cục Thuế, Cục Hải quan") or a place group with no kind ("các tỉnh, thành phố") change
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from notices.model import ParsedTask
from notices.place_pairs import split_place_pairs
from notices.text import match_form

# "<kind> các tỉnh, thành phố …", "<kind> các tỉnh: …": the kind noun before the place group
_PLACE_GROUP = re.compile(r"\s+các\s+(?:tỉnh|thành phố)(?![^\W_])")
# all a place group's name may hold after its kind: "các tỉnh, thành phố (trực thuộc Trung ương)"
# or a member list after a colon; anything else ("… Ủy ban nhân dân tỉnh … trao đổi như sau", a
# line the addressee reader ran on into; "các tỉnh lân cận") is no group of all the provinces
_GROUP_TAIL = re.compile(
    r"các\s+(?:tỉnh|thành phố)(?:\s*,?\s*(?:tỉnh|thành phố))?"
    r"(?:\s+trực thuộc\s+(?:trung ương|tw))?\s*(?::.*|[.;])?$"
)
_PLURAL = re.compile(r"(?:các|những)\s+")


def _short(name: str) -> str:
    low = match_form(name).strip()
    plural = _PLURAL.match(low)
    return low[plural.end() :] if plural else low


def _groups(names: Iterable[str]) -> dict[str, str]:
    """The short form ("cục thuế") of each place group ("Cục Thuế các tỉnh, …") among names."""
    found: dict[str, str] = {}
    for name in names:
        low = match_form(name)
        m = _PLACE_GROUP.search(low)
        if m is None or not name[:1].isupper() or _PLURAL.match(low):
            continue
        kind = name[: m.start()].strip()
        if kind and not kind.islower() and _GROUP_TAIL.match(low, m.start() + 1):
            found.setdefault(_short(kind), name)
    return found


def _own_kinds(groups: dict[str, str], names: Iterable[str], writer: Sequence[str]) -> set[str]:
    """Kinds whose bare name may be a body of the writer's own: the header names the writer by
    that kind ("SỞ TÀI CHÍNH TỈNH BẮC NINH" writing to "Sở Tài chính các tỉnh"), or "Kính gửi"
    also lists a specific body of it ("Sở Tài chính tỉnh Nam Định")."""
    own = set()
    for kind, group in groups.items():
        if any(match_form(line).strip().startswith(kind) for line in writer) or any(
            name != group
            and _short(name).startswith(kind + " ")
            and _PLACE_GROUP.search(match_form(name)) is None
            for name in names
        ):
            own.add(kind)
    return own


def resolve_place_groups(
    tasks: Sequence[ParsedTask], recipients: Sequence[str] | None, writer: Sequence[str] = ()
) -> list[ParsedTask]:
    """Tasks whose lead is the bare or plural kind of a place group read as that group (never a
    kind the writer itself is, or that "Kính gửi" also names a single body of); a shared head
    over named places ("UBND xã A và xã B") is read as one name per place (place_pairs)."""
    split = [(t, split_place_pairs(t.lead)) for t in tasks]
    tasks = [replace(t, lead=lead) if lead != t.lead else t for t, lead in split]
    groups = _groups(recipients or ()) or _groups(n for t in tasks for n in t.lead)
    for kind in _own_kinds(groups, recipients or (), writer):
        del groups[kind]
    if not groups:
        return list(tasks)
    out: list[ParsedTask] = []
    for task in tasks:
        lead = tuple(dict.fromkeys(groups.get(_short(name), name) for name in task.lead))
        out.append(replace(task, lead=lead) if lead != task.lead else task)
    return out
