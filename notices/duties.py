"""What a title is in charge of: "Chuyên viên phụ trách tổng hợp", "Cán bộ phụ trách lĩnh vực
giám sát và phản biện xã hội". The field belongs to the name even when one of its words is a verb;
the predicate starts at the next verb after it."""

from __future__ import annotations

import re

from notices.lexicon import ACTION_WORDS
from notices.name_kinds import assignee_start
from notices.text import match_form

_END = r"(?![^\W_])"
_VERBS = "|".join(
    re.escape(w) for w in sorted({*ACTION_WORDS, "lãnh đạo, chỉ đạo"}, key=len, reverse=True)
)
_TERM_RX = re.compile(rf"(?:{_VERBS}){_END}")
_TOKEN = re.compile(r"[()]|[;,:]|[^\s;,:()]+")

DUTY = re.compile(r"ph[uụ] trách" + _END)  # "phu trách": a dropped tone mark
_DUTY_KIND = re.compile(r"(?:lĩnh vực|công tác|mảng|khối|địa bàn)" + _END)
_MAX_FIELD_TOKENS = 14
# A modal, an adverb or a role verb opens the predicate: "… phụ trách lĩnh vực tiếp tục …".
_NOT_FIELD = frozenset(
    (
        "tiếp tục", "khẩn trương", "chủ động", "tập trung", "tích cực", "nghiêm túc",
        "quyết liệt", "kịp thời", "thường xuyên", "phải", "cần", "sẽ", "đã", "đang", "là",
        "chủ trì", "phối hợp", "chỉ đạo", "trực tiếp", "có trách nhiệm", "chịu trách nhiệm",
        "được giao",
    )
)  # fmt: skip
_SPACES = re.compile(r"\s*")


def duty_field_end(text: str, low: str, pos: int) -> int:
    """Where the field after "phụ trách" ends: "lĩnh vực giám sát và phản biện xã hội",
    "tổng hợp", "công tác tuyên truyền". Its first word (after "lĩnh vực", "công tác" or a "và")
    may be a verb; a later lower-case verb is the predicate ("… tổng hợp tham mưu …"), and a new
    title after "và" or "," is one more assignee."""
    end = pos
    expect_word = True  # the next word belongs to the field whatever it is
    skip_to = pos
    tokens = 0
    for m in _TOKEN.finditer(low, pos):
        tok, at = m.group(), m.start()
        if at < skip_to:
            continue
        if tok in ":;()":
            break
        if tok in (",", "và"):
            nxt = _SPACES.match(low, m.end()).end()  # type: ignore[union-attr]
            if assignee_start(text, low, nxt) in ("role", "person"):
                break
            if tok == "," and _TERM_RX.match(low, nxt) and not text[nxt].isupper():
                break  # "…, chỉ đạo …": the predicate after the field
            expect_word = True
            continue
        tokens += 1
        if tokens > _MAX_FIELD_TOKENS:
            break
        if kind := _DUTY_KIND.match(low, at):
            skip_to = end = kind.end()
            expect_word = True
            continue
        term = _TERM_RX.match(low, at)
        if term:
            if term.group() in _NOT_FIELD or (not expect_word and not text[at].isupper()):
                break
            skip_to = end = term.end()
        else:
            skip_to = end = m.end()
        expect_word = False
    return end


def without_duty_fields(text: str) -> str:
    """ "Cán bộ" for "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội": the verbs of the
    field a title is in charge of are no verbs of the line."""
    low = match_form(text)
    out: list[str] = []
    last = 0
    for m in DUTY.finditer(low):
        if m.start() < last or m.start() == 0:
            continue
        out.append(text[last : m.start()])
        last = duty_field_end(text, low, m.end())
    out.append(text[last:])
    return re.sub(r"\s+", " ", "".join(out)).strip()


def duty_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Where "phụ trách <field>" runs inside a name, to keep its "," and "và" from splitting it."""
    return [(m.start(), duty_field_end(text, low, m.end())) for m in DUTY.finditer(low)]
