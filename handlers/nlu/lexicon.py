"""Folded word lists the rules share: filler phrases, person cues and unit head nouns."""

from __future__ import annotations

from notices.lexicon import UNIT_HEADS
from notices.text import fold

# Words around a name that are never part of it: question words, intent phrases, roles.
# Multi-word entries are matched as phrases ("chi dao" is "chỉ đạo", not "chị Đạo").
STOP_PHRASES = frozenset(
    {
        "viec", "nhiem vu", "cong viec", "cv", "cua", "nao", "gi", "co", "khong", "cac",
        "nhung", "la", "da", "duoc", "dang", "con", "roi", "nhe", "a", "ah", "oi", "voi", "ve",
        "cho", "xem", "giup", "hay", "di", "nua", "vay", "the", "sao", "ra sao", "the nao",
        "nhu the nao", "bao gio", "khi nao", "o", "ay", "do", "qua", "qua han", "tre han",
        "den han", "sap", "het han", "han chot", "thong ke", "ty le", "ti le", "bao nhieu",
        "tong hop", "hoan thanh", "xong", "chua", "can", "phai", "lam gi", "danh sach", "ds",
        "chu tri", "chi dao", "phoi hop", "phu trach", "thuc hien", "tinh hinh",
        "tien do", "liet ke", "tim", "tim kiem", "cham tre", "ton dong", "trong", "den", "toi",
        "minh", "tui", "em", "chung toi", "nay", "sau", "truoc", "toi han", "deadline",
        "may", "list", "het",
    }
)  # fmt: skip

# Titles and forms of address before a person's name: "PCT Nghị", "đ/c Nghị", "chị Thép".
STRONG_PERSON_CUES = frozenset(
    {
        "@", "d/c", "dc", "dong chi", "pct", "ct", "chu tich", "pho chu tich", "bi thu",
        "pho bi thu", "pbt", "giam doc", "pho giam doc", "truong phong", "pho truong phong",
        "pho phong", "chanh van phong", "cvp", "lanh dao",
    }
)  # fmt: skip
# Forms of address that are also everyday words ("chỉ", "ba", "cô"): trusted only when the
# user wrote them with these marks, or capitalised the name after them.
HONORIFICS = {
    "anh": "anh", "chi": "chị", "ong": "ông", "ba": "bà", "co": "cô", "chu": "chú",
    "bac": "bác", "thay": "thầy", "sep": "sếp", "em": "em", "a": "a",
}  # fmt: skip
# Forms of address so short or common ("a Minh", "em Lan") that they only point at a name the
# org has; a word after them that the org does not know is never taken for a name.
WEAK_HONORIFICS = frozenset({"a", "em"})
# Title words that narrow several same-named officials down: "PCT Nghị" → a Phó Chủ tịch.
TITLE_CUES = {
    "pct": "pho chu tich",
    "pho chu tich": "pho chu tich",
    "ct": "chu tich",
    "chu tich": "chu tich",
    "bi thu": "bi thu",
    "pbt": "pho bi thu",
    "pho bi thu": "pho bi thu",
    "giam doc": "giam doc",
    "truong phong": "truong phong",
    "chanh van phong": "chanh van phong",
    "cvp": "chanh van phong",
}

# Head nouns of unit names, folded, longest first: stripped to build the short alias ("nội vụ").
HEAD_NOUNS: tuple[str, ...] = tuple(
    sorted(dict.fromkeys(fold(h) for h in UNIT_HEADS), key=lambda h: (-len(h), h))
)
# Head nouns that introduce a unit name in a question ("việc của phòng Kinh tế"); the value
# is the marked spelling a user would write; None when the folded word is unambiguous.
UNIT_CUES: dict[str, str | None] = {
    "phong": "phòng",
    "van phong": None,
    "xa": "xã",
    "thi tran": None,
    "tt": None,
    "phuong": "phường",
    "ubnd": None,
    "uy ban nhan dan": None,
    "so": "sở",
    "ban": "ban",
    "trung tam": None,
    "chi cuc": None,
    "huyen": "huyện",
}
# Cues that are also common words ("số", "bạn", "phương án"): trusted when written with marks
# that tell them apart ("sở"), or with a capital ("Ban", "So"); "ban" alone may be "bạn".
AMBIGUOUS_UNIT_CUES = frozenset({"so", "ban", "phuong", "huyen"})

