"""Golden text per document: the extracted text of each specimen, page by page.

A change in wording or layout shows up as a diff here. Refresh deliberately, and read the diff:
    TRYGSTART_REFRESH_GOLDEN=1 make test
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from screening_app.domain.instrument import Instrument
from screening_app.letters import BlankInstrument, DocumentPrinter, RenderOptions
from screening_app.letters.printer import Document
from tests.letters.conftest import page_texts

GOLDEN = Path(__file__).resolve().parent / "golden"
REFRESH = os.environ.get("TRYGSTART_REFRESH_GOLDEN") == "1"
NAMES = [
    "referral-letter",
    "referral-letter-copy",
    "referral-letter-discreet",
    "notification",
    "resource-card",
    "safety-plan",
    "safety-plan-numbers",
    "blank-instrument",
    "completed-screening",
]
PAGE_BREAK = "\n\f\n"


def _check(name: str, pdf: bytes) -> None:
    text = PAGE_BREAK.join(page.rstrip() for page in page_texts(pdf)) + "\n"
    path = GOLDEN / f"{name}.txt"
    if REFRESH:
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"no golden file {path.name}: run with TRYGSTART_REFRESH_GOLDEN=1")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden text"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("language", ["da", "en"])
def test_golden_text(
    printer: DocumentPrinter, samples: dict[str, Document], name: str, language: str
) -> None:
    options = RenderOptions(language)  # type: ignore[arg-type]
    _check(f"{name}.{language}", printer.pdf(samples[name], options))


def test_golden_arabic_form(printer: DocumentPrinter, arabic_instrument: Instrument) -> None:
    _check(
        "blank-instrument.ar",
        printer.pdf(BlankInstrument(arabic_instrument, "ar"), RenderOptions("da")),
    )


def test_every_golden_file_is_used() -> None:
    expected = {f"{n}.{lang}.txt" for n in NAMES for lang in ("da", "en")} | {
        "blank-instrument.ar.txt"
    }
    assert {p.name for p in GOLDEN.glob("*.txt")} == expected
