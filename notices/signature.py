"""The signature block: the signer's name and the ALL-CAPS title lines above it.

The block is the right-hand cell of a table whose left cell is the recipients list ("Nơi nhận:",
"- Như trên;"). A .docx gives the two cells one after the other, a PDF interleaves their lines
(tab-separated cells become separate lines), OCR and pasted text may glue them on one line
("- Như trên; PHÓ CHỦ TỊCH"). Recipient lines are set aside first, so the title lines between
them join up again. A digitally signed PDF also carries a stamp ("Người ký: Nguyễn Văn A
Email: … Cơ quan: … Thời gian ký: …") whose name is used when the block shows none.
"""

from __future__ import annotations

import re

from notices.header import is_noise_cell, tidy_caps
from notices.lexicon import SURNAMES
from notices.signer_names import legacy_capitals, mans_name_on_thi, without_degree
from notices.text import canonical_tone, fold, match_form

_TITLE_WORD = re.compile(
    r"\b(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|PHÓ|BÍ THƯ|CHÁNH|THỦ TƯỚNG|BỘ TRƯỞNG|ỦY VIÊN|UỶ VIÊN|THƯ KÝ"
    r"|TỔNG|HIỆU TRƯỞNG|THỦ TRƯỞNG|BAN|ỦY BAN|UỶ BAN|CHỦ TRÌ|CHỦ TỌA|CHỦ TOẠ|CHỦ NHIỆM"
    r"|NGƯỜI GHI BIÊN BẢN|THẨM PHÁN|KIỂM SÁT VIÊN)\b|\b(?:TM|KT|TL|TUQ|Q)\.|T/M\b"
    # OCR's "GIÁM ĐÓC", "GIAM ĐỌC", "IÁM ĐÓC" of a scanned signature block
    r"|\bG?I[AÁÀẢẠ]M\s+[ĐD][OÓỌÔỐ]C\b"
)
_PREFIX = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\.|^[TK]/[MT]\b")
# "KT CHỦ TỊCH", "KT, CHỦ TỊCH", "T.M BAN THƯỜNG VỤ": OCR's and typists' forms of the prefixes.
_LOOSE_PREFIX = re.compile(r"^(TM|KT|TL|TUQ|Q)\s*[.,:]?\s+(?=[A-ZĐÀ-Ỹ])|^T\s*[/.]\s*M\.?\s+")
_NOT_NAME = re.compile(
    r"^\(?\s*(?:đã ký|ký tên|chữ ký số|ký, ghi rõ|ký và đóng dấu|ký số|signed)\b|^\[.*\]$"
    r"|^(?:Nơi nhận|Bản điện tử|Lưu\s*(?::|\s+(?:VT|VP|HS)\b))|^[-+•]",
    re.IGNORECASE,
)
_END_OF_BODY = re.compile(r"^\W*(?:Nơi nhận|Bản điện tử)", re.IGNORECASE)
_RECIPIENT = re.compile(r"^(?:[-+•]|Nơi\s+nhận|Lưu\s*(?::|\s+(?:VT|VP|HS)\b))", re.IGNORECASE)
_RECEIVERS_LABEL = re.compile(r"^(?P<label>.*?)(?P<rest>Nơi\s+nhận\s*:?.*)$", re.IGNORECASE)
_EDGE_NOISE = re.compile(r"^[\s|¦—_~=•·]+(?=[^\s-])|(?<=\S)[\s|¦—–_~=•·]+$")
# The digital signature stamp of a signed PDF.
_STAMP = re.compile(
    r"(?:Người\s+ký|Ký\s+bởi)\s*:\s*(?P<name>[^\W\d_][^:]*?)\s*"
    r"(?=Email\b|E-mail\b|Cơ\s+quan\b|Chức\s+vụ\b|Thời\s+gian\b|Ngày\s+ký\b|$)",
    re.IGNORECASE,
)
_STAMP_FIELD = re.compile(
    r"^\W*(?:Email|E-mail|Cơ\s+quan|Chức\s+vụ|Thời\s+gian(?:\s+ký)?|Ngày\s+ký)\s*:", re.IGNORECASE
)
_SECRETARY = re.compile(r"\b(?:THƯ KÝ|NGƯỜI GHI BIÊN BẢN)\b")


