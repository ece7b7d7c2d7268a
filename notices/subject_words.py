"""The words that end an assignee phrase: role, action and work verbs, predicate openers,
head nouns, and the `Span` a subject scan returns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from notices.heed_verbs import ALL_OF_THEM, HEED_VERBS
from notices.lexicon import ACTION_WORDS, DUTY_PHRASE, ORG_HEADS, PREDICATE_STARTS, WORK_VERBS

END = r"(?![^\W_])"


def alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# "lãnh đạo" alone is usually a noun ("lãnh đạo các phòng"); with "chỉ đạo" it is the verb pair.
# "Văn phòng Đăng ký đất đai cấp giấy chứng nhận …", "Các đơn vị ký tên, đóng dấu …": "cấp" with
# what is issued and the signing verbs are the work; "cấp xã", "ký kết" stay what they are.
SUBJECT_VERBS = (
    "cấp giấy", "cấp phép", "cấp mới", "cấp đổi", "cấp lại", "cấp phát", "cấp bù", "ký tên",
    "cấp văn bằng", "cấp chứng chỉ",
    "ký xác nhận", "ký duyệt", "đóng dấu", "xác nhận", "định hướng cho",
    # "Đề nghị các cơ quan, đơn vị truy cập …", "Cấp ủy, chính quyền các huyện có phương án …",
    # "các đồng chí Ủy viên … cho ý kiến đối với dự thảo": verb phrases after the names ("có
    # tỷ lệ …", "có cụm công nghiệp" say which ones and stay in them)
    "truy cập", "có phương án", "có biện pháp", "có giải pháp", "cho ý kiến",
    # "… đề nghị Văn phòng UBND tỉnh đăng thông tin …": what is published
    "đăng thông tin", "đăng tin", "đăng tải",
    # "Các địa phương tạo điều kiện hỗ trợ …": the help given, after the names
    "tạo điều kiện",
    # "Bộ Giáo dục và Đào tạo in và phát 30.000 cuốn …": the printing, after the name
    "in và phát", "in và phát hành", "in và cấp phát", "in ấn",
)  # fmt: skip
TERM_RX = re.compile(
    rf"(?:{alternation((*ACTION_WORDS, *SUBJECT_VERBS, *HEED_VERBS, 'lãnh đạo, chỉ đạo'))}){END}"
    rf"|{ALL_OF_THEM}{END}"
    rf"|{DUTY_PHRASE}(?=\s*(?:$|[:,;.]|(?:{alternation((*ACTION_WORDS, *WORK_VERBS))}){END}))"
)
TOKEN = re.compile(r"[()]|[;,:]|[^\s;,:()]+")
PREDICATE_RX = re.compile(rf"(?:{alternation(PREDICATE_STARTS)}){END}")
# A name that ends in a head noun goes on with a capitalised word: "Sở Xây dựng", "Ban Tổ chức".
_LEVEL_HEADS = ("thành phố", "tỉnh")  # "Công an tỉnh Chỉ đạo …": a level ends the name
HEAD_BEFORE = re.compile(
    rf"(?<![^\W_])(?:{alternation(tuple(h for h in ORG_HEADS if h not in _LEVEL_HEADS))})"
    r"(?:\s+(?:cổ phần|tnhh|trách nhiệm hữu hạn(?:\s+(?:một|hai) thành viên(?:\s+trở lên)?)?))?"
    r"\s*$"
)  # "Công ty cổ phần Xây dựng …": the legal form belongs to the head
DETERMINERS = frozenset({"các", "những", "mỗi", "của", "từng", "một"})


@dataclass(frozen=True, slots=True)
class Span:
    end: int
    term: str  # the word that ended the subject ("chủ trì", "tập trung", ":"); "" at clause end
    term_end: int


LEVEL_END = re.compile(r"(?<![^\W_])(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)\s+$")
# "UBND huyện cấp giấy phép …": "cấp" before what is issued is a verb ("UBND cấp huyện" is not).
_ISSUES = r"cấp\s+(?:giấy|phép|mới|đổi|lại|phát|kinh phí|vốn|bù|sổ|chứng|mã|quyền|văn bằng)"
WORK_RX = re.compile(rf"(?:{alternation(WORK_VERBS)}|{_ISSUES}){END}")
