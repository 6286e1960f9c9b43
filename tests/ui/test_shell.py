"""The composition root: the window title, the start screen, the language switch."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui


def test_start_screen_says_nothing_can_be_stored(shell: Any) -> None:
    from screening_app.app import show_start_screen

    show_start_screen(shell)
    texts = visible_texts()
    assert shell.window.windowTitle() == "TrygStart"
    assert "Der kan endnu ikke gemmes noget" in texts
    assert "Skjul (F12)" in texts


def test_language_switch_through_the_combo_box(shell: Any) -> None:
    from screening_app.app import show_start_screen

    show_start_screen(shell)
    box = shell.window.findChild(object, "languageBox")
    box.setCurrentIndex(1)
    assert shell.language.code == "en"
    texts = visible_texts()
    assert "Nothing can be stored yet" in texts
    assert "Hide (F12)" in texts
    assert shell.window.windowTitle() == "TrygStart"


def test_nobody_logged_in_quick_hide_offers_only_to_continue(shell: Any) -> None:
    shell.locker.quick_hide()
    screen = shell.window.lock_screen
    assert "Skærmen er skjult. Ingen er logget ind." in visible_texts()
    assert not screen.findChild(object, "unlockField").isVisible()
    screen.findChild(object, "continueButton").click()
    assert not shell.window.is_locked()


def test_consultation_restricts_the_top_bar_in_self_complete(shell: Any, consultation: Any) -> None:
    runner = consultation.start("test-all-types", self_complete=True)
    assert runner.self_complete
    assert not shell.window._language_box.isVisible()
    consultation.end()
    assert shell.window._language_box.isVisible()
    assert consultation.runner is None


def test_session_language_prefers_the_persons_language() -> None:
    from screening_app.ui.consultation import session_language
    from tests.ui.helpers import load_test_instrument

    instrument = load_test_instrument("all-types")
    assert session_language(instrument, ["ar", "en", "da"]) == "en"
    assert session_language(instrument, ["ar"]) == "da"


def test_start_screen_lists_instruments_after_the_first_paint(
    shell: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from screening_app.app import show_start_screen
    from tests.ui.helpers import DATA

    monkeypatch.setenv("TRYGSTART_QUESTIONNAIRES", str(DATA))
    show_start_screen(shell)
    instruments = shell.window.findChild(object, "instrumentList")
    assert instruments.text() == "Leder efter spørgeskemaer..."
    qtbot.waitUntil(lambda: instruments.text() != "Leder efter spørgeskemaer...")
    # all-types refers to test-minimal, which is not in that directory: one file, one error.
    texts = visible_texts()
    assert any("spørgeskemafiler kunne ikke læses" in t for t in texts)
