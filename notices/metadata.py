"""Notice metadata: number and type, place and date, title, meeting date, signer and title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from notices.header import HEAD_LINES, RUN_ON_SUBJECT, doc_type_prefix, head_pieces
from notices.lexicon import DOC_TYPES, PROVINCES, TYPE_CODES
from notices.scan_header import scan_place_date
from notices.text import canonical_tone, fold_key
from notices.title_gaps import title_gap

_PARTY_NUMBER = re.compile(
    r"^\W*Số\s*:?\s*(?P<n>\d*)\s*-\s*(?P<type>[A-ZĐ][A-Za-zĐđ]{0,4})\s*/\s*"
    r"(?P<issuer>[A-ZĐ][A-ZĐ0-9]*(?:\s*-\s*[A-ZĐ0-9]+)*(?:\s+(?P<unit>[A-ZĐ]{2,6})(?=\s*$))?)"
)
_STATE_NUMBER = re.compile(
    r"^\W*Số\s*:?\s*(?P<n>\d*)\s*(?:/\s*(?P<year>\d{4})\s*)?/\s*"
    r"(?P<codes>[A-ZĐa-zđ&]+[A-ZĐa-zđ0-9&]*(?:\s*[-–]\s*[A-ZĐa-zđ0-9&.]+)*"
    r"(?:,[A-ZĐ][A-ZĐ0-9&]{0,5}(?![^\W\d_]))*)"
)
# "CHỈ THỊ / CỦA BỘ THÔNG TIN VÀ TRUYỀN THÔNG SỐ 07/2008/CT-BTTTT / NGÀY 30 THÁNG 12 NĂM 2008":
# a legal database's title names the act's number in capitals after its body, on the line after
# the bare type (a cited act in running text is written "số" in lower case; a title citing an
# act, "KẾ HOẠCH THỰC HIỆN CHỈ THỊ / CỦA BAN BÍ THƯ SỐ 30-CT/TW", has more than the type above).
_TITLE_NUMBER = re.compile(
    r"^\W*(?:CỦA\s+[A-ZĐÀ-Ỹ ,&-]+\s)?SỐ\s*:?\s*(?P<n>\d{1,5}(?:/\d{4})?\s*[/-]\s*[A-ZĐ]"
    r"[A-ZĐ0-9/-]*[A-ZĐ0-9])\W*$"
)
# "Số 09-CV/ĐTN CCQ": a Party-style body code may carry its unit's letters after a space (the
# line's last word). "Số: 154/CTPH-LĐLĐ-SVH,TT,DL": a joint act lists its co-issuing units'
# codes joined by commas. "Số: LQSL- 124/09h30/DLAK": a bulletin's serial opens with the series'
# letters and carries its hour; it is read as printed, with no type.
# The type codes of a joint act ("CTPH", "KHPH", "TTLT", "NQLT"), whose co-issuers' codes may
# follow joined by commas
# A Party committee's or Youth Union's department after its code ("HU VP", "ĐTN CCQ")
_PARTY_UNITS = frozenset({"VP", "BTC", "BTG", "BDV", "BNC", "UBKT", "BTGDV", "CCQ", "KCQ", "DN"})
_JOINT = re.compile(r"^[A-ZĐ]*(?:PH|LT)-")
_SERIAL_NUMBER = re.compile(
    r"^\W*Số\s*:?\s*(?P<n>[A-ZĐ]{2,6}\s*-\s*\d{1,5}(?:/[0-9A-Za-zĐđ]+){1,3})\s*$"
)
# A scan's number written in by hand and misread by OCR: "Số: A4Ÿš /SNV-VP", "Số: #26 /QĐ-UBND".
# The label and the printed code are the document's own; no later "số …" may stand in for it.
_GARBLED_NUMBER = re.compile(
    r"^\W*Số\s*:?\s*(?P<n>[^\s/]{1,6})\s*/\s*"
    r"(?P<codes>[A-ZĐ][A-ZĐa-zđ0-9&]*(?:\s*[-–]\s*[A-ZĐa-zđ0-9&.]+)*)\s*$"
)
_DIGIT = re.compile(r"\d")
# "Căn cứ Nghị định / số 88/2012/NĐ-CP của Chính phủ …": a citation of the body wrapped after the
# kind of document it cites (or "Căn cứ", "Thực hiện"), not a number line. What follows the
# number tells nothing: the document's own number may have its subject on its line.
_CITING_END = re.compile(
    r"\b(?:căn\s+cứ|thực\s+hiện|theo|tại|"
    + "|".join(sorted((k.replace(" ", r"\s+") for k in DOC_TYPES), key=len, reverse=True))
    + r"|nghị\s+định|thông\s+tư|luật|văn\s+bản|pháp\s+lệnh|công\s+văn)\s*$",
    re.IGNORECASE,
)
# "… của UBND tỉnh / số 41/UBND-VX": a lower-case number opening its line is cited in a sentence.
_CITED_LOWER = re.compile(r"(?:^|\t)[^\w\t]*số\s*:?\s*(?P<n>[^\s/]*/\S+)")
# "ngày 26 tháng 0 6 năm 2018": a day or month whose two digits a scrape or OCR set apart.
_DATE_WORDS = re.compile(
    r",\s*ngày\s*(?P<d>\d\s?\d|\d)?[\s.…_]*tháng\s*(?P<m>\d\s?\d|\d)?[\s.…_]*năm\s*"
    r"(?P<y>\d{4})",
    re.IGNORECASE,
)
_DATE_NUMERIC = re.compile(
    r",\s*ngày\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})", re.IGNORECASE
)
# A place-date line as OCR reads a scan whose day (or month) was written in by hand: "Bắc Giang,
# ngày#J tháng l1 năm 2012", "ngàyðtháng/0 năm 2012". Each of day and month is at most three
# characters glued to or standing between the words; `_ocr_number` keeps only what reads as digits.
_DATE_GARBLED = re.compile(
    r",\s*ngày\s*(?P<d>[^\s,;]{0,3}?)\s*tháng\s*(?P<m>[^\s,;]{0,3}?)\s*năm\s*(?P<y>\d{4})\b",
    re.IGNORECASE,
)
# Print that OCR reads as letters: "tháng II", "tháng l1", "tháng I0" (a printed 11, 11, 10);
# Vietnamese OCR reads a written 8 as "Š" ("ngày 2Š tháng 10", "tháng 0Š": 28, 08).
_OCR_DIGITS = str.maketrans({"I": "1", "l": "1", "|": "1", "O": "0", "o": "0", "Š": "8"})
# A date piece with no place before it: OCR lost the place, or it stands on its own line.
_DATE_ALONE = re.compile(
    r"^ngày\s*(?P<d>\d{1,2})?\s*(?:tháng\s*(?P<m>\d{1,2})?\s*năm\s*|/\s*(?P<m2>\d{1,2})\s*/\s*)"
    r"(?P<y>\d{4})$",
    re.IGNORECASE,
)
# "Ngày 07/3/2024, …", "Chiều ngày 12 tháng 5 năm 2026", and the opening of minutes: "Hôm nay,
# vào lúc 14 giờ 00 ngày 05/8/2025, tại …", "Vào hồi 8 giờ 30 phút, thứ Ba, ngày …",
# "1. Thời gian: 14 giờ, ngày 05/8/2025".
_MEETING = re.compile(
    r"^\W*(?:\d\.\s*)?(?:thời\s+gian\s*:\s*)?(?:hôm\s+nay\s*,?\s*)?(?:(?:vào|hồi|lúc)\s+)*"
    r"(?:\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút|')?)?\s*,?\s*)?"
    r"(?:(?:sáng|chiều|tối|trưa)\s*,?\s+)?(?:vào\s+)?(?:hôm\s+)?(?:thứ\s+\S+\s*,?\s*)?"
    r"ngày\s+(?P<d>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*|\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+)(?P<y>\d{4})",
    re.IGNORECASE,
)
# "Ngày 22/12/2009, UBND Thành phố đã ban hành Quyết định số …": the date a cited document was
# issued or signed, not of a meeting the notice concludes.
# The issuing must be the sentence's own verb: its subject (a body, ≤ 6 words, no meeting verb)
# then "(đã) (ký) ban hành <document>"; "…tổ chức hội nghị đánh giá các chính sách đã ban hành"
# is a meeting.
_ISSUED_THEN = re.compile(
    r"^[\s,]*(?:(?!tổ\s+chức\b|họp\b|chủ\s+trì\b|làm\s+việc\b|dự\b)[^\s.;:]+\s+){1,6}?"
    r"(?:đã\s+)?(?:ký\s+)?(?:ban\s+hành|ký)\s+(?:các\s+)?(?:quyết định|chỉ thị|nghị quyết|"
    r"kế hoạch|công văn|văn bản|thông báo|hướng dẫn|nghị định|thông tư|công điện|chương trình|"
    r"kết luận)",
    re.IGNORECASE,
)
_MEETING_MIN_WORDS = 5  # "Ngày 08/11/2025, Thủ tướng chủ trì …" has more
_TITLE_STOP = re.compile(
    r"^(?:Ngày\s+\d|Căn cứ|Kính gửi|Thực hiện|Sau khi|Vào ngày|Sáng ngày|Chiều ngày)",
    re.IGNORECASE,
)
# A numbered heading, a lettered or dashed point or an article: the body has begun (a pasted
# notice often has no blank line between its title and its first heading).
_BODY_MARKER = re.compile(
    r"^(?:[IVX]{1,4}\s*[.:]\s|\d{1,2}(?:\.\d{1,2}){0,3}\.\s|[a-zđ]\)\s|[-–+•]\s|Điều\s+\d+\s*[.:])"
)
# "giai đoạn 2026" / "- 2030 trên địa bàn huyện": a dash that carries on the title's year range
# or a lower-case word is the title wrapping, not a point.
_MOTTO = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập\s*[-–]\s*Tự do|ĐẢNG CỘNG SẢN)", re.IGNORECASE)
_TITLE_GOES_ON = re.compile(r"^[-–]\s*(?:\d{4}\b|[a-zà-ỹđ])")
# a head line of its own that opens a letter's subject ("V/v …"): the document is a letter. Not
# RUN_ON_SUBJECT, which also reads "Ban hành …" run on after a type name: alone, no letter's
_SUBJECT_LINE = re.compile(r"^(?:V/v|Về việc)\b", re.IGNORECASE)
_HEADER_SCAN = 40


@dataclass(frozen=True, slots=True)
class DocNumber:
    number: str | None  # "45/TB-UBND", "30-CT/HU"; None when the number is left blank
    doc_type: str | None
    issuer_code: str | None  # "UBND", "HU", "VP"…


@dataclass(frozen=True, slots=True)
class PlaceDate:
    place: str | None
    day: int | None  # None when the day is left blank ("ngày tháng 3 năm 2024")
    month: int | None
    year: int

    def as_date(self) -> date | None:
        if self.day is None or self.month is None:
            return None
        return safe_date(self.year, self.month, self.day)


def safe_date(year: int, month: int, day: int) -> date | None:
    """A real calendar date or None: 31/2 and month 13 are typos, not dates."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _head(lines: list[str]) -> list[str]:
    """The header's repaired column pieces (OCR noise, merged columns and split numbers undone)."""
    return head_pieces(lines, HEAD_LINES)