# A resolution or decision printed without "Nơi nhận" (a gazette's text) and signed before the
# programme or plan it attaches: "TM. CHÍNH PHỦ" … then "(Kèm theo Nghị quyết số …)" further on.
_SIGNED_FOR = re.compile(r"^\W*(?:TM|KT|T/M|TL|TUQ)\.\s*[A-ZĐ]")
# A PDF's text layer may run the note on from the title's last words ("… giai đoạn 2026 - 2030
# (Kèm theo Nghị quyết số …"): in brackets it counts anywhere in the line.
_ATTACHMENT_NOTE = re.compile(
    r"^\W*(?:được\s+)?(?:ban hành\s+)?kèm theo\s+(?:Quyết định|Nghị quyết)\b"
    r"|\(\s*(?:được\s+)?(?:ban hành\s+)?kèm theo\s+(?:Quyết định|Nghị quyết)\b",
    re.IGNORECASE,
)


def _signed_before_attachment(lines: list[str]) -> int | None:
    """The first "TM./KT. …" line when an attached document's note follows it, else None."""
    signed = next((i for i, line in enumerate(lines) if _SIGNED_FOR.match(line)), None)
    if signed is None:
        return None
    attached = any(_ATTACHMENT_NOTE.search(line) for line in lines[signed + 1 :])
    return signed if attached else None


def _is_caps(line: str) -> bool:
    if len(line) > 120:  # a title line is short; running text is not worth counting
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def find_signature(lines: list[str]) -> tuple[str | None, str | None]:
    """(signer, signer title) from the end of the document; titles keep their prefixes."""
    marked = next((i for i, line in enumerate(lines) if _END_OF_BODY.match(line)), None)
    if marked is None:
        marked = _signed_before_attachment(lines)
    start = marked if marked is not None else len(lines) * 3 // 5
    start = max(0, min(start - 3, len(lines) - 60))
    stamp_name = _stamp_name(lines)
    tail = _signer_column(lines[start:])
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(tail):
        if tail[index] and _is_caps(tail[index]) and not _NOT_NAME.match(tail[index]):
            end = index
            while end < len(tail) and tail[end] and _is_caps(tail[end]):
                end += 1
            run = tail[index:end]
            if any(_TITLE_WORD.search(line) for line in run) and (
                len(run) > 1 or _PREFIX.match(run[0]) or _TITLE_WORD.search(run[0])
            ):
                runs.append((index, end))
            index = end
        else:
            index += 1
    if not runs:
        lone = _lone_name(lines[marked:]) if marked is not None else None
        return stamp_name or lone, None
    if marked is not None and marked - start <= 3:
        # A decision that attaches its plan after the signature: the signature is the block by
        # the first "Nơi nhận", not a capitalised heading of the attached plan.
        named = [
            run
            for run in runs
            if run[0] <= _SIGNATURE_WINDOW and _names_after(tail[run[1] : run[1] + 12])
        ]
        if named and named[-1] != runs[-1] and not _names_after(tail[runs[-1][1] :]):
            runs = runs[: runs.index(named[-1]) + 1]
    # The last title run with a name under it: a second post printed under the name ("TRƯỞNG
    # TIỂU BAN / Nguyễn Văn A / TRƯỞNG BAN XÂY DỰNG ĐẢNG") is not a title of its own.
    best = runs[-1]
    names = _names_after(tail[best[1] :])
    if not names:
        # A heading of an attached appendix ("Phụ lục / CÁC NHIỆM VỤ … CỦA BAN THƯỜNG VỤ TỈNH
        # ỦY") names no post and signs nothing: the signed block may be further up.
        heading = (
            not _PREFIX.match(tail[best[0]])
            and not any(_PERSONAL_TITLE.search(line) for line in tail[best[0] : best[1]])
            and _appendix_heading(tail, best[0])
        )
        for earlier in reversed(runs[:-1]):
            found = _names_after(tail[earlier[1] :])
            close = heading and _only_names(tail[earlier[1] : best[0]])
            if found and (best[0] - earlier[1] <= 2 or close):
                best, names = earlier, found
                break
    run = _without_seal(tail[best[0] : best[1]])
    if not names and stamp_name is None:
        names = _name_in_recipients(lines[start:], run[-1])
    side_by_side = _SIDE_BY_SIDE.match(run[0]) if len(run) == 1 else None
    if side_by_side and _PERSONAL_TITLE.search(side_by_side[2]):
        # tabs lost: "THƯ KÝ CHỦ TRÌ" over "Lò Thị Hoa Nguyễn Văn Tuấn"
        run = [side_by_side[1], side_by_side[2]]
        names = _two_names(names[0]) if len(names) == 1 else names
    if len(run) == 2 and _SECRETARY.search(run[0]) and not _SECRETARY.search(run[1]):
        # minutes: "THƯ KÝ | CHỦ TRÌ" side by side; the chair signs for the meeting
        chair = names[1] if len(names) > 1 else stamp_name or (names[0] if names else None)
        return chair, run[1]
    title = " ".join(run)
    return (names[0] if names else stamp_name), title


