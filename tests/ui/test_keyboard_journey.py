"""The whole consultation by keyboard only, in the real window, as a first-time user takes it:
log in, register a new person, ask now, confirm the gate, answer the screen (a positive one),
go on to the safety check the result recommends, answer it (a red flag), open the pocket card
from the result's next steps and preview it. No mouse, no reaching into widgets: every key goes
to the widget with the focus (Alt+letter to a control's own key, digits to an answer, Return to
the screen's main button, Tab to the next control). The test counts the keys; the README quotes
the count.

Figures: ``NAVIGATION_KEYS`` keys that move through the program (Tab, Return, Space, Escape,
Alt+key and the answer digits: 2 to log in, 1 to skip the PIN, 4 to register the person and ask
now, 14 at the gate, 17 for the screen's 8 questions, 1 to go on to the safety check, 21 for its
10 questions, 1 for the card and 1 to preview it), plus ``TYPED_CHARACTERS`` characters typed. The
issue's review counted 125 navigation keys and 7 dead ends on the same path before the keyboard
work; this path has no dead end (every key lands where the next step is).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.ui.clinic import ADMIN, ADMIN_PASSWORD
from tests.ui.journey import current

pytestmark = pytest.mark.gui

# The path's navigation keys: a change to the screens that makes the path longer fails here
# (and the README's figure must then be measured again).
NAVIGATION_KEYS = 64
TYPED_CHARACTERS = 57  # the user name, the password, the person's name, the expected date


@dataclass
class Keyboard:
    qtbot: Any
    window: QWidget
    keys: list[str] = field(default_factory=list)
    typed: int = 0

    def focus(self) -> QWidget:
        top = _dialog() or self.window  # a dialog opened over the window gets the keys
        if QApplication.activeWindow() is not top:
            # The offscreen platform drops the activation after a mnemonic's click, and gives
            # a new dialog its own a moment later (a desktop does both at once): wait for it,
            # or give it back as the window manager would. No key is pressed.
            top.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=3000)
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
        focus = QApplication.focusWidget()
        assert focus is not None, self.keys[-3:]
        return focus

    def press(self, key: Qt.Key, alt: bool = False, name: str = "") -> None:
        modifier = Qt.KeyboardModifier.AltModifier if alt else Qt.KeyboardModifier.NoModifier
        self.keys.append(("Alt+" if alt else "") + (name or Qt.Key(key).name))
        self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        self.typed += len(text)
        self.qtbot.keyClicks(self.focus(), text)

    def alt(self, control: QAbstractButton | QWidget, text: str | None = None) -> None:
        """The control's own key, as its underlined letter shows it."""
        shown = text if text is not None else control.text()  # type: ignore[attr-defined]
        index = shown.find("&")
        assert index >= 0, shown
        letter = shown[index + 1].upper()
        key = getattr(Qt.Key, f"Key_{letter}", None)
        if key is None:  # Danish letters
            key = {"Æ": Qt.Key.Key_AE, "Ø": Qt.Key.Key_Ooblique, "Å": Qt.Key.Key_Aring}[letter]
        self.press(key, alt=True, name=letter)

    def until(self, condition: Callable[[], bool]) -> None:
        self.qtbot.waitUntil(condition, timeout=3000)