# "Nghị quyết số: 89/2025/UBTVQH15", "Luật số: 12/2017/QH14": the type named before "số:", as
# laws and the assembly's resolutions print it; its code is the document's type.
_NAMED_NUMBER = re.compile(
    r"^\W*(?P<kind>Nghị\s+quyết|Quyết\s+định|Nghị\s+định|Thông\s+tư|Chỉ\s+thị|Pháp\s+lệnh"
    r"|Luật|Lệnh)\s+(?P<rest>số\s*:.*)$",
    re.IGNORECASE,
)
# Laws and ordinances have no type code of their own.
_KIND_CODES = {"nghị quyết": "NQ", "quyết định": "QĐ", "nghị định": "NĐ", "thông tư": "TT",
               "chỉ thị": "CT"}  # fmt: skip


# "z) Số: 115 /CV-PA83": a seal's or a margin's speck that OCR read before the number's label.
_SPECK = re.compile(r"^\W*[^\W\d_]{1,2}\W+(?=Số\s*:\s*\d)")


def find_number(lines: list[str]) -> DocNumber:
    """`Số: 123/TB-UBND` (state) or `Số 45-TB/HU` (Party) near the top."""
    cited = {
        _squash(m["n"]) for line in lines[: HEAD_LINES * 3] for m in _CITED_LOWER.finditer(line)
    }
    above = ""
    for piece in _label_joined(_head(lines)):
        line = _SPECK.sub("", piece)
        line_above, above = above, line
        named = _NAMED_NUMBER.match(line)
        if named:
            found = find_number([named["rest"][:1].upper() + named["rest"][1:]])
            kind = _KIND_CODES.get(" ".join(named["kind"].lower().split()))
            if found.number is not None and found.doc_type not in TYPE_CODES:
                return DocNumber(found.number, kind, found.issuer_code)
            if found.number is not None:
                return found
            continue
        titled = _TITLE_NUMBER.match(line)
        if titled and " ".join(line_above.lower().strip("*# ").split()) in DOC_TYPES:
            return find_number([f"Số: {titled['n']}"])
        serial = _SERIAL_NUMBER.match(line)
        if serial:
            return DocNumber(serial["n"], None, None)
        m = _PARTY_NUMBER.match(line)
        if m:
            code = _squash(m["issuer"])
            if m["unit"] and m["unit"] not in _PARTY_UNITS:
                # "45-BC/ĐU BCH", "12-TB/VPTU HN": another abbreviation after the code
                code = _squash(m["issuer"][: m.start("unit") - m.start("issuer")])
            elif m["unit"]:
                code = f"{_squash(m['issuer'][: m.start('unit') - m.start('issuer')])} {m['unit']}"
            number = f"{m['n']}-{m['type']}/{code}" if m["n"] else None
            return DocNumber(number, m["type"], code)
        m = _STATE_NUMBER.match(line)
        if m and (_CITING_END.search(line_above) or _cited_number(line, cited)):
            continue
        if m is None:
            # "Số: 5D65 /QĐ-SYT\tKiên Giang, ngày …": a scan's number cell, the date's after a tab
            m = _GARBLED_NUMBER.match(line.partition("\t")[0])
            if m is None or m["n"].isdigit():
                continue
            codes = _squash(m["codes"]).rstrip(".")
            first, _, rest = codes.partition("-")
            # "Số: l5/TB-UBND": printed digits OCR read as letters; anything else is unreadable
            read = m["n"].translate(_OCR_DIGITS)
            number = f"{read}/{codes}" if read.isdigit() and _DIGIT.search(m["n"]) else None
            if first.upper() in TYPE_CODES:
                return DocNumber(number, first, rest or None)
            return DocNumber(number, "CV", first)
        if m:
            codes = _squash(m["codes"]).rstrip(".")
            if "," in codes and not _JOINT.match(codes):
                codes = codes.partition(",")[0]  # "12/UBND-VP,HN": a trailing abbreviation
            year = f"/{m['year']}" if m["year"] else ""
            number = f"{m['n']}{year}/{codes}" if m["n"] else None
            first, _, rest = codes.partition("-")
            if first.upper() in TYPE_CODES:
                return DocNumber(number, first, rest or None)
            return DocNumber(number, "CV", first)  # "4537/UBND-NCKS": a letter (công văn)
    return DocNumber(None, None, None)


