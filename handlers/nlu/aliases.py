"""The ways officials write an org name: "Phòng Nội vụ" ↔ "nội vụ" ↔ "PNV"; "Nghị" for a person."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from handlers.nlu.lexicon import ACRONYMS, HEAD_NOUNS, STOP_PHRASES
from handlers.nlu.normalize import HEAD_CHARS, canonicalize, name_key

_VOWELS = frozenset("aeiouy")
_BODIES = frozenset({"hdnd", "hoi", "huyen", "tinh"})  # "Văn phòng HĐND…", "Văn phòng Tỉnh ủy"
_LEVEL_WORDS = ("huyen", "tinh", "thanh pho", "thi xa", "quan")
_HEAD_ABBREVIATIONS = {
    "phong": "p",
    "thi tran": "tt",
    "uy ban nhan dan": "ubnd",
    "van phong": "vp",
}


@dataclass(frozen=True, slots=True)
class Alias:
    key: str  # folded tokens joined by spaces
    weak: bool  # a lone syllable ("nghi", "thang"): only after a cue ("anh Nghị", "xã Thắng")
    rank: int  # 0 the name or a listed alias, 1 derived, 2 loose shorthand ("văn phòng")
    exact: bool  # acronyms and short keys match whole tokens, never fuzzily


# A national org repeats names ("Phòng Kinh tế", "Nguyễn Văn Hùng", "Chủ tịch UBND xã") thousands
# of times: each distinct name is worked out once. Aliases are frozen, so sharing them is safe.
_MEMO = 1 << 16


def unit_aliases(name: str, listed: tuple[str, ...] = ()) -> tuple[Alias, ...]:
    return _unit_aliases(name, tuple(listed))


@functools.lru_cache(maxsize=_MEMO)
def _unit_aliases(name: str, listed: tuple[str, ...]) -> tuple[Alias, ...]:
    found: dict[str, Alias] = {}
    for rank, text in [(0, name), *((0, a) for a in listed)]:
        words = name_key(text).split()
        if not words:
            continue
        for form, form_rank in _unit_forms(words):
            _add(found, form, max(rank, form_rank))
    first = _first_part(name)
    if first:  # "phòng văn hóa" for Phòng Văn hóa và Thông tin; bare "văn hóa" only after "phòng"
        head, part = first
        _add(found, [*head, *part], 2)
        _add(found, part, 2, weak=True)
        letters = _short_initials(part)
        if letters:  # "phòng vh"
            _add(found, [*head, letters], 2)
    return tuple(found.values())


def person_aliases(name: str) -> tuple[Alias, ...]:
    """Full name; given name ("nghi") and the last two syllables ("thu ha") after a cue."""
    return _person_aliases(name)


@functools.lru_cache(maxsize=_MEMO)
def _person_aliases(name: str) -> tuple[Alias, ...]:
    words = name_key(name).split()
    if not words:
        return ()
    found: dict[str, Alias] = {}
    _add(found, words, 0)
    if len(words) > 1:
        found.setdefault(words[-1], Alias(words[-1], True, 1, True))
    if len(words) > 2:
        key = " ".join(words[-2:])
        found.setdefault(key, Alias(key, True, 1, False))
    return tuple(found.values())


# Leadership titles a person is called by ("chủ tịch huyện", "PCT"), with their short forms.
_TITLE_HEADS = {
    "pho chu tich": ("pct",),
    "chu tich": ("ct",),
    "pho bi thu": ("pbt",),
    "bi thu": (),
    "pho chanh van phong": (),
    "chanh van phong": ("cvp",),
    "pho giam doc": ("pgd",),
    "giam doc": ("gd",),
    "pho truong phong": (),
    "truong phong": ("tp",),
    "pho truong ban": (),
    "truong ban": (),
}
_BODY_WORDS = frozenset({"ubnd", "hdnd", "va", "uy", "ban", "nhan", "dan", "hoi", "dong"})


@functools.lru_cache(maxsize=_MEMO)
def office_aliases(title: str) -> tuple[Alias, ...]:
    """How people name an official by the office alone ("chủ tịch huyện", "PCT")."""
    found: dict[str, Alias] = {}
    words = name_key(title).split()
    head = next((h for h in sorted(_TITLE_HEADS, key=len, reverse=True)
                 if words[: len(h.split())] == h.split()), None)  # fmt: skip
    if head is None:
        return ()
    rest = words[len(head.split()) :]
    place = [w for w in rest if w not in _BODY_WORDS]
    level = place[:1] if place and place[0] in ("huyen", "xa", "tinh", "phuong") else []
    for name in (head, *_TITLE_HEADS[head]):
        for tail in ([], rest, place, level):
            key = " ".join([name, *tail])
            found.setdefault(key, Alias(key, False, 1, True))
    return tuple(found.values())


def forget_aliases() -> None:
    """Drop what the memos hold: an index keeps the keys it needs, not 200,000 Alias objects."""
    for memo in (_unit_aliases, _person_aliases, office_aliases):
        memo.cache_clear()


# A handle of small letters and digits ("cb123", "lan_2") is one word that folding leaves as it
# is, "xong12" and "chitiet5" included once their spaces go: 100,000 of them need no parsing.
_PLAIN_HANDLE = re.compile(r"[a-z0-9_]*[0-9][a-z0-9_]*", re.ASCII)


def handle_key(handle: str) -> str:
    """The folded handle, without spaces: what follows "@" in a handle's alias."""
    if len(handle) < HEAD_CHARS and _PLAIN_HANDLE.fullmatch(handle):
        return handle
    # Handles are all distinct: folded as they come, not remembered (see name_key).
    return canonicalize(handle).text.replace(" ", "")