_PURPOSE = re.compile(r"^\(\s*để\s+[^()]{1,24}\)$", re.IGNORECASE)
_SIGNATURE_WINDOW = 40  # lines of the signer's column after the first "Nơi nhận"
_SIDE_BY_SIDE = re.compile(r"^(THƯ KÝ|NGƯỜI GHI BIÊN BẢN)\s+(\S.*)$")


# A PDF's two columns read line by line: the signer's name ends a recipients line ("- Ban Tuyên
# giáo Trung Vũ Đại Thắng", "- Bộ Công Thương; (để Nguyễn Mạnh Quyền").
_TRAILING_NAME_WORDS = (3, 4, 2)


def _name_in_recipients(lines: list[str], last_title: str) -> list[str]:
    """The name at the end of one of the three lines below the title's last line, when the
    signer's cell was read into the recipients' lines."""
    at = next(
        (i for i in range(len(lines) - 1, -1, -1) if last_title and last_title in lines[i]), None
    )
    if at is None:
        return []
    for line in lines[at + 1 : at + 4]:
        words = line.replace("\t", " ").split()
        for size in _TRAILING_NAME_WORDS:
            if len(words) <= size:
                continue
            head, tail_words = words[-size - 1], words[-size:]
            if head[:1].isupper() and match_form(head) in SURNAMES:
                continue  # the name goes on before these words
            name = _as_name(" ".join(tail_words))
            if name and match_form(tail_words[0]) in SURNAMES and name == " ".join(tail_words):
                return [name]
    return []


# An attached appendix's heading: "Phụ lục" / "Kèm theo …" over it, or opening it in capitals.
_APPENDIX_LABEL = re.compile(r"^\W*(?:Phụ\s+lục|PHỤ\s+LỤC|\(?\s*Kèm\s+theo|\(?\s*KÈM\s+THEO)\b")
_APPENDIX_CAPS = re.compile(r"^\W*(?:DANH\s+MỤC|CÁC\s+NHIỆM\s+VỤ|PHỤ\s+LỤC|KÈM\s+THEO)\b")


def _appendix_heading(tail: list[str], at: int) -> bool:
    """The capitals at `at` head an attached appendix ("Phụ lục" / "CÁC NHIỆM VỤ …")."""
    if _APPENDIX_CAPS.match(tail[at]):
        return True
    above = next((line for line in reversed(tail[:at]) if line.strip()), "")
    return _APPENDIX_LABEL.match(above) is not None


def _only_names(lines: list[str]) -> bool:
    """Between a signed block's title and an appendix heading: the name and "(Đã ký)" only."""
    rest = [line for line in lines if line and not _NOT_NAME.match(line)]
    rest = [line for line in rest if not _APPENDIX_LABEL.match(line)]
    return 0 < len(rest) <= 2 and all(_as_name(line) or _name_after_specks(line) for line in rest)


def _two_names(line: str) -> list[str]:
    """ "Lò Thị Hoa Nguyễn Văn Tuấn" → the two names, cut before the second family name."""
    words = line.split()
    for cut in range(2, len(words) - 1):
        if match_form(words[cut]) in SURNAMES:
            return [" ".join(words[:cut]), " ".join(words[cut:])]
    return [line]


