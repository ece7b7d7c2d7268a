"""Letters a bilevel scan breaks into another sign in the words the parser keys on.

On a 1-bit scan of a typed page the small "t" loses its cross-bar's left half or its foot, and
Tesseract reads it as "í", "f", "£" or "ƒ": a licence's "Điều 2. Công ty cổ phần … có trách
nhiệm:" comes out "Công íy cổ phân …", "Công £y cỗ phần …", and the parser no longer sees a
company as the subject of the article's duties (every duty of a mining licence was lost so). No
Vietnamese syllable is spelt "íy", "fy", "£y" or "ƒy", so after "Công" such a word is "ty".
"""

from __future__ import annotations

import re

# "Công íy", "CÔNG £Y", "Công\nfy": the misread "ty" (or "TY") after "Công", before a space, a
# line's end or a punctuation mark. "Công ty" itself, "Công lý", "Công Ly" (a name) are left.
_BROKEN_TY = re.compile(r"(?<![^\W_])(Công|công|CÔNG)([ \n])[íìïfƒ£]([yY])(?![^\W_])")


def repair_broken_letters(text: str) -> str:
    """OCR text with "Công íy/fy/£y" written back "Công ty" (see the module's note)."""
    return _BROKEN_TY.sub(lambda m: f"{m[1]}{m[2]}{'T' if m[3] == 'Y' else 't'}{m[3]}", text)


# A list's first number lost in a speck on a 1-bit scan: "¬. Kế hoạch này được tiến hành …" under
# "III. TỔ CHỨC THỰC HIỆN", with "2. Giao phòng …" below. A sign alone before the item's dot, a
# capitalised word after it, the list opening there (a heading or a line ending with ":" just
# above) and "2." the next number below (no "1." between): the sign is the "1".
_LOST_ONE = re.compile(r"^[¬~_^`'|!\"]\.\s+(?=[^\W\d_])")
_NUMBER = re.compile(r"^(\d{1,2})\.\s")
_HEADING = re.compile(r"^(?:[IVX]{1,5}|[A-ZĐ])\.\s+\S")
_WINDOW = 30  # lines: how far below the list's "2." is looked for


def restore_lost_first_numbers(lines: list[str]) -> list[str]:
    """Lines with a list's first number written back where a sign stands for it (see above)."""
    out = list(lines)
    for index, line in enumerate(out):
        found = _LOST_ONE.match(line)
        if found is None or not line[found.end()].isupper() or not index:
            continue
        above = out[index - 1].rstrip()
        if not (_HEADING.match(above) or above.endswith(":")):
            continue
        for below in out[index + 1 : index + 1 + _WINDOW]:
            number = _NUMBER.match(below)
            if number is not None:
                if number[1] == "2":
                    out[index] = f"1. {line[found.end() :]}"
                break
    return out


# A signature's or a stamp's stroke beside the body's last line, read as a short token after the
# sentence's full stop and a space ("… chịu trách nhiệm thi hành Quyết định này. bằz"): the
# sentence no longer ends the line, and the execution article read on as a duty. A token of at
# most four letters and digits with a letter no Vietnamese word has (f, j, w, z) or with both
# letters and digits, after a full stop ending a lower-case word, at the line's end, is dropped;
# "… năm 2026. Tổ", "… hoàn thành. Sở" and "… 20/4. 2" are left alone.
_SIGNATURE_SPECK = re.compile(r"(?<=[^\W\d_]{3}\.)[ ]+([^\W_]{1,4})(?=\t|$)")
_FOREIGN = re.compile(r"[fjwzFJWZ]")


def without_signature_specks(line: str) -> str:
    """One line without the token a signature's stroke left after its last full stop."""

    def drop(m: re.Match[str]) -> str:
        token = m[1]
        letters, digits = any(c.isalpha() for c in token), any(c.isdigit() for c in token)
        if not line[m.start() - 4 : m.start() - 1].islower():
            return m[0]
        return "" if _FOREIGN.search(token) or (letters and digits) else m[0]

    return _SIGNATURE_SPECK.sub(drop, line)
