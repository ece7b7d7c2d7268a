"""Deadline phrases, read only after a trigger word: most dates in notices are not deadlines.

Each rule's comment names the phrasing it covers. A hit keeps the verbatim phrase; `pick_deadline`
chooses one per task: a dated deadline beats a period end, which beats a recurrence, then ongoing.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

from notices.cycle_periods import bare_period
from notices.deadline_words import clause_start, is_milestone, phrase_before
from notices.model import DeadlineKind, Recurrence
from notices.text import match_form

_DATE_BODY = (
    r"\d{1,2}\s*(?:[/-]\s*\d{1,2}(?:\s*(?:[/-]|//)\s*(?:\d{4}|\d{2}))?|\.\s*\d{1,2}\s*\.\s*\d{4}"
    r"|\s+tháng\s+\d{1,2}(?:\s*(?:,\s*)?(?:năm\s+|/\s*)\d{4})?)(?![\d/])"
)
# "14 giờ", "17h00", "16g00", "16 giờ 30 phút" before "ngày …": the day is the deadline, the hour
# is kept in the phrase only.
_TIME = r"\d{1,2}\s*(?:giờ|h|g(?=\d))(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*(?=ngày)"
_DATE = rf"(?:{_TIME})?(?:ngày\s+)?{_DATE_BODY}"
_TIME_PREFIX = re.compile(_TIME)
_YEAR = r"(?:\s*(?:năm\s+|/\s*)(?P<y>\d{4}))?"
_QUARTER = r"(?P<q>iv|iii|ii|i|[1-4])(?![\w])"
# "Quý IV-2025" in a table cell: a hyphen before the year too
_QUARTER_YEAR = r"(?:\s*(?:năm\s+|[/-]\s*)(?P<y>\d{4}))?"
# "Quí IV-2025": the older spelling of "quý" (same length, so spans keep their places)
_QUI = re.compile(r"(?<![^\W_])quí(?![^\W_])")
# a "Thời hạn:" table cell, "Thời gian hoàn thành: Dự kiến tháng 11/2025"
_CELL = r"(?:thời hạn|thời gian(?: hoàn thành| thực hiện)?)\s*:(?:\s*(?:dự kiến|khoảng))?"
_PERIOD_WORD = r"(?P<per>tuần|tháng|quý|(?:6|06|sáu) tháng|năm)"
# An event or campaign named after a span's colon ("Từ ngày 01/6 đến ngày 30/6: Tháng hành động
# vì trẻ em; …"): the span is the event's period, the work done in it is not due on its last day.
EVENT_NOUNS = (
    r"(?:tháng|tuần|đợt|ngày hội|chiến dịch|cao điểm|hội nghị|hội thi|hội diễn|hội thao|lễ"
    r"|giải|liên hoan|festival)(?![^\W_])"
)
# The work verbs a plan's step opens with after its time ("Năm 2026 tổ chức sơ kết …"); not an
# aim held all year ("Năm 2026 bảo đảm an ninh …", "tập trung lãnh đạo …", "phấn đấu …").
_WORK_VERBS = (
    r"(?:tổ chức|hoàn thành|hoàn tất|triển khai|thực hiện|xây dựng|ban hành|sơ kết|tổng kết"
    r"|rà soát|đánh giá|tiến hành|trình|báo cáo|đưa vào"
    r"|khởi công|nghiệm thu|phê duyệt|cập nhật|thu thập|kiểm tra)(?![^\W_])"
)


@dataclass(frozen=True, slots=True)
class DeadlineHit:
    kind: DeadlineKind
    deadline: date | None
    phrase: str
    recurrence: Recurrence | None
    start: int
    end: int
    year_written: bool = True  # False for "trước ngày 15/12": the year came from the notice


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: DeadlineKind
    pattern: re.Pattern[str]


def _rule(kind: DeadlineKind, pattern: str) -> _Rule:
    return _Rule(kind, re.compile(pattern))


_RULES: tuple[_Rule, ...] = (
    # "Quý IV năm 2025 và các năm tiếp theo", "Năm 2026 và các năm tiếp theo", "giai đoạn
    # 2026-2030 và những năm tiếp theo": work that goes on past any one period, no due date
    _rule(
        DeadlineKind.ONGOING,
        r"(?:(?:từ\s+)?(?:quý\s+[ivx\d]{1,3}\s+)?(?:năm\s+|giai đoạn\s+)?\d{4}"
        r"(?:\s*[-–]\s*\d{4})?\s+)?(?:và|đến)\s+(?:các|những)\s+năm\s+tiếp\s+theo",
    ),
    # "trước ngày 31 tháng 3 hằng năm", "trước ngày 20 hằng tháng", "ngày 10 của tháng cuối quý"
    _rule(
        DeadlineKind.RECURRING,
        r"(?:(?:trước|chậm nhất|vào|trong|đến)\s+)?ngày\s+\d{1,2}(?:\s*(?:/|tháng)\s*\d{1,2})?"
        r"\s+(?:của\s+)?(?P<rper>(?:hằng|hàng|mỗi)\s+(?:tháng|quý|năm)|tháng\s+cuối\s+(?:của\s+)?"
        r"(?:mỗi\s+)?quý)",
    ),
    # "chậm nhất ngày 27/10/2023", "chậm nhất đến ngày 15/8/2026", "chậm nhất là ngày …"
    _rule(
        DeadlineKind.ON_DATE,
        rf"chậm nhất(?:\s+(?:là|vào|đến|tới|trong))*\s+(?:hết\s+)?(?P<date>{_DATE})",
    ),
    # "hạn chót 30/9/2026", "thời hạn hoàn thành: ngày 30/9/2026", "hạn nộp ngày …", "thời gian
    # hoàn thành ngày 24/7/2026"; a table cell that repeats its column's label ("thời hạn: Thời
    # gian hoàn thành 11/8/26")
    _rule(
        DeadlineKind.ON_DATE,
        r"(?:hạn chót|hạn cuối|thời hạn(?:\s+(?:hoàn thành|nộp|gửi|báo cáo))?|hạn (?:nộp|gửi)"
        r"|thời gian hoàn thành)"
        r"\s*(?:là|:)?\s*(?:thời gian\s+hoàn thành\s*(?:là|:)?\s*)?"
        rf"(?:vào\s+)?(?P<date>{_DATE})",
    ),
    # "hoàn thành trong ngày 15/8/2026", "xong vào ngày …", "đến hết ngày 30/6/2026", "hoàn
    # thành ngay trong ngày …"
    _rule(
        DeadlineKind.ON_DATE,
        r"(?:(?:hoàn thành|xong|kết thúc|hoàn tất)\s+(?:ngay\s+)?(?:trong|vào|đến|tới)\s+"
        r"(?:hết\s+)?"
        rf"|(?:đến|tới)\s+hết\s+|không\s+(?:quá|muộn hơn)\s+)(?P<date>ngày\s+{_DATE_BODY})",
    ),
    # "có văn bản gửi Bộ Tư pháp trong ngày 30 tháng 4 năm 2026", "nộp hồ sơ trong ngày 15/5":
    # a sending or report due within that day (only after such a verb in the clause: _SENDS);
    # "gửi báo cáo … trong ngày 14/4 và ngày 15/4/2026": due the last day (only with gửi/nộp)
    _rule(
        DeadlineKind.ON_DATE,
        rf"(?P<sends>trong)\s+(?P<days>(?:ngày\s+{_DATE_BODY}\s*(?:,|và|đến|[-–])\s*"
        rf"(?:các\s+)?)+)?(?P<date>ngày\s+{_DATE_BODY})",
    ),
    # "Từ 10/10/2026 đến 25/11/2026: các xã rà soát …", "- Từ ngày 01/3 đến hết ngày 15/4/2026:
    # …": a timetable's step opens with its span and a colon; the step is done by the span's last
    # day ("Từ ngày 10/5 đến ngày 20/5, Hội thi diễn ra …" with no colon is an event's days)
    _rule(
        DeadlineKind.ON_DATE,
        rf"^[-+•*\s]*(?:thời gian\s*:?\s*)?từ\s+(?:ngày\s+)?{_DATE_BODY}\s*(?:đến|tới|[-–])\s*"
        rf"(?:hết\s+)?(?P<date>(?:ngày\s+)?{_DATE_BODY})(?=\s*:)(?!\s*:\s*{EVENT_NOUNS})",
    ),
    # "khởi công dự án … vào ngày 19 tháng 12 năm 2025", "tổ chức lễ khánh thành … vào ngày …":
    # a milestone set for a day; only when its clause names one (_MILESTONE)
    _rule(DeadlineKind.ON_DATE, rf"(?P<milestone>vào)\s+(?P<date>ngày\s+{_DATE_BODY})"),
    # "thời gian hoàn thành trước ngày 30/9/2020", "hoàn thành trước ngày …", "trước 15/8/2026"
    _rule(
        DeadlineKind.BEFORE_DATE,
        r"(?:(?:thời gian|thời hạn)\s+(?:hoàn thành\s+)?:?\s*)?(?:hoàn thành\s+|xong\s+)?"
        rf"trước\s+(?:thời điểm\s+)?(?P<date>{_DATE})",  # "… trước thời điểm 30/4/2026"
    ),
    # "để đi vào hoạt động từ ngày 15/7/2020": preparation is late from the go-live day on;
    # "chuẩn bị …, bảo đảm để chính quyền xã mới chính thức hoạt động từ ngày 01/7/2025" too
    # (a bare "chính thức hoạt động từ ngày …" only in a clause that prepares or ensures it)
    _rule(
        DeadlineKind.BEFORE_DATE,
        r"(?:để\s+(?:chính thức\s+)?(?:đi vào|đưa vào)"
        r"|(?<=\S\s)(?P<golive>chính thức)(?:\s+đi vào)?)"
        r"\s+(?:hoạt động|vận hành|sử dụng)\s+từ\s+"
        rf"(?P<date>ngày\s+{_DATE_BODY})",
    ),
    # "Thời gian ban hành: Bảo đảm văn bản có hiệu lực từ ngày 01/7/2026": a text drafted to be
    # in force by then is late from that day (only after "bảo đảm": _ENSURES_IN_FORCE)
    _rule(
        DeadlineKind.BEFORE_DATE,
        rf"(?<=\S\s)(?P<inforce>có hiệu lực)(?:\s+thi hành)?\s+từ\s+(?P<date>ngày\s+{_DATE_BODY})",
    ),
    # "trước tháng 10/2026", "trước quý III năm 2026": late from the first day of that period
    _rule(
        DeadlineKind.BEFORE_DATE,
        rf"trước\s+(?:tháng\s+(?P<mon>\d{{1,2}})|quý\s+{_QUARTER}){_YEAR}",
    ),
    # "trong 06 tháng cuối năm 2023", "3 tháng cuối năm", "6 tháng đầu năm 2026"
    _rule(
        DeadlineKind.PERIOD_END,
        r"(?:trong\s+)?(?P<n>0?[369]|sáu|ba|chín)\s+tháng\s+(?P<which>cuối|đầu)\s+năm"
        r"(?:\s+(?P<y>\d{4})|\s+nay)?",
    ),
    # "từ nay đến tháng 6/2027", "từ nay đến hết quý II năm 2026", "từ nay đến năm 2030": the
    # work runs until then ("từ tháng 6/2022 đến nay" looks back and is not matched)
    _rule(
        DeadlineKind.PERIOD_END,
        r"(?:từ nay|từ bây giờ)(?:\s+trở đi)?\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
        rf"(?:tháng\s+(?P<mon>\d{{1,2}})|quý\s+{_QUARTER}|(?=năm\s+\d{{4}})){_YEAR}(?![\d/])",
    ),
    # "từ nay đến cuối năm 2023", "cuối năm 2023", "trước cuối năm", "đến hết năm 2026"
    _rule(
        DeadlineKind.PERIOD_END,
        r"(?:(?:từ nay|từ bây giờ)\s+(?:đến|tới)\s+|(?:đến|tới|trước|vào|trong)\s+)?(?:hết\s+)?"
        r"(?:cuối\s+năm|(?<=hết )năm)(?:\s+(?P<y>\d{4})|\s+nay)?(?!\s+(?:học|tài chính|\d))",
    ),
    # "Thời gian thực hiện: Từ tháng 11/2025 đến tháng 4/2026", "Thời gian hoàn thành: tháng
    # 12/2025 - tháng 02/2026": work over a span of months is due at the end of the last one
    # (only in a time cell or as a row's time field read alone: "dự báo khí hậu (từ tháng
    # 02/2026 đến tháng 01/2027)" is what a text is about)
    _rule(
        DeadlineKind.PERIOD_END,
        rf"(?:{_CELL}\s*|^(?:trong\s+)?)(?:từ\s+)?tháng\s+\d{{1,2}}(?:\s*(?:/|năm)\s*\d{{4}})?"
        rf"\s*(?:đến|tới|[-–])\s*(?:hết\s+|cuối\s+)?tháng\s+(?P<mon>\d{{1,2}}){_YEAR}(?![\d/])",
    ),
    # "Quý IV/2025 và Quý I/2026", "quý II, quý III năm 2026": the work spans both, due at the
    # end of the last
    _rule(
        DeadlineKind.PERIOD_END,
        r"(?:(?:trong|hoàn thành(?:\s+trong)?|" + _CELL + r")\s+)?quý\s+(?:iv|iii|ii|i|[1-4])"
        r"(?:\s*(?:/|năm)\s*\d{4})?\s*(?:,|và|đến|[-–])\s*(?:hết\s+)?"
        # the second quarter without its word: a Roman numeral ("Quý II, III/2026") or a digit
        # before its year or the clause's end ("quý 2, 3 năm 2026"); "quý II, 3 đợt kiểm tra"
        # and "quý II, 3 tháng …" count rounds and months
        r"(?:quý\s+|(?=(?:iv|iii|ii|i)(?![\w]))"
        r"|(?=[1-4]\s*(?:/\s*\d{4}|năm\s+\d{4}|[.;)]|$)))"
        rf"{_QUARTER}{_YEAR}",
    ),
    # "trong tháng 10 năm 2026", "trong tháng 11/2026", "cuối tháng 8", "hoàn thành tháng 9"
    _rule(
        DeadlineKind.PERIOD_END,
        r"(?:trong|hết|đến hết|đến cuối|cuối|trước cuối|ngay trong|hoàn thành(?:\s+trong)?"
        rf"|chậm nhất(?:\s+(?:trong|là|vào))?|{_CELL})"
        rf"\s+tháng\s+(?P<mon>\d{{1,2}}){_YEAR}(?![\d/])",
    ),
    # "trong quý IV", "quý III/2026", "hoàn thành trong quý 2 năm 2026", bare "quý IV"
    _rule(
        DeadlineKind.PERIOD_END,
        r"(?:(?:trong|hết|đến hết|cuối|ngay trong|vào|hoàn thành(?:\s+trong)?"
        rf"|chậm nhất(?:\s+trong)?|{_CELL})\s+)?quý\s+{_QUARTER}{_QUARTER_YEAR}",
    ),
    # "hoàn thành trong năm 2026", "trong năm nay" (kept only when the clause says hoàn thành/xong)
    # "bảo đảm tiến độ hoàn thành Dự án vào năm 2026" (also kept only with hoàn thành/xong)
    _rule(DeadlineKind.PERIOD_END, r"(?:trong|vào)\s+năm\s+(?:(?P<y>\d{4})|nay)(?!\s*[-–]\s*\d)"),
    # "Năm 2026 tổ chức sơ kết …", "Năm 2026, hoàn thành …": a step of a plan opening with its
    # year and then the work to do in it (not "Năm 2025 là năm …", "Năm 2025, tỉnh đã …")
    _rule(
        DeadlineKind.PERIOD_END,
        r"^[-+•*\s]*năm\s+(?P<y>\d{4})(?=\s*,?\s+" + _WORK_VERBS + r"(?!\s+được\b))",
    ),
    # "Thời hạn: năm 2026", "thời gian thực hiện: năm 2026"
    _rule(
        DeadlineKind.PERIOD_END,
        rf"{_CELL}\s*(?:trong\s+)?năm\s+(?P<y>\d{{4}})",
    ),
    # "cuối tháng này", "trong quý này", bare "cuối quý": relative to the notice date
    _rule(
        DeadlineKind.PERIOD_END,
        r"(?:trong|cuối|hết|đến cuối|đến hết)\s+(?P<rel>tháng|quý)(?:\s+này)?(?!\s*\w*\d)"
        r"(?!\s+(?:i|ii|iii|iv|đầu|cuối|tới|sau|trước)\b)",
    ),
    # "định kỳ tháng 8/2026", "báo cáo định kỳ quý III năm 2026": one named period, not a cycle
    _rule(
        DeadlineKind.PERIOD_END,
        rf"định kỳ\s+(?:tháng\s+(?P<mon>\d{{1,2}})|quý\s+{_QUARTER}){_YEAR}(?![\d/])",
    ),
    # "định kỳ hằng quý", "định kỳ 6 tháng", "định kỳ hàng năm"
    _rule(DeadlineKind.RECURRING, rf"định kỳ(?:\s+(?:hằng|hàng|mỗi))?\s+{_PERIOD_WORD}"),
    # "hằng tháng", "hàng quý", "mỗi năm", "6 tháng một lần"
    _rule(
        DeadlineKind.RECURRING,
        r"(?:hằng|hàng|mỗi)\s+(?P<per>tuần|tháng|quý|năm)(?!\s+(?:học|tài chính|nay|qua))"
        r"|(?P<per6>(?:6|06|sáu) tháng)\s+(?:một|1)\s+lần",
    ),
    # bare "định kỳ báo cáo Ban Chỉ đạo": recurring, period to be set at import
    _rule(DeadlineKind.RECURRING, r"định kỳ"),
    # "thường xuyên", "liên tục", "hằng ngày" (not the noun "chi thường xuyên")
    _rule(DeadlineKind.ONGOING, r"thường xuyên|liên tục|hằng ngày|hàng ngày"),
)

_NOT_ONGOING_BEFORE = re.compile(
    r"(?:\bchi|\bchi không|\bchưa|\bkhông|\bthiếu|\bkinh phí|\bnguồn|\bnhiệm vụ chi|\bkém)\s*$"
)
_NOT_PERIOD_BEFORE = re.compile(r"(?:so với|tính đến|tính từ|đầu năm đến|kể từ|trong)\s*$")
# A period word right after one of these nouns describes the noun, not how often the task recurs.
_QUALIFIES_NOUN = re.compile(
    r"(?:kế hoạch|ngân sách|dự toán|kinh phí|vốn|nguồn lực|chỉ tiêu|quỹ|biên chế"
    r"|(?:\d+|một|hai|ba|năm) năm(?:\s+và)?|trung hạn(?:\s+và)?)"
    r"(?:\s+(?!(?:và|hoặc)\b)[^\s,;]+){0,2}\s*(?:và\s+)?$"
)
_MONTHS_OF = re.compile(r"(?:những|các|mấy)\s+tháng\s*$")
# "cuối quý", "cuối quý này": a quarter's end with no quarter number or year of its own
_BARE_QUARTER_END = re.compile(r"cuối\s+quý(?:\s+này)?")
# "… ngày 10 tháng 01 của năm liền kề (sau năm đánh giá)": a day in every cycle, no one date
_ADJACENT_YEAR = re.compile(r"\s*(?:của\s+)?năm\s+liền\s+kề\b")
# "bảo đảm thông xe tuyến chính … trong năm 2025": opening a work to traffic or use completes it
_COMPLETION = re.compile(
    r"hoàn thành|hoàn tất|\bxong\b|dứt điểm|(?<!đã )(?<!được )\bthông xe\b"
    r"|(?<!đã )(?<!được )\bđưa vào (?:khai thác|sử dụng|vận hành|hoạt động)\b"
)
# "… xây dựng, hoàn thiện Đề án … trình UBND tỉnh trong năm 2024": a draft handed to the
# authority that adopts it is delivered in that year, when "trình" is a word of its own ("chương
# trình", "lộ trình", "quy trình" … are nouns) and no routine ("định kỳ trình …", "hằng năm trình
# …"). It comes before the year in the same clause (see _submits_before).
_TRINH_NOUNS = (
    "chương", "công", "tờ", "lộ", "quá", "quy", "tiến", "lịch", "hành", "giáo", "phương", "liệu",
    "nghị", "hải", "lập", "thuyết", "đã", "được",
)  # fmt: skip
_ROUTINE = ("định kỳ", "hằng năm", "hàng năm", "hằng quý", "hàng quý", "hằng tháng", "hàng tháng")
_SUBMITS = re.compile(
    r"(?<![^\W_])"
    + "".join(f"(?<!{w} )" for w in _TRINH_NOUNS + _ROUTINE)
    + r"trình\s+(?=(?:ubnd|ủy ban|uỷ ban|hđnd|hội đồng nhân dân|chủ tịch|thủ tướng|chính phủ"
    r"|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|ban thường vụ|cấp có thẩm quyền)(?![^\W_]))"
)
# "Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, …": how much time is left, said to urge, not when
# the work is due.
_COUNTDOWN = re.compile(
    r"\s*,?\s*(?:thì\s+)?(?:chỉ\s+)?còn(?:\s+(?:lại|khoảng|gần|hơn|chưa đầy|chưa tới|không quá))*"
    r"\s+(?:\d+|một|hai|ba|bốn|năm|sáu|vài|ít|mấy)\b"
)
# "gửi", "nộp", "báo cáo", "có văn bản", "trình" before "trong ngày …": the day the result is
# due. Not the nouns "chương trình", "công trình", "trình độ", "nghe báo cáo", "nơi gửi xe".
_SENDS = re.compile(
    r"(?<![^\W_])(?:(?<!nơi )(?<!bãi )(?<!điểm )gửi(?!\s+xe)|nộp|có văn bản"
    r"|(?<!nghe )(?<!xem )(?<!bản )báo cáo"
    r"|(?<!chương )(?<!công )(?<!quá )(?<!lộ )(?<!tiến )(?<!giải )(?<!quy )(?<!thuyết )"
    r"(?<!biểu )(?<!đệ )(?<!lịch )trình(?!\s+(?:độ|diễn|bày|chiếu|tự)(?![^\W_])))(?![^\W_])"
)
# "báo cáo nhanh … trong ngày 30/4 và ngày 01/5": the days of an event or a daily report, no due
# day; "gửi/nộp … trong ngày 14/4 và ngày 15/4" sends by the last of them
_HANDS_IN = re.compile(r"(?<![^\W_])(?:(?<!nơi )(?<!bãi )(?<!điểm )gửi(?!\s+xe)|nộp)(?![^\W_])")
# "Số liệu báo cáo tính từ ngày 01/01/2012 đến hết ngày 30/11/2012", "số liệu tính đến hết ngày
# …", "kỳ báo cáo từ ngày … đến hết ngày …": the span the figures cover, not when they are due
# ("Thời gian thực hiện tính từ ngày ký đến hết ngày 31/12/2026" is the work's own span)
# (only the figures' own span: "gửi số liệu về Sở … đến hết ngày …" is due that day)
# "trong thời gian diễn ra kỳ thi từ ngày 23/6/2019 đến hết ngày 27/6/2019": the days an event
# takes place, not when the work is due
# (only "diễn ra" or "thời gian diễn", then at most the event's name, no comma and no work:
# "diễn tập", "Hội diễn", "Hội thi diễn ra, các trường gửi … từ ngày … đến hết ngày …" are
# work spans)
_EVENT_SPAN = re.compile(
    r"(?<![^\W_])(?:diễn ra|(?<=thời gian\s)diễn)(?![^\W_])(?P<gap>\s[^;.():,\d]{0,60}?)?"
    r"\s+(?P<start>từ\s+(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?\s*)?$"
)
_EVENT_GAP_WORK = re.compile(
    r"(?<![^\W_])(?:gửi|nộp|đăng ký|hoàn thành|báo cáo|nhận|tổ chức|thực hiện|triển khai)"
    r"(?![^\W_])"
)
_DATA_PERIOD = re.compile(
    r"(?:(?<![^\W_])(?:số liệu|kỳ báo cáo|kỳ số liệu)(?:\s+báo cáo)?\s*:?\s*"
    r"(?:(?:được\s+)?(?:tính|lấy|thống kê)\s*)?"
    r"|(?<![^\W_])báo cáo\s+(?:được\s+)?tính\s*"
    r"|\((?:[^()]*\s)?tính\s+)"
    r"(?:(?:kể\s+)?từ\s+[^;.()]{1,40}?\s*)?$"
)
# "nhất là các nhiệm vụ giao hoàn thành trong năm 2026": a completion that says which tasks are
# meant (a relative clause of their noun), not when this one is due
# (only after "nhất là", "đặc biệt là", "trong đó": "bảo đảm các công trình được giao phải hoàn
# thành trong năm 2026" is the work's own due year)
# The same after a verb's plural object ("rà soát, đánh giá các dự án được giao hoàn thành trong
# năm 2026, đề xuất …"): which projects; not after "bảo đảm/đảm bảo" ("bảo đảm các công trình
# được giao hoàn thành …" ensures the completion).
_TASKS_DUE = re.compile(
    r"(?:(?<![^\W_])(?:nhất là|đặc biệt là|trong đó có|trong đó)\s+(?:các\s+|những\s+)?"
    r"|(?<!bảo đảm )(?<!đảm bảo )(?<!phấn đấu )(?<![^\W_])(?:các|những)\s+)"
    r"(?:nhiệm vụ|chỉ tiêu|mục tiêu|công trình|dự án)(?:\s+[^\W\d_]+){0,3}?\s+"
    r"(?:(?:được|đã được)\s+)?(?:giao|đề ra|đặt ra)\s+$"
)
# "đối với các nhiệm vụ được giao trong năm 2025, tiếp tục rà soát …" (a topic), "hoàn thành
# thắng lợi các mục tiêu đề ra trong năm 2025 như tăng trưởng …" (the targets then listed): the
# year right after a participle of setting says which targets or tasks (those set for that year),
# not when the work is due. "Hoàn thành các nhiệm vụ được giao trong năm 2026." stays due then.
_SET_FOR_YEAR = re.compile(
    r"(?<![^\W_])(?P<topic>(?:đối với|về)\s+)?(?:(?:các|những)\s+)?"
    r"(?:mục tiêu|chỉ tiêu|nhiệm vụ|kế hoạch)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:(?:đã|được|đã được)\s+)?(?:đề ra|đặt ra|giao|xác định|phê duyệt)\s*$"
)
_EXAMPLES_AFTER = re.compile(r"\s+(?:như|gồm|bao gồm)\s")
# "đánh giá, xếp loại mức độ hoàn thành nhiệm vụ … trong năm 2025", "tỷ lệ hoàn thành": the
# completion named as a measure (a noun), not the work's own completion
# "quyết toán vốn các công trình đưa vào sử dụng trong năm 2026", "các tuyến đường thông xe …":
# opening to use ("thông xe", "đưa vào …") right after the works named qualifies them (which
# works), it is no deliverable
_WORKS_NAMED = re.compile(r"(?<![^\W_])(?:các|những)(?:\s+[^\W\d_]+){1,4}\s+$")
_MEASURE_OF = re.compile(r"(?<![^\W_])(?:mức độ|tỷ lệ|chỉ số)\s+$")
# "Để phấn đấu đạt mục tiêu hoàn thành … trong năm 2025, Chủ tịch UBND tỉnh yêu cầu:": the year
# of the purpose the whole letter serves, ahead of its ask; no date of the work it asks
_PURPOSE_OPEN = re.compile(r"(?:để|nhằm)\s")
_ASKS_AFTER = re.compile(r"(?<![^\W_])(?:yêu cầu|đề nghị|giao|chỉ đạo|chỉ thị)(?![^\W_])")


def _in_purpose_frame(low: str, start: int, end: int) -> bool:
    """Does the phrase at `start` lie in a sentence's opening "Để …," frame, the ask after it?"""
    window = max(0, start - 320)
    ends = [e.end() for e in re.finditer(r"[.;:!?]\s+|\n", low[window:start])]
    sentence = window + ends[-1] if ends else window
    if not _PURPOSE_OPEN.match(low, sentence):
        return False
    rest = low[end : end + 300]
    comma = rest.find(",")
    stop = min((i for i in (rest.find("."), rest.find(";")) if i >= 0), default=len(rest))
    ask = _ASKS_AFTER.search(rest, comma, stop) if 0 <= comma < stop else None
    # only an ask that opens points ("…, UBND tỉnh yêu cầu:"); "…, đề nghị UBND các huyện khẩn
    # trương rà soát …" asks its own work, the year is when it is due
    return ask is not None and rest.find(":", ask.start(), stop) >= 0