_PERSONAL_TITLE = re.compile(
    r"\b(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|PHÓ|BÍ THƯ|CHÁNH|THỦ TƯỚNG|ỦY VIÊN|UỶ VIÊN|THƯ KÝ|CHỦ TRÌ"
    r"|CHỦ TỌA|CHỦ TOẠ|CHỦ NHIỆM|TỔNG|NGƯỜI GHI BIÊN BẢN|THẨM PHÁN|KIỂM SÁT VIÊN)\b"
)


def _without_seal(run: list[str]) -> list[str]:
    """Caps lines under the last personal title are the seal read as text ("ỦY BAN NHÂN DÂN",
    "UBND TỈNH"), not part of the title."""
    last = max((i for i, line in enumerate(run) if _PERSONAL_TITLE.search(line)), default=None)
    return run if last is None else run[: last + 1]


def _names_after(lines: list[str]) -> list[str]:
    """Up to two names below the title, skipping "(Đã ký)" and what OCR made of a seal."""
    names: list[str] = []
    lines = _join_split_names(lines[:12])
    for at, line in enumerate(lines):
        if not line or _NOT_NAME.match(line):
            continue
        if _is_caps(line) and _TITLE_WORD.search(line):
            break
        name = _as_name(line) or _name_after_specks(line)
        if name and not names and _weak_name(name):
            # "TA Thị" / "Cò Xếy" over "Lê Thị Bích Thuận": specks of the signature or seal
            # read as a short name just above the printed one
            better = _full_name_below(lines[at + 1 : at + 5])
            if better:
                return [better]
            if _malformed_name(name):
                continue
        if name:
            names.append(name)
            if len(names) == 2:
                break
        elif names:
            break
    return names


def _malformed_name(name: str) -> bool:
    """ "Hà AI", "TA Thị": a word in capitals inside a name written in lower case, or a name
    ending on the middle word "Thị" — what OCR made of a signature, never a person's name."""
    words = name.split()
    if _is_caps(name):
        return False
    if any(len(w) >= 2 and w.isupper() for w in words):
        return True
    return match_form(words[-1]) == "thị" and not mans_name_on_thi(words)


def _weak_name(name: str) -> bool:
    """A name that may be OCR's reading of a signature: malformed, or two words not opening
    with a family name."""
    words = name.split()
    return _malformed_name(name) or (len(words) == 2 and match_form(words[0]) not in SURNAMES)


def _full_name_below(lines: list[str]) -> str | None:
    """The first name of three or more words opening with a family name in the next lines,
    before any title line."""
    for line in lines:
        if not line or _NOT_NAME.match(line):
            continue
        if _is_caps(line) and _TITLE_WORD.search(line):
            return None
        name = _as_name(line) or _name_after_specks(line)
        if (
            name
            and len(name.split()) >= 3
            and match_form(name.split()[0]) in SURNAMES
            and not _malformed_name(name)
        ):
            return name
    return None


def _name_after_specks(line: str) -> str | None:
    """ "“F Nguyễn Văn Diệu", "NX. Pham Mạnh Cường": a scan's signature or seal read as a speck or
    two before the name — a name of three or more words opening with a family name (its tone
    marks perhaps lost), after at most two specks of one or two letters."""
    words = line.split()
    for cut in (1, 2):
        specks, rest = words[:cut], words[cut:]
        if len(rest) < 3 or any(len(re.sub(r"[\W\d_]", "", w)) > 2 for w in specks):
            return None
        if any(_DIGIT.search(w) or w.endswith(":") for w in specks):
            return None  # "ĐC: 12 Lê Thánh Tông": an address's label and house number
        if rest[0][:1].isupper() and fold(rest[0]) in _FOLDED_SURNAMES:
            name = _as_name(" ".join(rest))
            if name:
                return name
    return None


_DIGIT = re.compile(r"\d")
_FOLDED_SURNAMES = frozenset(fold(name) for name in SURNAMES)


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
            and _as_name(following)
            and len(following.split()) <= 3
            # "CHỦ TỊCH Mai" over "Nguyễn Thị Mai": the line below is a name of its own
            and not _full_name(following)
        ):
            out.append(f"{line} {following}")
            index = lines.index(following, index + 1) + 1
            continue
        out.append(lines[index])
        index += 1
    return out


def _full_name(line: str) -> bool:
    """Three words opening with a family name ("Nguyễn Thị Mai", "Lê Văn Nam")."""
    words = line.split()
    return len(words) >= 3 and match_form(words[0]) in SURNAMES


