"""A phone photo of a paper notice made ready for Tesseract (Pillow and numpy only).

An official photographs the notice on a desk: the page fills part of the frame, its edges
converge (the phone is held at an angle), it is tilted, lit unevenly (a lamp on one side, the
shadow of the hand or the phone), and sometimes sideways (a phone turned without writing the
EXIF orientation). Tesseract reads well only a straight, evenly lit page, so:

1. the page is found as the quadrilateral around the frame's centre bounded by a sharp step
   in brightness (a small copy with the text closed away; the region grown from the centre
   up to the steps; its four extreme corners), and
   its perspective undone, the desk cut away;
2. the page is turned upright when its text runs vertically (the rows of a text block give a
   sharp projection profile, its columns do not; Tesseract's orientation script says which of
   the two sideways turns is the right one);
3. the remaining tilt is measured from the projection profile and undone;
4. the light is evened out: each pixel divided by the page's background (the text closed
   away, blurred), so a shadow or a dim corner no longer turns into black blots under
   Tesseract's global threshold.

Each step keeps the photo as it was when its evidence is weak (no page edge in view, no clear
tilt), so a flat scan or a cropped page goes through unchanged apart from the light.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import tempfile
from typing import Any

log = logging.getLogger(__name__)

_FIND_SIDE = 480  # px: the long side of the copy the page is looked for in
_MIN_PAGE_SHARE = 0.2  # a page smaller than this share of the frame is not trusted
_MIN_FILL = 0.85  # the bright region must fill its quadrilateral (a page, not a blob)
_MAX_TILT = 10.0  # degrees searched for the remaining tilt
_MAX_CUT = 0.05  # the page may touch the frame's edge, not run along it
_EDGE_STEP = 0.35  # log-brightness step across two pixels that marks the page's edge
_SIDEWAYS = 1.5  # columns' profile sharper than the rows' by this factor: text runs vertically


def straighten(image: Any, *, tesseract: str | None = None) -> Any:
    """Grayscale photo (Pillow "L") → the page alone, upright, straight and evenly lit."""
    quad = find_page(image)
    if quad is not None:
        image = unwarp(image, quad)
    ink = ink_of(image)
    if runs_sideways(ink):
        image = image.rotate(_sideways_turn(image, tesseract), expand=True, fillcolor=255)
        ink = ink_of(image)
    angle = skew_angle(ink)
    if abs(angle) >= 0.2:
        image = image.rotate(angle, resample=_bicubic(), expand=True, fillcolor=255)
        ink = ink_of(image)
    if upside_down(image, ink, tesseract):  # shot from the far side of the desk
        image = image.rotate(180, expand=True, fillcolor=255)
    return even_light(image)


def _bicubic() -> Any:
    from PIL import Image

    return Image.Resampling.BICUBIC


def small_copy(image: Any, side: int) -> tuple[Any, float]:
    """A copy of `image` with its longest side at most `side` px, and its scale factor."""
    from PIL import Image

    factor = side / max(image.size)
    if factor >= 1:
        return image, 1.0
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.BOX), factor


def otsu(values: Any) -> float:
    """Otsu's threshold of an array of 0-255 values."""
    import numpy as np

    histogram = np.bincount(np.clip(values, 0, 255).astype(np.uint8).ravel(), minlength=256)
    total = histogram.sum()
    weights = np.cumsum(histogram)
    means = np.cumsum(histogram * np.arange(256))
    background = weights[:-1]
    foreground = total - background
    valid = (background > 0) & (foreground > 0)
    mean_b = np.where(valid, means[:-1] / np.maximum(background, 1), 0)
    mean_f = np.where(valid, (means[-1] - means[:-1]) / np.maximum(foreground, 1), 0)
    between = np.where(valid, background * foreground * (mean_b - mean_f) ** 2, 0)
    return float(np.argmax(between)) + 0.5