# A bare quarter right after what is measured in it ("tăng trưởng Quý III", "số liệu quý II")
# names the figures' period
_MEASURED = re.compile(
    r"(?<![^\W_])(?:tăng trưởng|số liệu|kết quả|tình hình|chỉ tiêu|sản lượng|doanh thu|grdp|gdp)"
    r"\s*(?:của\s+|trong\s+)?(?:quý\s+(?:iv|iii|ii|i|[1-4])\s*(?:,|và|[-–])\s*)*$"
)
# "bảo đảm để các xã mới chính thức …": the preparing word governs the go-live, its subject
# (up to 40 syllables) between with no comma
_GOVERNS_GO_LIVE = re.compile(
    r"(?<![^\W_])(?:để|bảo đảm|đảm bảo|chuẩn bị|sẵn sàng)(?![^\W_])(?:\s+[^\s,;.:]+){0,40}\s+$"
)
# "Thời gian ban hành: Bảo đảm văn bản có hiệu lực từ ngày …": "bảo đảm" opens the clause or the
# field's value and the date ends it; "Sở Y tế bảo đảm kinh phí thực hiện Thông tư số … có hiệu
# lực từ ngày …", "… bảo đảm Nghị định có hiệu lực từ ngày … được thực hiện" are not readiness.
_ENSURES_IN_FORCE = re.compile(
    r"(?:^|[:;\n]|\.\s)\s*(?:[-+•*]\s*)?(?:bảo đảm|đảm bảo)(?![^\W_])(?:\s+[^\s,;.:]+){0,8}\s+$"
)
_NUMBERED_TEXT = re.compile(r"\d+\s*/\s*(?:\d{4}\s*/\s*)?[a-zđ]|(?<![^\W_])số\s+\d")
_CLAUSE_END = re.compile(r"\s*(?:[.;]|$)")
# "hoàn thành chỉ tiêu Quý II/2026": reaching the quarter's figures is due at its end
_COMPLETES = re.compile(r"(?<![^\W_])(?:hoàn thành|hoàn tất|đạt|vượt)(?:\s+(?:các|những))?\s*$")
_STARTS_AT = re.compile(r"(?<![^\W_])(?:bắt đầu\s+)?từ\s*$")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_RECUR_WORD = {"tuần": None, "tháng": Recurrence.MONTHLY, "quý": Recurrence.QUARTERLY}


