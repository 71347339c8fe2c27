"""The natural width of a figure file, so that a phone can show it at a legible scale."""

from __future__ import annotations

import re
import struct

_SVG_WIDTH = re.compile(rb'<svg\b[^>]*?\swidth="([\d.]+)(pt|px)?"')
_PNG = b"\x89PNG\r\n\x1a\n"


def natural_width(data: bytes) -> float | None:
    """The width in CSS pixels of an SVG (``pt`` or ``px``) or a PNG, None for others."""
    if data.startswith(_PNG) and len(data) >= 24:
        return float(struct.unpack(">I", data[16:20])[0])
    found = _SVG_WIDTH.search(data[:4096])
    if not found:
        return None
    return float(found[1]) * (4 / 3 if found[2] == b"pt" else 1)
