"""Round 21 (ocrnotice): a ministry's notice of monthly or quarterly tasks read from OCR text.

Two shapes of such notices, written here as the OCR of a scan gives them:

- a title over a plural kind list, "Thủ trưởng các Vụ, Cục, đơn vị thuộc Tổng cục Thuế", "các
  Sở, Ban, Ngành", is ONE doer (the heads of the units), even when the kinds are capitalised;
  a list of named bodies ("Sở Tài chính, Sở Nội vụ", "Vụ Pháp chế, Cục Thuế tỉnh …") is not;
- a dash point whose opening adverb or verb lost a mark to the OCR ("Khan trương …", "Tiép tục
  …", "Day nhanh …", for "Khẩn trương", "Tiếp tục", "Đẩy nhanh") is still the body's task; so is
  "Ban QLRR chi trì, Vụ KK phối hợp …" the lead's ("chủ trì" misread).

Documents invented for these tests.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.names import split_assignees
from notices.ocr_words import LoosePhrases
from tests.unit.notices.test_round20_holders import _lead_of

_HEAD = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 1021/TB-TCT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 11 năm 2024

THÔNG BÁO
Về triển khai các nhiệm vụ, công tác trọng tâm tháng 11 năm 2024

Tổng cục Thuế thông báo kế hoạch triển khai các nhiệm vụ, công tác trọng tâm tháng 11 năm 2024
như sau:

"""

_SIGN = """

Nơi nhận:
- Lãnh đạo Tổng cục;
- Lưu: VT, VP.

KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG

Nguyễn Văn Bình
"""


def _tasks(body: str) -> list[tuple[tuple[str, ...], str]]:
    notice = parse_notice(_HEAD + body.strip() + _SIGN)
    return [(tuple(task.lead), task.text) for task in notice.tasks]


def _names(span: str) -> list[str]:
    found = split_assignees(span, strict=False)
    assert found is not None, span
    return [a.name for a in found]


# --- a title over a list of kinds is one doer ------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "Thủ trưởng các Vụ, Cục, đơn vị thuộc Tổng cục Thuế",
        "các Vụ, Cục, đơn vị thuộc cơ quan Tổng cục Thuế",
        "Các Sở, Ban, Ngành",
        "Thủ trưởng các Sở, Ban, Ngành thuộc tỉnh",
        "các Phòng, Ban, đơn vị thuộc Sở",
        "Lãnh đạo các Vụ, Cục",
    ],
)
def test_kind_list_under_one_plural_is_one_name(span: str) -> None:
    assert _names(span) == [span]


@pytest.mark.parametrize(
    ("span", "want"),
    [
        ("Sở Tài chính, Sở Nội vụ, Sở Tư pháp", ["Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp"]),
        ("Vụ Pháp chế, Cục Thuế tỉnh Nghệ An", ["Vụ Pháp chế", "Cục Thuế tỉnh Nghệ An"]),
        # a named body after the kinds is a body of its own
        (
            "Thủ trưởng các Vụ, Cục Thuế tỉnh Nam Định",
            ["Thủ trưởng các Vụ", "Cục Thuế tỉnh Nam Định"],
        ),
        ("Văn phòng, các Vụ, Cục thuộc Bộ", ["Văn phòng", "các Vụ, Cục thuộc Bộ"]),
    ],
)
def test_named_bodies_stay_apart(span: str, want: list[str]) -> None:
    assert _names(span) == want


_UNITS = """1. Giao Thủ trưởng các Vụ, Cục, đơn vị thuộc Tổng cục Thuế

- Tổng hợp, đánh giá việc thực hiện nhiệm vụ, chương trình công tác năm 2024, gửi Văn phòng
trước ngày 30/11/2024.

- Quán triệt nghiêm túc việc chấp hành kỷ cương, kỷ luật trong thực thi công vụ.

2. Giao Vụ Pháp chế, Cục Thuế thành phố Hà Nội

- Rà soát các vướng mắc trong chính sách thuế, tổng hợp nội dung cần sửa đổi, bổ sung.
"""


def test_heading_over_kind_list_leads_its_points_as_one() -> None:
    tasks = _tasks(_UNITS)
    want = ("Thủ trưởng các Vụ, Cục, đơn vị thuộc Tổng cục Thuế",)
    assert _lead_of(tasks, "Tổng hợp, đánh giá") == want
    assert _lead_of(tasks, "Quán triệt nghiêm túc") == want
    assert _lead_of(tasks, "Rà soát các vướng mắc") == ("Vụ Pháp chế", "Cục Thuế thành phố Hà Nội")


# --- an OCR-misread opener still opens a task --------------------------------------------------


