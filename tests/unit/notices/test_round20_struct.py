"""Round 20 (struct): document structure that split or merged tasks wrongly.

A paragraph after a short dash list goes back to the item the dashes sit under, not to the last
dash; a long numbered title "Trách nhiệm chung của …" names whose duties the paragraphs below
are; "Có trách nhiệm …" on a line of its own under such a title is a duty; bracketed points run
into one paragraph ("(1) trình …; (2) chủ trì …") split whatever their first letter's case when
they follow an item's short label. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice

_HEAD = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN HÒA
Số: 512/SGDĐT-VP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Hòa, ngày 10 tháng 10 năm 2026

V/v sử dụng sổ điểm điện tử

Kính gửi: Thủ trưởng các đơn vị trực thuộc Sở.

Sở hướng dẫn sử dụng sổ điểm điện tử như sau:

"""

_SIGN = """

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Văn Bình
"""


def _tasks(body: str) -> list[tuple[str, tuple[str, ...]]]:
    notice = parse_notice(_HEAD + body + _SIGN)
    return [(t.text, t.lead) for t in notice.tasks]


def _starting(tasks: list[tuple[str, tuple[str, ...]]], start: str) -> list[tuple[str, ...]]:
    return [lead for text, lead in tasks if text.startswith(start)]


_AFTER_LIST = """**1. Trách nhiệm của Hiệu trưởng**

Ban hành quyết định thành lập tổ quản trị sổ điểm điện tử của trường.

Cấp và thu hồi tài khoản cho giáo viên theo phân công nhiệm vụ.

Xây dựng quy chế sử dụng sổ điểm, trong đó nêu rõ các nội dung sau:

- Quy định trách nhiệm của từng giáo viên khi nhập điểm.

- Quy định thời điểm khóa sổ điểm từng học kỳ.

Tổ chức tập huấn cho giáo viên sử dụng sổ điểm điện tử.

Kiểm tra việc nhập điểm của giáo viên hằng tháng.
"""


def test_paragraphs_after_a_dash_list_are_duties_of_the_item() -> None:
    tasks = _tasks(_AFTER_LIST)
    for start in (
        "Ban hành quyết định",
        "Cấp và thu hồi tài khoản",
        "Xây dựng quy chế",
        "Tổ chức tập huấn",
        "Kiểm tra việc nhập điểm",
    ):
        assert _starting(tasks, start) == [("Hiệu trưởng",)], start
    # the last dash no longer carries the paragraphs after it
    assert not any("Tổ chức tập huấn" in text for text, _ in tasks if text.startswith("Quy định"))


_DASH_HEADING = """**2. Phòng Khảo thí**

- Chủ trì tổ chức kỳ kiểm tra cuối học kỳ.

- Tổng hợp kết quả kiểm tra của các trường.

Các trường gửi kết quả về Phòng trước ngày 20/12/2026.
"""


def test_dashes_straight_under_a_title_keep_the_old_reading() -> None:
    # no body paragraph before the list: the line after it stays under the last dash
    notice = parse_notice(_HEAD + _DASH_HEADING + _SIGN)
    refs = [t.ref for t in notice.tasks if "Các trường gửi kết quả" in t.text]
    assert refs and all(".-2" in ref for ref in refs)


_OPEN_DASH = """**1. Trách nhiệm của Hiệu trưởng**

Ban hành quyết định thành lập tổ quản trị sổ điểm điện tử của trường.

Xây dựng quy chế sử dụng sổ điểm, trong đó nêu rõ các nội dung sau:

- Quy định trách nhiệm của giáo viên khi nhập điểm, gồm:

Nhập điểm đúng hạn và kiểm tra lại trước khi khóa sổ.
"""


def test_an_open_last_dash_keeps_its_following_paragraph() -> None:
    notice = parse_notice(_HEAD + _OPEN_DASH + _SIGN)
    refs = [t.ref for t in notice.tasks if t.text.startswith("Nhập điểm đúng hạn")]
    assert refs and all(".-" in ref for ref in refs)  # still read under the dash


_LONG_TITLE = (
    (
        "**2. Trách nhiệm chung của các giáo viên tham gia nhập điểm trên hệ thống sổ điểm điện tử"
        " của nhà trường**"
    )
    + """

Có trách nhiệm bảo mật tài khoản, không cung cấp tài khoản cho người khác.

Nhập điểm đầy đủ, chính xác theo đúng tiến độ của nhà trường.

Báo cáo ngay Hiệu trưởng khi phát hiện sai sót trên hệ thống.
"""
)


def test_a_long_duty_title_names_the_doers_of_each_paragraph() -> None:
    tasks = _tasks(_LONG_TITLE)
    doers = ("các giáo viên tham gia nhập điểm trên hệ thống sổ điểm điện tử của nhà trường",)
    for start in ("Có trách nhiệm bảo mật", "Nhập điểm đầy đủ", "Báo cáo ngay Hiệu trưởng"):
        assert _starting(tasks, start) == [doers], start


_TITLE_SENTENCE = (
    (
        "**2. Trách nhiệm của các trường là bảo đảm sổ điểm được cập nhật đầy đủ và đúng hạn trong"
        " năm học.**"
    )
    + """

Hiệu trưởng kiểm tra việc nhập điểm hằng tháng.
"""
)


def test_a_duty_sentence_with_its_stop_is_no_title() -> None:
    tasks = _tasks(_TITLE_SENTENCE)
    assert _starting(tasks, "Hiệu trưởng kiểm tra") == [("Hiệu trưởng",)]


_INLINE = """**1. Nhiệm vụ cụ thể**

a) Phòng Giáo dục Trung học: **(1)** trình Giám đốc Sở kế hoạch kiểm tra, hoàn thành
trong tháng 11 năm 2026; **(2)** chủ trì tập huấn cho giáo viên cốt cán trước ngày 10
tháng 12 năm 2026; **(3)** đôn đốc các trường nhập điểm đúng hạn.

b) Phòng Kế hoạch - Tài chính bố trí kinh phí tập huấn.
"""


def test_lower_case_points_after_an_items_label_split() -> None:
    tasks = _tasks(_INLINE)
    for start in ("trình Giám đốc Sở", "chủ trì tập huấn", "đôn đốc các trường"):
        assert _starting(tasks, start) == [("Phòng Giáo dục Trung học",)], start


_NARRATED = """**I. KẾT QUẢ ĐẠT ĐƯỢC**

Năm học qua, ngành giáo dục đã đạt kết quả nổi bật: **(1)** ban hành nhiều văn bản
hướng dẫn chuyên môn; **(2)** tổ chức tốt các kỳ thi; **(3)** nâng cao chất lượng đội ngũ.

**II. NHIỆM VỤ**

1. Các trường rà soát sổ điểm điện tử trước ngày 15/11/2026.
"""


def test_lower_case_points_inside_a_sentence_stay_in_it() -> None:
    tasks = _tasks(_NARRATED)
    assert not any(text.startswith(("ban hành nhiều", "tổ chức tốt")) for text, _ in tasks)
    assert _starting(tasks, "Các trường rà soát")


_GENERIC_TITLE = """**1. Trách nhiệm chung của các cơ quan, đơn vị**

Rà soát sổ điểm điện tử của đơn vị mình trước ngày 30/11/2026.

Báo cáo kết quả về Sở trước ngày 15/12/2026.
"""


def test_a_duty_title_naming_only_the_units_means_the_addressees() -> None:
    tasks = _tasks(_GENERIC_TITLE)
    assert _starting(tasks, "Rà soát sổ điểm") == [("Thủ trưởng các đơn vị trực thuộc Sở",)]
