"""A scanned PDF page turned right way up before OCR: fed in upside down, or laid sideways.

A plan's appendix table is printed in landscape and its pages scanned with the portrait pages
of the plan: the scanner stores them standing on their side, text running up or down the page.
Read as it is, such a page gives nonsense (Tesseract reads the lines' cross-sections as signs):
a plan of three portrait pages and three landscape table pages lost every row of its table.
"""

from __future__ import annotations

from typing import Any

# osd reads a copy of about 1500 px (half a 300 dpi page): as sure, a fraction of the time
_OSD_SIDE = 1500
# osd's confidence that a page whose ink runs vertically is turned a quarter, below which it is
# left as it is. Measured on a real scan's three landscape table pages: 6.5-8.8.
_SIDEWAYS_CONFIDENCE = 2.0


def upright_scan(image: Any, *, tesseract: str) -> Any:
    """`image` turned right way up: a quarter turn when its text runs vertically (its columns of
    ink line up more sharply than its rows, `photo.runs_sideways`) and osd says which way; half
    a turn when it was fed into the scanner upside down (`photo.upside_down`: the ink below the
    lines, then osd). Other pages come back as they are (no turn, no resampling)."""
    from notices.readers import photo

    ink = photo.ink_of(image)
    if photo.runs_sideways(ink):
        found = photo._orientation(photo._small(image, _OSD_SIDE)[0], tesseract)
        if found is not None and found[0] in {90, 270} and found[1] >= _SIDEWAYS_CONFIDENCE:
            # osd's "Rotate" is clockwise, Pillow turns counter-clockwise
            return image.rotate(360 - found[0], expand=True, fillcolor=255)
    if not photo.upside_down(photo._small(image, _OSD_SIDE)[0], ink, tesseract):
        return image
    return image.rotate(180, expand=True, fillcolor=255)