_BARE_LABEL = re.compile(r"^\W*Số\s*:\s*$")


def _label_joined(pieces: list[str]) -> list[str]:
    """ "Số:" then "02/2014/QĐ-TTg": a label whose number OCR set on the next line (a table's
    rule between them) is read with it."""
    out: list[str] = []
    for piece in pieces:
        if out and _BARE_LABEL.match(out[-1]) and piece[:1].isdigit():
            out[-1] = f"Số: {piece}"
            continue
        out.append(piece)
    return out


def _cited_number(line: str, cited: set[str]) -> bool:
    """Whether the number of a "Số:" piece was written "số …" in lower case in the raw lines."""
    found = re.match(r"^\W*Số\s*:?\s*(?P<n>[^\s/]*/\S+)", line)
    return found is not None and _squash(found["n"]) in cited


# "Nghị quyết này được Ủy ban Thường vụ Quốc hội … khóa XV, phiên họp thứ 47 thông qua ngày 10
# tháng 7 năm 2025.": a law or resolution with no date line is dated by its adoption.
_ADOPTED = re.compile(
    r"\b(?:Luật|Nghị\s+quyết|Pháp\s+lệnh)\s+này\s+(?:đã\s+)?được\b[^.]{0,240}?\bthông\s+qua\s+"
    r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
    re.IGNORECASE,
)


