"""The security stamp: MẬT / TỐI MẬT / TUYỆT MẬT on its own line near the top, never body text."""

from __future__ import annotations

import pytest

from notices import ClassifiedNoticeError, ErrorCode, parse_notice
from notices.classification import classification_stamp
from notices.normalize import clean_lines

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH X\nSố: 12/TB-UBND\n"
BODY = "\nTHÔNG BÁO\nKết luận\n\n1. Giao Sở Nội vụ chủ trì thực hiện.\n"


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        (f"MẬT\n{HEADER}{BODY}", "MẬT"),
        (f"{HEADER}\n**TỐI MẬT**\n{BODY}", "TỐI MẬT"),
        (f"{HEADER}Tuyệt mật\n{BODY}", "TUYỆT MẬT"),
        (f"{HEADER}Độ mật: Mật\n{BODY}", "MẬT"),
        # a PDF glued the stamp to the motto column
        (f"{HEADER}Độc lập - Tự do - Hạnh phúc MẬT\n{BODY}", "MẬT"),
        (f"MẬT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{HEADER}{BODY}", "MẬT"),
    ],
)
def test_stamped_notice_is_refused(text: str, stamp: str) -> None:
    assert classification_stamp(clean_lines(text)) == stamp
    with pytest.raises(ClassifiedNoticeError) as raised:
        parse_notice(text)
    assert raised.value.code is ErrorCode.CLASSIFIED
    assert raised.value.stamp == stamp
    assert "mật" in raised.value.message


@pytest.mark.parametrize(
    "text",
    [
        # "bí mật" in body text, and a title about state secrets
        f"{HEADER}{BODY}2. Bảo vệ bí mật nhà nước theo quy định.\n",
        f"{HEADER}THÔNG BÁO\nVỀ VIỆC BẢO VỆ BÍ MẬT NHÀ NƯỚC\n{BODY}",
        # the syllable alone deep in the body
        HEADER
        + BODY
        + "\n" * 3
        + "\n".join(f"{i}. Nội dung số {i}." for i in range(2, 40))
        + "\nMật\n",
    ],
)
def test_not_stamped(text: str) -> None:
    assert classification_stamp(clean_lines(text)) is None
    parse_notice(text)
