"""Sizes and colours, relative to the system font so a larger system font makes everything larger.

Nothing sets a font size in pixels or points directly: sizes are factors of the font the
widget already has (which follows the desktop's setting).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo

SELF_COMPLETE_SCALE = 1.5  # text size in self-complete mode, relative to the clinician's

# Band panels: a light tint and a dark border; the words and the icon carry the meaning.
BAND_TINTS = {
    "green": ("#e6f4ea", "#1e7b3a"),
    "yellow": ("#fff6d6", "#8a6a00"),
    "red": ("#fbe9e7", "#b3261e"),
}


def indicator_style(font: QFont) -> str:
    """Radio buttons and check boxes as large as the text (self-complete mode)."""
    size = max(20, round(QFontInfo(font).pixelSize() * 1.2))
    return f"QRadioButton::indicator, QCheckBox::indicator {{ width: {size}px; height: {size}px; }}"


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    if bold:
        font.setBold(True)
    return font


def band_style(colour: str, object_name: str) -> str:
    tint, border = BAND_TINTS.get(colour, ("#f0f0f0", "#555555"))
    return (
        f"#{object_name} {{ background: {tint}; border: 2px solid {border};"
        " border-radius: 6px; }"
        f"#{object_name} QLabel {{ color: #1a1a1a; background: transparent; }}"
    )
