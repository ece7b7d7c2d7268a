"""A scanned PDF page turned right way up before OCR: fed in upside down, or laid sideways.

A plan's appendix table is printed in landscape and its pages scanned with the portrait pages
of the plan: the scanner stores them standing on their side, text running up or down the page.
Read as it is, such a page gives nonsense (Tesseract reads the lines' cross-sections as signs):
a plan of three portrait pages and three landscape table pages lost every row of its table.
"""

from __future__ import annotations

from typing import Any

# osd reads a copy of about 1500 px (half a 300 dpi page) for the upside-down question: as sure,
# a fraction of the time
_OSD_SIDE = 1500
# osd's confidence that a page whose ink runs vertically is turned a quarter (or over), below
# which it is left as it is. osd reads such a page whole (asked rarely): on a 1-bit page of 40 px
# serif text the whole page gives about 20, a 1500 px copy 0.1-3, some of them the wrong way.
_SIDEWAYS_CONFIDENCE = 2.0


def upright_scan(image: Any, *, tesseract: str) -> Any:
    """`image` turned right way up: a quarter turn when its text runs vertically (its columns of
    ink line up more sharply than its rows, `photo.runs_sideways`) and osd, reading the whole
    page, says which way; half a turn when it was fed into the scanner upside down
    (`photo.upside_down`: the ink below the lines, then osd). A sideways-looking page osd has
    read is not asked again. Other pages come back as they are (no turn, no resampling)."""
    from notices.readers import photo

    ink = photo.ink_of(image)
    if photo.runs_sideways(ink):
        grey = image if image.mode in {"L", "RGB"} else image.convert("L")
        found = photo.orientation(grey, tesseract)
        if found is None or found[1] < _SIDEWAYS_CONFIDENCE or found[0] == 0:
            return image
        # osd's "Rotate" is clockwise, Pillow turns counter-clockwise
        return image.rotate(360 - found[0], expand=True, fillcolor=255)
    if not photo.upside_down(photo.small_copy(image, _OSD_SIDE)[0], ink, tesseract):
        return image
    return image.rotate(180, expand=True, fillcolor=255)
