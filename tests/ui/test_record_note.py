"""The note for the clinical record (pure, Qt-free) and the band override it reports."""

from __future__ import annotations

import datetime as dt

import pytest

from screening_app.domain.context import Context
from screening_app.domain.override import BandOverride, OverrideError, apply_override
from screening_app.domain.record_note import NOTE_MESSAGES, record_note
from screening_app.domain.session import Session
from tests.ui.helpers import load_test_instrument


def _session(lang: str = "da") -> Session:
    return Session(load_test_instrument("all-types"), lang, Context(phase="pregnant"))


def test_note_names_instrument_version_language_and_translation() -> None:
    session = _session("en")
    note = record_note(session.result(), "da")
    first = note.splitlines()[0]
    assert "Testskema med alle typer" in first
    assert "test-all-types version 2.1.0" in first
    assert "engelsk" in first
    assert "oversættelse 2.0.0" in first


def test_note_red_result_flags_steps_and_follow_up_in_english() -> None:
    session = _session("da")
    session.answer("q-bool", True)
    session.answer("q-choice", "c")
    note = record_note(
        session.result(),
        "en",
        date=dt.date(2025, 3, 4),
        instrument_names={"test-minimal": "Test form"},
    )
    lines = note.splitlines()
    assert "Date: 2025-03-04." in lines
    assert "Result: Wild garden (red)." in lines
    assert "Points of concern: Many boxes." in lines
    assert "- Call the gardener today." in lines
    assert "- Count the bird boxes together." in lines
    assert "Follow-up: Test form." in lines
    assert "Relevant services: garden-helpline." in lines
    assert "Material: safety plan." in lines
    assert "Scores: Garden points 3, Garden yes count 1." in lines


def test_note_says_when_required_questions_are_missing() -> None:
    note = record_note(_session().result(), "da")
    assert "Ikke færdigt: 2 påkrævede spørgsmål er ikke besvaret." in note.splitlines()
    assert "Særlige forhold: ingen." in note.splitlines()


def test_override_changes_band_and_actions_and_keeps_the_computed_band_in_the_note() -> None:
    session = _session()
    session.answer("q-bool", False)
    session.answer("q-choice", "a")
    result = session.result()
    assert result.band is not None
    assert result.band.id == "none"
    override = BandOverride("many", "Personen  fortalte\nmere bagefter.")
    changed = apply_override(result, override)
    assert changed.band is not None
    assert changed.band.id == "many"
    assert [s.get("en") for s in changed.actions.steps][:1] == ["Call the gardener today."]
    note = record_note(result, "da", override=override)
    assert (
        "Resultatet er ændret af den sundhedsprofessionelle til Vild have (rød); "
        "beregnet resultat: Stille have (grøn). Begrundelse: Personen fortalte mere bagefter."
    ) in note.splitlines()
    assert "- Ring til gartneren i dag." in note.splitlines()


def test_override_needs_a_reason_and_a_known_band() -> None:
    with pytest.raises(OverrideError):
        BandOverride("many", "   ")
    with pytest.raises(OverrideError):
        apply_override(_session().result(), BandOverride("purple", "why"))


def test_note_catalog_is_complete_in_both_languages() -> None:
    assert set(NOTE_MESSAGES.languages) == {"da", "en"}
    keys = NOTE_MESSAGES.keys()
    assert "note.result" in keys
    for key in keys:
        assert NOTE_MESSAGES.text(key, "da", **_dummy(key))
        assert NOTE_MESSAGES.text(key, "en", **_dummy(key))


def _dummy(key: str) -> dict[str, str]:
    from screening_app.domain.i18n import placeholders

    return dict.fromkeys(placeholders(NOTE_MESSAGES._messages[key]["da"]), "x")
