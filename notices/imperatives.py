"""Does a clause that names nobody ask for work? Only when it is imperative: a work verb first.

A point under a body's heading ("- Rà soát, cập nhật …", "b) Khẩn trương hoàn thiện …") hands
the body work with its verb first. A sentence that names nobody and opens otherwise states,
assesses or narrates ("Công tác tuyên truyền còn hạn chế", "Trong thời gian qua, nước ta đã …",
"Tại thời điểm tổng hợp dự toán, …", "Mục tiêu đến năm 2030 …"), even when a work verb comes
later in it: that is the default, so a new kind of statement needs no rule of its own.

Before the verb may come what frames the work, never a subject: a connector ("Đồng thời,"), a
basis or purpose up to its comma ("Căn cứ chức năng, nhiệm vụ được giao, …", "Để …, …"), a
time ("Hằng năm, …", "Định kỳ hằng quý (trước ngày 15) …") and adverbs or modals ("khẩn trương",
"tiếp tục", "cần", "có trách nhiệm"). A role ("Là cơ quan thường trực, …") and "Có kế hoạch …"
also give work.
"""

from __future__ import annotations

import re
import unicodedata

from notices.decide_verbs import DECIDES
from notices.lexicon import WORK_VERBS
from notices.names import assignee_start
from notices.ocr_words import LoosePhrases, loose
from notices.role_subjects import PERSON_SUBJECT as _PERSON_SUBJECT
from notices.text import fold, match_form