def _signer_column(lines: list[str]) -> list[str]:
    """The lines of the signer's cell: recipients set aside, glued cells cut apart, prefixes
    written the usual way, the stamp's lines dropped."""
    out: list[str] = []
    in_recipients = False
    for raw in _cells(lines):
        line = _OCR_PHO.sub("PHÓ ", _EDGE_NOISE.sub("", raw).strip())
        if not line:
            out.append("")
            continue
        surname = line[:1].isupper() and match_form(line) in SURNAMES  # "Vũ" over "Chiến Thắng"
        if (
            _STAMP.search(line)
            or _STAMP_FIELD.match(line)
            or (is_noise_cell(line) and not surname)
        ):
            continue  # a stamp's line, or a speck OCR read between two cells
        for piece in _cut(line) if len(line) <= 200 or _glued_block(line) else [line]:
            glued = _GLUED_DASH.match(piece)
            if glued and _as_name(glued[1]):
                out.append(glued[1])  # "-Lường Văn Sáng": a speck before the signer's name
                continue
            title = _is_caps(piece) and _TITLE_WORD.search(piece) is not None
            if _RECIPIENT.match(piece) or (_NOISY_RECIPIENT.match(fold(piece)) and not title):
                # "Z5. IÁM ĐÓC": a speck before the signer's title is no recipient's dash
                in_recipients = not _FILING.match(fold(piece))
                continue
            if in_recipients and piece.endswith((";", ",")) and not _is_caps(piece):
                continue  # "TT Tỉnh ủy;" whose dash OCR lost
            if _PURPOSE.match(piece):
                continue  # "(để b/c)": a recipient's purpose a PDF read into the signer's cell
            out.extend(tidy_caps(_tidy_prefix(part)) for part in _title_and_name(piece))
    return out


# A Markdown table row pasted from a web page: "| Nơi nhận: - …; - Lưu: VT. | THỦ TƯỚNG Tên |".
_CELL_BREAK = re.compile(r"\s+\|\s+")


def _cells(lines: list[str]) -> list[str]:
    """Lines with the cells of a one-line table row apart (recipients, then the signer)."""
    out: list[str] = []
    for line in lines:
        if line.count("|") >= 2 and _CELL_BREAK.search(line.strip(" |")):
            out.extend(cell for cell in _CELL_BREAK.split(line.strip(" |")) if cell.strip("-: "))
        else:
            out.append(line)
    return out


def _title_and_name(piece: str) -> list[str]:
    """ "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Tấn Dũng": a signer's cell whose lines were joined into
    one — the capitals of the title, then the name (2-5 words, each capitalised once)."""
    words = piece.split()
    if len(words) < 3 or _is_caps(piece) or not _is_caps(words[0]):
        return [piece]
    head, last = " ".join(words[:-1]), words[-1]
    if _is_caps(head) and _TITLE_WORD.search(head) and _lone_surname(last):
        return [head, last]  # "PHÓ TỔNG GIÁM ĐỐC Phạm" over "Lương Sơn"
    for cut in range(len(words) - 2, max(0, len(words) - 6), -1):  # a name of 2-5 words
        title, name = " ".join(words[:cut]), " ".join(words[cut:])
        if (
            _is_caps(title)
            and _TITLE_WORD.search(title)
            and not _lone_surname(words[cut - 1])  # "… ĐỐC Phạm Lương Sơn": the name's own
            and not _is_caps(words[cut])
            and 2 <= len(words) - cut <= 5
            and _as_name(name)
            and match_form(words[cut]) in SURNAMES
        ):
            return [title, name]
    return [piece]


def _lone_name(lines: list[str]) -> str | None:
    """A scan's signature whose title OCR lost: the last line of the document, right after the
    filing line ("- Lưu: VT, VP(TKTH)." then "Đoàn Xuân Toản"), a full name (three words or more,
    opening with a family name). Never a name inside the "Lưu" line, a recipient above it, a
    person addressed ("Ông …", "Đ/c …") or a city's name."""
    kept = [line.strip(" \t|¦") for line in lines]
    kept = [line for line in kept if line]
    if len(kept) < 2 or not _FILING.match(fold(kept[-2])) or _ADDRESSED.match(kept[-1]):
        return None
    name = _as_name(kept[-1])
    words = (name or "").split()
    if len(words) < 3 or match_form(words[0]) not in SURNAMES or _malformed_name(name or ""):
        return None
    if match_form(" ".join(words[:2])) in _CITY_NAMES:
        return None  # "Hà Nội …": a footer's place
    return name


