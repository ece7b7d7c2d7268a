"""The words around a deadline phrase that show it is no deadline of the work (an event's days,
a data period, a cited title, a purpose frame …), read by `notices.deadlines`."""

from __future__ import annotations

import re

NOT_ONGOING_BEFORE = re.compile(
    r"(?:\bchi|\bchi không|\bchưa|\bkhông|\bthiếu|\bkinh phí|\bnguồn|\bnhiệm vụ chi|\bkém)\s*$"
)
NOT_PERIOD_BEFORE = re.compile(r"(?:so với|tính đến|tính từ|đầu năm đến|kể từ|trong)\s*$")
# A period word right after one of these nouns describes the noun, not how often the task recurs.
QUALIFIES_NOUN = re.compile(
    r"(?:kế hoạch|ngân sách|dự toán|kinh phí|vốn|nguồn lực|chỉ tiêu|quỹ|biên chế"
    r"|(?:\d+|một|hai|ba|năm) năm(?:\s+và)?|trung hạn(?:\s+và)?)"
    r"(?:\s+(?!(?:và|hoặc)\b)[^\s,;]+){0,2}\s*(?:và\s+)?$"
)
MONTHS_OF = re.compile(r"(?:những|các|mấy)\s+tháng\s*$")
# "cuối quý", "cuối quý này": a quarter's end with no quarter number or year of its own
BARE_QUARTER_END = re.compile(r"cuối\s+quý(?:\s+này)?")
# "… ngày 10 tháng 01 của năm liền kề (sau năm đánh giá)": a day in every cycle, no one date
ADJACENT_YEAR = re.compile(r"\s*(?:của\s+)?năm\s+liền\s+kề\b")
# "bảo đảm thông xe tuyến chính … trong năm 2025": opening a work to traffic or use completes it
COMPLETION = re.compile(
    r"hoàn thành|hoàn tất|\bxong\b|dứt điểm|(?<!đã )(?<!được )\bthông xe\b"
    r"|(?<!đã )(?<!được )\bđưa vào (?:khai thác|sử dụng|vận hành|hoạt động)\b"
)
# "… xây dựng, hoàn thiện Đề án … trình UBND tỉnh trong năm 2024": a draft handed to the
# authority that adopts it is delivered in that year, when "trình" is a word of its own ("chương
# trình", "lộ trình", "quy trình" … are nouns) and no routine ("định kỳ trình …", "hằng năm trình
# …"). It comes before the year in the same clause (see submits_before).
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
COUNTDOWN = re.compile(
    r"\s*,?\s*(?:thì\s+)?(?:chỉ\s+)?còn(?:\s+(?:lại|khoảng|gần|hơn|chưa đầy|chưa tới|không quá))*"
    r"\s+(?:\d+|một|hai|ba|bốn|năm|sáu|vài|ít|mấy)\b"
)
# "gửi", "nộp", "báo cáo", "có văn bản", "trình" before "trong ngày …": the day the result is
# due. Not the nouns "chương trình", "công trình", "trình độ", "nghe báo cáo", "nơi gửi xe".
SENDS = re.compile(
    r"(?<![^\W_])(?:(?<!nơi )(?<!bãi )(?<!điểm )gửi(?!\s+xe)|nộp|có văn bản"
    r"|(?<!nghe )(?<!xem )(?<!bản )báo cáo"
    r"|(?<!chương )(?<!công )(?<!quá )(?<!lộ )(?<!tiến )(?<!giải )(?<!quy )(?<!thuyết )"
    r"(?<!biểu )(?<!đệ )(?<!lịch )trình(?!\s+(?:độ|diễn|bày|chiếu|tự)(?![^\W_])))(?![^\W_])"
)
# "báo cáo nhanh … trong ngày 30/4 và ngày 01/5": the days of an event or a daily report, no due
# day; "gửi/nộp … trong ngày 14/4 và ngày 15/4" sends by the last of them
HANDS_IN = re.compile(r"(?<![^\W_])(?:(?<!nơi )(?<!bãi )(?<!điểm )gửi(?!\s+xe)|nộp)(?![^\W_])")
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
DATA_PERIOD = re.compile(
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
TASKS_DUE = re.compile(
    r"(?:(?<![^\W_])(?:nhất là|đặc biệt là|trong đó có|trong đó)\s+(?:các\s+|những\s+)?"
    r"|(?<!bảo đảm )(?<!đảm bảo )(?<!phấn đấu )(?<![^\W_])(?:các|những)\s+)"
    r"(?:nhiệm vụ|chỉ tiêu|mục tiêu|công trình|dự án)(?:\s+[^\W\d_]+){0,3}?\s+"
    r"(?:(?:được|đã được)\s+)?(?:giao|đề ra|đặt ra)\s+$"
)
# "đối với các nhiệm vụ được giao trong năm 2025, tiếp tục rà soát …" (a topic), "hoàn thành
# thắng lợi các mục tiêu đề ra trong năm 2025 như tăng trưởng …" (the targets then listed): the
# year right after a participle of setting says which targets or tasks (those set for that year),
# not when the work is due. "Hoàn thành các nhiệm vụ được giao trong năm 2026." stays due then.
SET_FOR_YEAR = re.compile(
    r"(?<![^\W_])(?P<topic>(?:đối với|về)\s+)?(?:(?:các|những)\s+)?"
    r"(?:mục tiêu|chỉ tiêu|nhiệm vụ|kế hoạch)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:(?:đã|được|đã được)\s+)?(?:đề ra|đặt ra|giao|xác định|phê duyệt)\s*$"
)
EXAMPLES_AFTER = re.compile(r"\s+(?:như|gồm|bao gồm)\s")
# "quyết toán vốn các công trình đưa vào sử dụng trong năm 2026", "các tuyến đường thông xe …":
# opening to use ("thông xe", "đưa vào …") right after the works named qualifies them (which
# works), it is no deliverable
WORKS_NAMED = re.compile(r"(?<![^\W_])(?:các|những)(?:\s+[^\W\d_]+){1,4}\s+$")
# "đánh giá, xếp loại mức độ hoàn thành nhiệm vụ … trong năm 2025", "tỷ lệ hoàn thành": the
# completion named as a measure (a noun), not the work's own completion
MEASURE_OF = re.compile(r"(?<![^\W_])(?:mức độ|tỷ lệ|chỉ số)\s+$")
# "Để phấn đấu đạt mục tiêu hoàn thành … trong năm 2025, Chủ tịch UBND tỉnh yêu cầu:": the year
# of the purpose the whole letter serves, ahead of its ask; no date of the work it asks
_PURPOSE_OPEN = re.compile(r"(?:để|nhằm)\s")
_ASKS_AFTER = re.compile(r"(?<![^\W_])(?:yêu cầu|đề nghị|giao|chỉ đạo|chỉ thị)(?![^\W_])")


def in_purpose_frame(low: str, start: int, end: int) -> bool:
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
MEASURED = re.compile(
    r"(?<![^\W_])(?:tăng trưởng|số liệu|kết quả|tình hình|chỉ tiêu|sản lượng|doanh thu|grdp|gdp)"
    r"\s*(?:của\s+|trong\s+)?(?:quý\s+(?:iv|iii|ii|i|[1-4])\s*(?:,|và|[-–])\s*)*$"
)
# "bảo đảm để các xã mới chính thức …": the preparing word governs the go-live, its subject
# (up to 40 syllables) between with no comma
GOVERNS_GO_LIVE = re.compile(
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
COMPLETES = re.compile(r"(?<![^\W_])(?:hoàn thành|hoàn tất|đạt|vượt)(?:\s+(?:các|những))?\s*$")
STARTS_AT = re.compile(r"(?<![^\W_])(?:bắt đầu\s+)?từ\s*$")


def is_event_span(before: str, starts_span: bool) -> bool:
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


def quoted_titles(low: str) -> list[tuple[int, int]]:
    """The spans of quoted titles of cited documents (programmes, movements) in `low`."""
    spans: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(low):
        lead = low[max(0, m.start() - 200) : m.start()]
        lead = re.split(r"[.;:!?]\s|\n", lead)[-1]
        if _CITES_BEFORE.search(lead):
            spans.append(m.span("inner" if m["inner"] is not None else "straight"))
    return spans


def ensures_in_force(low: str, m: re.Match[str]) -> bool:
    """The in-force date at `m` is what its clause, opened by "bảo đảm", is to make ready."""
    opening = _ENSURES_IN_FORCE.search(low, max(0, m.start() - 120), m.start())
    if opening is None or _NUMBERED_TEXT.search(opening.group()):
        return False
    return _CLAUSE_END.match(low, m.end()) is not None


def submits_before(lead: str) -> bool:
    """Is a draft submitted ("trình UBND tỉnh …") in the clause that ends at the year phrase?"""
    clause = lead.rsplit(";", 1)[-1]
    return any(
        not TASKS_DUE.search(clause, 0, c.start()) and not MEASURE_OF.search(clause, 0, c.start())
        for c in _SUBMITS.finditer(clause)
    )
