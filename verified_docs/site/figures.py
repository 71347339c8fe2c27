"""The natural width of a figure file, so that a phone can show it at a legible scale."""

from __future__ import annotations

import re
import struct

_SVG_WIDTH = re.compile(rb'<svg\b[^>]*?\swidth="([\d.]+)(pt|px)?"')
_SVG_HEIGHT = re.compile(rb'<svg\b[^>]*?\sheight="([\d.]+)(pt|px)?"')
#: A PNG at least this many times as wide as it is tall is a chart (see :func:`fits_column`).
WIDE = 1.3
_PNG = b"\x89PNG\r\n\x1a\n"


def natural_width(data: bytes) -> float | None:
    """The width in CSS pixels of an SVG (``pt`` or ``px``) or a PNG, None for others."""
    if data.startswith(_PNG) and len(data) >= 24:
        return float(struct.unpack(">I", data[16:20])[0])
    found = _SVG_WIDTH.search(data[:4096])
    if not found:
        return None
    return float(found[1]) * (4 / 3 if found[2] == b"pt" else 1)


def natural_height(data: bytes) -> float | None:
    """The height in CSS pixels, like :func:`natural_width`."""
    if data.startswith(_PNG) and len(data) >= 24:
        return float(struct.unpack(">I", data[20:24])[0])
    found = _SVG_HEIGHT.search(data[:4096])
    if not found:
        return None
    return float(found[1]) * (4 / 3 if found[2] == b"pt" else 1)


def fits_column(data: bytes) -> bool:
    """Whether a phone shows the figure whole, scaled to the column: a grid of pictures (an
    SVG that embeds images; a PNG that is not much wider than tall, such as the notebook's
    sample grid), which a sideways scroll would cut off. Charts instead keep a legible
    scale for their text and scroll sideways."""
    if data.startswith(_PNG):
        width, height = natural_width(data), natural_height(data)
        return bool(width and height and width < WIDE * height)
    return b"<image" in data