# A person addressed or listed, not signing: "Ông Nguyễn Văn Bình", "Đ/c …", "Đồng chí …".
_ADDRESSED = re.compile(r"^\W*(?:Ông|Bà|Anh|Chị|Đ/c|Đồng\s+chí)\b", re.IGNORECASE)
_CITY_NAMES = frozenset({"hà nội", "hải phòng", "đà nẵng", "cần thơ", "hồ chí"})


def _lone_surname(word: str) -> bool:
    """A family name written as in a name ("Phạm"), not in capitals."""
    return (
        word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and (match_form(word) in SURNAMES)
    )


# OCR's forms of the recipients' dashes and labels: "~ TT Tỉnh ủy;", "kưu: VT", "_= Lưu".
_NOISY_RECIPIENT = re.compile(r"^[~_=–—:'z\s]+\S|^\W*(?:noi\s+nhan|[lk]uu\s*:|nhu\s+tren)")
_FILING = re.compile(r"^\W*(?:z\s+)?[lk]uu\b")
# "pHỏ GIẢM ĐỐC": OCR's mixed case of the deputy's "PHÓ" before the capitals of the post.
_OCR_PHO = re.compile(r"^(?i:ph[oóòỏọõ])\s+(?=G?I[AÁÀẢẠ]M\s+[ĐD][OÓỌÔỐ]C$)")
_GLUED_DASH = re.compile(r"^[-~_=]+([^\W\d_].*)$")


# A signer's prefix and capitals glued after the last sentence of the body.
_GLUED_TITLE = re.compile(r"(?<=[.;])\s+(?=(?:(?:TM|KT|TL|TUQ)\.|T/M\b)\s*(\S+\s+\S+))")
# The seal of an e-signature read after the name: the body in capitals, then the signing time
# ("… Vũ Thị Thuỳ Trang ĐẢNG UỶ XÃ CÔNG HẢI 08-09-2025 17:03:09 +07:00").
_SIGNED_AT = re.compile(
    r"(?:\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ-]*)*\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[+-]\d{2}:?\d{2})?\s*$"
)


def _glued_block(line: str) -> bool:
    """A long line of recipients that runs on into the signer's title ("- Lưu VPĐU. T/M BAN
    THƯỜNG VỤ …"): a paragraph a .docx made of the whole closing table."""
    glued = _GLUED_TITLE.search(line)
    return _RECIPIENT.match(line) is not None and glued is not None and _is_caps(glued[1])


def _cut(line: str) -> list[str]:
    """ "KT. CHỦ TỊCH Nơi nhận:" / "- Như trên; PHÓ CHỦ TỊCH" / "- Lưu: VT. Nguyễn Văn An":
    the recipients part and the signer part of a line whose cells were glued."""
    glued = _GLUED_TITLE.search(line)
    if glued and _is_caps(glued[1]):  # "… thông qua ngày 10 tháng 7. TM. ỦY BAN … CHỦ TỊCH"
        rest = line[glued.end() :]
        cut = max(0, len(rest) - 300)  # the seal and time close the line: a search near its end
        rest = (rest[:cut] + _SIGNED_AT.sub("", rest[cut:])).strip()
        return [line[: glued.start()].strip(), *_cut(rest)]
    m = _RECEIVERS_LABEL.match(line)
    if m and m["label"].strip():
        return [m["label"].strip(), *_cut(m["rest"])]
    if not _RECIPIENT.match(line):
        return [line]
    label = re.match(r"^(Nơi\s+nhận\s*:)\s*(\S.*)$", line, re.IGNORECASE)
    if label:
        return [label[1], *_cut(label[2])]
    words = line.split()
    for split in range(1, len(words)):
        head, rest = " ".join(words[:split]), " ".join(words[split:])
        if not head.endswith((";", ",", ".", ":")):
            continue
        if _signer_part(rest) or (head.endswith((";", ".")) and _glued_name(rest)):
            return [head, rest]
    return [line]


