"""Round 25 (scans), review: the reviewer's inputs for the damaged-signer rule, each with a
counter-example that must keep working (tests/notice_corpus/README.md, "Review:" of round 25)."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Số: 970/QĐ-BTC\tHà Nội, ngày 13 tháng 9 năm 2024\n\n"
    "QUYẾT ĐỊNH\nVề việc xuất cấp hạt giống\n\n"
    "Điều 1. Bộ Tài chính xuất cấp 80 tấn hạt giống cho tỉnh Lào Cai.\n"
    "Điều 2. Bộ trưởng Bộ Tài chính chịu trách nhiệm thi hành Quyết định này./.\n\n"
)
_BODY = (
    "2. Giao bà Trần Thị Hoa, chuyên viên Phòng Nội vụ, chuẩn bị tài liệu trước ngày 25/9/2024.\n"
    "3. Ông Nguyễn Văn Nam, Trưởng phòng Tài chính, theo dõi; học tập tư tưởng Hồ Chí Minh.\n\n"
)
_UNTITLED_HEAD = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Số: 12/SGDĐT\tHà Nội, ngày 13 tháng 9 năm 2024\n\nV/v chuẩn bị hội nghị\n\n"
    "1. Các phòng chuẩn bị báo cáo trước ngày 20/9/2024.\n"
)
# The recipients with the seal read into their right-hand cells; the title lost to the seal.
_NO_TITLE = (
    "Nơi nhận:\tzZZ6_ c.\n- Như Điều 4;\t/ Sư nì\n- TTgCP, các PTTg;\tH `/⁄44 % VÀ \\\n"
    "- Lưu: VT, KTTH (2). 44\tNo lnc VÀ,\n-\tNI Bế se Là X⁄4\nX x ⁄—\n"
)


def _signer(text: str) -> str | None:
    return parse_notice(text).signer


# HIGH 1: a cut name is completed only from a person named with a post, never from a label line,
# a person addressed in the body or a place.


@pytest.mark.parametrize(
    "last",
    [
        "Người liên hệ: Trần Thị Hoa",
        "Cán bộ theo dõi: đồng chí Nguyễn Văn Nam",
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    ],
)
def test_no_signer_completed_from_a_label_a_body_person_or_a_place(last: str) -> None:
    closing = "Nơi nhận:\tCHỦ TỊCH\n- Như trên;\n- Lưu: VT.\n(Đã ký)\n\n" + last + "\n"
    assert _signer(_HEAD + _BODY + closing) is None


@pytest.mark.parametrize(
    "closing",
    [
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nNgười liên hệ: Trần Thị Hoa\n",
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nThành phố\nHồ Chí Minh\n",
    ],
)
def test_no_signer_completed_in_an_untitled_typed_document(closing: str) -> None:
    assert _signer(_UNTITLED_HEAD + _BODY + closing) is None


def test_a_task_lead_in_the_body_does_not_complete_a_seal_cut_name() -> None:
    body = "3. Giao ông Nguyễn Văn Nam, Vụ trưởng Vụ Tổng hợp, chủ trì thực hiện.\n\n"
    closing = (
        "Nơi nhận:\tKT. BỘ TRƯỞNG\n- Như trên;\tTHỨ TRƯỞNG\n- Lưu: VT.\t/ bội `\nXÃ ô Văn Nam\n"
    )
    assert _signer(_HEAD + body + closing) is None


def test_a_seal_cut_name_is_still_completed_from_a_deputy_prime_minister() -> None:
    closing = (
        "Nơi nhận:\tKT. THỦ TƯỚNG\n- Như Điều 3;\t7Cc6-\n"
        "- Thủ tướng CP, PTTg Hồ Đức Phớc;\t3ĐTHỦ TƯỚNG\n- Bộ KH&ĐT;\tF4 t VN HÀ se -\n"
        "- Lưu: VT, KTTH (3).\tNhề-\nXÃ ô Đức Phớc\n"
    )
    assert _signer(_HEAD + _BODY + closing) == "Hồ Đức Phớc"


# HIGH 2: a family name read right but missing from the lexicon is not folded onto another.


@pytest.mark.parametrize(
    ("last", "want"),
    [
        ("Chử Xuân Dũng", None),
        ("Quản Minh Cường", None),
        ("Ma Văn Kháng", None),
        ("Vì Văn Định", None),
        ("Lô Văn Sơn", None),
        ("Đông Văn Hải", None),
        ("Tổ Công Tác", None),
        ("Phố Hàng Bông", None),
        ("Hạ Long Bay Tour", None),
        ("Trân Văn Thuần", "Trần Văn Thuần"),  # counter-example: a common family name's tone
        ("Nguyên Trung Kiên", "Nguyễn Trung Kiên"),
    ],
)
def test_a_family_name_is_repaired_only_onto_a_common_one(last: str, want: str | None) -> None:
    assert _signer(_HEAD + _NO_TITLE + last + "\n") == want


# MEDIUM 3: typed characters and an old-style tone are no seal's specks.


@pytest.mark.parametrize(
    "closing",
    [
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nLiên hệ trước 20/9/2024\nLê Văn Sơn\n",
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGhi chú: chủ đề “Học Bác”\nLê Văn Sơn\n",
        "Nơi nhận:\n- Như trên;\n- Các đồng chí:\nLê Văn Sơn\nTrần Thị Thuỷ\n",
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. Chủ tịch\nPhó Chủ tịch\nLê Văn Thuỷ\n",
    ],
)
def test_no_untitled_signer_under_typed_lines(closing: str) -> None:
    assert _signer(_UNTITLED_HEAD + closing) is None


def test_a_whole_name_under_the_seal_specks_still_signs() -> None:
    assert _signer(_HEAD + _NO_TITLE + "Hồ Đức Phóc\n") == "Hồ Đức Phóc"  # ttg-970


# MEDIUM 4: a well-formed two-word name keeps its place against a name far below.


@pytest.mark.parametrize(
    ("closing", "want"),
    [
        (
            "Nơi nhận:\tCHỦ TỊCH\n- Như trên;\n- Lưu: VT.\n\nKsor Phước\n\n\n\n\n\n"
            "DANH SÁCH THÀNH VIÊN\nNguyễn Văn Nam\n",
            "Ksor Phước",
        ),
        (
            "Nơi nhận:\tCHỦ TỊCH\n- Như trên;\n- Lưu: VT.\n\nSiu Hương\n\n"
            "Danh sách tổ công tác:\nThành viên\nPhó trưởng phòng\nChuyên viên\nNguyễn Văn Nam\n",
            "Siu Hương",
        ),
    ],
)
def test_a_two_word_signer_is_not_replaced_by_a_name_far_below(closing: str, want: str) -> None:
    assert _signer(_HEAD + closing) == want


def test_a_malformed_seal_reading_still_gives_way_far_below() -> None:
    closing = (
        "TM. CHÍNH PHỦ\n_THU TƯỜNG\nCông Hộ)\n4 t4 : NG sb\nv3 l.\nSun M\n® ° .\n"
        "1 ¬....ỀẮŠ\n.xsS\n\n7 „ W Z\nX ng -\nNguyễn Tần Dũng\n"
    )
    assert _signer(_HEAD + closing) == "Nguyễn Tần Dũng"  # cp-02