def label_of(widget: QWidget) -> QLabel:
    """The label that names a field (its underlined letter is the field's key)."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label
    raise AssertionError(f"no label for {widget.objectName()}")


def _dialog() -> Any:
    """The dialog on top (the window-modal one that takes the keys), or None."""
    from PySide6.QtWidgets import QDialog

    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog) and modal.isVisible():
        return modal
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    # a dialog opened over another is its child window: the deepest one is on top
    return max(shown, key=_depth) if shown else None


def _depth(widget: QWidget) -> int:
    depth = 0
    while widget.parentWidget() is not None:
        widget = widget.parentWidget()
        depth += 1
    return depth


def _screen(flow: Any, qtbot: Any, name: str) -> Any:
    """The screen now shown (a button's key clicks it after a short animation: wait for it)."""
    qtbot.waitUntil(lambda: current(flow).objectName() == name, timeout=3000)
    return current(flow)


def test_login_to_the_pocket_card_by_keyboard(
    app_flow: Callable[..., Any], qtbot: Any, tmp_path: Any
) -> None:
    from screening_app.app import document_actions

    holder: dict[str, Any] = {}

    def documents(user: Any, window: Any) -> Any:
        return document_actions(tmp_path, lambda: "da", holder["flow"].clinic.directory)(
            user, window
        )

    flow = app_flow(documents=documents)
    holder["flow"] = flow
    flow.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is flow.window)
    kb = Keyboard(qtbot, flow.window)

    # Log in: the user name field has the focus.
    kb.type(ADMIN)
    kb.press(Qt.Key.Key_Tab)
    kb.type(ADMIN_PASSWORD)
    kb.press(Qt.Key.Key_Return)
    kb.until(lambda: current(flow).objectName() in ("pinScreen", "personSearchScreen"))
    if current(flow).objectName() == "pinScreen":
        kb.press(Qt.Key.Key_Escape)  # a PIN: not now
    search = _screen(flow, qtbot, "personSearchScreen")

    # A new person: its own key, then the name, the expected date, Return saves.
    kb.alt(search.new_button)
    form = _screen(flow, qtbot, "personForm")
    assert kb.focus() is form.name
    kb.type("Mette Hansen")
    kb.alt(form.child_date, label_of(form.child_date).text())
    kb.type("01.09.2026")  # expected (the default kind)
    kb.press(Qt.Key.Key_Return)  # saves
    page = _screen(flow, qtbot, "personPage")
    assert kb.focus() is page.ask_button
    kb.press(Qt.Key.Key_Return)  # ask now
    gate = _screen(flow, qtbot, "gateScreen")
    assert kb.focus() is gate.circumstances.forms["in-person"]
    kb.press(Qt.Key.Key_Tab)  # "the person is alone"
    kb.press(Qt.Key.Key_Space)
    for _ in range(6):  # past who else is there (nobody), to "no interpreter"
        kb.press(Qt.Key.Key_Tab)
    kb.press(Qt.Key.Key_Space)
    for _point in ("time", "confidentiality"):
        kb.press(Qt.Key.Key_Tab)
        kb.press(Qt.Key.Key_Space)
    assert gate.gate.may_ask
    kb.press(Qt.Key.Key_Return)  # start the questions
    consultation = flow.persons.consultation
    kb.until(lambda: consultation.runner is not None and consultation.runner.isVisible())
    answer(kb, consultation, yes={"afraid"})
    result = _screen(flow, qtbot, "resultScreen")
    # The result: the safety check it recommends is the first next step, and has the focus.
    assert result.next_buttons[0].objectName() == "followUp-safety-check"
    assert kb.focus() is result.next_buttons[0]
    kb.press(Qt.Key.Key_Return)  # finalise the screen and run the safety check
    kb.until(lambda: consultation.runner is not None and consultation.runner.isVisible())
    answer(kb, consultation, yes={"strangulation", "safe-home-today"})
    result = _screen(flow, qtbot, "resultScreen")
    assert result.step.shown.band is not None
    assert result.step.shown.band.colour == "red"
    names = [b.objectName() for b in result.next_buttons]
    assert names[0] == "next-safety-plan"  # the same-day action first
    card = names.index("next-resource-card")
    kb.press(getattr(Qt.Key, f"Key_{card + 1}"), alt=True, name=str(card + 1))
    kb.until(lambda: _dialog() is not None)
    dialog = _dialog()
    assert type(dialog).__name__ == "CardDialog"
    kb.press(Qt.Key.Key_Return)  # its main button: show the card
    kb.until(lambda: type(_dialog()).__name__ == "PreviewDialog")
    preview = _dialog()
    assert preview.isVisible()
    assert (len(kb.keys), kb.typed) == (NAVIGATION_KEYS, TYPED_CHARACTERS), kb.keys


def answer(kb: Keyboard, consultation: Any, *, yes: set[str]) -> None:
    """Every question by its number key (1 yes, 2 no), Return to go on, until the result."""
    from screening_app.domain.instrument import ChoiceItem

    for _ in range(60):
        if consultation.result_screen is not None and consultation.result_screen.isVisible():
            return
        runner = consultation.runner
        page = runner.current_page()
        if page is not None and isinstance(page.item, ChoiceItem):
            codes = [o.code for o in page.item.options]
            wanted = "yes" if page.item.link_id in yes else "no"
            number = codes.index(wanted) + 1 if wanted in codes else len(codes)
            kb.press(getattr(Qt.Key, f"Key_{number}"))
        kb.press(Qt.Key.Key_Return)
    raise AssertionError("the result did not show")
