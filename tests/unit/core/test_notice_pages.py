"""Pages of one notice sent as photos travel to a reader as one document (`pack_pages`) and are
read in the order sent; a page with no text among them is left out, not fatal."""

from __future__ import annotations

import pytest

from handlers.notice_reader import pack_pages, read_notice, unpack_pages
from notices import ErrorCode, NoticeError
from notices.readers.ocr import MAX_OCR_PAGES

FIRST = """ỦY BAN NHÂN DÂN
HUYỆN BẮC SƠN
Số: 12/TB-UBND
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện về phòng chống thiên tai

Ngày 02/10/2023, Chủ tịch UBND huyện chủ trì họp, kết luận như sau:

1. Giao Phòng Nội vụ chủ trì kiện toàn Ban chỉ huy, hoàn thành trước ngày 20/10/2023.
"""
SECOND = """2. Giao Phòng Tư pháp rà soát quy chế phối hợp, hoàn thành trước ngày 30/10/2023.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hùng
"""


@pytest.mark.parametrize(
    "pages", [[b"a"], [b"", b"\x00" * 9, b"xyz"], [bytes(range(256)), b"NHACVIEC-PAGES/1\n"]]
)
def test_pages_come_back_as_they_were_packed(pages: list[bytes]) -> None:
    assert unpack_pages(pack_pages(pages)) == pages


def test_a_document_that_is_not_packed_is_not_taken_for_pages() -> None:
    assert unpack_pages(FIRST.encode()) is None


def test_the_pages_are_read_in_the_order_sent_as_one_notice() -> None:
    notice = read_notice(pack_pages([FIRST.encode(), SECOND.encode()]), "ảnh.txt")
    assert [t.lead for t in notice.tasks] == [("Phòng Nội vụ",), ("Phòng Tư pháp",)]
    assert notice.signer is not None


def test_a_blank_page_among_them_is_left_out() -> None:
    notice = read_notice(pack_pages([FIRST.encode(), b"   ", SECOND.encode()]), "ảnh.txt")
    assert len(notice.tasks) == 2


def test_too_many_pages_are_refused_in_vietnamese() -> None:
    with pytest.raises(NoticeError) as refused:
        read_notice(pack_pages([SECOND.encode()] * (MAX_OCR_PAGES + 1)), "ảnh.txt")
    assert refused.value.code is ErrorCode.TOO_LARGE and "tối đa" in refused.value.message
