"""Task numbers anywhere in a message: "việc 12", "việc số 12", "nv12", "#12", "12 xong".

A number is a task reference when a task noun or "#" marks it (strong), or when it stands as a
word of its own that nothing reads as a count, a date, a page or a document number (weak: the
intent decides whether a weak one is used). Dates ("30/10"), criteria ("7.3.1") and "45%" are
one word each and never a number here.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.nlu.normalize import Canon

# A marked number ("việc 1234567", "#1234567") may be any task of a national deployment
# (millions of tasks); a bare one stays short: "12 xong" is a task, "0912345678" a phone.
MAX_ID_DIGITS = 8
MAX_BARE_ID_DIGITS = 5
# Nouns that name a task before its number: "việc 12", "nhiệm vụ số 12", "nv 12", "task 12".
_TASK_NOUNS = (
    ("nhiem", "vu"),
    ("cong", "viec"),
    ("viec",),
    ("nv",),
    ("nvu",),
    ("cv",),
    ("task",),
    ("ma", "viec"),
    ("stt",),
)
# Words before a number that make it a document's number, not a task's ("báo cáo số 45").
_DOCUMENT_NOUNS = frozenset(
    {
        "bao cao", "cong van", "quyet dinh", "ke hoach", "thong bao", "nghi quyet", "van ban",
        "to trinh", "chi thi", "bien ban", "giay", "hop dong", "ket luan", "cv", "qd", "kh",
        "tb", "nq", "ct", "tt", "nghi dinh", "thong tu", "luat", "dieu", "khoan", "muc",
        "phu luc", "bieu", "mau", "hd", "phieu", "so van ban", "don", "ho so",
    }
)  # fmt: skip
# Words before a number that make it a count, a time or a position ("thêm 7 ngày", "trang 2").
_NOT_ID_BEFORE = frozenset(
    {
        "trang", "thu", "tuan", "thang", "quy", "nam", "ngay", "gio", "luc", "them", "trong",
        "lui", "top", "tc", "tieu chi", "lan", "khoang", "tren", "duoi", "hon", "gan", "tang",
        "giam", "con", "phong", "xa", "to", "thon", "ban", "khu", "duong", "so nha",
        "ky", "dot", "buoc", "phan", "chuong", "ngay thu", "den", "toi", "tu",
        "truoc", "sau", "cho",
    }
)  # fmt: skip
# Words after a number that make it a count or a measure ("3 ngày", "5 việc", "10%").
_NOT_ID_AFTER = frozenset(
    {
        "ngay", "tuan", "thang", "nam", "gio", "phut", "lan", "viec", "nhiem vu", "nguoi",
        "trieu", "ty", "dong", "ban", "trang", "buoi", "xa", "phong", "don vi", "cai", "muc",
        "ho so", "thu tuc", "van ban", "bao cao", "tieng", "phan tram", "diem", "tieu chi",
        "ca nhan", "co quan", "hoc sinh", "km", "m", "ha", "so",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TaskRef:
    task_id: int
    first: int  # token indices, inclusive: the task noun (if any) to the number
    last: int
    strong: bool  # marked by a task noun or "#"


def find_refs(c: Canon, taken: list[bool]) -> list[TaskRef]:
    """Every task reference, in order; `taken` marks tokens read as something else."""
    words = [t.text for t in c.tokens]
    refs: list[TaskRef] = []
    for i, word in enumerate(words):
        if taken[i]:
            continue
        number = _number(word)
        if number is None:
            continue
        if i and words[i - 1] == "so" and _document_before(words, i - 1):
            continue  # "báo cáo số 45": a document's number
        noun = _noun_before(words, i)
        if word.startswith("#"):
            refs.append(TaskRef(number, i, i, True))
        elif noun is not None:
            if not any(taken[noun:i]):
                refs.append(TaskRef(number, noun, i, True))
        elif _standalone(words, i) and len(word) <= MAX_BARE_ID_DIGITS:
            refs.append(TaskRef(number, i, i, False))
    return refs


def _number(word: str) -> int | None:
    digits = word[1:] if word.startswith("#") else word
    if not (digits.isascii() and digits.isdigit()) or len(digits) > MAX_ID_DIGITS:
        return None
    if digits.startswith("0"):
        return None
    return int(digits)


def _noun_before(words: list[str], i: int) -> int | None:
    """Where a task noun before words[i] starts ("việc số 12": the index of "việc")."""
    j = i - 1
    if j >= 0 and words[j] == "so":
        if _document_before(words, j):
            return None
        j -= 1
    for noun in _TASK_NOUNS:
        start = j - len(noun) + 1
        if start >= 0 and tuple(words[start : j + 1]) == noun:
            return start
    if j < i - 1 and j >= -1:  # a bare "số 12" names a task too ("so 12" is not "Sở")
        return j + 1
    return None


def _document_before(words: list[str], i: int) -> bool:
    """A document noun ends right before words[i]: "báo cáo số …", "công văn số …"."""
    return any(" ".join(words[max(0, i - n) : i]) in _DOCUMENT_NOUNS for n in (1, 2, 3))


def _standalone(words: list[str], i: int) -> bool:
    before1 = words[i - 1] if i >= 1 else ""
    before2 = " ".join(words[i - 2 : i]) if i >= 2 else ""
    if before1 in _NOT_ID_BEFORE or before2 in _NOT_ID_BEFORE:
        return False
    if _document_before(words, i):
        return False
    after1 = words[i + 1] if i + 1 < len(words) else ""
    after2 = " ".join(words[i + 1 : i + 3])
    if after1 == "ngay" and "/" in (words[i + 2] if i + 2 < len(words) else ""):
        return True  # "xong 41 ngày 30/11": the day it was done, not a count of days
    return after1 not in _NOT_ID_AFTER and after2 not in _NOT_ID_AFTER
