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
from notices.text import match_form

# "<kind> các tỉnh, thành phố …", "<kind> các tỉnh: …": the kind noun before the place group
_PLACE_GROUP = re.compile(r"\s+các\s+(?:tỉnh|thành phố)(?![^\W_])")
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
        if kind and not kind.islower():
            found.setdefault(_short(kind), name)
    return found


def resolve_place_groups(
    tasks: Sequence[ParsedTask], recipients: Sequence[str] | None
) -> list[ParsedTask]:
    """Tasks whose lead is the bare or plural kind of a place group read as that group."""
    groups = _groups(recipients or ()) or _groups(n for t in tasks for n in t.lead)
    if not groups:
        return list(tasks)
    out: list[ParsedTask] = []
    for task in tasks:
        lead = tuple(dict.fromkeys(groups.get(_short(name), name) for name in task.lead))
        out.append(replace(task, lead=lead) if lead != task.lead else task)
    return out
