"""Every screen and dialog (``tests.ui.tour``), in Danish and English, on a 1366x768 and a
1280x720 screen with a taskbar: one Alt-letter per control in each window, the window no larger
than the screen, every button inside its window (or reachable by scrolling), no wrapped text
cut, a focus ring on every control Tab stops at; every dialog has a default button, opens with
the focus in its content (not on the hide button) and closes on Escape (the tour closes them
so)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from screening_app.ui import screen_fit
from screening_app.ui.quick_hide_button import QuickHideButton
from screening_app.ui.style import FOCUS_COLOUR
from tests.ui.layout_checks import (
    cut_labels,
    missing_focus_rings,
    mnemonic_clashes,
    unreachable_buttons,
)
from tests.ui.tour import Tour

pytestmark = pytest.mark.gui  # about 2.5 s per case: in the fast loop on purpose


def _documents(tmp_path: Path, shell: Any, holder: dict[str, Any]) -> Any:
    """The real documents part (referral, notification, card, plan, preview, directory)."""
    from screening_app.app import document_actions

    def factory(user: Any, window: Any) -> Any:
        directory = holder["flow"].clinic.directory
        return document_actions(tmp_path, lambda: shell.language.code, directory)(user, window)

    return factory


def dialog_keys(dialog: QDialog) -> list[str]:
    """A default button that Return presses, and the focus in the content."""
    problems = []
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    if len(defaults) != 1:
        problems.append(f"default buttons: {[b.text() for b in defaults]}")
    focus = QApplication.focusWidget()
    if focus is None or not dialog.isAncestorOf(focus) or isinstance(focus, QuickHideButton):
        problems.append(f"the focus starts on {focus!r}")
    return problems


@pytest.mark.parametrize("case", [("da", 1366, 768), ("da", 1280, 720), ("en", 1280, 720)])
def test_every_screen_and_dialog(
    app_flow: Any,
    shell: Any,
    qtbot: Any,
    *,
    tmp_path: Path,
    monkeypatch: Any,
    case: tuple[str, int, int],
) -> None:
    lang, width, height = case
    screen = QRect(0, 0, width, height)
    area = screen_fit.usable_part(screen, screen)  # a taskbar the platform did not report
    room = screen_fit.client_room(area)  # and a title bar
    monkeypatch.setattr(screen_fit, "usable_area", lambda _widget=None: area)
    window = shell.window
    assert window.fit_to_screen(area)  # smaller than the preferred size: maximised
    window.showNormal()  # the offscreen platform would maximise to its own screen size
    window.setGeometry(room)
    shell.language.set_language(lang)
    holder: dict[str, Any] = {}
    problems: list[str] = []

    def visit(name: str, top: QWidget) -> None:
        top.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
        if isinstance(top, QDialog):
            problems.extend(f"{name}: {p}" for p in dialog_keys(top))
        problems.extend(f"{name}: no ring: {p}" for p in missing_focus_rings(top, FOCUS_COLOUR))
        if top.width() > room.width() or top.height() > room.height():
            problems.append(f"{name}: the window is {top.width()}x{top.height()}")
        for key, owners in mnemonic_clashes(top).items():
            problems.append(f"{name}: {key} " + " / ".join(owners))
        problems.extend(f"{name}: out of reach: {b}" for b in unreachable_buttons(top))
        problems.extend(f"{name}: cut: {label}" for label in cut_labels(top))

    flow = app_flow(setup=False, documents=_documents(tmp_path, shell, holder))
    holder["flow"] = flow
    stops = Tour(flow, qtbot, visit).run()
    assert len(stops) > 40
    assert not problems, "\n".join(problems)