def is_acronym(word: str) -> bool:
    return not _VOWELS.intersection(word) or word in ("ubnd", "mttq", "hu", "tu")


def _add(found: dict[str, Alias], words: list[str], rank: int, *, weak: bool = False) -> None:
    key = " ".join(words)
    if not key or (key in found and found[key].rank <= rank):
        return
    single = len(words) == 1
    acronym = all(is_acronym(w) for w in words)
    weak = weak or (single and not acronym) or key in STOP_PHRASES  # "Ban Chỉ đạo" → "chi dao"
    found[key] = Alias(key, weak, rank, acronym or len(key) <= 3)


def _unit_forms(words: list[str]) -> list[tuple[list[str], int]]:
    forms: list[tuple[list[str], int]] = []
    for base, base_rank in [(words, 0), *_without_level(words)]:
        forms.append((base, base_rank))
        rest = base
        while (head := _head(rest)) and len(rest) > head:
            head_words, rest = rest[:head], rest[head:]
            short = _HEAD_ABBREVIATIONS.get(" ".join(head_words))
            if short and len(head_words) + len(rest) == len(base):
                forms.append(([short, *rest], max(base_rank, 1)))  # "p noi vu", "tt thang"
            if head_words == ["van", "phong"] and (_head(rest) or rest[0] in _BODIES):
                break  # the office of "UBND huyện" / "HĐND và UBND" is not that body
            letters = _short_initials(rest)
            if letters and len(head_words) + len(rest) == len(base):
                # "p.nv", "phòng nv": the head kept, the rest by its initials.
                forms += [([h, letters], max(base_rank, 1)) for h in {short, *head_words} if h]
            forms.append((rest, base_rank))  # "xa doan bai", "doan bai", "noi vu"
        forms.extend((initials, max(base_rank, 1)) for initials in _initials(base, rest))
        if base[:2] == ["van", "phong"]:  # "Văn phòng HĐND và UBND huyện" is "VP"
            forms += [(["vp"], 2), (["van", "phong"], 2)]
    forms += [([w for w in f if w != "va"], max(rank, 1)) for f, rank in forms if "va" in f]
    for _ in range(2):  # "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân" needs two swaps
        forms += [(swapped, max(rank, 1)) for form, rank in forms for swapped in _swap(form)]
    return forms