def find_adoption_date(lines: list[str]) -> date | None:
    """The day a law or resolution says it was adopted, from its closing lines."""
    text = " ".join(line.strip() for line in lines[-60:])
    found = None
    for m in _ADOPTED.finditer(text):
        found = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return found


def _squash(code: str) -> str:
    return re.sub(r"\s+", "", code).replace("–", "-")


def find_place_date(lines: list[str]) -> PlaceDate | None:
    """`Hiệp Hoà, ngày tháng 3 năm 2024` → place Hiệp Hòa, day unknown, March 2024."""
    for line in map(scan_place_date, _head(lines)):
        if len(line) > 160:
            continue
        alone = _DATE_ALONE.match(line)
        if alone:
            day = int(alone["d"]) if alone["d"] else None
            month_text = alone["m"] or alone["m2"]
            month = int(month_text) if month_text else None
            if month is not None and not 1 <= month <= 12:
                month = None
            return PlaceDate(None, day, month, int(alone["y"]))
        m = _place_date_match(line) or _merged_place_date(line)
        if m is None and (glued := _glued_place_date(line)) is not None:
            line, m = glued
        if m is None:
            continue  # "Thực hiện Kết luận số 192-KL/TW, ngày 19/9/2025 …" cites a document
        # a lone stroke ("ngày l tháng 3") is the blank left for a handwritten day, no 1
        day = _ocr_number(m["d"]) if _DIGIT.search(m["d"] or "") else None
        month = _ocr_number(m["m"])
        if month is not None and not 1 <= month <= 12:
            month = None
        return PlaceDate(_place_before(line[: m.start()]), day, month, int(m["y"]))
    return None