def find_page(image: Any) -> list[tuple[float, float]] | None:
    """Corners (top-left, top-right, bottom-right, bottom-left) of the page in `image`, or None
    when no page edge stands out from a darker surround."""
    import numpy as np
    from PIL import ImageFilter

    small, factor = small_copy(image, _FIND_SIDE)
    # close the dark text away: the page becomes one bright region
    closed = small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.MinFilter(7))
    # the page's edge is a sharp step in log brightness (paper against desk, a ratio that a
    # dim corner or a shadow does not change); a shadow's own edge is soft
    logs = np.log1p(np.asarray(closed, dtype=np.float32))
    step = np.zeros_like(logs)
    step[:, 1:-1] = np.abs(logs[:, 2:] - logs[:, :-2])
    step[1:-1, :] = np.maximum(step[1:-1, :], np.abs(logs[2:, :] - logs[:-2, :]))
    mask = step < _EDGE_STEP
    height, width = mask.shape
    region = _region_at_centre(mask)
    if region is None:
        return None
    ys, xs = np.nonzero(region)
    area = len(xs)
    if area < _MIN_PAGE_SHARE * width * height:
        return None
    if (
        xs.min() <= 1 and ys.min() <= 1 and xs.max() >= width - 2 and ys.max() >= height - 2
    ) and region.mean() > 0.97:
        return None  # the page fills the frame: nothing to cut away
    total, difference = xs + ys, xs - ys
    corners = [
        (xs[np.argmin(total)], ys[np.argmin(total)]),
        (xs[np.argmax(difference)], ys[np.argmax(difference)]),
        (xs[np.argmax(total)], ys[np.argmax(total)]),
        (xs[np.argmin(difference)], ys[np.argmin(difference)]),
    ]
    if _quad_area(corners) <= 0 or area < _MIN_FILL * _quad_area(corners):
        return None
    edges = (region[0], region[-1], region[:, 0], region[:, -1])
    if any(edge.sum() > _MAX_CUT * len(edge) for edge in edges):
        return None  # the page runs out of the frame: its corners there are not in view
    return [((x + 0.5) / factor, (y + 0.5) / factor) for x, y in corners]


def _region_at_centre(mask: Any) -> Any:
    """The connected part of `mask` holding the most of the frame's central area."""
    import numpy as np

    height, width = mask.shape
    seed = np.zeros_like(mask)
    top, left = height * 2 // 5, width * 2 // 5
    seed[top : height - top, left : width - left] = True
    seed &= mask
    if not seed.any():
        return None
    region = seed
    for _ in range(height + width):
        grown = region.copy()
        grown[1:] |= region[:-1]
        grown[:-1] |= region[1:]
        grown[:, 1:] |= region[:, :-1]
        grown[:, :-1] |= region[:, 1:]
        grown &= mask
        if np.array_equal(grown, region):
            break
        region = grown
    return region


def _quad_area(corners: list[tuple[float, float]]) -> float:
    area = 0.0
    for (x1, y1), (x2, y2) in zip(corners, corners[1:] + corners[:1], strict=True):
        area += x1 * y2 - x2 * y1
    return area / 2


