"""Property tests: on any text the parser returns a notice or raises NoticeError, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from notice_fixtures import SAMPLE_NAMES, sample_text

from notices import NoticeError, ParsedNotice, notice_to_json, parse_notice
from notices.readers import decode_document

# Pieces of real notices, recombined at random: markers, triggers, dates, groups, punctuation.
FRAGMENTS = [
    "1.", "1.1.", "2.", "a)", "đ)", "(1)", "- ", "I.", "II.", "\n", "\n\n", ":", ";", ",", ".",
    "./.", "(", ")", "“", "”", "*", "**", "|", "\t", "Giao ", "Đề nghị ", "Yêu cầu ", "giao ",
    "Sở Nội vụ ", "Phòng Tài chính – Kế hoạch ", "UBND các xã, thị trấn ", "các Sở, ngành: ",
    "Nội vụ, Tư pháp và ", "Văn phòng HĐND và UBND huyện ", "đồng chí Phạm Văn Nghị - ",
    "chủ trì ", "phối hợp với ", "chỉ đạo ", "là cơ quan chủ trì tham mưu ", "(gồm các Phòng: ",
    "trước ngày 30/7/2020", "chậm nhất ngày 27/10/2023", "31/2/2026", "99/99/9999",
    "trong tháng 13 năm 2026", "quý V", "quý IV", "định kỳ hằng quý", "thường xuyên",
    "cuối năm", "Tiêu chí 7.3.1, ", "Số: /TB-UBND", "Số 30-CT/HU", "Hiệp Hoà, ngày tháng 3 năm ",
    "Ngày 07/3/2024, ", "THÔNG BÁO", "kết luận như sau:", "Nơi nhận:", "TL. CHỦ TỊCH",
    "Hoàng Công Bộ", "MẬT", "bí mật", "I. MỤC ĐÍCH, YÊU CẦU",
    "phối hợp thực hiện các việc sau:", "Ð", "\u00a0", "\u200b", "\ufeff", "o\u0300", "9" * 30,
]  # fmt: skip

fragment_text = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
any_text = st.text(max_size=400)
mixed = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map(
    "".join
)


def _parse_or_refuse(text: str) -> None:
    try:
        notice = parse_notice(text, year_hint=2026)
    except NoticeError as exc:
        assert exc.message and isinstance(exc.message, str)
        return
    assert isinstance(notice, ParsedNotice)
    notice_to_json(notice)  # the JSON shape can always be built
    for task in notice.tasks:
        assert task.lead, task


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fragment_text)
def test_recombined_fragments(text: str) -> None:
    _parse_or_refuse(text)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_arbitrary_unicode(text: str) -> None:
    _parse_or_refuse(text)


@settings(max_examples=200, deadline=None)
@given(mixed)
def test_fragments_and_noise(text: str) -> None:
    _parse_or_refuse(text)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SAMPLE_NAMES), st.integers(min_value=0), st.integers(min_value=0))
def test_truncated_and_spliced_samples(name: str, cut: int, splice: int) -> None:
    text = sample_text(name)
    cut %= len(text) + 1
    splice %= len(text) + 1
    _parse_or_refuse(text[:cut])
    _parse_or_refuse(text[splice:] + text[:cut])


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(["a.txt", "a.docx", "a.pdf", "a", "a.doc"]))
def test_readers_accept_or_refuse_any_bytes(data: bytes, name: str) -> None:
    try:
        text = decode_document(data, name)
    except NoticeError as exc:
        assert exc.message
        return
    assert isinstance(text, str)
    _parse_or_refuse(text)


def test_a_paren_numbered_row_before_dotted_numbers_does_not_crash() -> None:
    """OCR of a table of classes: "5) …" opens a row whose text goes on with "5.1.", "5.2." —
    the inline splitter compared "5)" as a dotted number and raised (found on a real scan)."""
    text = "\n".join(
        [
            "PHỤ LỤC",
            "Biểu trưng các loại hàng",
            "5) Loại 5",
            "Gồm các nhóm: 5.1. Chất ôxy hóa; 5.2. Peroxit hữu cơ.",
        ]
    )
    notice = parse_notice(text)
    assert notice.tasks == ()