_END = r"(?![^\W_])"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# A bullet or letter a reader left inside the text ("• Rà soát …", "b) tổng hợp …").
_MARKER = re.compile(r"(?:[-+•*–—○▪]+|[a-zđ]\)|\d{1,2}[.)]|[ivx]{1,4}\))\s+")
_CONNECTOR = re.compile(
    r"(?:đồng thời|ngoài ra|bên cạnh đó|trong đó|trước mắt|cụ thể|trên cơ sở đó|theo đó|sau đó"
    r"|từ đó|qua đó|nhất là|đặc biệt|mặt khác|tiếp theo|trong thời gian (?:sắp )?tới"
    r"|thời gian tới|từ nay|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))"
    + _END
    + r"\s*[,:]?\s*"
)
# A frame that ends at its comma: a basis, a purpose, a time or a case the work is done in.
_FRAME = re.compile(
    r"(?:căn cứ|trên cơ sở|dựa (?:trên|vào)|theo|để|nhằm|khi|sau khi|trước khi|trong|hằng"
    r"|hàng (?:năm|quý|tháng|tuần|ngày)|định kỳ|trước|chậm nhất|từ|ngay|đến|sau|đối với|riêng"
    r"|về|với|tại|ở|cùng với|song song với|bên cạnh"
    # a circumstance: "Tùy theo tình hình thực tế, …", "Cuối đợt kiểm tra, …" (not "Cuối cùng,
    # …", a last point of a narrative)
    r"|tùy theo|tuỳ theo|tùy vào|tuỳ vào|tùy thuộc vào|tuỳ thuộc vào|cuối(?! cùng"
    + _END
    + "))"
    + _END
)
# A frame that tells what was done, not when to do it: "Trong thời gian qua, …", "Từ đầu năm đến
# nay, …", "Năm 2024, …" (a narrative follows, whatever its verb).
_PAST_FRAME = re.compile(
    r"(?:thời gian|năm|tháng|quý|tuần|giai đoạn|nhiệm kỳ)\s+(?:\S+\s+)?(?:vừa\s+)?qua(?![^\W_])"
    r"|(?<![^\W_])(?:đến|tới) nay(?![^\W_])"
    # "Trước đây Tổng cục Thuế đã có Công văn … hướng dẫn …, miễn, giảm …": before now ("Trước
    # đó, các phòng, ban gửi báo cáo …" in a plan is before the event, still to come)
    r"|^trước (?:đây|kia)(?![^\W_])"
)
# A time before the verb with no comma: "Chậm nhất ngày 20/12/2025 gửi …", "Trước ngày 25 hằng
# tháng tổng hợp …", "Trong tháng 12/2025 hoàn thành …", "Định kỳ 6 tháng báo cáo …", "Trước 17
# giờ ngày 27/11/2025 gửi …", "Trong quý IV/2025 ban hành …".
_TIME_UNIT = (
    r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?"
    r"|(?:ngày|tháng|quý|năm|tuần)\s+(?:\d{1,4}|[ivx]{1,4})(?:\s*[/.-]\s*\d{1,4}){0,2}"
    r"|\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
    r"|\d{1,2}\s+(?:ngày|tháng|tuần|năm|quý)"
    # "Hàng quý, năm lập báo cáo …", "hằng tháng và quý": one cycle over two periods
    r"|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần|ngày)"
    r"(?:\s*(?:,|và|hoặc|/)\s*(?:năm|quý|tháng|tuần)(?![^\W_])(?!\s+(?:qua|nay|này|\d)))*"
    r"|(?:cuối|đầu|giữa|hết)\s+(?:năm|quý|tháng|tuần)(?:\s+(?:\d{1,4}|[ivx]{1,4})(?:/\d{4})?)?)"
)
_TIME_LEAD = re.compile(
    r"(?:(?:chậm nhất|muộn nhất|hạn chót|trước|trong|đến|đến hết|từ|kể từ|sau|vào|định kỳ"
    r"|trong vòng)\s+)*"
    rf"{_TIME_UNIT}(?:\s*,?\s*(?:của\s+)?{_TIME_UNIT})*" + _END + r"\s*,?\s*"
)
# "Cấp xã rà soát …": a level of government as the subject (not "Cấp thẻ …", a verb).
_LEVEL_SUBJECT = re.compile(
    r"(?:ubnd\s+|ủy ban nhân dân\s+|chính quyền\s+)?cấp\s+(?:xã|huyện|tỉnh|phường|cơ sở)"
    + _END
    + r"\s*,?\s*"
)
_FRAME_SPAN = 240  # a frame's commas are looked for this far
# "Theo chức năng, nhiệm vụ công bố …": the basis without its comma.
_DUTIES = re.compile(
    r"(?:căn cứ|theo|trên cơ sở)\s+(?:chức năng,?\s*nhiệm vụ|nhiệm vụ,?\s*chức năng)"
    r"(?:,?\s*quyền hạn)?(?:\s+(?:được giao|của mình|của đơn vị))?\s*,?\s*"
)
# "Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo …": a bracket on the time before the verb.
_BRACKET = re.compile(r"\([^()]{0,120}\)\s*,?\s*")
# Adverbs and modals that stand before the verb ("khẩn trương", "tiếp tục", "cần", "phải"); "chịu
# trách nhiệm về việc …" as well ("chịu trách nhiệm trước pháp luật" has no verb after it), and
# "định kỳ hoặc đột xuất" (when the report is due, "Định kỳ hoặc đột xuất báo cáo …").
_ADVERB = re.compile(
    r"(?:khẩn trương|chủ động|tiếp tục|kịp thời|thường xuyên|định kỳ|nghiêm túc|quyết liệt"
    r"|tích cực|sớm|nhanh chóng|khẩn cấp|ngay|trực tiếp|kiên quyết|triệt để|dứt khoát|rứt khoát"
    r"|tuyệt đối|cần|phải|nên|(?:có|chịu) trách nhiệm(?:\s+về(?:\s+việc)?)?|tập trung|đồng thời"
    r"|hằng (?:năm|quý|tháng|tuần|ngày)|hàng (?:năm|quý|tháng|tuần|ngày)|liên tục|khẩn"
    r"|hơn nữa|(?:(?:hoặc|và)\s+)?(?:đột xuất|khi có yêu cầu))" + _END + r"\s*,?\s*"
)
_ADVERB_WORD = re.compile(r"(?<![^\W_])" + _ADVERB.pattern)
# A one-syllable verb that begins a noun is no order: "tăng trưởng", "trình độ", "cử tri",
# "chuyển biến" ("Nâng cao hiệu quả …", "Cung cấp dịch vụ …" are: their verb has two syllables).
_NOUN_AFTER = r"(?!\s+(?:trưởng|độ|tri|biến|hiệu|khẩu|dịch|trường)(?![^\W_]))"
_MULTI = tuple(w for w in WORK_VERBS if " " in w)
_VERB = re.compile(
    rf"(?:{_alternation(_MULTI)}){_END}"
    rf"|(?:{_alternation(tuple(w for w in WORK_VERBS if ' ' not in w))}){_END}{_NOUN_AFTER}"
)
# OCR drops tone marks ("Tô chức", "Ra soát"): a verb of two or more syllables is also recognised
# when each letter is the verb's or the verb's with its tone mark dropped (one syllable without
# its marks is too often another word). Not "phân bố" (phân bổ: another tone, not a lost one),
# nor a common noun that differs from a verb only by a lost tone ("công nhân", công nhận).
# A verb's word that a tense or a passive follows is a noun, the clause's subject ("…, cá nhân,
# tổ chức sẽ bị xử phạt"): no work starts there.
_VERB_AS_SUBJECT = re.compile(rf"(?:{_VERB.pattern})\s+(?:sẽ|bị|đã|đang)" + _END)
_VERB_FOLDED = re.compile(rf"(?:{_alternation(tuple(fold(w) for w in _MULTI))}){_END}")
_BY_FOLD: dict[str, list[str]] = {}
for _w in _MULTI:
    _BY_FOLD.setdefault(fold(_w), []).append(_w)
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_TONE_NOUNS = frozenset({"công nhân"})


