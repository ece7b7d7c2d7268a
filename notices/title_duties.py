"""Paragraphs under a line that only names a body ("5. Trung tâm Phát triển quỹ đất." then one
duty a paragraph): which paragraph opens a duty of its own, which label stays in its text, and
the member list such a line may carry."""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.imperatives import asks_work
from notices.lexicon import GROUP_NOUNS, ORG_HEADS
from notices.task_basics import same_body
from notices.text import match_form

# "Giao Trung tâm … phối hợp …", "Đề nghị Phòng Y tế …": the body handed the work again
_GIVES = re.compile(r"^(?:giao|đề nghị|yêu cầu)(?![^\W_])")


def own_duty(sentence: str, title_body: list[str] | None) -> bool:
    """A paragraph's first sentence that asks the title's body for work: it names nobody ("Chủ trì
    xây dựng …") or gives the work to that body again ("5. Trung tâm Phát triển quỹ đất." then
    "Giao Trung tâm Phát triển quỹ đất phối hợp với UBND xã …"). A sentence naming another body
    is that body's, and one naming the title's body as a plain subject goes on with the duty."""
    leads = analyze(sentence).leads
    if not leads:
        return asks_work(sentence)
    given = _GIVES.match(match_form(sentence.lstrip())) is not None
    return given and same_body(title_body, [a.name for a in leads])


# "Đối với việc truy thu …: Giao Trung tâm … làm việc …": the case the work is about opens the
# task's sentence, as a "Đối với …," opening does (a "Về …:" topic is left out)
_CASE_LABEL = re.compile(r"^đối với\s")


def case_label(label: str) -> str:
    """The label when it names the case a duty is about, else ""."""
    return label if _CASE_LABEL.match(match_form(label)) else ""


# "UBND các xã: Hải Tiến, Giao Minh, Rạng Đông": the members a kind of body lists after its colon,
# proper names each ("Giao" of "Giao Minh" is no "giao" that hands out work)
_MEMBER_LIST = re.compile(r":\s*[A-ZĐÀ-Ỹ][^,;:.()]{0,40}(?:,\s*[A-ZĐÀ-Ỹ][^,;:.()]{0,40})+$")


def without_members(line: str) -> str:
    """The line without the proper names it lists after its colon."""
    listed = _MEMBER_LIST.search(line)
    return line[: listed.start()] if listed else line


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# A body's name opens with its kind ("Phòng", "Chi cục", "các xã", "UBND") and runs on in
# capitalised words ("Tài chính – Kế hoạch", one small syllable after each), a level, a place or a
# group ("huyện", "thị trấn", "đơn vị") or a field written small ("quỹ đất", "dự án đầu tư"). Any
# other small word is a predicate the lexicon may not know: "Phòng Y tế kiểm soát chặt …", "Chi
# cục Thuế vào cuộc", "Trường THCS Nguyễn Du đạt chuẩn quốc gia".
_PLURAL = re.compile(r"(?:các|những|tất cả các)\s+")
_KIND = re.compile(rf"(?:{_alternation([*ORG_HEADS, *GROUP_NOUNS])})(?![^\W_])")
_FIELDS_TEXT = """
    thị xã, thành phố, quận, trung ương, khu vực, và, các, những, cấp, trực thuộc, thuộc, chuyên
    môn, có liên quan, liên quan, trên địa bàn, nhà nước, quỹ đất, đô thị, kỹ thuật, thể thao, du
    lịch, nông thôn, xã hội, gia đình, môi trường, truyền thông, truyền hình, truyền thanh, thông
    tin, dân tộc, tôn giáo, thủy lợi, thủy sản, lâm nghiệp, nông nghiệp, công nghiệp, công nghệ,
    thương mại, dịch vụ, đất đai, dân số, trẻ em, khoa học, giao thông, vận tải, hạ tầng, kế toán,
    an ninh, trật tự, quốc phòng, y tế, dự án, đầu tư, xây dựng, công trình, phát triển, quản lý,
    văn hóa, văn hoá, giáo dục, đào tạo, tài chính, kế hoạch, nội vụ, tư pháp, thanh niên, phụ nữ,
    nông dân, cựu chiến binh, lao động, thương binh, chính sách, bồi thường, giải phóng mặt bằng,
    ngang bộ, báo chí, phát thanh, điện tử
"""
_FIELDS = tuple(re.split(r"\s*,\s*", " ".join(_FIELDS_TEXT.split())))
_NAME_WORDS = re.compile(rf"(?:{_alternation([*ORG_HEADS, *GROUP_NOUNS, *_FIELDS])})(?![^\W_])")
_WORD = re.compile(r"[^\s,;:()]+")


def is_body_name_line(text: str) -> bool:
    """A line that is only the names of bodies, each opening with its kind, closed by a full
    stop or not ("5. Trung tâm Phát triển quỹ đất.", "UBND các xã, thị trấn"): no statement
    whose verb the lexicon does not know ("2. Trường THCS Nguyễn Du đạt chuẩn quốc gia.")."""
    line = without_members(text.strip().rstrip(".").rstrip())
    if not line[:1].isupper():
        return False
    return all(body_name_shaped(part) for part in re.split(r"\s*;\s*", line) if part)


def body_name_shaped(name: str) -> bool:
    """The name opens with a body's kind and ends where a name ends."""
    low = match_form(name)
    plural = _PLURAL.match(low)
    kind = _KIND.match(low, plural.end() if plural else 0)
    if kind is None:
        return False
    small = plural is None  # "Chi cục Thuế", "Ban Quản lý": one small syllable may follow
    pos = kind.end()
    while (word := _WORD.search(name, pos)) is not None:
        if word.group()[:1].isupper() or word.group() in ("-", "–", "&"):
            pos, small = word.end(), word.group()[:1].isupper()
        elif known := _NAME_WORDS.match(low, word.start()):
            pos, small = known.end(), False
        elif small or word.group().isdigit():
            pos, small = word.end(), False
        else:
            return False  # "… đạt chuẩn quốc gia", "… ứng trực 24/24"
    return True
