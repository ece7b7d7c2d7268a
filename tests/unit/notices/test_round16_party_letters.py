"""Round 16 (K35): Party and commune letters.

A commune Party committee's PDFs (and DOCX/TXT made from them) lose the space after a syllable that
ends on a toned vowel ("Đảng uỷchủtrì", "vụĐảng", "uỷtrước ngày"): the words are spaced apart again
by the shape of a Vietnamese syllable, so leads stop at the verb and deadlines are read."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.glued_words import unglue_words


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        ("Ban Thường vụĐảng uỷKế hoạch", "Ban Thường vụ Đảng uỷ Kế hoạch"),
        ("Sở Nội vụchủtrì, phối hợp", "Sở Nội vụ chủ trì, phối hợp"),
        ("hoàn thành trước ngày 15/9; báo cáo Thường trực Huyện uỷtrước", None),
        ("gửi vềBan Tổ chức trước ngày", "gửi về Ban Tổ chức trước ngày"),
        ("củathị trấn vàcácxã", "của thị trấn và các xã"),
        ("hệthống, sựcốvà trảlời cửtri", "hệ thống, sự cố và trả lời cử tri"),
        ("Thường trực Đảng uỷyêu cầu", "Thường trực Đảng uỷ yêu cầu"),
    ],
)
def test_glued_syllables_are_spaced(glued: str, spaced: str | None) -> None:
    want = spaced if spaced is not None else glued.replace("uỷtrước", "uỷ trước")
    assert unglue_words(glued) == want


@pytest.mark.parametrize(
    "word",
    [
        "Đảng",
        "người",
        "nghiệp",
        "chuyển",
        "được",
        "thuỷ",
        "khuyến",
        "Nguyễn",
        "trường",
        "Đắk Lắk",
        "Srêpốk",
        "quẫn",
        "giữa",
        "hoà",
        "triểt",  # an OCR slip, not a glued pair: nothing opens a syllable after it
        "hộị",  # a speck after a toned vowel
    ],
)
def test_real_words_stay_whole(word: str) -> None:
    assert unglue_words(word) == word


def test_upper_case_and_plain_text_untouched() -> None:
    line = "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN, số 12/UBND-VP"
    assert unglue_words(line) == line
    assert unglue_words("Ban Tổ chức Huyện uỷ") == "Ban Tổ chức Huyện uỷ"


GLUED_LETTER = (
    "ĐẢNG BỘ TỈNH HOÀ BÌNH\nĐẢNG UỶ XÃ SƠN THUỶ\n*\nSố 41-CV/ĐU\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\nSơn Thuỷ, ngày 05 tháng 9 năm 2026\n"
    "Kính gửi:\n- Uỷban nhân dân xã,\n- Văn phòng Đảng uỷ.\n"
    "Thường trực Đảng uỷcó ý kiến như sau:\n"
    "1. Giao Văn phòng Đảng uỷchủtrì, phối hợp với các cơ quan liên quan tham mưu Ban "
    "Thường vụĐảng uỷKế hoạch tổng kết công tác dân vận; trình Thường trực Đảng uỷtrước "
    "ngày 20/9/2026.\n"
    "2. Uỷban nhân dân xã rà soát hồsơ đất đai, báo cáo Thường trực Đảng uỷ.\n"
    "Nơi nhận:\n- Như trên,\n- Lưu VPĐU.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nLò Văn Minh\n"
)


def test_glued_letter_reads_leads_and_deadline() -> None:
    tasks = parse_notice(GLUED_LETTER).tasks
    assert [t.lead for t in tasks] == [("Văn phòng Đảng ủy",), ("Ủy ban nhân dân xã",)]
    assert str(tasks[0].deadline) == "2026-09-20"
