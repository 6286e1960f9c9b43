"""The quick-hide button: in the main window's top bar, and in every dialog of ours.

A modal dialog blocks clicks on the window behind it, so a dialog carries its own button,
first in its focus order, that hides exactly as the main one does. ``quick_hide_for`` finds
the hide action of the window a widget lives in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QWidget


class QuickHideButton(QPushButton):
    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickHideButton")
        self.setIcon(icon)
        self.setIconSize(QSize(20, 20))
        self.setAutoDefault(False)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setText(self.tr("Hide (F12)"))
        self.setAccessibleName(self.tr("Hide the screen"))
        self.setAccessibleDescription(
            self.tr("Hides everything at once and locks. Also F12, or Shift three times.")
        )
        self.setToolTip(self.tr("F12, or Shift three times"))


def quick_hide_for(widget: QWidget | None) -> tuple[Callable[[], None], QIcon] | None:
    """The hide action and icon of the main window ``widget`` is in, if it has one."""
    window = widget.window() if widget is not None else None
    action = getattr(window, "request_quick_hide", None)
    icon = getattr(window, "quick_hide_icon", None)
    if callable(action) and isinstance(icon, QIcon):
        return action, icon
    return None