def _is_event_span(before: str, starts_span: bool) -> bool:
    """The text before a "từ …"/"đến …" hit ends on "diễn ra [event] (từ ngày D)"."""
    event = _EVENT_SPAN.search(before)
    if event is None or (event["start"] is None and not starts_span):
        return False
    return not (event["gap"] and _EVENT_GAP_WORK.search(event["gap"]))


# The title of a cited document in quotation marks: "Kế hoạch số 526/KH-UBND … về việc “Đẩy mạnh
# … từ nay đến năm 2021”", "Đề án “Phát triển … đến năm 2030”". A time inside is part of the name.
# A straight-quoted title is short and has no ";": an unclosed OCR quote pairs with a far one.
_QUOTED = re.compile(r"“(?P<inner>[^“”\"\n;]{4,300})”|\"(?P<straight>[^“”\"\n;]{4,150})\"")
# The kinds of document a title is cited by. Those that are also verbs ("Chủ tịch kết luận “…”",
# "Thủ tướng chỉ thị “…”": a directive reported word for word) cite only with their number.
_DOC_NOUNS = (
    r"kế hoạch|đề án|chương trình|chiến lược|quy hoạch|dự án|nghị quyết|cuộc vận động|phong trào"
)
_DOC_VERBS = r"chỉ thị|quyết định|kết luận"
_DOC_NUMBER = r"(?:số\s+)?\d+\s*[/-]\s*(?:\d{4}\s*/\s*)?[a-zđ]{1,5}[-/][^\s,;]*|số\s+\d[^\s,;]*"
# The kind or number heads the phrase just before the quote, with nothing but its number, date
# and issuer (no comma) before "về việc", "mang tên", "với chủ đề" …: "Kế hoạch số 12/KH-UBND
# ngày … của UBND tỉnh về việc “…”", not "Theo Kế hoạch số 5/KH-UBND, Sở … nhắc … về “…”".
_CITES_BEFORE = re.compile(
    rf"(?<![^\W_])(?:(?:{_DOC_NOUNS})(?![^\W_])|(?:{_DOC_VERBS})\s+(?:{_DOC_NUMBER})|{_DOC_NUMBER})"
    r"(?:[^,;“”\"]{0,160}?\s(?:về việc|về|mang tên|với tên|có tên|với chủ đề|chủ đề))?\s*$"
)


