"""The names printed below the signer's title: up to two, with a family name split over two
lines joined and a short OCR reading passed over for the full name below it."""

from __future__ import annotations

from notices.lexicon import SURNAMES
from notices.signature_words import NOT_NAME, is_caps, is_title
from notices.signed_names import as_name, full_name, malformed_name, name_after_specks, weak_name
from notices.text import match_form


def two_names(line: str) -> list[str]:
    """ "Lò Thị Hoa Nguyễn Văn Tuấn" → the two names, cut before the second family name."""
    words = line.split()
    for cut in range(2, len(words) - 1):
        if match_form(words[cut]) in SURNAMES:
            return [" ".join(words[:cut]), " ".join(words[cut:])]
    return [line]


def names_after(lines: list[str]) -> list[str]:
    """Up to two names below the title, skipping "(Đã ký)" and what OCR made of a seal."""
    names: list[str] = []
    lines = _join_split_names(lines[:12])
    for at, line in enumerate(lines):
        if not line or NOT_NAME.match(line):
            continue
        if is_caps(line) and is_title(line):
            break
        name = as_name(line) or name_after_specks(line)
        if name and not names and weak_name(name):
            # "TA Thị" / "Cò Xếy" over "Lê Thị Bích Thuận": specks of the signature or seal read
            # as a short name just above the printed one; a reading with a lone letter ("Sun M")
            # is no name, and gives way anywhere in the window
            lone_letter = any(len(word) == 1 for word in name.split())
            better = _full_name_below(lines[at + 1 : None if lone_letter else at + 5])
            if better:
                return [better]
            if malformed_name(name):
                continue
        if name:
            names.append(name)
            if len(names) == 2:
                break
        elif names:
            break
    return names


def _full_name_below(lines: list[str]) -> str | None:
    """The first name of three or more words opening with a family name in the next lines,
    before any title line."""
    for line in lines:
        if not line or NOT_NAME.match(line):
            continue
        if is_caps(line) and is_title(line):
            return None
        name = as_name(line) or name_after_specks(line)
        if (
            name
            and len(name.split()) >= 3
            and match_form(name.split()[0]) in SURNAMES
            and not malformed_name(name)
        ):
            return name
    return None


def _join_split_names(lines: list[str]) -> list[str]:
    """ "Phạm" over "Mạnh Cường": a family name alone on its line goes on with the next one."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index].strip(" *")
        following = next((x for x in lines[index + 1 :] if x), "")
        if (
            len(line.split()) == 1
            and match_form(line) in SURNAMES
            and line[:1].isupper()
            and as_name(following)
            and len(following.split()) <= 3
            # "CHỦ TỊCH Mai" over "Nguyễn Thị Mai": the line below is a name of its own
            and not full_name(following)
        ):
            out.append(f"{line} {following}")
            index = lines.index(following, index + 1) + 1
            continue
        out.append(lines[index])
        index += 1
    return out
