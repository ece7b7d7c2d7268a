"""The words around a deadline phrase that decide whether it is one: the clause or sentence
before it (notices.deadlines reads them)."""

from __future__ import annotations

import re

# A sentence ends at ";", at a line break or at ". " before a capital letter.
_SENTENCE_END = re.compile(r"[;\n]|\.\s+")
_MILESTONE = re.compile(
    r"(?<![^\W_])(?:khởi công|khánh thành|thông xe|gắn biển|lễ"
    r"|đưa vào (?:khai thác|vận hành|sử dụng|hoạt động))(?![^\W_])"
)
# A clause that opens by holding a ceremony or an opening ("tổ chức lễ …", "tổ chức khánh thành"),
# after its number ("(2)", "b)") or bullet.
_HOLDS_CEREMONY = re.compile(
    r"^\s*(?:\(?\d{1,2}\)|[a-zđ]\)|[-+•])?\s*(?:khẩn trương\s+)?tổ chức\s+(?:các\s+)?"
    r"(?:lễ|khởi công|khánh thành|thông xe|gắn biển)(?![^\W_])"
)
# "sẵn sàng cho Lễ công bố … vào ngày …", "phục vụ lễ khánh thành …": the work serves the
# ceremony, whose day is not the work's.
_SERVES = re.compile(r"(?<![^\W_])(?:sẵn sàng cho|phục vụ(?: cho)?)\s+(?:các\s+)?(?:lễ\s+)?$")
_DONE = re.compile(r"(?<![^\W_])(?:đã|được)(?![^\W_])")


def clause_start(text: str, start: int) -> int:
    """Where to look back for "hoàn thành" before "trong năm …": 120 characters, or further to
    the start of the sentence (at most 320), as in "Hoàn thành 100% thủ tục … được thực hiện
    trực tuyến, thông suốt, liền mạch, hiệu quả, giảm tối đa giấy tờ trong năm 2025"."""
    window = max(0, start - 320)
    ends = [
        e.end()
        for e in _SENTENCE_END.finditer(text, window, start)
        if e.group()[0] != "." or text[e.end() : e.end() + 1].isupper()
    ]
    sentence = ends[-1] if ends else window
    return max(0, min(start - 120, sentence))


def is_milestone(low: str, start: int) -> bool:
    """ "… khởi công dự án … vào ngày 19/12/2025" yes; "Hội nghị được tổ chức vào ngày …", "đã
    khánh thành vào ngày 2/9" (done) no."""
    clause = re.split(r"[;:]|\.\s", low[max(0, start - 200) : start])[-1]
    held = [m for m in _MILESTONE.finditer(clause) if not _SERVES.search(clause, 0, m.start())]
    if held and _DONE.search(clause) is None:
        return True
    # "(2) Tổ chức Lễ công bố các nghị quyết … (a long object) … vào ngày 30/6/2025": the clause
    # itself is the holding of the ceremony, however long the ceremony's name
    whole = re.split(r"[;:]|\.\s", low[max(0, start - 400) : start])[-1]
    return _HOLDS_CEREMONY.match(whole) is not None and _DONE.search(whole) is None


def phrase_before(low: str, start: int) -> str:
    """The words before `start` within the same comma-delimited phrase."""
    window = low[max(0, start - 60) : start]
    return re.split(r"[,;:.]", window)[-1]
