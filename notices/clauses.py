"""Cut item text into sentences and ";"-clauses, peel off "Tiêu chí 3.2, …:" labels, criteria."""

from __future__ import annotations

import re

from notices.text import match_form

_ABBREVIATIONS = frozenset(
    {
        "tp",
        "tt",
        "q",
        "kt",
        "tl",
        "tm",
        "tuq",
        "ths",
        "ts",
        "pgs",
        "gs",
        "ông",
        "bà",
        "st",
        "tx",
        "p",
        "tr",
        "v.v",
        "vv",
        "nxb",
        "đ/c",
        "tc",
        "hđnd",
        "ubnd",
    }
)
_BOUNDARY = re.compile(r"(?:\.{3}|…|[.!?])[\"”)]*\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])")
_CRITERION = re.compile(
    r"tiêu chí(?:\s+thành phần)?(?:\s+số)?\s+(\d{1,2}(?:\.\d{1,2}){0,3})(?![\d/%])"
)
_MORE_CRITERIA = re.compile(
    r"\s*(?:,|;|và)\s*(?:tiêu chí(?:\s+thành phần)?\s+)?(\d{1,2}(?:\.\d{1,2}){1,3})(?![\d/%])"
)
_LABEL_START = re.compile(
    r"^(?:đối với|về|riêng|tiêu chí|chỉ số|công tác|lĩnh vực|nhiệm vụ|nội dung|vấn đề|mục tiêu"
    r"|nhóm|giải pháp|chỉ tiêu"
    # "Yêu cầu: Công ty A và Hợp tác xã B nộp lại …": the ask as a label over its bodies
    r"|(?:yêu cầu|đề nghị)(?=\s*:))\b"
)
# What a colon announces when the text before it ends in these: an address or a mailbox
_ANNOUNCES = re.compile(
    r"(?<![^\W_])(?:địa chỉ(?:\s+(?:email|thư điện tử))?|hộp thư(?:\s+điện tử)?|email|e-mail"
    r"|thư điện tử|số điện thoại|điện thoại|fax)\s*$"
)
# A plan's numbered step ("Bước 1: Phòng Đào tạo cung cấp …", "Giai đoạn 2: …", "Đợt 1: …"): the
# label is kept in the task text but the subject is read after it. OCR may misread the digit
# ("Bước Š:"), so any short token counts.
_STEP_LABEL = re.compile(r"^(?:bước|giai đoạn|đợt)\s+[^\s:]{1,4}\s*:")
# … and the short title after it, closed by its own colon before the doer's sentence
_STEP_TITLE = re.compile(r"\s*[^\W\d_][^:.;()]{0,100}:(?=\s+\S)")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; "TP. Hồ Chí Minh" and "39.079" do not end one."""
    text = re.sub(r"\s*\./\.\s*$", ".", text.strip())
    sentences: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        word = text[start : m.start()].rsplit(maxsplit=1)[-1] if text[start : m.start()] else ""
        if match_form(word.strip('(“"')) in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            continue
        sentences.append(text[start : m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def split_clauses(sentence: str) -> list[str]:
    """Clauses at ";" outside parentheses and quotes."""
    clauses: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(sentence):
        if char in "(“":
            depth += 1
        elif char in ")”" and depth:
            depth -= 1
        elif char == ";" and depth == 0:
            clauses.append(sentence[start:index].strip())
            start = index + 1
    clauses.append(sentence[start:].strip())
    return [c for c in clauses if c]


def is_step(text: str) -> bool:
    """True for a paragraph opening with a plan's step label ("Bước 3: …", "Giai đoạn 2: …")."""
    return _STEP_LABEL.match(match_form(text)) is not None


def split_label(text: str) -> tuple[str, str]:
    """("Tiêu chí 3.2, công khai TTHC", "nghiên cứu …") when the paragraph opens with a label."""
    low = match_form(text)
    step = _STEP_LABEL.match(low)
    if step is not None:
        # "Bước 1: Xây dựng kế hoạch thi: P.ĐTĐH xây dựng …": the step's title is its label too
        end = step.end() - 1
        if (title := _STEP_TITLE.match(text, step.end())) is not None:
            end = title.end() - 1
        return text[:end].strip(), text[end + 1 :].strip()
    colon = _colon_outside_parens(text, limit=240)
    if colon is None or not _LABEL_START.match(low):
        return "", text
    if _ANNOUNCES.search(low[:colon]):
        # "Nội dung báo cáo … đề nghị gửi về Sở … theo địa chỉ: Phòng …": the colon opens an
        # address the sentence sends to, the text before it is the sentence, no label
        return "", text
    return text[:colon].strip(), text[colon + 1 :].strip()


def _colon_outside_parens(text: str, *, limit: int) -> int | None:
    depth = 0
    for index, char in enumerate(text[:limit]):
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char == ":" and depth == 0:
            return index
    return None


def find_criteria(text: str) -> list[str]:
    """Criterion codes: "tiêu chí 7.3.1", "tiêu chí thành phần 6.1.1", "tiêu chí 1.3 và 1.4"."""
    low = match_form(text)
    codes: list[str] = []
    for m in _CRITERION.finditer(low):
        codes.append(m[1])
        pos = m.end()
        while more := _MORE_CRITERIA.match(low, pos):
            codes.append(more[1])
            pos = more.end()
    return list(dict.fromkeys(codes))
