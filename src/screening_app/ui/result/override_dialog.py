"""The clinician's band override: choose another band and say why.

Opened with ``open()`` (window-modal, no nested event loop), so quick-hide can close it at any
moment. Screens call ``open_override_dialog``; tests may replace that function.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from screening_app import APP_NAME
from screening_app.domain.instrument import Band
from screening_app.domain.override import MAX_REASON_LENGTH
from screening_app.ui.icons import BAND_ICONS, Icons
from screening_app.ui.quick_hide_button import QuickHideButton, quick_hide_for
from screening_app.ui.result.band_words import colour_word


class OverrideChooser(Protocol):
    """Opens the override choice; calls ``on_chosen(band_id, reason)`` if one is made."""

    def __call__(
        self,
        parent: QWidget,
        *,
        bands: list[Band],
        current: str | None,
        lang: str,
        icons: Icons,
        on_chosen: Callable[[str, str], None],
    ) -> QDialog | None: ...


class OverrideDialog(QDialog):
    def __init__(
        self,
        bands: list[Band],
        current: str | None,
        lang: str,
        icons: Icons,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(APP_NAME)
        self._current = current
        self._bands = bands
        layout = QVBoxLayout(self)
        hide = quick_hide_for(parent)
        if hide is not None:  # first in the dialog's focus order, as in the main window
            action, hide_icon = hide
            hide_button = QuickHideButton(hide_icon)
            hide_button.clicked.connect(action)
            layout.addWidget(hide_button, 0, Qt.AlignmentFlag.AlignLeft)
        intro = QLabel(
            self.tr(
                "Choose the result you judge to be right, and write why. The computed "
                "result stays in the record next to yours."
            )
        )
        intro.setWordWrap(True)
        self._group = QButtonGroup(self)
        layout.addWidget(intro)
        for index, band in enumerate(bands):
            text = f"{band.title.get(lang)} ({colour_word(band.colour)})"
            button = QRadioButton(text.replace("&", "&&"))
            button.setObjectName(f"band-{band.id}")
            button.setIcon(icons.icon(BAND_ICONS[band.colour]))
            button.setIconSize(QSize(20, 20))
            button.setAccessibleName(text)
            if band.id == current:
                button.setChecked(True)
            self._group.addButton(button, index)
            layout.addWidget(button)
        reason_label = QLabel(self.tr("&Reason (required)"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change the result")
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)
        self._group.buttonClicked.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(460)
        chosen = self._group.checkedButton() or self._group.button(0)
        if chosen is not None:  # the bands first (the reason box is below them)
            chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> tuple[str, str] | None:
        index = self._group.checkedId()
        if index < 0:
            return None
        band = self._bands[index]
        reason = self.reason.toPlainText().strip()
        if band.id == self._current or not reason or len(reason) > MAX_REASON_LENGTH:
            return None
        return band.id, reason

    def _update(self, *_args: object) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() is not None)


def open_override_dialog(
    parent: QWidget,
    *,
    bands: list[Band],
    current: str | None,
    lang: str,
    icons: Icons,
    on_chosen: Callable[[str, str], None],
) -> QDialog:
    dialog = OverrideDialog(bands, current, lang, icons, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        choice = dialog.chosen()
        if choice is not None:
            on_chosen(*choice)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
