"""The result: band in words and with an icon, flags, what to do now, follow-up, override,
and the note for the record on the clipboard."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from screening_app.domain.override import BandOverride
from screening_app.domain.record_note import record_note
from tests.ui.conftest import FakeClock, FakeTimers
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui


def _result(consultation: Any, *, boxes: str, garden: bool = False) -> Any:
    runner = consultation.start("test-all-types")
    consultation.engine.answer("q-bool", garden)
    consultation.engine.answer("q-choice", boxes)
    runner._refresh_visibility()
    runner.finish()
    screen = consultation.result_screen
    assert screen is not None
    return screen


def test_red_result_has_words_icon_flags_steps_and_follow_up(consultation: Any) -> None:
    screen = _result(consultation, boxes="c")
    texts = visible_texts()
    assert "Resultat: Vild have (rød)" in texts
    assert "Haven kræver handling i dag." in texts
    icon = screen.findChild(QLabel, "bandIcon")
    assert icon is not None
    assert not icon.pixmap().isNull()
    assert icon.accessibleName() == "rød"
    assert "Mange kasser" in texts
    assert "Tjek fuglekasserne i dag." in texts
    steps = [w.text() for w in screen.findChildren(QLabel, "step")]
    assert steps == [
        "Tæl fuglekasserne sammen.",  # the flag's own step, in its panel
        "Ring til gartneren i dag.",
        "Lav en plan for haven.",
    ]
    assert "Relevante tilbud" in texts
    assert "\u2022 garden-helpline (findes ikke i tilbudsoversigten)" in texts
    assert "Materiale: sikkerhedsplan" in texts
    assert "Havepoint: 3" in texts


def test_green_result_without_flags(consultation: Any) -> None:
    screen = _result(consultation, boxes="a")
    texts = visible_texts()
    assert "Resultat: Stille have (grøn)" in texts
    assert "Særlige forhold" not in texts
    assert "Materiale: ressourcekort" in texts
    assert screen.findChild(QLabel, "bandIcon").accessibleName() == "grøn"


def test_follow_up_instrument_is_offered_and_started(consultation: Any, qtbot: Any) -> None:
    screen = _result(consultation, boxes="b")
    button = screen.findChild(object, "followUp-test-minimal")
    assert button.text() == "&1  Afslut dette resultat og kør: Testskema"
    first = consultation.screening_id
    with qtbot.waitSignal(consultation.runner_started, timeout=1000) as started:
        button.click()
    runner = started.args[0]
    assert runner.session.instrument.id == "test-minimal"
    assert consultation.result_screen is None
    assert consultation.store.screenings[first].status == "finalised"  # before the follow-up


def test_back_to_the_questions_keeps_the_answers(consultation: Any) -> None:
    screen = _result(consultation, boxes="b")
    runner = consultation.runner
    screen.back_button.click()
    assert consultation.runner is runner
    assert runner.session.given("q-choice") == "b"
    assert runner.isVisible()


def test_override_through_the_real_dialog(consultation: Any, qtbot: Any) -> None:
    screen = _result(consultation, boxes="a")
    overridden = []
    screen.band_overridden.connect(lambda b, r: overridden.append((b, r)))
    screen.open_override()
    dialog = screen.dialog
    qtbot.waitUntil(dialog.isVisible)
    ok = dialog._buttons.buttons()[0]
    assert not ok.isEnabled()  # the computed band is chosen and there is no reason yet
    dialog.findChild(object, "band-many").click()
    assert not ok.isEnabled()
    dialog.reason.setPlainText("Personen fortalte mere bagefter.")
    assert ok.isEnabled()
    dialog.accept()
    assert overridden == [("many", "Personen fortalte mere bagefter.")]
    texts = visible_texts()
    assert "Resultat: Vild have (rød)" in texts
    assert any("Beregnet resultat: Stille have (grøn)" in t for t in texts)
    assert "Ring til gartneren i dag." in [w.text() for w in screen.findChildren(QLabel, "step")]


def test_override_chooser_can_be_replaced(shell: Any, consultation: Any) -> None:
    calls = []

    def fake_chooser(parent: Any, **kwargs: Any) -> None:
        calls.append(kwargs["current"])
        kwargs["on_chosen"]("some", "Fagligt skøn")

    consultation._choose_override = fake_chooser
    screen = _result(consultation, boxes="c")
    screen.open_override()
    assert calls == ["many"]
    assert screen.step.override == BandOverride("some", "Fagligt skøn")
    assert consultation.engine.step.override == BandOverride("some", "Fagligt skøn")


def test_copy_note_and_clear_after_thirty_seconds(
    consultation: Any, qapp: Any, clock: FakeClock, timers: FakeTimers
) -> None:
    screen = _result(consultation, boxes="c")
    screen.copy_note()
    expected = record_note(
        consultation.runner.session.result(),
        "da",
        date=dt.date(2026, 3, 2),  # the engine's today
        instrument_names={
            "test-all-types": "Testskema med alle typer",
            "test-minimal": "Testskema",
        },
    )
    assert qapp.clipboard().text() == expected
    status = screen.findChild(QLabel, "noteStatus")
    assert status.isVisible()
    assert "30 sekunder" in status.text()
    clock.advance(30.5)
    timers.fire_due()
    assert qapp.clipboard().text() == ""
    assert not status.isVisible()


def test_result_follows_the_ui_language(consultation: Any, shell: Any) -> None:
    _result(consultation, boxes="c")
    shell.language.set_language("en")
    texts = visible_texts()
    assert "Result: Wild garden (red)" in texts
    assert "What to do now" in texts