# "Số: 3354/VPCP-KGVX V/v ban hành Hà Nội, ngày 26 tháng 04 năm 2013", "Số: 2.42Ý /&H-SYT\tKiên
# Giang, ngày l4 tháng l1] năm 2017": OCR ran the number cell, its subject's first words and the
# place-date into one line; a province's name then the date closing the line is the place-date.
_NUMBER_LINE = re.compile(r"^\W*Số\s*:")
_PROVINCE_DATE = re.compile(
    r"(?:^|[\s\t`'|])(?=(?:[A-ZĐÀ-Ỹ][^\s,]*\s+){0,3}[A-ZĐÀ-Ỹ][^\s,]*,\s*ngày)"
)


def _glued_place_date(line: str) -> tuple[str, re.Match[str]] | None:
    if not _NUMBER_LINE.match(line):
        return None
    for start in _PROVINCE_DATE.finditer(line):
        rest = line[start.end() :]
        m = _place_date_match(rest)
        place = rest[: m.start()] if m else ""
        if m and not rest[m.end() :].strip(" .") and _PROVINCE_KEYS.get(fold_key(place)):
            return rest, m
    return None


def _ocr_number(text: str | None) -> int | None:
    """A day or month as printed ("14", "0 6") or as OCR misread printed digits ("II", "l1");
    None when blank or unreadable (a handwritten "#J" is no number: better no date than a
    wrong one)."""
    # "tháng l1]": a bracket beside two digits is a stroke; after one ("ngày 3}"), handwriting
    digits = (text or "").replace(" ", "")
    digits = (digits[:2] if digits[2:] in ("]", ")", "}") else digits).translate(_OCR_DIGITS)
    return int(digits) if digits.isdigit() and len(digits) <= 2 else None


