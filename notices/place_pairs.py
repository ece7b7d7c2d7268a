"""One body's head over two or more named places: each place is a body of its own.

"Ủy ban nhân dân xã Đa Phước và xã Vĩnh Trường có trách nhiệm …", "Chủ tịch Ủy ban nhân dân thành
phố Thủ Dầu Một và thị xã Thuận An tổ chức …": each place is written with its own level word, so
the head is shared and the lead is one name per place (README rule 4, "Ủy ban nhân dân các tỉnh:
Ninh Bình, Bắc Ninh" → one name each). A group ("Ủy ban nhân dân các huyện, thị xã Long Khánh và
thành phố Biên Hoà", rule 4's group phrase) and two heads ("Sở Xây dựng và Sở Tài chính", already
two names) change nothing, and so does a body written with its address: a place then a higher
level ("Ủy ban nhân dân xã Đa Phước, huyện An Phú", "Công an xã A, huyện B, tỉnh C") is where the
one body is, not a second body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_LEVEL = r"(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|đặc khu)"
# A place's own name: capitalised words or a number ("phường 1", "xã Vĩnh Trường", "quận Ba Đình")
_PLACE = rf"{_LEVEL}\s+(?:\d+[A-Za-z]?|[A-ZĐÀ-Ỹ][^\W\d_]*(?:[\s-]+[A-ZĐÀ-Ỹ][^\W\d_]*)*)"
_PAIR = re.compile(
    rf"^(?P<head>[A-ZĐÀ-Ỹ][^,;:()]*?\s)(?P<places>{_PLACE}(?:(?:\s*,\s*|\s+và\s+){_PLACE})+)$"
)
_ONE_PLACE = re.compile(_PLACE)
# How high a level is: commune, district (a city of a province among them), province
_RANK = {"xã": 1, "phường": 1, "thị trấn": 1, "đặc khu": 1, "thị xã": 2, "huyện": 2, "quận": 2}
_RANK |= {"thành phố": 2, "tỉnh": 3}
_LEVEL_RX = re.compile(_LEVEL)
# The head names a body or its chief ("Ủy ban nhân dân", "UBND", "Chủ tịch UBND", "Công an"),
# never a group ("các", "những") or a body of its own whose name ends in a level.
_BODY_HEAD = re.compile(
    r"(?:(?:ủy|uỷ) ban nhân dân|ubnd|hội đồng nhân dân|hđnd|công an|ban chỉ huy quân sự"
    r"|(?:đảng|đảng ủy|đảng uỷ)|ủy ban mặt trận tổ quốc việt nam|ubmttq việt nam|ubmttq)\s$"
)


def _rank(place: str) -> int:
    m = _LEVEL_RX.match(place)
    return _RANK[m.group()] if m else 0


def place_names(name: str) -> tuple[str, ...]:
    """ "Ủy ban nhân dân xã A và xã B" → ("Ủy ban nhân dân xã A", "Ủy ban nhân dân xã B"); any
    other name → (name,)."""
    m = _PAIR.match(name.strip())
    if m is None:
        return (name,)
    head = m["head"]
    low = head.lower()
    if re.search(r"(?<![^\W_])(?:các|những)\s", low) or not _BODY_HEAD.search(low):
        return (name,)
    places = [place.group() for place in _ONE_PLACE.finditer(m["places"])]
    ranks = [_rank(place) for place in places]
    if any(rank > ranks[0] for rank in ranks[1:]):
        return (name,)  # "xã Đa Phước, huyện An Phú": the body's address
    return tuple(head + place for place in places)


def split_place_pairs(lead: Iterable[str]) -> tuple[str, ...]:
    """Every name of a lead, a shared head over named places read as one name per place."""
    return tuple(dict.fromkeys(part for name in lead for part in place_names(name)))
