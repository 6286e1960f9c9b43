"""Fixtures for the document tests: one printer (fonts registered once), directory, specimens."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from screening_app.directory import load_directory
from screening_app.domain.instrument import Instrument
from screening_app.domain.support import Directory
from screening_app.instruments.yaml_format import load_instrument
from screening_app.letters import DocumentPrinter
from screening_app.letters.printer import Document
from screening_app.letters.specimens import specimens
from screening_app.paths import resources_dir

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MINIMAL = HERE.parents[0] / "data" / "minimal.yaml"


def violence_patterns() -> list[re.Pattern[str]]:
    lines = (DATA / "violence_words.txt").read_text(encoding="utf-8").splitlines()
    return [re.compile(line, re.IGNORECASE) for line in lines if line and not line.startswith("#")]


def violence_hits(value: str) -> list[str]:
    return [p.pattern for p in violence_patterns() if p.search(value)]


def page_texts(pdf: bytes) -> list[str]:
    """Extracted text per page, normalised (NFKC: Arabic presentation forms to letters)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [unicodedata.normalize("NFKC", page.extract_text() or "") for page in reader.pages]


def all_text(pdf: bytes) -> str:
    """Every page's text with line breaks and runs of spaces made single spaces."""
    return " ".join(" ".join(page_texts(pdf)).split())


@pytest.fixture(scope="session")
def printer() -> DocumentPrinter:
    return DocumentPrinter.from_fonts_dir(resources_dir() / "fonts")


@pytest.fixture(scope="session")
def directory() -> Directory:
    return load_directory(resources_dir() / "services")


@pytest.fixture(scope="session")
def instrument() -> Instrument:
    return load_instrument(MINIMAL)


@pytest.fixture(scope="session")
def arabic_instrument() -> Instrument:
    return load_instrument(DATA / "arabic.yaml")


@pytest.fixture(scope="session")
def samples(directory: Directory, instrument: Instrument) -> dict[str, Document]:
    return specimens(directory, instrument)