_PLACE_SMALL_WORDS = frozenset(
    {"thành", "phố", "thị", "xã", "trấn", "đặc", "khu", "tỉnh", "huyện"}
)


# "Phường 1", "Quận 10": a ward or district of a city is named by its number.
_NUMBERED_PLACE = re.compile(r"^(?:Phường|Quận|P\.|Q\.)$")


def _place_words(prefix: str) -> list[str] | None:
    """The words of a place name, or None: "Bà Rịa - Vũng Tàu" (the dash between two names is
    left out), "Phường 1" (a number only after the ward or district)."""
    words = prefix.replace("*", " ").split()
    out: list[str] = []
    for at, word in enumerate(words):
        if word in ("-", "–") and 0 < at < len(words) - 1:
            continue
        if word.isdigit() and len(word) <= 2 and at and _NUMBERED_PLACE.match(words[at - 1]):
            out.append(word)
            continue
        if any(ch.isdigit() for ch in word):
            return None
        out.append(word)
    return out


def _looks_like_place(prefix: str) -> bool:
    """Nothing, or a place name of a few capitalised words ("Thành phố Hồ Chí Minh", "TP. Huế",
    "Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm", "Phường 1")."""
    words = _place_words(prefix)
    if words is None or len(words) > 7:
        return False
    return all(w[:1].isupper() or w.lower() in _PLACE_SMALL_WORDS or w.isdigit() for w in words)


def _place_before(prefix: str) -> str | None:
    words = prefix.replace("*", " ").split()
    place: list[str] = []
    for at in range(len(words) - 1, max(-1, len(words) - 7), -1):
        word = words[at]
        numbered = word.isdigit() and at > 0 and _NUMBERED_PLACE.match(words[at - 1])
        dash = word in ("-", "–") and place and at > 0 and words[at - 1][:1].isupper()
        if not (word[:1].isupper() or word in ("TP.", "Tp.") or numbered or dash):
            break
        if word.startswith("Số"):
            break
        place.insert(0, word)
    if not place:
        return None
    written = canonical_tone(" ".join(place))
    return _PROVINCE_KEYS.get(fold_key(written), written)  # "Lang Son" (OCR) → "Lạng Sơn"


_PROVINCE_KEYS = {fold_key(p): p for p in PROVINCES}


def find_meeting_date(paragraphs: list[str]) -> date | None:
    """`Ngày 07/3/2024, Chủ tịch UBND huyện tổ chức …`: the date of the meeting concluded, in
    one of the first twelve sentences; a table's "|" cells and the header's short pieces
    ("VĂN PHÒNG CHÍNH", "PHỦ", "THÔNG BÁO") before it are not counted."""
    sentences = [p for p in paragraphs if len(p.split()) >= _MEETING_MIN_WORDS]
    for paragraph in sentences[:12]:
        m = _MEETING.match(paragraph)
        if m and not _ISSUED_THEN.match(paragraph[m.end() :]):
            return safe_date(int(m["y"]), int(m["m"] or m["m2"]), int(m["d"]))
    return None