# Acronyms officials write for name parts, folded; both directions become aliases.
ACRONYMS = (
    ("ubnd", "uy ban nhan dan"),
    ("hdnd", "hoi dong nhan dan"),
    ("vp", "van phong"),
    ("mttq", "mat tran to quoc"),
    ("tc kh", "tai chinh ke hoach"),
    ("vh tt", "van hoa va thong tin"),
    ("vh tt", "van hoa thong tin"),
    ("tn mt", "tai nguyen va moi truong"),
    ("tn mt", "tai nguyen moi truong"),
    ("kt ht", "kinh te va ha tang"),
    ("kt ht", "kinh te ha tang"),
    ("nn va ptnt", "nong nghiep va phat trien nong thon"),
    ("ld tb va xh", "lao dong thuong binh va xa hoi"),
    ("gd va dt", "giao duc va dao tao"),
    ("kh va dt", "ke hoach va dau tu"),
    ("tt va tt", "thong tin va truyen thong"),
    ("kh va cn", "khoa hoc va cong nghe"),
    ("vh xh", "van hoa xa hoi"),
    ("btv", "ban thuong vu"),
    ("hu", "huyen uy"),
    ("tu", "tinh uy"),
    ("bcd", "ban chi dao"),
    ("cchc", "cai cach hanh chinh"),
)


def phrases_by_first(phrases: frozenset[str] | dict[str, object]) -> dict[str, list[list[str]]]:
    """Index phrases by their first word, longest first, for greedy phrase matching."""
    table: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = phrase.split()
        table.setdefault(words[0], []).append(words)
    for options in table.values():
        options.sort(key=len, reverse=True)
    return table


def match_phrase(table: dict[str, list[list[str]]], words: list[str], i: int) -> int:
    """Length in words of the longest phrase of `table` starting at words[i], or 0."""
    for option in table.get(words[i], ()):
        if words[i : i + len(option)] == option:
            return len(option)
    return 0


# Month names: folded word → (month, the marked spelling, readable unmarked?). Unmarked "sau"
# is "sau" (next), never "sáu" (June); unmarked "nam" is too often "năm" (year) to read as May.
MONTH_WORDS = {
    "gieng": (1, "giêng", True), "mot": (1, "một", True), "hai": (2, "hai", True),
    "ba": (3, "ba", True), "tu": (4, "tư", True), "bon": (4, "bốn", True),
    "nam": (5, "năm", False), "sau": (6, "sáu", False), "bay": (7, "bảy", True),
    "tam": (8, "tám", True), "chin": (9, "chín", True), "muoi": (10, "mười", True),
    "muoi mot": (11, "mười", True), "muoi hai": (12, "mười", True), "chap": (12, "chạp", True),
}  # fmt: skip
# "thứ 2" … "thứ bảy" → Monday = 0 …; the marked spelling tells "thứ tư" from "thứ tự".
WEEKDAY_WORDS = {
    "2": (0, "2"), "hai": (0, "hai"), "3": (1, "3"), "ba": (1, "ba"), "4": (2, "4"),
    "tu": (2, "tư"), "5": (3, "5"), "nam": (3, "năm"), "6": (4, "6"), "sau": (4, "sáu"),
    "7": (5, "7"), "bay": (5, "bảy"),
}  # fmt: skip


def written_as(raw: str, marked: str) -> bool:
    """The user wrote exactly this marked word (any case)."""
    return raw.lower() == marked


def written_as_or_bare(raw: str, marked: str) -> bool:
    """Exactly this marked word, or the word without any marks ("thu", "tu")."""
    return raw.isascii() or raw.lower() == marked


# Words of time phrases, folded: typos are mended into these too ("tuan nya" → "tuan nay").
TIME_WORDS = (
    "hom nay mai qua kia bua ngay tuan thang quy nam sau toi truoc nay cuoi dau giua thu chu"
    " nhat hai ba tu bon sau bay tam chin muoi mot gieng chap hien tai nua tiep theo ke"
    " ngoai vua trong vong den het tu"
)
