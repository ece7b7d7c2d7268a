"""Round 21 (meta), review: the reviewer's counter-examples to the branch's rules.

- "các tháng cuối quý III/2026" is still the quarter's end; only a bare "cuối quý" is skipped.
- A name alone after the recipients is the signer only as the document's last line, right after
  the filing ("Lưu") line; never a name inside the "Lưu:" line, a recipient, "Ông …", a street
  or a footer.
- The number label's "$"/"§" needs a colon or a code after it ("$6:990/TB-TCT", not "$60 000").
- An appendix heading lets an earlier signed block win only when the name is right before it.
- A family name on the title line is not joined to a line that already is a full name.

Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.deadlines import find_deadlines
from notices.header_repair import _NUMBER_LABEL
from notices.signature import find_signature
from notices.signer_cells import _SIGNED_AT, _cut
from notices.signer_names import legacy_capitals
from tests.unit.notices.test_round21_meta import _MORE, _notice

_DATE = "Phường 1, ngày 24 tháng 03 năm 2025"


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Hoàn thành trong các tháng cuối quý III/2026.", date(2026, 9, 30)),
        ("Tập trung giải ngân trong các tháng cuối quý II/2026.", date(2026, 6, 30)),
    ],
)
def test_months_at_end_of_a_named_quarter_are_dated(sentence: str, due: date) -> None:
    hits = find_deadlines(sentence, year=2026, reference=date(2026, 2, 1))
    assert [h.deadline for h in hits] == [due]


def test_bare_months_at_quarter_end_still_undated() -> None:
    text = "Đối với các tháng cuối quý (tháng 3, tháng 6), báo cáo 3 tháng."
    assert find_deadlines(text, year=2026, reference=date(2026, 2, 1)) == []


def _long(tail: str) -> str:
    """A long notice with no signer's title block: the recipients, then `tail`."""
    text = _notice(_DATE, "")
    text = text.replace("- Lưu: VT.\n", tail)
    return text.replace("\n\nNơi nhận:", _MORE + "\n\nNơi nhận:")


@pytest.mark.parametrize(
    "tail",
    [
        "- Lưu: VT, Nguyễn Văn An.\n",  # the drafter in the filing line
        "- Các đồng chí:\nTrần Văn Hùng\n- Lưu: VT.\n",  # a recipient
        "- Lưu: VT.\n\nÔng Nguyễn Văn Bình\n",  # a person addressed
        "- Lưu: VT.\n\nĐ/c Nguyễn Văn Bình\n",
        "- Lưu: VT.\nĐịa chỉ: số 15 đường\nTrần Hưng Đạo\n",  # a street
        "- Lưu: VT.\n\nTrần Văn Hùng\nHà Nội Mới Lạ\n",  # a footer under the name
        "- Lưu: VT.\n\nHà Nội Mới Lạ\n",  # a footer
        "Trần Văn Hùng\n- Lưu: VT.\n",  # before the filing line
    ],
)
def test_non_signer_after_recipients_is_no_signer(tail: str) -> None:
    assert parse_notice(_long(tail)).signer is None


def test_lone_name_right_after_filing_line_still_signs() -> None:
    assert parse_notice(_long("- Lưu: VT, VP(TKTH).\n|\nĐoàn Xuân Toản\n|\n")).signer == (
        "Đoàn Xuân Toản"
    )


def test_lone_name_path_rejects_a_short_name_and_a_sentence() -> None:
    # the long notice, so the lone-name reading runs
    assert parse_notice(_long("- Lưu: VT.\n\nXuân Toản\n")).signer is None
    text = _long("- Lưu: VT.\n\nTrân trọng cảm ơn.\nĐoàn Xuân Toản\nPhụ lục kèm theo\n")
    assert parse_notice(text).signer is None


def test_number_label_needs_a_colon_or_code_after_a_dollar() -> None:
    assert _NUMBER_LABEL.match("$6:990/TB-TCT")
    assert _NUMBER_LABEL.match("§ố: 12/TB-UBND") or _NUMBER_LABEL.match("§o: 12/TB-UBND")
    for amount in ("$60 000 USD", "$0.5 triệu", "$600", "$0/ngày"):
        assert not _NUMBER_LABEL.match(amount), amount


_BODY_LINES = [f"{n}. Giao tổ dân phố số {n} rà soát hộ gia đình." for n in range(1, 20)]


@pytest.mark.parametrize("between", [[], ["Tổ 3 khu phố 2."]])
def test_seal_text_is_no_appendix_heading(between: list[str]) -> None:
    # the signature area read as the seal's text only; a block a few lines above is no signature
    lines = [*_BODY_LINES, "", "BAN CHỈ ĐẠO", "", "Lê Văn Nam", "", *between, ""]
    assert find_signature([*lines, "ỦY BAN NHÂN DÂN PHƯỜNG"])[0] is None


def test_appendix_heading_right_after_the_name_lets_the_block_sign() -> None:
    lines = [*_BODY_LINES, "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lê Văn Nam", "", "Phụ lục"]
    lines += ["CÁC NHIỆM VỤ TRỌNG TÂM CỦA BAN THƯỜNG VỤ TỈNH ỦY"]
    assert find_signature(lines)[0] == "Lê Văn Nam"
    # counter-example: text between the name and the heading
    lines[-3:-2] = ["", "Tổ 3 khu phố 2.", ""]
    assert find_signature(lines)[0] is None


@pytest.mark.parametrize(
    ("block", "signer"),
    [
        ("CHỦ TỊCH Mai\nNguyễn Thị Mai", "Nguyễn Thị Mai"),
        ("GIÁM ĐỐC Lê\nLê Văn Nam", "Lê Văn Nam"),
    ],
)
def test_family_name_not_joined_to_a_full_name(block: str, signer: str) -> None:
    assert parse_notice(_notice(_DATE, block)).signer in (signer, None)
    assert parse_notice(_notice(_DATE, block)).signer != f"{block.split()[2]} {signer}"


def test_legacy_capitals_need_a_longer_name() -> None:
    assert legacy_capitals(["Hồ", "ấy"]) == ["Hồ", "ấy"]
    assert legacy_capitals(["Trần", "Đăng", "ánh"]) == ["Trần", "Đăng", "Ánh"]
    assert legacy_capitals(["Lê", "ánh", "Dương"]) == ["Lê", "Ánh", "Dương"]


def test_the_seal_is_cut_from_the_end_of_a_long_glued_line() -> None:
    # The seal and signing time close a glued closing table's line, and only its last 300
    # characters are searched for them (a search over the whole line was quadratic: 33 s on a
    # 33,000-character line in the review; a cost is measured, never asserted, in tests).
    run = "A B " * 8000
    seal = " ĐẢNG UỶ XÃ CÔNG HẢI 08-09-2025 17:03:09 +07:00"
    line = "- Lưu VPĐU. T/M BAN THƯỜNG VỤ BÍ THƯ " + run + "Vũ Thị Thuỳ Trang" + seal
    parts = _cut(line)
    assert parts[0] == "- Lưu VPĐU."
    assert parts[-1].endswith(run.strip() + " Vũ Thị Thuỳ Trang")
    assert _SIGNED_AT.search(seal)
    find_signature(["Nơi nhận:", line])  # reads such a line to its end
