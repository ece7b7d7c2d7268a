"""Round 28 (plans): a letter's own "… một số nội dung sau:" intro before its numbered items.

A letter (công văn) that asks "Sở … đề nghị Trưởng phòng …, Hiệu trưởng … triển khai thực hiện
tốt một số nội dung sau:" has its intro there, though it ends in "nội dung sau:" rather than
"như sau:". An unmarked paragraph further down, under one of the numbered items, that ends in
"… cụ thể như sau:" ("2. Tổ chức Lễ Khai giảng" + "Do tình hình …, Thành phố tổ chức Lễ Khai
giảng chung, cụ thể như sau:") is that item's own lead-in, not the letter's intro: the points of
"1." before it are the letter's tasks, not front matter (notices.body). A letter whose only
"… như sau:" closes its front matter, with no asking "… sau:" before the first item, keeps its
intro as before. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice

_HEAD = """UBND THÀNH PHỐ HẢI AN
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1234/SGDĐT-VP
V/v tổ chức Lễ Khai giảng năm học 2031-2032

Hải An, ngày 20 tháng 8 năm 2031

Kính gửi:
- Trưởng phòng GDĐT quận, huyện;
- Hiệu trưởng các trường THCS, THPT.

Căn cứ Quyết định số 100/QĐ-BGDĐT ngày 04/8/2031 của Bộ Giáo dục và Đào tạo về khung kế hoạch
thời gian năm học 2031-2032;

Để tổ chức tốt Lễ Khai giảng năm học mới, Sở GDĐT đề nghị Trưởng phòng GDĐT quận, huyện; Hiệu
trưởng các trường THCS, THPT triển khai thực hiện tốt {ask}

1. Công tác chuẩn bị cho năm học mới

- Rà soát, sắp xếp, bố trí đội ngũ giáo viên đảm bảo đủ về số lượng và đạt chuẩn.

- Rà soát cơ sở vật chất trường, lớp, trang thiết bị dạy học trước ngày 30/8/2031.

2. Tổ chức Lễ Khai giảng

Do tình hình dịch bệnh còn diễn biến phức tạp, Thành phố tổ chức Lễ Khai giảng chung cho toàn
Thành phố, {nested}

a) Lễ Khai giảng

- Các trường tổ chức cho học sinh theo dõi Lễ Khai giảng trực tuyến.

3. Tổ chức dạy và học sau khai giảng

- Các trường tổ chức dạy học theo thời khóa biểu từ ngày 06/9/2031.

{more}
Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC
Nguyễn Văn An
"""


# the points of a long letter: its nested lead-in falls in the first half of its paragraphs
_MORE = "".join(
    f"- Các trường tổ chức hoạt động chuyên đề số {n} cho học sinh trong tháng 9/2031.\n\n"
    for n in range(1, 25)
)


def _texts(ask: str, nested: str) -> list[str]:
    notice = parse_notice(_HEAD.format(ask=ask, nested=nested, more=_MORE))
    return [task.text for task in notice.tasks]


def _task(ask: str, nested: str, start: str):  # type: ignore[no-untyped-def]
    notice = parse_notice(_HEAD.format(ask=ask, nested=nested, more=_MORE))
    return next(task for task in notice.tasks if task.text.startswith(start))


def test_points_of_the_first_item_are_tasks() -> None:
    texts = _texts("một số nội dung sau:", "cụ thể như sau:")
    assert any(t.startswith("Rà soát, sắp xếp, bố trí đội ngũ") for t in texts)
    assert any(t.startswith("Rà soát cơ sở vật chất") for t in texts)
    assert any(t.startswith("Các trường tổ chức dạy học") for t in texts)


def test_points_of_the_first_item_go_to_the_addressees() -> None:
    task = _task("một số nội dung sau:", "cụ thể như sau:", "Rà soát cơ sở vật chất")
    assert any("Trưởng phòng GDĐT" in name for name in task.lead)
    assert task.deadline is not None and task.deadline.isoformat() == "2031-08-30"


def test_other_phrasings_of_the_ask_and_the_nested_lead_in() -> None:
    for ask, nested in (
        ("các nhiệm vụ sau:", "với các nội dung như sau:"),
        ("những việc sau:", "cụ thể như sau:"),
        ("một số nội dung sau:", "theo hình thức như sau:"),
    ):
        texts = _texts(ask, nested)
        assert any(t.startswith("Rà soát, sắp xếp, bố trí đội ngũ") for t in texts), (ask, nested)


_INTRO_ONLY = """UBND HUYỆN BÌNH LỢI
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO

Số: 55/PGDĐT
V/v chuẩn bị năm học mới

Bình Lợi, ngày 10 tháng 8 năm 2031

Kính gửi: Hiệu trưởng các trường tiểu học.

1. Căn cứ Kế hoạch số 12/KH-UBND ngày 01/8/2031 của UBND huyện.

2. Căn cứ tình hình thực tế của các đơn vị.

Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường tiểu học thực hiện như sau:

- Rà soát cơ sở vật chất, trang thiết bị dạy học trước ngày 25/8/2031.

- Tổ chức tổng vệ sinh trường, lớp trước ngày 30/8/2031.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG
Trần Văn Bình
"""


def test_intro_after_numbered_grounds_without_an_ask_stays_the_intro() -> None:
    # no "… sau:" asked before "1.": the plain "… như sau:" is the letter's intro, as before
    texts = [task.text for task in parse_notice(_INTRO_ONLY).tasks]
    assert any(t.startswith("Rà soát cơ sở vật chất") for t in texts)
    assert any(t.startswith("Tổ chức tổng vệ sinh") for t in texts)
    assert not any(t.startswith("Căn cứ") for t in texts)


_DASH_INTRO = _HEAD.replace("Do tình hình dịch bệnh", "- Sở GDĐT lưu ý: Do tình hình dịch bệnh")


def test_dash_lead_in_under_an_item_unchanged() -> None:
    texts = [
        task.text
        for task in parse_notice(
            _DASH_INTRO.format(ask="một số nội dung sau:", nested="cụ thể như sau:", more=_MORE)
        ).tasks
    ]
    assert any(t.startswith("Rà soát cơ sở vật chất") for t in texts)