def _signer_part(text: str) -> bool:
    if _is_caps(text) and (_TITLE_WORD.search(text) or _LOOSE_PREFIX.match(text)):
        return True
    if re.match(r"^\(\s*đã ký", text, re.IGNORECASE):
        return True
    return _as_name(text) is not None and match_form(text.split()[0]) in SURNAMES


def _glued_name(text: str) -> bool:
    """ "Ma Văn Khải" after the last recipient's ";": a name of two to four syllables, each
    capitalised once (an acronym such as "UBND" is a recipient, not a name)."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words
    )


def _tidy_prefix(line: str) -> str:
    if not _is_caps(line):
        return line
    m = _LOOSE_PREFIX.match(line)
    if m is None or _PREFIX.match(line):
        return line
    if m[1]:
        return f"{m[1]}. {line[m.end() :]}"
    return f"T/M {line[m.end() :]}"


_STAMP_BODY = re.compile(
    r"Cơ\s+quan\s*:\s*(?P<body>[^\W\d_][^:]*?)\s*(?=Thời\s+gian\b|Ngày\s+ký\b|Email\b|$)",
    re.IGNORECASE,
)


def stamp_organisation(lines: list[str]) -> str | None:
    """The body named by a digital signature stamp ("Cơ quan: Ủy ban Nhân dân tỉnh Lạng Sơn"),
    as written; only a line that belongs to a stamp counts."""
    for index, line in enumerate(lines):
        m = _STAMP_BODY.search(line)
        if m is None or len(line) > 300:
            continue
        near = " ".join(lines[max(0, index - 3) : index + 4])
        if _STAMP.search(near) or re.search(r"Thời\s+gian\s+ký|Email\s*:", near, re.I):
            body = m["body"].strip(" ,;.")
            return body if 2 <= len(body.split()) <= 12 else None
    return None


def _stamp_name(lines: list[str]) -> str | None:
    for line in lines:
        m = _STAMP.search(line)
        if m:
            name = _as_name(m["name"].strip(" ,;"))
            if name:
                return name
    return None


# Words of a seal or a body ("ỦY BAN NHÂN DÂN", "UBND TỈNH" read off a stamp), never of a name.
_NOT_NAME_WORDS = frozenset(
    {"ủy", "uỷ", "ubnd", "hđnd", "tỉnh", "huyện", "xã", "phường", "sở", "quận", "phủ", "đảng"}
)


_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})


# "Trung tá Ngô Văn B", "Đại úy Lê C": a police or army officer signs with the rank before the
# name; the rank is no part of it.
# Written as ranks are ("Trung tá"), or in any case before a name of three words or more ("Đại
# Úy Hoàng Văn Nam"): "Trung Tá Minh", "Đại Tá Minh Châu" may be a person's name.
_RANK = re.compile(
    r"^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+(?=[^\W\d_])"
    r"|^(?i:Đại|Thượng|Trung|Thiếu)\s+(?i:tướng|tá|úy|uý)\s+(?=\S+\s+\S+\s+\S)"
)


def _as_name(line: str) -> str | None:
    # "Đoàn Thu-Hà", "Nguyễn Văn Hùng.": OCR's dashes and dots inside and around a name
    line = without_degree(line.replace("*", "").strip(" .,;:'\"“”`-_=~"))  # "GS.TS. Tên"
    line = re.sub(r"(?<=[^\W\d_])[-=_.'`]+(?=[^\W\d_])", " ", line)
    line = _RANK.sub("", line.strip(" .,;:'\"“”`-_=~"))
    words = legacy_capitals(line.split())
    line = " ".join(words)
    if not all(w.isalpha() for w in words):
        return None
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in line):
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    if any(match_form(w).strip(".,;") in _NOT_NAME_WORDS for w in words):
        return None
    if len(words[0]) == 1 or words[0].upper() in _ROMAN:
        return None  # "I. ĐÁNH GIÁ CHUNG" (a heading), "S NGA EA" (a seal read as text)
    if _is_caps(line) and match_form(words[0]) not in SURNAMES:
        return None  # a name in capitals still opens with a family name
    if _is_caps(line):
        words = [w.capitalize() for w in words]
    return canonical_tone(" ".join(words))