def _toneless(char: str) -> str:
    kept = "".join(c for c in unicodedata.normalize("NFD", char) if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", kept)


def _lost_tones(low: str, pos: int, folded_match: str) -> bool:
    """The text at `pos` is a verb with some tone marks lost, not another word."""
    written = low[pos : pos + len(folded_match)]
    if written in _TONE_NOUNS:
        return False
    return any(
        all(a == b or a == _toneless(b) for a, b in zip(written, verb, strict=True))
        for verb in _BY_FOLD.get(folded_match, ())
        if len(verb) == len(written)
    )


# An OCR's misread marks on one syllable of a verb or an adverb ("Day nhanh", "Khan trương",
# "Tiép tục"): notices.ocr_words.
_LOOSE_VERBS = LoosePhrases(_MULTI, not_misread=_TONE_NOUNS)
_LOOSE_ADVERBS = LoosePhrases(
    ("khẩn trương", "chủ động", "tiếp tục", "kịp thời", "thường xuyên", "nghiêm túc",
     "quyết liệt", "tích cực", "nhanh chóng", "khẩn cấp", "trực tiếp", "kiên quyết", "tập trung",
     "đồng thời", "liên tục")
)  # fmt: skip

_ANY_VERB = re.compile(rf"(?<![^\W_])(?:{_alternation(WORK_VERBS)}){_END}")
# "Là cơ quan thường trực, …", "Có kế hoạch triển khai …", "Không để xảy ra …", and a request
# whose body the name reader did not know ("Giao Thống kê tỉnh chủ trì …").
_OTHER_WORK = re.compile(
    r"(?:là (?:cơ quan|đơn vị|đầu mối)|có (?:các\s+)?(?:kế hoạch|phương án|giải pháp|văn bản"
    r"|biện pháp)|không để|tránh để|phòng,\s*chống"
    r"|giao(?!\s+(?:thông|dịch|ban|lưu|tiếp|diện|hữu|thoa)(?![^\W_]))"
    r"|(?:đề nghị|yêu cầu)(?!\s+(?:của|về|đặt ra|này|đó|trên|là|được|đã)(?![^\W_]))"
    # "Cấp thẻ …", not "Cấp ủy …", "cấp xã …"
    r"|cấp(?!\s+(?:ủy|uỷ|xã|huyện|tỉnh|trên|dưới|có|độ|phường|cơ sở|trung ương|bộ|sở|quận"
    r"|thành phố|thôn|ngành|chính quyền)(?![^\W_]))"
    rf"|{DECIDES})" + _END
)
# A contact or a meeting made to get the work done: "Liên hệ Sở … để được cung cấp …", "Họp với
# các hộ dân để thống nhất …" (not "Liên hệ: ông A, điện thoại …", a contact line).
_CONTACT_MEETING = re.compile(
    r"liên hệ\s+(?:với\s+)?[^.;:,]{2,80}?\s(?:để|nhằm)(?=\s)|họp\s+(?:với|cùng)(?=\s)"
)
# An account of what was done, not an order: "Họp với các hộ dân 3 lần, các hộ chưa đồng ý",
# "Liên hệ nhiều lần nhưng doanh nghiệp không hợp tác …".
_ACCOUNT = re.compile(r"(?<![^\W_])(?:nhưng|chưa|không|đã|(?:\d+|nhiều|mấy)\s+lần)" + _END)
# A result reported, not work asked for: "… bắt giữ 15 đối tượng", "… tổ chức thành công …",
# "… đạt kết quả tốt", "… tăng 5%", "Chỉ tổ chức được 3 lớp …".
_RESULT = re.compile(
    r"(?<![^\W_])(?:được\s+\d|thành công|đạt|tăng\s+\d|giảm\s+\d"
    r"|cam kết|đồng ý|đồng tình|hưởng ứng|phản ánh)"
    + _END
    + r"|\d\s*%|(?<![\d/.])\d+(?:[.,]\d{3})*\s+(?:vụ|cơ sở|đối tượng|lớp|đợt|hội nghị|tin|bài"
    r"|công trình|trường hợp|hộ|lượt|cuộc|buổi|doanh nghiệp|người|phương tiện)" + _END
)
# … unless it is a target: "phấn đấu đạt 100%", "bảo đảm 100% …", "tối thiểu 2 lượt/tháng".
_TARGET = re.compile(
    r"(?<![^\W_])(?:phấn đấu|bảo đảm|đảm bảo|tối thiểu|ít nhất|mỗi|hằng|trước ngày)"
    + _END
    + r"|/\s*(?:ngày|tuần|tháng|quý|năm)"
    + _END
)


def _reports_result(low: str, pos: int) -> bool:
    """The clause from pos states a result ("… phát hiện 12 vụ …") and sets no target."""
    return _RESULT.search(low, pos) is not None and _TARGET.search(low, pos) is None


# An exhortation that opens the point: "Khẩn trương …", "Chủ động hơn nữa công tác …".
_URGES = re.compile(
    r"(?:khẩn trương|tiếp tục|chủ động|tích cực|tập trung|quyết liệt|kiên quyết|nghiêm túc)" + _END
)
# A body named by its role in the matter, then what it must do: "Cơ quan phối hợp có trách
# nhiệm trả lời …", "Các lực lượng chức năng phải …".
_ROLE_SUBJECT = re.compile(
    r"(?:(?:các|mỗi|những)\s+)?(?:cơ quan|đơn vị|bộ phận|lực lượng)\s[^.;:,]{0,60}?"
    r"\s(?:có trách nhiệm|phải|cần|khẩn trương|chủ động|tiếp tục|tập trung|kịp thời)\s"
)
_TRADE = (
    r"(?:sản xuất|kinh doanh|chăn nuôi|giết mổ|chế biến|buôn bán|mua bán|vận chuyển"
    r"|nhập khẩu|xuất khẩu)"
)
# the public and the trades a directive gives duties to: "Cơ sở sản xuất, kinh doanh giống …
# phải …", "Các hộ nhân dân treo cờ …", "Các công sở, trụ sở … treo cờ …"
_PUBLIC = rf"(?:cơ sở\s+{_TRADE}|hộ\s+(?:nhân dân|dân|chăn nuôi|kinh doanh)|công sở)"
# A holder or a force named as the subject, its work after it: "Các chủ đầu tư công trình thủy
# lợi tổ chức …", "Chủ các cơ sở căn cứ … để đề xuất …", "Lực lượng Công an xã và Tổ dân phòng
# tăng cường …"; "Cùng với Ủy ban nhân dân xã triển khai …", work done together with a body.
_HOLDER_SUBJECT = re.compile(
    r"(?:(?:các|mỗi|những)\s+)?(?:chủ\s+(?:đầu tư|công trình|hộ|phương tiện|cơ sở|doanh nghiệp"
    r"|dự án|rừng|tàu|mạng|các|những)|lực lượng(?!\s+lao động)"
    rf"|{_PUBLIC})" + _END
)
_PUBLIC_HOLDER = re.compile(rf"(?:(?:các|mỗi|những)\s+)?{_PUBLIC}{_END}", re.IGNORECASE)
# "Cơ sở sản xuất, kinh doanh và vận chuyển giống …": the trades joined to the first are the
# holder's name, not its work
_MORE_TRADES = re.compile(rf"(?:\s*(?:,|và|hoặc)\s*{_TRADE}{_END})+")
# "Cùng với … triển khai", a body then the verb before any comma (not "Cùng với sự phát triển
# của …, …", a frame).
_TOGETHER = re.compile(r"cùng(?:\s+với)?\s+([^.;:,]{2,120})")
# "Chỉ cấp giấy phép cho …": "only" before the verb.
_ONLY = re.compile(r"chỉ\s+(?=\S)")
_MANAGED = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+được" + _END)
# Whatever the subject, what it must become is an order: "Công tác tuyên truyền cần được đẩy
# mạnh …", "Hồ sơ phải được cập nhật …" (not "… vẫn phải nộp …", a statement).
_MUST = re.compile(
    r"[^.;:,]{2,80}?(?<![^\W_])(?:cần|phải)(?:\s+phải)?"
    r"(?:\s+được)?(?:\s+(?:tiếp tục|sớm|khẩn trương|kịp thời|thường xuyên))*\s+"
)
_NOT_MUST = re.compile(r"(?<![^\W_])(?:vẫn|còn|đã|chưa|không)(?![^\W_])")
# "Tại khoản 25 Điều 3 Luật Quản lý thuế … quy định:": the lead-in of a quoted provision.
_QUOTES = re.compile(r"\bquy định(?:\s+(?:như sau|rõ|cụ thể))?\s*:\s*$")
# A short label before the work: "Đoạn Km0 - Km3: hoàn thành …", "Dự án 3: “…”, hoàn thành …".
_LABEL = re.compile(r"[^.;:]{2,80}?:\s*(?:“[^”]{0,160}”\s*,?\s*|\"[^\"]{0,160}\"\s*,?\s*)?")
# "Căn cứ các tiêu chí … để đề xuất …": on a basis, to do the work.
_BASIS_FOR = re.compile(r"(?:căn cứ|dựa (?:vào|trên)|trên cơ sở)\s[^.;:,]{2,160}?\s(?:để|nhằm)\s+")
# "Căn cứ Kế hoạch của Ban Thường vụ Đoàn xã chủ động xây dựng …": the basis written without its
# comma ends where an adverb of the work begins, a work verb after it (not "Căn cứ kết quả kiểm
# tra nghiêm túc của Đoàn …", the adverb an adjective of the basis)
_BASIS_THEN_ADVERB = re.compile(
    r"(?:căn cứ|dựa (?:vào|trên)|trên cơ sở)\s[^.;:,]{2,160}?\s"
    r"(?:chủ động|khẩn trương|tích cực|kịp thời|nghiêm túc)\s+"
)
# "Tập hợp được 500 hội viên …": what the body managed to gather, a result
_GATHERED = re.compile(r"tập hợp\s+được" + _END)
# "…, đơn vị thực hiện …", "…, cơ quan tổ chức …": the unit a point is written for, by its bare
# word, as the subject after a frame
_BARE_UNIT = re.compile(r"(?:đơn vị|cơ quan)\s+")
# "Căn cứ …", "Trên cơ sở …": the basis the bare "đơn vị" may follow (not "Trong năm 2025, …")
_BASIS_OPENING = re.compile(r"(?:căn cứ|trên cơ sở|dựa (?:trên|vào))(?![^\W_])")
_STEPS = 12
_SUBJECT_SPAN = 300  # how far after a body's name its verb may come


def asks_work(clause: str) -> bool:
    """True when the clause opens (after its frame) with a work verb, or with a body's name and a
    work verb after it (a subject the name reader did not take apart: "Cơ quan phối hợp có
    trách nhiệm trả lời …")."""
    text = clause.strip()
    low = match_form(text)
    if _QUOTES.search(low):
        return False
    return _Reader(text, low).opens_with_work(0, depth=0)


# After a body's name, a word that makes the sentence a statement: "các địa phương đang triển
# khai …", "Sở Y tế đã tổ chức …", "các xã chưa cập nhật …".
_STATES = re.compile(
    r"(?<![^\W_])(?:đã|đang|chưa|còn|vẫn|được(?!\s+giao)|bị|sẽ|không|là|đạt|gồm"
    r"|có(?!\s+(?:trách nhiệm|kế hoạch|phương án|văn bản|giải pháp|biện pháp)))(?![^\W_])"
)


# A role or holder that a report narrates or a list introduces, not one given work: "Giáo viên
# chủ nhiệm thường xuyên phối hợp …", "Giáo viên chấm thi gồm các đồng chí …".
_HABIT = re.compile(r"(?<![^\W_])(?:thường xuyên|luôn|tích cực|đều|đã|đang)" + _END)
_NAMES_FOLLOW = re.compile(r"(?<![^\W_])(?:bao gồm|gồm|là|có tên)" + _END)


def _narrates(low: str, pos: int) -> bool:
    """An adverb of habit or report between the subject at `pos` and its verb, or a list of
    names ("gồm", "là", "có tên") right after the subject and its verb."""
    found = [m for rx in (_ANY_VERB, _ROLE_VERB) if (m := rx.search(low, pos, pos + 80))]
    return bool(found) and _narrated(low, pos, min(found, key=lambda m: m.start()))


def _narrated(low: str, subject_end: int, verb: re.Match[str]) -> bool:
    """ "Giáo viên thường xuyên phối hợp …", "Giáo viên chấm thi gồm …": the subject ending at
    `subject_end` is narrated or listed, not given the work of `verb`."""
    if _HABIT.search(low, subject_end, verb.start()):
        return True
    return _NAMES_FOLLOW.search(low, verb.end(), verb.end() + 20) is not None


def _subject_then_work(low: str, pos: int) -> bool:
    """A work verb after the name, before any word that makes it a statement."""
    verb = _ANY_VERB.search(low, pos, pos + _SUBJECT_SPAN)
    if verb is None:
        return False
    state = _STATES.search(low, pos, verb.start())
    return state is None


class _Reader:
    """One clause: folded once, each (start, depth) read once (a clause of many commas would
    otherwise be read again from every comma of every frame)."""

    def __init__(self, text: str, low: str) -> None:
        self.text, self.low = text, low
        self.folded = fold(low)
        self.loose = loose(low)
        self.seen: dict[tuple[int, int], bool] = {}

    def opens_with_work(self, pos: int, *, depth: int) -> bool:
        key = (pos, depth)
        if key not in self.seen:
            self.seen[key] = _opens_with_work(self, self.text, self.low, pos, depth=depth)
        return self.seen[key]


def _opens_with_work(reader: _Reader, text: str, low: str, pos: int, *, depth: int) -> bool:
    folded = reader.folded
    frames: list[int] = []
    for _ in range(_STEPS):
        while pos < len(low) and low[pos] in " ,.:;*_\"“”'":
            pos += 1
        if _GATHERED.match(low, pos):
            return False
        if _VERB.match(low, pos):
            return True
        folded_verb = _VERB_FOLDED.match(folded, pos) if len(folded) == len(low) else None
        if folded_verb is not None and _lost_tones(low, pos, folded_verb.group()):
            return True
        if _LOOSE_VERBS.match_end(low, pos, reader.loose) is not None:
            return True
        if (adverb := _LOOSE_ADVERBS.match_end(low, pos, reader.loose)) is not None:
            pos = adverb
            continue
        if _FRAME.match(low, pos):
            frames.append(pos)
        if _URGES.match(low, pos):
            return True
        for rx in (_MARKER, _CONNECTOR, _DUTIES, _BRACKET, _TIME_LEAD, _ADVERB, _LEVEL_SUBJECT):
            m = rx.match(low, pos)
            if m is not None and m.end() > pos:
                pos = m.end()
                break
        else:
            break
    if _OTHER_WORK.match(low, pos) or _ROLE_SUBJECT.match(low, pos):
        return True
    if _CONTACT_MEETING.match(low, pos) and _ACCOUNT.search(low, pos) is None:
        return True
    only = _ONLY.match(low, pos)
    if only is not None:
        verb = _VERB.match(low, only.end()) or _OTHER_WORK.match(low, only.end())
        # "Chỉ tổ chức được 3 lớp …" (only managed to) is a result
        managed = verb is not None and _MANAGED.match(low, verb.end()) is not None
        if verb is not None and not managed and not _reports_result(low, pos):
            return True
    holder = _HOLDER_SUBJECT.match(low, pos) or _PERSON_SUBJECT.match(low, pos)
    if (
        holder is not None
        and (_subject_then_work(low, holder.end()) or holder_subject(text[pos:]) is not None)
        and not _narrates(low, holder.end())
        and not _reports_result(low, pos)
    ):
        return True
    together = _TOGETHER.match(low, pos)
    if (
        together is not None
        and not _reports_result(low, pos)
        and assignee_start(text, low, together.start(1)) is not None
        and _subject_then_work(together.group(1), 0)
    ):
        return True
    must = _MUST.match(low, pos)
    if must is not None and _VERB.match(low, must.end()) and not _NOT_MUST.search(must.group()):
        return True
    if assignee_start(text, low, pos) is not None and _subject_then_work(low, pos):
        return True
    bare = _BARE_UNIT.match(low, pos) if depth >= 1 and _BASIS_OPENING.match(low) else None
    verb = _VERB.match(low, bare.end()) if bare is not None else None
    if verb is not None and not low[verb.end() :].lstrip().startswith(":"):
        # "Căn cứ dự toán được giao, đơn vị thực hiện rút dự toán …": after its frame, the bare
        # "đơn vị" is the unit the point is written for ("đơn vị thực hiện:" is a field)
        return True
    if depth >= 2:
        return False
    label = _LABEL.match(low, pos)
    if label is not None and reader.opens_with_work(label.end(), depth=depth + 1):
        return True  # "- Đoạn Km0 - Km3: hoàn thành trước 30/11;"
    basis = _BASIS_FOR.match(low, pos)
    if basis is not None and _VERB.match(low, basis.end()):
        return True  # "Căn cứ các tiêu chí … để đề xuất phân cấp …"
    basis = _BASIS_THEN_ADVERB.match(low, pos)
    if basis is not None and _VERB.match(low, basis.end()):
        return True
    if _FRAME.match(low, pos):
        frames.append(pos)
    # "Căn cứ Kế hoạch, các văn bản chỉ đạo …, căn cứ điều kiện thực tế, xây dựng …": a frame
    # may hold commas of its own, so the work may start after any of them
    for start in frames:
        for comma in re.finditer(r",\s*", low[start : start + _FRAME_SPAN]):
            frame = low[start : start + comma.start()]
            if re.search(r"[;:]", frame) or _PAST_FRAME.search(frame):
                break
            if _VERB_AS_SUBJECT.match(low, start + comma.end()):
                continue
            if reader.opens_with_work(start + comma.end(), depth=depth + 1):
                return True
    return False


# What a person's point asks beyond the work verbs: "phải …", "cần …", "ghi rõ …", "chấm …",
# "tập hợp …", "căn cứ … để …".
_PASSIVE = re.compile(r"\s+(?:được|bị)" + _END)
# A unit word right before a capitalised word: the start of a unit's name ("Đội Quản lý …").
_UNIT_WORD = re.compile(r"(?<![^\W_])(?:Đội|Ban|Phòng|Cục|Chi cục|Tổ|Trung tâm)\s+$")
_ROLE_VERB = re.compile(r"(?<![^\W_])(?:phải|cần|có trách nhiệm|căn cứ|ghi|chấm|tập hợp)" + _END)


def _first_verb(text: str, low: str, pos: int) -> re.Match[str] | None:
    """The first work verb after `pos`, not one capitalised right after a unit word ("Đội Quản
    lý thị trường 12 B tăng cường …": "Quản lý" is part of the unit's name)."""
    end = pos + 80
    while True:
        found = [
            m for rx in (_ANY_VERB, _ROLE_VERB) if (m := rx.search(low, pos, end)) is not None
        ]
        if not found:
            return None
        verb = min(found, key=lambda m: m.start())
        unit = _UNIT_WORD.search(text, max(0, verb.start() - 12), verb.start())
        if unit is None or not text[verb.start()].isupper():
            return verb
        pos, end = verb.end(), verb.end() + 80


def holder_subject(clause: str) -> str | None:
    """The holder or person role a clause opens with as its subject, up to its work verb
    ("Chủ các mạng" of "Chủ các mạng căn cứ … để đề xuất …", "Giảng viên" of "Giảng viên ghi rõ
    …"); None when the clause opens otherwise or states ("Giảng viên đã hoàn thành …")."""
    text = clause.strip()
    low = match_form(text)
    # "Trên cơ sở đó, giáo viên chủ động đề xuất …": a connector before the role
    start = connector.end() if (connector := _CONNECTOR.match(low)) else 0
    holder = _HOLDER_SUBJECT.match(low, start) or _PERSON_SUBJECT.match(low, start)
    if holder is None or _QUOTES.search(low) or len(low) != len(text):
        return None
    if _reports_result(low, start):
        return None
    trades = _MORE_TRADES.match(low, holder.end())
    verb = _first_verb(text, low, trades.end() if trades else holder.end())
    if verb is None or _STATES.search(low, holder.end(), verb.start()):
        return None
    if _narrated(low, holder.end(), verb):
        return None
    if _PASSIVE.match(low, verb.end()) and low[verb.start() : verb.end()] in ("cần", "phải"):
        return None  # "Giảng viên cần được bồi dưỡng …": the role receives, does not do
    if re.search(r"[,;:(]", low[holder.end() : verb.start()]) and not _HOLDER_SUBJECT.match(
        low, start
    ):
        return None  # "Cán bộ, công chức, viên chức …": a list, not one role
    # "Giáo viên chủ động đề xuất …": the adverb before the verb is no part of the role
    adverb = _ADVERB_WORD.search(low, holder.end(), verb.start())
    name = text[start : adverb.start() if adverb else verb.start()].rstrip(" ,")
    return name[:1].upper() + name[1:] if name else None


def public_holder(name: str) -> bool:
    """A household, a trade's establishment or a public office ("Cơ sở sản xuất, kinh doanh …",
    "Các hộ nhân dân", "Các công sở"): an assignee of its own, never one of a body's people."""
    return _PUBLIC_HOLDER.match(name.strip()) is not None
