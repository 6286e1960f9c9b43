"""'Ønsker ikke at svare' on every question: its own key (Alt+E), named for screen readers, in
clinician and self-complete mode; recorded as DECLINED, distinct from clearing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from screening_app.domain.answers import DECLINED
from screening_app.domain.instrument import is_question
from tests.ui.keys import focus_widget
from tests.ui.layout_checks import mnemonics

pytestmark = pytest.mark.gui


def _press_decline_key(qtbot: Any, runner: Any) -> None:
    """Alt+E, as typed (a mnemonic fires in the active window only, and only when no other
    control there has it: else Qt moves the focus instead of clicking); waits until the session
    holds the change (the button clicks after a short animation)."""
    window = runner.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert len(mnemonics(window)["ALT+E"]) == 1, mnemonics(window)["ALT+E"]
    link_id = runner.current_link_id
    was_declined = runner.session.given(link_id) is DECLINED
    qtbot.keyClick(focus_widget(runner), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: (runner.session.given(link_id) is DECLINED) != was_declined)


def test_every_question_offers_it_with_a_name_and_a_key(make_runner: Any) -> None:
    runner = make_runner()
    session = runner.session
    session.answer("q-bool", True)
    session.answer("q-multi", ["tomato"])
    runner._refresh_visibility()
    for link_id in runner._nav.pageable:
        if not session.is_visible(link_id):
            continue
        runner.go_to(link_id)
        page = runner.current_page()
        if not is_question(page.item):
            assert page.decline_button is None
            continue
        button = page.decline_button
        assert button is not None, link_id
        assert button.isVisible()
        assert button.isCheckable()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName() == "Ønsker ikke at svare"
        assert button.accessibleDescription() == "Alt+E"
        assert "Alt+E: ønsker ikke at svare." in runner._hint.text()


def test_the_key_records_declined_and_a_second_press_takes_it_back(
    make_runner: Any, sink: Any, qtbot: Any
) -> None:
    runner = make_runner()
    runner.go_to("q-choice")
    _press_decline_key(qtbot, runner)
    assert sink.answers == [("q-choice", DECLINED)]
    assert runner.session.is_declined("q-choice")
    page = runner.current_page()
    assert page.decline_button.isChecked()
    assert page.declined_note.isVisible()
    assert not any(b.isChecked() for b in page.input._buttons)
    assert runner._overview.is_declined("q-choice")
    row = runner._overview._rows["q-choice"]
    assert row.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", ønsker ikke at svare")
    _press_decline_key(qtbot, runner)
    assert sink.answers[-1] == ("q-choice", None)
    assert runner.session.given("q-choice") is None
    assert not runner._overview.is_declined("q-choice")


def test_an_answer_replaces_declined_and_declined_satisfies_required(
    make_runner: Any, sink: Any, qtbot: Any
) -> None:
    runner = make_runner()
    runner.go_to("q-string")
    _press_decline_key(qtbot, runner)
    assert runner.session.is_declined("q-string")
    assert runner.current_page().input.field.text() == ""
    runner.go_to("q-choice")
    _press_decline_key(qtbot, runner)
    runner.current_page().input.choose(2)
    assert runner.session.given("q-choice") == "b"
    assert not runner.current_page().decline_button.isChecked()
    assert sink.last("q-choice") == "b"
    # required questions: declining one counts as given, so the runner goes on
    runner.go_to("q-choice")
    runner.current_page().clear_button.click()
    runner.advance()
    assert runner.current_link_id == "q-choice"  # required and empty: stays
    _press_decline_key(qtbot, runner)
    runner.advance()
    assert runner.current_link_id != "q-choice"


def test_self_complete_offers_it_in_the_persons_language(make_runner: Any, qtbot: Any) -> None:
    runner = make_runner(lang="en", self_complete=True)
    runner.go_to("q-choice")
    button = runner.current_page().decline_button
    assert runner.self_complete
    assert button.accessibleName() == "Prefer not to answer"
    assert button.isVisible()
    _press_decline_key(qtbot, runner)
    assert runner.session.is_declined("q-choice")


def test_a_language_change_keeps_the_question_on_screen(make_runner: Any, shell: Any) -> None:
    """The pages are made anew in the new language: the same question, not the hand-back page
    (with the pages gone, the stack would otherwise show the page that is left)."""
    runner = make_runner()
    runner.go_to("q-string")
    runner.decline("q-string")
    shell.language.set_language("en")
    assert runner.current_link_id == "q-string"
    page = runner.current_page()
    assert page is not None
    assert runner._stack.currentWidget() is page
    assert page.decline_button.isChecked()
    assert page.decline_button.accessibleName() == "Prefer not to answer"


def test_a_stray_language_change_keeps_the_pages(make_runner: Any) -> None:
    """Qt sends every window a LanguageChange when any translator leaves the application; only
    a new language makes the pages anew (a page dropped mid-click loses the click)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    runner = make_runner()
    runner.go_to("q-choice")
    page = runner.current_page()
    QCoreApplication.postEvent(QApplication.instance(), QEvent(QEvent.Type.LanguageChange))
    QCoreApplication.sendPostedEvents(QApplication.instance(), QEvent.Type.LanguageChange)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert runner.current_page() is page
