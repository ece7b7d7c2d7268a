"""Round 35 (statute) review: the statute's rules stay out of ordinary decisions.

A submitting duty "1. Trình UBND tỉnh phê duyệt:" over "a) Tổng mức đầu tư: 120 tỷ đồng;" lists
the figures of a proposal ("Label: value"), no drafts the body makes; "Quyết định chuyển công tác
số …" and "Quyết định chuyển xếp lương …" in a list of files are documents, not a decision to
transfer a firm. Documents invented for these tests.
"""

from __future__ import annotations

from notice_fixtures import task_leads as _tasks

_HEADER = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 15/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 08 tháng 4 năm 2021

QUYẾT ĐỊNH
"""

_FIGURES = """Về việc triển khai dự án nâng cấp đường tỉnh 941

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Giao Sở Giao thông vận tải thực hiện các nội dung sau:

1. Trình UBND tỉnh phê duyệt:

a) Tổng mức đầu tư: 120 tỷ đồng;

b) Nguồn vốn: ngân sách tỉnh.

2. Lập hồ sơ mời thầu trước ngày 30/6/2021.

Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan có liên quan \
chịu trách nhiệm thi hành Quyết định này.
"""

_FILES = """Về việc giải quyết chế độ cho cán bộ

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Giao Sở Nội vụ giải quyết chế độ cho ông Nguyễn Văn A. Hồ sơ gồm:

- Quyết định chuyển công tác số 12/QĐ-UBND ngày 01/3/2021;

- Quyết định chuyển xếp lương của ông Nguyễn Văn A.

Điều 2. Sở Nội vụ báo cáo kết quả trước ngày 15/5/2021.

Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan có liên quan \
chịu trách nhiệm thi hành Quyết định này.
"""


def test_figures_under_a_submitting_duty_are_no_drafts() -> None:
    texts = [text for text, _ in _tasks(_HEADER + _FIGURES)]
    assert not any("Tổng mức đầu tư" in text or "Nguồn vốn" in text for text in texts)
    assert any(text.startswith("Lập hồ sơ mời thầu") for text in texts)


def test_transfer_decisions_in_a_file_list_are_documents() -> None:
    texts = [text for text, _ in _tasks(_HEADER + _FILES)]
    assert not any(text.startswith("Quyết định chuyển") for text in texts)
    assert any("báo cáo kết quả" in text for text in texts)
