"""Letters a bilevel scan breaks into another sign in the words the parser keys on.

On a 1-bit scan of a typed page the small "t" loses its cross-bar's left half or its foot, and
Tesseract reads it as "í", "f", "£" or "ƒ": a licence's "Điều 2. Công ty cổ phần … có trách
nhiệm:" comes out "Công íy cổ phân …", "Công £y cỗ phần …", and the parser no longer sees a
company as the subject of the article's duties (every duty of a mining licence was lost so). No
Vietnamese syllable is spelt "íy", "fy", "£y" or "ƒy", so after "Công" such a word is "ty".
"""

from __future__ import annotations

import re

# "Công íy", "CÔNG £Y", "Công  †y", "Cong ỉy", "Công tv": the misread "ty" (or "TY") after "Công"
# (its circumflex lost or not), before a space, a line's end or a punctuation mark. "Công ty"
# itself, "Công lý", "Công Ly" (a name), "Công tác" are left. A word of its own before and after.
_BROKEN_T = "íìïỉĩịƒ£†f"
_BROKEN_TY = re.compile(
    rf"(?<![^\W_])(Công|công|CÔNG|Cong|CONG)([ ]+|\n)[{_BROKEN_T}]([yY])(?![^\W_])"
)
_TV = re.compile(r"(?<![^\W_])(Công|công|CÔNG)([ ]+|\n)(tv|TV)(?![^\W_])")
# "Hợp íác xã" (a cooperative), "có írách nhiệm": no Vietnamese word opens with "í" and goes on
# with "ác" (a second tone) or "r".
_BROKEN_TAC = re.compile(rf"(?<![^\W_])(Hợp|hợp|HỢP)([ ]+)[{_BROKEN_T}](ác|ÁC)(?=[ ]+(?:xã|XÃ)\b)")
_BROKEN_TRACH = re.compile(rf"(?<![^\W_])[{_BROKEN_T}](r)[ ]?(ách)(?=[ ]+nhiệm\b)")


def _ty(m: re.Match[str]) -> str:
    cong = {"Cong": "Công", "CONG": "CÔNG"}.get(m[1], m[1])
    return f"{cong}{' ' if m[2] != chr(10) else m[2]}{'TY' if m[3] in {'Y', 'TV'} else 'ty'}"


def repair_broken_letters(text: str) -> str:
    """OCR text with "Công íy/fy/£y/tv" written back "Công ty", "Hợp íác xã" "Hợp tác xã" and
    "írách nhiệm" "trách nhiệm" (see the module's note)."""
    text = _TV.sub(_ty, _BROKEN_TY.sub(_ty, text))
    text = _BROKEN_TAC.sub(lambda m: f"{m[1]}{m[2]}{'T' if m[3].isupper() else 't'}{m[3]}", text)
    return _BROKEN_TRACH.sub(lambda m: f"tr{m[2]}", text)


# A list's first number lost in a speck on a 1-bit scan: "¬. Kế hoạch này được tiến hành …" under
# "III. TỔ CHỨC THỰC HIỆN", with "2. Giao phòng …" below. A sign alone before the item's dot, a
# capitalised word after it, the list opening there (a heading, a bare article's heading "Điều 1."
# or a line ending with ":" just above) and "2." the next number below (no "1." between): the
# sign is the "1". The "1" may also be read as a letter "l"/"L" after a rule's underscores
# ("___L. Bộ Nông nghiệp … xuất cấp …" under "Điều 1.", ttg-1053); "I." stays (a Roman heading).
_LOST_ONE = re.compile(r"^(?:[¬~_^`'|!\"]|_*[lL])\.\s+(?=[^\W\d_])")
_BARE_ARTICLE = re.compile(r"^Điều\s+\d{1,3}\.?$")
_NUMBER = re.compile(r"^(\d{1,2})\.\s")
_HEADING = re.compile(r"^(?:[IVX]{1,5}|[A-ZĐ])\.\s+\S")
_WINDOW = 30  # lines: how far below the list's "2." is looked for
# the next section's heading ("II. NỘI DUNG", "Điều 2."), where the search for "2." stops
_SECTION = re.compile(r"^(?:[IVX]{1,5}\.\s+\S|Điều\s+\d)")


def restore_lost_first_numbers(lines: list[str]) -> list[str]:
    """Lines with a list's first number written back where a sign stands for it (see above)."""
    out = list(lines)
    for index, line in enumerate(out):
        found = _LOST_ONE.match(line)
        if found is None or not line[found.end()].isupper() or not index:
            continue
        above = out[index - 1].rstrip()
        if not (_HEADING.match(above) or _BARE_ARTICLE.match(above) or above.endswith(":")):
            continue
        for below in out[index + 1 : index + 1 + _WINDOW]:
            if _SECTION.match(below):
                break
            number = _NUMBER.match(below)
            if number is not None:
                if number[1] == "2":
                    out[index] = f"1. {line[found.end() :]}"
                break
    return out


# A signature's or a stamp's stroke beside the execution article's last line, read as a short
# residue after its full stop ("… chịu trách nhiệm thi hành Quyết định này. bằz", "… này. »"):
# the sentence no longer ends the line, and the article read on as a duty. After "… thi hành /
# thực hiện <the document> này." at the line's end (or before a tab), one or two tokens of at
# most five signs in all are dropped unless they open a sentence (a capital, then a lower-case
# letter: "… này. Quyết" goes on below). Nowhere else: "… có mặt lúc. 8h30", "… tại nhà. F1" stay.
_EXECUTION_RESIDUE = re.compile(
    r"(\b(?:hành|hiện)[ ](?:[^\W\d_]+[ ]){1,3}này\.)([ ]+\S+(?:[ ]\S+)?)[ ]*(?=\t|$)"
)


def without_signature_specks(line: str) -> str:
    """One line without the residue a signature's stroke left after the execution article."""

    def drop(m: re.Match[str]) -> str:
        residue = m[2].strip()
        opening = len(residue) > 1 and residue[0].isupper() and residue[1].islower()
        return m[0] if opening or len(residue.replace(" ", "")) > 5 else m[1]

    return _EXECUTION_RESIDUE.sub(drop, line)