def _without_level(words: list[str]) -> list[tuple[list[str], int]]:
    """'Phòng Nội vụ huyện (Hiệp Hòa)' → 'Phòng Nội vụ'; 'UBND huyện Hiệp Hòa' → 'UBND huyện'."""
    out = []
    for level in _LEVEL_WORDS:
        parts = level.split()
        for i in range(len(words) - len(parts), 0, -1):
            if words[i : i + len(parts)] == parts:
                shorter = words[:i]
                if len(shorter) >= 2 or not _head(shorter):
                    out.append((shorter, 0))
                elif i + len(parts) < len(words):  # never down to a bare head noun
                    out.append(([*shorter, *parts], 2))
                break
    return out


def _first_part(name: str) -> tuple[list[str], list[str]] | None:
    """'Phòng Tài chính - Kế hoạch' → ('phong', 'tai chinh'), when the part has 2+ words."""
    words = name_key(re.sub(r"\s*[-–—&]\s*", " và ", name)).split()
    head = _head(words)
    rest = words[head:]
    if not head or "va" not in rest or rest.index("va") < 2:
        return None
    return words[:head], rest[: rest.index("va")]


def _head(words: list[str]) -> int:
    for noun in HEAD_NOUNS:
        parts = noun.split()
        if words[: len(parts)] == parts:
            return len(parts)
    return 0


def _initials(full: list[str], stripped: list[str]) -> list[list[str]]:
    """'phong noi vu' → 'pnv'; 'tai chinh ke hoach' → 'tckh' and 'tc kh'."""
    out = []
    for words in (full, stripped):
        syllables = [w for w in words if w != "va"]
        if len(syllables) < 3 or any(is_acronym(w) for w in syllables):
            continue
        letters = "".join(w[0] for w in syllables)
        if _VOWELS.intersection(letters):
            continue  # "Ủy ban …" would give a word, not an acronym
        out.append([letters])
        if words is stripped and len(letters) % 2 == 0:
            out.append([letters[i : i + 2] for i in range(0, len(letters), 2)])
    return out


def _short_initials(words: list[str]) -> str | None:
    """'noi vu' → 'nv', 'van hoa' → 'vh': two to four syllables by their first letters, kept
    only after a head noun ("p.nv"), since a bare "nv" is "nhiệm vụ"."""
    syllables = [w for w in words if w != "va"]
    if not 2 <= len(syllables) <= 4 or any(is_acronym(w) for w in syllables):
        return None
    letters = "".join(w[0] for w in syllables)
    return None if _VOWELS.intersection(letters) else letters


def _swap(words: list[str]) -> list[list[str]]:
    """Each table name shortened ("tc kh", "tckh", "tc va kh") and each acronym written out."""
    out = []
    present = set(words)
    for short, short_words, full_words, spellings in _ACRONYM_FORMS:
        at = _find(words, full_words) if full_words[0] in present else -1
        if at >= 0:
            out += [[*words[:at], *v, *words[at + len(full_words) :]] for v in spellings]
        at = _find(words, short_words) if short_words[0] in present else -1
        if at >= 0 and short not in ("hu", "tu"):  # also syllables: "Tư pháp", not Tỉnh ủy
            out.append([*words[:at], *full_words, *words[at + len(short_words) :]])
    return out


def _spellings(short: str) -> list[list[str]]:
    """'tc kh' → 'tc kh', 'tckh', 'tc va kh' ("TC-KH", "TCKH", "TC&KH")."""
    parts = [w for w in short.split() if w != "va"]
    out = [short.split(), ["".join(parts)]]
    if len(parts) == 2:
        out += [parts, [parts[0], "va", parts[1]]]
    return out


# Split once: _swap runs for every form of every unit name.
_ACRONYM_FORMS = tuple(
    (short, short.split(), full.split(), _spellings(short)) for short, full in ACRONYMS
)


def _find(words: list[str], part: list[str]) -> int:
    n = len(part)
    for i in range(len(words) - n + 1):
        if words[i : i + n] == part:
            return i
    return -1
