"""Time phrases in a folded question → inclusive date ranges ("tuần này", "quý IV", "30/11")."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from handlers.nlu.lexicon import MONTH_WORDS, WEEKDAY_WORDS, written_as, written_as_or_bare
from handlers.nlu.model import DateRange
from handlers.nlu.normalize import Canon, canonicalize

B = r"(?<![^ ])"  # a rule starts at a word
E = r"(?![^ ])"  # and ends at one
_DMY = r"\d{1,2}/\d{1,2}(?:/\d{4}|/\d{2})?|\d{1,2}[.-]\d{1,2}[.-]\d{4}|\d{4}-\d{1,2}-\d{1,2}"
DATE = rf"(?:ngay )?(?:{_DMY})|(?:ngay )?\d{{1,2}} thang \d{{1,2}}(?: nam \d{{4}})?"
_NEXT = "sau|toi|ke tiep|tiep theo"
_LAST = "truoc|vua qua|qua(?! han)|roi"  # "tuần qua có việc gì quá hạn": qua ≠ qua han


@dataclass(frozen=True, slots=True)
class Found:
    range: DateRange
    start: int  # span in Canon.text
    end: int
    year_given: bool  # "30/11/2024", "quý 4 năm 2023" (an extension rolls only without one)


_YEAR_GIVEN = re.compile(r"\d{4}|\d/\d{1,2}/\d{2}")
# The years a typed date or period may name. Outside them the year is a typo ("năm 0000",
# "31/12/9999"): the question gets a sentence saying so, never an empty list or a crash.
YEARS = range(1990, 2101)


class YearOutOfRange(Exception):
    """A date or period names a year outside YEARS; `written` is the year as typed."""

    def __init__(self, written: str) -> None:
        super().__init__(written)
        self.written = written

    @property
    def message(self) -> str:
        return (
            f"Năm {self.written} không hợp lệ: hãy ghi năm đủ bốn chữ số, từ {YEARS.start} "
            f"đến {YEARS.stop - 1}."
        )


def checked_year(written: str) -> int:
    year = int(written)
    if year not in YEARS:
        raise YearOutOfRange(written)
    return year


Resolver = Callable[[re.Match[str], date, Canon], DateRange | None]


def find_period(c: Canon, today: date, start: int = 0) -> Found | None:
    """The earliest period phrase at or after `start`; the longest when two start together.
    Two periods joined by "và", "hoặc" or "đến" ("tuần này và tuần sau") are read as one span
    from the first's start to the last's end."""
    first = _first_period(c, today, start)
    if first is None:
        return None
    joined = _JOIN.match(c.text, first.end)
    if joined:
        second = _first_period(c, today, joined.end())
        if second is not None and second.start == joined.end():
            span = DateRange(
                min(first.range.start, second.range.start), max(first.range.end, second.range.end)
            )
            return Found(span, first.start, second.end, first.year_given or second.year_given)
    return first


_JOIN = re.compile(r" (?:va|voi|hoac|hay|den|toi|-|,) ")


def _first_period(c: Canon, today: date, start: int) -> Found | None:
    best: Found | None = None
    for pattern, resolve in _RULES:
        for m in pattern.finditer(c.text, start):
            if best is not None and m.start() > best.start:
                break
            span = resolve(m, today, c)
            if span is None:
                continue
            if best is None or (m.start(), -m.end()) < (best.start, -best.end):
                best = Found(span, m.start(), m.end(), _YEAR_GIVEN.search(m[0]) is not None)
            break
    return best


def period_of(phrase: str, today: date) -> DateRange | None:
    found = find_period(canonicalize(phrase), today)
    return found.range if found else None


def day(d: date) -> DateRange:
    return DateRange(d, d)


def month_range(year: int, month: int) -> DateRange:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return DateRange(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def quarter_range(year: int, quarter: int) -> DateRange:
    year, quarter = year + (quarter - 1) // 4, (quarter - 1) % 4 + 1
    first = month_range(year, quarter * 3 - 2)
    return DateRange(first.start, month_range(year, quarter * 3).end)


def week_range(today: date, weeks: int = 0) -> DateRange:
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)
    return DateRange(monday, monday + timedelta(days=6))


def iso_week(d: date) -> str:
    """The ISO year and week of a day, as "2023-W50"."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def parse_date(text: str, today: date) -> date | None:
    """Day and month, optional year: 30/11, 30/11/23, 30-11-2023, 2023-11-30, ngày 30 tháng 11."""
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if text[:4].isdigit():
        numbers = [numbers[2], numbers[1], numbers[0]]
    digits = re.findall(r"\d+", text)
    if text[:4].isdigit():
        digits.reverse()
    d, m = numbers[0], numbers[1]
    y = numbers[2] if len(numbers) > 2 else today.year
    if y < 100 and len(digits) > 2 and len(digits[2]) <= 2:
        y += 2000  # "30/11/23"
    elif len(digits) > 2:
        y = checked_year(digits[2])
    try:
        return date(y, m, d)
    except ValueError:
        return None  # "30/2", "7/13": not a date, so not a period either


