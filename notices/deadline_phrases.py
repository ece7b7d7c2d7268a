"""The deadline phrase table: the tokens of dates and periods and one rule per phrasing,
each with the kind of deadline it states."""

from __future__ import annotations

import re
from dataclasses import dataclass

from notices.model import DeadlineKind

_DATE_BODY = (
    r"\d{1,2}\s*(?:[/-]\s*\d{1,2}(?:\s*(?:[/-]|//)\s*(?:\d{4}|\d{2}))?|\.\s*\d{1,2}\s*\.\s*\d{4}"
    r"|\s+tháng\s+\d{1,2}(?:\s*(?:,\s*)?(?:năm\s+|/\s*)\d{4})?)(?![\d/])"
)
# "14 giờ", "17h00", "16g00", "16 giờ 30 phút" before "ngày …": the day is the deadline, the hour
# is kept in the phrase only.
_TIME = r"\d{1,2}\s*(?:giờ|h|g(?=\d))(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*(?=ngày)"
_DATE = rf"(?:{_TIME})?(?:ngày\s+)?{_DATE_BODY}"
TIME_PREFIX = re.compile(_TIME)
_YEAR = r"(?:\s*(?:năm\s+|/\s*)(?P<y>\d{4}))?"
_QUARTER = r"(?P<q>iv|iii|ii|i|[1-4])(?![\w])"
# "Quý IV-2025" in a table cell: a hyphen before the year too
_QUARTER_YEAR = r"(?:\s*(?:năm\s+|[/-]\s*)(?P<y>\d{4}))?"
# "Quí IV-2025": the older spelling of "quý" (same length, so spans keep their places)
QUI = re.compile(r"(?<![^\W_])quí(?![^\W_])")
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
class _Rule:
    kind: DeadlineKind
    pattern: re.Pattern[str]


def _rule(kind: DeadlineKind, pattern: str) -> _Rule:
    return _Rule(kind, re.compile(pattern))


RULES: tuple[_Rule, ...] = (
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
    # a sending or report due within that day (only after such a verb in the clause: SENDS);
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
        rf"|chậm nhất(?:\s+(?:trong|là|vào|đến))?|{_CELL})"
        rf"\s+tháng\s+(?P<mon>\d{{1,2}}){_YEAR}(?![\d/])",
    ),
    # "Điều lệ trường đại học: tháng 01/2010 trình Thủ tướng Chính phủ", "Thời gian trình Thủ
    # tướng Chính phủ vào tháng 4/2010": a programme's draft and the month it is submitted in
    # (the month right after the draft's name: "báo cáo … tháng 4/2025 trình …" reports on it)
    _rule(
        DeadlineKind.PERIOD_END,
        r"(?:^|(?<=[:;,]))\s*tháng\s+(?P<mon>\d{1,2})\s*/\s*(?P<y>\d{4})"
        r"(?=\s+trình\s+(?!bày|diễn|độ|tự|chiếu)\S)",
    ),
    _rule(
        DeadlineKind.PERIOD_END,
        r"thời gian trình\b[^.;:()]{0,80}?\s+vào\s+tháng\s+(?P<mon>\d{1,2})\s*/\s*(?P<y>\d{4})",
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
