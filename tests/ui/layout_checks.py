"""What a keyboard user and a small screen need from every window, checked on what is on screen.

- ``mnemonic_clashes``: two visible, enabled controls of one window with the same Alt-letter
  (buttons, check boxes, radio buttons, group boxes, and labels with a buddy). Qt does not click
  an ambiguous mnemonic: it moves the focus between the controls that share it, so a clash
  makes the letter useless for all of them.
- ``unreachable_buttons``: a visible button that lies (partly) outside its window, or is cut by
  a parent that does not scroll: the person cannot see or click it. A button inside a scroll
  area counts as reachable when scrolling brings it into view.
- ``cut_labels``: a visible word-wrapped label shorter than its text needs.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QScrollArea,
    QWidget,
)


def _owned(window: QWidget) -> list[QWidget]:
    """The visible widgets of ``window`` itself (not of dialogs that have it as parent)."""
    return [
        w for w in [window, *window.findChildren(QWidget)] if w.window() is window and w.isVisible()
    ]


def mnemonic_text(widget: QWidget) -> str | None:
    """The text whose ``&`` letter gives ``widget`` a shortcut, or None."""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt-letter -> the controls that have it (visible and enabled), described."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in _owned(window):
        if not widget.isEnabled():
            continue
        text = mnemonic_text(widget)
        if not text:
            continue
        key = QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)
        if key:
            found[key.upper()].append(f"{type(widget).__name__} {text!r}")
    return dict(found)


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: owners for key, owners in mnemonics(window).items() if len(owners) > 1}


def _scroll_area_of(widget: QWidget, window: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` not cut by its parents or the window, in window coordinates."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        if parent is window:
            break
        parent = parent.parentWidget()
    return rect


def _describe(button: QAbstractButton) -> str:
    return f"{button.objectName() or type(button).__name__} {button.text()!r}"


def unreachable_buttons(window: QWidget) -> list[str]:
    """Visible buttons the person cannot bring fully into view."""
    bad = []
    for widget in _owned(window):
        if not isinstance(widget, QAbstractButton) or widget.size().isEmpty():
            continue
        full = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if _visible_rect(widget, window) == full:
            continue
        area = _scroll_area_of(widget, window)
        if area is not None and _visible_rect(area, window) == QRect(
            area.mapTo(window, QPoint(0, 0)), area.size()
        ):
            area.ensureWidgetVisible(widget, 0, 0)
            QApplication.processEvents()
            full = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if _visible_rect(widget, window) == full:
                continue
        bad.append(_describe(widget))
    return bad


def cut_labels(window: QWidget) -> list[str]:
    """Visible word-wrapped labels with less height than their text needs at their width."""
    bad = []
    for widget in _owned(window):
        if not isinstance(widget, QLabel) or not widget.wordWrap() or not widget.text():
            continue
        needed = widget.heightForWidth(widget.width())
        if needed > widget.height():
            bad.append(
                f"{widget.objectName() or 'QLabel'} {widget.text()[:60]!r}: "
                f"{widget.height()} px high, needs {needed}"
            )
    return bad


def tab_stops(window: QWidget) -> list[QWidget]:
    """The controls Tab stops at in ``window``: visible, enabled, taking focus by Tab, and not
    handing it to another widget."""
    return [
        w
        for w in _owned(window)
        if w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not w.size().isEmpty()
    ]


def _ring_pixels(widget: QWidget, colour: QColor) -> int:
    image = widget.grab().toImage()
    rgb = colour.rgb()
    return sum(
        1
        for y in range(image.height())
        for x in (*range(min(3, image.width())), *range(max(0, image.width() - 3), image.width()))
        if image.pixel(x, y) == rgb
    )


def missing_focus_rings(window: QWidget, colour: str) -> list[str]:
    """Controls whose left and right edges show no more of the focus colour with the focus
    than without it (a ring is drawn all around, so both edges show it)."""
    ring = QColor(colour)
    bad = []
    previous = QApplication.focusWidget()
    for widget in tab_stops(window):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        focused = _ring_pixels(widget, ring) if widget.hasFocus() else -1
        widget.clearFocus()
        QApplication.processEvents()
        unfocused = _ring_pixels(widget, ring)
        if focused < unfocused + widget.height():  # at least a line down each side
            name = widget.objectName() or type(widget).__name__
            bad.append(f"{name} {mnemonic_text(widget) or ''!r}: {focused} vs {unfocused}")
    if previous is not None and previous.isVisible():
        previous.setFocus(Qt.FocusReason.OtherFocusReason)
    return bad
