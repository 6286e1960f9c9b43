"""The parts of the result screen, each a small widget built from the result's data.

Every text here comes from the instrument (band, flag and step texts) or from the translated
UI strings; none is clinical wording of our own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from screening_app.domain.instrument import Band, Flag
from screening_app.ui.icons import BAND_ICONS, Icons
from screening_app.ui.result.band_words import colour_word
from screening_app.ui.style import band_style, scaled_font

ICON_SIZE = 48


def text_label(text: str, object_name: str = "", font: QFont | None = None) -> QLabel:
    label = QLabel(text)
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if font is not None:
        label.setFont(font)
    return label


def heading(text: str, base: QFont) -> QLabel:
    label = text_label(text, "sectionHeading", scaled_font(base, 1.2, bold=True))
    label.setAccessibleName(text)
    return label


def band_panel(
    band: Band,
    *,
    lang: str,
    fallback: str,
    icons: Icons,
    base: QFont,
    overridden_from: tuple[Band | None, str] | None,
) -> QFrame:
    """The band: icon, colour in words, title, text; and the override when there is one."""
    panel = QFrame()
    panel.setObjectName("bandPanel")
    panel.setStyleSheet(band_style(band.colour, "bandPanel"))
    row = QHBoxLayout(panel)
    row.setContentsMargins(16, 12, 16, 12)
    row.setSpacing(16)
    icon = QLabel()
    icon.setObjectName("bandIcon")
    icon.setPixmap(icons.pixmap(BAND_ICONS[band.colour], ICON_SIZE, panel.devicePixelRatioF()))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    colour = colour_word(band.colour)
    icon.setAccessibleName(colour)
    row.addWidget(icon)
    column = QVBoxLayout()
    title = band.title.get(lang, fallback)
    headline = QCoreApplication.translate("ResultSections", "Result: {0} ({1})").format(
        title, colour
    )
    column.addWidget(text_label(headline, "bandTitle", scaled_font(base, 1.4, bold=True)))
    column.addWidget(text_label(band.text.get(lang, fallback), "bandText"))
    if overridden_from is not None:
        computed, reason = overridden_from
        if computed is None:
            was = "-"
        else:
            was = f"{computed.title.get(lang, fallback)} ({colour_word(computed.colour)})"
        column.addWidget(
            text_label(
                QCoreApplication.translate(
                    "ResultSections",
                    "Changed by the health professional. Computed result: {0}. Reason: {1}",
                ).format(was, reason),
                "overrideNote",
            )
        )
    row.addLayout(column, 1)
    panel.setAccessibleName(headline)
    return panel


def flag_panel(
    flag: Flag,
    lang: str,
    fallback: str,
    icons: Icons,
    base: QFont,
    *,
    steps_title: str = "",
    urgent: bool = False,
) -> QFrame:
    """A raised flag: icon, title, text, and the flag's own steps (an urgent flag's same-day
    action list) under ``steps_title``."""
    panel = QFrame()
    panel.setObjectName("urgentPanel" if urgent else "flagPanel")
    panel.setFrameShape(QFrame.Shape.StyledPanel)
    if urgent:
        panel.setStyleSheet(band_style("red", "urgentPanel"))
    row = QHBoxLayout(panel)
    row.setContentsMargins(12, 8, 12, 8)
    icon = QLabel()
    icon.setPixmap(icons.pixmap("flag", 32, panel.devicePixelRatioF()))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    icon.setAccessibleName(QCoreApplication.translate("ResultSections", "Point of concern"))
    row.addWidget(icon)
    column = QVBoxLayout()
    title = flag.title.get(lang, fallback)
    column.addWidget(text_label(title, "flagTitle", scaled_font(base, 1.1, bold=True)))
    column.addWidget(text_label(flag.text.get(lang, fallback), "flagText"))
    steps = [step.get(lang, fallback) for step in flag.actions.steps]
    if steps:
        if steps_title:
            bold = scaled_font(base, 1.0, bold=True)
            column.addWidget(text_label(steps_title, "flagStepsTitle", bold))
        column.addWidget(numbered_steps(steps))
    row.addLayout(column, 1)
    panel.setAccessibleName(title)
    return panel


def numbered_steps(steps: list[str]) -> QWidget:
    box = QWidget()
    box.setObjectName("steps")
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setColumnStretch(1, 1)
    for index, step in enumerate(steps):
        number = QLabel(f"{index + 1}.")
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(number, index, 0)
        label = text_label(step, "step")
        label.setAccessibleName(f"{index + 1}. {step}")
        grid.addWidget(label, index, 1)
    return box
