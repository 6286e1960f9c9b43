"""Sizes and colours, relative to the system font so a larger system font makes everything larger.

Nothing sets a font size in pixels or points directly: sizes are factors of the font the
widget already has (which follows the desktop's setting).
"""

from __future__ import annotations

from pathlib import Path

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


# The keyboard focus, on every control: a 2 px ring in one colour (contrast 6:1 on white and on
# the window's grey). The controls get one frame for every state, so the ring takes the place
# of the frame and nothing moves when the focus comes or goes.
FOCUS_COLOUR = "#1a5fb4"
FRAME_COLOUR = "#8a8a8a"


def control_style(arrow_down: Path, arrow_up: Path) -> str:
    """The style sheet of the main window (its dialogs inherit it): frames and the focus ring.

    The arrows are drawn from ``arrow_down`` and ``arrow_up`` (a styled combo box or spin box
    draws none of its own)."""
    down = arrow_down.as_posix()
    up = arrow_up.as_posix()
    return f"""
QAbstractScrollArea {{ border: 2px solid transparent; }}
QAbstractScrollArea:focus, QLabel#displayText:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
QLabel#displayText {{ border: 2px solid transparent; border-radius: 3px; }}
QPushButton {{
    border: 1px solid {FRAME_COLOUR}; border-radius: 4px; padding: 4px 12px;
    background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 #fdfdfd, stop:1 #e9e9e9);
}}
QPushButton:default {{
    background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 #f3f8ff, stop:1 #d6e4f7);
}}
QPushButton:hover {{ background: #e4edf9; }}
QPushButton:pressed, QPushButton:checked {{ background: #c9daf3; }}
QPushButton:flat {{ border-color: transparent; background: transparent; }}
QPushButton:disabled {{ color: #7a7a7a; border-color: #c4c4c4; background: #f2f2f2; }}
QPushButton:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 3px 11px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 3px; padding: 1px 2px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {FOCUS_COLOUR}; }}
QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox {{
    border: 1px solid {FRAME_COLOUR}; border-radius: 3px; padding: 2px 4px;
}}
QLineEdit, QPlainTextEdit, QAbstractSpinBox {{ background: #ffffff; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled,
QLineEdit:read-only {{ background: #f2f2f2; color: #5a5a5a; border-color: #c4c4c4; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QAbstractSpinBox:focus {{
    border: 2px solid {FOCUS_COLOUR}; padding: 1px 3px;
}}
QComboBox::drop-down, QDateEdit::drop-down {{ border: 0px; width: 20px; }}
QSpinBox::up-button, QSpinBox::down-button {{ border: 0px; width: 18px; }}
QComboBox::down-arrow, QDateEdit::down-arrow, QSpinBox::down-arrow {{
    image: url("{down}"); width: 10px; height: 6px;
}}
QSpinBox::up-arrow {{ image: url("{up}"); width: 10px; height: 6px; }}
QAbstractItemView {{ border: 1px solid {FRAME_COLOUR}; padding: 1px; }}
QAbstractItemView:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 0px; }}
QHeaderView {{ border: none; padding: 0px; }}
"""