def unwarp(image: Any, corners: list[tuple[float, float]]) -> Any:
    """The quadrilateral `corners` of `image` mapped onto an upright rectangle."""
    import numpy as np
    from PIL import Image

    (tl, tr, br, bl) = [np.asarray(c, dtype=float) for c in corners]
    width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    inset = 0.006 * min(width, height)  # the page's own edge would be read as a rule
    out = [
        (-inset, -inset),
        (width + inset, -inset),
        (width + inset, height + inset),
        (-inset, height + inset),
    ]
    rows, rhs = [], []
    for (x, y), (u, v) in zip(out, [tl, tr, br, bl], strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    coeffs = np.linalg.solve(np.asarray(rows), np.asarray(rhs))
    return image.transform(
        (round(width), round(height)),
        Image.Transform.PERSPECTIVE,
        tuple(float(c) for c in coeffs),
        Image.Resampling.BICUBIC,
        fillcolor=255,
    )


def ink_of(image: Any, side: int = 800) -> Any:
    """A small boolean copy of `image`: True where there is ink (text)."""
    import numpy as np

    small, _ = small_copy(image, side)
    values = np.asarray(small, dtype=np.int16)
    return values < min(otsu(values), 200)


def _sharpness(ink: Any, axis: int) -> float:
    """How sharply the ink gathers into lines along `axis` (1: rows, 0: columns)."""
    import numpy as np

    profile = ink.sum(axis=axis).astype(float)
    return float(np.sum(np.diff(profile) ** 2)) / max(1.0, float(profile.sum()))


def runs_sideways(ink: Any) -> bool:
    """The text of the page whose ink is `ink` runs vertically: its columns, levelled, gather
    into lines more sharply than its rows do (judged on the middle of the frame, away from a
    desk or page edge left in view)."""
    import numpy as np

    height, width = ink.shape
    middle = ink[height // 5 : height - height // 5, width // 5 : width - width // 5]
    if middle.sum() < 200:
        return False
    return _level(np.rot90(middle))[1] > _SIDEWAYS * _level(middle)[1]


_ROTATE = re.compile(r"Rotate:\s*(\d+)")


_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")
# osd's confidence that an upright-looking page is upside down, below which it is left as it
# is: turning a right page over would lose all of it, leaving a wrong one loses only it.
_UPSIDE_DOWN_CONFIDENCE = 2.0
# Ink above the lines' middle band over ink below it, from which a page is taken as upright
# without asking osd (upright Vietnamese text: well above 1; turned over: well below).
_UPRIGHT_MARKS = 1.3


def marks_above(ink: Any) -> float:
    """Over the text lines of a level page: ink above each line's middle band (the rows of
    the x-height, where most of its ink lies) over ink below it."""
    import numpy as np

    rows = ink.sum(axis=1).astype(float)
    if rows.max(initial=0) <= 0:
        return 1.0
    inked = rows > 0.08 * rows.max()
    above = below = 0.0
    start = None
    for index, on in enumerate([*inked.tolist(), False]):
        if on and start is None:
            start = index
        elif not on and start is not None:
            line = rows[start:index]
            band = np.flatnonzero(line >= 0.5 * line.max())
            above += float(line[: band[0]].sum())
            below += float(line[band[-1] + 1 :].sum())
            start = None
    return above / max(below, 1.0)


def orientation(image: Any, tesseract: str) -> tuple[int, float] | None:
    """Tesseract's orientation script (osd): the clockwise turn (0, 90, 180, 270) that makes
    the page upright, and how sure it is; None when it cannot tell."""
    with tempfile.TemporaryDirectory(prefix="nhacviec-osd-") as folder:
        path = os.path.join(folder, "page.png")
        try:
            image.save(path, format="PNG")
            done = subprocess.run(  # noqa: S603 - our tool path and temporary file
                [tesseract, path, "stdout", "--psm", "0", "-l", "osd"],
                capture_output=True,
                timeout=60,
                check=False,
                env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            )
        except (OSError, subprocess.TimeoutExpired):
            return None
    said = done.stdout.decode("utf-8", "replace")
    turn, sure = _ROTATE.search(said), _CONFIDENCE.search(said)
    if turn is None:
        return None
    return int(turn[1]), float(sure[1]) if sure else 0.0


def _sideways_turn(image: Any, tesseract: str | None) -> int:
    """Pillow's counter-clockwise degrees (0, 90, 180 or 270) to make a page that looks sideways
    upright, as Tesseract's orientation script (osd) says; 270 when it cannot tell."""
    if tesseract:
        found = orientation(image, tesseract)
        if found and found[0] in {0, 90, 180, 270}:
            # osd's "Rotate" is clockwise; Pillow turns counter-clockwise. "0": the page reads
            # upright after all (the ink only looked sideways): no turn.
            return (360 - found[0]) % 360
        log.info("orientation of a sideways photo not found; turned clockwise")
    return 270


def upside_down(image: Any, ink: Any, tesseract: str | None) -> bool:
    """Is a level page upside down (photographed from the far side of the desk)? A page whose
    lines carry clearly more ink above their middle band than below is upright (Vietnamese
    marks its tones, circumflexes and breves above the letters, and ascenders outnumber
    descenders); otherwise osd is asked (a second). Without Tesseract, no."""
    if not tesseract or marks_above(ink) >= _UPRIGHT_MARKS:
        return False
    found = orientation(image, tesseract)
    return found is not None and found[0] == 180 and found[1] >= _UPSIDE_DOWN_CONFIDENCE


def skew_angle(ink: Any) -> float:
    """Degrees to turn the page whose ink is `ink` counter-clockwise (Pillow) to level its
    text lines; 0.0 when no angle stands out."""
    if ink.sum() < 200:
        return 0.0
    angle, best = _level(ink)
    return angle if best > 1.05 * _level(ink, (0.0,))[1] else 0.0


def _level(ink: Any, angles: tuple[float, ...] | None = None) -> tuple[float, float]:
    """The angle (of `angles`, or searched within ±_MAX_TILT) that lines the ink up into the
    sharpest rows, and that sharpness."""
    import numpy as np
    from PIL import Image

    picture = Image.fromarray(ink.astype("uint8") * 255)

    def score(angle: float) -> float:
        turned = picture.rotate(angle, resample=Image.Resampling.NEAREST, expand=False)
        return _sharpness(np.asarray(turned) > 0, 1)

    if angles is not None:
        return max(((a, score(a)) for a in angles), key=lambda pair: pair[1])
    coarse = max(
        ((float(a), score(a)) for a in range(-int(_MAX_TILT), int(_MAX_TILT) + 1)),
        key=lambda pair: pair[1],
    )
    fine = [coarse[0] + step / 10 for step in range(-6, 7) if step]
    return max([coarse, *((a, score(a)) for a in fine)], key=lambda pair: pair[1])


def even_light(image: Any) -> Any:
    """`image` with its background brought to white: each pixel divided by the local paper
    brightness (the text closed away on a small copy, blurred, scaled back up)."""
    import numpy as np
    from PIL import Image, ImageFilter

    small, _ = small_copy(image, 300)  # 7 px of 300: wider than a line of body text or a heading
    paper = small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.GaussianBlur(4))
    paper = paper.resize(image.size, Image.Resampling.BILINEAR)
    values = np.asarray(image, dtype=np.float32)
    light = np.maximum(np.asarray(paper, dtype=np.float32), 1.0)
    out = np.clip(values * (255.0 / light), 0, 255)
    return Image.fromarray(out.astype(np.uint8), mode="L")