_MISREAD = """1. Giao Vụ Chính sách

- Khân trương rà soát, hoàn thiện các đề án xây dựng văn bản quy phạm pháp luật năm 2024.

- Tiép tục bám sát với các đơn vị thuộc Bộ và tham gia chặt chẽ vào quá trình xây dựng các
dự án Luật.

- Day nhanh tiến độ rà soát, thẩm định đối với các nội dung vướng mắc của người nộp thuế.

- Khan trương tổng hợp ý kiến tham gia của các đơn vị đối với đề án Thống kê thuế.

2. Giao Ban QLRR

- Ban QLRR chi trì, Vụ KK phối hợp việc áp dụng quản lý rủi ro trong phân loại hồ sơ hoàn thuế.

- Vụ TVQT chủ tri, Vụ TTHT và Văn phòng phối hợp, đẩy nhanh tiến độ giao dự toán năm 2025.
"""


def test_misread_openers_keep_their_points() -> None:
    tasks = _tasks(_MISREAD)
    for start in (
        "Khân trương rà soát",
        "Tiép tục bám sát",
        "Day nhanh tiến độ",
        "Khan trương tổng hợp",
    ):
        assert _lead_of(tasks, start) == ("Vụ Chính sách",)


def test_misread_chu_tri_leads_alone() -> None:
    tasks = _tasks(_MISREAD)
    assert _lead_of(tasks, "Ban QLRR chi trì") == ("Ban QLRR",)
    assert _lead_of(tasks, "Vụ TVQT chủ tri") == ("Vụ TVQT",)


_STATEMENTS = """1. Đánh giá tình hình thực hiện nhiệm vụ tháng 10 năm 2024

- Tổng thu ngân sách nhà nước tháng 10/2024 ước đạt 79.100 tỷ đồng, bằng 5,3% so với dự toán.

- Dạy nghề cho lao động nông thôn đạt 102% kế hoạch năm.

2. Giao Vụ Dự toán

- Tiếp tục theo dõi sát tình hình thu ngân sách những tháng cuối năm 2024.
"""


def test_statements_stay_statements() -> None:
    tasks = _tasks(_STATEMENTS)
    texts = [text for _, text in tasks]
    assert not any(t.startswith(("Tổng thu ngân sách", "Dạy nghề")) for t in texts), texts
    assert _lead_of(tasks, "Tiếp tục theo dõi") == ("Vụ Dự toán",)


# --- item markers the OCR mangled ---------------------------------------------------------------


_SPECKS = """1. Giao Vụ Dự toán

- Tiếp tục theo dõi sát tình hình thu ngân sách những tháng cuối năm 2024.

_2. Giao Vụ Chính sách.

- Rà soát, hoàn thiện các đề án xây dựng văn bản quy phạm pháp luật năm 2024.

3. Giao Cục Thanh tra - Kiểm tra:

_ > Tham mưu tổ chức họp Ban Chỉ đạo phòng chống gian lận hóa đơn.

¬ Phối hợp chặt chẽ với Văn phòng Bộ để xin ý kiến chỉ đạo của Lãnh đạo Bộ đối với hồ sơ Nghị định,
_ trình Bộ trước ngày 15/11/2024.
"""


def test_specked_number_and_dashes_open_their_items() -> None:
    tasks = _tasks(_SPECKS)
    assert _lead_of(tasks, "Rà soát, hoàn thiện") == ("Vụ Chính sách",)
    assert _lead_of(tasks, "Tham mưu tổ chức họp") == ("Cục Thanh tra - Kiểm tra",)
    assert _lead_of(tasks, "Phối hợp chặt chẽ") == ("Cục Thanh tra - Kiểm tra",)
    # "_ trình Bộ …" in lower case goes on with the point above: no point of its own
    assert not any(text.startswith(("_", "trình Bộ")) for _, text in tasks)
    dated = [t for t in parse_notice(_HEAD + _SPECKS + _SIGN).tasks if t.text.startswith("Phối")]
    assert dated and str(dated[0].deadline) == "2024-11-15"


def test_loose_phrases_take_one_misread_syllable_only() -> None:
    roles = LoosePhrases(("chủ trì", "phối hợp"), letter_slip=True)
    verbs = LoosePhrases(("khẩn trương", "công nhận", "đẩy nhanh"), not_misread=("công nhân",))
    assert roles.match("chi trì, vụ kk", 0) == (7, "chủ trì")
    assert roles.match("chủ tri, vụ kk", 0) == (7, "chủ trì")
    assert roles.match("chi trả lương", 0) is None  # two syllables differ
    assert roles.match("chủ tịch ubnd", 0) is None
    assert verbs.match_end("khan trương rà soát", 0) == 11
    assert verbs.match_end("day nhanh tiến độ", 0) == 9
    assert verbs.match_end("công nhân lao động", 0) is None  # a word of its own
    assert verbs.match_end("khan truong", 0) is None  # both syllables misread
