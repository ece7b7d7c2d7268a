"""What an item opens with before its work: a topic ("Về …:", "Đẩy mạnh …:") over the body it
gives the work to, or a programme row's part and the unit that presents it."""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.clauses import split_clauses
from notices.imperatives import asks_work
from notices.lexicon import PREDICATE_STARTS, WORK_VERBS
from notices.names import split_assignees
from notices.subjects import scan_subject
from notices.text import match_form

# a conference plan's agenda). "… - các đơn vị thảo luận." names no unit of its own.
_PROGRAMME_ROW = re.compile(
    r"^[^–]{8,300}?\s[–-]\s+(?P<who>(?:trường|phòng|khoa|tổ|ban|sở|trung tâm|bộ môn|đoàn"
    r"|ủy ban|uỷ ban|ubnd|văn phòng|chi cục|cục|viện|công đoàn|hội)\s[^–.;:]{2,100}?)\s+"
    r"(?:hỗ trợ\s+|phối hợp\s+|chủ trì\s+)?(?:thực hiện|phụ trách|trình bày|chuẩn bị)\s*\.?$"
)


_ROW_ROLE = re.compile(r"\s(?:chủ trì|phối hợp)(?![^\W_])")


def programme_row(sentence: str) -> list[str] | None:
    """The unit a programme row names after its dash, None for any other sentence."""
    text = sentence.strip()
    m = _PROGRAMME_ROW.match(match_form(text))
    if m is None or not text[m.start("who")].isupper():
        return None
    who = text[m.start("who") : m.end("who")]
    # "– Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND các xã thực hiện.": the name
    # ends where the roles begin
    if role := _ROW_ROLE.search(match_form(who)):
        who = who[: role.start()]
    names = split_assignees(who, strict=False) or []
    if not names or any(a.is_person for a in names):
        return None
    return [a.name for a in names]


_TOPIC_THEN_SUBJECT = re.compile(r"^(?:Về|VỀ|Đối với|ĐỐI VỚI)\s[^:]{10,700}?:\s+(?=[A-ZĐÀ-Ỹ])")
_WORK_TOPIC = re.compile(r"^[A-ZĐÀ-Ỹ][^:;.()]{10,200}?:\s+(?=[A-ZĐÀ-Ỹ])")


# A topic that ends in a preposition ("gửi kết quả về:") or a determined noun ("phối hợp với
# các cơ quan:", "những nội dung:") announces what follows, not a line of work.
_TOPIC_LEADS_ON = re.compile(
    r"(?:(?<![^\W_])(?:với|về|đến|tới|cho|của|gồm|bao gồm|như|là|tại|từ|sau)"
    r"|(?<![^\W_])(?:các|những|mọi|từng|một số)(?:\s+\S+){1,2})\s*$"
)
# In syllables: "Đẩy mạnh rà soát, xây dựng, hoàn thiện thể chế, cơ chế chính sách" is 14.
_TOPIC_MAX_WORDS = 16


def _line_of_work(topic: str, rest: str) -> bool:
    """Is `topic` a short title of a line of work ("Đẩy mạnh rà soát, hoàn thiện thể chế") and
    `rest` a full clause of its own, a body and its work verb ("Các bộ khẩn trương trình …")?
    "Hướng dẫn … kiểm tra học kỳ I: Trường A và Trường B làm điểm trong tháng 12" names examples
    with no verb of their own."""
    if len(topic.split()) > _TOPIC_MAX_WORDS:
        return False
    if _TOPIC_LEADS_ON.search(match_form(topic)):
        return False
    clause = split_clauses(rest)[0] if rest else ""
    start = len(clause) - len(clause.lstrip())
    span = scan_subject(clause, match_form(clause), start)
    return span is not None and span.term in _CLAUSE_VERBS


_CLAUSE_VERBS = frozenset((*WORK_VERBS, *PREDICATE_STARTS))


def _names_subject(text: str) -> bool:
    """Does `text` open with a body doing something ("Bộ Nội vụ nghiên cứu …")?"""
    return bool(analyze(split_clauses(text)[0]).leads) if text else False


def without_topic(sentences: list[str], *, headed: bool) -> list[str]:
    """The item's sentences, the first without the topic it opens with when the body the item
    gives the work to follows that topic."""
    topic = _TOPIC_THEN_SUBJECT.match(sentences[0]) if sentences else None
    if sentences and topic is None and (work := _WORK_TOPIC.match(sentences[0])):
        # "Đẩy mạnh cải cách thủ tục hành chính: Các bộ khẩn trương …": an item's topic, a
        # line of work that names nobody, then the body the item gives it to
        # ("Nguồn ngân sách: Hằng năm, …" is no line of work: a funding note)
        # Under a body's heading ("1. Phòng Tư pháp:") the body is the lead already, and
        # "… phối hợp với các cơ quan: Công an huyện, …" or "… gửi kết quả về: Văn phòng …"
        # lists partners or recipients, not the body the work is given to.
        named = analyze(work.group().rstrip(": ")).leads
        topic = (
            work
            if not headed
            and not named
            and asks_work(work.group())
            and _line_of_work(work.group().rstrip(": "), sentences[0][work.end() :])
            else None
        )
    if sentences and topic is not None:
        rest = sentences[0][topic.end() :]
        if _names_subject(rest):
            # "Về đề nghị các bộ, ngành …; hoàn thiện …: Ủy ban nhân dân thành phố Đà Nẵng
            # cần …": the topic (with its own ";") is not a clause of the work
            sentences = [rest, *sentences[1:]]
    return sentences