def find_type_and_title(lines: list[str]) -> tuple[str | None, str]:
    """The type line ("THÔNG BÁO" → TB, "BIÊN BẢN HỌP …" → BB) and the title (trích yếu) under
    it; a letter's "V/v …" subject line makes it a công văn (CV)."""
    head = lines[: _HEADER_SCAN * 2]
    for index, line in enumerate(head):
        found = doc_type_prefix(line)
        if found is None:
            continue
        code, rest = found
        if RUN_ON_SUBJECT.match(rest) and rest != rest.upper():  # "QUYẾT ĐỊNH Về việc …"
            if index + 1 < len(head) and head[index + 1]:
                continue  # a line read on (a photo's wrapped subject): as before, no type line
            return code, _title_after([rest, *head[index + 1 :]], 0)
        after = _title_after(head, index + 1)
        if rest and not _TITLE_STOP.match(rest):
            return code, f"{rest} {after}".strip()
        return code, after
    for index, line in enumerate(head):
        if _SUBJECT_LINE.match(line):
            return "CV", _title_after(head, index, include_first=True)
    return None, ""


def _place_date_match(line: str) -> re.Match[str] | None:
    """The date of a place-date line ("Hà Nội, ngày 05 tháng 12 năm 2026"): a date with nothing
    or a place name before it; a date cited inside a sentence is not one."""
    m = _DATE_NUMERIC.search(line) or _DATE_WORDS.search(line) or _DATE_GARBLED.search(line)
    return m if m is not None and _looks_like_place(line[: m.start()]) else None


# A scan's columns read into one line: the subject's wrapped words, then the place-date ("dữ liệu
# với Hệ thống cơ sở dữ liệu Hà Nội, ngày 15 tháng 09 năm 2026"). The place must be a province
# written in full after a lower-case word that does not attach it to a body or a citation ("của
# UBND tỉnh Lạng Sơn, ngày …", "tại Hà Nội, ngày …"), with no number in what comes before.
_NOT_BEFORE_PLACE = frozenset(
    {"của", "tại", "ở", "tỉnh", "thành", "phố", "tp", "tp.", "huyện", "quận", "ubnd", "số"}
)


def _merged_place_date(line: str) -> re.Match[str] | None:
    m = _DATE_WORDS.search(line)
    if m is None or _DIGIT.search(line[: m.start()]) or not m["d"] or not m["m"]:
        return None
    if line[m.end() :].strip(" .,;:)"):
        return None  # "… trên địa bàn Hà Nội, ngày 15 tháng 9 năm 2026 với …": a sentence's date
    words = line[: m.start()].split()
    for size in (4, 3, 2):
        if len(words) <= size:
            continue
        place, before = " ".join(words[-size:]), words[-size - 1]
        if _PROVINCE_KEYS.get(fold_key(place)) == canonical_tone(place):
            if before[:1].islower() and before.lower() not in _NOT_BEFORE_PLACE:
                return m
            return None
    return None


def _mostly_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _title_after(lines: list[str], start: int, *, include_first: bool = False) -> str:
    index = start
    while index < len(lines) and not lines[index]:
        index += 1
    title: list[str] = []
    while index < len(lines) and (lines[index] or title_gap(title, lines, index)):
        if not (line := lines[index]):
            index += 1
            continue
        if (_TITLE_STOP.match(line) and not line[:1].islower()) or (len(line) > 250 and title):
            break
        if title and _BODY_MARKER.match(line) and not _TITLE_GOES_ON.match(line):
            break  # "I. MỤC ĐÍCH, YÊU CẦU" / "1. …" / "- …" right under the title, no blank line
        if title and line.rstrip().endswith(":") and len(line.split()) >= 5:
            break  # "Tại hội nghị ngày …, Ban Thường vụ kết luận như sau:": the body's lead-in
        if title and (_MOTTO.match(line) or _place_date_match(line)):
            break  # "V/v …" printed before the national motto and the place-date line
        if title and all(_mostly_caps(t) for t in title) and not _mostly_caps(line):
            break  # "… TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK" then "Thời gian qua, …": the body starts
        title.append(line)
        index += 1
        if len(line) > 250:
            break
    text = " ".join(title)
    if not include_first:
        text = re.sub(r"^(?:V/v|Về việc)\s*:?\s*", "", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip()
