"""Blank and completed questionnaire printouts, in any language the instrument has."""

from __future__ import annotations

import datetime as dt

import pytest

from screening_app.domain.instrument import Instrument
from screening_app.domain.session import Session
from screening_app.letters import (
    BlankInstrument,
    CompletedScreening,
    DocumentPrinter,
    LetterError,
    RenderOptions,
)
from tests.letters.conftest import all_text

DA = RenderOptions("da")


def test_blank_form_has_every_item_option_and_condition(
    printer: DocumentPrinter, instrument: Instrument
) -> None:
    text = all_text(printer.pdf(BlankInstrument(instrument, "da"), DA))
    for expected in (
        "Testskema",
        "Version 1.0.0",
        "Indledning",  # display item
        "1. Spørgsmål 1",
        "Vejledning: Spørg roligt.",
        "☐ Ja",
        "2. Spørgsmål 2",
        "Kun hvis spm. 1 = Ja",
        "3. Kun gravide",
        "Kun hvis fase = graviditet",
        "4. Alder",
        "(0 til 120)",
        "0 til 0 point: Lav",  # scoring guide
        "Haster: Handl i dag.",
        "Licens: Test data",
    ):
        assert expected in text, expected


def test_blank_form_in_english(printer: DocumentPrinter, instrument: Instrument) -> None:
    text = all_text(printer.pdf(BlankInstrument(instrument, "en"), RenderOptions("en")))
    assert "Only if question 1 = Yes" in text
    assert "Question 2" in text


def test_completed_screening_shows_answers_result_and_leaves_hidden_items_out(
    printer: DocumentPrinter, instrument: Instrument
) -> None:
    session = Session(instrument, "da")
    session.answer("q1", "no")
    session.answer("age", 31)
    screening = CompletedScreening(
        instrument=instrument,
        language="da",
        answers=session.answers,
        result=session.result(),
        screened_on=dt.date(2026, 11, 20),
        person_name="Søren Ærø Åberg",
    )
    text = all_text(printer.pdf(screening, DA))
    for expected in ("Besvarelse: Testskema", "Søren Ærø Åberg", "1. Spørgsmål 1", "Nej", "31"):
        assert expected in text, expected
    assert "Lav (grøn)" in text
    assert "Spørgsmål 2" not in text  # hidden: q1 was no
    assert "FORTROLIGT" in text


def test_incomplete_screening_says_so(printer: DocumentPrinter, instrument: Instrument) -> None:
    session = Session(instrument, "da")
    screening = CompletedScreening(
        instrument=instrument,
        language="da",
        answers={},
        result=session.result(),
        screened_on=dt.date(2026, 11, 20),
    )
    text = all_text(printer.pdf(screening, DA))
    assert "Ikke færdig: 1 påkrævede spørgsmål er ikke besvaret." in text
    assert "ikke besvaret" in text


def test_arabic_form_comes_out_intact(
    printer: DocumentPrinter, arabic_instrument: Instrument
) -> None:
    text = all_text(printer.pdf(BlankInstrument(arabic_instrument, "ar"), DA))
    assert "استبيان تجريبي" in text
    assert "نعم" in text


def test_unknown_language_is_refused(printer: DocumentPrinter, instrument: Instrument) -> None:
    with pytest.raises(LetterError) as info:
        printer.pdf(BlankInstrument(instrument, "pl"), DA)
    assert info.value.code == "language"
