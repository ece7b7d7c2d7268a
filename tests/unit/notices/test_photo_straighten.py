"""Phone photos of a paper notice made ready for OCR (`notices.readers.photo`): the page found on
a dark desk and its perspective undone, a sideways page recognised, the tilt measured, uneven
light evened out; and, with Tesseract, a hand-held photo in poor light read end to end."""

from __future__ import annotations

import collections
import io
import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import reader_documents as docs
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from notices import ErrorCode, NoticeError, parse_notice
from notices.readers import decode_document, ocr, photo

_LINES = [
    "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
    "Số: 58/TB-UBND ngày 12 tháng 3 năm 2024",
    "Giao Phòng Kinh tế chủ trì rà soát các tuyến đường",
    "liên thôn, báo cáo kết quả trước ngày 30/4/2024.",
    "Đề nghị Trạm Y tế xã phối hợp tuyên truyền phòng",
    "chống dịch bệnh mùa hè cho người dân trên địa bàn.",
    "Công an xã bảo đảm an ninh trật tự tại các chợ.",
] * 3


def _page(font_path: Path, size: tuple[int, int] = (620, 880)) -> Image.Image:
    """A white page of Vietnamese text lines, drawn here (grayscale)."""
    page = Image.new("L", size, 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(font_path), 17)
    for row, line in enumerate(_LINES):
        draw.text((40, 40 + row * 38), line, fill=20, font=font)
    return page


def _on_desk(page: Image.Image, corners: list[tuple[float, float]], frame: tuple[int, int]) -> Any:
    """`page` seen on a dark desk with its corners at `corners` (a phone held at an angle)."""
    w, h = page.size
    rows, rhs = [], []
    for (x, y), (u, v) in zip(corners, [(0, 0), (w, 0), (w, h), (0, h)], strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    coeffs = np.linalg.solve(np.asarray(rows, float), np.asarray(rhs, float))
    return page.transform(
        frame, Image.Transform.PERSPECTIVE, tuple(coeffs), Image.Resampling.BICUBIC, fillcolor=45
    )


_CORNERS = [(130.0, 90.0), (760.0, 130.0), (720.0, 1010.0), (90.0, 960.0)]


def test_the_page_is_found_on_a_dark_desk_and_its_perspective_undone(font_path: Path) -> None:
    shot = _on_desk(_page(font_path), _CORNERS, (880, 1100))
    found = photo.find_page(shot)
    assert found is not None
    for (x, y), (want_x, want_y) in zip(found, _CORNERS, strict=True):
        assert abs(x - want_x) < 12 and abs(y - want_y) < 12
    flat = photo.unwarp(shot, found)
    values = np.asarray(flat)
    # no desk left at the edges: every border strip is paper (bright), not the dark desk
    for strip in (values[:8], values[-8:], values[:, :8], values[:, -8:]):
        assert np.median(strip) > 200


def test_a_page_filling_or_leaving_the_frame_is_not_cut(font_path: Path) -> None:
    page = _page(font_path)
    assert photo.find_page(page) is None  # no desk in view: nothing to cut away
    cut = _on_desk(page, [(100, 300), (700, 280), (720, 1300), (80, 1320)], (800, 1000))
    assert photo.find_page(cut) is None  # the bottom runs out of the frame: no corners there


@pytest.mark.parametrize("tilt", [-4.5, -1.5, 2.0, 6.0])
def test_the_tilt_of_the_text_is_measured(font_path: Path, tilt: float) -> None:
    tilted = _page(font_path).rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=250)
    assert photo.skew_angle(photo.ink_of(tilted)) == pytest.approx(-tilt, abs=0.35)


def test_a_page_photographed_sideways_is_told_from_an_upright_one(font_path: Path) -> None:
    page = _page(font_path).rotate(2.5, resample=Image.Resampling.BICUBIC, fillcolor=250)
    assert not photo.runs_sideways(photo.ink_of(page))
    for turn in (90, 270):
        assert photo.runs_sideways(photo.ink_of(page.rotate(turn, expand=True)))


