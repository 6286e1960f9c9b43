"""Languages are printed by name ("sprog: arabisk", "language: Arabic"), never as a bare code.

The names come from one table (``domain.language_names``, the Unicode CLDR's Danish and English
names); an instrument that declares a code the table cannot name is refused when it is loaded,
so no document can be asked to print one.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from screening_app.domain.instrument import Instrument
from screening_app.domain.language_names import LANGUAGES, REGIONS
from screening_app.domain.messages import known_language_name, language_name
from screening_app.domain.session import Session
from screening_app.instruments.catalog import load_catalog
from screening_app.instruments.yaml_format import load_instrument
from screening_app.letters import BlankInstrument, CompletedScreening, DocumentPrinter
from screening_app.letters.content import LANGUAGES as DOCUMENT_LANGUAGES
from screening_app.letters.content import RenderOptions
from screening_app.loading.errors import DocumentError
from tests.letters.conftest import DATA, MINIMAL, all_text


@pytest.mark.parametrize(
    ("code", "da", "en"),
    [
        ("da", "dansk", "Danish"),
        ("en", "engelsk", "English"),
        ("ar", "arabisk", "Arabic"),
        ("pl", "polsk", "Polish"),
        ("so", "somali", "Somali"),
        ("ti", "tigrinya", "Tigrinya"),
        ("uk", "ukrainsk", "Ukrainian"),
        ("tr", "tyrkisk", "Turkish"),
        ("fa", "persisk", "Persian"),
        ("fa-AF", "dari", "Dari"),  # CLDR's own name for the variant
        ("ckb", "sorani", "Central Kurdish"),
        ("ar-SY", "arabisk (Syrien)", "Arabic (Syria)"),  # language (region)
    ],
)
def test_standard_names_in_danish_and_english(code: str, da: str, en: str) -> None:
    assert language_name(code, "da") == da
    assert language_name(code, "en") == en


def test_every_iso_639_1_code_and_every_table_entry_has_both_names() -> None:
    # (a name may equal its code: the Fon language is "fon" in Danish)
    two_letter = [code for code in LANGUAGES if re.fullmatch(r"[a-z]{2}", code)]
    assert len(two_letter) == 184  # all of ISO 639-1
    for code, (da, en) in LANGUAGES.items():
        assert da.strip(), code
        assert en.strip(), code
    assert all(da.strip() for da, _en in REGIONS.values())
    assert all(en.strip() for _da, en in REGIONS.values())


def test_a_code_without_a_standard_name_is_refused_when_loading(tmp_path) -> None:
    source = MINIMAL.read_text(encoding="utf-8")
    assert known_language_name("qq", "da") is None
    bad = source.replace("  - {code: en, version: 1.0.0}", "  - {code: qq, version: 1.0.0}")
    bad = re.sub(r"\ben: ", "qq: ", bad)
    path = tmp_path / "unnamed.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        load_instrument(path)
    assert any("'qq' is not a language code" in str(error) for error in info.value.errors)


def _documents(instrument: Instrument) -> list[tuple[str, object]]:
    documents: list[tuple[str, object]] = []
    for lang in instrument.language_codes:
        session = Session(instrument, lang)
        documents.append((lang, BlankInstrument(instrument, lang)))
        documents.append(
            (
                lang,
                CompletedScreening(
                    instrument=instrument,
                    language=lang,
                    answers={},
                    result=session.result(),
                    screened_on=dt.date(2026, 11, 20),
                ),
            )
        )
    return documents


INSTRUMENTS = [
    *sorted(load_catalog().instruments.values(), key=lambda i: i.id),
    load_instrument(DATA / "arabic.yaml"),
    load_instrument(DATA / "canary.yaml"),
]


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.id)
def test_no_questionnaire_printout_prints_a_bare_language_code(
    printer: DocumentPrinter, instrument: Instrument
) -> None:
    for lang, document in _documents(instrument):
        for chrome in DOCUMENT_LANGUAGES:
            text = all_text(printer.pdf(document, RenderOptions(chrome)))  # type: ignore[arg-type]
            named = re.findall(r"(?:sprog|language): ([^(·;,]+?) \(", text)
            assert named, f"{instrument.id}/{lang}/{chrome}: no language printed"
            for name in named:
                assert name in {language_name(code, c) for code in LANGUAGES for c in ("da", "en")}
                assert name not in instrument.language_codes
            assert language_name(lang, "da") in text or language_name(lang, "en") in text