def _offset(word: str | None) -> int | None:
    if word is None or word in ("nay", "hien tai"):
        return 0
    if re.fullmatch(_NEXT, word):
        return 1
    if re.fullmatch(_LAST + "|ngoai", word):
        return -1
    return None


def _between(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    """'từ 1/11 đến 15/11', 'từ nay đến cuối năm', 'từ nay đến 30/11'."""
    first = today if m["a"] in ("nay", "hom nay", "bay gio") else parse_date(m["a"], today)
    if m["b"].startswith("cuoi"):
        unit = m["b"].split()[1]
        last: date | None = _CURRENT[unit](today).end
    else:
        last = parse_date(m["b"], today)
    if first is None or last is None or last < first:
        return None
    return DateRange(first, last)


def _coming_days(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    """'trong 7 ngày tới', '7 ngày tới', '2 tuần tới', 'trong 7 ngày qua'."""
    if not m["within"] and not m["dir"]:
        return None  # a bare "7 ngày" is a length ("gia hạn thêm 7 ngày"), not a period
    days = int(m["n"]) * (7 if m["unit"] == "tuan" else 1)
    if m["dir"] and _offset(m["dir"].strip()) == -1:
        return DateRange(today - timedelta(days=days), today)
    return DateRange(today, today + timedelta(days=days))


def _part_year(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    """'6 tháng cuối năm', '06 tháng đầu năm 2024', '3 tháng cuối năm', 'nửa cuối năm'."""
    year = checked_year(m["y"]) if m["y"] else today.year
    months = 6 if m["n"] is None else int(m["n"])
    if not 1 <= months <= 12:
        return None
    if m["side"] == "dau":
        return DateRange(date(year, 1, 1), month_range(year, months).end)
    return DateRange(date(year, 13 - months, 1), date(year, 12, 31))


def _named_year(m: re.Match[str], today: date) -> int:
    """The year a month or quarter names: '… năm 2024', '…/2024', '… năm sau', or this one."""
    if m["y"] or m["y2"]:
        return checked_year(m["y"] or m["y2"])
    shift = _offset(m["yw"]) if m["yw"] else 0
    return today.year + (shift or 0)


def _further(m: re.Match[str], shift: int) -> int:
    """'tuần sau nữa', 'tháng tới nữa': one period further than 'sau'."""
    return shift + 1 if m["more"] and shift == 1 else shift


def _quarter(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    """'quý 4', 'quý IV năm 2023', 'quý 4/2023', 'quý 1 năm sau', 'quý này', 'cuối quý',
    'quý sau'."""
    if m["q"]:
        number = {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(m["q"]) or int(m["q"])
        return quarter_range(_named_year(m, today), number)
    shift = _offset(m["w"])
    if shift is None or (m["w"] is None and not m["pre"]):
        return None
    return quarter_range(today.year, (today.month - 1) // 3 + 1 + _further(m, shift))


def _month(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    """'tháng 11', 'tháng 11 năm 2023', 'tháng 11/2023', 'tháng 1 năm sau', 'tháng này',
    'tháng sau', 'tháng sáu'."""
    year = _named_year(m, today)
    if m["m"]:
        number = int(m["m"])
        return month_range(year, number) if 1 <= number <= 12 else None
    word = m["w"]
    if word is None:
        return month_range(today.year, today.month) if m["pre"] else None
    # "thang sau" is next month; only "tháng sáu" written with marks is June.
    raw = c.raw_word(c.token_at(m.start("w")))
    number, marked, bare_ok = MONTH_WORDS.get(word, (0, "", False))
    if number and written_as(raw, marked):
        return month_range(year, number)
    shift = _offset(word)
    if shift is not None:
        return month_range(today.year, today.month + _further(m, shift))
    if number and bare_ok and raw.isascii():
        return month_range(year, number)  # "thang hai", "thang chin"
    return None


def _week(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    """'tuần này', 'trong tuần', 'tuần sau/tới', 'tuần trước/qua', 'cuối tuần'."""
    shift = _offset(m["w"])
    if shift is None or (m["w"] is None and not m["pre"]):
        return None
    week = week_range(today, _further(m, shift))
    if m["pre"] == "cuoi ":
        return DateRange(week.end - timedelta(days=1), week.end)
    return week


def _year(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    """'năm nay', 'cuối năm', 'trong năm 2024', 'năm sau', 'năm ngoái'."""
    if m["y"]:
        year = checked_year(m["y"])
        return DateRange(date(year, 1, 1), date(year, 12, 31))
    shift = _offset(m["w"])
    if shift is None or (m["w"] is None and not m["pre"]):
        return None
    return DateRange(date(today.year + shift, 1, 1), date(today.year + shift, 12, 31))


_DAYS = {
    "hom nay": 0, "bua nay": 0, "hom ni": 0, "bua ni": 0, "toi nay": 0, "sang nay": 0,
    "chieu nay": 0, "trong ngay": 0, "ngay mai": 1, "hom sau": 1, "sang mai": 1,
    "chieu mai": 1, "ngay kia": 2, "hom qua": -1, "bua qua": -1, "hom kia": -2,
}  # fmt: skip


def _day_word(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    return day(today + timedelta(days=_DAYS[m["w"]]))


def _tomorrow(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    """A lone 'mai' is tomorrow, unless it is someone's name: 'chị Mai', 'việc của Mai'."""
    i = c.token_at(m.start())
    before = c.tokens[i - 1].text if i else ""
    if before in ("anh", "chi", "em", "co", "ba", "ong", "d/c", "dc", "cua", "ten", "ly", "thi"):
        return None
    return None if c.capitalised(i) else day(today + timedelta(days=1))


def _weekday(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    """'thứ 6', 'thứ sáu tuần sau', 'chủ nhật này': the coming one unless a week is named."""
    if m["d"]:
        i = c.token_at(m.start("d"))
        if not written_as_or_bare(c.raw_word(i - 1), "thứ"):
            return None  # "thủ", "thư" are not weekdays
        number, marked = WEEKDAY_WORDS[m["d"]]
        if not written_as_or_bare(c.raw_word(i), marked):
            return None  # "thứ tự" is an order, not Wednesday
    else:
        number = 6
    if m["w"] is None:
        return day(today + timedelta(days=(number - today.weekday()) % 7))
    shift = _offset(m["w"])
    if shift is None:
        return None
    return day(week_range(today, shift).start + timedelta(days=number))


def _until(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    """'trước 15/12', 'chậm nhất ngày 15/12': everything due from today up to that day."""
    last = parse_date(m["d"], today)
    if last is None:
        return None
    return DateRange(today, last) if last >= today else day(last)


def _date(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    found = parse_date(m["d"], today)
    return day(found) if found else None


def _day_of_month(m: re.Match[str], today: date, c: Canon) -> DateRange | None:
    """'ngày 30' alone: that day of this month."""
    try:
        return day(today.replace(day=int(m["n"])))
    except ValueError:
        return None


_CURRENT: dict[str, Callable[[date], DateRange]] = {
    "tuan": week_range,
    "thang": lambda t: month_range(t.year, t.month),
    "quy": lambda t: quarter_range(t.year, (t.month - 1) // 3 + 1),
    "nam": lambda t: DateRange(date(t.year, 1, 1), date(t.year, 12, 31)),
}
_PRE = r"(?P<pre>(?:trong|cuoi|het|vao) )?"
_REL = rf"nay|hien tai|{_NEXT}|{_LAST}"
_MORE = r"(?P<more> nua)?"
# The year after a month or a quarter: "năm 2024", "/2024", "năm sau", "năm ngoái".
_OF_YEAR = (
    rf"(?:(?: nam)? (?P<y>\d{{4}})|/(?P<y2>\d{{4}})| nam (?P<yw>nay|{_NEXT}|{_LAST}|ngoai))?"
)
_MONTH_WORD = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))

_RULES: tuple[tuple[re.Pattern[str], Resolver], ...] = tuple(
    (re.compile(pattern, re.ASCII), resolve)
    for pattern, resolve in (
        (
            rf"{B}tu (?P<a>{DATE}|nay|hom nay|bay gio) (?:den|toi|-)(?: het)? "
            rf"(?P<b>{DATE}|cuoi (?:tuan|thang|quy|nam)(?: nay)?){E}",
            _between,
        ),
        (
            rf"{B}(?P<within>trong (?:vong )?)?(?P<n>\d{{1,3}}) (?P<unit>ngay|tuan)"
            rf"(?P<dir> (?:toi|sap toi|nua|ke tiep|tiep theo|qua|vua qua))?{E}",
            _coming_days,
        ),
        (
            rf"{B}(?:trong )?(?:0?(?P<n>\d{{1,2}}) thang|nua) (?P<side>dau|cuoi) nam"
            rf"(?: (?P<y>\d{{4}}))?{E}",
            _part_year,
        ),
        (
            rf"{B}{_PRE}quy(?: (?P<q>[1-4]|iv|iii|ii|i){_OF_YEAR}| (?P<w>{_REL}){_MORE})?{E}",
            _quarter,
        ),
        (
            rf"{B}{_PRE}thang(?: (?:(?P<m>\d{{1,2}})|(?P<w>{_MONTH_WORD}|{_REL})){_OF_YEAR}"
            rf"{_MORE})?{E}",
            _month,
        ),
        (rf"{B}(?P<pre>(?:trong|cuoi|het) )?tuan(?: (?P<w>{_REL}){_MORE})?{E}", _week),
        (rf"{B}{_PRE}nam(?: (?P<w>{_REL}|ngoai)| (?P<y>\d{{4}}))?{E}", _year),
        (rf"{B}(?:ngay )?(?P<w>{'|'.join(_DAYS)}){E}", _day_word),
        (rf"{B}mai{E}", _tomorrow),
        (
            rf"{B}(?:(?:vao|ngay) )?(?:thu (?P<d>{'|'.join(WEEKDAY_WORDS)})|chu nhat)"
            rf"(?: (?:tuan )?(?P<w>nay|{_NEXT}|truoc))?{E}",
            _weekday,
        ),
        (
            rf"{B}(?:truoc|cham nhat|han chot|khong qua|den truoc)(?: ngay)? (?P<d>{_DMY}){E}",
            _until,
        ),
        (rf"{B}(?P<d>{DATE}){E}", _date),
        (rf"{B}ngay (?P<n>\d{{1,2}}){E}", _day_of_month),
    )
)