def test_a_dim_corner_and_a_shadow_are_evened_out(font_path: Path) -> None:
    page = _page(font_path)
    w, h = page.size
    light = Image.linear_gradient("L").rotate(90).resize((w, h))  # bright left, dim right
    light = light.point(lambda v: 255 - v * 3 // 5)
    ImageDraw.Draw(light).rectangle((0, h // 2, w, h), fill=110)  # a hand's shadow below
    light = light.filter(ImageFilter.GaussianBlur(25))
    dim = Image.composite(page, Image.new("L", page.size, 0), light)
    paper = np.asarray(page) > 200
    text = np.asarray(page) < 100
    before = np.asarray(dim)
    after = np.asarray(photo.even_light(dim))
    assert np.percentile(before[paper], 5) < 120  # the shadowed paper is darker than the text's
    assert np.percentile(after[paper], 5) > 200  # threshold would keep; evened out, it is white
    assert np.median(after[text]) < 120  # and the text stays dark


# --- end to end, with Tesseract --------------------------------------------------------------


def _hand_held(page: Image.Image, seed: int) -> bytes:
    """`page` photographed badly: small on a dark desk, corners pulled, tilted, a dim corner and
    a shadow, the phone held sideways without writing the EXIF orientation, JPEG."""
    rng = random.Random(seed)
    w, h = page.size
    frame = (int(w * 1.4), int(h * 1.25))
    left, top = w * 0.2, h * 0.12
    corners = [(left, top), (left + w, top), (left + w, top + h), (left, top + h)]
    pulled = [
        (x + rng.uniform(-0.05, 0.05) * w, y + rng.uniform(-0.04, 0.04) * h) for x, y in corners
    ]
    shot = _on_desk(page.convert("L"), pulled, frame)
    shot = shot.rotate(4.0, resample=Image.Resampling.BICUBIC, fillcolor=45)
    light = Image.radial_gradient("L").resize(frame).point(lambda v: 255 - v // 2)
    shadow = Image.new("L", frame, 255)
    ImageDraw.Draw(shadow).polygon(
        [(frame[0] * 0.7, 0), (frame[0], 0), (frame[0], frame[1]), (frame[0] * 0.8, frame[1])],
        fill=150,
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(frame[0] / 40))
    dim = Image.composite(shot, Image.new("L", frame, 0), _multiply(light, shadow))
    out = io.BytesIO()
    dim.rotate(90, expand=True).convert("RGB").save(out, "JPEG", quality=65)
    return out.getvalue()


def _multiply(a: Image.Image, b: Image.Image) -> Image.Image:
    from PIL import ImageChops

    return ImageChops.multiply(a, b)


def _recovered(text: str) -> float:
    expected = collections.Counter(docs.words())
    return sum((expected & collections.Counter(text.split())).values()) / expected.total()


def _need_tesseract() -> None:
    try:
        ocr.tesseract_path()
    except NoticeError:
        pytest.skip("tesseract with its Vietnamese model is not installed")


def _printed_page(font_path: Path) -> Image.Image:
    """The sample notice's first page at 140 dpi, for the OCR tests (skipped without tesseract)."""
    _need_tesseract()
    page = docs.page_image(docs.text_pdf(font_path), 140)
    assert isinstance(page, Image.Image)
    return page


@pytest.mark.slow
def test_a_hand_held_sideways_photo_in_poor_light_is_read(font_path: Path) -> None:
    page = _printed_page(font_path)
    text = decode_document(_hand_held(page, seed=7), "IMG_0412.jpg")
    assert _recovered(text) >= 0.95
    notice = parse_notice(text)
    assert [(t.ref, t.lead, t.deadline) for t in notice.tasks] == docs.TASKS


def test_upright_lines_carry_their_marks_above_and_turned_ones_below(font_path: Path) -> None:
    page = _page(font_path)
    for tilt in (0.0, 0.2):  # as `straighten` sees a page after levelling (within 0.2°)
        upright = photo.marks_above(photo.ink_of(page.rotate(tilt, fillcolor=250)))
        turned = photo.marks_above(photo.ink_of(page.rotate(180 + tilt, fillcolor=250)))
        assert upright >= 1.3 > 1 > turned


@pytest.mark.slow
def test_a_photo_taken_upside_down_is_turned_and_read(font_path: Path) -> None:
    page = _printed_page(font_path)
    out = io.BytesIO()
    page.convert("L").rotate(181.5, expand=True, fillcolor=235).convert("RGB").save(
        out, "JPEG", quality=80
    )
    text = decode_document(out.getvalue(), "IMG_0413.jpg")
    assert _recovered(text) >= 0.95
    notice = parse_notice(text)
    assert [(t.ref, t.lead, t.deadline) for t in notice.tasks] == docs.TASKS


# --- a first page alone says why it gives no task ------------------------------------------

_FIRST_PAGE = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN AN LÃO\tĐộc lập - Tự do - Hạnh phúc
Số: 77/TB-UBND\tAn Lão, ngày 3 tháng 5 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại buổi kiểm tra tiến độ xây dựng trường học

Ngày 28/4/2024, đồng chí Chủ tịch UBND huyện đã đi kiểm tra tiến độ xây dựng các trường học
trên địa bàn. Tham dự có lãnh đạo các phòng, ban chuyên môn và UBND các xã có công trình.
Sau khi nghe báo cáo, Chủ tịch UBND huyện kết luận như sau:
1. Thời gian qua, các chủ đầu tư đã tập trung triển khai, cơ bản bám sát kế hoạch; một số
công trình còn chậm do vướng mặt bằng và thời tiết bất lợi"""

_LAST_LINES = """.
Nơi nhận:\tKT. CHỦ TỊCH
- Như trên;\tPHÓ CHỦ TỊCH
- Lưu: VT.
\tTrần Văn Bình"""


def test_a_text_stopping_before_its_signature_is_said_to_lack_its_other_pages() -> None:
    from notices.explain import no_task_reason

    first_page = parse_notice(_FIRST_PAGE)
    assert not first_page.tasks and first_page.doc_number == "77/TB-UBND"
    assert "trang đầu" in no_task_reason(first_page)
    assert "gửi đủ các trang" in no_task_reason(first_page)
    whole = parse_notice(_FIRST_PAGE + _LAST_LINES)  # signed: nothing is missing, just no task
    assert not whole.tasks and whole.signer == "Trần Văn Bình"
    assert "trang đầu" not in no_task_reason(whole)


@pytest.mark.slow
def test_a_photo_with_no_text_says_why_in_vietnamese() -> None:
    """A blank sheet on a desk (the wrong side photographed): a reason, not zero tasks."""
    _need_tesseract()
    shot = Image.new("RGB", (900, 1200), (70, 58, 46))
    ImageDraw.Draw(shot).polygon([(150, 120), (760, 160), (740, 1080), (130, 1040)], fill=238)
    out = io.BytesIO()
    shot.save(out, "JPEG", quality=70)
    with pytest.raises(NoticeError) as raised:
        decode_document(out.getvalue(), "IMG_0413.jpg")
    assert raised.value.code is ErrorCode.NO_TEXT_LAYER
    assert "Không nhận dạng được chữ nào trong ảnh" in raised.value.message


@pytest.mark.parametrize(("says", "turn"), [("0", 0), ("180", 180), ("90", 270), ("270", 90)])
def test_the_turn_of_a_page_that_looks_sideways_is_what_osd_says(
    monkeypatch: pytest.MonkeyPatch, says: str, turn: int
) -> None:
    import subprocess

    def osd(*_args: Any, **_kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        out = f"Page number: 0\nOrientation in degrees: {says}\nRotate: {says}\n".encode()
        return subprocess.CompletedProcess([], 0, out, b"")

    monkeypatch.setattr(photo.subprocess, "run", osd)
    assert photo._sideways_turn(Image.new("L", (60, 40), 255), "tesseract") == turn


def test_ink_is_found_without_evening_the_light(monkeypatch: pytest.MonkeyPatch) -> None:
    def unused(_image: Any) -> Any:
        raise AssertionError("even_light is not needed to find ink")

    monkeypatch.setattr(photo, "even_light", unused)
    page = Image.new("L", (400, 300), 235)
    ImageDraw.Draw(page).rectangle((50, 100, 350, 110), fill=20)
    assert photo.ink_of(page).any()