def _quoted_titles(low: str) -> list[tuple[int, int]]:
    """The spans of quoted titles of cited documents (programmes, movements) in `low`."""
    spans: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(low):
        lead = low[max(0, m.start() - 200) : m.start()]
        lead = re.split(r"[.;:!?]\s|\n", lead)[-1]
        if _CITES_BEFORE.search(lead):
            spans.append(m.span("inner" if m["inner"] is not None else "straight"))
    return spans


def find_deadlines(text: str, *, year: int | None, reference: date | None) -> list[DeadlineHit]:
    """Every deadline phrase in `text`, resolved against the notice year and date."""
    low = _QUI.sub("quý", match_form(text))
    found: list[DeadlineHit] = []
    # a time inside a cited document's quoted title names that document
    taken: list[tuple[int, int]] = _quoted_titles(low)
    for rule in _RULES:
        for m in rule.pattern.finditer(low):
            start, end = m.span()
            if (start > 0 and low[start - 1].isalnum()) or (end < len(low) and low[end].isalpha()):
                continue
            if any(a < end and start < b for a, b in taken):
                continue
            hit = _resolve(rule.kind, m, low, text, year=year, reference=reference)
            if hit is None:
                continue
            found.append(hit)
            taken.append((start, end))
    return sorted(found, key=lambda h: h.start)


