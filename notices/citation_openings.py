"""A letter's opening citation ("Thực hiện Kế hoạch số … của … về việc …;") standing alone, or
followed only by what the writer has done since."""

from __future__ import annotations

import re

from notices.assignees import analyze, asks_someone
from notices.deadlines import names_due_date
from notices.later_work import goes_on
from notices.lexicon import ACTION_WORDS
from notices.statement_words import DOC, WORK_VERB

# "Thực hiện Kế hoạch số 12/KH-SYT ngày … của Sở Y tế về việc …;", "Thực hiện ý kiến chỉ đạo
# của đồng chí Giám đốc Sở về việc …;": the opening that says what the letter answers to, as a
# paragraph of its own (it ends on ";" or ","); the request follows in the next one.
_FRAME_HEAD = re.compile(
    rf"^(?:thực hiện|căn cứ|triển khai)\s+(?:{DOC}|ý kiến(?:\s+chỉ đạo)?|sự chỉ đạo|chỉ đạo"
    r"|hướng dẫn)(?![^\W_])"
)
# (a letter's citation may stand as a sentence of its own: "Thực hiện Công văn số … của Bộ … về
# việc …."; a plan or a decision cited in a sentence of its own is an item of a task list: "1.
# Triển khai Kế hoạch số 12/KH-UBND … về chuyển đổi số.")
_FRAME_ONLY = re.compile(_FRAME_HEAD.pattern + r"(?P<rest>[^.]*[;,.])$")
_CITED_LETTER = re.compile(
    r"^(?:thực hiện|căn cứ)\s+(?:công văn|văn bản|(?:ý kiến\s+|sự\s+)?chỉ đạo\s+của)(?![^\W_])"
    r"[^.;,]*?(?<![^\W_])về việc(?![^\W_])"
)
# "Thực hiện Kế hoạch số 02 …, ngày 19/6/2020, Ban Thường vụ Đoàn Khối đã ban hành Kế hoạch số
# 50 …": the citation, then what the writer has done since (a letter's or a report's opening);
# "…, các đơn vị đã được giao phải …" and a request or a "sẽ" go on to work.
_FRAME_THEN_DONE = re.compile(
    _FRAME_HEAD.pattern + r"[^;]*?,\s*(?:(?:sáng|chiều|tối)?\s*ngày\s[^,;]{3,30},\s*)?"
    r"(?P<subject>[^,;:]{2,120}?)\s(?:đã|vừa)\s(?!được\s)"
    r"(?![^;]*(?<![^\W_])(?:đề nghị|yêu cầu|sẽ|phải|cần|khẩn trương|có trách nhiệm"
    r"|chịu trách nhiệm)(?![^\W_]))[^;]*$"
)


# the citation's own parts: its number, date, issuer and "về việc …" title
_CITATION_TAIL = re.compile(r"^[^,;]*?(?:\svề việc\s[^;]*?)?[\s;,]*$")


# "…; Trung tâm Y tế huyện đã triển khai vận động …": after the citation, the writer reports
# what it has done (a report's opening), no request
_DONE_REPORT = re.compile(
    r"^\s*[^,;:]{2,120}?\s(?:đã|vừa)\s(?![^;]*\b(?:đề nghị|yêu cầu|sẽ)\b)[^;]*$"
)


# "Căn cứ vào các nội dung kiến nghị thực hiện sau kiểm tra của Đoàn Kiểm tra 3530, Bộ Công an
# tại UBND thị xã.": the grounds, written as a sentence of their own before the request that
# follows ("Chủ tịch UBND thị xã yêu cầu …"); after its comma only more of the grounds' name.
_GROUNDS_ALONE = re.compile(r"^căn cứ(?:\s+vào)?\s+(?P<rest>[^;:]*,[^;:]*)\.$")


_PURPOSE = re.compile(r"(?<![^\W_])(?:để|nhằm)(?![^\W_])")
# the words of a place or an owner after a name ("Bộ Công an tại UBND thị xã"), not of work
_NAME_LINKS = frozenset(("tại", "về", "theo", "với"))
_ACTION = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(re.escape(w) for w in sorted(ACTION_WORDS, key=len, reverse=True))
    + r")(?![^\W_])"
)


def _grounds_alone(written: str, low: str) -> bool:
    """A "Căn cứ …" sentence whose part after the first comma is more of the grounds' name, no
    work ("…, Ủy ban nhân dân các xã chuẩn bị vật tư"), ask or date. `written` is the sentence
    as written, `low` its match form (same length)."""
    grounds = _GROUNDS_ALONE.match(low)
    if grounds is None or asks_someone(low) or len(written) != len(low):
        return False
    comma = low.index(",", grounds.start("rest"))
    if _PURPOSE.search(low, 0, comma):
        return False  # "Căn cứ các tiêu chí … để đề xuất phân cấp, …": work on that basis
    # the comma sits in the grounds' owner ("… của Đoàn Kiểm tra 3530, Bộ Công an"), not after
    # work ("Căn cứ Kế hoạch của Ban Thường vụ Đoàn xã chủ động xây dựng Kế hoạch …, …")
    owner = low.rfind(" của ", 0, comma)
    if owner < 0 or _names_work(written, low, owner, len(low)):
        return False
    return _reads_as_name(written[comma + 1 :]) and not goes_on(low[comma + 1 :])


# a place after the owner's name ("Bộ Công an tại UBND thị xã")
_PLACE = re.compile(r"\s+tại\s")


def _reads_as_name(after: str) -> bool:
    """The part after a grounds' comma reads as a name ("Bộ Công an", "Sở Tài nguyên và Môi
    trường"), then at most a place: capitalised and short. A small head ("các trường
    mua sắm …"), a plural inside ("Trạm Y tế các phường tiêm …") or a long run is a clause."""
    place = _PLACE.search(after)
    words = (after[: place.start()] if place else after).strip().rstrip(".").split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and len(words) <= 10
        and not any(w in ("các", "những") for w in words)
    )


def _names_work(written: str, low: str, start: int, end: int) -> bool:
    """An action word written small in `written[start:end]` ("Đoàn Kiểm tra" is a name), besides
    the prepositions of a place or an owner."""
    return any(
        m[0] not in _NAME_LINKS and written[m.start()].islower()
        for m in _ACTION.finditer(low, start, end)
    )


def frame_only(sentence: str, low: str) -> bool:
    """The opening citation ("Thực hiện Kế hoạch số … của … về việc …;") and nothing else, or
    followed only by what the writer has done."""
    if _grounds_alone(sentence.strip().rstrip("| "), low):
        return True
    head = _FRAME_HEAD.match(low)
    if head is not None and ";" in low and not asks_someone(low):
        done = _DONE_REPORT.match(low[low.index(";") + 1 :])
        if done is not None and not analyze(low[: low.index(";")]).leads:
            return not names_due_date(low)
    then_done = _FRAME_THEN_DONE.match(low)
    if then_done is not None and not WORK_VERB.search(then_done["subject"]):
        return not names_due_date(low)
    frame = _FRAME_ONLY.match(low)
    if frame is None or asks_someone(low) or analyze(sentence).leads:
        return False
    if frame["rest"].endswith(".") and not _CITED_LETTER.match(low):
        return False
    rest = frame["rest"]
    if _CITATION_TAIL.match(rest):  # (a date is due: "… về việc X, Phòng … trước ngày …")
        return not names_due_date(rest)
    # "Thực hiện Kế hoạch số 45, Nhà trường tổ chức … trước ngày 31/3/2026;": its own work
    cut = rest.find(",")
    return not goes_on(rest[cut + 1 :])
