"""Blank and completed questionnaire printouts: who may read which page, and what each holds.

The blank form's pages the person may see hold no clinician text (guidance, description,
scoring, results, flags, actions, licence, sources); the clinician's sheet, on its own pages
headed "KUN TIL FAGPERSONEN" and starting on a new sheet, holds all of it. Proved with canaries
in a test instrument and, data-driven, on the bundled instruments. The record copy of a
completed screening never prints a score marked ``showInSummary: false``, marks declined
questions as declined and says on page 1 that it is not for the person.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from pydantic import BaseModel

from screening_app.domain.base import LocalizedText
from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument, is_question, walk_items
from screening_app.domain.presence import Circumstances
from screening_app.domain.session import Session
from screening_app.instruments.catalog import load_catalog
from screening_app.instruments.yaml_format import load_instrument
from screening_app.letters import (
    BlankInstrument,
    CompletedScreening,
    DocumentPrinter,
    LetterError,
    RenderOptions,
)
from screening_app.letters.instrument_texts import FORM, IT
from screening_app.letters.specimens import fill_specimen, questionnaire_specimens
from tests.letters.conftest import DATA, all_text, page_texts

DA = RenderOptions("da")
LANGS = ("da", "en")
BUNDLED = load_catalog()


@pytest.fixture(scope="module")
def canary() -> Instrument:
    return load_instrument(DATA / "canary.yaml")


def _flat(value: str) -> str:
    return " ".join(value.split())


def split_pages(pdf: bytes, chrome: str) -> tuple[list[str], list[str]]:
    """The pages the person may see, and the clinician's sheet (headed as such), in order.

    Fails unless every clinician page comes after every person page, and the sheet starts on
    the front of a new sheet of paper (an odd page number).
    """
    header = IT.text("sheet.header", chrome)
    pages = page_texts(pdf)
    marks = [header in page.splitlines() for page in pages]
    assert True in marks, "no clinician's sheet"
    first = marks.index(True)
    assert all(marks[first:]), "a page inside the clinician's sheet is not headed as such"
    assert first % 2 == 0, f"the clinician's sheet starts on page {first + 1}, a back side"
    person = [page for page in pages[:first] if IT.text("blank-page", chrome) not in page]
    assert person, "no pages for the person"
    return [_content(p, header) for p in person], [_content(p, header) for p in pages[first:]]


def _content(page: str, header: str) -> str:
    """A page's text without its decorations (header, footer, page number): a paragraph
    broken over two pages then reads on."""
    lines = [
        line
        for line in page.splitlines()
        if line.strip() != header and not DECORATION.match(line.strip())
    ]
    return _flat(" ".join(lines))


DECORATION = re.compile(r"^((Side|Page) \d+ (af|of) \d+|[a-z][a-z0-9-]* \d+\.\d+\.\d+\S*)$")


# -------------------------------------------------------------- the canary form
CANARIES = {
    "da": [
        "KANARIE-BESKRIVELSE",
        "KANARIE-VEJLEDNING-INTRO",
        "KANARIE-VEJLEDNING-AFSNIT",
        "KANARIE-VEJLEDNING-1",
        "KANARIE-VEJLEDNING-2",
        "KANARIE-VEJLEDNING-3",
        "KANARIE-POINT",
        "KANARIE-SKJULT-TAL",
        "KANARIE-BAND-LAV",
        "KANARIE-BANDTEKST-LAV",
        "KANARIE-HANDLING-LAV",
        "KANARIE-BAND-HØJ",
        "KANARIE-BANDTEKST-HØJ",
        "KANARIE-HANDLING-HØJ",
        "KANARIE-FLAG",
        "KANARIE-FLAGTEKST",
        "KANARIE-FLAGHANDLING",
        "KANARIE-LICENS",
        "KANARIE-KILDE",
    ],
    "en": [
        "CANARY-DESCRIPTION",
        "CANARY-GUIDANCE-INTRO",
        "CANARY-GUIDANCE-SECTION",
        "CANARY-GUIDANCE-1",
        "CANARY-GUIDANCE-2",
        "CANARY-GUIDANCE-3",
        "CANARY-POINTS",
        "CANARY-HIDDEN-COUNT",
        "CANARY-BAND-LOW",
        "CANARY-BANDTEXT-LOW",
        "CANARY-ACTION-LOW",
        "CANARY-BAND-HIGH",
        "CANARY-BANDTEXT-HIGH",
        "CANARY-ACTION-HIGH",
        "CANARY-FLAG",
        "CANARY-FLAGTEXT",
        "CANARY-FLAG-ACTION",
        "KANARIE-LICENS",  # licence and sources are one text in every language
        "KANARIE-KILDE",
    ],
}
# Written for a receiving service: on no page of a questionnaire printout.
LETTER_CANARIES = ("KANARIE-BREVTEKST", "CANARY-LETTER-TEXT")


@pytest.mark.parametrize("lang", LANGS)
def test_person_pages_hold_no_clinician_text_and_the_sheet_holds_all_of_it(
    printer: DocumentPrinter, canary: Instrument, lang: str
) -> None:
    person, sheet = split_pages(
        printer.pdf(BlankInstrument(canary, lang), RenderOptions(lang)),  # type: ignore[arg-type]
        lang,
    )
    person_text, sheet_text = " ".join(person), " ".join(sheet)
    for word in CANARIES[lang]:
        assert word not in person_text, f"{word} on a page the person may see"
        assert word in sheet_text, f"{word} missing from the clinician's sheet"
    for word in LETTER_CANARIES:
        assert word not in person_text + sheet_text
    # the sheet's words for the clinician stay on the sheet
    for key in ("sheet.declined", "sheet.not-for-home", "sheet.score.hidden"):
        assert _flat(IT.text(key, lang)) not in person_text
        assert _flat(IT.text(key, lang)) in sheet_text


def test_the_person_pages_hold_the_form_in_plain_words(
    printer: DocumentPrinter, canary: Instrument
) -> None:
    person, _sheet = split_pages(printer.pdf(BlankInstrument(canary, "da"), DA), "da")
    text = " ".join(person)
    for expected in (
        "Kanarieskema",
        "sprog: dansk",
        "Navn",
        "Dato",
        "Andre til stede ☐ ingen ☐ ja, hvem:",
        "Tolk ☐ ingen tolk ☐ professionel tolk: i rummet / telefon / video",
        "1. Er himlen blå? ☐ Ja ☐ Nej ☐ Ønsker ikke at svare",
        (
            "Besvar kun dette spørgsmål, hvis du har svaret »Ja« på spørgsmål 1. "
            "Ellers spring det over. 2. Er græsset grønt?"
        ),
        "Gælder kun, hvis du er far eller medforælder. Nu kommer et spørgsmål til fædre.",
        (
            "hvis du er far eller medforælder. Ellers spring det over. 3. Sover du godt? "
            "☐ Ja ☐ Nej ☐ Ønsker ikke at svare"
        ),
        "hvis barnet endnu ikke er født. Ellers spring det over. 4. Spiser du morgenmad?",
        "hvis du ikke er far eller medforælder. Ellers spring det over. 5. Går du ture?",
        "hvis du er mindst 20 uger henne i graviditeten. Ellers spring det over.",
        # a condition with no plain wording: ask the midwife
        (
            "Spørg jordemoderen eller sundhedsplejersken, om du skal besvare dette spørgsmål. "
            "7. Hvilke farver kan du lide?"
        ),
        "Giv skemaet tilbage, før du går.",
    ):
        assert expected in text, expected
    # every question, each with its own "declined" box
    assert text.count("☐ Ønsker ikke at svare") == 8
    # no clinician jargon for the conditions
    for jargon in ("spm.", "rolle", "fase", " = ", "≠", "≥"):
        assert jargon not in text, jargon


def test_the_clinicians_sheet_starts_on_a_new_sheet_after_a_blank_page(
    printer: DocumentPrinter, arabic_instrument: Instrument
) -> None:
    pages = page_texts(printer.pdf(BlankInstrument(arabic_instrument, "ar"), DA))
    assert len(pages) == 3  # one page for the person, a blank back, the sheet
    assert "Denne side er tom med vilje." in pages[1]
    assert "KUN TIL FAGPERSONEN" in pages[2]
    assert "KUN TIL FAGPERSONEN" not in pages[0] + pages[1]


def test_the_english_form_in_a_danish_document_keeps_the_persons_words_english(
    printer: DocumentPrinter, canary: Instrument
) -> None:
    person, sheet = split_pages(printer.pdf(BlankInstrument(canary, "en"), DA), "da")
    assert "1. Is the sky blue? ☐ Yes ☐ No ☐ Prefer not to answer" in " ".join(person)
    assert "language: English" in person[0]
    # the clinician reads Danish, and the questionnaire has Danish: the sheet is Danish
    assert "KANARIE-VEJLEDNING-1" in " ".join(sheet)
    assert "sprog: engelsk" in sheet[0]


# ------------------------------------------------------- the bundled instruments
def _texts(value: object) -> Iterator[LocalizedText]:
    if isinstance(value, LocalizedText):
        yield value
    elif isinstance(value, (list, tuple)):
        for part in value:
            yield from _texts(part)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name != "letter":  # written for a letter's receiver: on no printout at all
                yield from _texts(getattr(value, name))


def clinician_texts(instrument: Instrument, lang: str) -> list[str]:
    """Every text of the instrument that only the clinician may read."""
    found = [instrument.description.get(lang), instrument.licence]
    found += [source.citation for source in instrument.sources]
    found += [
        item.guidance.get(lang)
        for item, _g, _l in walk_items(instrument.items)
        if item.guidance is not None
    ]
    found += [score.title.get(lang) for score in instrument.scores]
    parts: list[object] = [*instrument.flags]
    if instrument.outcome is not None:
        parts += instrument.outcome.bands
    for part in parts:
        found += [text.get(lang) for text in _texts(part)]
    return [_flat(text) for text in found]


def person_wording(instrument: Instrument, lang: str) -> str:
    """What the person reads anyway: the title, the items and their options, the form."""
    found = [instrument.title.get(lang)]
    for item, _g, _l in walk_items(instrument.items):
        found.append(item.text.get(lang))
        found += [option.text.get(lang) for option in getattr(item, "options", [])]
    keys = FORM.keys()  # a Catalog: it has keys, but is not a dict
    found += [FORM.text(key, lang) for key in keys if "{" not in FORM.text(key, lang)]
    return _flat(" ".join(found))


def windows(value: str, size: int = 4) -> list[str]:
    words = value.split()
    if len(words) <= size:
        return [value]
    return [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]


BUNDLED_FORMS = [
    (instrument_id, lang)
    for instrument_id, instrument in sorted(BUNDLED.instruments.items())
    for lang in instrument.language_codes
]


@pytest.mark.parametrize(("instrument_id", "lang"), BUNDLED_FORMS)
def test_bundled_forms_keep_clinician_text_off_the_persons_pages(
    printer: DocumentPrinter, instrument_id: str, lang: str
) -> None:
    instrument = BUNDLED.get(instrument_id)
    chrome = lang if lang in LANGS else "da"
    person, sheet = split_pages(
        printer.pdf(BlankInstrument(instrument, lang), RenderOptions(chrome)),  # type: ignore[arg-type]
        chrome,
    )
    person_text, sheet_text = " ".join(person), " ".join(sheet)
    own = person_wording(instrument, lang)
    texts = clinician_texts(instrument, lang)
    assert texts
    for clinician_text in texts:
        for window in windows(clinician_text):
            if window in own:
                continue  # the person's own wording (a title that repeats a question's words)
            assert window not in person_text, f"{instrument_id}/{lang}: {window!r}"
        # ... and all of it on the sheet (a page break may split a text: check its windows)
        missing = [w for w in windows(clinician_text) if w not in sheet_text]
        assert not missing, f"{instrument_id}/{lang}: not on the sheet: {missing[:3]}"
    # every question is on the person's pages, with its number; the clinician's own question
    # ("Til dig som fagperson") only on the clinician's sheet
    numbered = [item for item, _g, _l in walk_items(instrument.items) if is_question(item)]
    for number, item in enumerate(numbered, start=1):
        first_words = " ".join(_flat(item.text.get(lang)).split()[:6])
        if item.clinician_only:
            assert first_words not in person_text, (instrument_id, item.link_id)
            assert first_words in sheet_text, (instrument_id, item.link_id)
        else:
            assert f"{number}. {first_words}" in person_text
    asked = [item for item in numbered if not item.clinician_only]
    assert person_text.count(FORM.text("declined", chrome)) >= len(asked)
    # conditions are in the person's words, never as the rule
    for jargon in (f"{IT.text('context.role', chrome)} =", f"{IT.text('context.phase', chrome)} ="):
        assert jargon not in person_text


# ------------------------------------------------------- the completed record copy
def test_completed_screening_is_a_record_copy_with_answers_declined_and_result(
    printer: DocumentPrinter, canary: Instrument
) -> None:
    session = Session(canary, "da", Context(role="pregnant-woman", phase="pregnant"))
    session.answer("q1", "yes")
    session.answer("q2", "yes")
    session.answer("q5", "no")
    screening = CompletedScreening(
        instrument=canary,
        language="da",
        answers=session.answers,
        result=session.result(),
        screened_on=dt.date(2026, 11, 20),
        person_name="Søren Ærø Åberg",
        context=session.context,
        declined=frozenset({"q4"}),
        circumstances=Circumstances(form="video", interpreter="phone", present=()),
    )
    pdf = printer.pdf(screening, DA)
    pages = page_texts(pdf)
    assert all("FORTROLIGT · TIL JOURNALEN" in page for page in pages)
    assert _flat(IT.text("completed.purpose", "da")) in _flat(pages[0])
    text = all_text(pdf)
    for expected in (
        "Besvarelse: Kanarieskema",
        "Søren Ærø Åberg",
        "Samtaleform video",
        "Tolk professionel tolk over telefon",
        "Andre til stede ingen",
        "KANARIE-BAND-HØJ (rød) KANARIE-BANDTEKST-HØJ",
        "KANARIE-POINT: 3",
        "KANARIE-FLAG: KANARIE-FLAGTEKST",
        "Personen ønskede ikke at svare på 1 af 5 spørgsmål.",
        "Ikke fuldstændig: 1 af 5 spørgsmål er ikke besvaret.",
        "1. Er himlen blå? Ja",
        "4. Spiser du morgenmad? Ønsker ikke at svare",
        "5. Går du ture? Nej",
        "8. Noget andet? — ikke besvaret",
    ):
        assert expected in text, expected
    # never a score marked showInSummary: false; no clinician steps; no letter text
    for absent in (
        "KANARIE-SKJULT-TAL",
        "KANARIE-HANDLING",
        "KANARIE-FLAGHANDLING",
        "KANARIE-BREVTEKST",
        "KANARIE-VEJLEDNING",
        "Sover du godt",  # not asked: a pregnant woman is not the father
    ):
        assert absent not in text, absent


def test_completed_screening_of_a_bundled_instrument_never_prints_a_hidden_score(
    printer: DocumentPrinter,
) -> None:
    checked = 0
    for name, document in questionnaire_specimens(BUNDLED.instruments).items():
        if not isinstance(document, CompletedScreening):
            continue
        hidden = [s for s in document.instrument.scores if not s.show_in_summary]
        for lang in LANGS:
            text = all_text(printer.pdf(document, RenderOptions(lang)))  # type: ignore[arg-type]
            for score in hidden:
                title = re.escape(_flat(score.title.get(lang)))
                assert not re.search(rf"{title}\s*:\s*\d", text), f"{name}: {score.id}"
                checked += 1
            for score in document.instrument.scores:
                if score.show_in_summary:
                    value = document.result.scores[score.id]
                    assert f"{_flat(score.title.get(lang))}: {value:g}" in text
    assert checked, "no bundled instrument has a hidden score to check"


def test_specimens_decline_one_question_of_the_screen() -> None:
    screen = BUNDLED.get("ipv-screen")
    session, declined = fill_specimen(screen, declined=1)
    assert len(declined) == 1
    assert not declined & set(session.answers)


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
    assert "Intet samlet resultat: ikke alle spørgsmål er besvaret." in text
    assert "Ikke fuldstændig: 2 af 2 spørgsmål er ikke besvaret." in text
    assert "— ikke besvaret" in text


def test_questions_asked_in_another_language_print_in_the_clinicians(
    printer: DocumentPrinter, arabic_instrument: Instrument
) -> None:
    session = Session(arabic_instrument, "ar")
    session.answer("q1", "no")
    screening = CompletedScreening(
        instrument=arabic_instrument,
        language="ar",
        answers=session.answers,
        result=session.result(),
        screened_on=dt.date(2026, 11, 20),
    )
    text = all_text(printer.pdf(screening, DA))
    assert "Spurgt på arabisk; spørgsmålene står her på dansk." in text
    assert "1. Har du det godt i dag? Nej" in text


def test_arabic_form_comes_out_intact(
    printer: DocumentPrinter, arabic_instrument: Instrument
) -> None:
    text = all_text(printer.pdf(BlankInstrument(arabic_instrument, "ar"), DA))
    assert "استبيان تجريبي" in text
    assert "نعم" in text
    assert "sprog: arabisk" in text


def test_unknown_language_is_refused(printer: DocumentPrinter, instrument: Instrument) -> None:
    with pytest.raises(LetterError) as info:
        printer.pdf(BlankInstrument(instrument, "pl"), DA)
    assert info.value.code == "language"


def test_no_result_because_of_a_declined_answer_says_so(
    printer: DocumentPrinter, instrument: Instrument
) -> None:
    session = Session(instrument, "da")
    session.answer("age", 31)
    screening = CompletedScreening(
        instrument=instrument,
        language="da",
        answers=session.answers,
        result=session.result(),
        screened_on=dt.date(2026, 11, 20),
        declined=frozenset({"q1"}),
    )
    text = all_text(printer.pdf(screening, DA))
    assert "Intet samlet resultat: det afhænger af svar, personen ikke ønskede at give." in text
    assert "Personen ønskede ikke at svare på 1 af 2 spørgsmål." in text
    assert "1. Spørgsmål 1 Ønsker ikke at svare" in text
    assert "ikke besvaret" not in text.replace("Ønsker ikke at svare", "")
