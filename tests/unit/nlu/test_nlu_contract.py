"""The `understand --json` shape other tools read, and bad input: huge, decomposed, binary, SQL."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nlu_org import NAMES, NOI_VU

from handlers.nlu import DateRange, Intent, NameMatch, Understanding, understand
from handlers.nlu.normalize import HEAD_CHARS, canonicalize

TODAY = date(2023, 10, 25)
KEYS = ["intent", "range", "task_id", "unit", "person", "criterion", "query"]


def test_to_json_is_exactly_the_documented_shape() -> None:
    meaning = understand("việc của phòng nội vụ đến hạn tuần này", TODAY, NAMES)
    assert meaning.to_json() == {
        "intent": "due",
        "range": {"from": "2023-10-23", "to": "2023-10-29"},
        "task_id": None,
        "unit": "Phòng Nội vụ",
        "person": None,
        "criterion": None,
        "query": None,
    }
    assert list(meaning.to_json()) == KEYS


def test_to_json_types_for_every_field_set() -> None:
    meaning = Understanding(
        Intent.DETAIL,
        range=DateRange(date(2023, 11, 1), date(2023, 11, 30)),
        task_id=12,
        unit=NameMatch("Phòng Nội vụ", NOI_VU, "nội vụ"),
        person=NameMatch("Tuấn", None, "Tuấn"),
        criterion="7.3.1",
        query="số hóa",
        note="not in the contract",
        mine=True,
        code="ABCD2345",
        page=2,
    )
    data = meaning.to_json()
    assert list(data) == KEYS
    assert data == {
        "intent": "detail",
        "range": {"from": "2023-11-01", "to": "2023-11-30"},
        "task_id": 12,
        "unit": "Phòng Nội vụ",  # the official name when resolved
        "person": "Tuấn",  # the phrase as typed when not
        "criterion": "7.3.1",
        "query": "số hóa",
    }
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_to_json_of_the_minimal_answer() -> None:
    data = understand("", TODAY).to_json()
    assert data == dict.fromkeys(KEYS) | {"intent": "help"}


LONG = ("Nhận dự thảo kế hoạch cải cách hành chính, đã gửi báo cáo số 45. " * 160)[:10_000]
# Words that would change the meaning if they were read: an action and an id, a period, a unit.
MEANINGFUL_TAIL = " xong 99 quá hạn tháng 6 của phòng nội vụ, tìm số hóa" * 200


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (LONG, Intent.UNKNOWN),
        ("xong 12 " + LONG, Intent.DONE),
        ("tìm " + LONG, Intent.SEARCH),
        ("a" * 10_000, Intent.UNKNOWN),
        ("quá hạn " * 1_250, Intent.OVERDUE),
        ("(" * 5_000 + "1/" * 2_500, Intent.HELP),
    ],
)
def test_a_10000_character_message_is_read_by_its_head(text: str, intent: Intent) -> None:
    """Only the first HEAD_CHARS are read for meaning, so a huge message costs what a short
    one does (bench/conversation_bench.py times it): whatever follows the head changes
    nothing but the note, which keeps the whole text."""
    assert len(text) >= 10_000
    meaning = understand(text, TODAY, NAMES)
    assert meaning.intent is intent
    canon = canonicalize(text)
    assert canon.raw == unicodedata.normalize("NFC", text[:HEAD_CHARS])
    assert canon.tokens == canonicalize(text[:HEAD_CHARS]).tokens
    other = understand(text[:HEAD_CHARS] + MEANINGFUL_TAIL, TODAY, NAMES)
    assert replace(other, note=None) == replace(meaning, note=None)


def test_a_long_note_is_kept_whole_and_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "đã gửi báo cáo số 45 " * 600)
    meaning = understand("xong 12 " + decomposed, TODAY)
    assert meaning.task_id == 12
    assert meaning.note == unicodedata.normalize("NFC", decomposed).strip()


def test_decomposed_input_reads_like_composed_input() -> None:
    text = "nhiệm vụ quá hạn của xã Đoan Bái tháng sáu"
    composed = understand(text, TODAY, NAMES)
    assert understand(unicodedata.normalize("NFD", text), TODAY, NAMES) == composed
    assert composed.intent is Intent.OVERDUE
    assert composed.range == DateRange(date(2023, 6, 1), date(2023, 6, 30))


@pytest.mark.parametrize(
    "text",
    [
        "'; DROP TABLE tasks; --",
        "1 OR 1=1",
        "\x00\x01\x02\xff\ufffd",
        "\u200b\u200b\u200b",
        "🙂🙂🙂",
        "İstanbul ß ﬁ",  # letters whose case mapping changes length
        "xong 99999999999999999999",
    ],
)
def test_odd_input_is_just_text(text: str) -> None:
    meaning = understand(text, TODAY, NAMES)
    json.dumps(meaning.to_json())
    assert meaning.task_id is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_understood_without_error(text: str) -> None:
    meaning = understand(text, TODAY, NAMES)
    data = meaning.to_json()
    assert list(data) == KEYS
    assert isinstance(data["intent"], str)
    json.dumps(data)


@pytest.mark.parametrize(
    "text",
    [
        "xong 30/10",
        "xem 1/11",
        "duyệt 15/12/2023",
        "chi tiết 7.3.1",
        "gia hạn 30/11",
        "trả lại 45%",
    ],
)
def test_a_task_id_is_never_taken_from_a_date_or_a_code(text: str) -> None:
    assert understand(text, TODAY).task_id is None