def _ensures_in_force(low: str, m: re.Match[str]) -> bool:
    """The in-force date at `m` is what its clause, opened by "bảo đảm", is to make ready."""
    opening = _ENSURES_IN_FORCE.search(low, max(0, m.start() - 120), m.start())
    if opening is None or _NUMBERED_TEXT.search(opening.group()):
        return False
    return _CLAUSE_END.match(low, m.end()) is not None


def _resolve(
    kind: DeadlineKind,
    m: re.Match[str],
    low: str,
    text: str,
    *,
    year: int | None,
    reference: date | None,
) -> DeadlineHit | None:
    groups = m.groupdict()
    before = low[max(0, m.start() - 16) : m.start()]
    phrase = text[m.start() : m.end()].strip()
    if _COUNTDOWN.match(low, m.end()):
        return None
    if groups.get("milestone") and not is_milestone(low, m.start()):
        return None
    if groups.get("golive") and not _GOVERNS_GO_LIVE.search(
        low, max(0, m.start() - 240), m.start()
    ):
        # "Trung tâm chính thức hoạt động từ ngày 01/7", "Để thuận tiện cho người dân, Trung
        # tâm chính thức hoạt động …": a statement of fact; only "bảo đảm để <the subject>
        # chính thức …", "… để Trung tâm chính thức …" prepare the go-live
        return None
    if groups.get("inforce") and not _ensures_in_force(low, m):
        return None  # "Luật có hiệu lực từ ngày 01/7/2026": when the law applies, no deadline
    clause = re.split(r"[;:]|\.\s", low[max(0, m.start() - 160) : m.start()])[-1]
    if groups.get("sends") and (
        not _SENDS.search(clause) or (groups.get("days") and not _HANDS_IN.search(clause))
    ):
        return None  # "trong ngày 19/5 tổ chức …": the day of an event, not a due day
    if low.startswith(("đến", "tới"), m.start()) and _DATA_PERIOD.search(
        low[max(0, m.start() - 60) : m.start()]
    ):
        return None  # "(Số liệu báo cáo tính từ ngày 01/01 đến hết ngày 30/11)": data cut-off
    if low.startswith(("đến", "tới", "từ"), m.start()) and _is_event_span(
        low[max(0, m.start() - 90) : m.start()], low.startswith("từ", m.start())
    ):
        return None  # "trong thời gian diễn ra kỳ thi từ ngày 23/6 đến hết ngày 27/6": an event
    deadline: date | None = None
    recurrence: Recurrence | None = None
    explicit_year = bool(groups.get("y"))
    if kind is DeadlineKind.ONGOING:
        if _NOT_ONGOING_BEFORE.search(before):
            return None
        return DeadlineHit(kind, None, phrase, None, m.start(), m.end())
    if kind is DeadlineKind.RECURRING:
        bare = low.startswith(("hằng", "hàng", "mỗi"), m.start())
        if bare and _QUALIFIES_NOUN.search(phrase_before(low, m.start())):
            return None  # "kế hoạch 5 năm và hằng năm", "ngân sách hằng năm": not the task's cycle
        recurrence = _recurrence(groups)
        return DeadlineHit(kind, None, phrase, recurrence, m.start(), m.end())
    bare_quarter = _BARE_QUARTER_END.fullmatch(low[m.start() : m.end()].strip())
    if _MONTHS_OF.search(before) and (low.startswith("cuối năm", m.start()) or bare_quarter):
        # "kịch bản tăng trưởng cho những tháng cuối năm 2025", "Đối với các tháng cuối quý
        # (tháng 3, tháng 6)": what it is about. "trong các tháng cuối quý III/2026" is dated.
        return None
    if groups.get("date") and _ADJACENT_YEAR.match(low, m.end()):
        return None  # "trước ngày 10 tháng 01 của năm liền kề sau năm đánh giá": each cycle's
    if groups.get("date"):
        parsed = parse_date(groups["date"], year)
        if parsed is None:
            return None
        deadline, explicit_year = parsed
    elif groups.get("mon"):
        month = int(groups["mon"])
        y = int(groups["y"]) if groups.get("y") else year
        if not 1 <= month <= 12 or y is None:
            return _undated(kind, phrase, m)
        deadline = (
            date(y, month, 1)
            if kind is DeadlineKind.BEFORE_DATE
            else date(y, month, calendar.monthrange(y, month)[1])
        )
    elif groups.get("q"):
        if _STARTS_AT.search(before) and low.startswith("quý", m.start()):
            return None  # "Thời gian thực hiện: từ quý II/2026": when the work starts
        if (
            low.startswith("quý", m.start())
            and (measured := _MEASURED.search(low[max(0, m.start() - 60) : m.start()]))
            and not _COMPLETES.search(low[max(0, m.start() - 60) : m.start()], 0, measured.start())
        ):
            return None  # "điều hành tăng trưởng Quý III, Quý IV/2026": the figures' quarters
        quarter = _ROMAN.get(groups["q"]) or int(groups["q"])
        y = int(groups["y"]) if groups.get("y") else year
        if y is None:
            return _undated(kind, phrase, m)
        if kind is DeadlineKind.BEFORE_DATE:
            deadline = date(y, quarter * 3 - 2, 1)
        else:
            deadline = date(y, quarter * 3, calendar.monthrange(y, quarter * 3)[1])
    elif groups.get("which"):
        y = int(groups["y"]) if groups.get("y") else year
        if y is None:
            return _undated(kind, phrase, m)
        months = {"0": 0, "3": 3, "6": 6, "9": 9, "ba": 3, "sáu": 6, "chín": 9}
        n = months.get(groups["n"].lstrip("0") or "0", 6)
        month = 12 if groups["which"] == "cuối" else n
        deadline = date(y, month, calendar.monthrange(y, month)[1])
    elif groups.get("rel"):
        if text[m.start("rel")].isupper() and not m.group().endswith("này"):
            return None  # "trong Tháng hành động vì bình đẳng giới": a named campaign
        if reference is None:
            return _undated(kind, phrase, m)
        month = reference.month
        if groups["rel"] == "quý":
            month = ((month - 1) // 3 + 1) * 3
        deadline = date(reference.year, month, calendar.monthrange(reference.year, month)[1])
    else:  # year end: "cuối năm 2023", "trong năm nay", "đến hết năm 2026"
        if phrase.lower().startswith(("trong", "vào")) and "năm" in phrase.lower()[:12]:
            begin = clause_start(text, m.start())
            clause = low[begin : m.end() + 120]
            if not _submits_before(low[begin : m.start()]) and not any(
                not _TASKS_DUE.search(clause, 0, c.start())
                and not _MEASURE_OF.search(clause, 0, c.start())
                and not (c[0][:1] in "tđ" and _WORKS_NAMED.search(clause, 0, c.start()))
                for c in _COMPLETION.finditer(clause)
            ):
                return None
            if _in_purpose_frame(low, m.start(), m.end()):
                return None
            set_for = _SET_FOR_YEAR.search(low, 0, m.start())
            if set_for and (set_for["topic"] or _EXAMPLES_AFTER.match(low, m.end())):
                return None  # "các mục tiêu đề ra trong năm 2025 như …": the targets' year
        if _NOT_PERIOD_BEFORE.search(before) and "cuối" in phrase.lower():
            return None
        y = int(groups["y"]) if groups.get("y") else year
        if y is None:
            return _undated(kind, phrase, m)
        deadline = date(y, 12, 31)
    if reference is not None and deadline < reference:
        if explicit_year or not groups.get("date"):
            return None  # a past period is a report period or a reference, not a deadline
        deadline = _next_year(deadline)  # "trước ngày 15/1" in a December notice: next January
    return DeadlineHit(kind, deadline, phrase, None, m.start(), m.end(), explicit_year)


def _submits_before(lead: str) -> bool:
    """Is a draft submitted ("trình UBND tỉnh …") in the clause that ends at the year phrase?"""
    clause = lead.rsplit(";", 1)[-1]
    return any(
        not _TASKS_DUE.search(clause, 0, c.start())
        and not _MEASURE_OF.search(clause, 0, c.start())
        for c in _SUBMITS.finditer(clause)
    )


def _undated(kind: DeadlineKind, phrase: str, m: re.Match[str]) -> DeadlineHit:
    return DeadlineHit(kind, None, phrase, None, m.start(), m.end())


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _recurrence(groups: dict[str, str | None]) -> Recurrence | None:
    rper = groups.get("rper")
    if rper:
        if "quý" in rper:
            return Recurrence.QUARTERLY
        return Recurrence.YEARLY if rper.endswith("năm") else Recurrence.MONTHLY
    if groups.get("per6"):
        return Recurrence.HALF_YEARLY
    per = groups.get("per")
    if per is None:
        return None
    if per.endswith("tháng") and per != "tháng":
        return Recurrence.HALF_YEARLY
    if per == "năm":
        return Recurrence.YEARLY
    return _RECUR_WORD.get(per)


def parse_date(raw: str, year: int | None) -> tuple[date, bool] | None:
    """ "ngày 30/7/2020", "15/8", "11/8/14", "31 tháng 3 năm 2026" → (date, year written?)."""
    raw = _TIME_PREFIX.sub("", raw.strip(), count=1)
    numbers = [int(n) for n in re.findall(r"\d+", raw)]
    if len(numbers) < 2:
        return None
    day, month = numbers[0], numbers[1]
    explicit = len(numbers) >= 3
    y = numbers[2] if explicit else year
    if y is None or not 1 <= month <= 12:
        return None
    if y < 100:  # "11/8/14" in a tracking table: a two-digit year of this century
        y += 2000
    if 29 <= day <= 31:  # "31/11/2026", "31/6": a day the month lacks means its last day
        day = min(day, calendar.monthrange(y, month)[1])
    try:
        return date(y, month, day), explicit
    except ValueError:
        return None


_ORDER = {
    DeadlineKind.ON_DATE: 0,
    DeadlineKind.BEFORE_DATE: 0,
    DeadlineKind.PERIOD_END: 1,
    DeadlineKind.RECURRING: 2,
    DeadlineKind.ONGOING: 3,
    DeadlineKind.NONE: 4,
}


def pick_deadline(hits: list[DeadlineHit]) -> DeadlineHit | None:
    """The hit that best states when a task is due; recurrences with a known period first."""
    if not hits:
        return None
    recurring = [h for h in hits if h.kind is DeadlineKind.RECURRING and h.recurrence]
    cycles = {h.recurrence for h in recurring}
    # "cấp trong tháng … chậm nhất là ngày 18 hàng tháng": each month's, no date of its own
    hits = [h for h in hits if not in_cycle(h, cycles)]
    dated = [h for h in hits if h.kind in (DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE)]
    if recurring and dated and not any(h.year_written for h in dated):
        return recurring[0]  # "Hằng năm, báo cáo trước ngày 15/12": a yearly due day
    periodic = [h for h in hits if h.kind is DeadlineKind.RECURRING and h.recurrence is None]
    if periodic and dated and not any(h.year_written for h in dated):
        # "định kỳ báo cáo kết quả trước ngày 20/11": a day of a month, every year
        return replace(periodic[0], recurrence=Recurrence.YEARLY)
    return min(
        hits,
        key=lambda h: (
            _ORDER[h.kind],
            h.kind is DeadlineKind.RECURRING and h.recurrence is None,
            h.start,
        ),
    )


def in_cycle(hit: DeadlineHit, cycles: set[Recurrence | None]) -> bool:
    """A bare period ("Cuối tháng", "trong tháng") beside a cycle of the same period."""
    if hit.kind is not DeadlineKind.PERIOD_END:
        return False
    period = bare_period(hit.phrase)
    return period is not None and period in cycles


def is_dated(hit: DeadlineHit | None) -> bool:
    return hit is not None and hit.deadline is not None


def names_due_date(text: str, *, yearless: bool = False) -> bool:
    """Whether `text` names a calendar date work is due by ("trước ngày 30/6/2026"), read by the
    deadline grammar. With `yearless`, a day that names no year counts too ("trước ngày 30/6":
    any year stands in, since only whether there is a date matters)."""
    year = 2000 if yearless else None
    return any(is_dated(hit) for hit in find_deadlines(text, year=year, reference=None))
