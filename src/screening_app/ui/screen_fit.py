"""Windows that fit the screen they open on.

The usable part of a screen is its available geometry (the desktop without its taskbar and
panels); when the platform reports nothing reserved (some X11 set-ups, a bare Xvfb), room for a
taskbar is left anyway. A window's frame (title bar and borders) is not known before it is
shown, so room for one is left as well. The main window opens at its preferred size, centred,
when that fits, and maximised when the screen is smaller than that (a 1366x768 laptop): every
screen scrolls rather than pushing its buttons off, so a smaller window only scrolls more.
Dialogs keep their preferred size where it fits and shrink to the usable area where it does
not.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED_WINDOW = QSize(1200, 800)
TASKBAR_ROOM = 48  # px left at the bottom when the platform reserves nothing itself
FRAME_ROOM = QMargins(8, 32, 8, 8)  # a title bar and borders, before the window manager says


def usable_area(widget: QWidget | None = None) -> QRect:
    """The part of the screen ``widget`` opens on (else the primary one) that windows may use."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return usable_part(screen.geometry(), screen.availableGeometry())


def usable_part(geometry: QRect, available: QRect) -> QRect:
    if available == geometry:  # nothing reported as reserved: leave room for a taskbar
        return available.adjusted(0, 0, 0, -TASKBAR_ROOM)
    return available


def client_room(area: QRect) -> QRect:
    """Where a window's contents may go in ``area``, its frame left aside."""
    return area.marginsRemoved(FRAME_ROOM)


def window_geometry(area: QRect, preferred: QSize = PREFERRED_WINDOW) -> QRect | None:
    """The main window's place in ``area``: the preferred size centred, or None when it does
    not fit (then the window opens maximised)."""
    room = client_room(area)
    if preferred.width() > room.width() or preferred.height() > room.height():
        return None
    rect = QRect(QPoint(0, 0), preferred)
    rect.moveCenter(room.center())
    return rect


def fit_window(window: QWidget, area: QRect | None = None) -> bool:
    """Give the main window its start geometry; True when it opens maximised (it is shown
    then). No ``Qt`` namespace here: it costs the first window some 20 ms to load."""
    area = area or usable_area(window)
    geometry = window_geometry(area)
    if geometry is not None:
        if window.isMaximized():
            window.showNormal()
        window.setGeometry(geometry)
        return False
    window.setGeometry(client_room(area))  # where it goes back to when un-maximised
    window.showMaximized()
    return True


def dialog_size(wanted: QSize, area: QRect) -> QSize:
    return wanted.boundedTo(client_room(area).size())


def fit_dialog(dialog: QWidget, wanted: QSize, area: QRect | None = None) -> None:
    """Resize ``dialog`` to ``wanted``, or to what the screen has room for."""
    dialog.resize(dialog_size(wanted, area or usable_area(dialog.parentWidget() or dialog)))
